"""Batch extraction over a directory: one JSON per PDF or one error record, never a lost file.

Each PDF runs in a worker process with a time limit; a crash or hang of one file only costs that file.
Outputs are written atomically, so a rerun skips what is done and resumes the rest.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from paperparse.output.json import to_json

DEFAULT_TIMEOUT = 120.0


@dataclass(slots=True)
class FileResult:
    file: str
    status: str
    """ok | error | skipped"""
    seconds: float = 0.0
    pages: int = 0
    error: dict | None = None


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def error_record(file: str, kind: str, message: str) -> dict:
    return {"file": file, "error": {"type": kind, "message": message}}


def process_file(pdf: Path, out_dir: Path, rel: str) -> FileResult:
    """Extract one PDF into out_dir; any failure becomes an error record beside it."""
    from paperparse.pdf import PdfError
    from paperparse.pipeline import extract

    stem = out_dir / Path(rel).with_suffix("")
    stem.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        doc = extract(pdf, name=rel)
    except PdfError as exc:
        record = error_record(rel, exc.kind, str(exc))
    except MemoryError:
        record = error_record(rel, "memory", "ran out of memory")
    except RecursionError:
        record = error_record(rel, "internal", "recursion limit reached (hostile structure)")
    except Exception as exc:  # one bad file must never stop the batch
        record = error_record(rel, "internal", f"{type(exc).__name__}: {exc}")
    else:
        write_atomic(stem.with_suffix(".json"), to_json(doc))
        stem.with_suffix(".error.json").unlink(missing_ok=True)
        return FileResult(rel, "ok", time.perf_counter() - started, doc.source.pages)
    write_atomic(stem.with_suffix(".error.json"), json.dumps(record, ensure_ascii=False, indent=2))
    return FileResult(rel, "error", time.perf_counter() - started, 0, record["error"])


def find_pdfs(in_dir: Path) -> list[tuple[Path, str]]:
    return sorted(
        ((p, p.relative_to(in_dir).as_posix()) for p in in_dir.rglob("*") if p.suffix.lower() == ".pdf"),
        key=lambda item: item[1],
    )


def _done(out_dir: Path, rel: str) -> bool:
    return (out_dir / Path(rel).with_suffix(".json")).exists()


def run_batch(
    in_dir: Path,
    out_dir: Path,
    workers: int = 1,
    timeout: float = DEFAULT_TIMEOUT,
    retry_failed: bool = False,
) -> dict:
    """Extract every PDF under in_dir into out_dir; returns (and writes) summary.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    todo: list[tuple[Path, str]] = []
    results: list[FileResult] = []
    for pdf, rel in find_pdfs(in_dir):
        failed_before = (out_dir / Path(rel).with_suffix(".error.json")).exists()
        if _done(out_dir, rel) or (failed_before and not retry_failed):
            results.append(FileResult(rel, "skipped"))
        else:
            todo.append((pdf, rel))
    started = time.perf_counter()
    pending = list(todo)
    while pending:
        # a worker that dies (segfault in the PDF engine) breaks the pool: restart it for the rest
        with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
            futures = [(pool.submit(process_file, pdf, out_dir, rel), pdf, rel) for pdf, rel in pending]
            pending = []
            broken = False
            for future, pdf, rel in futures:
                if broken:
                    pending.append((pdf, rel))
                    continue
                try:
                    results.append(future.result(timeout=timeout))
                except TimeoutError:
                    results.append(_fail(out_dir, rel, "timeout", f"no result within {timeout:.0f} s"))
                    _kill_workers(pool)
                    broken = True
                except BrokenProcessPool:
                    results.append(_fail(out_dir, rel, "crash", "the PDF engine crashed on this file"))
                    broken = True
    summary = {
        "files": len(results),
        "ok": sum(r.status == "ok" for r in results),
        "errors": sum(r.status == "error" for r in results),
        "skipped": sum(r.status == "skipped" for r in results),
        "pages": sum(r.pages for r in results),
        "seconds": round(time.perf_counter() - started, 3),
        "results": [
            {"file": r.file, "status": r.status, "seconds": round(r.seconds, 3), "pages": r.pages, "error": r.error}
            for r in sorted(results, key=lambda r: r.file)
        ],
    }
    write_atomic(out_dir / "summary.json", json.dumps(summary, indent=2))
    return summary


def _fail(out_dir: Path, rel: str, kind: str, message: str) -> FileResult:
    stem = out_dir / Path(rel).with_suffix("")
    stem.parent.mkdir(parents=True, exist_ok=True)
    record = error_record(rel, kind, message)
    write_atomic(stem.with_suffix(".error.json"), json.dumps(record, indent=2))
    return FileResult(rel, "error", 0.0, 0, record["error"])


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """A hung worker cannot be cancelled, only killed; the others' files are resubmitted."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
