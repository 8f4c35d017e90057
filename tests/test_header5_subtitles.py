"""A title's second part set in a smaller cut of its own bold face (acmart's "Title\\\\ \\Large Part",
11 pt under 13 pt) is the title's, where it stands on the title's leading; an LNCS \\subtitle in that
cut, a skip further down, is not."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER5_INSTITUTES, header5_lncs_subtitle_page, header5_subtitled_title_page

from paperparse.header.parts import byline_lines
from paperparse.header.title import find_title, run_on
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
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


def test_a_second_part_far_smaller_than_the_title_but_over_the_body_is_the_titles(tmp_path: Path) -> None:
    """acm sigconf's "\\\\ \\Large" part prints at 10.5 pt under a 16 pt title: under two thirds of it,
    but over the body's 10 pt and right under the title in its bold face."""
    path = header5_subtitled_title_page(
        tmp_path / "sig.pdf", TITLE[:1], "Scalable Structured Attention", 6.0, (16, 10.5)
    )
    assert extract(path).title == TITLE[0] + " Scalable Structured Attention"


def test_an_lncs_subtitle_opens_no_byline(tmp_path: Path) -> None:
    """LNCS's \\subtitle, a skip under the title in a smaller size of its bold face, stays out of the
    title (the gold leaves it out) and out of the lines the byline is read from: it had been read as
    the first affiliation."""
    title = ["Graph Document Robust Adaptive Streaming", "Kernels Transfer Parsing"]
    path = header5_lncs_subtitle_page(
        tmp_path / "lncs.pdf", title, "Scalable uncertainty adaptive prediction"
    )
    layout = analyze(read_pdf(path))
    front = layout.text_blocks("front")
    index = find_title(front, 842, (), layout.body_size)
    head, _ = run_on(front, index, layout.body_size)
    assert head.text.split() == " ".join(title).split()
    band = [ln.text for ln in byline_lines(layout, head, [])]
    assert band[0].startswith("Ann Lee")
    assert "Scalable uncertainty adaptive prediction" not in band
    doc = extract(path)
    assert [a.raw for a in doc.affiliations] == list(HEADER5_INSTITUTES)
