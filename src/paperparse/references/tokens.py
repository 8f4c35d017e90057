"""The one tokenizer for reference strings, shared by training and prediction.

Tokens carry their character offsets into the raw string so that a field value is always a slice of the
original text (no re-joining guesses). URLs and DOIs stay whole: splitting them would make the CRF learn
their internal punctuation instead of recognising them, and exact rules extract them anyway.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from paperparse.doi import PREFIX, SUFFIX_CHAR


class Token(NamedTuple):
    text: str
    start: int
    end: int


_TOKEN_RE = re.compile(
    rf"(?P<long>(?:https?://|ftp://|www\.)[^\s<>\"]+|(?:doi:\s?)?{PREFIX}{SUFFIX_CHAR}+)"  # URL, DOI
    r"|\w+(?:['’]\w+)?"  # words, numbers, O'Brien
    r"|[^\w\s]",  # any single punctuation / symbol
    re.IGNORECASE,
)
_TRAILING_PUNCT = ".,;:)]}>'\""


def tokenize(raw: str) -> list[Token]:
    """Split `raw` into word, number, punctuation, URL and DOI tokens with offsets."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(raw):
        start, end = m.span()
        text = m.group()
        if m.lastgroup == "long":
            # URL or DOI: give back trailing sentence punctuation as separate tokens.
            trimmed = text.rstrip(_TRAILING_PUNCT)
            if trimmed != text and len(trimmed) > 4:
                tokens.append(Token(trimmed, start, start + len(trimmed)))
                tokens.extend(Token(raw[i], i, i + 1) for i in range(start + len(trimmed), end))
                continue
        tokens.append(Token(text, start, end))
    return tokens
