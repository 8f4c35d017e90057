"""What the page-segmentation model says about a block: evidence beside the layout rules, not a verdict.

The rules recognise headings, captions and paragraphs by their print (size, weight, numbering, where a
block stands); a table's column head or a figure's label can look the same. The model has read every
line of the page in sequence with its neighbours, so where it is confident a line is something else, the
rules' reading yields.
"""

from __future__ import annotations

import re

from paperparse.layout import Block, Layout
from paperparse.pdf.model import Line
from paperparse.segmentation import Segmentation

CONFIDENT = 0.9
"""The model's probability for its label above which its label overrides a rule's reading."""

TABLE_TEXT = frozenset({"table"})
"""The model's label for the text inside a table (cells, rows, column heads)."""


def confident_label(segmentation: Segmentation | None, line: Line, at_least: float = CONFIDENT) -> str | None:
    """The model's label for `line` when its probability is `at_least`, else None (also without a model)."""
    return segmentation.confident_label(line, at_least) if segmentation is not None else None


def reads_as(
    segmentation: Segmentation | None, block: Block, kinds: frozenset[str], at_least: float = CONFIDENT
) -> bool:
    """Whether the model reads the block's first line as one of `kinds`, with probability `at_least`."""
    return confident_label(segmentation, block.lines[0], at_least) in kinds


FRONT_NOTE = frozenset({"other", "keywords"})
"""The model's labels for the front matter's notes: a citation format, classification codes, keywords."""


def is_front_note(block: Block, layout: Layout, segmentation: Segmentation | None) -> bool:
    """A note of the front matter that no heading precedes ("ACM Reference Format:" and the citation
    under it, the rest of a keywords line): set smaller than the text, and read by the model as no part
    of it (its likeliest label, however unsure: small print before the first heading is the front
    matter's or a footnote's). eLife's pages read as `other` throughout, but its opening text is in the
    text's own type, and stays. In the text's type, classification codes ("PACS numbers: ...") and the
    terms under a keywords label are the front matter's too: as the body's text they would open an
    untitled section, which reads as a heading without a title."""
    if (
        _CODES.match(block.text)
        or _CITATION_FORMAT.match(block.text)
        or _keywords_value(block, layout, segmentation)
    ):
        return True
    if segmentation is None or block.size >= layout.body_size - 0.5:
        return False
    return segmentation.label(block.lines[0]) in FRONT_NOTE


_CODES = re.compile(
    r"^\s*(?:PACS|MSC|JEL|(?:\d{4}\s+)?(?:Mathematics|AMS)\s+Subject\s+Classifications?)\b", re.I
)
"""The label of a paper's classification codes (physics' PACS, mathematics' MSC, economics' JEL)."""
_CITATION_FORMAT = re.compile(r"^\s*ACM Reference Format\b")
"""The label of how to cite the paper, which acmart prints before the first heading (in bold, as the model
may read a heading); the citation under it is its note's text (`continues_note`)."""


def continues_note(note: Block | None, block: Block, layout: Layout) -> bool:
    """The block goes on with the front `note` right above it: the citation under "ACM Reference Format:",
    over one block or more, in the note's small print, in its column, no wider a space above it than a
    line's."""
    if note is None or block.page != note.page or block.column != note.column:
        return False
    small = block.size < layout.body_size - 0.5 and abs(block.size - note.size) <= 0.3
    return small and 0 <= block.y0 - note.y1 < note.size and block.x0 < note.x1 and note.x0 < block.x1


_VALUE_LINES = 2
"""The most lines of the terms that a keywords label heads on a line of its own."""


def _keywords_value(block: Block, layout: Layout, segmentation: Segmentation | None) -> bool:
    """The block is the terms of a keywords entry whose label the model reads on the line right above it
    ("KEYWORDS" over "Personal Informatics; Self-logging; ..."; IEEE Access's "INDEX TERMS ..." wrapped
    onto a second line): a short list, no sentence, the model reading the line above it as keywords."""
    if segmentation is None or len(block.lines) > _VALUE_LINES or _SENTENCE.search(block.text):
        return False
    first = block.lines[0]
    above = [
        ln
        for b in layout.pages[block.page - 1].blocks
        for ln in b.lines
        if ln.y1 <= first.y0 + 0.5 and first.y0 - ln.y1 < first.size and ln.x0 < first.x1 and ln.x1 > first.x0
    ]
    return bool(above) and segmentation.label(max(above, key=lambda ln: ln.y1)) == "keywords"


_SENTENCE = re.compile(r"[a-z]{2}\.\s+[A-Z]")
