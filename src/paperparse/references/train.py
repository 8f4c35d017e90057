"""Rebuild the reference CRF and its lexicon from the tagged corpora in ../shared, and score them field by field.

    paperparse train references --shared ../shared    (writes reference_crf.crfsuite + reference_crf.lexicon.tsv)

Trains on GROBID citation/corpus + AnyStyle core/good/ugly/bad (train split) + ParsCit (all sets present).
GROBID citation/evaluation and the AnyStyle test split are never trained on; they are what `evaluate` scores.
`--printed` adds silver references printed in the styles of latex-pairs DEV papers; they are built in
`paperparse.train.printed_references` (which runs the pipeline, so it cannot live here) and handed in as
`silver`. The committed model is trained without them (issue 14).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from paperparse import crf
from paperparse.corpora.tagged_refs import (
    TaggedReference,
    load_anystyle,
    load_grobid_citations,
    load_parscit,
)
from paperparse.document import Reference
from paperparse.references import lexicon, model
from paperparse.references.features import token_features
from paperparse.references.fields import reference_from_labels
from paperparse.references.parser import parse_reference
from paperparse.references.tokens import Token

CRF_PARAMS = {
    "c1": 1.0,  # L1 keeps the model file small by zeroing rare features
    "c2": 0.01,
    "feature.minfreq": 2,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
FIELDS = ("authors", "title", "venue", "year", "volume", "issue", "pages")
CORE_FIELDS = ("authors", "title", "venue", "year", "volume", "pages")
_NOT_ALNUM = re.compile(r"[\W_]+")


def training_references(corpora: Path) -> list[TaggedReference]:
    """Every training sequence, in a fixed order (so training is deterministic).

    GROBID's citation/corpus folder also holds copies of its evaluation files, and a few AnyStyle strings
    recur with different punctuation, so anything whose normalised text is in a held-out set is dropped.
    """
    held_out = {_norm(r.raw) for r in load_grobid_citations("evaluation", corpora)}
    held_out |= {_norm(r.raw) for r in load_anystyle(("core", "good", "ugly"), split="test", root=corpora)}
    refs = list(load_grobid_citations("corpus", corpora))
    refs += load_anystyle(("core", "good", "ugly", "bad"), split="train", root=corpora)
    refs += load_parscit(root=corpora)
    return [r for r in refs if _norm(r.raw) not in held_out]


Labeller = Callable[[list[Token]], list[str]]
Silver = Callable[[Labeller], tuple[list[TaggedReference], int]]


def train(corpora: Path, out: Path, silver: Silver | None = None) -> int:
    """Train and write the model and its lexicon; returns the number of training sequences.

    `silver(base)` adds extra tagged strings (and says how many it tried), whose tokens outside what it
    knows are labelled by `base`, a model trained first on the tagged corpora alone (in a temporary
    folder, so that the result depends on ../shared only, not on the committed model). They are trained
    on but kept out of the lexicon, whose word classes stay those of the tagged corpora.
    """
    refs = training_references(corpora)
    kept: list[TaggedReference] = []
    if silver is not None:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "base.crfsuite"
            fit(refs, base)
            kept, tried = silver(lambda tokens: model.predict(tokens, base))
        print(f"printed references: {len(kept)} of {tried} aligned well enough to train on")
    fit(refs, out, kept)
    return len(refs) + len(kept)


LEXICON_FOLDS = 5


def fit(refs: list[TaggedReference], out: Path, unlisted: Sequence[TaggedReference] = ()) -> None:
    """Fit the CRF on `refs` and `unlisted` and write it to `out`, with the lexicon of `refs` beside it.

    Each training sequence of `refs` sees a lexicon built from the other folds only: with its own words in
    the lexicon, the CRF would learn to trust the lexicon more than it deserves on unseen text. `unlisted`
    sequences see the whole lexicon, as unseen text does.
    """
    cap = model.MAX_TOKENS
    sequences = [(r.tokens[:cap], r.labels[:cap]) for r in refs]
    xseqs: list[list[list[str]]] = [[] for _ in refs]
    for fold in range(LEXICON_FOLDS):
        words = lexicon.build(s for i, s in enumerate(sequences) if i % LEXICON_FOLDS != fold)
        for i in range(fold, len(sequences), LEXICON_FOLDS):
            xseqs[i] = token_features(sequences[i][0], words)
    words = lexicon.build(sequences)
    for r in unlisted:
        sequences.append((r.tokens[:cap], r.labels[:cap]))
        xseqs.append(token_features(sequences[-1][0], words))
    crf.fit(
        [(x, model.training_labels(list(y))) for x, (_, y) in zip(xseqs, sequences, strict=True)],
        out,
        CRF_PARAMS,
    )
    lexicon.write(words, lexicon.path_for(out))


def _norm(value: str | None) -> str:
    return _NOT_ALNUM.sub("", value.lower()) if value else ""


def field_values(ref: Reference) -> dict[str, str]:
    """The compared value of each scored field: lowercase alphanumerics; authors as their surnames in order."""
    values = {f: _norm(getattr(ref, f)) for f in FIELDS if f != "authors"}
    values["authors"] = " ".join(_norm(a.surname or a.name) for a in ref.authors).strip()
    return values


def evaluate(model_path: Path, sequences: Iterable[TaggedReference]) -> dict[str, dict[str, float]]:
    """Field-level precision/recall/F1 of `parse_reference` against gold labels, per field and micro-averaged.

    A predicted value that differs from a present gold value counts as both a false positive and a false
    negative (GROBID's convention). "micro" covers FIELDS, "micro_core" the six without issue.
    """
    counts = {f: [0, 0, 0] for f in FIELDS}  # tp, fp, fn
    for seq in sequences:
        gold = field_values(reference_from_labels(seq.raw, seq.tokens, seq.labels))
        pred = field_values(parse_reference(seq.raw, model_path=model_path))
        for f in FIELDS:
            g, p = gold[f], pred[f]
            if g and p == g:
                counts[f][0] += 1
                continue
            counts[f][1] += bool(p)
            counts[f][2] += bool(g)
    scores = {f: crf.prf(*c) for f, c in counts.items()}
    for name, fields in (("micro", FIELDS), ("micro_core", CORE_FIELDS)):
        scores[name] = crf.prf(*(sum(counts[f][k] for f in fields) for k in range(3)))
    return scores


def report(corpora: Path, model_path: Path) -> None:
    """Print the field scores of `model_path` on the held-out tagged strings."""
    grobid = load_grobid_citations("evaluation", corpora)
    print(crf.format_scores("GROBID citation/evaluation", evaluate(model_path, grobid)))
    anystyle_test = load_anystyle(("core", "good", "ugly"), split="test", root=corpora)
    print(crf.format_scores("AnyStyle test split", evaluate(model_path, anystyle_test)))
