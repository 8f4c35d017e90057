"""Floats on the title page: a table or teaser figure that LaTeX set under the title or above the abstract.

Its caption ("Table 1: …", "Figure 1.") and its rows or graphics' labels sit among the front zone's
blocks, where the header would read them as affiliations or authors and the body would never see the
table. They are the body's: the header sets them aside and hands them on.
"""

from __future__ import annotations

import re

from paperparse.header.abstract import ABSTRACT_HEAD, KEYWORDS_HEAD, is_prose
from paperparse.layout import Block, Layout

_LABEL = re.compile(r"^\s*(?:fig\.|figure|table)\s*(?:\d+|(?-i:[IVXL]+))[a-z]?\s*(?P<after>[.:|—–]|$)?", re.I)
"""A float's label ("Table 1", "Fig. 2", "TABLE I"); `after`: the stop that sets it off, or the line's end."""
_ROW_GAP = 1.5
"""Body-type line heights: the most blank between a float's rows, and between its caption and them
(LaTeX's skip around a caption is about one line)."""
_GRAPHIC_GAP = 2.0
"""Body-type line heights: the most blank between a caption and its figure's graphics."""
_LABEL_GAP = 1.0
"""Body-type line heights: the most blank between a figure's graphics and a label set over them (a plot's
title or legend), on the side away from the caption under them; the byline over a teaser figure is
further off (a display's skip and more)."""


def _overlaps(a: tuple[float, float, float, float], x0: float, x1: float) -> bool:
    return a[0] < x1 and a[2] > x0


def _gap(box: tuple[float, float, float, float], y0: float, y1: float) -> float:
    """The blank between `box` and the vertical extent y0..y1 (0 where they overlap)."""
    return max(box[1] - y1, y0 - box[3], 0.0)


def is_caption(block: Block) -> bool:
    """The block opens with a caption's label set apart: by its punctuation ("Table 1:", "Figure 1."),
    alone on its line ("TABLE I", IEEE's) or in bold ("**Fig. 1** Our…", Springer's); not the running
    text's "Table 1 shows…"."""
    m = _LABEL.match(block.lines[0].text)
    return m is not None and (m.group("after") is not None or block.lines[0].words[0].font.bold)


def _stops(block: Block, body_size: float) -> bool:
    """A block no float takes: the abstract's or keywords' head, running text in the body's type (a
    table's note or wrapped cells, in smaller type, read as prose too)."""
    heads = ABSTRACT_HEAD.match(block.text) or KEYWORDS_HEAD.match(block.text)
    return bool(heads) or (is_prose(block) and block.size > body_size - 0.5)


def front_floats(front: list[Block], layout: Layout) -> list[Block]:
    """The front blocks of the title page that belong to a float: each caption and what the float sets
    next to it (its graphics' labels, a table's rows and note).

    A float is grown from its caption over the graphics and blocks that lie close to its extent and
    within its width (a table's rows widen it past a centred caption), so the byline above a table and
    the abstract below a figure, a float's separation away, stay out.
    """
    if not front:
        return []
    page_number = front[0].page
    page = layout.pages[page_number - 1]
    taken: list[Block] = []
    for caption in front:
        if caption.page != page_number or caption in taken or not is_caption(caption):
            continue
        x0, x1 = caption.x0, caption.x1
        y0, y1 = caption.y0, caption.y1
        graphics = list(page.page.graphics)
        rest = [b for b in front if b.page == page_number and b is not caption and b not in taken]
        members = [caption]
        drawn_top = caption.y0  # the top of the graphics drawn above the caption
        grown = True
        while grown:
            grown = False
            for g in list(graphics):
                if _overlaps(g, x0, x1) and _gap(g, y0, y1) <= _GRAPHIC_GAP * layout.body_size:
                    graphics.remove(g)
                    y0, y1 = min(y0, g[1]), max(y1, g[3])
                    x0, x1 = min(x0, g[0]), max(x1, g[2])
                    if g[3] <= caption.y0 + 1:
                        drawn_top = min(drawn_top, g[1])
                    grown = True
            for b in list(rest):
                if not _overlaps(b.bbox, x0, x1) or _stops(b, layout.body_size) or is_caption(b):
                    continue
                inside = b.y0 >= y0 - 1 and b.y1 <= y1 + 1
                reach = _LABEL_GAP if b.y1 <= drawn_top + 1 and y0 >= drawn_top - 1 else _ROW_GAP
                if inside or _gap(b.bbox, y0, y1) <= reach * layout.body_size:
                    rest.remove(b)
                    members.append(b)
                    y0, y1 = min(y0, b.y0), max(y1, b.y1)
                    x0, x1 = min(x0, b.x0), max(x1, b.x1)
                    grown = True
        taken += members
    return taken
