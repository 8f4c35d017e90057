"""splncs04 prints a .bib's bare surnames and ends the author list with a colon: an entry of one such
author opens 'Simmons: Derivation and computation: …'; the surname is its author, not its title's start."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract
from paperparse.references.parser import parse_reference

ENTRIES = [
    "Simmons: Derivation and computation: taking the Curry-Howard correspondence seriously. Cambridge "
    "University Press (2000)",
    "Vickers: Fuzzy sets and geometric logic. Fuzzy sets and systems (161), 1175-1204 (2010)",
    "Wolpert, Macready: No free lunch theorems for optimization. IEEE Transactions on Evolutionary "
    "Computation 1, 67-82 (1997)",
]


def test_one_bare_surname_before_the_colon_is_the_author(tmp_path: Path) -> None:
    doc = extract(pdfgen.refvenue10_trailing_matter_paper(tmp_path / "lncs.pdf", "", ENTRIES))
    assert [[a.surname for a in r.authors] for r in doc.references] == [
        ["Simmons"],
        ["Vickers"],
        ["Wolpert", "Macready"],
    ]
    assert (
        doc.references[0].title
        == "Derivation and computation: taking the Curry-Howard correspondence seriously"
    )
    assert doc.references[1].title == "Fuzzy sets and geometric logic"


def test_a_title_in_capitals_before_its_colon_stays_the_title() -> None:
    ref = parse_reference(
        "BERT: Pre-training of deep bidirectional transformers for language understanding (2019)"
    )
    assert ref.authors == []
