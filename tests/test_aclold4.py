"""Old ACL and COLING title blocks the generated corpus's TITLE_BLOCK_SEEDS range draws: a long list of
names wrapped over two lines under the title ("A, B, C," / "D, E and F")."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.header.title import find_title, from_title_page, without_trailing_names
from paperparse.layout import Block, analyze
from paperparse.pdf import read_pdf


@pytest.mark.parametrize("count", [5, 6, 8])
@pytest.mark.parametrize("gap", [6.0, 9.0], ids=["close", "apart"])
def test_a_long_list_of_names_wrapped_under_the_title_is_read_whole(
    tmp_path: Path, count: int, gap: float
) -> None:
    """The list's first line breaks off after a comma, right under the title: the header labeller read it
    as the title's last line, and only the second line's names were authors."""
    names = [*pdfgen.ACLOLD4_NAMES, "Grace Moreau", "Mateo Lindqvist"][:count]
    pdf = pdfgen.aclold4_wrapped_byline_page(tmp_path / "wrapped.pdf", names=names, gap=gap)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == names


def test_t1_coded_bitmap_fonts_central_european_letters_are_read_as_t1(tmp_path: Path) -> None:
    """T1 sets "š", "ř", "ć" and "Š" at 0xB2, 0xB0, 0xA2 and 0x92, where Latin-1 has "²", "°", "¢" and a C1
    code: on a T1 page (its ligatures at T1's codes) a bitmap font's raw codes there are those letters, so
    "Tomáš" is a name and not "Tomá²", which no name line holds."""
    line: list[str | int] = ["e\x1ecient", -3300, "Tom\xe1\xb2", -3300, "Ji\xb0\xed", -3300, "Petrovi\xa2"]
    line += [-3300, "\x92imek"]
    content = read_pdf(pdfgen.type3_page(tmp_path / "t1.pdf", [line]))
    assert [w.text for ln in content.pages[0].lines for w in ln.words] == [
        "efficient",
        "Tomáš",
        "Jiří",
        "Petrović",
        "Šimek",
    ]


@pytest.mark.parametrize("gap", [5.0, 5.5, 6.0])
def test_one_authors_bold_name_close_under_the_title_over_roman_lines_is_no_part_of_it(
    tmp_path: Path, gap: float
) -> None:
    """A smaller cut of the title's bold face right under it goes on the title, but a block only partly
    bold is no such cut: a lone author's bold name over the roman lines of the address, which the layout
    set in one block, is the byline."""
    pdf = pdfgen.aclold4_one_author_close_page(tmp_path / "one.pdf", gap=gap)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Jurgen NAKAMURA"]


@pytest.mark.parametrize("drop", [4.9, 5.3, 6.0])
def test_a_byline_leading_tighter_than_the_title_in_its_one_font_is_no_part_of_it(
    tmp_path: Path, drop: float
) -> None:
    """Title and byline in one font (an OCR layer's) make one block: the byline stands closer under the
    title than the title's own lines stand apart, so no gap is the block's widest, but its lines lead at
    the text's leading, tighter than the title's: the title ends where they start (and the block, seven
    lines, is no paragraph for the title rule)."""
    layout = analyze(read_pdf(pdfgen.aclold4_flat_long_title_page(tmp_path / "flat.pdf", drop=drop)))
    block = layout.pages[0].blocks[0]
    assert len(block.lines) == 7
    assert without_trailing_names(block).text == " ".join(pdfgen.ACLOLD4_LONG_TITLE)
    header = extract_header(layout)
    assert header.title == " ".join(pdfgen.ACLOLD4_LONG_TITLE)
    assert [a.name for a in header.authors] == list(pdfgen.ACLOLD4_NAMES)


@pytest.mark.parametrize("gap", [5.0, 6.0])
def test_a_title_block_in_one_font_that_swallowed_a_grids_middle_column_is_the_title(
    tmp_path: Path, gap: float
) -> None:
    """In one font the title's block takes in the grid's middle column under it, e-mail and all (as the
    layout joins an OCR layer's lines, which overlap): the lines level with the names beside them are the
    byline's, and the e-mail among them is no title's; the title rule still finds the title there."""
    layout = analyze(read_pdf(pdfgen.aclold4_flat_grid_page(tmp_path / "grid.pdf", gap=gap)))
    front = from_title_page(layout.text_blocks("front"))
    user = pdfgen.ACLOLD4_NAMES[1].split()[0].lower()
    middle = [front[0], next(b for b in front if b.text == f"{user}@tum.de")]
    assert middle[0].text.startswith(pdfgen.ACLOLD_TITLE)
    swallowed = Block(
        (*middle[0].lines, *middle[1].lines), front[0].page, front[0].column, front[0].kind, front[0].zone
    )
    blocks = [swallowed, *(b for b in front if b not in middle)]
    assert find_title(blocks, layout.pages[0].page.height) == 0
