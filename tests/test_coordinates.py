"""Every element's place: paragraphs (a box per column run), citation markers (a box per line), equations and
footnotes, in JSON and in GROBID's TEI coords, checked against where the generated PDF put them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import grobid_tei_xml
import jsonschema
import pdfgen
import pytest

from paperparse.document import Location, Reference
from paperparse.layout.model import Block
from paperparse.layout.trace import TextTrace
from paperparse.output.json import document_to_dict, load_schema
from paperparse.output.tei import to_tei
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Font, Line, Word
from paperparse.pdf.text_normalize import join_lines, join_lines_at
from paperparse.pipeline import extract
from paperparse.references.citations import Passage, link_citations

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
PT = 72 / 25.4  # points per millimetre: pdfgen draws in millimetres, boxes are in points
SHARED_ELIFE = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "elife"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.coordinates_paper(tmp_path_factory.mktemp("coords") / "coords.pdf")


@pytest.fixture(scope="module")
def data(pdf: Path) -> dict[str, Any]:
    return document_to_dict(extract(pdf))


def _grobid(pieces: list[dict[str, Any]]) -> list[float]:
    """JSON pieces in GROBID's terms, flat: page, x, y, width, height of each."""
    return [
        v
        for p in pieces
        for v in (p["page"], *p["bbox"][:2], p["bbox"][2] - p["bbox"][0], p["bbox"][3] - p["bbox"][1])
    ]


def _coords(elem: ET.Element | None) -> list[float]:
    """A TEI element's coords attribute, flat: boxes are split at ";", their numbers at ","."""
    assert elem is not None
    return [float(v) for box in elem.get("coords", "").split(";") for v in box.split(",")]


def test_output_validates_against_the_schema(data: dict[str, Any]) -> None:
    jsonschema.validate(data, load_schema())


def test_a_paragraph_continued_in_the_next_column_has_a_box_in_each(data: dict[str, Any]) -> None:
    (section,) = data["sections"]
    assert len(section["paragraph_boxes"]) == len(section["paragraphs"]) == 2
    first, second = section["paragraph_boxes"][0]
    assert first["page"] == second["page"] == 1
    col1, col2 = first["bbox"], second["bbox"]
    assert col1[0] == pytest.approx(pdfgen.LEFT * PT, abs=1)
    assert col1[2] <= (pdfgen.LEFT + pdfgen.COL_W) * PT + 1
    assert col2[0] == pytest.approx(pdfgen.COL2 * PT, abs=1)
    assert col2[1] < 40 * PT < col2[3]  # column 2's first line, on baseline 40 mm
    equation = data["equations"][0]["bbox"]
    assert col2[3] < equation[1]  # the paragraph ends above the equation that follows it
    kappa = section["paragraph_boxes"][1]
    assert len(kappa) == 1 and kappa[0]["bbox"][1] > equation[3]


def test_a_marker_cut_by_a_line_break_has_a_box_on_each_line(data: dict[str, Any]) -> None:
    citation = data["citations"][0]
    assert citation["text"] == "[1, 2]" and citation["ref_ids"] == ["b0", "b1"]
    first_line, second_line = pdfgen.SPLIT_MARKER_LINES
    head = (pdfgen.COL2 + pdfgen.text_width(first_line[: -len("[1,")])) * PT
    end = (pdfgen.COL2 + pdfgen.text_width(first_line)) * PT
    tail = (pdfgen.COL2 + pdfgen.text_width("2]")) * PT
    one, two = citation["boxes"]
    assert one["page"] == two["page"] == citation["page"] == 1
    assert one["bbox"][0] == pytest.approx(head, abs=1) and one["bbox"][2] == pytest.approx(end, abs=1)
    assert two["bbox"][0] == pytest.approx(pdfgen.COL2 * PT, abs=1)
    assert two["bbox"][2] == pytest.approx(tail, abs=1)
    assert one["bbox"][1] < 40 * PT < one["bbox"][3] < two["bbox"][1]  # "[1," on the first line, "2]" below
    assert citation["bbox"] == one["bbox"]


def test_a_marker_in_a_caption_is_located(data: dict[str, Any]) -> None:
    caption, baseline = pdfgen.COORDS_CAPTION
    (figure,) = data["figures"]
    assert figure["caption"] == caption.split(": ", 1)[1]
    (citation,) = [c for c in data["citations"] if c["text"] == "[3]"]
    start = (pdfgen.LEFT + pdfgen.text_width(caption[: caption.index("[3]")], size=9)) * PT
    (box,) = citation["boxes"]
    assert citation["page"] == box["page"] == 1 and box["bbox"] == citation["bbox"]
    assert box["bbox"][0] == pytest.approx(start, abs=1)
    assert box["bbox"][2] == pytest.approx(start + pdfgen.text_width("[3]", size=9) * PT, abs=1)
    assert box["bbox"][1] < baseline * PT < box["bbox"][3]


def test_equations_and_footnotes_are_located(data: dict[str, Any]) -> None:
    (equation,) = data["equations"]
    assert equation["page"] == 1 and equation["bbox"][0] == pytest.approx((pdfgen.COL2 + 25) * PT, abs=1)
    (note,) = data["footnotes"]
    assert note["page"] == 1 and note["bbox"][1] < 270 * PT < note["bbox"][3]  # drawn on baseline 270 mm
    assert note["bbox"][0] == pytest.approx(pdfgen.LEFT * PT, abs=1)


def test_tei_carries_the_json_boxes_and_grobid_readers_still_parse_it(
    pdf: Path, data: dict[str, Any]
) -> None:
    tei = to_tei(extract(pdf), when="2024-01-01T00:00+0000")
    parsed = grobid_tei_xml.parse_document_xml(tei)
    assert "omega60" in (parsed.body or "") and len(parsed.citations or []) == 3
    div = ET.fromstring(tei).find("tei:text/tei:body/tei:div", NS)
    assert div is not None
    paragraphs = div.findall("tei:p", NS)
    expected = [_grobid(boxes) for boxes in data["sections"][0]["paragraph_boxes"]]
    assert len(paragraphs) == len(expected) == 2 and len(expected[0]) == 2 * 5  # two boxes, one per column
    for p, boxes in zip(paragraphs, expected, strict=True):
        assert _coords(p) == pytest.approx(boxes, abs=0.02)
    refs = div.findall(".//tei:ref", NS)
    assert [r.get("target") for r in refs] == ["#b0", "#b1"]
    for ref in refs:
        assert _coords(ref) == pytest.approx(_grobid(data["citations"][0]["boxes"]), abs=0.02)
    formula = div.find("tei:formula", NS)
    assert _coords(formula) == pytest.approx(_grobid([data["equations"][0]]), abs=0.02)
    note = ET.fromstring(tei).find(".//tei:note[@place='foot']", NS)
    assert _coords(note) == pytest.approx(_grobid([data["footnotes"][0]]), abs=0.02)


# ---- where a span of text leads back to


def _block(rows: list[list[str]], top: float = 100.0, gap: float = 12.0, page: int = 1) -> Block:
    """A block of lines of 10 pt words, each word 5 pt wide per character, one space apart."""
    font = Font("Times", 10.0, False, False)
    lines = []
    for i, row in enumerate(rows):
        y = top + i * gap
        x, words = 50.0, []
        for text in row:
            words.append(Word(text, x, y, x + 5 * len(text), y + 10, font))
            x += 5 * len(text) + 5
        lines.append(Line(words, page))
    return Block(tuple(lines), page, 0)


def test_line_starts_survive_dehyphenation() -> None:
    lines = ["an infor-", "mation leak", "", "  ends"]
    text, starts = join_lines_at(lines)
    assert text == join_lines(lines) == "an information leak ends"
    assert [text[s + len(ln) - len(ln.lstrip()) :][:2] for s, ln in zip(starts, lines, strict=True)] == [
        "an",
        "ma",
        " e",  # an empty line starts where the next text goes on
        "en",
    ]


def test_span_boxes_are_the_words_of_the_span_one_per_line() -> None:
    block = _block([["see", "the", "infor-"], ["mation", "[12,"], ["13]", "here."]])
    trace = TextTrace()
    trace.add(block.text, block)
    start = trace.text.index("[12,")
    boxes = trace.span_boxes(start, start + len("[12, 13]"))
    assert boxes == [(1, (85.0, 112.0, 105.0, 122.0)), (1, (50.0, 124.0, 65.0, 134.0))]
    start = trace.text.index("information")
    assert [box for _, box in trace.span_boxes(start, start + len("information"))] == [
        (90.0, 100.0, 120.0, 110.0),  # "infor-"
        (50.0, 112.0, 80.0, 122.0),  # "mation"
    ]


def test_a_paragraph_broken_at_a_column_foot_is_dehyphenated_across_its_blocks() -> None:
    """The foot of one column and the top of the next are two blocks; their join is a line end like any
    other: "infor-" + "mation" is one word, "Self-" + "Attention" a compound, and each keeps its boxes."""
    foot, top = _block([["see", "the", "infor-"]]), _block([["mation", "of", "Self-"]], page=2)
    rest = _block([["Attention", "here."]], page=2)
    trace = TextTrace()
    for block in (foot, top, rest):
        trace.add(block.text, block)
    assert trace.text == "see the information of Self-Attention here."
    start = trace.text.index("information")
    assert trace.span_boxes(start, start + len("information")) == [
        (1, (90.0, 100.0, 120.0, 110.0)),  # "infor-"
        (2, (50.0, 100.0, 80.0, 110.0)),  # "mation"
    ]


def test_a_trace_starting_inside_a_block_leaves_out_what_came_before() -> None:
    """A paragraph after a run-in heading: its box and spans start at the paragraph's own words."""
    block = _block([["Results", "We", "found", "it."]])
    trace = TextTrace()
    rest = block.text[len("Results ") :]
    trace.add(rest, block, len("Results "))
    assert trace.runs() == [(1, (90.0, 100.0, 150.0, 110.0))]
    assert trace.span_boxes(0, 2) == [(1, (90.0, 100.0, 100.0, 110.0))]  # "We"


def test_cutting_a_text_keeps_the_origins_of_the_rest() -> None:
    """A caption loses its "continued on next page" note and its tail; what is left still leads back to its
    own words."""
    block = _block([["A", "cell", "NOTE", "HERE", "divides", "[4]."], ["DOI:", "10.1/x"]])
    trace = TextTrace()
    trace.add(block.text, block)
    trace.remove(re.compile(r"\s*NOTE HERE"))
    trace.remove(re.compile(r"\s*DOI:.*$"))
    trace.add("", block, len(block.text))  # nothing appended: a space only, which strip takes off
    trace.strip()
    assert trace.text == "A cell divides [4]."
    start = trace.text.index("[4]")
    assert trace.span_boxes(start, start + 3) == [(1, (175.0, 100.0, 195.0, 110.0))]  # "[4]."
    # the words on either side of the cut, not the cut-out note between them
    assert trace.span_boxes(0, len("A cell divides")) == [
        (1, (50.0, 100.0, 80.0, 110.0)),
        (1, (135.0, 100.0, 170.0, 110.0)),
    ]


def test_a_marker_is_on_the_page_of_its_words_not_of_its_section() -> None:
    """A section that starts on page 1 cites on page 2: the citation's page is 2."""
    block = _block([["as", "shown", "[1]."]], page=2)
    trace = TextTrace()
    trace.add(block.text, block)
    refs = [Reference(id="b0", raw="[1] A. Smith. A study. 2020.", label="1")]
    (citation,) = link_citations([Passage(trace.text, 1, "sec1", trace, 0)], refs)
    assert citation.page == 2 and citation.boxes == [Location(2, (95.0, 100.0, 115.0, 110.0))]  # "[1]."
    assert (citation.paragraph, citation.offset) == (0, len("as shown "))


def test_runs_split_where_something_stands_between_the_lines() -> None:
    above, below = _block([["one", "two"]]), _block([["three", "four."]], top=300.0)
    trace = TextTrace()
    trace.add(above.text, above)
    trace.add(below.text, below)
    assert trace.runs() == [(1, (50.0, 100.0, 85.0, 110.0)), (1, (50.0, 300.0, 105.0, 310.0))]


# ---- real PDFs


@pytest.mark.skipif(not SHARED_ELIFE.is_dir(), reason="needs ../shared/corpora/elife (not in the repository)")
def test_elife_marker_boxes_hold_the_marker_words() -> None:
    """On real articles every located marker's boxes hold exactly the words that print it."""
    located = 0
    for path in sorted(SHARED_ELIFE.glob("*/*.pdf"))[:2]:
        doc = extract(path)
        pages = {p.number: [w for ln in p.lines for w in ln.words] for p in read_pdf(path).pages}
        for citation in doc.citations:
            inside = [
                w.text
                for box in citation.boxes
                for w in pages[box.page]
                if box.bbox[0] - 0.5 <= w.x0
                and w.x1 <= box.bbox[2] + 0.5
                and box.bbox[1] - 0.5 <= w.y0
                and w.y1 <= box.bbox[3] + 0.5
            ]
            if citation.boxes:
                located += 1
                assert re.sub(r"\W", "", citation.text) in re.sub(r"\W", "", "".join(inside))
        assert all(bool(b) for s in doc.sections for b in s.paragraph_boxes)
        assert all(e.location is not None for e in doc.equations + doc.footnotes)  # type: ignore[operator]
    assert located > 20


def test_a_marker_in_the_abstract_is_located(tmp_path: Path) -> None:
    path = tmp_path / "abstract.pdf"
    with pdfgen._document(path) as pdf:
        pdfgen._centred(pdf, 30, pdfgen.TITLE, "Helvetica", "B", 16)
        y = pdfgen._heading(pdf, pdfgen.LEFT, 50, "Abstract", 11)
        abstract = [
            "We",
            "present",
            *pdfgen.words("gamma", 1, 30),
            "gamma30 [1]",
            *pdfgen.words("gamma", 31, 60),
        ]
        y = pdfgen._paragraph(pdf, pdfgen.LEFT, y, pdfgen.FULL_W, [*abstract, "gamma60."])
        y = pdfgen._heading(pdf, pdfgen.LEFT, y + 8, "1 Introduction")
        y = pdfgen._paragraph(pdf, pdfgen.LEFT, y, pdfgen.FULL_W, [*pdfgen.words("alpha", 1, 80), "alpha80."])
        y = pdfgen._heading(pdf, pdfgen.LEFT, y + 8, "References")
        pdfgen._paragraph(pdf, pdfgen.LEFT, y, pdfgen.FULL_W, pdfgen.REFERENCES[0].split(), size=9)
    doc = document_to_dict(extract(path))
    (citation,) = [c for c in doc["citations"] if c["text"] == "[1]"]
    assert citation["ref_ids"] == ["b0"] and citation["boxes"]
    x0, y0, x1, y1 = doc["locations"]["abstract"]["bbox"]
    bx0, by0, bx1, by1 = citation["bbox"]
    assert x0 <= bx0 < bx1 <= x1 + 1 and y0 <= by0 < by1 <= y1 + 1
    assert bx1 - bx0 == pytest.approx(pdfgen.text_width("[1]") * PT, abs=1)
