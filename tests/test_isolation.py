"""The isolated worker pool behind batch and service: reuse, recycling, and killing what misbehaves."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import isolation_tasks as tasks
import pytest

from paperparse.isolation import OutOfMemory, TaskTimeout, WorkerCrashed, WorkerPool

TESTS = Path(__file__).parent


@pytest.fixture(autouse=True)
def _importable_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are fresh interpreters: they find the task module through PYTHONPATH."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("ISOLATION_SLEEP_MARK", str(100_000 + os.getpid()))


def _sleepers() -> list[str]:
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout.splitlines()
    return [line for line in out if line.strip() == f"sleep {tasks.sleep_mark()}"]


def test_workers_are_reused_then_recycled() -> None:
    with WorkerPool(1, 20.0, max_tasks=3) as pool:
        pids = [pool.run(tasks.pid) for _ in range(6)]
    assert len(set(pids[:3])) == 1 and len(set(pids[3:])) == 1
    assert pids[0] != pids[3]


def test_an_exception_reaches_the_caller_and_the_worker_stays() -> None:
    with WorkerPool(1, 20.0) as pool:
        before = pool.run(tasks.pid)
        with pytest.raises(ValueError, match="bad input"):
            pool.run(tasks.fail)
        assert pool.run(tasks.pid) == before


def test_a_hang_is_killed_with_its_children() -> None:
    with WorkerPool(1, 1.5) as pool:
        before = pool.run(tasks.pid)
        with pytest.raises(TaskTimeout):
            pool.run(tasks.hang_with_child)
        time.sleep(0.3)
        assert _sleepers() == []
        assert pool.run(tasks.pid) != before  # a fresh worker took its place


def test_a_segfault_and_an_oversized_allocation_cost_only_their_worker() -> None:
    with WorkerPool(1, 20.0, max_memory_mb=1024) as pool:
        with pytest.raises(WorkerCrashed, match="SIGSEGV"):
            pool.run(tasks.segfault)
        with pytest.raises(OutOfMemory):
            pool.run(tasks.hog)
        assert pool.run(tasks.pid) > 0


def test_map_unordered_reports_every_item() -> None:
    with WorkerPool(2, 20.0) as pool:
        outcomes = list(pool.map_unordered(tasks.pid, range(6)))
    assert sorted(o.item for o in outcomes) == list(range(6))
    assert all(o.error is None and o.value > 0 for o in outcomes)
