"""Table structure classes of the latex-pairs DEV papers: a value's bracketed note set a thin space
after it is a column of its own; a head row ruled under but not over is the table's head."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize(("gap", "columns"), [(1 / 6, 4), (1 / 3, 3)])
def test_a_note_a_thin_space_after_its_value_is_a_column(tmp_path: Path, gap: float, columns: int) -> None:
    """A thin space between a value and its note is the separator of two columns (S@{\\,}l); a space
    as wide as a word space is typed inside the value's cell."""
    doc = extract(pdfgen.tables4_note_column_page(tmp_path / "notes.pdf", gap))
    (table,) = doc.tables
    assert table.content is not None and table.content.n_cols == columns
    stub, first, second, note = pdfgen.TABLES4_NOTED_VALUES[0]
    row = [c.text for c in table.content.cells if c.row == 1]
    assert row == ([stub, first, second, note] if columns == 4 else [stub, first, f"{second} {note}"])


@pytest.mark.parametrize("top_rule", [True, False])
def test_a_head_ruled_under_but_not_over_is_kept(tmp_path: Path, top_rule: bool) -> None:
    doc = extract(pdfgen.tables4_head_over_midrule_page(tmp_path / "head.pdf", top_rule))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 3)
    assert [c.text for c in table.content.cells if c.row == 0] == ["sample", "time bin", "million tokens"]


def test_a_head_row_in_the_page_top_band_between_the_tables_rules_is_read(tmp_path: Path) -> None:
    """Head cells in the page's top band that read like page numbers ("2010") are taken for running
    heads by the layout; boxed between the table's top rule and the rule under them they are its head."""
    doc = extract(pdfgen.tables4_table_atop_page(tmp_path / "atop.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 3)
    assert [c.text for c in table.content.cells if c.row == 0] == ["2010", "2021"]


def test_tight_columns_part_under_heads_with_units(tmp_path: Path) -> None:
    """Number columns a space apart part though their heads' units ("(ms)" beside "(%)") stand on a
    line of their own, next to each other and far from the other columns."""
    doc = extract(pdfgen.tables4_tight_units_page(tmp_path / "tight.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (5, 6)
    heads = [c.text for c in table.content.cells if c.row == 0]
    assert heads == ["Model", "Enc", "Ada", "Den", "Bat (ms)", "Dec (%)"]
    assert [c.text for c in table.content.cells if c.row == 1] == list(pdfgen.TABLES4_TIGHT_ROWS[0])


def test_a_spanning_cell_does_not_merge_the_columns_of_a_four_row_table(tmp_path: Path) -> None:
    """Of four rows one may cross a column boundary (a \\multicolumn value) and the boundary still
    parts the columns."""
    doc = extract(pdfgen.tables4_four_rows_spanning_page(tmp_path / "four.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 3)
    assert [(c.text, c.colspan) for c in table.content.cells if c.row == 1] == [
        ("Default w/o clip.", 1),
        ("did not converge", 2),
    ]
    assert [c.text for c in table.content.cells if c.row == 2] == ["Default w/ clip.", "2.86", "30.75"]


def test_a_table_alone_on_its_page_across_it_keeps_the_columns_outside_its_caption(tmp_path: Path) -> None:
    """A page of nothing but an unruled table*: its white channels are the page's only gutters, and its
    centred caption, narrower than the table, crosses them; the table reaches the page's whole text."""
    doc = extract(pdfgen.reach_page_of_one_table(tmp_path / "alone.pdf"))
    (table,) = doc.tables
    assert table.content is not None
    assert (table.content.n_rows, table.content.n_cols) == (4, 7)
    assert [c.text for c in table.content.cells if c.row == 1] == list(pdfgen.REACH_ROWS[1])
