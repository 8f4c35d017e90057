"""GROBID training/evaluation TEI (header, fulltext, segmentation) → text-level gold items.

These annotations sit inline over the text stream GROBID took from each PDF, and the PDFs are not
shipped, so they score text-level models (header labeller, segmenter…) rather than end-to-end runs.
Each document becomes its full text lines plus a flat list of (field, text) gold items; the
affiliation-address set instead becomes one `TaggedAffiliation` per <affiliation>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from paperparse.corpora.jats import clean
from paperparse.header.affiliation_parser.features import LABELS as AFFILIATION_LABELS


@dataclass(slots=True)
class TeiDocument:
    name: str
    lines: list[str]
    items: list[tuple[str, str]]


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def stream(elem: ET.Element) -> str:
    """Text of an element with each <lb/> turned into a newline, as in the original line stream."""
    parts = [elem.text or ""]
    for child in elem:
        parts.append("\n" if local(child.tag) == "lb" else stream(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _header_field(elem: ET.Element) -> str | None:
    tag = local(elem.tag)
    if tag == "titlePart":
        return "title"
    if tag == "docAuthor":
        return "author"
    if tag in ("affiliation", "email", "keyword", "address"):
        return tag
    if tag == "div" and elem.get("type") == "abstract":
        return "abstract"
    return None


def _fulltext_field(elem: ET.Element) -> str | None:
    tag = local(elem.tag)
    if tag == "head":
        return "section_title"
    if tag == "figure":
        return "table_caption" if elem.get("type") == "table" else "figure_caption"
    if tag == "note":
        return "note"
    return None


_ZONES = {"front", "body", "listBibl", "page", "note", "div", "titlePage", "headnote", "footnote"}


def _segmentation_field(elem: ET.Element) -> str | None:
    """Zones are the direct children of <text>; notes and divs are qualified by their place/type."""
    tag = local(elem.tag)
    if tag not in _ZONES:
        return None
    qualifier = elem.get("place") or elem.get("type")
    return f"{tag}:{qualifier}" if qualifier else tag


def _load(path: Path, field_of: Callable[[ET.Element], str | None], top_level: bool) -> TeiDocument:
    root = ET.parse(path).getroot()
    text = next((e for e in root.iter() if local(e.tag) == "text"), root)
    candidates = list(text) if top_level else text.iter()
    items = []
    for elem in candidates:
        field = field_of(elem)
        if field is not None:
            value = clean(stream(elem))
            if value:
                items.append((field, value))
    lines = [clean(line) for line in stream(text).split("\n")]
    name = path.name.split(".training.")[0]
    return TeiDocument(name, [line for line in lines if line], items)


def load_header(path: Path) -> TeiDocument:
    """Header TEI: title, author, affiliation, address, email, abstract, keyword items."""
    return _load(path, _header_field, top_level=False)


def load_fulltext(path: Path) -> TeiDocument:
    """Fulltext TEI: section titles, figure and table captions (label included), notes."""
    return _load(path, _fulltext_field, top_level=False)


def load_segmentation(path: Path) -> TeiDocument:
    """Segmentation TEI: the zones (front, body, listBibl, note:footnote, page…) in document order."""
    return _load(path, _segmentation_field, top_level=True)


_LOADERS = {"header": load_header, "fulltext": load_fulltext, "segmentation": load_segmentation}


def load_split(grobid: Path, model: str, split: str = "evaluation") -> list[TeiDocument]:
    """All documents of one GROBID model's split ("corpus" or "evaluation"), sorted by file name."""
    loader = _LOADERS[model]
    return [loader(p) for p in sorted((grobid / model / split / "tei").glob("*.xml"))]


# ---- affiliation-address: one affiliation string and its tagged parts ---------------------------------

AFFILIATION_FIELDS = tuple(label for label in AFFILIATION_LABELS if label != "other")
"""GROBID's affiliation parts: the affiliation parser's labels, which are named for them."""
_ORG_TYPES = {
    "institution": "institution",
    "institute": "institution",
    "consortium": "institution",
    "department": "department",
    "departement": "department",
    "laboratory": "laboratory",
}
_ADDRESS_TAGS = {
    "addrLine": "addrLine",
    "postBox": "addrLine",
    "settlement": "settlement",
    "region": "region",
    "postCode": "postCode",
    "country": "country",
    "institution": "institution",
}


@dataclass(slots=True)
class TaggedAffiliation:
    """One <affiliation>: its text as a PDF gives it (markers left out, each <lb/> a line break, spaces
    collapsed) and its parts as (field, start, end) spans of that text, in reading order, fields named as
    in AFFILIATION_FIELDS. A post box counts as an address line."""

    source: str
    raw: str
    spans: list[tuple[str, int, int]]

    @property
    def parts(self) -> list[tuple[str, str]]:
        return [(name, re.sub(r"\s+", " ", self.raw[a:b])) for name, a, b in self.spans]


def _affiliation_field(elem: ET.Element) -> str | None:
    tag = local(elem.tag)
    if tag == "orgName":
        return _ORG_TYPES.get((elem.get("type") or "").lower(), "institution")
    return _ADDRESS_TAGS.get(tag)


_LINE_BREAK = "\v"
"""An <lb/> while the text is gathered: whitespace, told apart from the file's indentation newlines."""


def _labelled_chars(elem: ET.Element, owner: int, out: list[tuple[str, int]], fields: list[str]) -> None:
    """The element's text, character by character, each with the index in `fields` of the tagged part
    it belongs to (-1: none). A marker's text is left out: the header reads markers apart from the
    affiliation. A part inside a part (a <country> in an <addrLine>) stays in the outer one."""
    out.extend((c, owner) for c in elem.text or "")
    for child in elem:
        tag = local(child.tag)
        if tag == "lb":
            out.append((_LINE_BREAK, owner))
        elif tag != "marker":
            part = owner
            if owner < 0 and (name := _affiliation_field(child)) is not None:
                fields.append(name)
                part = len(fields) - 1
            _labelled_chars(child, part, out, fields)
        out.extend((c, owner) for c in child.tail or "")


def tagged_affiliation(elem: ET.Element, source: str = "") -> TaggedAffiliation:
    """An <affiliation> element as its text and tagged spans."""
    chars: list[tuple[str, int]] = []
    fields: list[str] = []
    _labelled_chars(elem, -1, chars, fields)
    text = "".join(c for c, _ in chars)
    raw: list[str] = []
    owners: list[int] = []
    gap = ""
    for m in re.finditer(r"\S+|\s+", text):
        if m.group().isspace():
            gap = "\n" if _LINE_BREAK in m.group() or gap == "\n" else " "
            continue
        if raw and gap:
            raw.append(gap)
            owners.append(-1)
        gap = ""
        raw.extend(m.group())
        owners.extend(owner for _, owner in chars[m.start() : m.end()])
    where: dict[int, list[int]] = {}
    for i, owner in enumerate(owners):
        if owner >= 0:
            where.setdefault(owner, []).append(i)
    spans = sorted(((fields[k], at[0], at[-1] + 1) for k, at in where.items()), key=lambda s: s[1])
    return TaggedAffiliation(source, "".join(raw), spans)


def load_affiliations(path: Path) -> list[TaggedAffiliation]:
    """Every outermost <affiliation> of one affiliation-address TEI file, in document order."""
    root = ET.parse(path).getroot()
    found: list[TaggedAffiliation] = []
    inner: set[int] = set()
    for elem in root.iter():
        if local(elem.tag) == "affiliation" and id(elem) not in inner:
            inner |= {id(e) for e in elem.iter() if e is not elem}
            tagged = tagged_affiliation(elem, path.name)
            if tagged.raw:
                found.append(tagged)
    return found


def load_affiliation_split(grobid: Path, split: str = "evaluation") -> list[TaggedAffiliation]:
    """All affiliations of affiliation-address/<split> ("corpus" or "evaluation"), files sorted by name."""
    folder = grobid / "affiliation-address" / split
    return [a for p in sorted(folder.glob("*.xml")) for a in load_affiliations(p)]
