"""Acrobat Capture's text layer of an old scan sets the title, its names and their address in one size and
weight; with the names under an em below a one-line title the layout reads all of it as one block, with
no wider gap at the names for `without_trailing_names` to cut at. The header CRF reads the names' line as
the byline: the title ends above it."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.header.parts import Parts, _lists_names, _without_labelled_names
from paperparse.layout import Block, analyze
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Line

NAMES = {
    "marked": (
        "Oliver Zhang 1 , Laura J. Muller 1 and Mei B. Schmidt 1",
        ["Oliver Zhang", "Laura J. Muller", "Mei B. Schmidt"],
    ),
    "commas": (
        "Oliver Zhang, Laura J. Muller and Mei B. Schmidt",
        ["Oliver Zhang", "Laura J. Muller", "Mei B. Schmidt"],
    ),
    "capitals": ("Oliver ZHANG and Laura MULLER", ["Oliver ZHANG", "Laura MULLER"]),
}


def _block(*lines: Line) -> Block:
    """The lines as one block of the page, as the CRF's parts hold them."""
    return Block(tuple(lines), lines[0].page, 0)


@pytest.mark.parametrize("form", list(NAMES))
def test_names_close_under_a_one_line_title_in_its_block_are_the_byline(tmp_path: Path, form: str) -> None:
    printed, names = NAMES[form]
    pdf = pdfgen.aclold_flat_header_page(tmp_path / "close.pdf", names=printed, gap=4.5)
    layout = analyze(read_pdf(pdf))
    assert len(layout.pages[0].blocks[0].lines) == 4  # title, names and address: one block
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == names


def test_a_line_the_crf_reads_as_the_title_after_the_names_keeps_the_title_whole(tmp_path: Path) -> None:
    """A title's own line that reads as names ("Sparse Structured Attention") stays in it where the CRF
    reads a line after it as the title's: only a byline ends the title early."""
    pdf = pdfgen.aclold_flat_header_page(
        tmp_path / "flat.pdf", names="Oliver ZHANG and Laura MULLER", gap=4.5
    )
    block = analyze(read_pdf(pdf)).pages[0].blocks[0]
    title, names, *address = block.lines
    byline = Parts(title=_block(title), authors=[_block(names)])
    assert _without_labelled_names(block, byline).lines == (title,)
    titled = Parts(title=_block(title, names, *address), authors=[_block(names)])
    assert _without_labelled_names(block, titled) is block


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Oliver Zhang 1 , Laura J. Muller 1 and Mei B. Schmidt 1", True),
        ("Oliver ZHANG and Laura MULLER", True),
        ("Optimisation Transfer", False),  # a title's last line in capitalised words: one "name"
        ("Sparse and Robust", False),  # words joined by "and", no name of two words
    ],
)
def test_only_a_list_of_two_names_or_more_ends_the_title(text: str, listed: bool) -> None:
    assert _lists_names(text) is listed
