"""Old ACL bylines that print one author a line with the affiliation after the name, in the name's own
case: "Jerry R. Hobbs, Artificial Intelligence Center, SRI International" or "Ann Lee (Kyoto University)".
No grid is found there (the lines are no names), and the lists' rules read them as affiliations."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.header.names import between_names, split_authors
from paperparse.header.title import find_title, from_title_page
from paperparse.layout import analyze
from paperparse.pdf import read_pdf


@pytest.mark.parametrize("form", ["comma", "paren"])
@pytest.mark.parametrize("wrapped", [False, True], ids=["one line", "wrapped"])
def test_one_author_a_line_with_the_affiliation_after_the_name(
    tmp_path: Path, form: str, wrapped: bool
) -> None:
    pdf = pdfgen.aclold3_own_lines_page(tmp_path / "own.pdf", form=form, wrapped=wrapped)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == [name for name, _, _ in pdfgen.ACLOLD3_AUTHORS]
    institutions = [institution for _, _, institution in pdfgen.ACLOLD3_AUTHORS]
    assert all(any(i in a.raw for a in header.affiliations) for i in institutions)
    assert all(len(a.affiliations) == 1 for a in header.authors)


@pytest.mark.parametrize(
    ("names_size", "gap"),
    [(12.5, 6.5), (11.0, 7.5), (11.0, 5.5)],
    ids=["title's type", "bold under the title's size", "a smaller bold cut right under it"],
)
def test_one_author_a_line_in_the_title_blocks_bold_is_no_part_of_the_title(
    tmp_path: Path, names_size: float, gap: float
) -> None:
    """In the title's own type the title's block swallows the lines (the byline starts after its widest
    gap, 6.5 mm where the lines lead 5, at a name and its affiliation); in a smaller bold under it the
    first line read as a subtitle left out of the title, and so out of the byline; right under it, as
    the title's second part in a smaller cut of its face, which the title took in."""
    pdf = pdfgen.aclold3_flat_own_lines_page(tmp_path / "flat.pdf", names_size=names_size, gap=gap)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == [name for name, _, _ in pdfgen.ACLOLD3_AUTHORS]


def test_a_polish_university_in_parentheses_is_the_names_affiliation(tmp_path: Path) -> None:
    """ "Ann Lee (Uniwersytet Warszawski)": the institution word in its own language."""
    authors = [("Anna Nowak", "Instytut Informatyki", "Uniwersytet Warszawski"), *pdfgen.ACLOLD3_AUTHORS[1:]]
    pdf = pdfgen.aclold3_own_lines_page(tmp_path / "pl.pdf", form="paren", authors=authors)
    header = extract_header(analyze(read_pdf(pdf)))
    assert [a.name for a in header.authors] == [name for name, _, _ in authors]
    assert header.affiliations[0].raw == "Uniwersytet Warszawski"


def test_names_numbered_level_with_them_in_the_title_blocks_type_are_the_byline(tmp_path: Path) -> None:
    """Acrobat Capture's one font for the title block sets the names' raised numbers level with them
    ("Priya Nunez 1 , Marie Larsen 2"): still a line of names, where the title's block stops."""
    pdf = pdfgen.aclold_flat_header_page(
        tmp_path / "marked.pdf", names="Priya Nunez 1 , Marie Larsen 2", gap=6
    )
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Priya Nunez", "Marie Larsen"]


def test_a_title_block_of_six_lines_that_swallowed_five_names_is_the_title(tmp_path: Path) -> None:
    """Title and five authors' lines in one font make a block of six lines, more than a title's: the
    byline's lines do not count, so the rules find the title (the labeller's title alone found it)."""
    authors = [
        *pdfgen.ACLOLD3_AUTHORS,
        ("Mei Chen", "", "Kyoto University"),
        ("Bo Kim", "", "Seoul University"),
    ]
    layout = analyze(
        read_pdf(pdfgen.aclold3_flat_own_lines_page(tmp_path / "five.pdf", gap=6.5, authors=authors))
    )
    front = from_title_page(layout.text_blocks("front"))
    assert len(front[0].lines) == 6
    assert find_title(front, layout.pages[0].page.height, (), layout.body_size) == 0
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == [name for name, _, _ in authors]


def test_a_dagger_an_ocr_layer_read_as_an_exclamation_mark_is_no_part_of_the_name() -> None:
    names = split_authors("Ana Chen!, Mikulas Petrovic! and Priya di Simek*")
    assert [a.name for a, _ in names] == ["Ana Chen", "Mikulas Petrovic", "Priya di Simek"]


def test_a_name_with_a_particle_and_its_number_set_level_is_a_name(tmp_path: Path) -> None:
    """ "Jiri S. van der Rossi 1": the number counts as no word of the name (a list's name has five at
    most), and a particle may stand before the surname it follows."""
    names = "Jiri S. van der Rossi 1 , Marie Larsen 2"
    pdf = pdfgen.aclold_flat_header_page(tmp_path / "particle.pdf", names=names, gap=6)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Jiri S. van der Rossi", "Marie Larsen"]


def test_a_list_broken_after_a_particle_in_capitals_goes_on_in_the_next_line() -> None:
    assert not between_names("Dmitri FERNANDEZ † , Hans-Peter DE", "LARSEN ‡ and Marie-Claire S. KOWALSKI")
