"""DocBank token annotations → gold tokens for one page of a `_black.pdf`.

Boxes stay on DocBank's 0..1000 page scale here; scoring scales them to PDF points with the page size,
because only the scorer knows which page of which PDF it is comparing against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_PAGE_SUFFIX = re.compile(r"^(?P<stem>.+)_(?P<page>\d+)$")


@dataclass(slots=True, frozen=True)
class GoldToken:
    text: str
    page: int  # 0-based, as in the DocBank file name
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 on the 0..1000 scale, origin top-left
    font: str
    label: str


@dataclass(slots=True, frozen=True)
class DocBankPage:
    name: str
    pdf: Path
    page: int
    tokens: list[GoldToken]


def load_tokens(path: Path) -> list[GoldToken]:
    """Read one DocBank .txt; the page index is the number that ends the file name."""
    match = _PAGE_SUFFIX.match(path.stem)
    if match is None:
        raise ValueError(f"{path.name}: no page index at the end of the name")
    page = int(match["page"])
    tokens = []
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].strip():
            continue
        box = (float(cols[1]), float(cols[2]), float(cols[3]), float(cols[4]))
        tokens.append(GoldToken(cols[0], page, box, cols[8], cols[9].strip()))
    return tokens


def docbank_pages(corpus: Path) -> list[DocBankPage]:
    """Every annotated page whose `<stem>_black.pdf` is present."""
    pages = []
    for path in sorted(corpus.glob("*.txt")):
        match = _PAGE_SUFFIX.match(path.stem)
        if match is None:
            continue  # README.txt
        pdf = corpus / f"{match['stem']}_black.pdf"
        if pdf.is_file():
            pages.append(DocBankPage(path.stem, pdf, int(match["page"]), load_tokens(path)))
    return pages
