"""Load and apply the reference CRF. The model file sits beside this module and is committed."""

from __future__ import annotations

from pathlib import Path

from paperparse import crf
from paperparse.references import lexicon
from paperparse.references.features import token_features
from paperparse.references.tokens import Token

MODEL_PATH = Path(__file__).with_name("reference_crf.crfsuite")
MAX_TOKENS = 400  # longer inputs are garbage or merged references; the CRF cost grows with length
# "other" after a title is learnt as its own label, "other+": a first-order CRF otherwise forgets that a
# title has been seen, and takes the container after "Title. In J. Smith (ed.)," or "Title. Journal 12"
# for a second title. (Marking date, editor and note the same way too measured no better.)
AFTER_TITLE = "other+"


def training_labels(labels: list[str]) -> list[str]:
    """The labels the CRF learns: "other" is "other+" once a title token has passed."""
    out = []
    titled = False
    for label in labels:
        titled = titled or label == "title"
        out.append(AFTER_TITLE if titled and label == "other" else label)
    return out


def predict(tokens: list[Token], path: Path = MODEL_PATH) -> list[str]:
    """Labels for the first MAX_TOKENS tokens; any tokens beyond get "other"."""
    if not tokens:
        return []
    head = tokens[:MAX_TOKENS]
    labels = [
        "other" if lab == AFTER_TITLE else lab
        for lab in crf.tagger(path).tag(token_features(head, lexicon.for_model(path)))
    ]
    return labels + ["other"] * (len(tokens) - len(head))
