"""A table's grid: its rows, columns and spanning cells, read from the words and rules of its region.

Rows are the text lines of the region (words grouped by their vertical position); columns are the
vertical channels of white space that most rows leave open (a column boundary is a gap most rows share).
A run of words crossing a boundary that the other rows respect spans those columns; a head set over a
\\cmidrule segment spans the columns the segment covers. Ruling lines come from the PDF's drawings:
booktabs' rules bound the table (what lies below the bottom rule is a note) and mark the header rows (above
the rule under the column heads); a grid's vertical lines part columns wherever they run.

A region whose words make no grid (one column, one row, no words) keeps its text lines and says why.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import NamedTuple

from paperparse.body.regions import (
    continued_region,
    labelled_table_region,
    locate_region,
    rows_to_foot,
    ruled_extent,
    runs_off,
    short_of_captions_beside,
    text_beside,
)
from paperparse.document import BBox, Caption, Location, TableCell, TableContent
from paperparse.layout import Layout
from paperparse.pdf.model import Page, Word
from paperparse.segmentation import Segmentation

JOIN_GAP = 0.5
"""Words closer than this (in font sizes) on one line belong to one cell: an inter-word space is about a
quarter of the size, the narrowest column separation LaTeX sets (\\tabcolsep 3pt each side) well over it."""
ROW_SHIFT = 0.6
"""Words whose middles lie closer than this (in font sizes) share a line: mathematics and mixed fonts
move a word's box off its line's middle. A stub set half a row lower (centred on two rows by \\multirow)
is a line of its own where rows stand wider apart than a line of text (from 0.3 to 0.6 DEV scores differ
by less than 0.003)."""
CENTRED = 0.5
"""A head is centred over a group of columns when its middle lies this close (in font sizes) to the
group's middle."""
CENTRED_ON_COLUMN = 0.15
"""Two words a space apart are two heads, each centred on its column, only when each middle lies this
close (in font sizes) to its column's: LaTeX centres a `c` cell exactly; a two-word head centred over
two columns has its words near their middles only by chance, rarely this near."""
MIN_CHANNEL = 0.4
"""A column boundary is a channel of white space at least this wide (in font sizes)."""
TIGHT_CHANNEL = 0.12
"""A column boundary no wider than a space (`_tight_channels`) is a channel at least this wide (in font
sizes): llncs' 2.8 pt between columns at 9 pt is 0.3, a thin space set as the separator of two columns
(@{\\,}) a sixth, less the quarter point the channel is measured in."""
THIN_SPACE = 0.18
"""A gap narrower than this (in font sizes) is a thin space, narrower than any font's inter-word space
(a quarter of the size or more): set between two columns (@{\\,}), not typed inside a cell."""
OPEN_SHARE = 0.2
"""A channel may be crossed by this share of the rows (spanning heads, a long stub) and still part columns."""
SLACK = 1.0
"""Points a word may stick out of the region, or a rule out of a column, and still count as inside."""
DOUBLE_RULE = 3.0
"""Points between the two rules of a doubled rule (\\hline\\hline, IEEE's frame): one grid's lines still."""
NOTE_START = re.compile(r"^\s*(?:notes?\b|source\b|\*|†|‡|§|¶|[a-z]\))", re.IGNORECASE)
"""How a note under a table starts: "Note:", "Source:", a footnote mark."""
ROW_UNDER_RULE = 0.6
"""How far under a rule (type sizes) a row's words start at most: \\hline leaves a strut's height, booktabs
a third of a size; the float's skip to what follows the table is wider."""
FRACTION_GAP = 0.5
"""How far (type sizes) a fraction's numerator or denominator stands from its bar at most."""
NOTE_WORDS = 4
"""Words a line set across a table's column boundary has at least to be a note's running text rather
than a last row of a stub set close to its one value ("RAMISCH 52.6")."""
FRAME_PASSES = 20
"""Passes over a page's rules at most when growing a region to its grid: a grid is whole after two or
three; a page of thousands of hairlines must not cost a pass per line."""
MAX_WORDS = 5000
"""Words read from a region at most: a page of nothing but numbers is still read in bounded time."""
MAX_CONTINUED_PAGES = 20
"""Pages a table is followed over at most (a longtable of an appendix)."""


@dataclass(slots=True)
class _Phrase:
    """A run of words on one line close enough to be one cell's text."""

    words: list[Word]
    x0: float
    x1: float
    first: int = 0
    """The first column it falls in, and how many it spans (set once the columns are known)."""
    span: int = 1

    @property
    def text(self) -> str:
        return "".join(w.text + (" " if w.space_after else "") for w in self.words).strip()


@dataclass(slots=True)
class _Row:
    """One text line of the table: its words in reading order, cut into phrases."""

    words: list[Word]
    y0: float
    y1: float
    phrases: list[_Phrase] = field(default_factory=list)

    @property
    def size(self) -> float:
        return max(w.font.size for w in self.words)


def read_tables(tables: list[Caption], layout: Layout, segmentation: Segmentation | None) -> None:
    """Set each table's region (widened by the lines the segmentation model labels `table`) and its
    content."""
    captions: dict[int, list[BBox]] = {}
    for t in tables:
        if t.location is not None:
            captions.setdefault(t.location.page, []).append(t.location.bbox)
    sides = _stacked_sides(tables, layout, segmentation, captions)
    for t in tables:
        if t.location is not None:
            on_page = captions[t.location.page]
            t.region = _claimed(t, t.location, layout, segmentation, on_page, sides.get(id(t)))
        if t.region is not None and t.location is not None and t.region.page == t.location.page:
            page = layout.pages[t.location.page - 1]
            on_page = captions[t.location.page]
            t.region = ruled_extent(t.region, t.location.bbox, page, layout.body_size, on_page)
        if t.region is None and t.location is not None:
            t.region = _grid_at(t.location, layout.pages[t.location.page - 1].page.rules, layout.body_size)
        if t.region is not None:
            t.region = with_frame(t.region, layout.pages[t.region.page - 1].page.rules, t.location)
        if t.region is not None and t.location is not None and t.region.page == t.location.page:
            t.region = short_of_captions_beside(t.region, t.location.bbox, captions[t.location.page])
            page = layout.pages[t.location.page - 1]
            t.region = rows_to_foot(
                t.region, t.location.bbox, page, layout.body_size, captions[page.page.number]
            )
        t.content = _with_continuations(t, read_table(t, layout), layout, captions)


def _claimed(
    table: Caption,
    caption: Location,
    layout: Layout,
    segmentation: Segmentation | None,
    on_page: list[BBox],
    above: bool | None = None,
) -> Location | None:
    """The region a table's caption claims: what the page's drawings and cells give (the region found
    with the caption, unless a side is forced) joined with what the line labels give; on `above`'s side
    only when given. Where the two lie on either side of the caption, the labels' side wins, and the
    drawings and cells are read again on that side (the nearer side may hold the table of the caption
    over this one, whose rows the model's labels reach no further than its wrapped cells), unless the
    labels give a single text line there (a table has two rows at least; a paragraph's last line set
    by the float, labelled as the table's): then the drawings' side is kept."""
    page = layout.pages[caption.page - 1]
    found = table.region
    if above is not None:
        found = locate_region(table, True, page, layout.body_size, on_page, above)
    if segmentation is None:
        return found
    labelled = labelled_table_region(table, page, segmentation, layout.body_size, on_page, above)
    if found is not None and labelled is not None and _above(found, caption) != _above(labelled, caption):
        if len(_rows(_words_in(page.page, labelled.bbox, caption.bbox))) < 2:
            return found  # one line is no table: a paragraph's last line by the float, labelled so
        found = locate_region(table, True, page, layout.body_size, on_page, _above(labelled, caption))
    return _combined(found, labelled, caption.bbox)


def _above(region: Location, caption: Location) -> bool:
    return region.bbox[1] < caption.bbox[1]


def _stacked_sides(
    tables: list[Caption],
    layout: Layout,
    segmentation: Segmentation | None,
    captions: dict[int, list[BBox]],
) -> dict[int, bool]:
    """The side (above: True) forced on the captions of tables stacked on one page, by the table's id.
    Of two captions one over the other, with no caption between, that both claim what lies between
    them, one has to leave it: the upper one when it has a table above it too and the lower one none
    below it (captions set under their tables), the lower one in the mirror case (captions over their
    tables). Each alone takes the nearer side, and a caption under its table may stand nearer the grid
    of the table under it."""
    sides: dict[int, bool] = {}
    contested: list[tuple[Caption, Caption, bool, bool]] = []  # upper, lower, each claims its far side
    placed = sorted(((t, t.location) for t in tables if t.location is not None), key=lambda tl: tl[1].bbox[1])
    for i, (upper, at) in enumerate(placed):
        a = at.bbox
        on_page = captions[at.page]
        below = [(t, loc) for t, loc in placed[i + 1 :] if loc.page == at.page and _side_by(a, loc.bbox)]
        if not below:
            continue
        lower, bt = below[0]
        b = bt.bbox
        if any(
            c not in (a, b) and _side_by(c, a) and _side_by(c, b) and a[3] <= c[1] <= b[1] for c in on_page
        ):
            continue
        upper_claim = _claimed(upper, at, layout, segmentation, on_page, sides.get(id(upper)))
        lower_claim = _claimed(lower, bt, layout, segmentation, on_page)
        if upper_claim is None or lower_claim is None:
            continue
        if upper_claim.bbox[1] < a[1] or lower_claim.bbox[1] >= b[1]:
            continue  # not both claiming what lies between them
        upper_out = _claimed(upper, at, layout, segmentation, on_page, True) is not None
        lower_out = _claimed(lower, bt, layout, segmentation, on_page, False) is not None
        contested.append((upper, lower, upper_out, lower_out))
        if upper_out and not lower_out:
            sides[id(upper)] = True
        elif lower_out and not upper_out:
            sides[id(lower)] = False
    _paper_side(tables, layout, segmentation, captions, contested, sides)
    # a caption sent to the table under it leaves what lies between it and the caption above to that one:
    # the caption under it has to look below too (a stack of captions over their tables), and the mirror
    for upper, lower, _, lower_out in contested:
        if sides.get(id(upper)) is False and lower_out:
            sides.setdefault(id(lower), False)
    for upper, lower, upper_out, _ in reversed(contested):
        if sides.get(id(lower)) is True and upper_out:
            sides.setdefault(id(upper), True)
    return sides


def _paper_side(
    tables: list[Caption],
    layout: Layout,
    segmentation: Segmentation | None,
    captions: dict[int, list[BBox]],
    contested: list[tuple[Caption, Caption, bool, bool]],
    sides: dict[int, bool],
) -> None:
    """Settle the contested pairs where both captions have a table on their far side too (a stack of
    three or more): a paper sets all its captions on one side of their tables, so the side its other
    tables' captions take decides which caption leaves what lies between (the lower one looks below
    when captions stand over their tables, the upper one above when under them)."""
    open_pairs = [
        (upper, lower) for upper, lower, upper_out, lower_out in contested if upper_out and lower_out
    ]
    if not open_pairs:
        return
    in_pairs = {id(t) for pair in open_pairs for t in pair}
    over = under = 0
    for t in tables:
        if t.location is None or id(t) in in_pairs:
            continue
        claim = _claimed(t, t.location, layout, segmentation, captions[t.location.page], sides.get(id(t)))
        if claim is not None and claim.page == t.location.page:
            over += claim.bbox[1] >= t.location.bbox[1]
            under += claim.bbox[3] <= t.location.bbox[3]
    for upper, lower in open_pairs:
        if over > under:
            sides.setdefault(id(lower), False)
        elif under > over:
            sides.setdefault(id(upper), True)


def _side_by(a: BBox, b: BBox) -> bool:
    """Whether two boxes share some of their horizontal range (one could stand over the other)."""
    return min(a[2], b[2]) > max(a[0], b[0])


def _with_continuations(
    table: Caption,
    content: TableContent | None,
    layout: Layout,
    captions: dict[int, list[BBox]],
) -> TableContent | None:
    """The table's grid joined with the rows it goes on with on the next pages (when its caption opens
    it, and its head row opens them again) or began with on the pages before (when its caption closes it,
    as a longtable's may), in as many columns: one table, whose cells keep their own page; a head row
    repeated on each page is read once. A page after a table may open with any other ruled float: without
    its head repeated, what follows overleaf is not taken for more of the table."""
    region, caption = table.region, table.location
    if content is None or content.structure != "cells" or region is None or caption is None:
        return content
    if caption.page != region.page:
        return content
    downward = region.bbox[1] >= caption.bbox[1]
    for _ in range(MAX_CONTINUED_PAGES):
        number = region.page + (1 if downward else -1)
        if not 1 <= number <= len(layout.pages) or not runs_off(
            region, layout.pages[region.page - 1], downward, _text_foot(layout, region.page)
        ):
            break
        page = layout.pages[number - 1]
        box = continued_region(region.bbox, page, layout.body_size, captions.get(number, []), downward)
        if box is None:
            break
        region = with_frame(Location(number, box), page.page.rules, None)
        more = read_table(Caption("", None, "", region=region), layout)
        more = _without_continued_label(more)
        if more is None or more.structure != "cells" or more.n_cols != content.n_cols:
            break  # not as many columns: another table or a figure that opens the page
        if downward and not _repeated_head(content, more):
            break  # overleaf a table goes on under its head row again (longtable's \endhead)
        content = _joined(content, more) if downward else _joined(more, content)
    return content


def _text_foot(layout: Layout, page: int) -> float:
    """The lowest bottom of the text of the pages other than `page` (infinite when there are none): text
    under it on `page` stands in the foot margin."""
    return max(
        (b.bbox[3] for p in layout.pages if p.page.number != page for b in p.blocks if b.kind == "text"),
        default=math.inf,
    )


CONTINUED = re.compile(r"^(?:table\s+\S+\s*)?[(\[:–—-]*\s*cont(?:inued|\.|'d)", re.IGNORECASE)
"""A line that says a table goes on from the page before ("Table 2 continued", "(continued)", "Table 3
(cont.)"), over the head a longtable repeats."""


def _without_continued_label(part: TableContent | None) -> TableContent | None:
    """A part read on a next page without its first row when that row is one line saying the table goes
    on ("Table 2 continued", set over the repeated head): the head then opens the part, as `_joined`
    wants it (the row under the label is the head when the label was read as the part's only head row)."""
    if part is None or part.structure != "cells" or part.n_rows < 2:
        return part
    first = sorted((c for c in part.cells if c.row == 0), key=lambda c: c.col)
    if not first or not CONTINUED.match(" ".join(c.text for c in first)) or any(c.rowspan > 1 for c in first):
        return part
    heads = {c.row for c in part.cells if c.header and c.row > 0} or {1}
    cells = [replace(c, row=c.row - 1, header=c.row in heads) for c in part.cells if c.row > 0]
    return replace(part, n_rows=part.n_rows - 1, n_cols=max(c.col + c.colspan for c in cells), cells=cells)


def _repeated_head(first: TableContent, then: TableContent) -> int:
    """How many head rows of `first` open `then` again, the same texts in the same slots (0: none). Which
    of `then`'s rows are its head is not asked: over a head of two rows, "Table 1 continued" may stand
    above the top rule, where the part's reader takes that line alone for the head."""
    head = sorted((c.row, c.col, c.text) for c in first.cells if c.header)
    if not head:
        return 0
    rows = 1 + max(row for row, _, _ in head)
    if head != sorted((c.row, c.col, c.text) for c in then.cells if c.row < rows):
        return 0
    return rows


def _joined(first: TableContent, then: TableContent) -> TableContent:
    """One grid of two a page break parted: `then`'s rows under `first`'s, less a head row that repeats
    `first`'s (a longtable sets its head on every page)."""
    skip = _repeated_head(first, then)
    rest = [replace(c, row=c.row - skip + first.n_rows, header=False) for c in then.cells if c.row >= skip]
    cells = [*first.cells, *rest]
    return TableContent(
        "cells",
        n_rows=max(c.row + c.rowspan for c in cells),
        n_cols=max(c.col + c.colspan for c in cells),
        cells=cells,
        lines=[*first.lines, *then.lines],
    )


def _combined(found: Location | None, labelled: Location | None, caption: BBox) -> Location | None:
    """The region from the page's drawings and cells and the one from the line labels: their union when
    both lie on the same side of the caption, else the labelled one."""
    if found is None or labelled is None:
        return found or labelled
    a, b = found.bbox, labelled.bbox
    if (a[1] >= caption[1]) != (b[1] >= caption[1]):
        return labelled
    return Location(found.page, (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])))


def _grid_at(caption: Location, rules: list[BBox], body_size: float) -> Location | None:
    """For a table no region was found for: the grid of rules that starts right at its caption (within
    two lines' height above or below it, IEEE's spacing, under it horizontally), when the rules make a
    grid (a box taller than a line) rather than a lone rule."""
    x0, y0, x1, y1 = caption.bbox
    near = [
        r
        for r in rules
        if r[0] < x1
        and r[2] > x0
        and (0 <= r[1] - y1 <= 2.5 * body_size or 0 <= y0 - r[3] <= 2.5 * body_size)
    ]
    if not near:
        return None
    seed = min(near, key=lambda r: min(abs(r[1] - y1), abs(y0 - r[3])))
    grid = with_frame(Location(caption.page, seed), rules, caption)
    return grid if grid.bbox[3] - grid.bbox[1] > 1.5 * body_size else None


def with_frame(region: Location, rules: list[BBox], caption: Location | None) -> Location:
    """The region grown to the whole grid of rules it lies in: the lines of a ruled table touch one
    another, so one that reaches into the region leads to all of them (the region may have stopped at a
    short cell that looked like a heading). A frame around the caption too is a box, not the table's."""
    x0, y0, x1, y1 = region.bbox
    frame = [r for r in rules if r[0] < x1 and r[2] > x0 and r[1] < y1 + SLACK and r[3] > y0 - SLACK]
    if not frame:
        return region
    fx0, fy0 = min(r[0] for r in frame), min(r[1] for r in frame)
    fx1, fy1 = max(r[2] for r in frame), max(r[3] for r in frame)
    framed = set(frame)
    rest = [r for r in rules if r not in framed]
    for _ in range(FRAME_PASSES):
        left = []
        for r in rest:
            if (
                r[0] <= fx1 + SLACK
                and r[2] >= fx0 - SLACK
                and r[1] <= fy1 + DOUBLE_RULE
                and r[3] >= fy0 - DOUBLE_RULE
            ):
                fx0, fy0, fx1, fy1 = min(fx0, r[0]), min(fy0, r[1]), max(fx1, r[2]), max(fy1, r[3])
            else:
                left.append(r)
        if len(left) == len(rest):
            break
        rest = left
    if caption is not None and caption.page == region.page:
        c = caption.bbox
        if c[0] < fx1 and c[2] > fx0 and c[1] < fy1 and c[3] > fy0:
            return region
    return Location(region.page, (min(x0, fx0), min(y0, fy0), max(x1, fx1), max(y1, fy1)))


def read_table(table: Caption, layout: Layout) -> TableContent | None:
    """The grid of cells in the table's region, or its text lines when no grid can be read from them;
    None when the table has no region."""
    if table.region is None:
        return None
    page = layout.pages[table.region.page - 1].page
    caption = table.location.bbox if table.location and table.location.page == table.region.page else None
    beside = text_beside(table.region.bbox, layout.pages[table.region.page - 1], layout.body_size)
    words = [w for w in _words_in(page, table.region.bbox, caption) if id(w) not in beside]
    rows = _rows(words + _turned_heads(page, table.region.bbox, words))
    if not rows:
        return TableContent("lines", reason="no text in the table's region (an image, or an empty table)")
    horizontal, vertical = _rules_in(page, table.region.bbox)
    stacked = _stacked(table, layout, _stacked_partings(rows, horizontal))
    if stacked is not None:
        return stacked
    rows = _with_small_rows_joined(_with_fraction_parts_joined(_without_notes(rows, horizontal), horizontal))
    for r in rows:
        r.phrases = _phrases(r.words, vertical, r.size)
    rows = _without_plain_note(rows, vertical)
    lines = [" ".join(p.text for p in r.phrases) for r in rows]
    channels = _channels(rows, vertical)
    channels = sorted(channels + _tight_channels(rows, channels))
    if len(rows) < 2 or not channels:
        why = "a single line" if len(rows) < 2 else "no column boundary shared by its rows"
        return TableContent("lines", lines=lines, reason=why)
    parted = _side_by_side(table, layout, _parting_channel(rows, channels, horizontal))
    if parted is None:
        parted = _side_by_side(table, layout, *_labelled_parting(rows, channels))
    if parted is not None:
        return parted
    edges = [
        min(r.phrases[0].x0 for r in rows) - 1,
        *((a + b) / 2 for a, b in channels),
        max(r.phrases[-1].x1 for r in rows) + 1,
    ]
    ruled = _channel_rules(channels, vertical)
    middles = _column_middles(edges, channels)
    for r in rows:
        r.phrases = [
            q for p in r.phrases for q in _split_at(p, _parting(ruled, r), len(r.phrases) == 1, middles)
        ]
        for p in r.phrases:
            p.first, p.span = _columns_of(p.x0, p.x1, edges, channels)
    _spans_over_rules(rows, horizontal, edges)
    header_rows = _header_rows(rows, horizontal)
    _spans_over_groups(rows, header_rows)
    _section_rows(rows[header_rows:], edges)
    grid = _grid(rows)
    groups = _group_lines(grid[:header_rows])
    if _is_one_head_row(grid[groups:header_rows]):
        grid = [*grid[:groups], _joined_lines(grid[groups:header_rows]), *grid[header_rows:]]
        header_rows = groups + 1
    grid, header_rows = _with_wrapped_lines_joined(
        grid, header_rows, _row_rules(rows, horizontal, header_rows), bool(_full_width(horizontal, rows))
    )
    cells = _cells(grid, header_rows, table.region.page, vertical)
    n_rows = max(c.row + c.rowspan for c in cells)
    n_cols = max(c.col + c.colspan for c in cells)
    return TableContent("cells", n_rows=n_rows, n_cols=n_cols, cells=cells, lines=lines)


SIDE_BY_SIDE = (
    "two tabulars side by side under one caption: the right one's cells follow the left one's, in rows "
    "and columns of their own, so that no cell of one stands beside or over a cell of the other"
)
"""What a table read as two grids says (`TableContent.reason`)."""


STACKED = (
    "tabulars stacked under one caption, each with its own rules: each one's cells follow the one's "
    "over it, in rows and columns of their own, so that no cell of one stands beside or over a cell of "
    "the other"
)
"""What a table read as several grids stacked one over another says (`TableContent.reason`)."""
OWN_RULES = 1.0
"""Points by which the two ends of two rules differ at least (summed) to be two tabulars' rules: one
tabular's rules under all its columns (\\hline, booktabs' rules) start and end at the same points."""


def _stacked_partings(rows: list[_Row], horizontal: list[BBox]) -> list[float]:
    """The heights between tabulars stacked one over another in one float (IEEE's and ML papers' sets
    of tables under one caption), each drawing its own rules: one tabular's bottom rule over the next
    one's top rule with no row between them, their ends apart by OWN_RULES or more (so that no doubled
    rule of one tabular, ends equal, parts it), each running under the whole row next to it (the last
    row over it, the first row under it: no \\cmidrule under a group head); each tabular holds two rows
    or more."""
    partings = []
    for a, b in zip(horizontal, horizontal[1:], strict=False):
        if b[1] < a[3] or abs(a[0] - b[0]) + abs(a[2] - b[2]) < OWN_RULES:
            continue
        over = [r for r in rows if (r.y0 + r.y1) / 2 < a[1]]
        under = [r for r in rows if (r.y0 + r.y1) / 2 > b[3]]
        if len(over) + len(under) != len(rows) or not over or not under:
            continue  # a row between the two rules
        if not (_runs_under(a, over[-1]) and _runs_under(b, under[0])):
            continue
        partings.append((a[3] + b[1]) / 2)
    cuts = [-math.inf, *partings, math.inf]
    if any(sum(1 for r in rows if lo < r.y0 < hi) < 2 for lo, hi in zip(cuts, cuts[1:], strict=False)):
        return []
    return partings


def _runs_under(rule: BBox, row: _Row) -> bool:
    """Whether a rule runs from the row's first word to its last, or further."""
    return rule[0] <= row.words[0].x0 + SLACK and rule[2] >= max(w.x1 for w in row.words) - SLACK


def _stacked(table: Caption, layout: Layout, partings: list[float]) -> TableContent | None:
    """The tabulars between the `partings` read one by one, as one table of several grids (see
    STACKED); None when there is no parting or a tabular makes no grid."""
    if not partings or table.region is None:
        return None
    x0, y0, x1, y1 = table.region.bbox
    cuts = [y0, *partings, y1]
    parts = [
        read_table(replace(table, region=Location(table.region.page, (x0, top, x1, foot))), layout)
        for top, foot in zip(cuts, cuts[1:], strict=False)
    ]
    if any(p is None or p.structure != "cells" for p in parts):
        return None
    cells: list[TableCell] = []
    lines: list[str] = []
    n_rows = n_cols = 0
    for p in parts:
        assert p is not None
        cells += [replace(c, row=c.row + n_rows, col=c.col + n_cols) for c in p.cells]
        lines += p.lines
        n_rows, n_cols = n_rows + p.n_rows, n_cols + p.n_cols
    return TableContent("cells", n_rows=n_rows, n_cols=n_cols, cells=cells, lines=lines, reason=STACKED)


def _parting_channel(
    rows: list[_Row], channels: list[tuple[float, float]], horizontal: list[BBox]
) -> float | None:
    """The middle of the white channel between two tabulars set side by side in one float (minipages,
    subtables), or None. Each tabular draws its own rules: the channel is one that no row crosses and
    no rule either, the rules of the left one ending in it and those of the right one starting in it, with
    a column boundary on each side of it (a tabular has two columns or more). One tabular's rules run
    under all its columns, so its channels are crossed by them; a tabular without rules is not parted.
    A cell may reach into the channel (a channel's edges leave a few rows out) but none runs across it."""
    for a, b in channels:
        if not _parts(rows, channels, (a, b)):
            continue
        left = [r for r in horizontal if r[2] <= b + SLACK]
        right = [r for r in horizontal if r[0] >= a - SLACK]
        if not left or not right or len(left) + len(right) != len(horizontal):
            continue
        if max(r[2] for r in left) < a - SLACK or min(r[0] for r in right) > b + SLACK:
            continue
        return (a + b) / 2
    return None


def _parts(rows: list[_Row], channels: list[tuple[float, float]], channel: tuple[float, float]) -> bool:
    """Whether the channel can stand between two tabulars: no row's phrase runs across its middle and
    a column boundary stands on each side of it (a tabular has two columns or more)."""
    a, b = channel
    if any(p.x0 < (a + b) / 2 < p.x1 for r in rows for p in r.phrases):
        return False
    return any(d <= a for _, d in channels) and any(c >= b for c, _ in channels)


SUBLABEL = re.compile(r"\(([a-z])\)")
"""A subcaption's label as subcaption and subfig print it: (a), (b), ..."""


def _labelled_parting(
    rows: list[_Row], channels: list[tuple[float, float]]
) -> tuple[float | None, tuple[float, float] | None]:
    """The middle of the channel between two unruled tabulars set side by side in one float, and the
    band of rows under or over their subcaptions: no rule parts them, but their subcaptions do, set on
    one line over (or under) them, the one labelled (a) starting left of the channel's middle and (b)
    right of it. Of the channels between the labels that no row of the tabulars crosses, the widest (a
    subcaption may be wider than its tabular and run over the channel; each tabular's own channels are
    narrower than the white between two). The subcaptions' line is left out of both grids (as the rules
    of ruled subtables leave it out)."""
    for i in (0, len(rows) - 1):
        labels = [(m[1], p.x0) for p in rows[i].phrases if (m := SUBLABEL.match(p.text))]
        if len(labels) != 2 or ord(labels[1][0]) != ord(labels[0][0]) + 1:
            continue
        rest = rows[1:] if i == 0 else rows[:-1]
        between = [
            (a, b)
            for a, b in channels
            if labels[0][1] < (a + b) / 2 < labels[1][1] and _parts(rest, channels, (a, b))
        ]
        if between:
            a, b = max(between, key=lambda c: c[1] - c[0])
            return (a + b) / 2, (rest[0].y0, rest[-1].y1)
    return None, None


def _side_by_side(
    table: Caption, layout: Layout, middle: float | None, band: tuple[float, float] | None = None
) -> TableContent | None:
    """The two tabulars either side of `middle` (within `band`, top to bottom, when given) read one by
    one, as one table of two grids (see SIDE_BY_SIDE); None when there is no middle or a side makes no
    grid."""
    if middle is None or table.region is None:
        return None
    x0, y0, x1, y1 = table.region.bbox
    if band is not None:
        y0, y1 = band
    page = table.region.page
    boxes = ((x0, y0, middle, y1), (middle, y0, x1, y1))
    left, right = (read_table(replace(table, region=Location(page, box)), layout) for box in boxes)
    if left is None or right is None or "cells" != left.structure or "cells" != right.structure:
        return None
    shifted = [replace(c, row=c.row + left.n_rows, col=c.col + left.n_cols) for c in right.cells]
    return TableContent(
        "cells",
        n_rows=left.n_rows + right.n_rows,
        n_cols=left.n_cols + right.n_cols,
        cells=[*left.cells, *shifted],
        lines=[*left.lines, *right.lines],
        reason=SIDE_BY_SIDE,
    )


def _words_in(page: Page, region: BBox, caption: BBox | None) -> list[Word]:
    """The upright words whose centre lies in the region and outside the caption."""
    x0, y0, x1, y1 = region
    found: list[Word] = []
    for line in page.lines:
        if line.rotated:
            continue
        for w in line.words:
            cx, cy = (w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2
            if not (x0 - SLACK <= cx <= x1 + SLACK and y0 - SLACK <= cy <= y1 + SLACK):
                continue
            if caption and caption[0] <= cx <= caption[2] and caption[1] <= cy <= caption[3]:
                continue
            found.append(w)
            if len(found) >= MAX_WORDS:
                return found
    return found


TURNED_FOOT = 0.7
"""The band (type sizes) at the foot of a head turned 90° that stands for it on the head row: LaTeX sets
the turned box's foot on the row's baseline, the upright heads' letters over it."""


def _turned_heads(page: Page, region: BBox, upright: list[Word]) -> list[Word]:
    """Heads turned 90° in the region (\\rotatebox{90}{...}), each as one word in the band at its foot,
    its words read up the page: only those whose foot stands level with an upright word of the region
    (a stub's head), so that a head row holds them; text turned elsewhere is no head."""
    x0, y0, x1, y1 = region
    heads: list[list[Word]] = []
    for line in page.lines:
        if not line.rotated:
            continue
        for w in line.words:
            if not (
                x0 - SLACK <= (w.x0 + w.x1) / 2 <= x1 + SLACK
                and y0 - SLACK <= (w.y0 + w.y1) / 2 <= y1 + SLACK
            ):
                continue
            last = heads[-1][-1] if heads else None
            if last is not None and min(last.x1, w.x1) - max(last.x0, w.x0) > 0.5 * (w.x1 - w.x0):
                heads[-1].append(w)  # the head's next word, over the last one
            else:
                heads.append([w])
    found = []
    for head in heads:
        foot, size = max(w.y1 for w in head), head[0].font.size
        middle = foot - TURNED_FOOT * size / 2
        if any(abs((u.y0 + u.y1) / 2 - middle) <= ROW_SHIFT * u.font.size for u in upright):
            text = " ".join(w.text for w in head)
            x_0, x_1 = min(w.x0 for w in head), max(w.x1 for w in head)
            found.append(Word(text, x_0, foot - TURNED_FOOT * size, x_1, foot, head[0].font))
    return found


def _rows(words: list[Word]) -> list[_Row]:
    """Words grouped into text lines, top to bottom: a word joins the line whose band holds its centre.
    Raised and lowered words (marks, indices) join the line they overlap most."""
    rows: list[_Row] = []
    centre = 0.0  # of the current row's first word
    for w in sorted((w for w in words if w.rise == 0), key=lambda w: (w.y0 + w.y1) / 2):
        middle = (w.y0 + w.y1) / 2
        if rows and abs(middle - centre) <= ROW_SHIFT * w.font.size:
            row = rows[-1]
            row.words.append(w)
            row.y0, row.y1 = min(row.y0, w.y0), max(row.y1, w.y1)
        elif rows and _level_with_most(rows[-1], w):
            # the row's first word was a stub set between two lines: the rest of the lower line joins
            rows[-1].words.append(w)
            rows[-1].y1 = max(rows[-1].y1, w.y1)
        else:
            rows.append(_Row([w], w.y0, w.y1))
            centre = middle
    for w in (w for w in words if w.rise != 0):
        best = max(rows, key=lambda r: min(r.y1, w.y1) - max(r.y0, w.y0), default=None)
        if best is not None and min(best.y1, w.y1) > max(best.y0, w.y0):
            best.words.append(w)
        else:
            rows.append(_Row([w], w.y0, w.y1))
            rows.sort(key=lambda r: r.y0)
    for r in rows:
        r.words.sort(key=lambda w: w.x0)
    return rows


def _level_with_most(row: _Row, word: Word) -> bool:
    """Whether a word lies level with most of a row's words though not with its first: a row opened by
    a word set between two lines (a \\multirow stub centred on two rows in widely spaced rows) took the
    first words of the lower line, and the rest of that line belongs with them."""
    middles = sorted((w.y0 + w.y1) / 2 for w in row.words)
    if len(middles) < 3:
        return False
    return abs((word.y0 + word.y1) / 2 - middles[len(middles) // 2]) <= ROW_SHIFT / 4 * word.font.size


def _rules_in(page: Page, region: BBox) -> tuple[list[BBox], list[BBox]]:
    """The horizontal and the vertical rules within the region."""
    x0, y0, x1, y1 = region
    inside = [
        r
        for r in page.rules
        if r[0] >= x0 - 3 * SLACK
        and r[2] <= x1 + 3 * SLACK
        and r[1] >= y0 - 3 * SLACK
        and r[3] <= y1 + 3 * SLACK
    ]
    horizontal = sorted((r for r in inside if r[2] - r[0] >= r[3] - r[1]), key=lambda r: r[1])
    vertical = [r for r in inside if r[2] - r[0] < r[3] - r[1]]
    return horizontal, vertical


def _full_width(rules: list[BBox], rows: list[_Row]) -> list[BBox]:
    """The rules that run under the whole table (booktabs' top, mid and bottom rules, a grid's lines):
    as wide as the rows between the outermost rules (a note under the bottom rule may be set wider)."""
    inside = [r for r in rows if rules and rules[0][1] - SLACK <= (r.y0 + r.y1) / 2 <= rules[-1][3] + SLACK]
    left = min(w.x0 for r in inside or rows for w in r.words)
    right = max(w.x1 for r in inside or rows for w in r.words)
    return [r for r in rules if r[2] - r[0] >= 0.8 * (right - left)]


def _with_small_rows_joined(rows: list[_Row]) -> list[_Row]:
    """Rows of small type touching a row of the table's own type joined to it: the limits of a sum, a
    fraction's parts, indices set apart from their symbol."""
    if len(rows) < 2:
        return rows
    size = sorted(r.size for r in rows)[len(rows) // 2]
    kept: list[_Row] = []
    for i, row in enumerate(rows):
        if row.size >= 0.85 * size:
            kept.append(row)
            continue
        near = [
            r
            for r in (rows[i - 1] if i else None, rows[i + 1] if i + 1 < len(rows) else None)
            if r is not None and r.size >= 0.85 * size and max(r.y0 - row.y1, row.y0 - r.y1) < 0.3 * size
        ]
        if not near:
            kept.append(row)
            continue
        into = min(near, key=lambda r: max(r.y0 - row.y1, row.y0 - r.y1))
        into.words = sorted(into.words + row.words, key=lambda w: w.x0)
    return kept


def _with_fraction_parts_joined(rows: list[_Row], horizontal: list[BBox]) -> list[_Row]:
    """Lines that are the numerators or denominators of display fractions joined to the line their bars
    stand in (\\frac in a cell, set in the text's own size: "TH" over "U = —" over "Capacity"): every
    word of the line lies over or under a rule no wider than a cell, set within FRACTION_GAP type sizes
    of it, as one run centred on it (`_is_fraction_part`), and the rule's height falls inside one other
    line (a \\cmidrule under a group head falls between lines). A numerator goes before its denominator, each stack of words read top to bottom."""
    bars = [r for r in horizontal if r not in _full_width(horizontal, rows)]
    if not bars:
        return rows

    def bar_of(w: Word, row: _Row) -> BBox | None:
        near = FRACTION_GAP * row.size
        return next(
            (
                b
                for b in bars
                if b[0] - SLACK <= w.x0
                and w.x1 <= b[2] + SLACK
                and (-SLACK <= b[1] - w.y1 <= near or -SLACK <= w.y0 - b[3] <= near)
            ),
            None,
        )

    into: dict[int, _Row] = {}
    for i, row in enumerate(rows):
        found = [bar_of(w, row) for w in row.words]
        if any(b is None for b in found) or not all(
            _is_fraction_part([w for w, b in zip(row.words, found, strict=True) if b == bar], bar, row.size)
            for bar in set(found)
            if bar is not None
        ):
            continue
        height = {(b[1] + b[3]) / 2 for b in found if b is not None}
        hosts = {id(r): r for r in rows if r is not row for y in height if r.y0 < y < r.y1}
        if len(hosts) == 1:
            into[i] = next(iter(hosts.values()))
    if not into:
        return rows
    kept = []
    for i, row in enumerate(rows):
        if i not in into:
            kept.append(row)
            continue
        host = into[i]
        host.words += row.words
        host.y0, host.y1 = min(host.y0, row.y0), max(host.y1, row.y1)
    for host in {id(h): h for h in into.values()}.values():
        host.words = _stacks_read_down(host.words)
    return kept


def _is_fraction_part(words: list[Word], bar: BBox, size: float) -> bool:
    """Whether the words over or under a rule are a fraction's part: one run of words (no gap wider
    than JOIN_GAP type sizes) centred on the rule (heads set apart over a \\cline are not)."""
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    middle = (min(w.x0 for w in words) + max(w.x1 for w in words)) / 2
    return all(g <= JOIN_GAP * size for g in gaps) and abs(middle - (bar[0] + bar[2]) / 2) <= CENTRED * size


def _stacks_read_down(words: list[Word]) -> list[Word]:
    """Words left to right, those stacked over each other (a fraction's parts) top to bottom."""
    stacks: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if stacks and w.x0 < max(v.x1 for v in stacks[-1]) - SLACK:
            stacks[-1].append(w)
        else:
            stacks.append([w])
    return [w for stack in stacks for w in sorted(stack, key=lambda w: w.y0)]


def _without_notes(rows: list[_Row], horizontal: list[BBox]) -> list[_Row]:
    """The rows without the notes under the table: what lies below its bottom rule, and trailing lines
    that open like a note ("Note:", "*", "†", a lone raised mark), with the lines of running text after
    them (a note wrapped over lines). The last rule is no bottom rule when the line right under it (as
    near as a row stands under a rule) is set in cells, as no note is (a table ruled under its head or
    between its rows but not under its last row: `\\hline` after every row but the last). Likewise the
    first rule is no top rule when the line right over it is set in cells: a head ruled under but not
    over (a \\midrule without \\toprule, IEEE's \\hline\\hline under the head alone)."""
    full = _full_width(horizontal, rows)
    if len(full) >= 2:
        top, bottom = full[0][1], full[-1][3]
        over = [r for r in rows if (r.y0 + r.y1) / 2 < top - SLACK]
        if over and _is_row_over(over[-1], top):
            top = over[0].y0
        inside = [r for r in rows if top - SLACK <= (r.y0 + r.y1) / 2 <= bottom + SLACK]
        under = [r for r in rows if (r.y0 + r.y1) / 2 > bottom + SLACK]
        if len(inside) >= 2 and not (under and _is_row_under(under[0], bottom)):
            rows = inside
    for i in range(2, len(rows)):
        if _is_note(rows[i]) and all(_is_note(r) or _is_solid(r) for r in rows[i + 1 :]):
            return rows[:i]
    return rows


def _without_plain_note(rows: list[_Row], vertical: list[BBox]) -> list[_Row]:
    """The rows without a note set under the table with no mark to say so: the first of its trailing
    lines set as one run of text (`_is_solid`) of NOTE_WORDS words or more that runs across a column
    boundary the rows above it share or opens left of them all by a channel's width (a note set as wide
    as the text, the table centred), and the lines after it. A table's own rows are parted at its column
    boundaries, a cell wrapped over lines stays within its column, and a note set in the tabular
    (\\multicolumn) opens at its first column."""
    start = len(rows)
    while start > 2 and _is_solid(rows[start - 1]):
        start -= 1
    if start == len(rows):
        return rows
    channels = _channels(rows[:start], vertical)
    size = sorted(r.size for r in rows[:start])[start // 2]
    left = min(w.x0 for r in rows[:start] for w in r.words) - MIN_CHANNEL * size
    for i in range(start, len(rows)):
        x0, x1 = rows[i].words[0].x0, max(w.x1 for w in rows[i].words)
        if len(rows[i].words) >= NOTE_WORDS and (x0 < left or any(x0 < a and b < x1 for a, b in channels)):
            return rows[:i]
    return rows


def _is_solid(row: _Row) -> bool:
    """Whether a line is set as one run of text, no gap between its words as wide as a column's (a
    note's second line)."""
    return all(b.x0 - a.x1 <= JOIN_GAP * row.size for a, b in zip(row.words, row.words[1:], strict=False))


def _is_row_under(row: _Row, rule: float) -> bool:
    """Whether a line is a table row going on under a rule at `rule`: set right under it (within
    ROW_UNDER_RULE type sizes, where a figure or text set after the table would stand further off),
    in cells (not one run of text, `_is_solid`) and not opening like a note."""
    return row.y0 - rule <= ROW_UNDER_RULE * row.size and not _is_solid(row) and not _is_note(row)


def _is_row_over(row: _Row, rule: float) -> bool:
    """Whether a line is a table row set right over a rule (within ROW_UNDER_RULE type sizes, as a head
    stands over the rule under it) in cells, not one run of text."""
    return rule - row.y1 <= ROW_UNDER_RULE * row.size and not _is_solid(row)


def _is_note(row: _Row) -> bool:
    first = row.words[0]
    return bool(NOTE_START.match(first.text)) or (first.rise == 1 and len(row.words) > 2)


def _phrases(words: list[Word], vertical: list[BBox], size: float) -> list[_Phrase]:
    """A line's words cut into phrases at gaps wider than JOIN_GAP and at vertical rules."""
    phrases: list[_Phrase] = []
    for w in words:
        if phrases:
            last = phrases[-1]
            gap = w.x0 - last.x1
            # a rule between is looked for only where the gap would join (most tables have no vertical rules)
            if gap <= JOIN_GAP * max(size, w.font.size) and not (
                vertical
                and any(
                    last.x1 - SLACK <= (r[0] + r[2]) / 2 <= w.x0 + SLACK and r[1] <= w.y1 and r[3] >= w.y0
                    for r in vertical
                )
            ):
                last.words.append(w)
                last.x1 = max(last.x1, w.x1)
                continue
        phrases.append(_Phrase([w], w.x0, w.x1))
    return phrases


def _channels(rows: list[_Row], vertical: list[BBox]) -> list[tuple[float, float]]:
    """The white channels that part columns, left to right: x-ranges at least MIN_CHANNEL wide that all
    rows but a few leave open (those few hold spanning cells), and the table's vertical rules."""
    left = min(p.x0 for r in rows for p in r.phrases)
    right = max(p.x1 for r in rows for p in r.phrases)
    size = sorted(r.size for r in rows)[len(rows) // 2]
    channels = _open_ranges([[(p.x0, p.x1) for p in r.phrases] for r in rows], MIN_CHANNEL * size)
    for rule in vertical:
        x = (rule[0] + rule[2]) / 2
        if left + size < x < right - size and not any(a - size < x < b + size for a, b in channels):
            channels.append((x, x))
    channels = _around_sparse_columns(rows, sorted(channels), size)
    return sorted(channels + _channels_under_centred_spans(rows, channels, size))


def _around_sparse_columns(
    rows: list[_Row], channels: list[tuple[float, float]], size: float
) -> list[tuple[float, float]]:
    """Channels cut around a column of a few cells that lies inside one: a head and the \\multirow
    value set level with the middle of the rows it spans ("Unfiltered GAP" over "0.528"), the column's
    only text, cross the white between its neighbours in no more rows than OPEN_SHARE allows. Two rows'
    phrases or more within the channel, centred on one another, one a number, with white of a channel's
    width either side, are such a column (the ends of wrapped lines stretched apart stand there too,
    "(lim-" under "(ex-", words that are no value)."""
    parted: list[tuple[float, float]] = []
    for a, b in channels:
        inside = [p for r in rows for p in r.phrases if a < p.x0 and p.x1 < b]
        x0 = min((p.x0 for p in inside), default=b)
        x1 = max((p.x1 for p in inside), default=a)
        column = (
            len(inside) >= 2
            and any(_NUMBER.search(p.text) for p in inside)
            and all(abs(p.x0 + p.x1 - x0 - x1) / 2 <= CENTRED * size for p in inside)
        )
        if column and x0 - a >= MIN_CHANNEL * size and b - x1 >= MIN_CHANNEL * size:
            parted += [(a, x0), (x1, b)]
        else:
            parted.append((a, b))
    return parted


def _channels_under_centred_spans(
    rows: list[_Row], channels: list[tuple[float, float]], size: float
) -> list[tuple[float, float]]:
    """Channels inside a column found between two others (or the table's edges) that its rows leave open
    but those whose one phrase there is centred on it: two columns set close, a group stub beside its
    sub-stubs, under a head and over rows set across both (\\multicolumn{2}{c}{...}) that together
    cross the channel in more rows than OPEN_SHARE allows. The rows left hold a phrase either side of one
    channel at most: a centred column of its own has none, a cell of a matrix or of aligned equations
    set under centred cells ("128 hidden units") several, which part nothing; half of them at least hold
    one either side, and a centred row covers some of the channel, as a cell across both columns does
    (a head narrower than the white may start in it, or lie beside it)."""
    bounds = [-float("inf"), *(x for a, b in channels for x in (a, b)), float("inf")]
    found: list[tuple[float, float]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        inside = [[p for p in r.phrases if start <= (p.x0 + p.x1) / 2 <= end] for r in rows]
        inside = [phrases for phrases in inside if phrases]
        if not inside:
            continue
        x0 = min(p.x0 for phrases in inside for p in phrases)
        x1 = max(p.x1 for phrases in inside for p in phrases)
        spanning = [
            len(phrases) == 1 and abs(phrases[0].x0 + phrases[0].x1 - x0 - x1) / 2 <= CENTRED * size
            for phrases in inside
        ]
        left = [[(p.x0, p.x1) for p in phrases] for phrases, s in zip(inside, spanning, strict=True) if not s]
        if not any(spanning) or len(left) < 3 or any(len(spans) > 2 for spans in left):
            continue
        ranges = _open_ranges(left, MIN_CHANNEL * size)
        if len(ranges) != 1:
            continue
        (a, b), across = ranges[0], [phrases[0] for phrases, s in zip(inside, spanning, strict=True) if s]
        either_side = sum(
            any(x1 <= a for _, x1 in spans) and any(x0 >= b for x0, _ in spans) for spans in left
        )
        if 2 * either_side >= len(left) and any(p.x0 < b and p.x1 > a for p in across):
            found.append((a, b))
    return found


def _open_ranges(spans: list[list[tuple[float, float]]], width: float) -> list[tuple[float, float]]:
    """The x-ranges at least `width` wide, inside the rows' extent, that all rows but a few (OPEN_SHARE,
    of four rows or more, and one of four: a head and three rows, one a \\multicolumn value) leave open;
    each row given as the x-ranges its text covers."""
    left = min(x0 for row in spans for x0, _ in row)
    right = max(x1 for row in spans for _, x1 in row)
    allowed = max(1, int(OPEN_SHARE * len(spans))) if len(spans) >= 4 else 0
    # coverage: at each x (in steps of a quarter point), how many rows have text over it; each range
    # adds one where it starts and takes it off past its end, and a running sum counts
    step = 0.25
    n = int((right - left) / step) + 2
    delta = [0] * (n + 1)
    for row in spans:
        for x0, x1 in row:
            start, stop = max(0, int((x0 - left) / step)), min(n, int((x1 - left) / step) + 1)
            if start < stop:
                delta[start] += 1
                delta[stop] -= 1
    cover = list(accumulate(delta[:n]))
    ranges: list[tuple[float, float]] = []
    start = None
    for i in range(n):
        if cover[i] <= allowed:
            start = i if start is None else start
            continue
        if start == 0:
            # few rows have text this far left: a sparse first column (multirow stubs set level with
            # the middle of rows whose cells wrap over many lines), parted by the white no row crosses
            start = 1 + max((j for j in range(i) if cover[j]), default=-1)
        if start is not None and start > 0 and (i - start) * step >= width:
            ranges.append((left + start * step, left + i * step))
        start = None
    if start is not None and start > 0:
        # few rows have text this far right: a sparse last column (a value given in a row or two, "0x91"
        # beside its row's "uimsbf"), parted by the white no row crosses before it
        white = next((j for j in range(start, n) if not cover[j]), n)
        end = next((j for j in range(white, n) if cover[j]), None)
        if end is not None and (end - white) * step >= width:
            # the column's cells start there, in two rows or more (a head and a value) or in one row of
            # the table's upper half (a head over an empty column); a line of running text read into
            # the table that runs on past its columns is one row, under the rows
            x = left + (end - 1) * step
            starting = [i for i, row in enumerate(spans) if any(x0 >= x for x0, _ in row)]
            if len(starting) >= 2 or (starting and 2 * starting[0] < len(spans)):
                ranges.append((left + white * step, left + end * step))
    return ranges


def _tight_channels(rows: list[_Row], channels: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Column boundaries narrower than a space: white x-ranges at least TIGHT_CHANNEL wide that all
    rows but a few leave open between their words, away from the channels the gaps between phrases show
    (llncs sets \\tabcolsep to 1.4 pt, revtex and a shrunk \\resizebox table little more, so that two
    numbers of adjacent columns stand a space apart), where the words either side read as two columns'
    values (`_parts_values`). Of three rows or more only."""
    if len(rows) < 3:
        return []
    size = sorted(r.size for r in rows)[len(rows) // 2]
    found = _open_ranges([[(w.x0, w.x1) for w in r.words] for r in rows], TIGHT_CHANNEL * size)
    return [
        (a, b)
        for a, b in found
        if not any(min(b, d) > max(a, c) - size for c, d in channels)
        and (_parts_values(rows, a, b, channels, size) or _starts_text_column(rows, a, b))
    ]


_LETTERS = re.compile(r"^[^\W\d_]+[-,.;:)]*$")
"""A word of letters (a trailing hyphen or stop aside)."""
TEXT_COLUMN_ROWS = 5
"""Lines at least with words either side of a white range that start at one x: a column of text set close
(four one-line cells of a justified column, whose word widths happen to agree, line up by chance)."""
COLUMN_START = 0.25
"""Points the lines of one column of text start apart at most: LaTeX starts them at one x; the words
after the gaps of a justified paragraph that line up over a narrow white range start up to a space apart."""


def _starts_text_column(rows: list[_Row], a: float, b: float) -> bool:
    """Whether a white range (a, b) is the left edge of a column of text set close to the one before it
    (llncs' 1.4 pt \\tabcolsep between paragraph columns, a space apart): in every line with words either
    side of it and one starting within a type size right of it (a line whose cell there is empty has its
    next column's words further right), TEXT_COLUMN_ROWS of them and half the lines with words either
    side at least, those words start at one x, and the words left of it are not one word repeated (a
    name's prefix, "Model 1", "Model 2"), and words either side are words of letters in three lines of
    four (values of one width start their parts at one x: "0.92 ± 0.04"), and half the lines left of it
    or more end at one x, the right edge of a justified paragraph column its cells' full lines reach (the
    words of one-line cells set one under another, a column's words in a grid, end where they end). The
    gaps of a justified paragraph that happen to line up start their next words anywhere."""
    before, after, starts, ends, either = [], [], [], [], 0
    for r in rows:
        lefts = [w for w in r.words if w.x1 <= a + SLACK]
        rights = [w.x0 for w in r.words if w.x0 >= b - SLACK]
        if not lefts or not rights:
            continue
        either += 1
        if min(rights) <= b + r.size:
            before.append(max(lefts, key=lambda w: w.x1).text)
            ends.append(max(w.x1 for w in lefts))
            after.append(min((w for w in r.words if w.x0 >= b - SLACK), key=lambda w: w.x0).text)
            starts.append(min(rights))
    enough = len(starts) >= max(TEXT_COLUMN_ROWS, either / 2)
    wordy = sum(
        _LETTERS.match(u) is not None and _LETTERS.match(t) is not None
        for u, t in zip(before, after, strict=True)
    )
    return (
        enough
        and max(starts) - min(starts) <= COLUMN_START
        and 2 * sum(max(ends) - end <= COLUMN_START for end in ends) >= len(ends)
        and not _repeated(before)
        and 4 * wordy >= 3 * len(before)
    )


def _parts_values(
    rows: list[_Row], a: float, b: float, channels: list[tuple[float, float]], size: float
) -> bool:
    """Whether the words either side of a white range (a, b) read as two columns' values: in half the
    rows with words right of it or more (the lines of a cell wrapped further left, under its row's first,
    tell nothing) the nearest words either side of it have no other channel between them (not a few long
    lines of a text column whose word gaps happen to line up, nor two-word stubs among one-word ones,
    whose gap to the numbers holds the channel before them); not the same word on one side in half of
    them or more (a name's prefix, a unit); a number beside it in half of them or more (the gaps of a
    justified column of text line up by chance); no sign next to it, nor a bracket right after it
    (within a type size: a head's unit far from it, "per run" ... "(ms)", tells nothing; nor after a
    bracket: two heads' units, "(ms) (%)") unless every row has one there, a thin space off
    (`THIN_SPACE`): a value's note in a column of its own, "0.295 (α = 0.1)" set as `S@{\\,}l`, may
    open alike in every row; a spread typed in the value's cell, "0.29 (0.02)", stands a space off (a
    bracket of no digits is a head's unit: "Att4" beside "(%)" under "Vis1")."""
    before, after, gaps = [], [], []
    for r in rows:
        lefts = [w for w in r.words if w.x1 <= a + SLACK]
        rights = [w for w in r.words if w.x0 >= b - SLACK]
        if not lefts or not rights:
            continue
        last, first = max(lefts, key=lambda w: w.x1), min(rights, key=lambda w: w.x0)
        if not any(last.x1 - SLACK <= c and d <= first.x0 + SLACK for c, d in channels):
            before.append(last.text)
            after.append(first.text)
            gaps.append(first.x0 - last.x1)
    if 2 * len(before) < sum(any(w.x0 >= b - SLACK for w in r.words) for r in rows):
        return False
    notes = max(gaps) < THIN_SPACE * size and all(t.startswith("(") for t in after)
    if _repeated(before) or (_repeated(after) and not notes):
        return False
    numbers = sum(any(ch.isdigit() for ch in b + a) for b, a in zip(before, after, strict=True))
    if 2 * numbers < len(before):
        return False
    signs = any(_SIGNS.match(t) or _GLUED_SIGN.search(t) for t in before) or any(
        _SIGNS.match(t) for t in after
    )
    spreads = any(
        t.startswith("(")
        and not u.endswith(")")
        and gap <= b - a + 2 * size
        and any(ch.isdigit() for ch in t)
        for u, t, gap in zip(before, after, gaps, strict=True)
    )
    return not signs and (notes or not spreads)


def _repeated(texts: list[str]) -> bool:
    """Whether one text that is no number makes up half of them or more (a unit, a name's prefix:
    "Ex01" of "Ex01_500ms.ts"); a number repeats by chance (spreads of a few values: "± 0.02")."""
    counts = [texts.count(t) for t in set(texts) if not _NUMBER.fullmatch(t)]
    return 2 * max(counts, default=0) >= len(texts)


_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)?%?")


_SIGNS = re.compile(r"^[±∓×/=+~≈·:<>≤≥]+$")
"""A word of signs that join the values either side of it into one cell ("±", "/", "×", "="); a dash
alone is an empty cell's mark, a cell of its own."""
_GLUED_SIGN = re.compile(r"\d[±∓×]$")
"""A value the sign joining it to the next is glued to ("0.96±" before "0.05"): siunitx sets an
uncertainty's ± with a math space the PDF holds no space for, so the sign ends the value's word."""


def _channel_rules(
    channels: list[tuple[float, float]], vertical: list[BBox]
) -> list[tuple[tuple[float, float], list[BBox]]]:
    """Each channel with the vertical rules that run down it: found once per table, not once per row."""
    return [
        ((a, b), [r for r in vertical if a - SLACK <= (r[0] + r[2]) / 2 <= b + SLACK]) for a, b in channels
    ]


def _parting(
    channel_rules: list[tuple[tuple[float, float], list[BBox]]], row: _Row
) -> list[tuple[float, float]]:
    """The channels that part a row's cells: all but those a vertical rule runs down in other rows and
    not across this one (a grid's line broken by a \\multicolumn cell, whose text spans the boundary
    even where a space between its words meets the channel's edge); each channel given with its rules
    (`_channel_rules`)."""
    middle = (row.y0 + row.y1) / 2
    return [
        channel for channel, rules in channel_rules if not rules or any(r[1] <= middle <= r[3] for r in rules)
    ]


class _Sides(NamedTuple):
    """The two columns either side of a channel: the middles of each one's text (a column's text lies
    between the channels that bound it) and of both together, and how far a cell set across both alone
    may reach (the text of the columns beyond them)."""

    before: float
    after: float
    across: float
    low: float
    high: float


def _column_middles(
    edges: list[float], channels: list[tuple[float, float]]
) -> dict[tuple[float, float], _Sides]:
    """Each channel with the columns either side of it (`_Sides`)."""
    starts = [edges[0], *(b for _, b in channels), math.inf]
    ends = [-math.inf, *(a for a, _ in channels), edges[-1]]
    return {
        channel: _Sides(
            (starts[k] + ends[k + 1]) / 2,
            (starts[k + 1] + ends[k + 2]) / 2,
            (starts[k] + ends[k + 2]) / 2,
            ends[k],
            starts[k + 2],
        )
        for k, channel in enumerate(channels)
    }


def _split_at(
    phrase: _Phrase,
    channels: list[tuple[float, float]],
    alone: bool,
    middles: dict[tuple[float, float], _Sides],
) -> list[_Phrase]:
    """A phrase cut where a gap between its words holds the edge of a channel the other rows leave open
    (a long stub set close to the first number: "RAMISCH 52.6"). The row's only phrase (`alone`) is cut
    only where the word after the gap starts past the channel's middle: a label set from the first
    column across the next (a group row, \\multicolumn{4}{l}{Parsing robust retrieval}) has a space
    that may meet the edge the stubs under it end at, the word after it starting in the channel; and
    not where it is centred on the columns either side, a cell set across both
    (\\multicolumn{2}{c}{Support to ordered recovery}), unless each side is centred on its own column
    (two heads a space apart: "Loss BLEU4").
    A gap inside a channel, the words either side reaching past its edges, cuts where each side is
    centred on its own column (`middles`): heads wider than the centred numbers under them, a space
    apart in a table set with a narrow \\tabcolsep (llncs's 1.4 pt: "Gra1 Den2" over "71.2 68.4")."""
    parts = [_Phrase([phrase.words[0]], phrase.words[0].x0, phrase.words[0].x1)]
    for w in phrase.words[1:]:
        last = parts[-1]
        if (
            w.x0 > last.x1
            and any(
                last.x1 - SLACK <= edge <= w.x0 + SLACK
                and (
                    not alone
                    or (
                        w.x0 + SLACK >= (a + b) / 2
                        and (
                            not _centred_across(phrase, middles[(a, b)])
                            or _centred_either_side(last, w, a, b, middles)
                        )
                    )
                )
                for a, b in channels
                for edge in (a, b)
            )
            or (not alone and any(_centred_either_side(last, w, a, b, middles) for a, b in channels))
        ):
            parts.append(_Phrase([w], w.x0, w.x1))
        else:
            last.words.append(w)
            last.x1 = max(last.x1, w.x1)
    return parts


def _centred_across(phrase: _Phrase, sides: _Sides) -> bool:
    """Whether a phrase lies over the two columns either side of a channel only, centred on them."""
    return (
        sides.low < phrase.x0
        and phrase.x1 < sides.high
        and abs((phrase.x0 + phrase.x1) / 2 - sides.across) <= CENTRED * phrase.words[0].font.size
    )


def _centred_either_side(
    left: _Phrase,
    word: Word,
    a: float,
    b: float,
    middles: dict[tuple[float, float], _Sides],
) -> bool:
    """Whether the gap between a phrase and the word after it lies in the channel (a, b) and each is
    centred on the column its side of the channel."""
    if not (left.x1 < b and word.x0 > a):
        return False
    before, after = middles[(a, b)][:2]
    size = word.font.size
    return (
        abs((left.x0 + left.x1) / 2 - before) <= CENTRED_ON_COLUMN * size
        and abs((word.x0 + word.x1) / 2 - after) <= CENTRED_ON_COLUMN * size
    )


def _columns_of(
    x0: float, x1: float, edges: list[float], channels: list[tuple[float, float]]
) -> tuple[int, int]:
    """The first column a phrase falls in and how many columns it spans: those whose text (between the
    channels that bound them) it overlaps; reaching into a channel is no span."""
    starts = [edges[0], *(b for _, b in channels)]
    ends = [*(a for a, _ in channels), edges[-1]]
    inside = [k for k in range(len(starts)) if min(x1, ends[k]) - max(x0, starts[k]) > 0]
    if not inside:
        centre = (x0 + x1) / 2
        k = max((k for k in range(len(edges) - 1) if edges[k] <= centre), default=0)
        return k, 1
    return inside[0], inside[-1] - inside[0] + 1


def _spans_over_rules(rows: list[_Row], horizontal: list[BBox], edges: list[float]) -> None:
    """A head set over a rule segment narrower than the table (\\cmidrule) spans the columns under it."""
    full = _full_width(horizontal, rows)
    for rule in horizontal:
        if rule in full:
            continue
        above = [r for r in rows if r.y1 <= rule[1] + SLACK and rule[1] - r.y1 < 1.5 * r.size]
        if not above:
            continue
        row = max(above, key=lambda r: r.y1)
        cols = [
            k
            for k in range(len(edges) - 1)
            if rule[0] - SLACK <= (edges[k] + edges[k + 1]) / 2 <= rule[2] + SLACK
        ]
        if len(cols) < 2:
            continue
        for p in row.phrases:
            if (
                rule[0] - SLACK <= (p.x0 + p.x1) / 2 <= rule[2] + SLACK
                and sum(1 for q in row.phrases if rule[0] <= (q.x0 + q.x1) / 2 <= rule[2]) == 1
            ):
                p.first, p.span = cols[0], cols[-1] - cols[0] + 1


def _spans_over_groups(rows: list[_Row], header_rows: int) -> None:
    """A head centred over a group of columns that the head lines under it fill spans the group (a
    spanning head without a rule segment under it: "b=4" over "M1 M2 S"; not a head going on on the
    line under it, `_stacks`): the widest run of such
    columns between its neighbours on its line, holding those it spans already, whose text (from the
    first's left to the last's right end, as LaTeX centres a \\multicolumn) has the head's middle."""
    extent: dict[int, tuple[float, float]] = {}
    for r in rows:
        for p in r.phrases:
            if p.span == 1:
                x0, x1 = extent.get(p.first, (p.x0, p.x1))
                extent[p.first] = (min(x0, p.x0), max(x1, p.x1))
    head = rows[:header_rows]
    for i, row in enumerate(head[:-1]):
        below = {c for r in head[i + 1 :] for p in r.phrases for c in range(p.first, p.first + p.span)}
        below &= set(extent)
        phrases = sorted(row.phrases, key=lambda p: p.x0)
        for k, p in enumerate(phrases):
            last = p.first + p.span - 1
            if not all(c in below for c in range(p.first, last + 1)) or _stacks(p, head[i + 1 :]):
                continue
            # the stub column holds row names: a head over the other columns does not span it
            low = phrases[k - 1].first + phrases[k - 1].span if k else min(1, p.first)
            high = phrases[k + 1].first - 1 if k + 1 < len(phrases) else max(below)
            middle, size = (p.x0 + p.x1) / 2, max(w.font.size for w in p.words)
            runs = [
                (a, b)
                for a in range(low, p.first + 1)
                for b in range(last, high + 1)
                if b > a
                and all(c in below for c in range(a, b + 1))
                and abs((extent[a][0] + extent[b][1]) / 2 - middle) <= CENTRED * size
            ]
            if runs:
                a, b = max(runs, key=lambda run: run[1] - run[0])
                p.first, p.span = a, b - a + 1


def _stacks(head: _Phrase, lines: list[_Row]) -> bool:
    """Whether a head of one column goes on on the nearest of the lines under it with text in its
    column (`_goes_on_below`): a head stacked over two lines, not a group head over the columns under
    it."""
    for line in lines:
        under = [q for q in line.phrases if q.first <= head.first < q.first + q.span]
        if under:
            q = under[0]
            return head.span == 1 and q.first == head.first and q.span == 1 and _goes_on_below([head], [q])
    return False


def _section_rows(body: list[_Row], edges: list[float]) -> None:
    """A body line set as one run of text across inner columns, the first and last left empty, and
    centred on the table spans the whole table: a row that names the group of rows under it
    (\\multicolumn{n}{c}{Effect of size}), not cells of the columns its text happens to cross, though a
    space of it may meet a column boundary. (A row of a table set tight, \\tabcolsep of a space, is one
    run of text too, but fills the outer columns.)"""
    middle = (edges[0] + edges[-1]) / 2
    for row in body:
        first, last = row.phrases[0], row.phrases[-1]
        end = last.first + last.span
        if first.first == 0 or end == len(edges) - 1 or end - first.first < 2 or not _is_solid(row):
            continue
        if abs((first.x0 + last.x1) / 2 - middle) <= CENTRED * row.size:
            row.phrases = [_Phrase(row.words, first.x0, last.x1, 0, len(edges) - 1)]


def _header_rows(rows: list[_Row], horizontal: list[BBox]) -> int:
    """How many rows are column heads: those above the first full-width rule under the top one, else
    the first row and the one under each line of group heads (a table without rules: "Transfer" over
    "Gra2 Tok6 Ada8")."""
    full = [r for r in _full_width(horizontal, rows) if r[1] > rows[0].y1 - SLACK]
    for rule in full:
        above = sum(1 for r in rows if r.y1 <= rule[1] + SLACK)
        if 0 < above < len(rows):
            return above
    heads = 1
    while heads < len(rows) - 1 and _is_group_line(rows[heads - 1], rows[heads]):
        heads += 1
    return heads


def _is_group_line(line: _Row, under: _Row) -> bool:
    """Whether a line is one of group heads over the line under it: its stub column empty, it fills
    fewer columns than that line."""
    filled = {p.first for p in line.phrases}
    return 0 not in filled and len(filled) < len({p.first for p in under.phrases})


_Slot = tuple[int, int]
"""(first column, columns spanned)"""


def _group_lines(head: list[dict[_Slot, list[_Phrase]]]) -> int:
    """How many head lines lead with group heads: those down to the last holding a head that spans
    columns over heads of the lines under it in two of them or more (rows of their own over the heads
    of their groups, however those are set)."""

    def groups(i: int) -> bool:
        under = {c for line in head[i + 1 :] for first, span in line for c in range(first, first + span)}
        return any(span > 1 and len(under & set(range(first, first + span))) > 1 for first, span in head[i])

    return max((i + 1 for i in range(len(head)) if groups(i)), default=0)


def _is_one_head_row(head: list[dict[_Slot, list[_Phrase]]]) -> bool:
    """Whether head lines (three or more) are one row of heads set over several lines: some head stands
    on a middle line only, centred on the others' lines (separate rows of heads fill the first line)."""
    if len(head) < 3:
        return False
    columns = {s[0] for line in head for s in line}
    lines_of = {c: [i for i, line in enumerate(head) if any(s[0] == c for s in line)] for c in columns}
    return any(len(lines) == 1 and 0 < lines[0] < len(head) - 1 for lines in lines_of.values()) and any(
        len(lines) > 1 for lines in lines_of.values()
    )


def _joined_lines(lines: list[dict[_Slot, list[_Phrase]]]) -> dict[_Slot, list[_Phrase]]:
    """Lines of one row merged: each column's phrases top to bottom, under the widest slot it had."""
    joined: dict[_Slot, list[_Phrase]] = {}
    for line in lines:
        for (first, span), phrases in line.items():
            slot = next((s for s in joined if s[0] <= first < s[0] + s[1]), None)
            if slot is None:
                joined[(first, span)] = list(phrases)
            elif span > slot[1] and slot[0] == first:
                joined[(first, span)] = joined.pop(slot) + phrases
            else:
                joined[slot] = joined[slot] + phrases
    return joined


def _grid(rows: list[_Row]) -> list[dict[_Slot, list[_Phrase]]]:
    """Each row's phrases by the columns they fill."""
    grid: list[dict[_Slot, list[_Phrase]]] = []
    for row in rows:
        by_slot: dict[_Slot, list[_Phrase]] = {}
        slot_of: dict[int, _Slot] = {}
        for p in sorted(row.phrases, key=lambda p: p.x0):
            cols = range(p.first, p.first + p.span)
            # a run overlapping one already placed shares its slot
            slot = next((slot_of[c] for c in cols if c in slot_of), (p.first, p.span))
            by_slot.setdefault(slot, []).append(p)
            for c in cols:
                slot_of.setdefault(c, slot)
        grid.append(by_slot)
    return grid


def _row_rules(rows: list[_Row], horizontal: list[BBox], header_rows: int) -> list[float]:
    """The heights of the full-width rules between body lines, when there are any: a table ruled
    between its rows (\\hline after each), whose lines between two rules are one row."""
    body = rows[header_rows:]
    return [
        r[1]
        for r in _full_width(horizontal, rows)
        if any(a.y1 <= r[1] + SLACK and r[3] <= b.y0 + SLACK for a, b in zip(body, body[1:], strict=False))
    ]


def _with_wrapped_lines_joined(
    grid: list[dict[_Slot, list[_Phrase]]], header_rows: int, rules: list[float], ruled: bool
) -> tuple[list[dict[_Slot, list[_Phrase]]], int]:
    """The grid with each body line that goes on with the text of the row above joined to it: a line
    whose first cell is empty and whose other cells are all words (no numbers or marks), or anything
    under cells left unfinished, each under a filled cell of the row above (a paragraph column's text
    wrapped over lines), and a line whose stub is centred on such a cell's lines (`_is_centred_on_wrap`).
    A line with a number in it is a row of its own (under a stub that groups rows). Header lines stay
    apart but for the lines of one head row set over several: the first lines of stacked heads over
    their second lines (`_stacked_on`), heads at two heights with no column in common (`_beside`), and
    a line of units or of heads going on under the heads (`_continues_heads`). A word broken over two
    lines is joined whatever the line holds (`_without_word_ends`). Also returns how many of the joined
    lines are head lines. In a table ruled between its rows (`rules`), a line that goes on with every
    cell of the row above still goes on with it when no rule parts them. A table drawn without rules
    (not `ruled`) has no rule under its heads: the line under what reads as its head rows may still
    be one of them."""
    joined: list[dict[_Slot, list[_Phrase]]] = []
    heads = header_rows
    grid = _with_stacked_values_joined(_with_centred_stubs_joined(grid, header_rows), header_rows)
    rights = _column_rights(grid, header_rows)
    for i, by_slot in enumerate(grid):
        if 0 < i < header_rows and joined and _stacked_on(joined[-1], by_slot):
            heads -= 1
            for (first, _), phrases in joined.pop().items():
                by_slot[(first, 1)] = phrases + by_slot[(first, 1)]
        if 0 < i < header_rows and joined and _beside(joined[-1], by_slot):
            heads -= 1
            joined[-1].update(by_slot)
            continue
        if 0 < i <= header_rows and _continues_heads(by_slot, joined, i < header_rows or not ruled):
            heads -= 1 if i < header_rows else 0
            for (first, _), phrases in by_slot.items():
                line, slot = _holder(first, joined)
                line[slot] = line[slot] + phrases
            continue
        above = joined[-1] if joined and i > header_rows else None
        below = grid[i + 1] if i + 1 < len(grid) else None
        if above is not None and _is_centred_on_wrap(by_slot, above, below, rights):
            _join_into(above, by_slot)
            continue
        band = (
            not any(_bottom(above) < y < _top(by_slot) for y in rules)
            if above is not None and rules
            else None
        )
        if above is None or not _goes_on(by_slot, above, rights, band):
            rest = _without_word_ends(by_slot, joined)
            if rest:
                joined.append(rest)
            elif i < header_rows:
                heads -= 1
            continue
        _join_into(above, by_slot)
    return joined, heads


def _join_into(above: dict[_Slot, list[_Phrase]], line: dict[_Slot, list[_Phrase]]) -> None:
    """Each cell of a line added to the cell of the line above whose columns hold its first, or set in
    its own slot where that line has none (a stub centred on the lines of a wrapped cell)."""
    for (first, span), phrases in line.items():
        slot = next((s for s in above if s[0] <= first < s[0] + s[1]), (first, span))
        above[slot] = above.get(slot, []) + phrases


def _holder(first: int, lines: list[dict[_Slot, list[_Phrase]]]) -> tuple[dict[_Slot, list[_Phrase]], _Slot]:
    """The nearest line above with text in a column, and the slot of it that holds the column; an
    empty slot of the last line when none has."""
    for line in reversed(lines):
        slot = next((s for s in line if s[0] <= first < s[0] + s[1]), None)
        if slot is not None:
            return line, slot
    return lines[-1], (first, 1)


def _continues_heads(
    line: dict[_Slot, list[_Phrase]], heads: list[dict[_Slot, list[_Phrase]]], within: bool
) -> bool:
    """Whether a line under the head lines goes on with the heads above it rather than being a row of
    its own: each of its cells under a head (of the nearest head line above with text in its column)
    and either a unit (`_is_unit`: "Time" over "(s.ms)") or going on with a head of
    that one column set in line with it (`_goes_on_below`: "Private section" over "repetition rate",
    "Crypto-" over "Nets"), the line leaving some column of the line above it empty (a head wrapped
    over lines, its neighbours on one line; a row of sub-heads in lower case fills every column of its
    group). A line of the head rows (`within`: above the rule under them, if any) clear of the stub column
    that leaves a head column empty is such a head's second line whatever its case ("Data" over
    "Piping": `_goes_on_below`'s `stacked`); under the rule it may be a body row of words."""
    if not line or not heads:
        return False
    leaves_empty = any(s[0] > 0 and not any(t[0] <= s[0] < t[0] + t[1] for t in line) for s in heads[-1])
    hung = any(s[0] == 0 for s in heads[-1])
    stacked = within and (leaves_empty or hung) and all(first > 0 for first, _ in line)
    for (first, span), phrases in line.items():
        holder, slot = _holder(first, heads)
        if slot not in holder:
            return False
        text = _text_of(phrases)
        if _is_unit(text):
            continue
        if slot != (first, span) or span != 1 or not (leaves_empty or stacked):
            return False
        if not _goes_on_below(holder[slot], phrases, stacked):
            return False
    return True


def _stacked_on(above: dict[_Slot, list[_Phrase]], line: dict[_Slot, list[_Phrase]]) -> bool:
    """Whether a head line holds the first lines of heads stacked over two lines whose second lines
    stand on the line under it, beside the heads set on one line (a nested tabular or \\makecell
    centres those on the row, level with the second lines): each of its cells over a cell of that line
    in the same one column going on with it (`_goes_on_below`), that line filling some column it leaves
    empty. First lines clear of the stub column go on in any case (`_goes_on_below`'s `stacked`:
    \\shortstack sets "Train" over "Time (s)" and the other heads level with its last line)."""
    if not above or not any(all(s[0] != slot[0] for s in above) for slot in line):
        return False
    stacked = all(first > 0 for first, _ in above)
    for (first, span), phrases in above.items():
        if span != 1 or (first, 1) not in line or not _goes_on_below(phrases, line[(first, 1)], stacked):
            return False
    return True


def _beside(above: dict[_Slot, list[_Phrase]], line: dict[_Slot, list[_Phrase]]) -> bool:
    """Whether two head lines are one row of heads set at two heights: no head of either spans
    columns, and neither has text in a column of the other (heads of one line each stacked over
    lines, the others set level with those lines' middle)."""
    columns = {first for first, _ in above}
    return all(span == 1 for _, span in [*above, *line]) and not columns & {first for first, _ in line}


def _goes_on_below(head: list[_Phrase], below: list[_Phrase], stacked: bool = False) -> bool:
    """Whether the text under a head's last line goes on with it: set in line with it (the same left or
    right end, or the same middle) and a unit (`_is_unit`), opening in lower case, or after a head
    left unfinished ("Crypto-" over "Nets"); a group head centred over columns is in line with none of
    the heads under it. Where the lines' layout says the head is `stacked` (its neighbours set on one
    line, the stubs' column left out), a capitalised line of words goes on too ("Data" over "Piping",
    "Avg." over "Acc. (%)"), if it holds no digit (a row of values is no head)."""
    x0, x1 = min(p.x0 for p in head), max(p.x1 for p in head)
    b0, b1 = min(p.x0 for p in below), max(p.x1 for p in below)
    size = max(w.font.size for p in head for w in p.words)
    if not (abs(x0 - b0) <= SLACK or abs(x1 - b1) <= SLACK or abs(x0 + x1 - b0 - b1) / 2 <= CENTRED * size):
        return False
    text = _text_of(below)
    return (
        _is_unit(text)
        or text[:1].islower()
        or _is_unfinished(_text_of(head))
        or (stacked and text[:1].isupper() and not any(ch.isdigit() for ch in text))
    )


def _is_centred_on_wrap(
    line: dict[_Slot, list[_Phrase]],
    above: dict[_Slot, list[_Phrase]],
    below: dict[_Slot, list[_Phrase]] | None,
    rights: dict[int, float],
) -> bool:
    """Whether a line's stub is centred on a cell wrapped over lines, this one and the one above: the
    line above has no stub, this line's stub is set off its other cells' middle by a quarter line or
    more, and each of its other cells goes on with a cell above left unfinished or broken at its
    column's edge ("{BPSK, QPSK," over "4-QAM, 16-QAM}"; words alone are no sign here, a \\multirow
    stub beside rows of words is set off its line too). A stub level with such a line is a \\multirow
    stub too when the line under it has no stub either and this line leaves some column of the row
    above empty (a group's stub centred on its rows lands on the second line of a wrapped cell)."""
    if any(s[0] == 0 for s in above) or not any(s[0] == 0 for s in line):
        return False
    if _stub_shift(line) == 0 and (below is None or any(s[0] == 0 for s in below) or len(line) > len(above)):
        return False
    others = [(slot, phrases) for slot, phrases in line.items() if slot[0] != 0]
    for slot, phrases in others:
        into = next((s for s in above if s[0] <= slot[0] < s[0] + s[1]), None)
        if into is None or not (
            _is_unfinished(_text_of(above[into]))
            or (slot[1] == 1 and _is_wrapped(above[into], phrases, rights.get(slot[0])))
        ):
            return False
    return bool(others)


def _middle(line: dict[_Slot, list[_Phrase]]) -> float:
    middles = sorted((w.y0 + w.y1) / 2 for phrases in line.values() for p in phrases for w in p.words)
    return middles[len(middles) // 2]


def _with_centred_stubs_joined(
    grid: list[dict[_Slot, list[_Phrase]]], header_rows: int
) -> list[dict[_Slot, list[_Phrase]]]:
    """Body lines where a stub alone on its line sits half a line between two lines of the row's other
    cells, the second going on with the first (a stub centred on cells wrapped over lines, its own text
    wrapped too): the stub's line joined to the line above it."""
    middles = [_middle(line) for line in grid]
    gaps = sorted(b - a for a, b in zip(middles[header_rows:], middles[header_rows + 1 :], strict=False))
    if len(gaps) < 3:
        return grid
    pitch = gaps[len(gaps) // 2]
    joined = list(grid[: header_rows + 1])
    for i in range(header_rows + 1, len(grid)):
        line, above = grid[i], joined[-1]
        below = grid[i + 1] if i + 1 < len(grid) else None
        if (
            below is not None
            and set(line) == {s for s in line if s[0] == 0}
            and not any(s[0] == 0 for s in above)
            and not any(s[0] == 0 for s in below)
            and middles[i + 1] - middles[i - 1] < 1.5 * pitch
            and _goes_on(below, above)
        ):
            joined[-1] = {**above, **line}
            continue
        joined.append(line)
    return joined


_SPREAD = re.compile(r"^(?:\(.*\)|\[.*\]|[±∓].*)$")
"""A value's spread set under it: in parentheses or brackets, or after ±."""


def _with_stacked_values_joined(
    grid: list[dict[_Slot, list[_Phrase]]], header_rows: int
) -> list[dict[_Slot, list[_Phrase]]]:
    """Body lines where values stand over two lines in cells of their own (a nested tabular or
    \\makecell: "0.29" over "(0.02)"), the row's other cells set level with the pair's middle, joined
    into one row (`_is_stack`): the other cells read on a line of their own between the two, or, half a
    line off both (within `ROW_SHIFT` in small type), each with the one or the other."""
    joined: list[dict[_Slot, list[_Phrase]]] = []
    i = 0
    while i < len(grid):
        size = next((k for k in (3, 2) if i >= header_rows and _is_stack(grid[i : i + k])), 1)
        row: dict[_Slot, list[_Phrase]] = {}
        for line in grid[i : i + size]:
            for slot, phrases in line.items():
                row[slot] = row.get(slot, []) + phrases
        joined.append(row)
        i += size
    return joined


def _columns(slots: Iterable[_Slot]) -> list[int]:
    return [c for first, span in slots for c in range(first, first + span)]


def _is_stack(lines: list[dict[_Slot, list[_Phrase]]]) -> bool:
    """Whether two or three lines are one row of values stacked over two lines: the stacked columns
    filled on the first and the last line alone, no stub among them, a spread under each value (or, on
    lines of nothing but those, a cell beyond the stub set between them: a stub alone between two rows
    is a \\multirow stub, `_row_spans`); every other column filled once, its cell set between the two
    lines by a quarter of a type size or more (a row of spreads under a row of values has its other
    cells level with the values)."""
    if len(lines) < 2 or not all(lines):
        return False
    top, *middle, bottom = lines
    both = set(top) & set(bottom)
    if not both or any(s[0] == 0 for s in both):
        return False
    others = [(s, line[s]) for line in (top, bottom) for s in line if s not in both]
    others += [(s, line[s]) for line in middle for s in line]
    columns = _columns(s for s, _ in others)
    if not others or len(set(columns)) < len(columns) or set(columns) & set(_columns(both)):
        return False
    upper, lower = _middle({s: top[s] for s in both}), _middle({s: bottom[s] for s in both})
    size = max(w.font.size for s in both for p in bottom[s] for w in p.words)
    if not all(upper + 0.25 * size <= _middle({s: cell}) <= lower - 0.25 * size for s, cell in others):
        return False
    spreads = all(_SPREAD.match(_text_of(bottom[s])) for s in both)
    return spreads or (set(top) == set(bottom) and any(s[0] != 0 for line in middle for s in line))


def _without_word_ends(
    line: dict[_Slot, list[_Phrase]], joined: list[dict[_Slot, list[_Phrase]]]
) -> dict[_Slot, list[_Phrase]]:
    """The line without the cells that end a word hyphenated at the end of the nearest line above
    with text in their column ("Indica-" over "tor", "Inter-" over "viewees: 2 & 4"): those join that
    cell, in a head row or beside a number too, since a broken word is one cell's text whatever the
    rest of the line holds."""
    rest: dict[_Slot, list[_Phrase]] = {}
    for slot, phrases in line.items():
        first = slot[0]
        above = next((a for a in reversed(joined) if any(s[0] <= first < s[0] + s[1] for s in a)), None)
        into = None if above is None else next(s for s in above if s[0] <= first < s[0] + s[1])
        if into is not None and into[0] == first and phrases[0].text[:1].islower():
            end = above[into][-1].text
            if end.endswith("-") and end[-2:-1].isalpha():
                above[into] = above[into] + phrases
                continue
        rest[slot] = phrases
    return rest


_WORD = re.compile(r"[^\W\d_]{3,}")


def _top(line: dict[_Slot, list[_Phrase]]) -> float:
    return min(w.y0 for phrases in line.values() for p in phrases for w in p.words)


def _bottom(line: dict[_Slot, list[_Phrase]]) -> float:
    return max(w.y1 for phrases in line.values() for p in phrases for w in p.words)


def _goes_on(
    line: dict[_Slot, list[_Phrase]],
    above: dict[_Slot, list[_Phrase]],
    rights: dict[int, float] | None = None,
    band: bool | None = None,
) -> bool:
    """Whether every cell of a line goes on with a filled cell of the row above: words, anything under
    a cell left unfinished (`_is_unfinished`: "{BPSK, QPSK," over "4-QAM, 16-QAM}"), or anything under
    a cell broken where its column ran out of width (`_is_wrapped`, with `rights` the columns' right
    edges); the first cell empty or going on (opening in lower case or with "(", or wrapped), the line
    leaving some column of the row above without more text unless each of its cells goes on with a
    cell broken at its column's edge (words alone are no sign there, a row may hold words only:
    "message" over "content-based"; nor is an open bracket: "for (i=0; i<N; i++) {" over
    "descriptor()"): paragraph columns all wrapped over lines, as a table of text sets them. `band`
    says whether the two lie between the same two of the rules that part a table's rows (None: no
    such rules); a rule between them parts the rows."""
    rights = rights or {}

    def under(first: int) -> _Slot | None:
        return next((s for s in above if s[0] <= first < s[0] + s[1]), None)

    def wrapped(slot: _Slot, phrases: list[_Phrase]) -> bool:
        start = under(slot[0])
        return start is not None and slot[1] == 1 and _is_wrapped(above[start], phrases, rights.get(slot[0]))

    stub = next(((slot, phrases) for slot, phrases in line.items() if slot[0] == 0), None)
    if stub is not None:
        opening = stub[1][0].text
        if not opening[:1].islower() and not opening.startswith("(") and not wrapped(*stub):
            return False
    broken = True
    for slot, phrases in line.items():
        into = under(slot[0])
        if into is None:
            return False
        text = " ".join(p.text for p in phrases)
        words = _WORD.search(text) and not any(ch.isdigit() for ch in text)
        if not words and not _is_unfinished(_text_of(above[into])) and not wrapped(slot, phrases):
            return False
        broken = broken and wrapped(slot, phrases)
    return stub is None or len(line) < len(above) or (broken and band is not False)


LIST_ITEM = re.compile(r"^[-–—•·*]\s")
"""How an item of a list set in a cell opens: a dash or a bullet and a space."""
JUSTIFIED_WORDS = 3
"""Words a line has at least to show it was justified to its column's width (`_column_rights`)."""
JUSTIFIED_SLACK = 0.25
"""Points apart at most the ends of two lines justified to one width lie (some hundredths of a point
in the PDFs read so far but for a glyph's overhang; cells of an l column about as wide as each other
by chance lie further apart)."""
SPACE = 0.2
"""An inter-word space, in font sizes (a quarter of the size in most text fonts, less in justified
lines)."""


def _is_wrapped(above: list[_Phrase], phrases: list[_Phrase], right: float | None) -> bool:
    """Whether a cell's text is the rest of the text above it, broken where its column (right edge
    `right`) ran out of width: the last line above (a lone word too, "Internationalisation" over
    "telecommunications") opens where this text does, and ends so near the column's edge that this
    text's first word would not have fit after it (a paragraph column, p{width}: its lines go on in
    capitals or with numbers too); a line opening like a list's item ("- rome_cheap_2", "• Sparse") is
    an item of its own."""
    if right is None or LIST_ITEM.match(phrases[0].text):
        return False
    last, word = above[-1], phrases[0].words[0]
    fits = last.x1 + SPACE * word.font.size + (word.x1 - word.x0) <= right + SLACK
    return abs(phrases[0].x0 - min(p.x0 for p in above)) <= SLACK and not fits


def _column_rights(grid: list[dict[_Slot, list[_Phrase]]], header_rows: int) -> dict[int, float]:
    """The right edge of each paragraph column (p{width}, its text justified to a fixed width): the
    furthest right its one-column body cells reach, when two different lines of JUSTIFIED_WORDS words
    or more end there, as close to each other as justified lines do (a glyph's overhang, the "f" of
    "of", may stick out further). A column as wide as its widest cell (l, c, r) has one such line, or lines of a
    word or two ("12 pt" under "11 pt"), or the same line twice ("for (i=0; i<N; i++) {")."""
    ends: dict[int, list[tuple[float, str]]] = {}
    for line in grid[header_rows:]:
        for (first, span), phrases in line.items():
            if span == 1 and sum(len(p.words) for p in phrases) >= JUSTIFIED_WORDS:
                ends.setdefault(first, []).append((max(p.x1 for p in phrases), _text_of(phrases)))
    rights: dict[int, float] = {}
    for column, found in ends.items():
        right = max(x1 for x1, _ in found)
        near = sorted({text: x1 for x1, text in found if x1 >= right - SLACK}.values())
        if any(b - a <= JUSTIFIED_SLACK for a, b in zip(near, near[1:], strict=False)):
            rights[column] = right
    return rights


_OPENERS = {"(": ")", "[": "]", "{": "}"}
_LINKS = re.compile(r"(?:[,&(–-]|\b(?:and|or|of|for|to|in|with|the|a|an))$")
"""How text ends that goes on: a comma, an ampersand, a hyphen or dash, an opening bracket, a word
that links to the next ("and", "of", "for")."""


def _is_unit(text: str) -> bool:
    """Whether a head's text is a unit set in parentheses or brackets, as heads' units are: "(%)",
    "[ms]"."""
    return text[:1] in "([" and text.endswith(_OPENERS[text[0]])


def _is_unfinished(text: str) -> bool:
    """Whether a cell's text stops where it cannot end: after a comma, an ampersand, a linking word, a
    hyphen or an opening bracket left unclosed ("0.39 at x = (-π,", "{BPSK, QPSK,", "[23] &")."""
    if _LINKS.search(text):
        return True
    return any(text.count(o) > text.count(c) for o, c in _OPENERS.items())


def _cells(
    grid: list[dict[_Slot, list[_Phrase]]], header_rows: int, page: int, vertical: list[BBox]
) -> list[TableCell]:
    """One cell per filled slot, its phrases joined; a stub set midway down a run of rows whose stubs are
    empty spans them (\\multirow), and a row that held nothing but such a stub is no row of its own; a
    row naming the group of rows under it spans every column (`_is_group_row`, `_rules_broken_by`)."""
    spans, dropped = _row_spans(grid, header_rows)
    value_spans, lone = _value_spans(grid, header_rows)
    dropped |= lone
    width = max(first + span for by_slot in grid for first, span in by_slot)
    groups = {
        i
        for i in range(max(header_rows, 1), len(grid))
        if i not in spans
        and (_is_group_row(grid, i) or _rules_broken_by(grid[i], vertical) or _italic_over_rows(grid, i))
    }
    index: list[int] = []
    for i in range(len(grid)):
        index.append(i - sum(1 for d in dropped if d < i))
    cells: list[TableCell] = []
    for i, by_slot in enumerate(grid):
        for (first, span), phrases in sorted(by_slot.items()):
            words = [w for p in phrases for w in p.words]
            box = (
                min(w.x0 for w in words),
                min(w.y0 for w in words),
                max(w.x1 for w in words),
                max(w.y1 for w in words),
            )
            top, bottom = spans.get(i, (i, i + 1)) if first == 0 else value_spans.get((i, first), (i, i + 1))
            if i in groups:
                span = width
            kept = [k for k in range(top, bottom) if k not in dropped]
            row, rowspan = (index[kept[0]], len(kept)) if kept else (index[i], 1)
            text = _text_of(phrases)
            cells.append(TableCell(row, first, text, rowspan, span, i < header_rows, Location(page, box)))
    return cells


def _value_spans(
    grid: list[dict[_Slot, list[_Phrase]]], header_rows: int
) -> tuple[dict[tuple[int, int], tuple[int, int]], set[int]]:
    """(Body line, first column) → (top row, row after the last) for the values set level with the
    middle of the rows they span (\\multirow{8}{*}{0.528} beside rows of other columns' values): the
    only body text of their columns, on a line between two body rows that holds nothing else (spanning
    as many rows above as below; the line is no row of its own, and is returned apart) or on the middle
    body line of three or more."""
    columns = [{c for first, span in by_slot for c in range(first, first + span)} for by_slot in grid]
    lines = Counter(c for held in columns[header_rows:] for c in held)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    dropped: set[int] = set()
    for i in range(header_rows + 1, len(grid) - 1):
        k = min(i - header_rows, len(grid) - 1 - i)
        alone = [
            first
            for first, span in grid[i]
            if first > 0 and all(lines[c] == 1 for c in range(first, first + span))
        ]
        if alone and len(alone) == len(grid[i]):
            dropped.add(i)
        elif i - header_rows != len(grid) - 1 - i:
            continue
        spans.update({(i, first): (i - k, i + k + 1) for first in alone})
    return spans, dropped


def _is_group_row(grid: list[dict[_Slot, list[_Phrase]]], i: int) -> bool:
    """Whether a body line is a row naming the group of rows under it, set from the first column across
    the table (\\multicolumn{n}{l}{Group}), which LaTeX spans over every column: one finished phrase
    reaching past the first column, clear of the line under it, between two lines that each fill their
    first cell and another. Not a head read as a body line (no full row over it), nor a wrapped stub's
    first line over its row's cells centred on the stub (they reach up beside it); a lone stub that
    fits its column may be a row of empty values ("Stage 1 to Stage p"), so it keeps its column."""
    (first, span), *rest = grid[i]
    if (
        rest
        or first != 0
        or span < 2
        or i + 1 == len(grid)
        or _is_unfinished(_text_of(grid[i][(first, span)]))
    ):
        return False
    if _top(grid[i + 1]) < _bottom(grid[i]) - SLACK:
        return False
    return _stub_and_cells(grid[i - 1]) and _stub_and_cells(grid[i + 1])


def _stub_and_cells(line: dict[_Slot, list[_Phrase]]) -> bool:
    """Whether a line fills its first cell and another: a row of a stub and its values."""
    return any(s[0] == 0 for s in line) and any(s[0] > 0 for s in line)


def _italic_over_rows(grid: list[dict[_Slot, list[_Phrase]]], i: int) -> bool:
    """Whether a line of one first cell set in italics stands over a row of upright stub and cells, under
    an upright line: a row naming its group (\\multicolumn{n}{l}{\\textit{...}}), set apart by its
    type, not a stub of empty values."""

    def italic(line: dict[_Slot, list[_Phrase]]) -> bool:
        words = [w for (first, _), phrases in line.items() if first == 0 for p in phrases for w in p.words]
        return bool(words) and all(w.font.italic for w in words)

    (first, _), *rest = grid[i]
    if rest or first != 0 or i + 1 == len(grid) or not italic(grid[i]):
        return False
    return _stub_and_cells(grid[i + 1]) and not italic(grid[i + 1]) and not italic(grid[i - 1])


def _rules_broken_by(line: dict[_Slot, list[_Phrase]], vertical: list[BBox]) -> bool:
    """Whether a line of one first cell stands where the grid's vertical rules right of it stop: a
    \\multicolumn{n}{|l|} row naming its group, which the column rules do not cross, in a table ruled
    between its columns (rules there in other rows)."""
    (slot, phrases), *rest = line.items()
    if rest or slot[0] != 0:
        return False
    right = max(p.x1 for p in phrases)
    middle = (_top(line) + _bottom(line)) / 2
    inner = [r for r in vertical if r[0] > right + SLACK]
    edges = {round(r[0]) for r in inner}
    if len(edges) < 2:
        return False
    # the table's right edge keeps its rule (|l|): the rules between its columns stop
    last = max(edges)
    return not any(r[1] <= middle <= r[3] for r in inner if round(r[0]) < last - SLACK)


def _text_of(phrases: list[_Phrase]) -> str:
    """A cell's phrases joined with spaces, a word hyphenated at a line's end made whole again (a
    compound broken at its hyphen keeps it: "Crypto-" over "Nets" is "Crypto-Nets")."""
    text = ""
    for i, p in enumerate(phrases):
        part = p.text
        wrapped = i and p.words[0].y0 >= phrases[i - 1].words[0].y1 - SLACK
        broken = wrapped and text.endswith("-") and text[-2:-1].isalpha()
        if broken and part[:1].islower():
            text = text[:-1] + part
        elif broken and part[:1].isalnum():
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text


def _row_spans(
    grid: list[dict[_Slot, list[_Phrase]]], header_rows: int
) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """Row of a first-column cell → (top row, row after the last) for a stub centred on a run of rows
    whose own first cells are empty, as many above it as below it, below the header rows (one level
    with the last line of its row's wrapped cells spans down from that row, `_lines_over_stub`); and
    the rows that held only such a stub (set between two rows: a stub centred on an even number of
    rows)."""

    def empty_stub(i: int) -> bool:
        return not any(s[0] == 0 for s in grid[i])

    spans: dict[int, tuple[int, int]] = {}
    dropped: set[int] = set()
    for i, by_slot in enumerate(grid):
        if empty_stub(i):
            continue
        up = 0
        while i - up - 1 >= header_rows and empty_stub(i - up - 1):
            up += 1
        down = 0
        while i + down + 1 < len(grid) and empty_stub(i + down + 1):
            down += 1
        # a stub centred on an even number of rows but read on one of them sits half a row off its middle
        # (k - 1 rows above it and k below when set lower, k above and k - 1 below when set higher)
        shift = _stub_shift(by_slot)
        lower = _lines_over_stub(by_slot) if i >= header_rows else 0
        if lower and down > 0:
            top, end = i, i + min(2 * lower + 1, down + 1)
        elif shift > 0 and down > 0:
            below = min(up + 1, down)
            top, end = i - below + 1, i + below + 1
        elif shift < 0 and up > 0:
            above = min(down + 1, up)
            top, end = i - above, i + above
        else:
            top, end = i - min(up, down), i + min(up, down) + 1
        if end - top < 2 or any(top < b and a < end for a, b in spans.values()):
            continue
        spans[i] = (top, end)
        if len(by_slot) == 1:
            dropped.add(i)
    return spans, dropped


def _lines_over_stub(by_slot: dict[_Slot, list[_Phrase]]) -> int:
    """How many lines of a row's other cells stand above its stub when the stub sits level with their
    last line (0 otherwise): a \\multirow stub of n rows is set (n - 1) / 2 lines under its first
    row's top line whatever its cells wrap, so one that lands on the second line of a row's wrapped
    cell spans that row and the two under it. The stub is one line (a stub wrapped over lines is
    centred on its own row); lines are a type size apart and read from words of the stub's size (a
    formula's raised, lowered and small parts are of its line)."""
    stub = [w for (first, _), phrases in by_slot.items() if first == 0 for p in phrases for w in p.words]
    if not stub or max(w.y0 for w in stub) >= min(w.y1 for w in stub):
        return 0
    size = max(w.font.size for w in stub)
    others = [
        (w.y0 + w.y1) / 2
        for (first, _), phrases in by_slot.items()
        if first != 0
        for p in phrases
        for w in p.words
        if w.font.size >= 0.9 * size
    ]
    if not others:
        return 0
    middle = sum((w.y0 + w.y1) / 2 for w in stub) / len(stub)
    lines: list[float] = []
    for m in sorted(others):
        if not lines or m - lines[-1] > 0.8 * size:
            lines.append(m)
    above = sum(1 for m in lines if m < middle - 0.8 * size)
    level = abs(lines[-1] - middle) <= 0.25 * size
    return above if level else 0


def _stub_shift(by_slot: dict[_Slot, list[_Phrase]]) -> int:
    """1 when a line's stub is set lower than its other cells by a quarter of a line or more, -1 when
    higher, else 0."""
    stub = next((phrases for (first, _), phrases in by_slot.items() if first == 0), None)
    others = [w for (first, _), phrases in by_slot.items() if first != 0 for p in phrases for w in p.words]
    if stub is None or not others:
        return 0
    words = [w for p in stub for w in p.words]
    size = max(w.font.size for w in words)
    middle = sum((w.y0 + w.y1) / 2 for w in words) / len(words)
    theirs = sorted((w.y0 + w.y1) / 2 for w in others)[len(others) // 2]
    if abs(middle - theirs) < 0.25 * size:
        return 0
    return 1 if middle > theirs else -1
