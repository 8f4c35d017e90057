"""Columns and reading order from geometry alone.

A gutter is a vertical strip that words of many lines border on both sides but almost none cross. Lines
that cross a gutter through a wide gap are cut there; lines that cross it with text are full-width and
cut the page into bands, and so does white across the page under balanced columns (`_stacked_parts`).
Reading order: band by band, column by column, top to bottom.
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate
from operator import attrgetter

from paperparse.pdf.model import Line, Page

MIN_GUTTER = 6.0
"""Narrowest vertical strip (points) taken for a gutter between columns."""
STACKED_COLUMN_MIN = 150.0
"""Height (points) of text each side needs for a gutter between columns that share few heights."""


def _runs(line: Line) -> list[tuple[float, float, float, float, list]]:
    """Pieces of a line split at gaps wider than any word space (boxes plus their words)."""
    words = line.words
    runs: list[list] = [[words[0]]]
    wide = 1.5 * max(line.size, 1.0)
    for prev, word in zip(words, words[1:], strict=False):
        if word.x0 - prev.x1 > wide:
            runs.append([word])
        else:
            runs[-1].append(word)
    if len(runs) == 1:  # most lines: the run's height is the line's, already measured
        return [(words[0].x0, line.y0, words[-1].x1, line.y1, runs[0])]
    return [(r[0].x0, min(w.y0 for w in r), r[-1].x1, max(w.y1 for w in r), r) for r in runs]


def find_gutters(lines: list[Line], width: float) -> list[tuple[float, float]]:
    """x-ranges of the gutters between text columns on a page, left to right.

    Only column-narrow runs of words vote, so a full-width title or abstract does not hide the gutter
    below it. Narrow runs that cross the gutter (a byline grid's middle card, a centred affiliation, the
    cells of a table set across the page) can outnumber what a gutter tolerates: then the page's
    spanning bands are taken out and the gutter is looked for in the rest (`_gutters_beside_bands`).
    """
    body = [ln for ln in lines if not ln.rotated and ln.x1 - ln.x0 > 0]
    if len(body) < 6:
        return []
    left = max(0, int(min(ln.x0 for ln in body)))
    right = min(int(width) + 1, int(max(ln.x1 for ln in body)) + 1)
    if right - left < 100:
        return []
    pieces = [r for ln in body for r in _runs(ln)]
    runs = [r for r in pieces if r[2] - r[0] < 0.55 * (right - left)]
    cover = _cover(runs, left, right)
    gutters = [g for g in _strips(cover, left, _tolerated(runs)) if _splits_text(runs, g)]
    if gutters and _hold_text(runs, gutters):
        return gutters
    return _gutters_beside_bands(pieces, runs, left, right) or [
        g for g in gutters if _stands_beside(pieces, g)
    ]


def _hold_text(runs: list[tuple], gutters: list[tuple[float, float]]) -> bool:
    """Every column between two gutters holds four runs of its own. Two strips either side of a byline
    grid's middle card, which crosses the gutter, leave none between them: the gutter is sought under
    the bands instead, and the strips are kept only when that finds none (a figure's gaps beside the
    real gutter)."""
    return all(
        sum(1 for r in runs if r[0] >= g[1] - 1 and r[2] <= h[0] + 1) >= 4
        for g, h in zip(gutters, gutters[1:], strict=False)
    )


def _stands_beside(pieces: list[tuple], gutter: tuple[float, float]) -> bool:
    """More words stand beside the strip than cross it: a figure's gap beside the real gutter, not the
    gap between a table's columns on a one-column page, which the page's full-width lines cross."""
    g0, g1 = gutter
    beside = sum(len(r[4]) for r in pieces if r[2] <= g0 + 1 or r[0] >= g1 - 1)
    crossing = sum(len(r[4]) for r in pieces if r[0] < g0 and r[2] > g1)
    return beside > crossing


def _tolerated(runs: list[tuple]) -> int:
    """Runs a gutter lets cross it: "almost none", a figure label or an equation."""
    return max(2, len(runs) // 12)


def _cover(runs: list[tuple], left: int, right: int) -> list[int]:
    """How many words of `runs` cover each point from `left` to `right`."""
    delta = [0] * (right - left + 2)
    for run in runs:
        for w in run[4]:  # once per word of the page: the clamps spelt out, not min and max calls
            a, b = int(w.x0), int(w.x1)
            if a < left:
                a = left
            if b > right:
                b = right
            if a <= b:
                delta[a - left] += 1
                delta[b - left + 1] -= 1
    return list(accumulate(delta[:-1]))


def _strips(cover: list[int], left: int, limit: int) -> list[tuple[float, float]]:
    """Strips at least `MIN_GUTTER` wide, off the page's text edges, that at most `limit` words cover."""
    found: list[tuple[float, float]] = []
    start = None
    for i, c in enumerate(cover + [limit + 1]):
        if c <= limit and start is None:
            start = i
        elif c > limit and start is not None:
            if start > 0 and i < len(cover):
                found.append((left + start, left + i))
            start = None
    return [g for g in _merge_close(found) if g[1] - g[0] >= MIN_GUTTER]


def _gutters_beside_bands(
    pieces: list[tuple], runs: list[tuple], left: int, right: int
) -> list[tuple[float, float]]:
    """Gutters hidden by spanning bands. Left of each edge where many narrow runs start (a column's
    left edge), the lines crossing the strip of three points left of it, with whatever stands beside
    them, are grouped into bands (a title and byline, an abstract set full width, a table across the
    page); the gutter is then sought in the rest, which must be columns of text (`_columns_of_text`)."""
    found: set[tuple[float, float]] = set()
    for edge in _column_edges(runs, left, right):
        probe = (edge - 4, edge - 1)
        bands = _bands([r for r in pieces if any(w.x0 < probe[1] and w.x1 > probe[0] for w in r[4])])
        rest = [r for r in runs if not any(y0 <= (r[1] + r[3]) / 2 <= y1 for y0, y1 in bands)]
        found.update(
            g
            for g in _strips(_cover(rest, left, right), left, _tolerated(rest))
            if g[0] < probe[1] and g[1] > probe[0] and _columns_of_text(rest, pieces, g)
        )
    return _merge_close(sorted(found))


def _column_edges(runs: list[tuple], left: int, right: int) -> list[int]:
    """x where eight or more narrow runs start (within a point), away from the page's text edges."""
    starts = Counter(int(r[0]) for r in runs)
    margin = 0.15 * (right - left)
    return [
        x
        for x, n in starts.items()
        if left + margin < x < right - margin
        and n >= max(starts[x - 1], starts[x + 1])
        and starts[x - 1] + n + starts[x + 1] >= 8
    ]


def _bands(crossing: list[tuple]) -> list[tuple[float, float]]:
    """y-ranges of the runs crossing a strip, runs less than two of their heights apart joined."""
    bands: list[list[float]] = []
    for _, y0, _, y1, _ in sorted(crossing, key=lambda r: r[1]):
        if bands and y0 - bands[-1][1] < 2 * (y1 - y0):
            bands[-1][1] = max(bands[-1][1], y1)
        else:
            bands.append([y0, y1])
    return [(y0, y1) for y0, y1 in bands]


def _columns_of_text(rest: list[tuple], pieces: list[tuple], gutter: tuple[float, float]) -> bool:
    """The runs either side of `gutter` are columns of text: beside each other, holding two fifths of the
    page's words or more, in lines of four words or more (the median run), not a table's cells or a
    figure's labels on a one-column page."""
    if not _splits_text(rest, gutter):
        return False
    sides = ([r for r in rest if r[2] <= gutter[0] + 1], [r for r in rest if r[0] >= gutter[1] - 1])
    if any(len(side) < 8 or sorted(len(r[4]) for r in side)[len(side) // 2] < 4 for side in sides):
        return False
    words = sum(len(r[4]) for side in sides for r in side)
    return words >= 0.4 * sum(len(r[4]) for r in pieces)


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


_X0, _X1 = attrgetter("x0"), attrgetter("x1")


def cut_at_gutters(lines: list[Line], gutters: list[tuple[float, float]]) -> list[Line]:
    """Cut every line whose words jump over a gutter into one line per side.

    The jump must also be wider than a word space of the line (`_word_space`): in an OCR text layer
    each word is its ink box, so the spaces of a centred byline line are 0.6-0.8 em, as wide as a
    narrow gutter (article's 10 pt), and one of them often lies over it."""
    if not gutters:
        return lines
    out: list[Line] = []
    reach = [(g0 + 2, g1 - 2) for g0, g1 in gutters]  # a word ending before, the next starting after
    for ln in lines:
        # a jump needs a word ending before a gutter and one starting after it: most lines have neither
        # (a NaN first coordinate makes min or max NaN: such a line takes the steps below)
        ends, starts = min(map(_X1, ln.words)), max(map(_X0, ln.words))
        if ends == ends and starts == starts and not any(ends <= b and starts >= a for b, a in reach):
            out.append(ln)
            continue
        pieces = [[ln.words[0]]]
        space: float | None = None  # measured only for a line that jumps a gutter (few do)
        for prev, word in zip(ln.words, ln.words[1:], strict=False):
            x1, x0 = prev.x1, word.x0
            jumps = any(x1 <= before and x0 >= after for before, after in reach)
            if jumps and space is None:
                space = _word_space(ln)
            if jumps and x0 - x1 > space:
                pieces.append([word])
            else:
                pieces[-1].append(word)
        if len(pieces) == 1:
            out.append(ln)
        else:
            out.extend(Line(p, ln.page, ln.rotated) for p in pieces)
    return out


def _word_space(line: Line) -> float:
    """Widest gap the line's words leave as a word space: 0.8 em, or 1.5 times the line's median gap
    when it has three gaps or more (a gap across a gutter stands out from the line's own spaces)."""
    gaps = sorted(b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False))
    em = 0.8 * max(line.size, 1.0)
    return min(em, 1.5 * gaps[len(gaps) // 2]) if len(gaps) >= 3 else em


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
    """Lines in reading order with their column (-1 = spanning), band by band.

    A band of cards (a byline grid's) also closes at a white gap across the page under it: the cards
    belong above the columns' text, not in the left column's flow."""
    placed = [(ln, column_of(ln, columns)) for ln in lines]
    if len(columns) <= 1:
        return sorted(placed, key=lambda p: (p[0].y0, p[0].x0))
    placed.sort(key=lambda p: (p[0].y0, p[0].x0))
    measure = _measures(placed)
    ordered: list[tuple[Line, int]] = []
    band: list[tuple[Line, int]] = []
    running = False  # a line read so far fills its column: running text has begun

    def flush() -> None:
        nonlocal running
        band.sort(key=lambda p: (p[1], p[0].y0, p[0].x0))
        ordered.extend(band)
        running = running or any(_fills(ln, col, measure) for ln, col in band)
        band.clear()

    bottom = 0.0  # the foot of the band's lowest line, kept as the band grows
    cuts = _stacked_parts(placed, len(columns), measure)
    for item in placed:
        line, col = item
        if band and not running and _white_across(bottom, line) and _cards(band, measure):
            flush()
        if band and cuts and line.y0 >= cuts[0]:
            flush()  # a part stacked under balanced columns: read after all of them
        while cuts and line.y0 >= cuts[0]:
            cuts.pop(0)
        if col == -1:
            # a full-width line closes the band only if no column text sits beside it
            if not any(b[0].y1 > line.y0 + 1 for b in band if b[1] != -1):
                flush()
                ordered.append(item)  # spanning: it fills no column
                continue
        band.append(item)
        bottom = line.y1 if len(band) == 1 else max(bottom, line.y1)
    flush()
    return ordered


STACK_GAP = 2.0
"""White (in text heights) between balanced columns and a part stacked under them: more than a line gap or a
display's space. A heading's space can be as wide: `_balanced` tells it apart by the headings under it."""
STACK_EDGE = 3
"""Lines at the foot of each column above a cut, and at the head of each column below it, among which one
must be running text: tick labels of two plots side by side also stop and start again at the same height."""


def _stacked_parts(placed: list[tuple[Line, int]], columns: int, measure: dict[int, float]) -> list[float]:
    """Heights (the top of the first line below) where the page is cut into parts stacked one under the
    other, each read column by column: a white band across the page where every column's text stops at
    the same height and starts again at the same height (columns balanced, as LaTeX sets them before a
    bibliography or a new part of the page), with running text on both sides. `placed` is sorted by top."""
    cuts: list[float] = []
    bottom = None
    for i, (line, _) in enumerate(placed):
        if bottom is not None and line.y0 - bottom > STACK_GAP * max(line.size, 1.0):
            if _balanced(placed[:i], placed[i:], columns, measure):
                cuts.append(line.y0)
        bottom = line.y1 if bottom is None else max(bottom, line.y1)
    return cuts


def _balanced(
    above: list[tuple[Line, int]], below: list[tuple[Line, int]], columns: int, measure: dict[int, float]
) -> bool:
    """Every column has running text just above and just below the band, and its text stops (above) and
    starts again (below) within a line of the other columns'. Not when every column opens with a heading
    below it: two columns that happen to open a section at the same height leave the heading's space."""
    feet, heads, headings = [], [], 0
    for col in range(columns):
        up = [ln for ln, c in above if c == col][-STACK_EDGE:]
        down = [ln for ln, c in below if c == col][:STACK_EDGE]
        if not up or not down:
            return False
        if not any(_fills(ln, col, measure) for ln in up) or not any(_fills(ln, col, measure) for ln in down):
            return False
        feet.append(max(ln.y1 for ln in up))
        heads.append(down[0].y0)
        headings += _heading(down)
    pitch = 1.2 * max(ln.size for ln, _ in above[-columns * STACK_EDGE :])
    return headings < columns and max(feet) - min(feet) <= pitch and max(heads) - min(heads) <= pitch


def _heading(lines: list[Line]) -> bool:
    """The first of a column's `lines` is a heading (maybe wrapped): larger than a line under it, or bold
    over plain text."""
    first = lines[0]
    return any(first.size > ln.size + 0.5 or (first.font.bold and not ln.font.bold) for ln in lines[1:])


RUNNING_TEXT_SHARE = 0.8
"""Share of its column's widest line that a line of running text fills; a byline card's lines fall short."""


def _measures(placed: list[tuple[Line, int]]) -> dict[int, float]:
    """Each column's widest line on the page: the width its running text fills."""
    measure: dict[int, float] = {}
    for line, col in placed:
        measure[col] = max(measure.get(col, 0.0), line.x1 - line.x0)
    return measure


def _white_across(bottom: float, line: Line) -> bool:
    """White across the whole page between the band (its lowest line's foot at `bottom`) and `line` (which
    starts below every line before it), taller than a line gap: no line of either column crosses it."""
    return line.y0 - bottom > 0.6 * max(line.size, 1.0)


def _cards(band: list[tuple[Line, int]], measure: dict[int, float]) -> bool:
    """The band's column lines are a byline grid's cards (the caller checks that nothing read before
    the band fills its column: the cards stand above the page's running text): none filling its column,
    and most centred on the same x as another line of the band (a card's lines under its name), as
    side-by-side headings and a table's cells, set flush to their edges, are not."""
    if any(_fills(ln, col, measure) for ln, col in band):
        return False
    lines = [ln for ln, col in band if col != -1]
    centred = sum(
        1
        for ln in lines
        if any(abs(ln.x0 + ln.x1 - o.x0 - o.x1) < ln.size and abs(ln.x0 - o.x0) > ln.size for o, _ in band)
    )
    return 2 * centred > len(lines)


def _fills(line: Line, col: int, measure: dict[int, float]) -> bool:
    """A column line as wide as running text is: some share of the column's widest line."""
    return col != -1 and line.x1 - line.x0 >= RUNNING_TEXT_SHARE * measure[col]
