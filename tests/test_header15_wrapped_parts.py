"""Title pages whose parts wrap or break where the readers stopped short (header15): an IEEE journal
byline that wraps inside a name and then into membership grades, a small-capitals title's part broken
by hand whose capital's top stands over the line above's foot, a Computer Society title opened by a
math letter in the math face's full size over a scaled sans face, and Springer's institute list whose
rest opens over the second page's foot; and in the header15 range (500000) of scripts/header_corpus.py,
a grade cut after its first word, a double-spaced title over a display part, a title's \\thanks mark and
an LNCS byline's unclaimed middle lines."""

from __future__ import annotations

from pathlib import Path

from pdfgen import (
    HEADER15_GRADED_NAMES,
    HEADER15_ORCID_NAMES,
    HEADER15_OVERLEAF_NAMES,
    HEADER15_SANS_TITLE,
    HEADER15_SPACED_SUBTITLE,
    HEADER15_SPACED_TITLE,
    HEADER15_STARRED_TITLE,
    HEADER15_TOUCHING_TITLE,
    header15_cut_grade_page,
    header15_graded_byline_page,
    header15_hyphenated_address_page,
    header15_institutes_overleaf_paper,
    header15_italic_grades_page,
    header15_orcid_lines_page,
    header15_scaled_sans_math_title_page,
    header15_spaced_title_page,
    header15_springer_byline_page,
    header15_starred_title_page,
    header15_touching_title_page,
)

from paperparse.header import _names_between
from paperparse.header.authors import author_groups, authors_from
from paperparse.header.parts import Parts
from paperparse.layout import Block, analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


def test_a_byline_wrapping_into_membership_grades_keeps_every_name(tmp_path: Path) -> None:
    document = extract(header15_graded_byline_page(tmp_path / "g.pdf"))
    assert [a.name for a in document.authors] == list(HEADER15_GRADED_NAMES)


def test_a_small_capitals_part_touching_the_title_goes_on_with_it(tmp_path: Path) -> None:
    document = extract(header15_touching_title_page(tmp_path / "t.pdf"))
    assert document.title == " ".join(HEADER15_TOUCHING_TITLE).upper()
    assert [a.name for a in document.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]


def test_a_math_letter_over_a_scaled_sans_title_keeps_the_title_whole(tmp_path: Path) -> None:
    document = extract(header15_scaled_sans_math_title_page(tmp_path / "s.pdf"))
    assert document.title == " ".join(HEADER15_SANS_TITLE)


def test_an_institute_list_opening_over_the_second_pages_foot_gives_its_emails(tmp_path: Path) -> None:
    document = extract(header15_institutes_overleaf_paper(tmp_path / "o.pdf"))
    assert [a.name for a in document.authors] == list(HEADER15_OVERLEAF_NAMES)
    assert all(a.email for a in document.authors)
    assert [a.raw for a in document.affiliations][1:] == [
        "Institute of Computing, Tsinghua University, Beijing, China",
        "School of Physics, University of Lyon, Lyon, France",
        "Department of Chemistry, University of Oslo, Oslo, Norway",
        "Faculty of Law, Kyoto University, Kyoto, Japan",
    ]


def test_an_address_hyphenated_inside_a_name_spelt_with_o_slash_loses_the_hyphen(tmp_path: Path) -> None:
    """NFKD leaves "Ø" whole: read as nothing, "Øystein" gave "ystein", and "oys-" + "tein" spelt no name."""
    document = extract(header15_hyphenated_address_page(tmp_path / "h.pdf"))
    emails = {a.name: a.email for a in document.authors}
    assert emails == {"Ann Lee": "ann.lee@polimi.it", "Øystein Chen": "oystein.chen@polimi.it"}


def test_a_membership_grade_cut_after_its_first_word_is_no_name(tmp_path: Path) -> None:
    document = extract(header15_cut_grade_page(tmp_path / "c.pdf"))
    assert [a.name for a in document.authors] == ["Ann Lee", "Bo Kim", "Mei Chen", "Noa Dunn", "Eve Fox"]


def test_a_display_part_under_a_double_spaced_title_leaves_its_second_line_in_the_title(
    tmp_path: Path,
) -> None:
    document = extract(header15_spaced_title_page(tmp_path / "s.pdf"))
    assert document.title == " ".join([*HEADER15_SPACED_TITLE, HEADER15_SPACED_SUBTITLE])
    assert [a.name for a in document.authors] == ["Ann Lee", "Bo Kim", "Mei Chen"]


def test_a_titles_thanks_mark_does_not_make_its_lines_stand_unevenly(tmp_path: Path) -> None:
    document = extract(header15_starred_title_page(tmp_path / "t.pdf"))
    assert document.title == " ".join(HEADER15_STARRED_TITLE)


def test_unclaimed_lines_of_names_between_author_blocks_go_on_with_the_list(tmp_path: Path) -> None:
    """The labeller may leave a wrapped LNCS byline's middle lines (each its own centred block, their
    ORCID iDs outweighing the names) to no field: the list goes on through them."""
    layout = analyze(read_pdf(header15_orcid_lines_page(tmp_path / "o.pdf")))
    lines = [ln for b in layout.pages[0].blocks[1:4] for ln in b.lines]
    front = [Block((ln,), 1, 0) for ln in lines]
    order = {id(ln): i for i, ln in enumerate(lines)}
    parts = Parts(authors=[front[0], front[4], front[5]])
    _names_between(parts, front, order)
    assert parts.authors == front
    authors = [a for group in author_groups(parts.authors) for a in authors_from(group)]
    assert [a.name for a in authors] == list(HEADER15_ORCID_NAMES)


def test_a_surname_alone_before_its_grade_ends_the_name_the_line_above_cut(tmp_path: Path) -> None:
    lines = ("Ann Lee, Bo Kim, Mei Chen, and Laura A.", "Dunn, Member, IEEE")
    document = extract(header15_italic_grades_page(tmp_path / "s.pdf", lines))
    assert [a.name for a in document.authors] == ["Ann Lee", "Bo Kim", "Mei Chen", "Laura A. Dunn"]


def test_grades_in_italics_do_not_set_a_name_lines_type(tmp_path: Path) -> None:
    lines = (
        "Ann Lee, Bo Kim, Mei",
        "Chen, Member, IEEE, Eve Fox, Yuki",
        "Rossi, Senior Member, IEEE, and Ida Moss",
    )
    document = extract(header15_italic_grades_page(tmp_path / "i.pdf", lines))
    assert [a.name for a in document.authors] == [
        "Ann Lee",
        "Bo Kim",
        "Mei Chen",
        "Eve Fox",
        "Yuki Rossi",
        "Ida Moss",
    ]


def test_an_unclaimed_first_byline_line_goes_before_the_author_blocks(tmp_path: Path) -> None:
    """The labeller may read only a Springer byline's second line as authors: the first, broken inside
    a name ("… · Grace L." / "Garcia · …"), goes before it."""
    layout = analyze(read_pdf(header15_springer_byline_page(tmp_path / "b.pdf")))
    lines = [ln for b in layout.pages[0].blocks[:3] for ln in b.lines]
    front = [Block((ln,), 1, 0) for ln in lines]
    order = {id(ln): i for i, ln in enumerate(lines)}
    byline = [b for b in front if "·" in b.text]
    parts = Parts(title=front[0], authors=byline[1:])
    _names_between(parts, front, order)
    assert parts.authors == byline
    authors = [a for group in author_groups(parts.authors) for a in authors_from(group)]
    assert [a.name for a in authors][4:6] == ["Grace L. Garcia", "Eve Fox"]
