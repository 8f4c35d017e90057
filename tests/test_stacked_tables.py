"""Two tables stacked on one page: each caption takes its own table's grid, though a caption set under
its table stands nearer the grid of the table under it (and a caption over its table nearer the grid of
the table over it)."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.document import Document
from paperparse.pipeline import extract


@pytest.mark.parametrize("captions_above", [False, True], ids=["captions under", "captions over"])
def test_stacked_tables_each_read_their_own_grid(tmp_path: Path, captions_above: bool) -> None:
    doc = extract(pdfgen.stacked_tables_page(tmp_path / "stacked.pdf", captions_above))
    _each_reads_its_grid(doc, pdfgen.STACKED_TABLES)


def test_a_stack_of_three_keeps_the_pages_caption_side(tmp_path: Path) -> None:
    """The third caption stands nearer the second table's grid than its own, and the second caption
    nearer its own: the first caption, over its table, says on which side the third one's grid lies."""
    doc = extract(pdfgen.uneven_stack_page(tmp_path / "uneven.pdf"))
    _each_reads_its_grid(doc, pdfgen.UNEVEN_STACK)


def _each_reads_its_grid(doc: Document, tables: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]) -> None:
    """Every drawn table found by its caption, with exactly its own cells."""
    assert [f"{t.label}: {t.caption}" for t in doc.tables] == [c for c, _ in tables]
    for table, (_, rows) in zip(doc.tables, tables, strict=True):
        content = table.content
        assert content is not None and content.structure == "cells"
        assert {(c.row, c.col): c.text for c in content.cells} == {
            (i, j): cell for i, row in enumerate(rows) for j, cell in enumerate(row)
        }
