"""Tables whose columns stand close: two stub columns under a head and rows set across both."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_two_stub_columns_under_rows_across_both_are_parted(tmp_path: Path) -> None:
    """Group stubs beside their sub-stubs a little over a space away, under one head centred across
    both and over rows set across both (\\multicolumn{2}{c}{...}): those rows cross the channel between
    the stub columns in more rows than a spanning cell's share, yet each is centred on both; the other
    rows leave it open, so the stubs are two columns and the centred rows span them."""
    (table,) = extract(pdfgen.tables9_close_stubs_page(tmp_path / "close.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    assert (table.content.n_rows, table.content.n_cols) == (10, 5)
    cells = sorted((c.row, c.col, c.colspan, c.text) for c in table.content.cells)
    across = [(row, colspan, text) for row, col, colspan, text in cells if row < 4 and col == 0]
    assert across == [
        (0, 2, "Requirements"),
        *((r + 1, 2, row[0]) for r, row in enumerate(pdfgen.TABLES9_CLOSE_STUB_ROWS[:3])),
    ]
    rows = [[text for row, _, _, text in cells if row == r] for r in range(4, 10)]
    assert rows == [list(row) for row in pdfgen.TABLES9_CLOSE_STUB_ROWS[3:]]


def test_a_column_of_one_multirow_value_is_a_column(tmp_path: Path) -> None:
    """A column whose only text is its head and one value set level with the middle of the rows it spans
    (\\multirow{8}{*}{0.528}) crosses the white between its neighbours in two rows only, few enough for
    a spanning cell's share: the head and the value, centred on one another in that white, are a column
    of their own, not text spilled over the channel."""
    (table,) = extract(pdfgen.tables9_multirow_value_page(tmp_path / "sparse.pdf")).tables
    assert table.content is not None and table.content.structure == "cells"
    assert table.content.n_cols == 4
    heads = [c.text for c in sorted(table.content.cells, key=lambda c: c.col) if c.row == 0]
    assert heads == ["Method", "Base", "Unfiltered", "Oracle"]
    columns = {c.text: c.col for c in table.content.cells}
    assert columns[pdfgen.TABLES9_SPARSE_VALUE] == 2
    assert {columns[row[2]] for row in pdfgen.TABLES9_SPARSE_ROWS} == {3}


def test_a_multirow_value_between_rows_spans_them(tmp_path: Path) -> None:
    """A line between two body rows holding only a value of a column no other body row fills (the
    \\multirow{8}{*}{0.528} of `tables9_multirow_value_page`, level with the middle of its rows) is no
    row of its own: the value spans as many rows above it as below."""
    (table,) = extract(pdfgen.tables9_multirow_value_page(tmp_path / "sparse.pdf")).tables
    assert table.content is not None and table.content.n_rows == 1 + len(pdfgen.TABLES9_SPARSE_ROWS)
    (value,) = [c for c in table.content.cells if c.text == pdfgen.TABLES9_SPARSE_VALUE]
    assert (value.row, value.rowspan) == (1, len(pdfgen.TABLES9_SPARSE_ROWS))
    assert [c.text for c in table.content.cells if c.row == 1 and c.col != 2] == list(
        pdfgen.TABLES9_SPARSE_ROWS[0]
    )


def test_close_stub_columns_under_a_head_starting_between_them_are_parted(tmp_path: Path) -> None:
    """The stub columns of `test_two_stub_columns_under_rows_across_both_are_parted`, their widest group
    stub within a space of its sub-stub (a row that crosses the white between the columns as one
    phrase) and their head short: centred across both columns, the head starts in the white the other
    rows leave between them, covering part of it only; the stubs are still two columns."""
    (table,) = extract(pdfgen.tables9_narrow_head_stubs_page(tmp_path / "narrow.pdf")).tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (10, 5)
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    rows = [[text for row, _, text in cells if row == r] for r in range(4, 10)]
    assert rows == [list(row) for row in pdfgen.TABLES9_WIDE_STUB_ROWS[3:]]


def test_a_multirow_value_level_with_the_middle_row_spans_the_rows(tmp_path: Path) -> None:
    """Over an odd number of rows the \\multirow value stands level with the middle row, on its line:
    the only body text of its column there, it spans as many rows above that row as below."""
    rows = pdfgen.TABLES9_SPARSE_ROWS[:7]
    (table,) = extract(pdfgen.tables9_multirow_value_page(tmp_path / "odd.pdf", rows)).tables
    assert table.content is not None and table.content.n_rows == 1 + len(rows)
    (value,) = [c for c in table.content.cells if c.text == pdfgen.TABLES9_SPARSE_VALUE]
    assert (value.row, value.col, value.rowspan) == (1, 2, len(rows))
    assert [c.text for c in table.content.cells if c.row == 4] == list(rows[3])


def test_close_stub_columns_under_a_head_beside_their_white_are_parted(tmp_path: Path) -> None:
    """The stub columns of `test_two_stub_columns_under_rows_across_both_are_parted`, their sub-stubs
    far wider than the group stubs and their head short: centred across both columns, the head lies
    clear of the white between them, which the rows set across both cross; the stubs are two columns."""
    (table,) = extract(pdfgen.tables9_short_head_stubs_page(tmp_path / "short.pdf")).tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (10, 5)
    cells = sorted((c.row, c.col, c.text) for c in table.content.cells)
    rows = [[text for row, _, text in cells if row == r] for r in range(4, 10)]
    assert rows == [list(row) for row in pdfgen.TABLES9_LONG_SUB_ROWS[3:]]
