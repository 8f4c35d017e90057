"""A page's text set sideways (a table turned a quarter to fit the page, LaTeX's sidewaystable), read in
its own frame: turned so that its lines run left to right, top to bottom, as upright text does.

PDFium hands the turned words up with their boxes on the page (tall and narrow) and flags their lines
rotated; the layout sets such lines aside. Turning the words' boxes a quarter back and grouping them
into lines again lets upright readers (a table's rows and columns) read them; `Turn.to_page` takes a box
of the turned frame back to the page's points, where every element's place is given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from paperparse.pdf.model import Line, Page, Word

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Turn:
    """A quarter turn of one page: `upward` when its turned text reads from the page's foot to its head
    (turned anticlockwise, as sidewaystable sets it), else from head to foot."""

    width: float
    height: float
    upward: bool

    def to_frame(self, box: BBox) -> BBox:
        """A box on the page, in the turned frame."""
        x0, y0, x1, y1 = box
        if self.upward:
            return (self.height - y1, x0, self.height - y0, x1)
        return (y0, self.width - x1, y1, self.width - x0)

    def to_page(self, box: BBox) -> BBox:
        """A box of the turned frame, on the page."""
        x0, y0, x1, y1 = box
        if self.upward:
            return (y0, self.height - x1, y1, self.height - x0)
        return (self.width - y1, x0, self.width - y0, x1)


def turned_text(page: Page) -> tuple[Page, Turn] | None:
    """The page's rotated lines as a page of upright lines in their own frame (rules turned with them),
    and the turn that takes its boxes back; None when the page has no rotated text."""
    rotated = [ln for ln in page.lines if ln.rotated and len(ln.words) > 1]
    if not rotated:
        return None
    # the words of a turned line run up the page (anticlockwise) or down it
    rising = sum(1 for ln in rotated if ln.words[-1].y1 < ln.words[0].y1)
    turn = Turn(page.width, page.height, upward=2 * rising >= len(rotated))
    words = []
    for ln in rotated:
        for w in ln.words:
            x0, y0, x1, y1 = turn.to_frame((w.x0, w.y0, w.x1, w.y1))
            words.append(replace(w, x0=x0, y0=y0, x1=x1, y1=y1))
    frame = Page(
        page.number,
        page.height,
        page.width,
        lines=_lines(words, page.number),
        rules=[turn.to_frame(r) for r in page.rules],
    )
    return frame, turn


def _lines(words: list[Word], page: int) -> list[Line]:
    """Words grouped into lines (their middles within half a word's height), each read left to right,
    top to bottom."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: ((w.y0 + w.y1) / 2, w.x0)):
        middle = (w.y0 + w.y1) / 2
        if lines:
            last = lines[-1]
            last_middle = sum((v.y0 + v.y1) / 2 for v in last) / len(last)
            if abs(middle - last_middle) < 0.5 * (w.y1 - w.y0):
                last.append(w)
                continue
        lines.append([w])
    return [Line(sorted(ws, key=lambda w: w.x0), page) for ws in lines]
