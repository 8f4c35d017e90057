"""JATS / NLM XML → gold dict in the paperparse/1 JSON shape.

The gold dict mirrors `document_to_dict` so that scoring compares like with like; it also carries
`fields`, the set of fields the source annotates, so absent fields are never scored as false positives.
eLife articles annotate everything; CERMINE's NLM fixtures only the front matter.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_SPACE = re.compile(r"\s+")
_YEAR = re.compile(r"\d{4}")
_STATEMENT_GROUPS = {"author-contribution", "competing-interest", "ethics-information", "funding"}

FRONT_FIELDS = frozenset(
    {
        "title",
        "authors",
        "affiliations",
        "emails",
        "author_emails",
        "author_affiliations",
        "abstract",
        "keywords",
        "doi",
    }
)
BODY_FIELDS = frozenset({"sections", "section_levels", "figures", "tables", "footnotes", "urls", "citations"})
ALL_FIELDS = FRONT_FIELDS | BODY_FIELDS | {"references"}


def clean(text: str | None) -> str:
    """Collapse whitespace: XML indentation must not count as a difference."""
    return _SPACE.sub(" ", text or "").strip()


def name_parts(name: str) -> dict[str, Any]:
    """A person written as one string: the last word is the surname, the words before it the given names."""
    tokens = clean(name).split()
    return {
        "name": " ".join(tokens),
        "given": " ".join(tokens[:-1]) or None,
        "surname": tokens[-1] if tokens else None,
    }


def text_of(elem: ET.Element | None) -> str:
    return "" if elem is None else clean("".join(elem.itertext()))


def _child_text(elem: ET.Element, path: str) -> str | None:
    return text_of(elem.find(path)) or None


def _paragraphs(elem: ET.Element) -> str:
    """Text of a caption or abstract: its title and paragraphs, minus eLife's "DOI: …" lines."""
    parts = []
    for child in elem:
        if child.tag in ("title", "p"):
            text = text_of(child)
            if text and not text.startswith("DOI:"):
                parts.append(text)
    return " ".join(parts)


def _affiliation_raw(aff: ET.Element) -> str:
    """Join the parts of an <aff> with commas: eLife's parts carry no separators of their own.

    An <email> inside the <aff> (eLife Insights) is the author's address, not part of the affiliation.
    """
    parts = [text_of(child) for child in aff if child.tag not in ("label", "email")]
    return ", ".join(p for p in parts if p and p != ",")


def _name(elem: ET.Element) -> dict[str, Any]:
    string_name = elem.find("string-name")
    if string_name is not None:
        given = _child_text(string_name, "given-names")
        surname = _child_text(string_name, "surname")
        full = text_of(string_name)
        if surname is None:
            tokens = full.split()
            surname = tokens[-1] if tokens else None
            given = " ".join(tokens[:-1]) or None
        return {"name": full, "given": given, "surname": surname}
    given = _child_text(elem, "name/given-names")
    surname = _child_text(elem, "name/surname")
    return {"name": clean(f"{given or ''} {surname or ''}"), "given": given, "surname": surname}


def _authors(meta: ET.Element) -> list[dict[str, Any]]:
    # correspondence addresses sit in author-notes, reached from the author by an xref
    corresp = {c.get("id"): clean(text_of(c.find("email"))) for c in meta.iterfind("author-notes/corresp")}
    # ... or inside the author's affiliation (eLife Insights)
    corresp |= {
        a.get("id"): clean(text_of(a.find("email"))) for a in meta.iter("aff") if a.find("email") is not None
    }
    authors = []
    for contrib in meta.iterfind("contrib-group/contrib"):
        if contrib.get("contrib-type") != "author":
            continue
        if contrib.find("name") is None and contrib.find("string-name") is None:
            continue  # a group author (collab) has no person name to compare
        author = _name(contrib)
        author["email"] = _child_text(contrib, "email") or next(
            (
                corresp[x.get("rid")]
                for x in contrib.iterfind("xref")
                if x.get("ref-type") in ("corresp", "aff") and corresp.get(x.get("rid"))
            ),
            None,
        )
        author["affiliations"] = [
            rid
            for x in contrib.iterfind("xref")
            if x.get("ref-type") == "aff"
            for rid in (x.get("rid") or "").split()
        ]
        authors.append(author)
    return authors


def _keywords(meta: ET.Element) -> list[str]:
    groups = meta.findall("kwd-group")
    authored = [g for g in groups if g.get("kwd-group-type") == "author-keywords"]
    return [text_of(k) for g in (authored or groups) for k in g.iterfind("kwd") if text_of(k)]


def _abstract(meta: ET.Element) -> str | None:
    for abstract in meta.iterfind("abstract"):
        if abstract.get("abstract-type") is None:  # the eLife digest is "executive-summary"
            return _paragraphs(abstract) or None
    return None


def _sections(body: ET.Element | None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(elem: ET.Element, level: int) -> None:
        for sec in elem.iterfind("sec"):
            title = _child_text(sec, "title")
            if title:
                found.append({"title": title, "level": level})
            walk(sec, level + 1)

    if body is not None:
        walk(body, 1)
    return found


def _captions(root: ET.Element, tag: str) -> list[dict[str, Any]]:
    items = []
    for elem in root.iter(tag):
        caption = elem.find("caption")
        items.append(
            {
                "id": elem.get("id"),
                "label": _child_text(elem, "label"),
                "caption": "" if caption is None else _paragraphs(caption),
            }
        )
    return items


def _footnotes(root: ET.Element) -> list[dict[str, Any]]:
    """Footnotes a reader sees as notes; eLife's back-matter statements (contributions…) are sections."""
    statements = {
        id(fn)
        for group in root.iter("fn-group")
        if group.get("content-type") in _STATEMENT_GROUPS
        for fn in group.iter("fn")
    }
    notes = []
    for fn in root.iter("fn"):
        if id(fn) in statements:
            continue
        text = " ".join(text_of(p) for p in fn if p.tag != "label")
        if clean(text):
            notes.append({"text": clean(text)})
    return notes


def _urls(root: ET.Element) -> list[str]:
    urls: list[str] = []
    for link in root.iter("ext-link"):
        href = clean(link.get(XLINK_HREF))
        if link.get("ext-link-type") == "uri" and href and href not in urls:
            urls.append(href)
    return urls


def _pages(citation: ET.Element) -> str | None:
    first, last = _child_text(citation, "fpage"), _child_text(citation, "lpage")
    if first and last:
        return f"{first}-{last}"
    return first or _child_text(citation, "elocation-id")


def _reference(ref: ET.Element) -> dict[str, Any] | None:
    citation = ref.find("element-citation")
    if citation is None:
        citation = ref.find("mixed-citation")
    if citation is None:
        return None
    authors = []
    for group in citation.iterfind("person-group"):
        if group.get("person-group-type", "author") != "author":
            continue
        for member in group:
            if member.tag in ("name", "string-name"):
                given, surname = _child_text(member, "given-names"), _child_text(member, "surname")
                authors.append(
                    {"name": text_of(member), "given": given, "surname": surname or text_of(member)}
                )
            elif member.tag == "collab":
                authors.append({"name": text_of(member), "given": None, "surname": text_of(member)})
    source = _child_text(citation, "source")
    title = _child_text(citation, "article-title") or _child_text(citation, "chapter-title")
    venue = source
    if title is None:  # a book: its source is its title
        title, venue = source, None
    year_text = _child_text(citation, "year") or ""
    year = _YEAR.search(year_text)
    doi = None
    for pub_id in citation.iterfind("pub-id"):
        if pub_id.get("pub-id-type") == "doi":
            doi = text_of(pub_id)
    return {
        "id": ref.get("id"),
        "raw": text_of(citation),
        "authors": authors,
        "title": title,
        "venue": venue,
        "year": year.group(0) if year else None,
        "volume": _child_text(citation, "volume"),
        "issue": _child_text(citation, "issue"),
        "pages": _pages(citation),
        "doi": doi,
    }


def _citations(root: ET.Element) -> list[dict[str, Any]]:
    return [
        {"text": text_of(x), "ref_ids": (x.get("rid") or "").split()}
        for x in root.iter("xref")
        if x.get("ref-type") == "bibr"
    ]


PEER_REVIEW = frozenset(
    {"decision-letter", "article-commentary", "reply", "author-comment", "referee-report"}
)
"""Sub-article types of the peer review (eLife's decision letter and author response): published beside
the article on the web, never in its PDF, so their links, images and citations are no gold for the PDF."""


def load_jats(path: Path, fields: frozenset[str] = ALL_FIELDS) -> dict[str, Any]:
    """Read one JATS article into the gold dict; `fields` lists what the file really annotates."""
    root = ET.parse(path).getroot()
    for review in [s for s in root.findall("sub-article") if s.get("article-type") in PEER_REVIEW]:
        root.remove(review)
    meta = root.find("front/article-meta")
    if meta is None:
        raise ValueError(f"{path}: no front/article-meta")
    doi = next((text_of(a) for a in meta.iterfind("article-id") if a.get("pub-id-type") == "doi"), None)
    affiliations = [
        {"id": aff.get("id"), "raw": _affiliation_raw(aff)}
        for aff in [*meta.iterfind("contrib-group/aff"), *meta.iterfind("aff")]
    ]
    body = root.find("body")
    references = [r for r in (_reference(ref) for ref in root.iterfind("back/ref-list/ref")) if r]
    # an accepted-manuscript (POA) record carries no body and no reference list although its PDF has both:
    # those fields are unannotated, not empty
    if body is None:
        fields = fields - BODY_FIELDS
    if root.find("back/ref-list") is None:
        fields = fields - {"references", "citations"}
    return {
        "file": str(path),
        "fields": sorted(fields),
        "title": _child_text(meta, "title-group/article-title"),
        "authors": _authors(meta),
        "affiliations": affiliations,
        "abstract": _abstract(meta),
        "keywords": _keywords(meta),
        "doi": doi,
        "sections": _sections(body),
        "figures": _captions(root, "fig"),
        "tables": _captions(root, "table-wrap"),
        "footnotes": _footnotes(root),
        "urls": _urls(root),
        "references": references,
        "citations": _citations(root),
    }


MISMATCHED = {"00777": "its PDF is eLife's kitchen-sink test article, not the article its JATS describes"}
"""Pairs whose PDF and XML are different articles: scoring them would measure the data, not the tool."""


def elife_articles(corpus: Path) -> list[tuple[str, Path, Path]]:
    """(article id, PDF, XML) for each eLife folder that has both files and whose two files agree."""
    pairs = []
    for folder in sorted(corpus.glob("elife-*")):
        if folder.name.removeprefix("elife-") in MISMATCHED:
            continue
        pdf, xml = folder / f"{folder.name}.pdf", folder / f"{folder.name}.xml"
        if pdf.is_file() and xml.is_file():
            pairs.append((folder.name.removeprefix("elife-"), pdf, xml))
    return pairs
