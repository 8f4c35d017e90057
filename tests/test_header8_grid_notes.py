"""A byline grid of many blocks (\\author{… \\and …}) can fill the first page down to its footnotes,
the abstract starting on the next page. The grid does not run into the notes: their marks ("* This
work …", "§ E-mail addresses: …") would key affiliations as a marked byline's do, and each block's
lines under its name would be read line by line instead of as its affiliation."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER8_GRID_NAMES, HEADER8_GRID_PLACES, header8_grid_over_notes_page

from paperparse.pipeline import extract


def test_a_grid_filling_the_page_down_to_its_notes_keeps_each_blocks_affiliation(tmp_path: Path) -> None:
    doc = extract(header8_grid_over_notes_page(tmp_path / "grid.pdf"))
    assert [a.name for a in doc.authors] == HEADER8_GRID_NAMES
    assert [a.raw for a in doc.affiliations] == [", ".join(place) for place in HEADER8_GRID_PLACES]
    assert [a.email for a in doc.authors[:2]] == ["ann.lee@uio.no", "bo.chen@tsinghua.edu.cn"]
