"""Long-lived isolated worker processes: what keeps one hostile PDF from costing more than itself.

A worker is a fresh Python interpreter (`subprocess`, not `multiprocessing`) that caps its own address
space once at start (RLIMIT_AS), leads its own process group and dies with its parent (PR_SET_PDEATHSIG),
then runs many calls sent over a socket. A call that overruns its time is answered by killing the
worker's whole process group (Tesseract included) and starting a new worker; so is a crash (segfault,
abort) or a MemoryError, and a worker retires after `max_tasks` calls to bound slow leaks.

Starting an interpreter per file costs ~0.3 s, more than a typical page takes to extract; a long-lived
worker pays it once. `subprocess` rather than `multiprocessing` because the same pool must also run
inside a Dask worker, a daemonic process that multiprocessing forbids to have children.

Used by the batch (`WorkerPool.map_unordered`: keep every worker busy) and by the HTTP service
(`WorkerPool.run`: borrow an idle worker or refuse at once with PoolBusy).
"""

from __future__ import annotations

import ctypes
import faulthandler
import json
import os
import pickle
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

DEFAULT_MAX_TASKS = 200
_OK, _RAISED, _MEMORY = "ok", "raised", "memory"
_PR_SET_PDEATHSIG = 1
_MEMORY_MARKERS = ("MemoryError", "out of memory", "Out of memory", "bad_alloc", "Cannot allocate memory")
_STDERR_TAIL = 8192
_BOOT = (
    "import json, sys; c = json.loads(sys.argv[1]); sys.path[:] = c['path']; "
    "from paperparse.isolation import serve; serve(c)"
)

T = TypeVar("T")
_END: Any = object()


class PoolBusy(Exception):
    """Every worker is in use."""


class TaskTimeout(Exception):
    """The task overran its time limit; its worker was killed and replaced."""


class WorkerCrashed(Exception):
    """The worker died during the task (killed by a signal, or the engine crashed); it was replaced."""


class OutOfMemory(WorkerCrashed):
    """The task hit the worker's memory cap; the worker was replaced (its heap may be left fragmented)."""


# ---- the worker process


def serve(config: dict[str, Any]) -> None:
    """The worker's loop: receive (fn, args), answer (kind, value), until the parent closes the socket."""
    fd = config["fd"]
    os.set_inheritable(fd, False)  # Tesseract and friends must not hold the socket open
    _confine(config["max_memory_mb"], config["parent"])
    faulthandler.enable()  # a native crash leaves its Python stack in the log the parent reads
    conn = Connection(fd)
    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            return
        try:
            fn, args = pickle.loads(message)
            reply: tuple[str, Any] = (_OK, fn(*args))
        except MemoryError:
            reply = (_MEMORY, None)
        except Exception as exc:
            reply = (_RAISED, exc)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((_MEMORY, None))
        except Exception as exc:  # a result or exception that does not pickle still has to be answered
            conn.send((_RAISED, RuntimeError(f"{type(reply[1]).__name__}: {reply[1]} ({exc})")))


def _confine(max_memory_mb: int, parent: int) -> None:
    """Cap the address space and die with the parent, so a kill -9 of the batch leaves no orphan."""
    if max_memory_mb > 0:
        cap = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the parent's timeout still bounds the worker
        pass
    if os.getppid() != parent:  # the parent died before the death signal was armed
        os._exit(1)


# ---- the parent's side

_launcher: ThreadPoolExecutor | None = None
_launcher_lock = threading.Lock()


def _launch(command: list[str], **kwargs: Any) -> subprocess.Popen:
    """Popen from the main thread or from one thread that lives as long as the process.

    PR_SET_PDEATHSIG fires when the *thread* that started the child ends, and the service replaces
    workers from request threads that come and go.
    """
    global _launcher
    if threading.current_thread() is threading.main_thread():
        return subprocess.Popen(command, **kwargs)
    with _launcher_lock:
        if _launcher is None:
            _launcher = ThreadPoolExecutor(1, thread_name_prefix="paperparse-isolation")
    return _launcher.submit(subprocess.Popen, command, **kwargs).result()


class Worker:
    """One worker process and the parent's end of its socket; `healthy` turns False once it must go."""

    def __init__(self, max_memory_mb: int = 0) -> None:
        self.max_memory_mb = max_memory_mb
        ours, theirs = socket.socketpair()
        self._log = tempfile.TemporaryFile("a+b")  # O_APPEND: truncating it between tasks is safe
        config = {
            "fd": theirs.fileno(),
            "path": sys.path,
            "max_memory_mb": max_memory_mb,
            "parent": os.getpid(),
        }
        try:
            self.process = _launch(
                [sys.executable, "-c", _BOOT, json.dumps(config)],
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=self._log,
                pass_fds=(theirs.fileno(),),
                start_new_session=True,  # its own process group: a kill also reaches Tesseract
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self.tasks = 0
        self.healthy = True
        self.started = 0.0

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        """Usable for another call; asks without reaping, so `kill` can still reach its process group."""
        if not self.healthy:
            return False
        try:
            return os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None
        except ChildProcessError:  # reaped behind our back (SIGCHLD ignored by the host program)
            return False

    def send(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        """Start a call; its result is read by `receive` once `conn` is readable."""
        self._log.truncate(0)
        self.started = time.monotonic()
        self.tasks += 1
        try:
            self.conn.send((fn, args))
        except OSError:  # died while idle; `receive` reports it
            pass

    def receive(self) -> Any:
        """The call's result; raises its exception, or WorkerCrashed / OutOfMemory if the worker died."""
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            raise self._death() from None
        if kind == _MEMORY:
            self.kill()
            raise OutOfMemory(f"ran out of memory (cap {self.max_memory_mb} MB)")
        if kind == _RAISED:
            raise value
        return value

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
        """fn(*args) in the worker within `timeout` seconds, else TaskTimeout (and the worker is killed)."""
        self.send(fn, args)
        if not self.conn.poll(timeout):
            self.kill()
            raise TaskTimeout(f"no result within {timeout:g} s")
        return self.receive()

    def _death(self) -> WorkerCrashed:
        """Why the worker ended mid-call, from its exit status and the tail of its stderr."""
        self._log.seek(max(0, self._log.seek(0, os.SEEK_END) - _STDERR_TAIL))
        stderr = self._log.read().decode("utf-8", "replace")
        self.kill()  # its exit status was fixed before its socket closed; this reaps it and its group
        code = self.process.returncode
        if code < 0 and -code in signal.valid_signals():
            how = f"worker killed by {signal.Signals(-code).name}"
        else:
            how = f"worker exited with status {code}"
        detail = " | ".join([line.strip() for line in stderr.splitlines() if line.strip()][-6:])
        message = f"{how}: {detail}" if detail else how
        return OutOfMemory(message) if any(m in stderr for m in _MEMORY_MARKERS) else WorkerCrashed(message)

    def kill(self) -> None:
        """SIGKILL the whole process group (the worker and any Tesseract it started), then reap it."""
        self.healthy = False
        if self.process.returncode is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # not reaped yet, so the pid is still ours
            except ProcessLookupError:
                pass
            self.process.wait()
        self._close_files()

    def stop(self) -> None:
        """End an idle worker: closing the socket lets it finish its loop; kill it if it does not."""
        self.healthy = False
        self.conn.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.kill()

    def _close_files(self) -> None:
        self.conn.close()
        self._log.close()


@dataclass(slots=True)
class Outcome(Generic[T]):
    """One finished call of `map_unordered`: its value, or the exception it ended with."""

    item: T
    value: Any = None
    error: Exception | None = None
    seconds: float = 0.0


class WorkerPool:
    """`size` isolated workers with a per-call time limit, an address-space cap and recycling.

    Use either `run` (many threads, no queue) or `map_unordered` (one caller keeps every worker busy).
    Calls travel by pickle: a function must be importable by name from a module (the worker does not run
    the parent's __main__), its arguments plain data.
    """

    def __init__(
        self, size: int, timeout: float, *, max_memory_mb: int = 0, max_tasks: int = DEFAULT_MAX_TASKS
    ) -> None:
        self.size = size
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.max_tasks = max_tasks
        self._idle: list[Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        with self._lock:
            self._closed = False
            self._idle = [Worker(self.max_memory_mb) for _ in range(self.size)]

    def close(self) -> None:
        """Stop the idle workers; a worker still busy in `run` is stopped when its call returns."""
        with self._lock:
            workers, self._idle, self._closed = self._idle, [], True
        for worker in workers:
            worker.conn.close()  # all start exiting at once; `stop` then only waits
        for worker in workers:
            worker.stop()

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pids(self) -> list[int]:
        """Process ids of the idle workers (for monitoring memory)."""
        with self._lock:
            return [w.pid for w in self._idle]

    def _renewed(self, worker: Worker) -> Worker:
        """The worker itself, or a fresh one if it was killed, died, or served its `max_tasks`."""
        if worker.alive() and worker.tasks < self.max_tasks:
            return worker
        if worker.healthy:
            worker.stop()
        else:
            worker.kill()
        return Worker(self.max_memory_mb)

    def _give_back(self, worker: Worker) -> None:
        worker = self._renewed(worker)
        with self._lock:
            closed = self._closed
            if not closed:
                self._idle.append(worker)
        if closed:  # the pool was closed while this call ran: nobody will return this worker
            worker.stop()

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """fn(*args) in an idle worker, or PoolBusy at once.

        Raises TaskTimeout, WorkerCrashed (OutOfMemory) or whatever fn raised.
        """
        with self._lock:
            if not self._idle:
                raise PoolBusy("all workers are busy")
            worker = self._idle.pop()
        try:
            worker = self._renewed(worker)  # it may have died while idle
            return worker.call(fn, args, self.timeout)
        finally:
            self._give_back(worker)

    def map_unordered(self, fn: Callable[[T], Any], items: Iterable[T]) -> Iterator[Outcome[T]]:
        """fn(item) for every item across all workers, each Outcome as soon as its call ends."""
        queue = iter(items)
        with self._lock:
            idle, self._idle = self._idle, []
        busy: dict[Connection, tuple[Worker, T]] = {}
        try:
            while True:
                while idle:
                    item = next(queue, _END)
                    if item is _END:
                        break
                    worker = self._renewed(idle.pop())
                    worker.send(fn, (item,))
                    busy[worker.conn] = (worker, item)
                if not busy:
                    return
                now = time.monotonic()
                first_deadline = min(w.started for w, _ in busy.values()) + self.timeout
                ready = wait(list(busy), timeout=max(0.0, first_deadline - now))
                done: list[Outcome[T]] = []
                now = time.monotonic()
                for conn, (worker, item) in list(busy.items()):
                    if conn in ready:
                        outcome = Outcome(item, seconds=now - worker.started)
                        try:
                            outcome.value = worker.receive()
                        except Exception as exc:
                            outcome.error = exc
                    elif now - worker.started >= self.timeout:
                        worker.kill()
                        error = TaskTimeout(f"no result within {self.timeout:g} s")
                        outcome = Outcome(item, error=error, seconds=now - worker.started)
                    else:
                        continue
                    del busy[conn]
                    idle.append(worker)
                    done.append(outcome)
                yield from done
        finally:
            for worker, _ in busy.values():
                worker.kill()
            with self._lock:
                if self._closed:
                    for worker in idle:
                        worker.stop()
                else:
                    self._idle.extend(idle)  # the dead are replaced when next borrowed
