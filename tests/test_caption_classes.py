"""Caption layouts of real publishers' papers that the body's caption reader must follow (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


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
