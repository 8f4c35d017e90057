"""The gutter between two columns is found when lines crossing it outnumber what it tolerates: a byline
centred across the page, a table set across both columns (issue 14); a one-column page whose short
lines are centred keeps one column."""

from __future__ import annotations

import re
from pathlib import Path

import pdfgen
import pytest

from paperparse.layout import Layout, analyze
from paperparse.pdf import read_pdf


def _layout(path: Path) -> Layout:
    return analyze(read_pdf(path))


def _numbers(text: str, prefix: str) -> list[int]:
    return [int(n) for n in re.findall(rf"\b{prefix}(\d+)\b", text)]


def _text(layout: Layout) -> str:
    return " ".join(b.text for b in layout.pages[0].blocks if b.kind == "text")


@pytest.mark.parametrize("page", [pdfgen.centred_byline_page, pdfgen.spanning_table_page])
def test_a_band_across_the_gutter_does_not_hide_it(tmp_path: Path, page) -> None:
    layout = _layout(page(tmp_path / "page.pdf"))
    (_, right_of_first), (left_of_second, _) = layout.pages[0].columns
    assert 250 < right_of_first <= 284 and 300 <= left_of_second <= 313  # the gutter is 283-312 pt
    text = _text(layout)
    left, right = _numbers(text, "left"), _numbers(text, "right")
    assert left == sorted(left) and right == sorted(right) and len(left) > 100 and len(right) > 100
    assert text.index(f"left{left[-1]}") < text.index("right1 "), "column 1 is read before column 2"


def test_the_byline_is_read_before_the_columns(tmp_path: Path) -> None:
    text = _text(_layout(pdfgen.centred_byline_page(tmp_path / "byline.pdf")))
    assert text.index("author3@example.org") < text.index("left1 ")
    assert "University of Town 1" in text


def test_a_table_across_the_columns_is_read_before_them(tmp_path: Path) -> None:
    text = _text(_layout(pdfgen.spanning_table_page(tmp_path / "table.pdf")))
    rows = _numbers(text, "set ")
    assert rows == list(range(22))
    assert text.index("set 21") < text.index("left1 ")


def test_a_one_column_page_with_centred_lines_keeps_one_column(tmp_path: Path) -> None:
    layout = _layout(pdfgen.centred_one_column_page(tmp_path / "one.pdf"))
    assert len(layout.pages[0].columns) == 1
    assert _numbers(_text(layout), "word") == list(range(240))


def test_a_byline_grid_over_two_columns_leaves_one_gutter(tmp_path: Path) -> None:
    """Three cards a row: the middle one, narrower than the gutter, stands in it, and the strips either
    side of it, with nothing between them, are not two gutters of a three-column page."""
    cards = [
        (name, ["Dept of X", "Univ A", f"{name.lower()}@a.org"]) for name in ("Ann Lee", "Bo Chen", "Cy Dunn")
    ]
    layout = _layout(pdfgen.byline_grid_page(tmp_path / "grid.pdf", [cards]))
    (_, right_of_first), (left_of_second, _) = layout.pages[0].columns
    assert 250 < right_of_first <= 284 and 300 <= left_of_second <= 313
    text = _text(layout)
    gamma, beta = _numbers(text, "gamma"), _numbers(text, "beta")
    assert gamma == list(range(1, 61)) and beta == list(range(1, 81))
    assert text.index("gamma60") < text.index("beta1 ")


def test_a_byline_grid_is_read_whole_before_the_columns_under_it(tmp_path: Path) -> None:
    """ACM's grid: three cards over two columns, the first without an email, then a row of two cards
    that each stand inside a column. The band closes at the white gap under the grid, so the right-hand
    cards are not read after the left column's text, and the second author's email stays with its card."""
    rows = [
        [
            ("Ann Lee", ["Universidad de Granada", "Granada, Spain"]),
            ("Bo Chen", ["Politecnico di Milano", "bo.chen@polimi.it"]),
            ("Cy Dunn", ["Charles University", "Prague", "cy.dunn@cuni.cz"]),
        ],
        [
            ("Di Fox", ["Dept of Computer Science", "Charles University", "Prague", "di.fox@cuni.cz"]),
            ("Ed Gray", ["School of Engineering", "Universidad de Granada", "Granada", "ed.gray@ugr.es"]),
        ],
    ]
    text = _text(_layout(pdfgen.byline_grid_page(tmp_path / "acm.pdf", rows, row_gap=3.0)))
    for card in ("Cy Dunn", "cy.dunn@cuni.cz", "Di Fox", "Ed Gray", "ed.gray@ugr.es"):
        assert text.index(card) < text.index("gamma1 "), f"{card} is read before the columns' text"
    assert text.index("Cy Dunn") < text.index("cy.dunn@cuni.cz") < text.index("Di Fox")
    gamma, beta = _numbers(text, "gamma"), _numbers(text, "beta")
    assert gamma == list(range(1, 61)) and beta == list(range(1, 81))
    assert text.index("gamma60") < text.index("beta1 ")


def test_a_short_table_on_a_one_column_page_keeps_one_column(tmp_path: Path) -> None:
    """Three rows of cells leave strips between the table's columns with too little between them to be
    columns of text; the page's full-width lines cross them, so they are not gutters."""
    layout = _layout(pdfgen.titled_table_page(tmp_path / "table.pdf"))
    assert len(layout.pages[0].columns) == 1
    text = _text(layout)
    assert _numbers(text, "alpha") == list(range(1, 61)) and _numbers(text, "beta") == list(range(1, 61))
