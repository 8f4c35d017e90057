"""One PDF in one dedicated process: the unit of isolation of the batch.

The batch starts `python -m paperparse.batch.worker` per file, hands it a task on stdin and reads one
result line on stdout. A hang, a segfault of PDFium or a runaway allocation then costs only that process:
the parent kills its process group on timeout and turns any abnormal end into an error record.
A plain subprocess (not multiprocessing) works the same under the local engine and inside a Dask worker,
whose daemonic processes may not fork multiprocessing children.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HOOK_ENV = "PAPERPARSE_BATCH_EXTRACT_HOOK"
"""`module:function` used instead of `paperparse.pipeline.extract` in the worker (tests inject hangs and
crashes through it); called as hook(data, name=..., ocr=...)."""

TMP_SUFFIX = ".pp-tmp"
_PR_SET_PDEATHSIG = 1
_MEMORY_MARKERS = ("MemoryError", "out of memory", "Out of memory", "bad_alloc", "Cannot allocate memory")


@dataclass(slots=True)
class Task:
    """What a worker needs to turn one PDF into OUT/rel.json or OUT/rel.error.json."""

    pdf: str
    rel: str
    out_dir: str
    ocr: bool = True
    timeout: float = 120.0
    max_memory_mb: int = 2048


def output_stem(out_dir: str | Path, rel: str) -> Path:
    """OUT/a/b for input a/b.pdf: the outputs are stem.json or stem.error.json."""
    return Path(out_dir) / Path(rel).with_suffix("")


def write_atomic(path: Path, text: str) -> None:
    """Temp file + os.replace in the same directory: readers never see a half-written JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TMP_SUFFIX}")
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
    write_atomic(output_stem(task.out_dir, task.rel).with_suffix(".error.json"), json.dumps(record, indent=2))
    return {"status": "error", "error_type": kind, "error_message": message, **extra}


def _limit_self(max_memory_mb: int) -> None:
    """Cap this process's address space and die with the batch (a kill -9 of the parent leaves no orphan)."""
    if max_memory_mb > 0:
        cap = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the parent's timeout still bounds the orphan
        pass


def _extractor():
    hook = os.environ.get(HOOK_ENV)
    if hook:
        module, _, name = hook.partition(":")
        return getattr(importlib.import_module(module), name)
    from paperparse.pipeline import extract

    return extract


def work(task: Task) -> dict[str, Any]:
    """Extract one PDF and write its output; every failure becomes an error record, never an exception."""
    from paperparse.output.json import to_json
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
        return write_error(task, "memory", f"ran out of memory (cap {task.max_memory_mb} MB)", sha256=sha)
    except RecursionError:
        return write_error(task, "internal", "recursion limit reached (hostile structure)", sha256=sha)
    except Exception as exc:  # one bad file must never stop the batch
        return write_error(task, "internal", f"{type(exc).__name__}: {exc}", sha256=sha)
    stem = output_stem(task.out_dir, task.rel)
    write_atomic(stem.with_suffix(".json"), text)
    stem.with_suffix(".error.json").unlink(missing_ok=True)
    return {
        "status": "ok",
        "pages": doc.source.pages,
        "sha256": sha,
        "ocr_pages": len(doc.source.ocr_pages),
        "warnings": sorted({str(w.message) for w in caught}),
        "seconds": time.perf_counter() - started,
    }


def main() -> None:
    """Child entry point: task JSON on stdin, one result JSON line on stdout."""
    task = Task(**json.loads(sys.stdin.read()))
    _limit_self(task.max_memory_mb)
    import faulthandler

    faulthandler.enable()  # a native crash leaves its Python stack on stderr for the error message
    result = work(task)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


class Job:
    """A running worker process for one task; poll() until it yields the file's result."""

    def __init__(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self._out = tempfile.TemporaryFile()
        self._err = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "paperparse.batch.worker"],
            stdin=subprocess.PIPE,
            stdout=self._out,
            stderr=self._err,
            start_new_session=True,  # its own process group: a kill also reaches tesseract
        )
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(asdict(task)).encode())
        self._proc.stdin.close()

    def poll(self) -> dict[str, Any] | None:
        """The result once the worker ended or overran its time; None while it is still working."""
        code = self._proc.poll()
        elapsed = time.monotonic() - self.started
        if code is None:
            if elapsed < self.task.timeout:
                return None
            self.kill()
            result = write_error(self.task, "timeout", f"no result within {self.task.timeout:g} s")
        else:
            result = self._finished(code)
        result.setdefault("seconds", elapsed)
        self._out.close()
        self._err.close()
        return result

    def wait(self, interval: float = 0.05) -> dict[str, Any]:
        while (result := self.poll()) is None:
            time.sleep(interval)
        return result

    def kill(self) -> None:
        try:
            os.killpg(self._proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._proc.wait()

    def _finished(self, code: int) -> dict[str, Any]:
        self._out.seek(0)
        lines = self._out.read().decode("utf-8", "replace").strip().splitlines()
        if code == 0 and lines:
            try:
                return json.loads(lines[-1])
            except json.JSONDecodeError:
                pass
        self._err.seek(0)
        stderr = self._err.read().decode("utf-8", "replace")
        if code < 0:
            how = f"worker killed by {signal.Signals(-code).name}"
        else:
            how = f"worker exited with status {code}"
        kind = "memory" if any(m in stderr for m in _MEMORY_MARKERS) else "crash"
        detail = " | ".join(line.strip() for line in stderr.strip().splitlines()[-6:])
        return write_error(self.task, kind, f"{how}: {detail}" if detail else how)

    def __del__(self) -> None:
        if self._proc.poll() is None:
            self.kill()


def run_isolated(task: Task) -> dict[str, Any]:
    """Run one task in its own process and wait for it (the Dask engine's unit of work)."""
    return Job(task).wait()


if __name__ == "__main__":
    main()
