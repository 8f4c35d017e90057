"""Table classes that the committed segmentation model hides on the papers it was trained on, read under
inner cross-validation (a DEV paper read by a model trained without its fold)."""

from __future__ import annotations

from pathlib import Path

import pdfgen
from fixed_readings import body_read_as

from paperparse.document import BodyMatter
from paperparse.pipeline import extract


def _body_read_as(path: Path, says: dict[str, tuple[str, float]]) -> BodyMatter:
    """`body_read_as` with the cells of the tables19 builders' rows read as "table"."""
    return body_read_as(path, says, {text for row in pdfgen.TABLES19_ROWS for text in row})


def test_a_caption_wrapped_onto_a_line_of_symbols_keeps_it(tmp_path: Path) -> None:
    """The line a table's caption wrapped onto ("with m = 3, M = 9, OCWmin = 15"), flush under it at its
    leading after a full first line, is the caption's however the model reads it (as an equation's line
    here, as a model that never saw the paper may): the caption is whole, and its table read under it."""
    path = pdfgen.tables19_wrapped_caption_page(tmp_path / "caption.pdf")
    for label in ("equation", "table"):
        body = _body_read_as(path, {"TABLE": ("caption", 0.99), "with m": (label, 0.99)})
        (table,) = body.tables
        assert table.caption == " ".join(pdfgen.TABLES19_CAPTION).removeprefix("TABLE III: ")
        content = table.content
        assert content is not None and content.structure == "cells"
        assert {(c.row, c.col): c.text for c in content.cells} == {
            (i, k): text for i, row in enumerate(pdfgen.TABLES19_ROWS) for k, text in enumerate(row)
        }


def test_two_captions_side_by_side_keep_their_own_lines(tmp_path: Path) -> None:
    """Two tables side by side in one float, each under its own IEEE caption (the label alone, the text
    in capitals under it), on a page of floats: the layout reads the right caption's line with the left
    caption's second line, beside it, as one block. Each caption keeps its own lines: the left one its
    second line, the right one none of the left's."""
    left, right = extract(pdfgen.tables19_side_by_side_captions_page(tmp_path / "side.pdf")).tables
    assert (left.label, right.label) == ("TABLE I", "TABLE II")
    texts = [" ".join(lines).split(": ", 1)[1].upper() for lines in pdfgen.TABLES19_SIDE_CAPTIONS]
    assert [left.caption, right.caption] == texts
    content = left.content
    assert content is not None and content.structure == "cells"
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(pdfgen.TABLES19_SIDE_ROWS[0]) for k, text in enumerate(row)
    }


def test_a_last_column_of_one_value_is_a_column(tmp_path: Path) -> None:
    """A table's last column holding its head and one value ("Value" over "0x91", the other rows empty
    there) is parted from the column before by the white no row crosses: few rows have text that far
    right, as a sparse first column is parted from the stubs' right."""
    (table,) = extract(pdfgen.tables19_sparse_last_column_page(tmp_path / "sparse.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (pdfgen.TABLES19_SPARSE_HEAD, *pdfgen.TABLES19_SPARSE_ROWS)
    assert {(c.row, c.col): c.text for c in content.cells if c.text} == {
        (i, k): text for i, row in enumerate(rows) for k, text in enumerate(row) if text
    }


def test_a_line_of_bold_values_alone_on_its_row_is_no_heading(tmp_path: Path) -> None:
    """A row of two bold values and nothing else, set apart from the rows over and under it, is short,
    bold and alone on its row as a heading is, but holds no letter: the unruled table's region goes on
    past it to the rows under it."""
    (table,) = extract(pdfgen.tables19_bold_values_page(tmp_path / "bold.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (pdfgen.TABLES19_BOLD_HEAD, *pdfgen.TABLES19_BOLD_ROWS)
    assert {(c.row, c.col): c.text for c in content.cells if c.text} == {
        (i, k): text.lstrip("*") for i, row in enumerate(rows) for k, text in enumerate(row) if text
    }
