"""Paragraphs: where running text goes on across a column or page break, and where a boxed insert cuts it."""

from __future__ import annotations

import re

from paperparse.doi import PREFIX
from paperparse.layout import Block
from paperparse.layout.trace import TextTrace

LONE_DOI = re.compile(rf"DOI:?\s*{PREFIX}\S+", re.IGNORECASE)
_CLOSING_FRAGMENT = re.compile(r"^[^\s(]*\)")  # "2005) and of …": the end of a parenthesis opened earlier

Texts = dict[str, list[TextTrace]]
"""Per part id, its texts as traces (text and the words of the layout it was read from): a section's
paragraphs, a figure's or a table's caption (one)."""


def is_closed(paragraph: str) -> bool:
    """Whether a paragraph ends where a sentence can."""
    return paragraph.endswith((".", "!", "?", ":"))


def continues_paragraph(previous: str, text: str) -> bool:
    """Whether `text` goes on with the paragraph before it, cut by a column or a page break: that one
    stopped mid-sentence and this one starts in lowercase or a bracket, or that one stopped where no
    sentence can (after a comma, a semicolon, a dash, inside parentheses: "(Smith, 2003;" | "Lee, 2010)")."""
    if is_closed(previous):
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
