"""The batch's progress line on stderr: redrawn in place on a terminal, one final line otherwise.

Logs of a batch run under nohup or CI should not fill with thousands of carriage returns.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


class Progress:
    """Files done/total, pages/s, errors and ETA of the files this run processes."""

    def __init__(self, total: int, stream: TextIO | None = None, every: float = 0.5) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.every = every
        self.done = self.pages = self.errors = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def update(self, result: dict) -> None:
        self.done += 1
        self.pages += result.get("pages") or 0
        self.errors += result["status"] == "error"
        now = time.monotonic()
        if self.live and (now - self._drawn >= self.every or self.done == self.total):
            self._drawn = now
            self.stream.write("\r" + self.line() + "\033[K")
            self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        text = f"{self.done}/{self.total} files, {self.pages / elapsed:.1f} pages/s, {self.errors} errors"
        if self.done < self.total and self.done:
            text += f", ETA {_duration(elapsed / self.done * (self.total - self.done))}"
        else:
            text += f", {_duration(elapsed)}"
        return text

    def close(self) -> None:
        self.stream.write(("\r" + self.line() + "\033[K\n") if self.live else self.line() + "\n")
        self.stream.flush()
