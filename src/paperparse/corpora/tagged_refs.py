"""Loaders for tagged reference-string corpora, mapped onto one label set.

Each loader yields `TaggedReference(raw, tokens, labels)`: `raw` is the reference string with whitespace
collapsed to single spaces, `tokens` are `paperparse.references.tokens.Token(text, start, end)` with offsets
into `raw` (the same tokenizer prediction uses), and `labels[i]` is the unified label of `tokens[i]`.

Corpora disagree on whether separating punctuation belongs to a field (AnyStyle: "(2011)." is all date;
GROBID: only "2011" is). We settle it one way for all: punctuation-only tokens at either edge of a field,
and a leading "In" before a container or editors, are labelled "other", so the CRF never has to learn a
corpus's habit.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from paperparse.references.tokens import Token, tokenize

LABELS = (
    "author", "title", "venue", "date", "volume", "issue", "pages", "doi", "url", "publisher",
    "location", "editor", "note", "label", "arxiv", "other",
)  # fmt: skip

DEFAULT_CORPORA = Path("/work/shared/corpora")


@dataclass(slots=True)
class TaggedReference:
    raw: str
    tokens: list[Token]
    labels: list[str]


_PUNCT_ONLY = re.compile(r"^[^\w]+$")
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?$")
_SPACE = re.compile(r"\s+")
_LEAD_INS = frozenset({"in", "dans", "en"})


def _from_pieces(pieces: Iterable[tuple[str, str]]) -> TaggedReference | None:
    """Build a TaggedReference from (text, label) pieces, collapsing whitespace and trimming field edges."""
    chars: list[str] = []
    char_labels: list[str] = []
    for text, label in pieces:
        for ch in text:
            if ch.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    char_labels.append("other")
            else:
                chars.append(ch)
                char_labels.append(label)
    while chars and chars[-1] == " ":
        chars.pop()
        char_labels.pop()
    raw = "".join(chars)
    if not raw:
        return None
    tokens = tokenize(raw)
    labels = [char_labels[t.start] for t in tokens]
    trim_field_edges(tokens, labels)
    return TaggedReference(raw, tokens, labels)


def trim_field_edges(tokens: list[Token], labels: list[str]) -> None:
    """Relabel punctuation-only tokens at the start or end of each field run as "other" (in place)."""
    n = len(labels)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and labels[j + 1] == labels[i]:
            j += 1
        label = labels[i]
        if label != "other":
            a, b = i, j
            lead_in = label in ("venue", "editor")
            while a <= b and (
                _PUNCT_ONLY.match(tokens[a].text) or (lead_in and tokens[a].text.lower() == "in")
            ):
                labels[a] = "other"
                a += 1
            while b >= a and _PUNCT_ONLY.match(tokens[b].text):
                labels[b] = "other"
                b -= 1
            # '« Title », in Container': the "in" that introduces the container is nobody's title.
            if (
                label == "title"
                and b > a
                and tokens[b].text.lower() in _LEAD_INS
                and _container_next(labels, j)
            ):
                labels[b] = "other"
                b -= 1
                while b >= a and _PUNCT_ONLY.match(tokens[b].text):
                    labels[b] = "other"
                    b -= 1
        i = j + 1


def _container_next(labels: list[str], j: int) -> bool:
    """Whether the next labelled run after index `j` is a container (venue) or its editors."""
    for label in labels[j + 1 :]:
        if label != "other":
            return label in ("venue", "editor")
    return False


# --- GROBID TEI <bibl> -------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _grobid_label(elem: ET.Element, has_article_title: bool) -> str:
    tag = _local(elem.tag).lower()
    kind = (elem.get("unit") or elem.get("type") or elem.get("level") or "").lower()
    if tag == "title":
        level = (elem.get("level") or "a").lower()
        if level == "j" or (level == "m" and has_article_title):
            return "venue"
        return "note" if level == "s" else "title"
    if tag == "biblscope":
        if kind.startswith("vol"):
            return "volume"
        if kind == "issue":
            return "issue"
        return "pages" if kind.startswith("p") else "other"
    if tag == "idno":
        if kind == "doi":
            return "doi"
        return "arxiv" if kind.startswith("arxiv") else "note"
    if tag == "orgname":
        return "author" if kind == "collaboration" else "publisher"
    return {
        "author": "author", "editor": "editor", "date": "date", "publisher": "publisher",
        "pubplace": "location", "ptr": "url", "note": "note",
    }.get(tag, "other")  # fmt: skip


def _grobid_pieces(bibl: ET.Element) -> list[tuple[str, str]]:
    has_a = any(_local(e.tag) == "title" and (e.get("level") or "a").lower() == "a" for e in bibl.iter())
    pieces: list[tuple[str, str]] = []

    def walk(elem: ET.Element, label: str) -> None:
        pieces.append((elem.text or "", label))
        for child in elem:
            if _local(child.tag) == "lb":
                pieces.append((" ", "other"))
            else:
                walk(child, _grobid_label(child, has_a) if label == "other" else label)
            pieces.append((child.tail or "", label))

    walk(bibl, "other")
    return pieces


def load_grobid_citations(split: str = "corpus", root: Path = DEFAULT_CORPORA) -> Iterator[TaggedReference]:
    """GROBID's citation model data: "corpus" (train) or "evaluation" (held out: never train on it)."""
    if split not in ("corpus", "evaluation"):
        raise ValueError(f"split must be 'corpus' or 'evaluation', not {split!r}")
    for path in sorted((root / "grobid" / "citation" / split).glob("*.xml")):
        for elem in ET.parse(path).iter():
            if _local(elem.tag) == "bibl":
                ref = _from_pieces(_grobid_pieces(elem))
                if ref is not None:
                    yield ref


# --- AnyStyle parser XML -----------------------------------------------------------------------------

_ANYSTYLE_MAP = {
    "author": "author", "title": "title", "journal": "venue", "container-title": "venue",
    "date": "date", "volume": "volume", "pages": "pages", "doi": "doi", "url": "url",
    "publisher": "publisher", "location": "location", "editor": "editor", "translator": "editor",
    "director": "editor", "producer": "editor", "note": "note", "edition": "note", "genre": "note",
    "medium": "note", "isbn": "note", "source": "note", "collection-title": "note",
    "citation-number": "label",
}  # fmt: skip


def anystyle_split(text: str) -> str:
    """Deterministic held-out split by content hash: about 10% "test", the rest "train"."""
    return "test" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 10 == 0 else "train"


def load_anystyle(
    names: Iterable[str] = ("core", "good", "ugly"), split: str | None = None, root: Path = DEFAULT_CORPORA
) -> Iterator[TaggedReference]:
    """AnyStyle parser sets by name (core, good, ugly, bad); `split` filters by `anystyle_split(raw)`."""
    for name in names:
        for seq in ET.parse(root / "anystyle" / "parser" / f"{name}.xml").getroot().iter("sequence"):
            pieces: list[tuple[str, str]] = []
            book = _anystyle_book_title(seq)
            for child in seq:
                label = "title" if child.tag == book else _ANYSTYLE_MAP.get(child.tag, "other")
                pieces.append(("".join(child.itertext()), label))
                pieces.append((" ", "other"))
            ref = _from_pieces(pieces)
            if ref is not None and (split is None or anystyle_split(ref.raw) == split):
                _split_year_volume(ref)
                _split_issue(ref)
                yield ref


def _anystyle_book_title(seq: ET.Element) -> str | None:
    """The tag holding a book's own title when a sequence has no <title>, so it is labelled title.

    AnyStyle's "ugly" set tags a monograph's title as container-title (or journal, next to a publisher),
    where the other corpora and GROBID (level="m" with no article title) call it the title: one
    convention for all, or the CRF learns a corpus's habit.
    """
    tags = {child.tag for child in seq}
    if "title" in tags:
        return None
    if "container-title" in tags:
        return "container-title"
    if "journal" in tags and "publisher" in tags and not tags & {"volume", "pages"}:
        return "journal"
    return None


def _split_year_volume(ref: TaggedReference) -> None:
    """Vancouver style "2013;382(9):" is tagged all volume about as often as all date (some 330 times
    each way); one convention for all, as GROBID has it: the year is the date, what follows the volume."""
    tokens, labels = ref.tokens, ref.labels
    n = len(tokens)
    i = 0
    while i < n:
        j = i  # the run of one label is i..j
        while j + 1 < n and labels[j + 1] == labels[i]:
            j += 1
        if labels[i] in ("date", "volume"):
            semi = next((k for k in range(i + 1, j) if tokens[k].text == ";"), None)
            if (
                semi is not None
                and tokens[semi + 1].text[0].isdigit()
                and any(_YEAR.match(t.text) for t in tokens[i:semi])
            ):
                labels[i:semi] = ["date"] * (semi - i)
                labels[semi] = "other"
                labels[semi + 1 : j + 1] = ["volume"] * (j - semi)
                while j > semi + 1 and tokens[j].text != ")" and _PUNCT_ONLY.match(tokens[j].text):
                    labels[j] = "other"
                    j -= 1
        i = j + 1


def _split_issue(ref: TaggedReference) -> None:
    """AnyStyle has no issue label and tags "5(1)" as volume; relabel the part in parentheses as issue."""
    labels, tokens = ref.labels, ref.tokens
    for i in range(1, len(tokens) - 1):
        if labels[i] == "volume" and tokens[i].text == "(" and labels[i - 1] == "volume":
            labels[i] = "other"
            j = i + 1
            while j < len(tokens) and labels[j] == "volume" and tokens[j].text != ")":
                labels[j] = "issue"
                j += 1


# --- ParsCit inline-tagged lines ---------------------------------------------------------------------

_PARSCIT_MAP = {
    "author": "author", "title": "title", "booktitle": "venue", "journal": "venue", "date": "date",
    "volume": "volume", "pages": "pages", "publisher": "publisher", "institution": "publisher",
    "location": "location", "editor": "editor", "note": "note", "notes": "note", "tech": "note",
}  # fmt: skip
_PARSCIT_TAG = re.compile(r"<(/?)([a-z-]+)>")
PARSCIT_SETS = ("flux-cim-cs", "iconip", "en-humanities", "it-humanities", "mixed-humanities")


def load_parscit(
    names: Iterable[str] = PARSCIT_SETS, root: Path = DEFAULT_CORPORA
) -> Iterator[TaggedReference]:
    """ParsCit tagged references (cora is held back from this copy and is not expected here)."""
    for name in names:
        path = root / "parscit" / "references" / f"{name}.tagged.txt"
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            pieces: list[tuple[str, str]] = []
            label, pos = "other", 0
            for m in _PARSCIT_TAG.finditer(line):
                pieces.append((line[pos : m.start()], label))
                pos = m.end()
                if m.group(2) != "br":
                    label = "other" if m.group(1) else _PARSCIT_MAP.get(m.group(2), "other")
            pieces.append((line[pos:], label))
            ref = _from_pieces(pieces)
            if ref is not None:
                yield ref
