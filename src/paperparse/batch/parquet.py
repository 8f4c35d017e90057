"""One Parquet row per extracted paper, for loading a whole batch into pandas, DuckDB or Spark."""

from __future__ import annotations

import json
from pathlib import Path

from paperparse.batch.manifest import Manifest
from paperparse.batch.names import output_stems
from paperparse.batch.worker import output_path


def write_parquet(out_dir: Path, path: Path) -> int:
    """Write (file, sha256, title, doi, n_authors, n_references, json) for every ok file; returns the count."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("--parquet needs the parquet extra: pip install 'paperparse[parquet]'") from exc
    manifest = Manifest(out_dir / "manifest.sqlite")
    try:
        rows = manifest.rows()
    finally:
        manifest.close()
    columns: dict[str, list] = {
        k: [] for k in ("file", "sha256", "title", "doi", "n_authors", "n_references")
    }
    columns["json"] = []
    files = sorted(rel for rel, row in rows.items() if row.status == "ok")
    for rel in files:
        stem = rows[rel].output or output_stems([rel])[rel]  # older manifests did not keep the name
        text = output_path(out_dir, stem, ".json").read_text(encoding="utf-8")
        doc = json.loads(text)
        columns["file"].append(rel)
        columns["sha256"].append(doc["source"]["sha256"])
        columns["title"].append(doc.get("title"))
        columns["doi"].append(doc.get("doi"))
        columns["n_authors"].append(len(doc.get("authors") or []))
        columns["n_references"].append(len(doc.get("references") or []))
        columns["json"].append(text)
    schema = pa.schema(
        [
            ("file", pa.string()),
            ("sha256", pa.string()),
            ("title", pa.string()),
            ("doi", pa.string()),
            ("n_authors", pa.int32()),
            ("n_references", pa.int32()),
            ("json", pa.string()),
        ]
    )
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(pa.table(columns, schema=schema), tmp)
    tmp.replace(path)
    return len(files)
