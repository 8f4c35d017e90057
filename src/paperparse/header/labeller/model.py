"""Load and apply the header CRF. The model file sits beside this module and is committed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from paperparse import crf
from paperparse.header.labeller.features import HeaderLine, line_features

MODEL_PATH = Path(__file__).with_name("header_crf.crfsuite")
MAX_LINES = 200  # a header is the top of a paper; the CRF cost grows with length


def predict(lines: Sequence[HeaderLine], path: Path = MODEL_PATH) -> list[str]:
    """One label per line (see features.LABELS); lines beyond MAX_LINES get "other"."""
    if not lines:
        return []
    head = lines[:MAX_LINES]
    labels = crf.tagger(path).tag(line_features(head))
    return list(labels) + ["other"] * (len(lines) - len(head))
