"""Affiliations, emails and abstracts as templates other than the development ones print them, read
from generated first pages (tests/pdfgen.py)."""

from pathlib import Path

import pdfgen

from paperparse.header import Header, extract_header
from paperparse.header.abstract import split_run_in
from paperparse.header.affiliations import affiliations_from
from paperparse.header.parts import rule_parts, unclaimed
from paperparse.layout import analyze
from paperparse.layout.model import Block, Layout
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Font, Line, Word


def _header(pdf: Path) -> Header:
    return extract_header(analyze(read_pdf(pdf)))


def _links(header: Header) -> dict[str, list[str]]:
    """Each author's affiliations by their raw text."""
    raw = {a.id: a.raw for a in header.affiliations}
    return {a.name: [raw[i] for i in a.affiliations] for a in header.authors}


def test_footnote_affiliations_leave_out_notes_and_the_correspondence_line(tmp_path: Path) -> None:
    header = _header(pdfgen.footnote_affiliations_page(tmp_path / "icml.pdf"))
    oslo, tsinghua = pdfgen.FOOTNOTE_AFFILIATIONS
    assert [a.raw for a in header.affiliations] == [oslo, tsinghua]
    assert _links(header) == {"Ann Lee": [oslo], "Bo Chen": [tsinghua]}


def test_parenthesised_marks_start_affiliations_that_wrap_over_lines(tmp_path: Path) -> None:
    header = _header(pdfgen.parenthesised_marks_page(tmp_path / "aip.pdf"))
    sheffield, stuttgart = pdfgen.PARENTHESISED_AFFILIATIONS
    assert [a.raw for a in header.affiliations] == [sheffield, stuttgart]
    assert _links(header) == {"Ann Lee": [sheffield], "Bo Chen": [stuttgart], "Cy Dunn": [sheffield]}


def _block(text: str, y: float, x: float = 50.0, size: float = 9.0) -> Block:
    """A one-line front-zone block, its top at y, its left at x, 250 pt wide."""
    font = Font("Times", size, False, False)
    return Block(
        [Line([Word(text, x, y, x + 250.0, y + size, font)], page=1)], page=1, column=0, zone="front"
    )


def test_next_column_lines_interleaved_with_the_abstract_are_not_part_of_it() -> None:
    """IEEE: the layout read both columns as one, so the introduction's lines in column 2 alternate
    with the abstract's in column 1, each level with one of them."""
    front = [
        _block("A much longer title of the paper", 40.0, size=17.0),
        _block("Anna Lee and Bob Kim", 70.0),
        _block("Abstract—An important aspect of spectrum sharing is reliable", 100.0),
        _block("protection of licensed, primary, users from interference by", 110.0),
        _block(
            "literature three general approaches exist to find spectrum holes.", 111.0, x=320.0, size=10.0
        ),
        _block("unlicensed, secondary, users. In this paper we investigate the", 120.0),
        _block("The first approach is spectrum sensing [1], [2]. A problem", 122.0, x=320.0, size=10.0),
        _block("reliability of the power adjustment algorithm.", 130.0),
        _block(
            "here are the high sensitivity requirements to detect all activity", 131.0, x=320.0, size=10.0
        ),
        _block("The secondary user makes a local estimation.", 140.0),  # short, after a full stop
    ]
    parts = rule_parts(front, Layout([], body_size=10.0, vocabulary=frozenset()), page_height=800.0)
    assert [b.text for b in parts.abstract] == [front[i].text for i in (2, 3, 5, 7, 9)]
    order = {id(ln): i for i, ln in enumerate(ln for b in front for ln in b.lines)}
    assert unclaimed(front, parts, [], order) == [front[4], front[6], front[8]]  # the body's text


def test_affiliations_stated_in_a_footnote_leave_out_names_verbs_and_emails(tmp_path: Path) -> None:
    header = _header(pdfgen.stated_affiliations_page(tmp_path / "ieee.pdf"))
    assert [a.raw for a in header.affiliations] == list(pdfgen.STATED_AFFILIATIONS)
    assert {a.name: a.email for a in header.authors} == {
        "Ann Lee": "ann.lee@uio.no",
        "Bo Chen": "bo.chen@uio.no",
        "Cy Dunn": "cy.dunn@u-psud.fr",
    }


def test_emails_spelled_out_with_bracketed_at_and_dot_are_read(tmp_path: Path) -> None:
    header = _header(pdfgen.spelled_emails_page(tmp_path / "spelled.pdf"))
    assert {a.name: a.email for a in header.authors} == {
        "Ann Lee": "ann.lee@uio.no",
        "Bo Chen": "bo.chen@tsinghua.edu.cn",
    }


def test_addresses_printed_in_an_affiliation_line_are_left_out_of_it(tmp_path: Path) -> None:
    header = _header(pdfgen.inline_email_affiliations_page(tmp_path / "inline.pdf"))
    (oslo, _), (tsinghua, _) = pdfgen.INLINE_EMAIL_AFFILIATIONS
    assert [a.raw for a in header.affiliations] == [oslo, tsinghua]
    assert {a.name: a.email for a in header.authors} == {
        "Ann Lee": "ann.lee@uio.no",
        "Bo Chen": "bo.chen@thu.cn",
        "Cy Dunn": "cy.dunn@thu.cn",
    }


TRAILERS = (
    "CCS Concepts: • Computing methodologies → MapReduce algorithms; Machine learning approaches;",
    "Additional Key Words and Phrases: Linear Algebra, Matrix Multiplication, Strassen's Algorithm",
    "Mathematics Subject Classification (2000) 91 · 92 and some other classification codes here",
    "PACS numbers: 29.30.Dn, 42.70.Qs, 61.72.-y, 61.72.Cc, 61.72.Ff, 68.37.Ma, 78.60.Hk, 78.66",
)


def test_what_templates_print_after_the_abstract_ends_it() -> None:
    """ACM's CCS concepts, Springer's subject classification, AIP's PACS numbers: in a block of their
    own or run on in the abstract's."""
    abstract = "Abstract. This paper presents a new fast, highly scalable distributed matrix algorithm."
    for trailer in TRAILERS:
        front = [
            _block("A much longer title of the paper", 40.0, size=17.0),
            _block("Anna Lee and Bob Kim", 70.0),
            _block(abstract, 100.0),
            _block(trailer, 112.0),
        ]
        parts = rule_parts(front, Layout([], body_size=10.0, vocabulary=frozenset()), page_height=800.0)
        assert [b.text for b in parts.abstract] == [abstract]
        assert split_run_in(f"{abstract} {trailer}") == (abstract, trailer)


def test_emails_broken_over_lines_after_a_hyphen_are_joined(tmp_path: Path) -> None:
    header = _header(pdfgen.broken_emails_page(tmp_path / "broken.pdf"))
    assert {a.name: a.email for a in header.authors} == {
        "Ann Lee": "ann.lee@uni-heidelberg.de",
        "Bo Chen": "bo-chen@tsinghua.edu.cn",
    }


def test_a_second_affiliation_in_one_statement_is_an_affiliation_of_its_own(tmp_path: Path) -> None:
    note = (
        "A. Lee is with the Department of Linguistics, University of Oslo, Norway, and also with the "
        "Institute of Computing, University of Bergen, Norway (e-mail: ann.lee@uio.no)."
    )
    header = _header(pdfgen.first_page_note_page(tmp_path / "also.pdf", "Ann Lee", note))
    assert [a.raw for a in header.affiliations] == [
        "Department of Linguistics, University of Oslo, Norway",
        "Institute of Computing, University of Bergen, Norway",
    ]


def test_affiliation_lines_that_end_in_an_address_are_affiliations(tmp_path: Path) -> None:
    """IEEE Access: the byline's only lines under the names hold addresses, so no grid of names and
    affiliations is read from them; the affiliations are still those lines."""
    header = _header(pdfgen.addressed_affiliations_page(tmp_path / "access.pdf"))
    assert [a.raw for a in header.affiliations] == [place for place, _ in pdfgen.ADDRESSED_AFFILIATIONS]
    assert {a.name: a.email for a in header.authors} == {
        "Ann Lee": "ann.lee@tu.ie",
        "Bo Chen": "bo.chen@ahu.jo",
    }


def test_statements_naming_the_authors_in_full_are_one_affiliation_each(tmp_path: Path) -> None:
    """IEEE journals' footnote with the byline's full names ("Ann Lee is with X (e-mail: …). Bo Chen and
    Cy Dunn are with Y"): each statement is an affiliation of its own, linked to the names it lists,
    not one sentence read from the first name to the first address."""
    byline = "Ann Lee, Bo Chen, and Cy Dunn"
    header = _header(pdfgen.statements_footnote_page(tmp_path / "named.pdf", byline, pdfgen.NAMED_STATEMENTS))
    assert [a.raw for a in header.affiliations] == list(pdfgen.STATED_AFFILIATIONS)
    places = {a.id: a.raw for a in header.affiliations}
    oslo, paris = pdfgen.STATED_AFFILIATIONS
    assert {a.name: [places[i] for i in a.affiliations] for a in header.authors} == {
        "Ann Lee": [oslo],
        "Bo Chen": [paris],
        "Cy Dunn": [paris],
    }


def test_addresses_printed_after_the_text_with_their_email_labels(tmp_path: Path) -> None:
    """AMS papers name the authors alone on the title page and print each one's address, and "E-mail
    address: …" under it, after the paper's text: one affiliation an author, in byline order."""
    header = _header(pdfgen.closing_addresses_page(tmp_path / "ams.pdf"))
    assert [a.name for a in header.authors] == ["Ann Lee", "Bo Chen"]
    assert [a.raw for a in header.affiliations] == [a for a, _ in pdfgen.CLOSING_ADDRESSES]
    places = {a.id: a.raw for a in header.affiliations}
    assert [([places[i] for i in a.affiliations], a.email) for a in header.authors] == [
        ([address], email) for address, email in pdfgen.CLOSING_ADDRESSES
    ]


def test_an_address_hyphenated_at_a_line_end_loses_the_hyphen_its_name_lacks(tmp_path: Path) -> None:
    byline = "Anne-Marie Lee and Jurgen Berg"
    header = _header(
        pdfgen.statements_footnote_page(tmp_path / "hy.pdf", byline, pdfgen.HYPHENATED_STATEMENTS)
    )
    assert {a.name: a.email for a in header.authors} == {
        "Anne-Marie Lee": "anne-marie.lee@uio.no",
        "Jurgen Berg": "jurgen.berg@uio.no",
    }


def test_a_wrapped_byline_line_read_as_affiliations_gives_none(tmp_path: Path) -> None:
    """An Elsevier byline list wrapped inside a name ("…, Anne-Marie" / "Nakamura^c, Grace A. di
    Moreau^b, …") whose second line the labeller reads among the affiliations: its names, cut at their
    markers, are no affiliations, and the markers stay free for the affiliations they key."""
    header = _header(pdfgen.wrapped_byline_page(tmp_path / "wrapped.pdf"))
    names = [name for line in pdfgen.WRAPPED_BYLINE for name, _ in line]
    assert [a.name for a in header.authors] == [*names[:3], "Anne-Marie Nakamura", *names[5:]]
    assert [a.raw for a in header.affiliations] == [place for _, place in pdfgen.WRAPPED_AFFILIATIONS]


def test_a_byline_in_capitals_wrapped_after_a_comma_keeps_its_second_line(tmp_path: Path) -> None:
    """An AMS byline in capitals under a wrapped title breaks after a comma ("ANN LEE, BO CHEN, …," /
    "LAURA T. DI MOREAU, AND …"); the labeller reads the second line as the first affiliation: it is
    the byline's, and the addresses at the end go to the five authors in order."""
    title = ("OPTIMISATION STREAMING PREDICTION GRAPH DOCUMENT", "LEARNING NEURAL")
    byline = ("ANN LEE, BO CHEN, ANNE-MARIE VAN DER BERG,", "LAURA T. DI MOREAU, AND TOMAS T. NAKAMURA")
    oslo, prague = pdfgen.CLOSING_ADDRESSES
    addresses = (oslo, prague, (oslo[0], "anne.berg@uio.no"), (prague[0], "laura.moreau@cuni.cz"))
    addresses += ((oslo[0], "tomas.nakamura@uio.no"),)
    header = _header(pdfgen.closing_addresses_page(tmp_path / "ams5.pdf", title, byline, addresses))
    assert [a.surname for a in header.authors] == ["Lee", "Chen", "van der Berg", "Moreau", "Nakamura"]
    assert [a.email for a in header.authors] == [email for _, email in addresses]


def test_statements_after_a_note_and_listing_three_names_are_read(tmp_path: Path) -> None:
    """An IEEE journal's footnote that opens with "* Equal contribution." and states "Ann Lee, Bo Chen,
    and Cy Dunn are with …": the statements are read past the note, and a comma-separated list of
    names is one statement's names; the grades in the byline ("Member, IEEE") name no one."""
    byline = "Ann Lee, Member, IEEE, Bo Chen, Fellow, IEEE, Cy Dunn, and Di Park"
    header = _header(pdfgen.epigraph_page(tmp_path / "noted.pdf", byline, pdfgen.NOTED_STATEMENTS, False))
    oslo, paris = pdfgen.NOTED_AFFILIATIONS
    assert _links(header) == {"Ann Lee": [oslo], "Bo Chen": [oslo], "Cy Dunn": [oslo], "Di Park": [paris]}


def test_an_epigraph_under_the_byline_is_no_author_and_no_affiliation(tmp_path: Path) -> None:
    """A quotation and its "— Author" set under the byline: the byline list keeps its last name (the
    attribution is no name line that continues it) and a grid's blocks keep their affiliations whole."""
    byline = "Ann Lee, Member, IEEE, Bo Chen, Fellow, IEEE, Cy Dunn, Di de Park"
    header = _header(pdfgen.epigraph_page(tmp_path / "list.pdf", byline, pdfgen.NOTED_STATEMENTS))
    assert [a.name for a in header.authors] == ["Ann Lee", "Bo Chen", "Cy Dunn", "Di de Park"]
    oslo = ["Department of Linguistics", "University of Oslo", "Oslo, Norway"]
    paris = ["Faculty of Physics", "Universite Paris-Sud", "Orsay, France"]
    header = _header(pdfgen.epigraph_page(tmp_path / "grid.pdf", [("Ann Lee", oslo), ("Bo Chen", paris)]))
    assert _links(header) == {"Ann Lee": [", ".join(oslo)], "Bo Chen": [", ".join(paris)]}


def test_a_grouped_address_list_wrapped_under_an_affiliation_is_no_part_of_it(tmp_path: Path) -> None:
    header = _header(pdfgen.byline_grid_page(tmp_path / "group.pdf", [pdfgen.WRAPPED_GROUP_ROW]))
    oslo = "Department of Linguistics, University of Oslo, Oslo, Norway"
    paris = "Faculty of Physics, Universite Paris-Sud, Orsay, France"
    assert _links(header) == {"Ann Lee": [oslo], "Bo Chen": [oslo], "Cy Dunn": [oslo], "Di Park": [paris]}
    assert {a.name: a.email for a in header.authors}["Cy Dunn"] == "cy.dunn@uio.no"


def test_a_group_named_under_an_affiliation_is_no_part_of_it(tmp_path: Path) -> None:
    header = _header(pdfgen.byline_grid_page(tmp_path / "team.pdf", [pdfgen.GROUP_UNDER_ROW]))
    assert [a.raw for a in header.affiliations] == [
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "Faculty of Physics, Universite Paris-Sud, Orsay, France",
    ]


def test_a_group_line_among_listed_affiliations_is_none() -> None:
    """authblk / revtex: "and the Aurora Survey Team" set as a line of its own after the affiliations
    is neither an affiliation nor a wrapped line of the one before it."""
    blocks = [
        _block("Department of Linguistics, University of Oslo, Oslo, Norway", 100.0),
        _block("Faculty of Physics, Universite Paris-Sud, Orsay, France", 110.0),
        _block("and the Aurora Survey Team", 120.0),
    ]
    assert [a.raw for a in affiliations_from(blocks)] == [
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "Faculty of Physics, Universite Paris-Sud, Orsay, France",
    ]


def test_a_statement_whose_name_ends_in_jr_is_one_statement(tmp_path: Path) -> None:
    """ "Vicente F. de Lucena Jr. is with Y": the full stop of the name's suffix does not end a statement,
    so the name stays with its verb and the author is linked to Y."""
    byline = "Ann Lee and Vicente F. de Lucena Jr."
    header = _header(pdfgen.statements_footnote_page(tmp_path / "jr.pdf", byline, pdfgen.SUFFIXED_STATEMENTS))
    places = {a.id: a.raw for a in header.affiliations}
    oslo, paris = pdfgen.STATED_AFFILIATIONS
    assert {a.name: [places[i] for i in a.affiliations] for a in header.authors} == {
        "Ann Lee": [oslo],
        "Vicente F. de Lucena Jr.": [paris],
    }


def test_itemized_statements_hung_under_their_bullets_go_on_to_their_addresses() -> None:
    """IEEE Computer Society journals itemize the footnote's statements (\\IEEEcompsocitemizethanks):
    each item's later lines hang under the bullet's text, and the layout sets them apart as blocks of
    their own. The statement's affiliation goes on through them (after its line-end comma) up to the
    "E-mail:" line, and the "Manuscript received" note under the items is no part of the last one."""
    notes = [
        _block(
            "• A. Lee and B. Chen are with the Department of Linguistics, University of Oslo,",
            700.0,
            47.0,
            7.0,
        ),
        _block("Oslo, Norway. E-mail: ann.lee@uio.no, bo.chen@uio.no", 709.0, 60.0, 7.0),
        _block("• C. Dunn is with the Faculty of Physics, Universite Paris-Sud, Orsay,", 718.0, 47.0, 7.0),
        _block("France.", 727.0, 60.0, 7.0),
        _block("Manuscript received 19 April 2023; revised 26 August 2023.", 735.0, 47.0, 7.0),
    ]
    assert [a.raw for a in affiliations_from(notes)] == [
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "Faculty of Physics, Universite Paris-Sud, Orsay, France",
    ]
    same = [
        _block("D. Kim is with the University of Oslo, Oslo, Norway. Manuscript received 2 May 2023.", 700.0)
    ]
    assert [a.raw for a in affiliations_from(same)] == ["University of Oslo, Oslo, Norway"]


def test_an_address_wrapped_onto_a_word_of_its_own_stays_in_the_run(tmp_path: Path) -> None:
    """amsart wraps a long closing address at the margin ("…, Groningen, The Nether-" / "lands"): the
    wrapped end, which names no institution, is still a line of the addresses, so the first address and
    its email, right before the first "E-mail address:" label, are read."""
    groningen = "School of Electrical Engineering, Rijksuniversiteit Groningen, Groningen, The Nether-\nlands"
    lausanne = "Institute for Data Science, Ecole Polytechnique Federale de Lausanne, Lausanne,\nSwitzerland"
    addresses = ((groningen, "ann.lee@rug.nl"), (lausanne, "bo.chen@epfl.ch"))
    header = _header(pdfgen.closing_addresses_page(tmp_path / "wrapped.pdf", addresses=addresses))
    assert [a.email for a in header.authors] == ["ann.lee@rug.nl", "bo.chen@epfl.ch"]
    assert [a.raw for a in header.affiliations] == [
        "School of Electrical Engineering, Rijksuniversiteit Groningen, Groningen, The Netherlands",
        "Institute for Data Science, Ecole Polytechnique Federale de Lausanne, Lausanne, Switzerland",
    ]
