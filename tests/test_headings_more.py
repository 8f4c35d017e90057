"""Section headings against lines set like them (list items, lines only the model and the type tell), and
the bibliography's zone against the sections beside it, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import (
    LONG_HEADING,
    SPACED_HEADING,
    WRAPPED_RUN_IN,
    body7_numbered_sections_unnumbered_subsections_page,
    body7_spaced_titles_page,
    bold_list_page,
    heading_beside_figure_page,
    long_heading_line_page,
    number_over_title_page,
    plain_numbered_lines_page,
    prose_words,
    section_after_bibliography_page,
    spaced_heading_in_text_page,
    spaced_run_in_page,
    text_size_headings_page,
    unheaded_bibliography_page,
    unnumbered_sections_page,
    unnumbered_title_page,
    wrapped_run_in_page,
)
from test_body_elements import _body_read_as
from test_body_general import _headings

from paperparse.body.headings import _is_run_in_title, _under_roman, find_headings
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


def test_a_bold_numbered_item_indented_on_a_line_of_its_own_is_no_heading(tmp_path: Path) -> None:
    items = ["Minimum Quality Threshold", "Rigour", "Relevance"]
    doc = extract(bold_list_page(tmp_path / "items.pdf", items))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]
    assert any("Minimum Quality Threshold" in p for p in doc.sections[0].paragraphs)


def test_run_in_items_of_a_list_the_layout_merged_into_one_block_open_no_sections(tmp_path: Path) -> None:
    items = ["Gathering Dependencies:", "Executing Task:", "Publishing Results:"]
    doc = extract(bold_list_page(tmp_path / "run-in.pdf", items, run_in=True))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]


def test_a_run_in_item_whose_first_line_closes_its_page_opens_no_section(tmp_path: Path) -> None:
    items = ["Gathering Dependencies:", "Executing Task:", "Publishing Results:"]
    doc = extract(bold_list_page(tmp_path / "turn.pdf", items, run_in=True, turn=3))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]


def test_numbered_sections_before_a_bibliography_without_heading_stay_sections(tmp_path: Path) -> None:
    sections = ["Discussion", "Conclusion and Future Work", "Acknowledgement"]
    doc = extract(unheaded_bibliography_page(tmp_path / "unheaded.pdf", 6, sections, 12))
    assert _headings(doc)[1:] == [
        ("6", "Discussion"),
        ("7", "Conclusion and Future Work"),
        ("8", "Acknowledgement"),
    ]
    assert len(doc.references) == 12


_SURE = ("heading", 0.95)


def test_a_title_the_model_is_sure_of_in_the_type_of_an_earlier_heading_is_a_heading(tmp_path: Path) -> None:
    heads = [("A. Overview", "I"), ("B. classification", "I"), ("Acknowledgements", "I")]
    says = {"A. Overview": _SURE, "B. classification": _SURE, "Acknowledgements": _SURE}
    body = _body_read_as(text_size_headings_page(tmp_path / "italic.pdf", heads), says, front_is_body=True)
    assert [(s.number, s.title) for s in body.sections] == [
        ("A", "Overview"),
        ("B", "classification"),
        (None, "Acknowledgements"),
    ]


def test_a_title_the_model_is_sure_of_in_no_heading_type_of_the_document_is_none(tmp_path: Path) -> None:
    heads = [("A. Overview", "I"), ("Acknowledgements", "")]
    says = {"A. Overview": _SURE, "Acknowledgements": _SURE}
    body = _body_read_as(text_size_headings_page(tmp_path / "upright.pdf", heads), says, front_is_body=True)
    assert [(s.number, s.title) for s in body.sections if s.title] == [("A", "Overview")]


def test_the_next_numbered_section_after_the_references_ends_the_bibliography(tmp_path: Path) -> None:
    doc = extract(section_after_bibliography_page(tmp_path / "after.pdf", sections=3, entries=8))
    assert [t for _, t in _headings(doc)] == ["Introduction", "Part2", "Part3", "Discussion"]
    assert len(doc.references) == 8
    assert not any("disc" in (r.raw or "") for r in doc.references)


def test_a_heading_the_layout_merged_between_two_paragraphs_is_cut_out_where_set_apart(
    tmp_path: Path,
) -> None:
    # the model's likeliest label, even unsure, and the extra space on both sides make the line a heading
    says = {"B. Stage": ("heading", 0.7)}
    body = _body_read_as(spaced_heading_in_text_page(tmp_path / "spaced.pdf"), says)
    assert [(s.number, s.title) for s in body.sections] == [("1", "Introduction"), ("B", SPACED_HEADING[3:])]
    assert [len(s.paragraphs) for s in body.sections] == [1, 1]
    # read as a paragraph's line, or set at the text's spacing, it stays in the text
    as_text = _body_read_as(spaced_heading_in_text_page(tmp_path / "text.pdf"), {})
    unspaced = _body_read_as(spaced_heading_in_text_page(tmp_path / "tight.pdf", space=0.0), says)
    for read in (as_text, unspaced):
        assert [(s.number, s.title) for s in read.sections] == [("1", "Introduction")]


def test_plain_numbered_lines_are_headings_only_where_their_numbers_go_on_with_the_sections(
    tmp_path: Path,
) -> None:
    items = ["1. Standardization of the data", "2. Facilitation of the reviews"]
    doc = extract(plain_numbered_lines_page(tmp_path / "items.pdf", items))
    assert _headings(doc) == [("3", "Results"), ("4", "Discussion")]
    # subsections set plainly (Springer's svjour): "3.3" after "3.1", one heading missed between them
    subsections = ["3.1 Overview of the data", "3.3 Reviews of the cases"]
    doc = extract(plain_numbered_lines_page(tmp_path / "subsections.pdf", subsections))
    assert _headings(doc) == [
        ("3", "Results"),
        ("3.1", "Overview of the data"),
        ("3.3", "Reviews of the cases"),
        ("4", "Discussion"),
    ]


def test_an_unnumbered_title_at_the_texts_size_is_a_heading_where_spaced_as_one(tmp_path: Path) -> None:
    # a \subsubsection* in a paper that numbers its sections: bold or italic, on a line of its own, more
    # space above it than below, at the column's edge
    # (in Helvetica scaled to the text's height, it measures a point smaller; revtex sets 5 mm under it)
    for name, style, face, below in (
        ("bold", "B", ("Times", 10), 1.0),
        ("italic", "I", ("Times", 10), 1.0),
        ("sans", "I", ("Helvetica", 9.2), 1.0),
        ("wide", "B", ("Times", 10), 5.0),
    ):
        pdf = unnumbered_title_page(tmp_path / f"{name}.pdf", style, above=8.0, face=face, below=below)
        doc = extract(pdf)
        assert _headings(doc) == [
            ("1", "Introduction"),
            ("2", "Method"),
            (None, "Graph Kernels"),
            ("3", "Results"),
        ]
    # as much space above it as below (a bold line that opens the text), or indented (a table's column
    # head): no heading
    for name, above, indent in (("tight", 1.0, 0.0), ("indented", 4.0, 3.0)):
        doc = extract(unnumbered_title_page(tmp_path / f"{name}.pdf", above=above, indent=indent))
        assert _headings(doc) == [("1", "Introduction"), ("2", "Method"), ("3", "Results")]
    # column heads of a table, their cells wide apart, or over rows that start right of them: no heading
    for name, gap, text_indent in (("cells", 6.0, 0.0), ("rows", 0.0, 12.0)):
        doc = extract(unnumbered_title_page(tmp_path / f"{name}.pdf", gap=gap, text_indent=text_indent))
        assert _headings(doc) == [("1", "Introduction"), ("2", "Method"), ("3", "Results")]
    # over lines all in bold (a label over a list of titles): no text that it heads
    doc = extract(unnumbered_title_page(tmp_path / "label.pdf", text_style="B"))
    assert (None, "Graph Kernels") not in _headings(doc)


def test_a_number_on_a_line_of_its_own_numbers_the_title_under_it(tmp_path: Path) -> None:
    doc = extract(number_over_title_page(tmp_path / "display.pdf"))
    long_title = "Learning Sparse Attention Patterns for Document Parsing under Realistic Noise and Limited Supervision"
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method"), ("2.1", long_title)]
    # a plot's tick ("1.0") over its legend's line: no number of a heading
    ticks = extract(number_over_title_page(tmp_path / "ticks.pdf", ("1.0", "2.0", "3.0")))
    assert all(number is None for number, _ in _headings(ticks))


def test_a_numbered_title_that_fills_a_pages_line_is_a_heading(tmp_path: Path) -> None:
    doc = extract(long_heading_line_page(tmp_path / "long.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("2", LONG_HEADING), ("3", "Results")]
    # in the text's own type, so long a line is a numbered step of a list that fills its line
    plain = extract(long_heading_line_page(tmp_path / "plain.pdf", style=""))
    assert ("2", LONG_HEADING) not in _headings(plain)


def test_a_spaced_title_stops_short_of_the_text_under_it_where_the_columns_read_narrower(
    tmp_path: Path,
) -> None:
    layout = analyze(read_pdf(unnumbered_title_page(tmp_path / "title.pdf")))
    page = layout.pages[0]
    left, _ = page.column_edges[0]
    # a plot's labels may make the layout read a one-column page's lines as two columns, the left one
    # no wider than its short lines: the title is measured against the paragraph under it
    page.column_edges[0] = (left, left + 40)
    blocks = [b for p in layout.pages for b in p.blocks if b.kind == "text" and b.zone == "body"]
    assert "Graph Kernels" in [h.title for h in find_headings(blocks, layout).values()]


SPACED_TITLES = ["Data Collection", "Overview", "Training the Model"]


def test_lncs_bold_run_in_titles_half_an_em_from_their_text_open_sections(tmp_path: Path) -> None:
    # LNCS's \subsubsection: bold, unnumbered, flush at the column's edge, half an em before the text
    doc = extract(spaced_run_in_page(tmp_path / "lncs.pdf", SPACED_TITLES, 0.5))
    assert _headings(doc) == [("1", "Introduction"), *((None, t) for t in SPACED_TITLES)]
    assert [s.level for s in doc.sections[1:]] == [3, 3, 3]
    assert doc.sections[2].paragraphs[0].split()[:3] == prose_words("item1", 0, 3)


def test_bold_run_ins_a_word_space_or_a_whole_em_from_their_text_stay_text(tmp_path: Path) -> None:
    # a bold term opening its paragraph (a word space), article's \paragraph (a whole em, no section)
    for space in (0.25, 1.0):
        doc = extract(spaced_run_in_page(tmp_path / f"{space}.pdf", SPACED_TITLES, space))
        assert _headings(doc) == [("1", "Introduction")], space


def test_description_items_with_bold_labels_half_an_em_from_their_text_are_no_headings(
    tmp_path: Path,
) -> None:
    # \item[Title] sets its bold label \labelsep (half an em) before a one-line item's text
    doc = extract(spaced_run_in_page(tmp_path / "items.pdf", SPACED_TITLES, 0.5, items=True))
    assert _headings(doc) == [("1", "Introduction")]


def test_a_heading_beside_a_figure_the_text_wraps_around_is_a_heading(tmp_path: Path) -> None:
    # wrapfig: the heading starts where the wrapped lines under it do, right of the column's edge
    doc = extract(heading_beside_figure_page(tmp_path / "wrapped.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("1.1", "Error Analysis")]


def test_a_heading_line_that_breaks_a_word_goes_on_however_short(tmp_path: Path) -> None:
    # beside a wrapped figure the title's lines are short: "At-" over "tention" is one title
    title = ("2.1.1 Training Procedure and Sparse At-", "tention")
    doc = extract(heading_beside_figure_page(tmp_path / "broken.pdf", title))
    assert _headings(doc) == [("1", "Introduction"), ("2.1.1", "Training Procedure and Sparse At-tention")]


def test_a_numbered_run_in_title_too_long_for_a_line_ends_where_the_text_starts(tmp_path: Path) -> None:
    # amsart's bold run-in \subsection wrapped: the paragraph starts on the title's second line
    doc = extract(wrapped_run_in_page(tmp_path / "wrapped.pdf"))
    title = " ".join(WRAPPED_RUN_IN).split(" ", 1)[1].rstrip(".")
    assert _headings(doc) == [("1", "Introduction"), ("1.1", title)]
    assert doc.sections[1].paragraphs[0].split()[:3] == prose_words("beta", 0, 3)


def test_an_unnumbered_title_opening_with_the_article_a_is_no_appendix_letter(tmp_path: Path) -> None:
    titles = ["Introduction", "A Note on Priors", "A Closer Look", "Discussion"]
    doc = extract(unnumbered_sections_page(tmp_path / "article.pdf", titles))
    assert _headings(doc) == [(None, t) for t in titles]
    # an appendix's letter set a quad from its title stays its number
    doc = extract(unnumbered_sections_page(tmp_path / "appendix.pdf", ["Introduction", "A Proofs"], 4.5))
    assert _headings(doc) == [(None, "Introduction"), ("A", "Proofs")]


def test_sections_after_a_data_availability_statement_stay_the_bodys(tmp_path: Path) -> None:
    titles = ["Introduction", "Method", "Data Availability", "Funding", "Ablation Study", "Discussion"]
    doc = extract(unnumbered_sections_page(tmp_path / "statements.pdf", titles))
    found = _headings(doc)
    assert [(None, "Ablation Study"), (None, "Discussion")] == found[-2:]
    assert (None, "Funding") not in found  # a statement's title in the back matter, as eLife sets it


def test_an_unnumbered_section_after_the_bibliography_is_the_bodys(tmp_path: Path) -> None:
    titles = ["Introduction", "Method", "Ablation Study", "Error Analysis"]
    doc = extract(unnumbered_sections_page(tmp_path / "after.pdf", titles, references_before=2))
    assert _headings(doc) == [(None, t) for t in titles]
    assert len(doc.references) == 4


def test_unnumbered_subsections_of_a_paper_numbering_its_sections_only_are_headings(tmp_path: Path) -> None:
    # the model reads the subsections as headings, but not surely: their type and number tell
    says = {"Graph Kernels": ("heading", 0.6), "Noise Models": ("heading", 0.6)}
    path = body7_numbered_sections_unnumbered_subsections_page(tmp_path / "memoir.pdf")
    body = _body_read_as(path, says, front_is_body=True)
    expected = []
    for n, title in enumerate(("Introduction", "Method", "Results"), 1):
        expected += [(str(n), title), (None, f"Graph Kernels {n}"), (None, f"Noise Models {n}")]
    assert [(s.number, s.title) for s in body.sections if s.title] == expected


def test_a_section_sign_before_a_headings_number_is_no_part_of_its_title(tmp_path: Path) -> None:
    doc = extract(body7_numbered_sections_unnumbered_subsections_page(tmp_path / "sign.pdf", sign="§"))
    numbered = [h for h in _headings(doc) if h[0]]
    assert numbered == [("1", "Introduction"), ("2", "Method"), ("3", "Results")]


def _bold(title: str) -> list[tuple[str, str]]:
    return [(word, "B") for word in title.split()]


def test_a_spaced_title_the_model_reads_as_text_in_the_type_of_the_papers_headings_is_one(
    tmp_path: Path,
) -> None:
    titles = [_bold("Graph Kernels"), _bold("Why Does Pruning Fail?"), _bold("Noise Models")]
    says = {"Graph Kernels": _SURE, "Why Does": ("paragraph", 0.95), "Noise Models": _SURE}
    body = _body_read_as(
        body7_spaced_titles_page(tmp_path / "question.pdf", titles), says, front_is_body=True
    )
    assert [s.title for s in body.sections if s.title] == [
        "Graph Kernels",
        "Why Does Pruning Fail?",
        "Noise Models",
    ]


def test_a_symbol_of_mathematics_in_a_spaced_title_leaves_it_a_title(tmp_path: Path) -> None:
    titles = [_bold("Graph Kernels"), [*_bold("Signal Recovery with"), ("k", "I"), ("Components", "B")]]
    says = {"Graph Kernels": _SURE, "Signal Recovery": ("paragraph", 0.95)}
    body = _body_read_as(body7_spaced_titles_page(tmp_path / "symbol.pdf", titles), says, front_is_body=True)
    assert [s.title for s in body.sections if s.title] == [
        "Graph Kernels",
        "Signal Recovery with k Components",
    ]


def test_a_spaced_title_too_long_for_one_line_is_one_heading_over_two(tmp_path: Path) -> None:
    long = "Revisiting Adaptive Sampling for Fast and Reliable Inference on Commodity Hardware in the Field "
    long += "under Realistic Noise and Limited Supervision"
    titles = [_bold("Graph Kernels"), [(w, "I") for w in long.split()], _bold("Noise Models")]
    path = body7_spaced_titles_page(tmp_path / "long.pdf", titles)
    says = {"Graph Kernels": _SURE, "Revisiting": ("paragraph", 0.6), "Noise Models": _SURE}
    body = _body_read_as(path, says, front_is_body=True)
    assert [s.title for s in body.sections if s.title] == ["Graph Kernels", long, "Noise Models"]


def test_a_run_in_title_may_open_with_the_article_a() -> None:
    assert _is_run_in_title("A Note on Sparse Attention")
    assert not _is_run_in_title("A b c")


def test_a_letter_recurs_as_a_subsections_number_only_under_roman_numbered_sections() -> None:
    assert _under_roman("B", ["I", "II", "A", "B", "III", "A"])
    assert not _under_roman("B", ["1", "2", "A"])
    assert not _under_roman("2", ["I", "II"])
