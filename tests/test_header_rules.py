"""The exact header rules: email forms, author-email links, name splitting, affiliation parsing."""

import pytest

from paperparse.document import Author
from paperparse.header.affiliations import parse_affiliation
from paperparse.header.emails import find_emails, link_emails
from paperparse.header.names import parse_name, split_authors
from paperparse.layout.model import Block
from paperparse.pdf.model import Font, Line, Word


def _block(text: str, y: float, size: float = 9.0, page: int = 1, x: float = 50.0) -> Block:
    """A one-line front-zone block on `page`, its top at y, its left at x."""
    font = Font("Times", size, False, False)
    return Block(
        [Line([Word(text, x, y, x + 250.0, y + size, font)], page=page)], page=page, column=0, zone="front"
    )


def test_grouped_and_broken_emails_are_expanded() -> None:
    text = "{alice,bob}@x.org; carol|dave@y.edu; rsh@umn. edu (RSH); romain. koszul@pasteur.fr"
    assert find_emails(text) == [
        "alice@x.org",
        "bob@x.org",
        "carol@y.edu",
        "dave@y.edu",
        "rsh@umn.edu",
        "romain.koszul@pasteur.fr",
    ]


def test_a_sentence_ending_before_an_address_is_no_broken_address() -> None:
    """A footnote's last sentence ("… grant 1234567.", "… Germany.") before an address on the next line."""
    text = (
        "Supported by grant 1234567.\nanna.garcia@tum.de\nMunich, Germany.\nbo.li@tum.de Romain.\nKoszul@x.fr"
    )
    assert find_emails(text) == ["anna.garcia@tum.de", "bo.li@tum.de", "Romain.Koszul@x.fr"]


def test_emails_link_by_surname_and_by_initials() -> None:
    authors = [parse_name("Reuben S Harris"), parse_name("Kyle M Miller"), parse_name("Susan Rosenberg")]
    link_emails(authors, ["smr@bcm.edu", "rsh@umn.edu", "kyle.miller@austin.utexas.edu"])
    # by surname, by initials, and the one address that spells no name goes to the one author left
    assert [a.email for a in authors] == ["rsh@umn.edu", "kyle.miller@austin.utexas.edu", "smr@bcm.edu"]


def test_no_evidence_and_unequal_counts_link_nothing() -> None:
    authors = [Author("A B", "A", None, "B"), Author("C D", "C", None, "D")]
    link_emails(authors, ["zzz@x.org"])
    assert [a.email for a in authors] == [None, None]


def test_names_keep_particles_and_markers_move_to_affiliations() -> None:
    pairs = split_authors("Ludwig van Beethoven ^1,2 , Jean-François Flot ^3† and Anne Lee")
    assert [(a.given, a.surname, m) for a, m in pairs] == [
        ("Ludwig", "van Beethoven", ["1", "2"]),
        ("Jean-François", "Flot", ["3", "†"]),
        ("Anne", "Lee", []),
    ]
    name = parse_name("Smith, John A.")
    assert (name.given, name.middle, name.surname) == ("John", "A", "Smith")


def test_affiliation_parts() -> None:
    aff = parse_affiliation(
        "Department of Physics, King's College London, Strand, London WC2R 2LS, United Kingdom"
    )
    assert aff.department == "Department of Physics"
    assert aff.institution == "King's College London"
    assert aff.country == "United Kingdom"
    assert aff.address == "Strand, London WC2R 2LS"


def test_bylines_in_capitals_get_title_case_and_capital_van_is_a_middle_name() -> None:
    name = parse_name("CHI VAN DANG")
    assert (name.name, name.given, name.middle, name.surname) == ("Chi Van Dang", "Chi", "Van", "Dang")


def test_affiliation_note_lead_in_is_dropped() -> None:
    assert parse_affiliation("Also at the Novosibirsk State University, Novosibirsk, Russia").raw == (
        "Novosibirsk State University, Novosibirsk, Russia"
    )
    assert parse_affiliation("Present address: Dept. of Physics, Kyoto University, Kyoto, Japan").raw == (
        "Dept. of Physics, Kyoto University, Kyoto, Japan"
    )


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("OLIVER DE LA IVANOVA", ("Oliver de la Ivanova", "Oliver", None, "de la Ivanova")),
        ("ANNA VAN DER BERG", ("Anna van der Berg", "Anna", None, "van der Berg")),
        ("CHI VAN DANG", ("Chi Van Dang", "Chi", "Van", "Dang")),  # a lone "Van" may be a given name
    ],
)
def test_a_run_of_particles_in_a_name_set_in_capitals_opens_the_surname(
    printed: str, expected: tuple[str, str, str | None, str]
) -> None:
    name = parse_name(printed)
    assert (name.name, name.given, name.middle, name.surname) == expected


def test_collaboration_markers_with_letters() -> None:
    pairs = split_authors("A. Amoroso ^53A,53C , M. N. Achasov ^9,d")
    assert [(a.name, m) for a, m in pairs] == [("A. Amoroso", ["53A", "53C"]), ("M. N. Achasov", ["9", "d"])]


def test_second_address_of_one_author_is_not_given_to_another() -> None:
    authors = [parse_name("Mohammad S. Rahman"), parse_name("Mohammad A. Rashid")]
    link_emails(authors, ["rashidma@univdhaka.edu", "rashid_phdu@yahoo.com"])
    assert authors[0].email is None
    assert authors[1].email in ("rashidma@univdhaka.edu", "rashid_phdu@yahoo.com")


def test_an_affiliation_candidate_the_header_set_aside_stays_running_text() -> None:
    """A paragraph taken for an affiliation and then not used (the affiliation came from a closing
    "X is in the …" sentence instead) is running text, not swallowed by the header."""
    from paperparse.document import Affiliation, Location
    from paperparse.header.affiliations import holding as find_holding
    from paperparse.header.parts import Parts, unclaimed

    title, byline = _block("Mixed outcomes", 40.0), _block("Anna Lee", 60.0)
    text = _block("Errington et al., 2014; Baker, 2016). A powerful lesson to emerge.", 200.0)
    bio = _block("Anna Lee is in the Department of Physics, University of Oxford", 400.0)
    front = [title, byline, text, bio]
    order = {id(ln): i for i, ln in enumerate(ln for b in front for ln in b.lines)}
    parts = Parts(title=title, authors=[byline], affiliations=[text, bio])
    used = [Affiliation("aff1", "University of Oxford", location=Location(1, (120.0, 400.0, 300.0, 409.0)))]
    holding = find_holding(parts.affiliations, used)
    assert holding == [bio]
    assert unclaimed(front, parts, holding, order) == [text]


def test_a_keyword_list_wrapped_onto_a_block_of_its_own_is_read_whole() -> None:
    """Double-spaced manuscripts set the keyword list's second line far enough down to be its own block."""
    from paperparse.header.parts import rule_parts
    from paperparse.layout.model import Layout

    front = [
        _block("Automated assessment of social behaviour", 40.0, size=16.0),
        _block("Anna Lee and Bob Kim", 70.0),
        _block("KEYWORDS: social impairments, sociability, automated testing, ecological", 100.0),
        _block("relevance, mouse models", 122.0),
        _block("but a sentence well below the list is not part of it.", 300.0),
    ]
    parts = rule_parts(front, Layout([], body_size=9.0, vocabulary=frozenset()), page_height=800.0)
    assert parts.keywords is not None and parts.keywords.endswith("ecological relevance, mouse models")
    assert parts.keyword_lines == [front[3]]


def test_membership_grades_and_note_labels_are_not_names() -> None:
    text = "Luong H. Vu, Benjamin N. Passow, Member, IEEE, Gaël Richard, Senior Member, IEEE, and Huan Xu (Fellow, IEEE), a)"
    assert [a.name for a, _ in split_authors(text)] == [
        "Luong H. Vu",
        "Benjamin N. Passow",
        "Gaël Richard",
        "Huan Xu",
    ]


def test_chinese_names_printed_surname_first_are_turned_round() -> None:
    """One convention per byline: the plain cases decide, the ambiguous ones ("Lu Qin") follow."""
    from paperparse.header.names import given_names_first

    def names(text: str) -> list[str]:
        authors = [a for a, _ in split_authors(text)]
        given_names_first(authors)
        return [f"{a.given} | {a.surname}" for a in authors]

    assert names("Li Wenjie, Wei Furu, Lu Qin, He Yanxiang") == [
        "Wenjie | Li",
        "Furu | Wei",
        "Qin | Lu",
        "Yanxiang | He",
    ]
    assert names("Sun Maosong and Huang Changning") == ["Maosong | Sun", "Changning | Huang"]
    # given name first already, or a byline that says both: left as printed
    assert names("Wenjie Li, Lu Qin") == ["Wenjie | Li", "Lu | Qin"]
    assert names("Sun Maosong, Yanxiang He") == ["Sun | Maosong", "Yanxiang | He"]
    # not pinyin, or not two parts: never turned
    assert names("Li Wenjie, Dan Klein, Wei J. Furu") == ["Wenjie | Li", "Dan | Klein", "Wei | Furu"]


def test_footnote_marks_set_apart_before_or_after_a_name_are_dropped() -> None:
    assert [a.name for a, _ in split_authors("4 Yi Feng, A. Sanna 1★, Antonio Buffo")] == [
        "Yi Feng",
        "A. Sanna",
        "Antonio Buffo",
    ]


def test_a_keyword_list_or_preprint_footer_run_on_after_the_abstract_is_cut_off() -> None:
    from paperparse.header.abstract import split_run_in

    assert split_run_in("We extract keywords. It works. Keywords: a, b") == (
        "We extract keywords. It works.",
        "Keywords: a, b",
    )
    assert split_run_in("It works. Index Terms—IoT, privacy") == ("It works.", "Index Terms—IoT, privacy")
    assert split_run_in("It works. Preprint submitted to Elsevier May 1, 2022") == (
        "It works.",
        "Preprint submitted to Elsevier May 1, 2022",
    )
    assert split_run_in("It works. Keywords Child abuse · Neglect") == (
        "It works.",
        "Keywords Child abuse · Neglect",
    )
    assert split_run_in("Index terms—in the middle of a sentence stay.") == (
        "Index terms—in the middle of a sentence stay.",
        None,
    )


def test_a_generational_suffix_stays_with_its_name() -> None:
    """Printed "Kennedy III" or "de Lucena, Jr." is part of the name, kept apart from the surname."""
    authors = [a for a, _ in split_authors("George W. Kennedy III, Vicente F. de Lucena, Jr. and Li Sr.1")]
    assert [(a.name, a.surname, a.suffix) for a in authors] == [
        ("George W. Kennedy III", "Kennedy", "III"),
        ("Vicente F. de Lucena Jr.", "de Lucena", "Jr."),
        ("Li Sr.", "Li", "Sr."),
    ]


def test_graphical_abstract_and_highlights_pages_come_before_the_title_page() -> None:
    from paperparse.header.title import from_title_page

    front = [
        _block("Graphical Abstract", 40.0, 14.0),
        _block("A title repeated", 70.0, 12.0),
        _block("1 Highlights", 40.0, 14.0, page=2),
        _block("A title repeated", 70.0, 12.0, page=2),
        _block("A title", 40.0, 17.0, page=3),
    ]
    assert from_title_page(front) == front[4:]
    alone = [_block("Highlights", 40.0, 14.0), _block("Our method is fast", 70.0)]
    assert from_title_page(alone) == alone  # no later page: nothing to skip to


def test_an_article_info_column_left_of_the_abstract_does_not_end_it() -> None:
    """Elsevier's CAS layout: keywords in a column left of the abstract, interleaved with its lines."""
    from paperparse.header.parts import rule_parts
    from paperparse.layout.model import Layout

    front = [
        _block("A much longer title of the paper", 40.0, size=17.0),
        _block("Anna Lee and Bob Kim", 70.0),
        _block("A B S T R A C T", 100.0, x=320.0),
        _block("A decline in the meridional overturning circulation strength has been", 115.0, x=320.0),
        _block("Keywords:", 120.0, x=40.0),
        _block("observed between 2004 and 2008 by the array, and it persists.", 126.0, x=320.0),
        _block("amoc", 130.0, x=40.0),
    ]
    parts = rule_parts(front, Layout([], body_size=9.0, vocabulary=frozenset()), page_height=800.0)
    assert [b.text for b in parts.abstract] == [front[3].text, front[5].text]
    assert parts.keywords == "Keywords:"
    # the keywords head beside the heading, before the abstract's first line
    front[3:5] = [front[4], front[3]]
    parts = rule_parts(front, Layout([], body_size=9.0, vocabulary=frozenset()), page_height=800.0)
    assert [b.text for b in parts.abstract] == [front[4].text, front[5].text]


def test_a_marked_affiliation_goes_on_in_the_block_right_under_it() -> None:
    """IEEE's centred affiliations: "† Department of …" and its university split into two blocks."""
    from paperparse.header.affiliations import affiliations_from

    blocks = [
        _block("* Department of Computer Science, KU Leuven, Belgium", 100.0),
        _block("† Department of Knowledge Engineering", 112.0),
        _block("Maastricht University, Netherlands", 124.0),
        _block("Leiden University, Netherlands", 300.0),  # far below: an affiliation of its own
    ]
    assert [a.raw for a in affiliations_from(blocks)] == [
        "Department of Computer Science, KU Leuven, Belgium",
        "Department of Knowledge Engineering Maastricht University, Netherlands",
        "Leiden University, Netherlands",
    ]


def test_an_abstract_block_ending_in_its_keywords_is_finished() -> None:
    """Springer's "Abstract …. Keywords a · b" block ends without a full stop; what follows it (a subject
    classification, the address note) is not more abstract."""
    from paperparse.header.parts import rule_parts
    from paperparse.layout.model import Layout

    front = [
        _block("A much longer title of the paper", 40.0, size=17.0),
        _block("Anna Lee", 70.0),
        _block("Abstract Parents care for their children. Keywords Child abuse · Neglect", 100.0),
        _block("Mathematics Subject Classification (2000) 91 · 92", 115.0),
        _block("A. Lee University of Washington Box 359476 Seattle", 130.0, size=8.0),
    ]
    parts = rule_parts(front, Layout([], body_size=9.0, vocabulary=frozenset()), page_height=800.0)
    assert parts.abstract == [front[2]]


def test_a_role_in_brackets_after_a_name_is_not_part_of_it() -> None:
    text = "E.L.Worthington (Researcher), G.D.McCarthy, J.V.Mecking (Supervisor) and Ann Lee (Co-supervisor)"
    assert [a.name for a, _ in split_authors(text)] == [
        "E.L.Worthington",
        "G.D.McCarthy",
        "J.V.Mecking",
        "Ann Lee",
    ]


def test_emails_no_name_links_pair_in_order_when_as_many_are_left() -> None:
    authors = [parse_name("Ann Lee"), parse_name("Bo Chen"), parse_name("Cy Dorn")]
    link_emails(authors, ["q1@x.org", "ann.lee@x.org", "zz9@x.org"])
    assert [a.email for a in authors] == ["ann.lee@x.org", "q1@x.org", "zz9@x.org"]
    fewer = [parse_name("Ann Lee"), parse_name("Bo Chen")]
    link_emails(fewer, ["ann.lee@x.org", "q1@x.org", "zz9@x.org"])  # two left for one author: unknown
    assert [a.email for a in fewer] == ["ann.lee@x.org", None]


def test_a_printed_country_gets_its_iso_code_as_grobid_keys_it() -> None:
    from paperparse.header.countries import country_code

    assert [
        country_code(c) for c in ("U.S.A.", "usa", "P.R. China", "The  Netherlands", "Atlantis", None)
    ] == [
        "US",
        "US",
        "CN",
        "NL",
        None,
        None,
    ]
