"""Headings the model reads as text that the document's numbering keeps (sections12), on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import styled_headings_page
from test_body_elements import _body_read_as


def test_a_lettered_heading_of_section_i_the_model_reads_as_text_stays_though_later_sections_reuse_it(
    tmp_path: Path,
) -> None:
    # IEEE letters each Roman section's subsections anew: "C" of section I is also section II's, and "I"
    # alone reads as a letter too, but a paper whose first section is "I" numbers in Roman
    headings = [
        ("I. Introduction", "B"),
        ("A. Setup", "I"),
        ("B. Data", "I"),
        ("C. Model", "I"),
        ("II. Method", "B"),
        ("A. Plan", "I"),
        ("B. Steps", "I"),
        ("C. Tools", "I"),
    ]
    says = {"C. Model": ("paragraph", 0.95)}
    body = _body_read_as(styled_headings_page(tmp_path / "roman.pdf", headings), says)
    assert [s.title for s in body.sections] == [
        "Introduction",
        "Setup",
        "Data",
        "Model",
        "Method",
        "Plan",
        "Steps",
        "Tools",
    ]
