"""Tasks for tests/test_isolation.py: they run inside worker processes, so they live in an importable module."""

import ctypes
import os
import subprocess
import time


def sleep_mark() -> str:
    """The sleeper's argument, unique per test run (the test sets it) so concurrent runs do not see each other's."""
    return os.environ.get("ISOLATION_SLEEP_MARK", "987")


def pid(_: object = None) -> int:
    return os.getpid()


def fail(_: object = None) -> None:
    raise ValueError("bad input")


def hang_with_child(_: object = None) -> None:
    subprocess.Popen(["sleep", sleep_mark()])
    time.sleep(1000)


def hog(_: object = None) -> int:
    return len(bytearray(4 * 1024**3))


def segfault(_: object = None) -> None:
    ctypes.string_at(0)
