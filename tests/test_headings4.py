"""Headings beside a plot's small print, paragraphs that a bold lead-in opens, and acmart's citation note."""

from __future__ import annotations

from pathlib import Path

from pdfgen import (
    HEADINGS4_WRAPPED_ITALIC,
    headings4_bibliography_beside_text_page,
    headings4_capitals_line_ahead_page,
    headings4_citation_format_page,
    headings4_heading_beside_ticks_page,
    headings4_lead_in_paragraph_page,
    headings4_wrapped_italic_page,
)
from test_body_general import _headings

from paperparse.body.evidence import continues_note, is_front_note
from paperparse.body.headings import _one_title, find_headings, heading_parts
from paperparse.layout import Block, analyze
from paperparse.layout.zones import _left_of
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


def test_a_heading_beside_a_plots_tick_labels_stands_alone(tmp_path: Path) -> None:
    # a tick label on the heading's row is no cell of a table row: it is set far smaller than the heading
    doc = extract(headings4_heading_beside_ticks_page(tmp_path / "ticks.pdf"))
    assert _headings(doc) == [("1", "Introduction"), ("1.1", "Tuning Momentum Under Asynchrony")]


def test_a_paragraph_that_a_bold_lead_in_opens_is_no_heading(tmp_path: Path) -> None:
    # short and bold at its start, as a heading is; but its text goes on upright (the rules alone, no model)
    layout = analyze(read_pdf(headings4_lead_in_paragraph_page(tmp_path / "lead.pdf")))
    lead = next(b for b in layout.pages[0].blocks if b.text.startswith("Momentum"))
    assert len(lead.lines) == 2 and lead.font.bold
    assert heading_parts(lead, layout) is None
    assert _headings(extract(tmp_path / "lead.pdf")) == [("1", "Introduction")]


def test_the_citation_note_before_the_first_heading_is_the_front_matters(tmp_path: Path) -> None:
    # by its label and its small print, whatever the model reads: no untitled section opens
    layout = analyze(read_pdf(headings4_citation_format_page(tmp_path / "acm.pdf")))
    label, *citation = [b for b in layout.pages[0].blocks if b.size < layout.body_size - 0.5]
    assert citation and is_front_note(label, layout, None)
    note = label
    for block in citation:
        assert continues_note(note, block, layout)
        note = block
    doc = extract(tmp_path / "acm.pdf")
    assert [(s.number, s.title) for s in doc.sections] == [("1", "INTRODUCTION")]


def test_a_title_wrapped_in_its_own_type_is_one_heading_not_a_line_over_a_paragraph(tmp_path: Path) -> None:
    # the model may read the title's first line as a heading and the second not; one type says one title
    layout = analyze(read_pdf(headings4_wrapped_italic_page(tmp_path / "wrapped.pdf")))
    blocks = layout.pages[0].blocks
    k, title = next((k, b) for k, b in enumerate(blocks) if b.text.startswith("C. Effect"))
    assert _one_title(title, layout)
    assert heading_parts(title, layout) == ("C", " ".join(HEADINGS4_WRAPPED_ITALIC)[3:])
    paragraph = blocks[k + 1]
    merged = Block(title.lines[:1] + paragraph.lines[:1], title.page, title.column, title.kind, title.zone)
    assert not _one_title(merged, layout)


def test_a_numbered_title_in_capitals_merged_into_its_paragraph_is_cut_off_it(tmp_path: Path) -> None:
    # its number goes on with the numbering ("B" then "B.1") in the type of "1.1": a heading, model or not
    layout = analyze(read_pdf(headings4_capitals_line_ahead_page(tmp_path / "caps.pdf")))
    blocks = [b for b in layout.pages[0].blocks if b.kind == "text"]
    assert any(b.text.startswith("B.1 IMPLEMENTATION DETAILS") and len(b.lines) > 1 for b in blocks)
    found = find_headings(blocks, layout, None)
    assert [(h.number, h.title) for h in found.values()][-1] == ("B.1", "IMPLEMENTATION DETAILS")


def test_the_left_columns_text_beside_a_bibliography_read_too_wide_is_text_before_it(tmp_path: Path) -> None:
    # the labels at the right column's edge are too few to bound the gutter, which then seems to run on
    # to the entries' hanging text: "References" crosses it, and is read before the left column
    layout = analyze(read_pdf(headings4_bibliography_beside_text_page(tmp_path / "bib.pdf")))
    blocks = layout.pages[0].blocks
    heading = next(b for b in blocks if b.text.strip() == "References")
    assert heading.column == -1 and heading.zone == "references"
    left = [b for b in blocks if b.column == 0]
    assert any(b.text.startswith("5.2 Evaluation Protocol") for b in left)
    assert all(_left_of(b, heading, layout) and b.zone == "body" for b in left)
    assert not any(_left_of(b, heading, layout) for b in blocks if b.column != 0)
