"""The Dask engine: the same per-file work (`run_isolated`) on a Dask distributed cluster.

Each task still runs its PDF in a dedicated worker process, so a hang or a crash costs one file and never
a Dask worker. Outputs are written by the Dask workers: out_dir must be on a filesystem they share with
the client, which keeps the manifest (one writer) and the progress line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from paperparse.batch.worker import Task, run_isolated, write_error


def _run_task(task: Task) -> dict[str, Any]:
    result = run_isolated(task)
    result["file"] = task.rel
    return result


def run_dask(tasks: list[Task], scheduler: str | None, workers: int) -> Iterator[dict[str, Any]]:
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
        futures = client.map(_run_task, tasks, pure=False)
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
