"""CVPR's and ACL's numbered bylines set the names a quad apart, so the byline grid reads the names' row
as columns; the affiliation lines under it, each opening with its raised number, must not be cut at those
columns ("Faculty of Mathematics" / "Université de Lyon Lyon, France"): a marked line is one address."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER9_MARKED_PLACES, HEADER9_ROW_NAMES, header9_marked_rows_page

from paperparse.pipeline import extract


def test_marked_affiliation_lines_under_a_row_of_names_stay_whole(tmp_path: Path) -> None:
    doc = extract(header9_marked_rows_page(tmp_path / "cvpr.pdf"))
    assert [a.name for a in doc.authors] == [name for name, _ in HEADER9_ROW_NAMES]
    assert [a.raw for a in doc.affiliations] == list(HEADER9_MARKED_PLACES)
