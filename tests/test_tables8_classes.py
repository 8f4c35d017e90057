"""Tables whose parts read as something else: a paragraph column far from its other cells, rows naming
the group of rows under them, and a table wider than its caption with notes between them."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_a_paragraph_column_between_the_table_rules_does_not_end_it(tmp_path: Path) -> None:
    """A table spread to the text's width sets its notes column in body type, far from the stubs and
    scores: the notes make one block that reads as running text, with no cell level with it close
    beside. It lies between the table's top and bottom rules, which reach well past it, so it is the
    table's column, not running text ending the table at its top rule."""
    (table,) = extract(pdfgen.tables8_spread_notes_page(tmp_path / "spread.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    rows = [[text for row, _, text in cells if row == r] for r in range(table.content.n_rows)]
    assert rows == [
        ["Setting", "Notes", "Score"],
        *([stub, " ".join(lines), score] for stub, lines, score in pdfgen.TABLES8_SPREAD_ROWS),
    ]


def test_a_row_naming_a_group_of_rows_spans_the_table(tmp_path: Path) -> None:
    """A row that names the rows under it, set from the stubs' left across the next column under the
    head or between two full rows (\\multicolumn{4}{l}{...}), spans every column, as LaTeX sets it: not
    a cell of the columns its text happens to cross."""
    (table,) = extract(pdfgen.tables8_group_rows_page(tmp_path / "groups.pdf")).tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (11, 4)
    groups = [(c.row, c.text, c.col, c.colspan) for c in table.content.cells if len(c.text.split()) > 2]
    assert groups == [(1, "Attention over dense layers", 0, 4), (4, "Retrieval under heavy noise", 0, 4)]
    assert [c.text for c in table.content.cells if c.row == 5] == list(pdfgen.TABLES8_GROUP_ROWS[4])


def test_a_table_wider_than_its_caption_under_its_notes_is_found(tmp_path: Path) -> None:
    """A short caption centred under a table set across the text, its notes between them at the
    table's left: within the caption's width the table's rules lie farther from it than two lines, the
    notes bridging the gap outside it. The table is sought across the caption's text column, and its
    rows are read."""
    (table,) = extract(pdfgen.tables8_noted_wide_table_page(tmp_path / "noted.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    rows = [[text for row, _, text in cells if row == r] for r in range(1, 4)]
    assert rows == [list(row) for row in pdfgen.TABLES8_NOTED_ROWS]


def test_a_group_row_the_column_rules_do_not_cross_spans_the_grid(tmp_path: Path) -> None:
    """In a table ruled as a full grid, a row naming the rows under it (\\multicolumn{4}{|l|}{...}) is
    one the rules between the columns stop at: it spans every column, though its name fits the stubs'
    column, under the head and between rows alike."""
    (table,) = extract(pdfgen.tables8_grid_group_rows_page(tmp_path / "grid.pdf")).tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (7, 4)
    groups = [(c.row, c.text, c.colspan) for c in table.content.cells if c.row in (1, 4)]
    assert groups == [(1, "Speech", 4), (4, "Vision", 4)]
    assert [c.text for c in table.content.cells if c.row == 5] == list(pdfgen.TABLES8_GRID_ROWS[4])


def test_an_italic_group_row_spans_the_table(tmp_path: Path) -> None:
    """A row naming the rows under it set in italics over upright stubs (\\multicolumn{4}{l}{\\textit{...}}),
    in a table without rules between its columns, spans every column, though its name fits the stubs'
    column; an upright stub alone on its line would be a row of empty values."""
    (table,) = extract(pdfgen.tables8_italic_group_rows_page(tmp_path / "italic.pdf")).tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (7, 4)
    groups = [(c.row, c.text, c.colspan) for c in table.content.cells if c.row in (1, 4)]
    assert groups == [(1, "Speech", 4), (4, "Vision", 4)]
    assert [c.text for c in table.content.cells if c.row == 5] == list(pdfgen.TABLES8_GRID_ROWS[4])
