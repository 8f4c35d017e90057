"""Load the committed segmentation CRF and label every line of a layout, with the model's confidence.

The CRF reads the lines of one page in reading order as one sequence; its numeric line features are cut
into a few fixed buckets each (a CRF weighs the presence of a feature, not its size).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path

from paperparse import crf
from paperparse.layout import Layout
from paperparse.pdf.model import Line
from paperparse.segmentation.features import (
    NEIGHBOUR_KEYS,
    NO_NEIGHBOUR_GAP,
    OWN_FEATURES,
    LineFeatures,
    LineSlot,
    line_features,
    reading_lines,
)

MODEL_PATH = Path(__file__).with_name("segmentation_crf.crfsuite")

_EDGES: dict[str, tuple[float, ...]] = {
    "size_ratio": (0.8, 0.9, 0.97, 1.03, 1.1, 1.3, 1.6, 2.0),
    "gap": (-0.5, 0.5, 1.5, 3.0, 6.0, 12.0, 29.0),
    "chars": (3, 10, 25, 50, 80),
    "words": (2, 4, 8, 15),
    "indent": (-1.0, 0.5, 2.0, 5.0, 15.0),
    "right_short": (0.5, 2.0, 5.0, 15.0),
    "block_lines": (2, 3, 6, 12),
}
_BINARY = frozenset(
    "bold italic centred first_page last_page leading_number bracket_number equation_number caption_start "
    "email url doi year ends_period starts_lower raised_start marker_start block_first block_last running "
    "margin zone_front zone_references zone_back block_caption block_abstract abstract_span".split()
)


@dataclass(slots=True, frozen=True)
class _Encoding:
    """How one feature becomes a CRF attribute: `kind` is binary (its name, or nothing when 0), int
    (`name=3`), bucket (`name=<bucket of value in edges>`) or share (`name=<tenths, at most 9>`)."""

    kind: str
    edges: tuple[float, ...] = ()


def _encoding(name: str) -> _Encoding:
    base = name.split("_", 1)[1] if name.startswith(("prev_", "next_")) else name
    if base in _BINARY or name.startswith(("cue_", "prev_same", "next_same", "prev_none", "next_none")):
        return _Encoding("binary")
    if base in ("size_rank", "column", "columns"):
        return _Encoding("int")
    key = "gap" if base.startswith("gap") else base
    if key in _EDGES:
        return _Encoding("bucket", _EDGES[key])
    return _Encoding("share")  # a share of the page or of the characters


def _encoded(name: str, values: Sequence[float]) -> list[str | None]:
    """The attributes of one feature for many lines at once, the strings from tables where they can be
    (`bisect_right(edges, v)` is the number of edges at or below v: the bucket of v)."""
    how = _encoding(name)
    if how.kind == "binary":
        return [name if v else None for v in values]
    if how.kind == "int":
        return [f"{name}={int(v)}" for v in values]
    if how.kind == "bucket":
        table = [f"{name}={i}" for i in range(len(how.edges) + 1)]
        return [table[bisect_right(how.edges, v)] for v in values]
    tenths = [f"{name}={k}" for k in range(10)]
    return [tenths[k] if 0 <= k < 10 else f"{name}={min(k, 9)}" for k in [int(v * 10) for v in values]]


@cache
def _sorted_order(names: tuple[str, ...]) -> Callable[[tuple], tuple]:
    """Picks a line's attributes, listed in the order of `names`, in the order of the names sorted: the
    order the committed model was trained in."""
    return itemgetter(*sorted(range(len(names)), key=names.__getitem__))


@cache
def _pairs(rank: int, first: int, height: int, bold: int) -> tuple[str, str, str]:
    """Font-size rank with first page and with bold, and height on the page (fifths) with first page."""
    return f"first{first}_rank={rank}", f"first{first}_y={height}", f"bold_rank={bold}_{rank}"


def crf_items(features: LineFeatures) -> list[list[str]]:
    """CRF attributes per line: the bucketed features, sorted by name, then a few pairs the labels depend
    on jointly. Encoded feature by feature for all lines at once; a neighbour's attributes are its own
    ones under a `prev_` or `next_` prefix."""
    if not features.own:
        return []
    names = OWN_FEATURES
    columns = dict(zip(names, zip(*features.own, strict=True), strict=True))
    encoded = {name: _encoded(name, column) for name, column in columns.items()}
    own = list(zip(*encoded.values(), strict=True))
    as_prev = list(
        zip(*(["prev_" + a if a else None for a in encoded[k]] for k in NEIGHBOUR_KEYS), strict=True)
    )
    as_next = list(
        zip(*(["next_" + a if a else None for a in encoded[k]] for k in NEIGHBOUR_KEYS), strict=True)
    )
    pairs = list(
        map(
            _pairs,
            map(int, columns["size_rank"]),
            map(int, columns["first_page"]),
            [min(int(y * 5), 4) for y in columns["y0"]],
            map(int, columns["bold"]),
        )
    )
    before = [None, *features.between[:-1]]
    gap_prev = _encoded("gap_prev", [NO_NEIGHBOUR_GAP if b is None else b[0] for b in before])
    gap_next = _encoded("gap_next", [NO_NEIGHBOUR_GAP if b is None else b[0] for b in features.between])
    prev_parts = [
        (gap, "prev_none") if b is None else (gap, "prev_same_block" if b[1] else None, *as_prev[i - 1])
        for i, (gap, b) in enumerate(zip(gap_prev, before, strict=True))
    ]
    next_parts = [
        (gap, "next_none") if b is None else (gap, "next_same_block" if b[1] else None, *as_next[i + 1])
        for i, (gap, b) in enumerate(zip(gap_next, features.between, strict=True))
    ]
    prev_names = ("gap_prev", "prev_same_block", *("prev_" + k for k in NEIGHBOUR_KEYS))
    next_names = ("gap_next", "next_same_block", *("next_" + k for k in NEIGHBOUR_KEYS))
    orders: dict[tuple[str | None, bool, bool, bool], Callable[[tuple], tuple]] = {}
    items = []
    for i, (cue, span, b, a) in enumerate(
        zip(features.cues, features.abstract_span, before, features.between, strict=True)
    ):
        extra = ((cue,) if cue else ()) + (("abstract_span",) if span else ())
        key = (cue, span, b is None, a is None)
        order = orders.get(key)
        if order is None:
            order = orders[key] = _sorted_order(
                names
                + extra
                + (("gap_prev", "prev_none") if b is None else prev_names)
                + (("gap_next", "next_none") if a is None else next_names)
            )
        items.append([*filter(None, order(own[i] + extra + prev_parts[i] + next_parts[i])), *pairs[i]])
    return items


def pages_of(slots: list[LineSlot]) -> list[range]:
    """The index ranges of each page's lines in `slots`: the CRF's sequences."""
    ranges = []
    start = 0
    for i in range(1, len(slots) + 1):
        if i == len(slots) or slots[i].page != slots[start].page:
            ranges.append(range(start, i))
            start = i
    return ranges


@dataclass(slots=True, frozen=True)
class LabelledLine:
    slot: LineSlot
    label: str
    score: float
    """The model's marginal probability of `label` for this line."""


def label_lines(layout: Layout, model_path: Path = MODEL_PATH) -> list[LabelledLine]:
    """Every line of the layout in reading order with its predicted label and that label's probability.

    The probabilities are read while the page is in the tagger: reading them later, when asked, would
    mean feeding the page to the tagger again, which costs more than reading them all now (~1 µs a line).
    """
    slots = reading_lines(layout)
    items = crf_items(line_features(layout, slots))
    tagger = crf.tagger(model_path)
    out: list[LabelledLine] = []
    for page in pages_of(slots):
        labels = tagger.tag([items[i] for i in page])
        for k, (i, label) in enumerate(zip(page, labels, strict=True)):
            out.append(LabelledLine(slots[i], label, tagger.marginal(label, k)))
    return out


class Segmentation:
    """One document's line labels, looked up by the line itself: what header and body ask of the model.

    Built once per document (the pipeline's `segment`); a line the model did not see (none, normally) has
    no label.
    """

    __slots__ = ("lines", "_by_line")

    def __init__(self, lines: list[LabelledLine]) -> None:
        self.lines = lines
        self._by_line = {id(ll.slot.line): ll for ll in lines}

    def of(self, line: Line) -> LabelledLine | None:
        return self._by_line.get(id(line))

    def label(self, line: Line) -> str | None:
        found = self._by_line.get(id(line))
        return None if found is None else found.label

    def confident_label(self, line: Line, at_least: float) -> str | None:
        """The line's label when the model gives it with probability `at_least`, else None: what a rule
        may yield to."""
        found = self._by_line.get(id(line))
        return found.label if found is not None and found.score >= at_least else None


def segment(layout: Layout, model_path: Path = MODEL_PATH) -> Segmentation:
    return Segmentation(label_lines(layout, model_path))


TSV_HEADER = "page\tx0\ty0\tx1\ty1\tlabel\tscore\ttext"


def labels_tsv(labelled: list[LabelledLine]) -> str:
    """One row per line: page (1-based), box in points (top-left origin), label, score, text.

    So a wrong title or a lost paragraph can be traced to the line the model read differently.
    """
    rows = [TSV_HEADER]
    for ll in labelled:
        x0, y0, x1, y1 = ll.slot.line.bbox
        text = ll.slot.line.text.replace("\t", " ")
        rows.append(
            f"{ll.slot.page + 1}\t{x0:.1f}\t{y0:.1f}\t{x1:.1f}\t{y1:.1f}\t{ll.label}\t{ll.score:.3f}\t{text}"
        )
    return "\n".join(rows)
