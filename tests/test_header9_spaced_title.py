"""A manuscript in double spacing (IEEEtran's draftcls, a review build's \\doublespacing) pitches every
line, the title's too, at 1.6 and more type sizes, so a title's second line stands further under its first
than a byline under a title set solid: it still goes on with the title, and does not become an author
("Language Optimisation"). On a page set solid, a line of the title's type that far under it is not the
title's."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER9_NAMES, HEADER9_TITLE, header9_spaced_title_page

from paperparse.pipeline import extract


def test_a_double_spaced_title_goes_on_over_its_wide_leading(tmp_path: Path) -> None:
    doc = extract(header9_spaced_title_page(tmp_path / "draft.pdf"))
    assert doc.title == " ".join(HEADER9_TITLE)
    assert [a.name for a in doc.authors] == list(HEADER9_NAMES)


def test_set_solid_a_line_that_far_under_a_title_is_not_the_titles(tmp_path: Path) -> None:
    doc = extract(header9_spaced_title_page(tmp_path / "solid.pdf", spacing=1.2))
    assert doc.title == HEADER9_TITLE[0]
