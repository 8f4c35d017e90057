"""Fonts without a Unicode map read through their glyph names (paperparse.pdf.glyph_names)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfgen
import pytest

from paperparse.pdf import read_pdf
from paperparse.pdf.glyph_names import GlyphNames, glyph_text

_RAW = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b]")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("f_i", "fi"),
        ("f_f_i", "ffi"),
        ("T_h", "Th"),
        ("uni00E9", "é"),
        ("uni00660069", "fi"),
        ("u1D400", "\U0001d400"),
        ("a.sc", "a"),
        ("f_f.alt", "ff"),
        ("quoteright", "\u2019"),
        ("fi", "\ufb01"),
        ("g123", None),
        ("f_g123", None),
        (".notdef", None),
        ("", None),
    ],
)
def test_glyph_names_follow_the_adobe_glyph_list(name: str, text: str | None) -> None:
    assert glyph_text(name) == text


def test_raw_codes_are_read_as_their_glyph_names(tmp_path: Path) -> None:
    page = read_pdf(pdfgen.libertine_unmapped_page(tmp_path / "libertine.pdf")).pages[0]
    words = [w.text for ln in page.lines for w in ln.words]
    assert words[: len(pdfgen.LIBERTINE_WORDS)] == pdfgen.LIBERTINE_WORDS
    assert not [w for w in words if _RAW.search(w)]


def test_tables_come_from_differences_and_the_embedded_program(tmp_path: Path) -> None:
    data = pdfgen.libertine_unmapped_page(tmp_path / "libertine.pdf").read_bytes()
    tables = GlyphNames(data).page(0)
    named = {c: glyph_text(n) for c, n in pdfgen.LIBERTINE_NAMES.items() if glyph_text(n)}
    assert {c: t for c, t in tables["LinLibertineT"].items() if c in pdfgen.LIBERTINE_NAMES} == named
    assert tables["LinBiolinumT"] == {134: "fl", 135: "ü"}


def test_pages_without_raw_codes_read_no_font_dictionary(tmp_path: Path, monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(GlyphNames, "_read_page", lambda self, index: calls.append(index) or {})
    read_pdf(pdfgen.two_column_paper(tmp_path / "plain.pdf"))
    assert calls == []
    read_pdf(pdfgen.libertine_unmapped_page(tmp_path / "libertine.pdf"))
    assert calls == [0]


def test_unreadable_file_gives_no_tables() -> None:
    assert GlyphNames(b"%PDF-1.4 not really").page(0) == {}
