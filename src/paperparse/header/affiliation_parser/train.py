"""Rebuild the affiliation CRF from GROBID's affiliation-address corpus in ../shared, and score it.

    paperparse train affiliations --shared ../shared    (writes affiliation_crf.crfsuite)
    paperparse train affiliations --shared ../shared --cv    (5-fold CV on corpus/ against the rules; no model written)

Trains on affiliation-address/corpus only. Its evaluation/ set is never trained on: corpus/ holds a copy
of it (cora-blocks.tei.xml, with six more strings), so any corpus string whose text is also in
evaluation/ is dropped. Cross-validation folds are grouped by source file, so no file's strings are
both trained on and scored.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from paperparse import crf
from paperparse.corpora.grobid_tei import TaggedAffiliation, load_affiliation_split
from paperparse.eval.run import affiliation_gold
from paperparse.eval.scoring import FieldScores, score_parsed_affiliation
from paperparse.header.affiliation_parser import model
from paperparse.header.affiliation_parser.features import token_features, tokenize

CRF_PARAMS = {  # chosen by 5-fold CV on corpus/ (c1 0.05-1.0, c2 0.01-0.1 all within .005 on "parts")
    "c1": 0.3,
    "c2": 0.1,
    "feature.minfreq": 1,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
FOLDS = 5
SHOWN = ("institution", "department", "department+lab", "settlement", "post_code", "country", "parts")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def training_affiliations(corpora: Path) -> list[TaggedAffiliation]:
    """corpus/ strings in file order, those whose text is also in evaluation/ left out."""
    grobid = corpora / "grobid"
    held_out = {_norm(a.raw) for a in load_affiliation_split(grobid, "evaluation")}
    return [a for a in load_affiliation_split(grobid, "corpus") if _norm(a.raw) not in held_out]


def _one_line(affiliation: TaggedAffiliation) -> str:
    """The string as the header hands it to the parser: its lines joined by spaces (offsets kept)."""
    return affiliation.raw.replace("\n", " ")


def token_labels(affiliation: TaggedAffiliation) -> tuple[list, list[str]]:
    """The string's tokens, each labelled with the tagged part it lies in, else "other"."""
    tokens = tokenize(_one_line(affiliation))[: model.MAX_TOKENS]
    labels = []
    for token in tokens:
        inside = (name for name, a, b in affiliation.spans if a <= token.start < b)
        labels.append(next(inside, "other"))
    return tokens, labels


def fit(affiliations: Sequence[TaggedAffiliation], out: Path, params: dict | None = None) -> None:
    sequences = []
    for affiliation in affiliations:
        tokens, labels = token_labels(affiliation)
        sequences.append((token_features(tokens), labels))
    crf.fit(sequences, out, params or CRF_PARAMS)


def train(corpora: Path, out: Path, cv: bool = False) -> int:
    """Write the model trained on every training string; with `cv`, first print the 5-fold scores."""
    affiliations = training_affiliations(corpora)
    if cv:
        cross_validate(affiliations)
    fit(affiliations, out)
    return len(affiliations)


Parser = Callable[[str], dict[str, Any]]


def score(parser: Parser, affiliations: Sequence[TaggedAffiliation]) -> dict[str, Any]:
    scores = FieldScores()
    for affiliation in affiliations:
        score_parsed_affiliation(scores, affiliation_gold(affiliation.parts), parser(affiliation.raw))
    return scores.to_dict()


def _fold_of(source: str) -> int:
    """A file's fold: a stable hash of its name (sum of its bytes), so folds do not depend on order."""
    return sum(source.encode()) % FOLDS


def cross_validate(affiliations: Sequence[TaggedAffiliation], params: dict | None = None) -> dict[str, Any]:
    """Rules and CRF on the same held-out folds of corpus/ (grouped by source file), pooled."""
    from paperparse.header.affiliations import parse_affiliation, parse_with_rules
    from paperparse.output.json import affiliation_to_dict

    crf_scores = FieldScores()
    rule_scores = FieldScores()
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            path = Path(tmp) / f"fold{fold}.crfsuite"
            fit([a for a in affiliations if _fold_of(a.source) != fold], path, params)
            for a in affiliations:
                if _fold_of(a.source) != fold:
                    continue
                gold = affiliation_gold(a.parts)
                score_parsed_affiliation(
                    crf_scores, gold, affiliation_to_dict(parse_affiliation(a.raw, path))
                )
                score_parsed_affiliation(rule_scores, gold, affiliation_to_dict(parse_with_rules(a.raw)))
    result = {"rules": rule_scores.to_dict(), "crf": crf_scores.to_dict()}
    print(_table(f"{FOLDS}-fold CV on corpus/ (grouped by file), soft F1", result))
    return result


def _table(title: str, by_parser: dict[str, dict[str, Any]]) -> str:
    lines = [title, f"{'field':<16}" + "".join(f"{name:>8}" for name in by_parser)]
    for field in SHOWN:
        row = [by_parser[name][f"affiliation.{field}"]["soft"]["f1"] for name in by_parser]
        lines.append(f"{field:<16}" + "".join(f"{v:8.3f}" for v in row))
    return "\n".join(lines)


def report(corpora: Path, model_path: Path) -> None:
    """Rules and the model on evaluation/ (soft F1)."""
    from paperparse.header.affiliations import parse_affiliation, parse_with_rules
    from paperparse.output.json import affiliation_to_dict

    held_out = load_affiliation_split(corpora / "grobid", "evaluation")
    by_parser = {
        "rules": score(lambda raw: affiliation_to_dict(parse_with_rules(raw)), held_out),
        "crf": score(lambda raw: affiliation_to_dict(parse_affiliation(raw, model_path)), held_out),
    }
    print(_table("GROBID affiliation-address/evaluation, soft F1", by_parser))


def main(argv: list[str] | None = None) -> int:
    return crf.training_command(
        argv,
        unit="affiliations",
        default_out=model.MODEL_PATH,
        train=train,
        report=report,
        flags={"cv": "first print 5-fold cross-validation on corpus/ (rules against CRF)"},
    )
