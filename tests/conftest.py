"""Fixtures shared by the test modules: the generated two-column paper and its Document, and a live
service (uvicorn on loopback) for the GROBID client, load and viewer tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pdfgen
import pytest

from paperparse.document import Document
from paperparse.pipeline import extract

TESTS_DIR = Path(__file__).parent


@pytest.fixture(scope="module")
def paper_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.two_column_paper(tmp_path_factory.mktemp("paper") / "paper.pdf")


@pytest.fixture(scope="module")
def doc(paper_pdf: Path) -> Document:
    return extract(paper_pdf)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server() -> Iterator[tuple[str, int]]:
    """uvicorn in its own process on a free loopback port; yields (base URL, server pid)."""
    port = _free_port()
    code = (
        "import sys, uvicorn; sys.path.insert(0, sys.argv[1]);"
        "from paperparse.service import create_app;"
        "uvicorn.run(create_app(max_concurrency=2),"
        " host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(TESTS_DIR), str(port)])
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
