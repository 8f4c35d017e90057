"""Table classes of session tables21: a group head alone in its layout block does not end a table."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.body.tables import STACKED
from paperparse.pipeline import extract


def test_a_group_head_beside_another_in_a_spanning_block_is_no_heading(tmp_path: Path) -> None:
    """Two tabulars stacked under one caption, their rules of different ends, the first under a line of
    group heads ("SPEECH" in capitals over two columns, "Transfer-7" over the next two): the layout sets
    SPEECH in a block of its own and Transfer-7 in the block of the rows under them, whose box spans
    the whole table. SPEECH has a line level with it beside it (Transfer-7's), so it is a cell, not a
    heading that ends the table's region over its rows: both tabulars are read, one after the other."""
    path = pdfgen.tables21_stacked_page(tmp_path / "stacked.pdf")
    (table,) = extract(path).tables
    content = table.content
    assert content is not None and content.structure == "cells" and content.reason == STACKED
    texts = {c.text for c in content.cells if c.text}
    expected = {t for rows in (pdfgen.TABLES21_GROUPED, pdfgen.TABLES21_UNDER) for row in rows for t in row}
    assert expected | {g for g, _, _ in pdfgen.TABLES21_GROUPS} <= texts
    under = [c for c in content.cells if c.text in {row[0] for row in pdfgen.TABLES21_UNDER}]
    first = [c for c in content.cells if c.text in {row[0] for row in pdfgen.TABLES21_GROUPED}]
    assert min(c.row for c in under) > max(c.row for c in first)
    assert min(c.col for c in under) > max(c.col for c in first)
