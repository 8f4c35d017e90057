"""Old ACL title blocks the generated corpus's ERA3 range draws (scripts/oldpdf_corpus.py, seeds from
8000), and the quotes of TeX's bitmap fonts."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import MODEL_PATH, segment


def test_quotes_of_a_bitmap_text_font_are_typographic(tmp_path: Path) -> None:
    """OT1 and T1 text fonts print the right and left single quotes at the codes of "'" and "`"; dvips's
    bitmap fonts pass the codes on: "O'Brien" as printed is "O’Brien", as a font with glyph names gives
    it (generated seeds 4916, 7908, 8004, 8006, 8024, 8044)."""
    line: list[str | int] = ["O'Brien", -3300, "e\x0ecient", -3300, "`quoted'"]
    content = read_pdf(pdfgen.type3_page(tmp_path / "quotes.pdf", [line]))
    texts = [w.text for ln in content.pages[0].lines for w in ln.words]
    assert texts == ["O\u2019Brien", "efficient", "\u2018quoted\u2019"]


@pytest.mark.parametrize("pitch", [17.0, 17.8])
def test_a_subtitle_in_smaller_capitals_after_the_colon_goes_on(tmp_path: Path, pitch: float) -> None:
    """A title in capitals whose first line ends in the colon and whose subtitle is set a size smaller on
    the next line: the first line, in capitals, has no descent, so the gap under its box reads wider by
    it than under a line in small letters; after the colon the subtitle goes on all the same (generated
    seeds 8010, 8020)."""
    pdf = pdfgen.aclold6_capitals_subtitle_page(tmp_path / "subtitle.pdf", pitch=pitch)
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert header.title == " ".join(pdfgen.ACLOLD6_SUBTITLED)
    assert [a.name for a in header.authors] == ["Anna Lee", "Bo Kim"]


@pytest.mark.parametrize(
    ("reach", "institution"),
    [(0.0, ""), (3.0, ""), (0.0, "École Polytechnique Fédérale de Lausanne")],
)
def test_a_name_wrapped_to_the_grid_s_second_row_opens_its_block(
    tmp_path: Path, reach: float, institution: str
) -> None:
    """acl.sty's grid wraps a third author to a second row, centred under the first row's two blocks
    right under their last lines (no e-mail line ends them, no gap parts the rows): the name overlaps
    the first block's wide street line, or stands under its longer institution line, but off the
    block's axis (its centre, its edges), so it opens a block of its own, not one more line of the first
    author's address (generated seeds 8136, 8264, 8364)."""
    pdf = pdfgen.aclold6_wrapped_postal_grid_page(
        tmp_path / "postal.pdf", reach=reach, institution=institution
    )
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert [a.name for a in header.authors] == [block[0] for block in pdfgen.ACLOLD6_POSTAL]


def test_a_street_line_opening_with_its_number_is_no_first_heading(tmp_path: Path) -> None:
    """A postal address's street line in a byline block ("1 Main Street", under the institution's line,
    a block of its own in the layout) reads like the first section's heading "1 Main …": it is none, so
    the byline goes on under it to the last author (generated seeds 8070, 8076)."""
    pdf = pdfgen.aclold6_wrapped_postal_grid_page(tmp_path / "street.pdf", street="1 Main Street")
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert [a.name for a in header.authors] == [block[0] for block in pdfgen.ACLOLD6_POSTAL]


@pytest.mark.parametrize("quad", [4.3, 6.0])
def test_names_spaced_apart_in_the_title_s_one_type_end_the_title(tmp_path: Path, quad: float) -> None:
    """In an OCR layer's one type the title's block runs on into the byline; its line of two names
    parted by a quad alone (COLING's place rows: "Hans-Peter E. Okafor   Aylin P. Kowalski") reads as
    names, piece by piece, as the byline grid reads it: the title ends over it, and each name is an
    author (generated seeds 8088, 8348, 8368, 8458; 7334's shared cells)."""
    pdf = pdfgen.aclold6_flat_place_rows_page(tmp_path / "flat.pdf", quad=quad)
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert header.title == pdfgen.ACLOLD6_FLAT_TITLE
    assert [a.name for a in header.authors] == [n for names, _ in pdfgen.ACLOLD6_PLACE_ROWS for n in names]


@pytest.mark.parametrize("rise", [2.88, 3.2])
def test_a_capital_s_raised_accent_keeps_its_word_whole(tmp_path: Path, rise: float) -> None:
    """dvips raises a capital's accent by a move of its own and draws it before its letter; PDFium may
    read the move back to the baseline as a line break, beside the accent: the letter under it, right
    after the word on its baseline, goes on with the word ("JIŘÍ", not "JIŘ" + "Í": generated seed 8364,
    whose name line then read as no names)."""
    pdf = pdfgen.aclold6_raised_accents_page(tmp_path / "accents.pdf", rise=rise)
    content = read_pdf(pdf)
    assert [w.text for ln in content.pages[0].lines for w in ln.words] == ["JIŘÍ", "KOWALSKI"]


@pytest.mark.parametrize("row_step", [8.25, 9.6])
def test_a_name_alone_on_the_next_place_row_opens_its_block(tmp_path: Path, row_step: float) -> None:
    """COLING's place rows in an OCR layer's one type: a row of two names spaced apart over their
    place's lines, then a row further down with one name alone over its own place's lines. The place
    lines under the first row are shared by its names; the name after them, a row lower, opens its own
    block and is an author, not one more line of the first place (generated seeds 8298, 8368)."""
    pdf = pdfgen.aclold6_flat_place_rows_page(tmp_path / "rows.pdf", second_names=1, row_step=row_step)
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    (first, _), (second, _) = pdfgen.ACLOLD6_PLACE_ROWS
    assert [a.name for a in header.authors] == [*first, second[0]]


def test_a_place_line_under_a_name_alone_is_not_cut_at_the_next_row_s_columns(tmp_path: Path) -> None:
    """A long institution line under a name alone, over the next row's two names spaced apart: it is
    cut at no columns (only a crowded row of names is cut at the columns under it), so its second half
    ("Fédérale de Lausanne") is no author (generated seeds 8556, 8624)."""
    pdf = pdfgen.aclold6_place_over_name_row_page(tmp_path / "place.pdf")
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert [a.name for a in header.authors] == ["Mikulas Kim", *pdfgen.ACLOLD6_ROW_NAMES]


def test_a_grave_accent_on_its_letter_stays_an_accent_where_a_lone_one_is_a_quote(tmp_path: Path) -> None:
    # TeX's \`a in a bitmap font: the "`" drawn over the "a" after it is the accent ("déjà" in French
    # words of 1990s papers), the one before a word opens a quote
    line: list[str | int] = ["dej`", 5000, "a", -3300, "e\x0ecient", -3300, "`quoted'"]
    content = read_pdf(pdfgen.type3_page(tmp_path / "grave.pdf", [line]))
    assert [ln.text for page in content.pages for ln in page.lines] == ["dejà efficient \u2018quoted\u2019"]
