"""A numbered heading in small capitals (ICML's third level) broken with a hyphen at the column's edge:
its second line, all small capitals ("ING"), is set smaller than the first line's capitals and sits
lower under it, and still belongs to the heading."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from pdfgen import COL2, COL_W, LEFT, _document, _paragraph, prose_words

from paperparse.pipeline import extract

CAPITAL, SMALL = 10.0, 8.0


def _small_capitals(pdf: FPDF, x: float, y: float, words: list[str]) -> float:
    """Draw words as small capitals do: each word's capital at 10 pt, its other letters as capitals at
    8 pt (a word in lower case, "and", all at 8 pt); the x where the line ends."""
    for k, word in enumerate(words):
        if k:
            x += pdf.get_string_width(" ")
        parts = [(word, SMALL)] if word.islower() else [(word[0], CAPITAL), (word[1:], SMALL)]
        for text, size in parts:
            pdf.set_font("Times", "", size)
            pdf.text(x, y, text.upper())
            x += pdf.get_string_width(text.upper())
    return x


def small_capitals_heading_page(path: Path) -> Path:
    """Two columns of text under numbered bold headings; in the right column "4.2.1. Evaluation
    Protocol and Channel Cod-" in small capitals, broken at the column's edge, "ing" on the next line
    under the title (past the number), then its paragraph."""
    with _document(path) as pdf:
        y = 30.0
        for number, title in (("4", "Experiments"), ("4.1", "Setup"), ("4.2", "Results")):
            pdf.set_font("Times", "B", 11)
            pdf.text(LEFT, y, f"{number}. {title}")
            y = _paragraph(pdf, LEFT, y + 6, COL_W, [*prose_words(title.lower(), 0, 45), "end."]) + 4
        pdf.set_font("Times", "", CAPITAL)
        pdf.text(COL2, 30, "4.2.1.")
        x = COL2 + pdf.get_string_width("4.2.1. ")
        _small_capitals(pdf, x, 30, ["Evaluation", "Protocol", "and", "Channel", "Cod-"])
        _small_capitals(pdf, x, 30 + 4.2, ["ing"])
        _paragraph(pdf, COL2, 30 + 10, COL_W, [*prose_words("omega", 0, 80), "end."])
    return path


def test_small_capitals_line_goes_on_with_the_heading(tmp_path: Path) -> None:
    doc = extract(small_capitals_heading_page(tmp_path / "icml.pdf"))
    titles = {s.number: s.title for s in doc.sections}
    assert titles.get("4.2.1") == "EVALUATION PROTOCOL AND CHANNEL COD-ING"
