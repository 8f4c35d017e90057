"""A figure's own labels are no equations; a display equation over the figure stays one, and takes the
number the layout set apart at the column's right edge as its label."""

from __future__ import annotations

from pathlib import Path

from pdfgen import figure_labels_page, numbered_display_page

from paperparse.pipeline import extract


def test_panel_letters_in_and_over_a_drawing_are_not_equations(tmp_path: Path) -> None:
    doc = extract(figure_labels_page(tmp_path / "figure.pdf"))
    (figure,) = doc.figures
    assert figure.region is not None
    assert [(e.text, e.label) for e in doc.equations] == [("y = (a + b) / 2", "(1)")]


def test_a_short_display_with_its_number_beside_it_is_an_equation(tmp_path: Path) -> None:
    # "rb > c" has no sign the equation test counts; its number on its row says what it is
    doc = extract(numbered_display_page(tmp_path / "display.pdf"))
    assert [(e.text, e.label) for e in doc.equations] == [("rb > c", "(1)")]
    assert not any("rb" in p.split() for s in doc.sections for p in s.paragraphs)
