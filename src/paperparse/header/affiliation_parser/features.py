"""Token → features for the affiliation CRF; the only feature code, used by training and prediction.

An affiliation is read in comma-separated pieces ("Dept …, Univ …, City, Country"), so besides the token
itself each token sees its piece: where the piece stands counted from either end, and what the piece holds
(an institution word, a department word, digits, a country name).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from paperparse.header.countries import COUNTRIES

LABELS = (
    "institution",
    "department",
    "laboratory",
    "addrLine",
    "settlement",
    "region",
    "postCode",
    "country",
    "other",
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
"""Words (King's, d'Hebron whole), numbers, and each punctuation mark apart."""


def tokenize(raw: str) -> list[Token]:
    """The affiliation's tokens with their offsets into `raw`, so a part is always a slice of it."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(raw)]


_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")
_CLASSES = {
    "inst": r"universi|univ$|institu|college|academy|hospital|polytechn|politecn|ecole|école|cnrs|inserm"
    r"|corporation|inc$|ltd$|gmbh|company|foundation|council|agency|observatory|clinic|ministry|museum"
    r"|universidad|università|universität|hochschule|facult",
    "dept": r"^dep|dept|^school$|^faculty$|^division$|^section$|^unit$|^program|^service$",
    "lab": r"^lab|laborat|^group$|^team$|^centre$|^center$|^unit$|^chair$",
    "street": r"^street$|^st$|^road$|^rd$|^avenue$|^ave$|^blvd$|^box$|^bp$|^p$|^o$|^str|strasse|straße|^via$"
    r"|^rue$|^campus$|^building$|^bldg$|^floor$|^suite$|^room$|^drive$|^way$|^lane$|^place$|^hall$",
}
_CLASS_RES = {name: re.compile(pattern, re.I) for name, pattern in _CLASSES.items()}
_COUNTRY_WORDS = frozenset(
    w for name in COUNTRIES for w in re.findall(r"\w{2,}", name) if w not in ("of", "the")
)
"""The words of the country names the rules know ("united", "kingdom", "korea"), each a token."""


def _twice(m: re.Match[str]) -> str:
    return m.group(1) * 2


@lru_cache(maxsize=1 << 15)
def _own(text: str) -> tuple[str, ...]:
    """A token's features from its text alone, made once per distinct text."""
    low = text.lower()
    shape = _REPEATS.sub(_twice, text.translate(_SHAPE_TABLE))[:8]
    f = ["w:" + low, "sh:" + shape, "p3:" + low[:3], "s3:" + low[-3:]]
    f += [f"cls:{name}" for name, pattern in _CLASS_RES.items() if pattern.search(low)]
    if low in _COUNTRY_WORDS:
        f.append("country")
    if text[0].isdigit():
        f.append(f"nd:{min(len(text), 6)}")
    elif text[0].isupper():
        f.append("cap:all" if text.isupper() and len(text) > 1 else "cap:init")
    return tuple(f)


def _pieces(tokens: list[Token]) -> list[tuple[int, int]]:
    """Per token, its comma-separated piece: (index from the start, index from the end)."""
    index = [0] * len(tokens)
    k = 0
    for i, token in enumerate(tokens):
        index[i] = k
        if token.text in ",;":
            k += 1
    last = index[-1] if tokens else 0
    return [(k, last - k) for k in index]


def token_features(tokens: list[Token]) -> list[list[str]]:
    """Features per token ("name:value" strings): the token, its neighbours, its piece's place and
    contents."""
    n = len(tokens)
    own = [_own(t.text) for t in tokens]
    lows = ["<s>"] + [t.text.lower() for t in tokens] + ["</s>"]
    pieces = _pieces(tokens)
    contents: dict[int, set[str]] = {}
    for (k, _), f in zip(pieces, own, strict=True):
        contents.setdefault(k, set()).update(x for x in f if x.startswith(("cls:", "country", "nd:")))
    out = []
    for i in range(n):
        start, end = pieces[i]
        f = list(own[i])
        f += ["w-1:" + lows[i], "w+1:" + lows[i + 2], f"piece:{min(start, 4)}", f"piece-end:{min(end, 4)}"]
        f += [f"in:{x}" for x in sorted(contents[start])]
        if i > 0 and tokens[i - 1].text in ",;":
            f.append("after-comma")
        if i > 0:
            f += ["-1" + x for x in own[i - 1][1:2] + tuple(x for x in own[i - 1] if x.startswith("cls:"))]
        if i + 1 < n:
            f += ["+1" + x for x in own[i + 1][1:2] + tuple(x for x in own[i + 1] if x.startswith("cls:"))]
        out.append(f)
    return out
