"""Table classes of session tables20: stacked tabulars under one caption; a last line over a float."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest
from fixed_readings import body_read_as

from paperparse.body.tables import STACKED
from paperparse.pipeline import extract


@pytest.mark.parametrize("first_columns", [18.0, 10.0])
def test_stacked_tabulars_are_grids_of_their_own(tmp_path: Path, first_columns: float) -> None:
    """Three framed tabulars stacked under one caption, each drawing its own rules (their ends a little
    apart, one tabular's bottom rule over the next one's top rule with no row between), are read one by
    one: each one's cells follow the one's over it in rows and columns of their own, so that no relation
    runs from one tabular's last row to the next one's head. So too when the first tabular is much
    narrower than the others (its rules under less than 0.8 of the float's widest rows)."""
    path = pdfgen.tables20_stacked_grids_page(tmp_path / "stacked.pdf", first_columns)
    (table,) = extract(path).tables
    content = table.content
    assert content is not None and content.structure == "cells" and content.reason == STACKED
    expected = {}
    row = col = 0
    for rows in pdfgen.TABLES20_STACKED:
        for i, cells in enumerate(rows):
            for k, text in enumerate(cells):
                expected[(row + i, col + k)] = text
        row, col = row + len(rows), col + len(rows[0])
    assert {(c.row, c.col): c.text for c in content.cells if c.text} == expected


def test_a_last_line_labelled_table_over_the_caption_is_no_table(tmp_path: Path) -> None:
    """A paragraph's last line of one word set over a table float whose caption stands over its ruled
    grid, read as the table's by the model while the grid's rows are not (as a model that never saw the
    paper may): one line is no table, so the grid under the caption stays the table's region, and its
    cells are read."""
    path = pdfgen.tables20_last_line_over_caption_page(tmp_path / "last.pdf")
    says = {"Table 3": ("caption", 0.99), pdfgen.TABLES20_LAST_LINE: ("table", 0.99)}
    body = body_read_as(path, says, set())
    (table,) = body.tables
    content = table.content
    assert content is not None and content.structure == "cells"
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(pdfgen.TABLES20_ROWS) for k, text in enumerate(row)
    }
