"""Splitting a printed name into given / middle / surname / suffix, one test per class of failure read on
GROBID's name/header and name/citation corpus/ (DEV; see eval.names)."""

from __future__ import annotations

from paperparse.header.names import split_authors as header_split
from paperparse.references.authors import split_authors as reference_split


def _refs(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.given, a.surname) for a in reference_split(text)]


def _header(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(a.given, a.middle, a.surname, a.suffix) for a, _ in header_split(text)]


def test_reference_surnames_in_capitals_before_initials() -> None:
    """ACM's "BICKEL, B., LEE, H. R., AND HU, R.": a run of four capitals is a surname, not initials, and
    a short one before dotted initials is a surname too."""
    assert _refs("BICKEL, B., LEE, H. R., AND HU, R.") == [("B.", "BICKEL"), ("H. R.", "LEE"), ("R.", "HU")]
    assert _refs("Smith JA, Lee HR") == [("JA", "Smith"), ("HR", "Lee")]  # Vancouver stays as it was


def test_reference_two_word_surname_before_initials() -> None:
    assert _refs("St-Cyr Tribble, D., Gallagher, F. & Belle Brown, J. B.") == [
        ("D.", "St-Cyr Tribble"),
        ("F.", "Gallagher"),
        ("J. B.", "Belle Brown"),
    ]


def test_header_titles_and_degrees_are_no_part_of_a_name() -> None:
    assert _header("Prof. Dr. Hans-Dieter Burkhard") == [("Hans-Dieter", None, "Burkhard", None)]
    assert _header("Dr Jose Vidal, Associate Professor") == [("Jose", None, "Vidal", None)]
    assert _header("Tito R Mendoza, PhD, MS, MEd, and Laurie Burke, RPh, PharmD, FAAN") == [
        ("Tito", "R", "Mendoza", None),
        ("Laurie", None, "Burke", None),
    ]


def test_header_german_and_french_bylines() -> None:
    """Z. Naturforsch.'s "Von GERNOT BERGOLD und HANS MEIER" ("by … and …"), a French "et"."""
    assert _header("Von GERNOT BERGOLD und HANS MEIER") == [
        ("Gernot", None, "Bergold", None),
        ("Hans", None, "Meier", None),
    ]
    assert _header("MICHÈLE BOLTE ET Paul Martin") == [
        ("Michèle", None, "Bolte", None),
        ("Paul", None, "Martin", None),
    ]
    assert _header("Johann von Neumann") == [("Johann", None, "von Neumann", None)]


def test_header_spaced_stops_hyphens_and_trailing_marks() -> None:
    assert _header("David H . Berger , M .D .") == [("David", "H.", "Berger", None)]
    assert _header("Kristin Brown - Gentry, Laurent Pasquier —") == [
        ("Kristin", None, "Brown-Gentry", None),
        ("Laurent", None, "Pasquier", None),
    ]
    assert _header("Christopher J. O ' Donnell") == [("Christopher", "J.", "O'Donnell", None)]


def test_header_inverted_names_take_their_initials() -> None:
    assert _header("Sanabani, S., Janini, L. M., Bell, Brian L.") == [
        ("S.", None, "Sanabani", None),
        ("L.", "M.", "Janini", None),
        ("Brian", "L.", "Bell", None),
    ]


def test_header_surname_first_names() -> None:
    """Surname in capitals first ("ZHANG Wei"), or Vancouver initials last ("Sharpe M"); not a
    hyphenated given name in capitals, nor initials in capitals ("ER Maher")."""
    assert _header("ZHANG Wei, TANG Xian-lun, Sharpe M, van Eyk J") == [
        ("Wei", None, "ZHANG", None),
        ("Xian-lun", None, "TANG", None),
        ("M", None, "Sharpe", None),
        ("J", None, "van Eyk", None),
    ]
    assert _header("BAO-JING Wu, ER Maher") == [("BAO-JING", None, "Wu", None), ("ER", None, "Maher", None)]


def test_header_capitalised_particle_opens_the_surname() -> None:
    """GROBID's gold puts a capitalised "De", "Le", "Al" before the last word in the surname 43 times
    in 46 (name/header corpus/)."""
    assert _header("Giulia De Falco, P. Le Baron") == [
        ("Giulia", None, "De Falco", None),
        ("P.", None, "Le Baron", None),
    ]
    assert _header("CHI VAN DANG") == [("Chi", "Van", "Dang", None)]


def test_header_surname_in_capitals_last_stays_the_surname() -> None:
    """COLING's "Xiaofeng YU, Wai LAM": two or three capitals after a given name are a surname."""
    assert _header("Xiaofeng YU, Wai LAM") == [("Xiaofeng", None, "YU", None), ("Wai", None, "LAM", None)]


def test_header_a_mark_with_no_letter_before_a_name_is_dropped() -> None:
    assert _header("• D. K. Panda, £ Kundan Singh") == [
        ("D.", "K.", "Panda", None),
        ("Kundan", None, "Singh", None),
    ]
