"""Fixtures shared by the test modules: the generated two-column paper and its Document."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.document import Document
from paperparse.pipeline import extract


@pytest.fixture(scope="module")
def paper_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.two_column_paper(tmp_path_factory.mktemp("paper") / "paper.pdf")


@pytest.fixture(scope="module")
def doc(paper_pdf: Path) -> Document:
    return extract(paper_pdf)
