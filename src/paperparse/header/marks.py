"""Footnote and affiliation marks in bylines: a raised "1", "*" or "a" is written "^1" in the text
the name and affiliation rules read, so that splitting can keep it."""

from __future__ import annotations

import re

from paperparse.layout import Block

SYMBOLS = "*∗⁎†‡§¶⋆★☆"
"""The symbols a footnote or note mark is set in: asterisks (ASCII, math, low), daggers, section and
pilcrow, and the stars LNCS and others print for \\thanks ("Ann Lee⋆", "⋆⋆")."""
MARKER = re.compile(rf"^(?=.{{1,16}}$)(?:\d{{1,3}}[A-Z]?|[{SYMBOLS}#a-z,])+$")  # "1", "a", "1,2*", "53A,53C"


def marked_text(block: Block) -> str:
    """The block's text with raised markers written as "^1" so that splitting can keep them."""
    parts = []
    for line in block.lines:
        for w in line.words:
            if w.rise == 1 and MARKER.match(w.text.replace(" ", "")):
                parts.append(" ^" + w.text.replace(" ", "") + " ")
            else:
                parts.append(w.text + (" " if w.space_after else ""))
        parts.append("\n")
    return "".join(parts)


LONE_MARKER = re.compile(rf"^\s*\^?(\d{{1,2}}|[a-z]|[{SYMBOLS}])\s*$")
