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
    cls = CLASSES[seed // 2 % len(CLASSES)]
    words = rng.sample(_PROSE + list(_LIGATURE_WORDS), rng.randint(4, 9))
    title = " ".join(w.capitalize() if len(w) > 3 else w for w in words)
    authors = []
    for surname in rng.sample(_SURNAMES, rng.randint(1, 4)):
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
    return paper


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
                tex(f"{a['given']} {a['surname']}"),
                tex(a["department"]),
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
        byline = _joined_byline(paper["authors"])
    body = [
        f"\\documentclass[{paper['size']},twocolumn]{{article}}",
        _PREAMBLE[paper["class"]],
        "\\setlength{\\textwidth}{6.5in}\\setlength{\\oddsidemargin}{0in}\\setlength{\\columnsep}{0.25in}",
        "\\setlength{\\textheight}{9in}\\setlength{\\topmargin}{-0.5in}",
        "\\pagestyle{empty}\\begin{document}",
        "\\twocolumn[{\\centering{\\Large\\bf " + tex(paper["title"]) + "\\par}\\vspace{2em}",
        "{\\normalsize " + byline + "\\par}\\vspace{2em}}]",
        "\\begin{center}" + _ABSTRACT_HEAD.get(paper["class"], "\\bf Abstract") + "\\end{center}",
        "{\\small " + tex(paper["abstract"]) + "\\par}",
        "\\section{Introduction}",
        *[tex(p) + "\n" for p in paper["paragraphs"]],
        "\\end{document}",
    ]
    return "\n".join(line for line in body if line) + "\n"


def _joined_byline(authors: list[dict[str, Any]]) -> str:
    """All names on one line ("A, B and C"), then the first author's department, institution and city."""
    names = [tex(f"{a['given']} {a['surname']}") for a in authors]
    line = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    first = authors[0]
    return " \\\\ ".join([line, tex(first["department"]), tex(first["institution"]), tex(first["city"])])


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
    if "scan" in paper:
        scan(folder / "paper.pdf", paper)
    return folder / "paper.pdf"


def gold(paper: dict[str, Any]) -> dict[str, Any]:
    """The paperparse/1 gold `score_document` reads (title and authors, as the ACL corpus has), and the
    printed text the word measures read."""
    names = [f"{a['given']} {a['surname']}" for a in paper["authors"]]
    lines = [[a[k] for k in ("department", "institution", "city", "email")] for a in paper["authors"]]
    if paper.get("joined"):
        lines = lines[:1]
        lines[0].pop()
    return {
        "source": f"scripts/oldpdf_corpus.py seed {paper['seed']}",
        "group": group_of(paper["seed"]),
        "fields": ["title", "authors"],
        "title": paper["title"],
        "authors": [{"given": a["given"], "surname": a["surname"]} for a in paper["authors"]],
        "text": [
            paper["title"],
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
            **({"byline": "joined" if paper["joined"] else "grid"} if "joined" in paper else {}),
        },
    }


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
