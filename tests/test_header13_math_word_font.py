"""A title word opened by a math letter in another face ("$k$-Means", "$\\epsilon$-Greedy"): the word is
read in its text face, which sets its hyphen and the rest of its letters, not in the math letter's. Read
in the math face, the word (the longest of its line) gave the line, and so the title, the math face; a
title in small capitals, whose lines are measured by the sizes of its own face's capitals and small
letters, then lost its line in small letters to the byline. Such a compound inside a title in capitals
("n-DOCUMENT", its math letter left in lower case) no longer takes the title out of capitals."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER13_INSIDE, HEADER13_TITLE, header13_math_small_caps_title_page

from paperparse.layout.zones import in_capitals
from paperparse.pdf.model import Font
from paperparse.pdf.pdfium import read_pdf, text_font
from paperparse.pipeline import extract


def test_a_math_letter_opening_a_word_leaves_the_word_its_text_face(tmp_path: Path) -> None:
    content = read_pdf(header13_math_small_caps_title_page(tmp_path / "title.pdf"))
    word = next(w for ln in content.pages[0].lines for w in ln.words if w.text.startswith("ε-"))
    assert word.text == "ε-REGULARISED"
    assert (word.font.name, word.font.size) == ("Times-Roman", 24.0)  # not the Symbol font's epsilon


def test_a_small_capitals_title_opened_by_math_keeps_its_line_in_small_letters(tmp_path: Path) -> None:
    doc = extract(header13_math_small_caps_title_page(tmp_path / "title.pdf"))
    assert doc.title == "ε" + " ".join(HEADER13_TITLE).upper()[1:]
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]


def test_only_a_compound_opened_by_a_letter_or_two_changes_face() -> None:
    math, text, small = (
        Font("CMMI10", 10.0, False, True),
        Font("CMR10", 10.0, False, False),
        Font("CMR7", 7.0, False, False),
    )
    # "θ-logistic": the text face; a subscript ("h_max"), a formula ("λM>M"), a run-in head: the first's
    assert text_font(list("θ-logistic"), [(0, math), (1, text)]) is text
    assert text_font(list("hmax"), [(0, math), (1, small)]) is math
    assert text_font(list("λM>M"), [(0, math), (1, text)]) is math
    assert text_font(list("Terms—nonnegative"), [(0, math), (5, text)]) is math
    assert text_font(list("(file.tex)"), [(0, text), (1, math), (9, text)]) is text


def test_a_math_compound_inside_a_small_capitals_title_keeps_it_in_capitals(tmp_path: Path) -> None:
    doc = extract(header13_math_small_caps_title_page(tmp_path / "inside.pdf", title=HEADER13_INSIDE))
    assert doc.title == " ".join(HEADER13_INSIDE).upper().replace("N-DOC", "n-DOC")
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]
    assert in_capitals("k-MEANS CLUSTERING") and not in_capitals("k-means clustering")
