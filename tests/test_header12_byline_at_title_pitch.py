"""A byline in a smaller bold cut of the title's face that stands under the title at about the title's
own line pitch (eLife's title block) is no second part of the title: only a part in small capitals
under a title in capitals is measured by that pitch, and only such a part is spared the cut of a
swallowed byline for being in smaller type."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER12_TITLE, header12_byline_at_title_pitch_page

from paperparse.pipeline import extract


def test_a_byline_at_the_title_pitch_stays_out_of_the_title(tmp_path: Path) -> None:
    doc = extract(header12_byline_at_title_pitch_page(tmp_path / "elife.pdf"))
    assert doc.title == " ".join(HEADER12_TITLE)
    assert [a.name for a in doc.authors] == [
        "Ann Lee",
        "Bo Kim",
        "Mei Chen",
        "Omar Haddad",
        "Lena Vogel",
        "Ravi Kumar",
    ]
