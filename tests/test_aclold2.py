"""A byline grid close under the title, both in the one font of Acrobat Capture's text layer (the
Anthology's scanned papers, A94-1004): each line of the grid is its own string, so the layout, taking
the grid's columns in turn, may join a name to the title's block."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.layout import analyze
from paperparse.pdf import read_pdf


@pytest.mark.parametrize("gap", [5.5, 4.5])
def test_a_grid_row_of_names_the_layout_joined_to_the_title_is_the_byline(tmp_path: Path, gap: float) -> None:
    """The first name of the grid's first row goes into the title's block (its right-hand neighbour
    opens the next block); the name has a line of names level with it, which no title line has. At the
    title's own leading (4.5 mm) the name's box reaches 1.5 pt up into the title's: still the byline's."""
    layout = analyze(read_pdf(pdfgen.aclold2_grid_under_title_page(tmp_path / "grid.pdf", gap=gap)))
    first = layout.pages[0].blocks[0]
    assert [ln.text for ln in first.lines] == [pdfgen.ACLOLD_TITLE, pdfgen.ACLOLD2_GRID[0][0]]
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == [column[0] for column in pdfgen.ACLOLD2_GRID]


def test_names_a_fifth_of_the_size_further_under_the_title_than_its_block_leads_are_the_byline(
    tmp_path: Path,
) -> None:
    """Title, names and address in one font and one block, the names 6 mm under the title where the
    block's lines lead 5 mm (its boxes 0.23 of the size further apart there): the byline starts at them."""
    layout = analyze(read_pdf(pdfgen.aclold_flat_header_page(tmp_path / "flat.pdf", gap=6)))
    assert len(layout.pages[0].blocks[0].lines) == 4
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Priya NUNEZ", "Marie LARSEN"]


def test_a_letter_spaced_two_letter_word_ending_in_f_stays_whole(tmp_path: Path) -> None:
    """Capture's "Of " letter-spaced 0.39 em, its own space glyph at the same spacing: the bold "f"'s
    hook ends its box past its advance, so the gap to the space reads narrower; the word stays whole."""
    pdf = pdfgen.aclold_capture_page(tmp_path / "of.pdf", title="Of Reading If Papers")
    assert [w.text for w in read_pdf(pdf).pages[0].lines[0].words] == ["Of", "Reading", "If", "Papers"]
