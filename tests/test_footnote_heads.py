"""Numbered footnotes at a page's foot (affiliations keyed to the authors' markers, a note on a later
page) against numbered section headings, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import FOOT_AFFILIATIONS, foot_numbered_notes_paper
from test_body_general import _headings

from paperparse.pipeline import extract


@pytest.mark.parametrize("raised", [False, True], ids=["number-on-the-line", "raised-number"])
def test_numbered_notes_at_a_page_foot_are_footnotes_not_sections(tmp_path: Path, raised: bool) -> None:
    doc = extract(foot_numbered_notes_paper(tmp_path / "notes.pdf", raised=raised))
    assert _headings(doc) == [("1", "Introduction"), ("2", "Method"), ("3", "Results"), ("4", "Discussion")]
    notes = [(f.marker, f.text) for f in doc.footnotes]
    assert notes == [
        ("1", FOOT_AFFILIATIONS[0]),
        ("2", FOOT_AFFILIATIONS[1]),
        ("3", "Supported by the Research Council of Norway"),
    ]
