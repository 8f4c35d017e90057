"""Load and apply the affiliation CRF. The model file sits beside this module and is committed."""

from __future__ import annotations

import re
from pathlib import Path

from paperparse import crf
from paperparse.header.affiliation_parser.features import Token, token_features, tokenize

MODEL_PATH = Path(__file__).with_name("affiliation_crf.crfsuite")
MAX_TOKENS = 200  # an affiliation is a line or three; longer strings are several run together


def predict(raw: str, path: Path = MODEL_PATH) -> tuple[list[Token], list[str]]:
    """The tokens of `raw` and a label for each (features.LABELS); tokens beyond MAX_TOKENS get "other"."""
    tokens = tokenize(raw)
    if not tokens:
        return [], []
    head = tokens[:MAX_TOKENS]
    labels = list(crf.tagger(path).tag(token_features(head)))
    return tokens, labels + ["other"] * (len(tokens) - len(head))


_EDGES = " ,;:.()"


def labelled_parts(raw: str, tokens: list[Token], labels: list[str]) -> list[tuple[str, str]]:
    """Runs of one label as (label, text): each run the slice of `raw` from its first token to its last,
    spaces collapsed and separators trimmed (an abbreviation keeps its full stop: "Univ.")."""
    parts: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and labels[j + 1] == labels[i]:
            j += 1
        if labels[i] != "other":
            text = re.sub(r"\s+", " ", raw[tokens[i].start : tokens[j].end])
            keep_dot = text.endswith(".") and re.search(r"\b\w{1,5}\.$", text)
            text = text.strip(_EDGES) + ("." if keep_dot else "")
            if text.strip(_EDGES):
                parts.append((labels[i], text))
        i = j + 1
    return parts
