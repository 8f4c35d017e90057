"""Section headings and captions by evidence that holds across templates, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import (
    SECTIONS11_LONG_TITLE,
    bold_mention_page,
    colon_run_in_page,
    diagram_label_page,
    justified_lead_in_page,
    plot_caption_page,
    prose_words,
    section_page,
    sections9_amsart_appendix_page,
    sections9_lettered_subsection_page,
    sections10_italic_run_ins_page,
    sections11_filled_run_in_page,
    sections11_long_subsection_page,
    small_caps_headings_page,
    styled_headings_page,
)
from test_body_elements import _body_read_as

from paperparse.body.captions import continues_caption, finish_captions
from paperparse.body.headings import find_headings, run_in_heading
from paperparse.document import BodyMatter, Caption, Document
from paperparse.layout import Block, Layout, PageLayout
from paperparse.layout.trace import TextTrace
from paperparse.pdf.model import Font, Line, Page, Word
from paperparse.pipeline import extract


def _headings(doc: Document) -> list[tuple[str | None, str]]:
    """(number, title) of each section with a heading."""
    return [(s.number, s.title) for s in doc.sections if s.title]


def test_a_run_in_title_that_a_colon_ends_may_be_capitals_or_lowercase(tmp_path: Path) -> None:
    heads = [
        [("1) WUKONG:", "I")],
        [("2) Faa$T:", "I")],
        [("3) ns and System Efficiency:", "I")],
        [("4) Long-Tail Keywords mining:", "I")],
    ]
    doc = extract(colon_run_in_page(tmp_path / "colon.pdf", heads))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("1", "WUKONG"),
        ("2", "Faa$T"),
        ("3", "ns and System Efficiency"),
        ("4", "Long-Tail Keywords mining"),
    ]


def test_a_run_in_title_ends_at_its_colon_before_an_italic_symbol(tmp_path: Path) -> None:
    heads = [[("1) Access Delay:", "I"), ("D", "I")], [("2) Stage Count:", "I"), ("n", "I")]]
    doc = extract(colon_run_in_page(tmp_path / "symbol.pdf", heads))
    assert _headings(doc) == [("1", "Introduction"), ("1", "Access Delay"), ("2", "Stage Count")]
    assert doc.sections[1].paragraphs[0].startswith("D ")


def test_a_run_in_heading_the_layout_ran_on_from_the_paragraph_before_opens_a_section(tmp_path: Path) -> None:
    heads = [[("1) Hardware:", "I")], [("2) Software:", "I")], [("3) Network Setup:", "I")]]
    doc = extract(colon_run_in_page(tmp_path / "run-on.pdf", heads, run_on=True))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("1", "Hardware"),
        ("2", "Software"),
        ("3", "Network Setup"),
    ]


def test_a_heading_in_small_capitals_keeps_its_second_line(tmp_path: Path) -> None:
    # the second line, wider than the first and centred under it, starts left of it
    second = [
        ["II.", "REDUNDANCY", "Reduction", "of", "the"],
        ["distance-to-contour", "flooding", "algorithm"],
    ]
    doc = extract(small_caps_headings_page(tmp_path / "caps.pdf", second))
    assert _headings(doc) == [
        ("I", "INTRODUCTION"),
        ("II", "REDUNDANCY REDUCTION OF THE DISTANCE-TO-CONTOUR FLOODING ALGORITHM"),
    ]


def test_a_small_capitals_heading_line_is_measured_by_its_capitals(tmp_path: Path) -> None:
    # mostly small letters, so the line's size is the small capitals' (8 pt); the gap to the next line
    # is more than half that, less than half the capitals' size (10 pt)
    second = [
        ["II.", "REDUNDANCY", "reduction", "of", "the", "flooding"],
        ["distance-to-contour", "flooding", "algorithm"],
    ]
    doc = extract(small_caps_headings_page(tmp_path / "caps.pdf", second, pitch=5.5))
    assert _headings(doc)[1] == (
        "II",
        "REDUNDANCY REDUCTION OF THE FLOODING DISTANCE-TO-CONTOUR FLOODING ALGORITHM",
    )


_SECTIONS = [("1 Introduction", "B"), ("2 Method", "B"), ("3 Results", "B"), ("4 Discussion", "B")]


def test_a_heading_the_model_reads_as_a_paragraph_stays_where_it_goes_on_with_the_numbering(
    tmp_path: Path,
) -> None:
    body = _body_read_as(
        styled_headings_page(tmp_path / "numbered.pdf", _SECTIONS), {"3 Results": ("paragraph", 0.95)}
    )
    assert [s.title for s in body.sections] == ["Introduction", "Method", "Results", "Discussion"]


def test_a_numbered_line_the_model_reads_as_a_paragraph_is_none_out_of_numbering_or_type(
    tmp_path: Path,
) -> None:
    says = {"7 Results": ("paragraph", 0.95)}  # "7" does not follow "2"
    skipped = [*_SECTIONS[:2], ("7 Results", "B")]
    body = _body_read_as(styled_headings_page(tmp_path / "skipped.pdf", skipped), says)
    assert [s.title for s in body.sections] == ["Introduction", "Method"]
    says = {"3 Results": ("paragraph", 0.95)}  # in another type than the numbered headings before it
    plain = [*_SECTIONS[:2], ("3 Results", "")]
    body = _body_read_as(styled_headings_page(tmp_path / "plain.pdf", plain), says)
    assert [s.title for s in body.sections] == ["Introduction", "Method"]
    says = {"2 What": ("paragraph", 0.95)}  # the number of a heading the model accepts
    question = [*_SECTIONS[:1], ("2 What are the differences?", "B"), *_SECTIONS[1:3]]
    body = _body_read_as(styled_headings_page(tmp_path / "question.pdf", question), says)
    assert [s.title for s in body.sections] == ["Introduction", "Method", "Results"]


def test_a_label_inside_a_drawing_is_no_heading_and_a_frame_around_text_keeps_its_heading(
    tmp_path: Path,
) -> None:
    doc = extract(diagram_label_page(tmp_path / "diagram.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]


def test_a_line_of_pseudo_code_or_a_numbered_statement_in_bold_is_no_heading(tmp_path: Path) -> None:
    lines = [
        _SECTIONS[0],
        ("Definition 5. Horizons are ordered sets", "B"),
        ("2: for each page do", "B"),
        _SECTIONS[1],
    ]
    doc = extract(styled_headings_page(tmp_path / "statements.pdf", lines))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]


def test_an_unnumbered_line_set_like_the_numbered_headings_is_one_where_the_model_is_sure(
    tmp_path: Path,
) -> None:
    lines = [*_SECTIONS[:3], ("Reward Shaping", "B"), _SECTIONS[3]]
    path = styled_headings_page(tmp_path / "unnumbered.pdf", lines)
    sure = _body_read_as(path, {"Reward": ("heading", 0.85)})
    assert [s.title for s in sure.sections] == [
        "Introduction",
        "Method",
        "Results",
        "Reward Shaping",
        "Discussion",
    ]
    unsure = _body_read_as(path, {"Reward": ("heading", 0.6)})
    assert [s.title for s in unsure.sections] == ["Introduction", "Method", "Results", "Discussion"]


def test_a_range_of_figures_opening_a_paragraph_is_no_caption(tmp_path: Path) -> None:
    # set a little smaller than most of the text (as a journal sets a boxed or a closing paragraph),
    # where a label that a separator follows would open a caption
    first = " ".join([*prose_words("alpha", 0, 80), "end."])
    second = " ".join(
        ["Figure 7A-B show the results of fitting the two models.", *prose_words("beta", 0, 40), "end."]
    )
    doc = extract(section_page(tmp_path / "range.pdf", [(first, 10), (second, 9.5), (first, 10)]))
    assert doc.figures == []
    assert doc.sections[0].paragraphs[1].startswith("Figure 7A-B show")


def test_a_caption_drops_the_enclosing_circles_of_its_panel_letters() -> None:
    # pypdfium2 gives LaTeX's \textcircled{A} as the letter and a combining circle (U+20DD) apart
    font = Font("Times-Roman", 9.0, False, False)
    texts = ["\u20dd", "A", "pair", "of", "pants.", "\u20dd", "B", "point", "clouds"]
    words, x = [], 100.0
    for text in texts:
        words.append(Word(text, x, 100.0, x + 6 * len(text), 109.0, font))
        x += 6 * len(text) + 3
    block = Block([Line(words, 1)], 1, 0)
    trace = TextTrace()
    trace.add(block.text, block)
    body = BodyMatter(figures=[Caption("fig1", "Fig. 1", "")])
    finish_captions(body, {"fig1": [trace]}, Layout([], 9.0, frozenset()))
    assert body.figures[0].caption == "A pair of pants. B point clouds"


def _line(text: str, y0: float, size: float = 8.0) -> Line:
    """A line of text at `y0`, its words 5 pt a letter wide, a line's height `size`."""
    font, words, x = Font("Times-Roman", size, False, False), [], 64.0
    for part in text.split():
        words.append(Word(part, x, y0, x + 5 * len(part), y0 + size, font))
        x += 5 * len(part) + 3
    return Line(words, 1)


def test_a_caption_set_with_loose_leading_goes_on_as_far_below_as_its_lines_stand_apart() -> None:
    # two lines of a caption 6.6 pt apart (more than 0.8 of its 8 pt type), then its last line as far below
    full = " ".join(["color"] * 15) + " scales."
    last = Block([_line("Fig. 9. Comparison " + " ".join(["maps"] * 15), 100.0), _line(full, 114.6)], 1, 0)
    block = Block([_line("Right: aggregate improvements across rooms.", 129.2)], 1, 0)
    layout = Layout([PageLayout(Page(1, 595.0, 842.0), [(60.0, 540.0)], [last, block])], 10.0, frozenset())
    assert continues_caption(last, block, "Comparison maps color scales.", layout)
    apart = Block([_line("Right: aggregate improvements across rooms.", 140.0)], 1, 0)
    assert not continues_caption(last, apart, "Comparison maps color scales.", layout)


def test_a_numbered_line_of_few_letters_is_a_heading_where_the_model_and_the_numbering_agree(
    tmp_path: Path,
) -> None:
    def titles(number: str, score: float) -> list[str]:
        lines = [_SECTIONS[0], ("1.1 Background", "B"), (f"{number} RQ1", "B"), _SECTIONS[1]]
        path = styled_headings_page(tmp_path / f"rq{number}{score}.pdf", lines)
        return [s.title for s in _body_read_as(path, {f"{number} RQ1": ("heading", score)}).sections]

    assert titles("1.2", 0.95) == ["Introduction", "Background", "RQ1", "Method"]
    assert titles("1.2", 0.6) == ["Introduction", "Background", "Method"]  # the model unsure
    assert titles("1.7", 0.95) == ["Introduction", "Background", "Method"]  # out of the numbering


def test_an_appendix_heading_that_spells_out_appendix_is_numbered_by_its_letter(tmp_path: Path) -> None:
    lines = [*_SECTIONS[:2], ("Appendix A. Studies Included in the Review", "B")]
    doc = extract(styled_headings_page(tmp_path / "appendix.pdf", lines))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method"), ("A", "Studies Included in the Review")]


def test_a_run_in_title_ends_at_its_colon_where_the_next_word_changes_style() -> None:
    # a bold italic title filling its line up to an italic symbol that opens the text, upright after
    bold_italic, italic, upright = (
        Font("Times", 10.0, bold, slant) for bold, slant in ((1, 1), (0, 1), (0, 0))
    )
    first = [
        ("1)", bold_italic),
        ("Analysis", bold_italic),
        ("of", bold_italic),
        ("Filters:", bold_italic),
        ("SBF", italic),
    ]
    words, x = [], 60.0
    for text, font in first:
        words.append(Word(text, x, 100.0, x + 5 * len(text), 110.0, font))
        x += 5 * len(text) + 3
    rest = [
        Word(text, 50.0 + 30 * k, 112.0, 75.0 + 30 * k, 122.0, upright)
        for k, text in enumerate("is used to detect".split())
    ]
    found = run_in_heading(Block([Line(words, 1), Line(rest, 1)], 1, 0))
    assert found is not None and found[:2] == ("1", "Analysis of Filters")
    assert found[2].startswith("SBF is used")


def test_a_capitals_heading_over_three_lines_keeps_the_lines_run_into_its_paragraph(tmp_path: Path) -> None:
    # the second line, centred, nearly fills the column: a heading's line, not the paragraph's first
    lines = [
        ["IV.", "TOWARDS", "IMPLEMENTATION", "DETAILS"],
        ["WITH", "GUARANTEES", "THAT", "HOLD", "ACROSS"],
        ["DATA", "SETS", "AND", "NOISE", "LEVELS"],
    ]
    doc = extract(small_caps_headings_page(tmp_path / "caps.pdf", lines))
    assert _headings(doc) == [
        ("I", "INTRODUCTION"),
        ("IV", "TOWARDS IMPLEMENTATION DETAILS WITH GUARANTEES THAT HOLD ACROSS DATA SETS AND NOISE LEVELS"),
    ]
    assert doc.sections[-1].paragraphs[0].startswith(prose_words("alpha1", 0, 1)[0])


def test_a_lettered_heading_the_model_reads_as_a_paragraph_stays_as_the_first_under_a_roman_one(
    tmp_path: Path,
) -> None:
    # IEEE numbers subsections "A.", "B." within each Roman-numbered section, without the section's number
    headings = [
        ("I. Introduction", "B"),
        ("A. Setup", "I"),
        ("B. Data", "I"),
        ("II. Method", "B"),
        ("A. Model", "I"),
    ]
    says = {"A. Model": ("paragraph", 0.95)}
    body = _body_read_as(styled_headings_page(tmp_path / "roman.pdf", headings), says)
    assert [s.title for s in body.sections] == ["Introduction", "Setup", "Data", "Method", "Model"]
    says = {"D. Model": ("paragraph", 0.95)}  # a letter that neither starts nor goes on with any
    headings[-1] = ("D. Model", "I")
    body = _body_read_as(styled_headings_page(tmp_path / "skipped.pdf", headings), says)
    assert [s.title for s in body.sections] == ["Introduction", "Setup", "Data", "Method"]


def test_an_appendix_label_alone_over_its_title_is_one_heading_named_by_the_title(tmp_path: Path) -> None:
    # IEEE's \appendices: "APPENDIX A" centred, the section's title centred under it
    lines = [["APPENDIX", "A"], ["PROOF", "OF", "THE", "Bound"]]
    doc = extract(small_caps_headings_page(tmp_path / "appendix.pdf", lines))
    assert _headings(doc) == [("I", "INTRODUCTION"), ("A", "PROOF OF THE BOUND")]
    assert doc.sections[-1].paragraphs[0].startswith(prose_words("alpha1", 0, 1)[0])


def test_a_known_title_in_capitals_centred_over_its_paragraph_is_a_heading_whatever_the_model_says(
    tmp_path: Path,
) -> None:
    # IEEE's \section*{Acknowledgment}: centred small capitals at the text's pitch over its paragraph
    # (the model reads every line as a paragraph, unsure)
    body = _body_read_as(small_caps_headings_page(tmp_path / "ack.pdf", [["ACKNOWLEDGMENT"]]), {})
    assert [(s.number, s.title) for s in body.sections] == [("I", "INTRODUCTION"), (None, "ACKNOWLEDGMENT")]
    assert body.sections[-1].paragraphs[0].startswith(prose_words("alpha1", 0, 1)[0])


def test_a_caption_the_layout_ran_under_a_plots_own_text_opens_at_its_label(tmp_path: Path) -> None:
    doc = extract(plot_caption_page(tmp_path / "plot.pdf"))
    assert [f.label for f in doc.figures] == ["Fig. 1"]
    assert doc.figures[0].caption.startswith(" ".join(prose_words("caption", 0, 3)))
    # a label that a full stop sets apart opens a caption under the plot's short last line
    doc = extract(plot_caption_page(tmp_path / "stop.pdf", label="Fig. 1."))
    assert [f.label for f in doc.figures] == ["Fig. 1"]
    # a line that names the figure in running text ("Fig. 1 shows ...") opens no caption
    doc = extract(plot_caption_page(tmp_path / "text.pdf", label="Fig. 1 shows"))
    assert doc.figures == []


def test_a_bold_paragraphs_line_that_names_a_figure_opens_no_caption(tmp_path: Path) -> None:
    doc = extract(bold_mention_page(tmp_path / "bold.pdf"))
    assert doc.figures == []
    assert "Figure 5 outlines the thread pool" in " ".join(p for s in doc.sections for p in s.paragraphs)


def test_a_lone_appendix_label_in_capitals_is_not_cut_off_as_a_known_title(tmp_path: Path) -> None:
    # IEEE's single \appendix prints "APPENDIX" in place of its title, centred over the text
    body = _body_read_as(small_caps_headings_page(tmp_path / "appendix.pdf", [["APPENDIX"]]), {})
    assert [(s.number, s.title) for s in body.sections] == [("I", "INTRODUCTION")]


def test_a_back_matter_title_is_a_section_where_the_paper_numbers_its_sections(tmp_path: Path) -> None:
    # LaTeX's \section*{Data Availability} after numbered sections; an unnumbered paper's statements
    # (eLife's "Funding") stay back matter
    numbered = [*_SECTIONS[:3], ("Data Availability", "B")]
    doc = extract(styled_headings_page(tmp_path / "numbered.pdf", numbered))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("2", "Method"),
        ("3", "Results"),
        (None, "Data Availability"),
    ]
    unnumbered = [("Introduction", "B"), ("Methods", "B"), ("Results", "B"), ("Funding", "B")]
    doc = extract(styled_headings_page(tmp_path / "unnumbered.pdf", unnumbered))
    assert _headings(doc) == [(None, "Introduction"), (None, "Methods"), (None, "Results")]


def _line_from(text: str, x0: float, y0: float, size: float = 10.0, page: int = 1) -> Line:
    """A line of text starting at `x0`, `y0`, its words 5 pt a letter wide, a line's height `size`."""
    font, words, x = Font("Times-Roman", size, False, False), [], x0
    for part in text.split():
        words.append(Word(part, x, y0, x + 5 * len(part), y0 + size, font))
        x += 5 * len(part) + 3
    return Line(words, page)


def test_a_numbered_heading_the_layout_ran_onto_a_paragraphs_end_is_cut_off_as_a_heading() -> None:
    # a paragraph carried over to a column's top, then the section's heading, centred, further below
    full = "cost analysis study method range noise results design baselines"
    lines = [
        _line_from(f"{full} component cost stays.", 60.0, 100.0),
        _line_from(f"{full} when hold stays with.", 60.0, 112.0),
        _line_from("II. ROBUST ESTIMATION", 240.0, 129.0),
    ]
    paragraph = Block([_line_from(f"{full} {full} sets.", 60.0, 146.0)], 1, 0, zone="body")
    block = Block(lines, 1, 0, zone="body")
    page = PageLayout(Page(1, 595.0, 842.0), [(60.0, 540.0)], [block, paragraph], {0: (60.0, 540.0)})
    layout = Layout([page], 10.0, frozenset())
    blocks = [block, paragraph]
    found = find_headings(blocks, layout)
    assert [(h.number, h.title) for h in found.values()] == [("II", "ROBUST ESTIMATION")]
    assert [len(b.lines) for b in blocks] == [2, 1, 1]
    # under a line that does not close a sentence, the line is the paragraph's
    lines[1] = _line_from(f"{full} when hold stays with", 60.0, 112.0)
    assert find_headings([Block(lines, 1, 0, zone="body"), paragraph], layout) == {}


def test_labels_of_two_drawn_boxes_that_the_layout_set_in_one_line_are_no_heading() -> None:
    # "Server" and "Client", each in its own drawn box, read as one bold centred line between paragraphs
    bold = Font("Helvetica-Bold", 14.0, True, False)
    words = [
        Word("Server", 250.0, 300.0, 292.0, 314.0, bold),
        Word("Client", 300.0, 300.0, 340.0, 314.0, bold),
    ]
    labels = Block([Line(words, 1)], 1, 0, zone="body")
    full = "cost analysis study method range noise results design baselines"
    above = Block([_line_from(f"{full} {full} sets.", 60.0, 270.0)], 1, 0, zone="body")
    below = Block([_line_from(f"{full} {full} ends.", 60.0, 340.0)], 1, 0, zone="body")

    def headings(graphics: list[tuple[float, float, float, float]]) -> list[str]:
        page = Page(1, 595.0, 842.0, graphics=graphics)
        layout = Layout(
            [PageLayout(page, [(60.0, 540.0)], [above, labels, below], {0: (60.0, 540.0)})], 10.0, frozenset()
        )
        return [h.title for h in find_headings([above, labels, below], layout).values()]

    assert headings([]) == ["Server Client"]  # set like a heading, with nothing drawn round it
    assert headings([(245.0, 295.0, 295.0, 318.0), (297.0, 295.0, 345.0, 318.0)]) == []


def test_unnumbered_italic_run_in_headings_that_a_colon_ends_open_sections(tmp_path: Path) -> None:
    # IEEE's \subsubsection*: two or more different italic titles, each ended by a colon where the
    # italic ends, at the paragraphs' indent; the text after the colon stays the section's paragraph
    # (a title may open with a word that heads a statement when alone: "Problem Formulation:")
    heads = [[("Real-Time Controller:", "I")], [("Problem Formulation:", "I")], [("Software:", "I")]]
    doc = extract(justified_lead_in_page(tmp_path / "starred.pdf", heads))
    assert _headings(doc) == [
        ("1", "Introduction"),
        (None, "Real-Time Controller"),
        (None, "Problem Formulation"),
        (None, "Software"),
    ]
    assert [s.level for s in doc.sections[1:]] == [3, 3, 3]
    assert doc.sections[3].paragraphs[0].split()[:2] == prose_words("item2", 0, 2)


def test_unnumbered_run_ins_the_layout_ran_on_from_the_paragraph_before_are_cut_off(tmp_path: Path) -> None:
    heads = [[("Hardware:", "I")], [("Software:", "I")], [("Network Setup:", "I")]]
    doc = extract(justified_lead_in_page(tmp_path / "run-on.pdf", heads, run_on=True))
    assert _headings(doc) == [
        ("1", "Introduction"),
        (None, "Hardware"),
        (None, "Software"),
        (None, "Network Setup"),
    ]


def test_one_unnumbered_run_in_set_as_the_numbered_ones_is_their_sibling(tmp_path: Path) -> None:
    heads = [[("1) Hardware:", "I")], [("2) Software:", "I")], [("Initial Design:", "I")]]
    doc = extract(justified_lead_in_page(tmp_path / "sibling.pdf", heads))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("1", "Hardware"),
        ("2", "Software"),
        (None, "Initial Design"),
    ]


def test_lead_ins_that_are_no_headings_stay_text(tmp_path: Path) -> None:
    cases = {
        "statements": [
            [("Lemma 2:", "I")],
            [("Proof:", "I")],
            [("Theorem 1:", "I")],
            [("Proof of Lemma 2:", "I")],
        ],
        "steps": [[("Step 1:", "I")], [("Step 2:", "I")]],
        "labels": [[("Description:", "I")], [("Data Structure:", "I")]] * 3,
        "bold notes": [[("Datasets:", "B")], [("Baselines:", "B")]],
        "paragraphs": [[("Datasets.", "I")], [("Baselines.", "I")]],
        "one": [[("Hardware:", "I")]],
    }
    for name, heads in cases.items():
        doc = extract(justified_lead_in_page(tmp_path / f"{name}.pdf", heads))
        assert _headings(doc) == [("1", "Introduction")], name


def test_an_appendix_in_capitals_centred_over_its_paragraph_after_the_bibliography_is_a_heading(
    tmp_path: Path,
) -> None:
    # amsart's "APPENDIX A. PROOF OF THE BOUND", small capitals at the text's size and pitch, which the
    # layout merges into the paragraph under it: after the references, it opens the appendices
    doc = extract(sections9_amsart_appendix_page(tmp_path / "ams.pdf"))
    assert _headings(doc) == [("1", "INTRODUCTION"), ("A", "PROOF OF THE BOUND"), ("B", "DATA")]
    assert doc.sections[1].paragraphs[0].startswith(prose_words("beta0", 0, 1)[0])


@pytest.mark.parametrize("run_in", [False, True], ids=["svjour3 line", "amsart run-in"])
def test_a_lettered_appendix_subsection_is_a_heading_under_its_appendix(tmp_path: Path, run_in: bool) -> None:
    # "A.1" numbers the appendix's subsection: upright in the text's type on its own line (svjour3), or
    # a bold run-in after an upright number (amsart); the appendices follow the bibliography
    doc = extract(sections9_lettered_subsection_page(tmp_path / "sub.pdf", run_in))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("1.1", "Data"),
        ("A", "Proofs"),
        ("A.1", "Setting of the Bound"),
    ]
    assert doc.sections[-1].paragraphs[0].startswith(prose_words("gamma", 0, 1)[0])


@pytest.mark.parametrize("amsart", [True, False], ids=["amsart subsubsection*", "paragraph run-in"])
def test_an_italic_run_in_title_that_a_full_stop_ends_is_a_heading_in_amsart_only(
    tmp_path: Path, amsart: bool
) -> None:
    # "Error Analysis." in italic, flush, run into its paragraph: amsart's unnumbered third level where
    # the paper's first level is centred in small capitals; elsarticle's or llncs's \paragraph, no
    # section, under a bold left-aligned first level
    doc = extract(sections10_italic_run_ins_page(tmp_path / "runin.pdf", amsart))
    if not amsart:
        assert _headings(doc) == [("1", "Introduction")]
        return
    assert _headings(doc) == [("1", "INTRODUCTION"), (None, "Error Analysis"), (None, "Convergence Rates")]
    assert [s.level for s in doc.sections] == [1, 3, 3]
    assert doc.sections[1].paragraphs[0].startswith(prose_words("beta0", 0, 1)[0])


def test_an_upright_subsection_whose_title_fills_the_line_is_a_heading(tmp_path: Path) -> None:
    # svjour3 sets its second level upright at the text's size: a long title after "1.2" fills the
    # whole line, longer than a line in the text's own type may be as a rule (a protocol's step)
    doc = extract(sections11_long_subsection_page(tmp_path / "long.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("1.1", "Data"), ("1.2", SECTIONS11_LONG_TITLE)]
    assert doc.sections[-1].paragraphs[0].startswith(prose_words("gamma", 0, 1)[0])


@pytest.mark.parametrize(
    ("first", "tail", "title"),
    [
        ("Implementation Details and Transfer Learning", "", "Implementation Details and Transfer Learning"),
        (
            "Implementation Details and Sparse Transfer Learn-",
            "ing",
            "Implementation Details and Sparse Transfer Learning",
        ),
    ],
    ids=["ends with the line", "goes on"],
)
def test_a_bold_run_in_title_that_fills_its_first_line_opens_a_section(
    tmp_path: Path, first: str, tail: str, title: str
) -> None:
    # LNCS's unnumbered \subsubsection beside a wrapped figure: its bold title fills the narrow line,
    # and the text starts on the next line, or after the title's end there, half an em from it
    doc = extract(sections11_filled_run_in_page(tmp_path / "filled.pdf", first, tail))
    assert _headings(doc) == [("1", "Introduction"), (None, title)]
    assert doc.sections[1].paragraphs[0].split()[:2] == prose_words("beta", 0, 2)


def test_a_bold_run_in_title_in_sentence_case_that_fills_its_first_line_stays_text(tmp_path: Path) -> None:
    # ICML's bold \\paragraph (no section) with a title that fills a column's line: no space after it to
    # measure, and no title case
    first = "Momentum is robust to learning rate changes"
    doc = extract(sections11_filled_run_in_page(tmp_path / "sentence.pdf", first))
    assert _headings(doc) == [("1", "Introduction")]
