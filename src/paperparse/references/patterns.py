"""Words, patterns and label-run helpers that the reference rules and field readers share."""

from __future__ import annotations

import re
from functools import lru_cache

from paperparse.doi import BROKEN_PREFIX, SUFFIX_CHAR
from paperparse.references.tokens import Token

PUNCT_ONLY = re.compile(r"^[^\w]+$")
YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
DOI = re.compile(rf"{BROKEN_PREFIX}{SUFFIX_CHAR}*")
URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"]+", re.IGNORECASE)
NUMBERISH = re.compile(r"[A-Za-z]?\d+[A-Za-z]?")
GROUP_WORD = (
    r"(?:Consortium|Team|Group|Project|Collaboration|Committee|Council|Society|Organi[sz]ation|Association"
    r"|Agency|Institute|Network|Initiative)"
)
"""The last word of a group author's name ("… Reference Strains Consortium", "R Development Core Team")."""
GROUP = re.compile(rf"\b{GROUP_WORD}\b")
SURNAME_PARTICLES = frozenset(
    "van von de der den la le du di da del della dos des ten ter zu al el bin ibn".split()
)
"""The lower-case words that may open a surname ("van den Brand", "de Souza", "al Khalil")."""
LEAD_INS = frozenset(("in", "In", "dans", "en"))
MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
ACCESS_WORDS = frozenset(("Available", "Online", "Accessed", "Retrieved", "Published"))
"""The first word of a note that says where or when a work was read, not where it appeared."""
EDS = frozenset(("Eds", "eds", "Ed", "ed"))
EDITOR_WORDS = frozenset(("editor", "editors"))
VOLUME_WORDS = frozenset(("volume", "Volume", "vol", "Vol"))
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z]+$")
PAGE_WORDS = frozenset(("pages", "page", "pp"))


def sentence_stop(tokens: list[Token], k: int) -> bool:
    """Token k is a full stop ending a sentence: before a capital, not after an initial or 'Proc'."""
    before = tokens[k - 1].text
    abbreviation = before[:1].isupper() and len(before) <= 5 and (len(before) == 1 or before[1:].islower())
    return tokens[k].text == "." and tokens[k + 1].text[:1].isupper() and not abbreviation


Run = tuple[str, int, int]
_last_runs: tuple[list[Token], list[str], tuple[Run, ...]] | None = None
"""The latest `label_runs` answer: the rules ask it again and again of labels that most rules leave as
they were."""


def label_runs(tokens: list[Token], labels: list[str]) -> tuple[Run, ...]:
    """(label, first, last) token index of each run of one label; punctuation labelled "other" between two
    tokens of a field does not break its run (it joins the field)."""
    global _last_runs
    last_runs = _last_runs  # one read: another thread may replace it meanwhile
    if last_runs is not None and last_runs[0] is tokens and last_runs[1] == labels:
        return last_runs[2]
    runs: list[list] = []
    run: list = []
    last = None  # the open run's label
    punct = _punct_only
    for k, label in enumerate(labels[: len(tokens)]):
        if label == "other" and punct(tokens[k].text):
            continue
        if label == last:
            run[2] = k
        else:
            run = [label, k, k]
            runs.append(run)
            last = label
    found = tuple(map(tuple, runs))
    _last_runs = (tokens, labels[:], found)
    return found


@lru_cache(maxsize=4096)
def _punct_only(text: str) -> bool:
    """`text` holds no word character; cached, as the rules ask it of the same tokens many times."""
    return PUNCT_ONLY.match(text) is not None


def title_runs(tokens: list[Token], labels: list[str]) -> list[tuple[int, int]]:
    """(first, last) token of each run labelled title."""
    return [(first, last) for label, first, last in label_runs(tokens, labels) if label == "title"]


_PREPRINT_JOURNAL = re.compile(
    r"\barXiv\s+preprint\s+(?:arXiv\s?:\s?)?[\w./-]*\w|\barXiv\.org\b|\barXiv\s+e-prints\b"
)
CORR = re.compile(r"\b(CoRR|[Aa]rXiv(?=,?\s*abs/))\b,?\s*(?:(?:vol\.\s*)?(abs/[\w.]+\d))?")
_ZOTERO_EPRINT = re.compile(
    r"(?<=\.\s)arXiv:(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\s\[[\w.-]+(?:,\s*[\w.-]+)*\]"
)
"""Zotero's arXiv line, 'arXiv:2105.02784 [cs, q-fin]': the identifier with the listing's categories, a
block of its own after a full stop as a .bst prints a field (physics' inline 'Names arXiv: 1310.2103
[hep-th] (2013)' and '(arXiv:1703.05448 [hep-th])' name no venue in GROBID's gold)."""
_ZOTERO_PREFIX = re.compile(r"\barxiv:\s?(?:\d{4}\.\d{4,5}|[a-z-]+/\d{7})")
"""Zotero's lower-case archive prefix, which a style prints before the eprint as the .bib spells it
(mnras' 'Title (arxiv:1910.08033), doi:…'): Zotero writes the publisher 'arXiv', the entry's venue."""


def preprint_venue(raw: str) -> tuple[str | None, str | None]:
    """The venue (and volume) of a preprint printed as its journal, which the model labels an arXiv id:
    'arXiv preprint arXiv:1412.6980' (Google Scholar's journal field, printed whole), 'CoRR abs/1506.05869'
    (DBLP: journal CoRR, volume abs/…; Semantic Scholar's 'ArXiv, abs/2302.13971' the same), 'arXiv.org' and
    'arXiv e-prints' (ADS). A bare eprint ('arXiv:1511.02799') names no journal: GROBID's citation gold
    gives it no venue. Zotero's export does name one: older versions write 'arXiv:2105.02784 [cs, q-fin]'
    as the journal, which styles print before the date, newer ones write the publisher 'arXiv' and that
    line as a note, printed after the date and the URL, and 'arxiv' for its archive prefix."""
    if m := _PREPRINT_JOURNAL.search(raw):
        return m.group(), None
    if m := CORR.search(raw):
        return m.group(1), m.group(2)
    if m := _ZOTERO_EPRINT.search(raw):
        return (m.group() if YEAR.search(raw, m.end()) else "arXiv"), None
    if _ZOTERO_PREFIX.search(raw):
        return "arXiv", None
    return None, None


PUBLISHER_TAIL = re.compile(
    r"(?:,|\.)\s+((?:IEEE|ACM)(?:\s+(?:Computer\s+Society|Press))?|Springer(?:-Verlag)?|Citeseer|Elsevier|PMLR"
    r"|OpenReview\.net"
    r"|AAAI\s+Press|Curran\s+Associates(?:,?\s+Inc\.?)?|Morgan\s+Kaufmann|USENIX\s+Association"
    r"|MIT(?:\s+Press)?|International\s+Joint\s+Conferences\s+on\s+Artificial\s+Intelligence(?:\s+Organization)?"
    r"|Association\s+for\s+Computational\s+Linguistics|Association\s+for\s+Computing\s+Machinery)"
    r"(?:,\s*((?:1[5-9]|20)\d\d))?\.?$",
    re.IGNORECASE,
)
