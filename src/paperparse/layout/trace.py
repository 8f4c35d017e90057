"""Texts assembled from blocks that remember where each stretch came from.

A paragraph is built from pieces of blocks (a block, the rest of a block after a run-in heading, a block
continued in the next column); a trace keeps, beside the text, which block and which characters of its
text each piece is, so any span of the text leads back to the words it was read from and to their boxes:
a paragraph's boxes, a citation marker's box. Nothing is searched again afterwards.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from paperparse.layout.model import Block
from paperparse.pdf.model import Line, Word
from paperparse.pdf.text_normalize import joint

Box = tuple[float, float, float, float]
Placed = tuple[int, Box]
"""A box on a page: (page, [x0, y0, x1, y1])."""

RUN_GAP = 1.5
"""Lines further apart than this many line heights are separate runs (a figure or a box between them)."""


@dataclass(slots=True, frozen=True)
class _Piece:
    start: int
    """Where the piece starts in the trace's text."""
    block: Block
    offset: int
    """Where it starts in the block's text."""
    length: int


@dataclass(slots=True)
class TextTrace:
    """A text built by appending stretches of blocks' texts, each remembered with its block."""

    text: str = ""
    _pieces: list[_Piece] = field(default_factory=list)
    _runs: list[Placed] | None = field(default=None, repr=False, compare=False)
    """`runs()`, kept until the text changes: the body, its table words and the citations each ask it."""

    def add(self, text: str, block: Block, offset: int = 0) -> None:
        """Append `text`, which is `block.text[offset:]` onwards, after a space when the trace has text, or
        across a line-end hyphen as a block's own lines are joined (a paragraph broken at a column's foot)."""
        self._runs = None
        if self.text:
            drop, separator = joint(self.text, text, block.vocabulary)
            if drop:
                self.delete(len(self.text) - 1, len(self.text))
            self.text += separator
        self._pieces.append(_Piece(len(self.text), block, offset, len(text)))
        self.text += text

    def delete(self, start: int, end: int) -> None:
        """Drop text[start:end] (a caption's tail, a "continued on next page" note); the rest keeps its origins."""
        self._runs = None
        cut = end - start
        pieces: list[_Piece] = []
        for p in self._pieces:
            p_end = p.start + p.length
            if p_end <= start:
                pieces.append(p)
            elif p.start >= end:
                pieces.append(_Piece(p.start - cut, p.block, p.offset, p.length))
            else:  # the cut falls in the piece: keep what comes before it and what comes after it
                if p.start < start:
                    pieces.append(_Piece(p.start, p.block, p.offset, start - p.start))
                if p_end > end:
                    pieces.append(_Piece(start, p.block, p.offset + end - p.start, p_end - end))
        self._pieces = pieces
        self.text = self.text[:start] + self.text[end:]

    def remove(self, pattern: re.Pattern[str]) -> None:
        """`pattern.sub("", text)`, the trace kept."""
        for m in reversed(list(pattern.finditer(self.text))):
            self.delete(m.start(), m.end())

    def strip(self) -> None:
        """`text.strip()`, the trace kept."""
        self.delete(len(self.text.rstrip()), len(self.text))
        self.delete(0, len(self.text) - len(self.text.lstrip()))

    def span_boxes(self, start: int, end: int) -> list[Placed]:
        """The boxes of the words behind text[start:end], one per line they sit on (per part of a line,
        when a cut took words out of the middle)."""
        return [(block.page, _union(words)) for block, _, words in self._lines(start, end) if words]

    def runs(self) -> list[Placed]:
        """The boxes of the whole text, one per run of consecutive lines in one column of one page."""
        if self._runs is None:
            self._runs = self._read_runs()
        return list(self._runs)

    def _read_runs(self) -> list[Placed]:
        out: list[Placed] = []
        key: tuple[int, int] | None = None
        height = 0.0
        for block, line, words in self._lines(0, len(self.text)):
            if not words:
                continue
            box = line.bbox if len(words) == len(line.words) else _union(words)
            if out and key == (block.page, block.column) and box[1] - out[-1][1][3] < RUN_GAP * height:
                x0, y0, x1, y1 = out[-1][1]
                out[-1] = (block.page, (min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3])))
            else:
                out.append((block.page, box))
            key, height = (block.page, block.column), box[3] - box[1]
        return out

    def _lines(self, start: int, end: int) -> Iterator[tuple[Block, Line, list[Word]]]:
        """Each line under text[start:end] with the words of it that the span covers."""
        for piece in self._pieces:
            lo, hi = max(start, piece.start), min(end, piece.start + piece.length)
            if lo >= hi:
                continue
            lo, hi = lo - piece.start + piece.offset, hi - piece.start + piece.offset  # in the block's text
            block = piece.block
            starts = block.line_starts
            for k in range(max(0, bisect_right(starts, lo) - 1), len(starts)):
                if starts[k] >= hi:
                    break
                line_end = starts[k + 1] if k + 1 < len(starts) else len(block.text)
                whole = lo <= starts[k] and hi >= line_end
                line = block.lines[k]
                yield block, line, line.words if whole else _covered(line, lo - starts[k], hi - starts[k])


def _covered(line: Line, lo: int, hi: int) -> list[Word]:
    """The words of `line` whose characters overlap [lo, hi) of the line's text."""
    out: list[Word] = []
    at = 0
    for word in line.words:
        end = at + len(word.text)
        if end > lo and at < hi:
            out.append(word)
        at = end + (1 if word.space_after else 0)
    return out


def _union(words: list[Word]) -> Box:
    return (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )
