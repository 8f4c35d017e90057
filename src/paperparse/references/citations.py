"""In-text citation markers → the references they point to. The one place where body meets bibliography."""

from __future__ import annotations

import re
import unicodedata

from paperparse.document import Citation, Reference, Section

_NUMERIC = re.compile(r"\[(\s*\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*\s*)\]")
_PAREN = re.compile(r"\(([^()]{0,400}?\b(?:1[89]|20)\d\d[a-z]?[^()]{0,200}?)\)")
_NARRATIVE = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+(?:van|von|de|der|den|di|da|le|la)\s+[A-Z][\w'’-]+)?)"
    r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s*\(((?:1[89]|20)\d\d[a-z]?)\)"
)
_PART = re.compile(
    r"([A-Z][\w'’-]+(?:\s+(?:van|von|de|der|den|di|da|le|la)\s+[A-Z][\w'’-]+)?)"
    r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s+((?:1[89]|20)\d\d[a-z]?(?:\s*,\s*(?:1[89]|20)\d\d[a-z]?)*)"
)
MAX_RANGE = 200


def _key(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", "")


def _author_year_index(refs: list[Reference]) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = {}
    for ref in refs:
        if not ref.authors or not ref.year:
            continue
        surname = _key(ref.authors[0].surname or ref.authors[0].name.split()[-1])
        m = re.search(rf"{re.escape(ref.year)}([a-z])\b", ref.raw)
        years = {ref.year} | ({ref.year + m.group(1)} if m else set())
        for y in years:
            index.setdefault((surname, y), []).append(ref.id)
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


def link_citations(sections: list[Section], refs: list[Reference]) -> list[Citation]:
    """Find numeric ("[3–5, 9]") and author-year ("(Smith et al., 2010a; Lee 2012)") markers; link them."""
    by_label = {r.label.strip("[]() ."): r.id for r in refs if r.label}
    index = _author_year_index(refs)
    citations: list[Citation] = []
    for section in sections:
        page = section.location.page if section.location else None
        for paragraph in section.paragraphs:
            if by_label:
                for m in _NUMERIC.finditer(paragraph):
                    ids = [by_label[str(n)] for n in _expand(m.group(1)) if str(n) in by_label]
                    if ids:
                        citations.append(Citation(m.group(0), ids, page, section.id))
            if not index:
                continue
            for m in _PAREN.finditer(paragraph):
                ids = []
                for part in _PART.finditer(m.group(1)):
                    for year in re.split(r"\s*,\s*", part.group(2)):
                        ids.extend(index.get((_key(part.group(1)), year), []))
                if ids:
                    citations.append(Citation(m.group(0), list(dict.fromkeys(ids)), page, section.id))
            for m in _NARRATIVE.finditer(paragraph):
                ids = index.get((_key(m.group(1)), m.group(2)), [])
                if ids:
                    citations.append(Citation(m.group(0), ids, page, section.id))
    return citations
