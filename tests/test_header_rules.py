"""The exact header rules: email forms, author-email links, name splitting, affiliation parsing."""

from paperparse.document import Author
from paperparse.header.affiliations import parse_affiliation
from paperparse.header.emails import find_emails, link_emails
from paperparse.header.names import parse_name, split_authors
from paperparse.layout.model import Block
from paperparse.pdf.model import Font, Line, Word


def _block(text: str, y: float, size: float = 9.0) -> Block:
    """A one-line front-zone block on page 1, its top at y."""
    font = Font("Times", size, False, False)
    return Block([Line([Word(text, 50.0, y, 300.0, y + size, font)], page=1)], page=1, column=0, zone="front")


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


def test_emails_link_by_surname_and_by_initials() -> None:
    authors = [parse_name("Reuben S Harris"), parse_name("Kyle M Miller"), parse_name("Susan Rosenberg")]
    link_emails(authors, ["smr@bcm.edu", "rsh@umn.edu", "kyle.miller@austin.utexas.edu"])
    assert [a.email for a in authors] == ["rsh@umn.edu", "kyle.miller@austin.utexas.edu", None]


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
