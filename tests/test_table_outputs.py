"""A table's content in every output, on hand-built Documents: a grid with a column-spanning header and a
row-spanning stub, a table whose structure was not recovered (only its lines) and one without a region."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import grobid_tei_xml
import jsonschema
import pytest

from paperparse.cli import main
from paperparse.document import Caption, Document, Location, Source, TableCell, TableContent
from paperparse.eval.tables import adjacency_relations
from paperparse.output.csv import table_to_csv, tables_to_csv
from paperparse.output.grid import layout
from paperparse.output.json import document_to_dict, load_schema
from paperparse.output.markdown import to_markdown
from paperparse.output.tei import to_tei

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


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


def test_tei_writes_rows_and_cells_with_their_spans_as_grobid_does() -> None:
    tei = to_tei(table_document(), when="2024-01-01T00:00+0000")
    root = ET.fromstring(tei)
    grid, lines, bare = root.findall(".//tei:figure[@type='table']", NS)
    table = grid.find("tei:table", NS)
    assert table is not None and table.get("coords") == "2,100.00,200.00,170.00,58.00"
    rows = [
        [(c.text, c.get("cols"), c.get("rows"), c.get("role")) for c in row.findall("tei:cell", NS)]
        for row in table.findall("tei:row", NS)
    ]
    assert rows == [
        [("Model", None, "2", "label"), ("Accuracy", "2", None, "label")],
        [("Dev", None, None, "label"), ("Test", None, None, "label")],
        [("BERT", None, "2", None), ("91.2", None, None, None), ("90.4", None, None, None)],
        [("92.0", None, None, None), ("91.7", None, None, None)],
    ]
    assert [c.text for c in lines.findall("tei:table/tei:row/tei:cell", NS)] == LINES.lines
    assert bare.find("tei:table", NS) is None
    assert "Results | on *dev* and test." in grobid_tei_xml.parse_document_xml(tei).body


def test_tei_keeps_every_column_of_a_row_with_an_empty_slot() -> None:
    doc = table_document()
    doc.tables[0].content = TableContent("cells", 2, 2, [TableCell(0, 1, "x"), TableCell(1, 0, "y")])
    table = ET.fromstring(to_tei(doc)).find(".//tei:figure[@type='table']/tei:table", NS)
    assert table is not None
    assert [[c.text for c in row] for row in table] == [[None, "x"], ["y", None]]


def test_markdown_spans_need_html_a_plain_grid_is_a_pipe_table_lines_stay_lines() -> None:
    doc = table_document()
    doc.tables.append(
        Caption(
            "tab4",
            "Table 4",
            "Plain.",
            Location(3, (90, 500, 300, 510)),
            content=TableContent(
                "cells",
                2,
                2,
                [TableCell(0, 0, "a|b", header=True), TableCell(0, 1, "c"), TableCell(1, 1, "d")],
            ),
        )
    )
    blocks = to_markdown(doc).split("\n\n")
    spanned = blocks[blocks.index("> **Table 1.** Results | on *dev* and test.") + 1]
    assert spanned.splitlines() == [
        "<table>",
        '<tr><th rowspan="2">Model</th><th colspan="2">Accuracy</th></tr>',
        "<tr><th>Dev</th><th>Test</th></tr>",
        '<tr><td rowspan="2">BERT</td><td>91.2</td><td>90.4</td></tr>',
        "<tr><td>92.0</td><td>91.7</td></tr>",
        "</table>",
    ]
    assert blocks[blocks.index("> **Table 2.** A table read as lines.") + 1] == (
        "```text\nModel Accuracy\nBERT 91.2 90.4\n```"
    )
    assert blocks[blocks.index("> **Table 4.** Plain.") + 1] == "| a\\|b | c |\n|---|---|\n|  | d |"
    bare = blocks.index("> **Table 3.** A table without a region.")
    assert blocks[bare + 1] == "> **Table 4.** Plain."  # no content, nothing after the caption


def test_csv_puts_a_spanning_cell_in_its_first_slot_and_leaves_the_rest_empty() -> None:
    assert table_to_csv(SPANNED) == "Model,Accuracy,\n,Dev,Test\nBERT,91.2,90.4\n,92.0,91.7\n"
    assert table_to_csv(LINES) == "Model Accuracy\nBERT 91.2 90.4\n"
    assert tables_to_csv(table_document()).split("\n\n") == [
        "# tab1: Table 1. Results | on *dev* and test.\nModel,Accuracy,\n,Dev,Test\nBERT,91.2,90.4\n,92.0,91.7",
        "# tab2: Table 2. A table read as lines. (no grid: no column alignment found; its text lines follow)"
        "\nModel Accuracy\nBERT 91.2 90.4",
        "# tab3: Table 3. A table without a region. (no content: no region found)\n",
    ]


def test_layout_survives_a_malformed_grid() -> None:
    content = TableContent(
        "cells", 1, 1, [TableCell(0, 0, "a", colspan=2), TableCell(0, 1, "b"), TableCell(2, 0, "c")]
    )
    grid = layout(content)
    assert [[(s.text, s.start, s.covered) for s in row] for row in grid] == [
        [("a b", True, False), ("", False, True)],
        [("", False, False), ("", False, False)],
        [("c", True, False), ("", False, False)],
    ]


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline reading every PDF as the hand-built document, and a corrupt file as it really would."""
    import paperparse.pipeline

    real = paperparse.pipeline.extract

    def extract(path: Path, name: str | None = None) -> Document:
        return real(path, name=name) if path.name.startswith("bad") else table_document()

    monkeypatch.setattr(paperparse.pipeline, "extract", extract)


def test_cli_tables_dir_writes_one_csv_per_table(
    fake_extract: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("a.pdf", "sub/b.pdf"):
        (tmp_path / "in" / name).write_bytes(b"%PDF-1.4 stub")
    (tmp_path / "in" / "bad.pdf").write_bytes(b"not a pdf")
    out = tmp_path / "tables"
    assert (
        main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "json"), "--tables-dir", str(out)]) == 1
    )
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.csv"))
    assert written == ["a.tab1.csv", "a.tab2.csv", "sub/b.tab1.csv", "sub/b.tab2.csv"]
    assert (out / "a.tab1.csv").read_text() == table_to_csv(SPANNED)
    assert (tmp_path / "json" / "bad.error.json").is_file() and "bad.pdf: corrupt" in capsys.readouterr().err


def test_cli_format_csv_prints_each_table_after_its_comment(
    fake_extract: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.pdf", "b.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 stub")
    assert main(["extract", str(tmp_path / "a.pdf"), "--format", "csv"]) == 0
    assert capsys.readouterr().out == tables_to_csv(table_document()) + "\n"
    assert main(["extract", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# file: a.pdf\n# tab1: Table 1.") and "\n# file: b.pdf\n# tab1: " in out
    assert main(["extract", str(tmp_path), "--format", "csv", "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "b.csv").read_text() == tables_to_csv(table_document()) + "\n"
