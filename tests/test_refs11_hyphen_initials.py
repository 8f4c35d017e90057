"""Romanised Chinese and Korean given names are initialled with a lower-case second part ("H.-k.",
"Y.-p.", "W.-c."): still initials, in either order of the name."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract
from paperparse.references.parser import parse_reference

ENTRIES = [
    'H.-k. J. Chu, "Zero-copy TCP in Solaris," in Proc. USENIX Annual Technical Conference, 1996, pp. 253-264.',
    'T.-L. Yu and Y.-p. Chen, "Genetic algorithm design inspired by organizational theory," in Proc. GECCO, '
    "2003, pp. 1-12.",
    'S.-i. Amari and A. Cichocki, "Adaptive blind signal processing," Proc. IEEE, vol. 86, pp. 2026-2048, 1998.',
]


def test_lower_case_hyphenated_initials_before_the_surname(tmp_path: Path) -> None:
    doc = extract(pdfgen.refvenue10_trailing_matter_paper(tmp_path / "ieee.pdf", "", ENTRIES))
    assert [[(a.given, a.surname) for a in r.authors] for r in doc.references] == [
        [("H.-k. J.", "Chu")],
        [("T.-L.", "Yu"), ("Y.-p.", "Chen")],
        [("S.-i.", "Amari"), ("A.", "Cichocki")],
    ]


def test_lower_case_hyphenated_initials_after_the_surname() -> None:
    """MNRAS's author list: 'Hong J.-y., Suh E.-h., Kim S.-J., 2009, …'."""
    ref = parse_reference(
        "Hong J.-y., Suh E.-h., Kim S.-J., 2009, Expert Systems With Applications, 36, 8509"
    )
    assert [a.surname for a in ref.authors] == ["Hong", "Suh", "Kim"]
