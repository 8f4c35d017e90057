"""Train, load and apply the reference CRF. The model file sits beside this module and is committed."""

from __future__ import annotations

import threading
from pathlib import Path

import pycrfsuite

from paperparse.references.features import token_features
from paperparse.references.tokens import Token

MODEL_PATH = Path(__file__).with_name("reference_crf.crfsuite")
MAX_TOKENS = 400  # longer inputs are garbage or merged references; the CRF cost grows with length

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


def predict(tokens: list[Token], path: Path = MODEL_PATH) -> list[str]:
    """Labels for the first MAX_TOKENS tokens; any tokens beyond get "other"."""
    if not tokens:
        return []
    head = tokens[:MAX_TOKENS]
    labels = _tagger(path).tag(token_features(head))
    return list(labels) + ["other"] * (len(tokens) - len(head))


def fit(sequences: list[tuple[list[list[str]], list[str]]], path: Path, params: dict) -> None:
    """Train a CRF on (features, labels) sequences and write it to `path` (deterministic: L-BFGS, fixed order)."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
