"""Name splitting scored on GROBID's name-model gold (`corpora.grobid_names`): which part each word is.

Whole-name scores elsewhere (header authors, reference authors) say nothing of the split; here each part
is compared. What is compared with what:

- grobid_name_header: each gold <persName>'s printed text (markers left out) goes through the header's
  byline splitter (`header.names.split_authors`, which drops degrees, IEEE grades and separators), and
  the name it finds is compared with the gold parts given (forename type first), middle, surname,
  suffix (<suffix>/<genName>), as one list of one name below.
- grobid_name_citation: each gold <author> list's text goes through the reference authors splitter
  (`references.authors.split_authors`); `names_found` is the count F1 of names, and gold and found names
  are paired one to one by shared words. A reference name keeps first and middle names in one `given`,
  so on both sides all given names are joined and re-split the same way: the first word is the given
  name, the rest the middle; the suffix is what the name holds after its surname.
- Parts are compared exactly after one normalisation, the same on both sides: case folded (a name set in
  capitals is the same name), full stops dropped ("J.-P." = "J-P", "R. A." = "R A"), spaces collapsed,
  punctuation at the ends stripped. roleNames ("Dr.", "Prof.", "M.D") are no part: a title or degree
  left in a found part makes that part wrong.
- Per part: a found non-empty part is a prediction, a gold non-empty part is gold, equal ones are true
  positives. `name.exact`: a paired name whose four parts all equal the gold's.
Counts are the same under every matching (`FieldScores.add_same`).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from paperparse.corpora.grobid_names import PARTS, GoldAuthorList, GoldName, NameParts, load_names
from paperparse.document import Author, RefAuthor
from paperparse.eval.scoring import FieldScores, add_count, greedy_pairs

_DOTS = re.compile(r"\.")
_HYPHEN = re.compile(r"\s*-\s*")
_SPACE = re.compile(r"\s+")


def normal(part: str) -> str:
    """A part as compared: case folded, no full stops, spaces collapsed, no punctuation at its ends."""
    text = _HYPHEN.sub("-", _DOTS.sub(" ", part.casefold()))
    return _SPACE.sub(" ", text).strip(" ,;:*")


def _regiven(parts: NameParts) -> NameParts:
    """All given names joined, then re-split: first word given, the rest middle (see module doc)."""
    words = f"{parts.given} {parts.middle}".split()
    return NameParts(words[0] if words else "", " ".join(words[1:]), parts.surname, parts.suffix)


def header_parts(author: Author) -> NameParts:
    return NameParts(author.given or "", author.middle or "", author.surname or "", author.suffix or "")


def reference_parts(author: RefAuthor) -> NameParts:
    """A reference name's parts; its suffix is what `name` holds after the surname ("Lewis II")."""
    surname = author.surname or ""
    tail = author.name.rsplit(surname, 1)[-1].strip() if surname and surname in author.name else ""
    return _regiven(NameParts(author.given or "", "", surname, tail))


def score_pair(scores: FieldScores, gold: NameParts, found: NameParts | None) -> None:
    """One gold name against the name found for it (None: no name paired with it)."""
    same = True
    for part in PARTS:
        g = normal(getattr(gold, part))
        f = normal(getattr(found, part)) if found else ""
        scores.add_same(f"name.{part}", int(bool(g) and g == f), int(bool(f)), int(bool(g)))
        same = same and g == f
    scores.add_same("name.exact", int(found is not None and same), int(found is not None), 1)


def _words(parts: NameParts) -> set[str]:
    return set(normal(" ".join((parts.given, parts.middle, parts.surname))).split())


def _shared_words(gold: NameParts, found: NameParts) -> float:
    g, f = _words(gold), _words(found)
    return len(g & f) / max(len(g | f), 1)


def score_list(scores: FieldScores, gold: list[NameParts], found: list[NameParts]) -> None:
    """One author list: names found (count F1), then each gold name against the found name it pairs with;
    found names left unpaired count as predictions of every part they have."""
    add_count(scores, "names_found", len(found), len(gold))
    pairs = {g: p for g, p, _ in greedy_pairs(gold, found, _shared_words)}
    for i, name in enumerate(gold):
        score_pair(scores, name, found[pairs[i]] if i in pairs else None)
    for j in set(range(len(found))) - set(pairs.values()):
        for part in PARTS:
            scores.add_same(f"name.{part}", 0, int(bool(normal(getattr(found[j], part)))), 0)
        scores.add_same("name.exact", 0, 1, 0)


def evaluate_header_names(grobid: Path, split: str) -> dict[str, Any]:
    """name/header/<split>: the header's splitter on each printed name (see the module doc)."""
    from paperparse.header.names import split_authors

    start = time.perf_counter()
    gold: list[GoldName] = load_names(grobid, "header", split)  # type: ignore[assignment]
    scores = FieldScores()
    for item in gold:
        score_list(scores, [item.parts], [header_parts(author) for author, _ in split_authors(item.raw)])
    return _result(len(gold), split, start, scores)


def evaluate_citation_names(grobid: Path, split: str) -> dict[str, Any]:
    """name/citation/<split>: the reference authors splitter on each author list (see the module doc)."""
    from paperparse.references.authors import split_authors

    start = time.perf_counter()
    gold: list[GoldAuthorList] = load_names(grobid, "citation", split)  # type: ignore[assignment]
    scores = FieldScores()
    for item in gold:
        found = [reference_parts(a) for a in split_authors(item.raw)]
        score_list(scores, [_regiven(n) for n in item.names], found)
    return _result(len(gold), split, start, scores)


def _result(documents: int, split: str, start: float, scores: FieldScores) -> dict[str, Any]:
    return {
        "documents": documents,
        "split": split,
        "failures": [],
        "seconds": round(time.perf_counter() - start, 2),
        "fields": scores.to_dict(),
    }
