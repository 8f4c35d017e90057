"""Paragraphs: where running text goes on across a column or page break, and where a boxed insert cuts it."""

from __future__ import annotations

import re

from paperparse.document import Location
from paperparse.doi import PREFIX
from paperparse.layout import Block
from paperparse.layout.trace import Placed, TextTrace

LONE_DOI = re.compile(rf"DOI:?\s*{PREFIX}\S+", re.IGNORECASE)
_CLOSING_FRAGMENT = re.compile(r"^[^\s(]*\)")
_WORD = re.compile(r"\S+")  # "2005) and of …": the end of a parenthesis opened earlier

Texts = dict[str, list[TextTrace]]
"""Per part id, its texts as traces (text and the words of the layout it was read from): a section's
paragraphs, a figure's or a table's caption (one)."""


def is_closed(paragraph: str) -> bool:
    """Whether a paragraph ends where a sentence can."""
    return paragraph.endswith((".", "!", "?", ":"))


_LIST_MARKS = "•◦▪‣∙●■–"
"""The marks a list's items open with (itemize's bullets, LNCS's en dash): an item is a paragraph of its
own, though the item before it ends in a semicolon or a comma."""


_ALGORITHM_LINE = re.compile(r"\d{1,3}:\s")
"""A line of an algorithm as algorithmic numbers it ("17: end if")."""


def is_algorithm_lines(block: Block) -> bool:
    """Every line of the block opens with an algorithm's line number ("5: while C.size > 1 do"): an
    algorithm's body that the layout left among the text, not running text."""
    return all(_ALGORITHM_LINE.match(line.text) for line in block.lines)


def continues_paragraph(previous: str, text: str) -> bool:
    """Whether `text` goes on with the paragraph before it, cut by a column or a page break: that one
    stopped mid-sentence and this one starts in lowercase or a bracket, or that one stopped where no
    sentence can (after a comma, a semicolon, a dash, inside parentheses: "(Smith, 2003;" | "Lee, 2010)");
    never a list's item (`_LIST_MARKS`)."""
    if is_closed(previous) or text[:1] in _LIST_MARKS:
        return False
    if text[:1].islower() or text[:1] in "([":
        return True
    return previous.endswith((",", ";", "–", "—")) or previous.count("(") > previous.count(")")


def opens_insert(block: Block, body_size: float) -> bool:
    """A box set into the running text ("eLife digest …", "Box 1 …"): it opens with a few words in bold,
    larger than the text, then the text goes on in the same block."""
    words = [w for line in block.lines for w in line.words]
    lead = 0
    while lead < len(words) and words[lead].font.bold and words[lead].font.size >= body_size + 1.5:
        lead += 1
    return 0 < lead <= 4 and lead < len(words)


def resumes(text: str) -> bool:
    """Whether a block starts mid-sentence, going on with a paragraph cut earlier."""
    return text[:1].islower() or bool(_CLOSING_FRAGMENT.match(text))


def in_region(box: Placed, regions: list[Location]) -> bool:
    """Whether a box's centre lies in one of the regions (on its page): the test a table applies to the
    words it reads as its cells."""
    page, (x0, y0, x1, y1) = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for region in regions:
        rx0, ry0, rx1, ry1 = region.bbox
        if region.page == page and rx0 <= cx <= rx1 and ry0 <= cy <= ry1:
            return True
    return False


def drop_table_words(trace: TextTrace, regions: list[Location]) -> None:
    """Take out of a paragraph the words that lie in a table's region: the table reads them as its cells,
    so the rows a text block kept (the layout set them among the running text) are not prose too; the
    block's lines outside the region stay where they were."""
    if not any(_overlaps(box, regions) for box in trace.runs()):
        return
    taken: list[tuple[int, int]] = []  # spans of consecutive words in a region, with the spaces between
    for m in _WORD.finditer(trace.text):
        if any(in_region(box, regions) for box in trace.span_boxes(m.start(), m.end())):
            if taken and not trace.text[taken[-1][1] : m.start()].strip():
                taken[-1] = (taken[-1][0], m.end())
            else:
                taken.append((m.start(), m.end()))
    for start, end in reversed(taken):
        trace.delete(start, end)
    if taken:
        trace.remove(_SPACES)
        trace.strip()


_SPACES = re.compile(r"(?<= ) +")
"""Spaces left doubled where words were taken out."""


def _overlaps(box: Placed, regions: list[Location]) -> bool:
    """Whether a box meets one of the regions (on its page): a cheap test before reading words."""
    page, (x0, y0, x1, y1) = box
    return any(
        r.page == page and x0 < r.bbox[2] and r.bbox[0] < x1 and y0 < r.bbox[3] and r.bbox[1] < y1
        for r in regions
    )
