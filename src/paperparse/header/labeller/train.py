"""Rebuild the header CRF from the annotated headers in ../shared, and score it line by line.

    python -m paperparse.header.labeller.train --shared ../shared --out src/paperparse/header/labeller/header_crf.crfsuite

Trains on GROBID header/corpus + the ParsCit (CORA) tagged headers. GROBID header/evaluation is never
trained on (headers whose text also appears there are dropped); it is what the dev check scores.
A line's label is the element covering most of its characters; address counts as affiliation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from paperparse import crf
from paperparse.header.labeller import model
from paperparse.header.labeller.features import LABELS, HeaderLine, line_features

CRF_PARAMS = {
    "c1": 0.5,  # L1 keeps the model file small by zeroing rare features
    "c2": 0.01,
    "feature.minfreq": 2,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
Sequence = tuple[list[str], list[str]]
"""A header as (line texts, line labels)."""

_TEI_LABELS = {
    "titlePart": "title",
    "docAuthor": "author",
    "affiliation": "affiliation",
    "address": "affiliation",
    "email": "email",
    "keyword": "keywords",
}
_PARSCIT_LABELS = {
    "title": "title",
    "author": "author",
    "affiliation": "affiliation",
    "address": "affiliation",
    "email": "email",
    "abstract": "abstract",
    "keyword": "keywords",
}
_SPACES = re.compile(r"\s+")
_PARSCIT_TAG = re.compile(r"<(/?)([a-z]+)>")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _tei_label(elem: ET.Element, inherited: str) -> str:
    tag = _local(elem.tag)
    if tag == "div" and elem.get("type") == "abstract":
        return "abstract"
    return _TEI_LABELS.get(tag, inherited)


def _tei_pieces(elem: ET.Element, label: str) -> Iterator[tuple[str, str]]:
    """(text, label) pieces in stream order; "\n" pieces are the <lb/> line breaks."""
    yield elem.text or "", label
    for child in elem:
        if _local(child.tag) == "lb":
            yield "\n", label
        else:
            yield from _tei_pieces(child, _tei_label(child, label))
        yield child.tail or "", label


def _lines_of(pieces: Iterable[tuple[str, str]]) -> Sequence:
    """Cut (text, label) pieces at "\n" and give each line the label covering most of its characters."""
    texts: list[str] = []
    labels: list[str] = []
    parts: list[str] = []
    weight: Counter[str] = Counter()

    def close() -> None:
        text = _SPACES.sub(" ", "".join(parts)).strip()
        if text:
            texts.append(text)
            labels.append(weight.most_common(1)[0][0])
        parts.clear()
        weight.clear()

    for text, label in pieces:
        if text == "\n":
            close()
            continue
        text = _SPACES.sub(" ", text)
        parts.append(text)
        weight[label] += len(text.replace(" ", ""))
    close()
    return texts, labels


def load_grobid_headers(folder: Path) -> list[Sequence]:
    """GROBID header TEI files (sorted by name) as line sequences."""
    out = []
    for path in sorted(folder.glob("*.xml")):
        root = ET.parse(path).getroot()
        front = next((e for e in root.iter() if _local(e.tag) == "front"), None)
        if front is not None:
            out.append(_lines_of(_tei_pieces(front, "other")))
    return out


def load_parscit_headers(path: Path) -> list[Sequence]:
    """ParsCit's tagged headers, one header per file line, "+L+" marking the original line breaks."""
    out = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        pieces: list[tuple[str, str]] = []
        label = "other"
        pos = 0
        for m in _PARSCIT_TAG.finditer(raw):
            pieces.append((raw[pos : m.start()], label))
            label = "other" if m.group(1) else _PARSCIT_LABELS.get(m.group(2), "other")
            pos = m.end()
        pieces.append((raw[pos:], label))
        split = [
            (part, lab) if part != "+L+" else ("\n", lab)
            for text, lab in pieces
            for part in re.split(r"(\+L\+)", text.replace("+PAGE+", " "))
        ]
        texts, labels = _lines_of(split)
        if texts:
            out.append((texts, labels))
    return out


def _key(seq: Sequence) -> str:
    return _NOT_ALNUM.sub("", " ".join(seq[0]).lower())[:400]


def training_headers(corpora: Path) -> list[Sequence]:
    """Every training header in a fixed order; anything whose text is in the evaluation split is dropped."""
    held_out = {_key(s) for s in load_grobid_headers(corpora / "grobid/header/evaluation/tei")}
    seqs = load_grobid_headers(corpora / "grobid/header/corpus/tei")
    seqs += load_parscit_headers(corpora / "parscit/headers/tagged_headers.txt")
    return [s for s in seqs if _key(s) not in held_out]


def train(corpora: Path, out: Path) -> int:
    """Train and write the model; returns the number of training headers."""
    seqs = training_headers(corpora)
    cap = model.MAX_LINES
    crf.fit(
        [(line_features([HeaderLine(t) for t in texts[:cap]]), labels[:cap]) for texts, labels in seqs],
        out,
        CRF_PARAMS,
    )
    return len(seqs)


def evaluate(model_path: Path, seqs: Iterable[Sequence]) -> dict[str, dict[str, float]]:
    """Line-level precision/recall/F1 per label, and "micro" over every label but "other"."""
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, fp, fn
    for texts, gold in seqs:
        pred = model.predict([HeaderLine(t) for t in texts], model_path)
        for g, p in zip(gold, pred, strict=True):
            if g == p:
                counts[g][0] += 1
            else:
                counts[p][1] += 1
                counts[g][2] += 1
    scores = {label: crf.prf(*c) for label, c in counts.items()}
    scored = [c for label, c in counts.items() if label != "other"]
    scores["micro"] = crf.prf(*(sum(c[k] for c in scored) for k in range(3)))
    return scores


def _report(corpora: Path, model_path: Path) -> None:
    dev = load_grobid_headers(corpora / "grobid/header/evaluation/tei")
    print(crf.format_scores("GROBID header/evaluation (lines)", evaluate(model_path, dev), "label"))


def main(argv: list[str] | None = None) -> int:
    """CLI entry point, also called by `paperparse train header`."""
    return crf.training_command(
        argv, unit="header", default_out=model.MODEL_PATH, train=train, report=_report
    )


if __name__ == "__main__":
    raise SystemExit(main())
