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


def _is_punct(text: str) -> bool:
    return not (text[0].isalnum() or len(text) > 1)


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> str:
    return _REPEATS.sub(r"\1\1", text.translate(_SHAPE_TABLE))[:8]


def token_features(tokens: list[Token]) -> list[dict[str, str]]:
    """One feature dict per token: the token itself, its class hints, its context and its position."""
    n = len(tokens)
    if n == 0:
        return []
    lows = [t.text.lower() for t in tokens]
    shapes = [_shape(t.text) for t in tokens]
    texts = [t.text for t in tokens]
    pad = ["<s2>", "<s1>"]
    epad = ["</s1>", "</s2>"]
    ctx_w = pad + lows + epad
    ctx_s = pad + shapes + epad
    # Numbers left to come (capped): tells volume from pages from an article number at the end.
    digits_after = [0] * n
    left = 0
    for i in range(n - 1, -1, -1):
        digits_after[i] = left
        if texts[i][0].isdigit():
            left = min(left + 1, 3)
    quoted = "1" if any(t.text in _QUOTES for t in tokens) else "0"
    # Phrases are runs of word tokens between punctuation: titles are long phrases, names short ones.
    phrase_len = [0] * n
    phrase_open = [""] * n
    phrase_close = [""] * n
    i = 0
    while i < n:
        if _is_punct(texts[i]):
            i += 1
            continue
        j = i
        while j < n and not _is_punct(texts[j]):
            j += 1
        bucket = _LENGTH_BUCKETS[min(j - i, len(_LENGTH_BUCKETS) - 1)]
        opener = texts[i - 1] if i else "^"
        closer = texts[j] if j < n else "$"
        for k in range(i, j):
            phrase_len[k], phrase_open[k], phrase_close[k] = bucket, opener, closer
        i = j
    feats: list[dict[str, str]] = []
    in_quote = in_paren = seen_year = seen_in = seen_digit = 0
    for i, tok in enumerate(tokens):
        text = texts[i]
        low = lows[i]
        first = text[0]
        nxt = texts[i + 1] if i + 1 < n else ""
        prev = texts[i - 1] if i else ""
        f = {
            "w": low,
            "sh": shapes[i],
            "p3": low[:3],
            "s3": low[-3:],
            "pos": str(10 * i // n),
            "w-1": ctx_w[i + 1],
            "w-2": ctx_w[i],
            "w+1": ctx_w[i + 3],
            "w+2": ctx_w[i + 4],
            "sh-2": ctx_s[i],
            "sh-1": ctx_s[i + 1],
            "sh+1": ctx_s[i + 3],
            "sh+2": ctx_s[i + 4],
            "w-1|w": ctx_w[i + 1] + "|" + low,
            "w|w+1": low + "|" + ctx_w[i + 3],
            "q": str(in_quote),
            "par": str(min(in_paren, 1)),
            "yr<": str(seen_year),
            "in<": str(seen_in),
            "d<": str(min(seen_digit, 4)),
            "d>": str(digits_after[i]),
            "hasq": quoted,
        }
        if phrase_len[i]:
            f["plen"] = phrase_len[i]
            f["popen"] = phrase_open[i]
            f["pclose"] = phrase_close[i]
        hint = _HINTS.get(low)
        if hint:
            f["hint"] = hint
        if first.isdigit():
            f["nd"] = str(min(len(text), 5))
            if _YEAR.match(text):
                f["year"] = "1"
                seen_year = 1
            if nxt and nxt[0] in _DASHES and i + 2 < n and texts[i + 2][:1].isdigit():
                f["range"] = "start"
            elif prev and prev[0] in _DASHES and i >= 2 and texts[i - 2][-1:].isdigit():
                f["range"] = "end"
            seen_digit += 1
        elif first.isalpha():
            if len(text) == 1 and first.isupper():
                f["init"] = "dot" if nxt == "." else "bare"
            elif text.isupper() and len(text) <= 3:
                f["init"] = "caps"
            if first.isupper():
                f["cap"] = "all" if text.isupper() else "init"
            if text == "In" and (nxt == ":" or nxt[:1].isupper()):
                seen_in = 1
        else:
            if len(tok.text) > 6:
                f["long"] = "url" if "://" in text or low.startswith("www.") else "doi"
            if first in _QUOTES:
                in_quote = 0 if in_quote else 1
                f["q"] = "edge"
            elif first == "(" or first == "[":
                in_paren += 1
            elif (first == ")" or first == "]") and in_paren:
                in_paren -= 1
        if i == 0:
            f["bos"] = "1"
        elif i == n - 1:
            f["eos"] = "1"
        feats.append(f)
    return feats
