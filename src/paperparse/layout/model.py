"""Blocks in reading order: what the header, body and reference parsers read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from paperparse.pdf.model import Font, Line, Page
from paperparse.pdf.text_normalize import join_lines_at

Box = tuple[float, float, float, float]


def box_within(inner: Box, outer: Box, slack: float = 1.0) -> bool:
    """`inner` lies inside `outer`, give or take `slack` points on every side."""
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


@dataclass(slots=True)
class Block:
    """A run of lines, built once: its lines are a tuple, so the text computed from them cannot go stale."""

    lines: tuple[Line, ...]
    page: int
    column: int
    """0-based column index in its band; -1 when the block spans columns."""
    kind: str = "text"
    """text | running (running head/foot, page number) | margin (rotated stamps and side notes)."""
    zone: str = "body"
    """front | body | references | back, set by `find_zones` (`rezoned` makes copies in another zone)."""
    vocabulary: frozenset[str] = frozenset()
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _bbox: tuple[float, float, float, float] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _word_counts: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)
    _flat: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lines = tuple(self.lines)  # callers may hand a list; the block must not share it

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """The box around its lines, computed on first use and kept (blocks are compared often, in pairs)."""
        if self._bbox is None:
            x0s, y0s, x1s, y1s = zip(*[ln.bbox for ln in self.lines], strict=True)  # one pass, no generators
            self._bbox = (min(x0s), min(y0s), max(x1s), max(y1s))
        return self._bbox

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y0(self) -> float:
        return self.bbox[1]

    @property
    def y1(self) -> float:
        return self.bbox[3]

    @property
    def text(self) -> str:
        """The block's lines joined, line-end hyphenation undone; joined on first use, then kept."""
        if self._text is None:
            self._join()
        return self._text  # type: ignore[return-value]

    @property
    def line_starts(self) -> tuple[int, ...]:
        """Where each line starts in `text` (see `join_lines_at`): spans of the text lead back to words."""
        if self._text is None:
            self._join()
        return self._starts

    @property
    def flat_text(self) -> str:
        """`text` with each run of whitespace one space, ends stripped: the heading and caption rules match
        it, asking it of one block many times, so it is collapsed once."""
        if self._flat is None:
            self._flat = " ".join(self.text.split())
        return self._flat

    def _join(self) -> None:
        self._text, self._starts = join_lines_at([ln.text for ln in self.lines], self.vocabulary)

    @property
    def word_counts(self) -> tuple[int, int]:
        """Its words, and those with two letters or more: whether it reads as prose is asked of a block
        thousands of times per document, so they are counted once."""
        if self._word_counts is None:
            words = [w.text for line in self.lines for w in line.words]
            self._word_counts = (len(words), sum(1 for w in words if sum(c.isalpha() for c in w) >= 2))
        return self._word_counts

    def with_lines(self, lines: Sequence[Line]) -> Block:
        """A block of other lines in this one's place (a cut of it, or it joined to the next): its page,
        column, kind, zone and vocabulary kept."""
        return Block(tuple(lines), self.page, self.column, self.kind, self.zone, self.vocabulary)

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def font(self) -> Font:
        return self.lines[0].font


@dataclass(slots=True)
class PageLayout:
    page: Page
    columns: list[tuple[float, float]]
    """x-ranges of the text columns found on the page."""
    blocks: list[Block] = field(default_factory=list)
    column_edges: dict[int, tuple[float, float]] = field(default_factory=dict)
    """Per column index (-1: full width), where its text lines start and end."""

    @property
    def foot(self) -> float:
        """Where the page's foot starts, from the top: footnotes (and first-page affiliations) stand below."""
        return PAGE_FOOT * self.page.height


PAGE_FOOT = 0.6
"""The share of a page's height above its foot."""


@dataclass(slots=True)
class Layout:
    pages: list[PageLayout]
    body_size: float
    """The font size of most of the document's text."""
    vocabulary: frozenset[str]
    """Lowercased words and hyphenated compounds seen in the document, for de-hyphenation."""

    @property
    def blocks(self) -> list[Block]:
        return [b for p in self.pages for b in p.blocks]

    def text_blocks(self, zone: str | None = None) -> list[Block]:
        return [b for b in self.blocks if b.kind == "text" and (zone is None or b.zone == zone)]
