"""Section headings: blocks set apart as headings (numbered or a known title), run-in numbered headings
at the start of a paragraph, and their levels."""

from __future__ import annotations

import re

from paperparse.body.captions import CAPTION
from paperparse.body.geometry import shares_row
from paperparse.document import Location
from paperparse.layout import Block, Layout
from paperparse.layout.zones import is_heading_like

_NUMBERED = re.compile(r"^(?P<num>(?:\d+(?:\.\d+){0,3}|[IVXL]+|[A-Z](?:\.\d+){0,2}))\.?\s+(?P<title>\S.*)$")
_UNNUMBERED_HEADS = re.compile(
    r"^(abstract|introduction|background|related work|methods?|materials and methods|results|discussion|"
    r"conclusions?|acknowledge?ments?|appendix.*|references|bibliography|funding|author contributions|"
    r"data availability|supplementary.*|limitations|future work|experiments?|evaluation|summary)$",
    re.I,
)
_TWO_SENTENCES = re.compile(r"[a-z]{3}\.\s+[A-Z][a-z]")  # not "vs. Nesterov"


def _stands_alone(block: Block, layout: Layout) -> bool:
    """A heading starts at its column's left edge (or is centred) and shares its row with no other block
    of its column: table cells and figure labels do neither."""
    page = layout.pages[block.page - 1]
    left, right = page.column_edges.get(block.column, (block.x0, block.x1))
    size = block.size
    centred = abs((block.x0 + block.x1) / 2 - (left + right) / 2) < 2 * size
    if block.x0 > left + 1.5 * size and not centred:
        return False
    return not shares_row(block, layout)


def run_in_heading(block: Block) -> tuple[str, str, str, Location] | None:
    """A numbered heading set in italic or bold at the start of a paragraph ("4.1. Particle spectra In
    Figure 2 we ..."): (number, title, the paragraph's own text, the heading's box), else None."""
    words = block.lines[0].words
    styled = [w.font.italic or w.font.bold for w in words]
    start = 1 if re.match(r"^\d+(\.\d+)*\.?$", words[0].text) else 0  # the number may be upright
    if len(words) < 2 or not styled[start]:
        return None
    if all(styled[start:]):  # the heading fills the first line; the paragraph starts on the next
        second = block.lines[1].words[0].font if len(block.lines) > 1 else None
        if second is None or second.italic or second.bold:
            return None
        cut = len(words)
    else:
        cut = styled.index(False, start)
    head = " ".join(w.text for w in words[:cut])
    m = _NUMBERED.match(head)
    if m is None or not re.match(r"^\d+(\.\d+)*$", m.group("num")) or len(head) > 100:
        return None
    if not re.match(r"^[A-Z][a-z]+\s+\S", m.group("title")):
        return None  # "1 r 2−z", "58.8 ± 0.3": mathematics and table cells, not a heading
    rest = block.text[len(head) :].strip() if block.text.startswith(head) else None
    if not rest:
        return None
    box = (words[0].x0, min(w.y0 for w in words[:cut]), words[cut - 1].x1, max(w.y1 for w in words[:cut]))
    return m.group("num"), m.group("title").rstrip(" .:"), rest, Location(block.page, box)


def _is_sentence(title: str) -> bool:
    """A numbered step of a protocol or a list ("7. Perform the PCR reaction using the kit:"), not a title:
    two sentences, or a long line that introduces what follows."""
    return bool(_TWO_SENTENCES.search(title)) or len(title.split()) > 8 and title.endswith(":")


def heading_parts(block: Block, layout: Layout) -> tuple[str | None, str] | None:
    """(number, title) when the block is a section heading, else None."""
    text = re.sub(r"\s+", " ", block.text).strip()
    if CAPTION.match(text) or not is_heading_like(block, layout.body_size):
        return None
    if len(text) > 100 or text.endswith((",", ";")) or re.search(r"\d{4}\)|et al\.", text):
        return None
    m = _NUMBERED.match(text)
    title = m.group("title") if m else text
    if _is_sentence(title):
        return None
    letters = sum(c.isalpha() for c in title)
    if letters < 3 or letters < 0.6 * len(title.replace(" ", "")) or not _stands_alone(block, layout):
        return None
    if m and m.group("title")[:1].isupper() and not m.group("title").endswith("."):
        return m.group("num"), m.group("title")
    if m is None and (text[:1].isupper() or text[:1].isdigit()) and not text.endswith("."):
        if block.size < layout.body_size - 0.5 and not _UNNUMBERED_HEADS.match(text):
            return None
        return None, text.rstrip(":")
    return None


def level(number: str | None, size: float, sizes: list[float]) -> int:
    """A numbered heading's level is its depth ("2.3" → 2; "A", "IV" → 1); an unnumbered one's is the
    rank of its size among the unnumbered headings' `sizes` (largest first)."""
    if number:
        if re.match(r"^[A-Z]$", number) or re.match(r"^[IVXL]+$", number):
            return 1
        return min(3, number.count(".") + 1)
    rank = sizes.index(size) if size in sizes else len(sizes) - 1
    return min(3, rank + 1)
