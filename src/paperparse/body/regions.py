"""Where a figure's graphics or a table's body sit: the region of the page its caption belongs to.

The PDF layer hands up the boxes of each page's drawings and images, merged where they touch. A figure's
region is the graphics between its caption and the running text above it (below it when nothing is
above: the caption then comes first); a table's is its rules and cells between its caption and the
running text below it (or above). Where nothing is found there is no region, rather than a guess.
"""

from __future__ import annotations

import math
import re

from paperparse.body.geometry import around
from paperparse.document import BBox, Caption, Location
from paperparse.layout import MARGIN, Block, PageLayout, box_within
from paperparse.layout.zones import is_heading_like
from paperparse.pdf.model import Line
from paperparse.segmentation import Segmentation

_NOTE_LABEL = re.compile(r"^\s*(?:notes?|sources?)\s*[.:]|^\s*[*†‡§¶]", re.IGNORECASE)
"""A table's note as set apart from running text ("Note.", "Source:", a footnote mark; not "Note that")."""
_SLACK = 2.0
"""Points a graphic may stick out of its band (a stroke's width, a rule touching the caption)."""
_THIN = 3.0
"""Points a rule is thick at most: a graphic thinner than this is a line, not a picture."""


def locate_region(
    item: Caption,
    table: bool,
    page: PageLayout,
    body_size: float,
    captions: list[BBox],
    above: bool | None = None,
) -> Location | None:
    """The region of a figure (table: False) or a table on the page of its caption's start, or None.

    `captions`: the boxes of the page's captions, which bound each other's regions like running text.
    What lies closer to the caption wins; on a tie, above for a figure (its caption usually comes after
    it) and below for a table. `above` looks on that side only (a side decided with the page's other
    captions).
    """
    if item.location is None:
        return None
    caption = item.location.bbox
    found = _region_within(caption[0], caption[2], caption, table, page, body_size, captions, above)
    if table and (found is None or not _holds_rule(found, page, body_size)):
        # a caption narrower than its table (centred over a table* or a spread tabular) reaches only the
        # middle columns, whose cells may lie farther apart than the table's rows (a note under the
        # table, a sparse column): an unruled table, or one found nowhere, is sought in the caption's
        # text columns
        left, right = _reach(caption, page)
        if abs((caption[0] + caption[2]) - (left + right)) / 2 <= CENTRED_CAPTION * (right - left):
            found = _region_within(left, right, caption, table, page, body_size, captions, above) or found
    elif table and found is not None and _off_centre(caption, found):
        # a ruled table wider than its caption, which is not centred over it (svjour3 sets a short caption
        # flush left): the rules give the table's width, and columns out of the caption's reach hold the
        # rows that go on past a gap in the columns under it (a row's cell wrapped over many lines)
        x0, x1 = min(found[0], caption[0]), max(found[2], caption[2])
        wider = _region_within(x0, x1, caption, table, page, body_size, captions, above)
        if wider is not None and box_within(found, wider):
            found = wider
    return None if found is None else Location(item.location.page, found)


def _off_centre(caption: BBox, table: BBox) -> bool:
    """Whether a caption stands off the middle of a table wider than it (flush left over a centred table):
    a caption centred over its table reaches its middle columns, which its region is found from."""
    wider = table[0] < caption[0] - _SLACK or table[2] > caption[2] + _SLACK
    return wider and abs((caption[0] + caption[2]) - (table[0] + table[2])) / 2 > CENTRED_CAPTION * (
        table[2] - table[0]
    )


def _region_within(
    x0: float,
    x1: float,
    caption: BBox,
    table: bool,
    page: PageLayout,
    body_size: float,
    captions: list[BBox],
    above: bool | None,
) -> BBox | None:
    """`locate_region`'s box, from the text blocks that reach into the x-range (x0, x1)."""
    reach = [
        (b, box)
        for b in page.blocks
        if b.kind == "text"
        for box in _pieces(b, caption)
        if box[0] < x1 and box[2] > x0 and not box_within(box, caption)
    ]
    stops = [
        box
        for b, box in reach
        if _is_text_or_heading(b, box, reach, body_size) or _paragraph_tail(b, box, reach, body_size)
    ]
    stops += [c for c in captions if c != caption and c[0] < x1 and c[2] > x0]
    cells = [box for _, box in reach if box not in stops] if table else []
    sides = (not table, table) if above is None else (above,)
    usual, *rest = (_content(caption, side, page, stops, cells, table, body_size) for side in sides)
    other = rest[0] if rest else None
    if other is not None and (usual is None or _gap(caption, other) < _gap(caption, usual)):
        usual = other
    return usual


def _paragraph_tail(block: Block, box: BBox, reach: list[tuple[Block, BBox]], body_size: float) -> bool:
    """Whether a line is the last of a paragraph the layout parted from it (a short last line, "method
    in cost and."): right under running text of two lines or more, a line's pitch on, flush with its
    left edge, within its measure and in its size. It is running text, which a region ends at: short as
    a cell, it would otherwise make a table's region of one line on the far side of its caption, as near
    as the table. (A table's note of one line over a short second one, "Improvement = ...", is no
    paragraph's tail: the note stays in the table's region.)"""
    return len(block.lines) == 1 and any(
        -_SLACK <= box[1] - other[3] <= 0.5 * body_size  # the box tests first: they are cheap
        and abs(other[0] - box[0]) <= 1
        and box[2] <= other[2] + 1
        and len(p.lines) >= 2
        and abs(p.size - block.size) <= 0.5
        and _is_prose(p, body_size)
        for p, other in reach
    )


def _holds_rule(box: BBox, page: PageLayout, body_size: float) -> bool:
    """Whether a horizontal rule lies in the box (a ruled table's region reaches its rules)."""
    return any(
        r[2] - r[0] > max(4 * (r[3] - r[1]), body_size) and box_within(r, box) for r in page.page.rules
    )


def _pieces(block: Block, caption: BBox) -> list[BBox]:
    """The block's box; for a block that holds the caption among other lines (a table's rows, or a note
    set between them and the caption, close enough to the caption to be one block with it), the boxes
    of those lines: the block's box holds the caption and lies in neither of its sides."""
    if box_within(block.bbox, caption) or not box_within(caption, block.bbox):
        return [block.bbox]
    return [ln.bbox for ln in block.lines if not box_within(ln.bbox, caption)]


def _content(
    caption: BBox,
    above: bool,
    page: PageLayout,
    stops: list[BBox],
    cells: list[BBox],
    table: bool,
    body_size: float,
) -> BBox | None:
    """The union of what lies between the caption and the nearest stop (running text, a heading, another
    caption) on one side, within the caption's horizontal reach: graphics, and a table's cells."""
    x0, y0, x1, y1 = caption
    height = page.page.height
    if above:
        band = (max((b[3] for b in stops if b[3] <= y0 + _SLACK), default=0.0), y0)
    else:
        band = (y1, min((b[1] for b in stops if b[1] >= y1 - _SLACK), default=height))
    # logos and rules of the running head and foot sit wholly in the page's margins
    in_margin = (MARGIN * height, (1 - MARGIN) * height)
    graphics = [
        g
        for g in page.page.graphics
        if g[0] < x1
        and g[2] > x0
        and _in_band(g, band)
        and g[3] > in_margin[0]
        and g[1] < in_margin[1]
        and (table or min(g[2] - g[0], g[3] - g[1]) >= 3.0)  # a lone rule is no figure
        and not (table and _rule_over_prose_beside(g, caption, page, body_size))
    ]
    parts = graphics + [box for box in cells if _in_band(box, band)]
    # the region runs on from the caption without a wide blank: what lies past one is something else
    # (a video still, a source-data note); a table's rows lie closer together than a figure's panels
    parts = _contiguous(parts, y0 if above else y1, above, (2.0 if table else 3.0) * body_size)
    if not parts or (table and _lone_margin_line(parts, graphics, in_margin, body_size)):
        return None
    return (
        min(p[0] for p in parts),
        min(p[1] for p in parts),
        max(p[2] for p in parts),
        max(p[3] for p in parts),
    )


def _rule_over_prose_beside(rule: BBox, caption: BBox, page: PageLayout, body_size: float) -> bool:
    """Whether a thin rule running out sideways past a table's caption has running text of another column
    between it and the caption's height: the page's rule (the one under a two-column paper's abstract)
    set over both columns, not the table's, which would otherwise widen the region over the other
    column's text."""
    if rule[3] - rule[1] > _THIN:
        return False
    top, bottom = min(rule[3], caption[3]), max(rule[1], caption[1])
    return any(
        b.kind == "text"
        and (b.bbox[2] <= caption[0] or b.bbox[0] >= caption[2])
        and rule[0] - _SLACK <= b.bbox[0]
        and b.bbox[2] <= rule[2] + _SLACK
        and b.bbox[1] < bottom
        and b.bbox[3] > top
        and _is_prose(b, body_size)
        for b in page.blocks
    )


def _lone_margin_line(
    parts: list[BBox], graphics: list[BBox], in_margin: tuple[float, float], body_size: float
) -> bool:
    """Whether a table's parts are text alone, no taller than one line, in the page's top or bottom
    margin: a running head the layout could not tell from its repeats (a short paper's alternating heads),
    not a table (a head row and a row under it, or rules, make one)."""
    if any(part in graphics for part in parts):
        return False
    top, bottom = min(part[1] for part in parts), max(part[3] for part in parts)
    return bottom - top < 1.5 * body_size and (bottom <= in_margin[0] or top >= in_margin[1])


def _contiguous(parts: list[BBox], edge: float, above: bool, gap: float) -> list[BBox]:
    """The parts reached from `edge` (the caption's side) going away from it, no blank wider than `gap`."""
    kept = []
    for part in sorted(parts, key=lambda p: -p[3] if above else p[1]):
        if (edge - part[3] if above else part[1] - edge) > gap:
            break
        kept.append(part)
        edge = min(edge, part[1]) if above else max(edge, part[3])
    return kept


def _gap(caption: BBox, box: BBox) -> float:
    return max(box[1] - caption[3], caption[1] - box[3])


def _in_band(box: BBox, band: tuple[float, float]) -> bool:
    return box[1] >= band[0] - _SLACK and box[3] <= band[1] + _SLACK


def _is_text_or_heading(block: Block, box: BBox, reach: list[tuple[Block, BBox]], body_size: float) -> bool:
    """Running text (body-sized prose: a dozen words or more, mostly words rather than numbers) or a
    heading, which stands alone on its row (a table's bold header cells do not) and has room over or
    under it (the last lines of a cell wrapped in a table \\resizebox sets larger than the body are as
    short and as large, but the cell's other lines lie close over them and the next row's close under):
    what a figure or a table ends at. A line without a letter is no heading: values set in bold (a
    table's best results) on a line of their own."""
    if _is_prose(block, body_size):
        return True
    if (
        len(block.lines) > 2
        or not any(c.isalpha() for c in block.text)
        or not is_heading_like(block, body_size)
    ):
        return False
    return (
        not any(other is not box and _level_beside(other, box) for _, other in reach)
        and not _between_cells(box, reach, body_size)
        and not _line_beside(box, reach)
    )


def _level_beside(other: BBox, box: BBox) -> bool:
    """Whether `other` stands level with `box` (over half the lower one's height) and clear of it sideways."""
    return min(other[3], box[3]) - max(other[1], box[1]) > 0.5 * min(
        other[3] - other[1], box[3] - box[1]
    ) and (other[0] >= box[2] or other[2] <= box[0])


def _line_beside(box: BBox, reach: list[tuple[Block, BBox]]) -> bool:
    """Whether a line of a block whose box spans over `box` stands level with it and beside it: a table's
    group head alone in its block ("SPEECH" over two columns), the group head beside it set in the block
    of the rows under them, whose box, spanning the whole table, holds the first one's."""
    return any(
        other[0] < box[0] - _SLACK
        and other[2] > box[2] + _SLACK
        and other[1] <= box[3]
        and other[3] >= box[1]
        and any(box_within(ln.bbox, other) and _level_beside(ln.bbox, box) for ln in b.lines)
        for b, other in reach
        if other is not box
    )


def _between_cells(box: BBox, reach: list[tuple[Block, BBox]], body_size: float) -> bool:
    """Whether the nearest line under `box` that overlaps it sideways and the nearest line over it
    anywhere in the reach (a head stacked over two lines ends beside a bold group row under it, the
    head's first line farther over it) are both no prose and within half a type size of it, as a
    table's rows are (a heading has room over or under it). Lines, not their blocks: a block of a
    table's paragraph columns may pair a cell's line with the next line of the cell beside it, its box
    reaching up level with `box` (a short line of a wrapped cell holding a bold word, "the last words
    of my", looks like a heading)."""
    lines = [(b, ln.bbox) for b, o in reach for ln in b.lines if box_within(ln.bbox, o)]
    over = [(box[1] - o[3], b) for b, o in lines if o[3] <= box[1] + _SLACK]
    under = [(o[1] - box[3], b) for b, o in lines if o[1] >= box[3] - _SLACK and _overlap(o, box) > 0]
    if not over or not under:
        return False
    (gap_over, above), (gap_under, below) = min(over, key=lambda g: g[0]), min(under, key=lambda g: g[0])
    return (
        max(gap_over, gap_under) < 0.5 * body_size
        and not _is_prose(above, body_size)
        and not _is_prose(below, body_size)
    )


def labelled_table_region(
    item: Caption,
    page: PageLayout,
    segmentation: Segmentation,
    body_size: float,
    captions: list[BBox],
    above: bool | None = None,
) -> Location | None:
    """The table's region as the segmentation model sees it: the rows of lines it labels `table` that run
    on from the caption (above or below, whichever side holds more; only `above` when given), within the
    caption's columns, with the rules among and just around them. A row the model labels otherwise is
    taken when a table row follows it closely (a long cell read as prose); any other stops the table.
    A side holding nothing but a running head the layout took for text is not the table's."""
    if item.location is None:
        return None
    caption = item.location.bbox
    left, right = _reach(caption, page)
    lines = [
        (ln, segmentation.label(ln))
        for b in page.blocks
        if b.kind == "text"
        for ln in b.lines
        if ln.x0 < right and ln.x1 > left and not box_within(ln.bbox, caption)
    ]
    others = [c for c in captions if c != caption and c[0] < right and c[2] > left]
    in_margin = (MARGIN * page.page.height, (1 - MARGIN) * page.page.height)
    best: list[BBox] = []
    for side in (False, True) if above is None else (above,):
        rows = _rows_from(lines, caption, side)
        taken = _table_rows(rows, caption, side, others, 2.0 * body_size)
        if taken and _is_running_head(taken, page, in_margin, body_size):
            continue
        if len(taken) > len(best):
            best = taken
    if not best:
        return None
    x0, y0 = min(b[0] for b in best), min(b[1] for b in best)
    x1, y1 = max(b[2] for b in best), max(b[3] for b in best)
    rules = [
        r
        for r in page.page.rules
        if r[0] < right
        and r[2] > left
        and y0 - body_size <= r[1]
        and r[3] <= y1 + body_size
        and not (r[1] < caption[3] and r[3] > caption[1])
        and not _rule_over_prose_beside(r, caption, page, body_size)
    ]
    if rules:
        x0, y0 = min(x0, *(r[0] for r in rules)), min(y0, *(r[1] for r in rules))
        x1, y1 = max(x1, *(r[2] for r in rules)), max(y1, *(r[3] for r in rules))
    return Location(item.location.page, (x0, y0, x1, y1))


def _is_running_head(
    rows: list[BBox], page: PageLayout, in_margin: tuple[float, float], body_size: float
) -> bool:
    """Whether a table's labelled rows are one line of text in the page's top or bottom margin with no
    text farther out: a running head (or foot) the model reads as a table row over a caption at the
    page's top, not the one row of a table whose caption stands between it and the page's edge."""
    if not _lone_margin_line(rows, [], in_margin, body_size):
        return False
    top, bottom = min(r[1] for r in rows), max(r[3] for r in rows)
    lines = [ln.bbox for b in page.blocks for ln in b.lines]
    if bottom <= in_margin[0]:
        return not any(ln[3] <= top for ln in lines)
    return not any(ln[1] >= bottom for ln in lines)


def _reach(caption: BBox, page: PageLayout) -> tuple[float, float]:
    """The x-range a caption's table may fill: the text columns the caption lies in (the caption's own
    range when it lies in none), or all of them when it crosses a gutter centred on the page's text: a
    table set across the page, whose own white channels are the only "gutters" on a page it fills
    alone (a table* with no rules: its stub and last columns lie outside its centred caption)."""
    inside = [c for c in page.columns if c[0] < caption[2] and c[1] > caption[0]]
    if not inside:
        return caption[0], caption[2]
    if len(inside) >= 2:
        left, right = page.columns[0][0], page.columns[-1][1]
        if abs((caption[0] + caption[2]) / 2 - (left + right) / 2) <= CENTRED_CAPTION * (right - left):
            inside = page.columns
    return min(caption[0], *(c[0] for c in inside)), max(caption[2], *(c[1] for c in inside))


CENTRED_CAPTION = 0.05
"""A caption's centre this share of the text's width or less off the text's centre is centred on it."""


_CELLS_IN_A_ROW = 3
"""Lines side by side in one row that make it a table's row unless the model reads one of them as text
(two could be the two columns of running text under a wide caption)."""


def _rows_from(lines: list[tuple[Line, str]], caption: BBox, above: bool) -> list[tuple[BBox, bool]]:
    """The lines on one side of the caption grouped into rows (lines that overlap vertically), nearest
    first; a row counts as the table's when any of its lines is labelled `table`, or when three lines or
    more stand side by side in it and the model reads none of them as text (an unruled table in the
    body's type, whose cells the model may leave as `other`)."""
    side = [
        (ln, label)
        for ln, label in lines
        if (ln.y1 <= caption[1] + _SLACK if above else ln.y0 >= caption[3] - _SLACK)
    ]
    side.sort(key=lambda lt: -lt[0].y1 if above else lt[0].y0)
    groups: list[tuple[BBox, list[str]]] = []
    for ln, label in side:
        box = ln.bbox
        if groups:
            last, labels = groups[-1]
            if min(last[3], box[3]) - max(last[1], box[1]) > 0.3 * min(last[3] - last[1], box[3] - box[1]):
                merged = (
                    min(last[0], box[0]),
                    min(last[1], box[1]),
                    max(last[2], box[2]),
                    max(last[3], box[3]),
                )
                groups[-1] = (merged, [*labels, label])
                continue
        groups.append((box, [label]))
    return [
        (
            box,
            "table" in labels
            or (len(labels) >= _CELLS_IN_A_ROW and all(label in ("table", "other") for label in labels)),
        )
        for box, labels in groups
    ]


def _table_rows(
    rows: list[tuple[BBox, bool]], caption: BBox, above: bool, others: list[BBox], gap: float
) -> list[BBox]:
    """The rows that run on from the caption without a wide blank, another caption or a row that is not
    the table's (unless a table row follows it)."""
    taken: list[BBox] = []
    edge = caption[1] if above else caption[3]
    i = 0
    while i < len(rows):
        box, is_table = rows[i]
        distance = edge - box[3] if above else box[1] - edge
        if distance > gap or any(_between(c, edge, box, above) for c in others):
            break
        if not is_table:
            following = rows[i + 1] if i + 1 < len(rows) else None
            if not taken or following is None or not following[1]:
                break
        taken.append(box)
        edge = min(edge, box[1]) if above else max(edge, box[3])
        i += 1
    return taken


def _between(other: BBox, edge: float, box: BBox, above: bool) -> bool:
    """Whether another caption lies between the edge reached so far and the next row, or is that row (a
    caption of a table stacked on this one is no row of it, though a row of that table follows)."""
    return (
        other[1] <= edge and other[3] > box[1] + _SLACK
        if above
        else edge <= other[3] and other[1] < box[3] - _SLACK
    )


def ruled_extent(
    region: Location, caption: BBox, page: PageLayout, body_size: float, captions: list[BBox]
) -> Location:
    """The region grown to the rules that bound its tabular: those within a line of its edges (a top
    rule over the head row), then, away from the caption, the farthest rule as wide as one of them (a
    tabular's top and bottom rules, booktabs' or \\hline's, span the same columns), however widely its
    rows are set and however much wider than its caption it is. Running text, a running head and another
    caption stop the search; what the layout takes for a running head does not between two rules of the
    table's (its head rows at the top of a page, boxed by the top rule and the one under them), nor does
    a block that holds the caption (a caption set with no skip over its table makes one block with the
    head row, whose lines other than the caption's are the table's)."""
    x0, y0, x1, y1 = region.bbox
    below = y0 >= caption[1]  # the table lies below its caption
    running = [b.bbox for b in page.blocks if b.kind == "running" and not box_within(b.bbox, caption)]
    horizontal = [r for r in page.page.rules if r[2] - r[0] > max(4 * (r[3] - r[1]), body_size)]
    stops = [
        b.bbox
        for b in page.blocks
        if b.kind == "text"
        and _is_prose(b, body_size)
        and not _NOTE_LABEL.match(b.text)
        and not box_within(b.bbox, caption)
        and not box_within(caption, b.bbox)
        and not _is_cell_column(b, page, body_size)
        and not _ruled_in(b.bbox, horizontal, body_size)
    ] + [c for c in captions if c != caption]

    def open_between(top: float, bottom: float, rule: BBox, boxed: bool = False) -> bool:
        return not any(
            s[0] < rule[2] and s[2] > rule[0] and s[1] < bottom and s[3] > top
            for s in stops + ([] if boxed else running)
        )

    near = 1.5 * body_size
    # the table's rules lie under its caption (the narrower of the two within the other), not beside
    # it like an algorithm's box or the next float's rule; one past the region's edges only with nothing
    # between
    bounding = [
        r
        for r in horizontal
        if _overlap(r, caption) >= 0.8 * min(r[2] - r[0], caption[2] - caption[0])
        and y0 - near <= r[1]
        and r[3] <= y1 + near
        and (
            y0 - _SLACK <= r[1] <= y1 + _SLACK
            or (
                _overlap(r, region.bbox) >= 0.8 * min(r[2] - r[0], x1 - x0)
                and open_between(min(r[3], y0), max(r[1], y1), r)
            )
        )
    ]
    if not bounding:
        return region
    y0, y1 = min(y0, *(r[1] for r in bounding)), max(y1, *(r[3] for r in bounding))
    edge = y1 if below else y0
    extents = {(round(b[0]), round(b[2])) for b in bounding}  # few, however many hairlines
    at_rule = any(abs((r[3] if below else r[1]) - edge) <= _SLACK for r in bounding)
    for rule in sorted(horizontal, key=lambda r: r[1], reverse=not below):
        if (rule[1] <= edge if below else rule[3] >= edge) or not any(
            abs(rule[0] - a) <= _SLACK and abs(rule[2] - b) <= _SLACK for a, b in extents
        ):
            continue
        if not open_between(*((edge, rule[1]) if below else (rule[3], edge)), rule, at_rule):
            break
        edge, at_rule = (rule[3] if below else rule[1]), True
    y0, y1 = (y0, edge) if below else (edge, y1)
    x0, x1 = min(x0, *(r[0] for r in bounding)), max(x1, *(r[2] for r in bounding))
    return Location(region.page, (x0, y0, x1, y1))


def _overlap(a: BBox, b: BBox) -> float:
    """How far two boxes overlap horizontally."""
    return min(a[2], b[2]) - max(a[0], b[0])


CELL_MEASURE = 11.0
"""Type sizes a block of words is narrower than when it is a table's paragraph column (p{3.5cm} is 10 at
10 pt), not running text: no text column, nor text wrapped beside a figure, is set that narrow."""


def _is_prose(block: Block, body_size: float) -> bool:
    """Running text: body-sized, a dozen words or more, mostly words rather than numbers, set wider than
    a table's paragraph column (`CELL_MEASURE`), its words a space apart (`_set_apart`)."""
    if block.size < body_size - 0.5 or block.x1 - block.x0 < CELL_MEASURE * body_size:
        return False
    words, wordy = block.word_counts
    return words >= 12 and wordy >= 0.6 * words and not _set_apart(block) and _flush_left(block)


def _flush_left(block: Block) -> bool:
    """Whether half the block's lines or more start at its left edge (a paragraph's indent aside), as
    running text's do: a block of a table's cells merged across columns (a row's stub, the wrapped
    lines of its p{} cell and its value) starts its lines at each column's edge."""
    starts = [ln.x0 - block.x0 <= 2 * ln.size for ln in block.lines]
    return 2 * sum(starts) >= len(starts)


CELL_GAP = 1.0
"""Type sizes a gap between words is wider than when it parts a table's cells: justified text stretches
its spaces to half that, rarely more."""


def _is_cell_column(block: Block, page: PageLayout, body_size: float) -> bool:
    """Whether a block that reads like prose is a table's paragraph column (a p{} or X column, widened
    by \\resizebox past `CELL_MEASURE`): cells that are not prose stand close beside it, and a line of
    theirs is level with each of two or more of its lines, as a row's cells are with the first line of
    its wrapped cell. Running text has only running text, or nothing, at its sides."""
    x0, y0, x1, y1 = block.bbox
    near = 3.0 * body_size
    beside = [
        ln
        for b in page.blocks
        if b is not block
        and b.kind == "text"
        and b.bbox[1] < y1
        and b.bbox[3] > y0
        and (x0 - near <= b.bbox[2] <= x0 or x1 <= b.bbox[0] <= x1 + near)
        and not _is_prose(b, body_size)
        for ln in b.lines
    ]
    level = sum(
        any(abs((ln.y0 + ln.y1) - (other.y0 + other.y1)) <= 0.6 * ln.size for other in beside)
        for ln in block.lines
    )
    return level >= 2


def _ruled_in(box: BBox, horizontal: list[BBox], body_size: float) -> bool:
    """Whether a block that reads like prose lies between two rules of one extent that cover it and are
    wider than it by two type sizes or more: a table's paragraph column (or its columns of words set
    close, read as one block) between its top and bottom rules, whose multirow stubs, centred between
    the lines of the wrapped cells, leave no line level with the block's (`_is_cell_column`). Running
    text between two tables fills its column: it overhangs the rules of a table narrower than the
    column, and one as wide leaves it no room (text under a table* lies past another caption)."""
    x0, y0, x1, y1 = box
    covering = [
        r
        for r in horizontal
        if r[0] <= x0 + _SLACK and r[2] >= x1 - _SLACK and (r[2] - r[0]) - (x1 - x0) >= 2 * body_size
    ]
    return any(
        a[3] <= y0 + _SLACK
        and b[1] >= y1 - _SLACK
        and abs(a[0] - b[0]) <= _SLACK
        and abs(a[2] - b[2]) <= _SLACK
        for a in covering
        for b in covering
    )


def _set_apart(block: Block) -> bool:
    """Whether half the gaps between the block's words or more are wider than CELL_GAP: a table's head
    rows (a group head's line over a line of one-word heads, "Data set Lay1 Spa3 Bat1"), or rows of
    two-word cells ("Parsing latent  dense baseline  0.837"), words as the rest are, but set in cells."""
    gaps = [
        b.x0 - a.x1 > CELL_GAP * line.size
        for line in block.lines
        for a, b in zip(line.words, line.words[1:], strict=False)
    ]
    return bool(gaps) and 2 * sum(gaps) >= len(gaps)


def runs_off(region: Location, page: PageLayout, downward: bool, foot: float = math.inf) -> bool:
    """Whether a table's region runs to its page's edge of text: no text of the page (running heads and
    page numbers aside), in any column, lies past it, below it (`downward`) or above it; text wholly
    under `foot` (the lowest text of the other pages: a first page's foot line, elsarticle's "Preprint
    submitted to ...", stands in the margin) aside. A float ends in its column; only a table set across
    the page's text (a longtable) goes on overleaf."""
    _, y0, _, y1 = region.bbox
    return not any(
        b.kind == "text" and (y1 - _SLACK <= b.bbox[1] <= foot if downward else b.bbox[3] <= y0 + _SLACK)
        for b in page.blocks
    )


def continued_region(
    region: BBox, page: PageLayout, body_size: float, captions: list[BBox], downward: bool
) -> BBox | None:
    """Where a ruled table that runs off its page goes on: at the top of the next page (`downward`), or,
    for a table whose caption closes it (a longtable's), where it began at the foot of the previous
    page. That is the rules as wide as the table, from the first one at the page's edge of text on (only
    rows, no running text, before it) with the rows before it, as long as no running text or caption
    stands wholly between two of them (a cell's text wrapped over many rows may make a block that reads
    like prose, but it runs across the rules), and no caption of its own stands beside them."""
    x0, _, x1, _ = region
    same = sorted(
        (
            r
            for r in page.page.rules
            if r[2] - r[0] > max(4 * (r[3] - r[1]), body_size)
            and abs(r[0] - x0) <= 2 * _SLACK
            and abs(r[2] - x1) <= 2 * _SLACK
        ),
        key=lambda r: r[1] if downward else -r[3],
    )
    texts = [b for b in page.blocks if b.kind == "text" and b.bbox[0] < x1 and b.bbox[2] > x0]
    if len(same) < 2:
        return _unruled_part(texts, page, body_size, captions) if downward else None
    first = same[0]
    # rows may come before the first rule (a part whose rules are above its rows), running text not
    before = [
        b
        for b in texts
        if ((b.bbox[3] <= first[1] + _SLACK) if downward else (b.bbox[1] >= first[3] - _SLACK))
    ]
    if any(_is_prose(b, body_size) for b in before):
        return None  # the page does not open with the table
    stops = [b.bbox for b in texts if _is_prose(b, body_size)] + [
        c for c in captions if c[0] < x1 and c[2] > x0
    ]
    kept = [first]
    for rule in same[1:]:
        top, bottom = (kept[-1][1], rule[3]) if downward else (rule[1], kept[-1][3])
        if any(s[1] >= top - _SLACK and s[3] <= bottom + _SLACK for s in stops):
            break
        kept.append(rule)
    if len(kept) < 2:
        return None
    kept += [b.bbox for b in before] + (
        _running_on(texts, page, kept[-1], body_size, stops) if downward else []
    )
    box = around(kept)
    # a part with a caption of its own beside it is another table (one captioned under its rules)
    near = 2.0 * body_size
    if any(c[0] < x1 and c[2] > x0 and c[1] < box[3] + near and c[3] > box[1] - near for c in captions):
        return None
    return box


def _unruled_part(
    texts: list[Block], page: PageLayout, body_size: float, captions: list[BBox]
) -> BBox | None:
    """Where a table set without rules (an unruled longtable) goes on overleaf: the blocks under the
    table that open the page's text, down to the first running text or caption under them. The caller
    takes them only when the table's head row opens them again, as longtable's \\endhead repeats it."""
    tops = [b.bbox[1] for b in page.blocks if b.kind == "text"]
    ordered = sorted(texts, key=lambda b: b.bbox[1])
    if not ordered or ordered[0].bbox[1] > min(tops) + _SLACK:
        return None  # the page does not open with the table
    stops = [b.bbox[1] for b in ordered if _is_prose(b, body_size)] + [
        c[1] for c in captions if c[0] < ordered[0].bbox[2] and c[2] > ordered[0].bbox[0]
    ]
    stop = min(stops, default=math.inf)
    kept = [b.bbox for b in ordered if b.bbox[3] <= stop + _SLACK]
    return around(kept) if kept else None


def rows_to_foot(
    region: Location, caption: BBox, page: PageLayout, body_size: float, captions: list[BBox]
) -> Location:
    """A longtable's first page ruled only around its head (\\endfirsthead's rules), its rows going on
    unruled to the page's edge of text: the region, under its caption and ending at a rule as wide as
    it, grown over the text under that rule whose first line opens within a line of it, when nothing
    under the rule, in any column, is running text or another caption (`_running_on`)."""
    x0, y0, x1, y1 = region.bbox
    last = next(
        (
            r
            for r in page.page.rules
            if abs(r[3] - y1) <= _SLACK and abs(r[0] - x0) <= 2 * _SLACK and abs(r[2] - x1) <= 2 * _SLACK
        ),
        None,
    )
    if last is None or y0 < caption[1]:
        return region
    texts = [b for b in page.blocks if b.kind == "text" and b.bbox[0] < x1 and b.bbox[2] > x0]
    stops = [c for c in captions if c != caption]
    rows = _running_on(texts, page, last, body_size, stops)
    if not rows or min(r[1] for r in rows) > y1 + 1.5 * body_size:
        return region
    return Location(region.page, around([region.bbox, *rows]))


def _running_on(
    texts: list[Block], page: PageLayout, last: BBox, body_size: float, stops: list[BBox]
) -> list[BBox]:
    """The rows under a part's last rule when the part runs off this page too: a longtable's middle page
    is ruled only over and under its repeated head (booktabs, \\hline), its rows going on unruled to the
    page's edge of text. Only when nothing under that rule, in any column, is running text or a caption
    (a table that ends on the page under a rule of its own has its last rows over that rule)."""
    under = [b for b in page.blocks if b.kind == "text" and b.bbox[3] > last[3] + _SLACK]
    if any(_is_prose(b, body_size) for b in under) or any(s[1] >= last[3] - _SLACK for s in stops):
        return []
    return [b.bbox for b in texts if b.bbox[3] > last[3] + _SLACK]


def text_beside(region: BBox, page: PageLayout, body_size: float) -> set[int]:
    """The ids of the words of running text that reach into a table's region from beside it: a tabular
    wider than its column runs into the gutter or over the other column, whose lines then lie in the
    region, interleaved with its rows. A paragraph whose lines lie mostly outside the region sideways
    is that column's text, not a cell (a long cell's lines lie within the table); so is a short piece of
    it the table's rows parted from it (a paragraph's last line), set in its column, size and measure."""
    x0, y0, x1, y1 = region
    near = [b for b in page.blocks if b.kind == "text" and b.bbox[1] < y1 and b.bbox[3] > y0]
    paragraphs = [
        b
        for b in near
        if _overlap(b.bbox, region) < 0.5 * (b.bbox[2] - b.bbox[0])
        and (b.bbox[0] < x0 - body_size or b.bbox[2] > x1 + body_size)
        and _is_prose(b, body_size)
    ]
    pieces = [
        b
        for b in near
        if any(
            b.column == p.column
            and abs(b.size - p.size) <= 0.5
            and p.bbox[0] - 1 <= b.bbox[0] <= b.bbox[2] <= p.bbox[2] + 1
            for p in paragraphs
        )
    ]
    return {id(word) for b in pieces for line in b.lines for word in line.words}


def short_of_captions_beside(region: Location, caption: BBox, captions: list[BBox]) -> Location:
    """The region kept on its caption's side of the captions set beside it: two tabulars side by side in
    one float, each under (or over) a caption of its own, are two tables, and the region of one, grown
    from the rows and rules around its caption, may take in the other. A caption beside it (clear of it
    sideways, at a height of the region or of the caption) that the region reaches under bounds it
    halfway between the two captions (a region that stops short of it is left alone: a table wider
    than its caption in one column, another table's caption in the other)."""
    x0, y0, x1, y1 = region.bbox
    top, bottom = min(y0, caption[1]), max(y1, caption[3])
    for other in captions:
        if other == caption or other[1] >= bottom or other[3] <= top:
            continue
        if caption[2] <= other[0] < x1:
            x1 = min(x1, (caption[2] + other[0]) / 2)
        elif x0 < other[2] <= caption[0]:
            x0 = max(x0, (other[2] + caption[0]) / 2)
    return region if (x0, x1) == (region.bbox[0], region.bbox[2]) else Location(region.page, (x0, y0, x1, y1))
