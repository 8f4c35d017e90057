"""A generated title-page corpus in real publisher classes, with exact gold: measures byline layouts.

Why: JUDGE authors and affiliations lag DEV while DEV is near perfect, so DEV gives no handle; title pages
drawn in the classes real papers use, whose names, affiliations and addresses are known exactly because the
generator wrote them, measure each class of byline layout instead.

    python scripts/header_corpus.py generate [--out ../header-corpus2] [--papers 240] [--seed 1]
    python scripts/header_corpus.py score [DIR] [--group dev|judge|all]

`generate` writes one folder per paper (paper.tex, paper.pdf, gold.json) and needs pdflatex with
texlive-publishers and texlive-latex-extra (IEEEtran, acmart, elsarticle, authblk; a development tool, CI does not need it). A paper's seed
decides its fold group: even seeds are DEV (develop on these), odd seeds JUDGE (only score them).
`score` runs paperparse on every PDF and prints title/authors/affiliations/emails/abstract P/R/F1
(`paperparse.eval.scoring.score_document`, unchanged; Ratcliff for title, authors and abstract,
Levenshtein for affiliations, strict for emails) overall, per class and per author count.

Classes, each in the byline forms of `_FORMS`: IEEEtran conference (\\IEEEauthorblockN/A, one block per
author or one per affiliation listing its names "A, B and C"), IEEEtran journal (affiliations and e-mails
in \\thanks footnotes), acmart sigconf (\\author \\affiliation \\email; two stacked affiliations, or one
shared by consecutive authors), elsarticle (\\author[a] with \\address[a] or key-value \\affiliation[a],
\\ead e-mails in the footnote), article with \\and blocks (e-mails under the names or in a \\thanks
footnote), article with authblk (\\author[1,2] \\affil[1], the e-mails on an unnumbered \\affil line),
Springer llncs (\\inst{1,2}, \\institute entries with \\email), APS revtex4-2 (\\affiliation after each
\\author, grouped or superscript-numbered, \\email footnotes) and amsart (names in capitals; \\address and
\\email printed at the end of the paper). acmart and authblk need texlive-latex-extra as well. All print
in Times (see `_FONTS`). Names have given names (some hyphenated), middle initials, surnames with
accents and particles; 1-12 authors share 1-4 affiliations, some outside the English-speaking world;
the shared lines of IEEE, authblk and LNCS bylines may print a group's addresses in one brace form.
The first corpus, /work/header-corpus, was drawn by this script's earlier version (six classes, 1-8
authors); its gold.json files still score as they are.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The sibling table corpus's pdflatex run, prose and fold rule, so both corpora split and compile alike.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from table_corpus import _paragraph, compile_pdf, corpus_cli, group_of  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "header-corpus2"
CLASSES = (
    "ieee_conference",
    "ieee_journal",
    "acm_sigconf",
    "elsarticle",
    "article",
    "authblk",
    "llncs",
    "revtex",
    "amsart",
)
_SECOND_AFFILIATIONS = ("ieee_journal", "acm_sigconf", "elsarticle", "authblk", "llncs", "revtex")
"""The classes that print an author's second affiliation (the others print one block per author)."""
FIELDS = ("title", "authors", "affiliations", "emails", "abstract")
MATCHING = {
    "title": "ratcliff",
    "authors": "ratcliff",
    "affiliations": "levenshtein",
    "emails": "strict",
    "abstract": "ratcliff",
}

_GIVEN = (
    "Anna José Zoë François Øystein Łukasz Jürgen Mei Rahul Siobhán Ana Sergei Chloé Björn Aylin "
    "Mateo Ingrid Kenji Fatima Tomáš Noémie Dmitri Priya Oliver Elena Hüseyin Laura Pedro Yuki Grace "
    "Jean-Luc Anne-Marie Hans-Peter Eun-Ji Marie-Claire"
).split()
_SURNAMES = (
    "Müller Núñez Šimek Smith Chen Kowalski Johansson Dubois Rossi O’Brien Nakamura Petrović Schmidt "
    "García Novák Larsen Patel Ivanova Fernández Lindqvist Bianchi Okafor Horváth Kim Moreau Zhang"
).split()
_PARTICLES = ("van der", "de la", "von", "van", "de", "da", "di")
_DEPARTMENTS = (
    "Department of Computer Science",
    "School of Electrical Engineering",
    "Institute for Data Science",
    "Faculty of Mathematics",
    "Department of Linguistics",
    "Laboratory of Information Systems",
)
_INSTITUTIONS = (
    ("University of Bergen", "Bergen", "Norway", "uib.no"),
    ("Technische Universität München", "Munich", "Germany", "tum.de"),
    ("Universidad de Granada", "Granada", "Spain", "ugr.es"),
    ("National University of Singapore", "Singapore", "Singapore", "nus.edu.sg"),
    ("University of Toronto", "Toronto", "Canada", "utoronto.ca"),
    ("Université de Lyon", "Lyon", "France", "univ-lyon.fr"),
    ("Charles University", "Prague", "Czech Republic", "cuni.cz"),
    ("Kyoto University", "Kyoto", "Japan", "kyoto-u.ac.jp"),
    ("Indian Institute of Science", "Bangalore", "India", "iisc.ac.in"),
    ("Politecnico di Milano", "Milan", "Italy", "polimi.it"),
    ("Universität Wien", "Vienna", "Austria", "univie.ac.at"),
    ("Università degli Studi di Padova", "Padua", "Italy", "unipd.it"),
    ("Instituto Superior Técnico", "Lisbon", "Portugal", "tecnico.ulisboa.pt"),
    ("Uniwersytet Warszawski", "Warsaw", "Poland", "uw.edu.pl"),
    ("Rijksuniversiteit Groningen", "Groningen", "The Netherlands", "rug.nl"),
    ("École Polytechnique Fédérale de Lausanne", "Lausanne", "Switzerland", "epfl.ch"),
)
_WORDS = (
    "learning graph neural sparse robust adaptive retrieval language models structured prediction "
    "efficient inference scalable attention representations transfer multilingual document parsing "
    "evaluation benchmark optimisation streaming kernels uncertainty"
).split()


@dataclass
class Author:
    """One gold author: name parts as the scorer joins them, the affiliations' indexes, an address."""

    given: str
    middle: str
    surname: str
    affiliations: list[int]
    email: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)


@dataclass
class Affiliation:
    """One gold affiliation: the parts in printed order; `raw` joins them as one line of text."""

    department: str
    institution: str
    city: str
    country: str
    domain: str

    @property
    def parts(self) -> list[str]:
        return [self.department, self.institution, f"{self.city}, {self.country}"]

    @property
    def raw(self) -> str:
        return ", ".join(self.parts)


@dataclass
class TitlePage:
    """Everything a paper's front matter prints, and the class it is printed in."""

    cls: str
    title: str
    authors: list[Author]
    affiliations: list[Affiliation]
    abstract: str
    paragraphs: list[str]
    variant: str
    """The byline form within the class (see `_FORMS`)."""
    grouped: bool = False
    """Authors of one affiliation print their addresses grouped: "{ann.lee,bo.kim}@uni.edu"."""


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ø", "o"))
    return "".join(c for c in folded.replace("Ø", "O") if c.isascii() and c.isalnum()).lower()


_FORMS = {
    "ieee_conference": ("per author", "per affiliation"),
    "ieee_journal": ("thanks",),
    "acm_sigconf": ("own affiliation", "shared affiliation"),
    "elsarticle": ("address", "affiliation keys"),
    "article": ("and blocks", "emails in footnote"),
    "authblk": ("affil",),
    "llncs": ("inst",),
    "revtex": ("grouped address", "superscript address"),
    "amsart": ("address at end",),
}
"""The byline forms each class is drawn in: which LaTeX commands carry names, affiliations and emails."""
_GROUPING = ("ieee_conference", "authblk", "llncs")
"""The classes whose shared lines may print a group's addresses in one brace form."""


def draw_page(seed: int) -> TitlePage:
    """One title page, all from its seed: the class, the byline and the text around it."""
    rng = random.Random(seed)
    cls = CLASSES[seed // 2 % len(CLASSES)]  # each class gets DEV and JUDGE seeds in turn
    n_affiliations = rng.randint(1, 4)
    places = rng.sample(_INSTITUTIONS, n_affiliations)
    affiliations = [Affiliation(rng.choice(_DEPARTMENTS), *place) for place in places]
    n_authors = rng.randint(
        n_affiliations, rng.choice((4, 6, 8, 12))
    )  # every affiliation is some author's first
    authors = []
    surnames = rng.sample(_SURNAMES, n_authors)
    for i, surname in enumerate(surnames):
        if rng.random() < 0.2:
            surname = f"{rng.choice(_PARTICLES)} {surname}"
        given = rng.choice(_GIVEN)
        middle = f"{rng.choice('ABCDEHJKLMPRST')}." if rng.random() < 0.3 else ""
        owned = [i % n_affiliations] if i < n_affiliations else [rng.randrange(n_affiliations)]
        if cls in _SECOND_AFFILIATIONS and rng.random() < 0.15 and n_affiliations > 1:
            owned.append(rng.choice([a for a in range(n_affiliations) if a not in owned]))
        domain = affiliations[owned[0]].domain
        email = f"{_ascii(given)}.{_ascii(surname)}@{domain}" if rng.random() < 0.8 else ""
        authors.append(Author(given, middle, surname, sorted(owned), email))
    words = rng.sample(_WORDS, rng.randint(4, 10))
    title = " ".join(w.capitalize() if len(w) > 3 else w for w in words)
    title = title[0].upper() + title[1:]
    abstract = _paragraph(rng)
    paragraphs = [_paragraph(rng) for _ in range(3)]
    forms = _FORMS[cls]
    variant = forms[0] if n_authors <= 3 and cls == "ieee_conference" else rng.choice(forms)
    grouped = cls in _GROUPING and variant != "per author" and rng.random() < 0.5
    return TitlePage(cls, title, authors, affiliations, abstract, paragraphs, variant, grouped)


def author_bucket(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9-12"


def gold(page: TitlePage, seed: int) -> dict[str, Any]:
    """The gold in the paperparse/1 shape `score_document` reads, with the features it was drawn with."""
    return {
        "source": f"scripts/header_corpus.py seed {seed}",
        "group": group_of(seed),
        "fields": list(FIELDS),
        "distinct": ["affiliations", "emails"],
        "title": page.title,
        "authors": [
            {
                "given": a.given,
                "middle": a.middle or None,
                "surname": a.surname,
                "affiliations": [f"aff{i}" for i in a.affiliations],
                "email": a.email or None,
            }
            for a in page.authors
        ],
        "affiliations": [{"id": f"aff{i}", "raw": a.raw} for i, a in enumerate(page.affiliations)],
        "emails": [a.email for a in page.authors if a.email],
        "abstract": page.abstract,
        "features": {
            "class": page.cls,
            "authors": author_bucket(len(page.authors)),
            "affiliations": str(len(page.affiliations)),
            "form": f"{page.cls}: {page.variant}",
            "emails": "grouped" if page.grouped else "single",
        },
    }


# ---- LaTeX per class ---------------------------------------------------------------------------------


_BREAK = " \\\\ "


def _names(authors: Sequence[Author]) -> str:
    """Names as a byline prints them: "A, B and C"."""
    names = [a.full for a in authors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _members(page: TitlePage, index: int) -> list[Author]:
    return [a for a in page.authors if index in a.affiliations]


def _addresses(page: TitlePage, authors: Sequence[Author]) -> list[str]:
    """The authors' emails as printed: one each, or on a grouped page one brace form per domain
    ("\\{ann.lee,bo.kim\\}@uni.edu") where two or more share it."""
    emails = [a.email for a in authors if a.email]
    if not page.grouped:
        return emails
    domains: dict[str, list[str]] = defaultdict(list)
    for email in emails:
        local, _, domain = email.partition("@")
        domains[domain].append(local)
    return [
        f"\\{{{','.join(users)}\\}}@{domain}" if len(users) > 1 else f"{users[0]}@{domain}"
        for domain, users in domains.items()
    ]


def _ieee_conference(page: TitlePage) -> tuple[str, str]:
    def block(names: str, affiliation: Affiliation, emails: Sequence[str]) -> str:
        lines = [f"\\textit{{{affiliation.department}}}", f"\\textit{{{affiliation.institution}}}"]
        lines += [f"{affiliation.city}, {affiliation.country}", *emails]
        return f"\\IEEEauthorblockN{{{names}}}\n\\IEEEauthorblockA{{{_BREAK.join(lines)}}}"

    if page.variant == "per author":
        blocks = [
            block(a.full, page.affiliations[a.affiliations[0]], [a.email] if a.email else [])
            for a in page.authors
        ]
    else:
        blocks = []
        for i, affiliation in enumerate(page.affiliations):
            members = [a for a in _members(page, i) if a.affiliations[0] == i]
            if members:
                blocks.append(block(_names(members), affiliation, _addresses(page, members)))
    author = "\\author{" + "\n\\and\n".join(blocks) + "}"
    return "\\documentclass[conference]{IEEEtran}", author + "\n\\maketitle\n" + _abstract(page)


def _ieee_journal(page: TitlePage) -> tuple[str, str]:
    thanks = []
    for i, affiliation in enumerate(page.affiliations):
        members = _members(page, i)
        verb = "is" if len(members) == 1 else "are"
        emails = [a.email for a in members if a.email and a.affiliations[0] == i]
        mail = f" (e-mail: {', '.join(emails)})" if emails else ""
        thanks.append(f"{_names(members)} {verb} with the {affiliation.raw}{mail}.")
    names = ", ".join(f"{a.full}" for a in page.authors)
    author = f"\\author{{{names}\\thanks{{{' '.join(thanks)}}}}}"
    return "\\documentclass[journal]{IEEEtran}", author + "\n\\maketitle\n" + _abstract(page)


def _acm_sigconf(page: TitlePage) -> tuple[str, str]:
    """One \\author each, its \\affiliation blocks (two stacked for a second affiliation) and \\email; in
    the shared form (acmart's sample), each name's \\email, and consecutive authors of one affiliation
    give it once after the last of them."""
    shared = page.variant == "shared affiliation"
    parts = []
    for k, a in enumerate(page.authors):
        parts.append(f"\\author{{{a.full}}}")
        if a.email and shared:
            parts.append(f"\\email{{{a.email}}}")
        following = page.authors[k + 1] if k + 1 < len(page.authors) else None
        if shared and following and following.affiliations == a.affiliations:
            continue
        for i in a.affiliations:
            f = page.affiliations[i]
            parts.append(
                f"\\affiliation{{\\department{{{f.department}}}\\institution{{{f.institution}}}"
                f"\\city{{{f.city}}}\\country{{{f.country}}}}}"
            )
        if a.email and not shared:
            parts.append(f"\\email{{{a.email}}}")
    front = "\n".join(parts) + f"\n\\begin{{abstract}}\n{page.abstract}\n\\end{{abstract}}\n\\maketitle"
    head = (
        "\\documentclass[sigconf]{acmart}\n\\settopmatter{printacmref=false}\n\\setcopyright{none}\n"
        "\\renewcommand\\footnotetextcopyrightpermission[1]{}\n\\acmConference{}{}{}"
    )
    return head, front


def _elsarticle(page: TitlePage) -> tuple[str, str]:
    parts = []
    for a in page.authors:
        labels = ",".join("abcd"[i] for i in a.affiliations)
        parts.append(f"\\author[{labels}]{{{a.full}}}" + (f"\\ead{{{a.email}}}" if a.email else ""))
    for i, f in enumerate(page.affiliations):
        if page.variant == "address":
            parts.append(f"\\address[{'abcd'[i]}]{{{f.raw}}}")
        else:
            keys = f"organization={{{f.department}, {f.institution}}}, city={{{f.city}}}, country={{{f.country}}}"
            parts.append(f"\\affiliation[{'abcd'[i]}]{{{keys}}}")
    front = (
        f"\\begin{{frontmatter}}\n\\title{{{page.title}}}\n" + "\n".join(parts) + "\n"
        f"\\begin{{abstract}}\n{page.abstract}\n\\end{{abstract}}\n\\end{{frontmatter}}"
    )
    return "\\documentclass[preprint,12pt]{elsarticle}", front


def _article(page: TitlePage) -> tuple[str, str]:
    """Blocks joined by \\and: name, affiliation lines, email; or the emails all in the first name's
    \\thanks footnote."""
    footnote = page.variant == "emails in footnote"
    emails = [a.email for a in page.authors if a.email]
    blocks = []
    for k, a in enumerate(page.authors):
        f = page.affiliations[a.affiliations[0]]
        name = a.full
        if footnote and k == 0 and emails:
            name += f"\\thanks{{E-mail addresses: {', '.join(emails)}.}}"
        lines = [name, *f.parts] + ([f"\\texttt{{{a.email}}}"] if a.email and not footnote else [])
        blocks.append(_BREAK.join(lines))
    author = "\\author{" + "\n\\and\n".join(blocks) + "}\n\\date{}"
    head = "\\documentclass[11pt]{article}\n\\usepackage[a4paper,margin=2.5cm]{geometry}"
    return head, author + "\n\\maketitle\n" + _abstract(page)


def _abstract(page: TitlePage) -> str:
    return f"\\begin{{abstract}}\n{page.abstract}\n\\end{{abstract}}"


def _authblk(page: TitlePage) -> tuple[str, str]:
    parts = [f"\\author[{','.join(str(i + 1) for i in a.affiliations)}]{{{a.full}}}" for a in page.authors]
    parts += [f"\\affil[{i + 1}]{{{f.raw}}}" for i, f in enumerate(page.affiliations)]
    emails = _addresses(page, page.authors)
    if emails:
        parts.append(f"\\affil[ ]{{\\texttt{{{', '.join(emails)}}}}}")
    head = (
        "\\documentclass[11pt]{article}\n\\usepackage[a4paper,margin=2.5cm]{geometry}\n\\usepackage{authblk}"
    )
    return head, "\n".join(parts) + "\n\\date{}\n\\maketitle\n" + _abstract(page)


def _llncs(page: TitlePage) -> tuple[str, str]:
    """Springer LNCS: names with \\inst{1,2} joined by \\and, then \\institute entries joined by \\and,
    each with its members' \\email line."""
    names = " \\and ".join(
        f"{a.full}\\inst{{{','.join(str(i + 1) for i in a.affiliations)}}}" for a in page.authors
    )
    institutes = []
    for i, f in enumerate(page.affiliations):
        members = [a for a in page.authors if a.affiliations[0] == i]
        emails = _addresses(page, members)
        mail = f"{_BREAK}\\email{{{', '.join(emails)}}}" if emails else ""
        institutes.append(f"{f.raw}{mail}")
    institute = " \\and ".join(institutes)
    front = f"\\author{{{names}}}\n\\institute{{{institute}}}\n\\maketitle\n"
    return "\\documentclass{llncs}", front + _abstract(page)


def _revtex(page: TitlePage) -> tuple[str, str]:
    """APS revtex4-2: \\author, its \\email (a footnote) and \\affiliation lines after each; authors in a
    row sharing an affiliation are grouped over it, or numbered with superscripts."""
    option = "superscriptaddress" if page.variant == "superscript address" else "groupedaddress"
    parts = []
    for a in page.authors:
        parts.append(f"\\author{{{a.full}}}")
        if a.email:
            parts.append(f"\\email{{{a.email}}}")
        parts += [f"\\affiliation{{{page.affiliations[i].raw}}}" for i in a.affiliations]
    head = f"\\documentclass[aps,pra,twocolumn,{option}]{{revtex4-2}}"
    return head, "\n".join(parts) + "\n" + _abstract(page) + "\n\\maketitle"


def _amsart(page: TitlePage) -> tuple[str, str]:
    """AMS: names in capitals on the title page; each author's \\address and \\email print at the end."""
    parts = []
    for a in page.authors:
        parts.append(f"\\author{{{a.full}}}")
        parts.append(f"\\address{{{page.affiliations[a.affiliations[0]].raw}}}")
        if a.email:
            parts.append(f"\\email{{{a.email}}}")
    return "\\documentclass{amsart}", "\n".join(parts) + "\n" + _abstract(page) + "\n\\maketitle"


_WRITERS: dict[str, Callable[[TitlePage], tuple[str, str]]] = {
    "ieee_conference": _ieee_conference,
    "ieee_journal": _ieee_journal,
    "acm_sigconf": _acm_sigconf,
    "elsarticle": _elsarticle,
    "article": _article,
    "authblk": _authblk,
    "llncs": _llncs,
    "revtex": _revtex,
    "amsart": _amsart,
}


_FONTS = "\\usepackage[T1]{fontenc}\n\\usepackage{mathptmx}\n\\usepackage[scaled=.92]{helvet}\n\\usepackage{courier}"
"""Scalable Type 1 fonts for accented names: acmart's Libertine and the T1 Computer Modern (cm-super,
lmodern) are in packages too large for a dev tool, and acmart's microtype refuses bitmap fonts."""


def page_latex(page: TitlePage) -> str:
    """The paper's LaTeX: the class's front matter, then a section of prose."""
    head, front = _WRITERS[page.cls](page)
    title = "" if page.cls == "elsarticle" else f"\\title{{{page.title}}}"
    parts = [head, _FONTS, "\\begin{document}", title, front]
    parts += ["\\section{Introduction}", *page.paragraphs, "\\end{document}"]
    return "\n".join(p for p in parts if p) + "\n"


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    if shutil.which("pdflatex") is None or shutil.which("kpsewhich") is None:
        sys.exit(
            "pdflatex not found: apt-get install texlive-latex-recommended texlive-latex-extra texlive-publishers"
        )
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        page = draw_page(seed)
        tex = page_latex(page)
        folder = out / f"header_{seed:04d}"
        folder.mkdir(exist_ok=True)
        (folder / "paper.tex").write_text(tex, "utf-8")
        (folder / "gold.json").write_text(json.dumps(gold(page, seed), indent=1, ensure_ascii=False), "utf-8")
        compile_pdf(tex, folder)
        print(f"{folder.name}: {page.cls}, {len(page.authors)} authors ({group_of(seed)})", flush=True)


def score(
    corpus: Path, group: str, extractor: Callable[[Path], dict[str, Any]] | None = None
) -> dict[str, dict[str, Any]]:
    """Header field counts over the corpus, overall and per feature value (class, author count, ...)."""
    from paperparse.eval.scoring import FieldScores, score_document

    if extractor is None:
        from paperparse.eval.run import default_extractor

        extractor = default_extractor()
    scores: dict[str, FieldScores] = defaultdict(FieldScores)
    papers: dict[str, int] = defaultdict(int)
    for folder in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
        truth = json.loads((folder / "gold.json").read_text("utf-8"))
        if group != "all" and truth.get("group") != group:
            continue
        pred = extractor(folder / "paper.pdf")
        for key in ("overall", *(f"{n}={v}" for n, v in truth["features"].items())):
            score_document(scores[key], truth, pred)
            papers[key] += 1
    return {key: {"papers": papers[key], "fields": scores[key].to_dict()} for key in sorted(scores)}


def report(result: dict[str, dict[str, Any]]) -> str:
    """F1 per field under its matching (P/R in the JSON), one line per feature value, overall first."""
    head = f"{'':<30} {'n':>4} " + " ".join(f"{f[:8]:>8}" for f in FIELDS)
    lines = [head]
    for key in sorted(result, key=lambda k: (k != "overall", k)):
        fields = result[key]["fields"]
        cells = [f"{fields[f][MATCHING[f]]['f1']:>8.3f}" for f in FIELDS]
        lines.append(f"{key:<30} {result[key]['papers']:>4} " + " ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "header_corpus.py", DEFAULT_OUT, 240, generate, score, report)


if __name__ == "__main__":
    main()
