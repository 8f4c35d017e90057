"""Columns and reading order from geometry alone.

A gutter is a vertical strip that words of many lines border on both sides but almost none cross. Lines
that cross a gutter through a wide gap are cut there; lines that cross it with text are full-width and
cut the page into bands. Reading order: band by band, column by column, top to bottom.
"""

from __future__ import annotations

from itertools import accumulate

from paperparse.pdf.model import Line, Page

MIN_GUTTER = 6.0
"""Narrowest vertical strip (points) taken for a gutter between columns."""
STACKED_COLUMN_MIN = 150.0
"""Height (points) of text each side needs for a gutter between columns that share few heights."""


def _runs(line: Line) -> list[tuple[float, float, float, float, list]]:
    """Pieces of a line split at gaps wider than any word space (boxes plus their words)."""
    runs: list[list] = [[line.words[0]]]
    size = max(line.size, 1.0)
    for prev, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - prev.x1 > 1.5 * size:
            runs.append([word])
        else:
            runs[-1].append(word)
    return [(r[0].x0, min(w.y0 for w in r), r[-1].x1, max(w.y1 for w in r), r) for r in runs]


def find_gutters(lines: list[Line], width: float) -> list[tuple[float, float]]:
    """x-ranges of the gutters between text columns on a page, left to right.

    Only column-narrow runs of words vote, so a full-width title or abstract does not hide the gutter
    below it.
    """
    body = [ln for ln in lines if not ln.rotated and ln.x1 - ln.x0 > 0]
    if len(body) < 6:
        return []
    left = max(0, int(min(ln.x0 for ln in body)))
    right = min(int(width) + 1, int(max(ln.x1 for ln in body)) + 1)
    if right - left < 100:
        return []
    runs = [r for ln in body for r in _runs(ln) if r[2] - r[0] < 0.55 * (right - left)]
    delta = [0] * (right - left + 2)
    for run in runs:
        for w in run[4]:
            a, b = max(int(w.x0), left), min(int(w.x1), right)
            if a <= b:
                delta[a - left] += 1
                delta[b - left + 1] -= 1
    cover = list(accumulate(delta[:-1]))
    # "almost none": tolerate a figure label or an equation crossing the strip
    limit = max(2, len(runs) // 12)
    gutters: list[tuple[float, float]] = []
    start = None
    for i, c in enumerate(cover + [limit + 1]):
        if c <= limit and start is None:
            start = i
        elif c > limit and start is not None:
            if start > 0 and i < len(cover):
                gutters.append((left + start, left + i))
            start = None
    return [g for g in _merge_close(gutters) if g[1] - g[0] >= MIN_GUTTER and _splits_text(runs, g)]


def _merge_close(gutters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A centred page number or short line crossing a gutter splits it in two: make it whole again."""
    merged: list[tuple[float, float]] = []
    for g in gutters:
        if merged and g[0] - merged[-1][1] < MIN_GUTTER:
            merged[-1] = (merged[-1][0], g[1])
        else:
            merged.append(g)
    return merged


def _splits_text(runs: list[tuple], gutter: tuple[float, float]) -> bool:
    """A real gutter has a substantial column of text on each side, at the same heights."""
    g0, g1 = gutter
    left = [r for r in runs if r[2] <= g0 + 1]
    right = [r for r in runs if r[0] >= g1 - 1]
    if len(left) < 4 or len(right) < 4:
        return False
    left_span = (min(r[1] for r in left), max(r[3] for r in left))
    right_span = (min(r[1] for r in right), max(r[3] for r in right))
    overlap = min(left_span[1], right_span[1]) - max(left_span[0], right_span[0])
    shorter = min(left_span[1] - left_span[0], right_span[1] - right_span[0])
    # a last page or one with a figure atop a column: two tall columns that barely share heights
    stacked = len(left) >= 8 and len(right) >= 8 and shorter >= STACKED_COLUMN_MIN
    return overlap > 0.25 * shorter or stacked


def cut_at_gutters(lines: list[Line], gutters: list[tuple[float, float]]) -> list[Line]:
    """Cut every line whose words jump over a gutter into one line per side."""
    if not gutters:
        return lines
    out: list[Line] = []
    for ln in lines:
        pieces = [[ln.words[0]]]
        for prev, word in zip(ln.words, ln.words[1:], strict=False):
            if any(prev.x1 <= g0 + 2 and word.x0 >= g1 - 2 for g0, g1 in gutters):
                pieces.append([word])
            else:
                pieces[-1].append(word)
        if len(pieces) == 1:
            out.append(ln)
        else:
            out.extend(Line(p, ln.page, ln.rotated) for p in pieces)
    return out


def column_of(line: Line, columns: list[tuple[float, float]]) -> int:
    """Index of the column holding the line, or -1 when it crosses the middle of a gutter."""
    if len(columns) <= 1:
        return 0
    for (_, right), (left, _) in zip(columns, columns[1:], strict=False):
        middle = (right + left) / 2
        if line.x0 < middle - 2 and line.x1 > middle + 2:
            return -1
    centre = (line.x0 + line.x1) / 2
    for i, (_, right) in enumerate(columns[:-1]):
        if centre < (right + columns[i + 1][0]) / 2:
            return i
    return len(columns) - 1


def columns_from_gutters(page: Page, gutters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    edges = [0.0] + [x for g in gutters for x in g] + [page.width]
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def reading_order(lines: list[Line], columns: list[tuple[float, float]]) -> list[tuple[Line, int]]:
    """Lines in reading order with their column (-1 = spanning), band by band."""
    placed = [(ln, column_of(ln, columns)) for ln in lines]
    if len(columns) <= 1:
        return sorted(placed, key=lambda p: (p[0].y0, p[0].x0))
    placed.sort(key=lambda p: (p[0].y0, p[0].x0))
    ordered: list[tuple[Line, int]] = []
    band: list[tuple[Line, int]] = []

    def flush() -> None:
        band.sort(key=lambda p: (p[1], p[0].y0, p[0].x0))
        ordered.extend(band)
        band.clear()

    for item in placed:
        if item[1] == -1:
            # a full-width line closes the band only if no column text sits beside it
            beside = any(b[0].y1 > item[0].y0 + 1 for b in band if b[1] != -1)
            if not beside:
                flush()
                ordered.append(item)
                continue
        band.append(item)
    flush()
    return ordered
