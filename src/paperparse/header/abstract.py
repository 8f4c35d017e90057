"""Abstract and keywords: their headings, a standfirst set apart by its type, running text."""

from __future__ import annotations

import re

from paperparse.layout import Block

ABSTRACT_HEAD = re.compile(r"^\s*(abstract|summary|a b s t r a c t)\b[\s.:—-]*", re.I)


KEYWORDS_HEAD = re.compile(r"^\s*(keywords?|key\s*words|index terms|subject headings)\s*[:—.-]?\s*", re.I)


KEYWORDS_ANYWHERE = re.compile(r"\b(keywords?|key\s*words|index terms)\s*[:—.-]", re.I)


def standfirst(lead: list[Block]) -> bool:
    """A summary set between title and byline in a larger type than the body (magazines, eLife Insights).

    It must read as prose, a dozen words ending a sentence, which a subtitle or a journal banner does not.
    """
    text = " ".join(b.text for b in lead).rstrip()
    return len(text.split()) >= 12 and text.endswith((".", "!", "?"))


def wraps_onto(block: Block, following: Block) -> bool:
    """`following` goes on with `block`'s text: right under it in its column, starting in lowercase."""
    return (
        following.text[:1].islower()
        and following.page == block.page
        and following.column == block.column
        and 0 <= following.y0 - block.y1 < 2.5 * block.size
    )


def is_prose(block: Block) -> bool:
    """Running text: three or more full lines of mostly lowercase words, as an abstract or a paragraph
    has and a byline (names and institutions, capitalised) has not."""
    long_lines = [ln for ln in block.lines if len(ln.text) >= 40]
    words = block.text.split()
    lowercase = sum(1 for w in words if w[:1].islower())
    return (
        len(block.lines) >= 3
        and len(long_lines) >= 2
        and "@" not in block.text
        and lowercase > 0.4 * len(words)
    )


def keyword_list(text: str) -> list[str]:
    """ "Keywords: a; b, c" → ["a", "b", "c"]: the head dropped, split at any of the usual separators."""
    return [k.strip(" .") for k in re.split(r"[;,·•—]|\s-\s", KEYWORDS_HEAD.sub("", text)) if k.strip(" .")]
