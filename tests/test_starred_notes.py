"""Notes marked with a star (LNCS's and Springer's \\thanks) are footnotes, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import starred_note_page

from paperparse.pipeline import extract


@pytest.mark.parametrize(("star", "marker"), [(("ZapfDingbats", "H"), "★"), (("Symbol", "*"), "∗")])
def test_a_starred_note_at_the_page_foot_is_a_footnote_and_the_paragraph_goes_on_past_it(
    tmp_path: Path, star: tuple[str, str], marker: str
) -> None:
    doc = extract(starred_note_page(tmp_path / "star.pdf", star))
    assert [(f.marker, f.text.split()[:2]) for f in doc.footnotes] == [(marker, ["Supported", "by"])]
    (paragraph,) = doc.sections[0].paragraphs
    assert "Supported" not in paragraph and paragraph.endswith("end.")
