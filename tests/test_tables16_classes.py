"""Table layouts of the generated corpus's kit range (scripts/table_corpus.py, KIT_SEEDS): a table set
close under its caption beside a figure, rows naming their group of rows under a stacked head."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize("close_head", [False, True])
def test_a_narrow_table_set_close_under_its_caption_beside_a_figure_is_read(
    tmp_path: Path, close_head: bool
) -> None:
    """A table beside a figure (minipages), right under its caption's last line, closer than the
    caption's line spacing: the layout sets the table's stubs in one block with the caption's last line
    and its values apart as columns of the page. The stubs are the table's head and rows, not more
    caption (also when the first two heads make one line, one head beside it), and the table is read
    whole."""
    pdf = pdfgen.tables16_table_beside_figure_page(tmp_path / "beside.pdf", close_head=close_head)
    (table,) = extract(pdf).tables
    assert table.caption is not None and str(table.caption).endswith("five runs each.")
    assert table.content is not None and table.content.structure == "cells"
    if close_head:
        assert "Noise model" in [c.text for c in table.content.cells]
        return
    rows = [
        [c.text for c in sorted(table.content.cells, key=lambda c: c.col) if c.row == r]
        for r in range(table.content.n_rows)
    ]
    assert rows == [list(row) for row in pdfgen.TABLES16_BESIDE_ROWS]


def test_a_bold_group_row_under_a_stacked_head_is_no_heading(tmp_path: Path) -> None:
    """A bold row naming its group, short and alone on its row, right under a head stacked over two
    lines whose second line stands beside it only (not over it): the head's second line is a line of the
    table close over it, so the row is no heading that ends the unruled table's region; the table is read
    whole, the group rows spanning it."""
    (table,) = extract(pdfgen.tables16_stacked_head_group_rows_page(tmp_path / "stacked.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    texts = [c.text for c in table.content.cells]
    assert "Parsing" in texts and "Vision" in texts
    assert "Speech" in texts and table.content.n_rows == 7
