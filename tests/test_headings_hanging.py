"""A numbered heading in the text's own type (svjour3's upright subsection) that wraps onto a second line
hanging under its title's first word is a heading; a paragraph opened by a number, its second line at the
column's edge, is not."""

from __future__ import annotations

from pathlib import Path

from pdfgen import BODY_SIZE, COL2, COL_W, LEADING, LEFT, _document, _paragraph, _wrap, prose_words

from paperparse.pipeline import extract

TITLE = "A Note on Retrieval Pipelines for Fast and Reliable Inference on Commodity Hardware in the Field"


def hanging_subsection_page(path: Path) -> Path:
    """Two columns: "1 Introduction" in bold and its text; then "1.1" and the title upright at the text's
    size, wrapped at the column's edge, its second line under the title's first word; its paragraph;
    then a paragraph that opens with "2.5 mg of the compound ..."; the right column's text."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, 30 + LEADING + 1, COL_W, [*prose_words("alpha", 0, 60), "end."]) + 3
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, "1.1")
        indent = pdf.get_string_width("1.1  ")
        for k, line in enumerate(_wrap(pdf, TITLE.split(), COL_W - indent)):
            pdf.text(LEFT + indent, y + k * LEADING, line)
        y = _paragraph(pdf, LEFT, y + (k + 1) * LEADING + 3, COL_W, [*prose_words("beta", 0, 60), "end."]) + 4
        tokens = ["2.5", "mg", "of", "the", "compound", *prose_words("gamma", 0, 30), "end."]
        _paragraph(pdf, LEFT, y, COL_W, tokens)
        _paragraph(pdf, COL2, 30, COL_W, [*prose_words("delta", 0, 200), "end."])
    return path


def test_hanging_subsection_is_a_heading(tmp_path: Path) -> None:
    doc = extract(hanging_subsection_page(tmp_path / "svjour.pdf"))
    titles = {s.number: s.title for s in doc.sections}
    assert titles.get("1.1") == TITLE
    assert "2.5" not in titles
