"""Lines in reading order → blocks (paragraph-sized groups of lines)."""

from __future__ import annotations

import re

from paperparse.pdf.model import Line

_HEADING_SHAPE = re.compile(r"^(\d+(\.\d+)*\.?|[IVX]+\.|[A-H]\.)\s+[A-Z“\"]\S*(\s+\S+){0,10}$")
_LIST_START = re.compile(r"^(\[\d+\]|\d{1,3}\.\s|[•◦▪–-]\s|\(\w\)\s)")


def typical_gap(ordered: list[tuple[Line, int]]) -> float:
    """The usual white space between consecutive lines of a column: double-spaced manuscripts have more."""
    gaps = sorted(
        b.y0 - a.y1
        for (a, col_a), (b, col_b) in zip(ordered, ordered[1:], strict=False)
        if col_a == col_b and abs(a.size - b.size) < 0.5 and 0 <= b.y0 - a.y1 < 2.5 * a.size
    )
    return gaps[len(gaps) // 2] if len(gaps) >= 5 else 0.0


def usual_size(lines: list[Line]) -> float:
    """The size most of a page's text is set in (by characters): larger lines are headings or titles."""
    weight: dict[float, int] = {}
    for line in lines:
        key = round(line.size, 1)
        weight[key] = weight.get(key, 0) + len(line.words)
    return max(weight, key=weight.__getitem__) if weight else 0.0


def fits_after(prev: Line, line: Line, column_right: float) -> bool:
    """The first word of `line` would have fitted at the end of `prev`: `prev` ended on purpose."""
    first = line.words[0]
    return column_right - prev.x1 > (first.x1 - first.x0) + 0.5 * prev.size


def starts_new_block(
    prev: Line, line: Line, column_right: float, usual_gap: float = 0.0, body_size: float = 0.0
) -> bool:
    """Whether `line` opens a new block after `prev` in the same column."""
    size = max(prev.size, 1.0)
    gap = line.y0 - prev.y1
    if gap > max(0.9 * size, usual_gap + 0.6 * size) or gap < -0.5 * size:
        return True
    if abs(line.size - prev.size) > 0.06 * size or line.words[0].rise == 1 or line.text[:1] in "*†‡§¶":
        return True  # another size, or a marker opening a footnote or an affiliation
    full = column_right - 0.3 * size  # lines reaching this far are wrapped text, not a heading
    if prev.font.bold != line.font.bold and (len(prev.text) < 120 or len(line.text) < 120):
        if prev.x1 < full or line.x1 < full:  # two full lines are one paragraph (a linked run in bold)
            return True
    if line.x0 - prev.x0 > 0.8 * size and prev.x1 < column_right - 2.5 * size:
        return True  # a short line, then an indented one: a new paragraph
    prev_short = prev.x1 < column_right - 4 * size
    capitals = prev.text.isupper() and len(prev.text) > 3
    if (prev_short or capitals) and (_HEADING_SHAPE.match(prev.text) or _HEADING_SHAPE.match(line.text)):
        return True  # a numbered heading line ("IV. DATASET", "4.3. The subset") stands on its own
    if (
        prev.font.bold
        and line.font.bold
        and _HEADING_SHAPE.match(prev.text)
        and _HEADING_SHAPE.match(line.text)
    ):
        return True  # a numbered heading in bold, then another ("2.2. Dissolution", "2.2.1. Particle model")
    if prev.font.italic != line.font.italic and (prev_short or line.x1 < column_right - 4 * size):
        return True
    if (
        body_size
        and prev.size > body_size + 1.5
        and abs(line.x0 - prev.x0) < 1
        and not prev.text.endswith((",", ";", "-", "–", "—"))
        and fits_after(prev, line, column_right)
    ):
        return True  # a heading line that did not wrap, then another: a section and its subsection
    half = prev.x1 - prev.x0 < 0.5 * (column_right - prev.x0)
    if prev.font.bold and line.font.bold and half and abs(line.x0 - prev.x0) < 1:
        return True  # a bold line that did not wrap, then another: two headings in a row
    return bool(_LIST_START.match(line.text)) and prev.x1 < column_right - 1.0 * size
