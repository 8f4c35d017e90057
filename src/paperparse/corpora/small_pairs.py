"""Small PDF + partial-gold pairs from tool test suites (science-parse, CERMINE) → gold dicts.

Each gold dict has the JATS shape and a `fields` list naming only what the source asserts, so a
prediction is never penalised for a field the fixture simply does not annotate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from paperparse.corpora.jats import FRONT_FIELDS, clean, load_jats, name_parts

_LABELS = {"TITLE": "title", "AUTHOR": "authors", "ABSTRACT": "abstract"}


def _author(name: str) -> dict[str, Any]:
    return {**name_parts(name), "email": None, "affiliations": []}


def load_extraction_json(path: Path) -> dict[str, Any]:
    """science-parse `*.extraction.json`: only its "title" assertion is a field value.

    The "line" assertions are fragments that must appear somewhere and "year" has no paperparse field,
    so they are not scored.
    """
    assertions = json.loads(path.read_text("utf-8-sig"))
    titles = [clean(str(text)) for kind, text in assertions if kind == "title"]
    gold: dict[str, Any] = {"file": str(path), "fields": ["title"] if titles else []}
    gold["title"] = titles[0] if titles else None
    return gold


def load_labels_txt(path: Path) -> dict[str, Any]:
    """science-parse `*-labels.txt`: TAB-separated TITLE / AUTHOR / ABSTRACT lines."""
    gold: dict[str, Any] = {"file": str(path), "title": None, "authors": [], "abstract": None}
    present = set()
    for line in path.read_text("utf-8-sig").splitlines():
        kind, _, text = line.partition("\t")
        field = _LABELS.get(kind.strip())
        if field is None or not clean(text):
            continue
        present.add(field)
        if field == "authors":
            gold["authors"].append(_author(text))
        else:
            gold[field] = clean(text)
    gold["fields"] = sorted(present)
    return gold


def load_cermine_metadata(path: Path) -> dict[str, Any]:
    """CERMINE `*-metadata.xml` is NLM front matter: read it as JATS, scoring the front fields only."""
    return load_jats(path, fields=FRONT_FIELDS)


def small_pairs(corpus: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    """(name, PDF, gold) for every pair with a PDF and at least one scorable field."""
    layouts = (  # folder, gold file suffix, name suffix, loader
        ("science-parse", ".extraction.json", "", load_extraction_json),
        ("science-parse", "-labels.txt", "-labels", load_labels_txt),
        ("cermine", "-metadata.xml", "", load_cermine_metadata),
    )
    pairs: list[tuple[str, Path, dict[str, Any]]] = []
    for folder, suffix, tag, load in layouts:
        for gold_path in sorted((corpus / folder).glob(f"*{suffix}")):
            name = gold_path.name.removesuffix(suffix)
            pdf = corpus / folder / f"{name}.pdf"
            if pdf.is_file():
                pairs.append((f"{folder}/{name}{tag}", pdf, load(gold_path)))
    return [(name, pdf, gold) for name, pdf, gold in pairs if gold["fields"]]
