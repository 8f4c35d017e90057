"""The layout: pages of lines → blocks in reading order, running heads set aside, zones marked.

Pure geometry and typography statistics; nothing here knows what a title is.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from paperparse.layout.blocks import starts_new_block, typical_gap, usual_size
from paperparse.layout.columns import (
    column_of,
    columns_from_gutters,
    cut_at_gutters,
    find_gutters,
    reading_order,
)
from paperparse.layout.model import Block, Layout, PageLayout, box_within
from paperparse.layout.zones import find_zones, rezoned
from paperparse.pdf.model import Line, Page, PdfContent

__all__ = ["PAGE_NUMBER", "Block", "Layout", "PageLayout", "analyze", "box_within", "rezoned"]

MARGIN = 0.13
"""Top and bottom share of the page where running heads, feet and page numbers live."""

_NOT_LETTERS = re.compile(r"[^a-z]+")


def _margin_key(text: str) -> str:
    """Letters only: "3 of 30" and "4 of 30" agree, and so do copies whose spacing the PDF garbled."""
    return _NOT_LETTERS.sub("", text.lower())


PAGE_NUMBER = re.compile(r"^(page\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?$", re.I)
"""A page number as printed: "7", "xii", "Page 3 of 12", "3/12"."""
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
FURNITURE = re.compile(
    r"^(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}\b)?.{0,40}$"  # "© 0000 The Authors", "© 2020 The Author(s)"
    r"|^[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*)* \d{1,4}, ?\d+ ?[–-] ?\d+ \(\d{4}\)$"  # "MNRAS 000, 1–10 (2020)"
    r"|^(?:[Cc]ompiled|[Tt]ypeset) using .{0,50}\bstyle\b"  # "Compiled using MNRAS LATEX style file v3.0"
    r"|^(?:\d{1,4}\W*\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}et al\.?(?:\s+\W*\d{1,4})?$"  # "12 • J. Smith et al."
)
"""A running head or foot by its shape, printed once as well as on every page: a journal's copyright line,
its citation foot, a class's preprint stamp, the authors cut short by "et al."."""


def _running_keys(pages: list[Page]) -> dict[str, float]:
    """Margin texts that repeat across pages (compared by their letters), as running heads do: on many pages,
    or on every other page where heads alternate between odd and even pages, or that repeat the first
    page's title or authors (`_front_names`); each with the smallest size any of its copies is set in.

    In a paper of six pages or more a text seen on just two pages must be on two odd or two even pages:
    table headings and lines of text that happen to recur on two facing pages are not heads."""
    seen: dict[str, list[int]] = {}
    sizes: dict[str, float] = {}
    texts: dict[str, str] = {}
    for page in pages:
        keys: set[str] = set()
        for ln in page.lines:
            if ln.y1 < page.height * MARGIN or ln.y0 > page.height * (1 - MARGIN):
                key = _margin_key(ln.text)
                keys.add(key)
                sizes[key] = min(sizes.get(key, ln.size), ln.size)
                texts.setdefault(key, ln.text)
        for key in keys:
            seen.setdefault(key, []).append(page.number)
    need = 2 if len(pages) < 6 else max(2, len(pages) // 5)
    front: frozenset[str] | None = None  # read from the first page only if a line may repeat it

    def repeats_front(text: str) -> bool:
        nonlocal front
        if front is None:
            front = _front_names(pages[0])
        return _repeats_front(text, front)

    return {
        key: sizes[key]
        for key, numbers in seen.items()
        if len(key) > 1
        and (
            (
                len(numbers) >= need
                and (len(numbers) > 2 or len(pages) < 6 or numbers[0] % 2 == numbers[1] % 2)
            )
            or (len(key) >= 6 and numbers[-1] != pages[0].number and repeats_front(texts[key]))
        )
    }


_NAME_SEPARATOR = re.compile(r",|\band\b|&|\bet al\.?|[•|–—]")


def _name_parts(text: str) -> set[str]:
    """The letters of each part of the line between commas, "and" or "et al.": its names."""
    return {_margin_key(part) for part in _NAME_SEPARATOR.split(text)} - {""}


def _repeats_front(text: str, front: frozenset[str]) -> bool:
    """The margin line is the first page's title or byline again, whole or as names from it (each part a
    name of four words or fewer: "A. Lee and B. Wu"); capitalised as heads are, not a line of prose that
    recurs."""
    whole = _margin_key(text) in front
    if not whole and not _name_parts(text) <= front:
        return False  # most margin lines: the shape tests below cost more than these set lookups
    parts = [[w for w in part.split() if _margin_key(w)] for part in _NAME_SEPARATOR.split(text)]
    parts = [words for words in parts if words]  # a page number beside the head aside
    if not parts or not parts[0][0][:1].isupper():
        return False
    names = all(len(words) <= 4 and words[0][:1].isupper() for words in parts)
    return whole or names


def _front_names(page: Page) -> frozenset[str]:
    """What a running head may repeat from the top half of the first page, its title and authors, as
    letters: each line whole and its parts between commas or "and". A head printed on one page only (a
    short paper's "A. Author", acmart's "Author1 and Author2" atop page 2) is a copy of these."""
    names: set[str] = set()
    for ln in page.lines:
        if ln.y1 < page.height / 2:
            names |= {_margin_key(ln.text), *_name_parts(ln.text)}
    return frozenset(names)


def _counts_down_the_page(lines: list[Line]) -> bool:
    """Numbers that step evenly down the page (1, 2, 3 or 1790, 1795, 1800): line numbers printed every
    line or every fifth line, where a column of stray numbers (a table's) would not step so."""
    if len(lines) < 3:
        return False
    values = [int(ln.words[0].text) for ln in sorted(lines, key=lambda ln: ln.y0)]
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    return len(steps) == 1 and steps.pop() in (1, 5, 10)


def _left_of_the_text(numbers: list[Line], page: Page) -> bool:
    """The numbers end before any other line of the page begins: in the margin, not a list's markers
    ("1 Department of ...", an affiliation list) set at the text's own edge."""
    ids = {id(ln) for ln in numbers}
    starts = [ln.x0 for ln in page.lines if id(ln) not in ids]
    return bool(starts) and max(ln.words[0].x1 for ln in numbers) < min(starts)


def _split_line_numbers(page: Page) -> set[int]:
    """Manuscript line numbers: numbers stacked at one x in the margin, alone or glued to a text line.

    Glued ones are cut off their line; returns the ids of the number-only lines. A column of numbers that
    steps evenly down the page, left of all its text, is taken whole: a review copy numbers every line,
    so beside a line the number sits as close as the text's own word spacing ("14 1 Introduction"), and
    where the column stands off the text by more (an indented abstract, a display) the lone numbers must
    not make the rest look like a list's markers. Otherwise eight or more numbers standing off their lines
    by more than a word space are taken, and only those.
    """
    candidates: dict[int, list[Line]] = {}
    for ln in page.lines:
        first = ln.words[0]
        if first.text.isdigit() and len(first.text) <= 4:
            alone = len(ln.words) == 1
            if alone or ln.words[1].x0 - first.x1 > 0.5 * max(first.font.size, 1.0):
                candidates.setdefault(round(first.x1 / 4), []).append(ln)
    numbers: set[int] = set()
    for lines in candidates.values():
        wide = [ln for ln in lines if len(ln.words) == 1 or ln.words[1].x0 - ln.words[0].x1 > ln.size]
        if _counts_down_the_page(lines) and _left_of_the_text(lines, page):
            taken = lines
        elif len(wide) >= 8:
            taken = wide
        else:
            continue
        for ln in taken:
            if len(ln.words) > 1:
                number = Line([ln.words[0]], ln.page, ln.rotated)
                ln.words = ln.words[1:]
                page.lines.append(number)
                numbers.add(id(number))
            else:
                numbers.add(id(ln))
    return numbers


_DISPLAY_SCALE = 1.25
"""How much larger than a head's copies a page's largest type must be to be a display of its own."""


def _line_kind(
    line: Line, page: Page, running: dict[str, float], margin_ids: set[int], largest: float
) -> str:
    """margin, running (a repeated margin text or a page number, as far as the text shows) or text.

    A line in the page's largest type, set well above the size of the copies it matches, is the text those
    copies repeat, not one of them: the title atop page 1 of a journal whose later pages carry it (or a
    short form of it) as their running head (mnras, svjour3's \\titlerunning, fancyhdr preprints)."""
    if line.rotated or id(line) in margin_ids:
        return "margin"
    in_margin = line.y1 < page.height * MARGIN or line.y0 > page.height * (1 - MARGIN)
    if in_margin:
        text = line.text.strip()
        if PAGE_NUMBER.match(text) or FURNITURE.match(text):
            return "running"
        key = _margin_key(text)
        matched = [key] if key in running else []
        if not matched and len(key) >= 8:
            matched = [k for k in running if fuzz.ratio(key, k) >= 85]  # copies whose characters the PDF lost
        display = line.size >= largest - 0.5
        if any(not display or line.size < _DISPLAY_SCALE * running[k] for k in matched):
            return "running"
    return "text"


def _flows_into_text(
    line: Line,
    boxes: list[tuple[Line, float, float, float]],
    kinds: dict[int, str],
    usual_gap: float,
    right: float,
) -> bool:
    """Whether a repeated margin line is part of the text beside it: a reference or paragraph line that
    happens to recur ("tional Conference on Neural Information Processing" atop two pages of references).

    A running head stands apart from the text by a wider gap or another size; a line of text has a text line
    of its size at an ordinary line gap above or below it, directly or through other repeated lines that
    do so too (a two-line head is measured from its last line). In another style it must also reach the
    column's right edge `right` (a wrapped italic venue): a short italic "Figure 3 continued on next page"
    under its caption is a marker, not the caption's last line."""
    for direction in (1, -1):
        current = line
        while True:
            neighbour = _next_line(current, boxes, direction)
            if neighbour is None or not _ordinary_gap(current, neighbour, direction, usual_gap):
                break
            wrapped = current.x1 >= right - current.size
            if _style(neighbour) != _style(current) and not wrapped:
                break
            if kinds[id(neighbour)] != "running":
                return True
            current = neighbour
    return False


def _style(line: Line) -> tuple[bool, bool]:
    return line.font.italic, line.font.bold


def _next_line(line: Line, boxes: list[tuple[Line, float, float, float]], direction: int) -> Line | None:
    """The nearest line below (direction 1) or above (-1) that shares some of `line`'s width; `boxes` holds
    each line of the page with its x0, x1 and vertical centre."""
    x0, x1, own, half = line.x0, line.x1, (line.y0 + line.y1) / 2, 0.5 * line.size
    best: Line | None = None
    distance = float("inf")
    for other, other_x0, other_x1, centre in boxes:
        offset = (centre - own) * direction
        if other is line or other_x1 <= x0 or other_x0 >= x1 or offset <= half:
            continue  # elsewhere, beside the line, or on the other side
        if offset < distance:
            best, distance = other, offset
    return best


def _ordinary_gap(line: Line, neighbour: Line, direction: int, usual_gap: float) -> bool:
    """Same size and the page's usual white space between them: one run of text."""
    size = max(line.size, 1.0)
    if abs(neighbour.size - line.size) > 0.06 * size:
        return False
    gap = neighbour.y0 - line.y1 if direction == 1 else line.y0 - neighbour.y1
    return -0.3 * size <= gap <= (usual_gap if usual_gap else 0.3 * size) + 0.3 * size


def _vocabulary(pages: list[Page]) -> frozenset[str]:
    """The document's words, for telling a line-end hyphenation from a hyphenated compound.

    Pieces of a word broken at a line end are no words: a line's last word when it ends in a hyphen, and
    the next line's first word when it opens in lower case ("tech-" / "niques")."""
    words: set[str] = set()
    for page in pages:
        kept: list[str] = []
        broken = False
        for line in page.lines:
            texts = [w.text for w in line.words]
            if broken and texts and texts[0][:1].islower():
                texts = texts[1:]
            broken = bool(texts) and texts[-1].endswith("-")
            kept.extend(texts[:-1] if broken else texts)
        # a match cannot cross the spaces between words, so the page's words are searched in one string
        words.update(map(str.lower, _WORD.findall(" ".join(kept))))
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


def _line_kinds(
    page: Page,
    ordered: list[tuple[Line, int]],
    running: dict[str, float],
    margin_ids: set[int],
    usual_gap: float,
    edges: dict[int, tuple[float, float]],
) -> dict[int, str]:
    """Each line's kind by id; a repeated margin line that flows into the text beside it is text."""
    largest = max((line.size for line, _ in ordered), default=0.0)
    found = {id(line): _line_kind(line, page, running, margin_ids, largest) for line, _ in ordered}
    repeated = [
        (line, col)
        for line, col in ordered
        if found[id(line)] == "running" and not PAGE_NUMBER.match(line.text.strip())
    ]
    if not repeated:
        return found
    kinds = dict(found)
    text_edges = _column_edges([(line, col) for line, col in ordered if found[id(line)] == "text"])
    boxes = [(line, line.x0, line.x1, (line.y0 + line.y1) / 2) for line, _ in ordered]
    for line, col in repeated:
        if _flows_into_text(line, boxes, found, usual_gap, text_edges.get(col, edges[col])[1]):
            kinds[id(line)] = "text"
    return kinds


def _blocks_of_page(page: Page, running: dict[str, float], vocabulary: frozenset[str]) -> PageLayout:
    margin_ids = _split_line_numbers(page)
    gutters = find_gutters([ln for ln in page.lines if id(ln) not in margin_ids], page.width)
    lines = cut_at_gutters(page.lines, gutters)
    columns = columns_from_gutters(page, gutters)
    # margin lines (line numbers, rotated stamps) stand beside the text, not in its flow: ordered after it,
    # they cannot hold a full-width line back in a band of column text
    aside = [ln for ln in lines if ln.rotated or id(ln) in margin_ids]
    flowing = [ln for ln in lines if not (ln.rotated or id(ln) in margin_ids)]
    ordered = reading_order(flowing, columns) + [(ln, column_of(ln, columns)) for ln in aside]
    edges = _column_edges([(ln, col) for ln, col in ordered if id(ln) not in margin_ids])  # not line numbers
    usual_gap = typical_gap(ordered)
    text_size = usual_size(lines)
    kinds = _line_kinds(page, ordered, running, margin_ids, usual_gap, edges)
    runs: list[tuple[list[Line], int, str]] = []  # (lines, column, kind): grouped first, blocks built once
    for line, col in ordered:
        kind = kinds[id(line)]
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
    # the size most letters are set in (not most words: a code listing set in fixed columns, or a plot's
    # tick rows, print a word a letter or a digit, and outnumber a short paper's words)
    sizes: Counter[float] = Counter()
    for p in content.pages:
        for ln in p.lines:
            sizes[round(ln.size)] += sum(len(w.text) for w in ln.words)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 10.0
    layout = Layout(pages, body_size, vocabulary)
    find_zones(layout)
    return layout
