"""Unheaded bibliographies (revtex) with floats after them or a cited line before them (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_a_page_of_floats_after_an_unheaded_bibliography_leaves_it_the_papers_close(tmp_path: Path) -> None:
    """revtex's bibliography has no heading: raised labels closing the paper make it one; a table LaTeX
    set on a page after it (cells, a caption) is no text that the bibliography would stop short of."""
    path = pdfgen.refs11_unheaded_then_floats_paper(tmp_path / "aip.pdf", pdfgen.REFZONE3_ENTRIES)
    doc = extract(path)
    assert [r.label for r in doc.references] == [str(n) for n in range(1, 9)]
    assert [r.year for r in doc.references] == [str(1990 + n) for n in range(1, 9)]


def test_an_unheaded_list_starts_at_its_first_entry_not_at_a_cited_line_before_it(tmp_path: Path) -> None:
    """A paragraph's line opening with "[7]" just before revtex's unheaded entries, whose "[8]", "[9]", …
    follow: the bibliography starts at its "[1]", and the paragraph stays text."""
    path = pdfgen.refs11_cited_line_before_unheaded_paper(tmp_path / "aps.pdf", pdfgen.REFS11_APS_ENTRIES)
    doc = extract(path)
    assert [r.label for r in doc.references] == [str(n) for n in range(1, 15)]
    assert not any("related" in r.raw for r in doc.references)
