"""Load the committed segmentation CRF and label every line of a layout, with the model's confidence.

The CRF reads the lines of one page in reading order as one sequence; its numeric line features are cut
into a few fixed buckets each (a CRF weighs the presence of a feature, not its size).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from paperparse import crf
from paperparse.layout import Layout
from paperparse.pdf.model import Line
from paperparse.segmentation.features import LineSlot, line_features, reading_lines

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


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if value < edge:
            return i
    return len(edges)


def _encoder(name: str) -> Callable[[float], str | None]:
    """How feature `name` becomes a CRF attribute ("size_ratio=4"); None drops an absent binary one."""
    base = name.split("_", 1)[1] if name.startswith(("prev_", "next_")) else name
    if base in _BINARY or name.startswith(("cue_", "prev_same", "next_same", "prev_none", "next_none")):
        return lambda value: name if value else None
    if base in ("size_rank", "column", "columns"):
        return lambda value: f"{name}={int(value)}"
    key = "gap" if base.startswith("gap") else base
    if key in _EDGES:
        edges = _EDGES[key]
        return lambda value: f"{name}={_bucket(value, edges)}"
    return lambda value: f"{name}={min(int(value * 10), 9)}"  # a share of the page or of the characters


_encoders: dict[str, Callable[[float], str | None]] = {}


def _encode(name: str, value: float) -> str | None:
    found = _encoders.get(name)
    if found is None:
        found = _encoders[name] = _encoder(name)
    return found(value)


def crf_items(features: list[dict[str, float]]) -> list[list[str]]:
    """CRF attributes per line: the bucketed features, and a few pairs the labels depend on jointly."""
    items = []
    for f in features:
        attrs = [a for name, value in sorted(f.items()) if (a := _encode(name, value)) is not None]
        rank = int(f["size_rank"])
        first = int(f["first_page"])
        attrs.append(f"first{first}_rank={rank}")
        attrs.append(f"first{first}_y={min(int(f['y0'] * 5), 4)}")
        attrs.append(f"bold_rank={int(f['bold'])}_{rank}")
        items.append(attrs)
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
    """Every line of the layout in reading order with its predicted label and that label's probability."""
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
