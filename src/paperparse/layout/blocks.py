"""Lines in reading order → blocks (paragraph-sized groups of lines)."""

from __future__ import annotations

import re

from paperparse.pdf.model import Line

_LIST_START = re.compile(r"^(\[\d+\]|\d{1,3}\.\s|[•◦▪–-]\s|\(\w\)\s)")


def starts_new_block(prev: Line, line: Line, column_right: float) -> bool:
    """Whether `line` opens a new block after `prev` in the same column."""
    size = max(prev.size, 1.0)
    gap = line.y0 - prev.y1
    if gap > 0.9 * size or gap < -0.5 * size:
        return True
    if abs(line.size - prev.size) > 0.06 * size:
        return True
    if prev.font.bold != line.font.bold and (len(prev.text) < 120 or len(line.text) < 120):
        return True
    if line.x0 - prev.x0 > 0.8 * size and prev.x1 < column_right - 2.5 * size:
        return True  # a short line, then an indented one: a new paragraph
    return bool(_LIST_START.match(line.text)) and prev.x1 < column_right - 1.0 * size
