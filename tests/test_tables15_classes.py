"""Table layouts of the generated corpus's float range (scripts/table_corpus.py, FLOAT_SEEDS): unruled
subtables set side by side in one float."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.body.tables import SIDE_BY_SIDE
from paperparse.pipeline import extract


@pytest.mark.parametrize("below", [False, True])
def test_unruled_subtables_side_by_side_are_parted_by_their_subcaptions(tmp_path: Path, below: bool) -> None:
    """No rule parts two unruled tabulars set side by side, but their subcaptions (a) and (b) do: each
    tabular keeps its own rows and columns (the right one's rows do not run on from the left one's), and
    the subcaptions' line is in neither grid."""
    (table,) = extract(pdfgen.tables15_unruled_subtables_page(tmp_path / "sub.pdf", below=below)).tables
    content = table.content
    left, right = pdfgen.TABLES15_SUBTABLES
    assert content is not None and content.structure == "cells" and content.reason == SIDE_BY_SIDE
    assert (content.n_rows, content.n_cols) == (len(left) + len(right), len(left[0]) + len(right[0]))
    rows = [
        [c.text for c in sorted(content.cells, key=lambda c: c.col) if c.row == r]
        for r in range(content.n_rows)
    ]
    assert rows == [list(row) for row in left + right]
