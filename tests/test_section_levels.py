"""Section levels from the document's numbering scheme and heading types, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import styled_headings_page

from paperparse.eval.scoring import document_values
from paperparse.pipeline import extract


def _levels(pdf: Path) -> list[tuple[str | None, str, int]]:
    return [(s.number, s.title, s.level) for s in extract(pdf).sections]


def test_roman_sections_make_letters_subsections_and_a_spelled_appendix_a_section(tmp_path: Path) -> None:
    # IEEEtran and revtex number "I.", "A.", "1)": a letter under a Roman section is a subsection
    headings = [
        ("I. INTRODUCTION", "B"),
        ("A. Setup", "I"),
        ("B. Data", "I"),
        ("II. METHOD", "B"),
        ("A. Plan", "I"),
        ("III. RESULTS", "B"),
        ("Appendix A. Proofs of the Bounds", "B"),
    ]
    assert _levels(styled_headings_page(tmp_path / "roman.pdf", headings)) == [
        ("I", "INTRODUCTION", 1),
        ("A", "Setup", 2),
        ("B", "Data", 2),
        ("II", "METHOD", 1),
        ("A", "Plan", 2),
        ("III", "RESULTS", 1),
        ("A", "Proofs of the Bounds", 1),
    ]


def test_an_unnumbered_heading_takes_the_level_of_numbered_ones_set_in_its_type(tmp_path: Path) -> None:
    # one face and size for every level, sections in capitals (MNRAS, acmart): a starred subsection in
    # title case is a subsection, "ACKNOWLEDGMENTS" a section
    headings = [
        ("1 INTRODUCTION", "B"),
        ("1.1 Setup", "B"),
        ("2 RESULTS", "B"),
        ("2.1 Data", "B"),
        ("Further Data", "B"),
        ("ACKNOWLEDGMENTS", "B"),
    ]
    levels = _levels(styled_headings_page(tmp_path / "typed.pdf", headings))
    assert levels[-2:] == [(None, "Further Data", 2), (None, "ACKNOWLEDGMENTS", 1)]


def test_unnumbered_headings_of_one_size_rank_by_the_face_met_first(tmp_path: Path) -> None:
    # eLife sets its second and third levels in one size, the third in another face
    headings = [
        ("Introduction", "B"),
        ("Results", "B"),
        ("Model Dynamics", "I"),
        ("Decoding", "I"),
        ("Discussion", "B"),
    ]
    assert [lv for _, _, lv in _levels(styled_headings_page(tmp_path / "faces.pdf", headings))] == [
        1,
        1,
        2,
        2,
        1,
    ]


def test_section_levels_are_scored_as_title_and_level_together() -> None:
    doc = {"sections": [{"title": "Setup", "level": 2}, {"title": "Results", "level": 1}]}
    assert document_values(doc)["section_levels"] == ["2 Setup", "1 Results"]
