"""Footnotes: small print marked by a symbol, or at a page foot with a raised marker, and the rest of a
note that a page break carried over."""

from __future__ import annotations

import re

from paperparse.body.geometry import location
from paperparse.document import Footnote
from paperparse.layout import Block, Layout

NOTE_SYMBOLS = "*∗†‡§¶⋆★"
"""The symbols a note is marked with: asterisks (ASCII, math), daggers, section and pilcrow, and the stars
LNCS and Springer's classes mark \\thanks notes with ("⋆ Supported by …", "⋆⋆")."""
_FOOTNOTE_MARK = re.compile(rf"^(\d{{1,2}}(?!\d)|[{NOTE_SYMBOLS}#]+|[a-z](?=\s))\s*")
_FOOTNOTE_START = re.compile(rf"^\s*(\d{{1,2}}(?!\d)|[{NOTE_SYMBOLS}a-z])\s*\S+\s+\S+\s+\S+")


_VENUE_NOTICE = re.compile(
    r"^(?:submitted to|preprint\b|preliminary work\b|under review\b|proceedings of the\b|published as\b|"
    r"accepted (?:at|to|for|by)\b|\d+\s*(?:st|nd|rd|th)\s+(?:annual\s+)?conference on\b)",
    re.I,
)
"""What the ML conferences' classes print unmarked at the first page's foot: "Submitted to 31st
Conference on Neural Information Processing Systems (NIPS 2017). Do not distribute.", ICML's
"Proceedings of the 43rd International Conference on Machine Learning, … Copyright 2026 by the
author(s).", "Preliminary work. Under review by …", "Preprint. Under review."."""


def is_footnote(block: Block, layout: Layout) -> bool:
    """Small print that starts with a symbol marker, or at the foot of a page with a raised one; or a
    venue's notice under all the text of its width (`_VENUE_NOTICE`)."""
    page = layout.pages[block.page - 1]
    if block.size >= layout.body_size - 0.5:
        return False
    if _VENUE_NOTICE.match(block.text):
        return block.y0 > page.foot and not _text_below(block, layout)
    if not _FOOTNOTE_START.match(block.text):
        return False
    first = block.lines[0].words[0]
    symbol = block.text.lstrip()[:1] in NOTE_SYMBOLS
    # symbol-marked small print is a note wherever it sits (table notes sit under their table)
    return symbol or (block.y0 > page.foot and first.rise == 1) or is_foot_note(block, layout)


_FOOT_NOTE_START = re.compile(rf"^\s*(?:\d{{1,2}}\s+|[{NOTE_SYMBOLS}]\s*)(?P<initial>\w)")
"""A note's number and a space, or a symbol, then a word that a capital opens ("1 University of
Bergen"): a number run into letters ("36B4 forward primers") or before a lowercase word ("18 primers)",
a subscript that ends the line above) is a table's cell, unless the number is raised."""


def is_foot_note(block: Block, layout: Layout) -> bool:
    """A footnote by where it stands, whatever its marker's rise: small print at the foot of its page,
    under all the text of the text's size that shares its width (a rule or a gap above it), opening on
    a number or a symbol and then words ("1 University of Bergen, Norway" as many templates set it,
    the number on the line). A numbered heading is never set so; a table's row opens on figures."""
    page_layout = layout.pages[block.page - 1]
    if block.size >= layout.body_size - 0.5 or block.y0 < page_layout.foot:
        return False
    start = _FOOT_NOTE_START.match(block.text)
    marked = block.lines[0].words[0].rise == 1 or start is not None and start["initial"].isupper()
    if not marked or not _FOOTNOTE_START.match(block.text):
        return False
    return not _text_below(block, layout)


def _text_below(block: Block, layout: Layout) -> bool:
    """Text of the text's size under the block, within its width."""
    return any(
        b.kind == "text"
        and b.y0 > block.y1
        and abs(b.size - layout.body_size) < 0.5
        and b.x0 < block.x1
        and block.x0 < b.x1
        for b in layout.pages[block.page - 1].blocks
    )


def footnote(block: Block) -> Footnote:
    text = block.flat_text
    m = _FOOTNOTE_MARK.match(text)
    if m is None:
        return Footnote(text, location(block))
    return Footnote(text[m.end() :].strip(), location(block), m.group(1))


def is_footnote_tail(block: Block, layout: Layout, last: Footnote) -> bool:
    """The rest of the previous page's last footnote: small print, lowest in its column, no marker."""
    page_layout = layout.pages[block.page - 1]
    if last.location is None or last.location.page != block.page - 1 or last.text.endswith("."):
        return False
    if block.size >= layout.body_size - 0.5 or block.y0 < page_layout.foot:
        return False
    if not block.text[:1].islower() or len(block.text.split()) < 5:
        return False
    return not any(
        b.kind == "text" and b.column == block.column and b.y0 > block.y1 and b is not block
        for b in page_layout.blocks
    )


def front_footnotes(layout: Layout) -> list[Footnote]:
    """Notes of the first page's front matter that carry a symbol marker ("† equal contribution")."""
    return [
        footnote(b)
        for b in layout.text_blocks("front")
        if b.size < layout.body_size and b.text.lstrip()[:1] in "†‡§¶" and len(b.text.split()) >= 3
    ]
