"""A table's cells laid out on its slots, row by row: what TEI rows, Markdown/HTML tables and CSV need.

The data model keeps each cell once, at its top-left slot with its spans; the text formats walk the
grid slot by slot and must know, at each slot, whether a cell starts there, a span covers it, or
nothing does. The grid is made large enough for every cell, whatever `n_rows` and `n_cols` say, so a
cell never falls off the table; a cell starting on a slot another cell already holds (a malformed grid)
has its text joined to that cell's, so no text is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from paperparse.document import TableContent


@dataclass(slots=True)
class Slot:
    """One slot: `start` when a cell begins here (with its text, spans and header flag), `covered` when
    another cell's span reaches over it, neither when it is empty."""

    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    start: bool = False
    covered: bool = False


def layout(content: TableContent) -> list[list[Slot]]:
    """The grid as rows of slots; empty when the content holds no cells."""
    cells = sorted(content.cells, key=lambda c: (c.row, c.col))
    if not cells:
        return []
    spans = [(max(0, c.row), max(0, c.col), max(1, c.rowspan), max(1, c.colspan)) for c in cells]
    n_rows = max([content.n_rows, *(r + h for r, _, h, _ in spans)])
    n_cols = max([content.n_cols, *(c + w for _, c, _, w in spans)])
    grid = [[Slot() for _ in range(n_cols)] for _ in range(n_rows)]
    owner: dict[tuple[int, int], Slot] = {}
    for cell, (row, col, rowspan, colspan) in zip(cells, spans, strict=True):
        holder = owner.get((row, col))
        if holder is not None:
            holder.text = f"{holder.text} {cell.text}".strip()
            continue
        slot = grid[row][col]
        slot.text, slot.header, slot.start = cell.text, cell.header, True
        slot.rowspan, slot.colspan = rowspan, colspan
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                if (r, c) not in owner:
                    owner[(r, c)] = slot
                    grid[r][c].covered = (r, c) != (row, col)
    return grid


def has_spans(grid: list[list[Slot]]) -> bool:
    """Whether any cell covers more than one slot (a format without spans cannot show this grid)."""
    return any(s.start and (s.rowspan > 1 or s.colspan > 1) for row in grid for s in row)
