"""The bibliography zone (issue 14): an author-year list's entry opening with one author's initial and
surname ('H. Yahyaoui. A trust-based …', abbrvnat) is no lettered appendix heading ('A. Proof of …')."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_an_entry_opening_with_one_initial_and_a_surname_does_not_end_the_bibliography(
    tmp_path: Path,
) -> None:
    doc = extract(pdfgen.refvenue10_author_year_paper(tmp_path / "abbrvnat.pdf"))
    assert [r.authors[0].surname for r in doc.references] == [
        "Adams",
        "Vanschoren",
        "Yahyaoui",
        "Yu",
        "Zhang",
    ]
    assert doc.references[2].venue == "Knowledge-Based Systems"
