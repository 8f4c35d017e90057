"""acl: ACL Anthology papers (1988–2010) with the Anthology's own title and authors → gold dicts.

Only title and authors are annotated (the Anthology metadata of these years has no abstract, affiliation
or email). The older metadata often drops accents ("Hajic" where the PDF prints "Hajič"), so the gold
asks scoring to compare accent-folded text (`accent_folded`); names keep the Anthology's spelling and
order otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from paperparse.corpora.jats import clean, name_parts

FIELDS = ("title", "authors")


def load_acl_gold(path: Path) -> dict[str, Any]:
    """One `<id>.json` ({"anthology_id", "title", "authors"}) as a gold dict for `score_document`."""
    raw = json.loads(path.read_text("utf-8"))
    names = [clean(n) for n in raw.get("authors") or [] if clean(n)]
    return {
        "file": str(path),
        "fields": [f for f in FIELDS if raw.get(f)],
        "accent_folded": True,
        "title": clean(raw.get("title")) or None,
        "authors": [name_parts(n) for n in names],
    }


def acl_papers(corpus: Path) -> list[tuple[str, Path, Path]]:
    """(Anthology id, PDF, metadata JSON) for every id with both files, sorted by id."""
    return [
        (meta.stem, meta.with_suffix(".pdf"), meta)
        for meta in sorted(corpus.glob("*.json"))
        if meta.with_suffix(".pdf").is_file()
    ]
