"""TEI and Markdown renderers: GROBID consumers (grobid-tei-xml) read our TEI; hostile text stays well-formed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import grobid_tei_xml
import pdfgen
import pytest

from paperparse.cli import main
from paperparse.document import (
    Author,
    Caption,
    Citation,
    Document,
    Footnote,
    Location,
    RefAuthor,
    Reference,
    Section,
    Source,
)
from paperparse.output.markdown import to_markdown
from paperparse.output.tei import header_to_tei, references_to_tei, to_tei
from paperparse.pipeline import extract

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
WHEN = "2024-01-01T00:00+0000"


@pytest.fixture(scope="module")
def tei(doc: Document) -> str:
    return to_tei(doc, when=WHEN)


def _empty() -> Document:
    return Document(source=Source(file="x.pdf", sha256="0" * 64, pages=0))


def _full_reference() -> Reference:
    return Reference(
        id="b0",
        raw="[1] A. Smith and B. Lee. Deep <things> & more. J. Things, 12(3):45-67, 2019. doi:10.1/x",
        label="1",
        authors=[RefAuthor("A. Smith", "A.", "Smith"), RefAuthor("B. Lee", "B.", "Lee"), RefAuthor("Anon")],
        title="Deep <things> & more",
        venue="J. Things",
        year="2019",
        volume="12",
        issue="3",
        pages="45-67",
        doi="10.1/x",
        url="https://example.org/paper",
        publisher="ACM",
        arxiv="2101.00001",
        location=Location(2, (50.0, 100.0, 250.0, 120.0)),
    )


# ---- TEI read by a GROBID consumer


def test_grobid_reader_gets_the_header(doc: Document, tei: str) -> None:
    parsed = grobid_tei_xml.parse_document_xml(tei)
    assert parsed.header.title == pdfgen.TITLE
    assert [a.surname for a in parsed.header.authors] == ["Smith", "Lee"]
    assert [a.given_name for a in parsed.header.authors] == ["Alice", "Bob"]
    assert [a.email for a in parsed.header.authors] == ["alice@example.org", "bob@example.org"]
    first = parsed.header.authors[0].affiliation
    assert first is not None and first.institution == "University of Oxford"
    assert first.address is not None and first.address.country == "United Kingdom"
    assert parsed.abstract == doc.abstract
    assert parsed.grobid_version == "0.1.0"


def test_grobid_reader_gets_body_and_references(doc: Document, tei: str) -> None:
    parsed = grobid_tei_xml.parse_document_xml(tei)
    assert parsed.body is not None
    for word in ("Introduction", "alpha1", "beta21", "delta160.", "epsilon60."):
        assert word in parsed.body.split()
    assert parsed.citations is not None and len(parsed.citations) == len(pdfgen.REFERENCES)
    assert [c.unstructured for c in parsed.citations] == pdfgen.REFERENCES
    assert [c.id for c in parsed.citations] == [r.id for r in doc.references]
    for ref, cited in zip(doc.references, parsed.citations, strict=True):
        if ref.title:
            assert cited.title == ref.title
        if ref.venue:
            assert cited.journal == ref.venue


def test_body_structure_and_citation_links(doc: Document, tei: str) -> None:
    root = ET.fromstring(tei)
    body = root.find("tei:text/tei:body", NS)
    assert body is not None
    heads = [(h.get("n"), h.text) for h in body.findall("tei:div/tei:head", NS)]
    assert heads == [("1", "Introduction"), ("2", "Method"), ("2.1", "Data")]
    ids = {b.get(XML_ID) for b in root.iterfind(".//tei:listBibl/tei:biblStruct", NS)}
    refs = body.findall(".//tei:ref[@type='bibr']", NS)
    assert [(r.text, r.get("target")) for r in refs] == [("[1]", "#b0"), ("[2,", "#b1"), ("3]", "#b2")]
    assert {r.get("target", "")[1:] for r in refs} <= ids
    # wrapping citations changes no text
    paragraphs = ["".join(p.itertext()) for p in body.iterfind("tei:div/tei:p", NS)]
    assert paragraphs == [p for s in doc.sections for p in s.paragraphs]
    figure = body.find("tei:figure", NS)
    assert figure is not None and figure.get("type") is None
    assert figure.findtext("tei:figDesc", namespaces=NS) == doc.figures[0].caption
    assert figure.findtext("tei:label", namespaces=NS) == "1"


def test_figure_coords_cover_its_graphic_and_caption(doc: Document, tei: str) -> None:
    figure = ET.fromstring(tei).find("tei:text/tei:body/tei:figure", NS)
    assert figure is not None
    region, caption = doc.figures[0].region, doc.figures[0].location
    assert region is not None and caption is not None and region.page == caption.page
    graphic = figure.find("tei:graphic", NS)
    assert graphic is not None
    assert [float(v) for v in graphic.get("coords", "").split(",")] == pytest.approx(
        [
            region.page,
            region.bbox[0],
            region.bbox[1],
            region.bbox[2] - region.bbox[0],
            region.bbox[3] - region.bbox[1],
        ],
        abs=0.01,
    )
    page, x, y, w, h = (float(v) for v in figure.get("coords", "").split(","))
    union = [min(region.bbox[0], caption.bbox[0]), min(region.bbox[1], caption.bbox[1])]
    union += [max(region.bbox[2], caption.bbox[2]), max(region.bbox[3], caption.bbox[3])]
    assert (page, x, y, x + w, y + h) == pytest.approx((region.page, *union), abs=0.01)


@pytest.fixture(scope="module")
def equations_doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return extract(pdfgen.equations_page(tmp_path_factory.mktemp("eq") / "eq.pdf"))


def test_formulas_sit_between_the_paragraphs_of_their_section(equations_doc: Document) -> None:
    tei = to_tei(equations_doc, when=WHEN)
    divs = ET.fromstring(tei).findall("tei:text/tei:body/tei:div", NS)
    flow = [[(e.tag.split("}")[1], e.get(XML_ID)) for e in div if not e.tag.endswith("head")] for div in divs]
    assert flow == [
        [("p", None), ("formula", "formula_0"), ("p", None), ("formula", "formula_1")],
        [("formula", "formula_2"), ("p", None)],
    ]
    first = divs[0].find("tei:formula", NS)
    assert (
        first is not None
        and first.text == "y = a x + b"
        and first.findtext("tei:label", namespaces=NS) == "(1)"
    )
    assert first.get("coords", "").startswith("1,")
    assert divs[0].findall("tei:formula", NS)[1].find("tei:label", NS) is None  # unnumbered
    # GROBID consumers still read the body's paragraphs
    parsed = grobid_tei_xml.parse_document_xml(tei)
    assert "linear law" in (parsed.body or "") and "kernel k" in (parsed.body or "")


def test_markdown_display_equations_in_place(equations_doc: Document) -> None:
    blocks = to_markdown(equations_doc).split("\n\n")
    law = next(i for i, b in enumerate(blocks) if "linear law" in b)
    assert blocks[law + 1] == "$$\ny = a x + b \\tag{1}\n$$"
    assert blocks[law + 2].startswith("Here a and b")
    assert blocks[law + 3] == "$$\nz = x + y\n$$"
    assert blocks[law + 4 : law + 6] == ["## 2 Method", "$$\np = w k + c \\tag{2}\n$$"]


def test_coordinates_in_grobid_notation(tei: str) -> None:
    root = ET.fromstring(tei)
    located = [e for e in root.iter() if e.get("coords")]
    tags = {e.tag.split("}")[1] for e in located}
    assert {"title", "persName", "head", "figure", "biblStruct", "p", "ref"} <= tags
    for e in located:
        for box in e.get("coords", "").split(";"):  # several boxes joined by ";"
            page, x, y, w, h = box.split(",")
            assert int(page) in (1, 2) and float(x) >= 0 and float(y) >= 0 and float(w) > 0 and float(h) > 0


def test_output_is_deterministic_given_when(doc: Document, tei: str) -> None:
    assert to_tei(doc, when=WHEN) == tei


def test_structured_reference_fields_reach_a_grobid_reader() -> None:
    xml = references_to_tei([_full_reference()])
    assert xml.startswith('<listBibl xmlns="http://www.tei-c.org/ns/1.0">')
    [cited] = grobid_tei_xml.parse_citation_list_xml(xml)
    assert cited.id == "b0"
    assert cited.title == "Deep <things> & more"
    assert [a.surname for a in cited.authors] == ["Smith", "Lee", None]
    assert cited.authors[2].full_name == "Anon"
    assert (cited.journal, cited.volume, cited.issue) == ("J. Things", "12", "3")
    assert (cited.first_page, cited.last_page, cited.pages) == ("45", "67", "45-67")
    assert (cited.date, cited.doi, cited.arxiv_id) == ("2019", "10.1/x", "2101.00001")
    assert (cited.url, cited.publisher) == ("https://example.org/paper", "ACM")
    assert cited.unstructured == _full_reference().raw


def test_header_only_tei(doc: Document) -> None:
    xml = header_to_tei(doc, when=WHEN)
    parsed = grobid_tei_xml.parse_document_xml(xml)
    assert parsed.header.title == pdfgen.TITLE
    assert parsed.citations == [] and parsed.body is None
    assert "listBibl" not in xml and "alpha1" not in xml


# ---- hostile and empty input


def test_hostile_text_stays_well_formed() -> None:
    nasty = "A <b>bold</b> & ]]> \"quoted\" 'title'\x00\x07\x1b\x0b\ufffe\ud800 é 𝛼"
    expected = "A <b>bold</b> & ]]> \"quoted\" 'title' é 𝛼"
    doc = _empty()
    doc.title = nasty
    doc.authors = [
        Author(name="O'Brien & <Co>", given="Pat\x01", surname="O'Brien & <Co>", email="a&b@x.org")
    ]
    doc.abstract = "Less < more & \x02 done"
    doc.keywords = ["a<b", "c&d\x03"]
    doc.sections = [Section("sec1", "1", "Intro <&>", 1, ["see [1] and <tag> & [1]\x08 again"])]
    doc.citations = [Citation("[1]", ["b0"], 1, "sec1")]
    doc.figures = [Caption("fig1", "Figure 1", "x < y\x1f")]
    doc.footnotes = [Footnote("note & <stuff>\x0c")]
    doc.references = [Reference(id="b0", raw=nasty, title=nasty, url="http://x.org/?a=1&b=<2>\x00")]

    xml = to_tei(doc, when=WHEN)
    xml.encode("utf-8")  # no lone surrogates survive
    root = ET.fromstring(xml)
    parsed = grobid_tei_xml.parse_document_xml(xml)
    assert parsed.header.title == expected
    assert parsed.header.authors[0].surname == "O'Brien & <Co>"
    assert parsed.header.authors[0].given_name == "Pat"
    assert parsed.abstract == "Less < more &  done"
    assert parsed.citations is not None and parsed.citations[0].title == expected
    assert parsed.citations[0].url == "http://x.org/?a=1&b=<2"  # grobid-tei-xml cuts URLs at ">"
    p = root.find(".//tei:body/tei:div/tei:p", NS)
    assert p is not None and "".join(p.itertext()) == "see [1] and <tag> & [1] again"
    assert [r.text for r in p.iterfind("tei:ref", NS)] == ["[1]", "[1]"]
    ET.fromstring(references_to_tei(doc.references))
    ET.fromstring(header_to_tei(doc, when=WHEN))


def test_figure_labels_keep_their_parts() -> None:
    doc = _empty()
    labels = ["Figure 1", "Figure 1—figure supplement 2", "Table II"]
    doc.figures = [Caption(f"fig{i}", label, "x") for i, label in enumerate(labels)]
    figures = ET.fromstring(to_tei(doc, when=WHEN)).findall("tei:text/tei:body/tei:figure", NS)
    assert [f.findtext("tei:label", namespaces=NS) for f in figures] == ["1", "1—figure supplement 2", "II"]
    assert [f.findtext("tei:head", namespaces=NS) for f in figures] == labels


def test_empty_document_is_valid_tei() -> None:
    xml = to_tei(_empty())
    root = ET.fromstring(xml)
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS) is not None
    assert root.find("tei:text/tei:back/tei:div/tei:listBibl", NS) is not None
    parsed = grobid_tei_xml.parse_document_xml(xml)
    assert not parsed.header.title and parsed.header.authors == []
    assert parsed.abstract is None and parsed.body is None and parsed.citations == []
    assert grobid_tei_xml.parse_citation_list_xml(references_to_tei([])) == []
    assert to_markdown(_empty()) == ""


# ---- Markdown


def test_markdown_headings_and_order(doc: Document) -> None:
    md = to_markdown(doc)
    lines = md.splitlines()
    assert [ln for ln in lines if ln.startswith("#")] == [
        f"# {pdfgen.TITLE}",
        "## Abstract",
        "## 1 Introduction",
        "## 2 Method",
        "### 2.1 Data",
        "## References",
    ]
    assert lines[2] == "Alice Smith, Bob Lee"
    assert "**Keywords:** " + ", ".join(pdfgen.KEYWORDS) in lines
    caption = "> **Figure 1.** Example of the beta layout with two columns."
    assert lines.index("### 2.1 Data") < lines.index(caption) < lines.index("## References")
    assert lines[-3:] == [f"{n}. {raw}" for n, raw in enumerate(pdfgen.REFERENCES, 1)]
    assert md.index("alpha1 ") < md.index("alpha111 ") < md.index("beta1 ") < md.index("epsilon60.")
    assert "\\" not in md, "ordinary text is not escaped"


def test_markdown_levels_captions_and_footnotes() -> None:
    doc = _empty()
    doc.title = "A\ntitle"
    doc.sections = [
        Section("sec0", None, "", 1, ["Lead paragraph."], Location(1, (0, 0, 1, 1))),
        Section("sec1", "1", "Deep", 3, ["Text."], Location(1, (0, 0, 1, 1))),
        Section("sec2", None, "Later", 2, ["More."], Location(3, (0, 0, 1, 1))),
    ]
    doc.tables = [Caption("tab1", "Table 2", "On page 2.", Location(2, (0, 0, 1, 1)))]
    doc.figures = [Caption("fig1", None, "Nowhere.")]
    doc.footnotes = [Footnote("1 A note.")]
    assert to_markdown(doc).split("\n\n") == [
        "# A title",
        "Lead paragraph.",
        "#### 1 Deep",
        "Text.",
        "> **Table 2.** On page 2.",
        "### Later",
        "More.",
        "> **Figure.** Nowhere.",
        "## Footnotes",
        "1 A note.",
    ]


def test_markdown_escapes_only_what_it_would_misread() -> None:
    doc = _empty()
    doc.abstract = "# params. are counted"
    doc.sections = [
        Section(
            "sec1",
            "1",
            "Costs in $$",
            1,
            [
                "* marks a note",
                "- 3 dB",
                "> 2 units",
                "| a | b |",
                "1. Smith said so",
                "Plain text, 1. and 2.5 $$x$$.",
            ],
        )
    ]
    doc.footnotes = [Footnote("+ one more")]
    doc.references = [Reference("b0", "1. Smith J. 2010. A title. Nature 1:2-3.")]
    assert to_markdown(doc).split("\n\n") == [
        "## Abstract",
        "\\# params. are counted",
        "## 1 Costs in \\$\\$",
        "\\* marks a note",
        "\\- 3 dB",
        "\\> 2 units",
        "\\| a | b |",
        "1\\. Smith said so",
        "Plain text, 1. and 2.5 \\$\\$x\\$\\$.",
        "## Footnotes",
        "\\+ one more",
        "## References",
        "1. 1\\. Smith J. 2010. A title. Nature 1:2-3.",
    ]


def test_markdown_equation_on_several_lines_is_one_display(tmp_path: Path) -> None:
    doc = extract(pdfgen.multiline_equation_page(tmp_path / "equation.pdf"))
    blocks = to_markdown(doc).split("\n\n")
    law = next(i for i, b in enumerate(blocks) if "law that we fit" in b)
    display = blocks[law + 1]
    assert display.startswith("$$\n") and display.endswith(" \\tag{3}\n$$")
    assert " ".join(display[3:-11].split()) == " ".join(pdfgen.MULTILINE_EQUATION)  # every line, in order
    assert blocks[law + 2].startswith("Here a and b")


def test_markdown_references_show_a_broken_doi_whole(tmp_path: Path) -> None:
    doc = extract(pdfgen.broken_doi_reference_page(tmp_path / "doi.pdf"))
    md = to_markdown(doc)
    assert "doi: 10.1523/JNEUROSCI.1234-10.2010" in md
    assert "10.1523/ JNEUROSCI" not in md


# ---- CLI


@pytest.mark.parametrize(("fmt", "suffix"), [("tei", ".tei.xml"), ("md", ".md"), ("json", ".json")])
def test_cli_formats(paper_pdf: Path, tmp_path: Path, fmt: str, suffix: str) -> None:
    assert main(["extract", str(paper_pdf), "--format", fmt, "-o", str(tmp_path)]) == 0
    text = (tmp_path / f"paper{suffix}").read_text(encoding="utf-8")
    assert pdfgen.TITLE in text
    if fmt == "tei":
        assert grobid_tei_xml.parse_document_xml(text).header.title == pdfgen.TITLE
