"""The article's own DOI among the ones its pages print."""

from __future__ import annotations

import re

from paperparse.layout import Layout

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>,;]+[^\s\"<>,;.)\]])")


_CITE_AS = re.compile(r"cite this article", re.I)


def find_doi(layout: Layout, first_page: int) -> str | None:
    """The article's DOI: the one its running heads or feet repeat, else the first on its first page, else
    the one next to a "Cite this article as" note on the last pages."""
    repeated: dict[str, int] = {}
    for b in layout.blocks:
        if b.kind == "running":
            for m in DOI.finditer(b.text):
                repeated[m.group(1)] = repeated.get(m.group(1), 0) + 1
    if repeated:
        return max(repeated, key=repeated.__getitem__)
    m = DOI.search(" ".join(b.text for b in layout.blocks if b.page == first_page))
    if m:
        return m.group(1)
    last_pages = {len(layout.pages) - 1, len(layout.pages)}  # where the note is printed
    text = " ".join(b.text for b in layout.blocks if b.page in last_pages)
    for cite in _CITE_AS.finditer(text):  # BioMed Central: "doi:10.1186/… Cite this article as: …"
        m = DOI.search(text, max(0, cite.start() - 120), cite.end() + 400)
        if m:
            return m.group(1)
    return None
