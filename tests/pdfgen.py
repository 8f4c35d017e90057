"""Test PDFs generated with fpdf2 and its core fonts (Helvetica, Times): no downloads, no shared data.

Every text line is placed explicitly (``FPDF.text`` at a baseline), so the geometry the tests assert
on is known: A4 pages, millimetre units, columns 80 mm wide with a 10 mm gutter.

The two-column paper uses words that say where they are, so reading order can be asserted:
``alphaN`` in column 1 and ``betaN`` in column 2 of page 1, ``deltaN`` / ``epsilonN`` in columns 1 / 2
of page 2, ``gammaN`` in the abstract.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from fpdf import FPDF

PAGE_W, PAGE_H = 210.0, 297.0
LEFT = 20.0
COL_W = 80.0
GUTTER = 10.0
COL2 = LEFT + COL_W + GUTTER
FULL_W = PAGE_W - 2 * LEFT
BODY_SIZE = 10
LEADING = 4.6
PARA_GAP = 3.0

TITLE = "Reading Order Recovery in Scholarly Documents"
RUNNING_HEAD = "Smith and Lee - Test Paper"
KEYWORDS = ["layout analysis", "reading order", "document structure"]
FIGURE_CAPTION = "Figure 1: Example of the beta layout with two columns."
REFERENCES = [
    "[1] A. Smith and B. Lee. A study of things. In Proceedings of ACL, pages 1-10, 2020.",
    "[2] C. Wu and D. Kim. Learning to read documents. Journal of Document Analysis, 12(3):45-67, 2019.",
    "[3] E. Brown. Columns and gutters in print. In Proceedings of ICDAR, pages 100-110, 2021.",
]


def words(prefix: str, start: int, stop: int) -> list[str]:
    """``prefix{start}`` … ``prefix{stop - 1}``."""
    return [f"{prefix}{i}" for i in range(start, stop)]


_PROSE = (
    "the method we propose reads each page of a paper and finds its columns and blocks so that the text "
    "flows in the order its authors wrote it while tables figures and notes are kept apart from it"
).split()


def prose_words(prefix: str, start: int, stop: int) -> list[str]:
    """``stop - start`` plain English words, a different run for each prefix (stands in for ``words``)."""
    offset = sum(map(ord, prefix))
    return [_PROSE[(offset + 7 * i) % len(_PROSE)] for i in range(start, stop)]


@contextmanager
def _document(path: str | Path, first_page: bool = True) -> Iterator[FPDF]:
    """A new A4 document to draw on, its first page added (``first_page=False``: the generator adds its
    pages, after any setup that must come first); written to ``path`` when the block ends."""
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(LEFT, 15, LEFT)
    pdf.set_creator("paperparse tests")
    if first_page:
        pdf.add_page()
    yield pdf
    pdf.output(str(path))


def _wrap(pdf: FPDF, tokens: list[str], width: float) -> list[str]:
    """Greedy line filling. A token may hold spaces (kept on one line); a token ending in "\\n" ends its line."""
    lines: list[str] = []
    cur: list[str] = []
    for raw in tokens:
        force = raw.endswith("\n")
        tok = raw.rstrip("\n")
        if cur and pdf.get_string_width(" ".join([*cur, tok])) > width:
            lines.append(" ".join(cur))
            cur = []
        cur.append(tok)
        if force:
            lines.append(" ".join(cur))
            cur = []
    if cur:
        lines.append(" ".join(cur))
    return lines


def _paragraph(
    pdf: FPDF,
    x: float,
    y: float,
    width: float,
    tokens: list[str],
    size: float = BODY_SIZE,
    family: str = "Times",
    style: str = "",
    leading: float = LEADING,
    hang: float = 0.0,
) -> float:
    """Draw a ragged-right paragraph whose first baseline is at ``y``; return the next free baseline."""
    pdf.set_font(family, style, size)
    lines = _wrap(pdf, tokens, width)
    if hang:  # hanging indent: continuation lines are narrower and start further right
        first = _wrap(pdf, tokens, width)[0]
        rest_tokens = " ".join(tokens)[len(first) :].split()
        lines = [first, *_wrap(pdf, rest_tokens, width - hang)] if rest_tokens else [first]
    for i, line in enumerate(lines):
        pdf.text(x + (hang if i else 0.0), y, line)
        y += leading
    return y


def _heading(pdf: FPDF, x: float, y: float, text: str, size: float = 12) -> float:
    pdf.set_font("Helvetica", "B", size)
    pdf.text(x, y, text)
    return y + size * 0.3528 + 3.0


def _centred(pdf: FPDF, y: float, text: str, family: str, style: str, size: float) -> None:
    pdf.set_font(family, style, size)
    pdf.text((PAGE_W - pdf.get_string_width(text)) / 2, y, text)


def _running(pdf: FPDF, page_no: int) -> None:
    _centred(pdf, 12, RUNNING_HEAD, "Helvetica", "I", 8)
    _centred(pdf, 287, str(page_no), "Helvetica", "", 9)


def _author_line(pdf: FPDF, y: float) -> None:
    """ "Alice Smith¹, Bob Lee²" with the markers set smaller and raised (a real superscript)."""
    parts = [("Alice Smith", False), ("1", True), (", Bob Lee", False), ("2", True)]
    width = 0.0
    for text, sup in parts:
        pdf.set_font("Times", "", 7 if sup else 11)
        width += pdf.get_string_width(text)
    x = (PAGE_W - width) / 2
    for text, sup in parts:
        pdf.set_font("Times", "", 7 if sup else 11)
        pdf.text(x, y - 1.6 if sup else y, text)
        x += pdf.get_string_width(text)


def two_column_paper(path: str | Path, prose: bool = False) -> Path:
    """A realistic 2-page two-column paper (see the module docstring for its word scheme); `prose=True`
    fills it with plain English words instead, for models that read the shape of text as well as its place."""
    fill = prose_words if prose else words
    with _document(path) as pdf:
        # ---- page 1: front matter, full width
        _running(pdf, 1)
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        _author_line(pdf, 43)
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, 51, "1 Department of Computer Science, University of Oxford, Oxford, United Kingdom")
        pdf.text(LEFT, 55, "2 School of Informatics, University of Edinburgh, Edinburgh, United Kingdom")
        _centred(pdf, 63, "{alice,bob}@example.org", "Courier", "", 9)
        y = _heading(pdf, LEFT, 74, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *fill("gamma", 1, 70), "gamma70."])
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y + 3, "Keywords: " + "; ".join(KEYWORDS))
        top = y + 14

        # ---- page 1, column 1: "1 Introduction", "2 Method"
        y = _heading(pdf, LEFT, top, "1 Introduction")
        intro = [*fill("alpha", 1, 12), "alpha12 [1]", *fill("alpha", 13, 30), "infor-\n", "mation"]
        intro += [*fill("alpha", 30, 60), "alpha60."]
        y = _paragraph(pdf, LEFT, y, COL_W, intro) + PARA_GAP
        y = _paragraph(pdf, LEFT, y, COL_W, [*fill("alpha", 61, 110), "alpha110."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 2, "2 Method")
        y = _paragraph(pdf, LEFT, y, COL_W, [*fill("alpha", 111, 170), "alpha170."])

        # ---- page 1, column 2: "2.1 Data", a figure and its caption
        y = _heading(pdf, COL2, top, "2.1 Data")
        data = [*fill("beta", 1, 20), "beta20 [2, 3]", *fill("beta", 21, 60), "beta60."]
        y = _paragraph(pdf, COL2, y, COL_W, data) + PARA_GAP
        pdf.rect(COL2 + 5, y, COL_W - 10, 30)
        y = _paragraph(pdf, COL2, y + 36, COL_W, FIGURE_CAPTION.split(), size=9, leading=4.0) + PARA_GAP
        y = _paragraph(pdf, COL2, y, COL_W, [*fill("beta", 61, 110), "beta110."])

        # ---- page 2: column 1 text, column 2 text then the references
        pdf.add_page()
        _running(pdf, 2)
        top = 30
        y = _paragraph(pdf, LEFT, top, COL_W, [*fill("delta", 1, 80), "delta80."]) + PARA_GAP
        y = _paragraph(pdf, LEFT, y, COL_W, [*fill("delta", 81, 160), "delta160."])
        y = _paragraph(pdf, COL2, top, COL_W, [*fill("epsilon", 1, 60), "epsilon60."]) + PARA_GAP
        y = _heading(pdf, COL2, y + 4, "References")
        for ref in REFERENCES:
            y = _paragraph(pdf, COL2, y, COL_W, ref.split(), size=9, leading=4.0, hang=5.0) + 1.0
    return Path(path)


COMMENTARY_STANDFIRST = "Careful replication of a computational prediction shows how hard it is to reproduce effects in cancer biology."


def commentary_page(path: str | Path) -> Path:
    """A one-page commentary (eLife Insight, News & Views): title, a standfirst in larger type, a byline in
    capitals, two columns of text, and the author's affiliation stated in a closing sentence."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(LEFT, 30, "Mixed outcomes for predictions")
        y = _paragraph(
            pdf, LEFT, 42, FULL_W - 30, COMMENTARY_STANDFIRST.split(), size=13, family="Helvetica", leading=6
        )
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(LEFT, y + 4, "ANNA MARIA LEE")
        top = y + 16
        _paragraph(pdf, LEFT, top, COL_W, [*words("alpha", 1, 140), "alpha140."])
        y = _paragraph(pdf, COL2, top, COL_W, [*words("beta", 1, 90), "beta90."]) + PARA_GAP
        bio = "Anna Maria Lee is in the Department of Physics, University of Oxford, Oxford, United Kingdom"
        y = _paragraph(pdf, COL2, y, COL_W, bio.split())
        _paragraph(pdf, COL2, y, COL_W, ["anna.lee@example.org"])
    return Path(path)


def boxed_insert_paper(path: str | Path) -> Path:
    """A paragraph cut at a page foot mid-citation ("(Smith et al.,"); the next page opens with a boxed
    insert (a larger bold run-in title, eLife's digest), closed by the box's own DOI line, and only then
    does the paragraph go on ("2010) and …")."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 60), "(Smith", "et", "al.,"])
        pdf.add_page()
        pdf.set_font("Times", "B", 14)
        pdf.text(LEFT, 30, "Digest")
        run_in = pdf.get_string_width("Digest ")
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT + run_in, 30, "Cells repair broken DNA in several ways and this study shows how.")
        y = _paragraph(pdf, LEFT, 30 + LEADING, FULL_W, [*words("beta", 1, 40), "beta40."])
        pdf.set_font("Times", "", BODY_SIZE - 1)
        pdf.text(LEFT, y + 2, "DOI: 10.7554/eLife.01222.002")
        _paragraph(pdf, LEFT, y + 14, FULL_W, ["2010)", "and", *words("gamma", 1, 30), "gamma30."])
    return Path(path)


def _raised(pdf: FPDF, x: float, y: float, parts: list[tuple[str, bool]], size: float) -> None:
    """Text runs from x on baseline y, the flagged ones as superscripts (smaller, raised)."""
    for text, sup in parts:
        pdf.set_font("Times", "", size * 0.65 if sup else size)
        pdf.text(x, y - 1.6 if sup else y, text)
        x += pdf.get_string_width(text)


def biomed_central_paper(path: str | Path) -> Path:
    """A BioMed Central-style article: a title with a footnote star, the corresponding author's affiliation
    and a licence at the foot of page 1, the full "Author details" list and a "Cite this article as" DOI
    at the end."""
    with _document(path) as pdf:
        _raised(pdf, LEFT, 30, [("Thrombosis prophylaxis in trauma patients", False), ("*", True)], 18)
        _raised(pdf, LEFT, 40, [("Ann Lee", False), ("1", True), (", Bob Kim", False), ("2", True)], 11)
        y = _heading(pdf, LEFT, 50, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "review", *words("gamma", 1, 60), "gamma60."])
        y = _heading(pdf, LEFT, y + 6, "Background")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 200), "alpha200."])
        pdf.set_font("Times", "", 7)
        pdf.text(LEFT, 262, "* Correspondence: ann.lee@example.org")
        _raised(
            pdf,
            LEFT,
            266,
            [("1", True), ("Department of Surgery, University of Calgary, Calgary, Canada", False)],
            7,
        )
        pdf.set_font("Times", "", 7)
        pdf.text(
            LEFT,
            274,
            "(c) 2010 Lee et al; licensee BioMed Central Ltd. This is an Open Access article.".replace(
                "(c)", "\u00a9"
            ),
        )
        pdf.add_page()
        y = _paragraph(pdf, LEFT, 30, FULL_W, [*words("delta", 1, 120), "delta120."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 4, "Author details", 8)
        pdf.set_font("Times", "", 7)
        _raised(
            pdf,
            LEFT,
            y,
            [
                ("1", True),
                ("Department of Surgery, University of Calgary, Calgary, Canada. ", False),
                ("2", True),
                ("Department of Surgery, University of British Columbia, Vancouver, Canada.", False),
            ],
            7,
        )
        y = _heading(pdf, LEFT, y + 8, "Competing interests", 8)
        y = _paragraph(
            pdf, LEFT, y, FULL_W, "The authors declare that they have no competing interests.".split(), size=7
        )
        y = _heading(pdf, LEFT, y + 6, "References")
        y = _paragraph(pdf, LEFT, y, FULL_W, REFERENCES[1].split(), size=9, leading=4.0) + 8
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, y, "doi:10.1186/1752-2897-4-1")
        pdf.text(
            LEFT,
            y + 4,
            "Cite this article as: Lee and Kim: Thrombosis prophylaxis in trauma patients. J Trauma 2010 4:1.",
        )
    return Path(path)


COLLABORATION_AUTHORS = 220
COLLABORATION_ABSTRACT = "We measure " + " ".join(words("kappa", 1, 80)) + " kappa80."


def collaboration_paper(path: str | Path) -> Path:
    """A physics collaboration paper: 220 authors with numeric+letter markers, 60 affiliations running onto
    page 2, then an abstract without a heading, closed by a keywords line."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(LEFT, 25, "Study of the decays of charmed mesons")
        runs: list[tuple[str, bool]] = []
        for i in range(COLLABORATION_AUTHORS):
            runs += [(("" if i == 0 else ", ") + f"A. Name{chr(97 + i % 26)}{chr(97 + i // 26)}", False)]
            runs += [(f"{i % 60 + 1}" + ("A,60B" if i % 7 == 0 else ""), True)]
        y, x = 35.0, LEFT
        for text, sup in runs:
            pdf.set_font("Times", "", 6 if sup else 9)
            if not sup and x + pdf.get_string_width(text) > LEFT + FULL_W:
                y, x = y + 4.2, LEFT
            pdf.text(x, y - 1.3 if sup else y, text)
            x += pdf.get_string_width(text)
        y += 10
        for k in range(1, 61):
            if y > 270:
                pdf.add_page()
                y = 25.0
            place = "Ber" + "aeiouyrstl"[k % 10] + "nmkgvbdfph"[k // 10] + "ton"  # no two lines alike
            _raised(
                pdf,
                LEFT,
                y,
                [(str(k), True), (f"Institute of Physics, University of {place}, Land", False)],
                8,
            )
            y += 4.0
        y = _paragraph(pdf, LEFT, y + 8, FULL_W, COLLABORATION_ABSTRACT.split(), size=9, leading=4.2)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, y + 4, "Keywords: charm decays, form factors")
        y = _heading(pdf, LEFT, y + 16, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 150), "alpha150."])
    return Path(path)


SUPERSCRIPT_REFERENCES = [
    "1. Smith, A. Cell division in yeast. J. Cell Sci. 12, 1-10 (2001).",
    "2. Lee, B. Growth of cells. Nature 400, 20-30 (2002).",
    "3. Wu, C. More on growth. Science 300, 40-50 (2003).",
    "4. Kim, D. Notes on notes. Cell 100, 1-5 (2004).",
]


def superscript_citation_paper(path: str | Path) -> Path:
    """Numeric citations set as superscripts after words ("divide¹", "grow²⁻³"), a numbered list without
    brackets, and raised numbers that cite nothing: an exponent (x²) and a footnote marker."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Superscript Citations in Practice", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 45, "1 Introduction")
        _raised(
            pdf,
            LEFT,
            y,
            [
                ("Cells divide", False),
                ("1", True),
                (" and then grow", False),
                ("2-3", True),
                (" quickly, as x", False),
                ("2", True),
                (" grows; see the note", False),
                ("4", True),
                (".", False),
            ],
            10,
        )
        _paragraph(pdf, LEFT, y + 5, FULL_W, [*words("alpha", 1, 60), "alpha60."])
        _raised(pdf, LEFT, 270, [("4", True), (" A footnote that explains the note.", False)], 8)
        pdf.add_page()
        y = _heading(pdf, LEFT, 30, "References")
        for ref in SUPERSCRIPT_REFERENCES:
            y = _paragraph(pdf, LEFT, y, FULL_W, ref.split(), size=9, leading=4.0) + 1.0
    return Path(path)


def table_under_caption_page(path: str | Path) -> Path:
    """A table caption set in body type with the table's header row right below it: the row's first cell
    ("Model") lines up under the caption, the others stand apart to its right; the rows are plain lines."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "4 Results")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        caption = "Table 2: Performance comparison on the test set, evaluated with full-length F1 scores."
        y = _paragraph(pdf, LEFT, y, COL_W, caption.split())
        for x, cell in ((LEFT, "Model"), (LEFT + 40, "R-1"), (LEFT + 55, "R-2")):
            pdf.text(x, y, cell)
        for row in range(3):
            y += LEADING
            pdf.text(LEFT, y, f"Baseline system number {row} scores 39.2 and 15.7 here")
        _paragraph(pdf, LEFT, y + 8, COL_W, [*words("beta", 1, 40), "beta40."])
    return Path(path)


def protocol_page(path: str | Path) -> Path:
    """A methods section whose numbered protocol steps stand on their own lines, like numbered headings."""
    with _document(path) as pdf:
        _centred(pdf, 20, "Protocols for Cell Culture", "Helvetica", "B", 16)
        y = _heading(pdf, LEFT, 35, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("delta", 1, 30), "delta30."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 4, "2 Methods")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 30), "alpha30."]) + PARA_GAP
        for step in (
            "7. Perform the quantitative PCR reaction using the QuantiTect Sybr Green PCR kit:",
            "8. Spin down cells. Remove the medium and wash twice",
        ):
            pdf.set_font("Times", "", BODY_SIZE)
            pdf.text(LEFT, y, step)
            y = (
                _paragraph(pdf, LEFT + 5, y + LEADING + 2, FULL_W - 5, [*words("beta", 1, 25), "beta25."])
                + PARA_GAP
            )
        y = _heading(pdf, LEFT, y + 4, "3 Results")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("gamma", 1, 30), "gamma30."])
    return Path(path)


def lines_page(path: str | Path, lines: list[str]) -> Path:
    """One page of text set line by line as given (a line ending in "-" is a break), 11 pt Times."""
    with _document(path) as pdf:
        pdf.set_font("Times", "", 11)
        for k, line in enumerate(lines):
            pdf.text(LEFT, 30 + 5.0 * k, line)
    return Path(path)


def one_column_page(path: str | Path, text: str) -> Path:
    """One page of ``text`` set full width in 11 pt Times."""
    with _document(path) as pdf:
        _paragraph(pdf, LEFT, 30, FULL_W, text.split(), size=11, leading=5.0)
    return Path(path)


def three_column_page(path: str | Path) -> Path:
    """One page, three columns of 52 mm with 7 mm gutters: words ``leftN``, ``midN``, ``rightN``."""
    with _document(path) as pdf:
        width, gap = 52.0, 7.0
        for i, prefix in enumerate(("left", "mid", "right")):
            x = LEFT + i * (width + gap)
            _paragraph(pdf, x, 30, width, [*words(prefix, 1, 120), f"{prefix}120."], size=9, leading=4.2)
    return Path(path)


def empty_pdf(path: str | Path) -> Path:
    """A valid PDF with one page and no text at all (a rectangle only)."""
    with _document(path) as pdf:
        pdf.rect(30, 30, 100, 50)
    return Path(path)


def zero_page_pdf(path: str | Path) -> Path:
    """A well-formed PDF whose page tree is empty (fpdf2 cannot write one, so it is written by hand)."""
    return _write_objects(
        path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )


def _write_objects(path: str | Path, objects: list[bytes]) -> Path:
    """A PDF written by hand from its numbered objects (1 is the catalog), with a cross-reference table."""
    path = Path(path)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def corrupt_pdf(path: str | Path) -> Path:
    """The first 300 bytes of a real PDF: a header and nothing readable after it."""
    path = Path(path)
    good = one_column_page(path.with_name(path.stem + "-whole.pdf"), "Some text that will be cut off.")
    path.write_bytes(good.read_bytes()[:300])
    return path


def encrypted_pdf(path: str | Path, user_password: str = "secret") -> Path:
    """A text PDF encrypted with an owner password and ``user_password`` (empty: opens without one)."""
    with _document(path, first_page=False) as pdf:
        pdf.set_encryption(owner_password="owner-pw", user_password=user_password)
        pdf.add_page()
        _centred(pdf, 25, "Confidential Findings", "Helvetica", "B", 16)
        _paragraph(pdf, LEFT, 40, FULL_W, "Confidential words behind a password.".split(), size=11)
    return Path(path)


def unknown_filter_pdf(path: str | Path) -> Path:
    """A PDF whose cross-reference stream is packed with a filter PDFium lacks (/BrotliDecode): PDFium
    fails to load it without setting an error code of its own."""
    head = b"%PDF-2.0\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n"
    xref = b"3 0 obj <</Type/XRef/Size 4/W[1 2 1]/Root 1 0 R/Filter/BrotliDecode/Length 5>> stream\nxxxxx\nendstream endobj\n"
    Path(path).write_bytes(head + xref + b"startxref\n" + str(len(head)).encode() + b"\n%%EOF\n")
    return Path(path)


def late_accent_page(path: Path) -> Path:
    """ "Departement d'Etudes" with the acute accent of its first "e" drawn after the line, above that "e",
    the way some typesetters emit accents; also a backtick quote that belongs to no letter."""
    with _document(path) as pdf:
        pdf.set_font("Times", size=BODY_SIZE)
        x, y = LEFT, 40.0
        pdf.text(x, y, "Departement d'Etudes, `quoted' words")
        e_left = x + pdf.get_string_width("D")
        accent_x = e_left + (pdf.get_string_width("e") - pdf.get_string_width("\u00b4")) / 2
        pdf.text(accent_x, y - 0.4, "\u00b4")
    return Path(path)


def letter_spaced_page(path: Path) -> Path:
    """A heading set with letter-spacing: "expanded" by 1.5 pt at 12 pt (character spacing, Tc), as
    1980s word processors did."""
    with _document(path) as pdf:
        pdf.set_font("Times", size=12)
        pdf.set_char_spacing(1.5)
        pdf.text(LEFT, 40, "Introduction and Key Results")
    return Path(path)


def carriage_return_labels_page(path: Path) -> Path:
    """Figure labels each ending in a carriage return that the PDF draws as nothing, as in figures that
    word processors exported."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", size=BODY_SIZE)
        for n, label in enumerate(("suggests", "that")):
            pdf.text(LEFT, 40 + 6 * n, label + "\r")
    return Path(path)


CONTINUED_CAPTIONS = [
    (
        "Cells under the microscope. (A) The left panel shows the dividing cells at a high magnification.",
        "(B) The right panel shows the same cells one hour later, when most of them have divided once and a few "
        "of them twice, in the medium that the left panel shows them in.",
    ),
    ("Cells in culture. (A)", "Colonies after two days."),
]
SUPPLEMENT_LIST = (
    "The following figure supplement is available for figure 2: Figure supplement 1. Supplement."
)
SUPPLEMENT_CAPTION = "Figure 2—figure supplement 1. The colonies of the second figure counted by hand."
VIDEO_CAPTION = "Figure 2—video 1. A movie of the dividing cells."
BOX_CAPTION = "Box 1—figure 1. A figure numbered within its box."
IN_TEXT_REFERENCE = "Figure 2—figure supplement 1"


def continued_captions_paper(path: str | Path) -> Path:
    """Three one-column pages in the eLife manner: two captions in 9 pt that a page break cuts, each with
    "Figure N continued on next page" at the page foot and "Figure N continued" overleaf (the repeats make
    them running heads); the list of supplements after a caption; a figure supplement's caption, a video's
    caption, a box's figure, and a paragraph whose first line opens with a bold in-text reference to the supplement."""
    with _document(path, first_page=False) as pdf:
        pdf.core_fonts_encoding = "cp1252"  # the em dash of eLife's labels
        body = [*words("omega", 1, 160), "omega160."]

        def caption_foot(label: str, text: str) -> None:
            # the caption ends right above the italic note, at its own line spacing, as eLife sets them
            pdf.set_font("Times", "", 9)
            top = 264 - 4.0 * len(_wrap(pdf, f"{label}. {text}".split(), FULL_W))
            _paragraph(pdf, LEFT, top, FULL_W, f"{label}. {text}".split(), size=9, leading=4.0)
            _paragraph(pdf, LEFT, 264, FULL_W, f"{label} continued on next page".split(), size=9, style="I")

        def caption_head(label: str, rest: str) -> float:
            _paragraph(pdf, LEFT, 30, FULL_W, f"{label} continued".split(), size=9, style="B")
            # the rest right under the note, at the caption's own line spacing
            return _paragraph(pdf, LEFT, 34, FULL_W, rest.split(), size=9, leading=4.0) + PARA_GAP + 2

        pdf.add_page()
        y = _heading(pdf, LEFT, 45, "1 Results")
        _paragraph(pdf, LEFT, y, FULL_W, body)
        caption_foot("Figure 1", CONTINUED_CAPTIONS[0][0])
        pdf.add_page()
        y = caption_head("Figure 1", CONTINUED_CAPTIONS[0][1])
        _paragraph(pdf, LEFT, y, FULL_W, body)
        caption_foot("Figure 2", CONTINUED_CAPTIONS[1][0])
        pdf.add_page()
        y = caption_head("Figure 2", CONTINUED_CAPTIONS[1][1])
        y = _paragraph(
            pdf, LEFT, y - PARA_GAP - 2 + 0.5, FULL_W, SUPPLEMENT_LIST.split(), size=9, leading=4.0
        )
        y = _paragraph(pdf, LEFT, y + PARA_GAP + 2, FULL_W, body[:60], leading=LEADING) + PARA_GAP + 2
        for text in (SUPPLEMENT_CAPTION, VIDEO_CAPTION, BOX_CAPTION):
            y = _paragraph(pdf, LEFT, y, FULL_W, text.split(), size=9, leading=4.0) + PARA_GAP + 2
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(LEFT, y, IN_TEXT_REFERENCE)
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(
            LEFT + pdf.get_string_width(IN_TEXT_REFERENCE + " "), y, "), seen from above, shows the cells."
        )
        _paragraph(pdf, LEFT, y + LEADING, FULL_W, body[:40])
    return Path(path)


TABLE_CAPTION = "Table 1. Primers used to amplify the probes of the Southern blot of the gel electrophoresis"
TABLE_CAPTION_END = "(see Figure 2)"


def table_caption_page(path: str | Path) -> Path:
    """Two columns of text, then a table across both: a full-width caption line whose last words, set bold
    italic, stand on a short line of their own in the first column, then rows of three cells."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 90), "alpha90."])
        _paragraph(pdf, COL2, 30, COL_W, [*words("beta", 1, 100), "beta100."])
        y = 150.0
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, TABLE_CAPTION)
        pdf.set_font("Times", "BI", BODY_SIZE)
        pdf.text(LEFT, y + LEADING, TABLE_CAPTION_END)
        y += LEADING + 6
        for row in (
            ("Primer", "Sequence", "Position"),
            ("P1", "ACGTTGCA", "1200"),
            ("P2", "TTGACCGA", "3400"),
        ):
            for column, cell in enumerate(row):
                pdf.text(LEFT + 45 * column, y, cell)
            pdf.set_font("Times", "", BODY_SIZE)
            y += LEADING + 1
        _paragraph(pdf, LEFT, y + 6, COL_W, [*words("gamma", 1, 60), "gamma60."])
        _paragraph(pdf, COL2, y + 6, COL_W, [*words("delta", 1, 60), "delta60."])
    return Path(path)


ORCID = "http://orcid.org/0000-0002-0429-1728"


def urls_paper(path: str | Path) -> Path:
    """URLs as papers print them: broken after "/" at a line end; closed by punctuation; cut short in a
    narrow table cell whose link annotation holds the whole target; an ORCID iD with its link; and in the
    bibliography one ending a line that the next entry follows, under a link to exactly that URL."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        lines = [
            "The data are at https://data.example.org/sets/",
            "current/table.csv for all to use (see",
            "https://tools.example.org/viewer). More alpha1 alpha2 alpha3 alpha4 alpha5 alpha6 alpha7.",
        ]
        y = _paragraph(pdf, LEFT, y, FULL_W, [line + "\n" for line in lines]) + PARA_GAP
        pdf.set_font("Times", "", 8)
        cells = [("Dataset", "TIMIT corpus"), ("URL", "https://catalog.example."), ("", "edu/LDC93S1")]
        for row, (head, cell) in enumerate(cells):
            pdf.text(LEFT, y + 4 * row, head)
            pdf.text(LEFT + 60, y + 4 * row + (6 if row == 2 else 0), cell)
        pdf.link(
            LEFT + 60,
            y + 4 - 3,
            pdf.get_string_width(cells[1][1]),
            3.5,
            "https://catalog.example.edu/LDC93S1",
        )
        y += 20
        y = _heading(pdf, LEFT, y, "Author ORCIDs", 10)
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, "Ann Lee, " + ORCID)
        pdf.link(LEFT + pdf.get_string_width("Ann Lee, "), y - 3.5, pdf.get_string_width(ORCID), 4.5, ORCID)
        y = _heading(pdf, LEFT, y + 10, "References")
        entry = "Schneider CA. 2012. ImageJ. National Institutes of Health. http://imagej.example.gov/ij/"
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, y, entry)
        pdf.link(
            LEFT + pdf.get_string_width(entry[: entry.index("http")]),
            y - 3,
            40,
            4,
            "http://imagej.example.gov/ij/",
        )
        pdf.text(
            LEFT, y + 4, "Roy S, Wapinski O. 2010. Gene regulation in the third dimension. Science 328:1-3."
        )
    return Path(path)


MM = 72 / 25.4
"""Points per millimetre: the PDF's unit over the generator's."""
FIGURE_BOX = (LEFT + 5, 78.0, LEFT + COL_W - 5, 118.0)
"""Millimetre box (x0, y0, x1, y1) of the filled rectangle that is figure 1."""
IMAGE_BOX = (COL2 + 10, 78.0, COL2 + COL_W - 10, 112.0)
"""Millimetre box of the image that is figure 2."""
TABLE_TOP, TABLE_BOTTOM = 166.0, 190.0
"""Millimetre heights of the table's top and bottom rules (it spans the page's text width)."""


def figures_and_table_page(path: str | Path) -> Path:
    """One page: two columns of text, then a filled rectangle (figure 1, left) and an image (figure 2,
    right) over their captions, a table across the page (caption, rules, three rows of cells) and running
    text below it, and a caption with nothing drawn above it (figure 3)."""
    from PIL import Image

    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 50), "alpha50."])
        _paragraph(pdf, COL2, 30, COL_W, [*words("beta", 1, 55), "beta55."])
        x0, y0, x1, y1 = FIGURE_BOX
        pdf.set_fill_color(90, 120, 200)
        pdf.rect(x0, y0, x1 - x0, y1 - y0, style="F")
        _paragraph(pdf, LEFT, y1 + 6, COL_W, "Figure 1. A filled shape.".split(), size=9, leading=4.0)
        x0, y0, x1, y1 = IMAGE_BOX
        pdf.image(Image.new("RGB", (40, 30), (200, 60, 60)), x=x0, y=y0, w=x1 - x0, h=y1 - y0)
        _paragraph(pdf, COL2, y1 + 6, COL_W, "Figure 2. A picture.".split(), size=9, leading=4.0)
        _paragraph(pdf, LEFT, 135, COL_W, [*words("gamma", 1, 15), "gamma15."])
        _paragraph(pdf, COL2, 135, COL_W, [*words("delta", 1, 15), "delta15."])
        _paragraph(pdf, LEFT, 160, FULL_W, "Table 1. Counts of things.".split(), size=9)
        pdf.set_line_width(0.3)
        for rule in (TABLE_TOP, TABLE_TOP + 7, TABLE_BOTTOM):
            pdf.line(LEFT, rule, LEFT + FULL_W, rule)
        pdf.set_font("Times", "", 9)
        for row, cells in enumerate(
            (("Thing", "Count", "Share"), ("Apples", "12", "0.4"), ("Pears", "18", "0.6"))
        ):
            for column, cell in enumerate(cells):
                pdf.text(LEFT + 2 + 60 * column, TABLE_TOP + 5 + 7 * row, cell)
        y = _paragraph(pdf, LEFT, TABLE_BOTTOM + 10, FULL_W, [*words("epsilon", 1, 40), "epsilon40."])
        y = _paragraph(pdf, LEFT, y + 4, FULL_W, "Figure 3. Drawn nowhere.".split(), size=9, leading=4.0)
        _paragraph(pdf, LEFT, y + 4, FULL_W, [*words("zeta", 1, 40), "zeta40."])
    return Path(path)


EQUATIONS = [("y = a x + b", "(1)"), ("z = x + y", None), ("p = w k + c", "(2)")]


def equations_page(path: str | Path) -> Path:
    """Two sections with display equations between their paragraphs: a numbered one between two
    paragraphs and an unnumbered one closing section 1, a numbered one opening section 2."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        prose = (
            "The model relates the two quantities through a simple linear law that we fit to the data below."
        )
        y = _paragraph(pdf, LEFT, y, FULL_W, prose.split(), size=11) + 6
        pdf.text(80, y, " ".join(filter(None, EQUATIONS[0])))
        rest = "Here a and b are the parameters estimated from every sample in the training set we hold."
        y = _paragraph(pdf, LEFT, y + 12, FULL_W, rest.split(), size=11) + 6
        pdf.text(90, y, EQUATIONS[1][0])
        y = _heading(pdf, LEFT, y + 14, "2 Method")
        pdf.set_font("Times", "", 11)
        pdf.text(80, y + 4, " ".join(filter(None, EQUATIONS[2])))
        closing = (
            "The kernel k weighs every centre c by its distance to the point x that is being scored here."
        )
        _paragraph(pdf, LEFT, y + 16, FULL_W, closing.split(), size=11)
    return Path(path)


LONG_PAPER_PAGES = 8
LONG_PAPER_HEADINGS = ["Method", "Data", "Results", "Analysis", "Discussion", "Conclusion"]


def long_paper(path: str | Path, pages: int = LONG_PAPER_PAGES) -> Path:
    """A one-column paper of ``pages`` pages: front matter and an introduction citing [1] and [2, 3] on
    page 1, a numbered section of ``thetaN`` words on each middle page, the references alone on the last
    page (so a citation's reference is pages away from it). At most 8 pages (one heading each)."""
    with _document(path) as pdf:
        _running(pdf, 1)
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        _author_line(pdf, 43)
        y = _heading(pdf, LEFT, 60, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *words("gamma", 1, 50), "gamma50."])
        y = _heading(pdf, LEFT, y + 8, "1 Introduction")
        intro = [*words("alpha", 1, 20), "alpha20 [1]", *words("alpha", 21, 50), "alpha50 [2, 3]"]
        _paragraph(pdf, LEFT, y, FULL_W, [*intro, *words("alpha", 51, 90), "alpha90."])
        for page_no in range(2, pages):
            pdf.add_page()
            _running(pdf, page_no)
            y = _paragraph(pdf, LEFT, 30, FULL_W, [*words("iota", 1, 40), "iota40."]) + PARA_GAP
            y = _heading(pdf, LEFT, y + 2, f"{page_no} {LONG_PAPER_HEADINGS[page_no - 2]}")
            for start in range(1, 121, 40):
                y = _paragraph(
                    pdf, LEFT, y, FULL_W, [*words("theta", start, start + 39), f"theta{start + 39}."]
                )
                y += PARA_GAP
        pdf.add_page()
        _running(pdf, pages)
        y = _heading(pdf, LEFT, 30, "References")
        for ref in REFERENCES:
            y = _paragraph(pdf, LEFT, y, FULL_W, ref.split(), size=9, leading=4.0, hang=5.0) + 1.0
    return Path(path)


def rotated(source: str | Path, path: str | Path, degrees: int = 90, page_index: int = 0) -> Path:
    """A copy of ``source`` with ``/Rotate degrees`` on one page: the page displays turned, its text and
    drawing stay in the unrotated page's space."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(Path(source).read_bytes())
    try:
        pdf[page_index].set_rotation(degrees)
        pdf.save(str(path))
    finally:
        pdf.close()
    return Path(path)


def scanned_page(path: str | Path) -> Path:
    """One page that is only an image of text-like stripes: a scan without a text layer."""
    from PIL import Image, ImageDraw

    scan = Image.new("L", (420, 594), 250)
    draw = ImageDraw.Draw(scan)
    for row in range(60, 540, 14):
        draw.rectangle((40, row, 380, row + 6), fill=40)
    with _document(path) as pdf:
        pdf.image(scan, x=0, y=0, w=PAGE_W, h=PAGE_H)
    return Path(path)


TYPE3_TALL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhklt0123456789")
TYPE3_DEEP = frozenset("gjpqy")
TYPE3_ACCENTS = frozenset("\x12\x13\x14\x15\x16\x17\x18\x7f^~`")
TYPE3_EM = 10.0
"""Points per em of the Type 3 font below: its glyphs are drawn 10 pt tall while its stated size is 1."""


def _type3_glyph(ch: str) -> bytes:
    """A glyph procedure drawing a box shaped like the character: 500 units (1000 to the em) wide with 40
    units of side bearing; ascender, x-height or descender deep by the letter; an accent sits above (OT1's
    ASCII-coded circumflex and tilde too); "j" hooks 100 units left of its origin."""
    left = -100 if ch == "j" else 40
    if ch in TYPE3_ACCENTS:
        low, high = 500, 690
    elif ch in TYPE3_TALL:
        low, high = 0, 690
    elif ch in TYPE3_DEEP:
        low, high = -220, 440
    else:
        low, high = 0, 440
    return b"500 0 %d %d 460 %d d1 %d %d %d %d re f" % (left, low, high, left, low, 460 - left, high - low)


def type3_page(path: str | Path, lines: list[list[str | int]], font_name: str = "") -> Path:
    """One page set in a bitmap-like Type 3 font the way dvips wrote them (1990s TeX): stated size 1,
    glyphs scaled by the font matrix, no Unicode map (so codes below 32, TeX's ligatures and accents,
    arrive raw), every glyph placed by a TJ kern. Each line is a TJ array: strings of one-byte codes and
    kerns in thousandths of a point (negative moves right); lines go down the page 20 pt apart. dvips
    named no font; `font_name` names it (as later converters did: "CMEX10")."""
    codes = sorted({ord(c) for line in lines for item in line if isinstance(item, str) for c in item})
    first, last = codes[0], codes[-1]
    procs = {c: _type3_glyph(chr(c)) for c in codes}
    content = bytearray(b"BT /F1 1 Tf\n")
    for n, line in enumerate(lines):
        content += b"1 0 0 1 72 %d Tm [" % (720 - 20 * n)
        for item in line:
            if isinstance(item, str):
                content += b"<" + item.encode("latin-1").hex().encode() + b"> "
            else:
                content += b"%d " % item
        content += b"] TJ\n"
    content += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -220 500 690] /FontMatrix [%.3f 0 0 %.3f 0 0] "
        % (TYPE3_EM / 1000, TYPE3_EM / 1000)
        + (b"/BaseFont /%s " % font_name.encode() if font_name else b"")
        + b"/CharProcs 6 0 R /Encoding << /Type /Encoding /Differences [%d %s] >> "
        % (first, b" ".join(b"/g%d" % c if c in procs else b"/.notdef" for c in range(first, last + 1)))
        + b"/FirstChar %d /LastChar %d /Widths [%s] >>"
        % (first, last, b" ".join(b"500" for _ in range(first, last + 1))),
        b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream",
        b"<< " + b" ".join(b"/g%d %d 0 R" % (c, 7 + k) for k, c in enumerate(codes)) + b" >>",
    ]
    objects += [b"<< /Length %d >>\nstream\n" % len(procs[c]) + procs[c] + b"\nendstream" for c in codes]
    return _write_objects(path, objects)


SPLIT_MARKER_LINES = ("continued here [1,", "2] and")
"""Column 2 of the coordinates paper opens with these lines: a citation marker cut by a line break."""
COORDS_FOOTNOTE = "* The data come from the archive of the second author."
COORDS_EQUATION = "y = a x + b (1)"
COORDS_CAPTION = ("Figure 1: Boxes drawn as in [3] on this page.", 196.0)
"""A figure caption that cites, in 9 pt Times at the left of column 1, on this baseline (mm)."""


def text_width(text: str, family: str = "Times", size: float = BODY_SIZE) -> float:
    """The width of `text` in millimetres as fpdf sets it: what a test expects a box to span."""
    pdf = FPDF(unit="mm")
    pdf.set_font(family, "", size)
    return pdf.get_string_width(text)


def coordinates_paper(path: str | Path) -> Path:
    """One two-column page whose parts have known places: a paragraph that starts in column 1 and goes on,
    mid-sentence, at the top of column 2 (whose first line ends in "[1," and whose second opens with "2]"),
    a figure whose caption cites and a footnote under column 1, a numbered display equation and a numbered
    bibliography."""
    with _document(path) as pdf:
        _centred(pdf, 25, "Where Things Are on the Page", "Helvetica", "B", 16)
        top = 40
        y = _heading(pdf, LEFT, top, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 160), "alpha160", "and"])
        caption, baseline = COORDS_CAPTION
        pdf.rect(LEFT + 5, baseline - 36, COL_W - 10, 30)
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, baseline, caption)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 270, COORDS_FOOTNOTE)
        first, second = SPLIT_MARKER_LINES
        y = _paragraph(
            pdf, COL2, top, COL_W, [*first.split()[:-1], first.split()[-1] + "\n", *second.split()]
        )
        y = _paragraph(pdf, COL2, y, COL_W, [*words("omega", 1, 60), "omega60."]) + 4
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(COL2 + 25, y, COORDS_EQUATION)
        y = _paragraph(pdf, COL2, y + 8, COL_W, ["Here", *words("kappa", 1, 40), "kappa40."]) + PARA_GAP
        y = _heading(pdf, COL2, y + 4, "References")
        for ref in REFERENCES:
            y = _paragraph(pdf, COL2, y, COL_W, ref.split(), size=9, leading=4.0, hang=5.0) + 1.0
    return Path(path)


REPEATED_VENUE_LINE = "tional Conference on Neural Information Processing"
"""A wrapped venue line that two references share, set where a running head would stand."""
RUNNING_REFERENCES = [
    ["[1] A. Smith and B. Lee. A study of things. In Proceedings", "of ACL, pages 1-10, 2020."],
    [
        "[2] W. Wen, C. Wu and Y. Wang. Learning structured",
        "sparsity in deep neural networks. In Proc. 30th Interna-",
        REPEATED_VENUE_LINE,
        "Systems (NIPS 2016), pages 2074-2082, 2016.",
    ],
    ["[3] C. Wu and D. Kim. Reading the documents. Journal of", "Document Analysis, 12(3):45-67, 2019."],
    [
        "[4] S. Han, J. Pool and J. Tran. Learning both weights",
        "and connections for neural networks. In Proc. 28th Interna-",
        REPEATED_VENUE_LINE,
        "Systems (NIPS 2015), pages 1135-1143, 2015.",
    ],
]
"""Reference lines as set: a reference's last line ragged, the others justified to `REFERENCE_W`."""
REFERENCE_W = 82.0
"""The text column's width: one column of a two-column paper."""
REPEATED_LINE_REFERENCES = [  # what [2] and [4] say, read whole
    "In Proc. 30th International Conference on Neural Information Processing Systems (NIPS 2016)",
    "In Proc. 28th International Conference on Neural Information Processing Systems (NIPS 2015)",
]


def _ruled_head(
    pdf: FPDF, y: float, right: float, xs: Sequence[float], heads: Sequence[str], gap: float, rule_gap: float
) -> float:
    """A booktabs-style table top: the top rule at `y`, the head row `gap` under it, the rule `rule_gap`
    under the heads; returns where the first body row goes (`gap` under that rule)."""
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, right, y)
    y += gap
    for x, head in zip(xs, heads, strict=True):
        pdf.text(x, y, head)
    y += rule_gap
    pdf.line(LEFT, y, right, y)
    return y + gap


def _justified(pdf: FPDF, x: float, y: float, width: float, line: str) -> None:
    """The line's words spread to fill ``width`` (0: set as they come)."""
    tokens = line.split()
    space = pdf.get_string_width(" ")
    if width and len(tokens) > 1:
        space = (width - sum(pdf.get_string_width(t) for t in tokens)) / (len(tokens) - 1)
    for token in tokens:
        pdf.text(x, y, token)
        x += pdf.get_string_width(token) + space


def repeated_reference_line_paper(path: str | Path) -> Path:
    """Three pages of one text column under a running head and page numbers; the bibliography runs from
    page 1 to page 3, and the same italic venue line ("…Interna-" / "tional Conference on Neural
    Information Processing") opens page 2 and is the second line of page 3, inside the references that flow
    into it."""
    lines = [(line, k < len(ref) - 1) for ref in RUNNING_REFERENCES for k, line in enumerate(ref)]
    pages = [lines[:4], lines[4:9], lines[9:]]
    with _document(path, first_page=False) as pdf:
        for number, page_lines in enumerate(pages, start=1):
            pdf.add_page()
            _running(pdf, number)
            y = 30.0
            if number == 1:
                y = _heading(pdf, LEFT, y, "1 Introduction")
                y = _paragraph(pdf, LEFT, y, REFERENCE_W, [*words("alpha", 1, 200), "alpha200."]) + PARA_GAP
                y = _heading(pdf, LEFT, y + 2, "References")
            for line, wrapped in page_lines:
                pdf.set_font("Times", "I" if line == REPEATED_VENUE_LINE else "", 9)
                indent = 0.0 if line.startswith("[") else 5.0
                _justified(pdf, LEFT + indent, y, REFERENCE_W - indent if wrapped else 0.0, line)
                y += 4.0
            if number == 3:
                _heading(pdf, LEFT, y + 6, "A Appendix")
                _paragraph(pdf, LEFT, y + 12, REFERENCE_W, [*words("omega", 1, 60), "omega60."])
    return Path(path)


MULTILINE_EQUATION = ["f(x) = a x + b y + c z", "+ d w + e v + g u", "+ h t + k s"]
"""The lines of one display equation, numbered (3) on its last line."""


def multiline_equation_page(path: str | Path) -> Path:
    """A paragraph, a display equation broken over three lines (its number on the last), another paragraph."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        lead = "The model relates the quantities through a law that we fit to every one of the data below."
        y = _paragraph(pdf, LEFT, y, FULL_W, lead.split(), size=11) + 6
        pdf.text(70, y, MULTILINE_EQUATION[0])
        pdf.text(78, y + 6, MULTILINE_EQUATION[1])
        pdf.text(78, y + 12, MULTILINE_EQUATION[2] + "    (3)")
        rest = "Here a and b are the parameters estimated from every sample in the training set we hold."
        _paragraph(pdf, LEFT, y + 24, FULL_W, rest.split(), size=11)
    return Path(path)


BROKEN_DOI_REFERENCE = [
    "Smith J, Lee K. 2010. Neurons fire in the dark. The Journal of Neuroscience 30:1-9. doi: 10.1523/",
    "JNEUROSCI.1234-10.2010",
]
"""A reference whose DOI a line end breaks after its "/"."""


def broken_doi_reference_page(path: str | Path) -> Path:
    """A short paper whose bibliography holds a reference with a DOI broken across two lines."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 80), "(Smith", "and", "Lee,", "2010)."])
        y = _heading(pdf, LEFT, y + 6, "References")
        pdf.set_font("Times", "", 9)
        for k, line in enumerate(BROKEN_DOI_REFERENCE):
            pdf.text(LEFT + (5.0 if k else 0.0), y + 4.0 * k, line)
        pdf.text(LEFT, y + 10, "Wu C, Kim D. 2012. Reading in the light. Journal of Vision 12:4-8.")
    return Path(path)


BYLINE_TITLE = "Learning to Parse Bylines Laid Out in Columns"

AuthorCell = tuple[str, list[str]]
"""One author block of a byline grid: the name, then the lines set under it (affiliation, email)."""


def _abstract_and_body(pdf: FPDF, top: float, intro_under_abstract: bool = False) -> None:
    """An "Abstract" heading and paragraph in column 1, an introduction beside it in column 2; or
    (intro_under_abstract) the introduction's heading under the abstract and its text running on into
    column 2 (old ACL pages)."""
    y = _heading(pdf, LEFT, top, "Abstract", 11)
    y = _paragraph(pdf, LEFT, y, COL_W, ["We", "present", *words("gamma", 1, 60), "gamma60."])
    if intro_under_abstract:
        y = _heading(pdf, LEFT, y + 4, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40"])
        _paragraph(pdf, COL2, top, COL_W, [*words("beta", 1, 80), "beta80."])
        return
    y = _heading(pdf, COL2, top, "1 Introduction")
    _paragraph(pdf, COL2, y, COL_W, [*words("beta", 1, 80), "beta80."])


def byline_grid_page(
    path: str | Path,
    rows: list[list[AuthorCell]],
    row_gap: float = 6.0,
    running_title: bool = False,
    teaser: list[AuthorCell] | None = None,
    intro_under_abstract: bool = False,
) -> Path:
    """A first page whose authors sit side by side (ACL, IEEE, ACM): each row of the grid spreads its
    blocks evenly across the page, every line of a block centred under the block's centre, so the
    PDF's lines run across the row ("Ann Lee      Bo Chen"); row_gap mm between rows.

    running_title: ACM's layout, the title near the top of page 1 and repeated as the running head of
    two more pages (so that it reads as a running head on page 1 too). teaser: a figure's labels set in
    a small sans type in columns under the byline (CVPR's teaser figure), before the abstract."""
    with _document(path) as pdf:
        _centred(pdf, 24 if running_title else 30, BYLINE_TITLE, "Helvetica", "B", 16)
        y = 44.0
        for row in rows:
            width = FULL_W / len(row)
            for i, (name, details) in enumerate(row):
                centre = LEFT + width * (i + 0.5)
                pdf.set_font("Times", "B", 11)
                pdf.text(centre - pdf.get_string_width(name) / 2, y, name)
                for k, detail in enumerate(details):
                    pdf.set_font("Times", "", 10)
                    pdf.text(centre - pdf.get_string_width(detail) / 2, y + 4.6 * (k + 1), detail)
            y += 4.6 * (1 + max(len(details) for _, details in row)) + row_gap
        for i, (label, notes) in enumerate(teaser or []):
            pdf.set_font("Helvetica", "", 8)
            for k, text in enumerate([label, *notes]):
                pdf.text(LEFT + i * FULL_W / len(teaser), y + 3.5 * k, text)
        y += 12 if teaser else 0
        _abstract_and_body(pdf, y + 4, intro_under_abstract)
        for _ in range(2 if running_title else 0):
            pdf.add_page()
            _centred(pdf, 12, BYLINE_TITLE, "Helvetica", "I", 8)
            _paragraph(pdf, LEFT, 30, COL_W, [*words("delta", 1, 60), "delta60."])
    return Path(path)


def marked_byline_page(path: str | Path, commas: bool = True, broken: bool = False) -> Path:
    """Names on one line with raised affiliation markers, the affiliations listed under them by marker
    and the emails on a line of their own (Elsevier, Springer, many ACL papers). commas=False: the
    marks alone separate the names ("Ann Lee¹ Bo Chen² Cy Dunn¹", NAACL). broken: the list breaks
    between a given name and its surname onto a widely spaced second line ("…, Cy" / "Dunn¹, Eve Fox²")."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        between = ", " if commas else " "
        parts = [("Ann Lee", False), ("1", True), (between + "Bo Chen", False), ("2", True)]
        last = [("Dunn", False), ("1", True), *([(", Eve Fox", False), ("2", True)] if broken else [])]
        parts += [(between + "Cy", False)] if broken else [(between + "Cy ", False), *last]
        pdf.set_font("Times", "", 11)
        width = sum(pdf.get_string_width(t) * (0.65 if sup else 1) for t, sup in parts)
        _raised(pdf, (PAGE_W - width) / 2, 42, parts, 11)
        y = 42.0
        if broken:
            y += 11
            _raised(pdf, (PAGE_W - width) / 2, y, last, 11)
        oslo = [("1", True), (" Department of Linguistics, University of Oslo, Norway", False)]
        tsinghua = [("2", True), (" Institute of Computing, Tsinghua University, China", False)]
        _raised(pdf, LEFT + 20, y + 7, oslo, 10)
        _raised(pdf, LEFT + 20, y + 12, tsinghua, 10)
        _centred(pdf, y + 18, "ann.lee@uio.no, cy.dunn@uio.no, chenbo@tsinghua.edu.cn", "Courier", "", 9)
        _abstract_and_body(pdf, y + 28)
    return Path(path)


def anonymous_page(path: str | Path) -> Path:
    """A title, no byline at all, then the abstract: a review copy."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _centred(pdf, 38, "Submitted for blind review", "Times", "I", 10)
        _abstract_and_body(pdf, 50)
    return Path(path)


def acm_journal_byline_page(path: str | Path) -> Path:
    """ACM's journal byline: each author on a line of their own, the name in capitals, then a comma and
    the affiliation ("DARYA VERZHBINSKY, University of California, San Diego")."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, 38, "ANN LEE, University of Oslo, Norway")
        pdf.text(LEFT, 42, "BO CHEN and CY DUNN, Tsinghua University, China")
        _abstract_and_body(pdf, 52)
    return Path(path)


def spaced_names_page(path: str | Path, names: list[str], affiliation: str, emails: str) -> Path:
    """Names on one centred line kept apart by a few spaces, not by columns (COLING 2010), one shared
    affiliation and one grouped email line under them."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _centred(pdf, 42, "   ".join(names), "Times", "", 12)
        _centred(pdf, 48, affiliation, "Times", "", 12)
        _centred(pdf, 54, emails, "Courier", "", 10)
        _abstract_and_body(pdf, 66)
    return Path(path)


def one_type_page(path: str | Path) -> Path:
    """Title, name, affiliation and email all set in one type, centred (old proceedings): only a wider
    gap sets the name off the two title lines."""
    with _document(path) as pdf:
        for y, text in ((30, "Using a Third Language to Improve"), (36, "Bilingual Word Alignment")):
            _centred(pdf, y, text, "Times", "", 14)
        for y, text in ((44, "Lars Borin"), (50, "Uppsala University"), (56, "lars.borin@ling.uu.se")):
            _centred(pdf, y, text, "Times", "", 14)
        _abstract_and_body(pdf, 68)
    return Path(path)


RULED_TABLE = (
    ("System", "P", "R", "Time"),
    ("Base", "81.2", "77.5", "12 s"),
    ("Ours", "84.9", "80.1", "15 s"),
    ("Tuned once more", "85.3", "80.7", "19 s"),
)
"""Table 1 of `grid_tables_page` under its head row: "Scores" spans P and R over a rule segment."""
UNRULED_TABLE = (
    ("Corpus", "Train", "Dev", "Test"),
    ("News", "1200", "150", "300"),
    ("", "Web 1", "800", "150"),
    ("", "Web 2", "640", "120"),
    ("Forums and mailing lists", "410", "60", "90"),
)
"""Table 2 of `grid_tables_page`: no rules; "Social" is set midway beside the two "Web" rows, and the
long last stub ends a little closer to its number than a word gap."""


def grid_tables_page(path: str | Path, columns: int = 0) -> Path:
    """Running text, a booktabs-style table (top, mid and bottom rules, a head "Scores" spanning two
    columns over a rule segment, a total whose sum has its limits set in small type above and below it, a
    note under the bottom rule), more text, then a table without rules whose stub "Social" is centred on
    two rows, then text. `columns` > 0 adds a third table of that many
    columns of small numbers under a caption (a very wide table)."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 25, "3 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, prose_words("alpha", 0, 50)) + 2
        y = _paragraph(
            pdf, LEFT, y, FULL_W, "Table 1: Scores of the systems on the test set.".split(), size=9
        )
        xs = (LEFT + 10, LEFT + 60, LEFT + 85, LEFT + 115)
        pdf.set_line_width(0.4)
        pdf.line(LEFT + 8, y - 2, LEFT + 135, y - 2)  # top rule
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + 60, y + 2, "Scores")
        pdf.set_line_width(0.2)
        pdf.line(LEFT + 58, y + 3.5, LEFT + 100, y + 3.5)  # \cmidrule under "Scores"
        y += 7
        for i, row in enumerate(RULED_TABLE):
            pdf.set_font("Times", "", 9)
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            if i == 0:
                pdf.line(LEFT + 8, y + 1.8, LEFT + 135, y + 1.8)  # mid rule
                y += 1.5
            y += 4.5
        pdf.text(xs[0], y + 1, "Total")
        pdf.text(xs[1], y + 1, "sum x")
        pdf.set_font("Times", "", 5)
        pdf.text(xs[1] + 0.5, y - 1.6, "n")  # limits of the sum, in small type just above and below it
        pdf.text(xs[1], y + 3, "i=1")
        y += 7
        pdf.set_line_width(0.4)
        pdf.line(LEFT + 8, y - 2.8, LEFT + 135, y - 2.8)  # bottom rule
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT + 8, y + 1.5, "Note: times are wall-clock seconds on one core.")
        y = _paragraph(pdf, LEFT, y + 10, FULL_W, prose_words("beta", 0, 45)) + 2
        y = (
            _paragraph(
                pdf,
                LEFT,
                y,
                FULL_W,
                "Table 2: Sizes of the corpora in documents, for training, development and testing.".split(),
                size=9,
            )
            + 1
        )
        pdf.set_font("Times", "", 9)
        train = LEFT + 10 + pdf.get_string_width(UNRULED_TABLE[-1][0]) + 0.4
        xs = (LEFT + 10, train, train + 30, train + 55)
        for i, row in enumerate(UNRULED_TABLE):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            if i == 2:
                pdf.text(xs[0], y + 2.25, "Social")
            y += 4.5
        y = _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 45)) + 2
        if columns:
            y = _paragraph(pdf, LEFT, y, FULL_W, "Table 3: Counts per class.".split(), size=9) + 1
            pdf.set_font("Helvetica", "", 5)
            step = FULL_W / columns
            for r in range(3):
                for c in range(columns):
                    pdf.text(LEFT + c * step, y, f"{(r + 1) * (c + 1) % 97}")
                y += 3
            _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("delta", 0, 40))
    return Path(path)


def image_table_page(path: str | Path) -> Path:
    """Running text, a table caption over a table set as a picture (no text in it), running text."""
    from PIL import Image

    with _document(path) as pdf:
        y = _paragraph(pdf, LEFT, 30, FULL_W, prose_words("alpha", 0, 40)) + 2
        y = _paragraph(pdf, LEFT, y, FULL_W, "Table 1: Results shown as a scanned picture.".split(), size=9)
        pdf.image(Image.new("RGB", (60, 20), (230, 230, 230)), x=LEFT + 10, y=y, w=120, h=40)
        _paragraph(pdf, LEFT, y + 50, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def _text_then_page(pdf: FPDF, heading: str) -> float:
    """A first page of title and running text (so that page 2 is body, not front matter), then page 2's
    heading and a paragraph; returns the next free baseline on page 2."""
    _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
    y = _heading(pdf, LEFT, 50, "1 Introduction")
    _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 200))
    pdf.add_page()
    y = _heading(pdf, LEFT, 25, heading)
    return _paragraph(pdf, LEFT, y, FULL_W, prose_words("alpha", 0, 40)) + 2


WRAPPED_TABLE = (
    ("ID", "Indicator", "Description"),
    ("V1", "Activity", "Cyclic and seasonal patterns of|commits and messages"),
    ("V2", "Community age", "The longer a communi-|ty exists the more|stable it is"),
    ("V3", "Size of the|core team", "Small core teams"),
    ("V4 Release|(minor and major)", "Shipped quickly|enough", "Often"),
    ("Forks", "Rare", ""),
)
"""`wrapped_cells_page`'s table: "|" marks where a cell's text wraps onto the next line; the fifth row's
stub wraps too, its second line going on mid-sentence ("(minor and major)"); the last row is words only
with an empty cell, but opens in capitals."""


def wrapped_cells_page(path: str | Path, rows: tuple[tuple[str, ...], ...] = WRAPPED_TABLE) -> Path:
    """A page of title and running text, then on page 2 text, a table under its caption whose cells wrap
    over lines (a paragraph column: the continuation lines have an empty first cell and words only), and
    text. `rows`: three cells each, "|" where a cell's text wraps."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "2 Indicators")
        caption = "Table 1: Vitality indicators of open source communities and what they describe."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        for row in rows:
            parts = [cell.split("|") for cell in row]
            for k in range(max(len(p) for p in parts)):
                for x, lines in zip((LEFT + 10, LEFT + 45, LEFT + 85), parts, strict=True):
                    if k < len(lines):
                        pdf.text(x, y, lines[k])
                y += 4.0
            y += 1.0
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


GRID_TABLE = (
    ("Backbone", "Method", "Val"),
    ("", "CAM", "8.50"),
    ("RN50", "Ours", "7.12"),
    ("", "CAM", "14.53"),
    ("VGG16", "Ours", "12.31"),
)
"""`full_grid_table_page`'s table: each stub stands alone in the middle of its two rows."""


def full_grid_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, then under its caption a table ruled as a full grid
    (every row and column line drawn) whose stubs ("RN50", "VGG16", in capitals like a heading) are set
    between the two rows they head, then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 2: Highest scores of each method and backbone on the validation set."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9)
        top, xs, pitch = y - 1, (LEFT, LEFT + 30, LEFT + 70, LEFT + 95), 5.0
        pdf.set_line_width(0.2)
        for k in range(len(GRID_TABLE) + 1):
            if k in (0, 1, 3, 5):  # no line between the two rows a stub heads
                pdf.line(xs[0], top + k * pitch, xs[-1], top + k * pitch)
            else:
                pdf.line(xs[1], top + k * pitch, xs[-1], top + k * pitch)
        for x in xs:
            pdf.line(x, top, x, top + len(GRID_TABLE) * pitch)
        pdf.set_font("Times", "", 9)
        for i, row in enumerate(GRID_TABLE):
            base = top + (i + 1) * pitch - 1.5
            for x, cell in zip(xs, row, strict=False):
                if cell:
                    pdf.text(x + 2, base - (pitch / 2 if x == xs[0] and i else 0), cell)
        _paragraph(pdf, LEFT, top + len(GRID_TABLE) * pitch + 10, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def stacked_head_table_page(path: str | Path) -> Path:
    """A table whose one row of column heads is set over three lines: "Bit rate" stacked on three, the
    other heads centred on the middle one; a rule under the heads, then three rows."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Syntax")
        y = _paragraph(
            pdf, LEFT, y, FULL_W, "Table 1: Fields of the descriptor and their sizes.".split(), size=9
        )
        xs = (LEFT + 10, LEFT + 55, LEFT + 85)
        pdf.set_font("Times", "", 9)
        for k, line in enumerate(("Bit rate", "(number of", "bits)")):
            pdf.text(xs[1], y + 4 * k, line)
        pdf.text(xs[0], y + 4, "Field")
        pdf.text(xs[2], y + 4, "Mnemonic")
        pdf.set_line_width(0.3)
        pdf.line(LEFT + 8, y - 4, LEFT + 110, y - 4)
        pdf.line(LEFT + 8, y + 10, LEFT + 110, y + 10)
        y += 15
        for name, bits, mnemonic in (
            ("tag", "8", "uimsbf"),
            ("length", "8", "uimsbf"),
            ("reserved", "24", "bslbf"),
        ):
            for x, cell in zip(xs, (name, bits, mnemonic), strict=True):
                pdf.text(x, y, cell)
            y += 4.5
        pdf.line(LEFT + 8, y - 2.5, LEFT + 110, y - 2.5)
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def tables_only_page(path: str | Path, tables: int = 4) -> Path:
    """After a page of running text, a page of nothing but tables: captions and rows of numbers."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Appendix") + 4
        for t in range(tables):
            caption = f"Table {t + 1}: Counts of the items in group {t + 1} for each of the three settings, low, mid and high."
            y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
            pdf.set_font("Times", "", 9)
            for r in range(4):
                cells = (
                    ("Setting", "Low", "Mid", "High")
                    if r == 0
                    else (f"S{r}", *(str(7 * r + t + k) for k in range(3)))
                )
                for k, cell in enumerate(cells):
                    pdf.text(LEFT + 10 + 30 * k, y, cell)
                y += 4.5
            y += 8
    return Path(path)


def stacked_front_page(path: str | Path, lines: list[tuple[str, float]]) -> Path:
    """A first page of centred front lines, each (text, size in pt) in bold Helvetica, 12 mm apart, over
    an abstract and a body: which line is the title, which the names, is left to the reader."""
    with _document(path) as pdf:
        for k, (text, size) in enumerate(lines):
            _centred(pdf, 28 + 12 * k, text, "Helvetica", "B", size)
        _abstract_and_body(pdf, 34 + 12 * len(lines))
    return Path(path)


SPREAD_TABLE = (
    ("Stage and step", "Computation", "Network", "Factor"),
    ("Stage 1 to stage p - map divide", "sum (7/2)^i", "3 (7/2)^i", "min(7, cores)"),
    ("Stage 2 to stage q - flatmap", "NA", "(7/4)^q", "min(7, cores)"),
    ("Stage q to stage 2q - map leaf", "(7/4)^q n", "NA", "min(7, cores)"),
    ("Stage 2q to stage 3q - combine", "sum (7/4)^i", "sum (7/2)^i", "min(7, cores)"),
)
"""`spread_table_page`'s table: each row's stub is its own, so each row is told from the others."""


def _booktabs(pdf: FPDF, top: float, rows: tuple[tuple[str, ...], ...], pitch: float) -> float:
    """A table of four columns under a top rule, a mid rule under its head row and a bottom rule, all
    as wide as the text; returns the bottom rule's position."""
    left, right = LEFT + 2, LEFT + FULL_W - 2
    bottom = top + pitch * len(rows) + 4
    pdf.set_line_width(0.4)
    pdf.line(left, top, right, top)
    pdf.set_line_width(0.2)
    pdf.line(left, top + pitch - 3, right, top + pitch - 3)
    pdf.set_line_width(0.4)
    pdf.line(left, bottom, right, bottom)
    pdf.set_font("Times", "", 9)
    for i, row in enumerate(rows):
        for x, cell in zip(SPREAD_COLUMNS, row, strict=True):
            pdf.text(x, top + 5 + i * pitch, cell)
    return bottom


SPREAD_COLUMNS = (LEFT + 4, LEFT + 62, LEFT + 102, LEFT + 137)
"""Where the columns of `_booktabs` tables start."""


def spread_table_page(path: str | Path, below: bool = True, note: bool = False) -> Path:
    """A page of running text; on page 2 text, a short centred caption and a booktabs table (top, mid
    and bottom rules as wide as the table) far wider than the caption, its rows set wider apart than
    two lines of text (a cell holding a tall formula), then text. `below`: the table under its caption,
    else over it (caption after the bottom rule). `note`: a line of notes, in the size and length of a
    line of running text, and a formula in the table's type under the bottom rule."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "6 Costs")
        caption = "Table 3: Cost of each stage."
        if below:
            _centred(pdf, y + 2, caption, "Times", "", 9)
        end = _booktabs(pdf, y + 6 if below else y + 2, SPREAD_TABLE, 11.0) + 4  # rows 3 lines apart
        if note:
            words = (
                "Note: p is the number of stages, q the stage the leaves start at, n the size of the input."
            )
            _paragraph(pdf, LEFT + 2, end - 0.5, FULL_W, words.split())  # in the text's own size
            pdf.set_font("Times", "", 9)
            pdf.text(SPREAD_COLUMNS[1], end + 3.5, "Factor = min(7, cores).")
            end += 10
        if not below:
            _centred(pdf, end + 2, caption, "Times", "", 9)
            end += 6
        _paragraph(pdf, LEFT, end + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def two_ruled_tables_page(path: str | Path) -> Path:
    """A page of running text; on page 2 a caption over a booktabs table, a paragraph opening "Note
    that", a second table as wide (its rules of the same extent) over its caption, then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "6 Costs")
        _centred(pdf, y + 2, "Table 3: Cost of each stage.", "Times", "", 9)
        end = _booktabs(pdf, y + 6, SPREAD_TABLE[:3], 6.0)
        words = ["Note", "that", *prose_words("gamma", 0, 40)]
        y = _paragraph(pdf, LEFT, end + 8, FULL_W, words) + 2
        end = _booktabs(pdf, y, SPREAD_TABLE[2:], 6.0)
        _centred(pdf, end + 6, "Table 4: Cost of the later stages.", "Times", "", 9)
        _paragraph(pdf, LEFT, end + 14, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def even_stub_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 a caption over a table of two groups of four rows, each group's
    stub centred on its four rows (\\multirow): set half a row under the group's second row, close
    enough to be read on that row's line."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "7 Results")
        caption = "Table 5: Scores of each method on the test set, by the backbone it was trained with."
        _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9)
        pdf.set_font("Times", "", 9)
        y += 8
        xs = (LEFT + 5, LEFT + 35, LEFT + 65)
        for k, cell in enumerate(("Backbone", "Method", "Score")):
            pdf.text(xs[k], y, cell)
        for g, stub in enumerate(("ResNet", "VGG")):
            for r, method in enumerate(("Base", "Wide", "Deep", "Ours")):
                base = y + 4 * (1 + 4 * g + r)
                pdf.text(xs[1], base, f"{method} {stub[0]}")
                pdf.text(xs[2], base, f"{50 + 4 * g + r}.{r}")
                if r == 1:
                    pdf.text(xs[0], base + 1.6, stub)
        _paragraph(pdf, LEFT, y + 4 * 9 + 8, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def review_copy_page(path: str | Path) -> Path:
    """A review copy (NeurIPS, Elsevier preprint): every text line numbered in a margin column, the
    numbers right-aligned and set small. Beside the indented abstract a number stands well off its line;
    beside the body's lines and headings it is as close as a word space of the text."""
    with _document(path) as pdf:
        _centred(pdf, 25, TITLE, "Helvetica", "B", 16)
        lines: list[tuple[float, float, str, str, float]] = []  # (x, baseline, text, style, size)
        y = 40.0
        pdf.set_font("Times", "", BODY_SIZE)
        for line in _wrap(pdf, [*prose_words("gamma", 0, 160), "done."], FULL_W - 30):
            lines.append((LEFT + 15, y, line, "", BODY_SIZE))
            y += LEADING
        for heading, prefix in (("1 Introduction", "alpha"), ("2 Method", "beta")):
            y += PARA_GAP + 2
            lines.append((LEFT, y, heading, "B", 12))
            y += 7
            pdf.set_font("Times", "", BODY_SIZE)
            for line in _wrap(pdf, [*prose_words(prefix, 0, 90), "end."], FULL_W):
                lines.append((LEFT, y, line, "", BODY_SIZE))
                y += LEADING
        for number, (x, baseline, text, style, size) in enumerate(lines, start=1):
            pdf.set_font("Helvetica" if style else "Times", style, size)
            pdf.text(x, baseline, text)
            pdf.set_font("Times", "", 6)
            pdf.text(LEFT - 2.5 - pdf.get_string_width(str(number)), baseline, str(number))
    return Path(path)


CAPTIONS_OVER_TEXT = (
    "Figure 1: Cumulative regret and choice of parameter p",
    "Figure 2: Cumulative regret of the bandit algorithms on two stochastic environments with many arms "
    "and small gaps between their means, over a long horizon.",
)


def captions_over_text_page(path: str | Path) -> Path:
    """Two figures whose captions are set in the text's type and followed, at the text's own leading, by
    a paragraph across the page that opens with a bold lead-in (as NeurIPS sets them): a short centred
    caption with no full stop, and a left-aligned one whose last line is short."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        for k, caption in enumerate(CAPTIONS_OVER_TEXT):
            pdf.set_fill_color(90, 120, 200)
            pdf.rect(LEFT + 40, y, FULL_W - 80, 30, style="F")
            y += 36
            pdf.set_font("Times", "", BODY_SIZE)
            for line in _wrap(pdf, caption.split(), FULL_W):
                x = LEFT if k else LEFT + (FULL_W - pdf.get_string_width(line)) / 2
                pdf.text(x, y, line)
                y += LEADING
            pdf.set_font("Times", "B", BODY_SIZE)
            pdf.text(LEFT, y, "Experiments:")
            lead = pdf.get_string_width("Experiments: ")
            pdf.set_font("Times", "", BODY_SIZE)
            first, *rest = _wrap(pdf, [*prose_words(f"beta{k}", 0, 40), "end."], FULL_W - lead)
            pdf.text(LEFT + lead, y, first)
            y = _paragraph(pdf, LEFT, y + LEADING, FULL_W, " ".join(rest).split())
            y += PARA_GAP
    return Path(path)


FRONT_NOTE = (
    "ACM Reference Format:",
    "Alice Smith and Bob Lee. 2020. Reading Order Recovery. In Proceedings of the Conference, 1-10.",
)


def front_note_page(path: str | Path) -> Path:
    """Opening text with no heading over it, in the text's type (eLife's), then a note of the front
    matter in small print (ACM's "ACM Reference Format:" and the citation under it), then the first
    heading."""
    with _document(path) as pdf:
        y = _paragraph(pdf, LEFT, 30, COL_W, [*words("gamma", 1, 40), "gamma40."]) + PARA_GAP
        for line in FRONT_NOTE:
            y = _paragraph(pdf, LEFT, y, COL_W, line.split(), size=9, leading=3.8)
        y = _heading(pdf, LEFT, y + PARA_GAP + 2, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."])
    return Path(path)


STACKED_HEADINGS = (
    "2.2. Dissolution of the Pickering particles",
    "2.2.1. Particle-resolved dissolution model",
)


def stacked_headings_page(path: str | Path) -> Path:
    """A section's numbered heading in bold and its first subsection's right under it in bold italic,
    each nearly as wide as the column (Elsevier's cas style), between paragraphs of a column."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        for text, style, size in ((STACKED_HEADINGS[0], "B", 12), (STACKED_HEADINGS[1], "BI", 11.5)):
            pdf.set_font("Times", style, size)
            pdf.text(LEFT, y + 2, text)
            y += 6
        _paragraph(pdf, LEFT, y + 2, COL_W, [*words("beta", 1, 40), "beta40."])
    return Path(path)


HYPHENATED_TABLE = (
    ("ID", "Indica-|tor", "Origin"),
    ("V1", "Activity", "Literature: [14]"),
    ("V2", "Avg. duration be-|fore a fix", "Literature: [15], Inter-|viewees: 2 & 4"),
    ("V3", "Community age", "Interviewee: 5"),
)
"""`wrapped_cells_page`'s rows for words hyphenated at a line's end: in the head row, and in a body row
whose next line holds a number."""


def centred_stub_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 a caption over a table of one-line rows and one row whose cells
    wrap over two lines, its stub alone on a line centred between them (an m-column stub)."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Methods")
        caption = "Table 2: Methods compared, the scale they work at and the inputs they need."
        _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9)
        pdf.set_font("Times", "", 9)
        xs = (LEFT + 5, LEFT + 40, LEFT + 80)
        y += 8
        rows = (
            ("Method", "Scale", "Inputs"),
            ("VE 1", "Block 2", "Facade 3"),
            ("VO 4", "Block 5", "Urban 6"),
        )
        for row in rows:
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            y += 4.4
        pdf.text(xs[1], y, "Unit/block")
        pdf.text(xs[2], y, "3D geometry;")
        pdf.text(xs[0], y + 2.2, "Spatial")
        pdf.text(xs[2], y + 4.4, "view volumes")
        y += 8.8
        for row in (("PV 7", "Room 8", "Plans 9"), ("IV 10", "Room 11", "Models 12")):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            y += 4.4
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def term_list_page(path: str | Path) -> Path:
    """A paragraph, then a numbered list whose items open with a bold term ("1. Data Lake: to ...") and
    go on over lines that hang under the item's text, past its number."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        for item, (term, prefix) in enumerate((("Data Lake:", "beta"), ("Event Archive:", "gamma")), 1):
            head = f"{item}. {term}"
            pdf.set_font("Times", "B", BODY_SIZE)
            pdf.text(LEFT + 6, y, head)
            start = LEFT + 7 + pdf.get_string_width(head)
            pdf.set_font("Times", "", BODY_SIZE)
            first = _wrap(pdf, words(prefix, 1, 40), LEFT + FULL_W - start)[0]
            pdf.text(start, y, first)
            rest = words(prefix, len(first.split()) + 1, 40)
            y = _paragraph(pdf, LEFT + 12, y + LEADING, FULL_W - 12, rest) + PARA_GAP
    return Path(path)


def numbered_headings_page(path: str | Path, titles: tuple[str, ...]) -> Path:
    """ "1 Introduction", then numbered headings of these titles (a dataset's name with its year run into
    it, "Tor-nonTor dataset (ISCXTor2016)"; a title opening with a bracket), each over a paragraph."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 40), "alpha40."]) + PARA_GAP
        for number, (title, prefix) in enumerate(zip(titles, ("beta", "gamma", "delta"), strict=False), 2):
            y = _heading(pdf, LEFT, y, f"{number} {title}")
            y = _paragraph(pdf, LEFT, y, FULL_W, [*words(prefix, 1, 40), f"{prefix}40."]) + PARA_GAP
    return Path(path)


def spanning_heading_page(path: str | Path) -> Path:
    """A page of title and text, then on page 2 a numbered heading across both columns, hyphenated onto
    a short second line that lies in the left column, over two columns of text."""
    with _document(path) as pdf:
        _text_then_page(pdf, "2 Background")
        y = 60
        pdf.set_font("Times", "B", 14)
        pdf.text(LEFT, y, "3 Permutation Symmetry and Symmetric Neural Networks for Graphs in Neu-")
        pdf.text(LEFT + 8, y + 6, "ral Settings")
        for x, prefix in ((LEFT, "gamma"), (COL2, "delta")):
            _paragraph(pdf, x, y + 14, COL_W, [*words(prefix, 1, 80), f"{prefix}80."])
    return Path(path)


LABEL_ALONE_CAPTION = ("TABLE II", "CONFUSION MATRIX OF THE FOUR CLASSIFIERS")
SPLIT_CAPTION = ("TABLE V: Performance Comparison between", "two readers in limited space")


def label_alone_tables_page(path: str | Path) -> Path:
    """Two tables in the second column, as IEEE sets them: a label alone on its line with the caption in
    smaller capitals under it, and a label whose caption line has a wide gap between two of its words;
    the text runs on in the first column, three small rows under each caption."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 120), "end."])
        y = 30.0
        pdf.set_font("Times", "", 8)
        pdf.text(COL2 + (COL_W - pdf.get_string_width(LABEL_ALONE_CAPTION[0])) / 2, y, LABEL_ALONE_CAPTION[0])
        pdf.set_font("Times", "", 6.4)
        y += 3.2
        pdf.text(COL2 + (COL_W - pdf.get_string_width(LABEL_ALONE_CAPTION[1])) / 2, y, LABEL_ALONE_CAPTION[1])
        y = _rows(pdf, y + 8)
        pdf.set_font("Times", "", 9)
        left, right = SPLIT_CAPTION
        x = COL2 + (COL_W - pdf.get_string_width(f"{left} {right}") - 0.5) / 2
        pdf.text(x, y + 6, left)
        pdf.text(x + pdf.get_string_width(left) + 0.5 + pdf.get_string_width(" "), y + 6, right)
        _rows(pdf, y + 14)
    return Path(path)


def _rows(pdf: FPDF, y: float) -> float:
    """Three rows of three numeric cells across the second column, from baseline `y`; where they end."""
    pdf.set_font("Times", "", 8)
    for r in range(3):
        for c in range(3):
            pdf.text(COL2 + 8 + 25 * c, y, f"{r + 1}{c + 2}.{c}")
        y += 4
    return y


HEADED_TABLE_CAPTION = ("Table 2", "Model Results")


def headed_table_page(path: str | Path) -> Path:
    """A one-column page with a table as Springer sets it: a bold label and a caption with no full stop
    in small type at the left margin, the table's head row in that type centred under it, two rows of
    numbers, then the text."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "5 Model")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP + 2
        label, caption = HEADED_TABLE_CAPTION
        pdf.set_font("Times", "B", 8)
        pdf.text(LEFT, y, label)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT + pdf.get_string_width(f"{label} ") + 0.4, y, caption)
        y += 6
        for c, head in enumerate(("Estimate", "Std. Error", "t value")):
            pdf.text(LEFT + 45 + 25 * c, y, head)
        for r, stub in enumerate(("Intercept", "Altruism")):
            y += 3.8
            pdf.text(LEFT + 30, y, stub)
            for c in range(3):
                pdf.text(LEFT + 45 + 25 * c, y, f"{r + 1}.{c}{c + 3}")
        _paragraph(pdf, LEFT, y + 10, FULL_W, [*prose_words("beta", 0, 40), "end."])
    return Path(path)


def small_print_reference_page(path: str | Path) -> Path:
    """Text in a type a little smaller than the text's (a template that sets its second part smaller)
    with a paragraph that opens on a plain reference to a figure: "Figure 2 shows ..."."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 80), "end."]) + PARA_GAP
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("gamma", 0, 80), "end."]) + PARA_GAP
        pdf.set_font("Times", "", 9)
        for line in _wrap(pdf, ["Figure", "2", "shows", *prose_words("beta", 0, 40), "end."], FULL_W):
            pdf.text(LEFT, y, line)
            y += 4.2
    return Path(path)


SPLIT_FIGURE_CAPTION = (
    "Fig. 8. Validation on held-out stimuli. Predicted",
    "rating versus observed rating across respondents.",
    "Thin points depict individual respondents and thick markers the pooled model.",
)


def split_figure_caption_page(path: str | Path) -> Path:
    """A figure across the page and its two-line caption in small type, under a paragraph."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 60), "end."]) + PARA_GAP
        pdf.set_fill_color(90, 120, 200)
        pdf.rect(LEFT + 40, y, FULL_W - 80, 30, style="F")
        y += 36
        first, rest, second = SPLIT_FIGURE_CAPTION
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, y, f"{first} {rest}")
        pdf.text(LEFT, y + 3.6, second)
        _paragraph(pdf, LEFT, y + 10, FULL_W, [*prose_words("beta", 0, 60), "end."])
    return Path(path)


def solid_label_table_page(path: str | Path) -> Path:
    """A table as IEEE sets it, its label alone on its line and the caption in smaller capitals set
    solid under it (the line boxes touch), then three rows."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 120), "end."])
        label, caption = LABEL_ALONE_CAPTION
        pdf.set_font("Times", "", 8)
        pdf.text(COL2 + (COL_W - pdf.get_string_width(label)) / 2, 30, label)
        pdf.set_font("Times", "", 6.4)
        pdf.text(COL2 + (COL_W - pdf.get_string_width(caption)) / 2, 32.6, caption)
        _rows(pdf, 40)
    return Path(path)


def label_under_rows_page(path: str | Path) -> Path:
    """A table set above its caption, as IEEE sets one at a column's foot: a column of values, the label
    alone at the rows' own pitch under the last of them, the caption in smaller capitals under it, then
    the text across the page."""
    with _document(path) as pdf:
        _heading(pdf, LEFT, 30, "1 Introduction")
        label, caption = LABEL_ALONE_CAPTION
        pdf.set_font("Times", "", 8)
        y = 30.0
        for value in ("12.45 s", "9.80 s", "32.84 s"):
            pdf.text(COL2 + (COL_W - pdf.get_string_width(value)) / 2, y, value)
            y += 3.2
        pdf.text(COL2 + (COL_W - pdf.get_string_width(label)) / 2, y, label)
        pdf.set_font("Times", "", 6.4)
        pdf.text(COL2 + (COL_W - pdf.get_string_width(caption)) / 2, y + 3.2, caption)
        _paragraph(pdf, LEFT, y + 12, FULL_W, [*prose_words("alpha", 0, 80), "end."])
    return Path(path)


ROW_RULED_TABLE = (
    ("Parameter", "Notation", "Value"),
    ("Modulations", "M", "{BPSK, QPSK,|4-QAM, 16-QAM}"),
    ("Noise level", "SNR", "-10 dB, -9 dB,|..., 10 dB"),
    ("Antennas", "NT", "2"),
    ("Length", "N", "1024"),
    ("Sources", "L", "Literature: [15] and|[23]"),
)
"""`row_ruled_tables_page`'s first table: "|" where a cell's text goes on to the next line of its row,
after a comma or a linking word, numbers and all."""

GROUP_RULED_TABLE = (
    ("Backbone", "Method", "Val"),
    ("RN50", "CAM", "80.09"),
    ("", "Kim", "77.86"),
    ("", "Ours", "84.69"),
    ("VGG16", "CAM", "77.07"),
    ("", "Kim", "75.18"),
)
"""`row_ruled_tables_page`'s second table: rules around each backbone's rows, one stub for them all."""


def _ruled_rows(pdf: FPDF, top: float, bands: list[list[tuple[str, ...]]], pitch: float) -> float:
    """A grid of three columns: vertical lines, and a rule over and under each band of lines (a list of
    lines, each three cells); returns the bottom rule's position."""
    xs = (LEFT + 2, LEFT + 40, LEFT + 70, LEFT + 120)
    pdf.set_line_width(0.2)
    pdf.set_font("Times", "", 9)
    y = top
    pdf.line(xs[0], y, xs[-1], y)
    for band in bands:
        for line in band:
            for x, cell in zip(xs, line, strict=False):
                if cell:
                    pdf.text(x + 2, y + pitch - 1.2, cell)
            y += pitch
        pdf.line(xs[0], y + 0.5, xs[-1], y + 0.5)
        y += 0.5
    for x in xs:
        pdf.line(x, top, x, y)
    return y


def row_ruled_tables_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text and two ruled grids under their captions. The first rules
    every row and wraps cells over lines inside the row's rules (numbers on the continuation lines too).
    The second rules only around groups of rows under one stub, each line a row of numbers. The grids'
    lines are set at the pitch of the text lines in a cell."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Setup")
        caption = "Table 1: Parameters of the test signals and their values."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9)
        bands = []
        for row in ROW_RULED_TABLE:
            parts = [cell.split("|") for cell in row]
            depth = max(len(p) for p in parts)
            bands.append([tuple(p[k] if k < len(p) else "" for p in parts) for k in range(depth)])
        y = _ruled_rows(pdf, y, bands, 4.0)
        y = _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40)) + 2
        caption = "Table 2: Accuracy of each method on the validation set, by backbone."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9)
        groups = [GROUP_RULED_TABLE[:1], GROUP_RULED_TABLE[1:4], GROUP_RULED_TABLE[4:]]
        y = _ruled_rows(pdf, y, [list(g) for g in groups], 4.0)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


def group_heads_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, then under its caption a booktabs table whose first head
    line sets "b=4" and "b=8" each centred over three columns without a rule segment under it, over a
    second head line "M1 M2 S M1 M2 S"; a mid rule, three rows of numbers, a bottom rule; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "6 Stages")
        caption = "Table 4: Execution time of each stage for two partition sizes."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        xs = [LEFT + 4 + 22 * k for k in range(7)]
        right = xs[-1] + 16
        pdf.set_line_width(0.4)
        pdf.line(LEFT + 2, y, right, y)
        pdf.set_font("Times", "", 9)
        heads = ("Stage", "M1", "M2", "S", "M1", "M2", "S")
        body = [[f"Stage {i + 1}", *(f"{(i + 2) * (k + 3) % 50}.{k}" for k in range(1, 7))] for i in range(3)]
        widths = [max(pdf.get_string_width(row[k]) for row in (heads, *body)) for k in range(7)]
        pdf.text(xs[0], y + 4.5, "Stage")
        for group, head in ((1, "b=4"), (4, "b=8")):  # centred over its columns' cells, as LaTeX sets it
            middle = (xs[group] + xs[group + 2] + widths[group + 2]) / 2
            pdf.text(middle - pdf.get_string_width(head) / 2, y + 4.5, head)
        for x, head in zip(xs[1:], heads[1:], strict=True):
            pdf.text(x, y + 9, head)
        pdf.set_line_width(0.2)
        pdf.line(LEFT + 2, y + 11, right, y + 11)
        y += 15.5
        for row in body:
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            y += 4.5
        pdf.set_line_width(0.4)
        pdf.line(LEFT + 2, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


UNITS_TABLE = (
    ("Time", "Accel.", "Time", "Accel."),
    ("(s.ms)", "(m/s2)", "(s.ms)", "(m/s2)"),
    ("0", "6,29", "0", "5,98"),
    ("10", "7,57", "10", "6,31"),
    ("20", "20,7", "20", "8,2"),
)
"""`units_head_table_page`'s table: its heads over a line of their units."""


def units_head_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, then under its caption a table without rules whose heads
    are set over a line of their units in parentheses, then rows of numbers, then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "7 Falls")
        caption = (
            "Table 6: Acceleration over time in the two falls of the test person, as the sensor read it."
        )
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 2
        pdf.set_font("Times", "", 9)
        for row in UNITS_TABLE:
            for x, cell in zip((LEFT + 10, LEFT + 40, LEFT + 70, LEFT + 100), row, strict=True):
                pdf.text(x, y, cell)
            y += 4.2
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


FOOTNOTE_AFFILIATIONS = (
    "Department of Linguistics, University of Oslo, Oslo, Norway",
    "Institute of Computing, Tsinghua University, Beijing, China",
)


def footnote_affiliations_page(path: str | Path) -> Path:
    """ICML's first page: names with raised markers and nothing under them, the affiliations in a
    footnote at the foot of column 1 keyed by the same markers, after an "Equal contribution" note and
    before "Correspondence to: …" (broken over the line as "Correspon-" / "dence")."""
    oslo, tsinghua = FOOTNOTE_AFFILIATIONS
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        names = [("Ann Lee", False), ("1*", True), (", Bo Chen", False), ("2", True)]
        pdf.set_font("Times", "", 11)
        width = sum(pdf.get_string_width(t) * (0.65 if sup else 1) for t, sup in names)
        _raised(pdf, (PAGE_W - width) / 2, 42, names, 11)
        _abstract_and_body(pdf, 54)
        oslo_cut, tsinghua_cut = oslo.index(" University"), tsinghua.index(" Tsinghua")
        note = [("*", True), ("Equal contribution ", False), ("1", True), (oslo[:oslo_cut], False)]
        _raised(pdf, LEFT, 262, note, 7)
        _raised(
            pdf,
            LEFT,
            265,
            [(f"{oslo[oslo_cut + 1 :]} ", False), ("2", True), (tsinghua[:tsinghua_cut], False)],
            7,
        )
        _raised(pdf, LEFT, 268, [(f"{tsinghua[tsinghua_cut + 1 :]}. Correspon-", False)], 7)
        _raised(pdf, LEFT, 271, [("dence to: Ann Lee <ann.lee@uio.no>.", False)], 7)
    return Path(path)


PARENTHESISED_AFFILIATIONS = (
    "Department of Physics, Kroto Centre for Imaging, University of Sheffield, Sheffield S3 7HQ, UK",
    "Institute of Materials Science, University of Stuttgart, 70569 Stuttgart, Germany",
)


def parenthesised_marks_page(path: str | Path) -> Path:
    """AIP's byline: names with raised numbers, then each affiliation opening on a raised "1)" and
    centred, the first wrapped onto a second line."""
    sheffield, stuttgart = PARENTHESISED_AFFILIATIONS
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        names = [("Ann Lee,", False), ("1", True), (" Bo Chen,", False), ("2", True), (" and Cy Dunn", False)]
        names.append(("1", True))
        pdf.set_font("Times", "", 11)
        width = sum(pdf.get_string_width(t) * (0.65 if sup else 1) for t, sup in names)
        _raised(pdf, (PAGE_W - width) / 2, 42, names, 11)
        cut = sheffield.index(" University")
        for y, parts in (
            (48, [("1)", True), (sheffield[:cut], False)]),
            (52, [(sheffield[cut + 1 :], False)]),
            (56, [("2)", True), (stuttgart, False)]),
        ):
            pdf.set_font("Times", "", 9)
            width = sum(pdf.get_string_width(t) * (0.65 if sup else 1) for t, sup in parts)
            _raised(pdf, (PAGE_W - width) / 2, y, parts, 9)
        _abstract_and_body(pdf, 68)
    return Path(path)


STATED_AFFILIATIONS = (
    "Department of Linguistics, University of Oslo, 0316 Oslo, Norway",
    "Laboratoire des Signaux et Systemes, Universite Paris-Sud, 91192 Gif-sur-Yvette, France",
)


def stated_affiliations_page(path: str | Path) -> Path:
    """An IEEE journal's first page: the names alone under the title, and at the foot of column 1 the
    note "Manuscript received …" and the affiliations stated in sentences, "A. Lee and B. Chen are
    with the …, Norway (e-mail: …). C. Dunn is with the …", wrapped over the column's lines."""
    oslo, paris = STATED_AFFILIATIONS
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _centred(pdf, 42, "Ann Lee, Bo Chen, and Cy Dunn", "Times", "", 11)
        _abstract_and_body(pdf, 54, intro_under_abstract=True)
        notes = [
            "Manuscript received April 19, 2021; revised August 26, 2021.\n",
            *f"A. Lee and B. Chen are with the {oslo} (e-mail: ann.lee@uio.no; bo.chen@uio.no).".split(),
            *f"C. Dunn is with the {paris} (e-mail: cy.dunn@u-psud.fr).".split(),
        ]
        _paragraph(pdf, LEFT, 250, COL_W, notes, size=7, leading=3.0)
    return Path(path)


def _two_marked_affiliations(pdf: FPDF, first: str) -> None:
    """ "Ann Lee¹, Bo Chen²" under the title and their two affiliations listed by marker under it, the
    first one `first`, the second Tsinghua's."""
    _raised(pdf, LEFT + 60, 42, [("Ann Lee", False), ("1", True), (", Bo Chen", False), ("2", True)], 11)
    _raised(pdf, LEFT + 20, 49, [("1", True), (f" {first}", False)], 10)
    _raised(
        pdf, LEFT + 20, 54, [("2", True), (" Institute of Computing, Tsinghua University, China", False)], 10
    )


SPELLED_EMAILS = ("ann.lee [at] uio [dot] no", "bo.chen(at)tsinghua.edu.cn")


def spelled_emails_page(path: str | Path) -> Path:
    """A byline list whose emails are spelled out against harvesters on the line under the affiliations:
    "ann.lee [at] uio [dot] no, bo.chen(at)tsinghua.edu.cn"."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _two_marked_affiliations(pdf, "Department of Linguistics, University of Oslo, Norway")
        _centred(pdf, 60, ", ".join(SPELLED_EMAILS), "Courier", "", 9)
        _abstract_and_body(pdf, 70)
    return Path(path)


INLINE_EMAIL_AFFILIATIONS = (
    ("Department of Linguistics, University of Oslo, Norway", "ann.lee@uio.no"),
    ("Tsinghua University, Beijing, China", "{bo.chen,cy.dunn}@thu.cn"),
)


def inline_email_affiliations_page(path: str | Path) -> Path:
    """Names with raised markers and nothing under them; the affiliations in small print at the foot of
    column 1, each line ending in its authors' addresses without a label: "¹ Department …, Norway,
    ann.lee@uio.no"."""
    (oslo, ann), (tsinghua, others) = INLINE_EMAIL_AFFILIATIONS
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        names = [
            ("Ann Lee", False),
            ("1", True),
            (", Bo Chen", False),
            ("2", True),
            (", Cy Dunn", False),
            ("2", True),
        ]
        _raised(pdf, LEFT + 50, 42, names, 11)
        _abstract_and_body(pdf, 54, intro_under_abstract=True)
        _raised(pdf, LEFT, 262, [("1", True), (f" {oslo}, {ann}", False)], 7)
        _raised(pdf, LEFT, 265, [("2", True), (f" {tsinghua}, {others}", False)], 7)
    return Path(path)


def broken_emails_page(path: str | Path) -> Path:
    """A marked byline list whose addresses, in a narrow column, break after a hyphen of the domain
    ("ann.lee@uni-" / "heidelberg.de") and of the local part ("bo-" / "chen@tsinghua.edu.cn")."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _two_marked_affiliations(pdf, "Department of Linguistics, University of Heidelberg")
        pdf.set_font("Courier", "", 9)
        for k, line in enumerate(("ann.lee@uni-", "heidelberg.de, bo-", "chen@tsinghua.edu.cn")):
            pdf.text(LEFT + 60, 60 + 4 * k, line)
        _abstract_and_body(pdf, 78)
    return Path(path)


def first_page_note_page(path: str | Path, names: str, note: str) -> Path:
    """A first page with the names alone under the title, an abstract and an introduction in column 1,
    and `note` wrapped in small print at the foot of column 1 (where journals state affiliations)."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _centred(pdf, 42, names, "Times", "", 11)
        _abstract_and_body(pdf, 54, intro_under_abstract=True)
        _paragraph(pdf, LEFT, 255, COL_W, note.split(), size=7, leading=3.0)
    return Path(path)


ADDRESSED_AFFILIATIONS = (
    ("Technological University, Dublin, Ireland", "ann.lee@tu.ie"),
    ("Al-Hussein Bin Talal University, Maan, Jordan", "bo.chen@ahu.jo"),
)


def addressed_affiliations_page(path: str | Path) -> Path:
    """IEEE Access's byline: the names in capitals with raised numbers on one line, then one line per
    affiliation opening on its number and ending in its author's "(e-mail: …)"."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _raised(pdf, LEFT, 42, [("ANN LEE", False), ("1", True), (", AND BO CHEN", False), ("2", True)], 10)
        for k, (place, email) in enumerate(ADDRESSED_AFFILIATIONS):
            _raised(pdf, LEFT, 48 + 4 * k, [(str(k + 1), True), (f"{place} (e-mail: {email})", False)], 8)
        _abstract_and_body(pdf, 64)
    return Path(path)


SIDE_BY_SIDE_TABLES = (
    (
        "TABLE II",
        "THE UPDATE TABLE FIELDS",
        (("Field", "Bits", "Kind"), ("table id", "8", "uimsbf"), ("length", "12", "uimsbf")),
    ),
    (
        "TABLE III",
        "THE IDENTIFIER SYNTAX",
        (("Name", "Size", "Type"), ("core flag", "1", "bslbf"), ("version", "5", "uimsbf")),
    ),
)
"""`side_by_side_tables_page`'s tables: label, caption and rows, the first set in column 1, the second in 2."""


def side_by_side_tables_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 text and two tables side by side as IEEE sets them: both
    labels alone on one line, each caption in small capitals under its label, and two lines' height
    under the caption each table's frame (a doubled top rule, side rules, a bottom rule), then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Syntax") + 4
        for k, (label, caption, rows) in enumerate(SIDE_BY_SIDE_TABLES):
            x = LEFT if k == 0 else COL2
            pdf.set_font("Times", "", 9)
            pdf.text(x + (COL_W - pdf.get_string_width(label)) / 2, y, label)
            pdf.set_font("Times", "", 8)
            pdf.text(x + (COL_W - pdf.get_string_width(caption)) / 2, y + 3.5, caption)
            top = y + 3.5 + 8.5  # over two lines of text under the caption's baseline
            bottom = top + 2 + 5 * len(rows)
            pdf.set_line_width(0.25)
            for rule in (top, top + 0.85, bottom):  # \hline\hline over the head, \hline under the rows
                pdf.line(x + 2, rule, x + COL_W - 2, rule)
            for side in (x + 2, x + COL_W - 2):
                pdf.line(side, top + 0.85, side, bottom)
            pdf.set_font("Times", "", 9)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    pdf.text(x + 5 + 27 * j, top + 5.5 + 5 * i, cell)
        _paragraph(pdf, LEFT, y + 45, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


NUMBERED_WITHIN_TABLES = (
    "Table A.1: Counts of the items in the appendix.",
    "Table 3.2: Counts of the items in each of the sections.",
)
"""`numbered_within_page`'s captions: tables numbered within an appendix and within a chapter."""


def numbered_within_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 two captions of tables numbered within a part ("Table
    A.1", "Table 3.2"), each over three rows of a small table, text between and after them."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "Appendix A") + 4
        for t, caption in enumerate(NUMBERED_WITHIN_TABLES):
            y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
            pdf.set_font("Times", "", 9)
            for r in range(3):
                for k, cell in enumerate(
                    ("Item", "Low", "High") if r == 0 else (f"I{r}", f"{5 * r + t}", f"{9 * r}")
                ):
                    pdf.text(LEFT + 10 + 20 * k, y, cell)
                y += 4.5
            y = _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta" if t else "delta", 0, 40)) + 4
    return Path(path)


LONG_TABLE_HEAD = ("Run", "Setting", "Score", "Time")
LONG_TABLE_ROWS = tuple(
    (f"R{i}", f"setting {i % 4}", f"{50 + 3 * i % 41}.{i % 10}", f"{i + 2} s") for i in range(1, 61)
)
"""`long_table_paper`'s table: its head row, repeated on each page, and sixty rows that fill two pages."""


def long_table_paper(path: str | Path, caption_last: bool = False, repeat_head: bool = True) -> Path:
    """A page of running text; on page 2 text, then a long booktabs table that runs over the page break
    (as LaTeX's longtable sets it: the head row and its rules repeated at the top of page 3, the bottom
    rule after the last row), then text. `caption_last`: the caption closes the table (under its bottom
    rule on page 3) instead of opening it on page 2. `repeat_head=False`: page 3 opens with the rows
    under a top rule only, no head row."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Runs") + 4
        caption = "Table 4: Score and time of every run."
        if not caption_last:
            y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        columns = (LEFT + 10, LEFT + 45, LEFT + 95, LEFT + 130)
        rows = list(LONG_TABLE_ROWS)
        while rows:
            pdf.set_line_width(0.4)
            pdf.line(LEFT + 5, y - 4, LEFT + 150, y - 4)  # top rule
            pdf.set_font("Times", "", 9)
            if repeat_head or len(rows) == len(LONG_TABLE_ROWS):
                for x, cell in zip(columns, LONG_TABLE_HEAD, strict=True):
                    pdf.text(x, y, cell)
                pdf.set_line_width(0.2)
                pdf.line(LEFT + 5, y + 1.8, LEFT + 150, y + 1.8)  # mid rule
                y += 6.5
            while rows and y < PAGE_H - 25:
                for x, cell in zip(columns, rows.pop(0), strict=True):
                    pdf.text(x, y, cell)
                y += 4.5
            if rows:
                pdf.add_page()
                y = 25.0
        pdf.set_line_width(0.4)
        pdf.line(LEFT + 5, y - 2.5, LEFT + 150, y - 2.5)  # bottom rule
        if caption_last:
            y = _paragraph(pdf, LEFT, y + 4, FULL_W, caption.split(), size=9)
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


WIDE_TABLE = (
    ("Model", "Params", "Train time", "Dev F1", "Test F1", "Memory"),
    ("Baseline", "110M", "3.5 h", "84.1", "83.0", "12 GB"),
    ("Ours small", "66M", "2.0 h", "85.2", "84.7", "8 GB"),
    ("Ours large", "340M", "9.1 h", "88.9", "88.1", "30 GB"),
)
"""`wide_table_paper`'s table, set across both columns."""


def wide_table_paper(path: str | Path, rotated_table: bool = False) -> Path:
    """A page of title and running text, then on page 2 a table set across both columns at the top of the
    page (LaTeX's table*: caption, booktabs rules, six columns as wide as the text) over two columns of
    running text. `rotated_table`: a third page holding a table turned 90° (sidewaystable: caption and
    rows read bottom to top) and nothing else."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, prose_words("gamma", 0, 220))
        _paragraph(pdf, COL2, 50, COL_W, prose_words("delta", 0, 240))
        pdf.add_page()
        _running(pdf, 2)
        caption = "Table 2: Size, cost and scores of the models on the development and test sets."
        _centred(pdf, 28, caption, "Times", "", 9)
        top, xs = 32.0, (LEFT + 4, LEFT + 40, LEFT + 64, LEFT + 92, LEFT + 118, LEFT + 144)
        pdf.set_line_width(0.4)
        pdf.line(LEFT, top, LEFT + FULL_W, top)
        pdf.set_font("Times", "", 9)
        for i, row in enumerate(WIDE_TABLE):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, top + 5 + 5 * i + (1.5 if i else 0), cell)
            if i == 0:
                pdf.set_line_width(0.2)
                pdf.line(LEFT, top + 7, LEFT + FULL_W, top + 7)
        bottom = top + 5 * len(WIDE_TABLE) + 5
        pdf.set_line_width(0.4)
        pdf.line(LEFT, bottom, LEFT + FULL_W, bottom)
        _paragraph(pdf, LEFT, bottom + 10, COL_W, prose_words("alpha", 0, 260))
        _paragraph(pdf, COL2, bottom + 10, COL_W, prose_words("beta", 0, 260))
        if rotated_table:
            pdf.add_page()
            with pdf.rotation(90, PAGE_W / 2, PAGE_H / 2):
                x0, y0 = PAGE_W / 2 - 90, PAGE_H / 2 - 40
                pdf.set_font("Times", "", 9)
                pdf.text(x0, y0, "Table 3: Scores turned to fit the page.")
                for i, row in enumerate(WIDE_TABLE):
                    for k, cell in enumerate(row):
                        pdf.text(x0 + 30 * k, y0 + 10 + 5 * i, cell)
    return Path(path)


def empty_and_chart_tables_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 text, a table caption over an empty tabular (its booktabs
    rules and nothing between them), text, a table caption over a bar chart drawn as filled boxes with a
    few labels under them (a figure set as a table), and text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "7 Odd tables") + 4
        y = _paragraph(pdf, LEFT, y, FULL_W, "Table 5: Results still to come.".split(), size=9) + 1
        pdf.set_line_width(0.4)
        for rule in (y - 2, y + 4, y + 12):
            pdf.line(LEFT + 10, rule, LEFT + 140, rule)
        y = _paragraph(pdf, LEFT, y + 22, FULL_W, prose_words("beta", 0, 50)) + 4
        y = _paragraph(pdf, LEFT, y, FULL_W, "Table 6: Counts per class, as bars.".split(), size=9) - 2
        pdf.set_fill_color(90, 90, 90)
        for k, height in enumerate((32, 20, 26, 12)):
            pdf.rect(LEFT + 20 + 25 * k, y + 35 - height, 12, height, style="F")
        pdf.set_font("Helvetica", "", 8)
        for k, label in enumerate(("cats", "dogs", "birds", "fish")):
            pdf.text(LEFT + 21 + 25 * k, y + 40, label)
        _paragraph(pdf, LEFT, y + 52, FULL_W, prose_words("gamma", 0, 50))
    return Path(path)


LABEL_IN_COLUMN_CAPTION = ("Table II", "FALL ACCELERATION, PERSON 1 AND 2")
LABEL_IN_COLUMN_ROWS = tuple(
    (
        f"57.{311 + 4 * i}",
        f"{3 + i % 6},{i % 10}3",
        f"0,{i % 10}1",
        f"25.{254 + 5 * i}",
        f"{8 - i % 6},{i % 10}5",
        f"0,{i % 10}9",
    )
    for i in range(20)
)
"""`label_in_column_page`'s label and caption, and its table's rows."""


def label_in_column_page(path: str | Path) -> Path:
    """A table of six columns of numbers at the top of column 2, set above its caption as IEEE sets one
    at a column's head: the label alone at the rows' own pitch under the fourth column's last value (so
    the layout reads it as that column's last line), the caption in smaller capitals under it; running
    text in column 1; all on page 2, after a page of title and text."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 200))
        pdf.add_page()
        _paragraph(pdf, LEFT, 30, COL_W, [*prose_words("alpha", 0, 160), "end."])
        label, caption = LABEL_IN_COLUMN_CAPTION
        pdf.set_font("Times", "", 8)
        y = 30.0
        for row in LABEL_IN_COLUMN_ROWS:
            for k, cell in enumerate(row):
                pdf.text(COL2 + 1 + 13.5 * k, y, cell)
            y += 3.2
        pdf.text(COL2 + 37, y, label)
        pdf.set_font("Times", "", 6.4)
        pdf.text(COL2 + (COL_W - pdf.get_string_width(caption)) / 2, y + 3.2, caption)
        _paragraph(pdf, COL2, y + 12, COL_W, [*prose_words("beta", 0, 60), "end."])
    return Path(path)


def stacked_authors_page(path: str | Path, authors: list[tuple[str, list[str]]]) -> Path:
    """Authors stacked down one centred column, each name (or "A and B") with its affiliation lines under
    it, names and affiliations all in one type and evenly spaced (JMLR-style arXiv preprints)."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Times", "B", 17)
        y = 42.0
        for name, details in authors:
            for text in [name, *details]:
                _centred(pdf, y, text, "Times", "", 12)
                y += 5.5
            y += 1.0
        _abstract_and_body(pdf, y + 8)
    return Path(path)


def inner_page(path: str | Path) -> Path:
    """A page from inside a paper, alone (a one-page excerpt): a sentence running on from the page before,
    a run-in subheading in the body's type ("C. Disparity Selection"), two columns of text, no title."""
    with _document(path) as pdf:
        y = _paragraph(pdf, LEFT, 30, COL_W, ["aggregation", "from", "the", "left", "to", "the", "right."])
        pdf.set_font("Times", "I", BODY_SIZE)
        pdf.text(LEFT, y + 2, "C. Disparity Selection and Confidence Assessment")
        _paragraph(pdf, LEFT, y + 2 + LEADING, COL_W, [*prose_words("alpha", 1, 120), "end."])
        _paragraph(pdf, COL2, 30, COL_W, [*prose_words("beta", 1, 160), "end."])
    return Path(path)


def _pieces(pdf: FPDF, x: float, y: float, pieces: list[tuple[str, str]], size: float = BODY_SIZE) -> float:
    """Draw text pieces one after another on a baseline, each in its own Times style ("", "I", "B");
    return where the next piece would start."""
    for text, style in pieces:
        pdf.set_font("Times", style, size)
        pdf.text(x, y, text)
        x += pdf.get_string_width(text + " ")
    return x


def colon_run_in_page(path: str | Path, heads: list[list[tuple[str, str]]], run_on: bool = False) -> Path:
    """A section whose paragraphs each open with a numbered run-in heading in IEEE's manner, drawn from
    styled `heads` pieces ("1) WUKONG:" in italic), the text upright after it. With `run_on`, every line
    of a paragraph fills the column (its short last line is left out) and the next paragraph follows at
    the lines' own pitch, so only its indent shows where it starts."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        for n, head in enumerate(heads):
            x = _pieces(pdf, LEFT + 4, y, head)
            pdf.set_font("Times", "", BODY_SIZE)
            text = prose_words(f"item{n}", 0, 80)
            first = _wrap(pdf, text, LEFT + FULL_W - x)[0]
            pdf.text(x, y, first)
            lines = _wrap(pdf, text[len(first.split()) :], FULL_W)
            if run_on:
                lines = [line for line in lines if pdf.get_string_width(line) > 0.95 * FULL_W]
            for line in lines:
                y += LEADING
                pdf.text(LEFT, y, line)
            y += LEADING + (0 if run_on else PARA_GAP)
    return Path(path)


def _small_caps(pdf: FPDF, x: float, y: float, words: list[str], draw: bool = True) -> float:
    """Capitals as small capitals set them: a letter given in capitals ("REDUNDANCY") at the text's size,
    one given in lowercase ("flooding") as a capital at 0.8 of it; return where the line ends (with
    `draw` False, only that)."""
    for word in words:
        for char in word:
            small = char.isalpha() and not char.isupper()
            pdf.set_font("Times", "", 0.8 * BODY_SIZE if small else BODY_SIZE)
            if draw:
                pdf.text(x, y, char.upper())
            x += pdf.get_string_width(char.upper())
        pdf.set_font("Times", "", BODY_SIZE)
        x += pdf.get_string_width(" ")
    return x


def small_caps_headings_page(path: str | Path, second: list[list[str]], pitch: float = LEADING) -> Path:
    """IEEE's section headings: numbered in Roman numerals, in small capitals at the text's size, centred
    in the column; the `second` heading's lines centred one under the other at `pitch` (a line with no
    capitalised word is set all in the small capitals' size)."""
    with _document(path) as pdf:
        y = 30.0
        for n, heading in enumerate(([["I.", "Introduction"]], second)):
            for line in heading:
                width = _small_caps(pdf, 0, 0, line, draw=False)
                _small_caps(pdf, LEFT + (COL_W - width) / 2, y, line)
                y += pitch
            y = _paragraph(pdf, LEFT, y + 1, COL_W, [*prose_words(f"alpha{n}", 0, 60), "end."]) + PARA_GAP
    return Path(path)


def styled_headings_page(path: str | Path, headings: list[tuple[str, str]]) -> Path:
    """Headings as given, each (text, style): Helvetica at 12 pt in that style ("B" bold, "" regular),
    each over a paragraph of text."""
    with _document(path) as pdf:
        y = 30.0
        for n, (text, style) in enumerate(headings):
            pdf.set_font("Helvetica", style, 12)
            pdf.text(LEFT, y, text)
            y = _paragraph(pdf, LEFT, y + 7, FULL_W, [*prose_words(f"p{n}", 0, 40), "end."]) + PARA_GAP + 2
    return Path(path)


def diagram_label_page(path: str | Path) -> Path:
    """A diagram (a box drawn around a bold label, "Server Node", set like an unnumbered heading) between
    two paragraphs of a section; then a second section framed with its text in a drawn box, as boxed
    inserts are."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        pdf.set_draw_color(0)
        pdf.rect(LEFT + FULL_W / 2 - 30, y, 60, 30, "D")
        pdf.set_font("Helvetica", "B", 14)
        label = "Server Node"  # centred, as a heading may be
        _heading(pdf, LEFT + (FULL_W - pdf.get_string_width(label)) / 2, y + 16, label, size=14)
        y = _paragraph(pdf, LEFT, y + 40, FULL_W, [*prose_words("beta", 0, 40), "end."]) + PARA_GAP
        top = y
        y = _heading(pdf, LEFT + 4, y + 6, "2 Method")
        y = _paragraph(pdf, LEFT + 4, y, FULL_W - 8, [*prose_words("gamma", 0, 60), "end."])
        pdf.rect(LEFT, top, FULL_W, y - top, "D")
    return Path(path)


def section_page(path: str | Path, paragraphs: list[tuple[str, float]]) -> Path:
    """ "1 Introduction" over the given paragraphs, each (text, size in pt), across the page."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        for text, size in paragraphs:
            y = _paragraph(pdf, LEFT, y, FULL_W, text.split(), size=size) + PARA_GAP
    return Path(path)


def unruled_group_heads_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, then under its caption a table without any rule: a line
    of group heads, "b=4" and "b=8" each centred over three of six equally spaced columns, its stub
    column empty, over the column heads ("Run", "M1 M2 S M1 M2 S"), then three rows whose stubs are as
    wide as their numbers (so the stub column and the column after a group frame the same middle); then
    text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "6 Stages")
        caption = (
            "Table 4: Execution time of each stage of the pipeline for two partition sizes, in seconds, "
            "averaged over ten runs on one node of the cluster."
        )
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 3
        xs = [LEFT + 4 + 15 * k for k in range(7)]
        pdf.set_font("Times", "", 9)
        width = pdf.get_string_width("00.0")
        for group, head in ((1, "b=4"), (4, "b=8")):
            middle = (xs[group] + xs[group + 2] + width) / 2
            pdf.text(middle - pdf.get_string_width(head) / 2, y, head)
        for x, head in zip(xs, ("Run", "M1", "M2", "S", "M1", "M2", "S"), strict=True):
            pdf.text(x, y + 4.5, head)
        y += 9
        for i in range(3):
            row = [f"R{i + 1}.{i}", *(f"{(i + 2) * (k + 3) % 50 + 10}.{k}" for k in range(1, 7))]
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            y += 4.5
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


NOTED_TABLE = (
    ("Method", "Recall", "Time"),
    ("Greedy", "71.2", "3.4"),
    ("Beam", "74.8", "9.1"),
    ("Exact", "75.0", "42.7"),
)
"""`noted_table_page`'s table: a head row and three rows."""


def noted_table_page(path: str | Path, ruled: bool, note: tuple[str, str]) -> Path:
    """A page of running text; on page 2 text, then under its caption a narrow table (booktabs' rules
    when `ruled`, else none) and a note of two lines in smaller type under it, set wider than the
    table; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Results")
        caption = "Table 3: Recall and decoding time of three search methods on the test set."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        xs, right = (LEFT + 30, LEFT + 55, LEFT + 75), LEFT + 88
        pdf.set_line_width(0.4)
        if ruled:
            pdf.line(xs[0] - 2, y, right, y)
        pdf.set_font("Times", "", 9)
        y += 4.5
        for i, row in enumerate(NOTED_TABLE):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            if ruled and i == 0:
                pdf.set_line_width(0.2)
                pdf.line(xs[0] - 2, y + 1.5, right, y + 1.5)
                y += 1.5
            y += 4.5
        if ruled:
            pdf.set_line_width(0.4)
            pdf.line(xs[0] - 2, y - 2.5, right, y - 2.5)
        pdf.set_font("Times", "", 7.5)
        for line in note:
            pdf.text(LEFT + 20, y + 1, line)
            y += 3.5
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


FRONT_TABLE_ROWS = (("Model", "Dev", "Test"), ("Base", "71.2", "70.4"), ("Ours", "74.8", "73.9"))
"""The rows of the table `front_float_page` sets on its title page."""


def front_float_page(
    path: str | Path, figure: bool = False, bold_label: bool = False, caption_below: bool = False
) -> Path:
    """A title page whose float sits between the byline and the abstract, as LaTeX places a float at
    the top of page 1: a table in column 1, its caption ("Table 1: …") above its rows under booktabs
    rules; or (figure) a teaser figure across the page, a drawn box with labels in it and its caption
    ("Figure 1. …") under it (CVPR, ACM); bold_label: the figure's label in bold with no stop after it
    ("**Fig. 1** Our reader…", Springer's); caption_below: the names side by side with no
    affiliations, and the table's caption centred under its rows and a note in small type, a line and
    a half of blank away, the table wider than its caption. The introduction starts column 2."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        if caption_below:  # the names side by side, no affiliations under them
            for centre, name in zip((PAGE_W / 3, 2 * PAGE_W / 3), FRONT_GRID_NAMES, strict=True):
                _centred_in(pdf, centre - 40, 80, 42, name, 11, "B")
        else:
            _centred(pdf, 42, "Ann Lee and Bo Chen", "Times", "B", 11)
            _centred(pdf, 47, "Department of Informatics, University of Bergen, Norway", "Times", "", 10)
        if figure:
            pdf.set_line_width(0.3)
            pdf.rect(LEFT, 56, FULL_W, 30)
            pdf.set_font("Helvetica", "", 8)
            for i, label in enumerate(("Input scan", "Detected lines", "Reading order")):
                pdf.text(LEFT + 8 + i * 60, 72, label)
            label = "Fig. 1 " if bold_label else "Figure 1. "
            pdf.set_font("Times", "B" if bold_label else "", 9)
            pdf.text(LEFT, 91, label)
            x = LEFT + pdf.get_string_width(label)
            pdf.set_font("Times", "", 9)
            pdf.text(x, 91, "Our reader turns a page scan into its lines in reading order.")
            top = 102.0
        elif caption_below:
            pdf.set_font("Times", "", 9)
            for i, row in enumerate(FRONT_NAMED_ROWS):
                for k, cell in enumerate(row):
                    pdf.text(LEFT + 28 * k, 60 + 5.5 * i, cell)
            pdf.set_font("Times", "", 7)
            for i, note in enumerate(FRONT_TABLE_NOTE):
                pdf.text(LEFT, 75 + 3.2 * i, note)
            _centred_in(pdf, LEFT, COL_W, 89.5, "Table 1: Accuracy of both models.", 9)
            top = 100.0
        else:
            pdf.set_font("Times", "", 9)
            pdf.text(LEFT, 60, "Table 1: Accuracy of both models on the data.")
            pdf.set_line_width(0.4)
            pdf.line(LEFT, 62, LEFT + COL_W, 62)
            pdf.line(LEFT, 80, LEFT + COL_W, 80)
            pdf.set_line_width(0.2)
            pdf.line(LEFT, 67.5, LEFT + COL_W, 67.5)
            for i, row in enumerate(FRONT_TABLE_ROWS):
                for k, cell in enumerate(row):
                    pdf.text(LEFT + 4 + 28 * k, 66 + 5.5 * i, cell)
            top = 94.0
        y = _heading(pdf, LEFT, top, "Abstract", 11)
        _paragraph(pdf, LEFT, y, COL_W, ["We", "present", *words("gamma", 1, 60), "gamma60."])
        y = _heading(pdf, COL2, top if figure else 60, "1 Introduction")
        _paragraph(pdf, COL2, y, COL_W, [*words("beta", 1, 80), "beta80."])
    return Path(path)


FRONT_GRID_NAMES = ("Ann Lee", "Bo Chen")
"""The byline of `front_float_page(caption_below=True)`: names side by side."""
FRONT_NAMED_ROWS = (
    ("Method", "Kernel Model", "Greedy Parser"),
    ("Spectral Reader", "71.2", "70.4"),
    ("Neural Tagger", "74.8", "73.9"),
)
"""The rows of `front_float_page(caption_below=True)`: heads and stubs of two capitalised words, as a
byline's names are."""
FRONT_TABLE_NOTE = (
    "Note: accuracy is the share of the test pages whose",
    "lines were all read in the right order, over three",
    "runs with the seeds that the appendix lists.",
)
"""The note under the table of `front_float_page(caption_below=True)`: prose, in small type."""


def _centred_in(pdf: FPDF, x: float, width: float, y: float, text: str, size: float, style: str = "") -> None:
    """`text` in Times centred in the measure `width` mm wide from `x`."""
    pdf.set_font("Times", style, size)
    pdf.text(x + (width - pdf.get_string_width(text)) / 2, y, text)


def grid_group_head_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, then under its caption a full grid (a rule over and under
    every row, vertical lines between all columns) of a stub and four number columns, whose first row
    holds two group heads each over two columns, the vertical line between those columns broken on that
    row (\\multicolumn{2}{c|}); the first group head, "Encoder robust", is set so that the space between
    its words meets the left edge of the second column's numbers; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Results")
        caption = "Table 2: Accuracy of the encoder and decoder variants on the test set."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        xs = [LEFT + 2, LEFT + 32, LEFT + 48, LEFT + 64, LEFT + 80, LEFT + 96]
        rows = [
            ("Model", "Top1", "Top5", "Top1", "Top5"),
            ("Greedy", "71.25", "88.10", "70.02", "87.45"),
            ("Beam", "74.80", "90.35", "73.61", "89.90"),
            ("Exact", "75.04", "91.20", "74.48", "90.12"),
        ]
        pdf.set_line_width(0.2)
        pdf.set_font("Times", "", 9)
        pitch = 4.5
        pdf.line(xs[0], y, xs[-1], y)
        space = pdf.get_string_width(" ")
        pdf.text(xs[2] + 2 - space - pdf.get_string_width("Encoder"), y + pitch - 1.2, "Encoder")
        pdf.text(xs[2] + 2, y + pitch - 1.2, "robust")
        middle = (xs[3] + xs[4] + 4 + pdf.get_string_width("88.10")) / 2
        pdf.text(middle - pdf.get_string_width("Decoder") / 2, y + pitch - 1.2, "Decoder")
        for x in (xs[0], xs[1], xs[3], xs[5]):
            pdf.line(x, y, x, y + pitch)
        y += pitch
        for row in rows:
            pdf.line(xs[0], y, xs[-1], y)
            for x, cell in zip(xs, row, strict=False):
                pdf.text(x + 2, y + pitch - 1.2, cell)
            for x in xs:
                pdf.line(x, y, x, y + pitch)
            y += pitch
        pdf.line(xs[0], y, xs[-1], y)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def bold_list_page(path: str | Path, items: list[str], run_in: bool = False, turn: int = 0) -> Path:
    """A section whose paragraph ("... as follows:") introduces a numbered list of bold `items`, then
    "2 Method". Each item's label is indented from the column's edge, as LaTeX's enumerate sets it. By
    default each item stands on a line of its own with a plain paragraph indented under it; with `run_in`,
    the text follows the item's title on its line ("1) Gathering Dependencies: Check ...") and its later
    lines hang under that text, the next item at the same pitch, and the section's paragraph goes on at
    the column's edge after the list; the first line of run-in item `turn` (counted from 1) closes its
    page, the item's other lines open the next."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "as", "follows:"]) + PARA_GAP
        for n, item in enumerate(items, 1):
            label = f"{n}) {item}" if run_in else f"{n}. {item}"
            if not run_in:
                pdf.set_font("Times", "B", BODY_SIZE)
                pdf.text(LEFT + 4, y, label)
                y = _paragraph(pdf, LEFT + 9, y + LEADING + 1, FULL_W - 9, prose_words(f"i{n}", 0, 30)) + 1
                continue
            x = _pieces(pdf, LEFT + 4, y, [(label, "B")])
            pdf.set_font("Times", "", BODY_SIZE)
            text = prose_words(f"item{n}", 0, 50)
            first = _wrap(pdf, text, LEFT + FULL_W - x)[0]
            pdf.text(x, y, first)
            if n == turn:
                pdf.add_page()
                y = 30.0 - LEADING
            y = _paragraph(pdf, LEFT + 9, y + LEADING, FULL_W - 9, text[len(first.split()) :])
        if run_in:
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("beta", 0, 40), "end."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + PARA_GAP, "2 Method")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("gamma", 0, 40), "end."])
    return Path(path)


def unheaded_bibliography_page(path: str | Path, first: int, sections: list[str], entries: int) -> Path:
    """A paper whose bibliography has no heading: "1. Introduction", then bold sections numbered
    "6. Discussion" from `first` on, each over a paragraph, then `entries` references labelled "[1]",
    "[2]", ..."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1. Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("intro", 0, 30), "end."]) + PARA_GAP
        for n, title in enumerate(sections, first):
            y = _heading(pdf, LEFT, y, f"{n}. {title}")
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"s{n}", 0, 30), "end."]) + PARA_GAP
        for n in range(1, entries + 1):
            entry = (
                f"[{n}] A. Author{n}, B. Writer, A study of reading number {n}, Journal of Tests {n}, 2019."
            )
            y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=9, hang=5) + 1
    return Path(path)


def text_size_headings_page(path: str | Path, headings: list[tuple[str, str]]) -> Path:
    """Headings set at the text's size in Times, each (text, style: "I" italic, "" upright) on a line
    of its own over a paragraph, as IEEE sets its subsections ("A. Overview") and some unnumbered titles."""
    with _document(path) as pdf:
        y = 30.0
        for n, (text, style) in enumerate(headings):
            pdf.set_font("Times", style, BODY_SIZE)
            pdf.text(LEFT, y, text)
            y = (
                _paragraph(pdf, LEFT, y + LEADING + 1, FULL_W, [*prose_words(f"p{n}", 0, 40), "end."])
                + PARA_GAP
            )
    return Path(path)


def section_after_bibliography_page(path: str | Path, sections: int, entries: int) -> Path:
    """A paper of `sections` numbered sections ("1 Introduction", "2 Part2", ...), then a "References"
    heading over `entries` numbered entries ("1. A. Author1, ... 2019.", one line each), then the next
    numbered section, "Discussion", over a paragraph: a section some journals print after the references."""
    with _document(path) as pdf:
        y = 30.0
        for n in range(1, sections + 1):
            y = _heading(pdf, LEFT, y, f"{n} {'Introduction' if n == 1 else f'Part{n}'}")
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"s{n}", 0, 25), "end."]) + PARA_GAP
        y = _heading(pdf, LEFT, y, "References")
        for n in range(1, entries + 1):
            entry = f"{n}. A. Author{n}, A study of reading, Journal of Tests {n}, 2019."
            y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=9) + 1
        y = _heading(pdf, LEFT, y + PARA_GAP, f"{sections + 1} Discussion")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("disc", 0, 40), "end."])
    return Path(path)


SIDE_BY_SIDE_NAMES = ("Ann Lee", "Bo Chen", "Cara Diaz")
SIDE_BY_SIDE_PLACES = (
    "University of Bergen",
    "University of Oslo",
    "University of Tromso",
)


def side_by_side_page(
    path: str | Path, authors: int = 2, affiliations: bool = False, marks: bool = False
) -> Path:
    """A title page as LaTeX's article class sets `\\author{A \\and B}`: the first `authors` names of
    SIDE_BY_SIDE_NAMES on one baseline, each centred in its own column with a wide gap between them,
    and (affiliations) each one's university centred under it, or (marks) a raised number after each
    name, the last one's raised higher than the others, and the universities as numbered footnotes at
    the foot of column 1; then the abstract, and two columns of text, the introduction starting
    column 1."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        width = FULL_W / authors
        for i, name in enumerate(SIDE_BY_SIDE_NAMES[:authors]):
            _centred_in(pdf, LEFT + i * width, width, 42, name, 12)
            if affiliations:
                _centred_in(pdf, LEFT + i * width, width, 47, SIDE_BY_SIDE_PLACES[i], 10)
            if marks:
                pdf.set_font("Times", "", 12)
                x = LEFT + i * width + (width + pdf.get_string_width(name)) / 2
                _raised(pdf, x, 42 - (1.0 if i == authors - 1 else 0.0), [(str(i + 1), True)], 12)
                pdf.set_font("Times", "", 8)
                pdf.text(LEFT, 270 + 4 * i, f"{i + 1} {SIDE_BY_SIDE_PLACES[i]}, Norway")
        y = _heading(pdf, LEFT, 60, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *words("gamma", 1, 50), "gamma50."])
        top = y + 8
        y = _heading(pdf, LEFT, top, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 90), "alpha90."])
        _paragraph(pdf, COL2, top, COL_W, [*words("beta", 1, 90), "beta90."])
    return Path(path)


FOOT_AFFILIATIONS = (
    "University of Bergen, Norway",
    "Department of Physics, University of Oslo, Norway",
)


def foot_numbered_notes_paper(path: str | Path, raised: bool = False) -> Path:
    """A two-page paper whose title page names its authors with raised numbers and sets their
    affiliations as numbered footnotes in small type under a rule at the foot of column 1 (the number
    raised, or plain on the line as many templates set it), with sections "1 Introduction" and
    "2 Method"; the second page has "3 Results" and "4 Discussion" and a footnote numbered "3" at its
    foot, under a rule."""
    with _document(path) as pdf:
        _centred(pdf, 30, TITLE, "Helvetica", "B", 16)
        _centred_raised(pdf, 42, [("Ann Lee", False), ("1", True), (", Bo Chen", False), ("2", True)], 11)
        y = _heading(pdf, LEFT, 54, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *words("gamma", 1, 40), "gamma40."])
        top = y + 8
        y = _heading(pdf, LEFT, top, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 60), "alpha60."])
        _heading(pdf, LEFT, y + 4, "2 Method")
        _paragraph(pdf, COL2, top, COL_W, [*words("beta", 1, 120), "beta120."])
        _foot_notes(pdf, [(str(i + 1), place) for i, place in enumerate(FOOT_AFFILIATIONS)], raised)
        _running(pdf, 1)
        pdf.add_page()
        y = _heading(pdf, LEFT, 25, "3 Results")
        y = _paragraph(pdf, LEFT, y, COL_W, [*words("delta", 1, 80), "delta80."])
        _heading(pdf, LEFT, y + 4, "4 Discussion")
        _paragraph(pdf, COL2, 25, COL_W, [*words("epsilon", 1, 120), "epsilon120."])
        _foot_notes(pdf, [("3", "Supported by the Research Council of Norway")], raised)
        _running(pdf, 2)
    return Path(path)


def _foot_notes(pdf: FPDF, notes: list[tuple[str, str]], raised: bool) -> None:
    """Numbered notes in 8 pt at the foot of column 1, under a short rule."""
    pdf.line(LEFT, 262, LEFT + 30, 262)
    for i, (mark, text) in enumerate(notes):
        if raised:
            _raised(pdf, LEFT, 267 + 4 * i, [(mark, True), (text, False)], 8)
        else:
            pdf.set_font("Times", "", 8)
            pdf.text(LEFT, 267 + 4 * i, f"{mark} {text}")


def _centred_raised(pdf: FPDF, y: float, parts: list[tuple[str, bool]], size: float) -> None:
    """`_raised` runs centred on the page (a byline whose names carry raised markers)."""
    pdf.set_font("Times", "", size)
    width = sum(pdf.get_string_width(t) * (0.65 if sup else 1) for t, sup in parts)
    _raised(pdf, (PAGE_W - width) / 2, y, parts, size)


BODY_SIZE_TABLE = (
    ("Model", "Sequence accuracy", "Spectral accuracy", "Recurrent accuracy"),
    ("Sequence-8", "71.4 on the held out", "62.9 on the held out", "55.0 on the held out"),
    ("Spectral-7", "68.2 on the held out", "64.1 on the held out", "57.3 on the held out"),
    ("Recurrent-5", "66.0 on the held out", "60.8 on the held out", "59.6 on the held out"),
)
"""`body_size_table_page`'s table: rows as long as a line of text, in the text's own font and size."""


def body_size_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, a booktabs table (rules over, under the heads and under
    it) under its caption whose rows are set in the body's font and size, wide enough to pass for lines of
    text, then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Results")
        caption = "Table 1: Accuracy of each model on the held out set of each kind."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        xs = (LEFT, LEFT + 30, LEFT + 75, LEFT + 120)
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y - 3, PAGE_W - LEFT, y - 3)
        pdf.set_font("Times", "", BODY_SIZE)
        for i, row in enumerate(BODY_SIZE_TABLE):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y + 1, cell)
            y += LEADING
            if i == 0:
                pdf.line(LEFT, y - 2.5, PAGE_W - LEFT, y - 2.5)
        pdf.line(LEFT, y - 2, PAGE_W - LEFT, y - 2)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


STACKED_TABLES = (
    (
        "Table 1: Error rates of the three parsers on the news test set.",
        (("Parser", "Tokens", "Errors"), ("Shift", "1204", "31.5"), ("Chart", "1187", "28.2")),
    ),
    (
        "Table 2: Training cost of the parsers on a single machine.",
        (
            ("Parser", "Hours", "Memory", "Epochs"),
            ("Shift", "12.5", "4.1", "20"),
            ("Chart", "30.2", "9.8", "15"),
            ("Beam", "18.7", "6.3", "25"),
        ),
    ),
)
"""`stacked_tables_page`'s tables: caption and rows, one over the other on one page."""


def _stacked_grid(pdf: FPDF, top: float, rows: Sequence[Sequence[str]]) -> float:
    """A full-width booktabs grid from `top` (top rule, rule under the head row, bottom rule), 9 pt cells
    40 mm apart; returns the bottom rule's y."""
    pdf.line(LEFT, top, PAGE_W - LEFT, top)
    pdf.set_font("Times", "", 9)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            pdf.text(LEFT + 10 + 40 * j, top + 4.5 + 4.5 * i, cell)
        if i == 0:
            pdf.line(LEFT, top + 6, PAGE_W - LEFT, top + 6)
    bottom = top + 1.5 + 4.5 * len(rows)
    pdf.line(LEFT, bottom, PAGE_W - LEFT, bottom)
    return bottom


def stacked_tables_page(path: str | Path, captions_above: bool) -> Path:
    """A page of running text, then on page 2 text and two booktabs tables stacked in one float area
    across the page, each caption under its table (or over it): a caption stands 5 mm from its own grid
    and 4 mm from the other table's (a float's separation is no wider than the caption's skip), so the
    nearer grid is the wrong one."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Costs") + 6
        pdf.set_line_width(0.3)
        for k, (caption, rows) in enumerate(STACKED_TABLES):
            if k:
                y += 4  # from the previous table's caption or grid to this table's
            if captions_above:
                y = _stacked_caption(pdf, y, caption) + 5
            y = _stacked_grid(pdf, y, rows)
            if not captions_above:
                y = _stacked_caption(pdf, y + 5, caption)
        _paragraph(pdf, LEFT, y + 10, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


def _stacked_caption(pdf: FPDF, top: float, caption: str) -> float:
    """A one-line caption centred on the page whose box starts at `top`; returns its box's bottom."""
    pdf.set_font("Times", "", 9)
    pdf.text((PAGE_W - pdf.get_string_width(caption)) / 2, top + 2.5, caption)
    return top + 3.2


ACM_COL2 = LEFT + COL_W + 7.8
"""ACM sigconf's narrow gutter (22 pt)."""
ACM_CARD = ("Faculty of Mathematics", "University of Oxford", "Oxford, United Kingdom", "name@ox.ac.uk")
"""An author's card in an ACM byline grid; a column of them set across the gutter hides it from a layout."""


def column_abstract_page(path: str | Path, wraps: bool = False, grid: bool = True) -> Path:
    """An ACM sigconf title page: a full-width title and byline, then two columns from one height, the
    "ABSTRACT" head and its text (``gammaN``) in the left column and the introduction's text (``betaN``)
    going on at the right column's top, level with the head; the left column's "1 INTRODUCTION" under
    the abstract. ``wraps=True``: the abstract fills the left column and runs on at the right column's
    top (``gammaN`` there too), the introduction's head below it in the right column. ``grid=False``: no
    byline, so the layout finds the gutter the byline grid otherwise hides (`ACM_CARD`)."""
    with _document(path) as pdf:
        _centred(pdf, 30, TITLE, "Helvetica", "B", 18)
        y = 42.0
        grid_rows = (("Alice Smith", "Bob Lee", "Carol Wu"), ("Dan Kim", "Eve Brown", "Fay Li"))
        for row in grid_rows if grid else ():
            for k, name in enumerate(row):  # a grid of centred cards, the middle one across the gutter
                centre = PAGE_W / 2 + (k - (len(row) - 1) / 2) * 60
                for i, text in enumerate((name, *ACM_CARD)):
                    pdf.set_font("Times", "", 11 if i == 0 else 9)
                    pdf.text(centre - pdf.get_string_width(text) / 2, y + 4.2 * i, text)
            y += 4.2 * len(ACM_CARD) + 8
        top = y + 2
        y = _heading(pdf, LEFT, top, "ABSTRACT", 10)
        gamma = ["We", "present", *prose_words("gamma", 1, 320 if wraps else 70), "gamma."]
        pdf.set_font("Times", "", 9)
        lines = _wrap(pdf, gamma, COL_W)
        left = int((280 - y) / 3.9) + 1 if wraps else len(lines)
        for i, line in enumerate(lines[:left]):
            pdf.text(LEFT, y + 3.9 * i, line)
        right = y - 3.9 - 1.0  # level with the head, each line 1 mm above a line of the left column
        for i, line in enumerate(lines[left:]):
            pdf.text(ACM_COL2, right + 3.9 * i, line)
        if wraps:
            y = _heading(pdf, ACM_COL2, right + 3.9 * len(lines[left:]) + 5, "1 INTRODUCTION", 10)
            _paragraph(pdf, ACM_COL2, y, COL_W, [*words("alpha", 1, 40), "alpha40."], size=9, leading=3.9)
        else:
            y = _heading(pdf, LEFT, y + 3.9 * len(lines) + 5, "1 INTRODUCTION", 10)
            _paragraph(pdf, LEFT, y, COL_W, [*words("alpha", 1, 60), "alpha60."], size=9, leading=3.9)
            _paragraph(pdf, ACM_COL2, right, COL_W, [*words("beta", 1, 160), "beta160."], size=9, leading=3.9)
    return Path(path)


def _columns_below(pdf: FPDF, top: float, lines: int = 40) -> None:
    """Two columns of ``lines`` lines of 9 pt text from ``top`` down: ``leftN`` words, then ``rightN``."""
    for prefix, x in (("left", LEFT), ("right", COL2)):
        tokens = [f"{prefix}{i}" for i in range(1, 8 * lines)]
        pdf.set_font("Times", "", 9)
        for k, line in enumerate(_wrap(pdf, tokens, COL_W)[:lines]):
            pdf.text(x, top + 4.0 * k, line)


def centred_byline_page(path: str | Path) -> Path:
    """An IEEE conference title page: a title, then a byline centred line by line across the page (names,
    and each author's department, institution and email, centred over the gutter), then two columns of
    text (``leftN``, ``rightN``). The byline's lines outnumber what a gutter lets cross it."""
    with _document(path) as pdf:
        _centred(pdf, 25, TITLE, "Helvetica", "B", 18)
        _centred(pdf, 35, "Alice Smith, Bob Lee, Carol Wu and Dan Kim", "Times", "", 11)
        y = 41.0
        for k in range(4):
            for text in (f"Department of Physics {k}", f"University of Town {k}", f"author{k}@example.org"):
                _centred(pdf, y, text, "Times", "", 10)
                y += 4.4
        _columns_below(pdf, y + 8, lines=44)
    return Path(path)


def spanning_table_page(path: str | Path, rows: int = 22) -> Path:
    """A two-column page under a table set across both columns at its top (LaTeX's ``table*``): a
    centred caption, then ``rows`` rows of five cells spread over the page, the middle one across the
    gutter; two columns of text under it (``leftN``, ``rightN``)."""
    with _document(path) as pdf:
        _centred(pdf, 22, "Table 1: Scores of the five systems on every test set.", "Times", "", 9)
        pdf.set_font("Times", "", 9)
        y = 29.0
        for r in range(rows):
            for c in range(5):
                cell = f"set {r}" if c == 0 else f"{(r + 1) * (c + 3) % 97}.{c} (0.{r % 10}{c})"
                centre = LEFT + FULL_W * (c + 0.5) / 5
                pdf.text(centre - pdf.get_string_width(cell) / 2, y, cell)
            y += 3.8
        _columns_below(pdf, y + 8, lines=34)
    return Path(path)


def centred_one_column_page(path: str | Path) -> Path:
    """A one-column page whose short lines are centred: a title, a byline, section heads, displayed
    equations and a caption, between paragraphs of full-width text (``wordN``)."""
    with _document(path) as pdf:
        _centred(pdf, 25, TITLE, "Helvetica", "B", 16)
        for k, text in enumerate(("Alice Smith and Bob Lee", "University of Oxford", "alice@example.org")):
            _centred(pdf, 35 + 5 * k, text, "Times", "", 11)
        y = 58.0
        for part in range(4):
            _centred(pdf, y, f"{part + 1} Part", "Helvetica", "B", 11)
            y = _paragraph(pdf, LEFT, y + 7, FULL_W, words("word", 60 * part, 60 * part + 60), size=10)
            for eq in ("a + b = c", "x = y"):
                _centred(pdf, y + 2, eq, "Times", "I", 10)
                y += 6
            _centred(pdf, y + 2, f"Figure {part + 1}: A short caption.", "Times", "", 9)
            y += 10
    return Path(path)


def typed_abstract_page(path: str | Path, same_type: bool = False) -> Path:
    """IEEE's title page with no heading over the introduction: a bold 9 pt "Abstract—" paragraph, then
    the introduction's regular 10 pt text straight under it in the same column (same_type: the text under
    it is set in the abstract's type, a second paragraph of the abstract)."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Reliable Power Control for Shared Spectrum Networks", "Times", "", 22)
        _centred(pdf, 42, "Ann Lee and Bo Chen", "Times", "", 11)
        _centred(pdf, 48, "Department of Physics, University of Oslo, Norway", "Times", "I", 10)
        y = _paragraph(
            pdf,
            LEFT,
            62,
            COL_W,
            ["Abstract--We", "present", *words("gamma", 1, 60), "gamma60."],
            size=9,
            style="B",
            leading=4.0,
        )
        size, style = (9, "B") if same_type else (BODY_SIZE, "")
        y = _paragraph(
            pdf,
            LEFT,
            y + 1,
            COL_W,
            [*words("alpha", 1, 70), "alpha70."],
            size=size,
            style=style,
            leading=4.0 if same_type else LEADING,
        )
        _paragraph(pdf, COL2, 62, COL_W, [*words("beta", 1, 120), "beta120."])
    return Path(path)


def card_grid_page(
    path: str | Path, cards: list[list[str]], per_row: int = 2, measure: float = FULL_W
) -> Path:
    """A title page whose byline is a grid of centred author cards, `per_row` a row (acmart's sigconf)
    spread over `measure` mm centred on the page (LaTeX's article sets its \\and blocks closer): each
    card's first line the name in 11 pt, the lines under it (emails, departments, institutions,
    addresses, in the order given) in 9 pt; then the abstract in column 1 beside the introduction."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        width = measure / per_row
        left = (PAGE_W - measure) / 2
        y = 42.0
        for start in range(0, len(cards), per_row):
            row = cards[start : start + per_row]
            for k, card in enumerate(row):
                for i, text in enumerate(card):
                    _centred_in(pdf, left + k * width, width, y + 4.2 * i, text, 11 if i == 0 else 9)
            y += 4.2 * max(len(card) for card in row) + 2  # rows set close, as acmart sets them
        _abstract_and_body(pdf, y + 4)
    return Path(path)


CLOSING_ADDRESSES = (
    ("DEPARTMENT OF MATHEMATICS, UNIVERSITY OF OSLO, OSLO, NORWAY", "ann.lee@uio.no"),
    ("INSTITUTE OF PHYSICS, CHARLES UNIVERSITY, PRAGUE, CZECH REPUBLIC", "bo.chen@cuni.cz"),
)


def closing_addresses_page(
    path: str | Path,
    title: tuple[str, ...] = (BYLINE_TITLE.upper(),),
    byline: tuple[str, ...] = ("ANN LEE AND BO CHEN",),
    addresses: tuple[tuple[str, str], ...] = CLOSING_ADDRESSES,
) -> Path:
    """An AMS (amsart) paper on one page: the title's lines (`title`, 11 pt, or amsart's 10 pt bold
    when it wraps), the names in 8 pt capitals under it (`byline`, a line each), the abstract and a
    section; then, after the text, each author's address in 8 pt capitals (small caps), an indented
    paragraph, with "E-mail address: …" under it (`addresses`, in byline order; a "\\n" in an address
    wraps it, its next line at the margin)."""
    with _document(path) as pdf:
        wrapped = len(title) > 1
        for i, line in enumerate(title):
            _centred(pdf, 30 + 4.9 * i, line, "Times", "B" if wrapped else "", 10 if wrapped else 11)
        top = 40 + 4.9 * (len(title) - 1)
        for i, line in enumerate(byline):
            _centred(pdf, top + 3.2 * i, line, "Times", "", 8)
        top += 10 + 3.2 * (len(byline) - 1)
        y = _paragraph(pdf, LEFT + 20, top, FULL_W - 40, ["Abstract.", *words("gamma", 1, 60)], size=8)
        y = _heading(pdf, LEFT + 70, y + 6, "1. Introduction", 10)
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 120), "alpha120."])
        for address, email in addresses:
            y += 5
            pdf.set_font("Times", "", 8)
            lines = address.split("\n")  # a wrapped address goes on at the margin
            for k, line in enumerate(lines):
                pdf.text(LEFT + (0 if k else 5), y + 3.6 * k, line)
            y += 3.6 * (len(lines) - 1)
            pdf.set_font("Times", "I", 8)
            pdf.text(LEFT + 5, y + 3.6, "E-mail address:")
            pdf.set_font("Times", "", 8)
            pdf.text(LEFT + 5 + pdf.get_string_width("E-mail address: "), y + 3.6, email)
            y += 3.6
    return Path(path)


NAMED_STATEMENTS = (
    "Ann Lee is with the Department of Linguistics, University of Oslo, 0316 Oslo,",
    "Norway (e-mail: ann.lee@uio.no). Bo Chen and Cy Dunn are with the Laboratoire",
    "des Signaux et Systemes, Universite Paris-Sud, 91192 Gif-sur-Yvette, France",
    "(e-mail: bo.chen@u-psud.fr).",
)
"""`STATED_AFFILIATIONS` stated with the byline's full names, as IEEE's journals print them."""
HYPHENATED_STATEMENTS = (
    "Anne-Marie Lee and Jurgen Berg are with the Department of Linguistics,",
    "University of Oslo, Oslo, Norway (e-mail: anne-marie.lee@uio.no; jur-",
    "gen.berg@uio.no).",
)
"""A footnote address hyphenated by TeX at a line's end, as a word is ("jur-" / "gen.berg@uio.no"),
beside one whose name has its own hyphen ("anne-marie.lee@uio.no")."""


def statements_footnote_page(path: str | Path, byline: str, notes: tuple[str, ...]) -> Path:
    """An IEEE journal's first page: the names alone under the title (`byline`), the abstract and the
    introduction, and at the foot of column 1 the footnote stating the affiliations, one line of
    `notes` a line, in 7 pt."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _centred(pdf, 42, byline, "Times", "", 11)
        _abstract_and_body(pdf, 54, intro_under_abstract=True)
        pdf.set_font("Times", "", 7)
        for i, line in enumerate(notes):
            pdf.text(LEFT, 250 + 3.0 * i, line)
    return Path(path)


WRAPPED_BYLINE = (
    (("Hans T. Meyer", "a"), ("Ann von Lee", "b"), ("Siobhan di Brien", "c"), ("Anne-Marie", "")),
    (("Nakamura", "c"), ("Grace A. di Moreau", "b"), ("Mei E. Novak", "a")),
)
WRAPPED_AFFILIATIONS = (
    ("a", "Institute for Data Science, Instituto Superior Tecnico, Lisbon, Portugal"),
    ("b", "Faculty of Mathematics, National University of Singapore, Singapore"),
    ("c", "School of Engineering, University of Groningen, Groningen, The Netherlands"),
)


def wrapped_byline_page(path: str | Path) -> Path:
    """An Elsevier (elsarticle preprint) title page in 12 pt: a byline list with raised letter markers,
    wrapped onto a second line inside a name ("…, Anne-Marie" / "Nakamura^c, …"), centred; the
    affiliations under it in 10 pt italic, each opened by its raised letter; the abstract under its
    bold head, and the introduction, all in the byline's type."""
    with _document(path) as pdf:
        _centred(pdf, 40, BYLINE_TITLE, "Times", "", 17)
        for k, line in enumerate(WRAPPED_BYLINE):
            parts: list[tuple[str, bool]] = []
            for i, (name, mark) in enumerate(line):
                parts += [(name, False)] + ([(mark, True)] if mark else [])
                if i < len(line) - 1:
                    parts.append((", ", False))
                elif k == 0:
                    parts.append((" ", False))
            pdf.set_font("Times", "", 12)
            width = sum(pdf.get_string_width(t) * (0.65 if up else 1) for t, up in parts)
            _raised(pdf, (PAGE_W - width) / 2, 58 + 5 * k, parts, 12)
        for k, (mark, place) in enumerate(WRAPPED_AFFILIATIONS):
            pdf.set_font("Times", "I", 10)
            width = pdf.get_string_width(place) + 2
            pdf.text((PAGE_W - width) / 2, 72 + 4.2 * k - 1.4, mark)
            pdf.text((PAGE_W - width) / 2 + 2, 72 + 4.2 * k, place)
        y = _heading(pdf, LEFT + 10, 100, "Abstract", 12)
        gamma = ["We", "present", *words("gamma", 1, 70), "gamma70."]
        y = _paragraph(pdf, LEFT + 10, y + 2, FULL_W - 20, gamma, size=12, leading=5.1)
        y = _heading(pdf, LEFT + 10, y + 8, "1. Introduction", 12)
        _paragraph(
            pdf, LEFT + 10, y + 2, FULL_W - 20, [*words("alpha", 1, 120), "alpha120."], size=12, leading=5.1
        )
    return Path(path)


def page_top_tables_page(path: str | Path, tables: int = 3, running_head: bool = False) -> Path:
    """A page of title and running text, then page 2 opening with `tables` booktabs tables stacked from
    its top, each under its caption (acmart's style), a caption standing nearer the bottom rule of the
    table over it than the top rule of its own, each table a row shorter than the one over it (so that
    either side of a caption could be its table); then text. `running_head`: a line of the running head
    over the first caption, in the page's top margin, set on this page only (a short paper alternates
    its heads, so the layout sees no repeat)."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 200))
        pdf.add_page()
        if running_head:
            _centred(pdf, 23, "Proceedings of the Conference 2017, July 2017, Washington", "Helvetica", "", 7)
            pdf.text(LEFT + FULL_W - pdf.get_string_width("A. Author"), 23, "A. Author")
        y = 30.0
        for number in range(1, tables + 1):
            _centred(pdf, y, f"Table {number}: Scores of the settings of group {number}.", "Times", "B", 9)
            rows = (("Setting", "Low", "High", "Mean"),) + tuple(
                (f"S{number}{r}", f"{number}.{r}", f"{number + r}.5", f"{2 * r}.{number}")
                for r in range(1, page_top_table_rows(tables, number) + 1)
            )
            y = _booktabs(pdf, y + 5, rows, 4.5) + 3.5
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def page_top_table_rows(tables: int, number: int) -> int:
    """The body rows of table `number` (from 1) of `page_top_tables_page`'s `tables`."""
    return tables + 3 - number


TIGHT_TABLE = (
    ("Method", "Prec.", "Rec.", "F1", "Time"),
    ("Dense retrieval", "61.7", "24.0", "35.2", "1,551"),
    ("Robust data", "93.7", "62.1", "73.3", "27,047"),
    ("Kernel", "32.8", "94.6", "61.1", "6,119"),
    ("Sparse graph", "13.1", "9.8", "63.6", "11,057"),
    ("Layer", "77.1", "28.2", "21.4", "40,275"),
)
"""`tight_table_page`'s table: a stub of one or two words, four right-aligned columns of numbers."""


TIGHT_DASHED_TABLE = tuple(
    tuple("-" if (r, k) in {(1, 2), (2, 3), (3, 1), (4, 4)} else cell for k, cell in enumerate(row))
    for r, row in enumerate(TIGHT_TABLE)
)
"""`TIGHT_TABLE` with a dash for an empty cell in each column of numbers."""


def tight_table_page(
    path: str | Path, gap: float = 1.0, rows: tuple[tuple[str, ...], ...] = TIGHT_TABLE
) -> Path:
    """A page of running text; on page 2 text, a caption over a booktabs table whose columns stand `gap`
    mm apart (llncs' \\tabcolsep of 1.4 pt makes 1 mm: narrower than a space between words), the
    numbers right-aligned, then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Results")
        _centred(pdf, y + 2, "Table 2: Scores and times of each method.", "Times", "", 9)
        pdf.set_font("Times", "", 9)
        widths = [max(pdf.get_string_width(row[k]) for row in rows) for k in range(len(rows[0]))]
        left = (PAGE_W - sum(widths) - gap * (len(widths) - 1)) / 2
        top = y + 6
        pdf.set_line_width(0.3)
        pdf.line(left, top, left + sum(widths) + gap * (len(widths) - 1), top)
        for i, row in enumerate(rows):
            x = left
            for k, cell in enumerate(row):
                at = x if k == 0 else x + widths[k] - pdf.get_string_width(cell)
                pdf.text(at, top + 4 + 4 * i, cell)
                x += widths[k] + gap
        bottom = top + 5 + 4 * len(rows)
        pdf.line(left, bottom, left + sum(widths) + gap * (len(widths) - 1), bottom)
        _paragraph(pdf, LEFT, bottom + 8, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


JUSTIFIED_TABLE = (
    ("Method", "Description", "Score"),
    ("Layer", "costs grow with size", "0.86"),
    ("Kernel", "data flows into heads", "0.25"),
    ("Sparse", "noise stays very low", "0.52"),
    ("Dense", "gains hold over runs", "0.19"),
)
"""`justified_column_page`'s table: a column of four-word descriptions, each word set where the same
word of the other rows is (a justified column's gaps lining up), a space apart."""


def justified_column_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, a caption over a booktabs table with a column of text
    whose word gaps line up from row to row, a space wide, between a stub and numbers set well apart,
    then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Results")
        _centred(pdf, y + 2, "Table 2: Each method and its score.", "Times", "", 9)
        pdf.set_font("Times", "", 9)
        split = [row[1].split() for row in JUSTIFIED_TABLE[1:]]
        widths = [max(pdf.get_string_width(words[k]) for words in split) for k in range(4)]
        top = y + 6
        pdf.set_line_width(0.3)
        pdf.line(LEFT + 20, top, LEFT + 130, top)
        for i, (stub, text, score) in enumerate(JUSTIFIED_TABLE):
            base = top + 4 + 4 * i
            pdf.text(LEFT + 22, base, stub)
            pdf.text(LEFT + 120, base, score)
            if i == 0:
                pdf.text(LEFT + 45, base, text)
                continue
            x = LEFT + 45
            for k, word in enumerate(text.split()):
                pdf.text(x, base, word)
                x += widths[k] + 0.8
        bottom = top + 5 + 4 * len(JUSTIFIED_TABLE)
        pdf.line(LEFT + 20, bottom, LEFT + 130, bottom)
        _paragraph(pdf, LEFT, bottom + 8, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def plot_caption_page(path: str | Path, label: str = "Fig. 1:") -> Path:
    """A plot's tick labels and axis title, centred short lines in the text's type, with its caption
    (`label` and a sentence over two lines) set right under them at the text's pitch, between two
    paragraphs: the layout runs the figure's text and the caption into one block."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP + 20
        pdf.set_font("Times", "", BODY_SIZE)
        for line in ("0 2 4 6 8 10", "Noise level"):
            pdf.text(LEFT + (FULL_W - pdf.get_string_width(line)) / 2, y, line)
            y += LEADING
        caption = [label, *prose_words("caption", 0, 30), "end."]
        y = _paragraph(pdf, LEFT, y, FULL_W, caption) + PARA_GAP
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("beta", 0, 40), "end."])
    return Path(path)


def bold_mention_page(path: str | Path) -> Path:
    """A paragraph set all in bold whose second line opens by naming a figure ("Figure 5 outlines the
    thread pool."), under a first line that fills the column: running text, no caption."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        pdf.set_font("Times", "B", BODY_SIZE)
        first = _wrap(pdf, prose_words("bold", 0, 60), FULL_W)[0]
        for line in (first, "Figure 5 outlines the thread pool of the scheduler.", "It runs the tasks."):
            pdf.text(LEFT, y, line)
            y += LEADING
    return Path(path)


def collaboration_byline_page(path: str | Path, *byline: str) -> Path:
    """A comma-separated byline that ends in a group rather than a person ("…, and The ATLAS
    Collaboration", physics and astronomy papers), on one line or wrapped onto more, one affiliation
    and an email line under it."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        for k, line in enumerate(byline):
            _centred(pdf, 42 + 5.5 * k, line, "Times", "", 12)
        y = 42 + 5.5 * len(byline)
        _centred(pdf, y, "Department of Physics, University of Oslo, Norway", "Times", "", 12)
        _centred(pdf, y + 6, "ann.lee@uio.no, bo.chen@uio.no", "Courier", "", 10)
        _abstract_and_body(pdf, y + 18)
    return Path(path)


def journal_banner_page(path: str | Path, banner: tuple[str, str, str], title_size: float = 12) -> Path:
    """A journal's banner box over the title (Elsevier: "Contents lists available at …", the journal's
    name set larger than the title, the homepage), then a title in bold, byline and abstract."""
    with _document(path) as pdf:
        _centred(pdf, 14, banner[0], "Times", "", 8)
        _centred(pdf, 21, banner[1], "Times", "B", 15)
        _centred(pdf, 27, banner[2], "Times", "", 8)
        pdf.rect(LEFT, 9, FULL_W, 21)
        _centred(pdf, 44, BYLINE_TITLE, "Times", "B", title_size)
        _centred(pdf, 53, "Ann Lee, Bo Chen and Cy Dunn", "Times", "", 11)
        _centred(pdf, 59, "Department of Physics, University of Oslo, Norway", "Times", "I", 10)
        _abstract_and_body(pdf, 70)
    return Path(path)


UNEVEN_STACK = (
    *STACKED_TABLES,
    (
        "Table 3: Parsing speed of the parsers on the web test set.",
        (("Parser", "Sentences", "Seconds"), ("Shift", "2310", "41.0"), ("Chart", "2295", "97.4")),
    ),
)
"""`uneven_stack_page`'s tables: three, one over the other."""


def uneven_stack_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 text and three booktabs tables stacked across the page,
    each caption over its table, 5 mm from its own grid. The skips between floats differ: the second
    caption stands 6 mm under the first grid (nearer its own), the third 4 mm under the second grid
    (nearer that one than its own), so only the page's other captions tell which side is the third's."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Costs") + 6
        pdf.set_line_width(0.3)
        for k, (caption, rows) in enumerate(UNEVEN_STACK):
            y += (0, 6, 4)[k]
            y = _stacked_caption(pdf, y, caption) + 5
            y = _stacked_grid(pdf, y, rows)
        _paragraph(pdf, LEFT, y + 10, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


SHORT_LAST_LINE_CAPTION = (
    "Table 3: Speech sequence graph sequence transfer parsing",
    "decoder spectral random decoder ranking for",
    "table number 3.",
)
"""`short_last_line_caption_page`'s caption lines: the last one short, set in bold."""
SHORT_LAST_LINE_ROWS = (
    ("Model", "Transfer", "Vision", "Speech"),
    ("Attention", "0.68", "0.80", "0.59"),
    ("Ranking", "0.63", "0.51", "0.57"),
    ("Decoder", "0.15", "0.35", "0.82"),
)


def short_last_line_caption_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 text and a table under a three-line caption in the
    text's type (as acmart sets captions), its short last line in bold; the head row's last cell stands
    right of that line, 22 pt under the caption's second line."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Costs") + 6
        leading = 11 * 0.3528
        for k, line in enumerate(SHORT_LAST_LINE_CAPTION):
            pdf.set_font("Times", "B" if k == 2 else "", BODY_SIZE)
            pdf.text(LEFT, y + leading * k, line)
        top = y + leading * 3 + 5
        pdf.set_line_width(0.3)
        pdf.line(LEFT + 8, top - 3, LEFT + 78, top - 3)
        pdf.set_font("Times", "", 7)
        for i, row in enumerate(SHORT_LAST_LINE_ROWS):
            for j, cell in enumerate(row):
                pdf.text(LEFT + (9, 27, 45, 63)[j], top + 2.5 * i + (1 if i else 0), cell)
        bottom = top + 2.5 * len(SHORT_LAST_LINE_ROWS) + 1
        pdf.line(LEFT + 8, bottom, LEFT + 78, bottom)
        _paragraph(pdf, LEFT, bottom + 10, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


def unnamed_first_section_paper(path: str | Path) -> Path:
    """A one-column preprint whose first section is not an "Introduction" ("1. Problem Statement", bold)
    and whose page 2 holds a table: the front matter ends at that first section, not at page 3."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Neural Batch Ranking for Sparse Data", "Times", "B", 17)
        _centred(pdf, 42, "Ann Lee", "Times", "", 12)
        _centred(pdf, 48, "University of Oslo, Norway", "Times", "I", 10)
        y = _heading(pdf, LEFT, 62, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *words("gamma", 1, 50), "gamma50."])
        y = _heading(pdf, LEFT, y + 8, "1. Problem Statement")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 150), "alpha150."])
        pdf.add_page()
        y = _heading(pdf, LEFT, 30, "2. Method")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("beta", 1, 150), "beta150."])
    return Path(path)


def titled_table_page(path: str | Path) -> Path:
    """A one-column page with a table whose caption is a title without a full stop ("Table 1. Full
    network parameter set", eLife) over a head row of cells spread across the page, its first cell
    ("Parameter") under the caption's start, in the caption's size; two rows under it."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "Methods")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 60), "alpha60."]) + PARA_GAP + 4
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, y, "Table 1. Full network parameter set")
        rows = [("Parameter", "Threshold", "Reset", "Leak", "Gain"), ("C", "-40", "-87", "-67", "0.1")]
        for row, cells in enumerate([*rows, ("g", "-50", "-80", "-60", "0.2")]):
            pdf.set_font("Times", "B" if row == 0 else "", 9)
            for k, cell in enumerate(cells):
                pdf.text(LEFT + 35 * k, y + 6 + 4.2 * row, cell)
        _paragraph(pdf, LEFT, y + 6 + 4.2 * 3 + 6, FULL_W, [*words("beta", 1, 60), "beta60."])
    return Path(path)


def short_caption_table_page(path: str | Path) -> Path:
    """A one-column page with a short table caption in small type and no full stop, set flush left
    ("Table 2 Model Results", Springer's svjour), the table centred right under it in the same type: its
    head row starts right of where the caption ends."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*words("alpha", 1, 60), "alpha60."]) + PARA_GAP + 4
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, y, "Table 2 Model Results")
        pdf.text(LEFT + 45, y + 4.5, "Estimate Std. Error t value")
        for row, (name, rest) in enumerate(
            [("Intercept -1.3877", "0.2091 -6.64"), ("Income 0.0803", "0.0194 4.13")]
        ):
            pdf.text(LEFT + 22, y + 8 + 3.4 * row, name)
            pdf.text(LEFT + 55, y + 8 + 3.4 * row, rest)
        _paragraph(pdf, LEFT, y + 8 + 3.4 * 2 + 8, FULL_W, [*words("beta", 1, 60), "beta60."])
    return Path(path)


EPIGRAPH = ("\u201cThe limits of my language are the limits of my world.\u201d", "\u2014 Ludwig Wittgenstein")
"""An epigraph set under the byline (IEEE's journals and conferences): the quotation, then its author
after a dash."""
NOTED_STATEMENTS = (
    "* Equal contribution.",
    "Ann Lee, Bo Chen, and Cy Dunn are with the Department of Linguistics, University",
    "of Oslo, 0316 Oslo, Norway (e-mail: ann.lee@uio.no). Di Park is with the Faculty",
    "of Physics, Universite Paris-Sud, 91192 Orsay, France (e-mail: di.park@u-psud.fr).",
)
"""An IEEE journal's footnote opening with the equal-contribution note, then statements of where the
authors work, the first naming three of them in a list."""
NOTED_AFFILIATIONS = (
    "Department of Linguistics, University of Oslo, 0316 Oslo, Norway",
    "Faculty of Physics, Universite Paris-Sud, 91192 Orsay, France",
)


def epigraph_page(
    path: str | Path, byline: str | list[AuthorCell], notes: tuple[str, ...] = (), epigraph: bool = True
) -> Path:
    """An IEEE first page: the title; the byline, a list on one centred line (membership grades and
    all) or a row of author blocks side by side (name over affiliation lines); `EPIGRAPH` under it
    at the top of column 1, the quotation in italics and its author, both set flush right; the abstract and the introduction; and
    at the foot of column 1 the footnote `notes` in 7 pt."""
    with _document(path) as pdf:
        pdf.core_fonts_encoding = "cp1252"  # the epigraph's curly quotes and em dash
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        y = 42.0
        if isinstance(byline, str):
            _centred(pdf, y, byline, "Times", "", 11)
        else:
            width = FULL_W / len(byline)
            for i, (name, details) in enumerate(byline):
                centre = LEFT + width * (i + 0.5)
                for k, text in enumerate([name, *details]):
                    pdf.set_font("Times", "B" if k == 0 else "", 11 if k == 0 else 10)
                    pdf.text(centre - pdf.get_string_width(text) / 2, y + 4.6 * k, text)
            y += 4.6 * max(len(details) for _, details in byline)
        if epigraph:
            quotation, author = EPIGRAPH
            pdf.set_font("Times", "I", 9)
            pdf.text(LEFT + COL_W - pdf.get_string_width(quotation), y + 9, quotation)
            pdf.set_font("Times", "", 9)
            pdf.text(LEFT + COL_W - pdf.get_string_width(author), y + 13, author)
        _abstract_and_body(pdf, y + 22, intro_under_abstract=True)
        pdf.set_font("Times", "", 7)
        for i, line in enumerate(notes):
            pdf.text(LEFT, 250 + 3.0 * i, line)
    return Path(path)


WRAPPED_GROUP_ROW: list[AuthorCell] = [
    (
        "Ann Lee, Bo Chen, Cy Dunn",
        [
            "Department of Linguistics",
            "University of Oslo, Oslo, Norway",
            "{ann.lee, bo.chen,",
            "cy.dunn}@uio.no",
        ],
    ),
    ("Di Park", ["Faculty of Physics", "Universite Paris-Sud, Orsay, France", "di.park@u-psud.fr"]),
]
"""A byline grid row (for `byline_grid_page`) whose first block's grouped addresses wrap after a comma,
the line "{ann.lee, bo.chen," holding no "@" of its own (LNCS, authblk)."""


GROUP_UNDER_ROW: list[AuthorCell] = [
    ("Ann Lee", ["Department of Linguistics", "University of Oslo, Oslo, Norway", "ann.lee@uio.no"]),
    (
        "Bo Chen",
        ["Faculty of Physics", "Universite Paris-Sud, Orsay, France", "(for the Aurora Survey Team)"],
    ),
]
"""A byline grid row (for `byline_grid_page`) whose last block ends with the group its author writes for,
set as a line of its own under the affiliation (article's \\and blocks, revtex)."""


def justified_lead_in_page(
    path: str | Path, heads: list[list[tuple[str, str]]], run_on: bool = False, indent: float = 4.0
) -> Path:
    """A section of justified paragraphs, each opened by the styled `heads` pieces ("Hardware:" in italic,
    "Note:" in bold) `indent` mm in from the column's edge and going on upright on the same line, every
    line but a paragraph's last filling the column, as a journal sets them. With `run_on`, the next
    paragraph follows at the lines' own pitch (its last short line left out), so only its indent and
    its lead-in show where it starts."""
    right = LEFT + FULL_W
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        for n, head in enumerate(heads):
            x = _pieces(pdf, LEFT + indent, y, head)
            pdf.set_font("Times", "", BODY_SIZE)
            text = prose_words(f"item{n}", 0, 80)
            first = _wrap(pdf, text, right - x)[0]
            _justified(pdf, x, y, right - x, first)
            lines = _wrap(pdf, text[len(first.split()) :], FULL_W)
            for k, line in enumerate(lines):
                y += LEADING
                if k < len(lines) - 1:
                    _justified(pdf, LEFT, y, FULL_W, line)
                elif not run_on:
                    pdf.set_font("Times", "", BODY_SIZE)
                    pdf.text(LEFT, y, line)
                else:
                    y -= LEADING
            y += LEADING + (0 if run_on else PARA_GAP)
    return Path(path)


def acm_journal_addresses_page(path: str | Path) -> Path:
    """ACM's journal byline as acmart prints it now: names in capitals, then each group's institution
    and country ("ANN LEE, BO KIM, and CY WU, Google, USA"), two affiliations joined by "and" and
    wrapped onto a second line; the full addresses, with the city, in the "Authors' addresses" footnote."""
    byline = [
        "ANN LEE, BO KIM, and CY WU, Google, USA",
        "DAN MOSS, Instituto Superior Técnico, Portugal and Università degli Studi di",
        "Padova, Italy",
    ]
    footnote = [
        "Authors' addresses: Ann Lee, Bo Kim, Cy Wu, Google, 1600 Amphitheatre Parkway, Mountain",
        "View, USA; Dan Moss, Instituto Superior Técnico, Lisbon, Portugal and Università degli Studi di",
        "Padova, Padua, Italy.",
    ]
    with _document(path) as pdf:
        _left_lines(pdf, 30, [BYLINE_TITLE], "Helvetica", "B", 16)
        _left_lines(pdf, 38, byline, "Times", "", 9)
        _abstract_and_body(pdf, 56)
        _left_lines(pdf, 268, footnote, "Times", "", 7)
    return Path(path)


def _left_lines(pdf: FPDF, y: float, lines: list[str], family: str, style: str, size: float) -> None:
    """Lines set flush left from baseline `y`, one every 0.45 × `size` mm."""
    pdf.set_font(family, style, size)
    for k, text in enumerate(lines):
        pdf.text(LEFT, y + 0.45 * size * k, text)


def acm_journal_long_list_page(path: str | Path) -> Path:
    """ACM's journal byline whose list of names breaks over two lines after a comma, set in the names'
    type; the affiliation after the last name, in a smaller type, wraps onto a third line after its
    first word (the second line's type is the names')."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(LEFT, 38, "ANN LEE, BO KIM, CY WU, DAN MOSS, EVE FOX,")
        names = "GIL HART, and IDA NORDENSKJOLD, "
        pdf.text(LEFT, 42.5, names)
        x = LEFT + pdf.get_string_width(names)
        pdf.set_font("Times", "", 9)
        pdf.text(x, 42.5, "Ecole")
        pdf.text(LEFT, 46.5, "Polytechnique Federale de Lausanne, Switzerland")
        _abstract_and_body(pdf, 56)
    return Path(path)


def teaser_labels_byline_page(path: str | Path) -> Path:
    """ICML's first page: names with raised affiliation markers on one line, a teaser figure's labels
    in tiny type under the names' right half, and the affiliations keyed by marker in a footnote."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        _centred_raised(pdf, 40, [("Ann Lee", False), ("1", True), ("   Bo Chen", False), ("2", True)], 11)
        pdf.set_font("Helvetica", "", 4)
        for x, label in ((110, "Input"), (135, "Trace generation"), (165, "Output")):
            pdf.text(x, 47, label)
        pdf.text(110, 50, "task description")
        _abstract_and_body(pdf, 58)
        oslo, tsinghua = " University of Oslo, Norway ", " Tsinghua University, China. Correspondence to:"
        _raised(pdf, LEFT, 268, [("1", True), (oslo, False), ("2", True), (tsinghua, False)], 8)
        pdf.text(LEFT, 271.5, "Ann Lee <ann.lee@uio.no>.")
    return Path(path)


def received_under_byline_page(path: str | Path) -> Path:
    """Springer's svjour3 title page, one column: the name, then "Received: date / Accepted: date"
    under it, the abstract, the introduction, and the author's address with phone and e-mail lines at
    the foot of the page."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Times", "", 11)
        pdf.text(LEFT, 40, "Joseph A. Mienko")
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, 50, "Received: date / Accepted: date")
        y = _heading(pdf, LEFT, 60, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *words("gamma", 1, 60), "gamma60."])
        y = _heading(pdf, LEFT, y + 4, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*words("beta", 1, 240), "beta240."])
        pdf.set_font("Times", "", 8)
        for y, text in (
            (258, "J. Mienko"),
            (261.5, "University of Washington, Box 359476"),
            (265, "Seattle, WA 98195"),
            (268.5, "Tel.: +1-253-514-3632"),
            (272, "E-mail: mienkoja@uw.edu"),
        ):
            pdf.text(LEFT, y, text)
    return Path(path)


def marked_affiliations_with_emails_page(path: str | Path) -> Path:
    """IEEE Access's byline: names in capitals with raised markers, then one line per affiliation,
    opened by its marker and closed by its author's address ("¹ University of Oslo, Norway (e-mail:
    …)")."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        _raised(pdf, LEFT, 40, [("ANN LEE", False), ("1", True), (", AND BO CHEN", False), ("2", True)], 11)
        for y, marker, text in (
            (45, "1", " University of Oslo, Norway (e-mail: ann.lee@uio.no)"),
            (49, "2", " Tsinghua University, China (e-mail: chenbo@tsinghua.edu.cn)"),
        ):
            _raised(pdf, LEFT, y, [(marker, True), (text, False)], 9)
        _abstract_and_body(pdf, 58)
    return Path(path)


SUFFIXED_STATEMENTS = (
    "Ann Lee is with the Department of Linguistics, University of Oslo, 0316 Oslo,",
    "Norway (e-mail: ann.lee@uio.no). Vicente F. de Lucena Jr. is with the Laboratoire",
    "des Signaux et Systemes, Universite Paris-Sud, 91192 Gif-sur-Yvette, France",
    "(e-mail: vicente@u-psud.fr).",
)
"""`NAMED_STATEMENTS` whose second name ends in a suffix with a full stop ("Jr.") before its verb."""
ROW_SPLIT_CAPTIONS = (
    ("Fig. 1", "Share of families that chose each kind of discipline as a", "function of log income"),
    ("Fig. 2.", "A A path in homotopy type theory.", "B The predicate Human as a fibration"),
)
"""Captions whose first line the layout sets as two blocks on one row (`row_split_captions_page`): a bold
label far from its text (svjour's label set apart), and a line whose second panel's text starts where the
first's last glyph reaches (an enclosed panel letter drawn wider than its advance)."""


def row_split_captions_page(path: str | Path) -> Path:
    """Two figures in one column, each caption's first line split on its row: after "Fig. 1" a gap of
    10 mm (three times the type size) before its text, which wraps to a second line at the left edge;
    after Fig. 2's first panel text, its second starting 2 mm before the first ends."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 60), "end."]) + PARA_GAP
        for k, (label, first, second) in enumerate(ROW_SPLIT_CAPTIONS):
            pdf.set_fill_color(90, 120, 200)
            pdf.rect(LEFT + 40, y, FULL_W - 80, 30, style="F")
            y += 36
            pdf.set_font("Times", "B", 9)
            pdf.text(LEFT, y, label)
            x = LEFT + pdf.get_string_width(label) + (10 if k == 0 else pdf.get_string_width(" "))
            pdf.set_font("Times", "", 9)
            pdf.text(x, y, first)
            if k == 0:
                pdf.text(LEFT, y + 3.8, second)
            else:
                pdf.text(x + pdf.get_string_width(first) - 2, y, second)
            y = _paragraph(pdf, LEFT, y + 10, FULL_W, [*prose_words(f"beta{k}", 0, 50), "end."]) + PARA_GAP
    return Path(path)


PLOT_PAGE_CAPTIONS = ("P(All D) as a function of log income", "P(All D) as a function of altruism")
"""Captions without a full stop, one under each page's plot (`plot_pages`)."""


def plot_pages(path: str | Path) -> Path:
    """A page of text, then two float pages that each hold only a plot whose tick labels ("100%" …
    "0%") are set in the captions' small type, its caption under it as svjour sets one: a bold "Fig. N",
    a space, the text with no full stop. The caption is its page's last text; the next page's first is
    its plot's top tick label."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Results")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 120), "end."])
        for k, caption in enumerate(PLOT_PAGE_CAPTIONS):
            pdf.add_page()
            pdf.set_font("Times", "", 8)
            for i, tick in enumerate(("100%", "75%", "50%", "25%", "0%")):
                pdf.text(LEFT + 12 - pdf.get_string_width(tick), 33 + 18 * i, tick)
            pdf.set_fill_color(90, 120, 200)
            pdf.rect(LEFT + 14, 30, FULL_W - 40, 75, style="F")
            pdf.set_font("Times", "B", 8)
            pdf.text(LEFT, 114, f"Fig. {k + 1}")
            x = LEFT + pdf.get_string_width(f"Fig. {k + 1} ")
            pdf.set_font("Times", "", 8)
            pdf.text(x, 114, caption)
    return Path(path)


WRAPPED_FIGURE_CAPTION = (
    "Figure 3: Spectral radius of the momentum operator on a scalar quadratic for varying rates"
)


WRAP_NARROW = 95.0
"""The width of the text lines beside a wrapped figure (mm); the figure stands 5 mm right of them."""


def _text_around_figure(pdf: FPDF, y: float, narrow_lines: int) -> None:
    """A paragraph from `y` on whose first `narrow_lines` lines are narrowed beside a wrapped figure, the
    rest across the full width."""
    text = [*prose_words("beta", 0, 160), "end."]
    beside = _wrap(pdf, text, WRAP_NARROW)[:narrow_lines]
    for line in beside:
        pdf.text(LEFT, y, line)
        y += LEADING
    _paragraph(pdf, LEFT, y, FULL_W, text[sum(len(line.split()) for line in beside) :])


def wrapped_figure_page(path: str | Path) -> Path:
    """A figure set in the right part of a one-column page with the text wrapped around it (wrapfig, as
    NeurIPS and ICLR papers use it): its caption in the text's own type, its lines on baselines between
    those of the narrowed text lines beside it, the last of which is beside the caption's last line; the
    paragraph goes on across the full width under both."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 50), "end."]) + PARA_GAP
        figure_x = LEFT + WRAP_NARROW + 5
        pdf.set_fill_color(90, 120, 200)
        pdf.rect(figure_x, y - 3, FULL_W - 100, 6 * LEADING)
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(figure_x + 30, y + 10, "Module")
        caption = _wrap(pdf, WRAPPED_FIGURE_CAPTION.split(), FULL_W - 100)
        for k, line in enumerate(caption):
            pdf.text(figure_x, y + (6.5 + k) * LEADING, line)  # halfway between two text lines' baselines
        _text_around_figure(pdf, y, 7 + len(caption))
    return Path(path)


COLUMN_FIGURE_CAPTIONS = (
    ("Fig. 1. Classification accuracy of the K-S test classifier with varying noise", "levels."),
    ("Fig. 2. Classification accuracy of the C-v-M test classifier with varying", "noise levels."),
)
"""Two-line captions in small type, one under a figure in each column (`column_figures_page`)."""


def column_figures_page(path: str | Path) -> Path:
    """A page of text, then a two-column page with a figure at the top of each column, its two-line
    caption under it in 8 pt (the first line as wide as the column, IEEE's style), then running text."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Results")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 120), "end."])
        pdf.add_page()
        for x, (first, second) in zip((LEFT, COL2), COLUMN_FIGURE_CAPTIONS, strict=True):
            pdf.set_fill_color(90, 120, 200)
            pdf.rect(x + 10, 25, COL_W - 20, 40, style="F")
            pdf.set_font("Times", "", 8)
            pdf.text(x, 72, first)
            pdf.text(x, 75.2, second)
            _paragraph(pdf, x, 84, COL_W, [*prose_words(f"text{x:.0f}", 0, 120), "end."])
    return Path(path)


WRAPPED_CLOSED_CAPTION = "Fig. 4: Method and gains with the cost settings of our study and the baselines."


def wrapped_closed_caption_page(path: str | Path) -> Path:
    """A wrapped figure (`wrapped_figure_page`) whose two-line caption, in the text's type and ending with
    a full stop, stands beside the narrowed text where a paragraph ends and the next one begins: the new
    paragraph's first line is level with the caption's last, a little lower (LNCS's wrapped figures)."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 50), "end."]) + PARA_GAP
        figure_x = LEFT + WRAP_NARROW + 5
        pdf.rect(figure_x, y - 3, FULL_W - 100, 6 * LEADING)
        pdf.set_font("Times", "", BODY_SIZE)
        caption = _wrap(pdf, WRAPPED_CLOSED_CAPTION.split(), FULL_W - 100)
        top = y + 6.5 * LEADING
        for k, line in enumerate(caption):
            pdf.text(figure_x, top + LEADING * k, line)
        for line in _wrap(pdf, [*prose_words("beta", 0, 60), "end."], WRAP_NARROW):
            pdf.text(LEFT, y, line)
            y += LEADING
        # the new paragraph's first baseline a little under the caption's last one
        _paragraph(
            pdf,
            LEFT,
            top + LEADING * (len(caption) - 1) + 1.6,
            WRAP_NARROW,
            [*prose_words("gamma", 0, 40), "end."],
        )
    return Path(path)


WRAPPED_CAPTION_ABOVE = "Figure 3: The analysis of the held out sets under strong noise and the data."


def wrapped_caption_above_page(path: str | Path) -> Path:
    """A wrapped figure (`wrapped_figure_page`) with its caption above the drawing, in the text's type, its
    baselines a hair under those of the narrowed text lines beside it, so the text line read with each
    caption line is the one under it, a full line away."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 50), "end."]) + PARA_GAP
        figure_x = LEFT + WRAP_NARROW + 5
        pdf.set_font("Times", "", BODY_SIZE)
        caption = _wrap(pdf, WRAPPED_CAPTION_ABOVE.split(), FULL_W - 100)
        for k, line in enumerate(caption):
            pdf.text(figure_x, y + (1 + k) * LEADING + 0.35, line)
        top = y + (1 + len(caption)) * LEADING
        pdf.rect(figure_x, top, FULL_W - 100, 5 * LEADING)
        pdf.text(figure_x + 30, top + 3 * LEADING, "Module")
        _text_around_figure(pdf, y, 8 + len(caption))
    return Path(path)


def _rows_of_words(pdf: FPDF, x: float, y: float, prefix: str, rows: int) -> float:
    """``rows`` lines of prose nearly filling the column, each ending in its marker ``prefixN`` (N = 1 …
    rows; the last line short, ending a paragraph) from baseline ``y``; returns the next free baseline."""
    pdf.set_font("Times", "", BODY_SIZE)
    stream = iter(prose_words(prefix, 0, 20 * rows))
    for r in range(rows):
        line = [next(stream)]
        while r < rows - 1 and pdf.get_string_width(" ".join([*line, f"{prefix}{r + 1}"])) < 0.9 * COL_W:
            line.append(next(stream))
        pdf.text(x, y, " ".join([*line, f"{prefix}{r + 1}"]))
        y += LEADING
    return y


def balanced_columns_page(path: str | Path, headings: bool = False) -> Path:
    """A last page whose two columns of text (``alphaN`` then ``betaN``) are balanced, ending on the same
    baseline, with a second pair of columns stacked under a white band of about four lines: ``deltaN``
    flowing on into ``epsilonN`` (a bibliography's). With ``headings=True`` each lower column opens with a
    bold heading instead (the same white is a heading's space where two columns happen to open a section
    at the same height), and the columns are read whole: ``alpha``, ``delta``, ``beta``, ``epsilon``."""
    with _document(path) as pdf:
        top, rows = 30.0, 20
        band = top + rows * LEADING + 12.0
        for x, prefix in ((LEFT, "alpha"), (COL2, "beta")):
            _rows_of_words(pdf, x, top, prefix, rows)
        for x, prefix, number in ((LEFT, "delta", 3), (COL2, "epsilon", 4)):
            y = _heading(pdf, x, band, f"{number} Section", 11) if headings else band
            _rows_of_words(pdf, x, y, prefix, 12)
    return Path(path)


PARAGRAPH_COLUMN_TABLE = (
    ("Study", "Year", "Finding"),
    (
        "A Reference Architecture for|Big Data Systems in Smart Cities",
        "2013",
        "Layers for stream and|Batch in one.",
    ),
    ("Questioning the Lambda|Architecture", "2014", "Kappa suffices"),
    (
        "Standards for the Internet of|Things and Big Data",
        "2019",
        "Standards overlap as|5 of 12 publish one.",
    ),
    ("Big Data Ecosystems", "2016", "Few are evaluated"),
    ("Lambda Architectures Compared", "2018", "- streaming and batch|- 2 serving layers"),
)
"""`paragraph_column_table_page`'s rows, "|" where a cell's text wraps at its column's width: the
study and the finding are paragraph columns whose lines go on in capitals or with a number ("5 of
12"); the year is set on each row's first line only. The last finding is a list whose second item
opens a line of its own under a full line (a row of its own, its other cells empty)."""


def _booktabs_table(
    pdf: FPDF, y: float, right: float, rows: list[list[list[tuple[float, float, str]]]]
) -> float:
    """Rows of lines set 4 mm apart between booktabs' rules from LEFT to `right` (top, under the head
    row, bottom), each line its (x, width to justify the text to or 0, text) pieces; the y under the
    table."""
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, right, y)
    y += 4.0
    for n, lines in enumerate(rows):
        for line in lines:
            for x, width, text in line:
                _justified(pdf, x, y, width, text)
            y += 4.0
        if n == 0:
            pdf.line(LEFT, y - 2.8, right, y - 2.8)
            y += 0.5
    pdf.line(LEFT, y - 2.5, right, y - 2.5)
    return y


def paragraph_column_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text, a table under its caption between
    booktabs' rules whose first and last columns are paragraph columns (LaTeX's p{width}): every line
    of a cell but its last justified to the column's width (its widest line's), rows set at the lines'
    own pitch as a plain tabular does; then text."""
    xs = (LEFT, LEFT + 50, LEFT + 62)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "2 Related work")
        caption = "Table 1: Reference architectures found by the literature review and what they report."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        cells = [[cell.split("|") for cell in row] for row in PARAGRAPH_COLUMN_TABLE]
        widths = [max(pdf.get_string_width(line) for row in cells for line in row[k]) for k in range(3)]
        rows = [
            [
                [
                    (x, widths[k] if i < len(cell) - 1 else 0, cell[i])
                    for k, (x, cell) in enumerate(zip(xs, lines, strict=True))
                    if i < len(cell)
                ]
                for i in range(max(len(cell) for cell in lines))
            ]
            for lines in cells
        ]
        y = _booktabs_table(pdf, y, xs[2] + widths[2], rows)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


SECTION_ROWS_TABLE = (
    ("Dataset", "Edges", "Triangles", "Seconds"),
    "Effect of the size of the graph",
    ("Theory-3-4", "48", "0", "0.04"),
    ("Theory-3-4-5", "480", "287", "0.08"),
    ("Theory-16-25", "1600", "400", "0.13"),
    ("Theory-25-81", "8100", "2025", "58.9"),
    "Effect of changing the edge density",
    ("Gnutella04", "79988", "934", "2.11"),
    ("Gnutella05", "63678", "1112", "1.97"),
    ("Gnutella06", "63050", "1142", "1.64"),
    ("Gnutella08", "41554", "2383", "1.90"),
)
"""`section_rows_table_page`'s rows: a tuple is a row of cells, a string a row naming the group of rows
under it, centred on the table (\\multicolumn{4}{c}{…})."""


def section_rows_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text, a table under its caption between
    booktabs' rules whose groups of rows are each named by a row centred on the table, its text crossing
    the inner columns' boundaries; then text."""
    xs = (LEFT, LEFT + 30, LEFT + 50, LEFT + 72)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 2: Run time of triangle counting on graphs of growing size and density."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        right = xs[-1] + max(
            pdf.get_string_width(row[-1]) for row in SECTION_ROWS_TABLE if isinstance(row, tuple)
        )
        rows = [
            [[((LEFT + right - pdf.get_string_width(row)) / 2, 0.0, row)]]
            if isinstance(row, str)
            else [[(x, 0.0, cell) for x, cell in zip(xs, row, strict=True)]]
            for row in SECTION_ROWS_TABLE
        ]
        y = _booktabs_table(pdf, y, right, rows)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def orcid_byline_page(path: str | Path) -> Path:
    """Springer LNCS's byline with \\orcidID: each name's raised affiliation mark followed by its ORCID
    iD, raised too and in brackets ("Ann Lee¹[0000-0002-1825-0097]"; LaTeX sets its hyphens as minus signs), then
    the institutes keyed by those marks."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        parts = [
            ("Ann Lee", False),
            ("1[0000-0002-1825-0097]", True),
            (", Bo Chen", False),
            ("2[0000-0001-5109-370X]", True),
            (", and Cy Dunn", False),
            ("1[0000-0003-0123-4567]", True),
        ]
        _centred_raised(pdf, 40, parts, 11)
        _centred_raised(pdf, 48, [("1", True), (" University of Oslo, Norway", False)], 10)
        _centred_raised(pdf, 53, [("2", True), (" Tsinghua University, China", False)], 10)
        _abstract_and_body(pdf, 64)
    return Path(path)


SPACED_HEADING = "B. Stage Two: Estimation of the Loss over the Grid"


def _filled_paragraph(pdf: FPDF, y: float, prefix: str, width: float) -> float:
    """A paragraph of prose, a sentence's end closing it, whose last line nearly fills the column (no line of it stops short, as a
    paragraph's last line often does); return the next free baseline."""
    pdf.set_font("Times", "", BODY_SIZE)
    stop = next(
        n
        for n in range(30, 90)
        if pdf.get_string_width(_wrap(pdf, [*prose_words(prefix, 0, n), "end."], width)[-1]) > 0.9 * width
    )
    return _paragraph(pdf, LEFT, y, width, [*prose_words(prefix, 0, stop), "end."])


def spaced_heading_in_text_page(path: str | Path, space: float = 1.0) -> Path:
    """IEEE's subsection heading at the text's size, in italic, across its column between two
    paragraphs whose lines fill it: `space` (mm) more than the text's line spacing above and below the
    heading, so little that the layout reads the paragraphs and the heading as one block."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _filled_paragraph(pdf, y, "alpha", COL_W)
        pdf.set_font("Times", "I", BODY_SIZE)
        pdf.text(LEFT, y + space, SPACED_HEADING)
        _filled_paragraph(pdf, y + LEADING + 2 * space, "beta", COL_W)
    return Path(path)


def plain_numbered_lines_page(path: str | Path, lines: list[str]) -> Path:
    """Sections "3 Results" and "4 Discussion" (numbered, in bold), the first one's paragraph followed by
    numbered `lines` ("1. Standardization of the data", "3.1 Overview") that stand each alone at the
    column's edge, a paragraph's spacing apart, in the text's own upright type: a list's items or
    headings set plainly, only their numbers tell which."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "3 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        for line in lines:
            y = _paragraph(pdf, LEFT, y, FULL_W, line.split()) + PARA_GAP
        y = _heading(pdf, LEFT, y, "4 Discussion")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("gamma", 0, 40), "end."])
    return Path(path)


OVERFLOWING_TABLE = (
    ("Field", "Type", "Example", "Description"),
    ("TOID", "string", "40001918", "identifier and direction of the link"),
    ("Wayness", "integer", "1", "one way or two way link"),
    ("Name", "string", "Atherton", "name of the road that holds the link"),
    ("StartX", "integer", "432863", "x coordinate where the link begins"),
    ("StartY", "integer", "297610", "y coordinate where the link begins"),
    ("EndX", "integer", "435305", "x coordinate where the link ends"),
    ("EndY", "integer", "298329", "y coordinate where the link ends"),
)
"""`overflowing_table_page`'s table: its last column of descriptions runs past column 1 into column 2."""


def overflowing_table_page(path: str | Path) -> Path:
    """A page of two columns of running text, then on page 2 a caption atop column 1 over a booktabs table
    in small type wider than its column (a tabular a two-column paper lets overflow): its last column
    runs 35 mm into column 2, whose running text in body type goes on from the top of the page beside
    and over it, its lines interleaved with the table's rows; column 1's text goes on under the table."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, prose_words("gamma", 0, 220))
        _paragraph(pdf, COL2, 50, COL_W, prose_words("delta", 0, 240))
        pdf.add_page()
        _centred_in(pdf, LEFT, COL_W, 25, "Table 4: The format of the link records.", 9)
        xs, right = (LEFT + 2, LEFT + 24, LEFT + 42, LEFT + 64), LEFT + COL_W + GUTTER + 35
        top = 28.0
        pdf.set_line_width(0.3)
        pdf.line(LEFT, top, right, top)
        pdf.set_font("Times", "", 8)
        for i, row in enumerate(OVERFLOWING_TABLE):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, top + 3.5 + 3.6 * i + (0.8 if i else 0), cell)
            if i == 0:
                pdf.line(LEFT, top + 5, right, top + 5)
        bottom = top + 3.6 * len(OVERFLOWING_TABLE) + 2.5
        pdf.line(LEFT, bottom, right, bottom)
        _paragraph(pdf, LEFT, bottom + 8, COL_W, prose_words("alpha", 0, 200))
        _paragraph(pdf, COL2, 20, COL_W, prose_words("beta", 0, 300))
    return Path(path)


PAIRED_TABULARS = (
    (
        ("Pair", "Rule", "Result"),
        ("A B", "keep", "strong ties"),
        ("A C", "keep", "weak"),
        ("B C", "drop", "none"),
        ("C D", "keep", "weak"),
    ),
    (
        ("Pair", "Rule", "Result"),
        ("D E", "drop", "weak"),
        ("E F", "keep", "none"),
        ("F G", "drop", "strong"),
        ("G H", "drop", "none"),
    ),
)
"""`paired_tabulars_page`'s two tabulars, set side by side under one caption; a cell of the left one
("strong ties") runs on into the white between them, the others stop short of it."""


def paired_tabulars_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 text, two tabulars side by side in one float (minipages),
    each between booktabs rules of its own (top, under the head row, bottom) and a vertical rule in the
    white between them, their rows on the same baselines, one caption under both; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Tolerance") + 4
        pdf.set_line_width(0.3)
        pdf.set_font("Times", "", 9)
        for k, rows in enumerate(PAIRED_TABULARS):
            left = LEFT + 10 + 75 * k
            for rule in (y - 4, y + 1.5, y + 4.5 * len(rows) - 2):
                pdf.line(left, rule, left + 65, rule)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    pdf.text(left + 2 + 22 * j, y + 4.5 * i, cell)
        pdf.line(LEFT + 80, y - 4, LEFT + 80, y + 4.5 * len(PAIRED_TABULARS[0]) - 2)
        y += 4.5 * len(PAIRED_TABULARS[0]) + 4
        _centred(pdf, y, "Table 3: Tolerance of strong, weak and neutral relations.", "Times", "", 9)
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


CAPTIONED_TABULARS = (
    "Table 5: Scores of the small models.",
    "Table 6: Scores of the large models.",
)
"""`captioned_tabulars_page`'s captions, one over each of the two tabulars of PAIRED_TABULARS."""


def captioned_tabulars_page(path: str | Path) -> Path:
    """A page of running text, then on page 2 text and two tabulars side by side in one float
    (minipages), each under a caption of its own set over it, each between booktabs rules of its own,
    their rows on the same baselines; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Scores") + 4
        pdf.set_line_width(0.3)
        for k, (caption, rows) in enumerate(zip(CAPTIONED_TABULARS, PAIRED_TABULARS, strict=True)):
            left = LEFT + 10 + 75 * k
            _centred_in(pdf, left, 65, y, caption, 9)
            top = y + 6
            pdf.set_font("Times", "", 9)
            for rule in (top - 4, top + 1.5, top + 4.5 * len(rows) - 2):
                pdf.line(left, rule, left + 65, rule)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    pdf.text(left + 2 + 22 * j, top + 4.5 * i, cell)
        _paragraph(pdf, LEFT, y + 10 + 4.5 * len(PAIRED_TABULARS[0]) + 6, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


WRAPPED_HEAD_TABLE = (
    (("Stream", "Private section|repetition rate", "Crypto-|Nets", "RMT", "CBW80+80|and CBW160"),),
    (
        ("Ex01.ts", "500 ms", "29.20", "9.87 s", "74"),
        ("Ex02.ts", "750 ms", "17.76", "10.89 s", "32"),
        ("Ex03.ts", "1000 ms", "9.87", "9.95 s", "16"),
    ),
)
"""`wrapped_head_table_page`'s head row (a "|" breaks a head over lines, as a narrow column breaks it)
and body rows."""


def wrapped_head_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text, a table under its caption between
    booktabs' rules whose heads are broken over two lines where their column is narrow (the second
    line opening in lower case, or after a hyphen), the other heads on one line; then text."""
    xs = (LEFT, LEFT + 22, LEFT + 52, LEFT + 72, LEFT + 92)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "5 Evaluation")
        caption = "Table 3: Remounting time of the streams for each repetition rate of the private section."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        ((head,), body) = WRAPPED_HEAD_TABLE
        parts = [cell.split("|") for cell in head]
        head_lines = [
            [(x, 0.0, lines[i]) for x, lines in zip(xs, parts, strict=True) if i < len(lines)]
            for i in range(2)
        ]
        rows = [head_lines, *([[(x, 0.0, cell) for x, cell in zip(xs, row, strict=True)]] for row in body)]
        y = _booktabs_table(pdf, y, xs[-1] + 25, rows)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


WRAP_CENTRED_STUB_TABLE = (
    ("Parameter", "Notation", "Value"),
    ("Modulation pool", "M", "{BPSK, QPSK,|4-QAM, 16-QAM}"),
    ("Antennas", "NT", "2"),
    ("Noise level", "SNR", "-10 dB, -9 dB,|..., 10 dB"),
    ("Signal length", "N", "1024"),
)
"""`wrap_centred_stub_table_page`'s rows ("|" breaks a value cell over two lines)."""


def wrap_centred_stub_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text, a table under its caption between
    rules whose value cells are broken over two lines after a comma, the first row's stub set between
    that cell's two lines, nearer the second (as a cell centred on a taller row is set), and its
    notation on the first line, the next broken cell's stub on its first line; then text."""
    xs = (LEFT, LEFT + 30, LEFT + 48)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Setup")
        caption = "Table 2: Parameters of the test and the values they were given in every run."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, LEFT + 85, y)
        y += 4.0
        for n, (stub, notation, value) in enumerate(WRAP_CENTRED_STUB_TABLE):
            lines = value.split("|")
            centred = n == 1
            pdf.text(xs[0], y + (2.6 if centred else 0.0), stub)
            pdf.text(xs[1], y, notation)
            for line in lines:
                pdf.text(xs[2], y, line)
                y += 4.0
            if n == 0:
                pdf.line(LEFT, y - 2.8, LEFT + 85, y - 2.8)
                y += 0.5
        pdf.line(LEFT, y - 2.5, LEFT + 85, y - 2.5)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


STACKED_HEADS_BODY = (
    ("Linear", "81.2", "80.5", "12.5", "310"),
    ("Kernel", "84.0", "83.1", "40.2", "920"),
    ("Neural", "88.7", "87.9", "25.1", "640"),
)
"""`stacked_heads_table_page`'s body rows, under the heads Model, Dev (%), Test, Time (ms), Mem."""


def stacked_heads_table_page(path: str | Path, grouped: bool, midway: bool, ruled: bool = True) -> Path:
    """A page of title and running text, then on page 2 text, a table under its caption (between
    booktabs' rules when `ruled`) whose heads "Dev" and "Time" are stacked over their units ("(%)",
    "(ms)") as a nested tabular sets them, under group heads when `grouped` ("Accuracy" over Dev and
    Test, "Cost" over Time and Mem), the one-line heads midway between the stacked heads' two lines
    when `midway`, else level with the units; then text."""
    xs = (LEFT, LEFT + 25, LEFT + 42, LEFT + 59, LEFT + 76)
    right = LEFT + 88
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 2: Accuracy and cost of the models on the development and the test data."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        if ruled:
            pdf.line(LEFT, y, right, y)
        y += 4.0
        if grouped:
            # centred on the text of the columns they group, as \\multicolumn centres them
            for text, a, last, under in (("Accuracy", xs[1], xs[2], "Test"), ("Cost", xs[3], xs[4], "Mem")):
                b = last + pdf.get_string_width(under)
                pdf.text((a + b - pdf.get_string_width(text)) / 2, y, text)
            y += 4.0
        level = 2.0 if midway else 4.0
        heads = [(xs[1], 0.0, "Dev"), (xs[3], 0.0, "Time"), (xs[1], 4.0, "(%)"), (xs[3], 4.0, "(ms)")]
        heads += [(xs[0], level, "Model"), (xs[2], level, "Test"), (xs[4], level, "Mem")]
        for x, dy, text in heads:
            pdf.text(x, y + dy, text)
        y += 8.0
        if ruled:
            pdf.line(LEFT, y - 2.8, right, y - 2.8)
        y += 0.5
        for row in STACKED_HEADS_BODY:
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            y += 4.0
        if ruled:
            pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def unnumbered_title_page(
    path: str | Path,
    style: str = "B",
    above: float = 4.0,
    indent: float = 0.0,
    below: float = 1.0,
    face: tuple[str, float] = ("Times", BODY_SIZE),
    gap: float = 0.0,
    text_indent: float = 0.0,
    text_style: str = "",
) -> Path:
    """Sections "1 Introduction" to "3 Results" (numbered, in bold), and in section 2 an unnumbered title
    "Graph Kernels" on a line of its own in `face` (family, size: the text's Times by default) of `style`
    ("B", "I"), right after the section's paragraph: `above` mm more than the text's line spacing above
    it, `below` mm below it, over the paragraph it heads, `indent` mm right of the column's edge, its two
    words `gap` mm apart (a word space when 0), the paragraph under it `text_indent` mm right of the
    column's edge and in Times of `text_style`. (LaTeX's \\subsubsection* sets about 4 mm above, 2 mm below; a bold line that opens a
    paragraph has the same spacing on both sides.)"""
    with _document(path) as pdf:
        y = 30.0
        for number, name in (("1", "Introduction"), ("2", "Method")):
            y = _heading(pdf, LEFT, y, f"{number} {name}")
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(name, 0, 40), "end."])
        pdf.set_font(face[0], style, face[1])
        if gap:
            pdf.text(LEFT + indent, y + above, "Graph")
            pdf.text(LEFT + indent + pdf.get_string_width("Graph") + gap, y + above, "Kernels")
        else:
            pdf.text(LEFT + indent, y + above, "Graph Kernels")
        tokens = [*prose_words("kernel", 0, 40), "end."]
        y = _paragraph(
            pdf,
            LEFT + text_indent,
            y + above + LEADING + below,
            FULL_W - text_indent,
            tokens,
            style=text_style,
        )
        y = _heading(pdf, LEFT, y + PARA_GAP, "3 Results")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("results", 0, 40), "end."])
    return Path(path)


def number_over_title_page(path: str | Path, numbers: Sequence[str] = ("1", "2", "2.1")) -> Path:
    """Under the paper's title, headings whose number stands on a line of its own above the title, both
    in bold (titlesec's display form), each over a paragraph: `numbers` over "Introduction", "Method" and a title over two
    lines ("Learning Sparse Attention Patterns for Document Parsing under Realistic Noise" |
    "and Limited Supervision")."""
    titles = (
        ["Introduction"],
        ["Method"],
        [
            "Learning Sparse Attention Patterns for Document Parsing under Realistic Noise",
            "and Limited Supervision",
        ],
    )
    with _document(path) as pdf:
        _centred(pdf, 25, TITLE, "Times", "B", 17)
        y = 45.0
        for number, lines in zip(numbers, titles, strict=True):
            pdf.set_font("Times", "B", 14)
            pdf.text(LEFT, y, number)
            for line in lines:
                y += 7.0
                pdf.text(LEFT, y, line)
            y = _paragraph(pdf, LEFT, y + 8.0, FULL_W, [*prose_words(lines[0], 0, 40), "end."]) + 8.0
    return Path(path)


LONG_HEADING = (
    "Efficient User Study under Realistic Noise and Limited Supervision in Large Heterogeneous Collections"
)


def long_heading_line_page(path: str | Path, style: str = "B") -> Path:
    """Numbered sections at the text's size in Times of `style` across one column of the page's width,
    the second one's title (`LONG_HEADING`, over 100 characters) filling its line."""
    with _document(path) as pdf:
        _centred(pdf, 25, TITLE, "Times", "B", 17)
        y = 40.0
        for number, title in (("1", "Introduction"), ("2", LONG_HEADING), ("3", "Results")):
            pdf.set_font("Times", style, BODY_SIZE)
            pdf.text(LEFT, y, f"{number} {title}")
            y = _paragraph(pdf, LEFT, y + LEADING + 2.0, FULL_W, [*prose_words(title, 0, 40), "end."]) + 6.0
    return Path(path)


TitleLine = tuple[str, float, float]
"""One line of a title as `display_title_page` sets it: text, type size (pt), baseline (mm)."""


def display_title_page(
    path: str | Path,
    title: list[TitleLine],
    byline: list[list[tuple[str, bool]]],
    under: list[str],
    byline_size: float = 11,
    foot: Sequence[list[tuple[str, bool]]] = (),
) -> Path:
    """A one-column page (NeurIPS's, ICML's front) whose title is set line by line in display type
    (each line centred in Times at its own size and baseline, as a hand-broken, wrapped or subtitled
    title prints), then the byline's lines of runs (`byline_size`, centred; the flagged runs raised,
    as marks), the `under` lines (a point smaller: an affiliation, or an anonymous build's
    placeholders), the abstract and the introduction across the text's width; the `foot` lines of runs
    (8 pt, the flagged ones raised) at the page's foot under a short rule, as ICML's affiliation
    footnote."""
    with _document(path) as pdf:
        for text, size, y in title:
            _centred(pdf, y, text, "Times", "", size)
        y = title[-1][2] + 12
        for parts in byline:
            _centred_raised(pdf, y, parts, byline_size)
            y += 0.45 * byline_size
        for text in under:
            _centred(pdf, y, text, "Times", "", byline_size - 1)
            y += 0.45 * byline_size
        y = _heading(pdf, LEFT, y + 6, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *prose_words("gamma", 1, 80), "end."])
        y = _heading(pdf, LEFT, y + 4, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 1, 150), "end."])
        if foot:
            pdf.line(LEFT, 268, LEFT + 40, 268)
        for k, parts in enumerate(foot):
            _raised(pdf, LEFT, 272 + 3.4 * k, parts, 8)
    return Path(path)


SPRINGER_INSTITUTES = (
    "Department of Linguistics, University of Oslo, Oslo, Norway",
    "Institute of Computing, Tsinghua University, Beijing, China",
)
"""The two addresses of `springer_institutes_page`, as an affiliation states them."""


def springer_institutes_page(
    path: str | Path, numbered: bool = False, crowded: bool = False, bare: bool = False
) -> Path:
    """Springer's journal title page (svjour3): the names in bold joined by " · ", broken over two
    lines between a given name and its surname ("… · Cy" / "Dunn · Eve Fox"), "Received: … / Accepted:
    …", the abstract, the introduction, and at the foot of the page the institutes, each address over
    lines (department / institution / city, country) with "Tel.:", "Fax:" and "E-mail:" lines under it.
    Each institute opens with its members' names as initials and surname ("A. Lee · C. Dunn"), or,
    numbered, with a raised number (the names then carry the numbers).

    crowded: a short introduction, and the foot's notes start higher than 60 % of the page: a \\thanks
    note right over the first institute ("* This work was supported by …"), whose heading breaks
    before a surname ("A. Lee · C." / "Dunn").

    bare: no introduction on the first page (it starts on the next): the institutes stand right under
    the abstract, from the page's middle down."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        marks = ("1", "2", "1", "2") if numbered else ("",) * 4
        first = [
            ("Ann Lee", False),
            (marks[0], True),
            (" · Bo Chen", False),
            (marks[1], True),
            (" · Cy", False),
        ]
        _raised(pdf, LEFT, 40, first, 11)
        _raised(
            pdf, LEFT, 45, [("Dunn", False), (marks[2], True), (" · Eve Fox", False), (marks[3], True)], 11
        )
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 56, "Received: date / Accepted: date")
        pdf.set_font("Times", "B", 10)
        pdf.text(LEFT, 66, "Abstract")
        _paragraph(pdf, LEFT, 70.6, FULL_W, ["We", "present", *words("gamma", 1, 60), "gamma60."])
        if not bare:
            y = _heading(pdf, LEFT, 110, "1 Introduction")
            _paragraph(pdf, LEFT, y, FULL_W, [*words("beta", 1, 60 if crowded else 200), "beta200."])
        institutes = (
            (
                "A. Lee · C.\nDunn" if crowded else "A. Lee · C. Dunn",
                "1",
                ["Department of Linguistics", "University of Oslo", "Oslo, Norway"],
                [
                    "Tel.: +47-22-85-50-50",
                    "Fax: +47-22-85-44-22",
                    "E-mail: ann.lee@uio.no",
                    "E-mail: cy.dunn@uio.no",
                ],
            ),
            (
                "B. Chen · E. Fox",
                "2",
                ["Institute of Computing", "Tsinghua University", "Beijing, China"],
                ["Tel.: +86-10-6278-5001", "E-mail: chenbo@tsinghua.edu.cn"],
            ),
        )
        y = 118.0 if bare else 160.0 if crowded else 232.0
        pdf.line(LEFT, y - 4, LEFT + 50, y - 4)
        if crowded:
            _raised(
                pdf,
                LEFT,
                y,
                [("*", True), (" This work was supported by grant 2291 of the Council.", False)],
                8,
            )
            y += 3.4
        for names, number, address, contacts in institutes:
            lines = [[(line, False)] for line in names.split("\n")] if not numbered else []
            lines += [[(number, True), (" " + address[0], False)]] if numbered else [[(address[0], False)]]
            lines += [[(text, False)] for text in address[1:] + contacts]
            for parts in lines:
                _raised(pdf, LEFT, y, parts, 8)
                y += 3.4
            y += 1.6
    return Path(path)


LNCS_LONG_NAMES = [
    "Ann Lee",
    "Bo Chen",
    "Cy de la Dunn",
    "Eun-Ji de la Fox",
    "Gil van Hart",
    "Ida Moss",
    "Jo Kim",
]
"""The authors of `lncs_long_byline_page`, in byline order."""


def lncs_long_byline_page(path: str | Path) -> Path:
    """Springer LNCS's byline of many authors over five centred lines, each name followed by its mark
    glued to its ORCID iD in small type on the baseline (where LaTeX's raised iD outweighs a short
    line's names, the line's rise goes unmeasured): a line broken inside a name ("…, Cy de la" /
    "Dunn2[…],"), lines of names that end with a comma, one ending with ", and"; then the institutes."""

    def orcid(mark: str, k: int) -> tuple[str, bool]:
        return f"{mark}[0000-000{k}-1825-0097]", True

    lines = [
        [("Ann Lee", False), orcid("1", 1), (", Bo Chen", False), orcid("1", 2), (", Cy de la", False)],
        [("Dunn", False), orcid("2", 3), (",", False)],
        [("Eun-Ji de la Fox", False), orcid("1", 4), (", Gil van Hart", False), orcid("2", 5), (",", False)],
        [("Ida Moss", False), orcid("1", 6), (", and", False)],
        [("Jo Kim", False), orcid("2", 7)],
    ]
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        for k, runs in enumerate(lines):
            widths = []
            for text, small in runs:
                pdf.set_font("Times", "", 7 if small else 11)
                widths.append(pdf.get_string_width(text))
            x = (PAGE_W - sum(widths)) / 2
            for (text, small), width in zip(runs, widths, strict=True):
                pdf.set_font("Times", "", 7 if small else 11)
                pdf.text(x + (0.6 if small else 0.0), 40 + 5.5 * k, text)  # a thin space before the mark
                x += width + (0.6 if small else 0.0)
        _centred_raised(pdf, 72, [("1", True), (" University of Oslo, Norway", False)], 10)
        _centred_raised(pdf, 77, [("2", True), (" Tsinghua University, China", False)], 10)
        _abstract_and_body(pdf, 88)
    return Path(path)


SET_APART_CAPTION = "Scores of the three readers on the held out pages"
"""`set_apart_label_table_page`'s caption text, after its label "Table 1"."""


def set_apart_label_table_page(path: str | Path, style: str) -> Path:
    """A page of running text; on page 2 text, then a table under its caption set in the text's own type
    with a plain label and no stop after it, set apart as the caption package sets it (`style`):
    "newline", the label alone on its line and the text under it; "quad", a quad after the label;
    "font", the text in italic after an upright label. Then booktabs rules and rows, then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Scores") + 4
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, "Table 1")
        after = LEFT + pdf.get_string_width("Table 1")
        if style == "newline":
            y += LEADING
            pdf.text(LEFT, y, SET_APART_CAPTION)
        else:
            pdf.set_font("Times", "I" if style == "font" else "", BODY_SIZE)
            gap = pdf.get_string_width(" ") if style == "font" else BODY_SIZE * 0.3528
            pdf.text(after + gap, y, SET_APART_CAPTION)
        top = y + 7
        pdf.set_line_width(0.3)
        rows = PAIRED_TABULARS[0]
        for rule in (top - 4, top + 1.5, top + 4.5 * len(rows) - 2):
            pdf.line(LEFT, rule, LEFT + 90, rule)
        pdf.set_font("Times", "", 9)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                pdf.text(LEFT + 2 + 30 * j, top + 4.5 * i, cell)
        _paragraph(pdf, LEFT, top + 4.5 * len(rows) + 6, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


CENTRED_CAPTION = (
    "Table 1.",
    "Scores of the three readers on the held out pages of every paper in the collection for",
    "each of the runs",
)
"""`centred_caption_table_page`'s caption: its bold label, its full first line's text and its short
last line."""


def centred_caption_table_page(path: str | Path) -> Path:
    """A page of running text; on page 2 text, a table between booktabs rules, then under it its caption
    in the text's type, centred on the page: a first line as wide as the text, the short last line
    centred under it; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Scores") + 6
        pdf.set_line_width(0.3)
        rows = PAIRED_TABULARS[0]
        for rule in (y - 4, y + 1.5, y + 4.5 * len(rows) - 2):
            pdf.line(LEFT + 40, rule, LEFT + 130, rule)
        pdf.set_font("Times", "", 9)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                pdf.text(LEFT + 42 + 30 * j, y + 4.5 * i, cell)
        y += 4.5 * len(rows) + 4
        label, first, last = CENTRED_CAPTION
        pdf.set_font("Times", "B", BODY_SIZE)
        width = pdf.get_string_width(f"{label} ")
        pdf.set_font("Times", "", BODY_SIZE)
        left = LEFT + (FULL_W - width - pdf.get_string_width(first)) / 2
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(left, y, label)
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(left + width, y, first)
        _centred_in(pdf, LEFT, FULL_W, y + LEADING, last, BODY_SIZE)
        _paragraph(pdf, LEFT, y + LEADING + 8, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


LNCS_BARE_MARK_NAMES = ["Ann Lee", "Bo Chen", "Cy Dunn", "Eun Park"]
"""The authors of `lncs_bare_mark_byline_page`, in byline order."""


def lncs_bare_mark_byline_page(path: str | Path) -> Path:
    """An LNCS byline over two centred lines whose marks and ORCID iDs are set in small type on the
    baseline: the second line holds more of that small type than of names, so its last name's bare
    mark ("…, and Eun Park 2", no iD after it) is the only sign that it is a mark; then the institutes."""
    lines = [
        ["Ann Lee", "~1[0000-0001-1825-0097]", ", Bo Chen", "~1[0000-0002-1825-0097]", ", Cy"],
        ["Dunn", "~2[0000-0003-1825-0097]", ", and Eun Park", "~2"],
    ]
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Helvetica", "B", 16)
        for k, runs in enumerate(lines):
            sized = [(run.lstrip("~"), 7 if run.startswith("~") else 11) for run in runs]
            widths = []
            for text, size in sized:
                pdf.set_font("Times", "", size)
                widths.append(pdf.get_string_width(text) + (0.6 if size == 7 else 0.0))
            x = (PAGE_W - sum(widths)) / 2
            for (text, size), width in zip(sized, widths, strict=True):
                pdf.set_font("Times", "", size)
                pdf.text(x + width - pdf.get_string_width(text), 40 + 5.5 * k, text)
                x += width
        _centred_raised(pdf, 56, [("1", True), (" University of Oslo, Norway", False)], 10)
        _centred_raised(pdf, 61, [("2", True), (" Tsinghua University, China", False)], 10)
        _abstract_and_body(pdf, 72)
    return Path(path)


SHORT_WORDED_ABSTRACT = (
    "We read the old pages of a paper and find all of it.",
    "Then we show how each page falls into its columns, lines and words, and how the",
    "words that make up a name, a date or a title are found by rules that hold for",
    "every kind of paper we have seen so far in our tests.",
)
"""`short_worded_abstract_page`'s abstract, line by line, after its run-in head."""


def short_worded_abstract_page(path: str | Path) -> Path:
    """An LNCS title page whose abstract opens with the bold run-in "Abstract." in a first line of words
    all shorter than it, which ends a sentence at the line's end; the rest of the abstract in the same
    9 pt type under it, then a section."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Times", "B", 14)
        _centred(pdf, 40, "Ann Lee and Bo Chen", "Times", "", 10)
        _centred(pdf, 46, "University of Oslo, Norway", "Times", "", 9)
        x, y = LEFT + 12, 60.0
        pdf.set_font("Times", "B", 9)
        pdf.text(x, y, "Abstract.")
        head = pdf.get_string_width("Abstract. ")
        pdf.set_font("Times", "", 9)
        pdf.text(x + head, y, SHORT_WORDED_ABSTRACT[0])
        for k, line in enumerate(SHORT_WORDED_ABSTRACT[1:], 1):
            pdf.text(x, y + 3.9 * k, line)
        y = _heading(pdf, LEFT, y + 3.9 * len(SHORT_WORDED_ABSTRACT) + 8, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 80), "end."])
    return Path(path)


TEASER_INSTITUTES = ("Department of Informatics", "University of Bergen", "Bergen, Norway")
"""The institute lines of `teaser_under_institutes_page`, over the teaser figure."""


def teaser_under_institutes_page(path: str | Path) -> Path:
    """An LNCS title page whose teaser figure, a drawn box with labels in it and its caption under it,
    follows the institute's last line a little more than a line of blank below it (the display skip of
    a centred figure): the institute lines are set a line apart from each other, so a float grown over
    any blank of a line and a half would climb them to the byline. Then the abstract beside the
    introduction."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Times", "B", 14)
        _centred(pdf, 40, "Ann Lee and Bo Chen", "Times", "", 10)
        for k, line in enumerate(TEASER_INSTITUTES):
            _centred(pdf, 46 + 4.2 * k, line, "Times", "", 9)
        pdf.set_line_width(0.3)
        pdf.rect(LEFT + 20, 60, FULL_W - 40, 24)
        pdf.set_font("Helvetica", "", 8)
        for i, label in enumerate(("Input scan", "Detected lines", "Reading order")):
            pdf.text(LEFT + 28 + i * 45, 74, label)
        _centred(
            pdf, 89, "Figure 1: Our reader turns a page scan into its lines in reading order.", "Times", "", 9
        )
        _abstract_and_body(pdf, 100)
    return Path(path)


NATURE_AFFILIATIONS = (
    "Department of Informatics, University of Bergen, Nygårdsgaten 5, Bergen, 5020, Norway",
    "School of Computing, Kyoto University, Yoshida-honmachi, Kyoto, 606-8501, Japan",
)
"""The affiliations of `nature_starred_affiliation_page`, in order."""


def nature_starred_affiliation_page(path: str | Path) -> Path:
    """A Springer Nature (sn-jnl) title page: "Ann Lee¹*, Bo Chen² and Cy Dunn¹,²", each affiliation a
    line under the byline that opens with its raised number, the corresponding author's with a star
    after it ("¹*Department …"), then the "*Corresponding author(s)." line, the abstract and a section."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Times", "B", 16)
        byline = [("Ann Lee", False), ("1*", True), (", Bo Chen", False), ("2", True)]
        _centred_raised(pdf, 42, [*byline, (" and Cy Dunn", False), ("1,2", True)], 12)
        for k, (mark, text) in enumerate(zip(("1*", "2"), NATURE_AFFILIATIONS, strict=True)):
            _centred_raised(pdf, 50 + 4 * k, [(mark, True), (text, False)], 9)
        _centred(pdf, 60, "*Corresponding author(s). E-mail(s): ann.lee@uib.no;", "Times", "", 9)
        _abstract_and_body(pdf, 72)
    return Path(path)


FOOTNOTED_ABSTRACT = (
    "We read the old pages of a paper and find all of the text on them, the columns, the lines",
    "and the words, and we show how each word that makes up a name, a date or a title is found by",
    "rules that hold for every kind of paper we have seen so far in our tests.",
)
"""`footnoted_abstract_page`'s abstract, line by line, after its run-in head."""


def footnoted_abstract_page(path: str | Path) -> Path:
    """An LNCS title page whose abstract (9 pt, the run-in "Abstract." in bold) ends a sentence near the
    page's foot, where a \\thanks note follows in the same 9 pt type, opened by a smaller "*" mark."""
    with _document(path) as pdf:
        _centred(pdf, 30, BYLINE_TITLE, "Times", "B", 14)
        _centred(pdf, 40, "Ann Lee and Bo Chen", "Times", "", 10)
        _centred(pdf, 46, "University of Oslo, Norway", "Times", "", 9)
        x, y = LEFT + 12, 250.0
        head = _pieces(pdf, x, y, [("Abstract.", "B")], 9) - x
        pdf.set_font("Times", "", 9)
        pdf.text(x + head, y, FOOTNOTED_ABSTRACT[0])
        for k, line in enumerate(FOOTNOTED_ABSTRACT[1:], 1):
            pdf.text(x, y + 3.9 * k, line)
        pdf.set_font("Times", "", 6.5)
        pdf.text(LEFT + 1, 270, "*")
        pdf.set_font("Times", "", 9)
        pdf.text(
            LEFT + 4, 270, "Supported by grant 2291 of the Science Foundation and by the Research Council."
        )
    return Path(path)


GRADE_WRAPPED_BYLINE = (
    (("Jean-Luc Garcia, Sergei Nunez, ", False), ("Member, IEEE", True), (", S. S.", False)),
    (("Bianchi, Grace M. de la Chen, Elena Kim, Senior", False),),
    (("Member, IEEE", True), (", Oliver S. da Schmidt, Senior", False)),
    (("Member, IEEE", True), (", Rahul S. Johansson, Senior", False)),
    (("Member, IEEE", True),),
)
"""An IEEE technote's byline set in a narrow column (`grade_wrapped_byline_page`): it wraps inside
names and inside the membership grades ("Senior" / "Member, IEEE"), the grades in italics."""


def grade_wrapped_byline_page(path: str | Path) -> Path:
    """An IEEE correspondence (technote) first page: a bold title over two lines, the byline of
    `GRADE_WRAPPED_BYLINE` centred line by line, names in roman and grades in italics, 10 pt but the
    lines that open with a grade, which read a point larger (as the text of IEEEtran's technote bylines
    reads: the layout then sets those lines apart as blocks of their own), then the abstract and the
    introduction."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Sparse Benchmark Multilingual Transfer", "Times", "B", 16)
        _centred(pdf, 37, "Evaluation of Graph Parsing", "Times", "B", 16)
        y = 48.0
        for runs in GRADE_WRAPPED_BYLINE:
            size = 11 if runs[0][1] else 10
            styled = [(text, ("Times", "I" if grade else "", size)) for text, grade in runs]
            width = 0.0
            for text, (family, style, size) in styled:
                pdf.set_font(family, style, size)
                width += pdf.get_string_width(text)
            x = (PAGE_W - width) / 2
            for text, (family, style, size) in styled:
                pdf.set_font(family, style, size)
                pdf.text(x, y, text)
                x += pdf.get_string_width(text)
            y += 4.6
        _abstract_and_body(pdf, y + 8)
    return Path(path)


RULED_ROWS_TABLE = (
    ("Sentence", "Annotated substitutes"),
    ("In this world, the given|word is a promise.", "vow (1), utterance (1), tongue|(1), speech (1)"),
    (
        "Silverplate: the code word|for the historic mission|That ended World War II.",
        "phrase (3), term (2), verbiage|(1), signal (1), name (1),|decree (1)",
    ),
    (
        "I think she only heard|the last words of my|speech.",
        "bit (3), verbiage (2), part|(2), vocabulary (1), syllable|(1), phrasing (1), patter (1),|expression (1), anecdote (1)",
    ),
)
"""`ruled_rows_table_page`'s rows, "|" where a cell's text wraps at its column's width: both columns
are paragraph columns, each row's cells wrapped over lines, a line going on in capitals ("That
ended")."""


def ruled_rows_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled
    above, under its head and between its rows (\\hline after each row but the last, so no rule under
    it) whose two paragraph columns wrap every row's cells over lines; then text."""
    xs = (LEFT, LEFT + 62)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "2 Related work")
        caption = "Table 1: Example sentences for the target word and the substitutes annotators gave."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        cells = [[cell.split("|") for cell in row] for row in RULED_ROWS_TABLE]
        widths = [max(pdf.get_string_width(line) for row in cells for line in row[k]) for k in range(2)]
        right = xs[1] + widths[1]
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, right, y)
        y += 4.0
        for n, lines in enumerate(cells):
            for i in range(max(len(cell) for cell in lines)):
                for k, cell in enumerate(lines):
                    if i < len(cell):
                        _justified(pdf, xs[k], y, widths[k] if i < len(cell) - 1 else 0, cell[i])
                y += 4.0
            if n < len(cells) - 1:
                pdf.line(LEFT, y - 2.8, right, y - 2.8)
                y += 0.5
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


FRACTION_TABLE = (
    ("Metric", "Equation"),
    ("Utilization", ("U =", "TH", "Capacity")),
    ("Cycle time", ("CT = QT + RPT", "", "")),
    ("Flow factor", ("FF =", "CT", "RPT")),
)
"""`fraction_table_page`'s rows: a name and an equation, the equation a lead and a display fraction's
numerator and denominator (none where both are empty)."""


def fraction_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table in a full
    grid whose equations are display fractions set in the text's own size: the numerator over a bar at
    the height of the lead ("U ="), the denominator under it, both overlapping the lead's line; then
    text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "2 Metrics")
        caption = "Table 1: Equations used in the key performance metrics of the operating curve."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 10)
        xs, right = (LEFT + 2, LEFT + 45), LEFT + 120
        pdf.set_line_width(0.3)
        top_y = y
        pdf.line(LEFT, y, right, y)
        y += 5.0
        pdf.text(xs[0], y, FRACTION_TABLE[0][0])
        pdf.text(xs[1], y, FRACTION_TABLE[0][1])
        y += 2.0
        pdf.line(LEFT, y, right, y)
        for name, (lead, top, bottom) in FRACTION_TABLE[1:]:
            y += 6.5
            pdf.text(xs[0], y, name)
            pdf.text(xs[1], y, lead)
            if top:
                x = xs[1] + pdf.get_string_width(lead) + 1.5
                width = max(pdf.get_string_width(top), pdf.get_string_width(bottom)) + 1
                pdf.set_line_width(0.15)
                pdf.line(x, y - 1.2, x + width, y - 1.2)
                pdf.text(x + (width - pdf.get_string_width(top)) / 2, y - 2.6, top)
                pdf.text(x + (width - pdf.get_string_width(bottom)) / 2, y + 2.6, bottom)
                pdf.set_line_width(0.3)
            y += 4.0
            pdf.line(LEFT, y, right, y)
        for x in (LEFT, xs[1] - 2, right):
            pdf.line(x, top_y, x, y)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("beta", 0, 40))
    return Path(path)


def own_spaces_page(path: str | Path, kern: int) -> Path:
    """A word processor's page: lines of Times (10 pt) whose words are parted by space glyphs of the PDF's
    own, and on the first line the "o" and "f" of "of" set apart by a TJ kern of `kern` thousandths of an
    em with no space between, as kerning in 1990s word processors' PDFs left them ("Department o f")."""
    lines = [b"[(Department o) %d (f Computer Science)] TJ" % -kern]
    lines += [b"[(" + " ".join(prose_words(f"line{k}", 0, 9)).encode() + b")] TJ" for k in range(4)]
    content = b"BT /F1 10 Tf 14 TL 72 720 Td\n" + b" T*\n".join(lines) + b"\nET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    return _write_objects(path, objects)


def spaced_run_in_page(path: str | Path, titles: list[str], space: float, items: bool = False) -> Path:
    """A numbered section whose paragraphs each open with a bold `titles` entry flush at the column's edge,
    then `space` em of the text's size and the paragraph's text upright, justified: LNCS's unnumbered
    run-in third level sets half an em (article's \\paragraph a whole em, a bold term a word space).
    With `items`, each title opens a description list's one-line item instead, one under the other."""
    size_mm = BODY_SIZE * 0.3528
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        for n, title in enumerate(titles):
            pdf.set_font("Times", "B", BODY_SIZE)
            pdf.text(LEFT, y, title)
            x = LEFT + pdf.get_string_width(title) + space * size_mm
            pdf.set_font("Times", "", BODY_SIZE)
            text = prose_words(f"item{n}", 0, 12 if items else 60)
            lines = _wrap(pdf, text, LEFT + FULL_W - x)
            _justified(pdf, x, y, 0 if items else LEFT + FULL_W - x, lines[0])
            rest = _wrap(pdf, text[len(lines[0].split()) :], FULL_W)
            for k, line in enumerate(rest):
                y += LEADING
                _justified(pdf, LEFT, y, FULL_W if k < len(rest) - 1 else 0, line)
            y += LEADING + (1.5 if items else PARA_GAP)
    return Path(path)


def heading_beside_figure_page(path: str | Path, title: Sequence[str] = ("1.1 Error Analysis",)) -> Path:
    """A one-column section whose text wraps around a figure on the left (wrapfig): a numbered heading (its
    `title` lines one under the other) and the justified lines under it all start at the figure's right
    edge, then the text goes on full width."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        pdf.rect(LEFT, y - 3, 45, 60)
        x = LEFT + 50
        for k, line in enumerate(title):
            _heading(pdf, x, y + 2 + 4.5 * k, line, 11)
        y += 4.5 * (len(title) - 1)
        pdf.set_font("Times", "", BODY_SIZE)
        lines = _wrap(pdf, prose_words("beta", 0, 140), LEFT + FULL_W - x)
        for k, line in enumerate(lines[:12]):
            _justified(pdf, x, y + 9 + k * LEADING, LEFT + FULL_W - x, line)
        rest = _wrap(pdf, " ".join(lines[12:]).split() + prose_words("gamma", 0, 300), FULL_W)
        for k, line in enumerate(rest):
            _justified(pdf, LEFT, y + 9 + (12 + k) * LEADING, FULL_W if k < len(rest) - 1 else 0, line)
    return Path(path)


WRAPPED_RUN_IN = ("1.1. Efficient Sparse Attention for Fast and Reliable Inference on Commodity", "Hardware.")
"""A numbered bold run-in title too long for one line (amsart's \\subsection), as `wrapped_run_in_page` sets it."""


def wrapped_run_in_page(path: str | Path) -> Path:
    """A section whose paragraph opens with the bold run-in `WRAPPED_RUN_IN`: its first line all title
    (justified to the column's width), its second the title's last words, then the paragraph's text."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        pdf.set_font("Times", "B", BODY_SIZE)
        _justified(pdf, LEFT, y, FULL_W, WRAPPED_RUN_IN[0])
        x = _pieces(pdf, LEFT, y + LEADING, [(WRAPPED_RUN_IN[1], "B")])
        pdf.set_font("Times", "", BODY_SIZE)
        text = prose_words("beta", 0, 70)
        first = _wrap(pdf, text, LEFT + FULL_W - x)[0]
        _justified(pdf, x, y + LEADING, LEFT + FULL_W - x, first)
        _paragraph(pdf, LEFT, y + 2 * LEADING, FULL_W, text[len(first.split()) :])
    return Path(path)


def unnumbered_sections_page(
    path: str | Path, titles: Sequence[str], letter_gap: float = 0.0, references_before: int | None = None
) -> Path:
    """A preprint's unnumbered sections (\\section* in bold Helvetica), each title over a paragraph. A
    title whose first word is one capital letter ("A Note on Priors") sets its other words a word space
    from that letter, or `letter_gap` mm from it when given (an appendix's letter a quad from its title,
    "A  Proofs"). With `references_before`, a bibliography ("References" and four entries) stands before
    the title of that index (the appendices after it, unlettered)."""
    with _document(path) as pdf:
        y = 30.0
        for k, title in enumerate(titles):
            if k == references_before:
                y = _heading(pdf, LEFT, y, "References")
                for n in range(1, 5):
                    entry = f"[{n}] A. Smith and B. Chen, {' '.join(prose_words(f'ref{n}', 0, 6))}, in Proc. {2010 + n}."
                    y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=9)
                y += PARA_GAP
            first, _, rest = title.partition(" ")
            if letter_gap and len(first) == 1 and rest:
                pdf.set_font("Helvetica", "B", 12)
                pdf.text(LEFT, y, first)
                _heading(pdf, LEFT + pdf.get_string_width(first) + letter_gap, y, rest)
                y += 12 * 0.3528 + 3.0
            else:
                y = _heading(pdf, LEFT, y, title)
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"part{k}", 0, 45), "end."]) + PARA_GAP
    return Path(path)


def title_in_running_head_paper(path: str | Path, pages: int = 4) -> Path:
    """A journal's paper (mnras, svjour3's \\titlerunning) whose title, set large and bold atop page 1 inside
    the top margin, comes back as the running head of every odd page after it in small italics; even pages
    carry the authors' names. Each page has a page number at its foot and a paragraph of text."""
    with _document(path, first_page=False) as pdf:
        for number in range(1, pages + 1):
            pdf.add_page()
            if number == 1:
                _centred(pdf, 26, TITLE, "Times", "B", 16)
                _centred(pdf, 34, "Alice Smith and Bob Lee", "Times", "", 11)
                y = _heading(pdf, LEFT, 50, "Abstract", size=10)
                y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("abstract", 0, 60), "end."])
                y = _heading(pdf, LEFT, y + PARA_GAP, "1 Introduction")
            else:
                _centred(pdf, 12, TITLE if number % 2 else "Alice Smith and Bob Lee", "Times", "I", 8)
                y = _heading(pdf, LEFT, 30, f"{number} Section {number}")
            _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"page{number}", 0, 120), "end."])
            _centred(pdf, 287, str(number), "Helvetica", "", 9)
    return Path(path)


TABLES6_STACKED_VALUES = (
    ("Linear", "batch", ("0.22", "(0.16)"), ("0.85", "(0.10)"), "20.4"),
    ("Kernel", "sparse", ("0.70", "(0.06)"), ("0.32", "(0.17)"), "90.9"),
    ("Neural", "dense", ("0.64", "(0.02)"), ("0.47", "(0.10)"), "77.4"),
    ("Hybrid", "token", ("0.59", "(0.06)"), ("0.46", "(0.19)"), "52.4"),
)
"""`tables6_stacked_values_page`'s body rows: stub, kind, two values each over its spread, time."""


def tables6_stacked_values_page(path: str | Path, offset: float = 2.0) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a booktabs-ruled
    table whose two middle columns set each value over its spread on two lines (a nested tabular), the
    row's other cells `offset` mm under the value's line (2.0: midway between the two lines, as [c]
    centres them; 0.0: level with the values, a row of spreads under a row of values); then text."""
    xs = (LEFT, LEFT + 28, LEFT + 52, LEFT + 72, LEFT + 92)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 3: Scores of each model with their spread over five runs, and the time per run."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        y = _ruled_head(pdf, y, LEFT + 110, xs, ("Model", "Kind", "Acc", "F1", "Time"), 4.0, 1.5)
        for stub, kind, first, second, time in TABLES6_STACKED_VALUES:
            for x, text in ((xs[0], stub), (xs[1], kind), (xs[4], time)):
                pdf.text(x, y + offset, text)
            for x, (value, spread) in ((xs[2], first), (xs[3], second)):
                pdf.text(x, y, value)
                pdf.text(x, y + 4.0, spread)
            y += 9.0
        pdf.line(LEFT, y - 3.5, LEFT + 110, y - 3.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES6_REMARKS = (
    ("Linear", "81.2", "12.5", "fast to train|but weak on|the long inputs"),
    ("Kernel", "84.0", "40.2", "slow on large|sets of data|and memory bound"),
    ("Neural", "88.7", "25.1", "best overall|when tuned|with care"),
    ("Hybrid", "86.3", "31.4", "close to the|best at a|lower cost"),
)
"""`tables6_remarks_column_page`'s rows: stub, two numbers, remarks ("|" breaks a line)."""


def tables6_remarks_column_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and a booktabs-ruled table whose last
    column is a narrow paragraph column (p{2.8cm}) of remarks wrapped over three lines each, in the
    body's own type, the caption under the table; then text."""
    xs = (LEFT, LEFT + 30, LEFT + 48, LEFT + 66)
    right = LEFT + 96
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results") + 2
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, right, y)
        y += 4.5
        for x, head in zip(xs, ("Model", "Acc", "Time", "Remarks"), strict=True):
            pdf.text(x, y, head)
        pdf.line(LEFT, y + 1.5, right, y + 1.5)
        y += 6.0
        for stub, acc, time, remarks in TABLES6_REMARKS:
            for x, text in zip(xs, (stub, acc, time), strict=False):
                pdf.text(x, y, text)
            for line in remarks.split("|"):
                pdf.text(xs[3], y, line)
                y += 4.2
            y += 1.0
        pdf.line(LEFT, y - 3.0, right, y - 3.0)
        caption = "Table 4: Scores, times and remarks on each of the four models we compared."
        y = _paragraph(pdf, LEFT, y + 3, FULL_W, caption.split(), size=9)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("delta", 0, 60))
    return Path(path)


def body7_numbered_sections_unnumbered_subsections_page(path: str | Path, sign: str = "") -> Path:
    """A paper numbering its sections only, as memoir does by default: "1 Introduction" (bold, 14 pt;
    after a section sign when `sign` is given, "§1. Introduction") over a paragraph, then two unnumbered
    subsections per section in bold 12 pt (larger than the text, smaller than the sections), each over a
    paragraph."""
    sections = ("Introduction", "Method", "Results")
    with _document(path) as pdf:
        y = 30.0
        for n, title in enumerate(sections, 1):
            y = _heading(pdf, LEFT, y, f"{sign}{n}. {title}" if sign else f"{n} {title}", size=14)
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"s{n}", 0, 30), "end."]) + PARA_GAP
            for k, sub in enumerate((f"Graph Kernels {n}", f"Noise Models {n}")):
                y = _heading(pdf, LEFT, y, sub, size=12)
                y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"s{n}{k}", 0, 20), "end."]) + PARA_GAP
    return Path(path)


def body7_spaced_titles_page(path: str | Path, titles: Sequence[Sequence[tuple[str, str]]]) -> Path:
    """Unnumbered titles at the text's size in Times, each on a line of its own over a paragraph, set word
    by word in the word's own style ("B" bold, "I" italic: a symbol of mathematics in a bold title, "with
    k Components"), as \\subsubsection* sets them; a title too long for a line wraps onto the next."""
    with _document(path) as pdf:
        y = 30.0
        for n, title in enumerate(titles):
            x = LEFT
            for word, style in title:
                pdf.set_font("Times", style, BODY_SIZE)
                if x + pdf.get_string_width(word) > LEFT + FULL_W:
                    x, y = LEFT, y + LEADING
                pdf.text(x, y, word)
                x += pdf.get_string_width(word + " ")
            y = (
                _paragraph(pdf, LEFT, y + LEADING + 1, FULL_W, [*prose_words(f"t{n}", 0, 40), "end."])
                + PARA_GAP
            )
    return Path(path)


LIBERTINE_NAMES = {
    16: "i.sc",
    27: "f_f",
    128: "f_i",
    129: "T_h",
    130: "uni00E9",
    131: "f_f_i",
    132: "a.sc",
    133: "g123",
}
"""Codes and glyph names of `libertine_unmapped_page`'s first font (pdfTeX's Libertine names its
ligatures by their parts; "g123" is a font's private name, which says nothing)."""
LIBERTINE_BUILTIN = {134: "f_l", 135: "uni00FC"}
"""Codes and glyph names that the second font's embedded Type 1 program gives in its own encoding."""
LIBERTINE_LINES = [
    ("F1", b"\x81e \x80rst caf\x82 is e\x83cient"),
    ("F1", b"pro\x85t m\x10x \x84nd e\x1bort"),
    ("F2", b"\x86ow"),
]
LIBERTINE_WORDS = ["The", "first", "café", "is", "efficient", "prot", "mix", "and", "effort"]
"""The words `libertine_unmapped_page` prints in its first font, as read when the glyph names are
decoded ("pro" + an unknown glyph + "t" stays one word)."""


def libertine_unmapped_page(path: str | Path) -> Path:
    """One page in two simple fonts without a ToUnicode map, as pdfTeX wrote Linux Libertine for ACM's
    2017-18 papers: the first names its codes (C1 ones, and a ligature below 32 as Libertine's T1 fonts
    have) in its encoding's /Differences (LIBERTINE_NAMES), the
    second has no /Encoding and an embedded Type 1 program whose clear-text part names its codes
    (LIBERTINE_BUILTIN; its encrypted part is left out, so PDFium reads its line in a stand-in font's
    standard encoding). PDFium knows none of the first font's names and passes its raw codes on."""
    content = bytearray(b"BT\n")
    for n, (font, text) in enumerate(LIBERTINE_LINES):
        escaped = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        content += b"/%s 12 Tf 1 0 0 1 72 %d Tm (%s) Tj\n" % (font.encode(), 720 - 20 * n, escaped)
    content += b"ET\n"
    differences = b" ".join(b"%d /%s" % (c, n.encode()) for c, n in sorted(LIBERTINE_NAMES.items()))
    program = (
        b"%!PS-AdobeFont-1.0: LinLibertineT 5.3.0\n/FontName /QRSTUV+LinBiolinumT def\n"
        b"/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
        + b"".join(b"dup %d /%s put\n" % (c, n.encode()) for c, n in sorted(LIBERTINE_BUILTIN.items()))
        + b"readonly def\ncurrentdict end\ncurrentfile eexec\n"
    )
    widths = b" ".join(b"500" for _ in range(0, 256))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+LinLibertineT /FirstChar 0 /LastChar 255 "
        b"/Widths [%s] /Encoding << /Type /Encoding /Differences [%s] >> >>" % (widths, differences),
        b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /QRSTUV+LinBiolinumT /FirstChar 0 /LastChar 255 "
        b"/Widths [%s] /FontDescriptor 7 0 R >>" % widths,
        b"<< /Type /FontDescriptor /FontName /QRSTUV+LinBiolinumT /Flags 4 /FontBBox [0 -250 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 650 /StemV 80 /FontFile 8 0 R >>",
        b"<< /Length %d /Length1 %d /Length2 0 /Length3 0 >>\nstream\n" % (len(program), len(program))
        + program
        + b"\nendstream",
    ]
    return _write_objects(path, objects)


def header7_stroked_l_page(path: str | Path) -> Path:
    """A line set as TeX's OT1 fonts set "ł" and "Ł": the stroke (code 32, which the font's ToUnicode map
    reads as a space, drawn here as Times' macron, an inked bar) then moved back over by a TJ kern of its
    width, so the letter starts under it ("Młynarczyk", "PŁOCK"); the words are parted by the usual word
    spaces, code 32 too but without ink, one of them set right before an "L" ("Lis") that stays an "L"."""
    content = (
        b"BT /F1 12 Tf 72 720 Td (Authors: Ola M) Tj /F2 12 Tf [( ) 333] TJ /F1 12 Tf (lynarczyk and Jan Lis, P) Tj"
        b" /F2 12 Tf [( ) 333] TJ /F1 12 Tf (LOCK) Tj ET\n"
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Stroke def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <20> <0020> endbfchar "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding "
        b"/Differences [32 /macron] >> /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return _write_objects(path, objects)


TABLES7_ROWS = (
    ("Model", "Dev", "Test"),
    ("Linear", "81.2", "80.4"),
    ("Neural net", "84.0", "83.1"),
    ("Neural net architectures",),
    ("Small", "86.3", "85.0"),
    ("Neural net", "88.7", "87.9"),
    ("Kernel", "83.5", "82.2"),
)
"""`tables7_column_table_under_page_rule_page`'s rows: heads, then stubs and two numbers; a row of one
text names the group under it, its first words those of a stub ("Neural net"), so that its space falls
where the stub column's white channel begins."""


def tables7_column_table_under_page_rule_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 a paragraph across the page closed by a rule
    across the page (as under a two-column paper's abstract), and under it two columns: in the left an
    unruled table (`TABLES7_ROWS`, 9 pt) right under the rule with its caption under it, in the right
    running text beside the table from the rule down past the caption."""
    xs = (LEFT, LEFT + 22, LEFT + 36)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "Abstract")
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, LEFT + FULL_W, y)
        top = y + 5
        _paragraph(pdf, COL2, top, COL_W, prose_words("delta", 0, 330))
        pdf.set_font("Times", "", 9)
        y = top
        for row in TABLES7_ROWS:
            for x, text in zip(xs, row, strict=False):
                pdf.text(x, y, text)
            y += 4.0
        caption = "Table 1: Scores of the linear, the neural and the kernel models on both splits."
        y = _paragraph(pdf, LEFT, y + 3, COL_W, caption.split(), size=9)
        _paragraph(pdf, LEFT, y + 4, COL_W, prose_words("epsilon", 0, 250))
    return Path(path)


def zones_overview_title_paper(path: str | Path, title: str) -> Path:
    """A one-column paper whose title opens with a word a first section may be named by ("Overview of
    …", "RESULTS OF …"), in 16 pt bold over one name, an affiliation, an abstract and "1 Introduction"."""
    with _document(path) as pdf:
        _centred(pdf, 30, title, "Times", "B", 16)
        _centred(pdf, 42, "Ann Lee", "Times", "", 12)
        _centred(pdf, 48, "University of Oslo, Norway", "Times", "", 11)
        y = _heading(pdf, LEFT, 62, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 60))
        y = _heading(pdf, LEFT, y + 8, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, prose_words("alpha", 0, 200))
    return Path(path)


def strokes_word_initial_page(path: str | Path) -> Path:
    """TeX's OT1 "Ł" opening a word ("Jan and Łukasz"): after the word gap (a TJ kern), the stroke (code
    32 of the same font, a space to its ToUnicode map, drawn as Times' inked macron) moved back over by its
    width and 0.04 em more, as cmr's is, then the "L"; PDFium makes the word space out of the stroke. Words are parted by kerns, as TeX
    sets them; the word space before "Lis" stays a space."""
    content = (
        b"BT /F1 12 Tf 72 720 Td [(Authors:) -333 (Jan) -333 (and) -333 ( ) 373 (Lukasz) -333 (Kot) -333 (and)"
        b" -333 (Lis)] TJ ET\n"
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Stroke def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <20> <0020> endbfchar "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding "
        b"/Differences [32 /macron] >> /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return _write_objects(path, objects)


def headings4_heading_beside_ticks_page(path: str | Path) -> Path:
    """A section whose text runs beside a plot at the page's right: "1.1 Tuning Momentum Under
    Asynchrony" in bold at the text's size, a tick label of the plot ("7", in 6 pt) on its row, then the
    paragraph under it."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(LEFT, y + 4, "1.1 Tuning Momentum Under Asynchrony")
        pdf.set_font("Helvetica", "", 6)
        pdf.text(LEFT + 0.75 * FULL_W, y + 4, "7")
        pdf.text(LEFT + 0.75 * FULL_W, y + 4 + LEADING, "6")
        width = 0.65 * FULL_W
        _paragraph(pdf, LEFT, y + 4 + LEADING + 1.5, width, [*prose_words("beta", 0, 80), "end."])
    return Path(path)


def headings4_lead_in_paragraph_page(path: str | Path) -> Path:
    """A section, then in the left column a paragraph of two lines that a bold lead-in opens ("Momentum
    is robust to varying curvature" and the text going on upright: a \\paragraph's title, no section),
    the column ending under it."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 60), "end."]) + PARA_GAP + 4
        lead = "Momentum is robust to varying curvature"
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(LEFT, y, lead)
        x = LEFT + pdf.get_string_width(lead) + BODY_SIZE * 0.3528  # the em that \\paragraph sets
        pdf.set_font("Times", "", BODY_SIZE)
        first, *rest = _wrap(pdf, prose_words("gamma", 0, 30), LEFT + COL_W - x)
        _justified(pdf, x, y, LEFT + COL_W - x, first)
        _justified(pdf, LEFT, y + LEADING, COL_W, _wrap(pdf, " ".join(rest).split(), COL_W)[0])
        _paragraph(pdf, COL2, 30, COL_W, [*prose_words("delta", 0, 90), "end."])
    return Path(path)


def headings4_citation_format_page(path: str | Path) -> Path:
    """acmart's note on how to cite the paper before its first heading: "ACM Reference Format:" in bold
    9 pt, the citation under it over two blocks in 9 pt, then "1 INTRODUCTION" and its text."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, 30, "ACM Reference Format:")
        citation = "Ann Smith and Bo Lee. 2024. Reading Order Recovery in Scholarly Documents. In Proceedings"
        _paragraph(pdf, LEFT, 30 + 3.8, FULL_W, citation.split(), size=9)
        _paragraph(
            pdf, LEFT, 30 + 3.8 * 2, FULL_W, "of KDD. ACM, New York, NY, USA, 9 pages.".split(), size=9
        )
        y = _heading(pdf, LEFT, 50, "1 INTRODUCTION")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 60), "end."])
    return Path(path)


HEADINGS4_WRAPPED_ITALIC = ("C. Effect of changing the structure of the graph on the", "running time")
"""An italic lettered title at the text's size over two lines (IEEEtran's \\subsection), as
`headings4_wrapped_italic_page` sets it."""


def headings4_wrapped_italic_page(path: str | Path) -> Path:
    """In the left column, "I. INTRODUCTION" and a paragraph, then `HEADINGS4_WRAPPED_ITALIC` in italic at
    the text's size, its two lines a line apart, and a paragraph under it."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION", size=BODY_SIZE)
        y = _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP
        pdf.set_font("Times", "I", BODY_SIZE)
        for k, line in enumerate(HEADINGS4_WRAPPED_ITALIC):
            pdf.text(LEFT, y + k * LEADING, line)
        y += len(HEADINGS4_WRAPPED_ITALIC) * LEADING + 1.5
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("beta", 0, 60), "end."])
    return Path(path)


def headings4_capitals_line_ahead_page(path: str | Path) -> Path:
    """Numbered titles in capitals at the text's size (ICLR's small capitals): "1 INTRODUCTION" and "1.1
    NOISE MODELS", each on a line of its own above a paragraph, an appendix's "B PROOFS" in bold, then
    "B.1 IMPLEMENTATION DETAILS" set a line's leading above its paragraph, as the paragraph's own lines
    are."""
    with _document(path) as pdf:
        y = 30.0
        for title in ("1 INTRODUCTION", "1.1 NOISE MODELS"):
            pdf.set_font("Times", "", BODY_SIZE)
            pdf.text(LEFT, y, title)
            y = _paragraph(pdf, LEFT, y + LEADING + 3, FULL_W, [*prose_words(title, 0, 40), "end."])
            y += PARA_GAP + 4
        y = _heading(pdf, LEFT, y, "B PROOFS")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("proofs", 0, 40), "end."]) + PARA_GAP + 4
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, "B.1 IMPLEMENTATION DETAILS")
        _paragraph(pdf, LEFT, y + LEADING, FULL_W, [*prose_words("omega", 0, 40), "end."])
    return Path(path)


def headings4_bibliography_beside_text_page(path: str | Path) -> Path:
    """Two columns: the left one holds body text and "5.2 Evaluation Protocol" over a paragraph; the right
    one opens with "References" in bold and four long numbered entries whose labels ("[1]") stand at the
    column's edge and whose text hangs under them, 16 pt further right (IEEE's and Springer's numbered
    bibliographies), so that few words start at the column's edge."""
    pt = 0.3528
    right, hang = 303 * pt, 319 * pt
    width = 236 * pt
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 25, "1 Introduction", size=BODY_SIZE)
        text = 244 * pt  # the left column's lines end 2 pt short of the labels
        y = _paragraph(pdf, LEFT, y, text, [*prose_words("alpha", 0, 250), "end."]) + PARA_GAP + 2
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(LEFT, y, "5.2 Evaluation Protocol")
        _paragraph(pdf, LEFT, y + LEADING + 1.5, text, [*prose_words("beta", 0, 250), "end."])
        pdf.set_font("Times", "B", BODY_SIZE)
        pdf.text(right, 25, "References")
        y = 25 + LEADING + 2
        for n in range(1, 5):
            pdf.set_font("Times", "", BODY_SIZE)
            pdf.text(right, y, f"[{n}]")
            words = ["A.", "Smith", "and", "B.", "Chen,", *prose_words(f"ref{n}", 0, 90), "2019."]
            y = _paragraph(pdf, hang, y, right + width - hang, words) + 1.5
    return Path(path)


TABLES4_NOTED_VALUES = (
    ("Flair", "0.165", "0.295", "(k = 1)"),
    ("BERT", "0.071", "0.086", "(k = 4)"),
    ("ELMo", "0.420", "0.459", "(k = 6)"),
    ("GloVe", "0.321", "0.427", "(k = 7)"),
    ("Doc2vec", "0.157", "0.039", "(k = 9)"),
)
"""`tables4_note_column_page`'s rows: stub, two values, the second value's note."""


def tables4_note_column_page(path: str | Path, gap: float) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a booktabs-ruled
    table whose last value of each row has a bracketed note `gap` (in type sizes) after it: 1/6, a
    thin space set between two columns (S@{\\,}l), or 1/3, a space typed in the value's cell."""
    xs = (LEFT, LEFT + 30, LEFT + 50)
    size = 9
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 2: Correlation of each model with the gold scores, and the best setting of k."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=size) + 1
        pdf.set_font("Times", "", size)
        y = _ruled_head(pdf, y, LEFT + 100, xs, ("Model", "Direct", "Tuned"), 4.0, 1.5)
        for stub, first, second, note in TABLES4_NOTED_VALUES:
            for x, text in zip(xs, (stub, first, second), strict=True):
                pdf.text(x, y, text)
            pdf.text(xs[2] + pdf.get_string_width(second) + gap * size * 25.4 / 72, y, note)
            y += 4.5
        pdf.line(LEFT, y - 3.0, LEFT + 100, y - 3.0)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


def tables4_head_over_midrule_page(path: str | Path, top_rule: bool) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table whose
    head row stands right over a rule across the table (\\midrule), with a rule under its last row;
    over the head a top rule or (`top_rule` False) none; then text."""
    xs = (LEFT, LEFT + 35, LEFT + 60)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 1: Time bin and size of each of the three datasets we collected."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 2
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        if top_rule:
            pdf.line(LEFT, y, LEFT + 90, y)
        y += 4.0
        for x, head in zip(xs, ("sample", "time bin", "million tokens"), strict=True):
            pdf.text(x, y, head)
        y += 1.2
        pdf.line(LEFT, y, LEFT + 90, y)
        y += 4.0
        for row in (("Reddit", "2013", "900"), ("Forum", "2011", "8.5"), ("News", "2017", "11.9")):
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            y += 4.5
        pdf.line(LEFT, y - 3.0, LEFT + 90, y - 3.0)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


def tables4_table_atop_page(path: str | Path) -> Path:
    """A page of title and running text, then page 2 opening with a booktabs-ruled table set at the
    top of the page, in the margin band, its head row of years over a \\midrule (each year alone
    reads like a page number); its caption and running text under it."""
    xs = (LEFT, LEFT + 40, LEFT + 65)
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 200))
        pdf.add_page()
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        y = 12.0
        pdf.line(LEFT, y, LEFT + 90, y)
        y += 4.0
        for x, head in zip(xs[1:], ("2010", "2021"), strict=True):
            pdf.text(x, y, head)
        y += 1.5
        pdf.line(LEFT, y, LEFT + 90, y)
        y += 4.0
        for row in (
            ("Orbital period", "31740.70", "31740.84"),
            ("Eccentricity", "4.3", "3.7"),
            ("Spin", "517.92", "517.93"),
        ):
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            y += 4.5
        pdf.line(LEFT, y - 3.0, LEFT + 90, y - 3.0)
        caption = "Table 1: Timing solutions obtained from the analysis of the observations of both years."
        y = _paragraph(pdf, LEFT, y + 3, FULL_W, caption.split(), size=9)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("delta", 0, 120))
    return Path(path)


TABLES4_TIGHT_ROWS = (
    ("Signal", "89,454", "13,238", "60,487", "91,230", "24,287"),
    ("Retrieval", "11,801", "13,579", "40,953", "70,852", "24,823"),
    ("Greedy", "66,548", "71,932", "26,893", "59,310", "52,328"),
    ("Network", "70,743", "82,813", "53,581", "71,198", "12,000"),
)
"""`tables4_tight_units_page`'s body rows: a stub and five numbers."""


def tables4_tight_units_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled by
    \\hline whose number columns stand 2.2 pt apart (llncs' \\tabcolsep, a space), the heads of the
    last two with their units on a second line ("(ms)" beside "(%)"); then text."""
    heads = [(0, ("Model", "Enc", "Ada", "Den", "Bat", "Dec")), (4, ("(ms)", "(%)"))]
    caption = "Table 3: Counts of each model on the five splits, and their time and share."
    return _tight_columns_page(path, caption, heads, TABLES4_TIGHT_ROWS)


def _tight_columns_page(
    path: str | Path,
    caption: str,
    heads: list[tuple[int, tuple[str, ...]]],
    rows: tuple[tuple[str, ...], ...],
) -> Path:
    """A page of title and running text, then on page 2 text and, under `caption`, a table ruled by
    \\hline at 8 pt whose number columns stand 2.2 pt apart (a space): two head lines, each `(first
    column, texts)`, over `rows` (a stub and numbers); then text."""
    size = 8
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", size)
        pdf.set_line_width(0.3)
        step = pdf.get_string_width("00,000") + 2.2 * 25.4 / 72
        xs = (LEFT, *(LEFT + 20 + k * step for k in range(len(rows[0]) - 1)))
        right = xs[-1] + step
        pdf.line(LEFT, y, right, y)
        for k, (first, texts) in enumerate(heads):
            y += 3.5 if k == 0 else 3.2
            for x, head in zip(xs[first:], texts, strict=True):
                pdf.text(x, y, head)
        y += 1.2
        pdf.line(LEFT, y, right, y)
        y += 3.5
        for row in rows:
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            y += 3.8
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


def tables4_four_rows_spanning_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a booktabs-ruled
    table of four rows (a head and three rows) whose first row's one value is centred across both value
    columns (\\multicolumn{2}{c}{did not converge}); then text."""
    xs = (LEFT, LEFT + 40, LEFT + 55)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        caption = "Table 1: Validation loss and score of each setting after the last epoch."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        y = _ruled_head(pdf, y, LEFT + 75, xs[1:], ("Loss", "BLEU"), 4.0, 1.5)
        pdf.text(xs[0], y, "Default w/o clip.")
        middle = (xs[1] + xs[2] + pdf.get_string_width("30.75")) / 2
        pdf.text(middle - pdf.get_string_width("did not converge") / 2, y, "did not converge")
        y += 4.5
        for row in (("Default w/ clip.", "2.86", "30.75"), ("Ours", "2.75", "31.59")):
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            y += 4.5
        pdf.line(LEFT, y - 3.0, LEFT + 75, y - 3.0)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


REACH_ROWS = (
    ("Model", "Clu7", "Dec3", "Lin6", "Att4", "Spa4", "Seq8"),
    ("Kernel", "0.98", "0.23", "0.24", "0.34", "0.67", "0.98"),
    ("Neural-8", "0.15", "0.53", "0.28", "0.19", "0.50", "0.08"),
    ("Linear-2", "0.97", "0.17", "0.13", "0.33", "0.64", "0.27"),
)
"""`reach_page_of_one_table`'s rows: a head and three rows of a stub and six numbers."""


def reach_page_of_one_table(path: str | Path) -> Path:
    """A page of title and two columns of text, then a page that holds nothing but a table set across the
    page with no rules (a table*): its centred caption, then `REACH_ROWS` spread from the left margin
    to the right one, so that the stub and last columns lie outside the caption's width."""
    xs = [LEFT + 26 * k for k in range(7)]
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, prose_words("gamma", 0, 260))
        _paragraph(pdf, COL2, 50, COL_W, prose_words("delta", 0, 300))
        pdf.add_page()
        _centred(pdf, 30, "Table 1: Scores of the six encoders on the three models.", "Times", "B", 9)
        pdf.set_font("Times", "", 9)
        for i, row in enumerate(REACH_ROWS):
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, 40 + 4.5 * i, text)
    return Path(path)


TABLES5_MULTIROW_ON_WRAP = (
    ("", "Gre7", "method it we gains across the", "0.10"),
    ("Token-2", "", "that", ""),
    ("", "Ran8", "the and levels practice of it", "0.21"),
    ("", "", "benchmarks", ""),
    ("", "Tok9", "explains the on", "0.63"),
    ("Sequence", "Att4", "the practice when", "0.53"),
    ("", "Dat6", "component of show", "0.87"),
)
"""`tables5_multirow_on_wrap_page`'s body lines (stub, split, notes, score): a note justified to its
paragraph column's width goes on on the line under it; the first group's stub (\\multirow{3}) sits
on the second of its lines, level with the rest of a wrapped note."""


def tables5_multirow_on_wrap_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled
    above, under its head and at its foot: a stub, a split, a paragraph column of notes and a score;
    the first group's stub set level with a wrapped note's second line (`TABLES5_MULTIROW_ON_WRAP`);
    then text."""
    lines = TABLES5_MULTIROW_ON_WRAP
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Signal retrieval of each split with notes on the runs."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        width = max(pdf.get_string_width(line[2]) for line in lines)
        xs = (LEFT, LEFT + 22, LEFT + 36, LEFT + 36 + width + 6)
        right = xs[3] + 12
        y = _ruled_head(pdf, y, right, xs, ("Data set", "Split", "Notes", "Score"), 4.0, 1.5)
        for n, line in enumerate(lines):
            wraps = n + 1 < len(lines) and not lines[n + 1][1] and not lines[n + 1][3]
            for k, text in enumerate(line):
                if text:
                    _justified(pdf, xs[k], y, width if k == 2 and wraps else 0, text)
            y += 4.0
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES5_STUB_BETWEEN_ROWS = (
    ("", "Ada1", "37.6%", "39.7%", "58.7%"),
    ("Graph-3", "", "", "", ""),
    ("", "Lin3", "71.4%", "73.8%", "11.6%"),
    ("Robust", "Dat2", "79.1%", "23.6%", "49.9%"),
)
"""`tables5_stub_between_rows_page`'s body lines: the first group's stub (\\multirow{2}) alone on a
line half a row under the first row, over the second."""


def tables5_stub_between_rows_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled
    above, under its head and under each row (\\cline inside a group, \\hline under it), its rows
    wider apart than lines of text: a \\multirow stub
    set about half a row between its two rows (`TABLES5_STUB_BETWEEN_ROWS`), so that the lower row's
    values lie within `ROW_SHIFT` of its middle and that row's run name (set 0.85 pt lower, as a glyph's
    box may sit) just beyond; then text."""
    xs = (LEFT, LEFT + 22, LEFT + 36, LEFT + 52, LEFT + 68)
    point = 25.4 / 72
    pitch = 11 * point  # the stub 5.65 pt under the upper row (a line of its own, ROW_SHIFT * 9 pt
    # is 5.4 pt) and 5.35 pt over the lower row's values, 6.2 pt over its run name
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Accuracy of each run on the three encoders."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        right = xs[4] + 14
        y = _ruled_head(pdf, y, right, xs, ("Data set", "Run", "Den7", "Dec5", "Gra2"), 4.0, 1.5)
        lines = TABLES5_STUB_BETWEEN_ROWS
        for n, line in enumerate(lines):
            if not line[1]:
                pdf.text(xs[0], y - pitch + 5.65 * point, line[0])
                continue
            for k, text in enumerate(line):
                low = k == 1 and not lines[n - 1][1]
                if text:
                    pdf.text(xs[k], y + (0.85 * point if low else 0.0), text)
            # \cline{2-5} inside the group, \hline under it
            pdf.line(xs[1] - 1 if line[1] == "Ada1" else LEFT, y + 1.2, right, y + 1.2)
            y += pitch
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES5_UNIT_ROWS = (
    ("Signal", "89,454", "13,238", "60,487", "91,230"),
    ("Retrieval", "11,801", "13,579", "40,953", "70,852"),
    ("Greedy", "66,548", "71,932", "26,893", "59,310"),
)
"""`tables5_unit_beside_head_page`'s body rows: a stub and four numbers."""


def tables5_unit_beside_head_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled by
    \\hline whose number columns stand 2.2 pt apart (a space), the heads of the last two stacked over
    their units ("Bat1" over "(%)"), the other heads ("Ada5") level with the units; then text."""
    heads = [(3, ("Bat1", "Dec2")), (0, ("Model", "Enc3", "Ada5", "(%)", "(ms)"))]
    caption = "Table 2: Counts of each model on the two splits, and their share and time."
    return _tight_columns_page(path, caption, heads, TABLES5_UNIT_ROWS)


def header5_subtitled_title_page(
    path: str | Path, title: list[str], second: str, drop: float, sizes: tuple[float, float] = (13, 11)
) -> Path:
    """A one-column title page set flush left as acmart's journals set it: the `title` lines in bold
    Helvetica (`sizes`: 13 pt), then `second` in a smaller size of the same bold face (11 pt) with its
    baseline `drop` mm under the title's last (5 mm: a "\\\\ \\Large …" part on the title's own leading;
    7 mm: LNCS's \\subtitle after its skip), the byline in capitals, an affiliation, the abstract and the
    introduction (10 pt)."""
    with _document(path) as pdf:
        pdf.set_font("Helvetica", "B", sizes[0])
        y = 30.0
        for line in title:
            pdf.text(LEFT, y, line)
            y += 0.43 * sizes[0]
        y += drop - 0.43 * sizes[0]
        pdf.set_font("Helvetica", "B", sizes[1])
        pdf.text(LEFT, y, second)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(
            LEFT,
            y + 8,
            "ANNA SCHMIDT, INGRID C. MOREAU, and DMITRI J. MULLER, University of Oslo, Norway",
        )
        y = _paragraph(
            pdf, LEFT, y + 16, FULL_W, ["We", "present", *prose_words("gamma", 1, 80), "end."], size=9
        )
        y = _heading(pdf, LEFT, y + 6, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 1, 150), "end."])
    return Path(path)


HEADER5_INSTITUTES = (
    "Department of Linguistics, University of Lyon, Lyon, France",
    "School of Engineering, University of Granada, Granada, Spain",
)
"""`header5_lncs_subtitle_page`'s institutes, numbered 1 and 2 in its byline."""


def header5_lncs_subtitle_page(path: str | Path, title: list[str], subtitle: str) -> Path:
    """Springer LNCS's title page: the `title` lines centred in 14 pt bold Helvetica, the \\subtitle in
    12 pt of that face a skip (7 pt) under it, the names with raised institute numbers, the numbered
    institutes (`HEADER5_INSTITUTES`) in 9 pt, each with an email, the abstract and the introduction."""
    with _document(path) as pdf:
        for k, line in enumerate(title):
            _centred(pdf, 30 + 6 * k, line, "Helvetica", "B", 14)
        y = 30 + 6 * (len(title) - 1) + 7.5
        _centred(pdf, y, subtitle, "Helvetica", "B", 12)
        _centred_raised(pdf, y + 9, [("Ann Lee", False), ("1", True), (", Bo Chen", False), ("2", True)], 10)
        y += 15
        for k, (place, mail) in enumerate(
            zip(HEADER5_INSTITUTES, ("ann.lee@univ-lyon.fr", "bo.chen@ugr.es"), strict=True)
        ):
            _centred(pdf, y, f"{k + 1} {place}", "Times", "", 9)
            _centred(pdf, y + 3.6, mail, "Courier", "", 9)
            y += 8
        y = _paragraph(
            pdf, LEFT + 15, y + 4, FULL_W - 30, ["Abstract.", *prose_words("gamma", 1, 70)], size=9
        )
        y = _heading(pdf, LEFT, y + 6, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 1, 150), "end."])
    return Path(path)


TABLES6_SPRINGER_ROWS = (
    ("Model", "Gra1", "Den2", "Sig3"),
    ("Baseline", "71.2", "68.4", "55.0"),
    ("Ours", "75.9", "70.1", "58.3"),
    ("Ours+", "77.0", "72.5", "61.2"),
)
"""`tables6_springer_table_page`'s rows: a head row and three rows of a stub and three numbers."""

TABLES6_NOTE = (
    "Note: the scores are averaged over five runs with different seeds, and the best score of each",
    "data set is set in bold.",
)


def tables6_springer_table_page(path: str | Path, note: str = "") -> Path:
    """A page of title and running text, then on page 2 text and a Springer (llncs) table in 9 pt ruled
    by \\hline above, under its head and at its foot, its number columns centred and set with llncs's
    \\tabcolsep of 1.4 pt: the heads (`TABLES6_SPRINGER_ROWS`), wider than the numbers under them,
    stand a space apart; the caption centred above it, or with `note` "under" under it, a note of two
    centred lines (`TABLES6_NOTE`) between them; with `note` "over" the caption above and the note under
    the caption; all set in one size as closely as LaTeX sets them; then text."""
    point = 25.4 / 72
    caption = "Table 1. Accuracy of each model on the three data sets."
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results") + 2
        if note != "under":
            _centred(pdf, y, caption, "Times", "", 9)
            y += 2
        if note == "over":
            for line in TABLES6_NOTE:
                y += 3.9
                _centred(pdf, y, line, "Times", "", 9)
            y += 2
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        widths = [max(pdf.get_string_width(row[k]) for row in TABLES6_SPRINGER_ROWS) for k in range(4)]
        left = (PAGE_W - sum(widths) - 8 * 1.4 * point) / 2
        right = PAGE_W - left
        lefts = [left + 1.4 * point]
        for width in widths[:-1]:
            lefts.append(lefts[-1] + width + 2.8 * point)
        pdf.line(left, y, right, y)
        for n, row in enumerate(TABLES6_SPRINGER_ROWS):
            y += 3.9
            for k, text in enumerate(row):
                shift = (widths[k] - pdf.get_string_width(text)) / 2 if k else 0.0
                pdf.text(lefts[k] + shift, y, text)
            if n == 0:
                pdf.line(left, y + 1.1, right, y + 1.1)
        y += 1.4
        pdf.line(left, y, right, y)
        if note == "under":
            y += 3.9
            for line in TABLES6_NOTE:
                _centred(pdf, y, line, "Times", "", 9)
                y += 3.9
            _centred(pdf, y, caption, "Times", "", 9)
        _paragraph(pdf, LEFT, y + 12, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES6_SYMBOL_LINES = (
    ((("F1", "h"), ("F2", "Z"), ("F1", "i")), "⟨Z⟩"),
    ((("F3", "Mean"), ("F1", " h"), ("F2", "E"), ("F1", "i"), ("F3", " [eV]")), "Mean ⟨E⟩ [eV]"),
    ((("F2", "x"), ("F1", "0"), ("F1", " n"), ("F2", " y")), "x′ \\ y"),
    ((("F3", "bright hill"),), "bright hill"),
    ((("F2", "\x0f\x0b"), ("F3", " and "), ("F2", "x"), ("F1", "\x14\x06"), ("F2", "y")), "εα and x≤±y"),
)
"""`tables6_unmapped_symbols_page`'s lines, as runs of (font, text), and how each reads: F1 is TeX's math
symbol font (OMS codes: "h" and "i" are its angle brackets, "0" its prime, "n" its backslash, codes
20 and 6 "≤" and "±"), F2 its math italic (OML: codes 15 and 11 are "ϵ", read as "ε", and "α"), F3 a
text font. PDFium drops a code below 32 standing alone in its text object, so these come in pairs."""


def tables6_unmapped_symbols_page(path: str | Path) -> Path:
    """One page in three simple fonts without a ToUnicode map, as older pdfTeX wrote Computer Modern:
    CMSY10 (TeX's math symbols), CMMI10 and CMR10, none embedded, so that PDFium reads each code as the
    character of the standard encoding, and passes on raw the codes below 32, which the math fonts'
    encodings name privately (`TABLES6_SYMBOL_LINES`)."""
    content = bytearray(b"BT\n")
    for n, (runs, _) in enumerate(TABLES6_SYMBOL_LINES):
        content += b"1 0 0 1 72 %d Tm\n" % (720 - 20 * n)
        for font, text in runs:
            content += b"/%s 12 Tf (%s) Tj\n" % (font.encode(), text.encode())
    content += b"ET\n"
    widths = b" ".join(b"500" for _ in range(0, 256))
    # the math fonts name their codes below 32 privately ("g15"), so that PDFium passes them on raw
    encoding = b"/Encoding << /Type /Encoding /Differences [6 /g6 11 /g11 15 /g15 20 /g20] >>"
    fonts = [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 0 /LastChar 255 /Widths [%s] %s >>"
        % (name, widths, encoding if math else b"")
        for name, math in ((b"ABCDEF+CMSY10", True), (b"GHIJKL+CMMI10", True), (b"MNOPQR+CMR10", False))
    ]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>",
        *fonts,
        b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream",
    ]
    return _write_objects(path, objects)


TABLES6_GROUP_HEADS = (("Signal kernel", 1), ("Decoder neural", 4), ("Adaptive noise", 7))
"""`tables6_spread_heads_page`'s group heads, each with the first of the three columns it spans."""
TABLES6_SPREAD_ROWS = (
    ("Data set", "Lay1", "Spa3", "Bat1", "Fea7", "Dat9", "Seq8", "Fea1", "Bat4", "Seq5"),
    ("Latent-1", "88.9%", "44.7%", "50.2%", "75.8%", "42.1%", "25.0%", "97.6%", "59.8%", "84.7%"),
    ("Network", "29.3%", "25.0%", "46.3%", "88.1%", "32.2%", "17.8%", "34.0%", "22.6%", "18.1%"),
    ("Feature-1", "34.7%", "23.5%", "62.1%", "76.8%", "33.3%", "94.6%", "86.9%", "27.2%", "65.2%"),
    ("Greedy-7", "81.0%", "33.7%", "67.6%", "95.1%", "44.0%", "67.6%", "18.7%", "94.7%", "9.7%"),
)
"""`tables6_spread_heads_page`'s head row and rows: a stub and nine percentages."""


def tables6_spread_heads_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, right under its two-line caption, a
    table resized to the text's width, so that its type is the body's size: ruled above, under its heads
    and at its foot, three group heads over a head row of ten one-word heads (`TABLES6_GROUP_HEADS`,
    `TABLES6_SPREAD_ROWS`), the two head lines close enough to be one block of a dozen words and more;
    then text."""
    caption = (
        "Table 1. Layer sequence token parsing noise optimal baseline attention parsing linear latent "
        "linear for table number one."
    )
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9, leading=3.8) - 2.2
        pdf.set_font("Times", "", 9.7)
        pdf.set_line_width(0.3)
        xs = [LEFT + 1, *(LEFT + 17 + 12.5 * k for k in range(9))]
        right = xs[-1] + 14
        pdf.line(LEFT, y, right, y)
        y += 4.5
        for text, first in TABLES6_GROUP_HEADS:
            middle = (xs[first] + xs[first + 2] + pdf.get_string_width("00.0%")) / 2
            pdf.text(middle - pdf.get_string_width(text) / 2, y, text)
        y += 4.1
        for n, row in enumerate(TABLES6_SPREAD_ROWS):
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            if n == 0:
                pdf.line(LEFT, y + 1.5, right, y + 1.5)
                y += 3.2
            y += 4.15
        pdf.line(LEFT, y - 2.3, right, y - 2.3)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES6_SPREAD_VALUES = (
    ("Method", "Adaptive", "Encoder", "Wavelet"),
    ("Transfer", "0.31 ± 0.02", "0.56 ± 0.01", "0.61 ± 0.02"),
    ("Decoder", "0.55 ± 0.02", "0.82 ± 0.04", "0.42 ± 0.02"),
    ("Attention", "0.14 ± 0.04", "0.16 ± 0.02", "0.76 ± 0.02"),
    ("Greedy", "0.08 ± 0.02", "0.74 ± 0.02", "0.80 ± 0.04"),
)
"""`tables6_repeated_spreads_page`'s rows: values with spreads of a few values, "0.02" in most rows."""


def tables6_repeated_spreads_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled by
    \\hline in 9 pt whose columns are right-aligned and set with llncs's \\tabcolsep of 1.4 pt, so that
    a value's spread and the next column's value stand a space apart (`TABLES6_SPREAD_VALUES`); then
    text."""
    point = 25.4 / 72
    caption = "Table 2. Scores of each method on the three encoders, with their spread."
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        rows = TABLES6_SPREAD_VALUES
        widths = [max(pdf.get_string_width(row[k]) for row in rows) for k in range(4)]
        rights = [LEFT + widths[0]]
        for width in widths[1:]:
            rights.append(rights[-1] + 2.8 * point + width)
        pdf.line(LEFT, y, rights[-1], y)
        for n, row in enumerate(rows):
            y += 3.9
            pdf.text(LEFT, y, row[0])
            for right, text in zip(rights[1:], row[1:], strict=True):
                pdf.text(right - pdf.get_string_width(text), y, text)
            if n == 0:
                pdf.line(LEFT, y + 1.1, rights[-1], y + 1.1)
        pdf.line(LEFT, y + 1.4, rights[-1], y + 1.4)
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES6_PAIRED_ROWS = (
    ("Model", "Source", "Score"),
    ("Parsing latent", "dense baseline", "0.837"),
    ("Sample token", "encoder graph", "0.561"),
    ("Greedy search", "robust wavelet", "0.540"),
    ("Hybrid model", "cluster kernel", "0.226"),
)
"""`tables6_paired_words_page`'s rows: two cells of two words each and a number."""


def tables6_paired_words_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and an unruled table in the body's size
    (`TABLES6_PAIRED_ROWS`), its columns 12 pt apart and its rows as close as lines of text, its caption
    under it; then text. Half the gaps between its words part cells, half are spaces within them."""
    caption = "Table 1. Scores of each model with the source it was trained on."
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results") + 3
        pdf.set_font("Times", "", 10)
        widths = [max(pdf.get_string_width(row[k]) for row in TABLES6_PAIRED_ROWS) for k in range(3)]
        xs = (LEFT, LEFT + widths[0] + 4.2, LEFT + widths[0] + widths[1] + 8.4)  # 12 pt apart
        for row in TABLES6_PAIRED_ROWS:
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            y += LEADING
        y = _paragraph(pdf, LEFT, y + 2, FULL_W, caption.split(), size=9)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES7_WIDE_NOTES = (
    ("Cluster token", (("Enc8", 3), ("Lay2", 2), ("Spa1", 1))),
    ("Signal", (("Spa5", 2), ("Fea9", 4))),
    ("Hybrid speech", (("Dec1", 3), ("Lat7", 3))),
    ("Parsing-8", (("Cha5", 3), ("Spe7", 2), ("Noi4", 1))),
)
"""`tables7_wide_notes_page`'s groups: a \\multirow stub over its runs, each run with the number of lines
its note wraps over."""


TABLES7_NOTES_WIDTH = 46.0
"""Millimetres `tables7_wide_notes_page`'s column of notes is wide: 130 pt, over 11 body sizes."""


def tables7_wide_notes_rows() -> list[tuple[str, str, list[str], str]]:
    """`tables7_wide_notes_page`'s rows as (stub, run, note lines, score), the stub on its group's first
    row; each note filled line by line to the column's width in 10 pt Times (its last line three
    words), the words differing from run to run."""
    pdf = FPDF(unit="mm")
    pdf.set_font("Times", "", BODY_SIZE)
    rows = []
    for g, (stub, runs) in enumerate(TABLES7_WIDE_NOTES):
        for r, (run, n_lines) in enumerate(runs):
            words = iter(prose_words(run, 0, 20 * n_lines))
            notes = []
            for _ in range(n_lines - 1):
                line = [next(words)]
                while pdf.get_string_width(" ".join([*line, nxt := next(words)])) <= TABLES7_NOTES_WIDTH:
                    line.append(nxt)
                notes.append(" ".join(line))
            notes.append(" ".join(next(words) for _ in range(3)))
            rows.append((stub if r == 0 else "", run, notes, f"{10 * g + 3 * r + 41}.{r}"))
    return rows


def tables7_wide_notes_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table resized to
    the text's width, so set in the body's size, ruled over, under its head and at its foot: a
    \\multirow stub, a run, a paragraph column of notes wider than a table's usual paragraph column (the
    notes read as one block of running text) and a score. Each stub is set level with the second line of
    its group (so few lines have one that the stubs' column is open to most rows), then text."""
    rows = tables7_wide_notes_rows()
    width = TABLES7_NOTES_WIDTH
    xs = (LEFT, LEFT + 30, LEFT + 45, LEFT + 45 + width + 8)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Runs of each method with notes on what each run shows."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", BODY_SIZE)
        right = xs[3] + 16
        y = _ruled_head(pdf, y, right, xs, ("Method", "Run", "Notes", "Score"), 5.0, 2.0)
        stub_at = 0.0
        for stub, run, notes, score in rows:
            if stub:
                stub_at = y + LEADING
                pdf.text(xs[0], stub_at, stub)
            pdf.text(xs[1], y, run)
            pdf.text(xs[3], y, score)
            for k, note in enumerate(notes):
                _justified(pdf, xs[2], y, width if k + 1 < len(notes) else 0, note)
                y += LEADING
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES7_TIGHT_ROWS = (
    ("Model", "Notes", "Dec7", "Tok9", "Sig3"),
    ("Noise-7", "about sets sizes about show matters our data", "0.43 ± 0.00", "0.56 ± 0.02", "0.42 ± 0.01"),
    ("Adaptive", "compare that it data and could levels it and", "0.39 ± 0.05", "0.24 ± 0.03", "0.55 ± 0.04"),
    ("Ranking", "and and that each range across baselines the", "0.25 ± 0.01", "0.83 ± 0.02", "0.63 ± 0.03"),
    ("Spectral", "sets design results cost also we across and", "0.61 ± 0.01", "0.46 ± 0.05", "0.18 ± 0.01"),
)
"""`tables7_tight_notes_page`'s rows: a head row, then rows of a stub, a note wrapped over three lines
(three words each) and three values with their spread."""


def tables7_tight_notes_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table shrunk
    by \\resizebox in 8 pt ruled by \\hline over it, under its head and at its foot: a stub, a paragraph
    column of notes, each wrapped over three lines, and three columns of values with a spread
    (`TABLES7_TIGHT_ROWS`), set with llncs's \\tabcolsep of 1.4 pt so that the values stand a space
    apart; the notes' lines under a row's first have nothing right of them. Then text."""
    point = 25.4 / 72
    size = 8
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results") + 2
        _centred(pdf, y, "Table 1. Error of each model with notes on the runs.", "Times", "", 9)
        y += 2
        pdf.set_font("Times", "", size)
        pdf.set_line_width(0.3)
        rows = [
            [*row[:1], [" ".join(row[1].split()[k : k + 3]) for k in (0, 3, 6)], *row[2:]]
            for row in TABLES7_TIGHT_ROWS[1:]
        ]
        widths = [max(pdf.get_string_width(str(r[k])) for r in TABLES7_TIGHT_ROWS) for k in (0, 2, 3, 4)]
        notes = max(pdf.get_string_width(line) for r in rows for line in r[1])
        widths.insert(1, notes)
        left = (PAGE_W - sum(widths) - 10 * 1.4 * point) / 2
        right = PAGE_W - left
        lefts = [left + 1.4 * point]
        for width in widths[:-1]:
            lefts.append(lefts[-1] + width + 2.8 * point)
        pdf.line(left, y, right, y)
        y += 3.4
        for k, head in enumerate(TABLES7_TIGHT_ROWS[0]):
            shift = (widths[k] - pdf.get_string_width(head)) / 2 if k > 1 else 0.0
            pdf.text(lefts[k] + shift, y, head)
        pdf.line(left, y + 1.1, right, y + 1.1)
        for stub, lines, *values in rows:
            y += 3.4
            pdf.text(lefts[0], y, stub)
            for k, value in enumerate(values, start=2):
                pdf.text(lefts[k] + (widths[k] - pdf.get_string_width(value)) / 2, y, value)
            for n, line in enumerate(lines):
                pdf.text(lefts[1], y + 3.4 * n, line)
            y += 3.4 * (len(lines) - 1)
        y += 1.4
        pdf.line(left, y, right, y)
        _paragraph(pdf, LEFT, y + 12, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES7_LARGE_ROWS = (
    ("Setting", ("Notes",), "Signal-5"),
    ("Latent", ("the of strong about", "under each it and"), "19.8%"),
    ("Random-5", ("careful about a across", "also a could hold"), "61.3%"),
    ("Encoder dense", ("the what on the", "lines the that could"), "34.2%"),
    ("Speech-6", ("strong analysis also", "the gains the with"), "54.2%"),
    ("Ranking", ("about show show we", "that moderate analysis"), "58.6%"),
)
"""`tables7_large_type_page`'s rows: (stub, note lines, score)."""


def tables7_large_type_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and a table without rules that \\resizebox
    sets in 11.5 pt, larger than the body's 10: a stub, a note wrapped over two lines and a score
    (`TABLES7_LARGE_ROWS`); the longest stub ends a space short of the notes, so that its row's first line
    reads as one line and the note's second line stands alone, short and large; the caption under the
    table, then text."""
    size = 11.5
    step = 4.8
    with _document(path) as pdf:
        y = _text_then_page(pdf, "4 Results") + 6
        pdf.set_font("Times", "", size)
        notes_x = LEFT + pdf.get_string_width("Encoder dense ") + 0.2
        score_x = (
            notes_x
            + max(pdf.get_string_width(line) for _, lines, _ in TABLES7_LARGE_ROWS for line in lines)
            + 6
        )
        for stub, lines, score in TABLES7_LARGE_ROWS:
            pdf.text(LEFT, y, stub)
            pdf.text(score_x, y, score)
            for line in lines:
                pdf.text(notes_x, y, line)
                y += step
        y += 4
        _paragraph(pdf, LEFT, y, FULL_W, "TABLE II. Notes and signal of each setting.".split(), size=9)
        _paragraph(pdf, LEFT, y + 12, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES8_SPREAD_ROWS = (
    (
        "Transfer",
        ("study and the design of each", "component matters across all", "sizes and noise levels"),
        "77.9",
    ),
    (
        "Parsing",
        ("the results show that careful", "design holds while the cost", "stays moderate in practice"),
        "25.1",
    ),
    (
        "Network",
        ("our analysis also explains when", "the approach fails and what", "could be done about it"),
        "45.4",
    ),
    ("Signal", ("we compare it with strong", "baselines on standard data"), "5.7"),
)
"""`tables8_spread_notes_page`'s body rows: a stub, a note wrapped over lines, a score."""


def tables8_spread_notes_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table in body
    type ruled above, under its head and at its foot, set to the text's width (tabular* or tabularx
    spreading its columns): a stub, a note justified over two or three lines and a score, the stub and
    score columns more than three type sizes from the notes (`TABLES8_SPREAD_ROWS`), so that the
    notes make one block of a dozen words and more with no cell beside it; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Notes on each setting and its score."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", BODY_SIZE)
        notes_x = LEFT + 40
        width = max(pdf.get_string_width(line) for _, lines, _ in TABLES8_SPREAD_ROWS for line in lines)
        score_x = notes_x + width + 16
        right = score_x + 10
        y = _ruled_head(pdf, y, right, (LEFT, notes_x, score_x), ("Setting", "Notes", "Score"), 4.5, 1.5)
        for stub, lines, score in TABLES8_SPREAD_ROWS:
            pdf.text(LEFT, y, stub)
            pdf.text(score_x, y, score)
            for k, line in enumerate(lines):
                _justified(pdf, notes_x, y, width if k + 1 < len(lines) else 0, line)
                y += 4.2
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES8_GROUP_ROWS = (
    ("Attention over dense layers",),
    ("Encoder", "0.925", "0.374", "0.554"),
    ("Transfer", "0.064", "0.528", "0.573"),
    ("Retrieval under heavy noise",),
    ("Ranking-7", "0.390", "0.435", "0.535"),
    ("Parsing", "0.975", "0.165", "0.277"),
    ("Decoder", "0.412", "0.730", "0.861"),
    ("Sparse", "0.218", "0.644", "0.309"),
    ("Kernel", "0.557", "0.093", "0.726"),
    ("Wavelet", "0.804", "0.351", "0.148"),
)
"""`tables8_group_rows_page`'s body rows: a stub and three values, or a row naming the group of rows
under it (\\\\multicolumn{4}{l}{...}), longer than the stubs."""


def tables8_group_rows_page(
    path: str | Path, rows: Sequence[tuple[str, ...]] = TABLES8_GROUP_ROWS, italic_groups: bool = False
) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled
    above, under its head and at its foot: a stub and three values a row, and under the head and between
    the rows a row that names the rows under it, set from the stubs' left (`TABLES8_GROUP_ROWS`: across
    the first values' column), with `italic_groups` in italics; then text."""
    xs = (LEFT, LEFT + 24, LEFT + 40, LEFT + 56)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Scores of each encoder on the three splits."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        right = xs[3] + 12
        y = _ruled_head(pdf, y, right, xs, ("Model", "Par9", "Spa9", "Sig1"), 4.0, 1.5)
        for row in rows:
            pdf.set_font("Times", "I" if italic_groups and len(row) == 1 else "", 9)
            for x, text in zip(xs, row, strict=False):
                pdf.text(x, y, text)
            y += 4.0
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        pdf.set_font("Times", "", 9)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES8_NOTED_ROWS = (
    ("Baseline ranking", "token network", "0.37 ± 0.00", "0.87 ± 0.01"),
    ("Network", "hybrid sample", "0.07 ± 0.05", "0.64 ± 0.03"),
    ("Sparse", "dense adaptive", "0.52 ± 0.05", "0.86 ± 0.05"),
)
"""`tables8_noted_wide_table_page`'s body rows: a stub, a kind and two values."""


def tables8_noted_wide_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and a table across the text's width,
    ruled above, under its head and at its foot (`TABLES8_NOTED_ROWS`), two note lines under it at its
    left, and under them a short caption centred on the page, narrower than the table: within the
    caption's width only the middle columns' text and the rules lie, the bottom rule farther from the
    caption than two lines; then text."""
    xs = (LEFT, LEFT + 50, LEFT + 100, LEFT + 145)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments") + 4
        pdf.set_font("Times", "", 9)
        right = LEFT + FULL_W
        y = _ruled_head(pdf, y, right, xs, ("Model", "Type", "Channel", "Encoder"), 4.0, 1.5)
        for row in TABLES8_NOTED_ROWS:
            for x, text in zip(xs, row, strict=True):
                pdf.text(x, y, text)
            y += 4.0
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        pdf.set_font("Times", "", 7)
        for note in ("a Note: results of five runs", "b the best of each column"):
            pdf.text(LEFT + 2, y + 1.5, note)
            y += 3.2
        caption = "Table 1: Channel and encoder scores."
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + (FULL_W - pdf.get_string_width(caption)) / 2, y + 5, caption)
        _paragraph(pdf, LEFT, y + 14, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES8_GRID_ROWS = (
    ("Speech",),
    ("Encoder", "0.925", "0.374", "0.554"),
    ("Transfer", "0.064", "0.528", "0.573"),
    ("Vision",),
    ("Ranking-7", "0.390", "0.435", "0.535"),
    ("Parsing", "0.975", "0.165", "0.277"),
)
"""`tables8_grid_group_rows_page`'s body rows: a stub and three values, or a row naming the group of
rows under it (\\\\multicolumn{4}{|l|}{...}), no longer than the stubs."""


def tables8_grid_group_rows_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled as a
    full grid (| and \\\\hline), rows of a stub and three values and, under the head and between the
    rows, rows naming the rows under them (`TABLES8_GRID_ROWS`), which the rules between the columns do
    not cross; then text."""
    xs = (LEFT + 2, LEFT + 26, LEFT + 42, LEFT + 58)
    bars = (LEFT, LEFT + 24, LEFT + 40, LEFT + 56, LEFT + 72)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Scores of each encoder on the three splits."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.2)
        for row in (("Model", "Par9", "Spa9", "Sig1"), *TABLES8_GRID_ROWS):
            pdf.line(bars[0], y, bars[-1], y)
            for x in bars if len(row) > 1 else (bars[0], bars[-1]):
                pdf.line(x, y, x, y + 5.0)
            for x, text in zip(xs, row, strict=False):
                pdf.text(x, y + 3.6, text)
            y += 5.0
        pdf.line(bars[0], y, bars[-1], y)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


def tables8_italic_group_rows_page(path: str | Path) -> Path:
    """`tables8_group_rows_page` with the rows of `TABLES8_GRID_ROWS`, those naming the rows under them
    set in italics (\\\\multicolumn{4}{l}{\\\\textit{...}}), no longer than the stubs."""
    return tables8_group_rows_page(path, TABLES8_GRID_ROWS, italic_groups=True)


HEADER8_KEYWORDS = ("evaluation", "optimisation", "streaming", "uncertainty")
"""`header8_info_panel_page`'s keywords, one a line in the panel's left column."""


def header8_info_panel_page(path: str | Path) -> Path:
    """Elsevier's CAS title page (cas-sc, cas-dc): the title, a byline with letter markers, the lettered
    affiliations, then the panel of two columns under headings on one baseline: "ARTICLE INFO" over
    "Keywords:" and the keywords (`HEADER8_KEYWORDS`) one a line, "ABSTRACT" over the abstract, whose
    lines stand level with the keywords' (8 pt); then the introduction."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 17)
        pdf.text(LEFT, 30, "Sparse Robust Graph Learning for Document Parsing")
        pdf.set_font("Times", "", 12)
        pdf.text(LEFT, 40, "Anna Lee a, Bo Chen b and Mei Kim a")
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 47, "a Department of Computer Science, University of Bergen, Bergen, Norway")
        pdf.text(LEFT, 51, "b School of Engineering, University of Granada, Granada, Spain")
        right = LEFT + 58
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(LEFT, 62, "A R T I C L E  I N F O")
        pdf.text(right, 62, "A B S T R A C T")
        pdf.set_font("Times", "I", 8)
        pdf.text(LEFT, 68, "Keywords:")
        pdf.set_font("Times", "", 8)
        for k, keyword in enumerate(HEADER8_KEYWORDS):
            pdf.text(LEFT, 71.3 + 3.3 * k, keyword)
        tokens = ["We", "study", *prose_words("gamma", 1, 60), "end."]
        _paragraph(pdf, right, 68, FULL_W - 58, tokens, size=8, leading=3.3)
        y = _heading(pdf, LEFT, 92, "1. Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 1, 150), "end."])
    return Path(path)


HEADER8_SPRINGER_NAMES = ["Ann Lee", "Bo Chen", "Noa van Dunn", "Eve Fox", "Gil Hart", "Ida Moss"]
"""`header8_springer_cut_byline_page`'s authors, in byline order."""


def header8_springer_cut_byline_page(path: str | Path) -> Path:
    """Springer's journal title page (svjour3) with a byline of names joined by " · " over two lines,
    the first cut inside a name after its particle ("… · Noa van" / "Dunn · …"; the layout sets the
    second line apart as a block of its own); the abstract, and no introduction on the page: right
    under the abstract the institutes, each headed by its members' initialled names, the last one's all
    on the byline's second line."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Times", "B", 11)
        pdf.text(LEFT, 40, "Ann Lee · Bo Chen · Noa van")
        pdf.text(LEFT, 44.6, "Dunn · Eve Fox · Gil Hart · Ida Moss")
        pdf.set_font("Times", "B", 10)
        pdf.text(LEFT, 66, "Abstract")
        _paragraph(pdf, LEFT, 70.6, FULL_W, ["We", "present", *prose_words("gamma", 1, 60), "end."])
        institutes = (
            ("A. Lee · N. van Dunn", ["Department of Linguistics", "University of Oslo", "Oslo, Norway"]),
            ("B. Chen · E. Fox", ["Institute of Computing", "Tsinghua University", "Beijing, China"]),
            ("G. Hart · I. Moss", ["School of Physics", "University of Lyon", "Lyon, France"]),
        )
        y = 118.0
        pdf.line(LEFT, y - 4, LEFT + 50, y - 4)
        pdf.set_font("Times", "", 8)
        for names, address in institutes:
            for text in [names, *address]:
                pdf.text(LEFT, y, text)
                y += 3.4
            y += 1.6
    return Path(path)


HEADER8_GRID_PLACES = (
    ["Department of Linguistics", "University of Oslo", "Oslo, Norway"],
    ["Institute of Computing", "Tsinghua University", "Beijing, China"],
)
"""`header8_grid_over_notes_page`'s two affiliations, the blocks of its grid taking them in turn."""

HEADER8_GRID_NAMES = [
    f"{given} {surname}"
    for given, surname in zip(
        "Ann Bo Cy Dan Eve Gil Ida Jo Kai Liv Max Ned Ola Pia".split(),
        "Lee Chen Dunn Wolf Fox Hart Moss Kim Berg Sand Roth Vos Aas Ruiz".split(),
        strict=True,
    )
]
"""`header8_grid_over_notes_page`'s authors, in byline order."""


def header8_grid_over_notes_page(path: str | Path) -> Path:
    """A byline grid of fourteen blocks (LaTeX's \\author{… \\and …}: name, department, institution,
    city; two a row) that fills the first page down to its footnotes, the first name marked "*§" for
    them: "* This work was supported by …" and "§ E-mail addresses: …" in small type under a short
    rule. The abstract and the introduction start on the next page."""
    with _document(path) as pdf:
        _centred(pdf, 26, BYLINE_TITLE, "Helvetica", "B", 16)
        y = 40.0
        for row in range(7):
            for column in range(2):
                k = 2 * row + column
                centre = LEFT + FULL_W / 2 * (column + 0.5)
                name = HEADER8_GRID_NAMES[k]
                pdf.set_font("Times", "", 11)
                if k == 0:
                    _raised(
                        pdf, centre - pdf.get_string_width(name) / 2, y, [(name, False), ("*§", True)], 11
                    )
                else:
                    pdf.text(centre - pdf.get_string_width(name) / 2, y, name)
                pdf.set_font("Times", "", 10)
                for i, detail in enumerate(HEADER8_GRID_PLACES[k % 2]):
                    pdf.text(centre - pdf.get_string_width(detail) / 2, y + 4.6 * (i + 1), detail)
            y += 4.6 * 4 + 5.0
        pdf.line(LEFT, 258, LEFT + 50, 258)
        _raised(
            pdf,
            LEFT,
            263,
            [("*", True), (" This work was supported by grant 2291 of the Council.", False)],
            8,
        )
        _raised(
            pdf,
            LEFT,
            267,
            [
                ("§", True),
                (" E-mail addresses: ann.lee@uio.no (A. Lee), bo.chen@tsinghua.edu.cn (B. Chen).", False),
            ],
            8,
        )
        pdf.add_page()
        y = _heading(pdf, LEFT, 30, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *prose_words("gamma", 1, 60), "end."])
        y = _heading(pdf, LEFT, y + 6, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 1, 300), "end."])
    return Path(path)


def sections9_amsart_appendix_page(path: str | Path) -> Path:
    """amsart's back of a paper: "1. INTRODUCTION" in small capitals centred over its text; the
    bibliography under "REFERENCES" in small capitals; then `\\appendix`'s "APPENDIX A. PROOF OF THE
    BOUND" in small capitals centred at the text's pitch over its paragraph, as amsart sets it (no space
    more than a line's under it), and a second, "APPENDIX B. DATA"."""
    with _document(path) as pdf:

        def centred_caps(y: float, words: list[str]) -> None:
            _small_caps(pdf, LEFT + (FULL_W - _small_caps(pdf, 0, 0, words, draw=False)) / 2, y, words)

        centred_caps(30, ["1.", "Introduction"])
        y = _paragraph(pdf, LEFT, 30 + LEADING, FULL_W, [*prose_words("alpha", 0, 90), "end."]) + PARA_GAP
        centred_caps(y, ["References"])
        y += LEADING + 1
        for entry in REFERENCES:
            y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=8, leading=3.6) + 0.5
        for n, (letter, title) in enumerate((("A.", ["Proof", "of", "the", "Bound"]), ("B.", ["Data"]))):
            centred_caps(y + 6, ["Appendix", letter, *title])
            tokens = [*prose_words(f"beta{n}", 0, 70), "end."]
            y = _paragraph(pdf, LEFT, y + 6 + LEADING, FULL_W, tokens) + PARA_GAP
    return Path(path)


def _sections9_subsection(pdf: FPDF, y: float, number: str, title: str, run_in: bool, prefix: str) -> float:
    """A subsection over (or run into) its paragraph of `prefix` words: svjour3's upright line "1.1 Title"
    in the text's type, or with `run_in` amsart's "1.1. Title." in bold after its upright number; return
    the next free baseline."""
    text = [*prose_words(prefix, 0, 70), "end."]
    if not run_in:
        _pieces(pdf, LEFT, y, [(f"{number}  {title}", "")])
        return _paragraph(pdf, LEFT, y + LEADING + PARA_GAP, FULL_W, text) + PARA_GAP
    x = _pieces(pdf, LEFT, y, [(f"{number}.", ""), (f"{title}.", "B")])
    pdf.set_font("Times", "", BODY_SIZE)
    first = _wrap(pdf, text, LEFT + FULL_W - x)[0]
    pdf.text(x, y, first)
    return _paragraph(pdf, LEFT, y + LEADING, FULL_W, text[len(first.split()) :]) + PARA_GAP


def sections9_lettered_subsection_page(path: str | Path, run_in: bool = False) -> Path:
    """A paper's appendix after its bibliography: "1 Introduction" and its subsection "1.1 Data", then
    "References" and its entries, then the appendix "A Proofs" (bold headings) and its subsection "A.1
    Setting of the Bound", both subsections set as `_sections9_subsection` sets them (svjour3's upright
    line, or with `run_in` amsart's bold run-in)."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP + 3
        y = _sections9_subsection(pdf, y, "1.1", "Data", run_in, "delta")
        y = _heading(pdf, LEFT, y + 3, "References")
        for entry in REFERENCES:
            y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=8, leading=3.6) + 0.5
        y = _heading(pdf, LEFT, y + 6, "A Proofs")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("beta", 0, 40), "end."]) + PARA_GAP + 3
        _sections9_subsection(pdf, y, "A.1", "Setting of the Bound", run_in, "gamma")
    return Path(path)


TABLES9_CLOSE_STUB_ROWS = (
    ("Support to error detection",),
    ("Support to broadcast delivery",),
    ("Support to ordered recovery",),
    ("Stream", "Synchronous", "OK", "--", "OK"),
    ("Packet", "Asynchronous", "--", "OK", "--"),
    ("Frame", "Synchronized", "OK", "OK", "--"),
    ("Stream", "Delayed", "--", "--", "OK"),
    ("Packet", "Buffered", "OK", "--", "--"),
    ("Frame", "Interleaved", "--", "OK", "OK"),
)
"""`tables9_close_stubs_page`'s body rows: a row set across both stub columns, centred on them
(\\\\multicolumn{2}{c}{...}), or a group stub, a sub-stub and three values."""


def tables9_close_stubs_page(
    path: str | Path,
    rows: Sequence[tuple[str, ...]] = TABLES9_CLOSE_STUB_ROWS,
    gap: float = 2.5,
    head: str = "Requirements",
) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled
    above, under its head and at its foot: two stub columns set close (group stubs centred in theirs, the
    sub-stubs `gap` mm right of the widest) under one head centred across both, the rows of one stub
    (`TABLES9_CLOSE_STUB_ROWS`: three) centred across both, then rows of two stubs and three values;
    then text."""
    value_xs = (LEFT + 46, LEFT + 62, LEFT + 78)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Methods of broadcasting the data streams."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        stubs = [row for row in rows if len(row) > 1]
        first_w = max(pdf.get_string_width(row[0]) for row in stubs)
        second_x = LEFT + first_w + gap
        stub_right = second_x + max(pdf.get_string_width(row[1]) for row in stubs)
        middle = (LEFT + stub_right) / 2
        right = value_xs[-1] + 14

        def centred(text: str, at: float) -> None:
            pdf.text(at - pdf.get_string_width(text) / 2, y, text)

        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, right, y)
        y += 4.0
        centred(head, middle)
        for x, head in zip(value_xs, ("Piping", "Section", "Carousel"), strict=True):
            pdf.text(x, y, head)
        y += 1.5
        pdf.line(LEFT, y, right, y)
        y += 4.0
        for row in rows:
            if len(row) == 1:
                centred(row[0], middle)
            else:
                centred(row[0], LEFT + first_w / 2)
                pdf.text(second_x, y, row[1])
                for x, value in zip(value_xs, row[2:], strict=True):
                    pdf.text(x, y, value)
            y += 4.0
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES9_SPARSE_ROWS = (
    ("PPDBClus", "0.254", "0.661"),
    ("WordNet", "0.252", "0.655"),
    ("Choose-K avg", "0.205", "0.639"),
    ("Choose-K max", "0.250", "0.695"),
    ("Optimize avg", "0.241", "0.690"),
    ("Optimize max", "0.282", "0.668"),
    ("Optimize all", "0.331", "0.719"),
    ("Oracle pick", "0.314", "0.718"),
)
"""`tables9_multirow_value_page`'s body rows: a stub, a value and a value of the last column; the
column between them holds one value for them all (`TABLES9_SPARSE_VALUE`)."""
TABLES9_SPARSE_VALUE = "0.528"


def tables9_multirow_value_page(
    path: str | Path, rows: Sequence[tuple[str, str, str]] = TABLES9_SPARSE_ROWS
) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled
    above, under its head and at its foot: heads "Method", "Base", "Unfiltered", "Oracle", then `rows`
    (`TABLES9_SPARSE_ROWS`); the "Unfiltered" column's one value (\\\\multirow{8}{*}{0.528}) is set
    level with the middle of the rows (of eight between the fourth and the fifth, of seven level with
    the fourth), its head and it the column's only text; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Substitutability of the sense inventories and their scores."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        middles = (LEFT + 38, LEFT + 58, LEFT + 76)
        right = LEFT + 84

        def centred(text: str, at: float, y: float) -> None:
            pdf.text(at - pdf.get_string_width(text) / 2, y, text)

        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, right, y)
        y += 4.0
        pdf.text(LEFT, y, "Method")
        for at, head in zip(middles, ("Base", "Unfiltered", "Oracle"), strict=True):
            centred(head, at, y)
        y += 1.5
        pdf.line(LEFT, y, right, y)
        y += 4.0
        centred(TABLES9_SPARSE_VALUE, middles[1], y + 4.0 * (len(rows) - 1) / 2)
        for stub, base, oracle in rows:
            pdf.text(LEFT, y, stub)
            centred(base, middles[0], y)
            centred(oracle, middles[2], y)
            y += 4.0
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES9_WIDE_STUB_ROWS = (
    *TABLES9_CLOSE_STUB_ROWS[:3],
    ("Interleaving", *TABLES9_CLOSE_STUB_ROWS[3][1:]),
    *TABLES9_CLOSE_STUB_ROWS[4:],
)
"""`tables9_close_stubs_page`'s rows with one group stub far wider than the others, set within a space
of its sub-stub (`tables9_narrow_head_stubs_page`)."""


def tables9_narrow_head_stubs_page(path: str | Path) -> Path:
    """`tables9_close_stubs_page` whose widest group stub stands within a space of its sub-stub (the
    other stubs far narrower, the white between the columns wide) under a short head ("Setting"), which,
    centred across both stub columns, starts in that white."""
    return tables9_close_stubs_page(path, TABLES9_WIDE_STUB_ROWS, 1.2, "Setting")


TABLES9_LONG_SUB_ROWS = (
    ("Support to error detection",),
    ("Support to broadcast delivery",),
    ("Support to ordered recovery",),
    ("Stream", "Synchronous transfer", "OK", "--", "OK"),
    ("Packet", "Asynchronous transfer", "--", "OK", "--"),
    ("Frame", "Synchronized", "OK", "OK", "--"),
    ("Stream", "Delayed", "--", "--", "OK"),
    ("Packet", "Buffered", "OK", "--", "--"),
    ("Frame", "Interleaved", "--", "OK", "OK"),
)
"""`tables9_close_stubs_page`'s rows with sub-stubs far wider than the group stubs
(`tables9_short_head_stubs_page`)."""


def tables9_short_head_stubs_page(path: str | Path) -> Path:
    """`tables9_close_stubs_page` whose sub-stubs are far wider than the group stubs beside them, under a
    short head ("Set"): centred across both stub columns, the head lies over the sub-stubs, clear of
    the white between the columns, which the rows set across both still cross."""
    return tables9_close_stubs_page(path, TABLES9_LONG_SUB_ROWS, 2.5, "Set")


def refzone_furniture_bibliography(
    path: str | Path, byline: str = "A. Author", head: str = "A. Author"
) -> Path:
    """A two-page paper whose bibliography crosses the page break, with the furniture a short paper prints
    once: page 1's `byline` under the title and, at its foot, the journal's "© 0000 The Authors" (as MNRAS
    prints it) under the last entry; page 2's running `head` repeats the authors ("A. Author", or acmart's
    "A. Lee and B. Wu" for "A. Lee, B. Wu") atop an even page, above entries [17]-[30]. The head, on one
    page only, matches no other page's, and reads like a lettered appendix heading ("A. Title")."""
    entries = [
        f"[{n}] C. Wu{n} and D. Kim. Learning to read documents, part {n}. Journal of Document Analysis,"
        f" 12({n}):45-67, 2019."
        for n in range(1, 31)
    ]
    with _document(path) as pdf:
        _centred(pdf, 30, TITLE, "Helvetica", "B", 16)
        _centred(pdf, 46, byline, "Helvetica", "", 11)
        y = _heading(pdf, LEFT, 60, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 60), "end."]) + PARA_GAP
        y = _heading(pdf, LEFT, y + 3, "References")
        for entry in entries[:16]:
            y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=8, leading=3.6) + 0.5
        _centred(pdf, 287, "© 0000 The Authors", "Times", "", 8)
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(PAGE_W - LEFT - pdf.get_string_width(head), 12, head)
        y = 25.0
        for entry in entries[16:]:
            y = _paragraph(pdf, LEFT, y, FULL_W, entry.split(), size=8, leading=3.6) + 0.5
    return Path(path)


TABLES10_PARAGRAPH_ROWS = (
    ("Linear-2", ("standard and when", "be that noise", "benchmarks and", "when"), "0.058"),
    (
        "Latent",
        (
            "our of careful",
            "careful the under",
            "explains analysis",
            "the method moder-",
            "ate strong across it",
        ),
        "0.091",
    ),
    (
        "Feature optimal",
        ("careful while also it", "under data levels", "and benchmarks", "approach across", "range compare"),
        "0.526",
    ),
)
"""`tables10_paragraph_column_page`'s rows: a stub, the lines of a p{} cell, a value."""


def tables10_paragraph_column_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2, in the left text column under its caption, a
    table set at the body's size (\\resizebox) ruled above, under its head and at its foot: a stub, a
    p{} column of sentences whose lines \\resizebox spreads word from word, and a value
    (`TABLES10_PARAGRAPH_ROWS`); then text. The stub and value of a row lie close beside its cell's first
    line, a two-word stub within a few spaces of it."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Optimal network kernel baseline latent transfer token vision for table number 1."
        y = _paragraph(pdf, LEFT, y, COL_W, caption.split()) + 1
        pdf.set_font("Times", "", 10)
        xs = (LEFT + 2, LEFT + 31, LEFT + 70)
        width = max(pdf.get_string_width(line) for _, lines, _ in TABLES10_PARAGRAPH_ROWS for line in lines)
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, LEFT + COL_W, y)
        y += 4.5
        for x, head in zip(xs, ("Data set", "Description", "Channel"), strict=True):
            pdf.text(x, y, head)
        y += 1.5
        pdf.line(LEFT, y, LEFT + COL_W, y)
        y += 4.5
        for stub, lines, value in TABLES10_PARAGRAPH_ROWS:
            pdf.text(xs[0], y, stub)
            pdf.text(xs[2], y, value)
            for line in lines:
                words = line.split()
                gap = (width - sum(pdf.get_string_width(w) for w in words)) / max(len(words) - 1, 1)
                x = xs[1]
                for word in words:
                    pdf.text(x, y, word)
                    x += pdf.get_string_width(word) + (
                        gap if line != lines[-1] else pdf.get_string_width(" ")
                    )
                y += 4.3
        pdf.line(LEFT, y - 2.5, LEFT + COL_W, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, COL_W, prose_words("gamma", 0, 80))
    return Path(path)


def sections10_italic_run_ins_page(path: str | Path, amsart: bool = True) -> Path:
    """A section whose paragraphs open with italic titles that a full stop ends, flush at the column's
    edge ("Error Analysis.", "Convergence Rates.", the text upright after them): amsart's unnumbered
    third level (\\\\subsubsection*) under its first level "1. INTRODUCTION" centred in small capitals, or
    without `amsart` under a bold "1 Introduction", as elsarticle and llncs set \\\\paragraph, no section."""
    with _document(path) as pdf:
        if amsart:
            words = ["1.", "Introduction"]
            _small_caps(pdf, LEFT + (FULL_W - _small_caps(pdf, 0, 0, words, draw=False)) / 2, 30, words)
            y = 30 + LEADING
        else:
            y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 60), "end."]) + PARA_GAP
        for n, title in enumerate(("Error Analysis.", "Convergence Rates.")):
            text = [*prose_words(f"beta{n}", 0, 70), "end."]
            x = _pieces(pdf, LEFT, y + 3, [(title, "I")])
            pdf.set_font("Times", "", BODY_SIZE)
            first = _wrap(pdf, text, LEFT + FULL_W - x)[0]
            pdf.text(x, y + 3, first)
            y = _paragraph(pdf, LEFT, y + 3 + LEADING, FULL_W, text[len(first.split()) :]) + PARA_GAP
    return Path(path)


TABLES11_HEADS = ("Method", "Data|Piping", "Private|Section", "PES", "Carousel")
"""`tables11_stacked_heads_page`'s heads: "|" parts a head's two lines, each capitalised."""
TABLES11_ROWS = (
    ("Stream", "0.12", "0.34", "0.56", "0.78"),
    ("Packet", "0.21", "0.43", "0.65", "0.87"),
    ("Frame", "0.31", "0.42", "0.53", "0.64"),
    ("Buffer", "0.13", "0.24", "0.35", "0.46"),
)
"""`tables11_stacked_heads_page`'s body rows: a stub and four values."""


def tables11_stacked_heads_page(
    path: str | Path,
    heads: Sequence[str] = TABLES11_HEADS,
    level: str = "first",
    ruled: bool = True,
    rows: Sequence[tuple[str, ...]] = TABLES11_ROWS,
) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table (ruled over,
    under its heads and at its foot, or not at all) whose heads with a "|" stand over two lines, each
    centred on its column (a nested tabular, \\\\makecell or a narrow centred p{} column), and the other
    heads on one line `level` with their "first" or "last" lines; then `rows` (a stub, left empty where
    "", and four values: `TABLES11_ROWS`); then text."""
    middles = (LEFT + 36, LEFT + 54, LEFT + 70, LEFT + 86)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Comparison of the data broadcasting methods."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        pdf.set_font("Times", "", 9)
        right = LEFT + 96

        def centred(text: str, at: float, y: float) -> None:
            pdf.text(at - pdf.get_string_width(text) / 2, y, text)

        pdf.set_line_width(0.3)
        if ruled:
            pdf.line(LEFT, y, right, y)
        y += 4.0
        one_line = y if level == "first" else y + 4.0
        for k, head in enumerate(heads):
            parts = head.split("|")
            for n, part in enumerate(parts):
                line = y + 4.0 * n if len(parts) > 1 else one_line
                if k == 0:
                    pdf.text(LEFT, line, part)
                else:
                    centred(part, middles[k - 1], line)
        y += 4.0 + 1.5
        if ruled:
            pdf.line(LEFT, y, right, y)
        y += 4.0
        for stub, *values in rows:
            pdf.text(LEFT, y, stub)
            for at, value in zip(middles, values, strict=True):
                centred(value, at, y)
            y += 4.0
        if ruled:
            pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


TABLES11_TEXT_ROWS = (
    (
        ("In this world, one's", "*word is a promise."),
        ("vow (1), utterance (1), tongue", "(1), speech (1)"),
    ),
    (
        ("Silverplate: code *word", "for the historic mission", "that would end World", "War II."),
        (
            "phrase (3), term (2), ver-",
            "biage (1), utterance (1), signal",
            "(1), name (1), dictate (1), des-",
            "ignation (1), decree (1)",
        ),
    ),
    (
        ("I think she only heard", "the last *words of my", "speech."),
        (
            "bit (3), verbiage (2), part",
            "(2), vocabulary (1), terminol-",
            "ogy (1), syllable (1), phrasing",
            "(1), phrase (1), patter (1), ex-",
            "pression (1), babble (1), anec-",
            "dote (1)",
        ),
    ),
)
"""`tables11_text_columns_page`'s rows: each cell's lines; a word after "*" is set in bold."""


def _tables11_line(pdf: FPDF, x: float, y: float, line: str, size: float) -> None:
    """One line of words at (x, y), those marked with a leading "*" in bold."""
    for word in line.split():
        bold = word.startswith("*")
        pdf.set_font("Times", "B" if bold else "", size)
        text = word.lstrip("*")
        pdf.text(x, y, text)
        x += pdf.get_string_width(text + " ")
    pdf.set_font("Times", "", size)


def tables11_text_columns_page(path: str | Path) -> Path:
    """A two-column page 2 (page 1 title and running text): running text in the left column; in the
    right one, at its top, a table of two paragraph columns (a sentence, its words' substitutes) ruled
    over and under its head, between its rows and at its foot (`TABLES11_TEXT_ROWS`: the sentences' cells
    shorter than the substitutes', a word of each in bold), its caption under it, then running text."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 200))
        pdf.add_page()
        y = _heading(pdf, LEFT, 25, "2 A sense inventory")
        _paragraph(pdf, LEFT, y, COL_W, prose_words("alpha", 0, 260))
        size, leading = 9.0, 3.5
        second = COL2 + 34
        right = COL2 + COL_W
        y = 22.0
        pdf.set_line_width(0.2)
        pdf.line(COL2, y, right, y)
        y += 3.2
        pdf.set_font("Times", "", size)
        pdf.text(COL2 + 1, y, "Sentence")
        pdf.text(second, y, "Annotated Substitutes (Count)")
        y += 1.2
        pdf.line(COL2, y, right, y)
        for left_lines, right_lines in TABLES11_TEXT_ROWS:
            y += 3.2
            for k, line in enumerate(left_lines):
                _tables11_line(pdf, COL2 + 1, y + k * leading, line, size)
            for k, line in enumerate(right_lines):
                _tables11_line(pdf, second, y + k * leading, line, size)
            y += (max(len(left_lines), len(right_lines)) - 1) * leading + 1.2
            pdf.line(COL2, y, right, y)
        caption = "Table 1: Example annotated sentences for the target word word.N from the lexical substitution data set."
        y = _paragraph(pdf, COL2, y + 8, COL_W, caption.split(), size=BODY_SIZE) + 4
        _paragraph(pdf, COL2, y, COL_W, prose_words("beta", 0, 120))
    return Path(path)


TABLES11_TEXT_TABLE = (
    ("Sentence", "Substitutes", "Context"),
    (
        "Careful design of each component matters and the gains hold across data",
        "Standard baselines on benchmarks show the method behaves under a range of settings",
        "Analysis explains when the approach fails and what could be done about it",
    ),
    (
        "Results show that the cost stays moderate in practice across sizes",
        "Strong baselines compare with the proposed study on noise levels and sets",
        "The approach reads each page and finds its columns and blocks in order",
    ),
    (
        "Tables figures and notes are kept apart from the text flow of the paper",
        "Gains hold across data sets sizes and noise levels while the cost stays low",
        "Each component is measured on its own and in the whole system with care",
    ),
    (
        "Internationalisation telecommunications standards bodies agree on terms",
        "Noise levels and sizes of the data sets decide how the method behaves",
        "Results hold for each of the settings we compare in the study of costs",
    ),
)
"""`tables11_text_table_page`'s heads and rows: each cell a sentence its column wraps over lines (the
last row's first cell over a line of one word, the next too long to fit after it)."""


def _tables11_justified(pdf: FPDF, x: float, y: float, width: float, words: list[str], last: bool) -> None:
    """One line of words at (x, y): spread to `width` (a justified line), or set plainly if `last`."""
    if last or len(words) < 2:
        pdf.text(x, y, " ".join(words))
        return
    gap = (width - sum(pdf.get_string_width(w) for w in words)) / (len(words) - 1)
    for word in words:
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + gap


def tables11_text_table_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, a table ruled over,
    under its heads and at its foot only (booktabs): three paragraph columns, each cell a sentence
    (`TABLES11_TEXT_TABLE`) wrapped over lines justified to its column's width but the last, so that
    every cell of a row goes on over the same lines, nothing but the lines' ends parting the rows;
    then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Related work")
        caption = "Table 1: Example sentences with their substitutes and their contexts."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 1
        size, leading = 9.0, 3.6
        xs, width = (LEFT, LEFT + 52, LEFT + 104), 48.0
        right = LEFT + 152
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, right, y)
        y += 4.0
        pdf.set_font("Times", "", size)
        for x, head in zip(xs, TABLES11_TEXT_TABLE[0], strict=True):
            pdf.text(x, y, head)
        y += 1.5
        pdf.line(LEFT, y, right, y)
        y += 4.0
        for row in TABLES11_TEXT_TABLE[1:]:
            cells = [_wrap(pdf, text.split(), width) for text in row]
            for x, lines in zip(xs, cells, strict=True):
                for k, line in enumerate(lines):
                    _tables11_justified(pdf, x, y + k * leading, width, line.split(), k == len(lines) - 1)
            y += max(map(len, cells)) * leading + 0.6
        pdf.line(LEFT, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 4, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


def aclold_capture_page(
    path: str | Path, title_spacing: float = 3.0, title: str = "ON THE USE OF AN OCR LAYER"
) -> Path:
    """A page as Acrobat Capture writes the text layer of the Anthology's scanned papers (A94-1004): each
    word its own string with its own space, set at its own place in TimesNewRoman, a TrueType font that
    is not embedded, squeezed by a horizontal scale (Tz) and letter-spaced (Tc) to its width in the
    image. The title (by default in capitals) is at 14 pt and 90% scale, its words letter-spaced by `title_spacing`
    points (3: gaps of 0.19 em), its two-letter words ("ON", "OF") twice that, as a fit of a size guessed
    small gives them (0.39 em, past any word gap); the last line prints "of" and "it" with no space
    between, parted by a gap of 0.26 em."""
    from fpdf.fonts import CORE_FONTS_CHARWIDTHS

    def word(text: str, size: float, spacing: float, scale: int) -> float:
        """The word's advance with its own space, in points."""
        glyphs = sum(CORE_FONTS_CHARWIDTHS["timesB" if size > 12 else "times"][c] for c in text + " ")
        return (glyphs * size / 1000 + spacing * (len(text) + 1)) * scale / 100

    ops = [b"BT 3 Tr /F1 14 Tf 90 Tz 0 Tw"]
    x = 120.0
    for text in title.split():
        spacing = title_spacing * (2 if len(text) == 2 else 1)
        ops.append(b"1 0 0 1 %.2f 700 Tm %.2f Tc (%s ) Tj" % (x, spacing, text.encode()))
        x += word(text, 14, spacing, 90) + 0.8
    ops.append(b"ET")
    y = 660
    for n in range(6):
        ops.append(b"BT 3 Tr /F0 10 Tf 92 Tz 0.4 Tc 0 Tw 1 0 0 1 72 %d Tm" % y)
        x = 72.0
        for text in prose_words(f"capture{n}", 0, 8):
            ops.append(b"1 0 0 1 %.2f %d Tm (%s ) Tj" % (x, y, text.encode()))
            x += word(text, 10, 0.4, 92) + 0.6
        y -= 12
    ops.append(b"BT 3 Tr /F0 10 Tf 100 Tz 0 Tc 0 Tw 1 0 0 1 72 %d Tm (of) Tj" % y)
    ops.append(b"%.2f 0 Td (it ) Tj (stands) Tj ET" % (word("of", 10, 0, 100) - 2.5 + 2.6))
    content = b"\n".join(ops) + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F0 4 0 R /F1 5 0 R >> >> "
        b"/Contents 6 0 R >>",
    ]
    for name, metrics in (("TimesNewRoman", "times"), ("TimesNewRoman,Bold", "timesB")):
        widths = " ".join(str(CORE_FONTS_CHARWIDTHS[metrics][chr(c)]) for c in range(32, 256))
        objects.append(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
            b"/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
            % (name.encode(), widths.encode(), len(objects) + 4)
        )
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
    for name in ("TimesNewRoman", "TimesNewRoman,Bold"):
        objects.append(
            b"<< /Type /FontDescriptor /FontName /%s /Flags 34 /FontBBox [-250 -216 1200 891] /ItalicAngle 0 "
            b"/Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 >>" % name.encode()
        )
    return _write_objects(path, objects)


ACLOLD_TITLE = "Reading Scanned Papers of the Past"


def aclold_flat_header_page(
    path: str | Path,
    names: str = "Priya NUNEZ and Marie LARSEN",
    gap: float = 10,
    title: str = ACLOLD_TITLE,
    size: float = 12.5,
) -> Path:
    """A title page whose title block is one font, as Acrobat Capture's text layer gives it (A94-1004:
    title, names and address lines all 12.48 pt bold): a one-line title, `gap` mm over the line of names
    (surnames in capitals), the names' affiliation lines under them at 5 mm, all bold in `size` pt (under
    the 12 pt of the body's numbered headings if smaller), then an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 25, title, "Times", "B", size)
        for k, text in enumerate([names, "Department of Computer Science", "Munich, Germany"]):
            _centred(pdf, 25 + gap + 5 * k, text, "Times", "B", size)
        _abstract_and_body(pdf, 56, intro_under_abstract=True)
    return Path(path)


def aclold_close_names_page(path: str | Path, names_size: float = 10.1) -> Path:
    """A bold 14.5 pt title with a grid of bold names 5 mm under it, each over its affiliation, the names
    at `names_size` (an OCR layer's guess a fraction of a point over the 10 pt body), an abstract and a
    body under them."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 14.5)
        for x, name, place in (
            (45, "Mateo NOVAK", "Universidade de Lisboa"),
            (125, "Anna ROSSI", "Charles University"),
        ):
            pdf.set_font("Times", "B", names_size)
            pdf.text(x, 30, name)
            pdf.set_font("Times", "", names_size)
            pdf.text(x, 35, place)
        _abstract_and_body(pdf, 50, intro_under_abstract=True)
    return Path(path)


ACLOLD2_GRID = (
    ("Grace Lindqvist", "Department of Linguistics", "Kyoto University", "Kyoto, Japan"),
    ("Laura Simek", "School of Engineering", "Charles University", "Prague, Czech Republic"),
)


def aclold2_grid_under_title_page(path: str | Path, gap: float = 5.5, size: float = 12.5) -> Path:
    """A bold one-line title with a grid of two columns `gap` mm under it, each a name over its
    affiliation lines at 4.5 mm, all bold in the title's `size` pt, as Acrobat Capture's text layer gives
    a title block (A94-1004): each line its own string, so a grid row is two lines level with each
    other, not one; then the abstract, across the page (the layout finds no gutter on it)."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", size)
        pdf.set_font("Times", "B", size)
        for centre, column in zip((65, 145), ACLOLD2_GRID, strict=True):
            for k, text in enumerate(column):
                pdf.text(centre - pdf.get_string_width(text) / 2, 25 + gap + 4.5 * k, text)
        y = _heading(pdf, LEFT, 56, "Abstract", 11)
        _paragraph(pdf, LEFT, y, FULL_W, ["We", "present", *words("gamma", 1, 60), "gamma60."])
    return Path(path)


def tables12_sideways_bold_label_paper(path: str | Path, ruled: bool = False) -> Path:
    """A page of title and running text, then a page holding only a table turned 90° as Springer's
    journals set one (sidewaystable): its caption's label "Table 3" in bold, no colon or full stop after
    it, the caption's text upright Times on the same line, the rows of WIDE_TABLE under it. `ruled`: over
    them a row of two group heads ("Cost" over the 2nd and 3rd columns, "Score" over the 4th and 5th), each
    over a short rule of its own (\\cmidrule), a white gap between the two; booktabs' top, middle and
    bottom rules run 3 mm past the table's text either side."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 200))
        pdf.add_page()
        with pdf.rotation(90, PAGE_W / 2, PAGE_H / 2):
            x0, y0 = PAGE_W / 2 - 90, PAGE_H / 2 - 40
            pdf.set_font("Times", "B", 8)
            pdf.text(x0, y0, "Table 3")
            pdf.set_font("Times", "", 8)
            pdf.text(x0 + pdf.get_string_width("Table 3") + 2, y0, "Scores turned to fit the page.")
            top = y0 + 10
            if ruled:
                pdf.set_line_width(0.4)
                pdf.line(x0 - 3, y0 + 3, x0 + 173, y0 + 3)
                pdf.text(x0 + 40, y0 + 7, "Cost")
                pdf.text(x0 + 100, y0 + 7, "Score")
                pdf.set_line_width(0.2)
                pdf.line(x0 + 29, y0 + 8.5, x0 + 76, y0 + 8.5)
                pdf.line(x0 + 89, y0 + 8.5, x0 + 136, y0 + 8.5)
                top = y0 + 13
            for i, row in enumerate(WIDE_TABLE):
                for k, cell in enumerate(row):
                    pdf.text(x0 + 30 * k, top + 5 * i + (1.5 if i and ruled else 0), cell)
                if i == 0 and ruled:
                    pdf.line(x0 - 3, top + 2, x0 + 173, top + 2)
            if ruled:
                pdf.set_line_width(0.4)
                pdf.line(x0 - 3, top + 5 * len(WIDE_TABLE), x0 + 173, top + 5 * len(WIDE_TABLE))
    return Path(path)


TABLES12_HEADS = ("Method", "Run", "Source", "Attention", "Attention-2", "Layer")
TABLES12_ROWS = (
    ("Batch", "Noi9", "linear", "0.642", "0.430", "0.564"),
    ("Greedy", "Dec7", "spectral", "0.741", "0.119", "0.834"),
    ("Wavelet", "Ret2", "adaptive", "0.186", "0.710", "0.240"),
)
"""`tables12_wide_caption_page`'s table: its head row, then its rows."""


def tables12_wide_caption_page(path: str | Path) -> Path:
    """A two-column page of running text, then a page holding only a table set across both columns
    (table*) as svjour3 sets one: its caption over it, the bold label "Table 1" and the caption's text on
    one line wider than the table, ending in a full stop; under it \\hline rules over and under the head
    row (TABLES12_HEADS) and under the rows (TABLES12_ROWS), the table centred and narrower than the
    caption, its last heads right under the caption's end."""
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        _paragraph(pdf, LEFT, 50, COL_W, prose_words("gamma", 0, 240))
        _paragraph(pdf, COL2, 50, COL_W, prose_words("delta", 0, 240))
        pdf.add_page()
        _running(pdf, 2)
        y = 120.0
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, y, "Table 1")
        pdf.set_font("Times", "", 9)
        text = "Retrieval adaptive model sequence dense speech dense kernel for table number 1."
        pdf.text(LEFT + pdf.get_string_width("Table 1") + 1.5, y, text)
        xs = (LEFT + 32, LEFT + 58, LEFT + 75, LEFT + 102, LEFT + 122, LEFT + 145)
        left, right = LEFT + 30, LEFT + 153
        pdf.set_line_width(0.2)
        pdf.line(left, y + 1.5, right, y + 1.5)
        pdf.text(xs[0], y + 5, TABLES12_HEADS[0])
        for x, head in zip(xs[1:], TABLES12_HEADS[1:], strict=True):
            pdf.text(x, y + 5, head)
        pdf.line(left, y + 7, right, y + 7)
        for i, row in enumerate(TABLES12_ROWS):
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y + 11 + 4 * i, cell)
        pdf.line(left, y + 12.5 + 4 * len(TABLES12_ROWS), right, y + 12.5 + 4 * len(TABLES12_ROWS))
    return Path(path)


TABLES12_WRAPPED = (
    ("Token", "the method we propose reads each page of a paper and finds its columns and blocks", "82,990"),
    ("Ranking", "so that the text flows in the order its authors wrote it", "11,628"),
    ("Kernel", "while tables figures and notes are kept apart always", "3,734"),
)
"""`tables12_flush_left_caption_page`'s rows: a stub, a cell wrapped over lines, a value."""


def tables12_flush_left_caption_page(path: str | Path) -> Path:
    """Running text, then on page 2 a short caption set flush left as svjour3 sets it (bold "Table 3",
    its text on the same line) over a narrower table centred under it, its right end past the caption's:
    \\hline over and under the head row ("Data set", "Summary", "Vision") and under the rows of
    TABLES12_WRAPPED, whose middle cells wrap over five lines in a narrow column, so that the stubs under
    the caption stand far apart; running text under the table."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Results") + 6
        pdf.set_font("Times", "B", 9)
        pdf.text(LEFT, y, "Table 3")
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + pdf.get_string_width("Table 3") + 1.5, y, "Robust ranking vision.")
        left, right = LEFT + 40, LEFT + 130
        xs = (LEFT + 42, LEFT + 70, LEFT + 115)
        pdf.set_line_width(0.2)
        pdf.line(left, y + 2, right, y + 2)
        for x, head in zip(xs, ("Data set", "Summary", "Vision"), strict=True):
            pdf.text(x, y + 6, head)
        pdf.line(left, y + 8, right, y + 8)
        top = y + 12
        for stub, text, value in TABLES12_WRAPPED:
            pdf.text(xs[0], top, stub)
            pdf.text(xs[2], top, value)
            words = text.split()
            for k in range(0, len(words), 3):
                pdf.text(xs[1], top, " ".join(words[k : k + 3]))
                top += 4
            top += 1
        pdf.line(left, top - 2, right, top - 2)
        _paragraph(pdf, LEFT, top + 8, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


HEADER9_TITLE = ("Sparse Document Parsing with", "Language Optimisation")
"""`header9_spaced_title_page`'s title lines: the second reads as a name ("Language Optimisation")."""
HEADER9_NAMES = ("Marie-Claire Dubois", "Pedro Núñez", "Kenji Müller", "Anna Kim")


def header9_spaced_title_page(path: str | Path, spacing: float = 2.0, title_spacing: float = 2.0) -> Path:
    """An IEEEtran journal page in draftcls onecolumn mode: the title's two 24 pt lines pitched
    `title_spacing` type sizes apart, then the names in 11 pt (wrapped over two lines), the bold
    "Abstract" heading over a 9 pt abstract and a 10 pt introduction, their lines pitched `spacing` sizes
    apart (2.0: a manuscript's double spacing, the title's second line 0.88 sizes under its first as in
    IEEEtran's draftcls; 1.2: set solid)."""
    point = 25.4 / 72
    with _document(path) as pdf:
        y = 30.0
        for line in HEADER9_TITLE:
            _centred(pdf, y, line, "Times", "", 24)
            y += title_spacing * 24 * point
        y += 6 * point - (title_spacing - 1.2) * 24 * point
        names = ", ".join(HEADER9_NAMES)
        first, second = names[: names.rindex(",", 0, 40) + 1], names[names.rindex(",", 0, 40) + 2 :]
        for line in (first, second):
            _centred(pdf, y, line, "Times", "", 11)
            y += spacing * 11 * point
        _centred(pdf, y + 10, "Abstract", "Times", "B", 9)
        y = _paragraph(
            pdf,
            LEFT + 10,
            y + 10 + spacing * 9 * point,
            FULL_W - 20,
            [*prose_words("gamma", 1, 70), "end."],
            size=9,
            leading=spacing * 9 * point,
        )
        _centred(pdf, y + 8, "I. INTRODUCTION", "Times", "", 10)
        _paragraph(
            pdf,
            LEFT,
            y + 8 + spacing * 10 * point,
            FULL_W,
            [*prose_words("alpha", 1, 150), "end."],
            leading=spacing * 10 * point,
        )
    return Path(path)


HEADER9_ROW_NAMES = (
    ("Hans-Peter Núñez", "1"),
    ("Marie-Claire Dubois", "2"),
    ("Pedro J. Kim", "3"),
    ("José Smith", "3"),
    ("Hans-Peter Kowalski", "3"),
    ("Eun-Ji Lindqvist", "1"),
    ("Pia Ivanova", "1"),
)
HEADER9_MARKED_PLACES = (
    "Department of Computer Science, Universität Wien, Vienna, Austria",
    "Department of Computer Science, University of Toronto, Toronto, Canada",
    "Faculty of Mathematics, Université de Lyon, Lyon, France",
)


def _header9_centred_raised(pdf: FPDF, y: float, parts: list[tuple[str, bool]], size: float) -> None:
    """`_raised`'s runs centred on the page."""
    width = 0.0
    for text, sup in parts:
        pdf.set_font("Times", "", size * 0.65 if sup else size)
        width += pdf.get_string_width(text)
    _raised(pdf, (PAGE_W - width) / 2, y, parts, size)


def header9_marked_rows_page(path: str | Path) -> Path:
    """CVPR's numbered byline: the names with raised numbers, a quad apart, four and three a line; under
    them one centred line an affiliation opening with its raised number, the addresses in typewriter
    type, the abstract and the introduction in two columns."""
    with _document(path) as pdf:
        _centred(pdf, 28, BYLINE_TITLE, "Times", "B", 14)
        y = 40.0
        for row in (HEADER9_ROW_NAMES[:4], HEADER9_ROW_NAMES[4:]):
            parts: list[tuple[str, bool]] = []
            for k, (name, mark) in enumerate(row):
                parts += [((" " * 4 if k else "") + name, False), (mark, True)]  # a quad apart
            _header9_centred_raised(pdf, y, parts, 11)
            y += 5.0
        for k, place in enumerate(HEADER9_MARKED_PLACES):
            _header9_centred_raised(pdf, y, [(str(k + 1), True), (place, False)], 11)
            y += 5.0
        _centred(pdf, y, "hans.nunez@univie.ac.at, pedro.kim@univ-lyon.fr", "Courier", "", 9)
        y = _heading(pdf, LEFT, y + 12, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, COL_W, ["We", "present", *prose_words("gamma", 1, 60), "end."])
        y = _heading(pdf, LEFT, y + 6, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 1, 120), "end."])
        _paragraph(pdf, COL2, 80, COL_W, [*prose_words("beta", 1, 260), "end."])
    return Path(path)


def header9_shared_rows_page(path: str | Path, cut: tuple[str, str], over: str = "") -> Path:
    """ACL's block of an affiliation's authors: two names a quad and more apart on one line, (`over`, a
    centred line under them,) then the institution's line `cut[0] + " " + cut[1]` centred, each name
    set right over one of its two parts (so the line seems cut at the names' columns), the city and an
    address line; the abstract and the introduction in two columns."""
    names = ("Ann Lee", "Bo Kim")
    with _document(path) as pdf:
        _centred(pdf, 28, BYLINE_TITLE, "Times", "B", 14)
        pdf.set_font("Times", "", 11)
        line = " ".join(cut)
        left = (PAGE_W - pdf.get_string_width(line)) / 2
        centres = (
            left + pdf.get_string_width(cut[0]) / 2,
            left + pdf.get_string_width(cut[0] + " ") + pdf.get_string_width(cut[1]) / 2,
        )
        pdf.set_font("Times", "B", 11)
        for name, centre in zip(names, centres, strict=True):
            pdf.text(centre - pdf.get_string_width(name) / 2, 40, name)
        lines = [over, line, "Padua, Italy"] if over else [line, "Padua, Italy"]
        for k, text in enumerate(lines):
            _centred(pdf, 45 + 4.6 * k, text, "Times", "", 11)
        _centred(pdf, 45 + 4.6 * len(lines), "{ann.lee,bo.kim}@unipd.it", "Courier", "", 10)
        y = _heading(pdf, LEFT, 45 + 4.6 * len(lines) + 12, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, COL_W, ["We", "present", *prose_words("gamma", 1, 60), "end."])
        y = _heading(pdf, LEFT, y + 6, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 1, 120), "end."])
        _paragraph(pdf, COL2, 80, COL_W, [*prose_words("beta", 1, 260), "end."])
    return Path(path)


HEADER9_AAAI_PLACES = (
    ("Rijksuniversiteit Groningen", "Faculty of Mathematics, Groningen, The Netherlands", "ann.lee@rug.nl"),
    ("Uniwersytet Warszawski", "Department of Computer Science, Warsaw, Poland", "bo.kim@uw.edu.pl"),
)


def header9_aaai_page(path: str | Path) -> Path:
    """AAAI's byline: the names in bold with raised numbers on one line; under them, in smaller type,
    each affiliation's institution opening with its raised number, its department and place, its
    member's address; then the abstract and the introduction in two columns."""
    with _document(path) as pdf:
        _centred(pdf, 28, BYLINE_TITLE, "Times", "B", 14)
        parts = [("Ann Lee", False), ("1", True), (" and Bo Kim", False), ("2", True)]
        _header9_centred_raised(pdf, 40, parts, 11)
        y = 46.0
        for k, (institution, place, email) in enumerate(HEADER9_AAAI_PLACES):
            _header9_centred_raised(pdf, y, [(str(k + 1), True), (institution, False)], 9)
            _centred(pdf, y + 4, place, "Times", "", 9)
            _centred(pdf, y + 8, email, "Times", "", 9)
            y += 13
        y = _heading(pdf, LEFT, y + 6, "Abstract", 11)
        y = _paragraph(pdf, LEFT, y, COL_W, ["We", "present", *prose_words("gamma", 1, 60), "end."])
        y = _heading(pdf, LEFT, y + 6, "1 Introduction")
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 1, 120), "end."])
        _paragraph(pdf, COL2, 80, COL_W, [*prose_words("beta", 1, 260), "end."])
    return Path(path)


TABLES13_UNCERTAIN = (
    ("Wavelet", "0.96±", "0.05", "0.13±", "0.04"),
    ("Parsing", "0.40±", "0.02", "0.17±", "0.03"),
    ("Encoder", "0.35±", "0.03", "0.43±", "0.01"),
    ("Sequence", "0.05±", "0.01", "0.74±", "0.03"),
    ("Hybrid", "0.06±", "0.02", "0.64±", "0.05"),
)
"""Rows of values with their uncertainties as siunitx's S columns print them: the ± glued to the value
(no space in the text), the uncertainty a math space after it, aligned in every row."""


def tables13_uncertainty_page(path: str | Path) -> Path:
    """Running text, then on page 2 a table under its caption ("Table 2: Scores with their
    uncertainties."): rules over and under the head row ("Model", "Accuracy", "Recall") and under the
    rows of TABLES13_UNCERTAIN, each value's "0.96±" and "0.05" 1.5 mm apart at the same places in every
    row, the columns 30 mm apart."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Results") + 6
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + 40, y, "Table 2: Scores with their uncertainties.")
        left, right = LEFT + 40, LEFT + 130
        pdf.set_line_width(0.2)
        pdf.line(left, y + 2, right, y + 2)
        for x, head in ((LEFT + 42, "Model"), (LEFT + 74, "Accuracy"), (LEFT + 106, "Recall")):
            pdf.text(x, y + 6, head)
        pdf.line(left, y + 8, right, y + 8)
        for i, (stub, *values) in enumerate(TABLES13_UNCERTAIN):
            top = y + 12 + 4 * i
            pdf.text(LEFT + 42, top, stub)
            for k, x in enumerate((LEFT + 72, LEFT + 103)):
                pdf.text(x, top, values[2 * k])
                pdf.text(x + pdf.get_string_width(values[2 * k]) + 1.5, top, values[2 * k + 1])
        bottom = y + 10 + 4 * len(TABLES13_UNCERTAIN)
        pdf.line(left, bottom, right, bottom)
        _paragraph(pdf, LEFT, bottom + 8, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


TABLES13_TURNED_HEADS = ("Retrieval", "Batch attention", "Spectral", "Peak memory")
TABLES13_TURNED_ROWS = (
    ("Wavelet", "0.961", "0.133", "0.405", "0.224"),
    ("Parsing", "0.402", "0.171", "0.637", "0.519"),
    ("Encoder", "0.351", "0.432", "0.218", "0.870"),
    ("Sequence", "0.058", "0.744", "0.902", "0.335"),
)


def tables13_turned_heads_page(path: str | Path) -> Path:
    """Running text, then on page 2 a table under its caption ("Table 4: Scores under turned heads."),
    rules over and under its head row and under its rows: the stub head "Model" upright, the number
    heads (TABLES13_TURNED_HEADS) turned 90° as \\rotatebox{90} sets them, reading up the page from the
    head row's baseline, each over its column of TABLES13_TURNED_ROWS."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Results") + 6
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + 40, y, "Table 4: Scores under turned heads.")
        left, right = LEFT + 40, LEFT + 130
        pdf.set_line_width(0.2)
        pdf.line(left, y + 2, right, y + 2)
        foot = y + 26  # the head row's baseline, the turned heads 22 mm tall at most over it
        pdf.text(LEFT + 42, foot, "Model")
        xs = (LEFT + 70, LEFT + 85, LEFT + 100, LEFT + 115)
        for x, head in zip(xs, TABLES13_TURNED_HEADS, strict=True):
            with pdf.rotation(90, x + 3, foot):
                pdf.text(x + 3, foot, head)
        pdf.line(left, foot + 2, right, foot + 2)
        for i, (stub, *values) in enumerate(TABLES13_TURNED_ROWS):
            top = foot + 6 + 4 * i
            pdf.text(LEFT + 42, top, stub)
            for x, value in zip(xs, values, strict=True):
                pdf.text(x, top, value)
        bottom = foot + 4 + 4 * len(TABLES13_TURNED_ROWS)
        pdf.line(left, bottom, right, bottom)
        _paragraph(pdf, LEFT, bottom + 8, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


TABLES13_LONG_HEAD = ("Model", "Accuracy", "Recall", "Cost")


def _rows_down_to(
    pdf: FPDF, xs: Sequence[float], rows: Iterator[tuple[str, ...]], y: float, stop: float
) -> float:
    """A longtable's next rows from y down, 4.5 mm apart, the last that fits above `stop` included (the rest
    of `rows` is left for the next page); the last row's y."""
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            pdf.text(x, y, cell)
        if y + 4.5 > stop:
            return y
        y += 4.5
    return y


TABLES13_LONG_ROWS = tuple(
    (f"Run{i}", f"0.{(37 * i) % 89 + 10}", f"0.{(53 * i) % 89 + 10}", f"{(71 * i) % 900 + 100}")
    for i in range(80)
)
"""A longtable's rows, more than two pages hold."""


def tables13_longtable_paper(path: str | Path, label: bool = True, foot_line: bool = True) -> Path:
    """A one-column paper whose table runs over three pages as longtable sets one: on page 1 running text,
    the caption ("Table 1: Scores of the runs over three pages.") and the table's head row
    (TABLES13_LONG_HEAD) between a top and a middle rule, then its rows (TABLES13_LONG_ROWS) to the foot
    of the text, under which (`foot_line`) a first page's line of its own stands in the margin ("Preprint
    submitted to Elsevier"); on each next page (under "Table 1 continued" if `label`) the head again
    between its two rules and the rows going on, unruled, to the foot of the text (page 2) or to the
    bottom rule, running text under it (page 3)."""
    xs = (LEFT + 30, LEFT + 65, LEFT + 90, LEFT + 115)
    left, right = LEFT + 28, LEFT + 130
    rows = iter(TABLES13_LONG_ROWS)

    def part(pdf: FPDF, y: float, stop: float) -> float:
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        pdf.line(left, y, right, y)
        for x, head in zip(xs, TABLES13_LONG_HEAD, strict=True):
            pdf.text(x, y + 4, head)
        pdf.set_line_width(0.2)
        pdf.line(left, y + 5.5, right, y + 5.5)
        y += 9.5
        return _rows_down_to(pdf, xs, rows, y, stop)

    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 60)) + 4
        pdf.set_font("Times", "", 9)
        pdf.text(left, y, "Table 1: Scores of the runs over three pages.")
        part(pdf, y + 3, 268)
        if foot_line:
            pdf.set_font("Times", "I", 8)
            pdf.text(LEFT, 284, "Preprint submitted to Elsevier")
        for stop in (268, 120):
            pdf.add_page()
            y = 25.0
            if label:
                pdf.set_font("Times", "", 9)
                pdf.text(left, y, "Table 1 continued")
                y += 2
            y = part(pdf, y, stop)
        pdf.set_line_width(0.3)
        pdf.line(left, y + 2, right, y + 2)
        _paragraph(pdf, LEFT, y + 10, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


TABLES13_TEXT_ROWS = (
    (
        ("Careful design of", "each piece of the", "method"),
        ("Gains hold across", "sizes and noise", "levels alike"),
    ),
    (("Standard measures", "of the field"), ("Sizes matter less",)),
    (("Noise levels seen", "in practice"), ("Our analysis explains",)),
    (("Strong baselines.",), ("Results show the cost", "stays moderate")),
)
"""A table of two columns of text: each cell's lines, the first capitalised, the others going on; most
of the first column's lines are 17 characters, as long as a justified column's full lines."""


def tables13_close_text_columns_page(path: str | Path) -> Path:
    """Running text, then on page 2 a table under its caption ("Table 5: Remarks on the two settings."):
    rules over and under its head row ("Setting", "Remark") and under each of its rows
    (TABLES13_TEXT_ROWS), set in Courier so that the first column's full lines end at one x, as a
    justified paragraph column's do, the second column's lines starting at one x 2.5 pt right of them, as
    llncs sets paragraph columns (\\tabcolsep 1.4 pt): closer than any column gap, a space apart."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Results") + 6
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + 40, y, "Table 5: Remarks on the two settings.")
        pdf.set_font("Courier", "", 9)
        x0 = LEFT + 40
        x1 = x0 + pdf.get_string_width("Careful design of") + 2.5 / 72 * 25.4
        right = x1 + 60
        pdf.set_line_width(0.2)
        pdf.line(x0 - 1, y + 2, right, y + 2)
        pdf.text(x0, y + 6, "Setting")
        pdf.text(x1, y + 6, "Remark")
        pdf.line(x0 - 1, y + 8, right, y + 8)
        top = y + 12
        for first, second in TABLES13_TEXT_ROWS:
            for k, line in enumerate(first):
                pdf.text(x0, top + 4 * k, line)
            for k, line in enumerate(second):
                pdf.text(x1, top + 4 * k, line)
            top += 4 * max(len(first), len(second)) + 1
            pdf.line(x0 - 1, top - 3, right, top - 3)
        _paragraph(pdf, LEFT, top + 8, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


ACLOLD3_AUTHORS = (
    ("Jerry R. Hobbs", "Artificial Intelligence Center", "Stanford Research Institute"),
    ("Anna van der Berg", "Department of Linguistics", "University of Amsterdam"),
    ("Pedro GARCIA", "School of Computer Science", "Universidad de Granada"),
)


def aclold3_own_lines_page(
    path: str | Path,
    form: str = "comma",
    wrapped: bool = False,
    authors: Sequence[tuple[str, str, str]] = ACLOLD3_AUTHORS,
) -> Path:
    """A bold title over one author a line, centred, in the names' case as printed (`authors`), as
    old ACL papers set a byline: "Name, Department, Institution" (`form` "comma") or "Name (Institution)"
    ("paren"); `wrapped`: the last line's affiliation runs on centred under it ("comma": after its
    department's comma; "paren": the parenthesis on a line of its own). Then an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 14)
        lines = []
        for name, department, institution in authors:
            if form == "paren":
                lines.append([f"{name}", f"({institution})"])
            else:
                lines.append([f"{name}, {department},", institution])
        y = 34.0
        for k, (head, rest) in enumerate(lines):
            if wrapped and k == len(lines) - 1:
                _centred(pdf, y, head, "Times", "", 11)
                y += 4.5
                _centred(pdf, y, rest, "Times", "", 11)
            else:
                _centred(pdf, y, f"{head} {rest}", "Times", "", 11)
            y += 4.5
        _abstract_and_body(pdf, y + 10, intro_under_abstract=True)
    return Path(path)


def aclold3_flat_own_lines_page(
    path: str | Path,
    names_size: float = 12.5,
    gap: float = 9,
    authors: Sequence[tuple[str, str, str]] = ACLOLD3_AUTHORS,
) -> Path:
    """A bold 12.5 pt title with one author a line `gap` mm under it, "Name (Institution)" of `authors`
    at 5 mm, all bold in `names_size` pt, as Acrobat Capture's text layer gives an old title block one
    font (A94-1004) or the names' lines their own; then an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 12.5)
        for k, (name, _, institution) in enumerate(authors):
            _centred(pdf, 25 + gap + 5 * k, f"{name} ({institution})", "Times", "B", names_size)
        _abstract_and_body(pdf, 35 + gap + 5 * len(authors), intro_under_abstract=True)
    return Path(path)


TABLES14_LONG_HEAD = ("Setting", "Precision", "Recall")
TABLES14_LONG_ROWS = tuple(
    (f"Model variant {i}", f"{(29 * i) % 90 + 9}.{i % 10}", f"{(61 * i) % 90 + 9}.{(3 * i) % 10}")
    for i in range(120)
)
"""An unruled longtable's rows, more than two pages hold."""


def tables14_unruled_longtable_paper(path: str | Path, label: bool = False, ruled: bool = False) -> Path:
    """A one-column paper whose table, set without any rule, runs over three pages as longtable sets one:
    on page 1 running text, the caption ("Table 1: Scores of the settings over three pages.") and the
    head row (TABLES14_LONG_HEAD), then the rows (TABLES14_LONG_ROWS) to the foot of the text; on each
    next page (under "Table 1 continued" if `label`, at the stubs' left edge and a row's pitch over the
    head, as \\multicolumn{3}{l} sets it) the head again at the top of the text and the rows going on,
    to the foot of the text (page 2) or to running text under them (page 3). `ruled`: a rule over and
    one under the head on each page (\\hline around \\endfirsthead's and \\endhead's head) and one under
    the last row, the rows between unruled."""
    xs = (LEFT + 32, LEFT + 62, LEFT + 85)
    rows = iter(TABLES14_LONG_ROWS)

    def part(pdf: FPDF, y: float, stop: float) -> float:
        pdf.set_font("Times", "", 9)
        if ruled:
            pdf.set_line_width(0.3)
            for rule in (y - 3.5, y + 1.5):
                pdf.line(xs[0] - 2, rule, xs[2] + 16, rule)
            y += 1.5
        for x, head in zip(xs, TABLES14_LONG_HEAD, strict=True):
            pdf.text(x, y - (1.5 if ruled else 0), head)
        y += 4.5
        return _rows_down_to(pdf, xs, rows, y, stop)

    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 60)) + 4
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT + 30, y, "Table 1: Scores of the settings over three pages.")
        y = part(pdf, y + 8, 268)
        for stop in (268, 200):
            pdf.add_page()
            if label:
                pdf.set_font("Times", "", 9)
                pdf.text(xs[0], 25.0, "Table 1 continued")
            y = part(pdf, 29.5 if label else 25.0, stop)
        if ruled:
            pdf.line(xs[0] - 2, y + 1.5, xs[2] + 16, y + 1.5)
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


TABLES15_SUBTABLES = (
    (
        ("Method", "Recall", "Time"),
        ("Sample", "59.4", "1.7"),
        ("Latent", "52.0", "2.2"),
        ("Robust", "65.9", "4.8"),
    ),
    (
        ("Method", "Run", "Score"),
        ("Graph", "Ret6", "2,523"),
        ("Transfer", "Lin9", "73,860"),
        ("Adaptive", "Seq5", "68,661"),
        ("Kernel", "Enc8", "21,760"),
        ("Wavelet", "Den1", "49,430"),
    ),
)
"""`tables15_unruled_subtables_page`'s two subtables: the right one has more rows than the left one."""
TABLES15_SUBCAPTIONS = ("(a) Small models.", "(b) Large models.")


def tables15_unruled_subtables_page(path: str | Path, below: bool = False) -> Path:
    """A page of running text, then on page 2 text and one float of two unruled tabulars side by side
    (subtables), their rows on the same baselines from the top, under the float's caption ("Table 3:
    Scores of the models."), each under its subcaption (TABLES15_SUBCAPTIONS), the two on one line;
    below: the subcaptions under the tabulars, the caption under all; then text."""
    rows = max(len(t) for t in TABLES15_SUBTABLES)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Results") + 4
        pdf.set_font("Times", "", 9)
        caption = "Table 3: Scores of the models."
        if not below:
            _centred(pdf, y, caption, "Times", "", 9)
            y += 6
        top = y if below else y + 5
        sub = y + 4.5 * rows + 1 if below else y
        for k, table in enumerate(TABLES15_SUBTABLES):
            left = LEFT + 12 + 88 * k
            pdf.set_font("Times", "", 9)
            pdf.text(left + 12, sub, TABLES15_SUBCAPTIONS[k])
            for i, row in enumerate(table):
                for j, cell in enumerate(row):
                    pdf.text(left + 2 + 22 * j, top + 4.5 * i, cell)
        y = max(top + 4.5 * rows, sub) + 4
        if below:
            _centred(pdf, y, caption, "Times", "", 9)
        _paragraph(pdf, LEFT, y + 8, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


SPRINGER_ABSTRACT = ["We", "present", *prose_words("gamma", 1, 50), "end."]
"""`springer_keywords_page`'s abstract, as printed after its bold "Abstract" head."""


def springer_keywords_page(path: str | Path, keywords: str) -> Path:
    """Springer's journal title page (svjour3): title, names joined by " · ", "Received: … / Accepted: …",
    the bold run-in "Abstract" and its text (`SPRINGER_ABSTRACT`), right under its last line the bold
    run-in "Keywords" (no colon) and `keywords` ("deep learning · k-means · Graphs"), then the
    introduction."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Times", "B", 11)
        pdf.text(LEFT, 40, "Ann Lee · Bo Chen · Cy Dunn")
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 52, "Received: date / Accepted: date")
        y = 66.0
        for head, tokens in (("Abstract", SPRINGER_ABSTRACT), ("Keywords", keywords.split())):
            pdf.set_font("Times", "B", BODY_SIZE)
            pdf.text(LEFT, y, head)
            indent = pdf.get_string_width(head + "  ")
            pdf.set_font("Times", "", BODY_SIZE)
            lines = _wrap(pdf, tokens, FULL_W - indent)
            pdf.text(LEFT + indent, y, lines[0])
            y = (
                _paragraph(pdf, LEFT, y + LEADING, FULL_W, " ".join(lines[1:]).split())
                if lines[1:]
                else y + LEADING
            )
        y = _heading(pdf, LEFT, y + 8, "1 Introduction")
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("beta", 1, 200), "beta200."])
    return Path(path)


SPRINGER_FULL_NAMES = ["Jürgen Fernández", "Ida Schmidt", "Pedro di García", "Laura Petrovic"]
"""`springer_full_abstract_page`'s authors, in byline order."""
SPRINGER_FULL_INSTITUTES = (
    (
        "J. Fernández · I. Schmidt",
        ["School of Electrical Engineering", "Politecnico di Milano", "Milan, Italy"],
    ),
    ("I. Schmidt · L. Petrovic", ["Laboratory of Information Systems", "Université de Lyon", "Lyon, France"]),
    ("P. di García", ["Department of Computer Science", "Instituto Superior Técnico", "Lisbon, Portugal"]),
)
"""`springer_full_abstract_page`'s institutes: each heading's initialled names, then its address lines."""


def springer_full_abstract_page(path: str | Path) -> Path:
    """Springer's journal title page (svjour3) whose long abstract (a structured one: "Purpose:",
    "Methods:", "Results:", "Conclusions:" run in) leaves no room for the introduction: the bold byline
    (`SPRINGER_FULL_NAMES` joined by " · ", the first starred) under the title, "Received: …", the
    abstract, its "Keywords" line, then right under a short rule the institutes
    (`SPRINGER_FULL_INSTITUTES`), each headed by its members' initialled names (one author in two of
    them) over its address, a phone and an e-mail line; no running text on the page."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Times", "B", 10)
        pdf.text(LEFT, 40, " · ".join([SPRINGER_FULL_NAMES[0] + "*", *SPRINGER_FULL_NAMES[1:]]))
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 52, "Received: 14 May 2023 / Accepted: 2 February 2024")
        tokens = ["Abstract"]
        for k, head in enumerate(("Purpose:", "Methods:", "Results:", "Conclusions:")):
            tokens += [head, *prose_words(f"part{k}", 0, 45), "end."]
        y = _paragraph(pdf, LEFT, 64, FULL_W, tokens)
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, "Keywords Parsing · Bylines · Layout")
        y += 12
        pdf.line(LEFT, y - 4, LEFT + 50, y - 4)
        pdf.set_font("Times", "", 8)
        for k, (names, address) in enumerate(SPRINGER_FULL_INSTITUTES):
            for text in [names, *address, "Tel.: +39-33-570-9746", f"E-mail: author{k}@example.org"]:
                pdf.text(LEFT, y, text)
                y += 3.4
            y += 1.6
    return Path(path)


ACLOLD4_NAMES = (
    "Lukasz Patel",
    "Rahul Ivanova",
    "Hüseyin Okafor",
    "Zoë Kim",
    "Kenji Nakamura",
    "Anna Johansson",
)
ACLOLD4_PLACE = ("Department of Computer Science", "Technische Universität München", "Munich, Germany")


def aclold4_wrapped_byline_page(
    path: str | Path, names: Sequence[str] = ACLOLD4_NAMES, gap: float = 9
) -> Path:
    """A bold 14 pt title over a long list of `names` wrapped over two centred lines in 11 pt roman,
    `gap` mm under it, the first half's line ending with its comma ("A, B, C," / "D, E and F", as
    C08-1127 and acl.sty's \\author set five to eight names), then the one shared department,
    institution and city; then an abstract and a body."""
    half = (len(names) + 1) // 2
    lines = [", ".join(names[:half]) + ",", ", ".join(names[half:-1]) + " and " + names[-1]]
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 14)
        for k, line in enumerate([*lines, *ACLOLD4_PLACE]):
            _centred(pdf, 25 + gap + 4.5 * k, line, "Times", "", 11)
        _abstract_and_body(pdf, 35 + gap + 4.5 * (len(lines) + len(ACLOLD4_PLACE)), intro_under_abstract=True)
    return Path(path)


def aclold4_one_author_close_page(path: str | Path, name: str = "Jurgen NAKAMURA", gap: float = 5.5) -> Path:
    """A bold 14 pt title with one author's block `gap` mm under it (baseline to baseline), as acl.sty's
    \\author sets a single author close under a title: the name bold in 11 pt, over a 10 pt body, the
    department, institution, city and e-mail under it in roman (ACLOLD4_PLACE); then an abstract and a
    body."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 14)
        _centred(pdf, 25 + gap, name, "Times", "B", 11)
        for k, line in enumerate([*ACLOLD4_PLACE, "jurgen@tum.de"]):
            _centred(pdf, 25 + gap + 4.5 * (k + 1), line, "Times", "", 11)
        _abstract_and_body(pdf, 60, intro_under_abstract=True)
    return Path(path)


ACLOLD4_LONG_TITLE = (
    "Reading the Scanned Proceedings",
    "of Applied Natural Language Processing",
    "in Old Papers",
)


def aclold4_flat_long_title_page(path: str | Path, step: float = 6.3, drop: float = 5.3) -> Path:
    """A title block in one font, as Acrobat Capture's text layer gives it (A94-1004: all 12.48 pt bold),
    where the page set a three-line title (ACLOLD4_LONG_TITLE) `step` mm apart, a wrapped list of names
    `drop` mm under its last line, and the shared department and institution, the byline's lines 4.2 mm
    apart (the text's leading); then an abstract and a body."""
    names = [", ".join(ACLOLD4_NAMES[:3]) + ",", ", ".join(ACLOLD4_NAMES[3:5]) + " and " + ACLOLD4_NAMES[5]]
    with _document(path) as pdf:
        y = 25.0
        for k, line in enumerate(ACLOLD4_LONG_TITLE):
            _centred(pdf, y + step * k, line, "Times", "B", 12.5)
        y += step * (len(ACLOLD4_LONG_TITLE) - 1) + drop
        for k, line in enumerate([*names, *ACLOLD4_PLACE[:2]]):
            _centred(pdf, y + 4.2 * k, line, "Times", "B", 12.5)
        _abstract_and_body(pdf, y + 30, intro_under_abstract=True)
    return Path(path)


def aclold4_flat_grid_page(path: str | Path, gap: float = 6.0) -> Path:
    """A title block in one font (Acrobat Capture's, all bold 12 pt): a one-line title and, `gap` mm under
    it, a row of three authors' blocks side by side, each the name over its department, institution, city
    and e-mail, 4.2 mm apart, the middle one right under the title (ACLOLD4_NAMES' first three, at
    ACLOLD4_PLACE); then an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 12)
        for k, name in enumerate(ACLOLD4_NAMES[:3]):
            user = name.split()[0].lower()
            for j, line in enumerate([name, *ACLOLD4_PLACE, f"{user}@tum.de"]):
                _centred_in(pdf, LEFT + 58 * k, 58, 25 + gap + 4.2 * j, line, 12, "B")
        _abstract_and_body(pdf, 25 + gap + 35, intro_under_abstract=True)
    return Path(path)


TABLES16_BESIDE_ROWS = (
    ("Setting", "Parsing", "Hybrid"),
    ("Parsing", "-", "51.2%"),
    ("Neural hybrid", "67.3%", "17.3%"),
    ("Noise model", "23.9%", "87.8%"),
    ("Transfer", "5.7%", "76.4%"),
)
"""`tables16_table_beside_figure_page`'s rows: the head, then a stub and two values a row."""


def tables16_table_beside_figure_page(path: str | Path, close_head: bool = False) -> Path:
    """A page of title and running text, then on page 2 text and a float of a table beside a figure
    (minipages, \\\\captionof): on the left a caption over two lines, ended, and right under its last
    line, closer than its line spacing, a narrow unruled table of `TABLES16_BESIDE_ROWS`, its stubs
    indented from the caption's edge (`close_head`: its first two heads a word space apart, one line
    with one head beside it); on the right a framed figure of bars, its caption level with the table's
    first; then text."""
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments") + 4
        pdf.set_font("Times", "", 9)
        pdf.text(LEFT, y, "Table 2: Scores of the encoders on the two splits of the")
        pdf.text(LEFT, y + 4.2, "benchmark, five runs each.")
        top = y + 4.2 + 3.6
        for i, row in enumerate(TABLES16_BESIDE_ROWS):
            for x, text in zip((LEFT + 12, LEFT + 42, LEFT + 58), row, strict=True):
                pdf.text(LEFT + 25 if close_head and x == LEFT + 42 and not i else x, top + 4.2 * i, text)
        pdf.set_line_width(0.3)
        pdf.rect(COL2, y - 20, COL_W, 15)
        for k, height in enumerate((5, 11, 8, 13)):
            pdf.rect(COL2 + 30 + 5 * k, y - 5 - height, 2, height, style="F")
        pdf.text(COL2 + 10, y, "Figure 3: Loss of the encoders over training.")
        _paragraph(pdf, LEFT, top + 4.2 * len(TABLES16_BESIDE_ROWS) + 6, FULL_W, prose_words("beta", 0, 60))
    return Path(path)


def tables16_stacked_head_group_rows_page(path: str | Path) -> Path:
    """A page of title and running text, then on page 2 text and, under its caption, an unruled table:
    a head row whose last head is stacked over two lines ("Sig1" over "(avg.)"), then the rows of
    `TABLES8_GRID_ROWS`, those naming the rows under them in bold, the first right under the head's
    second line and a row's pitch under its first; then text."""
    xs = (LEFT, LEFT + 24, LEFT + 40, LEFT + 56)
    with _document(path) as pdf:
        y = _text_then_page(pdf, "3 Experiments")
        caption = "Table 1: Scores of each encoder on the three splits."
        y = _paragraph(pdf, LEFT, y, FULL_W, caption.split(), size=9) + 2
        pdf.set_font("Times", "", 9)
        for x, head in zip(xs, ("Model", "Par9", "Spa9", "Sig1"), strict=True):
            pdf.text(x, y, head)
        pdf.text(xs[3], y + 4.0, "(avg.)")
        y += 8.0
        for row in TABLES8_GRID_ROWS:
            pdf.set_font("Times", "B" if len(row) == 1 else "", 9)
            for x, text in zip(xs, row, strict=False):
                pdf.text(x, y, text)
            y += 4.0
        pdf.set_font("Times", "", 9)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("gamma", 0, 40))
    return Path(path)


SECTIONS11_LONG_TITLE = (
    "Efficient Convergence Rates under Realistic Noise and Limited Supervision in Large Heterogeneous Data"
)
"""A subsection's title that, after its number, fills a one-column page's line in the text's type."""


def sections11_long_subsection_page(path: str | Path, title: str = SECTIONS11_LONG_TITLE) -> Path:
    """svjour3's upright subsections at the text's size under a bold "1 Introduction": "1.1 Data", then
    "1.2" and `title`, a line as wide as the text (over `_TITLE_CHARS` letters), each over its paragraph;
    the long one must fill at least nine tenths of the column (asserted)."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + PARA_GAP + 3
        y = _sections9_subsection(pdf, y, "1.1", "Data", False, "delta")
        pdf.set_font("Times", "", BODY_SIZE)
        assert pdf.get_string_width(f"1.2  {title}") > 0.9 * FULL_W
        _sections9_subsection(pdf, y + 3, "1.2", title, False, "gamma")
    return Path(path)


def sections11_filled_run_in_page(path: str | Path, first: str, tail: str = "") -> Path:
    """Two columns of text (the narrow line of a column, as beside a figure that LNCS's text wraps
    around), the right one's paragraph opened by LNCS's bold unnumbered run-in title too long for its
    line: `first`, bold, spread to fill the line, then on the next line `tail` (the title's end, bold; ""
    where the title ended with the line), half an em, and the text, justified."""
    size_mm = BODY_SIZE * 0.3528
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        pdf.set_font("Times", "", BODY_SIZE)
        for k, line in enumerate(_wrap(pdf, prose_words("alpha", 0, 200), COL_W)[:40]):
            _justified(pdf, LEFT, y + k * LEADING, COL_W, line)
        pdf.set_font("Times", "B", BODY_SIZE)
        assert 0.8 * COL_W < pdf.get_string_width(first) < COL_W
        _justified(pdf, COL2, y, COL_W, first)
        x = COL2 + (pdf.get_string_width(tail) + 0.5 * size_mm if tail else 0)
        pdf.text(COL2, y + LEADING, tail)
        pdf.set_font("Times", "", BODY_SIZE)
        text = prose_words("beta", 0, 200)
        opening = _wrap(pdf, text, COL2 + COL_W - x)[0]
        _justified(pdf, x, y + LEADING, COL2 + COL_W - x, opening)
        for k, line in enumerate(_wrap(pdf, text[len(opening.split()) :], COL_W)[:38]):
            _justified(pdf, COL2, y + (k + 2) * LEADING, COL_W, line)
    return Path(path)


TABLES18_GROUP_HEAD = ("", "Scores", "")
"""A longtable's group head over its head row: "Scores" centred over the columns of TABLES13_LONG_HEAD's
"Accuracy" and "Recall"."""


def tables18_group_head_longtable_paper(path: str | Path) -> Path:
    """A one-column paper under running heads whose longtable runs over three pages under a head of two
    rows, as llncs papers' longtables with \\multicolumn group heads set theirs: on page 1 running text,
    the caption ("Table 1: Scores of the runs over three pages."), a top rule, the group head
    (TABLES18_GROUP_HEAD), a short rule under "Scores", the head row (TABLES13_LONG_HEAD), a rule, the
    rows (TABLES13_LONG_ROWS) to the foot of the text; on each next page "Table 1 continued" over the top
    rule and the head of two rows again, the rows going on, unruled, to the foot of the page's part
    (page 2) or to the bottom rule, running text under it (page 3)."""
    xs = (LEFT + 30, LEFT + 65, LEFT + 90, LEFT + 115)
    left, right = LEFT + 28, LEFT + 130
    rows = iter(TABLES13_LONG_ROWS)

    def part(pdf: FPDF, y: float, stop: float) -> float:
        pdf.set_font("Times", "", 9)
        pdf.set_line_width(0.3)
        pdf.line(left, y, right, y)
        pdf.text(LEFT + 76, y + 4, TABLES18_GROUP_HEAD[1])
        pdf.set_line_width(0.2)
        pdf.line(xs[1], y + 5.5, xs[2] + 12, y + 5.5)
        for x, head in zip(xs, TABLES13_LONG_HEAD, strict=True):
            pdf.text(x, y + 9, head)
        pdf.line(left, y + 10.5, right, y + 10.5)
        return _rows_down_to(pdf, xs, rows, y + 14.5, stop)

    with _document(path) as pdf:
        _running(pdf, 1)
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Results")
        y = _paragraph(pdf, LEFT, y, FULL_W, prose_words("gamma", 0, 60)) + 4
        pdf.set_font("Times", "", 9)
        pdf.text(left, y, "Table 1: Scores of the runs over three pages.")
        part(pdf, y + 3, 268)
        for number, stop in ((2, 200), (3, 268)):
            pdf.add_page()
            _running(pdf, number)
            pdf.set_font("Times", "", 9)
            pdf.text(left, 40, "Table 1 continued")
            y = part(pdf, 42, stop)
        pdf.set_line_width(0.3)
        pdf.line(left, y + 2, right, y + 2)
        _paragraph(pdf, LEFT, y + 10, FULL_W, prose_words("omega", 0, 120))
    return Path(path)


def tables18_table_under_paragraph_tail_page(path: str | Path) -> Path:
    """A page of running text whose last paragraph ends on a short line ("method in cost and of the
    analysis we hold.") that the layout parts from it and that reaches over the left end of the caption
    under it, a hair nearer the caption ("Table 1: Scores of the runs on the page.", centred) than the
    table's top rule under the caption: a booktabs table of a top rule, the head row
    (TABLES13_LONG_HEAD), a mid rule, TABLES13_LONG_ROWS' first 12 rows and a bottom rule; then running
    text."""
    xs = (LEFT + 45, LEFT + 80, LEFT + 100, LEFT + 120)
    left, right = LEFT + 43, LEFT + 135
    with _document(path) as pdf:
        _centred(pdf, 32, TITLE, "Helvetica", "B", 18)
        y = _heading(pdf, LEFT, 50, "1 Results")
        pdf.set_font("Times", "", BODY_SIZE)
        tail = "method in cost and of the analysis we hold."
        for line in [*_wrap(pdf, prose_words("gamma", 0, 70), FULL_W)[:-1], tail]:
            pdf.text(LEFT, y, line)
            y += LEADING
        y += 1.9
        _centred(pdf, y, "Table 1: Scores of the runs on the page.", "Times", "", 9)
        y += 4.0
        pdf.set_line_width(0.3)
        pdf.line(left, y, right, y)
        pdf.set_font("Times", "", 9)
        for x, head in zip(xs, TABLES13_LONG_HEAD, strict=True):
            pdf.text(x, y + 4, head)
        pdf.set_line_width(0.2)
        pdf.line(left, y + 5.5, right, y + 5.5)
        y += 9.5
        for row in TABLES13_LONG_ROWS[:12]:
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, y, cell)
            y += 4.5
        pdf.set_line_width(0.3)
        pdf.line(left, y - 2.5, right, y - 2.5)
        _paragraph(pdf, LEFT, y + 6, FULL_W, prose_words("omega", 0, 60))
    return Path(path)


REFZONE3_ENTRIES = [
    f"{'Ö' if n == 5 else 'A'}. Name{n}, B. Other, J. Appl. Phys. {10 + n}, {100 + 7 * n} ({1990 + n})."
    for n in range(1, 9)
]
"""AIP's numbered entries: authors (one's initial accented), journal, volume, page and year, no title."""


def refzone3_unheaded_paper(path: str | Path, entries: Sequence[str], raised: bool = True) -> Path:
    """AIP's revtex reprint: two columns of text under "I. INTRODUCTION", the right column's text
    followed, after a gap and with no heading, by `entries` numbered 1, 2, ... as superscripts ("1A.
    Name, ...") or, not `raised`, in brackets ("[1] A. Name, ...")."""
    size = 8.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION", size=BODY_SIZE)
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 260), "end."])
        y = _paragraph(pdf, COL2, 30, COL_W, [*prose_words("beta", 0, 120), "end."]) + 2 * PARA_GAP
        pdf.set_font("Times", "", size)
        for n, entry in enumerate(entries, 1):
            lines = _wrap(pdf, entry.split(), COL_W - 4)
            if raised:
                _raised(pdf, COL2, y, [(str(n), True), (lines[0], False)], size)
            else:
                pdf.set_font("Times", "", size)
                pdf.text(COL2, y, f"[{n}] {lines[0]}")
            pdf.set_font("Times", "", size)
            for line in lines[1:]:
                y += size * 0.42
                pdf.text(COL2 + 4, y, line)
            y += size * 0.42 + 0.6
    return Path(path)


def _header11_small_caps(pdf: FPDF, y: float, text: str, size: float, small: float = 0.8) -> None:
    """`text` centred in Times small capitals: a word's capital initial in `size` pt, its other letters
    (and a word opening in lower case, whole) as capitals `small` times that size, drawn as touching
    pieces, as LaTeX's \\textsc sets a font without a small-capitals cut."""
    pieces: list[tuple[str, float]] = []
    for k, word in enumerate(text.split()):
        if k:
            pieces.append((" ", small * size))
        head = 1 if word[:1].isupper() else 0
        pieces += [(word[:head], size), (word[head:].upper(), small * size)]
    width = 0.0
    for piece, points in pieces:
        pdf.set_font("Times", "", points)
        width += pdf.get_string_width(piece)
    x = (PAGE_W - width) / 2
    for piece, points in pieces:
        pdf.set_font("Times", "", points)
        if piece.strip():
            pdf.text(x, y, piece)
        x += pdf.get_string_width(piece)


HEADER11_TITLE = ("Scalable Structured Attention", "Dependency parsing and tagging")
HEADER11_SUBTITLE = "Learning representations of efficient inference"


def header11_small_caps_title_page(
    path: str | Path, subtitle: bool = False, title: Sequence[str] = HEADER11_TITLE
) -> Path:
    """A title in small capitals (24 pt capitals over 19.2 pt small letters), its lines 10 mm apart, the
    second (HEADER11_TITLE's) mostly in words opening in lower case, so in small letters; with
    `subtitle`, a third line in smaller small capitals (14 pt over 11.2) at the same pitch; then a line
    of names, their affiliation, an abstract and a body."""
    with _document(path) as pdf:
        y = 30.0
        for line in title:
            _header11_small_caps(pdf, y, line, 24)
            y += 10
        if subtitle:
            _header11_small_caps(pdf, y, HEADER11_SUBTITLE, 14)
            y += 10
        _centred(pdf, y + 4, "Ann Lee, Bo Kim and Mei Chen", "Times", "", 11)
        _centred(pdf, y + 9, "Department of Computer Science, University of Toronto", "Times", "", 10)
        _abstract_and_body(pdf, y + 22)
    return Path(path)


HEADER12_TITLE = ("Engineered proteins detect spontaneous", "DNA breakage in human and bacterial cells")


def header12_byline_at_title_pitch_page(path: str | Path) -> Path:
    """eLife's title block: a title in mixed case, 20 pt bold, its lines 8.2 mm apart baseline to
    baseline, and 6.9 mm under its last line (less than that pitch) a byline of two lines in the
    title's face, bold, 10.5 pt; then an affiliation, an abstract and a body."""
    with _document(path) as pdf:
        y = 30.0
        pdf.set_font("Helvetica", "B", 20)
        for line in HEADER12_TITLE:
            pdf.text(LEFT, y, line)
            y += 8.2
        y += 6.9 - 8.2
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(LEFT, y, "Ann Lee 1, Bo Kim 2, Mei Chen 1, Omar Haddad 2,")
        pdf.text(LEFT, y + 4.5, "Lena Vogel 1, Ravi Kumar 2")
        pdf.set_font("Helvetica", "", 10)
        pdf.text(LEFT, y + 11, "1 Department of Computer Science, University of Toronto, Toronto, Canada")
        pdf.text(LEFT, y + 15.5, "2 Department of Biology, University of Oslo, Oslo, Norway")
        _abstract_and_body(pdf, y + 26)
    return Path(path)


SPRINGER2_NAMES = ("Ann Lee", "Bo Chen", "Noa van Dunn", "Eve Fox", "Gil Hart", "Ida Moss")
"""`springer2_institutes_overleaf_paper`'s authors, in byline order."""

SPRINGER2_PAGE_ONE_NOTES = (
    "A. Lee · B. Chen · N. van Dunn",
    "Department of Linguistics, University of Oslo,",
    "Oslo, Norway",
    "Tel.: +47-55-58-20-00",
    "e-mail: ann.lee@uio.no",
    "e-mail: bo.chen@uio.no",
    "e-mail: noa.vandunn@uio.no",
    "",
    "E. Fox · G. Hart",
    "Institute of Computing, Tsinghua University, Beijing, China",
    "Tel.: +86-10-6278-5001",
)
SPRINGER2_PAGE_TWO_NOTES = (
    "Fax: +86-10-6278-5002",
    "e-mail: eve.fox@tsinghua.edu.cn",
    "e-mail: gil.hart@tsinghua.edu.cn",
    "",
    "I. Moss",
    "School of Physics, University of Lyon, Lyon, France",
    "e-mail: ida.moss@univ-lyon.fr",
)
"""The institutes of `springer2_institutes_overleaf_paper`, as the first page's foot sets them (an
address broken after a comma) and as the second page's foot goes on with them, the line breaks of the
list ("" a gap between two institutes)."""


def _springer2_notes(pdf: FPDF, y: float, lines: Sequence[str]) -> None:
    pdf.line(LEFT, y - 4, LEFT + 50, y - 4)
    pdf.set_font("Times", "", 8)
    for text in lines:
        if text:
            pdf.text(LEFT, y, text)
        y += 3.4 if text else 1.6


def springer2_institutes_overleaf_paper(
    path: str | Path,
    names: Sequence[str] = (),
    page_one: Sequence[str] | None = None,
    page_two: tuple[float, Sequence[str]] | None = None,
    body_words: int = 120,
) -> Path:
    """Springer's journal class (svjour3) whose institutes, a footnote set before the abstract, fill the
    first page's foot and go on at the second's: the title, a byline of six names joined by " · ", the
    received line, a run-in "Abstract" whose text fills the page down to the notes and goes on at the
    second page's top, the keywords, the introduction; the first page's notes (`SPRINGER2_PAGE_ONE_NOTES`)
    end its text, the second's (`SPRINGER2_PAGE_TWO_NOTES`) open its foot with no mark of their own.
    Another page's `names`, first-page notes, second-page notes (where they start, in mm) and number of
    introduction words may be given."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 16)
        pdf.text(LEFT, 30, BYLINE_TITLE)
        pdf.set_font("Times", "B", 11)
        pdf.text(LEFT, 40, " · ".join(names or SPRINGER2_NAMES))
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 52, "Received: date / Accepted: date")
        pdf.set_font("Times", "B", 10)
        pdf.text(LEFT, 64, "Abstract")
        tokens = ["We", "present", *prose_words("delta", 1, 900)]
        pdf.set_font("Times", "", 10)
        lines = _wrap(pdf, tokens, FULL_W)
        y = 64.0
        for k, line in enumerate(lines[:33]):
            pdf.text(LEFT + (16 if k == 0 else 0), y, line)
            y += LEADING
        _springer2_notes(pdf, 222, SPRINGER2_PAGE_ONE_NOTES if page_one is None else page_one)
        _running(pdf, 1)
        pdf.add_page()
        y = 26.0
        pdf.set_font("Times", "", 10)
        for line in lines[33:]:
            pdf.text(LEFT, y, line)
            y += LEADING
        pdf.text(LEFT, y, "overleaf end.")
        pdf.set_font("Times", "B", 10)
        pdf.text(LEFT, y + 8, "Keywords")
        pdf.set_font("Times", "", 10)
        pdf.text(LEFT + 17, y + 8, "Layout · Reading order · Bylines")
        y = _heading(pdf, LEFT, y + 20, "1 Introduction")
        _paragraph(pdf, LEFT, y + 2, FULL_W, ["The", "body", *prose_words("eps", 1, body_words), "done."])
        _springer2_notes(pdf, *(page_two or (262, SPRINGER2_PAGE_TWO_NOTES)))
        _running(pdf, 2)
    return Path(path)


REFVENUE10_ENTRIES = [
    f'A. Name{n} and B. Other, "A study of topic {n} in wireless networks," IEEE Trans. Commun., '
    f"vol. {10 + n}, no. {n}, pp. {100 + 7 * n}-{110 + 7 * n}, {1990 + n}."
    for n in range(1, 9)
]


def refvenue10_trailing_matter_paper(
    path: str | Path, trailing: str = "", entries: Sequence[str] = tuple(REFVENUE10_ENTRIES)
) -> Path:
    """An IEEE journal's last page: two columns of text under "I. INTRODUCTION", the right column's text
    followed by "REFERENCES" and `entries` labelled "[1]", "[2]", ... (8 pt, lines after an entry's first
    indented past its label), then, flush at the column's edge right under the last entry and in the
    entries' type, `trailing` (an author's biography, a float's caption) wrapped to the column."""
    size = 8.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION", size=BODY_SIZE)
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 260), "end."])
        y = _paragraph(pdf, COL2, 30, COL_W, [*prose_words("beta", 0, 60), "end."]) + 2 * PARA_GAP
        y = _heading(pdf, COL2, y, "REFERENCES", size=BODY_SIZE)
        pdf.set_font("Times", "", size)
        for n, entry in enumerate(entries, 1):
            lines = _wrap(pdf, entry.split(), COL_W - 6)
            pdf.text(COL2, y, f"[{n}]")
            for line in lines:
                pdf.text(COL2 + 6, y, line)
                y += size * 0.42
            y += 0.6
        for line in _wrap(pdf, trailing.split(), COL_W) if trailing else []:
            pdf.text(COL2, y, line)
            y += size * 0.42
    return Path(path)


REFVENUE10_AUTHOR_YEAR = [
    "C. Adams and B. Lee. Leonhard Euler and the seven bridges of Konigsberg revisited for graph courses. "
    "The Mathematical Intelligencer, 33(4):18-20, 2011.",
    "J. Vanschoren. Meta-learning: A survey of methods for learning to learn from prior tasks. arXiv "
    "preprint arXiv:1810.03548, 2018.",
    "H. Yahyaoui. A trust-based game theoretical model for web services collaboration in open markets. "
    "Knowledge-Based Systems, 27:162-169, 2012.",
    "X. Yu, Y. Chen, and Z. Wang. Optimization approaches for a Dubins vehicle in coverage planning "
    "problems. IEEE Transactions on Robotics, 31(2):1-12, 2015.",
    "H. Zhang, X. Li, and L. Bing. Video-llama: An instruction-tuned audio-visual language model for video "
    "understanding. In Proceedings of EMNLP, pages 543-553, 2023.",
]


def refvenue10_author_year_paper(
    path: str | Path, entries: Sequence[str] = tuple(REFVENUE10_AUTHOR_YEAR)
) -> Path:
    """abbrvnat in author-year mode on a one-column article page: "1 Introduction" and a paragraph, then a
    bold "References" and `entries` without labels, each entry's first line flush left and the lines
    after it indented (10 pt, as natbib hangs them), so that an entry's first line is a block of its own."""
    size = 10.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction", size=12)
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 120), "end."]) + 2 * PARA_GAP
        y = _heading(pdf, LEFT, y, "References", size=12)
        pdf.set_font("Times", "", size)
        for entry in entries:
            first, *rest = _wrap(pdf, entry.split(), FULL_W - 30)
            pdf.text(LEFT, y, first)
            for line in _wrap(pdf, " ".join(rest).split(), FULL_W - 34) if rest else []:
                y += size * 0.42
                pdf.text(LEFT + 4, y, line)
            y += size * 0.42 + 2.5
    return Path(path)


ACLOLD5_STACKED = (
    ("GRACE MULLER", "Faculty of Mathematics, Department of Computer Science", "grace@nus.edu.sg"),
    ("INGRID FERNANDEZ", "Faculty of Mathematics, Department of Computer Science", "ingrid@nus.edu.sg"),
)
"""Two authors' blocks whose department lists fill the line, so acl.sty stacks them down one column."""


def aclold5_flat_stacked_grid_page(path: str | Path, drop: float = 5.6) -> Path:
    """A title block in one font (Acrobat Capture's text layer, all bold 12 pt): a one-line title and,
    `drop` mm under it, two authors' blocks stacked down one column (ACLOLD5_STACKED: the name, the
    departments, "National University of Singapore", "Singapore", the e-mail), their lines 4.8 mm
    apart, 5.2 mm between the blocks; then an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 12)
        y = 25 + drop
        for name, departments, email in ACLOLD5_STACKED:
            for line in (name, departments, "National University of Singapore", "Singapore", email):
                _centred(pdf, y, line, "Times", "B", 12)
                y += 4.8
            y += 0.4
        _abstract_and_body(pdf, y + 8, intro_under_abstract=True)
    return Path(path)


ACLOLD5_LEVEL_LINES = (
    "Aylin M. Johansson Jr. 1 , Grace Dubois 1 and Oliver Okafor 2",
    "1 Faculty of Mathematics, Universidad de Granada, Granada, Spain",
    "2 Laboratory of Information Systems, Kyoto University, Kyoto, Japan",
    "{aylin,grace}@ugr.es, oliver@kyoto-u.ac.jp",
)
"""A marked byline as an OCR layer in one size gives it: each name's number set level after it, one after
a suffix ("Johansson Jr. 1 ,"), over the numbered places and the e-mails."""


def aclold5_flat_level_marks_page(path: str | Path, drop: float = 6.0) -> Path:
    """A title block in one font (Acrobat Capture's text layer, all bold 12.5 pt): a two-line title
    (ACLOLD4_LONG_TITLE's first two) 6.3 mm apart and, `drop` mm under it, ACLOLD5_LEVEL_LINES 4.8 mm
    apart; then an abstract and a body."""
    with _document(path) as pdf:
        for k, line in enumerate(ACLOLD4_LONG_TITLE[:2]):
            _centred(pdf, 25 + 6.3 * k, line, "Times", "B", 12.5)
        y = 25 + 6.3 + drop
        for k, line in enumerate(ACLOLD5_LEVEL_LINES):
            _centred(pdf, y + 4.8 * k, line, "Times", "B", 12.5)
        _abstract_and_body(pdf, y + 4.8 * len(ACLOLD5_LEVEL_LINES) + 8, intro_under_abstract=True)
    return Path(path)


TABLES19_CAPTION = ("TABLE III: Analysis versus simulation: access delay", "with m = 3, M = 9, OCWmin = 15")
"""`tables19_wrapped_caption_page`'s caption: a first line set full (justified to the column) and the
line it wraps onto, mostly symbols."""
TABLES19_ROWS = (
    ("ns", "analysis", "simulation"),
    ("n = 1", "0.72727", "0.72728"),
    ("n = 5", "2.23001", "2.22335"),
    ("n = 10", "2.88954", "2.88546"),
    ("n = 20", "3.29798", "3.29857"),
)


def _tables19_justified(pdf: FPDF, x: float, y: float, width: float, text: str) -> None:
    """`text` on one line at `y`, its words spread from `x` to `x + width` (a justified line)."""
    parts = text.split()
    gap = (width - sum(pdf.get_string_width(p) for p in parts)) / (len(parts) - 1)
    for part in parts:
        pdf.text(x, y, part)
        x += pdf.get_string_width(part) + gap


def tables19_wrapped_caption_page(path: str | Path) -> Path:
    """A two-column page of running text; in the right column, under a paragraph, a table caption over
    its table as IEEE's conference style with the caption package sets it: the first line
    (TABLES19_CAPTION) justified to the column's width, the second flush left under it at the caption's
    leading, a word and then mathematics in italics; then rules over and under the head row and under the rows of TABLES19_ROWS, three centred
    columns; then more running text."""
    with _document(path) as pdf:
        _paragraph(pdf, LEFT, 30, COL_W, prose_words("alpha", 0, 260))
        y = _paragraph(pdf, COL2, 30, COL_W, prose_words("beta", 0, 90)) + PARA_GAP
        pdf.set_font("Times", "", BODY_SIZE)
        _tables19_justified(pdf, COL2, y, COL_W, TABLES19_CAPTION[0])
        word, _, symbols = TABLES19_CAPTION[1].partition(" ")
        pdf.text(COL2, y + LEADING, word)
        x = COL2 + pdf.get_string_width(word + " ")
        pdf.set_font("Times", "I", BODY_SIZE)  # mathematics: its letters in italics
        pdf.text(x, y + LEADING, symbols)
        y += LEADING + 3
        xs = (COL2 + 18, COL2 + 36, COL2 + 56)
        pdf.set_line_width(0.2)
        pdf.line(COL2 + 14, y, COL2 + 72, y)
        for i, row in enumerate(TABLES19_ROWS):
            base = y + 4 + 4.2 * i + (1 if i else 0)
            for x, cell in zip(xs, row, strict=True):
                pdf.text(x, base, cell)
            if i == 0:
                pdf.line(COL2 + 14, base + 1.5, COL2 + 72, base + 1.5)
        y += 4 + 4.2 * len(TABLES19_ROWS) + 1
        pdf.line(COL2 + 14, y - 2.2, COL2 + 72, y - 2.2)
        _paragraph(pdf, COL2, y + 5, COL_W, prose_words("gamma", 0, 60))
    return Path(path)


TABLES19_SIDE_CAPTIONS = (
    (
        "Table 1: Speech vision linear channel sequence wavelet sparse graph",
        "batch adaptive for table number 1.",
    ),
    ("Table 2: Model token linear transfer for table number 2.",),
)
"""`tables19_side_by_side_captions_page`'s two captions, line by line: the left one wraps, the right one
does not."""
TABLES19_SIDE_ROWS = (
    (("Method", "Transfer", "Baseline"), ("Network", "0.160", "0.872"), ("Attention", "0.892", "0.378")),
    (("Model", "Speech", "Hybrid"), ("Batch", "57,528", "7,292"), ("Graph", "29,806", "60,950")),
)


def _tables19_side_table(pdf: FPDF, x0: float, x1: float, top: float, rows: tuple) -> float:
    """A table of three columns ruled over and under its head row and under its rows, in 8 pt type,
    set in from both ends of the minipage x0..x1 from `top` down; returns its bottom rule's height."""
    pdf.set_font("Times", "", 8)
    pdf.set_line_width(0.2)
    left, right = x0 + 8, x1 - 8
    xs = (left + 2, left + (right - left) * 0.4, left + (right - left) * 0.72)
    pdf.line(left, top, right, top)
    for i, row in enumerate(rows):
        base = top + 3.6 + 3.8 * i + (0.8 if i else 0)
        for x, cell in zip(xs, row, strict=True):
            pdf.text(x, base, cell)
        if i == 0:
            pdf.line(left, base + 1.2, right, base + 1.2)
    bottom = top + 3.6 + 3.8 * len(rows)
    pdf.line(left, bottom, right, bottom)
    return bottom


def tables19_side_by_side_captions_page(path: str | Path) -> Path:
    """A page of floats only (a float page, or a paper's last page; no running text, so the tables'
    columns are the page's only columns of text): one float across the text's width holding two tables
    side by side in minipages 0.48 of the text's width, each under its own IEEE caption over it, on
    shared baselines: the label alone on its line ("TABLE I"), the caption's text in capitals under it
    in 6.5 pt type, each line centred (TABLES19_SIDE_CAPTIONS: the left one wraps onto a second line,
    beside which the right one has ended); each table ruled over and under its head row and under its
    rows (TABLES19_SIDE_ROWS)."""
    with _document(path) as pdf:
        halves = ((LEFT, LEFT + 0.48 * FULL_W), (LEFT + 0.52 * FULL_W, LEFT + FULL_W))
        for (x0, x1), number, lines in zip(halves, ("I", "II"), TABLES19_SIDE_CAPTIONS, strict=True):
            label = f"TABLE {number}"
            pdf.set_font("Times", "", 8)
            pdf.text((x0 + x1 - pdf.get_string_width(label)) / 2, 30, label)
            pdf.set_font("Times", "", 6.5)
            texts = [lines[0].split(": ", 1)[1].upper(), *(line.upper() for line in lines[1:])]
            for k, text in enumerate(texts):
                pdf.text((x0 + x1 - pdf.get_string_width(text)) / 2, 33.2 + 2.9 * k, text)
        for (x0, x1), rows in zip(halves, TABLES19_SIDE_ROWS, strict=True):
            _tables19_side_table(pdf, x0, x1, 41.0, rows)
    return Path(path)


TABLES19_SPARSE_HEAD = ("Data Structure", "Bit Rate", "Mnemonic", "Value")
TABLES19_SPARSE_ROWS = (
    ("table_id", "8", "uimsbf", "0x91"),
    ("section_syntax_indicator", "1", "bslbf", ""),
    ("hw_core_flag", "1", "bslbf", ""),
    ("reserved", "2", "bslbf", ""),
    ("section_length", "12", "uimsbf", ""),
    ("core_number", "16", "uimsbf", ""),
    ("version_number", "5", "uimsbf", ""),
    ("current_next_indicator", "1", "bslbf", ""),
    ("section_number", "8", "uimsbf", ""),
    ("last_section_number", "8", "uimsbf", ""),
    ("CRC_32", "32", "rpchof", ""),
)
"""`tables19_sparse_last_column_page`'s table: its last column holds a value in its first row only."""


def tables19_sparse_last_column_page(path: str | Path) -> Path:
    """A two-column page of running text, and in the left column under it a table as a bitstream syntax
    is set (TABLES19_SPARSE_HEAD over TABLES19_SPARSE_ROWS, 9 pt): its caption over it ("TABLE II" and
    its text), a frame of rules around it, a rule under the head row; its last column, a narrow white
    away from the one before, holds the head and one value only."""
    with _document(path) as pdf:
        _paragraph(pdf, COL2, 30, COL_W, prose_words("beta", 0, 260))
        y = _paragraph(pdf, LEFT, 30, COL_W, prose_words("alpha", 0, 60)) + PARA_GAP
        _tables19_centred_in(pdf, LEFT, COL_W, y, "TABLE II", 8)
        _tables19_centred_in(pdf, LEFT, COL_W, y + 3.5, "THE UPDATE INFORMATION TABLE", 8)
        top = y + 6
        xs = (LEFT + 2, LEFT + 40, LEFT + 54, LEFT + 71)
        pdf.set_line_width(0.2)
        pdf.set_font("Times", "", 9)
        for x, head in zip(xs, TABLES19_SPARSE_HEAD, strict=True):
            pdf.text(x, top + 4, head)
        pdf.line(LEFT, top + 5.5, LEFT + COL_W, top + 5.5)
        for i, row in enumerate(TABLES19_SPARSE_ROWS):
            for x, cell in zip(xs, row, strict=True):
                if cell:
                    pdf.text(x, top + 9.5 + 4 * i, cell)
        bottom = top + 7 + 4 * len(TABLES19_SPARSE_ROWS)
        pdf.line(LEFT, top, LEFT + COL_W, top)
        pdf.line(LEFT, bottom, LEFT + COL_W, bottom)
        pdf.line(LEFT, top, LEFT, bottom)
        pdf.line(LEFT + COL_W, top, LEFT + COL_W, bottom)
        _paragraph(pdf, LEFT, bottom + 8, COL_W, prose_words("gamma", 0, 80))
    return Path(path)


def _tables19_centred_in(pdf: FPDF, x: float, width: float, y: float, text: str, size: float) -> None:
    """`text` in Times at `size` centred in the x..x+width column at baseline `y`."""
    pdf.set_font("Times", "", size)
    pdf.text(x + (width - pdf.get_string_width(text)) / 2, y, text)


TABLES19_BOLD_HEAD = ("Data set", "Lay1", "Noi5", "Sam1", "Gra3")
TABLES19_BOLD_ROWS = (
    ("Sparse", "0.794", "0.831", "0.263", "0.46"),
    ("", "*0.867", "*0.912", "", ""),
    ("Signal", "0.963", "0.746", "0.282", "0.84"),
    ("Base", "0.169", "0.483", "0.638", "0.43"),
    ("Sample", "0.216", "0.830", "0.782", "0.45"),
)
"""`tables19_bold_values_page`'s rows: a value marked "*" is set in bold; the second row holds only two
bold values (the best of the row over it, set on a line of their own)."""


def tables19_bold_values_page(path: str | Path) -> Path:
    """A one-column page: running text, a caption, and under it an unruled table (TABLES19_BOLD_HEAD over
    TABLES19_BOLD_ROWS, 10 pt, five columns 25 mm apart), whose second row is two bold values and
    nothing else, a short line alone on its row in bold as a heading would be; then running text."""
    with _document(path) as pdf:
        y = _paragraph(pdf, LEFT, 30, FULL_W, prose_words("alpha", 0, 60)) + PARA_GAP
        pdf.set_font("Times", "", 10)
        pdf.text(LEFT + 20, y, "Table 1: Token wavelet optimal latent token speech layer for table number 1.")
        xs = [LEFT + 10 + 12 * i for i in range(5)]
        y += 8
        for x, head in zip(xs, TABLES19_BOLD_HEAD, strict=True):
            pdf.text(x, y, head)
        for k, row in enumerate(TABLES19_BOLD_ROWS):
            y += 8 if k in (1, 2) else 5  # the bold values' row set apart by more
            for x, cell in zip(xs, row, strict=True):
                pdf.set_font("Times", "B" if cell.startswith("*") else "", 10)
                pdf.text(x, y, cell.lstrip("*"))
        _paragraph(pdf, LEFT, y + 10, FULL_W, prose_words("delta", 0, 80))
    return Path(path)


HEADER13_TITLE = ("e-Regularised attention", "streaming parsing multilingual")
"""Typed as drawn: the first line's "e" is the Symbol font's epsilon ("ε")."""
HEADER13_INSIDE = ("Transfer kernels n-Document inference", "evaluation models structured")
"""A math letter opening a compound inside the title: the italic "n" of "$n$-Document"."""


def header13_math_small_caps_title_page(
    path: str | Path, title: Sequence[str] = HEADER13_TITLE, steps: Sequence[float] = ()
) -> Path:
    """A title in small capitals (24 pt capitals over 19.2 pt small letters) holding a compound opened by
    a math letter in another face, as "\\textsc{$\\epsilon$-Regularised …}" prints it: the math letter
    (the Symbol font's epsilon for "e", else Times italic) touching the hyphen and the word in the title's
    face; its second line all in small letters (words opening in lower case); then a line of names,
    their affiliation, an abstract and a body. `steps`: the baseline step under each title line in mm (10)."""
    with _document(path) as pdf:
        y = 30.0
        for k, line in enumerate(title):
            pieces: list[tuple[str, str, str, float]] = []
            for n, word in enumerate(line.split()):
                if n:
                    pieces.append((" ", "Times", "", 19.2))
                if word[1:2] == "-" and word[:1].islower():  # "$k$-Word": the math letter, "-W", "ORD"
                    math = ("Symbol", "") if word[0] == "e" else ("Times", "I")
                    pieces += [(word[0], *math, 24.0), (word[1:3], "Times", "", 24.0)]
                    pieces.append((word[3:].upper(), "Times", "", 19.2))
                    continue
                head = 1 if word[:1].isupper() else 0
                pieces += [(word[:head], "Times", "", 24.0), (word[head:].upper(), "Times", "", 19.2)]
            width = 0.0
            for piece, family, style, points in pieces:
                pdf.set_font(family, style, points)
                width += pdf.get_string_width(piece)
            x = (PAGE_W - width) / 2
            for piece, family, style, points in pieces:
                pdf.set_font(family, style, points)
                if piece.strip():
                    pdf.text(x, y, piece)
                x += pdf.get_string_width(piece)
            y += steps[k] if steps else 10
        _centred(pdf, y + 4, "Ann Lee, Bo Kim and Mei Chen", "Times", "", 11)
        _centred(pdf, y + 9, "Department of Computer Science, University of Toronto", "Times", "", 10)
        _abstract_and_body(pdf, y + 22)
    return Path(path)


def sections12_bold_label_page(path: str | Path, label: str = "Results:") -> Path:
    """Numbered sections ("1 Introduction" to "4 Conclusion", bold at 12 pt), each over its paragraph;
    in section 3, after its paragraph, `label` alone on a line in bold Times at the text's size over a
    paragraph of its own (a \\textbf{Results:} label, or a \\subsubsection* without the colon)."""
    with _document(path) as pdf:
        y = 30.0
        for n, title in enumerate(("1 Introduction", "2 Method", "3 Evaluation", "4 Conclusion")):
            y = _heading(pdf, LEFT, y, title)
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(f"s{n}", 0, 40), "end."]) + PARA_GAP + 2
            if n == 2:
                pdf.set_font("Times", "B", BODY_SIZE)
                pdf.text(LEFT, y, label)
                y = (
                    _paragraph(pdf, LEFT, y + LEADING, FULL_W, [*prose_words("lab", 0, 40), "end."])
                    + PARA_GAP
                    + 2
                )
    return Path(path)


TABLES20_STACKED = (
    (("K-S Test", "BPSK", "QPSK", "16-QAM"), ("BPSK", "9999", "0", "1"), ("QPSK", "4", "5591", "2403")),
    (("C-v-M Test", "BPSK", "QPSK", "16-QAM"), ("BPSK", "10000", "0", "0"), ("QPSK", "1", "6074", "1918")),
    (("ML Classifier", "BPSK", "QPSK", "16-QAM"), ("BPSK", "10000", "0", "0"), ("QPSK", "0", "9774", "194")),
)
"""`tables20_stacked_grids_page`'s three tabulars, top to bottom, row by row."""


def tables20_stacked_grids_page(path: str | Path, first_columns: float = 18.0) -> Path:
    """A page of floats only: one IEEE table float, its caption over it ("TABLE I" on its line, the
    caption's text in capitals under it, both centred), holding the tabulars of TABLES20_STACKED stacked
    one over another 0.55 mm apart, in 8 pt type, each in a full grid of its own (| and \\hline under
    every row): each tabular's first column as wide as its widest stub, so that their rules start and
    end a little apart, as separate tabulars centred in one float set them. The first tabular's value
    columns are `first_columns` mm wide (the others' 18 mm): narrower, its rules run under less than
    the widest rows of the float."""
    with _document(path) as pdf:
        pdf.set_font("Times", "", 8)
        _centred(pdf, 30, "TABLE I", "Times", "", 8)
        _centred(pdf, 33.5, "CONFUSION MATRICES OF THE CLASSIFIERS AT LOW NOISE", "Times", "", 8)
        pdf.set_line_width(0.2)
        top = 37.0
        for k, rows in enumerate(TABLES20_STACKED):
            pdf.set_font("Times", "", 8)
            stub = max(pdf.get_string_width(r[0]) for r in rows) + 4
            value = first_columns if k == 0 else 18.0
            widths = (stub, value, value, value)
            left = LEFT + (FULL_W - sum(widths)) / 2
            xs = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
            pdf.line(xs[0], top, xs[-1], top)
            for i, row in enumerate(rows):
                base = top + 3.2 * (i + 1) - 0.8
                for k, cell in enumerate(row):
                    pdf.text((xs[k] + xs[k + 1] - pdf.get_string_width(cell)) / 2, base, cell)
                pdf.line(xs[0], top + 3.2 * (i + 1), xs[-1], top + 3.2 * (i + 1))
            bottom = top + 3.2 * len(rows)
            for x in xs:
                pdf.line(x, top, x, bottom)
            top = bottom + 0.55
    return Path(path)


TABLES20_LAST_LINE = "accuracy."
"""`tables20_last_line_over_caption_page`'s last line of the paragraph over the float."""
TABLES20_CAPTION = "Table 3: Calculation of accuracy in the alignment algorithm"
TABLES20_ROWS = (
    ("Criteria to be checked", "TP", "TN", "FP", "FN"),
    ("Match found in window?", "Yes", "Yes", "No", "No"),
    ("Spell correction done?", "Yes", "No", "Yes", "No"),
)
"""`tables20_last_line_over_caption_page`'s table, row by row."""


def tables20_last_line_over_caption_page(path: str | Path) -> Path:
    """A page of running text, then a one-column page (elsarticle's preprint): a paragraph whose last
    line holds one word
    (TABLES20_LAST_LINE) flush left, then a table float set here: its caption over it (TABLES20_CAPTION,
    centred), the tabular under it in a full grid of its own (| and \\hline under every row,
    TABLES20_ROWS), then more running text."""
    with _document(path) as pdf:
        _paragraph(pdf, LEFT, 30, FULL_W, prose_words("gamma", 0, 300))
        pdf.add_page()
        y = _paragraph(pdf, LEFT, 30, FULL_W, prose_words("alpha", 0, 80))
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT, y, TABLES20_LAST_LINE)
        y += LEADING + 3
        _centred(pdf, y, TABLES20_CAPTION, "Times", "", BODY_SIZE)
        top = y + 4
        pdf.set_font("Times", "", BODY_SIZE)
        widths = (50.0, 16.0, 16.0, 16.0, 16.0)
        left = LEFT + (FULL_W - sum(widths)) / 2
        xs = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
        pdf.set_line_width(0.2)
        pdf.line(xs[0], top, xs[-1], top)
        for i, row in enumerate(TABLES20_ROWS):
            base = top + 6.5 * (i + 1) - 2.2
            for k, cell in enumerate(row):
                pdf.text(xs[k] + 1.5, base, cell)
            pdf.line(xs[0], top + 6.5 * (i + 1), xs[-1], top + 6.5 * (i + 1))
        bottom = top + 6.5 * len(TABLES20_ROWS)
        for x in xs:
            pdf.line(x, top, x, bottom)
        _paragraph(pdf, LEFT, bottom + 10, FULL_W, prose_words("beta", 0, 120))
    return Path(path)


REFZONE4_UNINDENTED = (
    (
        ("Allison L. A., Fuad M. M., 2016, in Proceedings of the International Conference on", 1.0),
        ("Mobile Software Engineering and Systems (MOBILESoft), Austin, May 2016.", 1.0),
        ("ACM, New York, NY, USA, pp 17-18", 0.0),
    ),
    (
        ("Hawkins J., Blakeslee S., 2007, On Intelligence: How a New Understanding of the", 1.0),
        ("Brain will Lead to the Creation of Truly Intelligent Machines. Macmillan", 0.98),
    ),
    (("Helberger N., Diakopoulos N., 2023, Internet Policy Review, 12, 1", 0.0),),
    (("Webster F. B., 1995, Pitfalls of Object-Oriented Development in Practice. M & T Books", 0.0),),
    (("Wu W., Wu J., Wang Y., Zhen Ling M. Y., 2016, Information Sciences, 12, 44", 0.0),),
)
"""MNRAS's bibliography without natbib: entries neither labelled nor indented, justified, no closing stop.
Each line with the share of the column width it is stretched to (0: as set, the entry's last line): a
full line ending in a stop before an entry's publisher ('… 2016.' / 'ACM, New York, …'), a last line that
nearly fills ('… Macmillan'), and one that fills by chance, the longest as set ('… M & T Books')."""


def refzone4_unindented_author_year_paper(
    path: str | Path, entries: Sequence[Sequence[tuple[str, float]]] = REFZONE4_UNINDENTED
) -> Path:
    """A one-column page: "1 Introduction" and a paragraph, a bold "References", then `entries` in 8 pt
    Times, every line flush left, each line's words spread to its share of the column, the column as wide
    as the longest line set."""
    size = 8.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction", size=12)
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 120), "end."]) + 2 * PARA_GAP
        y = _heading(pdf, LEFT, y, "References", size=12)
        pdf.set_font("Times", "", size)
        width = max(pdf.get_string_width(text) for entry in entries for text, _ in entry)
        for entry in entries:
            for text, share in entry:
                words = text.split()
                gap = pdf.get_string_width(" ")
                if share and len(words) > 1:
                    gap = (share * width - sum(pdf.get_string_width(w) for w in words)) / (len(words) - 1)
                x = LEFT
                for word in words:
                    pdf.text(x, y, word)
                    x += pdf.get_string_width(word) + gap
                y += size * 0.42
    return Path(path)


REFZONE4_BIOGRAPHIES = (
    "Niklas Lauter is pursuing a Ph.D. in Production Management at the Vienna University of Economics, "
    "Austria. He holds a B.A. in Social Science and an M.A. in Sociology. His email address is "
    "niklas.lauter@example.com.",
    "Hans Ehm is a Senior Principal Engineer in Supply Chain and heads the Supply Chain Innovation "
    "department. He holds a diploma in Applied Physics. His email address is hans.ehm@example.com.",
    "Gerald Reiner is a professor in the field of Operations Management. He holds a diploma in Business "
    "Administration. His email address is gerald.reiner@example.com.",
)
"""Author biographies as a journal prints them after the references, each a paragraph of its own."""


def refzone4_biographies_paper(path: str | Path, biographies: Sequence[str] = REFZONE4_BIOGRAPHIES) -> Path:
    """refvenue10_author_year_paper's page (an author-year bibliography, hanging indent), then a second page
    that holds only `biographies`: flush-left paragraphs in the entries' type, 4 mm apart, no heading."""
    size = 10.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction", size=12)
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 120), "end."]) + 2 * PARA_GAP
        y = _heading(pdf, LEFT, y, "References", size=12)
        pdf.set_font("Times", "", size)
        for entry in REFVENUE10_AUTHOR_YEAR:
            first, *rest = _wrap(pdf, entry.split(), FULL_W - 30)
            pdf.text(LEFT, y, first)
            for line in _wrap(pdf, " ".join(rest).split(), FULL_W - 34) if rest else []:
                y += size * 0.42
                pdf.text(LEFT + 4, y, line)
            y += size * 0.42 + 2.5
        pdf.add_page()
        pdf.set_font("Times", "", size)
        y = 30.0
        for biography in biographies:
            for line in _wrap(pdf, biography.split(), FULL_W):
                pdf.text(LEFT, y, line)
                y += size * 0.42
            y += 4
    return Path(path)


REFZONE4_ISSUE_BREAK = (
    (
        "[1] C. K. Rastogi, S. Saha, S. Sivakumar, and G. S. Pala. Kinetically stabilized aliovalent",
        "europium-doped magnesium oxide as a UV sensitized phosphor. Phys. Chem. Chem. Phys., 17",
        "(6):4600-4608, 2015.",
    ),
    (
        "[2] R. Recio, P. Culley, D. Garcia, and J. Hilland. An RDMA protocol specification. Technical",
        "report, IETF, 2007.",
    ),
    (
        "[3] J. Shun and K. Tangwongsan. Multicore triangle computations without tuning. Data Engineering, 31",
        "(2), 2015.",
    ),
    (
        "[4] A. Wang and B. Lee. Counting triangles in large graphs. Journal of Graph Algorithms, 12(3):1-9, 2019.",
    ),
)
"""plainnat-style entries whose line breaks before the issue number ('…, 17' / '(6):4600-4608, 2015.'): natbib's
styles put a break point ('\\penalty0') between a volume and its '(number)'."""


def refzone4_issue_break_paper(
    path: str | Path, entries: Sequence[Sequence[str]] = REFZONE4_ISSUE_BREAK
) -> Path:
    """A one-column page: "1 Introduction" and a paragraph, a bold "References", then `entries` in 9 pt Times,
    each given line by line, every line flush with the labels (a list that does not hang its entries)."""
    size = 9.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction", size=12)
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 120), "end."]) + 2 * PARA_GAP
        y = _heading(pdf, LEFT, y, "References", size=12)
        pdf.set_font("Times", "", size)
        for entry in entries:
            for line in entry:
                pdf.text(LEFT, y, line)
                y += size * 0.42
            y += 1.5
    return Path(path)


HEADER14_TITLE = ("Inference evaluation document language", "optimisation attention benchmark")
HEADER14_SUBTITLE = "document evaluation neural sparse"
"""`header14_sentence_case_subtitle_page`'s title lines and its second part, typed in sentence case."""


def header14_sentence_case_subtitle_page(path: str | Path) -> Path:
    """A title in small capitals (17.28 pt capitals over 13.8 pt small letters, baselines 7.5 mm apart)
    in sentence case, HEADER14_TITLE, then its second part set by hand in smaller small capitals
    (\\Large: 11.5 pt small letters), HEADER14_SUBTITLE, in sentence case so all in small letters, one
    size and no capital, a baseline step under it; then a line of names in bold (12 pt) further down,
    their affiliation, an abstract and a body (IJCAI's page, header_corpus.py's FORM range)."""

    def centred(y: float, pieces: list[tuple[str, float]]) -> None:
        width = 0.0
        for piece, points in pieces:
            pdf.set_font("Times", "", points)
            width += pdf.get_string_width(piece)
        x = (PAGE_W - width) / 2
        for piece, points in pieces:
            pdf.set_font("Times", "", points)
            if piece.strip():
                pdf.text(x, y, piece)
            x += pdf.get_string_width(piece)

    with _document(path) as pdf:
        y = 30.0
        for line in HEADER14_TITLE:
            pieces: list[tuple[str, float]] = []
            for n, word in enumerate(line.split()):
                if n:
                    pieces.append((" ", 13.8))
                head = 1 if word[:1].isupper() else 0
                pieces += [(word[:head], 17.28), (word[head:].upper(), 13.8)]
            centred(y, pieces)
            y += 7.5
        centred(y, [(HEADER14_SUBTITLE.upper(), 11.5)])
        _centred(pdf, y + 10, "Ann Lee, Bo Kim and Mei Chen", "Times", "B", 12)
        _centred(pdf, y + 16, "Department of Computer Science, University of Toronto", "Times", "", 12)
        _abstract_and_body(pdf, y + 28)
    return Path(path)


HEADER14_COLON_TITLE = ("e-Robust prediction streaming neural", "kernels multilingual efficient:")
HEADER14_COLON_SUBTITLE = "transfer benchmark robust graph"
"""`header14_colon_subtitle_page`'s title lines (the "e" the Symbol font's epsilon) and its subtitle."""


def header14_colon_subtitle_page(path: str | Path) -> Path:
    """A title in small capitals and sentence case (24 pt capitals over 19.2 pt small letters, baselines
    7.5 mm apart) opened by a math letter ("$\\epsilon$-Robust", the Symbol font's epsilon), its second
    line ending in a colon, HEADER14_COLON_TITLE, and on a third line the subtitle after the colon,
    HEADER14_COLON_SUBTITLE, 9.5 mm down (the widest gap of the block, as TeX's boxes give the generated
    page's subtitle line, all in small letters, under a line whose foot a letter of capital size lowers):
    the two lines all in small letters; then a line of names, their affiliation, an abstract and a body."""
    lines = (*HEADER14_COLON_TITLE, HEADER14_COLON_SUBTITLE)
    return header13_math_small_caps_title_page(path, lines, (7.5, 9.5, 7.5))


HEADER14_SUBSCRIPT_TITLE = ("l1-Neural parsing document", "retrieval evaluation prediction")
"""`header14_subscript_compound_page`'s title: "l1" is the italic "l" and its subscript "1"."""


def header14_subscript_compound_page(path: str | Path) -> Path:
    """A title in small capitals (24 pt capitals over 19.2 pt small letters), HEADER14_SUBSCRIPT_TITLE,
    opened by a compound whose math letter carries a subscript, as "\\textsc{$\\ell_1$-Neural …}"
    prints it: the italic "l" (24 pt), its subscript "1" (16.8 pt, 1.4 mm lower), "-N" (24 pt) and
    "EURAL" in the small letters, each drawn on its own; its second line all in small letters; then a
    line of names, their affiliation, an abstract and a body."""
    with _document(path) as pdf:
        first, second = HEADER14_SUBSCRIPT_TITLE
        rest = first.split(" ", 1)[1].upper()
        pieces = [
            ("l", "I", 24.0, 0.0),
            ("1", "", 16.8, 1.4),
            ("-N", "", 24.0, 0.0),
            ("EURAL " + rest, "", 19.2, 0.0),
        ]
        x = 40.0
        for piece, style, points, drop in pieces:
            pdf.set_font("Times", style, points)
            pdf.text(x, 30 + drop, piece)
            x += pdf.get_string_width(piece)
        _centred(pdf, 40, second.upper(), "Times", "", 19.2)
        _centred(pdf, 48, "Ann Lee, Bo Kim and Mei Chen", "Times", "", 11)
        _centred(pdf, 53, "Department of Computer Science, University of Toronto", "Times", "", 10)
        _abstract_and_body(pdf, 66)
    return Path(path)


HEADER14_DELTA_TITLE = (
    "D-Efficient representations adaptive",
    "scalable document neural",
    "uncertainty streaming",
)
"""`header14_delta_title_page`'s title lines: "D" is the Symbol font's Delta."""


def header14_delta_title_page(path: str | Path) -> Path:
    """An anonymous build's title page (NeurIPS's): a title in small capitals (24 pt capitals over 19.2 pt
    small letters; its second line 12.5 mm under its first, its third 10 mm under that),
    HEADER14_DELTA_TITLE, its first line opened by a compound whose
    capital Greek letter is the Symbol font's ("$\\Delta$-Efficient": "D" in Symbol, then "-E" and the
    small letters in Times), its other lines all in small letters; then the "Anonymous Author(s)" block
    ("Affiliation", "Address", "email" lines), an abstract and a body."""
    with _document(path) as pdf:
        y = 30.0
        for k, line in enumerate(HEADER14_DELTA_TITLE):
            head, rest = line.split(" ", 1) if k == 0 else ("", line)
            pieces = (
                [("D", "Symbol", 24.0), ("-E", "Times", 24.0), (head[3:].upper() + " ", "Times", 19.2)]
                if head
                else []
            )
            pieces.append((rest.upper(), "Times", 19.2))
            width = 0.0
            for piece, family, points in pieces:
                pdf.set_font(family, "", points)
                width += pdf.get_string_width(piece)
            x = (PAGE_W - width) / 2
            for piece, family, points in pieces:
                pdf.set_font(family, "", points)
                pdf.text(x, y, piece)
                x += pdf.get_string_width(piece)
            y += 12.5 if k == 0 else 10
        for n, text in enumerate(("Anonymous Author(s)", "Affiliation", "Address", "email")):
            _centred(pdf, y + 4 + 5 * n, text, "Times", "", 12)
        _abstract_and_body(pdf, y + 34)
    return Path(path)


def dropcap_page(path: str | Path, rest: str = "EACTIVE", letter: str = "R") -> Path:
    """IEEEtran's \\IEEEPARstart: under "I. INTRODUCTION", the paragraph's first `letter` set in 28 pt
    over two lines, the rest of its word (`rest`: IEEE prints it in capitals, lettrine in small letters)
    and the first line's words beside it at 10 pt, the second line indented past the letter, the rest of
    the paragraph at the column's edge, where `rest` comes again in small letters."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION")
        pdf.set_font("Times", "", 28)
        pdf.text(LEFT, y + LEADING, letter)
        indent = pdf.get_string_width(letter) + 0.5
        words = [rest, "synthesis", "is", *prose_words("dropcap", 0, 40), rest.lower(), "again", "end."]
        pdf.set_font("Times", "", BODY_SIZE)
        lines = _wrap(pdf, words[:24], FULL_W - indent)
        for k, line in enumerate(lines[:2]):
            pdf.text(LEFT + indent, y + k * LEADING, line)
        tail = " ".join(words[:24])[len(" ".join(lines[:2])) :].split() + words[24:]
        _paragraph(pdf, LEFT, y + 2 * LEADING, FULL_W, tail)
    return Path(path)


TABLES21_CAPTION = "Table 1: Accuracy of the two settings on the test data."
TABLES21_GROUPED = (
    ("Model", "Speech adaptive", "Optimal robust", "Channel-5", "Sparse-1"),
    ("Sample-3", "0.685", "0.376", "0.494", "0.217"),
    ("Sample-1", "0.568", "0.192", "0.464", "0.165"),
    ("Speech", "0.464", "0.309", "0.593", "0.420"),
)
"""`tables21_stacked_page`'s first tabular with group heads, under its heads SPEECH and Transfer-7."""
TABLES21_GROUPS = (("SPEECH", 1, 2), ("Transfer-7", 3, 4))
TABLES21_UNDER = (
    ("Setting", "Adaptive dense", "Graph-2"),
    ("Encoder", "94.5", "83.3"),
    ("Channel", "93.3", "89.2"),
    ("Baseline", "14.3", "82.5"),
)
"""`tables21_stacked_page`'s second tabular, narrower, stacked under the first."""


def _tables21_rows(pdf: FPDF, top: float, rows: Sequence[Sequence[str]], widths: Sequence[float]) -> float:
    """A tabular of `rows` centred on the page, 9 pt Times, \\hline over it, under its head and under it
    (llncs style). Returns the bottom rule's height."""
    left = LEFT + (FULL_W - sum(widths)) / 2
    xs = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
    pitch = 4.0
    pdf.set_font("Times", "", 9)
    pdf.line(xs[0], top, xs[-1], top)
    for i, row in enumerate(rows):
        base = top + pitch * (i + 1) - 1.0
        for k, cell in enumerate(row):
            pdf.text(xs[k] + 1.5, base, cell)
        if i == 0:
            pdf.line(xs[0], top + pitch + 0.3, xs[-1], top + pitch + 0.3)
    bottom = top + pitch * len(rows) + 0.8
    pdf.line(xs[0], bottom, xs[-1], bottom)
    return bottom


def tables21_stacked_page(path: str | Path) -> Path:
    """A page of running text holding one table float under its caption (TABLES21_CAPTION, centred):
    two tabulars stacked in it, each ruled with \\hline over it, under its head and under it, 4 mm apart,
    the second (TABLES21_UNDER) narrower, so that their rules differ in ends. The first is
    TABLES21_GROUPED under a line of two group heads (TABLES21_GROUPS: SPEECH in capitals over its two
    columns, Transfer-7 over the next two), a rule over them and one under them."""
    with _document(path) as pdf:
        y = _paragraph(pdf, LEFT, 30.0, FULL_W, [*prose_words("t21a", 0, 60), "end."]) + PARA_GAP + 4
        _centred(pdf, y, TABLES21_CAPTION, "Times", "", 9)
        top = y + 4.0
        pdf.set_line_width(0.2)
        widths = (24.0, 30.0, 30.0, 20.0, 18.0)
        left = LEFT + (FULL_W - sum(widths)) / 2
        xs = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
        pdf.line(xs[0], top, xs[-1], top)
        pdf.set_font("Times", "", 9)
        for text, a, b in TABLES21_GROUPS:
            pdf.text((xs[a] + xs[b + 1] - pdf.get_string_width(text)) / 2, top + 3.0, text)
        bottom = _tables21_rows(pdf, top + 4.0, TABLES21_GROUPED, widths)
        bottom = _tables21_rows(pdf, bottom + 4.0, TABLES21_UNDER, (26.0, 28.0, 18.0))
        _paragraph(pdf, LEFT, bottom + 10, FULL_W, [*prose_words("t21b", 0, 60), "end."])
    return Path(path)


def starred_note_page(
    path: str | Path, star: tuple[str, str] = ("ZapfDingbats", "H"), notice: str | None = None
) -> Path:
    """LNCS's \\thanks note at the first page's foot, marked by a star (`star`: font and character; the
    default ZapfDingbats "H" is a black star, Symbol's "*" the math asterisk) in 8 pt under a short rule,
    under a paragraph that a page break cuts mid-sentence; it goes on at the top of page 2. With a
    `notice`, that text instead, unmarked, in 9 pt, centred at the foot (NeurIPS's "Submitted to …")."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        words = [*prose_words("starred", 0, 520), "end."]
        pdf.set_font("Times", "", BODY_SIZE)
        lines = _wrap(pdf, words, FULL_W)
        for line in lines:
            if y > 250:
                break
            pdf.text(LEFT, y, line)
            y += LEADING
        done = lines.index(line)
        if notice:
            _centred(pdf, 270, notice, "Times", "", 9)
        else:
            pdf.line(LEFT, 262, LEFT + 30, 262)
            pdf.set_font(star[0], "", 8)
            pdf.text(LEFT, 267, star[1])
            pdf.set_font("Times", "", 8)
            pdf.text(LEFT + 3, 267, "Supported by the Research Council of Norway and by the Alpha Foundation")
        pdf.add_page()
        rest = [ln.lower() for ln in lines[done:]]
        _paragraph(pdf, LEFT, 25, FULL_W, " ".join(rest).split())
    return Path(path)


def figure_labels_page(path: str | Path) -> Path:
    """A display equation "y = (a + b) / 2" numbered "(1)" over a drawn plot (a frame and a curve) with
    labels in 8 pt: panel letters "(a)" hanging over its top edge and "(b)" inside it, a tick row and the
    axis title "Time (s)" under it; then its caption "Figure 1: ..." and a paragraph."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "end."]) + 4
        pdf.set_font("Times", "", BODY_SIZE)
        equation = "y = (a + b) / 2"
        pdf.text(LEFT + (FULL_W - pdf.get_string_width(equation)) / 2, y, equation)
        pdf.text(LEFT + FULL_W - pdf.get_string_width("(1)"), y, "(1)")
        top = y + 12
        left, width, height = LEFT + 40, FULL_W - 80, 50
        pdf.rect(left, top, width, height, "D")
        pdf.polyline([(left + 10 * k, top + height - 4 * k) for k in range(11)])
        pdf.set_font("Times", "", 8)
        pdf.text(left - 2, top - 1, "(a)")
        pdf.text(left + width / 2, top + 8, "(b)")
        ticks = "0 2 4 6 8 10"
        pdf.text(left + (width - pdf.get_string_width(ticks)) / 2, top + height + 3.2, ticks)
        pdf.text(left + (width - pdf.get_string_width("Time (s)")) / 2, top + height + 6.7, "Time (s)")
        caption = ["Figure", "1:", *prose_words("caption", 0, 12), "end."]
        y = _paragraph(pdf, LEFT, top + height + 10.5, FULL_W, caption) + PARA_GAP
        _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("beta", 0, 40), "end."])
    return Path(path)


def spaced_listing_page(path: str | Path) -> Path:
    """A short paper's page: "1 Introduction" over three paragraphs at 10 pt (240 words), then a code
    listing at 7 pt in Times set in fixed columns, each letter a word of its own (20 lines of 24 letters
    0.9 pt apart, as listings sets a proportional font), more words than the text, fewer letters."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        for part in ("alpha", "beta", "gamma"):
            y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words(part, 0, 79), "end."]) + PARA_GAP
        pdf.set_font("Times", "", 7)
        for k in range(20):
            x = LEFT
            for char in "autotaskflowemplacerun()":
                pdf.text(x, y + 3 * k, char)
                x += pdf.get_string_width(char) + 0.32
    return Path(path)


HEADER15_GRADED_BYLINE = (
    "Ann Lee, Bo Kim, Mei Chen, Noa",
    "Dunn, Senior Member, IEEE, Eve Fox, Life",
    "Fellow, IEEE, Gil Hart, Ida Moss, Omar di",
    "Haddad, Lena Vogel",
)
HEADER15_GRADED_NAMES = (
    "Ann Lee",
    "Bo Kim",
    "Mei Chen",
    "Noa Dunn",
    "Eve Fox",
    "Gil Hart",
    "Ida Moss",
    "Omar di Haddad",
    "Lena Vogel",
)
"""`header15_graded_byline_page`'s byline lines and the names they hold, in order."""


def header15_graded_byline_page(path: str | Path) -> Path:
    """An IEEE journal's title page in a narrow (technote) measure: a 24 pt title, then a byline of
    nine names whose first line has no membership grade and breaks inside a name ("…, Noa" / "Dunn,
    Senior Member, IEEE, …, Life" / "Fellow, IEEE, …"), HEADER15_GRADED_BYLINE, centred 11 pt lines
    4.5 mm apart; an abstract and a body under it; the affiliations in a footnote at the page's foot."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Sparse Attention for Document Retrieval", "Times", "", 24)
        y = 44.0
        for line in HEADER15_GRADED_BYLINE:
            _centred(pdf, y, line, "Times", "", 11)
            y += 4.5
        _abstract_and_body(pdf, y + 6)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 270, "The authors are with the Department of Computer Science, University of Toronto,")
        pdf.text(LEFT, 273.4, "Toronto, Canada (e-mail: ann.lee@utoronto.ca).")
    return Path(path)


HEADER15_TOUCHING_TITLE = ("Efficient Sparse Attention", "Transfer Multilingual:", "Kernels neural language")
"""`header15_touching_title_page`'s title lines, as typed (sentence case after the colon)."""


def header15_touching_title_page(path: str | Path) -> Path:
    """A title in small capitals (14.3 pt capitals over 11.5 pt small letters), HEADER15_TOUCHING_TITLE,
    its lines 6.3 mm apart, the part after the colon broken by hand and set 5.2 mm under (its capital's
    top 1.5 pt over the line above's foot); then a line of names, their affiliation, an abstract and a
    body."""
    with _document(path) as pdf:
        y = 30.0
        for k, line in enumerate(HEADER15_TOUCHING_TITLE):
            _header11_small_caps(pdf, y, line, 14.3, 11.5 / 14.3)
            y += 6.3 if k == 0 else 5.2
        _centred(pdf, y + 8, "Ann Lee, Bo Kim and Mei Chen", "Times", "", 11)
        _centred(pdf, y + 13, "Department of Computer Science, University of Toronto", "Times", "", 10)
        _abstract_and_body(pdf, y + 26)
    return Path(path)


HEADER15_SANS_TITLE = ("l1-Language Robust", "Streaming Optimisation")
"""`header15_scaled_sans_math_title_page`'s title lines, "l" the math letter."""


def header15_scaled_sans_math_title_page(path: str | Path) -> Path:
    """IEEEtran's Computer Society title (Helvetica scaled to 0.92: 24 pt type reads 22.1 pt) broken by
    hand, HEADER15_SANS_TITLE: its first word opened by a math letter in the math face's full 24 pt
    (an italic "l", its subscript "1" at 16.8 pt 1.4 mm lower, then "-Language" in the sans face),
    its lines 9 mm apart; then a line of names, their affiliation, an abstract and a body."""
    with _document(path) as pdf:
        first, second = HEADER15_SANS_TITLE
        pieces = [("l", "Times", "I", 24.0, 0.0), ("1", "Times", "", 16.8, 1.4)]
        pieces.append((first[2:], "Helvetica", "", 22.1, 0.0))
        x = 40.0
        for piece, family, style, points, drop in pieces:
            pdf.set_font(family, style, points)
            pdf.text(x, 30 + drop, piece)
            x += pdf.get_string_width(piece)
        pdf.set_font("Helvetica", "", 22.1)
        pdf.text(40, 39, second)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(40, 49, "Ann Lee, Bo Kim and Mei Chen")
        pdf.text(40, 54, "Department of Computer Science, University of Toronto, Toronto, Canada")
        _abstract_and_body(pdf, 66)
    return Path(path)


HEADER15_PAGE_TWO_NOTES = (
    "E. Fox · G. Hart",
    "Institute of Computing, Tsinghua University, Beijing, China",
    "Tel.: +86-10-6278-5001",
    "Fax: +86-10-6278-5002",
    "e-mail: eve.fox@tsinghua.edu.cn",
    "e-mail: gil.hart@tsinghua.edu.cn",
    "",
    "I. Moss",
    "School of Physics, University of Lyon, Lyon, France",
    "Tel.: +33-4-72-44-80-00",
    "e-mail: ida.moss@univ-lyon.fr",
    "",
    "W. Ode · Z. Ray",
    "Department of Chemistry, University of Oslo, Oslo, Norway",
    "Tel.: +47-22-85-50-50",
    "Fax: +47-22-85-50-51",
    "e-mail: will.ode@uio.no",
    "e-mail: zoe.ray@uio.no",
    "",
    "X. Yu",
    "Faculty of Law, Kyoto University, Kyoto, Japan",
    "e-mail: xin.yu@kyoto-u.ac.jp",
)
"""The second page's notes of `header15_institutes_overleaf_paper`: an institute list's rest long enough
to open over the page's foot (`PAGE_FOOT`)."""
HEADER15_OVERLEAF_NAMES = (
    "Ann Lee",
    "Bo Chen",
    "Noa van Dunn",
    "Eve Fox",
    "Gil Hart",
    "Ida Moss",
    "Will Ode",
    "Zoe Ray",
    "Xin Yu",
)


def header15_institutes_overleaf_paper(path: str | Path) -> Path:
    """`springer2_institutes_overleaf_paper`'s Springer journal page (HEADER15_OVERLEAF_NAMES) whose
    first page's notes end with a whole institute, and whose second page's foot goes on with a rest
    (HEADER15_PAGE_TWO_NOTES) that opens at 150 mm, over the page's foot, under a short introduction."""
    return springer2_institutes_overleaf_paper(
        path, HEADER15_OVERLEAF_NAMES, SPRINGER2_PAGE_ONE_NOTES[:7], (150, HEADER15_PAGE_TWO_NOTES), 60
    )


HEADER15_HYPHENATED_NOTE = (
    "Ann Lee and Øystein Chen are with the Department of Computer Science, Politecnico di Milano,",
    "Milan, Italy. E-mail: ann.lee@polimi.it, oys-",
    "tein.chen@polimi.it",
)
"""`header15_hyphenated_address_page`'s footnote: TeX hyphenated an address set as plain text."""


def header15_hyphenated_address_page(path: str | Path) -> Path:
    """An IEEE journal's title page: a title, the byline "Ann Lee and Øystein Chen", an abstract and a
    body, and at the page's foot the affiliation note HEADER15_HYPHENATED_NOTE, whose second address
    TeX broke with a hyphen inside the given name ("oys-" / "tein.chen@…")."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Sparse Attention for Document Retrieval", "Times", "", 24)
        _centred(pdf, 44, "Ann Lee and Øystein Chen", "Times", "", 11)
        _abstract_and_body(pdf, 56)
        pdf.set_font("Times", "", 8)
        for k, line in enumerate(HEADER15_HYPHENATED_NOTE):
            pdf.text(LEFT, 266 + 3.4 * k, line)
    return Path(path)


HEADER15_CUT_GRADE_BYLINE = ("Ann Lee, Bo Kim, Mei Chen, Noa Dunn, Life", "Fellow, IEEE, and Eve Fox, Senior")
"""`header15_cut_grade_page`'s name lines; a line "Member, IEEE" in italics ends the byline."""


def header15_cut_grade_page(path: str | Path) -> Path:
    """An IEEE journal's byline in a narrow measure that breaks inside two grades ("…, Life" / "Fellow,
    IEEE, …, Senior" / "Member, IEEE"), HEADER15_CUT_GRADE_BYLINE centred in 11 pt over the last grade's
    rest alone in 11 pt italics, under a 24 pt title; an abstract and a body, the affiliation footnote."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Sparse Attention for Document Retrieval", "Times", "", 24)
        y = 44.0
        for line in HEADER15_CUT_GRADE_BYLINE:
            _centred(pdf, y, line, "Times", "", 11)
            y += 4.5
        _centred(pdf, y, "Member, IEEE", "Times", "I", 11)
        _abstract_and_body(pdf, y + 10)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 270, "The authors are with the Department of Computer Science, University of Toronto,")
        pdf.text(LEFT, 273.4, "Toronto, Canada (e-mail: ann.lee@utoronto.ca).")
    return Path(path)


HEADER15_SPACED_TITLE = ("Attention Adaptive Parsing Optimisation", "Neural Representations Learning")
HEADER15_SPACED_SUBTITLE = "Multilingual sparse language graph"


def header15_spaced_title_page(path: str | Path) -> Path:
    """IEEEtran's draftcls title: HEADER15_SPACED_TITLE in 24 pt, double spaced (its lines 14.7 mm apart),
    its second line capitalised words alone; a second part set by hand in 14 pt display type,
    HEADER15_SPACED_SUBTITLE, 9.1 mm under it (closer in points than the title's lines, not in its type); then the byline (names with grades), an abstract and a
    body."""
    with _document(path) as pdf:
        _centred(pdf, 30, HEADER15_SPACED_TITLE[0], "Times", "", 24)
        _centred(pdf, 44.7, HEADER15_SPACED_TITLE[1], "Times", "", 24)
        _centred(pdf, 53.8, HEADER15_SPACED_SUBTITLE, "Times", "", 14)
        _centred(pdf, 66, "Ann Lee, Member, IEEE, Bo Kim, Fellow, IEEE, and Mei Chen", "Times", "", 11)
        _abstract_and_body(pdf, 80)
    return Path(path)


HEADER15_STARRED_TITLE = (
    "Representations Inference Document Adaptive",
    "Attention Uncertainty Efficient Kernels",
    "Retrieval Sparse Streaming Prediction",
)


def header15_starred_title_page(path: str | Path) -> Path:
    """LNCS's title (14.3 pt bold, lines 6.3 mm apart), HEADER15_STARRED_TITLE, its second line capitalised
    words alone, its last line ending in a \\thanks mark (a 10 pt star raised 3 mm, its top over the line's); then a line of names,
    their institute, an abstract and a body."""
    with _document(path) as pdf:
        y = 30.0
        for line in HEADER15_STARRED_TITLE:
            _centred(pdf, y, line, "Times", "B", 14.3)
            y += 6.3
        pdf.set_font("Times", "B", 14.3)
        x = (PAGE_W + pdf.get_string_width(HEADER15_STARRED_TITLE[-1])) / 2
        pdf.set_font("Times", "", 10)
        pdf.text(x + 0.3, y - 6.3 - 3.0, "*")
        _centred(pdf, y + 6, "Ann Lee, Bo Kim, and Mei Chen", "Times", "", 10)
        _centred(pdf, y + 13, "Department of Computer Science, University of Toronto", "Times", "", 9)
        _abstract_and_body(pdf, y + 26)
    return Path(path)


HEADER15_ORCID_BYLINE = (
    (("Anna Kowalski", "1,3[0000-0002-2651-0745]"), ("Noa Garcia", "2[0000-0003-0024-5383]")),
    (("Zoe S. von Lindqvist", "3[0000-0001-6585-7823]"),),
    (("Ana von Simek", "4[0000-0001-6583-3347]"), ("Chloe Schmidt", "2[0000-0002-8942-8068]")),
    (("Jean-Luc de la Patel", "1[0000-0003-2020-5930]"),),
    (("Lukas Zhang", "3[0000-0002-4268-4227]"), ("Fatima Larsen", "1"), ("and Ingrid", "")),
    (("O'Brien", "2[0000-0001-6006-3596]"),),
)
"""`header15_orcid_lines_page`'s byline lines: (name, its raised institute numbers and ORCID iD)."""
HEADER15_ORCID_NAMES = (
    "Anna Kowalski",
    "Noa Garcia",
    "Zoe S. von Lindqvist",
    "Ana von Simek",
    "Chloe Schmidt",
    "Jean-Luc de la Patel",
    "Lukas Zhang",
    "Fatima Larsen",
    "Ingrid O'Brien",
)


def header15_orcid_lines_page(path: str | Path) -> Path:
    """An LNCS byline that TeX wraps into six centred lines, HEADER15_ORCID_BYLINE: each name in 10 pt
    followed by its institute numbers and ORCID iD raised in 7 pt, and a comma; under a 14.3 pt bold
    title; then the numbered institutes (9 pt), an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 30, "Sparse Attention for Document Retrieval", "Times", "B", 14.3)
        y = 42.0
        for line in HEADER15_ORCID_BYLINE:
            pieces: list[tuple[str, float, float]] = []
            for k, (name, mark) in enumerate(line):
                pieces.append(((", " if k else "") + name, 10, 0.0))
                if mark:
                    pieces.append((mark, 7, 1.2))
            if line[-1][1]:
                pieces.append((" ,", 10, 0.0))
            width = 0.0
            for text, points, _ in pieces:
                pdf.set_font("Times", "", points)
                width += pdf.get_string_width(text)
            x = (PAGE_W - width) / 2
            for text, points, rise in pieces:
                pdf.set_font("Times", "", points)
                pdf.text(x, y - rise, text)
                x += pdf.get_string_width(text)
            y += 4.2
        for k, text in enumerate(
            (
                "1 Faculty of Mathematics, University of Warsaw, Warsaw, Poland",
                "2 School of Engineering, Politecnico di Milano, Milan, Italy",
                "3 Faculty of Science, Indian Institute of Science, Bangalore, India",
                "4 Department of Linguistics, University of Toronto, Toronto, Canada",
            )
        ):
            _centred(pdf, y + 4 + 4 * k, text, "Times", "", 9)
        _abstract_and_body(pdf, y + 26)
    return Path(path)


def header15_italic_grades_page(path: str | Path, lines: Sequence[str]) -> Path:
    """An IEEE journal's byline, `lines` centred 4.5 mm apart under a 24 pt title: names in 10 pt roman,
    the membership grades' words ("Senior", "Member,", "IEEE,") in 11 pt italics, as IEEEtran sets
    \\IEEEmembership; an abstract and a body, the affiliation footnote at the page's foot."""
    grade = {"Student", "Senior", "Life", "Member,", "Member", "Fellow,", "Fellow", "IEEE,", "IEEE"}
    with _document(path) as pdf:
        _centred(pdf, 30, "Sparse Attention for Document Retrieval", "Times", "", 24)
        y = 44.0
        for line in lines:
            pieces = [(w, "I" if w in grade else "", 11 if w in grade else 10) for w in line.split()]
            width = 0.0
            for k, (word, style, points) in enumerate(pieces):
                pdf.set_font("Times", style, points)
                width += pdf.get_string_width(word + (" " if k + 1 < len(pieces) else ""))
            x = (PAGE_W - width) / 2
            for word, style, points in pieces:
                pdf.set_font("Times", style, points)
                pdf.text(x, y, word)
                x += pdf.get_string_width(word + " ")
            y += 4.5
        _abstract_and_body(pdf, y + 6)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 270, "The authors are with the Department of Computer Science, University of Toronto,")
        pdf.text(LEFT, 273.4, "Toronto, Canada (e-mail: ann.lee@utoronto.ca).")
    return Path(path)


HEADER15_SPRINGER_BYLINE = (
    "Ann Lee* · Bo L. Kim · Mei Chen · Noa di Dunn · Grace L.",
    "Garcia · Eve Fox · I. Moss",
)
"""A Springer byline broken inside a name: the lines of `header15_springer_byline_page`."""


def header15_springer_byline_page(path: str | Path) -> Path:
    """Springer's journal title block: a 14.3 pt bold title, the byline HEADER15_SPRINGER_BYLINE in 10 pt
    bold, the received line, a run-in abstract and a body."""
    with _document(path) as pdf:
        pdf.set_font("Times", "B", 14.3)
        pdf.text(LEFT, 30, "Learning Adaptive Evaluation Inference")
        pdf.set_font("Times", "B", 10)
        for k, line in enumerate(HEADER15_SPRINGER_BYLINE):
            pdf.text(LEFT, 40 + 4.2 * k, line)
        pdf.set_font("Times", "", 8)
        pdf.text(LEFT, 58, "Received: date / Accepted: date")
        _abstract_and_body(pdf, 70)
    return Path(path)


REFS11_CAPTION = (
    "TWO SETS OF RESULTS. THE FIRST SET CONSISTS OF GRAPHS WITH ZERO, MANY AND SOME TRIANGLES. WE SEE THE",
    "EFFECT OF CHANGING THE SIZE OF THE GRAPH HERE.",
)


def _refs11_results_table(pdf: FPDF, top: float) -> float:
    """A table across the page from `top` down: eight narrow numeric columns under "Run 1" … "Run 8" over
    twelve rows, ruled over and under its head and under its rows; its caption under it ("TABLE I"
    centred, REFS11_CAPTION centred in capitals); returns the caption's last baseline."""
    pdf.set_line_width(0.2)
    pdf.line(LEFT, top, LEFT + FULL_W, top)
    pdf.set_font("Times", "", 7)
    xs = [LEFT + 2 + k * FULL_W / 8 for k in range(8)]
    for k, x in enumerate(xs):
        pdf.text(x, top + 3.5, f"Run {k + 1}")
    pdf.line(LEFT, top + 5, LEFT + FULL_W, top + 5)
    for i in range(12):
        for k, x in enumerate(xs):
            pdf.text(x, top + 8.5 + 3.4 * i, f"{(i * 37 + k * 11) % 97 / 7:.6f}")
    bottom = top + 8.5 + 3.4 * 12
    pdf.line(LEFT, bottom, LEFT + FULL_W, bottom)
    pdf.set_font("Times", "", 8)
    middle = LEFT + FULL_W / 2
    pdf.text(middle - pdf.get_string_width("TABLE I") / 2, bottom + 5, "TABLE I")
    pdf.set_font("Times", "", 6.5)
    for k, line in enumerate(REFS11_CAPTION):
        pdf.text(middle - pdf.get_string_width(line) / 2, bottom + 8.5 + 2.9 * k, line)
    return bottom + 8.5 + 2.9 * (len(REFS11_CAPTION) - 1)


def refs11_unheaded_then_floats_paper(path: str | Path, entries: Sequence[str]) -> Path:
    """AIP's revtex reprint as `refzone3_unheaded_paper` draws it (no heading; `entries` labelled by raised
    numbers after the right column's text), then a page of floats LaTeX set after the bibliography: the
    table of `_refs11_results_table` at its top."""
    size = 8.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION", size=BODY_SIZE)
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 260), "end."])
        y = _paragraph(pdf, COL2, 30, COL_W, [*prose_words("beta", 0, 120), "end."]) + 2 * PARA_GAP
        for n, entry in enumerate(entries, 1):
            pdf.set_font("Times", "", size)
            lines = _wrap(pdf, entry.split(), COL_W - 4)
            _raised(pdf, COL2, y, [(str(n), True), (lines[0], False)], size)
            pdf.set_font("Times", "", size)
            for line in lines[1:]:
                y += size * 0.42
                pdf.text(COL2 + 4, y, line)
            y += size * 0.42 + 0.6
        pdf.add_page()
        _refs11_results_table(pdf, 20.0)
    return Path(path)


REFS11_APS_ENTRIES = [
    f"A. Name{n}, B. Other, Phys. Rev. B {40 + n}, {1000 + 13 * n} ({1990 + n})." for n in range(1, 15)
]
"""revtex's aps entries: authors, journal, volume, page and year, no title (fourteen)."""


def refs11_cited_line_before_unheaded_paper(path: str | Path, entries: Sequence[str]) -> Path:
    """revtex's aps reprint (no heading over the bibliography): two columns of text under "I.
    INTRODUCTION"; the right column's paragraph ends in a short paragraph whose first line opens with a
    citation ("[7] is related. Work [9] shows …", as a paragraph broken before a bracket starts a line),
    then, after a gap, `entries` labelled "[1]", "[2]", ... in 8 pt type."""
    size = 8.0
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "I. INTRODUCTION", size=BODY_SIZE)
        _paragraph(pdf, LEFT, y, COL_W, [*prose_words("alpha", 0, 260), "end."])
        y = _paragraph(pdf, COL2, 30, COL_W, [*prose_words("beta", 0, 80), "end."]) + PARA_GAP
        cited = "[7] is related. Work [9] shows the same for the columns and the gutters of printed pages."
        y = _paragraph(pdf, COL2, y, COL_W, cited.split()) + 2 * PARA_GAP
        pdf.set_font("Times", "", size)
        for n, entry in enumerate(entries, 1):
            lines = _wrap(pdf, entry.split(), COL_W - 6)
            pdf.text(COL2, y, f"[{n}] {lines[0]}")
            for line in lines[1:]:
                y += size * 0.42
                pdf.text(COL2 + 6, y, line)
            y += size * 0.42 + 0.6
    return Path(path)


ACLOLD6_SUBTITLED = ("READING OLD PAPERS:", "A STUDY OF SCANNED PROCEEDINGS")
ACLOLD6_PLACE = ("Department of Linguistics", "University of Toronto", "Toronto, Canada")


def aclold6_capitals_subtitle_page(path: str | Path, pitch: float = 17.8) -> Path:
    """A title in capitals over two lines, its first ending in the colon, in 14.3 pt, the subtitle under
    it in 12 pt `pitch` pt lower (baseline to baseline: LaTeX's "\\Large … \\\\ {\\large …}" at \\Large's
    18 pt), ACLOLD6_SUBTITLED, in a bold Times whose descriptor gives the subset's own extent as
    ghostscript's ps2pdf writes it (a subset of capitals: descent 19 thousandths), so the lines' boxes end
    at their baselines; then two names on one line over their shared place (ACLOLD6_PLACE) and e-mails,
    the abstract's head and its lines in Times (the standard font's metrics)."""
    first, second = ACLOLD6_SUBTITLED
    lines = [("F1", 14.3, 180, 720, first), ("F1", 12, 150, 720 - pitch, second)]
    byline = ["Anna Lee      Bo Kim", *ACLOLD6_PLACE, "{anna,bo}@utoronto.ca"]
    lines += [("F2", 11, 230, 680 - 13 * k, text) for k, text in enumerate(byline)]
    lines.append(("F1", 10, 150, 590, "Abstract"))
    lines += [
        ("F2", 10, 72, 575 - 12 * k, f"Line {k} of the abstract says what the paper found.") for k in range(8)
    ]
    content = bytearray(b"BT\n")
    for font, size, x, y, text in lines:
        escaped = text.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)")
        content += b"/%s %.1f Tf 1 0 0 1 %d %.1f Tm (%s) Tj\n" % (font.encode(), size, x, y, escaped)
    content += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /FontDescriptor 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        b"<< /Type /FontDescriptor /FontName /Times-Bold /Flags 262178 /FontBBox [0 -19 921 692] "
        b"/ItalicAngle 0 /Ascent 692 /Descent -19 /CapHeight 692 /StemV 139 >>",
    ]
    return _write_objects(path, objects)


ACLOLD6_POSTAL = (
    (
        "Anna Lee",
        "Department of Computer Science",
        "Indian Institute of Science",
        "Room 402, 200 University Avenue",
        "Bangalore, India",
    ),
    ("Bo Kim", "Department of Linguistics", "Kyoto University", "PO Box 94", "Kyoto, Japan"),
    ("Mei C. Schmidt", "Laboratory of Information Systems", "University of Padova", "Padua, Italy"),
)


def aclold6_wrapped_postal_grid_page(
    path: str | Path, reach: float = 0.0, street: str = "PO Box 94", institution: str = ""
) -> Path:
    """acl.sty's grid of three authors over postal addresses (ACLOLD6_POSTAL, 11 pt Times, 4.8 mm a
    line), no e-mails: two blocks side by side, centred at 75 and 145 mm, the third wrapped to a second
    row and centred on the page right under the first row's last lines, at the lines' own pitch (no gap
    between the rows), its name overlapping the first block's widest line (its street) by `reach` mm
    more; the second block's street line is `street`, the first block's institution `institution` if
    given (a long one reaches past the third name's centre); then an abstract and a body."""
    top = 40.0
    first = [institution if k == 2 and institution else line for k, line in enumerate(ACLOLD6_POSTAL[0])]
    blocks = [first, [street if line == "PO Box 94" else line for line in ACLOLD6_POSTAL[1]]]
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 14)
        for centre, block in zip((75.0 - reach, 145.0), blocks, strict=True):
            for k, line in enumerate(block):
                _centred_in(pdf, centre - 40, 80, top + 4.8 * k, line, 11)
        rows = max(len(b) for b in ACLOLD6_POSTAL[:2])
        for k, line in enumerate(ACLOLD6_POSTAL[2]):
            _centred(pdf, top + 4.8 * (rows + k), line, "Times", "", 11)
        _abstract_and_body(pdf, top + 4.8 * (rows + 4) + 10, intro_under_abstract=True)
    return Path(path)


ACLOLD6_FLAT_TITLE = "COST AND SUFFICIENTLY ABOUT"
ACLOLD6_PLACE_ROWS = (
    (
        ("Hans-Peter E. Okafor", "Aylin P. Kowalski"),
        ("Department of Computer Science", "University of Bergen"),
    ),
    (("Marie-Claire Simek", "Bjorn Muller"), ("Department of Linguistics", "Rijksuniversiteit Groningen")),
)


def aclold6_flat_place_rows_page(
    path: str | Path, quad: float = 4.3, gap: float = 6.9, second_names: int = 2, row_step: float = 9.6
) -> Path:
    """An OCR layer's title page in one type (Acrobat Capture's: title, names and places all bold
    12 pt, 4.8 mm a line, as A94-1004 prints them): a one-line title in capitals
    (ACLOLD6_FLAT_TITLE), then COLING 2008-2010's place rows (ACLOLD6_PLACE_ROWS): each place's two
    names on one line parted by `quad` mm, no comma or "and", over the place's lines, the first row
    `gap` mm under the title (baseline to baseline: Capture's close title), the second `row_step` mm
    under the first's last line, with its first `second_names` names (one: a name alone, centred); then
    an abstract and a body."""
    with _document(path) as pdf:
        y = 25.0
        _centred(pdf, y, ACLOLD6_FLAT_TITLE, "Times", "B", 12)
        for k, (names, place) in enumerate(ACLOLD6_PLACE_ROWS):
            y += row_step if k else gap
            if k and second_names == 1:
                _centred(pdf, y, names[0], "Times", "B", 12)
                for line in place:
                    y += 4.8
                    _centred(pdf, y, line, "Times", "B", 12)
                continue
            pdf.set_font("Times", "B", 12)
            width = sum(pdf.get_string_width(n) for n in names) + quad
            x = (PAGE_W - width) / 2
            pdf.text(x, y, names[0])
            pdf.text(x + pdf.get_string_width(names[0]) + quad, y, names[1])
            for line in place:
                y += 4.8
                _centred(pdf, y, line, "Times", "B", 12)
        _abstract_and_body(pdf, y + 12, intro_under_abstract=True)
    return Path(path)


def aclold6_raised_accents_page(path: str | Path, rise: float = 2.88) -> Path:
    """One line in dvips's bitmap Type 3 font (`type3_page`'s glyphs, no Unicode map) as dvips and
    ps2pdf set a name in capitals with accents ("JI\\\\v{R}\\\\'I KOWALSKI", one text object): each accent
    raised `rise` pt by a Td and drawn before its letter, then the letter back on the baseline by the next
    Td (the caron over "R", the acute over "I"), the rest of the line one TJ."""
    parts = [
        ((0, 0), "JI"),
        ((10.5, rise), "\x14"),
        ((-0.5, -rise), "R"),
        ((4.5, rise), "\x13"),
        ((0.5, -rise), "I"),
    ]
    codes = sorted({ord(c) for _, text in parts for c in text + "KOWALSKI"})
    first, last = codes[0], codes[-1]
    procs = {c: _type3_glyph(chr(c)) for c in codes}
    content = bytearray(b"BT /F1 1 Tf 1 0 0 1 72 720 Tm\n")
    for (dx, dy), text in parts[:-1]:
        content += b"%.2f %.2f Td <%s> Tj\n" % (dx, dy, text.encode("latin-1").hex().encode())
    (dx, dy), text = parts[-1]
    content += b"%.2f %.2f Td [<%s> -3300 <%s>] TJ\nET\n" % (
        dx,
        dy,
        text.encode().hex().encode(),
        b"KOWALSKI".hex().encode(),
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -220 500 690] /FontMatrix [%.3f 0 0 %.3f 0 0] "
        % (TYPE3_EM / 1000, TYPE3_EM / 1000)
        + b"/CharProcs 6 0 R /Encoding << /Type /Encoding /Differences [%d %s] >> "
        % (first, b" ".join(b"/g%d" % c if c in procs else b"/.notdef" for c in range(first, last + 1)))
        + b"/FirstChar %d /LastChar %d /Widths [%s] >>"
        % (first, last, b" ".join(b"500" for _ in range(first, last + 1))),
        b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream",
        b"<< " + b" ".join(b"/g%d %d 0 R" % (c, 7 + k) for k, c in enumerate(codes)) + b" >>",
    ]
    objects += [b"<< /Length %d >>\nstream\n" % len(procs[c]) + procs[c] + b"\nendstream" for c in codes]
    return _write_objects(path, objects)


ACLOLD6_LONG_PLACE = ("École Polytechnique", "Fédérale de Lausanne")
ACLOLD6_ROW_NAMES = ("Oliver Garcia", "Tomas Nunez")


def aclold6_place_over_name_row_page(path: str | Path) -> Path:
    """COLING's place rows in 11 pt Times roman, 4.8 mm a line: a name alone ("Mikulas Kim") over its
    department and a long institution line (ACLOLD6_LONG_PLACE's two halves on one centred line), then,
    a row lower, two names on one line (ACLOLD6_ROW_NAMES), each centred under one half of that
    institution's line, over their own place's lines; then an abstract and a body."""
    with _document(path) as pdf:
        _centred(pdf, 25, ACLOLD_TITLE, "Times", "B", 14)
        y = 36.0
        _centred(pdf, y, "Mikulas Kim", "Times", "", 11)
        _centred(pdf, y + 4.8, "School of Electrical Engineering", "Times", "", 11)
        place = " ".join(ACLOLD6_LONG_PLACE)
        _centred(pdf, y + 9.6, place, "Times", "", 11)
        pdf.set_font("Times", "", 11)
        left = (PAGE_W - pdf.get_string_width(place)) / 2
        first = pdf.get_string_width(ACLOLD6_LONG_PLACE[0])
        centres = (
            left + first / 2,
            left + pdf.get_string_width(place) - pdf.get_string_width(ACLOLD6_LONG_PLACE[1]) / 2,
        )
        y += 9.6 + 8.4
        for name, centre in zip(ACLOLD6_ROW_NAMES, centres, strict=True):
            pdf.text(centre - pdf.get_string_width(name) / 2, y, name)
        for k, line in enumerate(("Department of Linguistics", "Universidad de Granada", "Granada, Spain")):
            _centred(pdf, y + 4.8 * (k + 1), line, "Times", "", 11)
        _abstract_and_body(pdf, y + 30, intro_under_abstract=True)
    return Path(path)


def numbered_display_page(path: str | Path, display: str = "rb > c") -> Path:
    """A paragraph, then a short display equation (`display`, no sign `is_equation` counts) centred in
    the text's type with its number "(1)" at the right edge, then another paragraph."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "constraint"]) + 3
        pdf.set_font("Times", "I", BODY_SIZE)
        pdf.text(LEFT + (FULL_W - pdf.get_string_width(display)) / 2, y, display)
        pdf.set_font("Times", "", BODY_SIZE)
        pdf.text(LEFT + FULL_W - pdf.get_string_width("(1)"), y, "(1)")
        _paragraph(pdf, LEFT, y + 8, FULL_W, ["where", *prose_words("beta", 0, 40), "end."])
    return Path(path)


LIST_ITEMS = (
    "Analysis of the landscape of workflow engines for serverless platforms and their limits;",
    "Propose an engine that plans each workflow from the metadata of its earlier runs;",
    "Demonstrate how the plans reduce the use of external storage and the cost of each run.",
)


def bulleted_list_page(path: str | Path) -> Path:
    """A paragraph ending "as follows:", then the three LIST_ITEMS as itemize sets them: a bullet (the
    Symbol font's) at the indent, the item's text after it wrapped at 90 mm, each but the last ending in a
    semicolon; then a paragraph."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 30), "as", "follows:"]) + 2
        for item in LIST_ITEMS:
            pdf.set_font("Symbol", "", BODY_SIZE)
            pdf.text(LEFT + 4, y, "\xb7")  # the Symbol font's bullet
            y = _paragraph(pdf, LEFT + 8, y, 90, item.split()) + 2
        _paragraph(pdf, LEFT, y + 2, FULL_W, ["The", *prose_words("beta", 0, 40), "end."])
    return Path(path)


ALGORITHM_LINES = ("1: for each cluster c of C do", "2: merge the nearest pair of c", "3: end for")


def algorithm_lines_page(path: str | Path) -> Path:
    """A paragraph that stops mid-sentence ("... we attempt to output a"), then an algorithm's body as
    algorithmic numbers it (ALGORITHM_LINES, "1: ...", indented, a gap above and below), then the rest of
    the paragraph ("lower bound for the clusters ...")."""
    with _document(path) as pdf:
        y = _heading(pdf, LEFT, 30, "1 Introduction")
        y = _paragraph(
            pdf, LEFT, y, FULL_W, [*prose_words("alpha", 0, 40), "we", "attempt", "to", "output", "a"]
        )
        y += 4
        pdf.set_font("Times", "", BODY_SIZE)
        for line in ALGORITHM_LINES:
            pdf.text(LEFT + 6, y, line)
            y += LEADING
        _paragraph(
            pdf, LEFT, y + 4, FULL_W, ["lower", "bound", "for", "the", *prose_words("beta", 0, 40), "end."]
        )
    return Path(path)
