"""The layout: pages of lines → blocks in reading order, running heads set aside, zones marked.

Pure geometry and typography statistics; nothing here knows what a title is.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from paperparse.layout.blocks import starts_new_block, typical_gap, usual_size
from paperparse.layout.columns import columns_from_gutters, cut_at_gutters, find_gutters, reading_order
from paperparse.layout.model import Block, Layout, PageLayout
from paperparse.layout.zones import find_zones, rezoned
from paperparse.pdf.model import Line, Page, PdfContent

__all__ = ["Block", "Layout", "PageLayout", "analyze", "rezoned"]

MARGIN = 0.13
"""Top and bottom share of the page where running heads, feet and page numbers live."""

_NOT_LETTERS = re.compile(r"[^a-z]+")


def _margin_key(text: str) -> str:
    """Letters only: "3 of 30" and "4 of 30" agree, and so do copies whose spacing the PDF garbled."""
    return _NOT_LETTERS.sub("", text.lower())


_PAGE_NUMBER = re.compile(r"^(page\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


def _running_keys(pages: list[Page]) -> set[str]:
    """Margin texts that repeat across pages (compared by their letters)."""
    seen: Counter[str] = Counter()
    for page in pages:
        keys = {
            _margin_key(ln.text)
            for ln in page.lines
            if ln.y1 < page.height * MARGIN or ln.y0 > page.height * (1 - MARGIN)
        }
        seen.update(keys)
    need = 2 if len(pages) < 6 else max(2, len(pages) // 5)
    return {k for k, n in seen.items() if n >= need and len(k) > 1}


def _split_line_numbers(page: Page) -> set[int]:
    """Manuscript line numbers: numbers stacked at one x in the margin, alone or glued to a text line.

    Glued ones are cut off their line; returns the ids of the number-only lines.
    """
    candidates: dict[int, list[Line]] = {}
    for ln in page.lines:
        first = ln.words[0]
        if first.text.isdigit() and len(first.text) <= 4:
            alone = len(ln.words) == 1
            if alone or ln.words[1].x0 - first.x1 > 1.0 * max(first.font.size, 1.0):
                candidates.setdefault(round(first.x1 / 4), []).append(ln)
    numbers: set[int] = set()
    for lines in candidates.values():
        if len(lines) < 8:
            continue
        for ln in lines:
            if len(ln.words) > 1:
                number = Line([ln.words[0]], ln.page, ln.rotated)
                del ln.words[0]
                page.lines.append(number)
                numbers.add(id(number))
            else:
                numbers.add(id(ln))
    return numbers


def _line_kind(line: Line, page: Page, running: set[str], margin_ids: set[int]) -> str:
    if line.rotated or id(line) in margin_ids:
        return "margin"
    in_margin = line.y1 < page.height * MARGIN or line.y0 > page.height * (1 - MARGIN)
    if in_margin:
        text = line.text.strip()
        key = _margin_key(text)
        if _PAGE_NUMBER.match(text) or key in running:
            return "running"
        if len(key) >= 8 and any(fuzz.ratio(key, k) >= 85 for k in running):
            return "running"  # a copy whose characters the PDF lost on this page
    return "text"


def _vocabulary(pages: list[Page]) -> frozenset[str]:
    words: set[str] = set()
    for page in pages:
        for line in page.lines:
            for w in line.words[:-1]:  # the last word of a line may be a hyphenated fragment
                words.update(m.lower() for m in _WORD.findall(w.text))
    return frozenset(words)


def _column_edges(ordered: list[tuple[Line, int]]) -> dict[int, tuple[float, float]]:
    """Where each column's text starts (its commonest line start) and ends (90th percentile)."""
    by_column: dict[int, list[Line]] = {}
    for line, col in ordered:
        by_column.setdefault(col, []).append(line)
    edges = {}
    for col, lines in by_column.items():
        # most lines of running text start flush left: the commonest start is the edge
        left = Counter(round(ln.x0) for ln in lines).most_common(1)[0][0]
        rights = sorted(ln.x1 for ln in lines)
        edges[col] = (float(left), rights[int(0.9 * (len(rights) - 1))])
    return edges


def _blocks_of_page(page: Page, running: set[str], vocabulary: frozenset[str]) -> PageLayout:
    margin_ids = _split_line_numbers(page)
    gutters = find_gutters([ln for ln in page.lines if id(ln) not in margin_ids], page.width)
    lines = cut_at_gutters(page.lines, gutters)
    columns = columns_from_gutters(page, gutters)
    ordered = reading_order(lines, columns)
    edges = _column_edges([(ln, col) for ln, col in ordered if id(ln) not in margin_ids])  # not line numbers
    usual_gap = typical_gap(ordered)
    text_size = usual_size(lines)
    runs: list[tuple[list[Line], int, str]] = []  # (lines, column, kind): grouped first, blocks built once
    for line, col in ordered:
        kind = _line_kind(line, page, running, margin_ids)
        if runs:
            run, run_col, run_kind = runs[-1]
            if (
                run_kind == kind == "text"
                and run_col == col
                and not starts_new_block(run[-1], line, edges[col][1], usual_gap, text_size)
            ):
                run.append(line)
                continue
        runs.append(([line], col, kind))
    blocks = [Block(tuple(run), page.number, col, kind, vocabulary=vocabulary) for run, col, kind in runs]
    return PageLayout(page, columns, blocks, edges)


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
