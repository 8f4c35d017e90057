"""TEI XML in GROBID's fulltext shape, so tools written against GROBID read paperparse output unchanged.

The element layout follows GROBID's published TEI (teiHeader/sourceDesc/biblStruct for the header,
flat ``div``s in the body, ``listBibl`` in the back, ``coords="page,x,y,w,h"`` on located parts).
Trees are built with ElementTree so any text is escaped correctly; characters XML 1.0 forbids are
dropped first because no escaping can carry them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime

from paperparse import __version__
from paperparse.document import (
    Affiliation,
    Author,
    Caption,
    Citation,
    Document,
    Equation,
    Location,
    RefAuthor,
    Reference,
    Section,
    TableContent,
    section_flow,
)
from paperparse.output.grid import layout

TEI_NS = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NUMBERED_WORD = re.compile(r"^(?:[A-Z]?\d|[IVXL]+\b)")
_PAGE_RANGE = re.compile(r"^\s*(\w+)\s*[-–—]+\s*(\w+)\s*$")
_YEAR = re.compile(r"^\d{4}$")
_CITATION_PART = re.compile(r"[^,;]+[,;]?")
# elements whose children are inline (mixed content): indenting inside them would change their text
_INLINE = frozenset({"p", "persName", "head", "figDesc", "note", "title", "formula", "cell"})


def _clean(text: str) -> str:
    return _ILLEGAL_XML.sub("", text)


def _el(parent: ET.Element | None, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
    """A child element with cleaned text and attributes; attributes given as None are left out."""
    clean = {k: _clean(v) for k, v in attrs.items() if v is not None}
    elem = ET.Element(tag, clean) if parent is None else ET.SubElement(parent, tag, clean)
    if text is not None:
        elem.text = _clean(text)
    return elem


def _coords(location: Location | None) -> str | None:
    """GROBID's coordinate notation: page, x, y, width, height in PDF points from the top-left."""
    if location is None:
        return None
    x0, y0, x1, y1 = location.bbox
    return f"{location.page},{x0:.2f},{y0:.2f},{x1 - x0:.2f},{y1 - y0:.2f}"


def _all_coords(locations: Sequence[Location]) -> str | None:
    """Several boxes (a paragraph over two columns, a marker over two lines), joined by ";" as GROBID does."""
    return ";".join(_coords(location) or "" for location in locations) or None


def _indent(elem: ET.Element, level: int = 0) -> None:
    """Pretty-print element-only content, leaving mixed content (paragraphs, names) byte-exact."""
    if len(elem) == 0 or elem.tag in _INLINE:
        return
    pad = "\n" + "  " * (level + 1)
    elem.text = pad
    for child in elem:
        _indent(child, level + 1)
        child.tail = pad
    elem[-1].tail = "\n" + "  " * level


def _serialize(root: ET.Element) -> str:
    _indent(root)
    return ET.tostring(root, encoding="unicode")


# ---- names


def _pers_name(parent: ET.Element, author: Author | RefAuthor) -> None:
    pers = _el(parent, "persName", coords=_coords(author.location) if isinstance(author, Author) else None)
    middle = author.middle if isinstance(author, Author) else None
    if not (author.given or middle or author.surname):
        pers.text = _clean(author.name)
        return
    if author.given:
        _el(pers, "forename", author.given, type="first")
    if middle:
        _el(pers, "forename", middle, type="middle")
    if author.surname:
        _el(pers, "surname", author.surname)
    if isinstance(author, Author) and author.suffix:
        _el(pers, "genName", author.suffix)


# ---- header


def _header_biblstruct(parent: ET.Element, doc: Document) -> None:
    bibl = _el(parent, "biblStruct")
    analytic = _el(bibl, "analytic")
    aff_keys = {aff.id: f"aff{i}" for i, aff in enumerate(doc.affiliations)}
    by_id = {aff.id: aff for aff in doc.affiliations}
    linked: set[str] = set()
    for author in doc.authors:
        elem = _el(analytic, "author")
        _pers_name(elem, author)
        if author.email:
            _el(elem, "email", author.email)
        for aff_id in author.affiliations:
            if aff_id in by_id:
                _affiliation(elem, by_id[aff_id], aff_keys[aff_id])
                linked.add(aff_id)
    # GROBID keeps an affiliation no author claims as an author holding only that affiliation
    for aff in doc.affiliations:
        if aff.id not in linked:
            _affiliation(_el(analytic, "author"), aff, aff_keys[aff.id])
    if doc.title:
        _el(analytic, "title", doc.title, level="a", type="main", coords=_coords(doc.title_location))
    imprint = _el(_el(bibl, "monogr"), "imprint")
    _el(imprint, "date")
    if doc.doi:
        _el(bibl, "idno", doc.doi, type="DOI")


def _affiliation(parent: ET.Element, aff: Affiliation, key: str) -> None:
    elem = _el(parent, "affiliation", key=key, coords=_coords(aff.location))
    _el(elem, "note", aff.raw, type="raw_affiliation")
    for kind in ("laboratory", "department", "institution"):
        if value := getattr(aff, kind):
            _el(elem, "orgName", value, type=kind)
    # GROBID's address markup; addrLine holds the whole address as printed (paperparse's `address`, as
    # before), settlement, region and postCode its parts
    parts = [("addrLine", aff.address), ("settlement", aff.settlement), ("region", aff.region)]
    parts += [("postCode", aff.post_code), ("country", aff.country)]
    parts = [(tag, value) for tag, value in parts if value]
    if parts:
        address = _el(elem, "address")
        for tag, value in parts:  # GROBID keys a country by its ISO code
            _el(address, tag, value, key=aff.country_code if tag == "country" else None)


def _tei_header(parent: ET.Element, doc: Document, when: str) -> None:
    header = _el(parent, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", doc.title or "", level="a", type="main", coords=_coords(doc.title_location))
    publication = _el(file_desc, "publicationStmt")
    _el(publication, "publisher")
    _el(_el(publication, "availability", status="unknown"), "licence")
    _header_biblstruct(_el(file_desc, "sourceDesc"), doc)

    app_info = _el(_el(header, "encodingDesc"), "appInfo")
    app = _el(app_info, "application", version=__version__, ident="paperparse", when=when)
    _el(app, "desc", "paperparse - scholarly PDFs to structured data")

    profile = _el(header, "profileDesc")
    if doc.keywords:
        keywords = _el(_el(profile, "textClass"), "keywords")
        for term in doc.keywords:
            _el(keywords, "term", term)
    if doc.abstract:
        div = _el(_el(profile, "abstract"), "div")
        _el(div, "p", doc.abstract, coords=_coords(doc.abstract_location))


# ---- body


def _citation_pattern(targets: dict[str, list[str]]) -> re.Pattern[str] | None:
    if not targets:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(targets, key=len, reverse=True)))


def _add_text(parent: ET.Element, text: str) -> None:
    """Append text after parent's last child (or as its text) — ElementTree keeps text in .text/.tail."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _add_citation(p: ET.Element, text: str, ref_ids: list[str], coords: str | None) -> None:
    """One <ref> per cited reference when the marker splits into as many parts ("[2, 3]"), as GROBID does;
    each part carries the whole marker's coordinates."""
    parts = _CITATION_PART.findall(text)
    if len(ref_ids) > 1 and len(parts) == len(ref_ids):
        for part, ref_id in zip(parts, ref_ids, strict=True):
            stripped = part.lstrip()
            _add_text(p, part[: len(part) - len(stripped)])
            _el(p, "ref", stripped, type="bibr", target=f"#{ref_id}", coords=coords)
        return
    _el(p, "ref", text, type="bibr", target=" ".join(f"#{r}" for r in ref_ids), coords=coords)


def _paragraph(
    parent: ET.Element,
    text: str,
    pattern: re.Pattern[str] | None,
    targets: dict[str, list[str]],
    found: dict[int, Citation],
) -> ET.Element:
    """A <p> with its citation markers as <ref>s; `found` holds the paragraph's citations by where they
    start in its text, whose boxes locate the markers."""
    p = _el(parent, "p")
    text = _clean(text)
    start = 0
    for m in pattern.finditer(text) if pattern else ():
        _add_text(p, text[start : m.start()])
        citation = found.get(m.start())
        _add_citation(p, m.group(0), targets[m.group(0)], _all_coords(citation.boxes) if citation else None)
        start = m.end()
    _add_text(p, text[start:])
    return p


def _section(
    body: ET.Element,
    section: Section,
    targets: dict[str, list[str]],
    equations: list[Equation],
    found: dict[int, dict[int, Citation]],
) -> None:
    """A div: head, then paragraphs and display formulas (GROBID's <formula>) in reading order.

    `found` holds the section's citations by paragraph index, then by where they start in its text."""
    div = _el(body, "div")
    coords = _coords(section.location)
    if section.title:
        _el(div, "head", section.title, n=section.number, coords=coords)
    pattern = _citation_pattern(targets)
    index = 0
    for item in section_flow(section, equations):
        if isinstance(item, Equation):
            formula = _el(div, "formula", item.text, coords=_coords(item.location))
            formula.set(_XML_ID, _clean(item.id))
            if item.label:
                _el(formula, "label", item.label)
            continue
        p = _paragraph(div, item, pattern, targets, found.get(index, {}))
        boxes = section.paragraph_boxes[index] if index < len(section.paragraph_boxes) else []
        where = _all_coords(boxes) or (coords if index == 0 and not section.title else None)
        if where:  # an untitled section without paragraph boxes: its first paragraph is where it is
            p.set("coords", where)
        index += 1


def _figure(body: ET.Element, item: Caption, table: bool) -> None:
    """GROBID's figure: located by its region and caption together; its graphic by the region alone."""
    fig = _el(body, "figure", type="table" if table else None, coords=_figure_coords(item))
    fig.set(_XML_ID, _clean(item.id))
    if item.label:
        _el(fig, "head", item.label)
        _el(fig, "label", _number(item.label))
    _el(fig, "figDesc", item.caption)
    if table and item.content is not None:
        _table(fig, item.region, item.content)
    elif item.region is not None:
        _el(fig, "graphic", coords=_coords(item.region))


def _table(fig: ET.Element, region: Location | None, content: TableContent) -> None:
    """GROBID's `<table>` of `<row>`s of `<cell>`s, located by the table's region.

    A cell spanning columns or rows says so with `cols` and `rows` (TEI's attributes; GROBID writes
    `cols`), and the slots it covers get no cell of their own, as in HTML; an empty slot is an empty
    `<cell/>`, so every row still counts its columns. Header cells have TEI's `role="label"`. A table
    whose grid was not recovered keeps its text lines, one single-cell row each.
    """
    table = _el(fig, "table", coords=_coords(region))
    if content.structure != "cells":
        for line in content.lines:
            _el(_el(table, "row"), "cell", line)
        return
    for slots in layout(content):
        row = _el(table, "row")
        for slot in slots:
            if slot.covered:
                continue
            _el(
                row,
                "cell",
                slot.text,
                cols=str(slot.colspan) if slot.colspan > 1 else None,
                rows=str(slot.rowspan) if slot.rowspan > 1 else None,
                role="label" if slot.header else None,
            )


def _number(label: str) -> str:
    """The label from its first numbered word on: "Table II" → "II", "Figure 1—figure supplement 2" →
    "1—figure supplement 2", so that a supplement's label differs from its figure's."""
    words = label.split()
    first = next((i for i, w in enumerate(words) if _NUMBERED_WORD.match(w)), len(words) - 1)
    return " ".join(words[first:])


def _figure_coords(item: Caption) -> str | None:
    """One box around region and caption on one page; on two pages, one box on each (";" between)."""
    region, caption = item.region, item.location
    if region is None or caption is None:
        return _coords(caption or region)
    if region.page != caption.page:
        return _all_coords([region, caption])
    (a0, b0, a1, b1), (c0, d0, c1, d1) = region.bbox, caption.bbox
    return _coords(Location(region.page, (min(a0, c0), min(b0, d0), max(a1, c1), max(b1, d1))))


def _body(text: ET.Element, doc: Document) -> None:
    body = _el(text, "body")
    targets: dict[str, dict[str, list[str]]] = {}
    found: dict[str, dict[int, dict[int, Citation]]] = {}
    for c in doc.citations:
        marker = _clean(c.text)
        if c.section_id is not None and c.ref_ids and marker.strip():
            targets.setdefault(c.section_id, {})[marker] = c.ref_ids
            if c.paragraph is not None and c.offset is not None:
                found.setdefault(c.section_id, {}).setdefault(c.paragraph, {})[c.offset] = c
    for section in doc.sections:
        _section(body, section, targets.get(section.id, {}), doc.equations, found.get(section.id, {}))
    for item in doc.figures:
        _figure(body, item, table=False)
    for item in doc.tables:
        _figure(body, item, table=True)
    for i, note in enumerate(doc.footnotes):
        elem = _el(body, "note", note.text, place="foot", coords=_coords(note.location))
        elem.set(_XML_ID, f"foot_{i}")


# ---- references


def _page_scope(imprint: ET.Element, pages: str) -> None:
    m = _PAGE_RANGE.match(pages)
    if m:
        _el(imprint, "biblScope", unit="page", **{"from": m.group(1), "to": m.group(2)})
    else:
        _el(imprint, "biblScope", pages.strip(), unit="page")


def _biblstruct(parent: ET.Element, ref: Reference) -> ET.Element:
    bibl = _el(parent, "biblStruct", coords=_coords(ref.location))
    bibl.set(_XML_ID, _clean(ref.id))
    analytic = _el(bibl, "analytic") if ref.title or ref.authors else None
    monogr = _el(bibl, "monogr")
    if analytic is not None:
        if ref.title:
            _el(analytic, "title", ref.title, level="a", type="main")
        for author in ref.authors:
            _pers_name(_el(analytic, "author"), author)
    if ref.venue:
        _el(monogr, "title", ref.venue, level="j")
    ids = analytic if analytic is not None else monogr
    if ref.doi:
        _el(ids, "idno", ref.doi, type="DOI")
    if ref.arxiv:
        _el(ids, "idno", ref.arxiv, type="arXiv")
    if ref.url:
        _el(monogr, "ptr", target=ref.url)
    imprint = _el(monogr, "imprint")
    if ref.publisher:
        _el(imprint, "publisher", ref.publisher)
    if ref.volume:
        _el(imprint, "biblScope", ref.volume, unit="volume")
    if ref.issue:
        _el(imprint, "biblScope", ref.issue, unit="issue")
    if ref.pages:
        _page_scope(imprint, ref.pages)
    if ref.year:
        _el(imprint, "date", ref.year, type="published", when=ref.year if _YEAR.match(ref.year) else None)
    if len(imprint) == 0:
        _el(imprint, "date")  # TEI wants something in an imprint; GROBID writes an empty date
    _el(bibl, "note", ref.raw, type="raw_reference")
    return bibl


def _list_bibl(parent: ET.Element | None, refs: list[Reference]) -> ET.Element:
    list_bibl = _el(parent, "listBibl")
    for ref in refs:
        _biblstruct(list_bibl, ref)
    return list_bibl


# ---- documents


def _tei_root(doc: Document, when: str | None) -> ET.Element:
    root = _el(None, "TEI", xmlns=TEI_NS)
    _tei_header(root, doc, when or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M+0000"))
    return root


def to_tei(doc: Document, when: str | None = None) -> str:
    """The whole document as GROBID-style fulltext TEI (what processFulltextDocument returns).

    ``when`` stamps ``appInfo/application/@when`` like GROBID's processing time; pass a fixed value
    for byte-identical output across runs. No XML declaration, so lxml also accepts the string.
    """
    root = _tei_root(doc, when)
    text = _el(root, "text")
    _body(text, doc)
    _list_bibl(_el(_el(text, "back"), "div", type="references"), doc.references)
    return _serialize(root)


def header_to_tei(doc: Document, when: str | None = None) -> str:
    """Only the teiHeader (and an empty text, which TEI requires), as processHeaderDocument returns."""
    root = _tei_root(doc, when)
    _el(root, "text")
    return _serialize(root)


def references_to_tei(refs: list[Reference]) -> str:
    """A bare ``<listBibl>`` of biblStructs, the shape of processReferences/processCitation answers."""
    root = _list_bibl(None, refs)
    root.set("xmlns", TEI_NS)
    return _serialize(root)
