"""A table or figure set at the top of the title page (between byline and abstract) is the body's: its
caption and rows are no affiliation, author or abstract text, and the body reads the table."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header.floats import is_caption
from paperparse.layout.model import Block
from paperparse.pdf.model import Font, Line, Word
from paperparse.pipeline import extract


@pytest.mark.parametrize(
    ("figure", "bold_label"),
    [(False, False), (True, False), (True, True)],
    ids=["table", "figure", "bold-fig"],
)
def test_front_float_is_not_header_text(tmp_path: Path, figure: bool, bold_label: bool) -> None:
    doc = extract(pdfgen.front_float_page(tmp_path / "front.pdf", figure, bold_label))
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Chen"]
    assert [a.raw for a in doc.affiliations] == ["Department of Informatics, University of Bergen, Norway"]
    assert doc.abstract is not None and doc.abstract.startswith("We present gamma1")
    assert "Table" not in doc.abstract and "Figure" not in doc.abstract


def test_front_table_is_read_by_the_body(tmp_path: Path) -> None:
    doc = extract(pdfgen.front_float_page(tmp_path / "front.pdf"))
    assert [(t.label, t.caption) for t in doc.tables] == [("Table 1", "Accuracy of both models on the data.")]
    content = doc.tables[0].content
    assert content is not None and content.structure == "cells"
    cells = {c.text for c in content.cells}
    assert {"Base", "71.2", "Ours", "73.9"} <= cells


@pytest.mark.parametrize("bold_label", [False, True], ids=["figure", "bold-fig"])
def test_front_figure_caption_is_read_by_the_body(tmp_path: Path, bold_label: bool) -> None:
    doc = extract(pdfgen.front_float_page(tmp_path / "front.pdf", figure=True, bold_label=bold_label))
    assert [f.label for f in doc.figures] == ["Fig. 1" if bold_label else "Figure 1"]
    assert doc.figures[0].caption.startswith("Our reader turns a page scan")


def _block(text: str, bold: bool = False) -> Block:
    font = Font("Times", 9, bold, False)
    words, x = [], 50.0
    for token in text.split():
        words.append(Word(token, x, 100.0, x + 5 * len(token), 109.0, font))
        x += 5 * len(token) + 3
    return Block((Line(words, page=1),), 1, 0)


@pytest.mark.parametrize(
    ("text", "bold", "caption"),
    [
        ("Table 1: Accuracy on the test sets.", False, True),
        ("Figure 2. Overview of the system.", False, True),
        ("TABLE IV", False, True),
        ("Fig. 3 Our pipeline", True, True),
        ("Table 1 shows the accuracy on the test sets.", False, False),
        ("Table is. A sentence that opens a line.", False, False),
    ],
)
def test_a_caption_opens_with_its_label_set_apart(text: str, bold: bool, caption: bool) -> None:
    assert is_caption(_block(text, bold)) is caption


def test_rows_over_a_caption_below_them_are_no_byline(tmp_path: Path) -> None:
    """Names side by side with nothing under them, then a table whose caption is under its rows and a
    note in small type (prose): the rows, reached from the caption across the note, are no names."""
    doc = extract(pdfgen.front_float_page(tmp_path / "front.pdf", caption_below=True))
    cells = {cell for row in pdfgen.FRONT_NAMED_ROWS for cell in row}
    names = [a.name for a in doc.authors]
    assert "Ann Lee" in names
    assert not any(cell in name for name in names for cell in cells)
    assert doc.affiliations == []
    assert [(t.label, t.caption) for t in doc.tables] == [("Table 1", "Accuracy of both models.")]


def test_a_teaser_figure_under_the_institutes_leaves_them_to_the_header(tmp_path: Path) -> None:
    """A teaser figure whose box starts a little more than a line under the institute's last line takes
    its labels and caption, not the institute lines over it and the byline over those."""
    doc = extract(pdfgen.teaser_under_institutes_page(tmp_path / "teaser.pdf"))
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Chen"]
    assert [a.raw for a in doc.affiliations] == [", ".join(pdfgen.TEASER_INSTITUTES)]
    assert [f.label for f in doc.figures] == ["Figure 1"]
