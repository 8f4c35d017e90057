"""Elsevier's CAS classes set the abstract in the right column of a panel whose left column, under
"ARTICLE INFO", lists the keywords one a line level with the abstract's lines: the layout joins a
keyword and an abstract line into one block, and the keywords are no part of the abstract."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER8_KEYWORDS, header8_info_panel_page

from paperparse.pipeline import extract


def test_the_keywords_column_beside_a_panel_abstract_is_not_the_abstracts(tmp_path: Path) -> None:
    doc = extract(header8_info_panel_page(tmp_path / "cas.pdf"))
    assert doc.abstract is not None
    assert doc.abstract.startswith("We study") and doc.abstract.endswith("end.")
    assert not any(keyword in doc.abstract for keyword in HEADER8_KEYWORDS)
    assert doc.keywords == list(HEADER8_KEYWORDS)
    assert [a.name for a in doc.authors] == ["Anna Lee", "Bo Chen", "Mei Kim"]
