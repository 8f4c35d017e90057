"""Titles in small capitals typed in sentence case, whose lines and parts show no capital.

A second part set by hand in smaller small capitals ("…\\\\ \\textsc{\\Large document evaluation …}")
is all small letters, one size, smaller than the title's small letters and under the display size a
subtitle has when read at that size: read at the size its small letters imply (the title's own ratio of
small letters to capitals), it is in display type and goes on with the title, instead of being read as a
line of names ("Document Evaluation Neural Sparse") that took the byline's place. A subtitle after the
title's colon on a line all in the title's small letters, the widest gap of the block over it, is no
byline in the title's own type either: a line of names in small capitals shows the capitals its names
open with. A compound opened by a math letter with a subscript ("$\\ell_1$-Neural") is one word in its
text face: the subscript no longer lowers the word's foot so that its small letters read as a marker;
so is one opened by a capital Greek letter the Symbol font maps to a math sign ("∆", U+2206): read in
the Symbol face, the word took the title's capitals out of its own face, whose lines then read as one
size and its lines in small letters as the byline of an anonymous build."""

from __future__ import annotations

from pathlib import Path

from pdfgen import (
    HEADER14_COLON_SUBTITLE,
    HEADER14_COLON_TITLE,
    HEADER14_DELTA_TITLE,
    HEADER14_SUBSCRIPT_TITLE,
    HEADER14_SUBTITLE,
    HEADER14_TITLE,
    header14_colon_subtitle_page,
    header14_delta_title_page,
    header14_sentence_case_subtitle_page,
    header14_subscript_compound_page,
)

from paperparse.pdf.pdfium import read_pdf
from paperparse.pipeline import extract

NAMES = ["Ann Lee", "Bo Kim", "Mei Chen"]


def test_a_second_part_all_in_small_letters_goes_on_with_a_small_capitals_title(tmp_path: Path) -> None:
    doc = extract(header14_sentence_case_subtitle_page(tmp_path / "title.pdf"))
    assert doc.title == " ".join([*HEADER14_TITLE, HEADER14_SUBTITLE]).upper()
    assert [a.name for a in doc.authors] == NAMES


def test_a_subtitle_line_in_the_titles_small_letters_is_no_byline(tmp_path: Path) -> None:
    doc = extract(header14_colon_subtitle_page(tmp_path / "colon.pdf"))
    assert doc.title == "ε" + " ".join([*HEADER14_COLON_TITLE, HEADER14_COLON_SUBTITLE]).upper()[1:]
    assert [a.name for a in doc.authors] == NAMES


def test_a_math_letter_with_a_subscript_opens_one_word_in_its_text_face(tmp_path: Path) -> None:
    path = header14_subscript_compound_page(tmp_path / "subscript.pdf")
    word = read_pdf(path).pages[0].lines[0].words[0]
    assert (word.text, word.font.name, word.font.size) == ("l1-NEURAL", "Times-Roman", 24.0)
    doc = extract(path)
    assert doc.title == " ".join(HEADER14_SUBSCRIPT_TITLE).upper().replace("L1-", "l1-")
    assert [a.name for a in doc.authors] == NAMES


def test_a_compound_opened_by_the_symbol_fonts_delta_is_in_its_text_face(tmp_path: Path) -> None:
    path = header14_delta_title_page(tmp_path / "delta.pdf")
    word = read_pdf(path).pages[0].lines[0].words[0]
    assert (word.text, word.font.name, word.font.size) == ("Δ-EFFICIENT", "Times-Roman", 24.0)
    doc = extract(path)
    assert doc.title == "Δ" + " ".join(HEADER14_DELTA_TITLE).upper()[1:]
    assert [a.name for a in doc.authors] == ["Anonymous Author(s)"]
