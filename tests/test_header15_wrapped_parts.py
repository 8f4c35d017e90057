"""Title pages whose parts wrap or break where the readers stopped short (header15): an IEEE journal
byline that wraps inside a name and then into membership grades, a small-capitals title's part broken
by hand whose capital's top stands over the line above's foot, a Computer Society title opened by a
math letter in the math face's full size over a scaled sans face, and Springer's institute list whose
rest opens over the second page's foot."""

from __future__ import annotations

from pathlib import Path

from pdfgen import (
    HEADER15_GRADED_NAMES,
    HEADER15_OVERLEAF_NAMES,
    HEADER15_SANS_TITLE,
    HEADER15_TOUCHING_TITLE,
    header15_graded_byline_page,
    header15_hyphenated_address_page,
    header15_institutes_overleaf_paper,
    header15_scaled_sans_math_title_page,
    header15_touching_title_page,
)

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
