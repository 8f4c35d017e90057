"""A table whose paragraph column is wide enough to read as running text, beside sparse multirow stubs."""

from __future__ import annotations

from pathlib import Path

import pdfgen
from test_body_general import _line_from

from paperparse.body.regions import ruled_extent
from paperparse.document import Location
from paperparse.layout import Block, PageLayout
from paperparse.pdf.model import Page
from paperparse.pipeline import extract


def test_a_wide_paragraph_column_beside_sparse_stubs_keeps_its_table(tmp_path: Path) -> None:
    """A \\resizebox'd table sets a p{} column of notes wider than running text's least measure, so the
    notes make one block that reads as prose; cells level with its lines stand beside it, so it is a
    column, not running text ending the table under its head. The multirow stubs, set on few of the many
    lines, leave their column open to most rows: the white right of them, which no row crosses, still
    parts them from the runs."""
    (table,) = extract(pdfgen.tables7_wide_notes_page(tmp_path / "notes.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    cells = table.content.cells
    by_row = {
        r: [c.text for c in sorted(cells, key=lambda c: c.col) if c.row == r and c.col > 0]
        for r in range(1, table.content.n_rows)
    }
    rows = pdfgen.tables7_wide_notes_rows()
    assert list(by_row.values()) == [[run, " ".join(notes), score] for _, run, notes, score in rows]
    assert sorted(c.text for c in cells if c.col == 0 and c.row > 0) == sorted(s for s, *_ in rows if s)


def test_values_a_space_apart_beside_a_wrapped_note_stay_apart(tmp_path: Path) -> None:
    """Values set a space apart (llncs' \\tabcolsep) part at the white that the rows holding values
    leave open: a note wrapped over three lines makes most of the table's lines, and those under a
    row's first have nothing right of them, so they neither open nor cross the values' channels."""
    (table,) = extract(pdfgen.tables7_tight_notes_page(tmp_path / "tight.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    rows = [[text for row, _, text in cells if row == r] for r in range(table.content.n_rows)]
    assert rows == [list(row) for row in pdfgen.TABLES7_TIGHT_ROWS]


def test_a_wrapped_note_in_type_larger_than_the_body_is_no_heading(tmp_path: Path) -> None:
    """\\resizebox sets a table in type larger than the body's: a note's last line standing alone, short
    and large, looks like a heading, but the note's other lines lie close over it and the next row close
    under it, so the table runs on past it to its head."""
    (table,) = extract(pdfgen.tables7_large_type_page(tmp_path / "large.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    rows = [[text for row, _, text in cells if row == r] for r in range(table.content.n_rows)]
    assert rows == [[stub, " ".join(lines), score] for stub, lines, score in pdfgen.TABLES7_LARGE_ROWS]


def test_a_head_row_in_its_caption_block_does_not_stop_the_table() -> None:
    """A caption set with no skip over a table ruled under every row makes one block with the head row
    (the layout of elsarticle's and article's tables set tight): a dozen words and more, it reads as
    running text, and stopped the table at its top rule. A block that holds the caption is not the
    running text after the table: the table runs on to its bottom rule."""
    caption = _line_from(
        "Table 1: Cluster latent neural greedy vision for table number 1.", 160.0, 258.0, page=2
    )
    heads = _line_from("Encoder Linear Latent", 270.0, 269.0, page=2)
    rows = [_line_from(f"Stub{k} 97,808 38,803 32,587", 202.0, 294.0 + 36.0 * k, page=2) for k in range(4)]
    rules = [
        (196.0, 267.0, 399.0, 268.0),
        *((196.0, 292.0 + 36.0 * k, 399.0, 293.0 + 36.0 * k) for k in range(5)),
    ]
    page = Page(2, 595.0, 842.0, rules=rules)
    blocks = [Block([caption, heads], 2, -1), *(Block([row], 2, -1) for row in rows)]
    layout = PageLayout(page, [(57.0, 538.0)], blocks)
    region = ruled_extent(
        Location(2, (196.0, 267.0, 399.0, 268.0)), caption.bbox, layout, 10.0, [caption.bbox]
    )
    assert region.bbox[3] == 437.0  # the bottom rule's foot
