"""A title's second part set in a smaller cut of its own bold face (acmart's "Title\\\\ \\Large Part",
11 pt under 13 pt) is the title's, where it stands on the title's leading; an LNCS \\subtitle in that
cut, a skip further down, is not."""

from __future__ import annotations

from pathlib import Path

from pdfgen import header5_subtitled_title_page

from paperparse.pipeline import extract

TITLE = ["Multilingual Evaluation Models for Scalable Prediction", "of Document Uncertainty Kernels"]


def test_a_second_part_in_a_smaller_cut_on_the_titles_leading_is_the_titles(tmp_path: Path) -> None:
    doc = extract(
        header5_subtitled_title_page(tmp_path / "acm.pdf", TITLE, "Scalable Structured Attention", 5.2)
    )
    assert doc.title == " ".join(TITLE) + " Scalable Structured Attention"
    assert [a.name for a in doc.authors] == ["Anna Schmidt", "Ingrid C. Moreau", "Dmitri J. Muller"]


def test_a_subtitle_a_skip_under_the_title_is_not_the_titles(tmp_path: Path) -> None:
    doc = extract(
        header5_subtitled_title_page(tmp_path / "lncs.pdf", TITLE, "Scalable Structured Attention", 7.6)
    )
    assert doc.title == " ".join(TITLE)
