"""Which lines make a table: its region on the page, found from its caption, for layouts that defeat the
plain search (grids set far under their caption, tables side by side), and bad input."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.document import Document
from paperparse.pdf.turn import Turn
from paperparse.pipeline import extract


@pytest.fixture(scope="module")
def side_by_side(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return extract(pdfgen.side_by_side_tables_page(tmp_path_factory.mktemp("side") / "side.pdf"))


def test_tables_side_by_side_with_their_labels_on_one_line_each_keep_their_own_caption(side_by_side) -> None:
    captions = [(t.label, t.caption) for t in side_by_side.tables]
    assert captions == [(label, caption) for label, caption, _ in pdfgen.SIDE_BY_SIDE_TABLES]


def test_a_double_ruled_grid_two_lines_under_its_caption_is_the_tables_region(side_by_side) -> None:
    for table, (_, _, rows) in zip(side_by_side.tables, pdfgen.SIDE_BY_SIDE_TABLES, strict=True):
        content = table.content
        assert table.region is not None and content is not None and content.structure == "cells"
        assert (content.n_rows, content.n_cols) == (len(rows), len(rows[0]))
        assert {(c.row, c.col): c.text for c in content.cells} == {
            (i, j): cell for i, row in enumerate(rows) for j, cell in enumerate(row)
        }


def test_tables_numbered_within_an_appendix_or_a_chapter_are_found_with_their_cells(tmp_path: Path) -> None:
    doc = extract(pdfgen.numbered_within_page(tmp_path / "numbered.pdf"))
    expected = [caption.split(": ") for caption in pdfgen.NUMBERED_WITHIN_TABLES]
    assert [[t.label, t.caption] for t in doc.tables] == expected
    for table in doc.tables:
        assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (3, 3)


@pytest.mark.parametrize("caption_last", [False, True])
def test_a_table_run_over_a_page_break_is_one_table_its_repeated_head_read_once(
    tmp_path: Path, caption_last: bool
) -> None:
    (table,) = extract(pdfgen.long_table_paper(tmp_path / "long.pdf", caption_last)).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = [pdfgen.LONG_TABLE_HEAD, *pdfgen.LONG_TABLE_ROWS]
    assert (content.n_rows, content.n_cols) == (len(rows), 4)
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): cell for i, row in enumerate(rows) for k, cell in enumerate(row)
    }
    assert {c.location.page for c in content.cells if c.location} == {2, 3}
    assert [c.text for c in content.cells if c.header] == list(pdfgen.LONG_TABLE_HEAD)


def test_ruled_rows_opening_the_page_after_a_table_without_its_head_row_are_not_taken_for_more_of_it(
    tmp_path: Path,
) -> None:
    (table,) = extract(pdfgen.long_table_paper(tmp_path / "long.pdf", repeat_head=False)).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    assert {c.location.page for c in content.cells if c.location} == {2}
    assert [c.text for c in content.cells if c.row == 0] == list(pdfgen.LONG_TABLE_HEAD)


def test_a_table_set_across_both_columns_of_a_two_column_page_is_read_whole(tmp_path: Path) -> None:
    (table,) = extract(pdfgen.wide_table_paper(tmp_path / "wide.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): cell for i, row in enumerate(pdfgen.WIDE_TABLE) for k, cell in enumerate(row)
    }


def test_a_table_turned_90_degrees_is_read_in_its_own_frame_its_boxes_on_the_page(tmp_path: Path) -> None:
    doc = extract(pdfgen.wide_table_paper(tmp_path / "turned.pdf", rotated_table=True))
    upright, turned = doc.tables
    assert upright.label == "Table 2" and upright.content is not None
    assert (turned.label, turned.caption) == ("Table 3", "Scores turned to fit the page.")
    content = turned.content
    assert content is not None and content.structure == "cells"
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): cell for i, row in enumerate(pdfgen.WIDE_TABLE) for k, cell in enumerate(row)
    }
    # on the page the rows stand side by side, left to right, and each row reads up the page
    model, params = content.cells[0].location, content.cells[1].location
    assert model.page == params.page == turned.region.page == 3
    assert model.bbox[1] > params.bbox[3] and abs(model.bbox[0] - params.bbox[0]) < 1
    baseline = next(c.location for c in content.cells if c.text == "Baseline")
    assert baseline.bbox[0] > model.bbox[2]
    assert turned.location.bbox[2] <= turned.region.bbox[0]  # the caption left of the rows


def test_an_empty_tabular_and_a_chart_under_a_table_caption_keep_caption_region_and_say_why(
    tmp_path: Path,
) -> None:
    empty, chart = extract(pdfgen.empty_and_chart_tables_page(tmp_path / "odd.pdf")).tables
    assert (empty.caption, chart.caption) == ("Results still to come.", "Counts per class, as bars.")
    for table in (empty, chart):
        assert table.region is not None and table.content is not None
        assert table.content.structure == "lines" and table.content.reason
    assert empty.content.lines == [] and "no text" in empty.content.reason


def test_a_label_the_layout_set_as_a_table_columns_last_line_keeps_the_caption_under_it(
    tmp_path: Path,
) -> None:
    (table,) = extract(pdfgen.label_in_column_page(tmp_path / "label.pdf")).tables
    assert (table.label, table.caption) == pdfgen.LABEL_IN_COLUMN_CAPTION
    assert table.region is not None and table.region.bbox[3] <= table.location.bbox[1] + 1
    assert table.content is not None and table.content.structure == "cells"
    assert table.content.n_rows == len(pdfgen.LABEL_IN_COLUMN_ROWS)


@pytest.mark.parametrize("upward", [True, False])
def test_a_quarter_turn_takes_boxes_to_its_frame_and_back(upward: bool) -> None:
    turn = Turn(595.0, 842.0, upward)
    box = (100.0, 200.0, 110.0, 260.0)  # a word turned sideways: tall and narrow
    x0, y0, x1, y1 = turn.to_frame(box)
    assert (x1 - x0, y1 - y0) == (60.0, 10.0)  # it lies along its line in the turned frame
    assert turn.to_page((x0, y0, x1, y1)) == box
    # reading up the page (anticlockwise) its foot comes first; reading down, its head
    assert x0 == (842.0 - 260.0 if upward else 200.0)


class _Labels:
    """A segmentation that labels the lines holding `marked` `table`, every other line `paragraph`."""

    def __init__(self, marked: str) -> None:
        self.marked = marked

    def label(self, line: object) -> str:
        return "table" if self.marked in " ".join(w.text for w in line.words) else "paragraph"  # type: ignore[attr-defined]


def test_a_running_head_the_model_labels_table_is_no_labelled_region_of_the_caption_under_it(
    tmp_path: Path,
) -> None:
    """A caption at the page's top under a running head the layout took for text (seen on this page
    only): the model reading that one line as a table row does not make it the table (inner CV on DEV
    took it over the grid under the caption, which then lost all its cells)."""
    from paperparse.body.regions import labelled_table_region
    from paperparse.layout import analyze
    from paperparse.pdf import read_pdf

    path = pdfgen.page_top_tables_page(tmp_path / "top.pdf", tables=1, running_head=True)
    (table,) = extract(path).tables
    assert table.location is not None
    page = analyze(read_pdf(path)).pages[table.location.page - 1]
    args = (page, _Labels("Proceedings"), 10.0, [table.location.bbox])
    assert labelled_table_region(table, *args) is None
    region = labelled_table_region(table, page, _Labels(""), 10.0, [table.location.bbox])  # every line
    assert region is not None and region.bbox[1] > table.location.bbox[3]
