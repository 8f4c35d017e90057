"""Abstract and keywords: their headings, a standfirst set apart by its type, running text."""

from __future__ import annotations

import re

from paperparse.layout import Block

ABSTRACT_HEAD = re.compile(r"^\s*(abstract|summary|a b s t r a c t)\b[\s.:—-]*", re.I)


KEYWORDS_HEAD = re.compile(r"^\s*(keywords?|key\s*words|index terms|subject headings)\s*[:—.-]?\s*", re.I)


KEYWORDS_ANYWHERE = re.compile(r"\b(keywords?|key\s*words|index terms)\s*[:—.-]", re.I)


_TRAILERS = (
    r"CCS Concepts|ACM Reference Format|Additional Key Words and Phrases|(?:Mathematics|AMS) Subject "
    r"Classifications?|PACS(?: numbers)?\s*:|JEL(?: classifications?| codes?)?\s*:"
)

TRAILER = re.compile(rf"^\s*(?:{_TRAILERS})", re.I)
"""What a template prints after the abstract that is neither it nor a keyword list: ACM's "CCS
Concepts" and "ACM Reference Format", Springer's "Mathematics Subject Classification", AIP's "PACS
numbers", economics' "JEL classification"."""

_RUN_IN_END = re.compile(
    r"(?<=[.!?])\s+(?:(?:Keywords?|KEYWORDS?|Key\s*words|Index Terms|INDEX TERMS)"
    r"(?:\s*[:—.-]|\s+(?=[A-Z]|[^.!?]*\s·\s))"
    rf"|Preprint submitted to\b|(?i:{_TRAILERS}))"
)
"""What ends an abstract inside its own block: a keyword list run on after its last sentence ("….
Keywords: a, b", IEEE's "…. Index Terms—a, b", Springer's "…. Keywords Child abuse · Neglect", also
when a lowercase or mathematical word leads it and Springer's " · " parts it: "…. Keywords k-means ·
Graphs"), Elsevier's preprint footer ("Preprint submitted to …"), or a trailer (`TRAILER`)."""


def split_run_in(text: str) -> tuple[str, str | None]:
    """The abstract's text, and what ran on after it: a keyword list or a footer, None when nothing did."""
    m = _RUN_IN_END.search(text)
    if m is None:
        return text, None
    return text[: m.start()].rstrip(), text[m.start() :].strip()


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
