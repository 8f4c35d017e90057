"""Table structure classes the generated table corpus showed failing: a plain note under an unruled
table (no "Note"/"*" mark) is no row of the table."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize(
    "note",
    [
        # one line of running text, set wider than the table, crossing its columns
        ("Times are wall-clock seconds per sentence on one core of the machine we used.",),
        # a short line set from the left of the table, ending before its second column
        ("Times in seconds per run.",),
        # two lines: the second goes on as running text
        (
            "Times are wall-clock seconds per sentence on one core of the machine we used,",
            "averaged over five runs.",
        ),
    ],
)
def test_a_plain_note_under_an_unruled_table_is_no_row(tmp_path: Path, note: tuple[str, ...]) -> None:
    doc = extract(pdfgen.noted_table_page(tmp_path / "noted.pdf", False, note))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 3)
    assert [c.text for c in table.content.cells if c.row == 3] == ["Exact", "75.0", "42.7"]


def test_a_group_head_over_a_broken_grid_line_spans_its_columns(tmp_path: Path) -> None:
    """The grid's line between two columns is broken on the group head's row (\\multicolumn): the head
    spans both, though the space between its words meets the second column's edge."""
    doc = extract(pdfgen.grid_group_head_table_page(tmp_path / "grid.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (5, 5)
    heads = [(c.col, c.colspan, c.text) for c in table.content.cells if c.row == 0]
    assert heads == [(1, 2, "Encoder robust"), (3, 2, "Decoder")]
    assert [c.text for c in table.content.cells if c.row == 2] == [
        "Greedy",
        "71.25",
        "88.10",
        "70.02",
        "87.45",
    ]


def test_paragraph_column_lines_going_on_in_capitals_or_numbers_are_one_cell(tmp_path: Path) -> None:
    """A line of a paragraph column breaks where the column's width runs out: the next line goes on
    with that cell whatever it opens with, while a cell whose last line ended short starts a new row,
    and so does a list's item ("- 2 serving layers")."""
    doc = extract(pdfgen.paragraph_column_table_page(tmp_path / "paragraphs.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (7, 3)
    rows = [[c.text for c in table.content.cells if c.row == r] for r in range(7)]
    expected = [[cell.replace("|", " ") for cell in row] for row in pdfgen.PARAGRAPH_COLUMN_TABLE[:-1]]
    assert rows[:5] == expected
    assert rows[5:] == [
        ["Lambda Architectures Compared", "2018", "- streaming and batch"],
        ["- 2 serving layers"],
    ]


def test_a_row_centred_on_the_table_across_its_columns_spans_them_all(tmp_path: Path) -> None:
    """A row naming the group of rows under it (\\multicolumn{4}{c}{…}) spans the whole table, though
    its text crosses only the inner columns."""
    doc = extract(pdfgen.section_rows_table_page(tmp_path / "sections.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (11, 4)
    sections = [(c.row, c.col, c.colspan) for c in table.content.cells if c.text.startswith("Effect")]
    assert sections == [(1, 0, 4), (6, 0, 4)]
    assert [c.text for c in table.content.cells if c.row == 7] == list(pdfgen.SECTION_ROWS_TABLE[7])


def test_a_head_broken_over_lines_is_one_head_cell(tmp_path: Path) -> None:
    """Heads broken over two lines where their column is narrow (the second line opening in lower
    case, or after a hyphen), the other heads on one line, make one head row: the second line is no row
    of its own, and a compound broken at its hyphen keeps it."""
    doc = extract(pdfgen.wrapped_head_table_page(tmp_path / "heads.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 5)
    ((head,), body) = pdfgen.WRAPPED_HEAD_TABLE
    heads = [c.text for c in table.content.cells if c.header]
    assert heads == ["Stream", "Private section repetition rate", "Crypto-Nets", "RMT", "CBW80+80 and CBW160"]
    assert [[c.text for c in table.content.cells if c.row == r] for r in (1, 2, 3)] == [list(r) for r in body]


def test_a_stub_centred_on_a_wrapped_value_is_one_row(tmp_path: Path) -> None:
    """A stub set midway between the two lines of a value cell broken after a comma belongs to one row
    with both lines, not to the second line spanning two rows."""
    doc = extract(pdfgen.wrap_centred_stub_table_page(tmp_path / "stub.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (5, 3)
    rows = [[c.text for c in table.content.cells if c.row == r] for r in range(5)]
    assert rows[1] == ["Modulation pool", "M", "{BPSK, QPSK, 4-QAM, 16-QAM}"]
    assert rows[3] == ["Noise level", "SNR", "-10 dB, -9 dB, ..., 10 dB"]
    assert all(c.rowspan == 1 for c in table.content.cells)


@pytest.mark.parametrize(
    ("grouped", "midway", "ruled"), [(False, False, True), (True, True, True), (False, True, False)]
)
def test_heads_stacked_over_their_units_make_one_head_row(
    tmp_path: Path, grouped: bool, midway: bool, ruled: bool
) -> None:
    """Heads stacked over two lines ("Dev" over "(%)") with the one-line heads level with the second
    lines, or midway between them (under group heads, or in a table without rules), make one row of
    heads: a stacked head's first line is no group head spanning the columns beside it, and the group
    heads stay a row of their own."""
    doc = extract(pdfgen.stacked_heads_table_page(tmp_path / "stacked.pdf", grouped, midway, ruled))
    (table,) = doc.tables
    content = table.content
    assert content is not None and (content.n_rows, content.n_cols) == (5 if grouped else 4, 5)
    rows = [[(c.col, c.colspan, c.text) for c in content.cells if c.row == r] for r in range(content.n_rows)]
    heads = [(0, 1, "Model"), (1, 1, "Dev (%)"), (2, 1, "Test"), (3, 1, "Time (ms)"), (4, 1, "Mem")]
    if grouped:
        assert rows[0] == [(1, 2, "Accuracy"), (3, 2, "Cost")]
    assert rows[int(grouped)] == heads
    assert [[text for _, _, text in row] for row in rows[-3:]] == [list(r) for r in pdfgen.STACKED_HEADS_BODY]


def test_a_table_ruled_between_its_rows_keeps_its_last_row_and_joins_each_rows_lines(tmp_path: Path) -> None:
    """A table ruled between its rows but not under its last one (\\hline after each row but the
    last): the last rule is no bottom rule, so the row under it is the table's, and the lines between
    two rules, every cell wrapped at its paragraph column's width, are one row."""
    doc = extract(pdfgen.ruled_rows_table_page(tmp_path / "ruled.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 2)
    rows = [[c.text for c in table.content.cells if c.row == r] for r in range(4)]
    assert rows == [[cell.replace("|", " ") for cell in row] for row in pdfgen.RULED_ROWS_TABLE]


def test_a_display_fractions_parts_are_on_its_row(tmp_path: Path) -> None:
    """A display fraction in a cell, set in the text's own size, puts its numerator and denominator on
    lines of their own over and under its bar: they are the row the bar stands in, the numerator read
    before the denominator."""
    doc = extract(pdfgen.fraction_table_page(tmp_path / "fractions.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 2)
    rows = [[c.text for c in table.content.cells if c.row == r] for r in range(4)]
    assert rows == [
        ["Metric", "Equation"],
        ["Utilization", "U = TH Capacity"],
        ["Cycle time", "CT = QT + RPT"],
        ["Flow factor", "FF = CT RPT"],
    ]


def test_values_stacked_over_their_spread_with_the_rows_cells_centred_on_them_are_one_row(
    tmp_path: Path,
) -> None:
    """Values set over their spread on two lines ("0.22" over "(0.16)"), the row's other cells midway
    between the two lines: each row is one, the value and its spread one cell."""
    (table,) = extract(pdfgen.tables6_stacked_values_page(tmp_path / "stacked.pdf")).tables
    content = table.content
    assert content is not None and (content.n_rows, content.n_cols) == (5, 5)
    rows = [[c.text for c in content.cells if c.row == r] for r in range(1, 5)]
    assert rows == [
        [stub, kind, " ".join(first), " ".join(second), time]
        for stub, kind, first, second, time in pdfgen.TABLES6_STACKED_VALUES
    ]


def test_a_row_of_spreads_under_a_row_of_values_stays_a_row_of_its_own(tmp_path: Path) -> None:
    """Spreads on a line of their own under values whose row's other cells stand level with the values
    are a row of their own: only cells centred on the two lines make them one."""
    (table,) = extract(pdfgen.tables6_stacked_values_page(tmp_path / "rows.pdf", offset=0.0)).tables
    content = table.content
    assert content is not None and content.n_rows == 9
    cells = {c.text: c for c in content.cells}
    assert {"0.22", "(0.16)", "0.85", "(0.10)"} <= set(cells)
    assert cells["(0.16)"].row == cells["0.22"].row + 1


def test_a_narrow_paragraph_column_in_the_body_type_is_the_tables_not_running_text(tmp_path: Path) -> None:
    """A last column of remarks wrapped over lines in the body's own type, a dozen words and more, is
    too narrow to be running text: the table's region, grown up from its caption, takes every row."""
    (table,) = extract(pdfgen.tables6_remarks_column_page(tmp_path / "remarks.pdf")).tables
    content = table.content
    assert content is not None and (content.n_rows, content.n_cols) == (5, 4)
    rows = [[c.text for c in content.cells if c.row == r] for r in range(1, 5)]
    assert rows == [[*row[:3], row[3].replace("|", " ")] for row in pdfgen.TABLES6_REMARKS]


def test_a_rule_across_the_page_over_a_column_table_leaves_the_other_columns_text_out(tmp_path: Path) -> None:
    """A table in one column, right under a rule set across both columns (the page's, under an
    abstract), is as wide as its own cells: the running text of the other column beside it is no cell."""
    (table,) = extract(pdfgen.tables7_column_table_under_page_rule_page(tmp_path / "rule.pdf")).tables
    content = table.content
    assert content is not None and (content.n_rows, content.n_cols) == (len(pdfgen.TABLES7_ROWS), 3)
    printed = {text for row in pdfgen.TABLES7_ROWS for text in row}
    assert {c.text for c in content.cells} == printed


def test_a_group_rows_name_whose_space_meets_the_stub_columns_edge_is_one_cell(tmp_path: Path) -> None:
    """A row of nothing but a group's name, set from the left across the stub column's white channel,
    whose space falls where that channel begins (its first words a stub's), is one cell, not cut there."""
    (table,) = extract(pdfgen.tables7_column_table_under_page_rule_page(tmp_path / "rule.pdf")).tables
    content = table.content
    assert content is not None
    (name,) = [c for c in content.cells if c.row == 3]
    assert (name.text, name.col) == ("Neural net architectures", 0)
    assert [c.text for c in content.cells if c.row == 2] == list(pdfgen.TABLES7_ROWS[2])
