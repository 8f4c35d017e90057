"""A body read with the segmentation model's labels fixed by hand: a test of a rule that must hold however
the model reads a line (as a model trained without the paper may read it) sets that reading itself."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from paperparse.body import extract_body
from paperparse.document import BodyMatter
from paperparse.layout import analyze, rezoned
from paperparse.pdf import read_pdf
from paperparse.segmentation import LabelledLine, Segmentation, reading_lines


def body_read_as(path: Path, says: dict[str, tuple[str, float]], cells: Collection[str] = ()) -> BodyMatter:
    """The body of a generated PDF whose lines are labelled so: a line opening with a key of `says` gets
    that (label, score), a line opening with a text of `cells` "table", every other line "paragraph"."""
    layout = analyze(read_pdf(path))
    layout = rezoned(layout, layout.text_blocks("front"), "body")
    lines = []
    for slot in reading_lines(layout):
        text = slot.line.text
        label = next((v for k, v in says.items() if text.startswith(k)), None)
        if label is None:
            label = ("table", 0.99) if any(text.startswith(c) for c in cells) else ("paragraph", 0.99)
        lines.append(LabelledLine(slot, *label))
    return extract_body(layout, Segmentation(lines))[0]
