"""Where body blocks sit: their locations, and whether a block shares its row with another (a table row)."""

from __future__ import annotations

from paperparse.document import BBox, Location
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


def around(boxes: list[BBox]) -> BBox:
    """The box around `boxes`."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def shares_row(block: Block, layout: Layout, smallest: float = 0.0) -> bool:
    """Whether another block of the same column sits beside this one: the mark of a table row. Blocks set
    smaller than `smallest` times the block's size do not count (a plot's tick labels beside a heading
    that the text wraps around are no cells of its row)."""
    x0, y0, x1, y1 = block.bbox
    for other in layout.pages[block.page - 1].blocks:
        ox0, oy0, ox1, oy1 = other.bbox  # the rows test first: it rejects nearly every block of the page
        if oy1 <= y0 or oy0 >= y1:
            continue
        if (
            min(oy1, y1) - max(oy0, y0) > 0.5 * min(oy1 - oy0, y1 - y0)
            and (ox0 >= x1 or ox1 <= x0)
            and other is not block
            and other.column == block.column
            and other.kind == "text"
            and other.size >= smallest * block.size
        ):
            return True
    return False
