"""URLs of the paper: printed ones (rejoined where a line break split them) and link annotations."""

from __future__ import annotations

import re

from paperparse.layout import Layout

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:]", re.I)
_DOI_LINK = re.compile(r"(dx\.)?doi\.org/|/doi/", re.I)
_ORCID = re.compile(r"(?:^|//)(?:www\.)?orcid\.org/", re.I)
MAX_URL = 500
"""Longer link targets are data smuggled into an annotation, not addresses."""


def _join_for_urls(lines: list[str]) -> tuple[str, set[int], set[int]]:
    """Lines joined so that a URL broken after "/", "-", "." or "_" is whole again.

    Also returns where lines end in the joined text, and which of those ends were glued to the next line.
    """
    out = ""
    ends: set[int] = set()
    glued: set[int] = set()
    for line in lines:
        glue = out.endswith(("/", "-", "_")) or (out.endswith(".") and line[:1].islower())
        if out:
            ends.add(len(out))
            if glue:
                glued.add(len(out))
        out += line if glue or not out else " " + line
    ends.add(len(out))
    return out, ends, glued


def _linked(url: str, start: int, text: str, ends: set[int], glued: set[int], links: list[str]) -> str:
    """The target of a link over a printed URL when the two part only at a line end: the printed copy ran
    on into the next line ("http://imagej.nih.gov/ij/" + "Roy S, ...") or stopped there, its rest in
    another block (a narrow table cell)."""
    end = start + len(url)
    stops = end in ends or (text[end : end + 1] == "." and end + 1 in ends)
    for uri in links:
        if uri != url and (
            (url.startswith(uri) and start + len(uri) in glued) or (uri.startswith(url) and stops)
        ):
            return uri
    return url


def _is_address(uri: str) -> bool:
    """A link a reader can follow to a resource; an ORCID iD names an author, not a resource."""
    return (
        len(uri) <= MAX_URL
        and uri.lower().startswith(("http://", "https://", "ftp://"))
        and not _ORCID.search(uri)
    )


def _inside(box: tuple[float, float, float, float], block: tuple[float, float, float, float]) -> bool:
    """Whether the centre of `box` lies in the `block` box (1 pt slack)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return block[0] - 1 <= cx <= block[2] + 1 and block[1] - 1 <= cy <= block[3] + 1


def find_urls(layout: Layout) -> list[str]:
    """URLs of the paper's text (rejoined when a line break split them) and of its link annotations.

    In the bibliography only printed URLs count, and not DOI links: those name the cited work (its `doi`
    field), and link annotations there are navigation aids (DOI, PubMed), not resources.
    """
    seen: dict[str, None] = {}
    linked: dict[str, None] = {}
    for page in layout.pages:
        links = [(uri, box) for uri, box in page.page.links if _is_address(uri)]
        blocks = [(b, b.bbox) for b in page.blocks if b.kind == "text"]  # boxes computed once
        for block, bbox in blocks:
            in_references = block.zone == "references"
            text, ends, glued = _join_for_urls([ln.text.strip() for ln in block.lines])
            over = [uri for uri, box in links if _inside(box, bbox)]
            for m in URL.finditer(text):
                url = _linked(m.group(0), m.start(), text, ends, glued, over)
                if not (_ORCID.search(url) or (in_references and _DOI_LINK.search(url))):
                    seen.setdefault(url, None)
        for uri, box in links:
            holder = next((b for b, bbox in blocks if _inside(box, bbox)), None)
            # outside the text, or a bibliography's navigation link (DOI, PubMed)
            if holder is not None and holder.zone != "references":
                linked.setdefault(uri, None)
    return list(seen | linked)
