"""Body elements per template style, on generated PDFs: headings, captions and what must not become one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fpdf import FPDF
from pdfgen import (
    BODY_SIZE,
    CAPTIONS_OVER_TEXT,
    COL_W,
    FULL_W,
    HEADED_TABLE_CAPTION,
    LABEL_ALONE_CAPTION,
    LEADING,
    LEFT,
    PARA_GAP,
    REFERENCES,
    SPLIT_CAPTION,
    SPLIT_FIGURE_CAPTION,
    STACKED_HEADINGS,
    _centred,
    _document,
    _heading,
    _paragraph,
    captions_over_text_page,
    front_note_page,
    headed_table_page,
    label_alone_tables_page,
    label_under_rows_page,
    numbered_headings_page,
    one_column_page,
    review_copy_page,
    small_print_reference_page,
    solid_label_table_page,
    spanning_heading_page,
    split_figure_caption_page,
    stacked_headings_page,
    term_list_page,
    words,
)

from paperparse.body import extract_body
from paperparse.document import BodyMatter, Document
from paperparse.layout import Block, analyze, rezoned
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Line
from paperparse.pipeline import extract
from paperparse.segmentation import LabelledLine, Segmentation, reading_lines


def _headings(doc: Document) -> list[tuple[str | None, str]]:
    """(number, title) of each section with a heading."""
    return [(s.number, s.title) for s in doc.sections if s.title]


def line_numbered_page(path: Path) -> Path:
    """A review manuscript: a line number in the left margin beside every line of the page (as ICML and
    ACL review copies print them), so the commonest line start of the page is the numbers' column."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 60), "alpha60."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 2, "2 Method")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("beta", 1, 60), "beta60."])
        pdf.set_font("Times", "", 8)
        for i in range(50):
            pdf.text(6, 30 + i * LEADING, f"{i:03d}")
    return path


def test_headings_of_a_line_numbered_manuscript(tmp_path: Path) -> None:
    doc = extract(line_numbered_page(tmp_path / "numbered.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]


def test_line_numbers_beside_every_line_leave_headings_and_paragraphs(tmp_path: Path) -> None:
    """A review copy numbers every line; beside the body's lines its numbers sit a word space away, yet
    they are the margin's, not the headings' numbers or the paragraphs' first words."""
    doc = extract(review_copy_page(tmp_path / "review.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method")]
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    assert [p.split()[0] for p in paragraphs] == ["its", "notes"]


def test_a_bold_numbered_heading_then_another_are_two_headings(tmp_path: Path) -> None:
    """Each nearly fills the column, so neither is a short line that ends its block by its length."""
    doc = extract(stacked_headings_page(tmp_path / "stacked.pdf"))
    assert [f"{n}. {t}" for n, t in _headings(doc)[1:]] == list(STACKED_HEADINGS)


def wrapped_headings_page(path: Path) -> Path:
    """Headings too long for their column, set over two lines: a numbered one whose second line hangs
    under its title (past the number), and an all-capitals one centred line by line; each is followed by
    a heading that starts right after it."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Privacy in Shared Learning", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("delta", 1, 30), "delta30."]) + PARA_GAP
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(LEFT, y + 2, "4.2 Random Transformations of")
        pdf.text(LEFT + 8, y + 7, "Arithmetic Shares")
        y = _paragraph(pdf, LEFT, y + 13, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 2, "4.3 Results")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("beta", 1, 40), "beta40."]) + PARA_GAP
        pdf.set_font("Helvetica", "B", 12)
        for line in ("5 SYNTHESIS OF CONTROLLERS", "IN RECEDING HORIZONS"):
            pdf.text(LEFT + (COL_W - pdf.get_string_width(line)) / 2, y + 2, line)
            y += 5
        _paragraph(pdf, LEFT, y + 2, COL_W, [*words("gamma", 1, 40), "gamma40."])
    return path


def test_a_heading_over_two_lines_is_one_heading(tmp_path: Path) -> None:
    doc = extract(wrapped_headings_page(tmp_path / "wrapped.pdf"))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("4.2", "Random Transformations of Arithmetic Shares"),
        ("4.3", "Results"),
        ("5", "SYNTHESIS OF CONTROLLERS IN RECEDING HORIZONS"),
    ]
    assert all(p.startswith(("delta", "alpha", "beta", "gamma")) for s in doc.sections for p in s.paragraphs)


def lead_ins_page(path: Path) -> Path:
    """Numbered sections whose paragraphs open with a bold lead-in on a line of its own ("Research
    Goals:", "Cited papers: [4]"), then an unnumbered "Acknowledgments" that closes the paper."""
    with _document(path) as pdf:
        _centred(pdf, 20, "A Survey of Intrusion Datasets", "Helvetica", "B", 16)
        y = 30.0
        for number, title, prefix in (("1", "Introduction", "alpha"), ("2", "Datasets", "beta")):
            y = _heading(pdf, LEFT, y, f"{number} {title}")
            for lead in ("Research Goals:", "Cited papers: [4] [7]"):
                pdf.set_font("Times", "B", 10)
                pdf.text(LEFT, y, lead)
                y = _paragraph(pdf, LEFT, y + LEADING, FULL_W, [*words(prefix, 1, 25), f"{prefix}25."]) + 2
            y += PARA_GAP
        y = _heading(pdf, LEFT, y, "3 Conclusion")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("gamma", 1, 25), "gamma25."]) + PARA_GAP
        y = _heading(pdf, LEFT, y, "Acknowledgments")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("delta", 1, 25), "delta25."])
    return path


def test_lead_ins_of_numbered_sections_are_not_sections(tmp_path: Path) -> None:
    doc = extract(lead_ins_page(tmp_path / "lead_ins.pdf"))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("2", "Datasets"),
        ("3", "Conclusion"),
        (None, "Acknowledgments"),
    ]


def algorithm_page(path: Path) -> Path:
    """An algorithm float (a bold "Algorithm 1" caption over its numbered lines) beside a figure caption."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Sorting at Scale", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, y, "Algorithm 1")
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + 18, y, "Distributed merge sort of the input blocks")
        for i, step in enumerate(
            ("Input: blocks B of the list", "for each block b in B do", "sort b locally")
        ):
            pdf.text(LEFT, y + 4.2 * (i + 1), f"{i + 1}: {step}")
        y += 4.2 * 4 + PARA_GAP
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, y, "Figure 1: Speed of the merge sort against the list size.")
        _paragraph(pdf, LEFT, y + 8, FULL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_an_algorithm_is_neither_a_figure_nor_running_text(tmp_path: Path) -> None:
    doc = extract(algorithm_page(tmp_path / "algorithm.pdf"))
    assert [(f.label, f.caption) for f in doc.figures] == [
        ("Figure 1", "Speed of the merge sort against the list size.")
    ]
    assert not any("merge sort" in p or "locally" in p for s in doc.sections for p in s.paragraphs)


def numbered_list_page(path: Path) -> Path:
    """Unnumbered headings set larger than the text (eLife), over numbered items in bold body type (a
    list of organisms), a figure's small print whose first letter reads as a roman numeral, and two short
    headings one right under the other."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Model Organisms Compared", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("delta", 1, 25), "delta25."]) + PARA_GAP
        y = _heading(pdf, LEFT, y, "Choice of model organisms")
        for number, name in (("1", "Arabidopsis"), ("2", "Chicken"), ("3", "Zebrafish")):
            pdf.set_font("Times", "B", 10)
            pdf.text(LEFT, y, f"{number} {name}")
            y = _paragraph(pdf, LEFT, y + LEADING, FULL_W, [*words("alpha", 1, 25), "alpha25."]) + PARA_GAP
        pdf.set_font("Helvetica", "", 6)
        pdf.text(LEFT, y, "I INP")
        y = _heading(pdf, LEFT, y + 8, "Growth of the cultures")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("beta", 1, 25), "beta25."]) + PARA_GAP
        pdf.set_font("Helvetica", "B", 12)  # a section and its first subsection, one right under the other
        pdf.text(LEFT, y, "Other stuff")
        pdf.text(LEFT, y + 5, "Boxes")
        _paragraph(pdf, LEFT, y + 11, FULL_W, [*words("gamma", 1, 25), "gamma25."])
    return path


def test_unnumbered_headings_larger_than_a_numbered_list_stay(tmp_path: Path) -> None:
    doc = extract(numbered_list_page(tmp_path / "organisms.pdf"))
    titles = [s.title for s in doc.sections if s.title]
    assert titles[:2] == ["Introduction", "Choice of model organisms"]
    assert titles[-3:] == ["Growth of the cultures", "Other stuff", "Boxes"]
    assert "INP" not in titles


def capitals_heading_page(path: Path, second: str = "CLUSTERING THE AREA") -> Path:
    """IEEE-style numbered headings in capitals, centred, body-sized and upright; the second line of a
    long one sits at the paragraph's leading, so the layout takes it for the paragraph's first line."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Sweeping Coverage for Drones", "Helvetica", "B", 16)
        pdf.set_font("Times", "", 10)
        y = 30.0
        for lines, prefix in (
            (["I. INTRODUCTION"], "alpha"),
            (["II. MINIMIZING THE NUMBER OF TURNS BY", second], "beta"),
            (["III. RESULTS"], "gamma"),
        ):
            y += 3
            for line in lines:
                pdf.set_font("Times", "", 10)
                pdf.text(LEFT + (COL_W - pdf.get_string_width(line)) / 2, y, line)
                y += LEADING
            y = _paragraph(pdf, LEFT, y, COL_W, [*words(prefix, 1, 30), f"{prefix}30."]) + PARA_GAP
    return path


@pytest.mark.parametrize(
    "second",
    ["CLUSTERING THE AREA", "CLUSTERING THE AREA f(q)"],  # a symbol in lower case: math in a capitals title
)
def test_a_capitals_heading_line_is_taken_off_the_paragraph_under_it(tmp_path: Path, second: str) -> None:
    doc = extract(capitals_heading_page(tmp_path / "capitals.pdf", second))
    assert _headings(doc) == [
        ("I", "INTRODUCTION"),
        ("II", f"MINIMIZING THE NUMBER OF TURNS BY {second}"),
        ("III", "RESULTS"),
    ]
    assert [p[:5] for s in doc.sections for p in s.paragraphs] == ["alpha", "beta1", "gamma"]


def test_the_untitled_opening_section_claims_no_area(tmp_path: Path) -> None:
    """Text before the first heading makes a section without a title; with no heading printed, its
    location is where it starts, and it has no area that would claim the paragraph's words as a heading's."""
    text = " ".join([*words("alpha", 1, 80), "alpha80."])
    doc = extract(one_column_page(tmp_path / "plain.pdf", text))
    opening = doc.sections[0]
    assert opening.title == "" and opening.location is not None
    x0, y0, x1, y1 = opening.location.bbox
    assert y0 == y1 and x1 > x0


def ieee_table_page(path: Path) -> Path:
    """IEEE's table caption: the label alone on a centred line ("TABLE II"), its text centred on the next
    line in small capitals (smaller type than the label), then the table's rows."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Fall Detection with Wearables", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        for text, size in (("TABLE II", 8), ("SYNCHRONISATION PROBLEM, FALL 1 AND FALL 2", 6.4)):
            pdf.set_font("Times", "", size)
            pdf.text(LEFT + (COL_W - pdf.get_string_width(text)) / 2, y, text)
            y += 3.3
        pdf.set_font("Times", "", 8)
        for row in (("Sensor", "Delay", "Loss"), ("Wrist", "12 ms", "0.3"), ("Ankle", "15 ms", "0.4")):
            y += 4
            for i, cell in enumerate(row):
                pdf.text(LEFT + 5 + 25 * i, y, cell)
        _paragraph(pdf, LEFT, y + 8, COL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_a_label_alone_takes_the_caption_line_under_it(tmp_path: Path) -> None:
    doc = extract(ieee_table_page(tmp_path / "ieee_table.pdf"))
    assert [(t.label, t.caption) for t in doc.tables] == [
        ("TABLE II", "SYNCHRONISATION PROBLEM, FALL 1 AND FALL 2")
    ]


def label_among_caption_lines_page(path: Path) -> Path:
    """A figure whose small axis label ("dataset") sits on the row between its caption's two lines."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Tours of Salesmen", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP + 30
        pdf.set_font("Helvetica", "", 5)
        pdf.text(LEFT + 40, y - 1, "dataset")
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, y - 2, "Figure 4. Tour length comparison, the y axis is in log scale, divided")
        pdf.text(LEFT, y + 2, "by the random tour length.")
        _paragraph(pdf, LEFT, y + 10, COL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_a_figure_label_between_caption_lines_does_not_cut_the_caption(tmp_path: Path) -> None:
    doc = extract(label_among_caption_lines_page(tmp_path / "label.pdf"))
    assert [f.caption for f in doc.figures] == [
        "Tour length comparison, the y axis is in log scale, divided by the random tour length."
    ]


def table_head_under_caption_page(path: Path) -> Path:
    """A table caption whose sentence has ended, with the table's head row set right under it in the
    same type, in bold, as one line rather than cells apart."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Quasielastic Cross Sections", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        lines = (
            ("", "Table 1: Percent ratio of the quasielastic cross section"),
            ("", "to the geometric one."),
            ("B", "Target Nucleus Energy (MeV) Ratio at 4.3 fm"),
            ("", "Calcium 45 0.93"),
            ("", "Lead 120 0.97"),
        )
        for style, line in lines:
            pdf.set_font("Times", style, 9)
            pdf.text(LEFT, y, line)
            y += 4
        _paragraph(pdf, LEFT, y + 6, COL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_an_ended_table_caption_does_not_take_the_head_row(tmp_path: Path) -> None:
    doc = extract(table_head_under_caption_page(tmp_path / "table_head.pdf"))
    assert [t.caption for t in doc.tables] == [
        "Percent ratio of the quasielastic cross section to the geometric one."
    ]


def appendix_table_page(path: Path) -> Path:
    """A table and a numbered appendix after the references: the back matter's captions and numbered
    sections are the paper's too."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Routes to Code", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        y = _heading(pdf, LEFT, y, "References")
        for ref in REFERENCES:
            y = _paragraph(pdf, LEFT, y, FULL_W, ref.split(), size=9, leading=4.0) + 1
        y = _heading(pdf, LEFT, y + 4, "Appendix")
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, y, "Table 5. Route accuracy grouped by model on the analysis set.")
        for row in ("Model Accuracy", "Small 0.41", "Large 0.63"):
            y += 4.5
            pdf.text(LEFT + 10, y, row)
        y = _heading(pdf, LEFT, y + 10, "A Proofs of the Lemmas")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("gamma", 1, 40), "gamma40."])
    return path


def test_a_table_of_the_back_matter_is_read(tmp_path: Path) -> None:
    doc = extract(appendix_table_page(tmp_path / "appendix.pdf"))
    assert [(t.label, t.caption) for t in doc.tables] == [
        ("Table 5", "Route accuracy grouped by model on the analysis set.")
    ]
    # of its headings, the numbered ones are the paper's appendices; the others (statements) are not read
    appendix = [s for s in doc.sections if s.title == "Proofs of the Lemmas"]
    assert not any(s.title == "Appendix" for s in doc.sections)
    assert (
        len(appendix) == 1 and appendix[0].number == "A" and appendix[0].paragraphs[0].startswith("gamma1 ")
    )


def tall_formula_caption_page(path: Path) -> Path:
    """A figure caption whose second line holds a tall formula (a big bracket) that reaches up into the
    first line, so the layout sets that line apart from it; the caption is in the text's type."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Charging Quantum Batteries", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP + 20
        pdf.set_font("Times", "", 10)
        pdf.text(LEFT, y, "Figure 2: Charging of a battery that is initially in the vacuum state. The popu-")
        pdf.text(LEFT, y + 4, "lations of the levels as a function of the occupation number")
        pdf.set_font("Times", "", 19)
        pdf.text(LEFT + 93, y + 4, "[")
        pdf.set_font("Times", "", 10)
        pdf.text(LEFT, y + 8, "are shown for three times.")
        _paragraph(pdf, LEFT, y + 16, COL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_a_caption_line_with_a_tall_formula_goes_on_with_the_caption(tmp_path: Path) -> None:
    doc = extract(tall_formula_caption_page(tmp_path / "tall.pdf"))
    (figure,) = doc.figures
    assert figure.caption.endswith("are shown for three times.")


def test_a_caption_ends_where_its_line_stopped_short_of_the_text_under_it(tmp_path: Path) -> None:
    """A caption in the text's type, with the paragraph under it at the text's own leading: the caption's
    short last line (centred, or the rest of a wrapped one) is where it ended."""
    doc = extract(captions_over_text_page(tmp_path / "captions.pdf"))
    assert [f"{f.label}: {f.caption}" for f in doc.figures] == list(CAPTIONS_OVER_TEXT)


def _body_read_as(path: Path, says: dict[str, tuple[str, float]], front_is_body: bool = False) -> BodyMatter:
    """The body of a generated PDF with the segmentation model's reading fixed by the test: a line that
    starts with a key of `says` gets that (label, score), every other line "paragraph" at a score too low
    to count as evidence. So a test states what the model says and checks what the body makes of it.
    front_is_body: the front zone's blocks are the body's, as the pipeline makes the front text that the
    header leaves."""
    layout = analyze(read_pdf(path))
    if front_is_body:
        layout = rezoned(layout, layout.text_blocks("front"), "body")
    lines = [
        LabelledLine(
            slot, *next((v for k, v in says.items() if slot.line.text.startswith(k)), ("paragraph", 0.5))
        )
        for slot in reading_lines(layout)
    ]
    return extract_body(layout, Segmentation(lines))[0]


def table_head_page(path: Path) -> Path:
    """A numbered section whose text is followed by a bold line standing alone, set like an unnumbered
    heading: a table's column head ("Summary of Scores") or a real heading, only the reading decides."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 2, "Summary of Scores")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_small_print_of_the_front_matter_before_the_first_heading_is_no_body_text(tmp_path: Path) -> None:
    path = front_note_page(tmp_path / "front-note.pdf")
    other = {"gamma": ("other", 0.95), "ACM": ("other", 0.6)}  # the note: the model unsure, yet `other`
    read = _body_read_as(path, other, front_is_body=True)
    opening = read.sections[0]
    assert not opening.title and [p.split()[0] for p in opening.paragraphs] == ["gamma1"]
    # read as a paragraph, the note is still the front matter's: its label, "ACM Reference Format", says so
    text = _body_read_as(path, {"gamma": ("other", 0.95)}, front_is_body=True)
    assert [p.split()[0] for p in text.sections[0].paragraphs] == ["gamma1"]


def test_a_heading_the_model_reads_as_a_table_line_is_no_section(tmp_path: Path) -> None:
    path = table_head_page(tmp_path / "table-head.pdf")
    as_heading = _body_read_as(path, {"Summary": ("heading", 0.95)})
    assert [s.title for s in as_heading.sections] == ["Introduction", "Summary of Scores"]
    as_table = _body_read_as(path, {"Summary": ("table", 0.95)})
    assert [s.title for s in as_table.sections] == ["Introduction"]
    unsure = _body_read_as(path, {"Summary": ("table", 0.6)})  # weak evidence leaves the rules' reading
    assert [s.title for s in unsure.sections] == ["Introduction", "Summary of Scores"]


def _run_in(pdf: FPDF, y: float, head: str, rest: list[str]) -> float:
    """A paragraph that opens with an italic run-in heading (IEEE's subsubsection) and goes on upright."""
    pdf.set_font("Times", "I", BODY_SIZE)
    pdf.text(LEFT + 4, y, head)
    start = LEFT + 5 + pdf.get_string_width(head)
    pdf.set_font("Times", "", BODY_SIZE)
    pdf.text(start, y, " ".join(rest[:6]))
    return _paragraph(pdf, LEFT, y + LEADING, FULL_W, rest[6:]) + PARA_GAP


def ieee_run_in_page(path: Path) -> Path:
    """IEEE's third-level headings: "1) Title:" in italic at the start of an indented paragraph, one of
    them a single word."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        y = _run_in(pdf, y, "1) Hardware:", [*words("beta", 1, 40), "beta40."])
        _run_in(pdf, y, "2) Training the Generator:", [*words("gamma", 1, 40), "gamma40."])
    return path


def test_ieee_run_in_headings_open_sections(tmp_path: Path) -> None:
    doc = extract(ieee_run_in_page(tmp_path / "run-in.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("1", "Hardware"), ("2", "Training the Generator")]
    assert [p[:4] for s in doc.sections for p in s.paragraphs] == ["alph", "beta", "gamm"]


def merged_heading_page(path: Path) -> Path:
    """IEEE's unnumbered heading: "ACKNOWLEDGMENT" centred in capitals at the text's size, one line's
    spacing above its paragraph, so the layout reads it as the paragraph's first line."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT + (FULL_W - pdf.get_string_width("ACKNOWLEDGMENT")) / 2, y, "ACKNOWLEDGMENT")
        _paragraph(pdf, LEFT, y + LEADING, FULL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_a_heading_merged_into_its_paragraph_is_cut_off_where_the_model_reads_a_heading(
    tmp_path: Path,
) -> None:
    path = merged_heading_page(tmp_path / "merged.pdf")
    read = _body_read_as(path, {"ACKNOWLEDGMENT": ("heading", 0.97)})
    assert [s.title for s in read.sections] == ["Introduction", "ACKNOWLEDGMENT"]
    assert read.sections[1].paragraphs[0].startswith("beta1 ")
    # unsure, the model's reading is no evidence; a known title centred in capitals alone on its line
    # is (headings._known_title_line), so the line is cut off all the same
    unsure = _body_read_as(path, {"ACKNOWLEDGMENT": ("heading", 0.6)})
    assert [s.title for s in unsure.sections] == ["Introduction", "ACKNOWLEDGMENT"]


def unclosed_table_caption_page(path: Path) -> Path:
    """A table caption without a closing full stop ("Table 2: Model Results", Springer's style) with the
    table's head row close under it, in the same type, centred over the columns."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, "Table 2: Model Results")
        pdf.text(LEFT + 10, y + LEADING, "Estimate Error Value")
        _paragraph(pdf, LEFT, y + 4 * LEADING, FULL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_a_line_the_model_reads_as_a_table_row_ends_the_caption_above_it(tmp_path: Path) -> None:
    path = unclosed_table_caption_page(tmp_path / "unclosed.pdf")
    finish = _body_read_as(path, {"Estimate": ("table", 0.95)})
    assert [t.caption for t in finish.tables] == ["Model Results"]
    unsure = _body_read_as(path, {"Estimate": ("table", 0.6)})
    assert [t.caption for t in unsure.tables] == ["Model Results Estimate Error Value"]


def wrapped_figure_page(path: Path) -> Path:
    """A figure set beside the text (LaTeX's wrapfigure): its caption's lines, in smaller type, sit
    between the lines of the paragraph beside it, so reading order alternates between the two."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 60), "alpha60."]) + PARA_GAP
        pdf.set_fill_color(120)
        pdf.rect(LEFT + 105, y - 30, 60, 25, "F")
        _paragraph(pdf, LEFT, y, 95, [*words("beta", 1, 50), "beta50."])
        pdf.set_font("Times", "", 9)
        lines = [
            "Figure 2. Spectral radius of the",
            "momentum operator on a scalar",
            "quadratic for varying rates.",
        ]
        for k, line in enumerate(lines):
            pdf.text(LEFT + 105, y + 1.5 + k * 3.9, line)
    return path


def test_a_wrapped_figure_caption_is_read_whole_past_the_text_beside_it(tmp_path: Path) -> None:
    doc = extract(wrapped_figure_page(tmp_path / "wrapped-figure.pdf"))
    assert [f.caption for f in doc.figures] == [
        "Spectral radius of the momentum operator on a scalar quadratic for varying rates."
    ]


def _italic_lines(pdf: FPDF, y: float, lines: list[str]) -> float:
    pdf.set_font("Times", "I", BODY_SIZE)
    for line in lines:
        pdf.text(LEFT, y, line)
        y += LEADING
    return y


def two_line_italic_headings_page(path: Path) -> Path:
    """IEEE's lettered subsections in italic at the text's size, each too long for one line: one set
    apart from its paragraph, one filling two full lines a line's spacing above it (the layout reads it
    as the paragraph's first lines)."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 30), "alpha30."]) + PARA_GAP
        head = ["A. Different approaches to counting the triangles", "of large graphs on many machines"]
        y = _italic_lines(pdf, y, head) + PARA_GAP
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("beta", 1, 30), "beta30."]) + PARA_GAP
        head = [
            "B. Challenges of parallelizing graph algorithms on the",
            "modern many-core and distributed architectures of",
        ]
        y = _italic_lines(pdf, y, head)
        _paragraph(pdf, LEFT, y, COL_W, [*words("gamma", 1, 30), "gamma30."])
    return path


def test_two_line_italic_lettered_headings_open_sections(tmp_path: Path) -> None:
    doc = extract(two_line_italic_headings_page(tmp_path / "italic.pdf"))
    assert _headings(doc) == [
        ("1", "Introduction"),
        ("A", "Different approaches to counting the triangles of large graphs on many machines"),
        (
            "B",
            "Challenges of parallelizing graph algorithms on the modern many-core and distributed architectures of",
        ),
    ]
    assert [p[:4] for s in doc.sections for p in s.paragraphs] == ["alph", "beta", "gamm"]


def accented_run_in_page(path: Path) -> Path:
    """ACM's run-in subsubsection ("2.1.2 Análise dos Dados. O processo ...") in a Portuguese paper: a
    title whose first word has an accented letter."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        _run_in(pdf, y, "2.1.2 Análise dos Dados.", [*words("beta", 1, 40), "beta40."])
    return path


def test_a_run_in_title_in_accented_letters_opens_a_section(tmp_path: Path) -> None:
    doc = extract(accented_run_in_page(tmp_path / "accented.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("2.1.2", "Análise dos Dados")]


def table_rows_page(path: Path) -> Path:
    """A table without rules or caption nearby, its rows set as lines of the text's size and long enough
    to pass for running text, and one row dense in symbols like a display equation."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        pdf.set_font("Times", "", BODY_SIZE)
        for row in (
            "SentiCR 0.53 84.92% 68.18% 41.03%",
            "Stanford 0.26 55.85% 59.83% 19.44%",
            "a=b+c (k=0.4) (x+y)=z/2",
        ):
            pdf.text(LEFT + 20, y, row)
            y += LEADING + PARA_GAP
        _paragraph(pdf, LEFT, y + PARA_GAP, FULL_W, [*words("beta", 1, 40), "beta40."])
    return path


def test_lines_the_model_reads_as_a_table_are_neither_paragraphs_nor_equations(tmp_path: Path) -> None:
    path = table_rows_page(tmp_path / "rows.pdf")
    rows = ("SentiCR", "Stanford", "a=b+c")
    as_text = _body_read_as(path, {})
    read = [p for s in as_text.sections for p in s.paragraphs] + [e.text for e in as_text.equations]
    assert any(r.startswith(rows) for r in read)  # without the model's reading they pass for text
    as_table = _body_read_as(path, {row: ("table", 0.95) for row in rows})
    assert [p[:4] for s in as_table.sections for p in s.paragraphs] == ["alph", "beta"]
    assert as_table.equations == []


def portuguese_captions_page(path: Path) -> Path:
    """A paper in Portuguese: its figure and table captions are labelled "Figura" and "Tabela"."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        pdf.set_fill_color(120)
        pdf.rect(LEFT, y, 80, 30, "F")
        y = _paragraph(
            pdf, LEFT, y + 36, FULL_W, "Figura 1: Experiência dos desenvolvedores.".split(), size=9
        )
        y = _paragraph(pdf, LEFT, y + PARA_GAP, FULL_W, [*words("beta", 1, 40), "beta40."]) + PARA_GAP
        _paragraph(pdf, LEFT, y, FULL_W, "Tabela 1: Práticas de alta recorrência.".split(), size=9)
    return path


def test_captions_labelled_in_another_language(tmp_path: Path) -> None:
    doc = extract(portuguese_captions_page(tmp_path / "figura.pdf"))
    assert [(f.label, f.caption) for f in doc.figures] == [("Figura 1", "Experiência dos desenvolvedores.")]
    assert [(t.label, t.caption) for t in doc.tables] == [("Tabela 1", "Práticas de alta recorrência.")]


def float_after_references_page(path: Path) -> Path:
    """A figure and a table that LaTeX placed after the bibliography began (IEEE's two columns): their
    captions sit among the reference entries, in the layout's references zone."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 2, "References")
        for ref in REFERENCES[:2]:
            y = _paragraph(pdf, LEFT, y, FULL_W, ref.split(), size=9, leading=4.0) + 1.0
        pdf.set_fill_color(120)
        pdf.rect(LEFT, y + 4, 80, 30, "F")
        y = _paragraph(
            pdf, LEFT, y + 40, FULL_W, "Fig. 4. An example of the loopback pattern.".split(), size=9
        )
        _paragraph(pdf, LEFT, y + PARA_GAP, FULL_W, "TABLE II: Results on the test set.".split(), size=9)
    return path


def test_captions_set_among_the_references_are_the_papers(tmp_path: Path) -> None:
    doc = extract(float_after_references_page(tmp_path / "after-refs.pdf"))
    assert [(f.label, f.caption) for f in doc.figures] == [("Fig. 4", "An example of the loopback pattern.")]
    assert [(t.label, t.caption) for t in doc.tables] == [("TABLE II", "Results on the test set.")]
    assert _headings(doc) == [("1", "Introduction")]
    assert [p[:4] for s in doc.sections for p in s.paragraphs] == ["alph"]


def test_a_numbered_list_item_with_a_bold_term_is_no_run_in_heading(tmp_path: Path) -> None:
    doc = extract(term_list_page(tmp_path / "list.pdf"))
    assert _headings(doc) == [("1", "Introduction")]
    assert [p.split()[0] for p in doc.sections[0].paragraphs] == ["alpha1", "1.", "2."]


def test_a_title_ending_in_a_name_with_its_year_is_a_heading(tmp_path: Path) -> None:
    titles = ("Tor-nonTor dataset (ISCXTor2016)", "Results")
    doc = extract(numbered_headings_page(tmp_path / "datasets.pdf", titles))
    assert _headings(doc) == [("1", "Introduction"), ("2", titles[0]), ("3", titles[1])]


def test_a_title_may_open_with_a_bracket_or_a_quote(tmp_path: Path) -> None:
    titles = ("(Fuzzy) Topos Theory", '"No Free Lunch" Theory')
    doc = extract(numbered_headings_page(tmp_path / "brackets.pdf", titles))
    assert _headings(doc) == [("1", "Introduction"), ("2", titles[0]), ("3", titles[1])]


def test_a_heading_across_the_columns_keeps_its_wrapped_line(tmp_path: Path) -> None:
    doc = extract(spanning_heading_page(tmp_path / "spanning.pdf"))
    title = "Permutation Symmetry and Symmetric Neural Networks for Graphs in Neu-ral Settings"
    assert _headings(doc)[2:] == [("3", title)]


def test_a_captions_piece_that_reading_order_put_before_its_label_joins_it(tmp_path: Path) -> None:
    """The caption line under a label alone on its line ("TABLE II"), and the rest of a caption line that
    a wide word gap set apart as a block of its own, both ordered before their labels (as the layout
    orders a line that reaches past its column's edges): each still ends up in its caption, and the
    table's rows under it do not."""
    layout = analyze(read_pdf(label_alone_tables_page(tmp_path / "tables.pdf")))
    blocks = layout.pages[0].blocks
    label = next(b for b in blocks if b.text == LABEL_ALONE_CAPTION[0])
    under = next(b for b in blocks if b.text == LABEL_ALONE_CAPTION[1])
    blocks.remove(under)
    blocks.insert(blocks.index(label), under)
    split = next(b for b in blocks if b.text.startswith(SPLIT_CAPTION[0]))
    (line,) = split.lines
    cut = len(SPLIT_CAPTION[0].split())
    left, right = (
        Block([Line(words, 1)], 1, split.column, zone=split.zone)
        for words in (line.words[:cut], line.words[cut:])
    )
    at = blocks.index(split)
    blocks[at : at + 1] = [right, left]
    body, _ = extract_body(layout)
    assert [(t.label, t.caption) for t in body.tables] == [
        ("TABLE II", LABEL_ALONE_CAPTION[1]),
        ("TABLE V", f"{SPLIT_CAPTION[0].removeprefix('TABLE V: ')} {SPLIT_CAPTION[1]}"),
    ]


def test_a_table_caption_without_a_full_stop_ends_above_the_tables_head(tmp_path: Path) -> None:
    """A caption in its own small type that did not end with a full stop goes on only across a break (a
    later column or page): the table's head row in that type further down, not aligned with it, is the
    table's."""
    layout = analyze(read_pdf(headed_table_page(tmp_path / "table.pdf")))
    body, _ = extract_body(rezoned(layout, layout.text_blocks("front"), "body"))
    assert [(t.label, t.caption) for t in body.tables] == [HEADED_TABLE_CAPTION]


def test_a_plain_label_that_a_lowercase_word_follows_opens_no_caption(tmp_path: Path) -> None:
    """ "Figure 2 shows ..." at the start of a paragraph in smaller type is running text: a caption's label
    is set apart (bold, or followed by ":" or ".") or its caption opens on a capital."""
    doc = extract(small_print_reference_page(tmp_path / "small.pdf"))
    assert doc.figures == []


def _split_before(block: Block, cut: int, reach: float = 0.0) -> list[Block]:
    """The one-line `block` as two blocks, its words from `cut` on first: a line that a gap between words
    split, its right part read first; that part starts `reach` points further left (an accent over its
    first letter that reaches back over the gap)."""
    (line,) = block.lines
    left, right = line.words[:cut], line.words[cut:]
    right = (replace(right[0], x0=left[-1].x1 - reach), *right[1:])
    return [
        Block([Line(words, block.page)], block.page, block.column, zone=block.zone) for words in (right, left)
    ]


def test_a_figure_captions_split_line_joins_it_and_the_caption_goes_on_under_its_label(
    tmp_path: Path,
) -> None:
    """The rest of a figure caption's first line, split off at a word gap that an accent reaches back
    over and read before the label, joins the caption; the caption's next line, under the label, still goes on with it."""
    layout = analyze(read_pdf(split_figure_caption_page(tmp_path / "figure.pdf")))
    blocks = layout.pages[0].blocks
    first, rest, second = SPLIT_FIGURE_CAPTION
    at, caption = next((i, b) for i, b in enumerate(blocks) if b.text.startswith(first))
    assert caption.lines[0].text == f"{first} {rest}"
    head = Block([caption.lines[0]], 1, caption.column, zone=caption.zone)
    tail = Block(caption.lines[1:], 1, caption.column, zone=caption.zone)
    blocks[at : at + 1] = [*_split_before(head, len(first.split()), reach=1.0), tail]
    body, _ = extract_body(layout)
    assert [f.caption for f in body.figures] == [f"{first.removeprefix('Fig. 8. ')} {rest} {second}"]


def test_a_caption_set_solid_under_a_label_alone_is_its_text(tmp_path: Path) -> None:
    """IEEE's caption in small capitals set solid under its label alone ("TABLE II"): the line boxes
    overlap by a hair, and the line is still the caption's text."""
    doc = extract(solid_label_table_page(tmp_path / "solid.pdf"))
    assert [(t.label, t.caption) for t in doc.tables] == [LABEL_ALONE_CAPTION]


def test_a_label_alone_under_a_tables_rows_in_their_block_opens_its_caption(tmp_path: Path) -> None:
    """A label alone ("TABLE II") set at the rows' pitch under a table's last row, which the layout puts
    in the rows' block, still opens its caption, and the small capitals under it are its text."""
    body, _ = extract_body(analyze(read_pdf(label_under_rows_page(tmp_path / "under.pdf"))))
    assert [(t.label, t.caption) for t in body.tables] == [LABEL_ALONE_CAPTION]
