"""Word → the field the training references mostly tag it as ("robert" author, "press" publisher).

Word-identity features alone are mostly zeroed by L1 for rare words; one "this word is usually a surname"
feature generalises across them. The lexicon is built from training data only and written beside the
model, so `paperparse train references` reproduces both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from paperparse.references.tokens import Token

MIN_COUNT = 3  # rarer words say too little about their field
MIN_SHARE = 0.6  # below it a word is not any field's own
FIELDS = frozenset(("author", "title", "venue", "publisher", "location", "editor", "note", "date"))

Lexicon = dict[str, str]


def build(sequences: Iterable[tuple[Sequence[Token], Sequence[str]]]) -> Lexicon:
    """Lexicon from (tokens, labels) sequences: each word (two letters or more) seen MIN_COUNT times whose
    most frequent label holds MIN_SHARE of its uses and is one of FIELDS."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for tokens, labels in sequences:
        for token, label in zip(tokens, labels, strict=False):
            text = token.text
            if len(text) > 1 and text[0].isalpha():
                counts[text.lower()][label] += 1
    lexicon = {}
    for word, by_label in counts.items():
        total = sum(by_label.values())
        label, n = by_label.most_common(1)[0]
        if total >= MIN_COUNT and n >= MIN_SHARE * total and label in FIELDS:
            lexicon[word] = label
    return lexicon


def path_for(model_path: Path) -> Path:
    """The lexicon file that goes with a model file."""
    return model_path.with_suffix(".lexicon.tsv")


def write(lexicon: Lexicon, path: Path) -> None:
    path.write_text("".join(f"{w}\t{lexicon[w]}\n" for w in sorted(lexicon)), encoding="utf-8")


@lru_cache(maxsize=8)
def for_model(model_path: Path) -> Lexicon:
    """The lexicon that goes with a model file, read once (prediction asks for it per reference)."""
    return load(path_for(model_path))


@lru_cache(maxsize=8)
def load(path: Path) -> Lexicon:
    """The lexicon at `path`, read once; an absent file is an empty lexicon (a model trained without one)."""
    if not path.exists():
        return {}
    pairs = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {w: label for w, label in pairs}
