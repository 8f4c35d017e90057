"""Springer (llncs) table classes: heads wider than their centred numbers a space apart, and a note set
between a table and the caption under it, one block with both."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def _rows(path: Path) -> list[list[str]]:
    (table,) = extract(path).tables
    assert table.content is not None and table.content.structure == "cells"
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    return [[text for row, _, text in cells if row == r] for r in range(table.content.n_rows)]


def test_heads_wider_than_their_centred_numbers_stay_apart(tmp_path: Path) -> None:
    """llncs sets \\tabcolsep to 1.4 pt: heads wider than the centred numbers under them stand a space
    apart, each centred on its own column ("Gra1 Den2" over "71.2 68.4"), so the gap between them lies
    inside the channel the numbers leave open; they are two heads, not one spanning both columns."""
    rows = _rows(pdfgen.tables6_springer_table_page(tmp_path / "heads.pdf"))
    assert rows == [list(row) for row in pdfgen.TABLES6_SPRINGER_ROWS]


def test_a_note_between_a_table_and_its_caption_under_it_keeps_the_table(tmp_path: Path) -> None:
    """A note set under the table and over its caption, the three close enough to be one block, leaves
    the table its region (the block's lines other than the caption's are its cells) and the note is
    not a row."""
    rows = _rows(pdfgen.tables6_springer_table_page(tmp_path / "note.pdf", note="under"))
    assert rows[1:] == [list(row) for row in pdfgen.TABLES6_SPRINGER_ROWS[1:]]


def test_head_lines_set_in_cells_are_no_running_text(tmp_path: Path) -> None:
    """A table resized to the text's width sets its heads in the body's size: a group head's line and a
    head row of one-word heads make one block of a dozen words, which read as running text and ended
    the table at its top rule. Words set apart by more than a type size are cells, not prose."""
    rows = _rows(pdfgen.tables6_spread_heads_page(tmp_path / "spread.pdf"))
    assert rows[1:] == [list(row) for row in pdfgen.TABLES6_SPREAD_ROWS]
    assert rows[0] == [text for text, _ in pdfgen.TABLES6_GROUP_HEADS]


def test_a_note_under_a_caption_above_the_table_is_no_more_caption(tmp_path: Path) -> None:
    """A note set right under a caption above the table ("Note: ..."), one block with it, after the
    caption's full stop: the caption ends there (its text pairs with the gold's), and the note is not a
    row of the table."""
    (table,) = extract(pdfgen.tables6_springer_table_page(tmp_path / "over.pdf", note="over")).tables
    assert table.caption == "Accuracy of each model on the three data sets."
    rows = _rows(pdfgen.tables6_springer_table_page(tmp_path / "over.pdf", note="over"))
    assert rows == [list(row) for row in pdfgen.TABLES6_SPRINGER_ROWS]


def test_values_a_space_apart_whose_spreads_repeat_stay_apart(tmp_path: Path) -> None:
    """Right-aligned values with their spread ("0.31 ± 0.02"), columns a space apart (llncs's
    \\tabcolsep): the spread ends a value's cell, the next value opens the next column's, though the
    same spread ("0.02") stands before the boundary in most rows. A repeated word there is a unit or a
    name's prefix; a repeated number is chance."""
    rows = _rows(pdfgen.tables6_repeated_spreads_page(tmp_path / "spreads.pdf"))
    assert rows == [list(row) for row in pdfgen.TABLES6_SPREAD_VALUES]


def test_rows_of_two_word_cells_are_no_running_text(tmp_path: Path) -> None:
    """An unruled table in the body's size whose cells hold two words each: half the gaps between its
    words part cells, and the rows are cells, not running text that would end the table's region."""
    rows = _rows(pdfgen.tables6_paired_words_page(tmp_path / "paired.pdf"))
    assert rows == [list(row) for row in pdfgen.TABLES6_PAIRED_ROWS]
