"""Notes marked with a star (LNCS's and Springer's \\thanks) and venue notices are footnotes, on generated
PDFs."""

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


def test_a_venue_notice_at_the_first_page_foot_is_a_footnote_and_the_paragraph_goes_on_past_it(
    tmp_path: Path,
) -> None:
    notice = "Submitted to 31st Conference on Neural Information Processing Systems (NIPS 2017). Do not distribute."
    doc = extract(starred_note_page(tmp_path / "notice.pdf", notice=notice))
    assert [(f.marker, f.text) for f in doc.footnotes] == [(None, notice)]
    (paragraph,) = doc.sections[0].paragraphs
    assert "Submitted" not in paragraph and paragraph.endswith("end.")
