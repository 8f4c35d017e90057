"""Old ACL title blocks the generated corpus's ERA3 range draws (scripts/oldpdf_corpus.py, seeds from
8000), and the quotes of TeX's bitmap fonts."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pdf import read_pdf


def test_quotes_of_a_bitmap_text_font_are_typographic(tmp_path: Path) -> None:
    """OT1 and T1 text fonts print the right and left single quotes at the codes of "'" and "`"; dvips's
    bitmap fonts pass the codes on: "O'Brien" as printed is "O’Brien", as a font with glyph names gives
    it (generated seeds 4916, 7908, 8004, 8006, 8024, 8044)."""
    line: list[str | int] = ["O'Brien", -3300, "e\x0ecient", -3300, "`quoted'"]
    content = read_pdf(pdfgen.type3_page(tmp_path / "quotes.pdf", [line]))
    texts = [w.text for ln in content.pages[0].lines for w in ln.words]
    assert texts == ["O\u2019Brien", "efficient", "\u2018quoted\u2019"]

