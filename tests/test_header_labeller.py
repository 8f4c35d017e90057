"""The header CRF: its features, the committed model on an obvious header, its score on GROBID's held-out set."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperparse.header.labeller import model
from paperparse.header.labeller.features import HeaderLine, line_features
from paperparse.header.labeller.train import evaluate, load_grobid_headers

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GROBID_EVALUATION = SHARED / "corpora" / "grobid" / "header" / "evaluation" / "tei"
MEASURED_MICRO_F1 = 0.974
"""Line-level micro F1 (labels other than "other") of the committed model on GROBID header/evaluation."""

OBVIOUS_HEADER = [
    "Learning to Parse Scholarly Documents with Conditional Random Fields",
    "Alice Smith and Bob Lee",
    "Department of Computer Science, University of Oxford",
    "Oxford, United Kingdom",
    "{alice.smith, bob.lee}@cs.ox.ac.uk",
    "Abstract",
    "We present a method that extracts the title, the authors and the abstract of scientific",
    "papers from their first page. It labels each line with a conditional random field trained",
    "on annotated headers, and it reaches high accuracy on a held-out set of papers.",
    "Keywords: information extraction, conditional random fields, digital libraries",
]
EXPECTED = [
    "title",
    "author",
    "affiliation",
    "affiliation",
    "email",
    None,
    "abstract",
    "abstract",
    "abstract",
    "keywords",
]


def test_text_features_without_layout() -> None:
    feats = line_features([HeaderLine("University of Oxford"), HeaderLine("alice@ox.ac.uk")])
    first, second = feats
    assert first["w:university"] == 1.0 and first["h:inst"] == 1.0
    assert first["first"] == "university" and first["last"] == "oxford"
    assert second["at"] == 1.0 and second["email"] == 1.0
    assert first["p:edge"] == 1.0 and second["n:edge"] == 1.0
    assert first["n:at"] == 1.0 and second["p:h:inst"] == 1.0  # the neighbours' evidence is visible
    assert not [k for f in feats for k in f if k.startswith("L:")]  # layout absent, not faked


def test_layout_features_when_present() -> None:
    line = HeaderLine(
        "A Title", size_rank=1, size_ratio=1.8, bold=True, italic=False, centred=True, gap_before=2.0
    )
    (f,) = line_features([line])
    assert f["L:rank"] == "1" and f["L:bold"] == 1.0 and f["L:centred"] == 1.0
    assert f["L:rel"] == "5" and f["L:gap"] == "3"
    assert "L:italic" not in f


def test_committed_model_labels_an_obvious_header() -> None:
    assert model.MODEL_PATH.exists() and model.MODEL_PATH.stat().st_size < 3_000_000
    labels = model.predict([HeaderLine(t) for t in OBVIOUS_HEADER])
    scored = [(p, e) for p, e in zip(labels, EXPECTED, strict=True) if e is not None]
    right = sum(p == e for p, e in scored)
    assert right >= len(scored) - 1, labels
    assert labels[0] == "title" and labels[1] == "author"


@pytest.mark.skipif(
    not GROBID_EVALUATION.is_dir(), reason=f"no GROBID header evaluation set at {GROBID_EVALUATION}"
)
def test_committed_model_on_grobid_header_evaluation() -> None:
    scores = evaluate(model.MODEL_PATH, load_grobid_headers(GROBID_EVALUATION))
    assert scores["micro"]["f1"] >= MEASURED_MICRO_F1 - 0.02, scores
