"""Where body blocks sit: their locations, and whether a block shares its row with another (a table row)."""

from __future__ import annotations

from paperparse.document import Location
from paperparse.layout import Block, Layout


def location(block: Block) -> Location:
    return Location(block.page, block.bbox)


def union(location_: Location | None, block: Block) -> Location:
    """The box around `location_` and `block` when they are on one page; else the first of them."""
    if location_ is None or location_.page != block.page:
        return location_ or location(block)
    x0, y0, x1, y1 = location_.bbox
    return Location(
        location_.page, (min(x0, block.x0), min(y0, block.y0), max(x1, block.x1), max(y1, block.y1))
    )


def shares_row(block: Block, layout: Layout) -> bool:
    """Whether another block of the same column sits beside this one: the mark of a table row."""
    for other in layout.pages[block.page - 1].blocks:
        if other is block or other.column != block.column or other.kind != "text":
            continue
        overlap = min(other.y1, block.y1) - max(other.y0, block.y0)
        if overlap > 0.5 * min(other.y1 - other.y0, block.y1 - block.y0) and (
            other.x0 >= block.x1 or other.x1 <= block.x0
        ):
            return True
    return False
