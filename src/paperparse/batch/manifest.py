"""OUT/manifest.sqlite: one row per input file, the batch's memory across runs.

A row is written only after the file's output is in place, so after a kill the files are the truth and
the manifest may only lag behind them; `Manifest.reconcile` catches it up on the next run.
WAL mode keeps each commit cheap and lets readers (a dashboard, `sqlite3`) look while the batch runs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    source TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    seconds REAL,
    pages INTEGER,
    error_type TEXT,
    error_message TEXT,
    sha256 TEXT,
    peak_rss_mb REAL,
    warnings TEXT,
    finished_at TEXT NOT NULL,
    output TEXT
)
"""
_COLUMNS = (
    "path, source, status, seconds, pages, error_type, error_message, sha256, peak_rss_mb, warnings, "
    "finished_at, output"
)


@dataclass(slots=True)
class Row:
    path: str
    status: str
    error_type: str | None
    error_message: str | None
    pages: int | None
    seconds: float | None
    warnings: str | None
    output: str | None
    """The output stem relative to the folder (OUT/output.json or .error.json); null in older manifests."""


class Manifest:
    """The SQLite manifest of one output directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        if "output" not in {row[1] for row in self._db.execute("PRAGMA table_info(files)")}:
            self._db.execute("ALTER TABLE files ADD COLUMN output TEXT")  # a manifest of an older version
        self._db.commit()

    def rows(self) -> dict[str, Row]:
        query = "SELECT path, status, error_type, error_message, pages, seconds, warnings, output FROM files"
        return {row[0]: Row(*row) for row in self._db.execute(query)}

    def record(self, path: str, source: str, result: dict[str, Any], output: str) -> None:
        """Upsert the row of one file from a worker's result."""
        warnings = "; ".join(result.get("warnings") or []) or None
        self._db.execute(
            f"INSERT OR REPLACE INTO files ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                path,
                source,
                result["status"],
                _rounded(result.get("seconds")),
                result.get("pages"),
                result.get("error_type"),
                result.get("error_message"),
                result.get("sha256"),
                result.get("peak_rss_mb"),
                warnings,
                datetime.now(UTC).isoformat(timespec="seconds"),
                output,
            ),
        )
        self._db.commit()

    def forget(self, path: str) -> None:
        self._db.execute("DELETE FROM files WHERE path = ?", (path,))
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
