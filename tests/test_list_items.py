"""A list's items are paragraphs of their own, and an algorithm's numbered lines no paragraph, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import LIST_ITEMS, algorithm_lines_page, bulleted_list_page

from paperparse.pipeline import extract


def test_an_item_after_one_ending_in_a_semicolon_opens_its_own_paragraph(tmp_path: Path) -> None:
    (section,) = extract(bulleted_list_page(tmp_path / "list.pdf")).sections
    items = [p for p in section.paragraphs if p.startswith("\u2022")]
    assert items == [f"\u2022 {item}" for item in LIST_ITEMS]


def test_an_algorithms_numbered_lines_are_no_paragraph_and_the_one_they_cut_goes_on(tmp_path: Path) -> None:
    (section,) = extract(algorithm_lines_page(tmp_path / "algorithm.pdf")).sections
    assert not any(p.startswith("1:") for p in section.paragraphs)
    assert len(section.paragraphs) == 1 and "output a lower bound for the" in section.paragraphs[0]
