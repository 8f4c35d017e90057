"""Page furniture inside a bibliography: never a heading that ends it, never part of an entry (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import refzone_furniture_bibliography

from paperparse.layout import analyze
from paperparse.pipeline import extract, read_pdf

AUTHORS = [("A. Author", "A. Author"), ("A. Lee, B. Wu", "A. Lee and B. Wu")]


@pytest.mark.parametrize(("byline", "head"), AUTHORS)
def test_furniture_printed_once_is_a_running_head(tmp_path: Path, byline: str, head: str) -> None:
    """The authors repeated atop page 2 and the copyright foot are running text; the byline is not."""
    layout = analyze(read_pdf(refzone_furniture_bibliography(tmp_path / "f.pdf", byline, head)))
    running = {b.text.strip() for p in layout.pages for b in p.blocks if b.kind == "running"}
    assert {head, "© 0000 The Authors"} <= running
    assert [b.text for b in layout.text_blocks("front") if b.text.startswith("A.")] == [byline]


@pytest.mark.parametrize(("byline", "head"), AUTHORS)
def test_bibliography_runs_past_the_running_head(tmp_path: Path, byline: str, head: str) -> None:
    """All thirty entries are read, none holding the foot or the head, and no appendix opens at the head."""
    doc = extract(refzone_furniture_bibliography(tmp_path / "f.pdf", byline, head))
    raws = [r.raw for r in doc.references]
    assert len(raws) == 30
    assert not any("©" in raw or "Author" in raw or "Lee" in raw for raw in raws)
