"""Fixtures shared by the test modules: the generated two-column paper and its Document, and a live
service for the GROBID client and viewer tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pdfgen
import pytest
import servers
from hypothesis import settings

from paperparse.document import Document
from paperparse.pipeline import extract

# CI replays the same generated examples every run (a gate must not flip on luck); a developer's runs
# explore new ones, and a failure found there becomes an @example of its test.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="module")
def paper_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.two_column_paper(tmp_path_factory.mktemp("paper") / "paper.pdf")


@pytest.fixture(scope="module")
def doc(paper_pdf: Path) -> Document:
    return extract(paper_pdf)


@pytest.fixture(scope="module")
def live_server() -> Iterator[tuple[str, int]]:
    """uvicorn in its own process on a free loopback port; yields (base URL, server pid)."""
    with servers.running_server(max_concurrency=2) as server:
        yield server
