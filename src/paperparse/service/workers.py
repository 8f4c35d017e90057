"""A fixed pool of worker processes with a per-task time limit.

Extraction runs in a separate process so a PDF that hangs or crashes the engine can be abandoned: the
worker is killed and replaced, and the server keeps answering. The pool never queues: a caller that finds
no idle worker is told so at once (the service turns that into 503).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any


class PoolBusy(Exception):
    """Every worker is in use."""


class TaskTimeout(Exception):
    """The task overran its time limit; its worker was killed and replaced."""


class WorkerCrashed(Exception):
    """The worker died during the task (killed by the OS, or the engine crashed); it was replaced."""


def _serve(conn: Connection) -> None:
    """The worker's loop: receive (fn, args), send back (True, result) or (False, exception)."""
    while True:
        try:
            fn, args = conn.recv()
        except EOFError:
            return
        try:
            conn.send((True, fn(*args)))
        except Exception as exc:
            try:
                conn.send((False, exc))
            except Exception:  # an exception that does not pickle still has to reach the caller
                conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, ctx: multiprocessing.context.SpawnContext):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
        self.conn.send((fn, args))
        if not self.conn.poll(timeout):
            raise TaskTimeout(f"processing took longer than {timeout:g} s")
        try:
            ok, value = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerCrashed("the worker process died while processing") from exc
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """`size` spawned worker processes; `run` borrows an idle one or raises PoolBusy without waiting.

    Workers are spawned rather than forked: the server has threads (and an event loop) that a fork would
    copy in an unknown state.
    """

    def __init__(self, size: int, timeout: float) -> None:
        self.size = size
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        with self._lock:
            self._idle = [_Worker(self._ctx) for _ in range(self.size)]

    def close(self) -> None:
        with self._lock:
            workers, self._idle, self._closed = self._idle, [], True
        for worker in workers:
            worker.stop()

    def pids(self) -> list[int]:
        """Process ids of the idle workers (for monitoring memory)."""
        with self._lock:
            return [w.process.pid for w in self._idle if w.process.pid is not None]

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """fn(*args) in a worker; fn and args must pickle (a module-level function, plain data)."""
        with self._lock:
            if not self._idle:
                raise PoolBusy("all workers are busy")
            worker = self._idle.pop()
        try:
            result = worker.call(fn, args, self.timeout)
        except (TaskTimeout, WorkerCrashed):
            worker.stop()
            worker = _Worker(self._ctx)
            raise
        finally:
            with self._lock:
                closed = self._closed
                if not closed:
                    self._idle.append(worker)
            if closed:  # the pool was closed while this task ran: nobody will return this worker
                worker.stop()
        return result
