"""Section headings and captions by evidence that holds across templates, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import colon_run_in_page

from paperparse.document import Document
from paperparse.pipeline import extract


def _headings(doc: Document) -> list[tuple[str | None, str]]:
    """(number, title) of each section with a heading."""
    return [(s.number, s.title) for s in doc.sections if s.title]


def test_a_run_in_title_that_a_colon_ends_may_be_capitals_or_lowercase(tmp_path: Path) -> None:
    heads = [
        [("1) WUKONG:", "I")],
        [("2) Faa$T:", "I")],
        [("3) ns and System Efficiency:", "I")],
        [("4) Long-Tail Keywords mining:", "I")],
    ]
    doc = extract(colon_run_in_page(tmp_path / "colon.pdf", heads))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("1", "WUKONG"),
        ("2", "Faa$T"),
        ("3", "ns and System Efficiency"),
        ("4", "Long-Tail Keywords mining"),
    ]


def test_a_run_in_title_ends_at_its_colon_before_an_italic_symbol(tmp_path: Path) -> None:
    heads = [[("1) Access Delay:", "I"), ("D", "I")], [("2) Stage Count:", "I"), ("n", "I")]]
    doc = extract(colon_run_in_page(tmp_path / "symbol.pdf", heads))
    assert _headings(doc) == [("1", "Introduction"), ("1", "Access Delay"), ("2", "Stage Count")]
    assert doc.sections[1].paragraphs[0].startswith("D ")


def test_a_run_in_heading_the_layout_ran_on_from_the_paragraph_before_opens_a_section(tmp_path: Path) -> None:
    heads = [[("1) Hardware:", "I")], [("2) Software:", "I")], [("3) Network Setup:", "I")]]
    doc = extract(colon_run_in_page(tmp_path / "run-on.pdf", heads, run_on=True))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("1", "Hardware"),
        ("2", "Software"),
        ("3", "Network Setup"),
    ]
