"""JSON output, schema "paperparse/1" (see docs/schema.md and schema.json beside this file)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from paperparse.document import Affiliation, Caption, Citation, Document, Location, Reference, TableCell

SCHEMA_ID = "paperparse/1"


def _loc(location: Location | None) -> dict[str, Any]:
    if location is None:
        return {"page": None, "bbox": None}
    return {"page": location.page, "bbox": [round(v, 2) for v in location.bbox]}


def _located(location: Location | None) -> dict[str, Any] | None:
    return None if location is None else _loc(location)


def _citation(c: Citation) -> dict[str, Any]:
    """A marker with where it is: `bbox` is its first piece's (a line break may split it), `boxes` all."""
    return {
        "text": c.text,
        "ref_ids": c.ref_ids,
        "page": c.page,
        "section_id": c.section_id,
        "bbox": _loc(c.boxes[0])["bbox"] if c.boxes else None,
        "boxes": [_loc(b) for b in c.boxes],
    }


def _caption(item: Caption) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": item.label,
        "caption": item.caption,
        **_loc(item.location),
        "region": _located(item.region),
    }


def _cell(cell: TableCell) -> dict[str, Any]:
    return {
        "row": cell.row,
        "col": cell.col,
        "rowspan": cell.rowspan,
        "colspan": cell.colspan,
        "text": cell.text,
        "header": cell.header,
        **_loc(cell.location),
    }


def _table(item: Caption) -> dict[str, Any]:
    """A table's caption and region with its content beside them: `structure` "cells" (the grid in
    `cells`, `n_rows` × `n_cols`), "lines" (no grid recovered: its text `lines` and the `reason`), or
    null when the table has no region to read (then no cells and no lines)."""
    content = item.content
    return {
        **_caption(item),
        "structure": content.structure if content else None,
        "n_rows": content.n_rows if content else 0,
        "n_cols": content.n_cols if content else 0,
        "cells": [_cell(c) for c in content.cells] if content else [],
        "lines": list(content.lines) if content else [],
        "reason": content.reason if content else None,
    }


def reference_to_dict(ref: Reference) -> dict[str, Any]:
    return {
        "id": ref.id,
        "label": ref.label,
        "raw": ref.raw,
        "authors": [{"name": a.name, "given": a.given, "surname": a.surname} for a in ref.authors],
        "title": ref.title,
        "venue": ref.venue,
        "year": ref.year,
        "volume": ref.volume,
        "issue": ref.issue,
        "pages": ref.pages,
        "doi": ref.doi,
        "url": ref.url,
        "publisher": ref.publisher,
        "arxiv": ref.arxiv,
        **_loc(ref.location),
    }


def affiliation_to_dict(f: Affiliation) -> dict[str, Any]:
    return {
        "id": f.id,
        "raw": f.raw,
        "institution": f.institution,
        "department": f.department,
        "address": f.address,
        "country": f.country,
        "country_code": f.country_code,
        "laboratory": f.laboratory,
        "settlement": f.settlement,
        "region": f.region,
        "post_code": f.post_code,
        **_loc(f.location),
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    src = doc.source
    return {
        "schema": SCHEMA_ID,
        "source": {
            "file": src.file,
            "sha256": src.sha256,
            "pages": src.pages,
            "pages_without_text": src.pages_without_text,
            "ocr_pages": src.ocr_pages,
        },
        "title": doc.title,
        "authors": [
            {
                "name": a.name,
                "given": a.given,
                "middle": a.middle,
                "surname": a.surname,
                "suffix": a.suffix,
                "email": a.email,
                "affiliations": a.affiliations,
                **_loc(a.location),
            }
            for a in doc.authors
        ],
        "affiliations": [affiliation_to_dict(f) for f in doc.affiliations],
        "abstract": doc.abstract,
        "keywords": doc.keywords,
        "doi": doc.doi,
        "sections": [
            {
                "id": s.id,
                "number": s.number,
                "title": s.title,
                "level": s.level,
                "paragraphs": s.paragraphs,
                "paragraph_boxes": [[_loc(b) for b in boxes] for boxes in s.paragraph_boxes],
                **_loc(s.location),
            }
            for s in doc.sections
        ],
        "figures": [_caption(f) for f in doc.figures],
        "tables": [_table(t) for t in doc.tables],
        "footnotes": [{"text": f.text, "marker": f.marker, **_loc(f.location)} for f in doc.footnotes],
        "equations": [
            {
                "id": e.id,
                "text": e.text,
                "label": e.label,
                "section_id": e.section_id,
                "after_paragraphs": e.after_paragraphs,
                **_loc(e.location),
            }
            for e in doc.equations
        ],
        "urls": doc.urls,
        "references": [reference_to_dict(r) for r in doc.references],
        "citations": [_citation(c) for c in doc.citations],
        "locations": {"title": _located(doc.title_location), "abstract": _located(doc.abstract_location)},
    }


def to_json(doc: Document, indent: int | None = 2) -> str:
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=indent)


def load_schema() -> dict[str, Any]:
    return json.loads(resources.files("paperparse.output").joinpath("schema.json").read_text("utf-8"))
