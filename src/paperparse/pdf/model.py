"""What the PDF layer hands up: pages of lines of words, each with its font and box.

Boxes are [x0, y0, x1, y1] in PDF points with the origin at the page's top-left corner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter


@dataclass(slots=True, frozen=True)
class Font:
    name: str
    size: float
    bold: bool
    italic: bool

    @property
    def size_estimated(self) -> bool:
        """An OCR text layer's size (Tesseract's and OCRmyPDF's invisible GlyphLessFont): whole points
        guessed from each line's box, so lines of one type differ by a point with their ascenders and
        descenders, and no weight or slant is known."""
        return self.name == "GlyphLessFont"


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


_BOX = frozenset(("x0", "y0", "x1", "y1", "bbox"))
_X0, _Y0, _X1, _Y1 = (attrgetter(name) for name in ("x0", "y0", "x1", "y1"))
_TEXT, _SPACE_AFTER = attrgetter("text"), attrgetter("space_after")
_STYLE = frozenset(("size", "font"))


class Line:
    """A line of words, with its box, text, main font size and font measured from the words once.

    Layout, segmentation, header and body read these values hundreds of thousands of times per document;
    each is computed on first read and kept. So they cannot go stale, the words are a tuple and are replaced
    only by assigning `words`, which forgets the measurements. A Word is not changed once it is in a Line
    (the PDF layer marks raised words before it hands lines up).
    """

    __slots__ = ("_words", "page", "rotated", "x0", "y0", "x1", "y1", "bbox", "text", "size", "font")
    page: int
    rotated: bool
    x0: float
    y0: float
    x1: float
    y1: float
    bbox: tuple[float, float, float, float]
    text: str
    size: float
    """The size of the line's main text: that of its longest run of baseline words."""
    font: Font
    """The font of its longest baseline word."""

    def __init__(self, words: Iterable[Word], page: int, rotated: bool = False) -> None:
        self._words = tuple(words)
        self.page = page
        self.rotated = rotated

    @property
    def words(self) -> tuple[Word, ...]:
        return self._words

    @words.setter
    def words(self, words: Iterable[Word]) -> None:
        self._words = tuple(words)
        for name in (*_BOX, *_STYLE, "text"):
            try:
                delattr(self, name)
            except AttributeError:  # not measured yet
                pass

    def __getattr__(self, name: str) -> object:
        """Reached only when a measurement is not made yet (a slot that is set is read directly)."""
        if name in _BOX:
            self._measure_box()
        elif name in _STYLE:
            self._measure_style()
        elif name == "text":
            self._measure_text()
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return object.__getattribute__(self, name)

    def _measure_box(self) -> None:
        words = self._words
        self.x0 = x0 = min(map(_X0, words))
        self.y0 = y0 = min(map(_Y0, words))
        self.x1 = x1 = max(map(_X1, words))
        self.y1 = y1 = max(map(_Y1, words))
        self.bbox = (x0, y0, x1, y1)

    def _measure_text(self) -> None:
        words = self._words
        if all(map(_SPACE_AFTER, words)):
            self.text = " ".join(map(_TEXT, words)).rstrip()
            return
        parts: list[str] = []
        for w in words:
            parts.append(w.text)
            if w.space_after:
                parts.append(" ")
        self.text = "".join(parts).rstrip()

    def _measure_style(self) -> None:
        chars: dict[float, int] = {}
        longest, most = None, -1  # the first longest baseline word
        for w in self._words:
            if w.rise == 0:
                n = len(w.text)
                chars[w.font.size] = chars.get(w.font.size, 0) + n
                if n > most:
                    longest, most = w, n
        if longest is None:  # every word raised or lowered
            self.size = self._words[0].font.size
            self.font = max(self._words, key=lambda w: len(w.text)).font
            return
        self.size = max(chars, key=chars.__getitem__)
        self.font = longest.font

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return (self._words, self.page, self.rotated) == (other._words, other.page, other.rotated)

    __hash__ = None  # type: ignore[assignment]  # equal by value, like the words it holds

    def __repr__(self) -> str:
        return f"Line(words={list(self._words)!r}, page={self.page!r}, rotated={self.rotated!r})"


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
