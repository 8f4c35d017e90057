"""Tables a two-column page does not hold in one column: a tabular wider than its column, whose last
column runs over the other column's text, and two tabulars set side by side in one float."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.body.tables import SIDE_BY_SIDE
from paperparse.pipeline import extract


def _rows(content) -> list[list[str]]:
    return [
        [c.text for c in sorted(content.cells, key=lambda c: c.col) if c.row == r]
        for r in range(content.n_rows)
    ]


def test_a_table_wider_than_its_column_keeps_the_other_columns_text_out_of_its_cells(tmp_path: Path) -> None:
    """The lines of column 2's running text that lie in the table's region, between its rows, are that
    column's text: the grid is the table's rows alone."""
    (table,) = extract(pdfgen.overflowing_table_page(tmp_path / "overflow.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    assert _rows(content) == [list(row) for row in pdfgen.OVERFLOWING_TABLE]


def test_two_tabulars_side_by_side_under_one_caption_are_two_grids(tmp_path: Path) -> None:
    """Each tabular keeps its own rows and columns: no row runs on from one into the other, and the
    table says it holds two grids, the right one's cells after the left one's."""
    (table,) = extract(pdfgen.paired_tabulars_page(tmp_path / "paired.pdf")).tables
    content = table.content
    left, right = pdfgen.PAIRED_TABULARS
    assert content is not None and content.structure == "cells" and content.reason == SIDE_BY_SIDE
    assert (content.n_rows, content.n_cols) == (len(left) + len(right), len(left[0]) + len(right[0]))
    assert _rows(content) == [list(row) for row in left + right]
    assert {c.col for c in content.cells if c.row >= len(left)} == {3, 4, 5}


def test_two_tabulars_side_by_side_each_under_its_own_caption_are_two_tables(tmp_path: Path) -> None:
    """Each caption takes the tabular under it and not the one beside it, which is the other caption's."""
    tables = extract(pdfgen.captioned_tabulars_page(tmp_path / "captioned.pdf")).tables
    assert [f"{t.label}: {t.caption}" for t in tables] == list(pdfgen.CAPTIONED_TABULARS)
    for table, rows in zip(tables, pdfgen.PAIRED_TABULARS, strict=True):
        content = table.content
        assert content is not None and content.structure == "cells" and content.reason is None
        assert _rows(content) == [list(row) for row in rows]
