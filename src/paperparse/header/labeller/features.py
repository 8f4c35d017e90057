"""Header line → feature dict for the header CRF; the only feature code, used by training and prediction.

The training corpora are text streams, so every line has text features; layout features (font size rank,
weight, centring, gaps) exist only when the line comes from a PDF, and are then simply added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

LABELS = ("title", "author", "affiliation", "email", "abstract", "keywords", "other")

_TOKEN = re.compile(r"[^\W_]+|[@©]", re.UNICODE)
_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")
_EMAIL = re.compile(r"[\w.+-]+\s?@\s?[\w-]+(\.[\w-]+)+")
_YEAR = re.compile(r"\b(19|20)\d\d\b")

# Word classes the CRF learns a weight for; the lists only name the classes.
_HINTS: dict[str, str] = {}
for _cls, _words in {
    "inst": "university universität université universidad universidade università univ institute institut "
    "instituto istituto college school academy laboratory laboratories lab labs centre center hospital "
    "faculty inc ltd gmbh corporation corp research foundation observatory clinic polytechnic",
    "dept": "department dept division section group unit program programme",
    "addr": "street st road rd avenue ave box usa uk china germany france japan italy spain canada "
    "australia india korea netherlands switzerland sweden brazil",
    "abs": "abstract summary",
    "kw": "keywords keyword key terms index",
    "intro": "introduction background motivation",
    "mail": "email e mail mailto corresponding correspondence author authors",
    "date": "received accepted revised published available online submitted",
    "venue": "journal proceedings conference vol volume issue pp pages issn doi arxiv preprint copyright "
    "article letters transactions review press elsevier springer ieee acm",
    "month": "january february march april may june july august september october november december",
    "and": "and",
}.items():
    for _w in _words.split():
        _HINTS[_w] = _cls


@dataclass(slots=True)
class HeaderLine:
    """One line of a header; the layout fields are None when the line comes from a text-only corpus."""

    text: str
    size_rank: int | None = None
    """1 = the largest font size among the page's lines."""
    size_ratio: float | None = None
    """Font size over the document's body size."""
    bold: bool | None = None
    italic: bool | None = None
    centred: bool | None = None
    gap_before: float | None = None
    """Vertical space above the line, in units of the line's own height."""


def _shape(token: str) -> str:
    return _REPEATS.sub(r"\1\1", token.translate(_SHAPE_TABLE))[:6]


def _bin(value: float, edges: Sequence[float]) -> str:
    for i, edge in enumerate(edges):
        if value < edge:
            return str(i)
    return str(len(edges))


def _own_features(line: HeaderLine, index: int, count: int) -> dict[str, float | str]:
    text = line.text.strip()
    tokens = _TOKEN.findall(text)
    lows = [t.lower() for t in tokens]
    words = [t for t in tokens if t[0].isalpha()]
    f: dict[str, float | str] = {
        "len": _bin(len(text), (4, 12, 25, 45, 70, 100)),
        "ntok": _bin(len(tokens), (2, 4, 7, 11, 16)),
        "pos": str(min(9, 10 * index // max(1, count))),
        "idx": _bin(index, (1, 2, 3, 5, 8, 12, 20)),
    }
    for low in sorted(set(lows)):
        f["w:" + low] = 1.0
        hint = _HINTS.get(low)
        if hint:
            f["h:" + hint] = 1.0
    if tokens:
        f["first"] = lows[0] if not tokens[0][0].isdigit() else _shape(tokens[0])
        f["last"] = lows[-1] if not tokens[-1][0].isdigit() else _shape(tokens[-1])
        f["shape0"] = _shape(tokens[0])
    if text:
        f["end"] = text[-1] if not text[-1].isalnum() else "an"
        f["start"] = text[0] if not text[0].isalnum() else ("d" if text[0].isdigit() else "a")
    if "@" in text:
        f["at"] = 1.0
        if _EMAIL.search(text):
            f["email"] = 1.0
    if any(c.isdigit() for c in text):
        f["digit"] = 1.0
    if _YEAR.search(text):
        f["year"] = 1.0
    if "©" in text or "(c)" in text.lower():
        f["copy"] = 1.0
    if words:
        caps = sum(1 for w in words if w[0].isupper())
        f["caps"] = _bin(caps / len(words), (0.2, 0.5, 0.8, 0.99))
        if all(w.isupper() for w in words) and len("".join(words)) > 2:
            f["allcaps"] = 1.0
    f["commas"] = _bin(text.count(","), (1, 2, 4))
    if text.endswith("."):
        f["period"] = 1.0
    if line.size_rank is not None:
        f["L:rank"] = str(min(line.size_rank, 4))
    if line.size_ratio is not None:
        f["L:rel"] = _bin(line.size_ratio, (0.85, 0.97, 1.05, 1.2, 1.5))
    if line.bold:
        f["L:bold"] = 1.0
    if line.italic:
        f["L:italic"] = 1.0
    if line.centred:
        f["L:centred"] = 1.0
    if line.gap_before is not None:
        f["L:gap"] = _bin(line.gap_before, (0.3, 0.8, 1.5, 3.0))
    return f


# Own features that are also shown to the neighbouring lines (context without the whole bag of words).
_SHARED = ("len", "caps", "at", "h:inst", "h:dept", "h:abs", "h:kw", "h:intro", "h:mail", "h:venue", "L:rank")


def line_features(lines: Sequence[HeaderLine]) -> list[dict[str, float | str]]:
    """One feature dict per line: its words, shape and class hints, its layout when known, its neighbours."""
    own = [_own_features(line, i, len(lines)) for i, line in enumerate(lines)]
    feats = []
    for i, f in enumerate(own):
        out = dict(f)
        for offset, prefix in ((-1, "p:"), (1, "n:")):
            j = i + offset
            if 0 <= j < len(own):
                for key in _SHARED:
                    if key in own[j]:
                        out[prefix + key] = own[j][key]
            else:
                out[prefix + "edge"] = 1.0
        feats.append(out)
    return feats
