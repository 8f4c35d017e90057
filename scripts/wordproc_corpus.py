"""A generated corpus of word-processor papers, with exact gold: measures ACL-era bylines from Word templates.

Why: many ACL and COLING papers of 1998-2010 were written in the conferences' Word templates, not LaTeX, and
the other generators draw only TeX output (oldpdf_corpus.py: latex, dvips, Distiller-era fonts). Here the
same kind of paper is written as a .docx in the Word template's layout (title across the page, the byline in
a borderless table or on lines of its own, the abstract and sections in two columns) and printed to PDF by
LibreOffice, a word processor's own PDF writer: TrueType subsets, real space glyphs, justified lines.

    python scripts/wordproc_corpus.py generate [--out ../wordproc-corpus] [--papers 40] [--seed 1]
    python scripts/wordproc_corpus.py score [DIR] [--group dev|judge|all]

`generate` needs LibreOffice Writer (Debian's libreoffice-writer-nogui; `soffice` on the path; a
development tool, CI does not install it) and python-docx (in the `test` extra, so CI runs the corpus's
unit tests, which check the .docx without printing it). Even seeds are DEV, odd
seeds JUDGE. `score` is oldpdf_corpus.py's: title and authors F1 (Ratcliff, as `paperparse eval`) and the
word measures, overall and per class and per feature.

Classes (seed // 2 modulo their number), the byline forms of the Word templates:
`table` the names side by side in a borderless table, two or three to a row, each over its department,
institution, city and e-mail lines (ACL/COLING's Word template); `line` all names on one line ("A, B and
C") over the shared affiliation lines and a line of e-mails; `numbered` names with superscript numbers
over numbered affiliation lines ("¹Department …") and the e-mails, the marks raised digits or, on some
papers, the superscript characters "¹²" on the baseline. The title is set in Times or Arial,
bold, 14 to 16 pt, in capitals on some papers (as 1990s papers print it); the fonts are LibreOffice's
metric twins of Times New Roman, Arial and Courier New (Liberation). Drawn per paper too (`_look`): names
bold or roman, e-mails in Courier or Times, and in the table class on some papers the e-mails on a line of
their own under the table, one host's grouped in braces.

Seeds from TABS_SEEDS on draw `tabs`: the table class's blocks typed without a table, as many Word papers
of the era set their byline: each row of names one paragraph, the names parted by tabs to centred tab
stops over each column's middle, and so each line under them (departments, institutions, cities, e-mails).
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from header_corpus import _DEPARTMENTS, _GIVEN, _INSTITUTIONS, _SURNAMES, _ascii  # noqa: E402
from oldpdf_corpus import _LIGATURE_WORDS, _prose, report, score  # noqa: E402
from table_corpus import _PROSE, corpus_cli, group_of  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "wordproc-corpus"
CLASSES = ("table", "line", "numbered")
TABS_SEEDS = 1000
"""Seeds from here on draw `tabs` (see the module doc); seeds below draw what they drew."""
_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPTS = str.maketrans("0123456789", _MARKS)
_DIGITS = str.maketrans(_MARKS, "0123456789")


def draw_paper(seed: int) -> dict[str, Any]:
    """One paper from its seed: class, title and its type, byline, abstract and a section of prose."""
    rng = random.Random(seed)
    cls = "tabs" if seed >= TABS_SEEDS else CLASSES[seed // 2 % len(CLASSES)]
    words = rng.sample(_PROSE + list(_LIGATURE_WORDS), rng.randint(4, 10))
    title = " ".join(w.capitalize() if len(w) > 3 else w for w in words)
    places = rng.sample(_INSTITUTIONS, rng.randint(1, 3))
    departments = [rng.choice(_DEPARTMENTS) for _ in places]
    authors = []
    for surname in rng.sample(_SURNAMES, rng.randint(1, 5)):
        given = rng.choice(_GIVEN)
        k = rng.randrange(len(places))
        authors.append(
            {
                "given": given,
                "surname": surname,
                "department": departments[k],
                "institution": places[k][0],
                "city": f"{places[k][1]}, {places[k][2]}",
                "email": f"{_ascii(given)[0].lower()}.{_ascii(surname).lower().replace(' ', '')}@{places[k][3]}",
                "place": k,
            }
        )
    texts = [_prose(rng) for _ in range(rng.randint(9, 12))]  # the first page full, as a paper's is
    return {
        "seed": seed,
        "class": cls,
        "title": title[0].upper() + title[1:],
        "capitals": rng.random() < 0.3,
        "title_font": rng.choice(("Times New Roman", "Arial")),
        "title_size": rng.choice((14, 15, 16)),
        "per_row": rng.choice((2, 3)),
        "raised": rng.random() < 0.7,
        "authors": authors,
        "abstract": texts[0],
        "paragraphs": texts[1:],
        **_look(seed),
    }


def _look(seed: int) -> dict[str, Any]:
    """How the byline is typed, from its own generator (a seed's class, title and names stay what they
    were before these were drawn): names bold or not, e-mails in Courier or the text's Times, and in the
    table class the e-mails on a line of their own under the table, grouped in braces where they can be."""
    rng = random.Random(seed + 1_000_003)
    return {
        "names_bold": rng.random() < 0.7,
        "email_font": rng.choice(("Courier New", "Times New Roman")),
        "emails_under": rng.random() < 0.3,
    }


def byline_lines(paper: dict[str, Any]) -> list[list[str]]:
    """The byline as printed, block by block: for `table` one block per author (name first), otherwise
    one block of lines (names, affiliation lines, e-mails)."""
    authors = paper["authors"]
    names = [f"{a['given']} {a['surname']}" for a in authors]
    emails = _email_line(authors) if paper.get("emails_under") else ", ".join(a["email"] for a in authors)
    if paper["class"] in ("table", "tabs"):
        blocks = [
            [
                n,
                a["department"],
                a["institution"],
                a["city"],
                *([] if paper.get("emails_under") else [a["email"]]),
            ]
            for n, a in zip(names, authors, strict=True)
        ]
        return [*blocks, [emails]] if paper.get("emails_under") else blocks
    places = sorted({a["place"] for a in authors})
    if paper["class"] == "line" or len(places) == 1:
        line = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        first = authors[0]
        return [[line, first["department"], first["institution"], first["city"], emails]]
    number = {p: i + 1 for i, p in enumerate(places)}
    marked = [
        f"{n}{str(number[a['place']]).translate(_SUPERSCRIPTS)}" for n, a in zip(names, authors, strict=True)
    ]
    lines = [", ".join(marked)]
    for p in places:
        a = next(a for a in authors if a["place"] == p)
        lines.append(
            f"{str(number[p]).translate(_SUPERSCRIPTS)}{a['department']}, {a['institution']}, {a['city']}"
        )
    return [[*lines, emails]]


def _email_line(authors: list[dict[str, Any]]) -> str:
    """All e-mails on one line, those of one host grouped in braces ("{a.lee, b.kim}@uni.edu")."""
    hosts: dict[str, list[str]] = {}
    for a in authors:
        user, host = a["email"].split("@")
        hosts.setdefault(host, []).append(user)
    return ", ".join(f"{{{', '.join(u)}}}@{h}" if len(u) > 1 else f"{u[0]}@{h}" for h, u in hosts.items())


def write_docx(paper: dict[str, Any], path: Path) -> None:
    """The paper in the Word template's layout: title and byline across the page, then two columns."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Inches(1)

    def para(text: str, size: float = 11, bold: bool = False, font: str | None = None, centre: bool = True):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.JUSTIFY
        for piece in re.split(f"([{_MARKS}]+)", text):
            marks = piece and piece[0] in _MARKS
            run = p.add_run(piece.translate(_DIGITS) if marks and paper["raised"] else piece)
            run.font.size, run.font.bold = Pt(size), bold
            run.font.superscript = bool(marks and paper["raised"])
            if font:
                run.font.name = font
        return p

    title = paper["title"].upper() if paper["capitals"] else paper["title"]
    para(title, paper["title_size"], True, paper["title_font"]).paragraph_format.space_after = Pt(18)
    blocks = byline_lines(paper)
    if paper["class"] == "table":
        under = blocks.pop()[0] if paper["emails_under"] else None
        per_row = paper["per_row"]
        rows = [blocks[i : i + per_row] for i in range(0, len(blocks), per_row)]
        table = doc.add_table(rows=len(rows), cols=min(per_row, len(blocks)))
        for r, row in enumerate(rows):
            for c, block in enumerate(row):
                cell = table.cell(r, c)
                cell.paragraphs[0].text = ""
                for i, line in enumerate(block):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = p.add_run(line)
                    run.font.bold = i == 0 and paper["names_bold"]
                    run.font.size = Pt(12 if i == 0 else 11)
                    if "@" in line:
                        run.font.name = paper["email_font"]
                        run.font.size = Pt(10)
        if under:
            para(under, 10, font=paper["email_font"]).paragraph_format.space_before = Pt(6)
    elif paper["class"] == "tabs":
        under = blocks.pop()[0] if paper["emails_under"] else None
        per_row = paper["per_row"]
        for start in range(0, len(blocks), per_row):
            row = blocks[start : start + per_row]
            for i in range(len(row[0])):
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10 if i == 0 and start else 0)
                for c in range(len(row)):
                    p.paragraph_format.tab_stops.add_tab_stop(
                        Inches(6.5 * (c + 0.5) / len(row)), WD_TAB_ALIGNMENT.CENTER
                    )
                run = p.add_run("\t" + "\t".join(block[i] for block in row))
                run.font.bold = i == 0 and paper["names_bold"]
                run.font.size = Pt(12 if i == 0 else 10 if "@" in row[0][i] else 11)
                if "@" in row[0][i]:
                    run.font.name = paper["email_font"]
        if under:
            para(under, 10, font=paper["email_font"]).paragraph_format.space_before = Pt(6)
    else:
        lines = blocks[0]
        for i, line in enumerate(lines):
            email = i == len(lines) - 1 and "@" in line
            size = 12 if i == 0 else 10 if email else 11
            para(line, size, i == 0 and paper["names_bold"], paper["email_font"] if email else None)
    para("").paragraph_format.space_after = Pt(12)
    columns = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = columns._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        columns._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "360")
    para("Abstract", 12, True).paragraph_format.space_after = Pt(6)
    abstract = para(paper["abstract"], 10, centre=False)
    abstract.paragraph_format.left_indent = abstract.paragraph_format.right_indent = Inches(0.25)
    abstract.paragraph_format.space_after = Pt(12)
    para("1 Introduction", 12, True, centre=False).paragraph_format.space_after = Pt(6)
    for text in paper["paragraphs"]:
        para(text, 11, centre=False).paragraph_format.first_line_indent = Inches(0.2)
    doc.save(str(path))


def to_pdf(docx: Path, folder: Path) -> Path:
    """LibreOffice's PDF of the document, with a profile of its own (parallel runs do not share one)."""
    with tempfile.TemporaryDirectory() as scratch:
        profile = Path(scratch) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                scratch,
                str(docx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
        shutil.copy(Path(scratch) / docx.with_suffix(".pdf").name, folder / "paper.pdf")
    return folder / "paper.pdf"


def gold(paper: dict[str, Any]) -> dict[str, Any]:
    """The gold oldpdf_corpus.py's `score` reads: title and authors, and the printed text."""
    title = paper["title"].upper() if paper["capitals"] else paper["title"]
    return {
        "source": f"scripts/wordproc_corpus.py seed {paper['seed']}",
        "group": group_of(paper["seed"]),
        "fields": ["title", "authors"],
        "title": title,
        "authors": [{"given": a["given"], "surname": a["surname"]} for a in paper["authors"]],
        "text": [
            title,
            *(
                line.translate(_DIGITS) if paper["raised"] else line
                for block in byline_lines(paper)
                for line in block
            ),
            "Abstract",
            paper["abstract"],
            "1 Introduction",
            *paper["paragraphs"],
        ],
        "features": {
            "class": paper["class"],
            "title": f"{paper['title_font']}{' capitals' if paper['capitals'] else ''}",
            "authors": str(len(paper["authors"])),
            **(
                {"marks": "raised" if paper["raised"] else "characters"}
                if paper["class"] == "numbered"
                else {}
            ),
        },
    }


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    if shutil.which("soffice") is None:
        sys.exit("wordproc_corpus.py needs LibreOffice Writer: apt-get install libreoffice-writer-nogui")
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        paper = draw_paper(seed)
        folder = out / f"wordproc_{seed:04d}"
        folder.mkdir(exist_ok=True)
        write_docx(paper, folder / "paper.docx")
        (folder / "gold.json").write_text(json.dumps(gold(paper), indent=1, ensure_ascii=False), "utf-8")
        to_pdf(folder / "paper.docx", folder)
        print(
            f"{folder.name}: {paper['class']}, {len(paper['authors'])} authors ({group_of(seed)})", flush=True
        )


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "wordproc_corpus.py", DEFAULT_OUT, 40, generate, score, report)


if __name__ == "__main__":
    main()
