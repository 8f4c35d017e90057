"""Table layouts of the generated corpus's float range (scripts/table_corpus.py, FLOAT_SEEDS): a
longtable set without rules over pages."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize("label", [False, True])
def test_an_unruled_longtable_over_three_pages_is_one_table_its_head_read_once(
    tmp_path: Path, label: bool
) -> None:
    """No rule marks where the table goes on overleaf: the page's text opens with the head row again,
    as longtable's \\endhead repeats it, and the rows under it down to the running text are the table's.
    "Table 1 continued" over the head, in one block with the stubs under it, ends no caption: the
    caption has ended, and the lines under the label are the table's."""
    pdf = pdfgen.tables14_unruled_longtable_paper(tmp_path / "long.pdf", label=label)
    (table,) = extract(pdf).tables
    assert table.caption == "Scores of the settings over three pages."
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (pdfgen.TABLES14_LONG_HEAD, *pdfgen.TABLES14_LONG_ROWS)
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(rows) for k, text in enumerate(row)
    }
