"""Where header parts are: the box of a run of blocks, and the identity of their lines (blocks are
rebuilt, lines are shared, so lines are what two readings of the page compare)."""

from __future__ import annotations

from paperparse.document import Location
from paperparse.layout import Block


def location(blocks: list[Block]) -> Location:
    """The page and box that the blocks cover together."""
    return Location(
        blocks[0].page,
        (
            min(b.x0 for b in blocks),
            min(b.y0 for b in blocks),
            max(b.x1 for b in blocks),
            max(b.y1 for b in blocks),
        ),
    )


def line_ids(blocks: list[Block]) -> set[int]:
    """The identities of the blocks' lines: blocks are rebuilt by each reading, their lines are not."""
    return {id(ln) for b in blocks for ln in b.lines}
