"""`paperparse batch`: the options and the command, kept beside the batch they drive."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from paperparse.batch import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, GLOB_CHARS, run_batch


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="a directory tree, a glob ('papers/**/*.pdf') or a list file of paths")
    parser.add_argument("out_dir", help="where X.json / X.error.json, manifest.sqlite and summary.json go")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds allowed per PDF")
    parser.add_argument(
        "--max-memory-mb", type=int, default=DEFAULT_MAX_MEMORY_MB, help="address-space cap per worker"
    )
    parser.add_argument("--retry-failed", action="store_true", help="retry files that have an error record")
    parser.add_argument("--ocr", choices=("auto", "off"), default="auto", help="OCR pages without text")
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="worker processes here, or a Dask cluster",
    )
    parser.add_argument(
        "--scheduler", help="Dask scheduler address (tcp://HOST:PORT); default: a LocalCluster"
    )
    parser.add_argument("--parquet", help="also write one row per paper to this Parquet file")


def run(args: argparse.Namespace) -> int:
    """Run the batch; exit 0 even when files failed (their error records say why)."""
    source = str(args.source)
    if not Path(source).exists() and not GLOB_CHARS & set(source):
        print(f"paperparse batch: {source} does not exist (a folder, a glob or a list file)", file=sys.stderr)
        return 2
    summary = run_batch(
        args.source,
        args.out_dir,
        args.workers,
        args.timeout,
        retry_failed=args.retry_failed,
        max_memory_mb=args.max_memory_mb,
        ocr=args.ocr == "auto",
        engine=args.engine,
        scheduler=args.scheduler,
    )
    if args.parquet:
        from paperparse.batch.parquet import write_parquet

        rows = write_parquet(Path(args.out_dir), Path(args.parquet))
        print(f"{rows} papers → {args.parquet}")
    now = summary["this_run"]
    print(
        f"this run: {now['files']} files ({now['ok']} ok, {now['errors']} errors), {now['pages']} pages "
        f"in {summary['seconds']} s; {summary['skipped']} already done. {args.out_dir}: {summary['files']} "
        f"files, {summary['ok']} ok, {summary['errors']} errors"
    )
    return 0
