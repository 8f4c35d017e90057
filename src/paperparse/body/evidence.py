"""What the page-segmentation model says about a block: evidence beside the layout rules, not a verdict.

The rules recognise headings, captions and paragraphs by their print (size, weight, numbering, where a
block stands); a table's column head or a figure's label can look the same. The model has read every
line of the page in sequence with its neighbours, so where it is confident a line is something else, the
rules' reading yields.
"""

from __future__ import annotations

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
    text's own type, and stays."""
    if segmentation is None or block.size >= layout.body_size - 0.5:
        return False
    return segmentation.label(block.lines[0]) in FRONT_NOTE
