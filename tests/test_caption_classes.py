"""Caption layouts of real publishers' papers that the body's caption reader must follow (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.body import extract_body
from paperparse.layout import Block, analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract
from paperparse.segmentation import segment


def test_a_caption_line_set_as_two_blocks_on_its_row_is_read_whole(tmp_path: Path) -> None:
    doc = extract(pdfgen.row_split_captions_page(tmp_path / "captions.pdf"))
    assert [(f.label, f.caption) for f in doc.figures] == [
        (label.rstrip("."), f"{first} {second}") for label, first, second in pdfgen.ROW_SPLIT_CAPTIONS
    ]


def test_a_caption_without_a_full_stop_does_not_run_on_into_the_next_pages_tick_labels(
    tmp_path: Path,
) -> None:
    doc = extract(pdfgen.plot_pages(tmp_path / "plots.pdf"))
    assert [(f.label, f.caption) for f in doc.figures] == [
        (f"Fig. {k + 1}", caption) for k, caption in enumerate(pdfgen.PLOT_PAGE_CAPTIONS)
    ]


def test_a_caption_woven_into_the_text_wrapped_beside_it_is_read_apart_from_it(tmp_path: Path) -> None:
    doc = extract(pdfgen.wrapped_figure_page(tmp_path / "wrapped.pdf"))
    assert [f"{f.label}: {f.caption}" for f in doc.figures] == [pdfgen.WRAPPED_FIGURE_CAPTION]
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "Spectral" not in text  # the caption is no running text


def test_a_captions_last_line_read_after_the_next_captions_label_goes_back_to_its_caption(
    tmp_path: Path,
) -> None:
    layout = analyze(read_pdf(pdfgen.column_figures_page(tmp_path / "figures.pdf")))
    page = layout.pages[1]
    first = next(b for b in page.blocks if b.text.startswith("Fig. 1."))
    second = next(b for b in page.blocks if b.text.startswith("Fig. 2."))
    assert len(first.lines) == 2  # the caption as the layout reads it: both lines in one block
    # the order IEEE pages of figures came in: the first caption's last line set apart, read after the
    # second caption (the layout gave that line a column of its own)
    order = page.blocks
    at = order.index(first)
    head, tail = (Block(lines, 2, first.column) for lines in (first.lines[:1], first.lines[1:]))
    order[at] = head
    order.insert(order.index(second) + 1, tail)
    body, _ = extract_body(layout, segment(layout))
    assert [f.caption for f in body.figures] == [
        f"{first_line} {rest}".removeprefix(f"Fig. {k}. ")
        for k, (first_line, rest) in enumerate(pdfgen.COLUMN_FIGURE_CAPTIONS, 1)
    ]


def test_a_caption_does_not_go_on_into_the_wrapped_text_level_with_its_last_line(tmp_path: Path) -> None:
    doc = extract(pdfgen.wrapped_closed_caption_page(tmp_path / "wrapped.pdf"))
    assert [f"{f.label}: {f.caption}" for f in doc.figures] == [pdfgen.WRAPPED_CLOSED_CAPTION]


def test_a_caption_above_a_wrapped_figure_woven_a_line_apart_is_read_apart_from_the_text(
    tmp_path: Path,
) -> None:
    doc = extract(pdfgen.wrapped_caption_above_page(tmp_path / "wrapped.pdf"))
    assert [f"{f.label}: {f.caption}" for f in doc.figures] == [pdfgen.WRAPPED_CAPTION_ABOVE]


@pytest.mark.parametrize("style", ["newline", "quad", "font"])
def test_a_plain_label_in_the_texts_type_that_its_layout_sets_apart_opens_a_caption(
    tmp_path: Path, style: str
) -> None:
    doc = extract(pdfgen.set_apart_label_table_page(tmp_path / "table.pdf", style))
    assert [(t.label, t.caption) for t in doc.tables] == [("Table 1", pdfgen.SET_APART_CAPTION)]


def test_a_centred_captions_short_last_line_goes_on_with_it_in_another_column(tmp_path: Path) -> None:
    layout = analyze(read_pdf(pdfgen.centred_caption_table_page(tmp_path / "table.pdf")))
    label, first, last = pdfgen.CENTRED_CAPTION
    page = layout.pages[1]
    at = next(k for k, b in enumerate(page.blocks) if b.text == last)
    # the column the layout gave such a line on a page whose table's columns it found (the table's
    # middle one): neither the caption's column nor its left edge, only its centre, says it goes on
    page.blocks[at] = Block(page.blocks[at].lines, 2, 1)
    body, _ = extract_body(layout, segment(layout))
    assert [(t.label, t.caption) for t in body.tables] == [(label.rstrip("."), f"{first} {last}")]


def test_a_centred_captions_last_line_read_after_the_text_beside_it_goes_on_with_it(tmp_path: Path) -> None:
    layout = analyze(read_pdf(pdfgen.centred_caption_table_page(tmp_path / "table.pdf")))
    label, first, last = pdfgen.CENTRED_CAPTION
    page = layout.pages[1]
    at = next(k for k, b in enumerate(page.blocks) if b.text.startswith(label))
    head, tail, text = page.blocks[at : at + 3]
    assert tail.text == last
    # the order the layout reads a centred caption over a wrapped figure in: the text beside it (here
    # the paragraph under it) read between its lines
    page.blocks[at : at + 3] = [head, text, tail]
    body, _ = extract_body(layout, segment(layout))
    assert [(t.label, t.caption) for t in body.tables] == [(label.rstrip("."), f"{first} {last}")]
