"""The layout: pages of lines → blocks in reading order, running heads set aside, zones marked.

Pure geometry and typography statistics; nothing here knows what a title is.
"""

from __future__ import annotations

import re
from collections import Counter

from paperparse.layout.blocks import starts_new_block
from paperparse.layout.columns import columns_from_gutters, cut_at_gutters, find_gutters, reading_order
from paperparse.layout.model import Block, Layout, PageLayout
from paperparse.layout.zones import find_zones
from paperparse.pdf.model import Line, Page, PdfContent

__all__ = ["Block", "Layout", "PageLayout", "analyze"]

MARGIN = 0.085
"""Top and bottom share of the page where running heads, feet and page numbers live."""

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(page\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


def _running_keys(pages: list[Page]) -> set[str]:
    """Margin texts that repeat across pages, digits masked (so "3 of 30" and "4 of 30" agree)."""
    seen: Counter[str] = Counter()
    for page in pages:
        keys = {
            _DIGITS.sub("#", ln.text.lower())
            for ln in page.lines
            if ln.y1 < page.height * MARGIN or ln.y0 > page.height * (1 - MARGIN)
        }
        seen.update(keys)
    need = 2 if len(pages) < 6 else max(2, len(pages) // 5)
    return {k for k, n in seen.items() if n >= need and len(k) > 1}


def _line_kind(line: Line, page: Page, running: set[str]) -> str:
    if line.rotated:
        return "margin"
    in_margin = line.y1 < page.height * MARGIN or line.y0 > page.height * (1 - MARGIN)
    if in_margin:
        text = line.text.strip()
        if _PAGE_NUMBER.match(text) or _DIGITS.sub("#", text.lower()) in running:
            return "running"
    return "text"


def _vocabulary(pages: list[Page]) -> frozenset[str]:
    words: set[str] = set()
    for page in pages:
        for line in page.lines:
            for w in line.words[:-1]:  # the last word of a line may be a hyphenated fragment
                words.update(m.lower() for m in _WORD.findall(w.text))
    return frozenset(words)


def _column_right_edges(ordered: list[tuple[Line, int]]) -> dict[int, float]:
    by_column: dict[int, list[float]] = {}
    for line, col in ordered:
        by_column.setdefault(col, []).append(line.x1)
    edges = {}
    for col, xs in by_column.items():
        xs.sort()
        edges[col] = xs[int(0.9 * (len(xs) - 1))]
    return edges


def _blocks_of_page(page: Page, running: set[str], vocabulary: frozenset[str]) -> PageLayout:
    gutters = find_gutters(page.lines, page.width)
    lines = cut_at_gutters(page.lines, gutters)
    columns = columns_from_gutters(page, gutters)
    ordered = reading_order(lines, columns)
    right_edges = _column_right_edges(ordered)
    blocks: list[Block] = []
    current: Block | None = None
    for line, col in ordered:
        kind = _line_kind(line, page, running)
        if (
            current is not None
            and current.kind == kind == "text"
            and current.column == col
            and not starts_new_block(current.lines[-1], line, right_edges[col])
        ):
            current.lines.append(line)
            continue
        current = Block([line], page.number, col, kind, vocabulary=vocabulary)
        blocks.append(current)
    return PageLayout(page, columns, blocks)


def analyze(content: PdfContent) -> Layout:
    """Blocks in reading order for every page, with running heads and zones marked."""
    running = _running_keys(content.pages)
    vocabulary = _vocabulary(content.pages)
    pages = [_blocks_of_page(p, running, vocabulary) for p in content.pages]
    sizes: Counter[float] = Counter()
    for p in content.pages:
        for ln in p.lines:
            sizes[round(ln.size)] += len(ln.words)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 10.0
    layout = Layout(pages, body_size, vocabulary)
    find_zones(layout)
    return layout
