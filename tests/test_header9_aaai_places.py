"""AAAI sets each affiliation's institution on a line of its own, opening with its raised number, over
its department and place ("¹Rijksuniversiteit Groningen"). The labeller may read that line as a name (two
capitalised words); the rules read it as an affiliation keyed by its marker, and it stays one: the
institution is no author and no part of the affiliation is lost ("Uniwersytet" names a university too)."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER9_AAAI_PLACES, header9_aaai_page

from paperparse.pipeline import extract


def test_a_marked_institution_line_is_an_affiliation_not_an_author(tmp_path: Path) -> None:
    doc = extract(header9_aaai_page(tmp_path / "aaai.pdf"))
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim"]
    assert len(doc.affiliations) == len(HEADER9_AAAI_PLACES)
    for affiliation, (institution, place, _) in zip(doc.affiliations, HEADER9_AAAI_PLACES, strict=True):
        assert affiliation.raw.startswith(institution) and affiliation.raw.endswith(place)
