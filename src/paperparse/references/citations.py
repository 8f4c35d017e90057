"""In-text citation markers → the references they point to. The one place where body meets bibliography."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from paperparse.document import Caption, Citation, Location, Reference, Section
from paperparse.layout import Block, Layout
from paperparse.layout.trace import Placed, TextTrace
from paperparse.references.patterns import GROUP_WORD

_NUMERIC = re.compile(r"\[(\s*\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*\s*)\]")
# a parenthesis holding a year; long enough for "(Handelsman et al., 1998; …; Le Chatelier et al., 2013)"
_PAREN = re.compile(r"\(([^()]{0,400}?\b(?:1[89]|20)\d\d[a-z]?[^()]{0,1000}?)\)")
# a cited name: up to three leading words or particles ("Zion Golumbic", "da Costa", "d'Adda di Fagagna")
_NAME = r"(?:(?:[A-Z][\w'’-]{0,40}|d['’][A-Z][\w'’-]{1,40}|van|von|de|der|den|di|da|le|la|du)\s+){0,3}[A-Z][\w'’-]{1,40}"
_NARRATIVE = re.compile(
    rf"\b({_NAME})(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_NAME})?,?\s*(?:\(((?:1[89]|20)\d\d[a-z]?)\)"
    r"|\[((?:1[89]|20)\d\d[a-z]?)\])"
)
# a group author ("The Human Microbiome Jumpstart Reference Strains Consortium"), cited by its whole name and
# heading its reference ("… Consortium, Nelson KE, …"), where the parser may not count it among the authors
_GROUP_NAME = rf"(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){{0,8}}{GROUP_WORD}\b"
_GROUP_AUTHOR = re.compile(rf"^{_GROUP_NAME}")
_PART = re.compile(
    rf"({_GROUP_NAME}|{_NAME})(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_NAME})?,?\s+"
    r"((?:1[89]|20)\d\d[a-z]?(?:\s*,\s*(?:1[89]|20)\d\d[a-z]?)*)"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d[a-z]?")
_RAISED_NUMBERS = re.compile(r"^\d{1,3}(?:\s*[,–-]\s*\d{1,3})*,?$")
_CITING_WORD = re.compile(r"[^\W\d_]{2}[.,;:)’”]?$")  # "cells", "shown.", "(Fig. 2)" - not "10" or "x"
MAX_RANGE = 200


def _key(name: str) -> str:
    """A surname reduced to its last real word: "da Costa" → costa, "Abrams DA" → abrams."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[A-Za-z]+", ascii_name) if not (w.isupper() and len(w) <= 3)]
    return words[-1].lower() if words else ascii_name.lower()


def _author_year_index(refs: list[Reference]) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = {}
    for ref in refs:
        group = _GROUP_AUTHOR.match(ref.raw)
        names = {_key(group.group(0))} if group else set()
        if ref.authors:
            names.add(_key(ref.authors[0].surname or ref.authors[0].name))
        if not names or not ref.year:
            continue
        m = re.search(rf"{re.escape(ref.year)}([a-z])\b", ref.raw)
        years = {ref.year} | ({ref.year + m.group(1)} if m else set())
        for name in names:
            for y in years:
                index.setdefault((name, y), []).append(ref.id)
    return index


def _expand(numbers: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"[,;]", numbers):
        bounds = [int(x) for x in re.findall(r"\d+", part)]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= MAX_RANGE:
            out.extend(range(bounds[0], bounds[1] + 1))
        else:
            out.extend(bounds)
    return out


class Passage(NamedTuple):
    """A stretch of text that may cite."""

    text: str
    page: int | None
    section_id: str | None
    trace: TextTrace | None = None
    """Where the text was read from, which locates its markers; None when it is known as a string only."""
    paragraph: int | None = None
    """Its index among its section's paragraphs."""
    prose: bool = True
    """False for text outside paragraphs and captions (table cells, figure labels), where "[0, 1]" and
    "[1,2,2,3]" are intervals and vectors: there a bracket cites only when all its numbers are distinct
    labels."""


def passages(
    sections: list[Section],
    captions: list[Caption],
    abstract: str | None = None,
    abstract_page: int | None = None,
    traces: dict[str, list[TextTrace]] | None = None,
    abstract_trace: TextTrace | None = None,
) -> list[Passage]:
    """The abstract, paragraphs and figure / table captions: the places where papers cite.

    `traces` holds the texts as the body read them, by the id of their part (a section's paragraphs, a
    caption), and `abstract_trace` the abstract as the header read it: they locate the markers found in them.
    """
    read = traces or {}
    out = [Passage(abstract, abstract_page, None, abstract_trace)] if abstract else []
    for section in sections:
        page = section.location.page if section.location else None
        held = read.get(section.id) or [None] * len(section.paragraphs)
        for i, (paragraph, trace) in enumerate(zip(section.paragraphs, held, strict=True)):
            out.append(Passage(paragraph, page, section.id, trace, i))
    for caption in captions:
        page = caption.location.page if caption.location else None
        out.append(Passage(caption.caption, page, None, (read.get(caption.id) or [None])[0]))
    return out


def _holds(box: tuple[float, float, float, float], x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def unread_passages(layout: Layout, read: Sequence[Passage]) -> list[Passage]:
    """Body blocks that no passage read, one passage each: table cells ("CAM [1] 80.1%"), footnotes and
    boxed text cite too (the LaTeX \\cite count includes them). A block is read when the centre of one of
    its lines lies in a box of a passage's text."""
    runs: dict[int, list[tuple[float, float, float, float]]] = {}
    for passage in read:
        for page, box in passage.trace.runs() if passage.trace else []:
            runs.setdefault(page, []).append(box)
    entries = layout.text_blocks("references")
    out: list[Passage] = []
    for block in layout.text_blocks("body"):
        boxes = runs.get(block.page, [])
        if any(_holds(box, (ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2) for ln in block.lines for box in boxes):
            continue
        if _LABELS_ONLY.match(block.text) and any(_labels_entry(block, entry) for entry in entries):
            continue  # the bibliography's own labels, set apart from its entries
        trace = TextTrace()
        trace.add(block.text, block)
        out.append(Passage(block.text, block.page, None, trace, prose=False))
    return out


_LABELS_ONLY = re.compile(r"^\s*(?:\[\d{1,4}\]\s*)+$")


def _labels_entry(block: Block, entry: Block) -> bool:
    """The block stands just left of a bibliography entry, on its lines."""
    return (
        block.page == entry.page
        and block.x1 <= entry.x0 + 2
        and entry.x0 - block.x1 < 40
        and block.y0 < entry.y1
        and entry.y0 < block.y1
    )


def _cite(text: str, ids: list[str], passage: Passage, start: int) -> Citation:
    """The citation of `text` found at `start` in the passage, located by its words when the passage has
    a trace (the first box's page is the marker's page)."""
    boxes = passage.trace.span_boxes(start, start + len(text)) if passage.trace else []
    page = boxes[0][0] if boxes else passage.page
    located = [Location(p, box) for p, box in boxes]
    return Citation(text, ids, page, passage.section_id, located, passage.paragraph, start)


Raised = tuple[str, Placed]
"""A raised number after a word of body text ("cells¹²"): (its text, where it is)."""


def raised_numbers(layout: Layout, footnote_markers: set[str]) -> list[Raised]:
    """Superscript numbers that follow a word in body text, the numeric citation style of many journals.

    Numbers after digits or single letters are exponents and indices, not citations; a number that a
    footnote carries as its marker points to that footnote.
    """
    out: list[Raised] = []
    for block in layout.text_blocks("body"):
        previous = None
        for word in (w for line in block.lines for w in line.words):
            if (
                word.rise == 1
                and previous is not None
                and previous.rise == 0
                and _RAISED_NUMBERS.match(word.text)
                and _CITING_WORD.search(previous.text)
                and word.text.rstrip(",") not in footnote_markers
            ):
                out.append((word.text.rstrip(","), (block.page, (word.x0, word.y0, word.x1, word.y1))))
            previous = word
    return out


def _author_year_citations(passage: Passage, index: dict[tuple[str, str], list[str]]) -> list[Citation]:
    """The author-year markers of one passage: parenthetical ("(Lee, 2010, 2012; Wu et al., 2012)", one
    citation per work) and narrative ("Smith et al. (2010)")."""
    text = passage.text
    citations: list[Citation] = []
    for m in _PAREN.finditer(text):
        for part in _PART.finditer(m.group(1)):
            name = _key(part.group(1))
            for i, year in enumerate(re.finditer(_YEAR, part.group(2))):
                ids = index.get((name, year.group(0)), [])
                if ids:
                    # the first work of a part is cited with its names, the others by year alone
                    start = m.start(1) + (part.start(0) if i == 0 else part.start(2) + year.start())
                    end = m.start(1) + part.start(2) + year.end()
                    citations.append(_cite(text[start:end], ids, passage, start))
    for m in _NARRATIVE.finditer(text):
        ids = index.get((_key(m.group(1)), m.group(2) or m.group(3)), [])
        if ids:
            citations.append(_cite(m.group(0), ids, passage, m.start()))
    return citations


def link_citations(
    texts: list[Passage], refs: list[Reference], raised: Sequence[Raised] = ()
) -> list[Citation]:
    """Find numeric ("[3–5, 9]", raised "¹²") and author-year ("(Smith et al., 2010a; Lee 2012)") markers;
    link them. Raised numbers count only in a paper that cites by number without brackets.

    A bibliography whose entries carry no labels (IEEE sets "[1]" apart from the entry, where it may be
    lost) is numbered in order, unless the paper cites by author and year.
    """
    by_label = {r.label.strip("[]() ."): r.id for r in refs if r.label}
    index = _author_year_index(refs)
    by_author = [_author_year_citations(passage, index) if index else [] for passage in texts]
    if not by_label and not any(by_author):
        by_label = {str(n): r.id for n, r in enumerate(refs, start=1)}
    citations: list[Citation] = []
    for passage, found in zip(texts, by_author, strict=True):
        if by_label:
            for m in _NUMERIC.finditer(passage.text):
                numbers = _expand(m.group(1))
                ids = [by_label[str(n)] for n in numbers if str(n) in by_label]
                strict = len(ids) == len(numbers) == len(set(numbers))
                if ids and (passage.prose or strict):
                    citations.append(_cite(m.group(0), ids, passage, m.start()))
        citations.extend(found)
    if by_label and not any(c.text.startswith("[") for c in citations):
        for numbers, (page, box) in raised:
            ids = [by_label.get(str(n)) for n in _expand(numbers)]
            if ids and all(ids):
                citations.append(Citation(numbers, ids, page, None, [Location(page, box)]))
    return citations
