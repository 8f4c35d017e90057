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
