"""What every CRF model unit shares: a tagger per thread, deterministic training, and its dev scores.

The units themselves (references, header labeller) own their features, labels and model files.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

_local = threading.local()


def tagger(path: Path) -> pycrfsuite.Tagger:
    """A Tagger per thread and model path: pycrfsuite taggers keep state between calls, so are not shared."""
    cache: dict[Path, pycrfsuite.Tagger] = _local.__dict__.setdefault("taggers", {})
    found = cache.get(path)
    if found is None:
        found = pycrfsuite.Tagger()
        found.open(str(path))
        cache[path] = found
    return found


def fit(sequences: Sequence[tuple[Sequence, Sequence[str]]], path: Path, params: dict) -> None:
    """Train on (features, labels) sequences and write the model to `path`.

    Deterministic: L-BFGS over the sequences in the order given.
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": tp + fn}


def format_scores(name: str, scores: dict[str, dict[str, float]], column: str = "field") -> str:
    """A small fixed-width table for the terminal and for reports."""
    lines = [name, f"{column:<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for key, s in scores.items():
        lines.append(f"{key:<12}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{int(s['support']):7d}")
    return "\n".join(lines)
