"""A table's content in every output, on hand-built Documents: a grid with a column-spanning header and a
row-spanning stub, a table whose structure was not recovered (only its lines) and one without a region."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from paperparse.document import Caption, Document, Location, Source, TableCell, TableContent
from paperparse.eval.tables import adjacency_relations
from paperparse.output.json import document_to_dict, load_schema


def _cell(
    row: int, col: int, text: str, rowspan: int = 1, colspan: int = 1, header: bool = False
) -> TableCell:
    box = (
        100.0 + 60 * col,
        200.0 + 12 * row,
        150.0 + 60 * (col + colspan - 1),
        210.0 + 12 * (row + rowspan - 1),
    )
    return TableCell(row, col, text, rowspan, colspan, header, Location(2, box))


SPANNED = TableContent(
    structure="cells",
    n_rows=4,
    n_cols=3,
    cells=[
        _cell(0, 0, "Model", rowspan=2, header=True),
        _cell(0, 1, "Accuracy", colspan=2, header=True),
        _cell(1, 1, "Dev", header=True),
        _cell(1, 2, "Test", header=True),
        _cell(2, 0, "BERT", rowspan=2),
        _cell(2, 1, "91.2"),
        _cell(2, 2, "90.4"),
        _cell(3, 1, "92.0"),
        _cell(3, 2, "91.7"),
    ],
)
LINES = TableContent(
    structure="lines",
    lines=["Model Accuracy", "BERT 91.2 90.4"],
    reason="no column alignment found",
)


def table_document() -> Document:
    """A figure and three tables: a spanned grid, one kept as lines, one with no region (content None)."""
    tables = [
        Caption(
            "tab1",
            "Table 1",
            "Results | on *dev* and test.",
            Location(2, (90, 170, 300, 180)),
            Location(2, (100, 200, 270, 258)),
            SPANNED,
        ),
        Caption(
            "tab2",
            "Table 2",
            "A table read as lines.",
            Location(3, (90, 90, 300, 100)),
            Location(3, (90, 110, 300, 140)),
            LINES,
        ),
        Caption("tab3", "Table 3", "A table without a region.", Location(3, (90, 400, 300, 410))),
    ]
    figure = Caption("fig1", "Figure 1", "A figure.", Location(1, (90, 300, 300, 310)))
    return Document(source=Source(file="t.pdf", sha256="0" * 64, pages=3), figures=[figure], tables=tables)


@pytest.fixture
def data() -> dict[str, Any]:
    return document_to_dict(table_document())


def test_json_tables_carry_their_cells_and_validate(data: dict[str, Any]) -> None:
    jsonschema.validate(data, load_schema())
    grid, lines, bare = data["tables"]
    assert (grid["structure"], grid["n_rows"], grid["n_cols"], len(grid["cells"])) == ("cells", 4, 3, 9)
    assert grid["cells"][1] == {
        "row": 0,
        "col": 1,
        "rowspan": 1,
        "colspan": 2,
        "text": "Accuracy",
        "header": True,
        "page": 2,
        "bbox": [160.0, 200.0, 270.0, 210.0],
    }
    assert grid["region"] == {"page": 2, "bbox": [100.0, 200.0, 270.0, 258.0]}
    assert (lines["structure"], lines["cells"], lines["reason"]) == ("lines", [], "no column alignment found")
    assert lines["lines"] == ["Model Accuracy", "BERT 91.2 90.4"]
    assert (bare["structure"], bare["cells"], bare["lines"], bare["n_rows"]) == (None, [], [], 0)
    assert "cells" not in data["figures"][0]


def test_the_scorer_reads_the_json_cells(data: dict[str, Any]) -> None:
    relations = adjacency_relations(data["tables"][0]["cells"])
    assert relations[("accuracy", "test", "below")] == relations[("bert", "920", "right")] == 1
