"""Table structure classes of the generated table corpus: a \\multirow stub that lands on the second
line of a wrapped paragraph cell."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_a_multirow_stub_level_with_a_wrapped_line_joins_the_row_above(tmp_path: Path) -> None:
    """A group's stub centred on its rows may sit level with the rest of a note wrapped over two lines,
    the line above it having no stub: the line is that row's, not a row of its own, and the stub spans
    the group's three rows (set a line under the first row's top line)."""
    doc = extract(pdfgen.tables5_multirow_on_wrap_page(tmp_path / "wrap.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (6, 4)
    first = sorted((c.col, c.text) for c in table.content.cells if c.row == 1)
    assert first == [(0, "Token-2"), (1, "Gre7"), (2, "method it we gains across the that"), (3, "0.10")]
    (stub,) = [c for c in table.content.cells if c.row == 1 and c.col == 0]
    assert stub.rowspan == 3
    assert [c.text for c in table.content.cells if c.row == 4] == [
        "Sequence",
        "Att4",
        "the practice when",
        "0.53",
    ]


def test_a_stub_between_two_wide_rows_leaves_the_lower_row_whole(tmp_path: Path) -> None:
    """A \\multirow stub set half a row between two rows opens a line that takes the lower row's values;
    the rest of that row, level with them, joins them instead of making a line of its own."""
    doc = extract(pdfgen.tables5_stub_between_rows_page(tmp_path / "between.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 5)
    (stub,) = [c for c in table.content.cells if c.text == "Graph-3"]
    assert (stub.row, stub.rowspan) == (1, 2)
    assert [c.text for c in table.content.cells if c.row == 2] == ["Lin3", "71.4%", "73.8%", "11.6%"]


def test_a_unit_after_a_head_across_a_tight_boundary_is_no_spread(tmp_path: Path) -> None:
    """Number columns a space apart part though a head ("Ada5") stands a space before the next
    column's unit ("(%)" under "Bat1"): a bracket of no digits is a unit, not a spread typed in the
    value's cell ("0.29 (0.02)")."""
    doc = extract(pdfgen.tables5_unit_beside_head_page(tmp_path / "unit.pdf"))
    (table,) = doc.tables
    assert table.content is not None and table.content.n_cols == 5
    assert [c.text for c in table.content.cells if c.row == 1] == list(pdfgen.TABLES5_UNIT_ROWS[0])
