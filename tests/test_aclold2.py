"""A byline grid close under the title, both in the one font of Acrobat Capture's text layer (the
Anthology's scanned papers, A94-1004): each line of the grid is its own string, so the layout, taking
the grid's columns in turn, may join a name to the title's block."""

from pathlib import Path

import pdfgen

from paperparse.header import extract_header
from paperparse.layout import analyze
from paperparse.pdf import read_pdf


def test_a_grid_row_of_names_the_layout_joined_to_the_title_is_the_byline(tmp_path: Path) -> None:
    """The first name of the grid's first row goes into the title's block (its right-hand neighbour
    opens the next block); the name has a line of names level with it, which no title line has."""
    layout = analyze(read_pdf(pdfgen.aclold2_grid_under_title_page(tmp_path / "grid.pdf")))
    first = layout.pages[0].blocks[0]
    assert [ln.text for ln in first.lines] == [pdfgen.ACLOLD_TITLE, pdfgen.ACLOLD2_GRID[0][0]]
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == [column[0] for column in pdfgen.ACLOLD2_GRID]
