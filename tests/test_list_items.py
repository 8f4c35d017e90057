"""A list's items are paragraphs of their own, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import LIST_ITEMS, bulleted_list_page

from paperparse.pipeline import extract


def test_an_item_after_one_ending_in_a_semicolon_opens_its_own_paragraph(tmp_path: Path) -> None:
    (section,) = extract(bulleted_list_page(tmp_path / "list.pdf")).sections
    items = [p for p in section.paragraphs if p.startswith("\u2022")]
    assert items == [f"\u2022 {item}" for item in LIST_ITEMS]
