"""Silver tagged reference strings: the printed references of latex-pairs DEV papers, fields from their LaTeX.

    paperparse train references --shared ../shared [--printed] [--generated]

The tagged corpora (GROBID, AnyStyle, ParsCit) hold few references in the printed styles of IEEE, ACM,
Springer LNCS, ACL/natbib, NeurIPS or revtex. latex-pairs prints those styles, and its gold.json knows each
entry's authors, title, venue and year from the .bib. For each DEV paper (folds 0-2 only: JUDGE stays
held out) the references the pipeline finds in the PDF are paired with the gold ones the way `paperparse
eval` pairs them (raw-token overlap), and each gold field is aligned onto the printed string's tokens by
fuzzy matching. A reference is kept only when every gold field that is scored aligns well (`SPAN_MIN`),
so an abbreviated venue or a title the PDF prints differently drops the entry instead of teaching noise:
all authors' surnames in order (a printed "et al." may cut the list), title and venue at a rapidfuzz ratio of
at least 95, the year as a token, and at least two of the four fields gold. Of the 1746 printed references
the DEV papers pair with a gold one, 1197 (69 %) are kept (at a bar of 90, 1261).
With them, latex-pairs JUDGE reference title/authors/venue went .923/.924/.828 -> .926/.926/.839, but eLife
venue fell .992 -> .981 and AnyStyle core title .939 -> .919 (at most 8 per paper, 355 strings, did no
better), so the committed model is trained without `--printed` (issue 14).

`--generated` adds the generated bibliography corpus (scripts/reference_corpus.py: the DEV papers' .bib
entries printed through thirty BibTeX styles, ../reference-corpus2, else ../reference-corpus, skipped when
absent) the same way, in the styles of `GENERATED_STYLES` only (IEEEtran, ieeetr, ACM, the natbib trio,
splncs04: today's CS conference styles, which the tagged corpora hold few of), and without an entry whose
gold venue holds the meeting's month (`dated_venue`: DBLP's "…, San Diego, CA, USA, May 7-9, 2015", whose
place and date AnyStyle's and GROBID's gold keep out of the container). 1418 of those 1665 printed entries
align. 729bb40 trained the committed model with it and 059aed9 went back to the tagged-only one: it
lowered AnyStyle-core venue/volume and GROBID titles past CI's tolerance. Against the tagged-only model, real
latex-pairs+acl reference venue (Ratcliff) DEV .928 -> .931 and JUDGE .865 -> .875 (ieee .832 -> .846,
ml-conf .913 -> .933, acm .901 -> .879, acl .842 -> .842), JUDGE authors/title/year .925/.946/.957 ->
.928/.945/.962; GROBID citation venue .902 -> .914, title .884 -> .879; AnyStyle venue .837 -> .842,
title .848 -> .856 (its core set's venue .870 -> .863); eLife venue .992 -> .988.
Trained on all sixteen styles and with the dated venues kept (an earlier draw), AnyStyle's venue fell
.837 -> .823; all sixteen styles without the dated venues still lost .837 -> .828.
Re-measured after the parser's style rules (refvenue), on a fresh draw (`reference_corpus.py generate`,
seeds 1-160): no mix tried kept every tagged field, and none raised latex-pairs DEV reference venue
(.949) by more than .001; at
150 L-BFGS iterations (the cap, which the fit reaches) 320 or 960 strings moved tagged fields by up to
.010 either way (GROBID title .884 -> .874), and half a's strings left half b's styles where they were
(venue .925 -> .924: the model learns the styles it sees, not styles in general). At 400 iterations (still
the cap) the silver strings move the tagged fields less, but the tagged-only model itself moves (GROBID
issue .844 -> .808, AnyStyle-core venue and volume below CI's baseline).

The gold knows only four fields; the other tokens (volume, pages, publisher, DOI ...) take the labels of a
base model trained on the tagged corpora alone. Where the base model gives one of the placed fields to
tokens next to the gold span (a venue's acronym, "(Volume 1: Long Papers)", a subtitle the .bib leaves
out), the field grows over them, so that the edges follow the tagged corpora's convention; elsewhere the
base model may not claim a field the gold has placed.

This module lives in `paperparse.train` because it runs the whole pipeline to find the printed strings:
`references` itself may not reach up to `pipeline` or `eval`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from paperparse import crf
from paperparse.corpora.latex_pairs import latex_pairs, load_latex_gold
from paperparse.corpora.tagged_refs import TaggedReference, trim_field_edges
from paperparse.eval.folds import in_group
from paperparse.eval.scoring import align_references, fold_accents, soft_form
from paperparse.pipeline import extract
from paperparse.references import model, train
from paperparse.references.model import MAX_TOKENS
from paperparse.references.parser import label_end
from paperparse.references.tokens import tokenize
from paperparse.references.train import Labeller

SPAN_MIN = 95.0
"""Least rapidfuzz ratio (0-100) between a gold title or venue and the printed tokens it is aligned to."""
NAME_MIN = 90.0
"""Least ratio between a gold surname and a printed token taken for it (accents, hyphens, OCR-like slips)."""
_GOLD_LABEL = {"authors": "author", "title": "title", "venue": "venue", "year": "date"}
_ET_AL = frozenset(("et", "al", "others"))
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_NAME_SPLIT = re.compile(r"[\W_]+")
_MEETING_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)


def dated_venue(gold: dict[str, Any]) -> bool:
    """Whether the gold venue holds the meeting's month (DBLP's "ICLR 2015, San Diego, CA, USA, May 7-9,
    2015"): the tagged corpora keep such a place and date out of the container, so a silver string that
    puts them in would teach the CRF the other convention (AnyStyle's venue fell with them in)."""
    return bool(_MEETING_DATE.search(gold.get("venue") or ""))


def _words(text: str) -> list[str]:
    return [w for w in (soft_form(fold_accents(p)) for p in text.split()) if w]


def _span(norm: list[str], free: list[bool], value: str) -> tuple[int, int] | None:
    """The free tokens [start, end) whose text best matches `value`, if it matches at least SPAN_MIN."""
    target = " ".join(_words(value))
    if not target:
        return None
    starts: list[int] = []
    owner: list[int] = []
    pieces: list[str] = []
    offset = 0
    for i, word in enumerate(norm):
        if word:
            starts.append(offset)
            owner.append(i)
            pieces.append(word)
            offset += len(word) + 1
    text = " ".join(pieces)
    found = fuzz.partial_ratio_alignment(target, text)
    if found is None or found.score < SPAN_MIN:
        return None
    first = max(k for k, s in enumerate(starts) if s <= found.dest_start)
    last = max(k for k, s in enumerate(starts) if s < found.dest_end)
    start, end = owner[first], owner[last] + 1
    if not all(free[start:end]) or fuzz.ratio(target, " ".join(w for w in norm[start:end] if w)) < SPAN_MIN:
        return None
    return start, end


def _given(author: dict) -> list[str]:
    """The given names as words, hyphenated ones split ("Tian-Li" is printed "T.-L.")."""
    return [w for w in _NAME_SPLIT.split(fold_accents(author.get("given") or "").lower()) if w]


def _name_part(word: str, given: list[str]) -> bool:
    """An initial or given name of this author, or a suffix ('Jr')."""
    return word in _SUFFIXES or any(g.startswith(word) for g in given)


def _surname_end(norm: list[str], free: list[bool], start: int, surname: str) -> int | None:
    """The end of the tokens from `start` that spell `surname` ("Callison-Burch" is three tokens)."""
    joined = ""
    for j in range(start, min(start + 7, len(norm))):
        if not free[j] or (j == start and not norm[j]):
            return None
        joined += norm[j]
        if norm[j] and fuzz.ratio(joined, surname) >= NAME_MIN:
            return j + 1
        if len(joined) > len(surname):
            return None
    return None


def _author_span(norm: list[str], free: list[bool], authors: list[dict]) -> int | None:
    """The end of the author run, which must open the reference and hold every gold surname in order.

    Surnames beyond the first may be cut by a printed "et al." (IEEE and ACM styles shorten long lists).
    """
    position, spans = 0, []
    for author in authors:
        surname = "".join(_words(author.get("surname") or author.get("name") or ""))
        if not surname:
            return None
        found = next(
            ((i, end) for i in range(position, len(norm)) if (end := _surname_end(norm, free, i, surname))),
            None,
        )
        if found is None:
            break
        spans.append(found)
        position = found[1]
    if not spans:
        return None
    given = _given(authors[0])
    if not all(_name_part(w, given) for w in norm[: spans[0][0]] if w):
        return None  # something other than the first author's given names comes before the surname
    end = spans[-1][1]
    last_given = _given(authors[len(spans) - 1])
    while end < len(norm) and free[end] and (not norm[end] or _name_part(norm[end], last_given)):
        end += 1
    if len(spans) < len(authors):
        et_al = [i for i in range(spans[-1][1], min(end + 4, len(norm))) if norm[i] in _ET_AL]
        if not et_al:
            return None
        end = max(end, et_al[-1] + 1)
    return end


def _grow_edges(labels: list[str | None], guessed: list[str]) -> None:
    """Extend each gold span over the free tokens beside it that the base model gives the same field (in place)."""
    for i, label in enumerate(labels):
        if label is None or (i > 0 and labels[i - 1] == label):
            continue
        j = i - 1
        while j >= 0 and labels[j] is None and guessed[j] == label:
            labels[j] = label
            j -= 1
    for i in range(len(labels) - 1, -1, -1):
        label = labels[i]
        if label is None or (i + 1 < len(labels) and labels[i + 1] == label):
            continue
        j = i + 1
        while j < len(labels) and labels[j] is None and guessed[j] == label:
            labels[j] = label
            j += 1


def silver_reference(raw: str, gold: dict[str, Any], base: Labeller) -> TaggedReference | None:
    """One printed reference tagged with its gold fields, or None when the gold does not align well."""
    body = raw[label_end(raw) :]
    tokens = tokenize(body)[:MAX_TOKENS]
    if not tokens:
        return None
    norm = [soft_form(fold_accents(t.text)) for t in tokens]
    labels: list[str | None] = [None] * len(tokens)
    unscored = set(gold.get("unscored") or [])
    placed: set[str] = set()

    def place(field: str, start: int, end: int) -> None:
        for i in range(start, end):
            labels[i] = _GOLD_LABEL[field]
        placed.add(field)

    for field in ("title", "venue"):
        if gold.get(field) and field not in unscored:
            span = _span(norm, [lab is None for lab in labels], gold[field])
            if span is None:
                return None
            place(field, *span)
    if gold.get("authors") and "authors" not in unscored:
        end = _author_span(norm, [lab is None for lab in labels], gold["authors"])
        if end is None:
            return None
        place("authors", 0, end)
    year = str(gold.get("year") or "")
    if year and "year" not in unscored:
        at = next((i for i, w in enumerate(norm) if labels[i] is None and w.rstrip("abcdef") == year), None)
        if at is None:
            return None
        place("year", at, at + 1)
    if len(placed) < 2:
        return None  # too little of it is gold to be worth more than the base model's own guesses
    claimed = {_GOLD_LABEL[f] for f in placed}
    guessed = base(tokens)
    _grow_edges(labels, guessed)
    out = [
        lab or ("other" if guess in claimed else guess) for lab, guess in zip(labels, guessed, strict=True)
    ]
    trim_field_edges(tokens, out)
    return TaggedReference(body, tokens, out)


def _paired(pdf: Path, gold_refs: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(printed string, gold reference) for each reference the pipeline finds in `pdf` and pairs.

    Pairs as `paperparse eval` does, by raw-token overlap only (not by a parsed title), so the pairs do
    not depend on the reference model being trained.
    """
    raws = [ref.raw for ref in extract(pdf).references]
    pairs = align_references(gold_refs, [{"raw": raw} for raw in raws])
    for p, g in sorted(pairs.items()):
        yield raws[p], gold_refs[g]


def printed_references(corpus: Path, group: str = "dev") -> Iterator[tuple[str, dict[str, Any]]]:
    """(printed string, gold reference) for each reference the pipeline finds in a paper of `group`."""
    for doc_id, pdf, gold_path in latex_pairs(corpus):
        if not in_group("latex-pairs", doc_id, group):
            continue
        gold = load_latex_gold(gold_path)
        if "references" not in gold["fields"] or not gold["references"]:
            continue
        yield from _paired(pdf, gold["references"])


GENERATED_HALVES = ("a", "b")
GENERATED_STYLES = frozenset(
    ("IEEEtran", "ieeetr", "ACM-Reference-Format", "plainnat", "unsrtnat", "abbrvnat", "splncs04")
)
"""The generated styles trained on: today's computer-science conference styles (IEEE, ACM, the natbib family
ACL and NeurIPS build on, LNCS), which the tagged corpora hold few of. The classic plain/abbrv/alpha/siam/
apalike (ParsCit's), elsarticle's journals and the physics styles (GROBID's) they already hold."""
GENERATED_FOLDERS = ("reference-corpus2", "reference-corpus")
"""Where `scripts/reference_corpus.py generate` draws beside ../shared, the newest draw first."""


def generated_references(
    corpus: Path, halves: Sequence[str] = GENERATED_HALVES, styles: Collection[str] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(printed string, gold reference) for each document of the generated bibliography corpus
    (scripts/reference_corpus.py: DEV papers' .bib entries printed by BibTeX styles) in `halves`, printed
    in one of `styles` (all when None)."""
    for folder in sorted(p for p in corpus.iterdir() if (p / "refs.json").is_file()):
        gold = json.loads((folder / "refs.json").read_text("utf-8"))
        if gold["group"] in halves and (styles is None or gold["style"] in styles):
            yield from _paired(folder / "paper.pdf", gold["references"])


def silver_references(
    pairs: Iterable[tuple[str, dict[str, Any]]], base: Labeller
) -> tuple[list[TaggedReference], int]:
    """The silver references of `pairs` that align well, and how many printed ones were tried."""
    kept, tried = [], 0
    for raw, gold in pairs:
        tried += 1
        tagged = None if dated_venue(gold) else silver_reference(raw, gold, base)
        if tagged is not None:
            kept.append(tagged)
    return kept, tried


def generated_corpus(corpora: Path) -> Path | None:
    """The generated bibliography corpus beside ../shared (../reference-corpus), None with a note when absent."""
    for name in GENERATED_FOLDERS:
        folder = corpora.parent.parent / name
        if any(folder.glob("*/refs.json")):
            return folder
    print(
        f"no generated bibliography corpus at {folder}: skipped (`python scripts/reference_corpus.py "
        "generate` writes it; needs pdflatex and bibtex)"
    )
    return None


def train_references(corpora: Path, out: Path, printed: bool = False, generated: bool = False) -> int:
    """`references.train.train`, with the silver references of the latex-pairs DEV papers added when
    `printed` and those of the generated bibliography corpus when `generated` (and the corpus exists)."""
    sources: list[Iterable[tuple[str, dict[str, Any]]]] = []
    if printed:
        sources.append(printed_references(corpora / "latex-pairs"))
    folder = generated_corpus(corpora) if generated else None
    if folder is not None:
        sources.append(generated_references(folder, styles=GENERATED_STYLES))
    if not sources:
        return train.train(corpora, out)
    return train.train(corpora, out, lambda base: silver_references(itertools.chain(*sources), base))


def main(argv: list[str] | None = None) -> int:
    """The `paperparse train references` command."""
    return crf.training_command(
        argv,
        unit="references",
        default_out=model.MODEL_PATH,
        train=train_references,
        report=train.report,
        flags={
            "printed": "also train on the printed references of the latex-pairs DEV papers (silver)",
            "generated": "also train on the generated bibliography corpus at ../reference-corpus (silver)",
        },
    )


if __name__ == "__main__":
    raise SystemExit(main())
