"""The batch's unit of work: one PDF to OUT/rel.json or OUT/rel.error.json, run inside an isolated worker.

`work` runs in a `paperparse.isolation` worker process (a long-lived one, with a memory cap); what the
worker cannot report itself (a timeout, a crash, the memory cap) `result_of` turns into an error record
in the parent, so every file ends with exactly one output.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import resource
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paperparse.isolation import OutOfMemory, TaskTimeout, WorkerCrashed

HOOK_ENV = "PAPERPARSE_BATCH_EXTRACT_HOOK"
"""`module:function` used instead of `paperparse.pipeline.extract` in the worker (tests inject hangs and
crashes through it); called as hook(data, name=..., ocr=...)."""

TMP_SUFFIX = ".pp-tmp"


@dataclass(slots=True)
class Task:
    """What a worker needs to turn one PDF into OUT/stem.json or OUT/stem.error.json."""

    pdf: str
    rel: str
    out_dir: str
    stem: str
    """Where its outputs go, relative to out_dir (`batch.names.output_stems`)."""
    ocr: bool = True

    def output(self, suffix: str) -> Path:
        return output_path(self.out_dir, self.stem, suffix)


def output_path(out_dir: str | Path, stem: str, suffix: str) -> Path:
    """OUT/a/b.json for stem a/b: the suffix is appended, never put in place of a dot in the name."""
    return Path(out_dir) / (stem + suffix)


def write_atomic(path: Path, text: str) -> None:
    """Temp file + os.replace in the same directory: readers never see a half-written JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(
        f".{hashlib.sha1(os.fsencode(path.name)).hexdigest()[:12]}.{os.getpid()}{TMP_SUFFIX}"
    )
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def error_record(file: str, kind: str, message: str) -> dict[str, Any]:
    return {"file": file, "error": {"type": kind, "message": message}}


def write_error(task: Task, kind: str, message: str, **extra: Any) -> dict[str, Any]:
    """Write rel.error.json (removing no ok output: an error never replaces a success) and describe it."""
    record = error_record(task.rel, kind, message)
    write_atomic(task.output(".error.json"), json.dumps(record, indent=2))
    return {"status": "error", "error_type": kind, "error_message": message, **extra}


def _extractor() -> Any:
    """The hook is resolved here, in the worker process, where the test modules it names are imported."""
    hook = os.environ.get(HOOK_ENV)
    if hook:
        module, _, name = hook.partition(":")
        return getattr(importlib.import_module(module), name)
    from paperparse.pipeline import extract

    return extract


def work(task: Task) -> dict[str, Any]:
    """Extract one PDF and write its output; every failure but MemoryError becomes an error record.

    MemoryError propagates so the isolation layer replaces this worker, whose heap may be left fragmented.
    """
    _reset_peak_rss()
    result = _extract_to_file(task)
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def _extract_to_file(task: Task) -> dict[str, Any]:
    from paperparse.output.json import to_json  # here: the parent imports this module, not the pipeline
    from paperparse.pdf import PdfError

    started = time.perf_counter()
    sha = None
    try:
        data = Path(task.pdf).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            doc = _extractor()(data, name=task.rel, ocr=task.ocr)
        text = to_json(doc)
    except PdfError as exc:
        return write_error(task, exc.kind, str(exc), sha256=sha, seconds=time.perf_counter() - started)
    except MemoryError:
        raise
    except RecursionError:
        return write_error(task, "internal", "recursion limit reached (hostile structure)", sha256=sha)
    except Exception as exc:  # one bad file must never stop the batch
        return write_error(task, "internal", f"{type(exc).__name__}: {exc}", sha256=sha)
    write_atomic(task.output(".json"), text)
    task.output(".error.json").unlink(missing_ok=True)
    return {
        "status": "ok",
        "pages": doc.source.pages,
        "sha256": sha,
        "ocr_pages": len(doc.source.ocr_pages),
        "warnings": sorted({str(w.message) for w in caught}),
        "seconds": time.perf_counter() - started,
    }


def _reset_peak_rss() -> None:
    """Restart the kernel's peak-RSS count, so a long-lived worker reports each file's own peak."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:  # not Linux: the peak since the worker started is reported instead
        pass


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def result_of(
    task: Task, value: dict[str, Any] | None, error: Exception | None, seconds: float
) -> dict[str, Any]:
    """The file's result: the worker's own, or an error record for what the worker could not report."""
    if error is None:
        assert value is not None
        result = value
    elif isinstance(error, TaskTimeout):
        result = write_error(task, "timeout", str(error))
    elif isinstance(error, OutOfMemory):
        result = write_error(task, "memory", str(error))
    elif isinstance(error, WorkerCrashed):
        result = write_error(task, "crash", str(error))
    else:  # `work` answers every failure itself; this is a bug in the batch, kept to its file
        result = write_error(task, "internal", f"{type(error).__name__}: {error}")
    result.setdefault("seconds", seconds)
    result["file"] = task.rel
    return result
