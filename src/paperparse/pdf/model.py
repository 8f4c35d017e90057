"""What the PDF layer hands up: pages of lines of words, each with its font and box.

Boxes are [x0, y0, x1, y1] in PDF points with the origin at the page's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class Font:
    name: str
    size: float
    bold: bool
    italic: bool


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    font: Font
    rise: int = 0
    """+1 raised (superscript), -1 lowered (subscript), 0 on the baseline; set when lines are built."""
    space_after: bool = True
    """False when the next word touches this one (a font change inside a word, e.g. "x" + superscript)."""


@dataclass(slots=True)
class Line:
    words: list[Word]
    page: int
    rotated: bool = False

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)

    @property
    def text(self) -> str:
        parts: list[str] = []
        for w in self.words:
            parts.append(w.text)
            if w.space_after:
                parts.append(" ")
        return "".join(parts).rstrip()

    @property
    def size(self) -> float:
        """The size of the line's main text: that of its longest run of baseline words."""
        best: dict[float, int] = {}
        for w in self.words:
            if w.rise == 0:
                best[w.font.size] = best.get(w.font.size, 0) + len(w.text)
        if not best:
            return self.words[0].font.size
        return max(best, key=best.__getitem__)

    @property
    def font(self) -> Font:
        sized = [w for w in self.words if w.rise == 0] or self.words
        return max(sized, key=lambda w: len(w.text)).font


@dataclass(slots=True)
class Page:
    number: int
    """1-based."""
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    has_text: bool = True
    links: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list)
    """URI link annotations: (uri, box)."""
    graphics: list[tuple[float, float, float, float]] = field(default_factory=list)
    """Boxes of the page's drawings and images, those that touch merged: where figures and table rules are."""
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    """Boxes of the page's thin horizontal and vertical drawings, one each, unmerged: a table's rules
    (booktabs' top, mid and bottom rules, \\cmidrule segments, a grid's lines)."""


@dataclass(slots=True)
class PdfContent:
    pages: list[Page]
    sha256: str
