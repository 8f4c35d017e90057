"""PDF layer and layout on generated PDFs: words, fonts, hyphenation, columns, reading order, running heads."""

from __future__ import annotations

import re
from pathlib import Path

import pdfgen
import pypdfium2 as pdfium
import pytest

from paperparse.layout import Layout, analyze, rezoned
from paperparse.layout.blocks import starts_new_block
from paperparse.pdf import PdfContent, read_pdf
from paperparse.pdf.model import Font, Line, Word
from paperparse.pdf.pdfium import _lines_of_page
from paperparse.pdf.text_normalize import join_lines, normalize_word


@pytest.fixture(scope="module")
def paper_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.two_column_paper(tmp_path_factory.mktemp("paper") / "paper.pdf")


@pytest.fixture(scope="module")
def content(paper_pdf: Path) -> PdfContent:
    return read_pdf(paper_pdf)


@pytest.fixture(scope="module")
def layout(content: PdfContent) -> Layout:
    return analyze(content)


def _words(content: PdfContent, page: int) -> list:
    return [w for ln in content.pages[page - 1].lines for w in ln.words]


def _positions(text: str, prefix: str) -> list[int]:
    """Character offsets of every ``prefix<N>`` word in ``text``."""
    return [m.start() for m in re.finditer(rf"\b{prefix}\d+\b", text)]


def _page_text(layout: Layout, page: int) -> str:
    return " ".join(b.text for b in layout.pages[page - 1].blocks if b.kind == "text")


# ---- characters → words


def test_words_come_out_whole(content: PdfContent) -> None:
    texts = {w.text for w in _words(content, 1)}
    # every body word that carries no punctuation of its own is one Word, never split or glued
    expected = {f"alpha{i}" for i in range(1, 170) if i not in (12, 60, 110)}
    expected |= {f"beta{i}" for i in range(1, 110) if i not in (20, 60)}
    assert expected <= texts
    assert {"Reading", "Order", "Recovery", "Scholarly", "Documents", "[1]", "Introduction"} <= texts
    assert "{alice,bob}@example.org" in texts


def test_font_size_and_weight(content: PdfContent) -> None:
    by_text = {w.text: w for w in _words(content, 1)}
    title = by_text["Recovery"]
    assert title.font.size == pytest.approx(18, abs=0.2)
    assert title.font.bold
    body = by_text["alpha5"]
    assert body.font.size == pytest.approx(10, abs=0.2)
    assert not body.font.bold and not body.font.italic
    heading = by_text["Introduction"]
    assert heading.font.bold and heading.font.size == pytest.approx(12, abs=0.2)
    head = by_text["Test"]  # the running head is set in Helvetica Oblique
    assert head.font.italic


def test_superscript_markers_are_raised(content: PdfContent) -> None:
    author_line = next(ln for ln in content.pages[0].lines if ln.words[0].text == "Alice")
    markers = [w for w in author_line.words if w.text in ("1", "2")]
    assert [w.text for w in markers] == ["1", "2"]
    assert all(w.rise == 1 for w in markers)
    assert all(w.rise == 0 for w in author_line.words if w.text in ("Alice", "Smith", "Bob", "Lee"))
    assert author_line.size == pytest.approx(11, abs=0.2)


def test_line_end_hyphenation_joined(layout: Layout) -> None:
    text = _page_text(layout, 1)
    assert "infor-" in {w.text for ln in layout.pages[0].page.lines for w in ln.words}
    assert "alpha29 information alpha30" in text
    assert "infor-" not in text and "infor- mation" not in text


def test_a_break_inside_a_hyphenated_word_is_joined(tmp_path: Path) -> None:
    text = "The inter-stimu-\nlus interval was short, and the state-of-the-\nart model held."
    pdf = pdfgen.lines_page(tmp_path / "hyphen.pdf", text.split("\n"))
    block_text = " ".join(b.text for b in analyze(read_pdf(pdf)).text_blocks())
    assert "inter-stimulus interval" in block_text
    assert "state-of-the-art model" in block_text


@pytest.mark.parametrize(
    ("lines", "vocabulary", "joined"),
    [
        (["the inter-stimu-", "lus interval"], {"the", "interval"}, "the inter-stimulus interval"),
        (["the inter-stimu-", "lus"], {"the", "inter-stimulus"}, "the inter-stimulus"),
        (["the state-of-the-", "art model"], {"the", "model"}, "the state-of-the-art model"),
        (["a T-cell-", "mediated step"], {"cell", "step"}, "a T-cell-mediated step"),
        (["the inter-stimu-", "lus"], set(), "the inter-stimu-lus"),  # no document to tell: kept as printed
    ],
)
def test_hyphenation_inside_a_compound(lines: list[str], vocabulary: set[str], joined: str) -> None:
    assert join_lines(lines, frozenset(vocabulary)) == joined


@pytest.mark.parametrize(
    ("lines", "vocabulary", "joined"),
    [
        # neither spelling printed elsewhere: both parts words of the document make a compound
        (["a cost-", "efficient plan"], {"cost", "efficient", "plan"}, "a cost-efficient plan"),
        (["the non-", "stationary case"], {"stationary", "case"}, "the non-stationary case"),
        (["a gradient-", "based step"], {"gradient", "step"}, "a gradient-based step"),
        (["the state-", "of-the-art model"], {"model"}, "the state-of-the-art model"),
        # syllables: a piece that is no word, a suffix, or a part under four letters
        (["the tech-", "niques used"], {"the", "used", "tech"}, "the techniques used"),
        (["a model-", "ing step"], {"model", "step", "ing"}, "a modeling step"),
        (["the the-", "ory held"], {"the", "ory", "held"}, "the theory held"),
        # a capital or a digit after the break: a compound's hyphen, no space
        (["the Self-", "Attention layer"], set(), "the Self-Attention layer"),
        (["since COVID-", "19 began"], set(), "since COVID-19 began"),
        # the document spells it whole: joined, though both parts are words
        (["a cost-", "efficient plan"], {"cost", "efficient", "costefficient"}, "a costefficient plan"),
    ],
)
def test_a_compound_broken_at_its_hyphen_keeps_it(
    lines: list[str], vocabulary: set[str], joined: str
) -> None:
    assert join_lines(lines, frozenset(vocabulary)) == joined


def test_the_vocabulary_leaves_out_the_pieces_of_broken_words(tmp_path: Path) -> None:
    lines = [
        "The tech-",
        "niques we used are cost-",
        "efficient for data and cost: an efficient",
        "way to read the techniques of old.",
    ]
    layout = analyze(read_pdf(pdfgen.lines_page(tmp_path / "broken.pdf", lines)))
    assert "niques" not in layout.vocabulary and "tech" not in layout.vocabulary
    assert {"efficient", "cost", "old"} <= layout.vocabulary  # a line's last word counts when whole
    text = " ".join(b.text for b in layout.text_blocks())
    assert "The techniques we used are cost-efficient for data" in text


# ---- columns


def test_two_columns_on_page_one(layout: Layout) -> None:
    assert len(layout.pages[0].columns) == 2


def test_two_columns_on_page_two(layout: Layout) -> None:
    columns = layout.pages[1].columns
    assert len(columns) == 2
    (_, right_of_first), (left_of_second, _) = columns
    # the real gutter is 283-312 pt (100-110 mm); ragged-right lines end a little before it
    assert 250 < right_of_first <= 284 and 310 <= left_of_second <= 313


def test_three_columns(tmp_path: Path) -> None:
    layout = analyze(read_pdf(pdfgen.three_column_page(tmp_path / "three.pdf")))
    page = layout.pages[0]
    assert len(page.columns) == 3
    text = _page_text(layout, 1)
    left, mid, right = (_positions(text, p) for p in ("left", "mid", "right"))
    assert len(left) == len(mid) == len(right) == 120
    assert max(left) < min(mid) and max(mid) < min(right)


def test_one_column(tmp_path: Path) -> None:
    text = " ".join(f"word{i}" for i in range(1, 301)) + "."
    layout = analyze(read_pdf(pdfgen.one_column_page(tmp_path / "one.pdf", text)))
    assert len(layout.pages[0].columns) == 1
    assert _page_text(layout, 1) == text


# ---- reading order


def test_reading_order_page_one(layout: Layout) -> None:
    text = _page_text(layout, 1)
    alpha, beta, gamma = (_positions(text, p) for p in ("alpha", "beta", "gamma"))
    assert len(alpha) == 170 and len(beta) == 110 and len(gamma) == 70
    assert max(alpha) < min(beta), "all of column 1 is read before column 2"
    assert text.index(pdfgen.TITLE) < text.index("Alice Smith") < min(gamma) < min(alpha)
    assert (
        text.index("Keywords:")
        < text.index("1 Introduction")
        < text.index("2 Method")
        < text.index("2.1 Data")
    )
    assert alpha == sorted(alpha) and [int(m) for m in re.findall(r"\balpha(\d+)\b", text)] == list(
        range(1, 171)
    )
    assert [int(m) for m in re.findall(r"\bbeta(\d+)\b", text)] == list(range(1, 111))


def test_reading_order_page_two(layout: Layout) -> None:
    text = _page_text(layout, 2)
    delta, epsilon = _positions(text, "delta"), _positions(text, "epsilon")
    assert len(delta) == 160 and len(epsilon) == 60
    assert max(delta) < min(epsilon) < text.index("References") < text.index("[1] A. Smith")
    assert text.index("[1] A. Smith") < text.index("[2] C. Wu") < text.index("[3] E. Brown")


def _markers(text: str) -> list[str]:
    """The ``prefixN`` markers of `text` in reading order, as ``prefix``es each run of them is made of."""
    found = [m.group(1) for m in re.finditer(r"\b(alpha|beta|delta|epsilon)\d+\b", text)]
    return [p for i, p in enumerate(found) if i == 0 or found[i - 1] != p]


def test_columns_stacked_under_balanced_columns_are_read_after_them(tmp_path: Path) -> None:
    """Balanced columns (a last page's text) with a bibliography's two columns under a white band: the
    upper pair is read whole before the lower, each column top to bottom."""
    layout = analyze(read_pdf(pdfgen.balanced_columns_page(tmp_path / "balanced.pdf")))
    text = _page_text(layout, 1)
    assert _markers(text) == ["alpha", "beta", "delta", "epsilon"]
    assert [int(m) for m in re.findall(r"\bepsilon(\d+)\b", text)] == list(range(1, 13))


def test_columns_opening_sections_at_one_height_are_read_whole(tmp_path: Path) -> None:
    """The same white where both columns open a section at the same height is a heading's space: each
    column is still read whole, top to bottom."""
    layout = analyze(read_pdf(pdfgen.balanced_columns_page(tmp_path / "sections.pdf", headings=True)))
    text = _page_text(layout, 1)
    assert _markers(text) == ["alpha", "delta", "beta", "epsilon"]
    assert text.index("3 Section") < text.index("delta1") < text.index("beta1") < text.index("4 Section")


# ---- running heads and page numbers


def test_running_head_and_page_numbers_are_running(layout: Layout) -> None:
    for number, page in enumerate(layout.pages, start=1):
        running = {b.text for b in page.blocks if b.kind == "running"}
        assert running == {pdfgen.RUNNING_HEAD, str(number)}
        for b in page.blocks:
            if b.kind == "text":
                assert pdfgen.RUNNING_HEAD not in b.text
                assert b.text.strip() != str(number)


def test_a_line_repeated_inside_the_references_is_no_running_head(tmp_path: Path) -> None:
    pdf = pdfgen.repeated_reference_line_paper(tmp_path / "refs.pdf")
    layout = analyze(read_pdf(pdf))
    for number, page in enumerate(layout.pages, start=1):
        running = {b.text for b in page.blocks if b.kind == "running"}
        assert running == {pdfgen.RUNNING_HEAD, str(number)}
    for page in layout.pages[1:]:
        assert any(pdfgen.REPEATED_VENUE_LINE in b.text for b in page.blocks if b.kind == "text")


def test_an_italic_note_right_under_a_caption_is_still_a_running_foot(tmp_path: Path) -> None:
    """eLife's "Figure 1 continued on next page" sits at the caption's own line spacing; a short line in
    another style is a note, not the caption's last line."""
    layout = analyze(read_pdf(pdfgen.continued_captions_paper(tmp_path / "captions.pdf")))
    for number, page in enumerate(layout.pages[:2], start=1):
        running = {b.text for b in page.blocks if b.kind == "running"}
        assert f"Figure {number} continued on next page" in running


# ---- pages and boxes


def test_pages_are_one_based_and_boxes_inside(content: PdfContent, layout: Layout) -> None:
    assert [p.number for p in content.pages] == [1, 2]
    for page in content.pages:
        assert page.width == pytest.approx(595.28, abs=0.5) and page.height == pytest.approx(841.89, abs=0.5)
        assert page.has_text
        for ln in page.lines:
            assert ln.page == page.number
            for w in ln.words:
                assert 0 <= w.x0 < w.x1 <= page.width, w
                assert 0 <= w.y0 < w.y1 <= page.height, w
    for page_layout in layout.pages:
        page = page_layout.page
        for b in page_layout.blocks:
            assert b.page == page.number
            x0, y0, x1, y1 = b.bbox
            assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height


def test_origin_is_top_left(layout: Layout) -> None:
    def block(page: int, start: str):
        blocks = layout.pages[page - 1].blocks
        if start.isdigit():  # the page number: the whole block, not a prefix
            return next(b for b in blocks if b.text == start)
        return next(b for b in blocks if b.text.startswith(start))

    title, abstract, intro = block(1, pdfgen.TITLE), block(1, "We present"), block(1, "1 Introduction")
    head, number = block(1, pdfgen.RUNNING_HEAD), block(1, "1")
    assert head.y1 < title.y0 < title.y1 < abstract.y0 < intro.y0 < number.y0
    assert title.y0 < 0.15 * layout.pages[0].page.height
    references, first_ref = block(2, "References"), block(2, "[1]")
    assert block(2, pdfgen.RUNNING_HEAD).y1 < references.y0 < first_ref.y0 < block(2, "2").y0
    # columns: column 2 starts right of where column 1 ends
    assert block(1, "alpha1 ").x1 < block(1, "beta1 ").x0


def test_rezoned_copies_the_blocks_it_moves_and_leaves_the_layout_it_read(layout: Layout) -> None:
    front = layout.text_blocks("front")
    assert front
    moved = rezoned(layout, front[-1:], "body")
    pairs = [(a, b) for a, b in zip(layout.blocks, moved.blocks, strict=True) if a is not b]
    assert len(pairs) == 1 and pairs[0][0] is front[-1]  # every other block is shared
    old, new = pairs[0]
    assert (old.zone, new.zone) == ("front", "body")  # the layout handed in still says front
    assert new.lines == old.lines and new.text == old.text
    assert rezoned(layout, [], "body") is layout


def test_accent_drawn_after_its_line_is_put_back_on_its_letter(tmp_path: Path) -> None:
    content = read_pdf(pdfgen.late_accent_page(tmp_path / "accent.pdf"))
    texts = [w.text for w in _words(content, 1)]
    assert texts[0] == "Département"
    assert "\u00b4" not in " ".join(texts)
    assert "`quoted'" in texts


def _kerned(word: str, kern: int) -> list[str | int]:
    """The word's letters placed one by one, each moved by a TJ kern (thousandths of a point, negative
    moves right), as dvips placed them."""
    placed: list[str | int] = []
    for letter in word:
        placed += [letter, kern]
    return placed[:-1]


def test_type3_font_of_size_one_is_sized_by_its_glyphs_and_its_words_come_out_whole(tmp_path: Path) -> None:
    """A dvips Type 3 font states size 1: measured against it, every kern between letters looked like a
    word gap ("Universit y") and every descender like a line change ("learnin g")."""
    lines = [
        _kerned("Understanding", -150) + [-3300] + _kerned("language", 120),
        ["of", -2500, "the", -3300, "University"],  # word gaps of a quarter em and more, no space in the PDF
    ]
    content = read_pdf(pdfgen.type3_page(tmp_path / "type3.pdf", lines))
    assert [[w.text for w in ln.words] for ln in content.pages[0].lines] == [
        ["Understanding", "language"],
        ["of", "the", "University"],
    ]
    assert all(w.font.size == pytest.approx(pdfgen.TYPE3_EM, rel=0.05) for w in _words(content, 1))


def test_space_pdfium_makes_up_at_a_kern_of_a_type3_font_is_no_word_boundary(tmp_path: Path) -> None:
    path = pdfgen.type3_page(tmp_path / "type3.pdf", [["Za", -1000, "jac", -3300, "Kenneth"]])
    with pdfium.PdfDocument(path) as doc:
        assert "Za jac" in doc[0].get_textpage().get_text_range()  # the "j" hooks back under the "a"
    assert [w.text for w in _words(read_pdf(path), 1)] == ["Zajac", "Kenneth"]


def test_old_tex_font_codes_become_ligatures_and_accents_or_are_dropped(tmp_path: Path) -> None:
    """TeX's OT1 fonts put ligatures and accents at codes below 32; a Type 3 font without a Unicode map
    hands them over raw. An accent is drawn before its letter and kerned back over it."""
    line = [
        "\x0cnd",
        -3300,
        "e\x0ecient",
        -3300,
        "in\x0duence",
        -3300,
        "R\x13",
        5000,
        "emi",
        -3300,
        "x",
        -3000,
    ]
    line += ["\x14", -3000, "y"]
    texts = [w.text for w in _words(read_pdf(pdfgen.type3_page(tmp_path / "codes.pdf", [line])), 1)]
    assert texts == ["find", "efficient", "influence", "R\u00e9mi", "x", "y"]


def test_low_codes_are_tex_ligatures_only_in_tex_text_fonts(tmp_path: Path) -> None:
    """In TeX's math extension font code 13 is a big double bar, not the "fl" of the text fonts; other
    named fonts put glyphs of their own there (Libertine its "fl" at 30, OT1's "\u0152")."""
    line: list[str | int] = ["\x0dA", -3000, "e\x0ecient", -3000, "Task\x1eow"]
    texts = {
        name: [w.text for w in _words(read_pdf(pdfgen.type3_page(tmp_path / f"{name}.pdf", [line], name)), 1)]
        for name in ("CMEX10", "LinLibertineT", "CMR10")
    }
    assert texts["CMEX10"][0] == "A"
    assert not any("\u0152" in text or "ffi" in text for text in texts["LinLibertineT"])
    assert texts["CMR10"] == ["flA", "efficient", "Task\u0152ow"]  # OT1 by the font's name


def test_letter_spaced_words_stay_whole(tmp_path: Path) -> None:
    """Letter-spacing of an eighth of an em opens every gap past the word gap; the same gap between
    neighbouring letters marks it as spacing, not as words."""
    texts = [w.text for w in _words(read_pdf(pdfgen.letter_spaced_page(tmp_path / "spaced.pdf")), 1)]
    assert texts == ["Introduction", "and", "Key", "Results"]


def test_line_end_hyphen_read_character_by_character_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read one by one (when the bulk text leaves a glyph out), PDFium codes a line-end hyphen 2: a code
    below 32 in a font that is no TeX font, yet the hyphen that joins "con-" and "tains"."""
    from paperparse.pdf import pdfium as engine

    bulk = engine._read_text
    monkeypatch.setattr(
        engine,
        "_read_text",
        lambda textpage, count: ["\x02" if c == "\ufffe" else c for c in bulk(textpage, count)],
    )
    content = read_pdf(pdfgen.lines_page(tmp_path / "hyphen.pdf", ["the shared task con-", "tains words"]))
    assert [w.text for w in _words(content, 1)] == ["the", "shared", "task", "con-", "tains", "words"]


def test_carriage_return_drawn_as_nothing_is_whitespace_not_a_ligature(tmp_path: Path) -> None:
    texts = [w.text for w in _words(read_pdf(pdfgen.carriage_return_labels_page(tmp_path / "cr.pdf")), 1)]
    assert texts == ["suggests", "that"]


def test_normalized_words_hold_no_control_characters() -> None:
    assert normalize_word("\x0cnd") == "find"
    assert normalize_word("Stra\x19e") == "Stra\u00dfe"
    assert normalize_word("\x0c") == ""  # beside no letter: a math symbol, not a ligature
    assert normalize_word("recog\x02") == "recog-"  # PDFium's mark for a line-end hyphen
    for code in range(32):
        assert all(ch >= " " for ch in normalize_word(f"a{chr(code)}b {chr(code)}"))


def test_generated_space_beside_an_accent_is_left_to_the_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfTeX kerns an accent forward over its letter and back: PDFium then makes up spaces around the
    accent ("S \u00b4 eaghdha"), which must not cut the word."""
    from paperparse.pdf import pdfium as engine

    chars = list("S \u00b4 eaghdha and")
    monkeypatch.setattr(engine, "_is_generated", lambda textpage, index: True)
    assert engine._made_up_space(0, chars, 1, judged=False)
    assert engine._made_up_space(0, chars, 3, judged=False)
    assert not engine._made_up_space(0, chars, 11, judged=False)  # before "and": a real boundary
    monkeypatch.setattr(engine, "_is_generated", lambda textpage, index: False)
    assert not engine._made_up_space(0, chars, 1, judged=False)  # a space in the PDF is always one


def test_characters_keep_their_index_when_pdfium_text_leaves_one_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium's bulk text skips a glyph without a Unicode value (an unmapped minus in "(−45 mV)"); read
    blindly, every later character would pair with its neighbour's box."""
    from paperparse.pdf import pdfium

    codes = [ord("("), 0, ord("4"), ord("5"), ord(")")]

    def bulk_text(handle: object, start: int, count: int, buf: object) -> int:
        kept = [c for c in codes if c]
        for i, c in enumerate(kept):
            buf[i] = c  # type: ignore[index]
        return len(kept) + 1  # characters written, with the terminating NUL

    monkeypatch.setattr(pdfium.raw, "FPDFText_GetText", bulk_text)
    monkeypatch.setattr(pdfium, "_unicode_at", lambda handle, i: codes[i])  # the one-by-one reading
    assert pdfium._read_text(0, len(codes)) == ["(", "", "4", "5", ")"]


def test_graphics_are_drawings_merged_with_rules_kept_apart(tmp_path: Path) -> None:
    page = read_pdf(pdfgen.figures_and_table_page(tmp_path / "graphics.pdf")).pages[0]
    shapes = sorted(g for g in page.graphics if g[3] - g[1] > 5)
    rules = [g for g in page.graphics if g[3] - g[1] <= 5]
    expected = sorted([pdfgen.FIGURE_BOX, pdfgen.IMAGE_BOX])
    assert shapes == [pytest.approx(tuple(v * pdfgen.MM for v in box), abs=0.5) for box in expected]
    # the table's three rules stay three: rules merge only with rules, and these lie 7 mm and more apart
    assert len(rules) == 3


# ---- block breaks


def _line(text: str, x0: float, x1: float, y0: float, bold: bool) -> Line:
    font = Font("Avenir-Black" if bold else "Avenir-Roman", 9.0, bold, False)
    return Line([Word(text, x0, y0, x1, y0 + 9.0, font)], page=1)


def test_a_full_bold_line_inside_a_paragraph_does_not_break_it() -> None:
    """Some publishers set linked citations in a bold face: a whole justified line of them is still text."""
    prev = _line("diversity and interrelations (Handelsman et al., 1998;", 168.0, 576.0, 604.0, False)
    linked = _line("Jumpstart Reference Strains Consortium, 2010; Mackelprang", 168.0, 576.0, 616.0, True)
    assert not starts_new_block(prev, linked, column_right=576.0, usual_gap=3.0)
    heading = _line("4.1 Word-Frequency based Embedding Size", 307.0, 519.0, 600.0, True)
    text = _line("Predefined sparseness in word embeddings", 318.0, 525.5, 613.0, False)
    assert starts_new_block(heading, text, column_right=525.5, usual_gap=3.0)


def test_a_heading_that_did_not_wrap_and_its_subheading_are_two_blocks() -> None:
    def heading(text: str, x1: float, y0: float) -> Line:
        words, x = [], 168.0
        for w in text.split():
            width = (x1 - 168.0) * len(w) / len(text)
            words.append(Word(w, x, y0, x + width, y0 + 12.0, Font("Sans", 12.0, False, False)))
            x += width + 3.0
        return Line(words, page=1)

    section = heading("Analysis of model behaviour", 330.0, 165.0)
    subsection = heading("LFP spectral analysis", 278.0, 182.0)
    assert starts_new_block(section, subsection, column_right=576.0, usual_gap=3.0, body_size=9.0)
    wrapped = heading(
        "Quantitative analysis of the meta3C library assemblies in mixed populations of", 575.0, 165.0
    )
    rest = heading("microorganisms", 250.0, 182.0)
    assert not starts_new_block(wrapped, rest, column_right=576.0, usual_gap=3.0, body_size=9.0)


def test_a_text_on_two_facing_pages_of_a_long_paper_is_no_running_head() -> None:
    """Heads recur on most pages, or on every other page when odd and even pages differ; a table heading at
    the top of pages 4 and 5 of eight is neither."""
    from paperparse.layout import _running_keys
    from paperparse.pdf.model import Page

    def page(number: int, top: list[str]) -> Page:
        lines = [_line(text, 72.0, 300.0, 40.0 + 12.0 * k, False) for k, text in enumerate(top)]
        lines.append(_line("Body text of the page", 72.0, 300.0, 400.0, False))
        return Page(number, 612.0, 792.0, lines)

    pages = [page(1, [])]
    for number in range(2, 9):
        top = ["Smith et al." if number % 2 == 0 else "A Short Title"]
        if number == 3 or number == 5:
            top.append("Odd Page Notice")  # on two odd pages: alternating, a head
        if number in (4, 5):
            top.append("Model Cue Count Accuracy")  # on two facing pages: a table's heading row
        pages.append(page(number, top))
    keys = _running_keys(pages)
    assert {"smithetal", "ashorttitle", "oddpagenotice"} <= set(keys)
    assert "modelcuecountaccuracy" not in keys


def test_an_accent_over_a_dotless_i_is_the_accented_i() -> None:
    """TeX's \\'{\\i}: "Marı́a" (dotless i and a combining acute) reads as "María", one letter."""
    assert normalize_word("Mar\u0131\u0301a") == "Mar\u00eda"
    assert normalize_word("\u0131") == "\u0131"  # a dotless i on its own (Turkish) stays


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_rotated_page_keeps_its_text_where_the_unrotated_page_has_it(tmp_path: Path, degrees: int) -> None:
    """/Rotate turns how a page is shown, not where its text is: boxes stay in the unrotated page's space."""
    source = pdfgen.two_column_paper(tmp_path / "paper.pdf")
    upright = read_pdf(source).pages[0]
    turned = read_pdf(pdfgen.rotated(source, tmp_path / f"rot{degrees}.pdf", degrees)).pages[0]
    assert (turned.width, turned.height) == (upright.width, upright.height)
    assert sorted((round(ln.x0), round(ln.y0), ln.text) for ln in turned.lines) == sorted(
        (round(ln.x0), round(ln.y0), ln.text) for ln in upright.lines
    )


def test_a_line_is_measured_once_and_again_only_when_its_words_are_replaced() -> None:
    """Box, text, size and font are kept after the first read; the words cannot be changed in place, and
    replacing them measures the line again."""
    small, large = Font("Times", 7.0, False, False), Font("Times-Bold", 11.0, True, False)
    line = Line(
        [Word("12", 50.0, 100.0, 58.0, 107.0, small), Word("Results", 62.0, 98.0, 100.0, 109.0, large)], 1
    )
    assert (line.bbox, line.text, line.size, line.font) == (
        (50.0, 98.0, 100.0, 109.0),
        "12 Results",
        11.0,
        large,
    )
    with pytest.raises(AttributeError):
        line.words.append(Word("x", 0.0, 0.0, 1.0, 1.0, small))  # type: ignore[attr-defined]
    line.words = line.words[1:]
    assert (line.x0, line.bbox, line.text) == (62.0, (62.0, 98.0, 100.0, 109.0), "Results")
    assert line == Line([Word("Results", 62.0, 98.0, 100.0, 109.0, large)], 1)


def test_a_line_font_leaves_out_raised_words_marked_after_it_was_first_measured() -> None:
    """The PDF layer reads a line's size to find its raised words; the font it hands up is the baseline's,
    even when the longest word is a raised one."""
    body, small = Font("Times", 11.0, False, False), Font("Times", 7.0, False, False)
    words = [
        Word("Caroline", 50.0, 100.0, 90.0, 111.0, body),
        Word("Gasperin", 93.0, 100.0, 133.0, 111.0, body),
        Word("abcdefghij", 133.5, 97.0, 170.0, 104.0, small),
    ]
    [line] = _lines_of_page(words, [False] * 3, 1)
    assert [w.rise for w in line.words] == [0, 0, 1]
    assert line.font is body and line.size == 11.0


def test_a_title_that_later_pages_repeat_as_their_running_head_is_no_running_head(tmp_path: Path) -> None:
    """mnras and svjour3 print the title (or its short form) atop odd pages in small type: the copies are
    running heads, the large title on page 1 they repeat is not, and the header reads it."""
    from paperparse.pipeline import extract

    pdf = pdfgen.title_in_running_head_paper(tmp_path / "titled.pdf")
    layout = analyze(read_pdf(pdf))
    kinds = [{b.kind for b in page.blocks if b.text == pdfgen.TITLE} for page in layout.pages]
    assert kinds == [{"text"}, set(), {"running"}, set()]
    assert extract(pdf).title == pdfgen.TITLE
