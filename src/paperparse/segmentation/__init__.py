"""Page segmentation: a label for every line of a paper (title, author, ..., paragraph, reference, other).

A learned, layout-aware line labeller in the shape of GROBID's segmentation model. It reads the layout
(lines in reading order with their blocks, columns and fonts) and nothing above it:

    features.py   one feature dict per line, computed once per document
    model.py      load the committed model, label a layout's lines with a score each
    train.py      silver lines → the committed model, deterministic; grouped cross-validation
    silver.py     silver line labels: LaTeX-derived gold aligned to the PDF's lines, and DocBank
"""

from paperparse.segmentation.features import LABELS, LineSlot, reading_lines
from paperparse.segmentation.model import LabelledLine, Segmentation, label_lines, labels_tsv, segment

__all__ = [
    "LABELS",
    "LabelledLine",
    "LineSlot",
    "Segmentation",
    "label_lines",
    "labels_tsv",
    "reading_lines",
    "segment",
]
