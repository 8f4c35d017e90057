"""Table classes of session tables20: stacked tabulars under one caption."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.body.tables import STACKED
from paperparse.pipeline import extract


def test_stacked_tabulars_are_grids_of_their_own(tmp_path: Path) -> None:
    """Three framed tabulars stacked under one caption, each drawing its own rules (their ends a little
    apart, one tabular's bottom rule over the next one's top rule with no row between), are read one by
    one: each one's cells follow the one's over it in rows and columns of their own, so that no relation
    runs from one tabular's last row to the next one's head."""
    (table,) = extract(pdfgen.tables20_stacked_grids_page(tmp_path / "stacked.pdf")).tables
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
