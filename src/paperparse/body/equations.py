"""Display equations: short blocks dense in mathematical symbols, or with a printed number at their end."""

from __future__ import annotations

import re

from paperparse.body.geometry import location
from paperparse.document import Equation, Section
from paperparse.layout import Block

_EQUATION_CHARS = set("=+−∑∫∂≤≥≈∝×·∈αβγδθλμσφψω^_{}()|/")
_EQUATION_NUMBER = re.compile(r"\s*(\(\d+[a-z]?\))\s*$")


def is_equation(block: Block) -> bool:
    text = block.text
    if len(text) > 300 or len(text) < 3:
        return False
    symbols = sum(1 for c in text if c in _EQUATION_CHARS)
    letters = sum(1 for c in text if c.isalpha())
    numbered = _EQUATION_NUMBER.search(text) is not None
    return symbols >= 2 and (symbols > 0.15 * len(text) or (numbered and letters < 0.6 * len(text)))


def equation(id_: str, text: str, block: Block, section: Section, after: int) -> Equation:
    """The equation after the `after` paragraphs its section has so far, its printed number taken off."""
    m = _EQUATION_NUMBER.search(text)
    label, text = (m.group(1), text[: m.start()].rstrip()) if m and m.start() > 0 else (None, text)
    return Equation(id_, text, location(block), label, section.id, after)
