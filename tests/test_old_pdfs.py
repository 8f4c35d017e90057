"""Old PDFs (issue 14): TeX's bitmap fonts from dvips, T1- or OT1-coded, without a Unicode map, and word
processors' pages that print their own spaces. Type 3 pages are drawn by tests/pdfgen.py; the real
toolchain (latex → dvips → ps2pdf) is run where it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfgen
import pypdfium2 as pdfium
import pytest

from paperparse.pdf import PdfContent, read_pdf
from paperparse.pdf.text_normalize import normalize_word


def _texts(content: PdfContent) -> list[str]:
    return [w.text for ln in content.pages[0].lines for w in ln.words]


def test_t1_coded_bitmap_font_codes_read_as_t1(tmp_path: Path) -> None:
    """T1 puts ff fi fl ffi ffl at 27-31 (OT1's æ œ ø Æ Œ Ø), ß at 255 (Latin-1's ÿ) and breaks words with
    its own hyphen at 127 (OT1's dieresis): a page whose ligature codes stand inside words at T1's places is
    read as T1 ("e\\x1ecient" is "efficient", not "eŒcient")."""
    line: list[str | int] = ["e\x1ecient", -3300, "sta\x1b", -3300, "\x1cnd", -3300, "\x1dow", -3300]
    line += ["Stra\xffe", -3300, "pro\x7f"]
    texts = _texts(read_pdf(pdfgen.type3_page(tmp_path / "t1.pdf", [line])))
    assert texts == ["efficient", "staff", "find", "flow", "Straße", "pro-"]


def test_ot1_ascii_accents_over_a_letter_are_accents(tmp_path: Path) -> None:
    """OT1 text fonts put the circumflex and tilde at the codes of "^" and "~": over a letter they are its
    accent ("r^ole" is "rôle"); in a cell of their own (a typewriter font's "~user") they are themselves."""
    line: list[str | int] = ["r^", 5000, "ole", -3300, "Espa~", 5000, "na", -3300, "x/~user"]
    texts = _texts(read_pdf(pdfgen.type3_page(tmp_path / "ot1.pdf", [line])))
    assert texts == ["rôle", "España", "x/~user"]


def test_accent_kerned_over_the_next_letter_goes_on_it(tmp_path: Path) -> None:
    """TeX's \\accent puts the accent before its letter in the stream; over a narrow dotless i the accent's
    centre can lie within a point of the letter before ("Ji\\\\v{r}\\\\'{\\\\i}"): it goes on the letter under
    it, and the dotless i (OT1 code 16) carrying it is "í"."""
    line: list[str | int] = ["Jir", 2000, "\x13", 5000, "\x10"]
    assert _texts(read_pdf(pdfgen.type3_page(tmp_path / "jiri.pdf", [line]))) == ["Jirí"]
    assert normalize_word("Ji\u0159\x10\u0301") == "Jiří"


def test_a_capitals_accent_drawn_after_its_word_goes_on_its_letter(tmp_path: Path) -> None:
    """dvips sets the raised accent of a capital once the word is done, the pen moved back over the letter
    ("ESPANA" then "~" over the N; "SIMEK" then the caron over the S, a word gap after it): an ASCII-coded
    OT1 accent and a raw accent code alike go on the letter under them, not on a line or word of their own."""
    line: list[str | int] = ["ESPANA", 10000, "~", -8300, "OLE", -3300, "SIMEK", 25000, "\x14", -23300, "AND"]
    assert _texts(read_pdf(pdfgen.type3_page(tmp_path / "raised.pdf", [line]))) == [
        "ESPAÑA",
        "OLE",
        "ŠIMEK",
        "AND",
    ]


def test_ligature_before_a_line_end_hyphen_is_kept() -> None:
    """ "fi-" + "nite": the ligature is the word's only letter, beside PDFium's line-end hyphen mark."""
    assert normalize_word("\x0c\x02") == "fi-"
    assert normalize_word("\x0c\ufffe") == "fi-"
    assert normalize_word("\x19-") == "-"  # a math font's code before a minus is no letter


def test_kern_without_space_on_a_page_with_its_own_spaces_is_no_word_gap(tmp_path: Path) -> None:
    """A word processor's page prints a space glyph between its words: a gap of an eighth of an em where
    neither the PDF nor PDFium put a space is kerning ("o f"), not a word gap (on a TeX page, which has no
    space glyphs, it is one)."""
    path = pdfgen.own_spaces_page(tmp_path / "spaces.pdf", 120)
    with pdfium.PdfDocument(path) as doc:
        assert doc[0].get_textpage().get_text_range().startswith("Department of")  # no space made up
    assert _texts(read_pdf(path))[:4] == ["Department", "of", "Computer", "Science"]


_TOOLS = ("latex", "dvips", "ps2pdf")
_OLD_PAGE = r"""\documentclass[11pt,twocolumn]{article}
%s
\begin{document}
\twocolumn[{\centering{\Large\bf Efficient Classifiers for Difficult Flows\par}\vspace{1em}
\begin{tabular}[t]{c}J\"urgen M\"uller\\Universit\"at Stuttgart\\{\tt mueller@ims.uni-stuttgart.de}\end{tabular}
\hfil
\begin{tabular}[t]{c}Ji\v{r}\'{\i} \v{S}imek\\Charles University\\{\tt simek@cuni.cz}\end{tabular}
\par\vspace{1em}}]
The office staff's efficient workflow affects fluffy finance: a r\^ole for na\"{\i}ve Stra{\ss}e.

\begin{minipage}{1.1cm}\hspace{0pt}proposed \hspace{0pt}happy\end{minipage}
\end{document}
"""


@pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in _TOOLS),
    reason="latex, dvips and ps2pdf are not installed (apt: texlive-base ghostscript)",
)
@pytest.mark.parametrize("encoding", ["OT1", "T1"])
def test_dvips_bitmap_fonts_read_as_printed(tmp_path: Path, encoding: str) -> None:
    """The real toolchain of 1990s-2000s papers: latex, dvips with bitmap (pk) fonts, ps2pdf: Type 3
    fonts without names whose codes arrive raw, OT1- or T1-coded."""
    preamble = r"\usepackage[T1]{fontenc}" if encoding == "T1" else ""
    (tmp_path / "old.tex").write_text(_OLD_PAGE % preamble, "ascii")
    run = {"cwd": tmp_path, "check": True, "capture_output": True, "timeout": 300}
    subprocess.run(["latex", "-interaction=batchmode", "old.tex"], **run)
    subprocess.run(["dvips", "-q", "-u", "/dev/null", "-D", "300", "old.dvi", "-o", "old.ps"], **run)
    subprocess.run(["ps2pdf", "old.ps", "old.pdf"], **run)
    texts = _texts(read_pdf(tmp_path / "old.pdf"))
    assert texts[:6] == ["Efficient", "Classifiers", "for", "Difficult", "Flows", "Jürgen"]
    assert {"staff's", "staff\u2019s"} & set(texts)  # T1's body font names its glyphs: "’"
    for word in ("Müller", "Universität", "Jiří", "Šimek", "office", "efficient", "workflow"):
        assert word in texts
    for word in ("affects", "fluffy", "finance:", "rôle", "naïve", "Straße."):
        assert word in texts
    assert texts[-4:-1] == ["pro-", "posed", "happy"]  # a Type 3 hyphen's box is its ink, high over "p"
