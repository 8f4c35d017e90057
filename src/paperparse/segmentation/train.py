"""Rebuild the segmentation CRF from silver-labelled lines, and measure it with grouped cross-validation.

    paperparse train segmentation --shared ../shared --out src/paperparse/segmentation/segmentation_crf.crfsuite

Trains on every line of the DEV papers (folds 0-2, `paperparse.eval.folds`) of latex-pairs (silver
labels, `silver.py`) and of DocBank's annotated pages, papers in folder-name order, pages in document
order: the file is byte-identical on a rerun. JUDGE papers are left out so that they stay held out.

`--generated DIR` also trains on a generated table corpus (scripts/table_corpus.py, with its gold.json):
the table pages of its DEV-seed papers, at most `--generated-share` of the real pages. It is off for the
committed model (README: the real papers' tables do not move with it).

`--compare` runs the measurement the model family was chosen by: papers are split into five folds by
`fold_of(doc_id)`; each fold is labelled by a model trained on the other four, and line-level P/R/F1 per
label is reported for DEV papers (folds 0-2), JUDGE papers (folds 3-4), DocBank pages and per template
family, for the CRF and for gradient-boosted trees (LightGBM, `pip install lightgbm`) over the same
features. At the committed state LightGBM scores higher (line micro-F1 DEV .911 vs .899, JUDGE .909 vs
.885, DocBank .828 vs .821), but trained on everything its file is 4.3 MB and it takes ~38 ms per 100
lines; the CRF is 0.12 MB and ~4 ms per page, so the CRF is the committed model.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from paperparse import crf
from paperparse.command_help import DefaultsHelpFormatter
from paperparse.eval.folds import DEV_FOLDS, fold_of
from paperparse.segmentation import model
from paperparse.segmentation.features import LABELS, line_features
from paperparse.segmentation.silver import (
    GENERATED,
    SilverDocument,
    docbank_documents,
    generated_documents,
    latex_pair_documents,
)

CRF_PARAMS = {
    "c1": 0.2,  # L1 keeps the file small by zeroing rare attributes
    "c2": 0.01,
    "feature.minfreq": 2,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
GENERATED_SHARE = 0.2
"""At most this many generated table pages per real page (`load_examples`)."""


@dataclass(slots=True)
class Example:
    """One paper's line features and silver labels, cut into its labelled pages."""

    doc_id: str
    family: str
    items: list[list[str]]
    features: list[dict[str, float]]
    labels: list[str]
    pages: list[range]


def _fold(ex: Example) -> int:
    """The paper's fold in `paperparse.eval.folds`; DocBank pages are held out by paper the same way."""
    return fold_of("docbank" if ex.family == "docbank" else "latex-pairs", ex.doc_id)


def _trains_on(ex: Example, folds: frozenset[int] | set[int]) -> bool:
    """Whether a model trained on these folds sees the example: a generated paper (a DEV seed) always."""
    return ex.family == GENERATED or _fold(ex) in folds


def _example(doc: SilverDocument) -> Example:
    features = line_features(doc.layout, doc.slots)
    pages = [r for r in model.pages_of(doc.slots) if doc.slots[r.start].page in doc.pages]
    return Example(doc.doc_id, doc.family, model.crf_items(features), features.dicts(), doc.labels, pages)


def load_examples(
    corpora: Path, generated: Path | None = None, share: float = GENERATED_SHARE
) -> list[Example]:
    """latex-pairs papers, then DocBank pages, each in name order; then, given a generated table corpus
    (scripts/table_corpus.py), its DEV-seed papers in name order, their table pages, until they make
    `share` of the real pages: the CRF weighs every sequence alike, so the cap keeps the generated pages'
    few templates and placeholder prose from outweighing the real papers."""
    out = [
        _example(doc)
        for source in (latex_pair_documents(corpora / "latex-pairs"), docbank_documents(corpora / "docbank"))
        for doc in source
    ]
    if generated is not None:
        room = int(share * sum(len(ex.pages) for ex in out))
        for doc in generated_documents(generated, group="dev"):
            ex = _example(doc)
            if len(ex.pages) > room:
                break
            room -= len(ex.pages)
            out.append(ex)
    return out


def _crf_sequences(examples: list[Example]) -> list[tuple[list[list[str]], list[str]]]:
    return [([ex.items[i] for i in r], [ex.labels[i] for i in r]) for ex in examples for r in ex.pages]


def fit_crf(examples: list[Example], out: Path) -> None:
    crf.fit(_crf_sequences(examples), out, CRF_PARAMS)


def train(
    corpora: Path,
    out: Path,
    generated: Path | None = None,
    share: float = GENERATED_SHARE,
    leave_out: int | None = None,
) -> int:
    """Train on the DEV papers' examples and write the model; returns the number of page sequences.

    `leave_out` (a DEV fold) trains without that fold too, for inner cross-validation inside DEV.

    JUDGE papers (folds 3-4 of latex-pairs and DocBank) never train it, so every JUDGE figure of a part
    that reads its labels (header, body) is a held-out figure, not a training-set one; neither do the
    JUDGE seeds of a generated corpus.
    """
    folds = DEV_FOLDS - {leave_out}
    examples = [ex for ex in load_examples(corpora, generated, share) if _trains_on(ex, folds)]
    fit_crf(examples, out)
    return sum(len(ex.pages) for ex in examples)


Predictor = Callable[[list[Example], list[Example]], list[list[str]]]
"""(train, test) → the predicted labels of each test example's labelled lines, page by page."""


def crf_predictor(train_set: list[Example], test_set: list[Example]) -> list[list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fold.crfsuite"
        fit_crf(train_set, path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        out = [[lab for r in ex.pages for lab in tagger.tag([ex.items[i] for i in r])] for ex in test_set]
        tagger.close()
    return out


def gbt_predictor(train_set: list[Example], test_set: list[Example]) -> list[list[str]]:
    """LightGBM over the same numeric features, each line on its own (neighbours are in its features)."""
    import lightgbm
    import numpy as np

    names = sorted({k for ex in train_set for f in ex.features for k in f})
    column = {k: j for j, k in enumerate(names)}

    def matrix(examples: list[Example]) -> np.ndarray:
        rows = [ex.features[i] for ex in examples for r in ex.pages for i in r]
        x = np.zeros((len(rows), len(names)), dtype=np.float32)
        for n, f in enumerate(rows):
            for k, v in f.items():
                if k in column:
                    x[n, column[k]] = v
        return x

    y = np.array([LABELS.index(ex.labels[i]) for ex in train_set for r in ex.pages for i in r])
    params = {
        "objective": "multiclass",
        "num_class": len(LABELS),
        "learning_rate": 0.1,
        "num_leaves": 31,
        "min_sum_hessian_in_leaf": 10.0,  # without it the rare labels' leaves blow up (train accuracy .74)
        "deterministic": True,
        "num_threads": 1,
        "seed": 0,
        "verbose": -1,
    }
    booster = lightgbm.train(params, lightgbm.Dataset(matrix(train_set), y), num_boost_round=150)
    predicted = iter(booster.predict(matrix(test_set)).argmax(axis=1))
    return [[LABELS[next(predicted)] for r in ex.pages for _ in r] for ex in test_set]


def cross_validate(examples: list[Example], predict: Predictor) -> dict[str, list[tuple[str, str]]]:
    """(gold, predicted) line pairs per report group: dev, judge, docbank and each `family:<name>`."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for fold in range(5):
        test = [ex for ex in examples if ex.family != GENERATED and _fold(ex) == fold]
        train_set = [ex for ex in examples if _trains_on(ex, set(range(5)) - {fold})]
        for ex, predicted in zip(test, predict(train_set, test), strict=True):
            gold = [ex.labels[i] for r in ex.pages for i in r]
            pairs = list(zip(gold, predicted, strict=True))
            if ex.family == "docbank":
                groups.setdefault("docbank", []).extend(pairs)
                continue
            groups.setdefault("dev" if fold < 3 else "judge", []).extend(pairs)
            groups.setdefault(f"family:{ex.family}", []).extend(pairs)
    return groups


def scores(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Line-level P/R/F1 per label, and `micro` over every label but `other`."""
    counts = {label: [0, 0, 0] for label in LABELS}
    for gold, predicted in pairs:
        if gold == predicted:
            counts[gold][0] += 1
        else:
            counts[predicted][1] += 1
            counts[gold][2] += 1
    out = {label: crf.prf(*c) for label, c in counts.items() if c != [0, 0, 0]}
    scored = [c for label, c in counts.items() if label != "other"]
    out["micro"] = crf.prf(*(sum(c[k] for c in scored) for k in range(3)))
    return out


def compare(
    corpora: Path, generated: Path | None = None, share: float = GENERATED_SHARE, crf_only: bool = False
) -> None:
    """Print the cross-validated scores of the CRF and of LightGBM, group by group (generated papers train
    every fold and are scored in none)."""
    examples = load_examples(corpora, generated, share)
    predictors = (("crf", crf_predictor), ("lightgbm", gbt_predictor))
    for name, predict in predictors[:1] if crf_only else predictors:
        t0 = time.perf_counter()
        groups = cross_validate(examples, predict)
        print(f"== {name}: 5-fold grouped cross-validation in {time.perf_counter() - t0:.0f}s")
        for group in ("dev", "judge", "docbank"):
            print(crf.format_scores(f"{name} {group} (lines)", scores(groups[group]), "label"))
        for group in sorted(g for g in groups if g.startswith("family:")):
            s = scores(groups[group])["micro"]
            print(f"{name} {group:<18} micro P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")


def main(argv: list[str] | None = None) -> int:
    """CLI entry point, also called by `paperparse train segmentation`."""
    ap = argparse.ArgumentParser(
        prog="paperparse train segmentation",
        description="Rebuild the segmentation model.",
        formatter_class=DefaultsHelpFormatter,
    )
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    ap.add_argument("--out", type=Path, default=model.MODEL_PATH, help="model file to write")
    ap.add_argument(
        "--compare", action="store_true", help="cross-validate CRF and LightGBM instead of training"
    )
    ap.add_argument("--crf-only", action="store_true", help="with --compare: the CRF alone")
    ap.add_argument(
        "--generated",
        type=Path,
        help="also train on the DEV-seed papers of this generated table corpus (scripts/table_corpus.py, "
        "with gold.json)",
    )
    ap.add_argument(
        "--generated-share",
        type=float,
        default=GENERATED_SHARE,
        help="at most this many generated table pages per real page",
    )
    ap.add_argument(
        "--leave-out-fold",
        type=int,
        choices=sorted(DEV_FOLDS),
        help="also leave this DEV fold out (inner cross-validation: `paperparse eval --folds K "
        "--segmentation-model OUT`)",
    )
    args = ap.parse_args(argv)
    corpora = args.shared / "corpora"
    if args.compare:
        compare(corpora, args.generated, args.generated_share, args.crf_only)
        return 0
    t0 = time.perf_counter()
    n = train(corpora, args.out, args.generated, args.generated_share, args.leave_out_fold)
    size = args.out.stat().st_size / 1e6
    print(f"trained on {n} page sequences in {time.perf_counter() - t0:.0f}s -> {args.out} ({size:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
