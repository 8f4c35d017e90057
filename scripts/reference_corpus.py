"""A generated bibliography corpus: real .bib entries printed by real BibTeX styles, gold from the .bib.

Why: latex-pairs prints each bibliography style in a handful of papers only, so a parser fix can fit
those papers. Here the entries of the DEV-fold latex-pairs papers (folds 0-2; JUDGE papers' .bib files
are never read) are printed through thirty styles with bibtex + pdflatex, and each printed entry's
fields are known from the .bib it came from: the styles are measured, not the papers.

    python scripts/reference_corpus.py generate [--out ../reference-corpus] [--papers 160] [--seed 1]
    python scripts/reference_corpus.py score [DIR] [--group a|b|all]
    python scripts/reference_corpus.py train [DIR] --half a|b --out MODEL   (held out by style)
    python scripts/reference_corpus.py score [DIR] --group b --model MODEL

`generate` writes one folder per document (paper.tex, refs.bib, paper.pdf, refs.json; a PDF whose
paper.tex and refs.bib are unchanged is kept, so a change to the gold rules re-runs quickly) and needs pdflatex
and bibtex with the styles' packages (Debian's texlive-latex-extra, -publishers, -science; from seed
`SHAPED_FROM` on, -bibtex-extra too, whose merlin.mbs makes the ACL and Springer styles) and, to read
the .bib files, bibtexparser 1.x and pylatexenc (both in the `test` extra, so CI runs
the corpus's unit tests; generating needs TeX, which CI does not install). A document's seed picks its style (`style_of`) and its entries.

Gold (refs.json, one reference per printed entry, in `paperparse eval`'s shape): authors (surnames as
latex-pairs' loader reads them: particles kept, "others" dropped), title, venue (the first of journal,
booktitle, school, institution, publisher, howpublished, else "arXiv:<eprint>", derive_gold's order; the
publisher, school or institution of a book, thesis or report, any venue taken from a publisher, school or
institution field (an entry with no journal or booktitle) and a URL are not a venue: unscored there, as in
latex-pairs), year,
volume, pages and DOI, LaTeX rendered to text with pylatexenc as derive_gold.py does. A field whose value
the PDF does not print (a style that leaves out article titles or DOIs, prints the first page only,
abbreviates a journal, or prints
a title with math, an author list cut by "et al.") is `unscored` on both sides, so the scores measure
parsing, not the styles' choices; an entry whose title is not printed is paired by the values it prints.

Styles fall in two halves by family (`HALVES`: twins such as plain/abbrv/alpha or plainnat/unsrtnat/
abbrvnat share a half), and the entries by their source paper (sha1 of its id, even or odd), so a model
trained on half "a" (its styles, its papers' entries) can be scored on half "b": held out by style and by
entry. `score` extracts every PDF with the pipeline and pairs predicted references to gold as `paperparse
eval` does (`score_document`), printing P/R/F1 per field overall, per style and per entry type.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table_corpus import require_tex  # noqa: E402  (the sibling generators' TeX check)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT.parent / "reference-corpus"
LATEX_PAIRS = ROOT.parent / "shared" / "corpora" / "latex-pairs"
ENTRIES_PER_DOC = 24

STYLES = (
    "IEEEtran",
    "splncs04",
    "ACM-Reference-Format",
    "elsarticle-num",
    "elsarticle-harv",
    "apsrev4-2",
    "plainnat",
    "unsrtnat",
    "abbrvnat",
    "plain",
    "abbrv",
    "alpha",
    "ieeetr",
    "apalike",
    "mnras",
    "siam",
    "naturemag",
    "acm",
    "vancouver",
    "amsplain",
    "agufull04",
    "sageep",
    "klunamed",
    "aiaa",
    "spiebib",
    "mslapa",
    "IEEEtranN",
    "lni",
    "achemso",
    "unsrt",
)
SHAPED_FROM = 20000
"""Seeds from here on draw `SHAPED_STYLES` and `SHAPED_TYPE_WEIGHTS`, preferring entries rich in the fields
that shape a venue (`SHAPE_FIELDS`), from a pool that also holds non-arXiv @misc entries and their notes:
the venue classes the first thirty styles did not print (ACL's proceedings with address, month and
publisher; IEEE's abbreviated journals and "in Proc."; revtex's journals without titles; Springer's
"In: Editor (eds.) Book. LNCS, vol. 1"). Seeds below it draw exactly what they drew before."""
FLOATS_FROM = 30000
"""Seeds from here on draw as seeds from SHAPED_FROM do, and set floats among the entries (`float_latex`):
a table and a figure started with the bibliography, placed at the top of the page they land on (its first
or a later page of entries; across both columns of a two-column class), as a paper's last floats fall on
its bibliography pages (latex-pairs' IEEE papers: a results table across the last page's top, a page of
figures between two pages of entries). The gold is the entries' as before; the floats are none. Their
styles are `FLOAT_STYLES`, one per pair of seeds (seed // 2), so that DEV (even) and JUDGE (odd) seeds
draw each of them."""
FLOAT_STYLES = (
    "IEEEtran",
    "acl_natbib",
    "elsarticle-num",
    "apsrev4-2-short",
    "plainnat",
    "IEEEtran-abbrv",
    "mnras",
    "spbasic",
    "ACM-Reference-Format",
    "aipnum4-2",
    "splncs04",
    "elsarticle-harv",
)
SHAPED_STYLES = (
    "acl_natbib",
    "IEEEtran-abbrv",
    "apsrev4-2-short",
    "spbasic",
    "aipnum4-2",
    "splncs04",
)
HALVES = {
    "a": frozenset(
        (
            "IEEEtran",
            "IEEEtranN",
            "ieeetr",
            "ACM-Reference-Format",
            "plainnat",
            "unsrtnat",
            "abbrvnat",
            "mnras",
            "naturemag",
            "vancouver",
            "agufull04",
            "klunamed",
            "spiebib",
            "achemso",
            "acl_natbib",
            "IEEEtran-abbrv",
            "apsrev4-2-short",
            "spbasic",
        )
    ),
    "b": frozenset(
        (
            "splncs04",
            "elsarticle-num",
            "elsarticle-harv",
            "apsrev4-2",
            "plain",
            "abbrv",
            "alpha",
            "siam",
            "apalike",
            "mslapa",
            "unsrt",
            "acm",
            "amsplain",
            "sageep",
            "aiaa",
            "lni",
            "aipnum4-2",
        )
    ),
}
TYPE_WEIGHTS = {
    "article": 7,
    "inproceedings": 7,
    "misc": 3,
    "book": 2,
    "incollection": 2,
    "techreport": 1,
    "phdthesis": 2,
}
SHAPED_TYPE_WEIGHTS = {
    "article": 6,
    "inproceedings": 7,
    "misc": 3,
    "book": 1,
    "incollection": 3,
    "techreport": 2,
    "phdthesis": 2,
}
SHAPE_FIELDS = ("address", "month", "publisher", "editor", "series", "howpublished", "note", "eprint")
_TYPE_ALIASES = {"conference": "inproceedings"}
_KEPT_FIELDS = (
    "author",
    "title",
    "journal",
    "booktitle",
    "year",
    "volume",
    "number",
    "pages",
    "doi",
    "publisher",
    "address",
    "school",
    "institution",
    "eprint",
    "archiveprefix",
    "howpublished",
    "month",
    "series",
    "edition",
    "editor",
)
_SHAPED_KEPT_FIELDS = (*_KEPT_FIELDS, "note")
_SAFE_MACRO = re.compile(
    r"\\(?:['`^\"~=.uvHckrbdt]|o\b|O\b|l\b|L\b|ss\b|aa\b|AA\b|ae\b|AE\b|oe\b|i\b|j\b|&|_|%|#|emph|textit|"
    r"textbf|textsc|textrm|textsf|texttt|mbox|em\b|it\b|bf\b|sc\b|relax\b)"
)
_NO_CONTAINER = frozenset(("book", "phdthesis", "techreport"))
_MATH_OUTSIDE_MATH = re.compile(r"(?<!\\)[\^_]")
"""'C^{2}-ray' in a title: LaTeX stops on it and sets the rest of the bibliography in math mode."""
_VENUE_FIELDS = ("journal", "booktitle", "school", "institution", "publisher", "howpublished")
"""derive_gold.py's order (it reads 'organization' last; no sampled entry keeps that field)."""


def style_of(seed: int) -> str:
    """The bibliography style a seed prints with."""
    if seed >= FLOATS_FROM:
        return FLOAT_STYLES[seed // 2 % len(FLOAT_STYLES)]
    return SHAPED_STYLES[seed % len(SHAPED_STYLES)] if seed >= SHAPED_FROM else STYLES[seed % len(STYLES)]


def group_of(style: str) -> str:
    """The half a style belongs to ("a" or "b")."""
    return next(name for name, styles in HALVES.items() if style in styles)


def paper_half(paper_id: str) -> str:
    """The half a source paper's entries belong to: even sha1 "a", odd "b"."""
    return "ab"[int(hashlib.sha1(paper_id.encode()).hexdigest(), 16) % 2]


# ---- reading the DEV papers' .bib files ---------------------------------------------------------------


def _clean_entry(entry: dict[str, str], shaped: bool = False) -> dict[str, str] | None:
    """The fields a style prints, or None for an entry whose LaTeX could not be rendered faithfully.
    `shaped` (seeds from SHAPED_FROM) also keeps a note and a @misc entry that is no arXiv preprint but
    says where it appeared (howpublished or note)."""
    kind = _TYPE_ALIASES.get(entry.get("ENTRYTYPE", "").lower(), entry.get("ENTRYTYPE", "").lower())
    if kind not in TYPE_WEIGHTS or not entry.get("author") or not entry.get("title"):
        return None
    posted = shaped and any(entry.get(k, "").strip() for k in ("howpublished", "note"))
    if kind == "misc" and not (_is_arxiv(entry) or posted):
        return None
    kept = _SHAPED_KEPT_FIELDS if shaped else _KEPT_FIELDS
    fields = {k: " ".join(entry[k].split()) for k in kept if entry.get(k, "").strip()}
    for value in fields.values():
        if "$" in value or _MATH_OUTSIDE_MATH.search(value) or re.sub(_SAFE_MACRO, "", value).count("\\"):
            return None  # math or a paper's own macros: printed text the gold cannot know
        if value.count("{") != value.count("}"):
            return None
    if not re.fullmatch(r"(1[89]|20)\d\d", fields.get("year", "")):
        return None
    fields["ENTRYTYPE"] = kind
    return fields


def _is_arxiv(entry: dict[str, str]) -> bool:
    return bool(
        entry.get("eprint")
        or "arxiv" in entry.get("journal", "").lower()
        or "arxiv" in entry.get("howpublished", "").lower()
    )


def dev_entries(latex_pairs: Path = LATEX_PAIRS, shaped: bool = False) -> list[tuple[str, dict[str, str]]]:
    """(source paper id, cleaned entry) for every usable .bib entry of the DEV latex-pairs papers, once
    each (by title), in a fixed order; `shaped` as `_clean_entry` takes it."""
    import bibtexparser
    from bibtexparser.bparser import BibTexParser

    from paperparse.eval.folds import in_group

    out, seen = [], set()
    for folder in sorted(p for p in latex_pairs.iterdir() if p.is_dir()):
        if not in_group("latex-pairs", folder.name, "dev"):
            continue
        for bib in sorted((folder / "src").rglob("*.bib")):
            parser = BibTexParser(
                common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True
            )
            try:
                entries = bibtexparser.loads(bib.read_text("utf-8", errors="replace"), parser=parser).entries
            except Exception:  # noqa: BLE001 - a .bib bibtexparser cannot read is skipped, as derive_gold does
                continue
            for entry in entries:
                lowered = {k.lower() if k != "ENTRYTYPE" else k: v for k, v in entry.items()}
                cleaned = _clean_entry(lowered, shaped)
                key = re.sub(r"\W+", "", (cleaned or {}).get("title", "").lower())
                if cleaned and key not in seen:
                    seen.add(key)
                    out.append((folder.name, cleaned))
    return out


# ---- gold ----------------------------------------------------------------------------------------------


def to_text(value: str | None) -> str | None:
    """LaTeX to text as derive_gold.py renders it (pylatexenc, ties and line breaks as spaces)."""
    if value is None:
        return None
    from pylatexenc.latex2text import LatexNodes2Text

    value = re.sub(r"(?<!\\)~", " ", value.replace("\\\\", " "))
    value = re.sub(r"\\url\{([^}]*)\}", r"\1", value)  # derive_gold prints a URL bare (pylatexenc: '<…>')
    text = LatexNodes2Text(math_mode="text", strict_latex_spaces=False).latex_to_text(value)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _bib_name(name: str) -> str:
    """ "Last, First" as "First Last" (derive_gold's bib_name)."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2:
        name = f"{parts[1]} {parts[0]}"
    elif len(parts) == 3:
        name = f"{parts[2]} {parts[0]} {parts[1]}"
    return to_text(name) or ""


def gold_reference(key: str, entry: dict[str, str]) -> dict[str, Any]:
    """One entry's gold in the shape `score_document` reads; `unscored` is filled in after printing."""
    from paperparse.corpora.latex_pairs import NO_CONTAINER_FIELDS, reference_author

    kind = entry["ENTRYTYPE"]
    names = [n for n in re.split(r"\s+and\s+", entry["author"]) if n.strip() and n.strip() != "others"]
    field = next((f for f in _VENUE_FIELDS if entry.get(f)), None)
    venue = entry[field] if field else None
    if venue is None and entry.get("eprint"):
        venue = f"arXiv:{entry['eprint']}"
    container = (
        kind not in _NO_CONTAINER
        and field not in NO_CONTAINER_FIELDS
        and not re.match(r"(?:\\url\{)?(?:https?://|www\.)", venue or "")
    )
    return {
        "id": key,
        "entry_type": kind,
        "authors": [reference_author(_bib_name(n)) for n in names],
        "title": to_text(entry["title"]),
        "venue": to_text(venue) if venue and container else None,
        "year": entry["year"],
        "volume": entry.get("volume"),
        "pages": entry.get("pages"),
        "doi": entry.get("doi"),
        "unscored": [] if container else ["venue"],
    }


_BIBITEM = re.compile(r"\\bibitem\b.*?\{(e\d\d)\}", re.S)
_UNPRINTED_ARGUMENT = re.compile(r"\\(?:bibinfo|bibfield|href(?:@noop)?|BibitemShut|Eprint|doibase)\s*(?=\{)")
"""Macros whose first argument no style prints: revtex's field names (\\bibinfo{journal}{…}), a link's
target, revtex's end-of-item switch."""


def _drop_unprinted_arguments(bbl: str) -> str:
    """The .bbl text without the first (brace-balanced) argument of each `_UNPRINTED_ARGUMENT` macro."""
    out, k = [], 0
    for m in _UNPRINTED_ARGUMENT.finditer(bbl):
        if m.start() < k:
            continue  # inside an argument already dropped
        out.append(bbl[k : m.start()])
        depth, k = 0, m.end()
        while k < len(bbl):
            depth += {"{": 1, "}": -1}.get(bbl[k], 0)
            k += 1
            if depth == 0:
                break
    return "".join(out) + bbl[k:]


def entry_texts(bbl: str) -> dict[str, str]:
    """Each \\bibitem's own text in the .bbl bibtex wrote (key → soft-form letters and digits): what the
    style prints for that entry and for no other."""
    from paperparse.eval.scoring import fold_accents, soft_form

    items = list(_BIBITEM.finditer(bbl))
    texts = {}
    for item, after in zip(items, [*items[1:], None], strict=True):
        body = bbl[item.end() : after.start() if after else len(bbl)].split("\\end{thebibliography}")[0]
        body = re.sub(r"\\(?:BibitemOpen|newblock)\b", " ", _drop_unprinted_arguments(body))
        texts[item.group(1)] = soft_form(fold_accents(to_text(body) or ""))
    return texts


def mark_unprinted(refs: list[dict[str, Any]], printed: str, own: dict[str, str]) -> None:
    """List under `unscored` each field whose value the entry does not print (in place): a value counts
    as printed when its entry's own .bbl text holds it (`own`, by id; not another entry's, which the whole
    PDF's text would credit: a surname or a journal two entries share) and the PDF's text does too (a
    link's target is in the .bbl, not on the page)."""
    from paperparse.eval.scoring import fold_accents, soft_form

    for ref in refs:
        text = own.get(ref["id"], "")

        def shown(value: str | None, text: str = text) -> bool:
            form = soft_form(fold_accents(value or ""))
            return not form or (form in text and form in printed)

        checks = {name: ref.get(name) for name in ("title", "venue", "volume", "pages", "doi")}
        unprinted = {name for name, value in checks.items() if not shown(value)}
        if not all(shown(a.get("surname")) for a in ref["authors"]):
            unprinted.add("authors")  # 'et al.' cuts the list
        ref["unscored"] = sorted(set(ref["unscored"]) | unprinted)
        if "title" in unprinted:
            ref["title"] = None  # paired by the values it prints, as latex-pairs pairs styles without titles


# ---- printing ------------------------------------------------------------------------------------------

_PREAMBLES = {
    "IEEEtran": ("\\documentclass[conference]{IEEEtran}", "", "IEEEtran"),
    "splncs04": ("\\documentclass{llncs}", "", "splncs04"),
    "ACM-Reference-Format": (
        "\\documentclass[sigconf,nonacm,microtype=false]{acmart}",
        "",
        "ACM-Reference-Format",
    ),
    "elsarticle-num": ("\\documentclass[preprint,12pt]{elsarticle}", "", "elsarticle-num"),
    "elsarticle-harv": ("\\documentclass[preprint,authoryear]{elsarticle}", "", "elsarticle-harv"),
    "apsrev4-2": ("\\documentclass[aps,prb,twocolumn,longbibliography]{revtex4-2}", "", None),
    "mnras": ("\\documentclass{mnras}", "", "mnras"),
    "IEEEtran-abbrv": ("\\documentclass[conference]{IEEEtran}", "", "IEEEtran"),
    "apsrev4-2-short": ("\\documentclass[aps,prb,twocolumn,nolongbibliography]{revtex4-2}", "", None),
    "aipnum4-2": ("\\documentclass[aip,jap,reprint]{revtex4-2}", "", None),
}
_MERLIN = {
    "acl_natbib": "ay,nat,pres,ed-au,keyxyr,blkyear,dt-beg,yr-per,note-yr,num-xser,pre-edn,xedn,nfss",
    "spbasic": "ay,nat,seq-lab,vonx,nm-rvx,ed-rev,jnrlst,dt-beg,yr-par,yrp-x,note-yr,jxper,jttl-rm,"
    "thtit-a,pgsep-c,num-xser,ser-vol,jnm-x,btit-rm,bt-rm,pre-pub,doi,edparxc,blk-tit,in-col,fin-bare,pp,ed,"
    "abr,mth-bare,ord,jabr,xand,eprint,url,url-blk,em-x,nfss",
}
"""Styles TeX Live does not ship, made as their authors made them: custom-bib's merlin.mbs with the options
their .bst files' headers name (ACL's acl_natbib without urlbst's links; Springer's spbasic without
'yrpp-xsp', which today's merlin.mbs reads as no space after '(2018)' and the one Springer used did not)."""
_NATBIB = {
    "plainnat",
    "unsrtnat",
    "abbrvnat",
    "IEEEtranN",
    "agufull04",
    "sageep",
    "klunamed",
    "mslapa",
    "achemso",
    "acl_natbib",
    "spbasic",
}


def float_latex(rng: random.Random, wide: bool) -> str:
    """A table (rules over and under its head and under its rows, five to eight numeric columns, eight to
    fourteen rows) and, every other time, a figure (a picture's frame and panel labels, "(a) …"), each
    captioned, placed at a page's top ([t]); `wide`: across both columns (table*, figure*)."""
    star = "*" if wide else ""
    cols = rng.randint(5, 8) if wide else rng.randint(3, 4)
    rows = []
    for i in range(rng.randint(8, 14)):
        cells = [f"Set-{i + 1}"] + [
            f"{rng.uniform(0, 100):.{rng.choice((2, 4, 6))}f}" for _ in range(cols - 1)
        ]
        rows.append(" & ".join(cells) + " \\\\")
    head = " & ".join(["Dataset", *(f"Run {k}" for k in range(1, cols))]) + " \\\\ \\hline"
    caption = rng.choice(
        (
            "Running times of the methods on each data set, in seconds.",
            "TWO SETS OF RESULTS. THE FIRST SET CONSISTS OF GRAPHS WITH ZERO, MANY AND SOME TRIANGLES.",
            "Accuracy of the baselines and of our model on the held-out sets; best values per column in "
            "the last row, averaged over five runs with different seeds.",
        )
    )
    parts = [
        f"\\begin{{table{star}}}[t]\\centering",
        f"\\caption{{{caption}}}",
        f"\\begin{{tabular}}{{l{'r' * (cols - 1)}}}\\hline",
        head,
        *rows,
        "\\hline\\end{tabular}",
        f"\\end{{table{star}}}",
    ]
    if rng.random() < 0.5:
        width = 400 if wide else 200
        panels = " ".join(
            f"\\put({k * width // 3 + 10},10){{({chr(97 + k)}) Panel {k + 1}}}"
            f"\\put({k * width // 3 + 5},25){{\\framebox({width // 3 - 10},60){{}}}}"
            for k in range(3)
        )
        parts += [
            f"\\begin{{figure{star}}}[t]\\centering",
            f"\\setlength{{\\unitlength}}{{1pt}}\\begin{{picture}}({width},90){panels}\\end{{picture}}",
            "\\caption{Density of the best models of each method on unseen data; sub-figures share one "
            "scale.}",
            f"\\end{{figure{star}}}",
        ]
    return "\n".join(parts)


def paper_latex(style: str, keys: Sequence[str], rng: random.Random, floats: bool = False) -> str:
    """A short paper citing every key, its bibliography printed by `style`; `floats` (seeds from
    FLOATS_FROM): `float_latex`'s floats started with the bibliography."""
    head, extra, bst = _PREAMBLES.get(style, (None, "", style))
    if head is None:
        columns = "twocolumn," if rng.random() < 0.4 else ""
        head = f"\\documentclass[{columns}10pt]{{article}}"
        if style in _NATBIB:
            extra = "\\usepackage[numbers]{natbib}" if rng.random() < 0.5 else "\\usepackage{natbib}"
    # Times in T1 or Computer Modern in OT1: T1 without cm-super (not installed) would print bitmap
    # Type 3 fonts whose dashes and ligatures do not extract; acmart chooses its own fonts
    times = style != "ACM-Reference-Format" and rng.random() < 0.5
    fonts = "\\usepackage{mathptmx}\n\\usepackage[T1]{fontenc}" if times else ""
    cites = " ".join(f"Work \\cite{{{k}}} is related." for k in keys)
    style_line = f"\\bibliographystyle{{{bst}}}" if bst else ""
    if floats:
        wide = "twocolumn" in head or "conference" in head or "reprint" in head or style == "mnras"
        extra += (
            f"\n\\usepackage{{etoolbox}}\n\\AtBeginEnvironment{{thebibliography}}{{{float_latex(rng, wide)}}}"
        )
    return "\n".join(
        [
            head,
            fonts,
            "\\usepackage{url}",
            extra,
            "\\begin{document}",
            "\\title{A Study of Printed Bibliographies}",
            "\\author{A. Author}" if style != "mnras" else "\\author[A. Author]{A. Author}",
            "\\maketitle",
            "\\section{Introduction}",
            "We compare methods from the literature. " + cites,
            style_line,
            "\\bibliography{refs}",
            "\\end{document}",
            "",
        ]
    )


def bib_text(entries: Sequence[tuple[str, dict[str, str]]]) -> str:
    """The sampled entries as a .bib, each under its new key, with only the fields styles print."""
    out = []
    for key, entry in entries:
        fields = ",\n".join(f"  {k} = {{{v}}}" for k, v in entry.items() if k != "ENTRYTYPE")
        out.append(f"@{entry['ENTRYTYPE']}{{{key},\n{fields}\n}}\n")
    return "\n".join(out)


def _merlin_ins(style: str) -> str:
    """A docstrip batch file writing `style`.bst from merlin.mbs with its `_MERLIN` options."""
    made = f"\\file{{{style}.bst}}{{\\from{{merlin.mbs}}{{{_MERLIN[style]}}}}}"
    return "\n".join(
        [
            "\\input docstrip",
            "\\keepsilent",
            "\\askforoverwritefalse",
            f"\\generate{{{made}}}",
            "\\endbatchfile",
        ]
    )


_BIBLIOGRAPHY_CUT = re.compile(
    r"^! (?:File ended while scanning|LaTeX Error: \\begin\{thebibliography\} on input line \d+ ended by)",
    re.M,
)
"""LaTeX stopped inside an entry (elsarticle-harv's and revtex's labels with 'Damgård'): the entries after it
are not printed, though the gold lists them."""


def compile_pdf(tex: str, bib: str, folder: Path, style: str = "") -> Path | None:
    """pdflatex, bibtex, pdflatex twice in a scratch folder (a `_MERLIN` style's .bst made there first); the
    PDF and the .bbl are copied into `folder` (None on failure, and where LaTeX stopped in the bibliography:
    `_BIBLIOGRAPHY_CUT`)."""
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "paper.tex").write_text(tex, "utf-8")
        (Path(scratch) / "refs.bib").write_text(bib, "utf-8")
        steps = [["pdflatex", "-interaction=nonstopmode", "paper.tex"], ["bibtex", "paper"]]
        if style in _MERLIN:
            (Path(scratch) / "make.ins").write_text(_merlin_ins(style), "utf-8")
            steps.insert(0, ["tex", "-interaction=batchmode", "make.ins"])
        steps += [steps[-2], steps[-2]]
        for step in steps:
            subprocess.run(
                step, cwd=scratch, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180
            )
        pdf = Path(scratch) / "paper.pdf"
        if not pdf.is_file() or not (Path(scratch) / "paper.bbl").is_file():
            return None
        log = Path(scratch) / "paper.log"
        if log.is_file() and _BIBLIOGRAPHY_CUT.search(log.read_text("utf-8", errors="replace")):
            return None
        shutil.copy(pdf, folder / "paper.pdf")
        shutil.copy(Path(scratch) / "paper.bbl", folder / "paper.bbl")
    return folder / "paper.pdf"


def draw_entries(
    rng: random.Random, pool: dict[str, list[tuple[str, dict[str, str]]]], n: int
) -> list[tuple[str, dict[str, str]]]:
    """n entries of distinct titles, their types drawn by TYPE_WEIGHTS among the types the pool holds."""
    kinds = [k for k in TYPE_WEIGHTS if pool.get(k)]
    weights = [TYPE_WEIGHTS[k] for k in kinds]
    chosen: dict[int, tuple[str, dict[str, str]]] = {}
    while len(chosen) < n:
        kind = rng.choices(kinds, weights)[0]
        index = rng.randrange(len(pool[kind]))
        chosen.setdefault(id(pool[kind][index]), pool[kind][index])
    return list(chosen.values())


def draw_shaped_entries(
    rng: random.Random, pool: dict[str, list[tuple[str, dict[str, str]]]], n: int
) -> list[tuple[str, dict[str, str]]]:
    """n entries of distinct titles, their types drawn by SHAPED_TYPE_WEIGHTS, and within a type an entry
    the likelier the more of `SHAPE_FIELDS` it fills (an eighth of the DEV .bib files' @inproceedings has an
    address: drawn evenly, a document would print few)."""
    kinds = [k for k in SHAPED_TYPE_WEIGHTS if pool.get(k)]
    weights = [SHAPED_TYPE_WEIGHTS[k] for k in kinds]
    richness = {k: [1 + sum(f in e for f in SHAPE_FIELDS) for _, e in pool[k]] for k in kinds}
    chosen: dict[int, tuple[str, dict[str, str]]] = {}
    while len(chosen) < n:
        kind = rng.choices(kinds, weights)[0]
        item = rng.choices(pool[kind], richness[kind])[0]
        chosen.setdefault(id(item), item)
    return list(chosen.values())


_IEEE_WORDS = {
    "Proceedings of the": "Proc.",
    "Proceedings of": "Proc.",
    "Proceedings": "Proc.",
    "International": "Int.",
    "Conference": "Conf.",
    "Symposium": "Symp.",
    "Transactions": "Trans.",
    "Journal": "J.",
    "Annual": "Annu.",
    "Computer": "Comput.",
    "Computing": "Comput.",
    "Communications": "Commun.",
    "Engineering": "Eng.",
    "Information": "Inf.",
    "Intelligence": "Intell.",
    "Processing": "Process.",
    "Systems": "Syst.",
    "Recognition": "Recognit.",
}
"""IEEE's abbreviations of the words of a journal's or a meeting's name (its editorial style)."""
_IEEE_WORD = re.compile(r"\b(" + "|".join(sorted(_IEEE_WORDS, key=len, reverse=True)) + r")\b")


def _ieee_journals() -> dict[str, str]:
    """IEEE's journal names (IEEEtran's IEEEfull.bib, folded) → their abbreviations (IEEEabrv.bib)."""

    def strings(name: str) -> dict[str, str]:
        path = subprocess.run(["kpsewhich", name], capture_output=True, text=True).stdout.strip()
        text = Path(path).read_text("latin-1") if path else ""
        return dict(re.findall(r'@STRING\{(\w+)\s*=\s*"(.*)"\}', text))

    full, short = strings("IEEEfull.bib"), strings("IEEEabrv.bib")
    return {_fold(name): short[key] for key, name in full.items() if short.get(key, name) != name}


def _fold(name: str) -> str:
    return re.sub(r"\W+", " ", name.replace("{", "").replace("}", "")).strip().lower()


def ieee_abbreviated(entry: dict[str, str], journals: dict[str, str]) -> dict[str, str]:
    """The entry as an IEEE author writes it for IEEEtran: a journal IEEE names by its abbreviation ("IEEE
    Trans. Pattern Anal. Mach. Intell."), other journals' and the meetings' words abbreviated ("Proc. Int.
    Conf. …"), so the style prints "in Proc. …"."""
    out = dict(entry)
    for field in ("journal", "booktitle"):
        if field in out:
            short = journals.get(_fold(out[field]))
            out[field] = short or _IEEE_WORD.sub(lambda m: _IEEE_WORDS[m.group(1)], out[field])
    return out


def _same(path: Path, text: str) -> bool:
    return path.is_file() and path.read_text("utf-8") == text


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` documents, seeds first_seed.., into `out` (one folder each)."""
    require_tex(
        ("pdflatex", "bibtex"), "texlive-latex-extra texlive-publishers texlive-science texlive-bibtex-extra"
    )
    pools: dict[bool, dict[str, dict[str, list[tuple[str, dict[str, str]]]]]] = {}
    for shaped in {seed >= SHAPED_FROM for seed in (first_seed, first_seed + papers - 1)}:
        pools[shaped] = {"a": {}, "b": {}}
        for paper, entry in dev_entries(shaped=shaped):
            pools[shaped][paper_half(paper)].setdefault(entry["ENTRYTYPE"], []).append((paper, entry))
    journals = _ieee_journals()
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        shaped = seed >= SHAPED_FROM
        style = style_of(seed)
        rng = random.Random(seed)
        draw = draw_shaped_entries if shaped else draw_entries
        drawn = draw(rng, pools[shaped][group_of(style)], ENTRIES_PER_DOC)
        if style == "IEEEtran-abbrv":
            drawn = [(paper, ieee_abbreviated(entry, journals)) for paper, entry in drawn]
        keyed = [(f"e{i:02d}", entry) for i, (_, entry) in enumerate(drawn)]
        folder = out / f"refs_{seed:04d}"
        folder.mkdir(exist_ok=True)
        tex = paper_latex(style, [k for k, _ in keyed], rng, floats=seed >= FLOATS_FROM)
        bib = bib_text(keyed)
        pdf = folder / "paper.pdf"
        bbl = folder / "paper.bbl"
        unchanged = _same(folder / "paper.tex", tex) and _same(folder / "refs.bib", bib)
        if not (pdf.is_file() and bbl.is_file() and unchanged):
            (folder / "paper.tex").write_text(tex, "utf-8")
            (folder / "refs.bib").write_text(bib, "utf-8")
            pdf = compile_pdf(tex, bib, folder, style)
        if pdf is None:
            print(f"{folder.name}: {style} did not compile", file=sys.stderr)
            continue
        from paperparse.corpora.latex_pairs import _printed_text

        refs = [gold_reference(k, e) for k, e in keyed]
        own = entry_texts(bbl.read_text("utf-8", errors="replace"))
        mark_unprinted(refs, _printed_text(pdf) or "", own)
        gold = {
            "source": f"scripts/reference_corpus.py seed {seed}",
            "style": style,
            "group": group_of(style),
            "papers": sorted({paper for paper, _ in drawn}),
            "references": refs,
        }
        (folder / "refs.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False), "utf-8")
        print(f"{folder.name}: {style} ({group_of(style)}), {len(refs)} entries", flush=True)


# ---- scoring -------------------------------------------------------------------------------------------

FIELDS = ("authors", "title", "venue", "year", "volume", "pages", "doi")


def load_gold(path: Path) -> dict[str, Any]:
    """A refs.json as a gold dict for `score_document`."""
    raw = json.loads(path.read_text("utf-8"))
    return {
        "fields": ["references", "references_found"],
        "references": raw["references"],
        "reference_fields": list(FIELDS),
        "style": raw["style"],
        "group": raw["group"],
    }


def _of_type(gold: dict[str, Any], pred: dict[str, Any], kind: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The gold references of one entry type and the predicted ones paired to them (a predicted entry
    paired to none is no type's): per-type fields scored as `paperparse eval` scores a document."""
    from paperparse.eval.scoring import align_references

    refs, predicted = gold["references"], pred.get("references") or []
    pairs = align_references(refs, predicted)
    return (
        {**gold, "references": [r for r in refs if r["entry_type"] == kind], "fields": ["references"]},
        {"references": [predicted[p] for p, g in sorted(pairs.items()) if refs[g]["entry_type"] == kind]},
    )


def score(
    corpus: Path, group: str, extractor: Callable[[Path], dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Field counts over the corpus: overall, per style and per entry type."""
    from paperparse.eval.scoring import FieldScores, score_document

    if extractor is None:
        from paperparse.eval.run import default_extractor

        extractor = default_extractor()
    overall = FieldScores()
    parts: dict[str, FieldScores] = defaultdict(FieldScores)
    docs = 0
    for folder in sorted(p for p in corpus.iterdir() if (p / "refs.json").is_file()):
        gold = load_gold(folder / "refs.json")
        if group != "all" and gold["group"] != group:
            continue
        docs += 1
        pred = extractor(folder / "paper.pdf")
        score_document(overall, gold, pred)
        score_document(parts[f"style={gold['style']}"], gold, pred)
        for kind in sorted({r["entry_type"] for r in gold["references"]}):
            score_document(parts[f"type={kind}"], *_of_type(gold, pred, kind))
    return {
        "documents": docs,
        "overall": overall.to_dict(),
        "parts": {name: s.to_dict() for name, s in sorted(parts.items())},
    }


def _line(name: str, fields: dict[str, Any]) -> str:
    found = fields.get("references", {}).get("strict", {})
    cells = [f"{name:<30} {found.get('f1', 0):>6.3f}"]
    for field in FIELDS:
        counts = fields.get(f"reference.{field}", {}).get("ratcliff")
        cells.append(f"{counts['f1']:>6.3f}" if counts and counts["gold"] else f"{'-':>6}")
    venue = fields.get("reference.venue", {}).get("ratcliff")
    if venue and venue["gold"]:
        cells.append(f"  {venue['precision']:.3f}/{venue['recall']:.3f} n={venue['gold']}")
    return " ".join(cells)


def report(result: dict[str, Any]) -> str:
    """F1 per field (Ratcliff, as `paperparse eval` reports references), references found (count of
    paired entries), and the venue's P/R; a "type=" line scores the entries of that type and the
    predicted entries paired to them."""
    header = f"{'':<30} {'found':>6} " + " ".join(f"{f[:6]:>6}" for f in FIELDS) + "  venue P/R"
    lines = [f"documents: {result['documents']}", header, _line("overall", result["overall"])]
    lines += [_line(name, fields) for name, fields in result["parts"].items()]
    return "\n".join(lines)


def use_model(path: Path) -> None:
    """Make the pipeline parse references with the CRF at `path` (a held-out model from `train`)."""
    from paperparse.references import parser

    if not path.is_file():
        sys.exit(f"no model at {path}")
    parser.parse_reference.__kwdefaults__["model_path"] = path


def train_half(corpus: Path, shared: Path, out: Path, halves: Sequence[str]) -> int:
    """Train the reference CRF on the tagged corpora plus the generated documents of `halves` (so the
    other half's styles and entries stay held out); returns the number of training sequences."""
    from paperparse.references import train
    from paperparse.train.printed_references import generated_references, silver_references

    return train.train(
        shared / "corpora", out, lambda base: silver_references(generated_references(corpus, halves), base)
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("generate", help="sample entries, print them through the styles")
    make.add_argument("--out", type=Path, default=DEFAULT_OUT)
    make.add_argument("--papers", type=int, default=160)
    make.add_argument("--seed", type=int, default=1, help="first document's seed")
    judge = commands.add_parser("score", help="extract every document and score its references")
    judge.add_argument("dir", type=Path, nargs="?", default=DEFAULT_OUT)
    judge.add_argument("--group", choices=("a", "b", "all"), default="all")
    judge.add_argument("--json", type=Path, help="also write the counts here")
    judge.add_argument(
        "--model", type=Path, help="score with this reference CRF instead of the committed one"
    )
    fit = commands.add_parser("train", help="train the reference CRF on the generated documents of one half")
    fit.add_argument("dir", type=Path, nargs="?", default=DEFAULT_OUT)
    fit.add_argument("--half", choices=("a", "b"), required=True)
    fit.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    fit.add_argument("--out", type=Path, required=True, help="model file to write")
    args = parser.parse_args(argv)
    if args.command == "train":
        print(
            f"trained on {train_half(args.dir, args.shared, args.out, [args.half])} sequences -> {args.out}"
        )
        return
    if args.command == "generate":
        generate(args.out, args.papers, args.seed)
        return
    if not args.dir.is_dir():
        sys.exit(f"no corpus at {args.dir}: run `python scripts/reference_corpus.py generate` first")
    if args.model:
        use_model(args.model)
    result = score(args.dir, args.group)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), "utf-8")


if __name__ == "__main__":
    main()
