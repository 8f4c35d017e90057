"""Display equations: short blocks dense in mathematical symbols, or with a printed number at their end."""

from __future__ import annotations

import re

from paperparse.body.geometry import around, location
from paperparse.document import Equation, Location, Section
from paperparse.layout import Block, Layout

_EQUATION_CHARS = set("=+−∑∫∂≤≥≈∝×·∈αβγδθλμσφψω^_{}()|/")
_EQUATION_NUMBER = re.compile(r"\s*(\(\d+[a-z]?\))\s*$")
_LONE_NUMBER = re.compile(r"\(\d+(?:\.\d+)*[a-z]?\)")


def is_equation(block: Block) -> bool:
    text = block.text
    if len(text) > 300 or len(text) < 3:
        return False
    symbols = sum(1 for c in text if c in _EQUATION_CHARS)
    letters = sum(1 for c in text if c.isalpha())
    numbered = _EQUATION_NUMBER.search(text) is not None
    return symbols >= 2 and (symbols > 0.15 * len(text) or (numbered and letters < 0.6 * len(text)))


_DISPLAY_LENGTH = 60
"""A display whose only sign of mathematics is the number beside it is short ("rb > c", "b > c.")."""
_SHORTEST_DISPLAY = 3
"""Fewer characters than this on a numbered row are a piece of a display ("=", "Wi"), not one."""


def numbered_display(block: Block, layout: Layout) -> bool:
    """A short block alone on its row in its column but for an equation's number right of it: a display
    equation whose symbols `is_equation` does not count ("rb > c" numbered "(1)"). A display the layout
    cut into pieces on its row is left as it was."""
    text = block.text.strip()
    if not _SHORTEST_DISPLAY <= len(text.replace(" ", "")) <= _DISPLAY_LENGTH or _LONE_NUMBER.fullmatch(text):
        return False
    middle = (block.y0 + block.y1) / 2
    row = [
        b
        for b in layout.pages[block.page - 1].blocks
        if b is not block and b.column == block.column and b.y0 - 1 <= middle <= b.y1 + 1
    ]
    return len(row) == 1 and row[0].x0 >= block.x1 and _LONE_NUMBER.fullmatch(row[0].text.strip()) is not None


def equation(id_: str, text: str, block: Block, section: Section, after: int) -> Equation:
    """The equation after the `after` paragraphs its section has so far, its printed number taken off."""
    m = _EQUATION_NUMBER.search(text)
    label, text = (m.group(1), text[: m.start()].rstrip()) if m and m.start() > 0 else (None, text)
    return Equation(id_, text, location(block), label, section.id, after)


def with_numbers_on_their_equations(equations: list[Equation]) -> list[Equation]:
    """A display equation's number that the layout set apart as a block of its own ("(3)" at the column's
    right edge) is the label of the equation it stands level with, left of it; a number with no such
    equation stays as it was. Ids are given anew in reading order."""
    placed = [(e, e.location) for e in equations if e.location is not None and e.label is None]
    numbers = [(e, at) for e, at in placed if _LONE_NUMBER.fullmatch(e.text.strip())]
    owners = [(e, at) for e, at in placed if not _LONE_NUMBER.fullmatch(e.text.strip())]
    taken: set[int] = set()
    for number, at in numbers:
        x0, y0, _, y1 = at.bbox
        middle = (y0 + y1) / 2
        level = [
            (e, box)
            for e, box in owners
            if e.label is None
            and box.page == at.page
            and box.bbox[1] - 1 <= middle <= box.bbox[3] + 1
            and box.bbox[2] <= x0 + 1
        ]
        if level:
            owner, box = max(level, key=lambda pair: pair[1].bbox[2])
            owner.label = number.text.strip()
            owner.location = Location(at.page, around([box.bbox, at.bbox]))
            taken.add(id(number))
    kept = [e for e in equations if id(e) not in taken]
    for k, e in enumerate(kept):
        e.id = f"formula_{k}"
    return kept
