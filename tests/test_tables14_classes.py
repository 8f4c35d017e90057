"""Table layouts of the generated corpus's float range (scripts/table_corpus.py, FLOAT_SEEDS): a
longtable set without rules over pages."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.body.geometry import around
from paperparse.body.regions import rows_to_foot
from paperparse.document import Location
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


@pytest.mark.parametrize(("label", "ruled"), [(False, False), (True, False), (False, True), (True, True)])
def test_an_unruled_longtable_over_three_pages_is_one_table_its_head_read_once(
    tmp_path: Path, label: bool, ruled: bool
) -> None:
    """No rule marks where the table goes on overleaf: the page's text opens with the head row again,
    as longtable's \\endhead repeats it, and the rows under it down to the running text are the table's.
    "Table 1 continued" over the head, in one block with the stubs under it, ends no caption: the
    caption has ended, and the lines under the label are the table's."""
    pdf = pdfgen.tables14_unruled_longtable_paper(tmp_path / "long.pdf", label=label, ruled=ruled)
    (table,) = extract(pdf).tables
    assert table.caption == "Scores of the settings over three pages."
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (pdfgen.TABLES14_LONG_HEAD, *pdfgen.TABLES14_LONG_ROWS)
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(rows) for k, text in enumerate(row)
    }


def test_a_longtable_first_page_ruled_only_around_its_head_takes_the_rows_under_it(tmp_path: Path) -> None:
    """On its first page a longtable is ruled only over and under its head (\\endfirsthead's rules), its
    rows going on unruled to the page's edge of text: a region found as far as the rule under the head
    grows over them. A region that ends at a table's bottom rule with running text under it (page 3)
    stays as it is."""
    layout = analyze(read_pdf(pdfgen.tables14_unruled_longtable_paper(tmp_path / "long.pdf", ruled=True)))
    first, last = layout.pages[0], layout.pages[2]
    caption = next(b.bbox for b in first.blocks if b.text.startswith("Table 1"))
    top, under_head = sorted(first.page.rules, key=lambda r: r[1])
    grown = rows_to_foot(Location(1, around([top, under_head])), caption, first, layout.body_size, [caption])
    rows = [b.bbox for b in first.blocks if b.kind == "text" and b.bbox[3] > under_head[3]]
    assert len(rows) == 3 and grown.bbox == around([top, under_head, *rows])
    *_, head_rule, bottom = sorted(last.page.rules, key=lambda r: r[1])
    part = Location(3, around([head_rule, bottom]))
    assert rows_to_foot(part, (0.0, 0.0, 600.0, 10.0), last, layout.body_size, []) == part
