"""A generated corpus of old-toolchain ACL-era papers, with exact gold: measures the PDF layer on old files.

Why: real ACL 1988-2004 papers come from latex → dvips → Distiller/ghostscript (bitmap Type 3 fonts without
a Unicode map, OT1 or T1 codes for ligatures and accents) and their DEV figures are perfect, so DEV gives
no handle. These papers are drawn with the same toolchain, in acl.sty's layout (two columns, the names side
by side with affiliation, address and e-mail lines under each), so every word they print is known.

    python scripts/oldpdf_corpus.py generate [--out ../oldpdf-corpus] [--papers 40] [--seed 1]
    python scripts/oldpdf_corpus.py score [DIR] [--group dev|judge|all]

`generate` needs latex, dvips, pdflatex (texlive-base), ps2pdf (ghostscript) and the Libertine and
Libertinus Type 1 fonts (texlive-fonts-extra); a development tool, CI does not need it. Even seeds are
DEV, odd seeds JUDGE. `score` prints title and authors F1 (Ratcliff, as `paperparse eval`), and for the words: the share of gold tokens found as words (`found`), gold tokens
printed as two or more words (`split`: "Universit y"), two gold tokens read as one word (`merged`), and
words holding a control character (below U+0020 or C1) or one the gold never prints (`bad chars`: "staœ"
for "staff").

Classes (the toolchain, seed // 2 modulo their number): `ot1_pk` Computer Modern in OT1 as bitmap fonts
(dvips without its font map, 300 or 600 dpi), `t1_pk` the same in T1 (the EC fonts as bitmaps), and
`times_dvips` Times (times.sty) through dvips's font map, as Distiller-era papers of 2000-2004 print it;
`libertine_pdftex` and `libertinus_pdftex` pdfLaTeX with T1 Linux Libertine or Libertinus Type 1 fonts
and no ToUnicode maps (\\pdfgentounicode=0), as ACM's acmart papers of 2017-18 print their text: the
ligatures and small capitals are glyph names PDFium does not know ("f_i", "a.sc"), so it passes raw codes;
`scan_ocr` a Times paper printed and scanned (rendered to a grey 300 dpi bitmap, skewed a little, blurred and
thresholded) and OCRed by Tesseract into a PDF of the page image under an invisible text layer, as the
Anthology's scanned 1988-2000 papers are (tesseract-ocr, Pillow); half of them print the names on one line
joined by "and" over shared affiliation lines, as many papers of that era do, and names are printed
without accents (what Tesseract makes of accents is not the parser's to measure).

Seeds from CAPTURE_SEEDS on draw `capture_ocr`, the other text layer of the Anthology's scans (the DEV
papers A88-1032, A94-1004, A97-1018, A00-1023): Acrobat Capture's. Under the page image each OCRed word is
its own string, with its own space, set at its own position (Tm, TD) in TimesNewRoman or Arial as TrueType
fonts that are not embedded (PDFium draws them with a substitute), invisible (3 Tr), squeezed by a
horizontal scale per line (Tz 50-100) and stretched to the word's width in the image by a letter-spacing
of its own (Tc, 0.02-0.14 em), in sizes OCR guesses to a 0.24 pt step (12.48, 9.84). Their bylines, as the Anthology's
papers of 1988-2004 print them: acl.sty's grid; all names on one line joined by "and" or by commas over
one affiliation; surnames in capitals (COLING's "Tania AVGUSTINOVA"); and some titles set in capitals.
Capture gives a block one font: a third set the byline's lines in the names' size and weight (A88-1032),
a third the title's lines too (A94-1004: title, names and address all 12.48 pt bold). Seeds from
CLOSE_TITLE_SEEDS on set the byline 0.3-1 em under the title, not 2 em.

Seeds from COLING_SEEDS on draw born-digital COLING papers: `times_dvips` (2000-2004, Distiller-era) or
`times_pdftex` (2008-2010, pdfLaTeX with times.sty), their bylines as COLING's DEV papers print them: the
grid (C00-1005, C08-3007), all names on one line joined by "and" (C04-1149), by commas (C10-2089) or
by a space alone (C10-1150's "Yiping Zhou  Lan Nie  Omid Rouhani-Kalleh") over one affiliation; surnames
in capitals in a third (C00-1005's "Tania AVGUSTINOVA"); accents kept.

Seeds from ERA_SEEDS on draw the era's other bylines (toolchains `times_dvips`, `times_pdftex`, `ot1_pk`
and `scan_ocr`; two to six authors, two rows of the grid from four, or from three at two a row): the
grid; names on one line each marked with a number or a symbol over the numbered affiliation lines
(`marked`); one author a line as "Name (Institution)" (`paren`) or "Name, Department, Institution"
(`comma`). Names may carry a middle initial, a particle ("van der") or "Jr."; they are printed as drawn,
in capitals or small capitals, or with capital surnames; an affiliation line may hold a comma-joined list
of departments; a marked byline's e-mails are one line, each host's users in braces ("{anna,pedro}@uib.no")
or listed. Authors share one to three places. The OCR class keeps accents off, as `scan_ocr` does.
Seeds from ERA_CAPTURE_SEEDS on draw the same bylines as `capture_ocr` papers, the text layer of the
Anthology's scans of 1988-2000 (with the close title's gap).

Seeds from TITLE_BLOCK_SEEDS on draw the era's other title blocks (toolchains `times_dvips`, `times_pdftex`
and `capture_ocr`): titles broken by hand over two or three lines (the second shorter, centred; C08-1009,
C08-1062), in capitals on some, marked with a footnote star (C08-1055's "Ambiguities ∗"); over a grid of
two to six names with e-mails (acl08's \\And), a pair "A and B" over one shared affiliation, or a long list
of five to eight names wrapping over two lines ("A, B, C,\\ D and E", C08-1127); names in capitals
under a title in capitals on some; and on a third the page opens with the meeting's line ("Proceedings of
COLING-92, Nantes, ..." over the title) or the first column ends with it as an unmarked footnote (COLING
2008-2010's "Proceedings of the 22nd International Conference ... pages 1-8").

Seeds from ERA2_SEEDS on draw the era's bylines no range below draws (toolchains `times_dvips`,
`times_pdftex`, `ot1_pk` and `capture_ocr`; `_era2_parts` says what each prints): `footnote` the marked
names on one line with the places as footnotes (LaTeX's \\thanks), `and_wrapped` four to six names
joined by "and" over two lines (C04-1149), `and_affil` the grid with a second place after a line "and"
(C04-1054, C04-1099), `shared_cell` two names of one place in one cell of the grid over one e-mail line
(C00-1036), `mail_grid` marked names over their e-mails, over a row of marked places (C04-1058). The
places' lines are in italics on half (ANLP's and EACL's addresses), names in capitals or with capital
surnames on some, shared e-mail lines in braces, with slashes ("anna/pedro@uib.no", C02-1014) or listed,
titles over two lines or in capitals on some.

Seeds from ERA3_SEEDS on draw the era's title blocks no range below draws (toolchains `times_dvips`,
`times_pdftex`, `ot1_pk`, `t1_pk` and `capture_ocr`; `_era3_parts` says what each prints): `place_rows`
COLING 2008-2010's three to six authors of two or three places, each place's names on one line (parted by
a quad or joined by "and") over its lines, the places one under the other; `postal` ANLP's and EACL's
1990s grid of one to three authors over postal addresses of four or five lines (a street line too). The
places' lines are in italics on half, names in capitals or with capital surnames on some, e-mails in
braces, listed or left out; titles over two lines on some, most of them a title and its subtitle broken
after the colon, the subtitle a size smaller on half, in capitals on half.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from header_corpus import _DEPARTMENTS, _GIVEN, _INSTITUTIONS, _SURNAMES, _ascii  # noqa: E402
from table_corpus import _PROSE, corpus_cli, group_of, papers_scored, require_tex  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "oldpdf-corpus"
CLASSES = ("ot1_pk", "t1_pk", "times_dvips", "libertine_pdftex", "libertinus_pdftex", "scan_ocr")
CAPTURE_SEEDS = 1000
"""Seeds from here on draw `capture_ocr` (see the module doc); seeds below draw what they drew."""
CLOSE_TITLE_SEEDS = 2000
"""Seeds from here on draw `capture_ocr` papers whose byline stands closer under the title (0.3-1 em, not
2 em), as many hand-made title blocks of the era do (A88-1032: 12 pt under an 18 pt title)."""
COLING_SEEDS = 3000
"""Seeds from here on draw born-digital COLING papers (see the module doc)."""
COLING_CLASSES = ("times_dvips", "times_pdftex")
ERA_SEEDS = 4000
"""Seeds from here on draw the byline classes of the era the ranges below do not (see the module doc)."""
ERA_CLASSES = ("times_dvips", "times_pdftex", "ot1_pk", "scan_ocr")
ERA_CAPTURE_SEEDS = 5000
"""Seeds from here on draw the era's bylines (ERA_SEEDS) as `capture_ocr` papers."""
ERA_BYLINES = ("grid", "marked", "paren", "comma")
TITLE_BLOCK_SEEDS = 6000
"""Seeds from here on draw the era's title blocks the ranges below do not (see the module doc)."""
TITLE_BLOCK_CLASSES = ("times_dvips", "times_pdftex", "capture_ocr")
ERA2_SEEDS = 7000
"""Seeds from here on draw the era's bylines no range below draws (see the module doc)."""
ERA2_CLASSES = ("times_dvips", "times_pdftex", "ot1_pk", "capture_ocr")
ERA2_BYLINES = ("footnote", "and_wrapped", "and_affil", "shared_cell", "mail_grid")
ERA3_SEEDS = 8000
"""Seeds from here on draw the era's title blocks no range below draws (see the module doc)."""
ERA3_CLASSES = ("times_dvips", "times_pdftex", "ot1_pk", "t1_pk", "capture_ocr")
ERA3_BYLINES = ("place_rows", "postal")
_STREETS = (
    "1 Main Street",
    "Box 1051 Blindern",
    "3-2-1 Kasuga",
    "Room 402, 200 University Avenue",
    "PO Box 94",
)
_MEETINGS = (
    "Proceedings of COLING-92, Nantes, Aug. 23-28, 1992",
    "Proceedings of the Fifth Conference on Applied Natural Language Processing, Washington, DC, 1997",
    "Proceedings of the 18th International Conference on Computational Linguistics (COLING 2000), "
    "pages {}-{}, Saarbrücken, Germany, August 2000",
    "Proceedings of the 22nd International Conference on Computational Linguistics (Coling 2008), "
    "pages {}-{}, Manchester, August 2008",
    "Coling 2010: Poster Volume, pages {}-{}, Beijing, August 2010",
)
_PARTICLES = ("van", "van der", "de", "de la", "von", "di")
_SYMBOLS = ("*", "\\dagger", "\\ddagger", "\\S")
_LIGATURE_WORDS = (
    "efficient office affix difficult sufficiently official offline flow influence reflect fluent "
    "first define specific finite classifier fifty effort staff scaffold baffled waffle ruffled "
    "afflict shuffling"
).split()
_ACCENTED_WORDS = ("naïve", "café", "rôle", "façade", "déjà", "coöperate", "Zürich", "Gödel")
_ACCENTS = {
    "\u0308": '\\"',
    "\u0301": "\\'",
    "\u0300": "\\`",
    "\u0302": "\\^",
    "\u0303": "\\~",
    "\u030c": "\\v",
    "\u0327": "\\c",
    "\u0306": "\\u",
    "\u030b": "\\H",
    "\u030a": "\\r",
}
_LETTERS = {
    "ø": "{\\o}",
    "Ø": "{\\O}",
    "ß": "{\\ss}",
    "æ": "{\\ae}",
    "œ": "{\\oe}",
    "ł": "{\\l}",
    "Ł": "{\\L}",
}


def tex(text: str) -> str:
    """Unicode text in 7-bit LaTeX, as 1990s sources wrote it: accents as \\" \\' \\v commands (on a
    dotless \\i), ø ß æ as \\o \\ss \\ae, the typographic apostrophe as '."""
    out = []
    for ch in text.replace("\u2019", "'"):
        if ch.isascii():
            out.append(ch)
        elif ch in _LETTERS:
            out.append(_LETTERS[ch])
        else:
            base, *marks = unicodedata.normalize("NFD", ch)
            letter = "{\\i}" if base == "i" else base
            command = _ACCENTS[marks[0]]
            out.append(f"{command}{{{letter}}}" if command[-1].isalpha() else f"{command}{letter}")
    return "".join(out)


def draw_paper(seed: int) -> dict[str, Any]:
    """One paper from its seed: class, title, byline, abstract and two sections of prose."""
    rng = random.Random(seed)
    if seed >= ERA3_SEEDS:
        cls = ERA3_CLASSES[seed // 2 % len(ERA3_CLASSES)]
    elif seed >= ERA2_SEEDS:
        cls = ERA2_CLASSES[seed // 2 % len(ERA2_CLASSES)]
    elif seed >= TITLE_BLOCK_SEEDS:
        cls = TITLE_BLOCK_CLASSES[seed // 2 % len(TITLE_BLOCK_CLASSES)]
    elif seed >= ERA_CAPTURE_SEEDS:
        cls = "capture_ocr"
    elif seed >= ERA_SEEDS:
        cls = ERA_CLASSES[seed // 2 % len(ERA_CLASSES)]
    elif seed >= COLING_SEEDS:
        cls = COLING_CLASSES[seed // 2 % len(COLING_CLASSES)]
    else:
        cls = "capture_ocr" if seed >= CAPTURE_SEEDS else CLASSES[seed // 2 % len(CLASSES)]
    words = rng.sample(_PROSE + list(_LIGATURE_WORDS), rng.randint(4, 9))
    title = " ".join(w.capitalize() if len(w) > 3 else w for w in words)
    authors = []
    for surname in rng.sample(_SURNAMES, rng.randint(1, 4) if seed < ERA_SEEDS else rng.randint(2, 6)):
        given = rng.choice(_GIVEN + ["Jiří", "Mikuláš", "Íñigo"])
        place = rng.choice(_INSTITUTIONS)
        authors.append(
            {
                "given": given,
                "surname": surname,
                "department": rng.choice(_DEPARTMENTS),
                "institution": place[0],
                "city": f"{place[1]}, {place[2]}",
                "email": f"{_ascii(given)}@{place[3]}",
            }
        )
    texts = [_prose(rng) for _ in range(rng.randint(4, 7))]
    paper = {
        "seed": seed,
        "class": cls,
        "dpi": rng.choice((300, 600)),
        "size": rng.choice(("10pt", "11pt")),
        "per_row": rng.choice((2, 3)),
        "title": title[0].upper() + title[1:],
        "authors": authors,
        "abstract": texts[0],
        "paragraphs": texts[1:],
    }
    if cls == "scan_ocr":  # drawn last, so the other classes' papers stay what they were
        for author in authors:  # Tesseract's reading of accents would be measured, not the parser's
            author["given"], author["surname"] = _unaccented(author["given"]), _unaccented(author["surname"])
        paper["joined"] = rng.random() < 0.5
        paper["scan"] = {
            "skew": rng.uniform(-0.6, 0.6),
            "blur": rng.uniform(0.3, 1.0),
            "ink": rng.randint(120, 200),
        }
    if cls == "capture_ocr":
        for author in authors:
            author["given"], author["surname"] = _unaccented(author["given"]), _unaccented(author["surname"])
        _draw_byline(paper, rng)
        paper["capital_title"] = rng.random() < 0.25
        paper["scan"] = {"blur": rng.uniform(0.3, 0.8), "ink": rng.randint(120, 180)}
        paper["capture"] = {
            "tracking": rng.uniform(0.02, 0.08),
            "seed": rng.randrange(1 << 30),
            "flat": rng.choice(("none", "byline", "header")),
        }
        if seed >= CLOSE_TITLE_SEEDS:
            paper["title_gap"] = rng.choice(("0.3em", "0.6em", "1em"))
    if ERA_SEEDS > seed >= COLING_SEEDS:
        _draw_byline(paper, rng)
        paper["spaced"] = paper["joined"] and not paper["commas"] and rng.random() < 0.5
    if seed >= ERA3_SEEDS:
        _draw_era3(paper, rng)
    elif seed >= ERA2_SEEDS:
        _draw_era2(paper, rng)
    elif seed >= TITLE_BLOCK_SEEDS:
        _draw_title_block(paper, rng)
    elif seed >= ERA_SEEDS:
        _draw_era(paper, rng)
    return paper


def _draw_title_block(paper: dict[str, Any], rng: random.Random) -> None:
    """The era's other title blocks (see the module doc): the title's lines, case and star, the byline's
    form and case, and the meeting's line over the title or under the first column."""
    lines = rng.choice((1, 2, 2, 3))
    words = paper["title"].split()
    if lines > 1:
        extra = [w.capitalize() if len(w) > 3 else w for w in rng.sample(_PROSE, 5 * lines)]
        words = (words + extra)[: rng.randint(4 * lines, 6 * lines)]
        paper["title"] = " ".join(words)
    cuts = sorted(rng.sample(range(2, len(words) - 1), lines - 1)) if lines > 1 else []
    if lines == 2:  # the second line shorter
        cuts = [max(cuts[0], (len(words) + 2) // 2)]
    paper["title_cuts"] = cuts
    paper["capital_title"] = rng.random() < 0.3
    paper["title_mark"] = rng.random() < 0.25
    authors = paper["authors"]
    byline = rng.choice(("grid", "pair", "wrapped"))
    if byline == "pair":
        del authors[2:]
    elif byline == "wrapped":
        for surname in rng.sample([s for s in _SURNAMES if s not in {a["surname"] for a in authors}], 3):
            authors.append({**authors[0], "given": rng.choice(_GIVEN), "surname": surname})
        del authors[rng.randint(5, 8) :]
    if paper["class"] == "capture_ocr":
        for author in authors:
            author["given"], author["surname"] = _unaccented(author["given"]), _unaccented(author["surname"])
    paper["joined"] = byline != "grid"
    paper["commas"] = False
    paper["wrap"] = byline == "wrapped"
    paper["case"] = "capitals" if paper["capital_title"] and rng.random() < 0.6 else "as drawn"
    paper["capital_surnames"] = paper["case"] == "as drawn" and rng.random() < 0.2
    meeting = rng.choice(_MEETINGS).format(*sorted(rng.sample(range(1, 900), 2)))
    paper["meeting"] = (rng.choice(("none", "head", "foot")), meeting)


def _draw_era(paper: dict[str, Any], rng: random.Random) -> None:
    """The era's other bylines (see the module doc): shared places, names with a middle initial, a
    particle or "Jr.", the byline's form, the names' case, the departments and the e-mails' form."""
    authors = paper["authors"]
    places = authors[: rng.randint(1, min(3, len(authors)))]
    for author in authors:
        place = author if author in places else rng.choice(places)
        author.update({k: place[k] for k in ("department", "institution", "city")})
        if rng.random() < 0.25:
            author["surname"] = f"{rng.choice(_PARTICLES)} {author['surname']}"
        author["middle"] = f"{rng.choice('ABCDEHJKLMPRST')}." if rng.random() < 0.3 else ""
        author["suffix"] = "Jr." if rng.random() < 0.08 else ""
        author["email"] = f"{_ascii(author['given'])}@{place['email'].split('@')[1]}"
    if rng.random() < 0.3:
        paper["departments"] = ", ".join(rng.sample(_DEPARTMENTS, 2))
    paper["byline"] = rng.choice(ERA_BYLINES)
    paper["joined"] = False
    paper["case"] = rng.choice(("as drawn", "as drawn", "capitals", "small capitals", "surnames"))
    paper["capital_surnames"] = paper["case"] == "surnames"
    paper["symbols"] = rng.random() < 0.3
    paper["braces"] = rng.random() < 0.6


def _draw_era2(paper: dict[str, Any], rng: random.Random) -> None:
    """The era's bylines the other ranges do not draw (see the module doc): the form, the names' case,
    the marks, the addresses' italics, the shared e-mail line's form, a second affiliation, and the
    title over one or two lines, in capitals on some."""
    authors = paper["authors"]
    form = rng.choice(ERA2_BYLINES)
    if form == "and_wrapped":  # four to six names, to wrap
        taken = {a["surname"] for a in authors}
        for surname in rng.sample([s for s in _SURNAMES if s not in taken], 4):
            authors.append({**authors[-1], "given": rng.choice(_GIVEN), "surname": surname})
        del authors[rng.randint(4, 6) :]
    places = authors[: rng.randint(1, min(3, len(authors)))]
    for author in authors:
        place = author if author in places else rng.choice(places)
        author.update({k: place[k] for k in ("department", "institution", "city")})
        if rng.random() < 0.2:
            author["surname"] = f"{rng.choice(_PARTICLES)} {author['surname']}"
        author["middle"] = f"{rng.choice('ABCDEHJKLMPRST')}." if rng.random() < 0.3 else ""
        author["suffix"] = ""
        author["email"] = f"{_ascii(author['given']).lower()}@{place['email'].split('@')[1]}"
        if form == "and_affil" and (author is authors[0] or rng.random() < 0.4):
            second = rng.choice([i for i in _INSTITUTIONS if i[0] != author["institution"]])
            author["second"] = [rng.choice(_DEPARTMENTS), second[0], f"{second[1]}, {second[2]}"]
    if paper["class"] == "capture_ocr":
        for author in authors:
            author["given"], author["surname"] = _unaccented(author["given"]), _unaccented(author["surname"])
    if form == "shared_cell":  # the cells hold the authors of one place: the byline's order is theirs
        order = list(dict.fromkeys((a["department"], a["institution"]) for a in authors))
        authors.sort(key=lambda a: order.index((a["department"], a["institution"])))
    paper["era2"] = form
    paper["joined"] = False
    paper["case"] = rng.choice(("as drawn", "as drawn", "capitals", "surnames"))
    paper["capital_surnames"] = paper["case"] == "surnames"
    paper["symbols"] = rng.random() < 0.5
    paper["italic"] = rng.random() < 0.5
    paper["mail"] = rng.choice(("braces", "slash", "listed"))
    paper["break"] = rng.choice(("and", "before and"))
    paper["foot_mail"] = rng.random() < 0.5
    paper["capital_title"] = rng.random() < 0.3
    words = paper["title"].split()
    paper["title_cuts"] = [(len(words) + 2) // 2] if len(words) > 4 and rng.random() < 0.4 else []
    paper["title_mark"] = False


def _draw_era3(paper: dict[str, Any], rng: random.Random) -> None:
    """The era's title blocks the other ranges do not draw (see the module doc): the byline's form, the
    places' italics, the names' case, the e-mails, and a title with a subtitle over two lines."""
    authors = paper["authors"]
    form = rng.choice(ERA3_BYLINES)
    if form == "place_rows":  # three to six names over two or three places
        taken = {a["surname"] for a in authors}
        for surname in rng.sample([s for s in _SURNAMES if s not in taken], 4):
            authors.append({**authors[-1], "given": rng.choice(_GIVEN), "surname": surname})
        del authors[rng.randint(3, 6) :]
        places = authors[: rng.randint(2, 3)]
    else:  # one to three authors, one place each or one shared
        del authors[rng.randint(1, 3) :]
        places = authors if rng.random() < 0.6 else authors[:1]
    for author in authors:
        place = author if author in places else rng.choice(places)
        author.update({k: place[k] for k in ("department", "institution", "city")})
        author["middle"] = f"{rng.choice('ABCDEHJKLMPRST')}." if rng.random() < 0.25 else ""
        author["suffix"] = ""
        author["email"] = f"{_ascii(author['given']).lower()}@{place['email'].split('@')[1]}"
        author["street"] = rng.choice(_STREETS)
    if paper["class"] == "capture_ocr":
        for author in authors:
            author["given"], author["surname"] = _unaccented(author["given"]), _unaccented(author["surname"])
    if form == "place_rows":  # each place's names on one line over it: the byline's order is theirs
        order = list(dict.fromkeys((a["department"], a["institution"]) for a in authors))
        authors.sort(key=lambda a: order.index((a["department"], a["institution"])))
    paper["era3"] = form
    paper["joined"] = False
    paper["case"] = rng.choice(("as drawn", "as drawn", "capitals", "surnames"))
    paper["capital_surnames"] = paper["case"] == "surnames"
    paper["italic"] = rng.random() < 0.5
    paper["name_join"] = rng.choice(("quad", "and"))
    paper["mail"] = rng.choice(("braces", "listed", "none"))
    subtitle = rng.random() < 0.6
    words = paper["title"].split()
    if subtitle and len(words) > 3:
        cut = rng.randint(2, len(words) - 2)
        paper["title"] = " ".join(words[:cut]) + ": " + " ".join(words[cut:])
        paper["title_cuts"] = [cut]
    else:
        paper["title_cuts"] = [(len(words) + 2) // 2] if len(words) > 4 and rng.random() < 0.5 else []
    paper["subtitle"] = bool(subtitle and len(words) > 3)
    paper["subtitle_small"] = paper["subtitle"] and rng.random() < 0.5
    paper["capital_title"] = rng.random() < 0.5
    paper["title_mark"] = False


def _era3_parts(paper: dict[str, Any]) -> tuple[str, list[str]]:
    """An ERA3_SEEDS byline as LaTeX and its lines as printed (see the module doc):

    `place_rows` (COLING 2008-2010's bylines of three to six authors) each place's names on one line,
    parted by a quad or joined by "and", over the place's lines and, on some, its e-mail line; the places'
    blocks one under the other; `postal` (ANLP's and EACL's of the 1990s) acl.sty's grid of one to three
    authors, each name over a postal address of four or five lines (department, institution, street, city,
    and the e-mail on some)."""
    authors = paper["authors"]

    def address(lines: Sequence[str]) -> list[str]:
        return [f"{{\\it {tex(x)}}}" if paper["italic"] else tex(x) for x in lines]

    def block(lines: Sequence[str]) -> str:
        return "\\begin{tabular}[t]{c}" + " \\\\ ".join(lines) + "\\end{tabular}"

    def mail_tex(text: str) -> str:
        return "{\\tt " + text.replace("{", "\\{").replace("}", "\\}") + "}"

    if paper["era3"] == "place_rows":
        places = list(dict.fromkeys((a["department"], a["institution"], a["city"]) for a in authors))
        rows, text = [], []
        for place in places:
            members = [a for a in authors if (a["department"], a["institution"], a["city"]) == place]
            if paper["name_join"] == "quad" or len(members) == 1:
                head = " \\quad ".join(_name_tex(paper, a) for a in members)
            else:
                head = (
                    ", ".join(_name_tex(paper, a) for a in members[:-1])
                    + " and "
                    + _name_tex(paper, members[-1])
                )
            mail = [] if paper["mail"] == "none" else [_mail_line(members, paper["mail"])]
            rows.append(" \\\\ ".join([head, *address(place), *map(mail_tex, mail)]))
            printed = [_printed_name(paper, a) for a in members]
            if paper["name_join"] == "and" and len(members) > 1:
                printed = [", ".join(printed[:-1]) + " and " + printed[-1]]
            text += [" ".join(printed), *place, *mail]
        return "\\\\[2ex]\n".join(rows), text
    cells, text = [], []
    for a in authors:
        lines = [a["department"], a["institution"], a["street"], a["city"]]
        mail = [] if paper["mail"] == "none" else [a["email"]]
        cells.append(block([_name_tex(paper, a), *address(lines), *map(mail_tex, mail)]))
        text += [_printed_name(paper, a), *lines, *mail]
    return "\\hfil ".join(cells), text


def _draw_byline(paper: dict[str, Any], rng: random.Random) -> None:
    """The byline's form, as the Anthology's papers of 1988-2010 print it: the grid, or all names on one
    line joined by "and" or by commas; surnames in capitals in a third (COLING's)."""
    byline = rng.choice(("grid", "and", "commas"))
    paper["joined"] = byline != "grid"
    paper["commas"] = byline == "commas"
    paper["capital_surnames"] = rng.random() < 0.3


def _unaccented(name: str) -> str:
    """The name as papers of the scanned era mostly print it: letters without accents."""
    folded = unicodedata.normalize("NFKD", name.translate(str.maketrans("ØøŁł", "OoLl")))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _prose(rng: random.Random) -> str:
    """A paragraph of the other corpora's prose with ligature words and accented words mixed in."""
    sentences = []
    for _ in range(rng.randint(3, 6)):
        pool = _PROSE + list(_LIGATURE_WORDS) * 2 + list(_ACCENTED_WORDS)
        sentences.append(" ".join(rng.choice(pool) for _ in range(rng.randint(8, 20))) + ".")
    return " ".join(s[0].upper() + s[1:] for s in sentences)


_PREAMBLE = {
    "ot1_pk": "",
    "t1_pk": "\\usepackage[T1]{fontenc}",
    "times_dvips": "\\usepackage{times}",
    "libertine_pdftex": "\\pdfgentounicode=0\\usepackage[T1]{fontenc}\\usepackage[type1]{libertine}",
    "libertinus_pdftex": "\\pdfgentounicode=0\\usepackage[T1]{fontenc}\\usepackage{libertinus-type1}",
    "scan_ocr": "\\usepackage{times}",
    "capture_ocr": "\\usepackage{times}",
    "times_pdftex": "\\usepackage[T1]{fontenc}\\usepackage{times}",
}


_ABSTRACT_HEAD = {"libertine_pdftex": "\\textsc{Abstract}", "libertinus_pdftex": "\\textsc{Abstract}"}
"""acmart sets its headings in small capitals, which Libertine's encodings name "a.sc"."""


def paper_latex(paper: dict[str, Any]) -> str:
    """acl.sty's layout: two columns, the title block across both, the names side by side (\\And), rows
    of `per_row` blocks (\\AND), each block the name, department, institution, city and e-mail lines."""
    blocks = [
        "\\begin{tabular}[t]{c}\\bf "
        + " \\\\ ".join(
            [
                _name_tex(paper, a),
                tex(_department(paper, a)),
                tex(a["institution"]),
                tex(a["city"]),
                f"{{\\tt {a['email']}}}",
            ]
        )
        + "\\end{tabular}"
        for a in paper["authors"]
    ]
    rows = [blocks[i : i + paper["per_row"]] for i in range(0, len(blocks), paper["per_row"])]
    byline = "\\\\[2ex]\n".join("\\hfil ".join(row) for row in rows)
    if paper.get("joined"):
        byline = _joined_byline(paper)
    elif paper.get("byline", "grid") != "grid":
        byline = " \\\\ ".join(tex_line for tex_line, _ in _era_lines(paper))
    where, meeting = paper.get("meeting", ("none", ""))
    head = f"{{\\small\\it {tex(meeting)}\\par}}\\vspace{{1.5em}}" if where == "head" else ""
    foot = f"{{\\let\\thefootnote\\relax\\footnotetext{{{tex(meeting)}}}}}" if where == "foot" else ""
    if "era2" in paper:
        byline, notes, _ = _era2_parts(paper)
        foot = "".join(f"{{\\let\\thefootnote\\relax\\footnotetext{{{note}}}}}" for note in notes)
    if "era3" in paper:
        byline = _era3_parts(paper)[0]
    body = [
        f"\\documentclass[{paper['size']},twocolumn]{{article}}",
        _PREAMBLE[paper["class"]],
        "\\setlength{\\textwidth}{6.5in}\\setlength{\\oddsidemargin}{0in}\\setlength{\\columnsep}{0.25in}",
        "\\setlength{\\textheight}{9in}\\setlength{\\topmargin}{-0.5in}",
        "\\pagestyle{empty}\\begin{document}",
        "\\twocolumn[{\\centering"
        + head
        + "{\\Large\\bf "
        + _title_tex(paper)
        + f"\\par}}\\vspace{{{paper.get('title_gap', '2em')}}}",
        "{\\normalsize " + byline + "\\par}\\vspace{2em}}]",
        foot,
        "\\begin{center}" + _ABSTRACT_HEAD.get(paper["class"], "\\bf Abstract") + "\\end{center}",
        "{\\small " + tex(paper["abstract"]) + "\\par}",
        "\\section{Introduction}",
        *[tex(p) + "\n" for p in paper["paragraphs"]],
        "\\end{document}",
    ]
    return "\n".join(line for line in body if line) + "\n"


def _printed_name(paper: dict[str, Any], author: dict[str, Any]) -> str:
    """The name as the byline prints it: the surname in capitals in COLING's style, the whole name in
    capitals on some of the era's papers."""
    surname = author["surname"].upper() if paper.get("capital_surnames") else author["surname"]
    name = " ".join(p for p in (author["given"], author.get("middle"), surname, author.get("suffix")) if p)
    return name.upper() if paper.get("case") == "capitals" else name


def _name_tex(paper: dict[str, Any], author: dict[str, Any]) -> str:
    """The printed name in LaTeX: small capitals in their own upright face (no bold small capitals)."""
    name = tex(_printed_name(paper, author))
    return f"{{\\normalfont\\scshape {name}}}" if paper.get("case") == "small capitals" else name


def _department(paper: dict[str, Any], author: dict[str, Any]) -> str:
    """The author's department line: a comma-joined list of departments on some papers."""
    return paper.get("departments") or author["department"]


def _printed_title(paper: dict[str, Any]) -> str:
    """The title as printed: in capitals on some old title pages (the gold keeps its case)."""
    return paper["title"].upper() if paper.get("capital_title") else paper["title"]


def _title_tex(paper: dict[str, Any]) -> str:
    """The printed title in LaTeX, broken by hand where the paper cuts it, a footnote star after it."""
    words = _printed_title(paper).split()
    lines = [
        " ".join(words[a:b])
        for a, b in zip([0, *paper.get("title_cuts", [])], [*paper.get("title_cuts", []), None], strict=True)
    ]
    if paper.get("subtitle_small"):  # the subtitle's line a size smaller
        lines[-1] = f"{{\\large {tex(lines[-1])}}}"
        return " \\\\ ".join([*map(tex, lines[:-1]), lines[-1]])
    return " \\\\ ".join(tex(line) for line in lines) + ("$^*$" if paper.get("title_mark") else "")


def _joined_byline(paper: dict[str, Any]) -> str:
    """All names on one line ("A, B and C", "A, B, C", or "A  B  C" parted by a quad), then the first
    author's department, institution and city."""
    authors = paper["authors"]
    names = [tex(_printed_name(paper, a)) for a in authors]
    last = ", " if paper.get("commas") else " and "
    line = names[0] if len(names) == 1 else ", ".join(names[:-1]) + last + names[-1]
    if paper.get("wrap"):  # broken by hand after the first half's comma
        half = (len(names) + 1) // 2
        line = ", ".join(names[:half]) + ", \\\\ " + ", ".join(names[half:-1]) + " and " + names[-1]
    if paper.get("spaced"):
        line = " \\quad ".join(names)
    first = authors[0]
    return " \\\\ ".join([line, tex(first["department"]), tex(first["institution"]), tex(first["city"])])


def _era_lines(paper: dict[str, Any]) -> list[tuple[str, str]]:
    """The lines of a `marked`, `paren` or `comma` byline, each as LaTeX and as printed text."""
    authors = paper["authors"]
    if paper["byline"] != "marked":
        lines = []
        for a in authors:
            if paper["byline"] == "paren":
                lines.append((f"{_name_tex(paper, a)} ({tex(a['institution'])})", f"({a['institution']})"))
            else:
                place = f"{_department(paper, a)}, {a['institution']}"
                lines.append((f"{_name_tex(paper, a)}, {tex(place)}", place))
        return [(t, f"{_printed_name(paper, a)} {text}") for a, (t, text) in zip(authors, lines, strict=True)]
    places = list(dict.fromkeys((_department(paper, a), a["institution"], a["city"]) for a in authors))
    marks = [_SYMBOLS[i % len(_SYMBOLS)] if paper["symbols"] else str(i + 1) for i in range(len(places))]
    names = []
    for a in authors:
        mark = marks[places.index((_department(paper, a), a["institution"], a["city"]))]
        names.append(f"{_name_tex(paper, a)}$^{{{mark}}}$")
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    lines = [(joined, " ".join(_printed_name(paper, a) for a in authors))]
    lines += [(f"$^{{{m}}}${tex(', '.join(p))}", ", ".join(p)) for m, p in zip(marks, places, strict=True)]
    emails = _emails(authors, paper["braces"])
    return [*lines, ("{\\tt " + emails.replace("{", "\\{").replace("}", "\\}") + "}", emails)]


def _era2_parts(paper: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    """An ERA2_SEEDS byline as LaTeX, its footnotes' LaTeX, and its lines as printed (see the module doc):

    `footnote` the names on one line, each marked, the places as unnumbered footnotes under the first
    column ("¹Department, Institution, City"), and on some the e-mails as a last footnote; `and_wrapped`
    (C04-1149) four to six marked names joined by "and", the line broken in one "and"'s place or before
    the last "and", over the marked place lines and the e-mail line; `and_affil` (C04-1054, C04-1099)
    acl.sty's grid, an author's block holding two places parted by a line "and"; `shared_cell`
    (C00-1036) the grid, the authors of one place two to a cell, their names on one line parted by a
    quad over the place's lines and one e-mail line; `mail_grid` (C04-1058) a row of marked names, each
    over its e-mail, over a row of the marked places' blocks."""
    authors, form = paper["authors"], paper["era2"]
    places = list(dict.fromkeys((a["department"], a["institution"], a["city"]) for a in authors))
    marks = [_SYMBOLS[i % len(_SYMBOLS)] if paper["symbols"] else str(i + 1) for i in range(len(places))]
    printed = {
        "*": "*",
        "\\dagger": "\u2020",
        "\\ddagger": "\u2021",
        "\\S": "\u00a7",
        **{m: m for m in marks},
    }

    def mark_of(a: dict[str, Any]) -> str:
        return marks[places.index((a["department"], a["institution"], a["city"]))]

    def address(lines: Sequence[str]) -> list[str]:
        return [f"{{\\it {tex(x)}}}" if paper["italic"] else tex(x) for x in lines]

    def block(lines: Sequence[str]) -> str:
        return "\\begin{tabular}[t]{c}" + " \\\\ ".join(lines) + "\\end{tabular}"

    names = [f"{_name_tex(paper, a)}$^{{{mark_of(a)}}}$" for a in authors]
    text_names = [f"{_printed_name(paper, a)}{printed[mark_of(a)]}" for a in authors]
    mail = _mail_line(authors, paper["mail"])
    mail_tex = "{\\tt " + mail.replace("{", "\\{").replace("}", "\\}") + "}"
    place_tex = [f"$^{{{m}}}${', '.join(address(p))}" for m, p in zip(marks, places, strict=True)]
    place_text = [f"{printed[m]}{', '.join(p)}" for m, p in zip(marks, places, strict=True)]
    if form == "footnote":
        line = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        notes = place_tex + ([mail_tex] if paper["foot_mail"] else [])
        text = [" ".join(text_names), *place_text, *([mail] if paper["foot_mail"] else [])]
        return line, notes, text
    if form == "and_wrapped":
        half = (len(names) + 1) // 2
        if paper["break"] == "and":
            line = " and ".join(names[:half]) + " \\\\ " + " and ".join(names[half:])
        else:
            line = ", ".join(names[:-1]) + " \\\\ and " + names[-1]
        lines = [line, *place_tex, mail_tex]
        return " \\\\ ".join(lines), [], [" ".join(text_names), *place_text, mail]
    if form == "mail_grid":
        heads = [block([n, f"{{\\tt {a['email']}}}"]) for n, a in zip(names, authors, strict=True)]
        feet = [
            block([f"$^{{{m}}}${address(p)[0]}", *address(p[1:])]) for m, p in zip(marks, places, strict=True)
        ]
        rows = [heads[i : i + paper["per_row"]] for i in range(0, len(heads), paper["per_row"])]
        byline = "\\\\[1ex]\n".join("\\hfil ".join(row) for row in [*rows, feet])
        text = [x for n, a in zip(text_names, authors, strict=True) for x in (n, a["email"])]
        return byline, [], [*text, *(x for p in place_text for x in [p])]
    cells: list[tuple[list[str], list[str]]] = []  # (tex lines, printed lines) of each grid cell
    if form == "shared_cell":
        for place in places:
            members = [a for a in authors if (a["department"], a["institution"], a["city"]) == place]
            for k in range(0, len(members), 2):
                pair = members[k : k + 2]
                head = " \\quad ".join(_name_tex(paper, a) for a in pair)
                mail_of = _mail_line(pair, paper["mail"])
                cells.append(
                    (
                        [
                            head,
                            *address(place),
                            "{\\tt " + mail_of.replace("{", "\\{").replace("}", "\\}") + "}",
                        ],
                        [" ".join(_printed_name(paper, a) for a in pair), *place, mail_of],
                    )
                )
    else:  # and_affil
        for a in authors:
            own = [a["department"], a["institution"], a["city"]]
            second = a.get("second", [])
            cells.append(
                (
                    [
                        _name_tex(paper, a),
                        *address(own),
                        *(["and", *address(second)] if second else []),
                        f"{{\\tt {a['email']}}}",
                    ],
                    [_printed_name(paper, a), *own, *(["and", *second] if second else []), a["email"]],
                )
            )
    rows = [cells[i : i + paper["per_row"]] for i in range(0, len(cells), paper["per_row"])]
    byline = "\\\\[2ex]\n".join("\\hfil ".join(block(c[0]) for c in row) for row in rows)
    return byline, [], [x for c in cells for x in c[1]]


def _mail_line(authors: list[dict[str, Any]], form: str) -> str:
    """One line of e-mails: each host's users in braces ("{anna,pedro}@uib.no"), parted by slashes
    ("anna/pedro@uib.no", C02-1014), or every address listed."""
    if form == "listed":
        return ", ".join(a["email"] for a in authors)
    hosts: dict[str, list[str]] = defaultdict(list)
    for a in authors:
        user, host = a["email"].split("@")
        hosts[host].append(user)
    if form == "slash":
        return ", ".join(f"{'/'.join(u)}@{h}" for h, u in hosts.items())
    return ", ".join(f"{{{','.join(u)}}}@{h}" if len(u) > 1 else f"{u[0]}@{h}" for h, u in hosts.items())


def _emails(authors: list[dict[str, Any]], braces: bool) -> str:
    """One line of e-mails: each host's users in braces ("{anna,pedro}@uib.no"), or every address."""
    if not braces:
        return ", ".join(a["email"] for a in authors)
    hosts: dict[str, list[str]] = defaultdict(list)
    for a in authors:
        user, host = a["email"].split("@")
        hosts[host].append(user)
    return ", ".join(f"{{{','.join(u)}}}@{h}" if len(u) > 1 else f"{u[0]}@{h}" for h, u in hosts.items())


def scan(pdf: Path, paper: dict[str, Any]) -> None:
    """Replace `pdf` by its scan: each page a grey 300 dpi bitmap, skewed, blurred and thresholded, under
    the invisible text Tesseract reads from it (its `pdf` output)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from pypdf import PdfWriter

    look = paper["scan"]
    with tempfile.TemporaryDirectory() as scratch:
        writer = PdfWriter()
        for i, page in enumerate(pdfium.PdfDocument(str(pdf))):
            image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
            image = image.rotate(look["skew"], resample=Image.Resampling.BICUBIC, fillcolor=255)
            image = image.filter(ImageFilter.GaussianBlur(look["blur"]))
            image = image.point(lambda v: 0 if v < look["ink"] else 255)
            png, base = Path(scratch) / f"page{i}.png", Path(scratch) / f"page{i}"
            image.save(png, dpi=(300, 300))
            subprocess.run(
                ["tesseract", str(png), str(base), "-l", "eng", "--dpi", "300", "pdf"],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=300,
            )
            writer.append(str(base.with_suffix(".pdf")))
        with pdf.open("wb") as out:
            writer.write(out)


_CAPTURE_FONTS = {
    (False, False): ("TimesNewRoman", "times"),
    (True, False): ("TimesNewRoman,Bold", "timesB"),
    (False, True): ("TimesNewRoman,Italic", "timesI"),
    (True, True): ("TimesNewRoman,BoldItalic", "timesBI"),
}
"""Capture's fonts by (bold, italic): the name it writes and the Times widths (fpdf2's) it states."""
_OCR_READS = str.maketrans({"\u2217": "*", "\u2212": "-"})
"""Signs outside Capture's code page that OCR reads as the ASCII sign they look like (TeX's math
asterisk, a footnote mark, and minus), not as the "?" a failed encoding writes."""
_CAPTURE_STEP = 0.24
"""Capture's sizes are multiples of this (12.48, 9.84, 9.36 pt)."""


def capture(pdf: Path, paper: dict[str, Any]) -> None:
    """Replace `pdf` by an Acrobat Capture file: each page a 300 dpi 1-bit scan, under an invisible text
    layer of one positioned, scaled and letter-spaced string per word (see the module doc). The words
    and their boxes are the clean PDF's, as the pdf layer reads them (Times through dvips reads whole)."""
    import pypdfium2 as pdfium
    from PIL import ImageFilter

    from paperparse.pdf import read_pdf

    look, rng = paper["scan"], random.Random(paper["capture"]["seed"])
    guesses: dict[float, float] = {}  # OCR's size guess for a type, one a page (Capture's are per block)
    pages = []
    document = pdfium.PdfDocument(str(pdf))
    for page, read in zip(document, read_pdf(pdf).pages, strict=True):
        image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        image = image.filter(ImageFilter.GaussianBlur(look["blur"]))
        image = image.point(lambda v: 0 if v < look["ink"] else 255).convert("1")
        guesses.clear()
        fonts = _flattened(read.lines, paper["capture"]["flat"]) if not pages else {}
        text = _capture_text(read, paper["capture"]["tracking"], rng, guesses, fonts)
        pages.append((image, (read.width, read.height), text))
    document.close()
    _write_capture(pdf, pages)


def _flattened(lines: list[Any], flat: str) -> dict[int, Any]:
    """The fonts Capture gives the title block as one block, by line: "byline" sets the lines between
    title and abstract in the names' size, bold (A88-1032); "header" sets the title's lines too, in a size
    between the two (A94-1004: title, name and address lines all 12.48 pt bold)."""
    from paperparse.pdf.model import Font

    head = next((i for i, line in enumerate(lines) if line.text.strip() == "Abstract"), 0)
    if flat == "none" or head < 2:
        return {}
    title = max(line.size for line in lines[:head])
    top = next(i for i, line in enumerate(lines) if line.size == title)  # under a meeting's line
    names = next(line.size for line in lines[top:head] if line.size < title - 0.5)
    size = names if flat == "byline" else (title + names) / 2
    font = Font("", size, True, False)
    block = range(top, head)
    return {i: font for i in block if flat == "header" or lines[i].size < title - 0.5}


def _capture_text(
    page: Any, tracking: float, rng: random.Random, guesses: dict[float, float], fonts: dict[int, Any]
) -> bytes:
    """The page's text layer: per line a BT block whose words each set their size, scale and spacing.

    As in the Anthology's Capture files (A88-1032, A94-1004: Tc 0.03-0.08 em, headings up to 0.14), a
    line's horizontal scale makes its words, at the OCR's size and a letter-spacing of about `tracking`
    em, as wide as in the image, and each word's own letter-spacing fits its box as OCR measured it (to
    about a pixel at 300 dpi)."""
    from fpdf.fonts import CORE_FONTS_CHARWIDTHS

    ops = []
    for index, line in enumerate(page.lines):
        words = []
        for word in line.words:
            text = unicodedata.normalize("NFKC", word.text).translate(_OCR_READS)
            text = text.encode("cp1252", "replace").decode("cp1252")
            if not text.strip():
                continue
            font = fonts.get(index, word.font)
            guess = guesses.setdefault(round(font.size, 1), rng.uniform(0.92, 1.04))
            size = max(_CAPTURE_STEP, round(font.size * guess / _CAPTURE_STEP) * _CAPTURE_STEP)
            widths = CORE_FONTS_CHARWIDTHS[_CAPTURE_FONTS[font.bold, font.italic][1]]
            natural = sum(widths.get(c, 500) for c in text) * size / 1000
            width = max(0.5, word.x1 - word.x0 + rng.uniform(-0.4, 0.4))
            words.append((word, text, size, natural, width, font))
        if not words:
            continue
        spaced = tracking + (rng.uniform(0.0, 0.06) if line.size > 11 else 0.0)
        wide = sum(n + spaced * size * (len(t) - 1) for _, t, size, n, _, _ in words)
        tz = max(50, min(100, round(100 * sum(w[4] for w in words) / wide)))
        ops.append("BT 3 Tr")
        x_last = None
        for word, text, size, natural, width, font in words:
            tc = (width * 100 / tz - natural) / (len(text) - 1) if len(text) > 1 else 0.0
            baseline = page.height - (word.y1 - 0.2 * word.font.size)
            if x_last is None:
                ops.append(f"1 0 0 1 {word.x0:.2f} {baseline:.2f} Tm")
            else:
                ops.append(f"{word.x0 - x_last:.2f} 0 TD")
            x_last = word.x0
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            fid = list(_CAPTURE_FONTS).index((font.bold, font.italic))
            ops.append(f"/F{fid} {size:.2f} Tf {tz} Tz {tc:.2f} Tc 0 Tw ({escaped} ) Tj")
        ops.append("ET")
    return "\n".join(ops).encode("cp1252")


def _write_capture(pdf: Path, pages: list[tuple[Any, tuple[float, float], bytes]]) -> None:
    """A PDF of the pages' images and text layers, its fonts TrueType without font files."""
    import zlib

    from fpdf.fonts import CORE_FONTS_CHARWIDTHS

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    fonts = []
    for name, metrics in _CAPTURE_FONTS.values():
        widths = " ".join(str(CORE_FONTS_CHARWIDTHS[metrics].get(chr(c), 500)) for c in range(32, 256))
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /{name} /Flags 34 /FontBBox [-250 -216 1200 891] "
            f"/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 >>".encode()
        )
        fonts.append(
            add(
                f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 255 "
                f"/Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor {descriptor} 0 R >>".encode()
            )
        )
    font_dict = " ".join(f"/F{i} {ref} 0 R" for i, ref in enumerate(fonts))
    kids = []
    pages_ref = len(objects) + 3 * len(pages) + 1  # each page adds three objects, then comes Pages
    for image, (width, height), text in pages:
        data = zlib.compress(image.tobytes())
        scan_ref = add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (*image.size, len(data))
            + data
            + b"\nendstream"
        )
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (width, height) + text
        content_ref = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] /Contents {content_ref} 0 R "
                f"/Resources << /Font << {font_dict} >> /XObject << /Im0 {scan_ref} 0 R >> >> >>".encode()
            )
        )
    assert len(objects) + 1 == pages_ref, "the Pages object's number was counted wrong"
    add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode())
    catalog = add(f"<< /Type /Catalog /Pages {pages_ref} 0 R >>".encode())
    out = bytearray(b"%PDF-1.3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    pdf.write_bytes(bytes(out))


def compile_old(tex_source: str, folder: Path, paper: dict[str, Any]) -> Path:
    """latex, then dvips (for the bitmap classes without its font map: every font a pk bitmap, Type 3
    in the PDF), then ps2pdf; or pdflatex for the pdftex classes: the PDF is copied into `folder`."""
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "paper.tex").write_text(tex_source, "ascii")
        run = {"cwd": scratch, "check": True, "stdout": subprocess.DEVNULL, "timeout": 300}
        if paper["class"].endswith("_pdftex"):
            subprocess.run(["pdflatex", "-interaction=batchmode", "-halt-on-error", "paper.tex"], **run)
            shutil.copy(Path(scratch) / "paper.pdf", folder / "paper.pdf")
            return folder / "paper.pdf"
        subprocess.run(["latex", "-interaction=batchmode", "-halt-on-error", "paper.tex"], **run)
        bitmap = ["-u", "/dev/null", "-D", str(paper["dpi"])] if paper["class"].endswith("_pk") else []
        subprocess.run(
            ["dvips", "-q", *bitmap, "paper.dvi", "-o", "paper.ps"], **run, stderr=subprocess.DEVNULL
        )
        subprocess.run(["ps2pdf", "paper.ps", "paper.pdf"], **run)
        shutil.copy(Path(scratch) / "paper.pdf", folder / "paper.pdf")
    if "capture" in paper:
        capture(folder / "paper.pdf", paper)
    elif "scan" in paper:
        scan(folder / "paper.pdf", paper)
    return folder / "paper.pdf"


def gold(paper: dict[str, Any]) -> dict[str, Any]:
    """The paperparse/1 gold `score_document` reads (title and authors, as the ACL corpus has), and the
    printed text the word measures read."""
    names = [_printed_name(paper, a) for a in paper["authors"]]
    lines = [[a[k] for k in ("department", "institution", "city", "email")] for a in paper["authors"]]
    if paper.get("departments"):
        lines = [[paper["departments"], *line[1:]] for line in lines]
    if paper.get("joined"):
        lines = lines[:1]
        lines[0].pop()
    elif paper.get("byline", "grid") != "grid":
        names, lines = [], [[text for _, text in _era_lines(paper)]]
    if "era2" in paper:
        names, lines = [], [_era2_parts(paper)[2]]
    if "era3" in paper:
        names, lines = [], [_era3_parts(paper)[1]]
    person = ("given", "middle", "surname", "suffix")
    return {
        "source": f"scripts/oldpdf_corpus.py seed {paper['seed']}",
        "group": group_of(paper["seed"]),
        "fields": ["title", "authors"],
        "title": paper["title"],
        "authors": [{k: a[k] for k in person if a.get(k)} for a in paper["authors"]],
        "text": [
            *([paper["meeting"][1]] if paper.get("meeting", ("none",))[0] != "none" else []),
            _printed_title(paper),
            *names,
            *(x for ls in lines for x in ls),
            "Abstract",
            paper["abstract"],
            "1 Introduction",
            *paper["paragraphs"],
        ],
        "features": {
            "class": paper["class"],
            "dpi": str(paper["dpi"]),
            "size": paper["size"],
            **({"byline": _byline_kind(paper)} if "joined" in paper else {}),
            **({"capitals": _capitals(paper)} if "capital_surnames" in paper else {}),
            **({"flat": paper["capture"]["flat"]} if "capture" in paper else {}),
            **(_era_features(paper) if "byline" in paper else {}),
            **(_title_features(paper) if "meeting" in paper else {}),
            **(_era2_features(paper) if "era2" in paper else {}),
            **(_era3_features(paper) if "era3" in paper else {}),
        },
    }


def _era_features(paper: dict[str, Any]) -> dict[str, str]:
    """The era range's draws, each a line of the score's report."""
    authors = paper["authors"]
    parts = [k for k in ("middle", "suffix") if any(a[k] for a in authors)]
    parts += ["particle"] * any(" " in a["surname"] for a in authors)
    rows = -(-len(authors) // paper["per_row"]) if paper["byline"] == "grid" else 1
    return {
        "byline": paper["byline"] + ("+symbols" if paper["symbols"] and paper["byline"] == "marked" else ""),
        "case": paper["case"],
        "names": "+".join(parts) or "plain",
        "departments": "list" if paper.get("departments") else "one",
        "rows": str(rows),
    }


def _title_features(paper: dict[str, Any]) -> dict[str, str]:
    """The title block range's draws, each a line of the score's report."""
    return {
        "title_lines": str(len(paper["title_cuts"]) + 1),
        "title_mark": str(paper["title_mark"]),
        "case": paper["case"],
        "meeting": paper["meeting"][0],
    }


def _era2_features(paper: dict[str, Any]) -> dict[str, str]:
    """The ERA2_SEEDS range's draws, each a line of the score's report."""
    return {
        "byline": paper["era2"] + (f"+{paper['break']}" if paper["era2"] == "and_wrapped" else ""),
        "case": paper["case"],
        "marks": "symbols" if paper["symbols"] else "numbers",
        "italic": str(paper["italic"]),
        "mail": paper["mail"],
        "title_lines": str(len(paper["title_cuts"]) + 1),
        "title_case": "capitals" if paper["capital_title"] else "as drawn",
    }


def _era3_features(paper: dict[str, Any]) -> dict[str, str]:
    """The ERA3_SEEDS range's draws, each a line of the score's report."""
    return {
        "byline": paper["era3"] + (f"+{paper['name_join']}" if paper["era3"] == "place_rows" else ""),
        "case": paper["case"],
        "italic": str(paper["italic"]),
        "mail": paper["mail"],
        "title": ("subtitle" + "+small" * paper["subtitle_small"]) if paper["subtitle"] else "plain",
        "title_lines": str(len(paper["title_cuts"]) + 1),
        "title_case": "capitals" if paper["capital_title"] else "as drawn",
    }


def _byline_kind(paper: dict[str, Any]) -> str:
    if paper.get("wrap"):
        return "wrapped"
    if not paper["joined"]:
        return "grid"
    return "commas" if paper.get("commas") else "spaced" if paper.get("spaced") else "joined"


def _capitals(paper: dict[str, Any]) -> str:
    parts = [name for name in ("title", "surnames") if paper.get(f"capital_{name}")]
    return "+".join(parts) or "none"


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    require_tex(("latex", "dvips", "pdflatex", "ps2pdf"), "texlive-base texlive-fonts-extra ghostscript")
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        write_paper(out, seed)


def write_paper(out: Path, seed: int) -> None:
    """One paper's folder: its LaTeX, gold and PDF."""
    paper = draw_paper(seed)
    source = paper_latex(paper)
    folder = out / f"oldpdf_{seed:04d}"
    folder.mkdir(exist_ok=True)
    (folder / "paper.tex").write_text(source, "utf-8")
    (folder / "gold.json").write_text(json.dumps(gold(paper), indent=1, ensure_ascii=False), "utf-8")
    compile_old(source, folder, paper)
    print(f"{folder.name}: {paper['class']}, {paper['dpi']} dpi ({group_of(seed)})", flush=True)


_EDGE = re.compile(r"^[^\w@]+|[^\w@]+$")
_BAD = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")


def _tokens(text: str) -> list[str]:
    return [t for t in (_EDGE.sub("", w) for w in text.split()) if t]


def page_words(pdf: Path) -> list[list[str]]:
    """The PDF's words by line as the pdf layer reads them, a line-end hyphen joined to the next line."""
    from paperparse.pdf import read_pdf

    lines = [[w.text for w in ln.words] for page in read_pdf(pdf).pages for ln in page.lines]
    for i in range(len(lines) - 1):
        if (
            lines[i]
            and lines[i + 1]
            and re.search(r"[a-z]-$", lines[i][-1])
            and lines[i + 1][0][:1].islower()
        ):
            lines[i][-1] = lines[i][-1][:-1] + lines[i + 1].pop(0)
    return [_tokens(" ".join(line)) for line in lines]


def word_counts(truth: dict[str, Any], lines: list[list[str]]) -> Counter[str]:
    """found / gold tokens, split and merged tokens, words with bad characters (see the module doc)."""
    wanted = Counter(t for text in truth["text"] for t in _tokens(text))
    alphabet = set("".join(truth["text"])) | set("-.,;:'`()0123456789")  # and the page number
    words = [w for line in lines for w in line]
    counts: Counter[str] = Counter(gold=sum(wanted.values()), words=len(words))
    counts["found"] = sum((wanted & Counter(words)).values())
    for line in lines:
        for a, b in zip(line, line[1:], strict=False):
            if wanted[a + b] and not (wanted[a] and wanted[b]):
                counts["split"] += 1
        for w in line:
            if not wanted[w] and any(wanted[w[:k]] and wanted[w[k:]] for k in range(1, len(w))):
                counts["merged"] += 1
    counts["bad chars"] = sum(1 for w in words if _BAD.search(w) or not set(w) <= alphabet)
    return counts


def score(
    corpus: Path, group: str, extractor: Callable[[Path], dict[str, Any]] | None = None
) -> dict[str, dict[str, Any]]:
    """Title/authors counts and word counts over the corpus, overall and per class, dpi and size."""
    from paperparse.eval.scoring import FieldScores, score_document

    scores: dict[str, FieldScores] = defaultdict(FieldScores)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    papers: dict[str, int] = defaultdict(int)
    for folder, truth, pred in papers_scored(corpus, group, extractor):
        counts = word_counts(truth, page_words(folder / "paper.pdf"))
        for key in ("overall", *(f"{n}={v}" for n, v in truth["features"].items())):
            score_document(scores[key], truth, pred)
            words[key] += counts
            papers[key] += 1
    return {
        key: {"papers": papers[key], "fields": scores[key].to_dict(), "words": dict(words[key])}
        for key in sorted(scores)
    }


def report(result: dict[str, dict[str, Any]]) -> str:
    """Title and authors F1 (Ratcliff), then the word measures per 1,000 gold tokens, overall first."""
    head = f"{'':<20} {'n':>4} {'title':>6} {'authors':>7} {'found':>6} {'split':>6} {'merged':>6} {'bad':>6}"
    lines = [head + "   (split, merged, bad chars per 1000 gold tokens)"]
    for key in sorted(result, key=lambda k: (k != "overall", k)):
        fields, w = result[key]["fields"], result[key]["words"]
        per = 1000 / max(w["gold"], 1)
        cells = [f"{fields[f]['ratcliff']['f1']:>{n}.3f}" for f, n in (("title", 6), ("authors", 7))]
        cells.append(f"{w.get('found', 0) / max(w['gold'], 1):>6.3f}")
        cells += [f"{w.get(k, 0) * per:>6.2f}" for k in ("split", "merged", "bad chars")]
        lines.append(f"{key:<20} {result[key]['papers']:>4} " + " ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "oldpdf_corpus.py", DEFAULT_OUT, 40, generate, score, report)


if __name__ == "__main__":
    main()
