"""A table or figure set at the top of the title page (between byline and abstract) is the body's: its
caption and rows are no affiliation, author or abstract text, and the body reads the table."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize("figure", [False, True], ids=["table", "teaser-figure"])
def test_front_float_is_not_header_text(tmp_path: Path, figure: bool) -> None:
    doc = extract(pdfgen.front_float_page(tmp_path / "front.pdf", figure=figure))
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


def test_front_figure_caption_is_read_by_the_body(tmp_path: Path) -> None:
    doc = extract(pdfgen.front_float_page(tmp_path / "front.pdf", figure=True))
    assert [f.label for f in doc.figures] == ["Figure 1"]
    assert doc.figures[0].caption.startswith("Our reader turns a page scan")
