"""Load, save and apply the header CRF. The model file sits beside this module and is committed."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from paperparse.header.labeller.features import HeaderLine, line_features

MODEL_PATH = Path(__file__).with_name("header_crf.crfsuite")
MAX_LINES = 200  # a header is the top of a paper; the CRF cost grows with length

_local = threading.local()


def _tagger(path: Path) -> pycrfsuite.Tagger:
    """A Tagger per thread and model path: pycrfsuite taggers keep state between calls, so are not shared."""
    cache: dict[Path, pycrfsuite.Tagger] = _local.__dict__.setdefault("taggers", {})
    tagger = cache.get(path)
    if tagger is None:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        cache[path] = tagger
    return tagger


def predict(lines: Sequence[HeaderLine], path: Path = MODEL_PATH) -> list[str]:
    """One label per line (see features.LABELS); lines beyond MAX_LINES get "other"."""
    if not lines:
        return []
    head = lines[:MAX_LINES]
    labels = _tagger(path).tag(line_features(head))
    return list(labels) + ["other"] * (len(lines) - len(head))


def save(sequences: list[tuple[list[dict[str, float | str]], list[str]]], path: Path, params: dict) -> None:
    """Train a CRF on (features, labels) sequences and write it to `path` (deterministic: L-BFGS, fixed order)."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
