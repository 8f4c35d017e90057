"""A caption's last line that reading order reaches after a line of its table's head row still ends the
caption (acmart's short last caption line: left out, it stopped the table's region there)."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.body import extract_body
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.segmentation import segment


def test_a_caption_line_read_after_a_head_cell_still_ends_the_caption(tmp_path: Path) -> None:
    layout = analyze(read_pdf(pdfgen.short_last_line_caption_page(tmp_path / "caption.pdf")))
    page = layout.pages[1]
    last = next(b for b in page.blocks if b.text.strip() == pdfgen.SHORT_LAST_LINE_CAPTION[-1])
    head = next(b for b in page.blocks if b.y0 > last.y1)  # the table's first block in reading order
    # the order acmart pages came in: a block of the table's head row first, then the caption's last line
    order = page.blocks
    order.remove(head)
    order.insert(order.index(last), head)
    body, _ = extract_body(layout, segment(layout))
    (table,) = body.tables
    assert table.caption == " ".join(pdfgen.SHORT_LAST_LINE_CAPTION).removeprefix("Table 3: ")
    assert table.location is not None and table.location.bbox[3] >= last.bbox[3]
