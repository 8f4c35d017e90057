"""GROBID-style end-to-end scoring: per-field P/R/F1, micro-averaged over documents.

Every field is scored under four matchings of increasing tolerance, so that a drop in "strict" but not
in "soft" reads as a punctuation/spacing problem, and a drop in all four as a real extraction problem:
strict (whitespace-normalised equality), soft (lowercase alphanumerics), Levenshtein similarity >= 0.8
and Ratcliff/Obershelp similarity >= 0.95 (both on lowercased, whitespace-normalised text).
Multi-valued fields are matched one-to-one, greedily by best similarity, without reuse.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from rapidfuzz.distance import Levenshtein

from paperparse.doi import PREFIX

MATCHINGS = ("strict", "soft", "levenshtein", "ratcliff")
LEVENSHTEIN_MIN = 0.8
RATCLIFF_MIN = 0.95

_SPACE = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[\W_]+")
_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")
_TOKEN = re.compile(r"\w+")


def strict_form(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def soft_form(text: str) -> str:
    """Lowercase alphanumerics only: GROBID's "soft" matching ignores case, spaces and punctuation.

    Compatibility forms count as their letter (NFKC: the micro sign µ is the Greek μ, "ﬁ" is "fi").
    """
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


def _fuzzy_form(text: str) -> str:
    return strict_form(text).lower()


def _ratcliff(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # The cheap upper bounds reject most non-matches before the quadratic ratio() runs.
    if matcher.real_quick_ratio() < RATCLIFF_MIN or matcher.quick_ratio() < RATCLIFF_MIN:
        return 0.0
    return matcher.ratio()


def similarity(matching: str, gold: str, pred: str) -> float:
    """Similarity in [0, 1] under one matching; 0.0 means "not a match"."""
    if matching == "strict":
        return float(strict_form(gold) == strict_form(pred))
    if matching == "soft":
        return float(soft_form(gold) == soft_form(pred))
    a, b = _fuzzy_form(gold), _fuzzy_form(pred)
    if matching == "levenshtein":
        score = Levenshtein.normalized_similarity(a, b, score_cutoff=LEVENSHTEIN_MIN)
        return score if score >= LEVENSHTEIN_MIN else 0.0
    if matching == "ratcliff":
        score = _ratcliff(a, b)
        return score if score >= RATCLIFF_MIN else 0.0
    raise ValueError(f"unknown matching {matching!r}")


def greedy_pairs(
    gold: Sequence[Any], pred: Sequence[Any], score: Callable[[Any, Any], float]
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, pred index, score), best scores first, each item used at most once.

    Pairs scoring 0 are never made; ties keep document order, so repeated values pair up in order.
    """
    candidates = [
        (s, g, p) for g, gv in enumerate(gold) for p, pv in enumerate(pred) if (s := score(gv, pv)) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for s, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p, s))
    return pairs


@dataclass(slots=True)
class Counts:
    """True positives, predicted and gold item counts; micro-averaging is summing these."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def metrics(self) -> dict[str, float | int]:
        """P, R, F1 with 0.0 (not an error) when a denominator is empty."""
        precision = self.tp / self.pred if self.pred else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@dataclass
class FieldScores:
    """Counts per field and per matching, accumulated over the documents of one corpus."""

    MICRO = ("authors", "title", "venue", "year", "volume", "pages")
    """The reference fields summed into one micro-average, as the bibliography targets are stated."""

    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def get(self, name: str, matching: str) -> Counts:
        return self.counts.setdefault(name, {}).setdefault(matching, Counts())

    def add_values(self, name: str, gold: Sequence[str], pred: Sequence[str]) -> None:
        """Score one document's values of one field under all four matchings."""
        gold = [g for g in gold if g and g.strip()]
        pred = [p for p in pred if p and p.strip()]
        for matching in MATCHINGS:
            pairs = greedy_pairs(gold, pred, lambda g, p, m=matching: similarity(m, g, p))
            self.get(name, matching).add(len(pairs), len(pred), len(gold))

    def _add_micro(self) -> None:
        for prefix in ("", "reference."):
            names = [prefix + f for f in self.MICRO]
            if not all(n in self.counts for n in names):
                continue
            for matching in MATCHINGS:
                total = Counts()
                for n in names:
                    c = self.counts[n][matching]
                    total.add(c.tp, c.pred, c.gold)
                self.counts.setdefault(f"{prefix}micro6", {})[matching] = total

    def add_same(self, name: str, tp: int, pred: int, gold: int) -> None:
        """Counts that do not depend on the matching (reference detection, citation links)."""
        for matching in MATCHINGS:
            self.get(name, matching).add(tp, pred, gold)

    def to_dict(self) -> dict[str, dict[str, dict[str, float | int]]]:
        self._add_micro()
        return {
            name: {m: c.metrics() for m, c in by_matching.items()}
            for name, by_matching in self.counts.items()
        }


# ---- documents in the paperparse/1 shape -------------------------------------------------------------


def _person(author: dict[str, Any]) -> str:
    """Given, middle, surname and suffix in that order (JATS puts middle initials inside given-names)."""
    given, middle, surname = author.get("given"), author.get("middle"), author.get("surname")
    if surname:
        return " ".join(p for p in (given, middle, surname, author.get("suffix")) if p)
    return author.get("name") or ""


def caption_text(item: dict[str, Any]) -> str:
    """Caption without its label, whether or not the extractor kept the label inside the caption."""
    caption = strict_form(item.get("caption") or "")
    label = strict_form(item.get("label") or "")
    if label and caption.lower().startswith(label.lower()):
        caption = caption[len(label) :].lstrip(" .:|")
    return caption


def _one(value: str | None) -> list[str]:
    return [value] if value else []


def document_values(doc: dict[str, Any]) -> dict[str, list[str]]:
    """The scored values of each document field, for a gold dict and a paperparse/1 dict alike."""
    return {
        "title": _one(doc.get("title")),
        "authors": [_person(a) for a in doc.get("authors") or []],
        "affiliations": [a.get("raw") or "" for a in doc.get("affiliations") or []],
        "emails": _emails(doc),
        "abstract": _one(doc.get("abstract")),
        "keywords": list(doc.get("keywords") or []),
        "doi": _one(doc.get("doi")),
        "sections": [s.get("title") or "" for s in doc.get("sections") or []],
        "section_levels": [f"{s.get('level')} {s.get('title') or ''}" for s in doc.get("sections") or []],
        "figures": [caption_text(f) for f in doc.get("figures") or []],
        "tables": [caption_text(t) for t in doc.get("tables") or []],
        "footnotes": [f.get("text") or "" for f in doc.get("footnotes") or []],
        "urls": list(doc.get("urls") or []),
        "author_emails": [
            f"{_surname(a)} {a['email'].lower()}" for a in doc.get("authors") or [] if a.get("email")
        ],
        "author_affiliations": _author_affiliations(doc),
    }


def _emails(doc: dict[str, Any]) -> list[str]:
    """A gold's own email list when it has one (LaTeX sources list addresses apart from the names), else
    the addresses attached to the authors."""
    if "emails" in doc:
        return list(doc["emails"] or [])
    return [a["email"] for a in doc.get("authors") or [] if a.get("email")]


def fold_accents(text: str) -> str:
    """Text without combining marks: "Hajič" is "Hajic", for gold that was written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _surname(author: dict[str, Any]) -> str:
    return (author.get("surname") or (author.get("name") or "").split(" ")[-1]).lower()


def _author_affiliations(doc: dict[str, Any]) -> list[str]:
    """Each author-affiliation link as "surname | affiliation text", so both ends must be right."""
    raw = {a.get("id"): a.get("raw") or "" for a in doc.get("affiliations") or []}
    return [
        f"{_surname(a)} | {raw[i]}"
        for a in doc.get("authors") or []
        for i in a.get("affiliations") or []
        if i in raw
    ]


REFERENCE_FIELDS = ("authors", "title", "venue", "year", "volume", "issue", "pages", "doi")


_PAGE_VALUE = re.compile(r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-\u2010-\u2015\u2212]+\s*[A-Za-z]?\d+[A-Za-z]?)?")
_ABBREVIATED_RANGE = re.compile(r"(\d+)-(\d+)")
_NUMBER_VALUE = re.compile(r"[A-Za-z]?\d+[A-Za-z]?|\b[IVXLCM]+\b")
_DOI_VALUE = re.compile(rf"{PREFIX}\S+")
_NAME_NOISE = frozenset({"and", "et", "al", "und", "others"})


def _first(pattern: re.Pattern[str], text: str) -> str:
    """The value inside a tagged span: "pp. 12-19" holds 12-19, "Vol. 81, No. 5" holds 81."""
    m = pattern.search(text)
    return m.group(0) if m else text


def _name_bag(names: list[str]) -> str:
    """Author names as a sorted bag of words: "Smith, J." and "J. Smith" are the same author."""
    words = re.findall(r"\w+", " ".join(names).lower())
    return " ".join(sorted(w for w in words if w not in _NAME_NOISE))


def _page_range(value: str) -> str:
    """'2851-72' and '2851-2872' are one range: a shortened last page is written out, on both sides."""
    m = _ABBREVIATED_RANGE.fullmatch(value)
    if m and len(m.group(2)) < len(m.group(1)):
        full = m.group(1)[: len(m.group(1)) - len(m.group(2))] + m.group(2)
        if int(full) > int(m.group(1)):
            return f"{m.group(1)}-{full}"
    return value


def reference_values(ref: dict[str, Any], surnames: bool = True) -> dict[str, str]:
    """A reference's scored fields as strings; authors become "surname; surname; …" in order.

    With `surnames=False` (tagged corpora mark the author span, not each surname) authors become a bag
    of name words. Page, volume and issue spans are reduced to the value they hold.
    """
    if surnames:
        names = [a.get("surname") or (a.get("name") or "").split(" ")[-1] for a in ref.get("authors") or []]
        authors = "; ".join(n for n in names if n)
    else:
        authors = _name_bag([a.get("name") or _person(a) for a in ref.get("authors") or []])
    values = {
        "authors": authors,
        "title": ref.get("title") or "",
        "venue": ref.get("venue") or "",
        "year": ref.get("year") or "",
        "volume": _first(_NUMBER_VALUE, ref.get("volume") or ""),
        "issue": _first(_NUMBER_VALUE, ref.get("issue") or ""),
        "pages": _page_range(_DASHES.sub("-", _first(_PAGE_VALUE, ref.get("pages") or ""))),
        "doi": _first(_DOI_VALUE, ref.get("doi") or "").lower().rstrip(".,;"),
    }
    return {k: strict_form(str(v)) for k, v in values.items()}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _contained(part: set[str], whole: set[str]) -> float:
    """The share of `part`'s words that `whole` holds."""
    return len(part & whole) / len(part) if part else 0.0


RAW_OVERLAP_MIN = 0.5
VALUES_FOUND_MIN = 0.75
"""Without a title to compare: two references are one when their words overlap by half (Dice); a gold
known only by its field values, with no title, is the entry that prints three quarters of their words."""
ET_AL_SHARE = 0.5
"""A pairing made on a first author's surname alone (the entry cuts its authors with "et al.") ranks below
any pairing on all the scored values."""
_ET_AL = re.compile(r"\bet\.?\s*al\b", re.IGNORECASE)
_LETTERED_YEAR = re.compile(r"\b(\d{4})[a-z]\b")
"""Author-year styles letter one author's papers of a year apart ("2017a"): the year is printed."""


class _ReferenceKey(NamedTuple):
    """What a reference is paired by: its soft title, the words it prints, and for a gold known only by its
    values and without a title, the words of its scored values (`unscored` ones are not what the PDF
    prints) and the same with its authors cut to the first surname, as "et al." prints them."""

    title: str
    words: set[str]
    scored: set[str] | None
    scored_first_author: set[str] | None
    et_al: bool


def _words(text: str) -> set[str]:
    text = text.lower()
    return set(_TOKEN.findall(text)) | set(_LETTERED_YEAR.findall(text))


def _reference_key(ref: dict[str, Any]) -> _ReferenceKey:
    values = None if ref.get("raw") else reference_values(ref)
    raw = ref.get("raw") or " ".join((values or {}).values())
    scored = first_author = None
    if values is not None and not ref.get("title"):
        unscored = ref.get("unscored") or []
        kept = {k: v for k, v in values.items() if k not in unscored}
        if "authors" in unscored and values.get("authors"):
            kept["authors"] = values["authors"].split(";")[0]  # a cut list still prints its first name
        scored = _words(" ".join(kept.values()))
        if "authors" in kept:
            kept["authors"] = kept["authors"].split(";")[0]
        first_author = _words(" ".join(kept.values()))
    return _ReferenceKey(
        soft_form(ref.get("title") or ""), _words(raw), scored, first_author, bool(_ET_AL.search(raw))
    )


def align_references(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> dict[int, int]:
    """Pred index → gold index: by title similarity when both have a title, else by the words they share.

    A printed entry holds initials, volume and pages that a gold reference's values leave out, so a gold
    known only by its values and without a title (styles that print none) is matched by how many of its
    scored values' words the entry prints, not by Dice overlap, which the entry's extra words would drag
    below any threshold. An entry that cuts its authors with "et al." prints only the first of the gold's
    names (MNRAS lists one of a collaboration's hundreds): it is matched on that one and the other values,
    below every match on all of them.
    """
    gold_keys = [_reference_key(r) for r in gold]
    pred_keys = [_reference_key(r) for r in pred]

    def score(g: int, p: int) -> float:
        gold_key, pred_key = gold_keys[g], pred_keys[p]
        if gold_key.title and pred_key.title:
            s = Levenshtein.normalized_similarity(
                gold_key.title, pred_key.title, score_cutoff=LEVENSHTEIN_MIN
            )
            if s >= LEVENSHTEIN_MIN:
                return 1.0 + s  # a title match always outranks a token-overlap match
        if gold_key.scored is not None:
            found = _contained(gold_key.scored, pred_key.words)
            if found >= VALUES_FOUND_MIN:
                return found
            if pred_key.et_al and gold_key.scored_first_author is not None:
                found = _contained(gold_key.scored_first_author, pred_key.words)
                return ET_AL_SHARE * found if found >= VALUES_FOUND_MIN else 0.0
            return 0.0
        overlap = _dice(gold_key.words, pred_key.words)
        return overlap if overlap >= RAW_OVERLAP_MIN else 0.0

    pairs = greedy_pairs(range(len(gold)), range(len(pred)), score)
    return {p: g for g, p, _ in pairs}


def score_references(
    scores: FieldScores,
    gold: Sequence[dict[str, Any]],
    pred: Sequence[dict[str, Any]],
    fields: Sequence[str] = REFERENCE_FIELDS,
) -> dict[int, int]:
    """Reference detection plus each reference field the gold annotates (`fields`); returns the alignment
    for citation scoring.

    A gold reference's `unscored` fields (its gold there is not what the PDF prints) are left out on
    both sides: neither its value nor that of the prediction aligned to it is counted.
    """
    alignment = align_references(gold, pred)
    scores.add_same("references", len(alignment), len(pred), len(gold))
    gold_values = [reference_values(r) for r in gold]
    pred_values = [reference_values(r) for r in pred]
    for g, ref in enumerate(gold):
        for name in ref.get("unscored") or []:
            gold_values[g][name] = ""
    for p, g in alignment.items():
        for name in gold[g].get("unscored") or []:
            pred_values[p][name] = ""
    for name in fields:
        n_gold = sum(1 for v in gold_values if v[name])
        n_pred = sum(1 for v in pred_values if v[name])
        for matching in MATCHINGS:
            tp = sum(
                1
                for p, g in alignment.items()
                if gold_values[g][name]
                and pred_values[p][name]
                and similarity(matching, gold_values[g][name], pred_values[p][name]) > 0
            )
            scores.get(f"reference.{name}", matching).add(tp, n_pred, n_gold)
    return alignment


def match_citations(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> dict[int, int]:
    """Gold citation index → pred citation index, by soft text and order of occurrence.

    The k-th gold "Smith, 1983" pairs with the k-th predicted one; a gold citation left over may pair,
    in order, with a predicted citation whose text contains it (an extractor may merge "A; B").
    """
    pred_forms = [soft_form(c.get("text") or "") for c in pred]
    by_text: dict[str, list[int]] = {}
    for i, form in enumerate(pred_forms):
        by_text.setdefault(form, []).append(i)
    matched: dict[int, int] = {}
    used: set[int] = set()
    leftovers = []
    for g, cit in enumerate(gold):
        queue = by_text.get(soft_form(cit.get("text") or ""), [])
        if queue:
            matched[g] = queue.pop(0)
            used.add(matched[g])
        else:
            leftovers.append(g)
    start = 0
    for g in leftovers:
        form = soft_form(gold[g].get("text") or "")
        for p in range(start, len(pred)):
            if form and p not in used and form in pred_forms[p]:
                matched[g] = p
                start = p
                break
    return matched


def score_citations(
    scores: FieldScores,
    gold_citations: Sequence[dict[str, Any]],
    pred_citations: Sequence[dict[str, Any]],
    pred_refs: Sequence[dict[str, Any]],
    gold_refs: Sequence[dict[str, Any]],
    alignment: dict[int, int],
) -> None:
    """A predicted (citation, reference) link is right when its reference aligns to the gold target."""
    pred_ref_index = {r.get("id"): i for i, r in enumerate(pred_refs)}
    gold_ref_ids = [r.get("id") for r in gold_refs]
    matched = match_citations(gold_citations, pred_citations)
    tp = 0
    for g, p in matched.items():
        targets = set(gold_citations[g].get("ref_ids") or [])
        aligned = {
            gold_ref_ids[alignment[pred_ref_index[rid]]]
            for rid in pred_citations[p].get("ref_ids") or []
            if rid in pred_ref_index and pred_ref_index[rid] in alignment
        }
        tp += len(targets & aligned)
    n_pred = sum(len(c.get("ref_ids") or []) for c in pred_citations)
    n_gold = sum(len(c.get("ref_ids") or []) for c in gold_citations)
    scores.add_same("citation_links", tp, n_pred, n_gold)


def _once_each(values: Sequence[str]) -> list[str]:
    """Values in order, a repeat (equal up to case and spacing) left out."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(_fuzzy_form(value), value)
    return list(seen.values())


def add_count(scores: FieldScores, name: str, pred: int, gold: int) -> None:
    """Count F1 of one document: found items are right up to the gold count (min(pred, gold) true
    positives), for gold that knows how many there are, not which."""
    scores.add_same(name, min(pred, gold), pred, gold)


def cited_keys_found(citations: Sequence[dict[str, Any]]) -> int:
    """How many cited keys the citations name: "[3-5]" cites three, as \\cite{a,b,c} counts three keys."""
    return sum(len(c.get("ref_ids") or []) for c in citations)


def score_document(scores: FieldScores, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Add one document to the corpus counts, scoring only the fields its gold annotates.

    Gold marked `accent_folded` was written without accents, so both sides are compared folded. Fields
    the gold lists under `distinct` hold each value once (an affiliation printed under every author is
    one affiliation), so a prediction's repeats of one value count once. Count fields:
    `references_found` (reference count F1) and `citations_found` (cited keys found against the gold's
    `citation_count`).
    """
    present = set(gold.get("fields") or [])
    distinct = set(gold.get("distinct") or [])
    gold_values, pred_values = document_values(gold), document_values(pred)
    fold = fold_accents if gold.get("accent_folded") else None
    for name in gold_values:
        if name in present:
            golds, preds = gold_values[name], pred_values[name]
            if fold:
                golds, preds = [fold(v) for v in golds], [fold(v) for v in preds]
            if name in distinct:
                golds, preds = _once_each(golds), _once_each(preds)
            scores.add_values(name, golds, preds)
    if "references_found" in present:
        add_count(scores, "references_found", len(pred.get("references") or []), len(gold["references"]))
    if "citations_found" in present:
        found = cited_keys_found(pred.get("citations") or [])
        add_count(scores, "citations_found", found, int(gold["citation_count"]))
    if "references" in present:
        gold_refs, pred_refs = gold.get("references") or [], pred.get("references") or []
        fields = gold.get("reference_fields") or REFERENCE_FIELDS
        alignment = score_references(scores, gold_refs, pred_refs, fields)
        if "citations" in present:
            score_citations(
                scores,
                gold.get("citations") or [],
                pred.get("citations") or [],
                pred_refs,
                gold_refs,
                alignment,
            )


def score_parsed_reference(scores: FieldScores, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Reference-string parsing: gold and prediction describe the same string, so no alignment.

    Tagged corpora mark the author span, not each surname, so authors compare as whole names; soft
    matching then ignores the separators (commas, "and", "&") that differ between the two sides.
    """
    gold_values, pred_values = reference_values(gold, surnames=False), reference_values(pred, surnames=False)
    for name in REFERENCE_FIELDS:
        for matching in MATCHINGS:
            g, p = gold_values[name], pred_values[name]
            tp = int(bool(g and p) and similarity(matching, g, p) > 0)
            scores.get(name, matching).add(tp, int(bool(p)), int(bool(g)))


AFFILIATION_PARTS = (
    "institution",
    "department",
    "laboratory",
    "settlement",
    "region",
    "post_code",
    "country",
)
"""The parts of a parsed affiliation scored one by one, and together as "parts"."""


def _listed(value: str | Sequence[str] | None) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [v for v in value if v]


def score_parsed_affiliation(scores: FieldScores, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Affiliation-string parsing: gold and prediction describe the same string, in the paperparse/1
    affiliation shape (a gold part may hold several values: two institutions). Scored per part, then
    "department+lab" (a laboratory taken for a department or the other way round still counts), the
    whole "address", and "parts": every (part, value) pair of the affiliation at once."""
    sides = []
    for affiliation in (gold, pred):
        values = {name: _listed(affiliation.get(name)) for name in AFFILIATION_PARTS}
        values["parts"] = [f"{name}: {v}" for name in AFFILIATION_PARTS for v in values[name]]
        values["department+lab"] = values["department"] + values["laboratory"]
        values["address"] = _listed(affiliation.get("address"))
        sides.append(values)
    for name in sides[0]:
        scores.add_values(f"affiliation.{name}", sides[0][name], sides[1][name])


# ---- DocBank token labels ----------------------------------------------------------------------------

DOCBANK_LABELS = ("title", "author", "abstract", "section", "caption", "footer", "reference")


@dataclass(slots=True, frozen=True)
class LabelledBox:
    page: int  # 1-based, as in paperparse/1
    bbox: tuple[float, float, float, float]
    label: str
    text: str


def _box(label: str, item: dict[str, Any] | None, text: str | None) -> list[LabelledBox]:
    if not item or item.get("page") is None or not item.get("bbox"):
        return []
    return [LabelledBox(int(item["page"]), tuple(item["bbox"]), label, text or "")]


def labelled_boxes(doc: dict[str, Any]) -> list[LabelledBox]:
    """The located parts of a paperparse/1 dict, named with DocBank's labels."""
    locations = doc.get("locations") or {}
    boxes = _box("title", locations.get("title"), doc.get("title"))
    boxes += _box("abstract", locations.get("abstract"), doc.get("abstract"))
    for author in doc.get("authors") or []:
        boxes += _box("author", author, author.get("name"))
    for affiliation in doc.get("affiliations") or []:  # DocBank's "author" is the whole \author block
        boxes += _box("author", affiliation, affiliation.get("raw"))
    for section in doc.get("sections") or []:
        boxes += _box("section", section, section.get("title"))
    for caption in [*(doc.get("figures") or []), *(doc.get("tables") or [])]:
        boxes += _box("caption", caption, f"{caption.get('label') or ''} {caption.get('caption') or ''}")
    for note in doc.get("footnotes") or []:
        boxes += _box("footer", note, note.get("text"))
    for ref in doc.get("references") or []:
        boxes += _box("reference", ref, ref.get("raw"))
    return boxes


def token_label(
    text: str,
    box: tuple[float, float, float, float],
    page: int,
    boxes: Iterable[LabelledBox],
    slack: float = 1.0,
) -> str | None:
    """Label of the predicted box holding the token's centre; on overlap, one whose text has the token."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    holders = [
        b
        for b in boxes
        if b.page == page
        and b.bbox[0] - slack <= cx <= b.bbox[2] + slack
        and b.bbox[1] - slack <= cy <= b.bbox[3] + slack
    ]
    if not holders:
        return None
    token = soft_form(text)
    by_text = [b for b in holders if token and token in soft_form(b.text)]
    best = min(by_text or holders, key=lambda b: (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]))
    return best.label


def score_docbank_page(
    scores: FieldScores,
    tokens: Iterable[Any],
    page_size: tuple[float, float],
    boxes: Sequence[LabelledBox],
) -> None:
    """Token-level P/R/F1 per label; tokens carry 0..1000 boxes and a 0-based page (DocBank's own)."""
    width, height = page_size
    per_label = {label: Counts() for label in DOCBANK_LABELS}
    for token in tokens:
        x0, y0, x1, y1 = token.box
        scaled = (x0 * width / 1000, y0 * height / 1000, x1 * width / 1000, y1 * height / 1000)
        predicted = token_label(token.text, scaled, token.page + 1, boxes)
        for label, counts in per_label.items():
            counts.add(
                int(predicted == label == token.label), int(predicted == label), int(token.label == label)
            )
    for label, counts in per_label.items():
        scores.get(label, "token").add(counts.tp, counts.pred, counts.gold)
