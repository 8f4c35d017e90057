"""TeX's math symbol font without a Unicode map: its codes are read as its symbols, not as letters."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pdf import read_pdf


def test_math_symbol_codes_without_a_unicode_map_read_as_symbols(tmp_path: Path) -> None:
    """Older pdfTeX gave Computer Modern no ToUnicode map: PDFium reads CMSY's angle brackets as "h"
    and "i" (their codes), so a table's "⟨Z⟩" read "hZi". In TeX's math symbol fonts, which have no
    small letters nor digits, such codes are the symbols; the same letters in other fonts stay."""
    page = read_pdf(pdfgen.tables6_unmapped_symbols_page(tmp_path / "symbols.pdf")).pages[0]
    assert [ln.text for ln in page.lines] == [text for _, text in pdfgen.TABLES6_SYMBOL_LINES]
