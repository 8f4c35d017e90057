"""Token → feature dict for the reference CRF; the only feature code, used by training and prediction.

Speed matters (thousands of references per second), so each token's own properties are computed once and
neighbour features reuse them rather than recomputing.
"""

from __future__ import annotations

import re
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


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> str:
    return _REPEATS.sub(r"\1\1", text.translate(_SHAPE_TABLE))[:8]


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
        for k in range(i, j):
            out[k] = summary
        index += 1
        i = j
    return out


def token_features(tokens: list[Token]) -> list[list[str]]:
    """Features per token ("name:value" strings, which crfsuite reads faster than dicts): the token itself,
    its class hints, its context (±3 shapes, the punctuation before it) and its position (relative to the
    year, to an "In", to periods)."""
    n = len(tokens)
    if n == 0:
        return []
    lows = [t.text.lower() for t in tokens]
    shapes = [_shape(t.text) for t in tokens]
    texts = [t.text for t in tokens]
    pad = ["<s3>", "<s2>", "<s1>"]
    epad = ["</s1>", "</s2>", "</s3>"]
    ctx_w = pad + lows + epad
    ctx_s = pad + shapes + epad
    # Years to come: the text before the first year is authors (and, in some styles, the title).
    # Numbers left to come (capped): tells volume from pages from an article number at the end.
    year_after = [0] * n
    digits_after = [0] * n
    caps_run = [0] * n
    years = digits = 0
    for i in range(n - 1, -1, -1):
        year_after[i] = years
        digits_after[i] = digits
        text = texts[i]
        if text[0].isdigit():
            digits = min(digits + 1, 3)
            if _YEAR.match(text):
                years = 1
    abbrevs = [
        nxt == "." and 2 <= len(text) <= 6 and text[0].isupper() and text[1:].islower()
        for text, nxt in zip(texts, texts[1:] + [""], strict=True)
    ]
    # Runs of capitalised words (periods and hyphens do not break them): venue names, not titles.
    i = 0
    while i < n:
        j = i
        words = 0
        while j < n and (texts[j][0].isupper() or texts[j] in (".", "-", "&", "of", "and", "the", "in")):
            words += texts[j][0].isupper()
            j += 1
        for k in range(i, j):
            caps_run[k] = words
        i = max(j, i + 1)
    # Phrases are runs of word tokens between punctuation: titles are long phrases, names short ones.
    phrase_len = [0] * n
    phrase_open = [""] * n
    phrase_close = [""] * n
    punct = [len(text) == 1 and not text.isalnum() for text in texts]
    i = 0
    while i < n:
        if punct[i]:
            i += 1
            continue
        j = i
        while j < n and not punct[j]:
            j += 1
        bucket = _LENGTH_BUCKETS[min(j - i, len(_LENGTH_BUCKETS) - 1)]
        opener = texts[i - 1] if i else "^"
        closer = texts[j] if j < n else "$"
        for k in range(i, j):
            phrase_len[k], phrase_open[k], phrase_close[k] = bucket, opener, closer
        i = j
    segment = _segments(texts, lows)
    # Context features as whole columns (string building per column is much cheaper than per token).
    static = list(
        zip(
            ["w:" + w for w in lows],
            ["sh:" + x for x in shapes],
            ["p3:" + w[:3] for w in lows],
            ["s3:" + w[-3:] for w in lows],
            ["pos:" + str(10 * i // n) for i in range(n)],
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
            ["yr>:" + str(y) for y in year_after],
            ["caps:" + str(min(c, 5)) for c in caps_run],
            ["seg:" + a for a, _ in segment],
            ["segsh:" + b for _, b in segment],
            [
                "abr:" + str(a + b + c)
                for a, b, c in zip([False, *abbrevs[:-1]], abbrevs, [*abbrevs[1:], False], strict=True)
            ],
            ["d>:" + str(d) for d in digits_after],
            strict=True,
        )
    )
    hasq = "hasq:1" if any(t in _QUOTES for t in texts) else "hasq:0"
    feats: list[list[str]] = []
    in_quote = in_paren = seen_year = seen_in = seen_digit = periods = 0
    since_year = -1
    for i in range(n):
        text = texts[i]
        low = lows[i]
        first = text[0]
        nxt = texts[i + 1] if i + 1 < n else ""
        prev = texts[i - 1] if i else ""
        f = [
            *static[i],
            "yrd:none" if since_year < 0 else f"yrd:{min(since_year, 6)}",
            f"per:{min(periods, 4)}",
            f"par:{min(in_paren, 1)}",
            f"yr<:{seen_year}",
            f"in<:{seen_in}",
            f"d<:{min(seen_digit, 4)}",
            hasq,
        ]
        if phrase_len[i]:
            f += ("plen:" + phrase_len[i], "popen:" + phrase_open[i], "pclose:" + phrase_close[i])
        hint = _HINTS.get(low)
        if hint:
            f.append("hint:" + hint)
        quote_edge = False
        if first.isdigit():
            f.append(f"nd:{min(len(text), 5)}")
            if _YEAR.match(text):
                f.append("year:1")
                seen_year = 1
                since_year = -1
            if nxt and nxt[0] in _DASHES and i + 2 < n and texts[i + 2][:1].isdigit():
                f.append("range:start")
            elif prev and prev[0] in _DASHES and i >= 2 and texts[i - 2][-1:].isdigit():
                f.append("range:end")
            seen_digit += 1
        elif first.isalpha():
            if text.isupper() and _ROMAN.match(text):
                f.append("roman:1")
            if len(text) == 1 and first.isupper():
                f.append("init:dot" if nxt == "." else "init:bare")
            elif text.isupper() and len(text) <= 3:
                f.append("init:caps")
            if first.isupper():
                f.append("cap:all" if text.isupper() else "cap:init")
            if text == "In" and (nxt == ":" or nxt[:1].isupper()):
                seen_in = 1
        else:
            if len(text) > 6:
                f.append("long:url" if "://" in text or low.startswith("www.") else "long:doi")
            if first in _QUOTES:
                in_quote = 0 if in_quote else 1
                quote_edge = True
            elif first == "(" or first == "[":
                in_paren += 1
            elif (first == ")" or first == "]") and in_paren:
                in_paren -= 1
        # the quote state as it was before this token; a quote mark itself is an edge
        f.append("q:edge" if quote_edge else f"q:{in_quote}")
        if i == 0:
            f.append("bos:1")
        elif i == n - 1:
            f.append("eos:1")
        if prev == "." and not (i >= 2 and len(texts[i - 2]) == 1 and texts[i - 2].isupper()):
            f.append("after:period")  # a sentence break, not an initial's period
        elif prev and prev in _QUOTES:
            f.append("after:quote")
        if text == "." and i and not (len(prev) == 1 and prev.isupper()) and nxt[:1].isupper():
            periods += 1
        if seen_year:
            since_year += 1
        feats.append(f)
    return feats
