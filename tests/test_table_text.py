"""A table's text is the table's: rows the layout left among the text blocks are not paragraphs too."""

from __future__ import annotations

import pdfgen
import pytest

from paperparse.document import Document
from paperparse.pipeline import extract


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return extract(pdfgen.body_size_table_page(tmp_path_factory.mktemp("tabletext") / "t.pdf"))


def test_table_rows_in_body_size_are_cells_and_not_paragraphs(doc: Document) -> None:
    table = next(t for t in doc.tables if t.label == "Table 1")
    assert table.content is not None and table.content.structure == "cells"
    cells = {c.text for c in table.content.cells}
    assert {"Sequence-8", "Spectral-7", "68.2 on the held out"} <= cells
    paragraphs = " ".join(p for s in doc.sections for p in s.paragraphs)
    for row in pdfgen.BODY_SIZE_TABLE:
        for cell in row:
            assert cell not in paragraphs


def test_text_around_the_table_stays_in_its_paragraphs(doc: Document) -> None:
    results = next(s for s in doc.sections if s.title == "Results")
    text = " ".join(results.paragraphs)
    before, after = pdfgen.prose_words("alpha", 0, 40), pdfgen.prose_words("beta", 0, 40)
    assert " ".join(before) in text and " ".join(after) in text
    assert all(len(boxes) >= 1 for boxes in results.paragraph_boxes)
    assert len(results.paragraph_boxes) == len(results.paragraphs)


def test_an_equation_read_from_a_table_region_leaves_and_the_rest_are_renumbered() -> None:
    from paperparse.body import _without_float_text
    from paperparse.document import BodyMatter, Caption, Equation, Location, Section, TableContent

    section = Section("sec1", "1", "Method", 1)
    table = Caption("tab_0", "Table 1", "Scores.", region=Location(1, (50, 100, 300, 200)))
    table.content = TableContent("lines", lines=["α = 0.1 β = 0.2"])
    inside = Equation("formula_0", "α = 0.1", Location(1, (60, 120, 120, 130)), section_id="sec1")
    below = Equation("formula_1", "x = y + z", Location(1, (60, 300, 120, 310)), section_id="sec1")
    body = BodyMatter(sections=[section], tables=[table], equations=[inside, below])
    _without_float_text(body, {}, 10.0)
    assert [(e.id, e.text) for e in body.equations] == [("formula_0", "x = y + z")]
