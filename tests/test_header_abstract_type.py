"""An abstract under its heading set a point larger than the text (MNRAS: 10 pt over 9 pt), and a stamp at
the page's top right that reading order puts after the heading (the title fits the left column): the
abstract is still read."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import COL2, COL_W, LEFT, PAGE_W, _document, _paragraph, prose_words

from paperparse.pipeline import extract

ABSTRACT = (
    "We measure how the orbit of the pulsar widens over twelve years of timing and find that the "
    "transfer of mass from its companion explains the change in period without any loss of angular "
    "momentum."
)


def small_title_page(path: Path, stamp: bool) -> Path:
    """MNRAS's first page: a short title flush left, one name, its institution, the dates, "ABSTRACT"
    in bold 9 pt, the abstract in 10 pt across the page, its keywords, then the body in two columns of
    9 pt; with `stamp`, "Compiled using MNRAS LaTeX style file v3.0" in 8 pt at the page's top right."""
    with _document(path) as pdf:
        if stamp:
            pdf.set_font("Times", "", 8)
            note = "Compiled using MNRAS LaTeX style file v3.0"
            pdf.text(PAGE_W - LEFT - pdf.get_string_width(note), 14, note)
        pdf.set_font("Times", "B", 16)
        pdf.text(LEFT, 30, "Orbital Decay of a Pulsar")
        pdf.set_font("Times", "", 12)
        pdf.text(LEFT, 40, "Anna Smith")
        pdf.set_font("Times", "I", 8)
        pdf.text(LEFT, 45, "Department of Physics, University of Bergen, Norway")
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 56, "Accepted XXX. Received YYY; in original form ZZZ")
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, 67, "ABSTRACT")
        y = _paragraph(pdf, LEFT, 72, PAGE_W - 2 * LEFT, ABSTRACT.split(), size=10)
        pdf.set_font("Times", "", 10)
        pdf.text(LEFT, y + 1, "Key words: pulsars: general - stars: neutron")
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, y + 14, "1 INTRODUCTION")
        _paragraph(pdf, LEFT, y + 19, COL_W, [*prose_words("alpha", 0, 120), "end."], size=9, leading=4)
        _paragraph(pdf, COL2, y + 14, COL_W, [*prose_words("beta", 0, 140), "end."], size=9, leading=4)
    return path


@pytest.mark.parametrize("stamp", [False, True])
def test_abstract_in_larger_type_under_its_heading(tmp_path: Path, stamp: bool) -> None:
    doc = extract(small_title_page(tmp_path / "mnras.pdf", stamp))
    abstract = doc.abstract or ""
    assert abstract.startswith("We measure how the orbit")
    assert abstract.rstrip().endswith("angular momentum.")
    assert "INTRODUCTION" in [s.title for s in doc.sections]
