"""Table grids read from generated PDFs: rows, columns, spans, header rows, notes, rules; bad input."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.body.tables import read_table, read_tables
from paperparse.document import Caption, Location, TableCell
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


@pytest.fixture(scope="module")
def grid_doc(tmp_path_factory: pytest.TempPathFactory):
    return extract(pdfgen.grid_tables_page(tmp_path_factory.mktemp("tables") / "grid.pdf"))


def _by_text(cells: list[TableCell]) -> dict[str, TableCell]:
    return {c.text: c for c in cells}


def test_ruled_table_has_its_rows_columns_and_a_head_spanning_the_rule_segment_under_it(grid_doc) -> None:
    content = grid_doc.tables[0].content
    assert content is not None and content.structure == "cells"
    assert (content.n_rows, content.n_cols) == (6, 4)
    cells = _by_text(content.cells)
    scores = cells["Scores"]
    assert (scores.row, scores.col, scores.colspan) == (0, 1, 2)  # over "P" and "R", as its rule segment
    assert [(cells[t].row, cells[t].col) for t in ("P", "R", "Time")] == [(1, 1), (1, 2), (1, 3)]
    assert [(cells[t].row, cells[t].col) for t in ("Tuned once more", "85.3", "19 s")] == [
        (4, 0),
        (4, 1),
        (4, 3),
    ]


def test_small_type_touching_a_row_is_part_of_its_cells(grid_doc) -> None:
    cells = grid_doc.tables[0].content.cells
    total = next(c for c in cells if c.text == "Total")
    (sum_cell,) = [c for c in cells if "sum" in c.text]
    assert (sum_cell.row, sum_cell.col) == (total.row, 1) == (5, 1)
    assert "i=1" in sum_cell.text and "n" in sum_cell.text.split()


def test_header_rows_are_those_above_the_rule_under_the_column_heads(grid_doc) -> None:
    cells = grid_doc.tables[0].content.cells
    assert {c.text for c in cells if c.header} == {"Scores", "System", "P", "R", "Time"}


def test_the_note_under_the_bottom_rule_is_no_cell(grid_doc) -> None:
    content = grid_doc.tables[0].content
    assert not any("Note" in c.text or "wall-clock" in c.text for c in content.cells)


def test_unruled_table_columns_from_white_space_and_a_centred_stub_spans_its_rows(grid_doc) -> None:
    content = grid_doc.tables[1].content
    assert content is not None and content.structure == "cells"
    assert (content.n_rows, content.n_cols) == (5, 4)
    cells = _by_text(content.cells)
    assert (cells["Social"].row, cells["Social"].col, cells["Social"].rowspan) == (2, 0, 2)
    assert (cells["Web 1"].row, cells["Web 2"].row) == (2, 3)
    # the long stub ends closer to its number than a word gap, in the channel the other rows leave open
    forums, count = cells["Forums and mailing lists"], cells["410"]
    assert (forums.row, forums.col, forums.rowspan, count.row, count.col) == (4, 0, 1, 4, 1)
    assert [c.text for c in content.cells if c.header] == ["Corpus", "Train", "Dev", "Test"]


def test_cells_carry_their_page_and_box(grid_doc) -> None:
    cell = _by_text(grid_doc.tables[0].content.cells)["84.9"]
    assert cell.location is not None and cell.location.page == 1
    x0, y0, x1, y1 = cell.location.bbox
    assert x0 < x1 and y0 < y1


def test_page_rules_are_the_thin_drawings_one_each(tmp_path: Path) -> None:
    page = read_pdf(pdfgen.grid_tables_page(tmp_path / "grid.pdf")).pages[0]
    horizontal = sorted((r for r in page.rules if r[2] - r[0] > r[3] - r[1]), key=lambda r: r[1])
    widths = [r[2] - r[0] for r in horizontal]
    assert len(horizontal) == 4  # top rule, the segment under "Scores", mid rule, bottom rule
    assert widths[1] < widths[0] / 2
    assert max(widths[0], widths[2], widths[3]) - min(widths[0], widths[2], widths[3]) < 2  # stroke widths


def test_a_forty_column_table_is_read(tmp_path: Path) -> None:
    doc = extract(pdfgen.grid_tables_page(tmp_path / "wide.pdf", columns=40))
    content = doc.tables[2].content
    assert content is not None and content.structure == "cells"
    assert content.n_cols == 40 and content.n_rows == 3


def test_a_table_set_as_a_picture_keeps_its_caption_and_says_why_it_has_no_cells(tmp_path: Path) -> None:
    doc = extract(pdfgen.image_table_page(tmp_path / "image.pdf"))
    (table,) = doc.tables
    assert table.caption.startswith("Results shown")
    assert table.content is None or (table.content.structure == "lines" and table.content.reason)


def test_a_region_without_a_grid_keeps_its_lines_and_the_reason(tmp_path: Path) -> None:
    layout = analyze(read_pdf(pdfgen.grid_tables_page(tmp_path / "grid.pdf")))
    page = layout.pages[0].page
    note = next(ln for ln in page.lines if ln.text.startswith("Note:"))
    table = Caption("tab1", "Table 1", "", region=Location(1, note.bbox))
    content = read_table(table, layout)
    assert content is not None and content.structure == "lines"
    assert content.lines == [note.text] and content.reason == "a single line"
    empty = Caption("tab2", "Table 2", "", region=Location(1, (0.0, 0.0, 5.0, 5.0)))
    content = read_table(empty, layout)
    assert content is not None and content.structure == "lines" and not content.lines and content.reason
    assert read_table(Caption("tab3", "Table 3", ""), layout) is None


def test_cells_wrapped_over_lines_are_one_cell_each(tmp_path: Path) -> None:
    content = extract(pdfgen.wrapped_cells_page(tmp_path / "wrapped.pdf")).tables[0].content
    assert content is not None and content.structure == "cells"
    assert (content.n_rows, content.n_cols) == (6, 3)
    texts = {(c.row, c.col): c.text for c in content.cells}
    assert texts[(1, 2)] == "Cyclic and seasonal patterns of commits and messages"
    assert texts[(2, 2)] == "The longer a community exists the more stable it is"
    assert texts[(3, 1)] == "Size of the core team"
    # a stub line going on in lower case or "(" continues its row; one opening in capitals is a row
    assert texts[(4, 0)] == "V4 Release (minor and major)" and texts[(4, 1)] == "Shipped quickly enough"
    assert texts[(5, 0)] == "Forks" and texts[(5, 1)] == "Rare" and (5, 2) not in texts


def test_a_region_that_stops_short_inside_a_ruled_grid_grows_to_the_whole_grid(tmp_path: Path) -> None:
    doc = extract(pdfgen.full_grid_table_page(tmp_path / "grid.pdf"))
    (found,) = doc.tables
    assert found.content is not None and (found.content.n_rows, found.content.n_cols) == (5, 3)
    layout = analyze(read_pdf(tmp_path / "grid.pdf"))
    x0, y0, x1, y1 = found.region.bbox
    short = Caption("tab1", "Table 2", "", found.location, Location(2, (x0, y0, x1, y0 + (y1 - y0) / 3)))
    read_tables([short], layout, None)
    assert short.region.bbox[3] >= y1 - 1
    cells = {c.text: c for c in short.content.cells}
    assert (cells["VGG16"].row, cells["VGG16"].rowspan, cells["12.31"].row) == (3, 2, 4)


def test_a_table_without_a_region_takes_the_grid_of_rules_at_its_caption(tmp_path: Path) -> None:
    doc = extract(pdfgen.full_grid_table_page(tmp_path / "grid.pdf"))
    (found,) = doc.tables
    layout = analyze(read_pdf(tmp_path / "grid.pdf"))
    lost = Caption("tab1", "Table 2", "", found.location, None)
    read_tables([lost], layout, None)
    assert lost.region is not None and lost.region.page == 2
    assert lost.content is not None and (lost.content.n_rows, lost.content.n_cols) == (5, 3)
    # a rule alone (a booktabs rule, a line under a caption) is no grid
    x0, _, x1, y1 = found.location.bbox
    page = layout.pages[1].page
    page.rules = [(x0, y1 + 4, x1, y1 + 4.4)]
    lonely = Caption("tab1", "Table 2", "", found.location, None)
    read_tables([lonely], layout, None)
    assert lonely.region is None and lonely.content is None


def test_heads_stacked_over_lines_with_others_centred_on_them_are_one_row(tmp_path: Path) -> None:
    content = extract(pdfgen.stacked_head_table_page(tmp_path / "stacked.pdf")).tables[0].content
    assert content is not None and (content.n_rows, content.n_cols) == (4, 3)
    heads = [(c.col, c.text) for c in content.cells if c.row == 0]
    assert heads == [(0, "Field"), (1, "Bit rate (number of bits)"), (2, "Mnemonic")]
    assert all(c.header == (c.row == 0) for c in content.cells)


def test_a_page_of_nothing_but_tables_gives_each_its_grid(tmp_path: Path) -> None:
    doc = extract(pdfgen.tables_only_page(tmp_path / "tables.pdf"))
    assert [t.label for t in doc.tables] == ["Table 1", "Table 2", "Table 3", "Table 4"]
    for number, table in enumerate(doc.tables, 1):
        assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 4)
        assert {c.text for c in table.content.cells} >= {"Setting", "High", "S1", str(7 + number + 1)}


@pytest.mark.parametrize(("below", "note"), [(True, False), (False, False), (False, True), (True, True)])
def test_a_ruled_table_wider_than_its_caption_with_rows_set_far_apart_is_read_to_its_bottom_rule(
    tmp_path: Path, below: bool, note: bool
) -> None:
    """Over its caption, the table is read whole, past a note set between it and the caption too."""
    (table,) = extract(pdfgen.spread_table_page(tmp_path / "spread.pdf", below, note)).tables
    content = table.content
    assert content is not None and (content.n_rows, content.n_cols) == (len(pdfgen.SPREAD_TABLE), 4)
    texts = {(c.row, c.col): c.text for c in content.cells}
    assert texts == {(i, k): cell for i, row in enumerate(pdfgen.SPREAD_TABLE) for k, cell in enumerate(row)}


def test_running_text_opening_like_a_note_parts_two_tables_of_one_width(tmp_path: Path) -> None:
    first, second = extract(pdfgen.two_ruled_tables_page(tmp_path / "two.pdf")).tables
    stubs = [[c.text for c in t.content.cells if c.col == 0] for t in (first, second)]
    assert stubs == [[row[0] for row in pdfgen.SPREAD_TABLE[:3]], [row[0] for row in pdfgen.SPREAD_TABLE[2:]]]


def test_rules_every_few_points_down_the_page_do_not_carry_a_table_over_running_text(tmp_path: Path) -> None:
    """Hairlines as wide as the table's rules, 3 points apart over the whole page (a ruled form): the
    table still ends at the running text under it."""
    hairlines = 200
    path = pdfgen.spread_table_page(tmp_path / "spread.pdf")
    (table,) = extract(path).tables
    layout = analyze(read_pdf(path))
    page = layout.pages[1]
    x0, _, x1, _ = table.region.bbox
    page.page.rules += [
        (x0, 100 + 600 * k / hairlines, x1, 100.2 + 600 * k / hairlines) for k in range(hairlines)
    ]
    prose = min(b.bbox[1] for b in page.blocks if b.bbox[1] > table.region.bbox[3] and len(b.text) > 200)
    read_tables([table], layout, None)
    assert table.region.bbox[3] <= prose


def test_a_stub_centred_on_an_even_run_of_rows_but_read_on_one_of_them_spans_the_run(tmp_path: Path) -> None:
    content = extract(pdfgen.even_stub_table_page(tmp_path / "even.pdf")).tables[0].content
    assert content is not None and (content.n_rows, content.n_cols) == (9, 3)
    stubs = [(c.text, c.row, c.rowspan) for c in content.cells if c.col == 0 and c.row > 0]
    assert stubs == [("ResNet", 1, 4), ("VGG", 5, 4)]


def test_a_word_hyphenated_over_two_lines_is_one_cell_in_a_head_and_beside_numbers(tmp_path: Path) -> None:
    page = pdfgen.wrapped_cells_page(tmp_path / "hyphenated.pdf", pdfgen.HYPHENATED_TABLE)
    content = extract(page).tables[0].content
    assert content is not None and content.structure == "cells"
    assert (content.n_rows, content.n_cols) == (4, 3)
    texts = {(c.row, c.col): c.text for c in content.cells}
    assert texts[(0, 1)] == "Indicator" and all(c.header == (c.row == 0) for c in content.cells)
    assert texts[(2, 1)] == "Avg. duration before a fix"
    assert texts[(2, 2)] == "Literature: [15], Interviewees: 2 & 4"
    assert texts[(3, 0)] == "V3"


def test_a_stub_alone_between_the_two_lines_of_its_rows_wrapped_cells_is_on_that_row(tmp_path: Path) -> None:
    content = extract(pdfgen.centred_stub_table_page(tmp_path / "centred.pdf")).tables[0].content
    assert content is not None and content.structure == "cells"
    assert (content.n_rows, content.n_cols) == (6, 3)
    texts = {(c.row, c.col): c.text for c in content.cells}
    assert (texts[(3, 0)], texts[(3, 1)]) == ("Spatial", "Unit/block")
    assert texts[(3, 2)] == "3D geometry; view volumes"
    assert texts[(4, 0)] == "PV 7"


def test_a_cell_left_unfinished_goes_on_to_the_next_line_numbers_and_all(tmp_path: Path) -> None:
    doc = extract(pdfgen.row_ruled_tables_page(tmp_path / "ruled.pdf"))
    wrapped, grouped = (t.content for t in doc.tables)
    assert wrapped is not None and (wrapped.n_rows, wrapped.n_cols) == (6, 3)
    cells = _by_text(wrapped.cells)
    assert (cells["{BPSK, QPSK, 4-QAM, 16-QAM}"].row, cells["M"].row) == (1, 1)
    assert (cells["-10 dB, -9 dB, ..., 10 dB"].row, cells["SNR"].row, cells["Length"].row) == (2, 2, 4)
    assert cells["Literature: [15] and [23]"].row == cells["Sources"].row == 5
    # a row of numbers under a finished number is a row of its own, even with its first cell empty
    rows = {c.text: c.row for c in grouped.cells}
    assert (rows["80.09"], rows["77.86"], rows["84.69"]) == (1, 2, 3)


def test_a_head_centred_over_a_group_of_columns_spans_them_without_a_rule_segment(tmp_path: Path) -> None:
    doc = extract(pdfgen.group_heads_table_page(tmp_path / "groups.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (5, 7)
    heads = {(c.text, c.row): c for c in table.content.cells if c.header}
    assert [(heads[h, 0].col, heads[h, 0].colspan) for h in ("b=4", "b=8")] == [(1, 3), (4, 3)]
    assert (heads["Stage", 0].col, heads["Stage", 0].colspan) == (0, 1)
    assert [c.col for c in table.content.cells if c.row == 1] == [1, 2, 3, 4, 5, 6]


def test_group_heads_over_column_heads_span_their_groups_in_a_table_without_rules(tmp_path: Path) -> None:
    doc = extract(pdfgen.unruled_group_heads_table_page(tmp_path / "unruled.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (5, 7)
    heads = {c.text: c for c in table.content.cells if c.row == 0}
    assert [(heads[h].col, heads[h].colspan) for h in ("b=4", "b=8")] == [(1, 3), (4, 3)]
    assert [c.text for c in table.content.cells if c.header and c.row == 1][:2] == ["Run", "M1"]


@pytest.mark.parametrize(
    ("ruled", "note"),
    [
        # under the bottom rule, set wider than the table: the rules still bound it
        (
            True,
            (
                "Times are wall-clock seconds per sentence on one core of the machine we used,",
                "averaged over five runs.",
            ),
        ),
        # no rules: a note's mark opens it, its second line goes on as running text
        (
            False,
            (
                "* Times are wall-clock seconds per sentence on one core of the machine we used,",
                "averaged over five runs.",
            ),
        ),
    ],
)
def test_a_note_of_two_lines_under_a_table_is_no_row(
    tmp_path: Path, ruled: bool, note: tuple[str, str]
) -> None:
    doc = extract(pdfgen.noted_table_page(tmp_path / "noted.pdf", ruled, note))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 3)
    assert [c.text for c in table.content.cells if c.row == 3] == ["Exact", "75.0", "42.7"]


def test_a_line_of_units_under_the_heads_is_part_of_the_head_row(tmp_path: Path) -> None:
    doc = extract(pdfgen.units_head_table_page(tmp_path / "units.pdf"))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 4)
    assert [c.text for c in table.content.cells if c.header] == [
        "Time (s.ms)",
        "Accel. (m/s2)",
        "Time (s.ms)",
        "Accel. (m/s2)",
    ]
    assert [c.text for c in table.content.cells if c.row == 1] == ["0", "6,29", "0", "5,98"]


def _stubs(path: Path) -> list[list[str]]:
    return [[c.text for c in t.content.cells if c.col == 0] for t in extract(path).tables if t.content]


def _stacked_stubs(tables: int) -> list[list[str]]:
    return [
        ["Setting", *(f"S{n}{r}" for r in range(1, pdfgen.page_top_table_rows(tables, n) + 1))]
        for n in range(1, tables + 1)
    ]


def test_a_running_head_over_stacked_tables_is_no_table_of_the_first_caption(tmp_path: Path) -> None:
    """The first caption has nothing but a running head line (in the top margin, seen on no other page)
    above it: not a table, so the second caption, nearer the first table than its own, leaves it."""
    path = pdfgen.page_top_tables_page(tmp_path / "stack.pdf", tables=2, running_head=True)
    assert _stubs(path) == _stacked_stubs(2)


def test_three_tables_stacked_under_their_captions_each_keep_their_own_rows(tmp_path: Path) -> None:
    """A caption sent to the table under it leaves the one over it to the caption above; the caption
    under it, nearer that table too, has to look below as well."""
    path = pdfgen.page_top_tables_page(tmp_path / "stack.pdf", tables=3)
    assert _stubs(path) == _stacked_stubs(3)


@pytest.mark.parametrize("rows", [pdfgen.TIGHT_TABLE, pdfgen.TIGHT_DASHED_TABLE])
def test_columns_set_closer_than_a_space_are_parted_where_every_row_leaves_them_open(
    tmp_path: Path, rows: tuple[tuple[str, ...], ...]
) -> None:
    """llncs' tables: adjacent numbers stand a space apart or less, so no gap between phrases parts
    them; the white range every row leaves open between them does (a two-word stub stays whole, a dash
    for an empty cell is a cell of its own)."""
    (table,) = extract(pdfgen.tight_table_page(tmp_path / "tight.pdf", rows=rows)).tables
    content = table.content
    assert content is not None
    assert [[c.text for c in content.cells if c.row == r] for r in range(content.n_rows)] == [
        list(row) for row in rows
    ]


def test_words_of_a_text_column_lined_up_a_space_apart_stay_one_cell(tmp_path: Path) -> None:
    """The gaps of a justified column of text may line up from row to row: with no number beside
    them, they part no columns."""
    (table,) = extract(pdfgen.justified_column_page(tmp_path / "justified.pdf")).tables
    content = table.content
    assert content is not None
    assert [[c.text for c in content.cells if c.row == r] for r in range(content.n_rows)] == [
        list(row) for row in pdfgen.JUSTIFIED_TABLE
    ]
