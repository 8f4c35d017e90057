"""Entry splitting in a bibliography that neither labels nor indents its entries (MNRAS without natbib):
an author list ('Wu W., Wu J., …') opens an entry after a line that does not end in a stop, and a capital
word after a full line's stop ('… 2016.' / 'ACM, New York, …') goes on."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_unindented_author_year_entries_split_at_author_lists_only(tmp_path: Path) -> None:
    doc = extract(pdfgen.refzone4_unindented_author_year_paper(tmp_path / "mnras.pdf"))
    assert [r.authors[0].surname for r in doc.references if r.authors] == [
        "Allison",
        "Hawkins",
        "Helberger",
        "Webster",
        "Wu",
    ]
    assert len(doc.references) == 5
    assert doc.references[0].raw.endswith("ACM, New York, NY, USA, pp 17-18")


def test_author_biographies_after_the_references_are_no_entries(tmp_path: Path) -> None:
    doc = extract(pdfgen.refzone4_biographies_paper(tmp_path / "biographies.pdf"))
    assert [r.authors[0].surname for r in doc.references] == [
        "Adams",
        "Vanschoren",
        "Yahyaoui",
        "Yu",
        "Zhang",
    ]


def test_an_issue_number_opening_a_line_is_no_label(tmp_path: Path) -> None:
    doc = extract(pdfgen.refzone4_issue_break_paper(tmp_path / "plainnat.pdf"))
    assert [r.raw.split()[0] for r in doc.references] == ["[1]", "[2]", "[3]", "[4]"]
    assert doc.references[0].raw.endswith("(6):4600-4608, 2015.")
