"""Footnote and affiliation marks in bylines: a raised "1", "*" or "a" is written "^1" in the text
the name and affiliation rules read, so that splitting can keep it."""

from __future__ import annotations

import re

from paperparse.layout import Block
from paperparse.pdf.model import Line, Word

SYMBOLS = "*∗⁎†‡§¶⋆★☆⇑◦"
"""The symbols a footnote or note mark is set in: asterisks (ASCII, math, low), daggers, section and
pilcrow, the stars LNCS and others print for \\thanks ("Ann Lee⋆", "⋆⋆"), the white bullet some
ACL-era bylines mark an affiliation with ("Emily Prud'hommeaux ◦"), and the double arrow Elsevier's
journals set after the corresponding author ("A. Hassani ⇑")."""
MARKER = re.compile(rf"^(?=.{{1,16}}$)(?:\d{{1,3}}[A-Z]?|[{SYMBOLS}#a-z,])+$")  # "1", "a", "1,2*", "53A,53C"


ORCID = re.compile(r"\[?\b\d{4}[-−‐–](?:\d{4}[-−‐–]){2}\d{3}[\dX]\b\]?")
"""An ORCID iD printed after a name: LNCS's \\orcidID sets it raised in brackets after the affiliation
mark ("Ann Lee^1[0000−0002−1825−0097]"), its hyphens as minus signs. An identifier, no part of a name."""


_SMALL_MARK = re.compile(
    rf"^(?:\d{{1,3}}[A-Z]?|[{SYMBOLS}a-z])(?:,(?:\d{{1,3}}[A-Z]?|[{SYMBOLS}a-z]))*[{SYMBOLS}]*$"
)
"""A marker that may be read from its type alone: numbers, symbols or single letters, comma-joined."""


def raised(word: Word, line: Line) -> bool:
    """A raised mark after a name: measured so, or, on a line whose rise was not measured because its
    small type outweighs the names (LNCS's ORCID iDs: "Petrović 3[0000-…], and Eun-Ji Park 3"), a
    marker set smaller than the line's largest words."""
    if word.rise == 1:
        return True
    if word.rise != 0 or any(w.rise for w in line.words) or not _SMALL_MARK.match(word.text):
        return False
    return word.font.size < 0.85 * max(w.font.size for w in line.words)


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUPERSCRIPT_MARK = re.compile(rf"^(.*\w)([{_SUPERSCRIPTS}]+(?:,[{_SUPERSCRIPTS}]+)*)(,?)$")
"""A name with its mark in superscript characters ("Ann Lee¹,", as word processors may print it): no
raised glyph to measure, the characters say it."""


def marked_text(block: Block) -> str:
    """The block's text with raised markers written as "^1" so that splitting can keep them. ORCID iDs
    are dropped and the mark glued before one ("1[0000-…]") is a marker even where the line's rise was
    not measured (the iDs' small type can outweigh the names' in a line)."""
    parts = []
    for line in block.lines:
        for w in line.words:
            text = w.text.replace(" ", "")
            marked = raised(w, line) or bool(ORCID.search(text))
            bare = ORCID.sub("", text)
            superscript = None if marked else _SUPERSCRIPT_MARK.match(text)
            if superscript:
                name, mark, comma = superscript.groups()
                parts.append(f"{name} ^{mark.translate(_SUPERSCRIPT_DIGITS)} {comma}")
                parts.append(" " if w.space_after else "")
            elif marked and bare and MARKER.match(bare):
                parts.append(" ^" + bare + " ")
            elif marked and not bare:
                parts.append(" ")
            else:
                parts.append(w.text + (" " if w.space_after else ""))
        parts.append("\n")
    return "".join(parts)


LONE_MARKER = re.compile(rf"^\s*\^?(\d{{1,2}}|[a-z]|[{SYMBOLS}])\s*$")
