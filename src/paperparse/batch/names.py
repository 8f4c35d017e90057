"""Output names: input `X.pdf` gives `X.json` / `X.error.json`, one distinct pair for every input.

Names are computed for the whole set of inputs at once, because only the set shows a clash: `a.pdf` beside
`a.PDF` (or `A.pdf`, on a file system that ignores case), `a.error.pdf` beside `a.pdf` (whose error record
would be `a.error.json`), an input named `summary.pdf` beside the batch's own `summary.json`, a file output
beside a folder of the same name. The second of a clash keeps its whole file name (`a.PDF.json`); whatever
still clashes, or is too long for the file system, is cut and given a short hash of its input's path.
Dots inside a name are never taken for a suffix: `2305.03393_x.pdf` gives `2305.03393_x.json`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

OUTPUT_SUFFIXES = (".json", ".error.json")
RESERVED = frozenset({"summary.json", "manifest.sqlite", "manifest.sqlite-wal", "manifest.sqlite-shm"})
"""The batch's own files in the output folder's root."""

MAX_NAME_BYTES = 200
"""A stem's last part, in UTF-8 bytes: with the longest suffix it stays under the usual 255-byte limit."""

_PDF = ".pdf"


def _strip_pdf(rel: str) -> str:
    return (
        rel[: -len(_PDF)] if rel.lower().endswith(_PDF) and len(rel.rsplit("/", 1)[-1]) > len(_PDF) else rel
    )


def _hash(rel: str) -> str:
    return hashlib.sha1(rel.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _fit(stem: str, rel: str, tag: bool = False) -> str:
    """Cut the stem's last part to MAX_NAME_BYTES (at a character boundary); cut or tagged stems end ~hash."""
    folder, _, name = stem.rpartition("/")
    data = name.encode("utf-8", "surrogateescape")
    if not tag and len(data) <= MAX_NAME_BYTES:
        return stem
    room = MAX_NAME_BYTES - 9
    name = data[:room].decode("utf-8", "ignore") + "~" + _hash(rel)
    return f"{folder}/{name}" if folder else name


def _claims(stem: str, suffixes: Sequence[str]) -> list[str]:
    """The files (case-folded) an input's outputs take."""
    return [(stem + s).casefold() for s in suffixes]


def _folders(rel: str) -> list[str]:
    parts = rel.casefold().split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def output_stems(rels: Iterable[str], suffixes: Sequence[str] = OUTPUT_SUFFIXES) -> dict[str, str]:
    """Each input's key (its path relative to the inputs' root, '/'-separated) → its output stem.

    The outputs are stem + suffix for each suffix; no two inputs share an output, also when case is ignored.
    Inputs are named in a fixed order, `.pdf` in lower case and shorter names first, so adding `a.PDF` or
    `a.error.pdf` to a folder that holds `a.pdf` does not rename `a.pdf`'s outputs.
    """
    rels = sorted(set(rels), key=lambda rel: (not rel.endswith(_PDF), len(rel), rel))
    folders = {f for rel in rels for f in _folders(rel)}
    taken = set(RESERVED)
    stems = {}
    for rel in rels:
        for stem in (_fit(_strip_pdf(rel), rel), _fit(rel, rel), _fit(rel, rel, tag=True)):
            files = _claims(stem, suffixes)
            if not any(f in taken or f in folders for f in files):
                break
        taken.update(files)
        stems[rel] = stem
    return stems
