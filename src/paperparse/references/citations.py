"""In-text citation markers → the references they point to. The one place where body meets bibliography."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from paperparse.document import Caption, Citation, Reference, Section
from paperparse.layout import Layout
from paperparse.references.parser import GROUP_WORD

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


Passage = tuple[str, int | None, str | None]
"""A stretch of text that may cite: (text, page, section id)."""


def passages(
    sections: list[Section],
    captions: list[Caption],
    abstract: str | None = None,
    abstract_page: int | None = None,
) -> list[Passage]:
    """The abstract, paragraphs and figure / table captions: the places where papers cite."""
    out: list[Passage] = [(abstract, abstract_page, None)] if abstract else []
    for section in sections:
        page = section.location.page if section.location else None
        out.extend((paragraph, page, section.id) for paragraph in section.paragraphs)
    for caption in captions:
        out.append((caption.caption, caption.location.page if caption.location else None, None))
    return out


Raised = tuple[str, int]
"""A raised number after a word of body text ("cells¹²"): (its text, page)."""


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
                out.append((word.text.rstrip(","), block.page))
            previous = word
    return out


def link_citations(
    texts: list[Passage], refs: list[Reference], raised: Sequence[Raised] = ()
) -> list[Citation]:
    """Find numeric ("[3–5, 9]", raised "¹²") and author-year ("(Smith et al., 2010a; Lee 2012)") markers;
    link them. Raised numbers count only in a paper that cites by number without brackets."""
    by_label = {r.label.strip("[]() ."): r.id for r in refs if r.label}
    index = _author_year_index(refs)
    citations: list[Citation] = []
    for text, page, section_id in texts:
        if by_label:
            for m in _NUMERIC.finditer(text):
                ids = [by_label[str(n)] for n in _expand(m.group(1)) if str(n) in by_label]
                if ids:
                    citations.append(Citation(m.group(0), ids, page, section_id))
        if not index:
            continue
        for m in _PAREN.finditer(text):
            # one citation per work: "(Lee, 2010, 2012; Wu et al., 2012)" cites three
            for part in _PART.finditer(m.group(1)):
                name = _key(part.group(1))
                for i, year in enumerate(re.finditer(_YEAR, part.group(2))):
                    ids = index.get((name, year.group(0)), [])
                    if ids:
                        cited = (
                            part.group(0)[: part.start(2) - part.start(0) + year.end()]
                            if i == 0
                            else year.group(0)
                        )
                        citations.append(Citation(cited, ids, page, section_id))
        for m in _NARRATIVE.finditer(text):
            ids = index.get((_key(m.group(1)), m.group(2) or m.group(3)), [])
            if ids:
                citations.append(Citation(m.group(0), ids, page, section_id))
    if by_label and not any(c.text.startswith("[") for c in citations):
        for numbers, page in raised:
            ids = [by_label.get(str(n)) for n in _expand(numbers)]
            if ids and all(ids):
                citations.append(Citation(numbers, ids, page, None))
    return citations
