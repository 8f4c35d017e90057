"""GROBID's name-model data (name/header, name/citation) → printed names and their gold parts.

GROBID tags each part of a printed name inline: <forename> (type "first" or "middle", or <middlename>),
<surname> (<lastname> in some files), <genName> or <suffix>, and <roleName> for titles and degrees
("Dr.", "M.D"), which are printed but no part of the name. Header files hold one <persName> per name,
with the affiliation <marker> inside it; citation files hold whole author lists, one <author> each, the
parts of all its names in a row. There are no PDFs: the text is GROBID's own text stream.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from paperparse.corpora.grobid_tei import local, stream
from paperparse.corpora.jats import clean

PARTS = ("given", "middle", "surname", "suffix")


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name's parts as printed ('' where the name has none); several tags of one part are joined by a
    space ("R. R. A. Syms": middle "R A")."""

    given: str = ""
    middle: str = ""
    surname: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class GoldName:
    """One header name: its printed text (markers left out, see `header_names`) and its parts."""

    source: str
    raw: str
    parts: NameParts


@dataclass(frozen=True, slots=True)
class GoldAuthorList:
    """One reference's author list: its printed text and its names in order."""

    source: str
    raw: str
    names: list[NameParts]


_PART_OF_TAG = {
    "forename": "given",
    "firstname": "given",
    "forenname": "given",  # misspelt once in the data
    "middlename": "middle",
    "surname": "surname",
    "lastname": "surname",
    "surename": "surname",
    "suffix": "suffix",
    "genname": "suffix",
}
_BETWEEN_NAMES = re.compile(r"\band\b|&|;", re.I)
"""Text between two tags that parts two names: "Bar-Hillel, Yehoshua and Eliyahu Shamir"."""


def _part(elem: ET.Element) -> str | None:
    tag = local(elem.tag).lower()
    if tag == "forename" and elem.get("type") == "middle":
        return "middle"
    return _PART_OF_TAG.get(tag)


def _joined(parts: dict[str, list[str]]) -> NameParts:
    return NameParts(**{k: " ".join(v) for k, v in parts.items()})


def _printed(elem: ET.Element, dropped: frozenset[str] = frozenset()) -> str:
    """The element's text as printed: tags stripped, line breaks as spaces, `dropped` tags left out."""
    out = [elem.text or ""]
    for child in elem:
        if local(child.tag) == "lb":
            out.append(" ")
        elif local(child.tag) not in dropped:
            out.append(stream(child))
        out.append(child.tail or "")
    return clean("".join(out))


def header_names(path: Path) -> list[GoldName]:
    """Every <persName> of a header file. The raw text leaves out the <marker>s: in a PDF they are
    superscripts that the byline reader sets apart (`header.names.split_authors` reads them as "^1"),
    so a name's text here is what its parser is given once markers are gone; roleNames stay in."""
    out = []
    for pers in ET.parse(path).getroot().iter():
        if local(pers.tag) != "persName":
            continue
        parts: dict[str, list[str]] = {p: [] for p in PARTS}
        for child in pers.iter():
            part = _part(child)
            if part and (text := clean(stream(child))):
                parts[part].append(text)
        raw = _printed(pers, frozenset({"marker"}))
        if raw:
            out.append(GoldName(path.name, raw, _joined(parts)))
    return out


def citation_lists(path: Path) -> list[GoldAuthorList]:
    """Every <author> of a citation file, its names read off the run of part tags: a name ends where a
    part it already has comes again (a surname after its surname and forename), save a given or middle
    name right after one of its own kind ("Scott Wen-tau Yih"), or where "and", "&" or ";" parts two tags."""
    out = []
    for author in ET.parse(path).getroot().iter():
        if local(author.tag) != "author":
            continue
        names: list[NameParts] = []
        parts: dict[str, list[str]] = {p: [] for p in PARTS}
        last: str | None = None
        for child in author:
            part = _part(child)
            text = clean(stream(child))
            if part and text:
                repeated = parts[part] and not (part == last and part in ("given", "middle"))
                if repeated and any(parts.values()):
                    names.append(_joined(parts))
                    parts = {p: [] for p in PARTS}
                parts[part].append(text)
                last = part
            if _BETWEEN_NAMES.search(child.tail or "") and any(parts.values()):
                names.append(_joined(parts))
                parts = {p: [] for p in PARTS}
                last = None
        if any(parts.values()):
            names.append(_joined(parts))
        raw = _printed(author)
        if raw and names:
            out.append(GoldAuthorList(path.name, raw, names))
    return out


def load_names(grobid: Path, kind: str, split: str) -> list[GoldName] | list[GoldAuthorList]:
    """All gold of name/<kind>/<split> ("header" or "citation"; "corpus" or "evaluation"), files sorted."""
    if kind not in ("header", "citation") or split not in ("corpus", "evaluation"):
        raise ValueError(f"no name data {kind}/{split}")
    reader = header_names if kind == "header" else citation_lists
    paths = sorted((grobid / "name" / kind / split).glob("*.xml"))
    return [item for path in paths for item in reader(path)]
