"""Bylines wrapped inside a name keep the name whole, whatever letters it is written in."""

from __future__ import annotations

import pdfgen

from paperparse.header.authors import names_of
from paperparse.header.bylines import find_byline
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Font, Line, Word

_FONT = Font("Times", 12.0, False, False)


def _line(text: str, y0: float) -> Line:
    """A byline line of plain words set 12 pt high at `y0`; a word "^m" is the raised marker m."""
    words: list[Word] = []
    x = 70.0
    for token in text.split():
        raised = token.startswith("^")
        token = token.lstrip("^")
        width = 6.0 * len(token)
        words.append(Word(token, x, y0, x + width, y0 + 12.0, _FONT, rise=1 if raised else 0))
        x += width + 3.0
    return Line(words, 1)


def _names(*texts: str) -> list[str]:
    lines = [_line(text, 100.0 + 14.0 * i) for i, text in enumerate(texts)]
    return [a.name for a in names_of(lines, 1)]


def test_byline_wrapped_after_a_middle_initial_keeps_the_name_whole() -> None:
    names = _names("Łukasz Zhang ^1 , and Øystein R.", "van Rossi ^1,2")
    assert names == ["Łukasz Zhang", "Øystein R. van Rossi"]


def test_a_full_name_at_the_end_of_a_line_still_ends_the_list() -> None:
    assert _names("Ana Silva ^1 , Jörg Müller Jr.", "Éric Dubois ^2") == [
        "Ana Silva",
        "Jörg Müller Jr.",
        "Éric Dubois",
    ]


def test_grid_byline_wrapped_before_a_lone_surname_keeps_it() -> None:
    """A byline list whose last surname is wrapped onto a line of its own ("…, Mei" / "Fernández^a")
    keeps that line among the names, though a lone surname is no name line by itself."""
    lines = [
        _line("Aylin Nakamura ^a , Mei", 100.0),
        _line("Fernández ^a", 114.0),
        _line("^a Kyoto University, Kyoto, Japan", 136.0),
    ]
    byline = find_byline(lines)
    assert byline is not None
    assert [a.name for a in names_of([ln for b in byline.blocks for ln in b.names], 1)] == [
        "Aylin Nakamura",
        "Mei Fernández",
    ]


def test_a_star_note_mark_after_a_name_is_no_part_of_it() -> None:
    """LNCS prints a \\thanks mark as a star operator "⋆" (raised or on the baseline): a mark, like "*"."""
    assert _names("Siobhán de Rossi ^⋆ , Chloé Bianchi") == ["Siobhán de Rossi", "Chloé Bianchi"]
    assert _names("Siobhán de Rossi ⋆⋆ , Chloé Bianchi") == ["Siobhán de Rossi", "Chloé Bianchi"]


def test_an_ot1_stroke_drawn_over_l_is_read_as_the_polish_letter(tmp_path) -> None:
    # Computer Modern (OT1) has no "ł": TeX draws the stroke, a space glyph, over an "l" or "L"
    content = read_pdf(pdfgen.header7_stroked_l_page(tmp_path / "stroked.pdf"))
    assert [ln.text for ln in content.pages[0].lines] == ["Authors: Ola Młynarczyk and Jan Lis, PŁOCK"]


def test_an_ot1_stroke_opening_a_word_is_read_though_pdfium_made_the_word_space_of_it(tmp_path) -> None:
    # "Jan and Łukasz": the stroke comes right after the word gap, and PDFium's made-up space takes its
    # place; it stands inside the "L" (0.04 em past its origin), where no made-up space stands
    content = read_pdf(pdfgen.strokes_word_initial_page(tmp_path / "stroke.pdf"))
    assert [ln.text for ln in content.pages[0].lines] == ["Authors: Jan and Łukasz Kot and Lis"]
