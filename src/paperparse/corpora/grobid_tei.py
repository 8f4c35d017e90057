"""GROBID training/evaluation TEI (header, fulltext, segmentation) → text-level gold items.

These annotations sit inline over the text stream GROBID took from each PDF, and the PDFs are not
shipped, so they score text-level models (header labeller, segmenter…) rather than end-to-end runs.
Each document becomes its full text lines plus a flat list of (field, text) gold items.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from paperparse.corpora.jats import clean


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
