"""Header metadata from the front zone: title, authors, emails, affiliations, abstract, keywords, DOI.

A first, rule-based extractor over layout features (font size rank, weight, position, superscript
markers). The learned labeller of the header issue replaces the block classification, not this API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperparse.document import Affiliation, Author, Location
from paperparse.header.affiliations import parse_affiliation
from paperparse.header.emails import find_emails, link_emails
from paperparse.header.names import split_authors
from paperparse.layout import Block, Layout

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>,;]+[^\s\"<>,;.)\]])")
_ABSTRACT_HEAD = re.compile(r"^\s*(abstract|summary|a b s t r a c t)\b[\s.:—-]*", re.I)
_KEYWORDS_HEAD = re.compile(r"^\s*(keywords?|key\s*words|index terms|subject headings)\s*[:—.-]?\s*", re.I)
_NOT_TITLE = re.compile(
    r"(journal|proceedings|conference|vol\.|volume|issn|preprint|arxiv|doi|copyright|©|http|www\.|"
    r"research article|original article|submitted|accepted|received|published|draft version|"
    r"prepared for submission|letter|^\s*(short )?paper\b)",
    re.I,
)
_INSTITUTION = re.compile(
    r"(universit|institut|department|dept\.|laborator|college|school|faculty|centre|center|hospital|"
    r"academy|corporation|inc\.|ltd|gmbh|research|ecole|école|instituto|facult|clinic)",
    re.I,
)
_MARKER = re.compile(r"^[\d*†‡§¶#a-z,]{1,16}$")
_INLINE_MARKER = re.compile(r"^\s*(\d{1,2}|[a-z]|[*†‡§¶])\s+(?=[A-Z])")


@dataclass(slots=True)
class Header:
    title: str | None = None
    title_location: Location | None = None
    authors: list[Author] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    abstract: str | None = None
    abstract_location: Location | None = None
    keywords: list[str] = field(default_factory=list)
    doi: str | None = None


def _location(blocks: list[Block]) -> Location:
    return Location(
        blocks[0].page,
        (
            min(b.x0 for b in blocks),
            min(b.y0 for b in blocks),
            max(b.x1 for b in blocks),
            max(b.y1 for b in blocks),
        ),
    )


def _find_title(front: list[Block], page_height: float) -> int | None:
    best, best_size = None, 0.0
    for i, b in enumerate(front):
        text = b.text
        if b.page != front[0].page or b.y0 > 0.6 * page_height or len(b.lines) > 5:
            continue
        if len(text) < 8 or len(text.split()) < 2 or _NOT_TITLE.search(text) or "@" in text:
            continue
        if b.size > best_size + 0.3:
            best, best_size = i, b.size
    return best


def _marked_text(block: Block) -> str:
    """The block's text with raised markers written as "^1" so that splitting can keep them."""
    parts = []
    for line in block.lines:
        for w in line.words:
            if w.rise == 1 and _MARKER.match(w.text.replace(" ", "")):
                parts.append(" ^" + w.text.replace(" ", "") + " ")
            else:
                parts.append(w.text + (" " if w.space_after else ""))
        parts.append("\n")
    return "".join(parts)


def _authors_from(block: Block) -> list[Author]:
    authors: list[Author] = []
    for name, markers in split_authors(_marked_text(block).replace("\n", " ")):
        name.affiliations = markers
        name.location = _location([block])
        authors.append(name)
    return authors


_SEGMENT = re.compile(r"\^([^\s^]+)|(?:^|\n|;)\s*(\d{1,2}|[a-z]|[*†‡§¶])\s+(?=[A-Z])")


def _affiliations_from(blocks: list[Block]) -> list[Affiliation]:
    """One affiliation per marker ("^1 Dept ..., ^2 Inst ..."), else one per line."""
    affs: list[Affiliation] = []
    for block in blocks:
        text = _marked_text(block)
        cuts = list(_SEGMENT.finditer(text))
        if cuts:
            pieces = [
                ((m.group(1) or m.group(2)), text[m.end() : cuts[i + 1].start() if i + 1 < len(cuts) else len(text)])
                for i, m in enumerate(cuts)
            ]
            lead = text[: cuts[0].start()].strip()
            if lead and affs:
                affs[-1].raw += " " + lead
        else:
            pieces = [(None, line) for line in text.split("\n")]
        for marker, piece in pieces:
            raw = re.sub(r"\s+", " ", piece).strip(" ;,")
            if not raw:
                continue
            if not _INSTITUTION.search(raw) and affs and marker is None:
                affs[-1].raw += " " + raw  # a wrapped affiliation line
                continue
            known = next((a for a in affs if marker is not None and a.id == marker), None)
            if known is not None:
                continue
            aff = Affiliation(id=marker or f"aff{len(affs) + 1}", raw=raw, location=_location([block]))
            affs.append(aff)
    for aff in affs:
        parsed = parse_affiliation(aff.raw)
        aff.raw = parsed.raw
        aff.institution, aff.department, aff.address, aff.country = (
            parsed.institution,
            parsed.department,
            parsed.address,
            parsed.country,
        )
    return affs


def _looks_like_names(block: Block) -> bool:
    """Mostly capitalised words, separated by commas or "and": an author list, however long."""
    text = re.sub(r"\^\S+", " ", _marked_text(block))
    words = [w for w in re.split(r"[\s,;]+", text) if w and w.lower() not in ("and", "&")]
    if not words or len(text) > 3000 or _INSTITUTION.search(text) or "@" in text:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 0.8 * len(words) and len(words) <= 8 * max(1, text.count(",") + text.count(" and ") + 1)


def _find_doi(layout: Layout, first_page: int) -> str | None:
    """The article's DOI: the one its running heads or feet repeat, else the first on its first page."""
    repeated: dict[str, int] = {}
    for b in layout.blocks:
        if b.kind == "running":
            for m in DOI.finditer(b.text):
                repeated[m.group(1)] = repeated.get(m.group(1), 0) + 1
    if repeated:
        return max(repeated, key=repeated.__getitem__)
    m = DOI.search(" ".join(b.text for b in layout.blocks if b.page == first_page))
    return m.group(1) if m else None


def extract_header(layout: Layout) -> Header:
    """Header fields from the first page's front zone; nulls where nothing fits, never guesses."""
    header = Header()
    front = [b for b in layout.text_blocks("front")]
    if not front:
        return header
    first_page = layout.pages[front[0].page - 1].page
    header.doi = _find_doi(layout, first_page.number)

    title_index = _find_title(front, first_page.height)
    if title_index is not None:
        header.title = re.sub(r"\s+", " ", front[title_index].text).strip()
        header.title_location = _location([front[title_index]])

    abstract_blocks: list[Block] = []
    rest = front[title_index + 1 :] if title_index is not None else front
    author_block: Block | None = None
    affiliation_blocks: list[Block] = []
    in_abstract = False
    for b in rest:
        text = b.text
        if _KEYWORDS_HEAD.match(text):
            header.keywords = [
                k.strip(" .") for k in re.split(r"[;,·•—]|\s-\s", _KEYWORDS_HEAD.sub("", text)) if k.strip(" .")
            ]
            in_abstract = False
            continue
        if _ABSTRACT_HEAD.match(text):
            in_abstract = True
            stripped = _ABSTRACT_HEAD.sub("", text).strip()
            if stripped:
                abstract_blocks.append(b)
            continue
        if in_abstract:
            unfinished = bool(abstract_blocks) and not abstract_blocks[-1].text.rstrip().endswith((".", "!", "?"))
            if (len(text) > 60 or unfinished) and b.size <= layout.body_size + 0.6 and not text.startswith("DOI"):
                abstract_blocks.append(b)
                continue
            in_abstract = False
        if author_block is None and title_index is not None and not abstract_blocks and _looks_like_names(b):
            author_block = b
            continue
        if _INSTITUTION.search(text) and len(text) < 3000 and not abstract_blocks:
            affiliation_blocks.append(b)
    if not abstract_blocks:  # no "Abstract" heading: the first long paragraph of the front zone
        for b in rest:
            if b is not author_block and b not in affiliation_blocks and len(b.text) > 400:
                abstract_blocks.append(b)
                break
    if abstract_blocks:
        text = " ".join(_ABSTRACT_HEAD.sub("", b.text, count=1) for b in abstract_blocks).strip()
        header.abstract = text or None
        header.abstract_location = _location(abstract_blocks)
    if author_block is not None:
        header.authors = _authors_from(author_block)
    header.affiliations = _affiliations_from(affiliation_blocks)
    known = {a.id for a in header.affiliations}
    for author in header.authors:
        author.affiliations = [m for m in author.affiliations if m in known]
    emails = find_emails(" ".join(b.text for b in front))
    link_emails(header.authors, emails)
    return header
