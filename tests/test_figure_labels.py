"""A figure's own labels are no equations; a display equation over the figure stays one, and takes the
number the layout set apart at the column's right edge as its label."""

from __future__ import annotations

from pathlib import Path

from pdfgen import figure_labels_page

from paperparse.pipeline import extract


def test_panel_letters_in_and_over_a_drawing_are_not_equations(tmp_path: Path) -> None:
    doc = extract(figure_labels_page(tmp_path / "figure.pdf"))
    (figure,) = doc.figures
    assert figure.region is not None
    assert [(e.text, e.label) for e in doc.equations] == [("y = (a + b) / 2", "(1)")]
