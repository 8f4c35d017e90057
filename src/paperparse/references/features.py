"""Token → feature dict for the reference CRF; the only feature code, used by training and prediction.

Speed matters (thousands of references per second), so each token's own properties are computed once and
neighbour features reuse them rather than recomputing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from paperparse.references.tokens import Token

_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)
_QUOTES = frozenset('"“”„«»')
_DASHES = frozenset("-–—‐‑")

# Small closed word lists: the CRF learns weights for them, the lists only name the classes.
_HINTS: dict[str, str] = {}
for _cls, _words in {
    "venue": "journal j jour proc proceedings conference conf symposium symp workshop trans transactions "
    "review rev letters lett phys annals ann bulletin bull magazine acta int intl international "
    "research science sciences nature chem soc society acad natl amer am eur med biol lett ieee acm "
    "meeting congress advances adv studies quarterly",
    "volume": "vol volume vols band bd",
    "issue": "no nr num number issue iss heft",
    "pages": "pp pages page pg p s",
    "publisher": "press publishers publisher publishing verlag university univ inc ltd co springer "
    "elsevier wiley academic books",
    "editor": "ed eds edited editor editors hrsg hg",
    "and": "and und et y e",
    "etal": "al",
    "month": "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december spring summer autumn fall winter",
    "note": "retrieved available accessed online thesis dissertation phd report technical tech preprint "
    "submitted press forthcoming unpublished manuscript isbn edn edition",
    "in": "in",
    "arxiv": "arxiv",
    "doi": "doi",
}.items():
    for _w in _words.split():
        _HINTS[_w] = _cls


_LENGTH_BUCKETS = ("0", "1", "2", "3", "4-6", "4-6", "4-6", "7+")
_LONG_PHRASES = ("plong<:0", "plong<:1", "plong<:2")
# The state features of the left-to-right pass, made once (index = the capped state).
_SINCE_YEAR = ("yrd:0", "yrd:1", "yrd:2", "yrd:3", "yrd:4", "yrd:5", "yrd:6", "yrd:none")
_CAPS = ("caps:0", "caps:1", "caps:2", "caps:3", "caps:4", "caps:5")
_SEEN_IN = ("in<:0", "in<:1")
_SEEN_EDITOR = ("ed<:0", "ed<:1")
_QUOTED = ("qc<:0", "qc<:1")
_DIGITS_AFTER = ("d>:0", "d>:1", "d>:2", "d>:3")
_LEAD_INS = frozenset(("in", "dans", "en"))


def _twice(m: re.Match[str]) -> str:
    """A run of one shape character cut to two (a function: Python 3.11 expands a "\\1\\1" template
    in Python code on every call)."""
    return m.group(1) * 2


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> str:
    return _REPEATS.sub(_twice, text.translate(_SHAPE_TABLE))[:8]


@lru_cache(maxsize=1 << 16)
def _own(text: str) -> tuple[str, ...]:
    """The features of a token's text alone (word, shape, affixes, class), made once per distinct text."""
    low = text.lower()
    first = text[0]
    f = ["w:" + low, "sh:" + _shape(text), "p3:" + low[:3], "s3:" + low[-3:]]
    hint = _HINTS.get(low)
    if hint:
        f.append("hint:" + hint)
    if first.isdigit():
        f.append(f"nd:{min(len(text), 5)}")
        if _YEAR.match(text):
            f.append("year:1")
    elif first.isalpha():
        if text.isupper() and _ROMAN.match(text):
            f.append("roman:1")
        if len(text) > 1 and text.isupper() and len(text) <= 3:
            f.append("init:caps")  # a one-letter initial's feature depends on the next token
        if first.isupper():
            f.append("cap:all" if text.isupper() else "cap:init")
    elif len(text) > 6:
        f.append("long:url" if "://" in text or low.startswith("www.") else "long:doi")
    return tuple(f)


@lru_cache(maxsize=1 << 16)
def _word_class(text: str) -> str:
    """A word's class as seen from a neighbouring phrase: initial, hint class, year, number, or case."""
    first = text[0]
    if len(text) == 1 and first.isupper():
        return "I"
    hint = _HINTS.get(text.lower())
    if hint:
        return hint
    if first.isdigit():
        return "y" if _YEAR.match(text) else "d"
    if first.isupper():
        return "X"
    return "x" if first.isalpha() else "o"


def _abbreviation(text: str, nxt: str) -> bool:
    """A capitalised short word closed by a period, not an initial: 'Phys.', 'Rev.', 'Chem.' in a journal."""
    return nxt == "." and 2 <= len(text) <= 6 and text[0].isupper() and text[1:].islower()


_SEGMENT_BREAKS = frozenset(".;()[]?!") | _QUOTES
_FUNCTION_WORDS = frozenset(
    "a an the of and in on for to with by from at as or its de la le des du et und der die".split()
)


def _segments(texts: list[str], lows: list[str]) -> list[tuple[str, str]]:
    """Per token, a summary of its sentence-like segment (between periods, quotes, brackets): its index,
    length, share of lowercase content words and venue hints. Titles are long and sentence-case; venues
    are title-case, abbreviated or hold a word like "Journal"."""
    n = len(texts)
    out = [("break", "break")] * n
    index = 0
    i = 0
    while i < n:
        if texts[i] in _SEGMENT_BREAKS:
            i += 1
            continue
        j = i
        while j < n and not (
            texts[j] in _SEGMENT_BREAKS
            and not (texts[j] == "." and (len(texts[j - 1]) == 1 or _abbreviation(texts[j - 1], ".")))
        ):
            j += 1
        words = lower = venue = 0
        for k in range(i, j):
            first = texts[k][0]
            if first.isalpha() and len(texts[k]) > 1:
                words += 1
                if first.islower() and lows[k] not in _FUNCTION_WORDS:
                    lower += 1
                if _HINTS.get(lows[k]) == "venue":
                    venue = 1
        share = "none" if not words else str(min(3, 4 * lower // words))
        # the full summary, and share + hint alone (which generalises across positions)
        summary = (f"{min(index, 5)}|{_LENGTH_BUCKETS[min(words, 7)]}|{share}|{venue}", f"{share}|{venue}")
        out[i:j] = [summary] * (j - i)
        index += 1
        i = j
    return out


def token_features(tokens: list[Token], lexicon: Mapping[str, str]) -> list[list[str]]:
    """Features per token ("name:value" strings, which crfsuite reads faster than dicts): the token itself,
    its class hints and the field the lexicon gives it, its context (±3 shapes, the punctuation before
    it) and its position (relative to the year, to an "In", to an editor or a closed quotation)."""
    n = len(tokens)
    if n == 0:
        return []
    texts = [t.text for t in tokens]
    lows = [t.lower() for t in texts]
    shapes = [_shape(t) for t in texts]
    pad = ["<s3>", "<s2>", "<s1>"]
    epad = ["</s1>", "</s2>", "</s3>"]
    ctx_w = pad + lows + epad
    ctx_s = pad + shapes + epad
    # Numbers left to come (capped): tells volume from pages from an article number at the end.
    digits_after = [0] * n
    caps_run = [0] * n
    digits = 0
    for i in range(n - 1, -1, -1):
        digits_after[i] = digits
        if texts[i][0].isdigit() and digits < 3:
            digits += 1
    # Runs of capitalised words (periods and hyphens do not break them): venue names, not titles.
    i = 0
    while i < n:
        j = i
        words = 0
        while j < n and (texts[j][0].isupper() or texts[j] in (".", "-", "&", "of", "and", "the", "in")):
            words += texts[j][0].isupper()
            j += 1
        caps_run[i:j] = [words] * (j - i)
        i = max(j, i + 1)
    # Phrases are runs of word tokens between punctuation: titles are long phrases, names short ones.
    # Each phrase also sees the class of the words either side of it ("Cornea. 2013;32" is a journal,
    # "Title. Journal" a title) and how many long phrases came before (a title before a container).
    phrase: list[tuple[str, ...]] = [()] * n
    punct = [len(text) == 1 and not text.isalnum() for text in texts]
    before = "ppv:^"
    longs = 0
    i = 0
    while i < n:
        if punct[i]:
            i += 1
            continue
        j = i
        while j < n and not punct[j]:
            j += 1
        after = j
        while after < n and punct[after]:
            after += 1
        summary = (
            "plen:" + _LENGTH_BUCKETS[min(j - i, len(_LENGTH_BUCKETS) - 1)],
            "popen:" + (texts[i - 1] if i else "^"),
            "pclose:" + (texts[j] if j < n else "$"),
            "pnx:" + (_word_class(texts[after]) if after < n else "$"),
            before,
            _LONG_PHRASES[longs],
        )
        phrase[i:j] = [summary] * (j - i)
        before = "ppv:" + _word_class(texts[j - 1])
        if j - i >= 4 and longs < 2:
            longs += 1
        i = j
    segment = _segments(texts, lows)
    # Context features as whole columns (string building per column is much cheaper than per token).
    owns = [_own(t) for t in texts]
    static = list(
        zip(
            ["w-2:" + w for w in ctx_w[1 : n + 1]],
            ["w-1:" + w for w in ctx_w[2 : n + 2]],
            ["w+1:" + w for w in ctx_w[4 : n + 4]],
            ["w+2:" + w for w in ctx_w[5 : n + 5]],
            ["sh-3:" + x for x in ctx_s[:n]],
            ["sh-2:" + x for x in ctx_s[1 : n + 1]],
            ["sh-1:" + x for x in ctx_s[2 : n + 2]],
            ["sh+1:" + x for x in ctx_s[4 : n + 4]],
            ["sh+2:" + x for x in ctx_s[5 : n + 5]],
            ["sh+3:" + x for x in ctx_s[6 : n + 6]],
            [f"sh-1|sh|sh+1:{a}|{b}|{c}" for a, b, c in zip(ctx_s[2:], shapes, ctx_s[4:], strict=False)],
            [f"w-1|w:{a}|{b}" for a, b in zip(ctx_w[2:], lows, strict=False)],
            [f"w|w+1:{a}|{b}" for a, b in zip(lows, ctx_w[4:], strict=False)],
            [_CAPS[c if c < 5 else 5] for c in caps_run],
            ["seg:" + a for a, _ in segment],
            ["segsh:" + b for _, b in segment],
            [_DIGITS_AFTER[d] for d in digits_after],
            ["lex:" + lexicon.get(w, "-") for w in lows],
            strict=True,
        )
    )
    feats: list[list[str]] = []
    in_quote = seen_year = seen_in = seen_editor = quoted = 0
    since_year = -1
    for i in range(n):
        text = texts[i]
        low = lows[i]
        first = text[0]
        nxt = texts[i + 1] if i + 1 < n else ""
        prev = texts[i - 1] if i else ""
        hint = _HINTS.get(low)
        f = [
            *owns[i],
            *static[i],
            _SINCE_YEAR[since_year],  # -1 (no year yet) picks "yrd:none"
            _SEEN_IN[seen_in],
            _SEEN_EDITOR[seen_editor],
            _QUOTED[quoted],
            *phrase[i],
        ]
        if hint == "editor":
            seen_editor = 1
        if first.isdigit():
            if _YEAR.match(text):
                seen_year = 1
                since_year = -1
            if nxt and nxt[0] in _DASHES and i + 2 < n and texts[i + 2][:1].isdigit():
                f.append("range:start")
            elif prev and prev[0] in _DASHES and i >= 2 and texts[i - 2][-1:].isdigit():
                f.append("range:end")
        elif first.isalpha():
            if len(text) == 1 and first.isupper():
                f.append("init:dot" if nxt == "." else "init:bare")
            # "In Proc.", "…, in: Container", "dans Titre": a container comes next
            if (text == "In" or (i and punct[i - 1] and low in _LEAD_INS)) and (
                nxt == ":" or nxt[:1].isupper()
            ):
                seen_in = 1
        elif first in _QUOTES:
            quoted |= in_quote  # a quotation closed: a quoted title has been seen
            in_quote = 0 if in_quote else 1
        if i == 0:
            f.append("bos:1")
        elif i == n - 1:
            f.append("eos:1")
        if prev == "." and not (i >= 2 and len(texts[i - 2]) == 1 and texts[i - 2].isupper()):
            f.append("after:period")  # a sentence break, not an initial's period
        elif prev and prev in _QUOTES:
            f.append("after:quote")
        if seen_year and since_year < 6:
            since_year += 1
        feats.append(f)
    return feats
