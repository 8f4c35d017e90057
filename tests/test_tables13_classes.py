"""Table layouts of the generated corpus's markup range (scripts/table_corpus.py, MARKUP_SEEDS): values
with uncertainties set by siunitx, heads turned 90°; and of its float range (FLOAT_SEEDS): a longtable
over pages."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


def test_values_whose_plus_minus_is_glued_to_them_keep_their_uncertainty(tmp_path: Path) -> None:
    """siunitx prints "0.96±" then "0.05" a math space on, aligned in every row: the white between
    them lines up down the column like a column's boundary, but the sign says the two are one value."""
    (table,) = extract(pdfgen.tables13_uncertainty_page(tmp_path / "pm.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (0, 0): "Model",
        (0, 1): "Accuracy",
        (0, 2): "Recall",
        **{
            (i + 1, k): text
            for i, (stub, *v) in enumerate(pdfgen.TABLES13_UNCERTAIN)
            for k, text in enumerate((stub, f"{v[0]} {v[1]}", f"{v[2]} {v[3]}"))
        },
    }


def test_heads_turned_90_degrees_are_read_on_the_head_row(tmp_path: Path) -> None:
    """\\rotatebox{90} heads stand on the head row's baseline and read up the page: each is its column's
    head, its words in reading order, beside the upright stub head."""
    (table,) = extract(pdfgen.tables13_turned_heads_page(tmp_path / "turned.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (("Model", *pdfgen.TABLES13_TURNED_HEADS), *pdfgen.TABLES13_TURNED_ROWS)
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(rows) for k, text in enumerate(row)
    }


@pytest.mark.parametrize(("label", "foot_line"), [(True, True), (False, True), (True, False)])
def test_a_longtable_over_three_pages_is_one_table_its_head_read_once(
    tmp_path: Path, label: bool, foot_line: bool
) -> None:
    """Its middle page is ruled only around the repeated head, the rows going on unruled to the foot of
    the text; "Table 1 continued" over a repeated head is no row; a first page's foot line in the margin
    under the rows does not end the table on that page."""
    pdf = pdfgen.tables13_longtable_paper(tmp_path / "long.pdf", label=label, foot_line=foot_line)
    (table,) = extract(pdf).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (pdfgen.TABLES13_LONG_HEAD, *pdfgen.TABLES13_LONG_ROWS)
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(rows) for k, text in enumerate(row)
    }


def test_two_columns_of_text_a_space_apart_are_two_columns(tmp_path: Path) -> None:
    """llncs sets paragraph columns 2.8 pt apart: the white between them is narrower than a column gap
    and holds no numbers, but every line of the second column starts at one x, as no gaps of a
    paragraph's lines do. (Which lines make a row is another matter: only the columns are asserted.)"""
    (table,) = extract(pdfgen.tables13_close_text_columns_page(tmp_path / "text.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells" and content.n_cols == 2
    for col in (0, 1):
        read = " ".join(c.text for c in sorted(content.cells, key=lambda c: c.row) if c.col == col)
        lines = (
            ("Setting", "Remark")[col],
            *(line for row in pdfgen.TABLES13_TEXT_ROWS for line in row[col]),
        )
        assert read == " ".join(lines)
