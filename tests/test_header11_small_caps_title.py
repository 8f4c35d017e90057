"""A title in small capitals: a word opening in lower case is set all in the small letters, so a title's
line of such words reads at the small letters' size, smaller than the title's first line, and a second
part set by hand in smaller small capitals ("…\\\\ \\textsc{\\Large …}") at its small letters' size,
under the display size a subtitle has, with a name's capitalised words. By its capitals each is in the
title's type or in display type, and goes on with the title instead of being read as the byline; so
does a line all in small letters under a title whose words show both sizes."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER11_SUBTITLE, HEADER11_TITLE, header11_small_caps_title_page

from paperparse.pipeline import extract


def test_a_small_capitals_line_in_small_letters_goes_on_with_the_title(tmp_path: Path) -> None:
    doc = extract(header11_small_caps_title_page(tmp_path / "title.pdf"))
    assert doc.title == " ".join(HEADER11_TITLE).upper()
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]


def test_a_second_part_in_smaller_small_capitals_goes_on_with_the_title(tmp_path: Path) -> None:
    doc = extract(header11_small_caps_title_page(tmp_path / "subtitle.pdf", subtitle=True))
    assert doc.title == " ".join([*HEADER11_TITLE, HEADER11_SUBTITLE]).upper()
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]


def test_a_line_all_in_small_letters_goes_on_with_a_title_in_both_sizes(tmp_path: Path) -> None:
    title = ("Scalable Structured Attention for", "robust multilingual parsing")
    doc = extract(header11_small_caps_title_page(tmp_path / "small.pdf", title=title))
    assert doc.title == " ".join(title).upper()
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]
