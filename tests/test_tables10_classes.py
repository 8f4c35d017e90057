"""Tables of wrapped-text columns whose region the page's blocks, merged across the columns, cut short."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_a_paragraph_column_merged_with_its_neighbours_is_no_running_text(tmp_path: Path) -> None:
    """A p{} column of sentences set at the body's size, its lines spread word from word, in blocks
    merged with the stubs and values beside it: such a block starts its lines at each column's edge,
    not flush left as running text does, so it does not end the table under its first row."""
    (table,) = extract(pdfgen.tables10_paragraph_column_page(tmp_path / "paragraph.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    rows = pdfgen.TABLES10_PARAGRAPH_ROWS
    assert (table.content.n_rows, table.content.n_cols) == (1 + len(rows), 3)
    body = sorted((c.row, c.col, c.text) for c in table.content.cells if c.row > 0)
    assert [text for _, col, text in body if col != 1] == [
        t for stub, _, value in rows for t in (stub, value)
    ]
