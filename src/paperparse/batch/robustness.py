"""The robustness check: a batch over hostile PDFs must yield an output for every input and exit 0.

    python -m paperparse.batch.robustness ../shared/corpora/robustness OUT [--workers N] [--timeout S]

Prints the counts by outcome and error type, the slowest files and the largest worker peak RSS, and
exits 1 only when some input has neither X.json nor X.error.json.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from paperparse.batch import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, find_inputs, run_batch
from paperparse.batch.names import output_stems
from paperparse.batch.worker import output_path
from paperparse.command_help import DefaultsHelpFormatter


def missing_outputs(source: Path, out_dir: Path) -> list[str]:
    """Inputs with neither an output nor an error record."""
    stems = output_stems(rel for _, rel in find_inputs(source))
    return [
        rel
        for rel, stem in stems.items()
        if not any(output_path(out_dir, stem, suffix).exists() for suffix in (".json", ".error.json"))
    ]


def report(out_dir: Path, slowest: int = 10) -> str:
    """Counts, slowest files and peak RSS, read from the manifest (so a resumed run reports all files)."""
    db = sqlite3.connect(out_dir / "manifest.sqlite")
    try:
        rows = db.execute(
            "SELECT path, status, seconds, pages, error_type, peak_rss_mb FROM files"
        ).fetchall()
    finally:
        db.close()
    outcome = Counter(error_type or status for _, status, _, _, error_type, _ in rows)
    lines = [f"{len(rows)} files: " + ", ".join(f"{k} {v}" for k, v in sorted(outcome.items()))]
    lines.append(f"pages: {sum(r[3] or 0 for r in rows)}; seconds (sum): {sum(r[2] or 0 for r in rows):.1f}")
    lines.append(f"slowest {slowest}:")
    for path, status, seconds, pages, error_type, rss in sorted(rows, key=lambda r: -(r[2] or 0))[:slowest]:
        lines.append(
            f"  {seconds or 0:8.2f} s  {pages or 0:4d} pages  {rss or 0:7.1f} MB  {error_type or status}  {path}"
        )
    peak = max(rows, key=lambda r: r[5] or 0, default=None)
    if peak is not None:
        lines.append(f"largest worker peak RSS: {peak[5]} MB ({peak[0]})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m paperparse.batch.robustness",
        description=__doc__,
        formatter_class=DefaultsHelpFormatter,
    )
    parser.add_argument("source", type=Path, help="a folder of PDFs")
    parser.add_argument("out_dir", type=Path, help="the batch's output folder")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds allowed per PDF")
    parser.add_argument(
        "--max-memory-mb", type=int, default=DEFAULT_MAX_MEMORY_MB, help="address-space cap per worker"
    )
    parser.add_argument("--ocr", choices=("auto", "off"), default="auto", help="OCR pages without text")
    args = parser.parse_args(argv)
    run_batch(
        args.source,
        args.out_dir,
        args.workers,
        args.timeout,
        max_memory_mb=args.max_memory_mb,
        ocr=args.ocr == "auto",
    )
    print(report(args.out_dir))
    missing = missing_outputs(args.source, args.out_dir)
    for rel in missing:
        print(f"MISSING: {rel}", file=sys.stderr)
    print(f"missing outputs: {len(missing)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
