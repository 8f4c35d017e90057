"""ACL's blocks of an affiliation's authors set two names a quad apart on one line over the lines they
share, so the byline grid reads the names as columns. A shared line that only seems centred on them is
not cut at those columns: not beside a lowercase word, which no block's line ends or starts with
("Università degli" / "Studi di Padova", "National University" / "of Padua"), and not under a line that
crosses the columns whole ("Faculty of Mathematics"): that line is the row's, and so are those under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import header9_shared_rows_page

from paperparse.pipeline import extract


@pytest.mark.parametrize(
    ("cut", "over"),
    [
        (("Università degli", "Studi di Padova"), ""),
        (("National University", "of Padua"), ""),
        (("École Polytechnique", "Fédérale de Padoue"), "Faculty of Mathematics"),
    ],
)
def test_a_line_shared_under_names_a_quad_apart_stays_whole(
    tmp_path: Path, cut: tuple[str, str], over: str
) -> None:
    doc = extract(header9_shared_rows_page(tmp_path / "acl.pdf", cut, over))
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Kim"]
    expected = ", ".join(p for p in (over, " ".join(cut), "Padua, Italy") if p)
    assert [a.raw for a in doc.affiliations] == [expected]
