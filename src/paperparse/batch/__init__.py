"""Batch extraction: one JSON per PDF or one error record, never a lost file, resumable after any kill.

Each PDF runs in a long-lived isolated worker process (`paperparse.isolation`) with a time limit and a
memory cap; a hang, a crash or the cap costs that file and that worker, which is replaced. Outputs are
written atomically by the worker; the SQLite manifest is updated only after an output is in place, and a
rerun first reconciles the manifest with the files, so a kill -9 at any moment loses nothing and doubles
nothing.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from paperparse.batch.manifest import Manifest, Row
from paperparse.batch.names import output_stems
from paperparse.batch.progress import Progress
from paperparse.batch.worker import TMP_SUFFIX, Task, output_path, result_of, work, write_atomic
from paperparse.isolation import WorkerPool

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY_MB = 2048
GLOB_CHARS = frozenset("*?[")

__all__ = ["DEFAULT_MAX_MEMORY_MB", "DEFAULT_TIMEOUT", "Task", "find_inputs", "keyed", "pdfs_in", "run_batch"]


def find_inputs(source: str | Path) -> list[tuple[Path, str]]:
    """The PDFs named by a directory tree, a glob or a list file (one path per line, relative to it).

    Each comes with its key, the path relative to the inputs' common directory, which names its manifest
    row and its outputs (a/b.pdf → OUT/a/b.json, see `batch.names`).
    """
    text = str(source)
    path = Path(source)
    if path.is_dir():
        return _relative_to(path, pdfs_in(path))
    if GLOB_CHARS & set(text):
        pdfs = [Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file()]
    elif is_pdf_name(path.name):
        pdfs = [path]
    else:
        lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
        pdfs = [path.parent / ln for ln in lines if ln and not ln.startswith("#")]
    return keyed(pdfs)


def keyed(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Files, each with its key: its path relative to the files' common folder."""
    resolved = [p.resolve() for p in paths]
    root = Path(os.path.commonpath([p.parent for p in resolved])) if resolved else Path(".")
    return _relative_to(root, resolved)


def _relative_to(root: Path, pdfs: Iterable[Path]) -> list[tuple[Path, str]]:
    found = {p.relative_to(root).as_posix(): p for p in pdfs}
    return sorted(((p, rel) for rel, p in found.items()), key=lambda item: item[1])


def is_pdf_name(name: str) -> bool:
    """A name ending in .pdf, any case; `Path.suffix` would miss a file named just ".pdf"."""
    return name.lower().endswith(".pdf")


def pdfs_in(folder: Path) -> list[Path]:
    """The PDFs of a folder tree (any case of .pdf), in a stable order."""
    return sorted(p for p in folder.rglob("*") if is_pdf_name(p.name) and p.is_file())


def _remove_temp_files(out_dir: Path) -> None:
    """Half-written temp files of a killed run; the finished outputs were replaced atomically."""
    for tmp in out_dir.rglob(f".*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)


def _from_output(ok: Path, error_path: Path, pdf: Path) -> dict[str, Any]:
    """Rebuild a manifest row's content from an output file a killed run left without its row."""
    if ok.exists():
        src = json.loads(ok.read_text(encoding="utf-8"))["source"]
        return {"status": "ok", "pages": src["pages"], "sha256": src["sha256"]}
    error = json.loads(error_path.read_text(encoding="utf-8"))["error"]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest() if pdf.is_file() else None
    return {"status": "error", "error_type": error["type"], "error_message": error["message"], "sha256": sha}


def _plan(
    inputs: list[tuple[Path, str]],
    stems: dict[str, str],
    out_dir: Path,
    manifest: Manifest,
    retry_failed: bool,
) -> tuple[list[tuple[Path, str]], int]:
    """Reconcile manifest and files; return the files to (re)do and how many are done already."""
    rows = manifest.rows()
    todo: list[tuple[Path, str]] = []
    skipped = 0
    for pdf, rel in inputs:
        ok, error = output_path(out_dir, stems[rel], ".json"), output_path(out_dir, stems[rel], ".error.json")
        has_ok = ok.exists()
        has_error = not has_ok and error.exists()
        row = rows.get(rel)
        if has_ok:
            error.unlink(missing_ok=True)  # a retry succeeded before the kill
        if has_ok or has_error:
            status = "ok" if has_ok else "error"
            if row is None or row.status != status or row.output != stems[rel]:
                manifest.record(rel, str(pdf), _from_output(ok, error, pdf), stems[rel])
            if has_ok or not retry_failed:
                skipped += 1
                continue
        elif row is not None:
            manifest.forget(rel)  # its output was deleted (or its name changed): do it again
        todo.append((pdf, rel))
    return todo, skipped


def _run_local(
    tasks: list[Task], workers: int, timeout: float, max_memory_mb: int
) -> Iterator[dict[str, Any]]:
    """Keep `workers` isolated worker processes busy; yields each result as its file finishes."""
    if not tasks:
        return
    with WorkerPool(min(workers, len(tasks)), timeout, max_memory_mb=max_memory_mb) as pool:
        for done in pool.map_unordered(work, tasks):
            yield result_of(done.item, done.value, done.error, done.seconds)


def run_batch(
    source: str | Path,
    out_dir: str | Path,
    workers: int = 1,
    timeout: float = DEFAULT_TIMEOUT,
    retry_failed: bool = False,
    *,
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
    ocr: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Extract every PDF of `source` (directory, glob or list file) into out_dir; returns summary.json.

    The summary describes the whole folder (files done by earlier runs too); `this_run` what this run did,
    `skipped` how many inputs were done already.

    engine "local" runs `workers` worker processes here; "dask" sends the same per-file work to a Dask
    cluster (`scheduler` address, or a LocalCluster), whose workers must see the same out_dir.
    `timeout` (seconds) and `max_memory_mb` (address space) bound each file's worker.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_temp_files(out_dir)
    inputs = find_inputs(source)
    stems = output_stems(rel for _, rel in inputs)
    manifest = Manifest(out_dir / "manifest.sqlite")
    started = time.perf_counter()
    done_now: set[str] = set()
    try:
        todo, skipped = _plan(inputs, stems, out_dir, manifest, retry_failed)
        sources = {rel: str(pdf) for pdf, rel in todo}
        tasks = [Task(str(pdf), rel, str(out_dir), stems[rel], ocr) for pdf, rel in todo]
        progress = progress or Progress(len(tasks))
        results: Iterable[dict[str, Any]]
        if engine == "dask":
            from paperparse.batch.cluster import run_dask

            results = run_dask(tasks, scheduler, workers, timeout, max_memory_mb)
        elif engine == "local":
            results = _run_local(tasks, max(1, workers), timeout, max_memory_mb)
        else:
            raise ValueError(f"unknown engine {engine!r} (local or dask)")
        for result in results:
            rel = result["file"]
            manifest.record(rel, sources[rel], result, stems[rel])  # the output is in place
            done_now.add(rel)
            progress.update(result)
            if on_result is not None:
                on_result(result)
        progress.close()
        rows = manifest.rows()
    finally:
        manifest.close()
    summary = _summary(rows, done_now, skipped, time.perf_counter() - started)
    write_atomic(out_dir / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False))
    return summary


def _summary(rows: dict[str, Row], done_now: set[str], skipped: int, seconds: float) -> dict[str, Any]:
    """The whole output folder as the manifest knows it (earlier runs included), and what this run did."""
    entries = [_summary_entry(row, row.path in done_now) for _, row in sorted(rows.items())]
    now = [e for e in entries if e["this_run"]]
    return {
        "files": len(entries),
        "ok": sum(e["status"] == "ok" for e in entries),
        "errors": sum(e["status"] == "error" for e in entries),
        "skipped": skipped,
        "this_run": {
            "files": len(now),
            "ok": sum(e["status"] == "ok" for e in now),
            "errors": sum(e["status"] == "error" for e in now),
            "pages": sum(e["pages"] for e in now),
        },
        "pages": sum(e["pages"] for e in entries),
        "seconds": round(seconds, 3),
        "error_types": dict(sorted(Counter(e["error"]["type"] for e in entries if e["error"]).items())),
        "results": entries,
    }


def _summary_entry(row: Row, this_run: bool) -> dict[str, Any]:
    error = None
    if row.status == "error":
        error = {"type": row.error_type, "message": row.error_message}
    entry = {
        "file": row.path,
        "output": row.output,
        "status": row.status,
        "this_run": this_run,
        "seconds": round(row.seconds or 0.0, 3),
        "pages": row.pages or 0,
        "error": error,
    }
    if row.warnings:
        entry["warnings"] = row.warnings.split("; ")
    return entry
