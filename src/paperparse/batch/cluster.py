"""The Dask engine: the same per-file work (`work` in an isolated worker) on a Dask distributed cluster.

Each Dask thread keeps its own long-lived `paperparse.isolation` worker, so a hang or a crash costs one
file and never a Dask worker. Isolation workers are plain subprocesses, which Dask's daemonic worker
processes may start (multiprocessing children they may not). Outputs are written by the Dask workers:
out_dir must be on a filesystem they share with the client, which keeps the manifest (one writer) and
the progress line.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterator
from typing import Any

from paperparse.batch.worker import Task, result_of, work, write_error
from paperparse.isolation import WorkerPool

_local = threading.local()


def _pool(timeout: float, max_memory_mb: int) -> WorkerPool:
    """This Dask thread's one-worker pool, renewed when a batch with other limits arrives."""
    pool: WorkerPool | None = getattr(_local, "pool", None)
    if pool is not None and (pool.timeout, pool.max_memory_mb) != (timeout, max_memory_mb):
        pool.close()
        pool = None
    if pool is None:
        pool = _local.pool = WorkerPool(1, timeout, max_memory_mb=max_memory_mb)
        pool.start()
    return pool


def _run_task(task: Task, timeout: float, max_memory_mb: int) -> dict[str, Any]:
    started = time.monotonic()
    value, error = None, None
    try:
        value = _pool(timeout, max_memory_mb).run(work, task)
    except Exception as exc:  # timeout, crash, memory: result_of writes the error record
        error = exc
    return result_of(task, value, error, time.monotonic() - started)


def run_dask(
    tasks: list[Task], scheduler: str | None, workers: int, timeout: float, max_memory_mb: int
) -> Iterator[dict[str, Any]]:
    """Yield each task's result as the cluster finishes it; without a scheduler, start a LocalCluster."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise RuntimeError("--engine dask needs the dask extra: pip install 'paperparse[dask]'") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        # pure=False: a rerun of the same file (--retry-failed) must run again, not come from a cache
        run_task = functools.partial(_run_task, timeout=timeout, max_memory_mb=max_memory_mb)
        futures = client.map(run_task, tasks, pure=False)
        task_of = {future.key: task for future, task in zip(futures, tasks, strict=True)}
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as exc:  # a lost Dask worker costs its file, not the batch
                task = task_of[future.key]
                result = write_error(task, "crash", f"Dask task failed: {type(exc).__name__}: {exc}")
                result["file"] = task.rel
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
