"""A real paperparse service for tests that need sockets: uvicorn in its own process on a free loopback port."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_BOOT = (
    "import json, sys, uvicorn; sys.path.insert(0, sys.argv[1]);"
    "from paperparse.service import create_app;"
    "uvicorn.run(create_app(**json.loads(sys.argv[3])),"
    " host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(**app_options: Any) -> Iterator[tuple[str, int]]:
    """`create_app(**app_options)` served on 127.0.0.1; yields (base URL, server pid), stops it after."""
    port = free_port()
    command = [sys.executable, "-c", _BOOT, str(Path(__file__).parent), str(port), json.dumps(app_options)]
    proc = subprocess.Popen(command)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/api/isalive", timeout=1) as r:
                    if r.read() == b"true":
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def rss_kb(pid: int) -> int:
    """VmRSS of a process and all its descendants (the server and its worker processes)."""
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1])
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return total + sum(rss_kb(int(child)) for child in children)
