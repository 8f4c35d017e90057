"""Springer journal tables (svjour3, sn-jnl): a table turned sideways whose bold label no colon follows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pdfgen

from paperparse.document import Caption
from paperparse.pipeline import extract


def _read_as_drawn(table: Caption, rows: Sequence[Sequence[str]]) -> bool:
    """The table's cells were read, one per slot of the rows the page drew (head row first)."""
    content = table.content
    return (
        content is not None
        and content.structure == "cells"
        and {(c.row, c.col): c.text for c in content.cells}
        == {(i, k): cell for i, row in enumerate(rows) for k, cell in enumerate(row)}
    )


def test_a_sideways_table_whose_bold_label_has_no_colon_is_found_and_read(tmp_path: Path) -> None:
    (table,) = extract(pdfgen.tables12_sideways_bold_label_paper(tmp_path / "turned.pdf")).tables
    assert (table.label, table.caption) == ("Table 3", "Scores turned to fit the page.")
    assert _read_as_drawn(table, pdfgen.WIDE_TABLE)
    assert table.region is not None and table.region.page == 2


def test_a_sideways_table_whose_group_heads_stand_over_short_rules_is_read_as_one_grid(
    tmp_path: Path,
) -> None:
    """Its booktabs rules run past its text: the region takes them in, so the two \\cmidrule's under the
    group heads, a gap between them, are not read as two tabulars set side by side."""
    (table,) = extract(pdfgen.tables12_sideways_bold_label_paper(tmp_path / "ruled.pdf", ruled=True)).tables
    content = table.content
    assert content is not None and content.structure == "cells" and content.reason is None
    assert (content.n_rows, content.n_cols) == (len(pdfgen.WIDE_TABLE) + 1, 6)
    assert {(c.row, c.col): c.text for c in content.cells if c.row > 0} == {
        (i + 1, k): cell for i, row in enumerate(pdfgen.WIDE_TABLE) for k, cell in enumerate(row)
    }
    assert {c.text: (c.row, c.col, c.colspan) for c in content.cells if c.row == 0} == {
        "Cost": (0, 1, 2),
        "Score": (0, 3, 2),
    }


def test_the_heads_the_layout_set_in_a_wide_captions_block_stay_the_tables(tmp_path: Path) -> None:
    """A caption wider than its table, over it: the table's last heads, right under the caption's end,
    have its first heads beside them on their row to the left, which makes them a table's row."""
    (table,) = extract(pdfgen.tables12_wide_caption_page(tmp_path / "wide.pdf")).tables
    assert table.caption == "Retrieval adaptive model sequence dense speech dense kernel for table number 1."
    assert _read_as_drawn(table, (pdfgen.TABLES12_HEADS, *pdfgen.TABLES12_ROWS))


def test_a_table_centred_under_a_short_flush_left_caption_keeps_the_rows_past_its_stubs_gaps(
    tmp_path: Path,
) -> None:
    """The caption reaches only the stub column, whose stubs stand far apart (the wrapped cells beside
    them run over lines): the rules, wider than the caption, say where the table's other columns are."""
    (table,) = extract(pdfgen.tables12_flush_left_caption_page(tmp_path / "flush.pdf")).tables
    assert table.caption == "Robust ranking vision."
    assert _read_as_drawn(table, (("Data set", "Summary", "Vision"), *pdfgen.TABLES12_WRAPPED))
