"""One feature dict per line, computed once per document, used by training and prediction alike.

The features are what a reader sees of a line without reading it closely: how large its font is among the
document's sizes, bold or italic, where it sits on the page and in its column, the white space above and
below it compared with the document's usual line gap, how it is aligned, how long it is, which page it is
on, the shape of its text (digits, capitals, a leading number, an email, URL or DOI), and the same few
facts about the lines before and after it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from paperparse.layout import Block, Layout
from paperparse.pdf.model import Line

LABELS = (
    "title",
    "author",
    "affiliation",
    "email",
    "abstract",
    "keywords",
    "heading",
    "paragraph",
    "caption",
    "table",
    "equation",
    "footnote",
    "running",
    "page_number",
    "reference",
    "other",
)
"""Every line gets one; `running` is a running head or foot, `other` figure text, stamps, dates, ..."""


@dataclass(slots=True, frozen=True)
class LineSlot:
    """A line where the layout put it: its page (0-based), its block, and its place in that block."""

    line: Line
    page: int
    block: Block
    index_in_block: int


def reading_lines(layout: Layout) -> list[LineSlot]:
    """Every line of the document in reading order, running heads and margin notes included."""
    return [
        LineSlot(line, page_index, block, i)
        for page_index, page in enumerate(layout.pages)
        for block in page.blocks
        for i, line in enumerate(block.lines)
    ]


_EMAIL = re.compile(r"\S+@\S+\.\w+|\{[^}]*\}@")
_URL = re.compile(r"https?://|www\.", re.I)
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_LEADING_NUMBER = re.compile(r"^(\d+(\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s")
_BRACKET_NUMBER = re.compile(r"^\[\d{1,3}\]")
_EQUATION_NUMBER = re.compile(r"\(\d{1,3}[a-z]?\)$")
_CAPTION_START = re.compile(r"^(fig(ure)?|table|tab|algorithm|listing)\.?\s*[0-9IVX]+", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d[a-z]?\b")
_MATH = frozenset("=+−<>≤≥∈∑∫∂αβγδθλμσπ^_|∀∃→⇒×·")
_FIRST_WORD = re.compile(r"[a-z]+")
_CUE_WORDS = frozenset(
    "abstract keywords key index references bibliography acknowledgments acknowledgements acknowledgment "
    "introduction figure fig table appendix department university institute school email correspondence "
    "received accepted proceedings arxiv preprint copyright permission ccs".split()
)


def _doc_line_gap(slots: list[LineSlot]) -> float:
    """The commonest gap between consecutive lines of one block: the document's unit of white space."""
    gaps = Counter(
        round(b.line.y0 - a.line.y1, 1)
        for a, b in zip(slots, slots[1:], strict=False)
        if a.block is b.block and 0 <= b.line.y0 - a.line.y1 < 2 * a.line.size
    )
    return max(gaps.most_common(1)[0][0], 0.5) if gaps else 2.0


def _size_ranks(slots: list[LineSlot]) -> tuple[dict[float, int], float]:
    """Each font size's rank, largest first, among sizes that carry text; and the body size."""
    weight: Counter[float] = Counter()
    for s in slots:
        weight[round(s.line.size, 1)] += len(s.line.text)
    body = weight.most_common(1)[0][0] if weight else 10.0
    ranks = {size: i for i, size in enumerate(sorted(weight, reverse=True))}
    return ranks, body


def _own_features(slot: LineSlot, layout: Layout, ranks: dict[float, int], body: float) -> dict[str, float]:
    line, block = slot.line, slot.block
    page = layout.pages[slot.page].page
    text = line.text
    size = round(line.size, 1)
    x0, y0, x1, y1 = line.bbox
    letters = [c for c in text if c.isalpha()]
    words = text.split()
    left, right = layout.pages[slot.page].column_edges.get(block.column, (0.0, page.width))
    col_width = max(right - left, 1.0)
    centre_offset = ((x0 + x1) / 2 - (left + right) / 2) / col_width
    font = line.font
    opening = block.lines[0].text
    first = _FIRST_WORD.match(text.lower())
    f: dict[str, float] = {
        "size_rank": min(ranks.get(size, 0), 6),
        "size_ratio": size / body,
        "bold": float(font.bold),
        "italic": float(font.italic),
        "x0": x0 / page.width,
        "x1": x1 / page.width,
        "y0": y0 / page.height,
        "y1": y1 / page.height,
        "width": (x1 - x0) / page.width,
        "col_fill": (x1 - x0) / col_width,
        "indent": (x0 - left) / max(size, 1.0),
        "right_short": (right - x1) / max(size, 1.0),
        "centred": float(abs(centre_offset) < 0.03 and x0 - left > 2 * size),
        "column": float(block.column),
        "columns": float(len(layout.pages[slot.page].columns)),
        "first_page": float(slot.page == 0),
        "last_page": float(slot.page == len(layout.pages) - 1),
        "page_share": slot.page / max(len(layout.pages) - 1, 1),  # where references are: not an absolute page
        "chars": float(len(text)),
        "words": float(len(words)),
        "digits": sum(map(str.isdigit, text)) / max(len(text), 1),
        "caps": sum(map(str.isupper, letters)) / max(len(letters), 1),
        "letters": len(letters) / max(len(text), 1),
        "math": sum(c in _MATH for c in text) / max(len(text), 1),
        "leading_number": float(bool(_LEADING_NUMBER.match(text))),
        "bracket_number": float(bool(_BRACKET_NUMBER.match(text))),
        "equation_number": float(bool(_EQUATION_NUMBER.search(text))),
        "caption_start": float(bool(_CAPTION_START.match(text))),
        "email": float(bool(_EMAIL.search(text))),
        "url": float(bool(_URL.search(text))),
        "doi": float(bool(_DOI.search(text))),
        "year": float(bool(_YEAR.search(text))),
        "ends_period": float(text.endswith(".")),
        "starts_lower": float(text[:1].islower()),
        "raised_start": float(line.words[0].rise == 1),
        "marker_start": float(text[:1] in "*†‡§¶"),
        "block_lines": float(min(len(block.lines), 20)),
        "block_first": float(slot.index_in_block == 0),
        "block_caption": float(bool(_CAPTION_START.match(opening))),
        "block_abstract": float(opening[:8].lower() == "abstract"),
        "block_last": float(slot.index_in_block == len(block.lines) - 1),
        "running": float(block.kind == "running"),
        "margin": float(block.kind == "margin"),
        "zone_front": float(block.zone == "front"),
        "zone_references": float(block.zone == "references"),
        "zone_back": float(block.zone == "back"),
    }
    if first and first.group() in _CUE_WORDS:
        f["cue_" + first.group()] = 1.0
    return f


_NEIGHBOUR_KEYS = ("size_ratio", "bold", "italic", "col_fill", "indent", "caption_start", "digits", "words")


_SECTION_CUES = ("cue_keywords", "cue_key", "cue_index", "cue_ccs", "cue_introduction")


def _mark_abstract_span(slots: list[LineSlot], own: list[dict[str, float]]) -> None:
    """Flag the lines after an "Abstract" cue on the first two pages, up to the next heading-like line or the
    keywords: the abstract's stretch, which many templates set exactly like body text."""
    inside = False
    for slot, f in zip(slots, own, strict=True):
        if slot.page > 1:
            return
        if "cue_abstract" in f:
            inside = True
        elif inside and (
            any(cue in f for cue in _SECTION_CUES)
            or (f["leading_number"] and f["words"] <= 12)
            or (f["bold"] and f["words"] <= 8)
            or f["size_ratio"] > 1.1
        ):
            inside = False
        if inside:
            f["abstract_span"] = 1.0


def line_features(layout: Layout, slots: list[LineSlot] | None = None) -> list[dict[str, float]]:
    """A feature dict for every line of `reading_lines(layout)`, with the gaps around it and its neighbours'."""
    slots = reading_lines(layout) if slots is None else slots
    ranks, body = _size_ranks(slots)
    unit = _doc_line_gap(slots)
    own = [_own_features(s, layout, ranks, body) for s in slots]
    _mark_abstract_span(slots, own)
    for i, (slot, f) in enumerate(zip(slots, own, strict=True)):
        for step, name in ((-1, "prev"), (1, "next")):
            j = i + step
            if 0 <= j < len(slots) and slots[j].page == slot.page:
                other = slots[j].line
                gap = (slot.line.y0 - other.y1) if step < 0 else (other.y0 - slot.line.y1)
                same_column = slots[j].block.column == slot.block.column
                f[f"gap_{name}"] = min(max(gap / unit, -5.0), 30.0) if same_column else 30.0
                f[f"{name}_same_block"] = float(slots[j].block is slot.block)
                for key in _NEIGHBOUR_KEYS:
                    f[f"{name}_{key}"] = own[j][key]
            else:
                f[f"gap_{name}"] = 30.0
                f[f"{name}_none"] = 1.0
    return own
