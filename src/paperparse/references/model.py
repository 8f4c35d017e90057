"""Load and apply the reference CRF. The model file sits beside this module and is committed."""

from __future__ import annotations

from pathlib import Path

from paperparse import crf
from paperparse.references.features import token_features
from paperparse.references.tokens import Token

MODEL_PATH = Path(__file__).with_name("reference_crf.crfsuite")
MAX_TOKENS = 400  # longer inputs are garbage or merged references; the CRF cost grows with length


def predict(tokens: list[Token], path: Path = MODEL_PATH) -> list[str]:
    """Labels for the first MAX_TOKENS tokens; any tokens beyond get "other"."""
    if not tokens:
        return []
    head = tokens[:MAX_TOKENS]
    labels = crf.tagger(path).tag(token_features(head))
    return list(labels) + ["other"] * (len(tokens) - len(head))
