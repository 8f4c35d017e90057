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

from paperparse.batch.manifest import Manifest
from paperparse.batch.progress import Progress
from paperparse.batch.worker import TMP_SUFFIX, Task, output_stem, result_of, work, write_atomic
from paperparse.isolation import WorkerPool

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY_MB = 2048
_GLOB_CHARS = frozenset("*?[")

__all__ = ["DEFAULT_MAX_MEMORY_MB", "DEFAULT_TIMEOUT", "Task", "find_inputs", "run_batch"]


def find_inputs(source: str | Path) -> list[tuple[Path, str]]:
    """The PDFs named by a directory tree, a glob or a list file (one path per line, relative to it).

    Each comes with its key, the path relative to the inputs' common directory, which names its outputs
    (a/b.pdf → OUT/a/b.json) and its manifest row.
    """
    text = str(source)
    path = Path(source)
    if path.is_dir():
        pdfs = [p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file()]
        root = path
    else:
        if _GLOB_CHARS & set(text):
            pdfs = [Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file()]
        elif path.suffix.lower() == ".pdf":
            pdfs = [path]
        else:
            lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
            pdfs = [path.parent / ln for ln in lines if ln and not ln.startswith("#")]
        pdfs = [p.resolve() for p in pdfs]
        root = Path(os.path.commonpath([p.parent for p in pdfs])) if pdfs else Path(".")
    found = {p.relative_to(root).as_posix(): p for p in pdfs}
    return sorted(((p, rel) for rel, p in found.items()), key=lambda item: item[1])


def _remove_temp_files(out_dir: Path) -> None:
    """Half-written temp files of a killed run; the finished outputs were replaced atomically."""
    for tmp in out_dir.rglob(f".*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)


def _from_output(stem: Path, pdf: Path) -> dict[str, Any]:
    """Rebuild a manifest row's content from an output file a killed run left without its row."""
    ok = stem.with_suffix(".json")
    if ok.exists():
        src = json.loads(ok.read_text(encoding="utf-8"))["source"]
        return {"status": "ok", "pages": src["pages"], "sha256": src["sha256"]}
    error = json.loads(stem.with_suffix(".error.json").read_text(encoding="utf-8"))["error"]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest() if pdf.is_file() else None
    return {"status": "error", "error_type": error["type"], "error_message": error["message"], "sha256": sha}


def _plan(
    inputs: list[tuple[Path, str]], out_dir: Path, manifest: Manifest, retry_failed: bool
) -> tuple[list[tuple[Path, str]], list[dict[str, Any]]]:
    """Reconcile manifest and files; return the files to (re)do and the skipped ones' summary entries."""
    rows = manifest.rows()
    todo: list[tuple[Path, str]] = []
    skipped: list[dict[str, Any]] = []
    for pdf, rel in inputs:
        stem = output_stem(out_dir, rel)
        has_ok = stem.with_suffix(".json").exists()
        has_error = not has_ok and stem.with_suffix(".error.json").exists()
        row = rows.get(rel)
        if has_ok:
            stem.with_suffix(".error.json").unlink(missing_ok=True)  # a retry succeeded before the kill
        if has_ok or has_error:
            status = "ok" if has_ok else "error"
            if row is None or row.status != status:
                manifest.record(rel, str(pdf), _from_output(stem, pdf))
            if has_ok or not retry_failed:
                skipped.append({"file": rel, "status": "skipped", "seconds": 0.0, "pages": 0, "error": None})
                continue
        elif row is not None:
            manifest.forget(rel)  # its output was deleted: do it again
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

    engine "local" runs `workers` worker processes here; "dask" sends the same per-file work to a Dask
    cluster (`scheduler` address, or a LocalCluster), whose workers must see the same out_dir.
    `timeout` (seconds) and `max_memory_mb` (address space) bound each file's worker.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_temp_files(out_dir)
    inputs = find_inputs(source)
    manifest = Manifest(out_dir / "manifest.sqlite")
    started = time.perf_counter()
    try:
        todo, entries = _plan(inputs, out_dir, manifest, retry_failed)
        sources = {rel: str(pdf) for pdf, rel in todo}
        tasks = [Task(str(pdf), rel, str(out_dir), ocr) for pdf, rel in todo]
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
            manifest.record(result["file"], sources[result["file"]], result)  # the output is in place
            progress.update(result)
            if on_result is not None:
                on_result(result)
            entries.append(_summary_entry(result))
        progress.close()
    finally:
        manifest.close()
    entries.sort(key=lambda e: e["file"])
    summary = {
        "files": len(entries),
        "ok": sum(e["status"] == "ok" for e in entries),
        "errors": sum(e["status"] == "error" for e in entries),
        "skipped": sum(e["status"] == "skipped" for e in entries),
        "pages": sum(e["pages"] for e in entries),
        "seconds": round(time.perf_counter() - started, 3),
        "error_types": dict(sorted(Counter(e["error"]["type"] for e in entries if e["error"]).items())),
        "results": entries,
    }
    write_atomic(out_dir / "summary.json", json.dumps(summary, indent=2))
    return summary


def _summary_entry(result: dict[str, Any]) -> dict[str, Any]:
    error = None
    if result["status"] == "error":
        error = {"type": result["error_type"], "message": result["error_message"]}
    entry = {
        "file": result["file"],
        "status": result["status"],
        "seconds": round(result.get("seconds") or 0.0, 3),
        "pages": result.get("pages") or 0,
        "error": error,
    }
    if result.get("warnings"):
        entry["warnings"] = result["warnings"]
    return entry
