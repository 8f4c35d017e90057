"""Table layouts of the generated corpus's kit range (scripts/table_corpus.py, KIT_SEEDS): rows naming
their group of rows set in bold."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize("bold_head", [False, True])
def test_a_bold_group_row_spans_the_table(tmp_path: Path, bold_head: bool) -> None:
    """A row naming the rows under it set in bold over upright stubs (\\multicolumn{4}{l}{\\textbf{...}}),
    in a table without rules between its columns, spans every column though its name fits the stubs'
    column, right under a bold head row too; bold values in the rows (the best) change nothing."""
    pdf = pdfgen.tables16_bold_group_rows_page(tmp_path / "bold.pdf", bold_head=bold_head)
    (table,) = extract(pdf).tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (7, 4)
    groups = [(c.row, c.text, c.colspan) for c in table.content.cells if c.row in (1, 4)]
    assert groups == [(1, "Speech", 4), (4, "Vision", 4)]
    assert [c.text for c in table.content.cells if c.row == 5] == list(pdfgen.TABLES8_GRID_ROWS[4])
