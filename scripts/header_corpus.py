"""A generated title-page corpus in real publisher classes, with exact gold: measures byline layouts.

Why: JUDGE authors and affiliations lag DEV while DEV is near perfect, so DEV gives no handle; title pages
drawn in the classes real papers use, whose names, affiliations and addresses are known exactly because the
generator wrote them, measure each class of byline layout instead.

    python scripts/header_corpus.py generate [--out ../header-corpus6] [--papers 240] [--seed 1]
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
Springer llncs (\\inst{1,2}, on some pages each followed by an \\orcidID, \\institute entries with
\\email; in its "lines" form each institute over lines with its \\email and \\url, the names broken
after every third), APS revtex4-2 (\\affiliation after each \\author, grouped or superscript-numbered, \\email
footnotes) and amsart (names in capitals; \\address and
\\email printed at the end of the paper), and acmart's journal format (acmsmall: "ANN LEE and BO KIM,
Institution, Country" lines, the department and city only in the "Authors' addresses" footnote; its gold
is institution, city and country, as latex-pairs' derive_gold takes acmart's), and Springer's journal
class svjour3 (not in TeX Live: drawn with article, see `_svjour`; names joined by " · ", the
institutes in the first page's foot, headed by initialled names or by numbers, with phone, fax and
e-mail lines; its gold is each institute's address). acmart and authblk need
texlive-latex-extra as well. All print
in Times (see `_FONTS`). Names have given names (some hyphenated, some printed as an initial, "J. Okafor"),
middle initials, surnames with accents and particles; 1-12 authors share 1-4 affiliations, some outside the English-speaking world;
the shared lines of IEEE, authblk and LNCS bylines may print a group's addresses in one brace form.
The first corpus, /work/header-corpus, was drawn by this script's earlier version (six classes, 1-8
authors), the second, /work/header-corpus2, by the version before distractors; their gold.json files
still score as they are; /work/header-corpus3 was drawn before acmart's journal format was added (nine
classes: the same seed there is another page), /work/header-corpus4 with it; both before given initials
and LNCS ORCID iDs were drawn (their own generators: the same seed now differs only by those);
/work/header-corpus5 (264 papers) with svjour3 and LNCS's "lines" form (eleven classes: the same seed
there is another page than in header-corpus4).

Distractors (`_NOISE`, drawn per page from their own generator, so seed N is header-corpus2's page N with
them added): what real title pages print around a byline and the gold leaves out. A journal banner or
running head over the title (ScienceDirect box, proceedings line, "Preprint submitted to", "Under review
as"), IEEE membership grades after names, a \\thanks note on the first name (equal contribution,
corresponding author, received/accepted dates, funding that thanks other people, an ORCID id), a
collaboration line, an epigraph or dedication naming someone, keywords with MSC/ACM classes, a teaser
figure and caption between byline and abstract, an arXiv stamp up the left margin, a three-line title, a
subtitle, and addresses printed "E-mail: a@x", "a@x (A. Lee)", "{a, b}@x" or listed with names in a
footnote. Each phrasing comes in two wordings, DEV seeds print one and JUDGE seeds the other, so a fix
keyed to one wording gains on DEV only. `score` adds a line per distractor ("distractor=...").

Three classes drawn from real IEEE and ML-conference first pages come last (/work/header-corpus6 was
drawn with them, thirteen classes, so a seed there is another page than in header-corpus4; it holds only
the IEEE, ICML and NeurIPS classes' seeds): IEEEtran conference bylines of 4-8 authors over two rows
(\\linebreakand), perhaps numbered "1st" and with the template's placeholder lines left in, or all names
on one line with \\IEEEauthorrefmark over one block per affiliation; ICML's names centred with numbers
and the affiliations and "Correspondence to: Name <email>" in the first-page footnote; NeurIPS's author
grid (\\And, \\AND); both ML forms also as anonymous-review builds. Those classes and the IEEE ones also
draw `_FRONT_LINES`: a conference banner, the IEEE submission note, an "Accepted to" line over the title,
the copyright line at the foot, a \\thanks note on the title, and titles broken by hand or in small caps.

Two Springer classes come last (/work/header-corpus9 holds only their seeds; with them a seed elsewhere
is another page than in header-corpus7): Springer Nature's sn-jnl (not in TeX Live: drawn with article,
see `_nature`: names with superscript numbers, "*" and "†", each affiliation a line "1*Department,
Institution, Street, City, Postcode, Country", the "*Corresponding author(s). E-mail(s): …;" and
"Contributing authors: …;" lines or one "Email: …" line an author, the bold "Abstract" over an indented
or framed abstract, "Keywords:"), and LNCS bylines of 4-12 names that TeX wraps, most with ORCID iDs,
whose institutes carry the addresses after a \\url, one \\email line a member, or all on one line after
the last institute (`_llncs_mail`).

Four IEEE classes close the list (with them a seed elsewhere is another page than in header-corpus9):
IEEEtran's Computer Society journal mode (sans-serif title and names, the abstract under the byline
across the page; the affiliations as the footnote's bulleted \\IEEEcompsocthanksitem statements over the
"Manuscript received" note, or \\IEEEauthorrefmark-numbered names over one \\IEEEauthorblockA an
affiliation), its conference mode (one block an author in one row or in rows of three, or an anonymous
build's "Anonymous Authors" / "Anonymous Author(s)" block), IEEE Access (drawn with article: history and
DOI lines, names in capitals with numbers and "(Member, IEEE)", affiliation lines with "(e-mail: …)",
"Corresponding author" and funding lines, "ABSTRACT" and "INDEX TERMS" run in between rules), and
IEEEtran journal bylines in the technote, draftcls onecolumn and peerreview modes (`_IEEE_MODES`), where
bylines wrap inside the membership grades that all IEEE journal classes may now draw.

`_draw_notices` (its own generator; /work/gen-header7 was drawn with it, so a seed of an older corpus is
another page where it draws something) adds what real title pages print and the classes above lacked:
the default Computer Modern of the classes whose templates keep it (article, authblk, LNCS, revtex,
amsart, svjour3, sn-jnl: wider type, so LNCS bylines wrap inside names, "…, L." / "de Dubois", and
"… and Anne-Marie" / "Rossi"); math opening a title's first word ("$\\ell_1$-Regularised", gold in
latex-pairs' text form "ℓ_1-Regularised"; AMS capitals keep the math letter lowercase); IEEE journals'
\\markboth head on the first page ("JOURNAL OF LATEX CLASS FILES, VOL. 14, …" or a Transactions'
volume, number and date) and the \\IEEEpubid copyright line; "Student Member" / "Life Fellow" grades;
IEEEtran conference bylines of up to twelve blocks in rows of up to four, and under an
\\IEEEauthorrefmark byline one "Email:" line for every author; an LNCS title's \\thanks note and its
\\subtitle (left out of the gold's title, as latex-pairs' derive_gold takes \\title alone); a title's
second part set by hand in smaller display type inside \\title ("…\\\\ \\Large A Study of …", no
colon; part of the gold's title).

Elsevier's CAS classes close the list (cas-sc, cas-dc, in TeX Live; with them a seed elsewhere is another
page than in /work/gen-header7): \\title[mode = title], \\author[1,2]{…}[orcid=…] with \\cormark,
\\fnmark and \\ead, key-value \\affiliation (some with an addressline; the gold joins organization,
addressline, city and country, as latex-pairs' derive_gold does), the addresses "a@x (A. Lee);" and the
ORCID iDs in the foot, and the abstract in the right column of the "ARTICLE INFO" panel whose left
column lists the keywords (`_draw_cas`); the class sets its own STIX fonts. `_draw_crowd` (its own
generator: only the pages it draws differ from /work/gen-header7's) runs about one byline in seven of
most classes to 13-20 names (`score`'s "authors=13-20"), the paper's body lengthened as a real one's.

Seeds from `VENUE_SEEDS` (100000) on draw only the ML, vision and NLP conference kits, which are not in
TeX Live (drawn with article; every seed below it is the page it was): CVPR/ICCV (`_cvpr`: a centred
block an author with the address in small typewriter type, or the names with numbers over one line an
affiliation and the addresses), IJCAI/AAAI (`_ijcai`: names with numbers joined by commas and "and";
IJCAI's affiliation lines then a line of addresses "{a, b}@x.edu, c@y.org", AAAI's affiliations each
with its institution first, its members' addresses under it, and its gold in that order) and ACL 2018+
(`_acl`: \\And/\\AND blocks an author, or an affiliation's authors named together over its lines and
addresses). `_draw_venue` (its own generator) draws their address forms: "{a,b}@x", "{a, b}@x" or
"{a|b}@x", an "Email:" label before a line of addresses, the line broken in two; they also draw the
IEEE and ML pages' front lines and title forms (`_FRONT_CLASSES`).

Seeds from `FORM_SEEDS` (130000) up to `JOURNAL_SEEDS` draw only `FORM_CLASSES` (every seed below it is the
page it was): IEEEtran's transmag journal (`_transmag`: \\IEEEauthorrefmark-numbered names over one
\\IEEEauthorblockA line an affiliation, only the corresponding author's address, in a \\thanks note),
IEEEtran conference bylines of 4-6 blocks in two rows with the template's department line removed but
its "City, Country" line and, for an author without an address, its "email address or ORCID" line
(`_ieee_conference_places`; gold institution, city and country), and the NeurIPS, ICML, IEEE journal
and IJCAI/AAAI classes; `_draw_forms` (its own generator) sets their titles in sentence case (in small
capitals a line of words opening in lower case is all small letters), in small capitals more often, and
prints a preprint line ("Preprint. Under review.") over the title or at the first page's foot.

Seeds from `JOURNAL_SEEDS` (200000) on draw only Springer's journal classes, svjour3 and sn-jnl (their
look-alikes above; every seed below it is the page it was), most with a structured abstract
(`_draw_structured`: bold heads "Purpose", "Methods", … with or without a colon, each part a paragraph
or all run on; `score`'s "distractor=structured abstract ..."):

    python scripts/header_corpus.py generate --out ../header-journal --seed 200000 --papers 80

Seeds from `MATH_SEEDS` (300000) up to `SPRINGER2_SEEDS` draw only `MATH_CLASSES` (IEEEtran journal, compsoc journal and
conference, article, elsarticle, LNCS; every seed below it is the page it was) with `_draw_math`: every
title's first word opens with inline math ("$k$-Means …", "$\\mathcal{O}(n)$ Sorting …", `_MATH_WORDS`,
gold in pylatexenc's text form), half of them with a second math word inside the title ("… $\\epsilon$-
Greedy …"; `score`'s "distractor=title math inside"), and the IEEE journal bylines run to 6-12 names, so
that they wrap inside a name ("…, Ann B." / "Lee, …"):

    python scripts/header_corpus.py generate --out ../header-math --seed 300000 --papers 120

Seeds from `SPRINGER2_SEEDS` (400000) on draw only svjour3, sn-jnl and LNCS in Springer's address forms
(`_draw_springer2`; every seed below it is the page it was): svjour3's institutes set where the class
sets them, the footnote \\maketitle issues before the abstract (svjour3.cls: \\footnotetext[0] of
\\@institute), for 8-16 names with phone lines, so that the list fills the first page's foot and the
abstract goes on overleaf, or TeX splits the list itself; the addresses after a hand-typed label
("e-mail:" on DEV seeds, "Email:" on JUDGE seeds), grouped by domain in the numbered form ("{a,b}@x"),
ORCID lines under an entry's names; sn-jnl's address lines as a footnote at the first page's foot; an
LNCS corresponding author's address only in a \\thanks note ("Corresponding author: …" /
"Correspondence to: …"). The structured abstracts stay svjour3's and sn-jnl's:

    python scripts/header_corpus.py generate --out ../header-springer2 --seed 400000 --papers 90

Seeds from `HEADER15_SEEDS` (500000) on draw only `HEADER15_CLASSES` (IEEEtran journal and its modes,
svjour3, LNCS; every seed below it is the page it was; `_draw_springer2` stops there) with
`_draw_header15`: IEEE journal bylines of 6-12 names, a membership grade after about half, so that they
wrap inside names and grades ("…, Noémie" / "Müller, Senior Member, IEEE, …, Life" / "Fellow, IEEE, …"),
the last name joined by ", and" (DEV) or " and" (JUDGE); svjour3 entries with two addresses a line
after the label; LNCS \\thanks notes on one or two names and brace-grouped institute addresses:

    python scripts/header_corpus.py generate --out ../header-15 --seed 500000 --papers 120
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The sibling table corpus's pdflatex run, prose and fold rule, so both corpora split and compile alike.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from table_corpus import _paragraph, compile_pdf, corpus_cli, group_of, papers_scored, require_tex  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "header-corpus7"
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
    "acm_journal",
    "ieee_conference_rows",
    "icml",
    "neurips",
    "svjour",
    "sn_jnl",
    "llncs_mail",
    "ieee_journal_compsoc",
    "ieee_conference_compsoc",
    "ieee_access",
    "ieee_journal_modes",
    "elsevier_cas",
)
VENUE_SEEDS = 100000
"""Seeds from here on draw `VENUE_CLASSES` alone; the seeds below draw the pages they drew before."""
VENUE_CLASSES = ("cvpr", "ijcai", "acl")
"""The ML, vision and NLP conference kits not in TeX Live, drawn with article (`_cvpr`, `_ijcai`, `_acl`)."""
FORM_SEEDS = 130000
"""Seeds from here on draw `FORM_CLASSES` alone, with `_draw_forms`; the seeds below draw the pages they
drew before."""
FORM_CLASSES = ("ieee_transmag", "ieee_conference_places", "neurips", "icml", "ieee_journal", "ijcai")
"""IEEEtran's transmag journal and a conference byline without the template's department line (`_transmag`,
`_ieee_conference_places`), and the IEEE and ML forms whose titles `_draw_forms` sets otherwise."""
JOURNAL_SEEDS = 200000
"""Seeds from here on draw `JOURNAL_CLASSES` alone, with structured abstracts (`_draw_structured`)."""
JOURNAL_CLASSES = ("svjour", "sn_jnl")
"""Springer's journal classes, whose journals ask for an abstract in headed parts."""
MATH_SEEDS = 300000
"""Seeds from here on draw `MATH_CLASSES` alone, with `_draw_math`; the seeds from `JOURNAL_SEEDS` up to
here draw the pages they drew before."""
MATH_CLASSES = ("ieee_journal", "ieee_journal_compsoc", "ieee_conference", "article", "elsarticle", "llncs")
"""The classes whose titles `_draw_math` opens (and fills) with inline math, the IEEE journal ones with
bylines of 6-12 names that wrap inside a name."""
SPRINGER2_SEEDS = 400000
"""Seeds from here on draw `SPRINGER2_CLASSES` alone, with `_draw_springer2`; the seeds below draw the
pages they drew before."""
SPRINGER2_CLASSES = ("svjour", "sn_jnl", "llncs")
"""Springer's journal classes and LNCS, in the address forms of `_draw_springer2`."""
HEADER15_SEEDS = 500000
"""Seeds from here on draw `HEADER15_CLASSES` alone, with `_draw_header15`; the seeds below draw the
pages they drew before (`_draw_springer2` stops here)."""
HEADER15_CLASSES = ("ieee_journal", "ieee_journal_modes", "svjour", "llncs")
"""IEEE journal bylines wrapping into membership grades, and Springer's journal class and LNCS in the
address and note forms of `_draw_header15`."""
_SECOND_AFFILIATIONS = (
    "ieee_journal",
    "acm_sigconf",
    "elsarticle",
    "authblk",
    "llncs",
    "revtex",
    "acm_journal",
    "svjour",
    "sn_jnl",
    "llncs_mail",
    "elsevier_cas",
)
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
    suffix: str = ""
    """What the byline prints after the name and is no part of it: notes, "Member, IEEE", an ORCID id."""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    @property
    def printed(self) -> str:
        return self.full + self.suffix


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
class Springer:
    """The parts of a Springer journal's (svjour3) title page that no other class prints."""

    journal: str
    """The journal named in the "… manuscript No." box over the title."""
    received: str
    """The "Received: … / Accepted: …" line under the byline."""
    contacts: list[list[str]]
    """Each affiliation's "Tel.: …" and "Fax: …" lines in its institute entry."""
    broken: bool
    """The institute entries break an address into lines (department / institution / city, country)."""
    twocolumn: bool
    """The class's twocolumn option: the title block across both columns, the institutes at the foot of
    the first."""


@dataclass
class Nature:
    """The parts of a Springer Nature (sn-jnl) title page that no other class prints."""

    streets: list[str]
    """Each affiliation's street and postcode, printed between its institution and its city."""
    corresponding: list[int]
    """The authors marked "*" whose addresses the "Corresponding author(s)" line lists first."""
    equal: bool
    """The first two names carry "†" and a "†These authors contributed equally" line follows."""
    boxed: bool
    """The abstract is set in a framed box (some sn-jnl styles) rather than indented."""
    centred: bool
    """Title, names and affiliations centred (sn-jnl's default) or flush left (its "Nature" style)."""


@dataclass
class Access:
    """The parts of an IEEE Access title page that no other class prints."""

    history: str
    """The "Received …, accepted …" and "Digital Object Identifier" lines over the title."""
    corresponding: int
    """The author the "Corresponding author: Name (e-mail: …)" line names."""
    funding: str
    """The "This work was supported by …" line under the affiliations."""


@dataclass
class Cas:
    """The parts of an Elsevier CAS (cas-sc, cas-dc) title page that no other class prints."""

    corresponding: list[int]
    """The authors marked "*" (\\cormark) over the "Corresponding author" footnote."""
    note: str
    """The first author's footnote (\\fnmark, \\fntext): the page's name note, as CAS prints notes."""
    keywords: list[str]
    """The "ARTICLE INFO" column's keywords beside the abstract (none: the column's heading alone)."""
    streets: bool
    """The affiliations' key-value form gives an addressline (the street), which the gold holds."""


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
    noise: dict[str, str] = field(default_factory=dict)
    """The distractors printed around the byline (see `_NOISE`), each with the LaTeX it adds."""
    printed_title: str = ""
    """The title as \\title prints it (a subtitle on its own line); the gold is `title`."""
    email_form: str = "plain"
    """How the byline prints an address (see `_EMAIL_FORMS`)."""
    orcids: list[str] = field(default_factory=list)
    """Each author's ORCID iD as LNCS's \\orcidID prints it after the name's \\inst ("" for none)."""
    placeholders: bool = False
    """IEEEtran's template lines left in the byline ("dept. name of organization (of Aff.)", "email
    address or ORCID"): the gold affiliation holds the placeholder as printed, as latex-pairs' does."""
    springer: Springer | None = None
    """What a Springer journal (svjour3) page prints beside the byline (see `_draw_springer`)."""
    nature: Nature | None = None
    """What a Springer Nature (sn-jnl) page prints beside the byline (see `_draw_nature`)."""
    access: Access | None = None
    """What an IEEE Access page prints beside the byline (see `_draw_ieee_forms`)."""
    cas: Cas | None = None
    """What an Elsevier CAS page prints beside the byline (see `_draw_cas`)."""
    abstract_tex: str = ""
    """The abstract as the page sets it, where its LaTeX is more than the gold's text (`_draw_structured`)."""


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
    "llncs": ("inst", "lines"),
    "revtex": ("grouped address", "superscript address"),
    "amsart": ("address at end",),
    "acm_journal": ("own affiliation", "shared affiliation"),
    "ieee_conference_rows": ("ordinal rows", "refmark"),
    "icml": ("named", "anonymous"),
    "neurips": ("grid", "anonymous"),
    "svjour": ("at", "inst"),
    "sn_jnl": ("corresponding", "email lines"),
    "llncs_mail": ("url then email", "email per line", "mail list"),
    "ieee_journal_compsoc": ("itemized thanks", "refmark blocks"),
    "ieee_conference_compsoc": ("per author", "rows of three", "anonymous"),
    "ieee_access": ("address lines",),
    "ieee_journal_modes": ("technote", "draftcls onecolumn", "peerreview"),
    "elsevier_cas": ("single column", "double column"),
    "cvpr": ("blocks", "marks"),
    "ijcai": ("ijcai", "aaai"),
    "acl": ("blocks", "shared"),
    "ieee_transmag": ("refmarks",),
    "ieee_conference_places": ("rows",),
}
"""The byline forms each class is drawn in: which LaTeX commands carry names, affiliations and emails."""
_GROUPING = ("ieee_conference", "authblk", "llncs", "llncs_mail", "cvpr", "ijcai", "acl")
"""The classes whose shared lines may print a group's addresses in one brace form."""


def draw_page(seed: int) -> TitlePage:
    """One title page, all from its seed: the class, the byline and the text around it."""
    rng = random.Random(seed)
    classes = (
        HEADER15_CLASSES
        if seed >= HEADER15_SEEDS
        else SPRINGER2_CLASSES
        if seed >= SPRINGER2_SEEDS
        else MATH_CLASSES
        if seed >= MATH_SEEDS
        else JOURNAL_CLASSES
        if seed >= JOURNAL_SEEDS
        else FORM_CLASSES
        if seed >= FORM_SEEDS
        else VENUE_CLASSES
        if seed >= VENUE_SEEDS
        else CLASSES
    )
    cls = classes[seed // 2 % len(classes)]  # each class gets DEV and JUDGE seeds in turn
    n_affiliations = rng.randint(1, 4)
    places = rng.sample(_INSTITUTIONS, n_affiliations)
    affiliations = [Affiliation(rng.choice(_DEPARTMENTS), *place) for place in places]
    n_authors = rng.randint(
        n_affiliations, rng.choice((4, 6, 8, 12))
    )  # every affiliation is some author's first
    if cls == "ieee_conference_rows":  # bylines of 4-12 blocks in rows of up to four
        n_authors = max(4, n_authors)
    if cls == "llncs_mail":  # bylines that wrap
        n_authors = max(4, n_authors)
    if cls == "ieee_conference_compsoc":  # one block an author: one or two rows of up to three
        n_authors = min(6, n_authors)
    if cls in VENUE_CLASSES or FORM_SEEDS <= seed < JOURNAL_SEEDS:  # the kits' bylines fit the title block
        n_authors = min(8, n_authors)
    if cls == "ieee_conference_places":  # 4-6 blocks in two rows
        n_authors = max(4, min(6, n_authors))
    if (MATH_SEEDS <= seed < SPRINGER2_SEEDS or seed >= HEADER15_SEEDS) and cls in _IEEE_JOURNALS:
        n_authors = max(6, n_authors)  # bylines long enough to wrap
    authors = []
    surnames = rng.sample(_SURNAMES, n_authors)
    for i, surname in enumerate(surnames):
        authors.append(_draw_author(rng, i, surname, cls, affiliations))
    _with_initials(authors, seed)
    words = rng.sample(_WORDS, rng.randint(4, 10))
    title = " ".join(w.capitalize() if len(w) > 3 else w for w in words)
    title = title[0].upper() + title[1:]
    abstract = _paragraph(rng)
    paragraphs = [_paragraph(rng) for _ in range(3)]
    forms = _FORMS[cls]
    variant = forms[0] if n_authors <= 3 and cls == "ieee_conference" else rng.choice(forms)
    grouped = cls in _GROUPING and variant not in ("per author", "blocks") and rng.random() < 0.5
    page = TitlePage(cls, title, authors, affiliations, abstract, paragraphs, variant, grouped)
    _draw_crowd(page, seed)
    _draw_noise(page, seed)
    _draw_front_lines(page, seed)
    _draw_conference_forms(page, seed)
    _draw_springer(page, seed)
    _draw_nature(page, seed)
    _draw_ieee_forms(page, seed)
    _draw_notices(page, seed)
    _draw_cas(page, seed)
    _draw_venue(page, seed)
    _draw_forms(page, seed)
    _draw_structured(page, seed)
    _draw_math(page, seed)
    _draw_springer2(page, seed)
    _draw_header15(page, seed)
    return page


def _draw_author(
    rng: random.Random, i: int, surname: str, cls: str, affiliations: list[Affiliation]
) -> Author:
    """The byline's `i`-th author: a particle, given name and middle initial to the surname, the
    affiliations (the first ones each some author's first), an address at the first one's domain."""
    n_affiliations = len(affiliations)
    if rng.random() < 0.2:
        surname = f"{rng.choice(_PARTICLES)} {surname}"
    given = rng.choice(_GIVEN)
    middle = f"{rng.choice('ABCDEHJKLMPRST')}." if rng.random() < 0.3 else ""
    owned = [i % n_affiliations] if i < n_affiliations else [rng.randrange(n_affiliations)]
    if cls in _SECOND_AFFILIATIONS and rng.random() < 0.15 and n_affiliations > 1:
        owned.append(rng.choice([a for a in range(n_affiliations) if a not in owned]))
    domain = affiliations[owned[0]].domain
    email = f"{_ascii(given)}.{_ascii(surname)}@{domain}" if rng.random() < 0.8 else ""
    return Author(given, middle, surname, sorted(owned), email)


_CROWD_CLASSES = tuple(
    c for c in CLASSES if c not in ("icml", "neurips", "revtex", "ieee_conference_compsoc")
)
"""The classes drawn with bylines of 13-20 names (`_draw_crowd`). Not ICML's (drawn with article, its
names are not kept whole across a line break as icml.sty's are), NeurIPS's grid (twenty blocks run
off the page), revtex's (its footnote symbols run out at ten notes) or the compsoc conference's (one
block an author, six at most)."""


def _draw_crowd(page: TitlePage, seed: int) -> None:
    """Some pages' bylines run to 13-20 names (consortium and benchmark papers), from their own generator
    (the other pages stay as drawn before): the names added after the page's own, and a body as long as
    a real paper's, so that the body's type still outweighs the first page's notes and the addresses
    some classes list in the foot or at the end."""
    rng = random.Random(f"crowd {seed}")
    if page.cls not in _CROWD_CLASSES or rng.random() >= 0.15:
        return
    taken = {a.surname.split()[-1] for a in page.authors}
    surnames = rng.sample([s for s in _SURNAMES if s not in taken], rng.randint(13, 20) - len(page.authors))
    for i, surname in enumerate(surnames, start=len(page.authors)):
        page.authors.append(_draw_author(rng, i, surname, page.cls, page.affiliations))
    page.paragraphs += [_paragraph(rng) for _ in range(12)]


def _with_initials(authors: list[Author], seed: int) -> None:
    """Some given names printed as an initial ("J. Okafor", "J. R. Okafor"), the address still spelling
    it ("j.okafor@…"): drawn from its own generator, so the rest of the page is drawn as before."""
    rng = random.Random(f"initials {seed}")
    for a in authors:
        if rng.random() < 0.15:
            initial = f"{a.given[0]}."
            if a.email:
                a.email = a.email.replace(f"{_ascii(a.given)}.", f"{_ascii(initial)}.", 1)
            a.given = initial


_BANNERS = {
    "banner elsevier": (
        "\\fbox{\\parbox{12cm}{\\centering\\small Contents lists available at ScienceDirect\\\\[2pt]"
        "\\large\\textbf{Journal of {0}}\\\\[2pt]\\small journal homepage: www.elsevier.com/locate/{1}}}",
        "\\fbox{\\parbox{12cm}{\\centering\\large\\textbf{{0} Letters}\\\\[2pt]\\small Contents lists "
        "available at ScienceDirect \\quad journal homepage: www.elsevier.com/locate/{1}}}",
    ),
    "banner proceedings": (
        "\\small\\itshape Proceedings of the 2024 Conference on {0}, pages 1021--1034",
        "\\small\\itshape In Proceedings of the 31st International Conference on {0} ({1}), 2023",
    ),
    "banner preprint": (
        "\\small Preprint submitted to Journal of {0} \\hfill October 3, 2024",
        "\\small Manuscript submitted to {0} Review \\hfill 2023-11-17",
    ),
    "banner review": (
        "\\small Under review as a conference paper at {1} 2025",
        "\\small Published as a workshop paper at {1} 2024",
    ),
}
"""Journal banners and running heads above the title, two phrasings each: DEV seeds print the first,
JUDGE seeds the second, so a rule keyed to one phrasing gains on DEV only."""
_FIELDS_OF_STUDY = ("Computational Linguistics", "Machine Learning Research", "Information Systems")
_NOTES = {
    "equal": ("$^*$Equal contribution.", "These authors contributed equally to this work."),
    "corresponding": ("Corresponding author: {name}.", "Correspondence to: {name} ({email})."),
    "dates": (
        "Received 12 March 2024; accepted 3 June 2024; published 20 June 2024.",
        "Manuscript received May 2, 2023; revised August 19, 2023.",
    ),
    "funding": (
        "This work was supported by grant 2291 of the Science Foundation. We thank {other} and {other2} "
        "for their comments.",
        "The authors are grateful to {other} for discussions and to {other2} for the data.",
    ),
    "orcid": ("ORCID: {name} 0000-0002-1825-0097.", "{name}: https://orcid.org/0000-0001-5109-3700"),
}
"""Footnotes on the first author's name (\\thanks), two phrasings each (DEV first, JUDGE second)."""
_AFTER_MAKETITLE = ("ieee_conference", "ieee_journal", "article", "authblk", "llncs", "llncs_mail")
"""The classes whose abstract prints after \\maketitle, so that text can stand between byline and abstract."""
_SETTINGS = ("email label", "email name", "brace")
"""`TitlePage.noise` keys that say how a distractor prints, not distractors themselves."""
_PRINTED_ADDRESSES = (
    "ieee_conference",
    "article",
    "authblk",
    "llncs",
    "llncs_mail",
    "ieee_conference_compsoc",
    *VENUE_CLASSES,
)
"""The classes whose byline prints addresses as text (the others through \\email, \\ead or \\thanks)."""
_MEMBERSHIP = ("ieee_journal", "ieee_journal_compsoc", "ieee_access", "ieee_journal_modes")
"""The classes whose names may carry IEEE membership grades ("Member, IEEE")."""
_NOISE = {
    "banner": 0.45,
    "membership": 0.7,
    "note": 0.5,
    "collaboration": 0.4,
    "epigraph": 0.25,
    "keywords": 0.4,
    "teaser": 0.25,
    "arxiv": 0.3,
    "long title": 0.2,
    "subtitle": 0.2,
    "email form": 0.5,
}
"""Each distractor's chance on a page (where the page's class can print it)."""


def _someone(rng: random.Random, page: TitlePage) -> str:
    """A person who is not an author (an acknowledged colleague, an epigraph's source)."""
    taken = {a.surname for a in page.authors}
    return f"{rng.choice(_GIVEN)} {rng.choice([s for s in _SURNAMES if s not in taken])}"


def _draw_noise(page: TitlePage, seed: int) -> None:
    """Draw the page's distractors from their own generator, so the byline stays as the seed drew it
    before distractors were added (the same seed in ../header-corpus2 is the same page without them)."""
    rng = random.Random(f"noise {seed}")
    phrasing = seed % 2  # DEV seeds print the first phrasing, JUDGE seeds the second
    drawn = {name for name, chance in _NOISE.items() if rng.random() < chance}
    first = page.authors[0]
    if "banner" in drawn:
        kind = rng.choice(sorted(_BANNERS))
        venue = rng.choice(_FIELDS_OF_STUDY)
        text = (
            _BANNERS[kind][phrasing]
            .replace("{0}", venue)
            .replace("{1}", "".join(w[0] for w in venue.split()))
        )
        page.noise[kind] = text
    if "membership" in drawn and page.cls in _MEMBERSHIP:
        page.noise["membership"] = ""
        for a in page.authors:
            grade = rng.choice(("Member", "Senior Member", "Fellow", "", ""))
            if grade:
                a.suffix += f",~\\IEEEmembership{{{grade},~IEEE}}"
    if "note" in drawn and not page.cls.startswith("ieee_conference"):  # IEEEtran conference: no \thanks
        kind = rng.choice(sorted(_NOTES))
        name = first.full
        text = _NOTES[kind][phrasing].format(
            name=name, email=first.email or "", other=_someone(rng, page), other2=_someone(rng, page)
        )
        if first.email and "{email}" in _NOTES[kind][phrasing]:
            text = text.replace(f" ({first.email})", "")  # an address is printed once, in the byline
        page.noise[f"note {kind}"] = text
        first.suffix = f"\\thanks{{{text}}}" + first.suffix
    if "collaboration" in drawn and page.cls in ("revtex", "article", "authblk"):
        name = rng.choice(("ATLAS", "LIGO Scientific", "Belle II", "IceCube"))
        page.noise["collaboration"] = (
            f"The {name} Collaboration" if phrasing == 0 else f"on behalf of the {name} Collaboration"
        )
    if "epigraph" in drawn and page.cls in _AFTER_MAKETITLE:
        person = _someone(rng, page)
        page.noise["epigraph"] = (
            f"\\begin{{flushright}}\\itshape ``The limits of my language are the limits of my world.''"
            f"\\\\ --- {person}\\end{{flushright}}"
            if phrasing == 0
            else f"\\begin{{center}}\\itshape Dedicated to the memory of {person}\\end{{center}}"
        )
    if "keywords" in drawn:
        words = ", ".join(rng.sample(_WORDS, 4))
        page.noise["keywords"] = (
            f"\\noindent\\textbf{{Keywords:}} {words}\\\\ \\textbf{{MSC 2020:}} 68T50, 68U15"
            if phrasing == 0
            else f"\\noindent\\textit{{Index Terms}}---{words}\\\\ \\textbf{{ACM CCS:}} Computing "
            "methodologies $\\rightarrow$ Natural language processing"
        )
    if "teaser" in drawn and page.cls in _AFTER_MAKETITLE:
        caption = (
            "Figure 1: Overview of the method: inputs on the left, outputs on the right."
            if phrasing == 0
            else "Fig. 1. Our system at a glance, from documents to answers."
        )
        page.noise["teaser"] = (
            f"\\begin{{center}}\\fbox{{\\rule{{0pt}}{{2.5cm}}\\rule{{0.8\\linewidth}}{{0pt}}}}\\\\[4pt]"
            f"\\small {caption}\\end{{center}}"
        )
    if "arxiv" in drawn:
        page.noise["arxiv"] = (
            "arXiv:2405.01234v2  [cs.CL]  3 May 2024"
            if phrasing == 0
            else "arXiv:2311.09876v1  [cs.LG]  17 Nov 2023"
        )
    if "long title" in drawn:
        page.title = " ".join(
            w.capitalize() if len(w) > 3 else w for w in rng.sample(_WORDS, rng.randint(16, 20))
        )
        page.title = page.title[0].upper() + page.title[1:]
        page.noise["long title"] = ""
    if "subtitle" in drawn:
        sub = " ".join(rng.sample(_WORDS, 4)).capitalize()
        page.noise["subtitle"] = sub
        page.printed_title = f"{page.title}:\\\\ {sub}"
        page.title = f"{page.title}: {sub}"
    if "email form" in drawn and page.cls in _PRINTED_ADDRESSES and any(a.email for a in page.authors):
        if page.grouped:
            page.noise["brace"] = ", "
            page.email_form = "brace spaced"
        else:
            page.email_form = rng.choice(("prefixed", "named"))
            page.noise["email label"] = ("E-mail", "Email")[phrasing]
            page.noise["email name"] = ("initials", "full name")[phrasing]
    if page.email_form != "plain":
        page.noise[f"email {page.email_form}"] = ""
    orcids = random.Random(f"orcid {seed}")  # its own generator: the pages drawn before it stay the same
    if page.cls == "llncs" and orcids.random() < 0.5:
        page.noise["orcid ids"] = ""  # \\orcidID after most names' \\inst (see `_llncs`)
        page.orcids = [_orcid(orcids) if orcids.random() < 0.8 else "" for _ in page.authors]
    if page.cls == "llncs_mail" and orcids.random() < 0.5:
        page.noise["orcid ids"] = ""  # after three names in four (see `_llncs_mail`)
        page.orcids = [_orcid(orcids) if orcids.random() < 0.75 else "" for _ in page.authors]


def _orcid(rng: random.Random) -> str:
    """An ORCID iD: four groups of four digits, the last character a digit or X."""
    digits = "".join(rng.choice("0123456789") for _ in range(15)) + rng.choice("0123456789X")
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


_FRONT_LINES = {
    "ieee banner": (
        "2019 IEEE International Conference on {0} ({1})",
        "2022 IEEE Symposium Series on {0} (SS{1}) \\textbar{} Orlando, FL, USA",
    ),
    "ieee submitted": (
        "This work has been submitted to the IEEE for possible publication. Copyright may be transferred "
        "without notice, after which this version may no longer be accessible.",
        "\\copyright{} 2023 IEEE. Personal use of this material is permitted. Permission from IEEE must be "
        "obtained for all other uses, including reprinting/republishing this material.",
    ),
    "accepted": (
        "Accepted to the 2024 IEEE International Conference on Robotics and Automation (ICRA)",
        "Preprint. Final version to appear in IEEE Transactions on {0}",
    ),
    "ieee copyright": (
        "978-1-7281-6926-2/20/\\$31.00~\\copyright2020 IEEE",
        "979-8-3503-4512-1/23/\\$31.00~\\copyright2023 IEEE \\quad DOI 10.1109/S{1}.2023.00042",
    ),
    "title thanks": (
        "This work was supported by the National Science Foundation under grant 1234567.",
        "Code and data are available at https://github.com/example/{1}.",
    ),
}
"""What real IEEE and ML-conference first pages print around the title, two phrasings each (DEV seeds
the first, JUDGE seeds the second): a conference banner and the IEEE submission note in the page head
(fancyhdr), an "Accepted to"/"Preprint" line set over the title inside \\title, the copyright line at
the foot, a funding or code note on the title (\\thanks)."""
_FRONT_CLASSES = (
    "ieee_conference",
    "ieee_journal",
    "ieee_conference_rows",
    "icml",
    "neurips",
    "ieee_journal_compsoc",
    "ieee_conference_compsoc",
    "ieee_access",
    "ieee_journal_modes",
    *VENUE_CLASSES,
    "ieee_transmag",
    "ieee_conference_places",
)
"""The classes drawn with `_FRONT_LINES` and the title forms ("title break", "title smallcaps")."""
_FRONT_NOISE = {
    "ieee banner": 0.35,
    "ieee submitted": 0.25,
    "accepted": 0.25,
    "ieee copyright": 0.3,
    "title thanks": 0.25,
    "title break": 0.35,
    "title smallcaps": 0.15,
}
"""Each front line's or title form's chance on a page of `_FRONT_CLASSES`."""


def _draw_front_lines(page: TitlePage, seed: int) -> None:
    """Draw the lines real IEEE and ML-conference pages print above, on and under the title, from their
    own generator (the pages of the older classes keep their other draws)."""
    if page.cls not in _FRONT_CLASSES:
        return
    rng = random.Random(f"front {seed}")
    phrasing = seed % 2
    venue = rng.choice(_FIELDS_OF_STUDY)
    abbreviation = "".join(w[0] for w in venue.split())
    for kind, chance in _FRONT_NOISE.items():
        if rng.random() >= chance:
            continue
        if (
            kind.startswith("ieee ")
            and kind != "ieee copyright"
            and any(k.startswith("banner") for k in page.noise)
        ):
            continue  # one banner over the title
        if kind in _FRONT_LINES:
            page.noise[kind] = _FRONT_LINES[kind][phrasing].replace("{0}", venue).replace("{1}", abbreviation)
        elif kind == "title break" and not page.printed_title:
            words = page.title.split()
            cuts = sorted(rng.sample(range(2, len(words) - 1), min(rng.choice((1, 2)), len(words) - 3)))
            for cut in reversed(cuts):
                words.insert(cut, "\\\\")
            page.printed_title = " ".join(words)
            page.noise[kind] = ""
        elif kind == "title smallcaps":
            page.noise[kind] = ""


_PLACEHOLDER = "dept. name of organization (of Aff.)"
"""The IEEEtran conference template's department line, which some papers leave in."""
_ANONYMOUS = {"icml": "Anonymous Authors", "neurips": "Anonymous Author(s)"}
"""What an anonymous-review build of each ML-conference form prints for its byline (the gold is that
string as one author, as latex-pairs' gold takes it; affiliations and e-mails are not scored)."""


def _draw_conference_forms(page: TitlePage, seed: int) -> None:
    """The byline choices of the IEEE two-row and ML-conference classes, from their own generator:
    IEEEtran's placeholder lines left in, an anonymous-review byline, ICML's corresponding authors
    (only their addresses are printed, in "Correspondence to: Name <email>")."""
    rng = random.Random(f"conference forms {seed}")
    if page.cls == "ieee_conference_rows":
        page.placeholders = rng.random() < 0.4 and page.variant == "ordinal rows"
        if rng.random() < 0.5:
            page.noise["ordinals"] = ""  # "1st Ann Lee": the template's author numbering
    if page.cls in _ANONYMOUS and page.variant == "anonymous":
        given, surname = _ANONYMOUS[page.cls].split(" ", 1)
        page.authors = [Author(given, "", surname, [], "")]
        page.affiliations = []
        page.noise = {k: v for k, v in page.noise.items() if not k.startswith("note")}
    elif page.cls == "icml":
        corresponding = rng.randint(1, min(2, len(page.authors)))
        for k, a in enumerate(page.authors):
            if k >= corresponding:
                a.email = ""
        if page.authors[0].suffix:  # ICML prints notes in its first-page footnote, not as \\thanks
            page.authors[0].suffix = ""


_JOURNALS = (
    "Machine Learning",
    "Empirical Software Engineering",
    "Journal of Global Optimization",
    "Synthese",
)
_PREFIXES = {"Norway": "47", "Germany": "49", "Spain": "34", "Singapore": "65", "Canada": "1", "France": "33"}


def _draw_springer(page: TitlePage, seed: int) -> None:
    """What Springer's journal class (svjour3) prints beyond the shared byline, from its own generator:
    the manuscript box's journal, the received line, each institute's phone and fax lines, an address
    broken into lines or not, one column or two; and a subtitle set on its own line under the title,
    which latex-pairs' gold leaves out of the title (svjour3's \\subtitle)."""
    if page.cls != "svjour":
        return
    rng = random.Random(f"springer {seed}")
    contacts = []
    for affiliation in page.affiliations:
        prefix = _PREFIXES.get(affiliation.country, "39")
        number = f"+{prefix}-{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        lines = [f"Tel.: {number}"] if rng.random() < 0.6 else []
        if lines and rng.random() < 0.5:
            lines.append(f"Fax: {number[:-4]}{rng.randint(1000, 9999)}")
        contacts.append(lines)
    dated = rng.random() < 0.5
    received = (
        "Received: 14 May 2023 / Accepted: 2 February 2024" if dated else "Received: date / Accepted: date"
    )
    twocolumn = rng.random() < 0.3
    page.springer = Springer(rng.choice(_JOURNALS), received, contacts, rng.random() < 0.5, twocolumn)
    if "subtitle" in page.noise:  # set on a line of its own by `_svjour`, not by \\title
        page.title = page.title.removesuffix(f": {page.noise['subtitle']}")
        page.printed_title = ""


_STREETS = {
    "University of Bergen": "Nygårdsgaten 5, 5020",
    "Technische Universität München": "Arcisstraße 21, 80333",
    "Universidad de Granada": "Avenida del Hospicio 1, 18010",
    "National University of Singapore": "21 Lower Kent Ridge Road, 119077",
    "University of Toronto": "27 King's College Circle, M5S 1A1",
    "Université de Lyon": "92 rue Pasteur, 69007",
    "Charles University": "Ovocný trh 5, 116 36",
    "Kyoto University": "Yoshida-honmachi, 606-8501",
    "Indian Institute of Science": "CV Raman Road, 560012",
    "Politecnico di Milano": "Piazza Leonardo da Vinci 32, 20133",
    "Universität Wien": "Universitätsring 1, 1010",
    "Università degli Studi di Padova": "Via 8 Febbraio 2, 35122",
    "Instituto Superior Técnico": "Avenida Rovisco Pais 1, 1049-001",
    "Uniwersytet Warszawski": "Krakowskie Przedmieście 26/28, 00-927",
    "Rijksuniversiteit Groningen": "Broerstraat 5, 9712 CP",
    "École Polytechnique Fédérale de Lausanne": "Route Cantonale, 1015",
}
"""Each institution's street and postcode, as Springer Nature's \\orgaddress{\\street{} \\postcode{}} prints them."""


def _draw_nature(page: TitlePage, seed: int) -> None:
    """What Springer Nature's class (sn-jnl) prints beyond the shared byline, from its own generator:
    the streets and postcodes of the addresses, the corresponding authors ("*"), an equal-contribution
    mark ("†"), a boxed or indented abstract, a centred or flush-left title block. Its keywords are its
    own "Keywords:" line, so the shared keyword distractor is not drawn again."""
    if page.cls != "sn_jnl":
        return
    rng = random.Random(f"nature {seed}")
    streets = [_STREETS[a.institution] for a in page.affiliations]
    with_email = [k for k, a in enumerate(page.authors) if a.email] or [0]
    corresponding = sorted(rng.sample(with_email, rng.choice((1, 1, 2)) if len(with_email) > 1 else 1))
    equal = len(page.authors) > 2 and rng.random() < 0.3
    page.nature = Nature(streets, corresponding, equal, rng.random() < 0.4, rng.random() < 0.5)
    page.noise.pop("keywords", None)
    for a in page.authors:  # sn-jnl prints notes in its own lines, not as footnotes on names
        a.suffix = ""
    page.noise = {k: v for k, v in page.noise.items() if not k.startswith("note")}


_HISTORY = (
    "Received 3 March 2024, accepted 21 April 2024, date of publication 30 April 2024, date of current "
    "version 8 May 2024.\\\\ Digital Object Identifier 10.1109/ACCESS.2024.3395012",
    "Date of publication xxxx 00, 0000, date of current version xxxx 00, 0000.\\\\ Digital Object "
    "Identifier 10.1109/ACCESS.2017.DOI",
)
_FUNDING = (
    "This work was supported in part by the National Research Council under Grant 2291.",
    "This research was funded by the Science Foundation (project 1138) and by the {0} Trust.",
)
_ANONYMOUS_IEEE = (
    ("Anonymous Authors", "Anonymous Institution", "Anonymous City, Anonymous Country"),
    ("Anonymous Author(s)", "Affiliation", "Address"),
)
"""An anonymous review build's one IEEEtran block, two phrasings (DEV seeds the first, JUDGE seeds the
second); the gold is the first line as one author, as latex-pairs' gold takes it."""


def _draw_ieee_forms(page: TitlePage, seed: int) -> None:
    """The IEEE Computer Society and IEEE Access choices, from their own generator: an anonymous build
    of the compsoc conference byline; Access's history lines, its corresponding author and funding line
    (Access prints no \\thanks notes on names or title, and its own "INDEX TERMS")."""
    rng = random.Random(f"ieee forms {seed}")
    phrasing = seed % 2
    if page.cls == "ieee_conference_compsoc" and page.variant == "anonymous":
        given, surname = _ANONYMOUS_IEEE[phrasing][0].split(" ", 1)
        page.authors = [Author(given, "", surname, [], "")]
        page.affiliations = []
        page.email_form = "plain"
        page.noise = {k: v for k, v in page.noise.items() if not k.startswith("email")}
    if page.cls != "ieee_access":
        return
    with_email = [k for k, a in enumerate(page.authors) if a.email] or [0]
    funder = _someone(rng, page).split()[-1]
    page.access = Access(
        _HISTORY[phrasing], rng.choice(with_email), _FUNDING[phrasing].replace("{0}", funder)
    )
    for kind, text in list(page.noise.items()):
        if kind.startswith("note"):
            page.authors[0].suffix = page.authors[0].suffix.replace(f"\\thanks{{{text}}}", "")
            del page.noise[kind]
    page.noise.pop("keywords", None)
    page.noise.pop("title thanks", None)


_TITLE_MATH = {
    "$\\ell_1$": "ℓ_1",
    "$k$": "k",
    "$\\alpha$": "α",
    "$\\varepsilon$": "ε",
}
"""Math that titles open a word with ("$\\ell_1$-Regularised"), and its text as latex-pairs' gold renders
it (pylatexenc's text mode: "ℓ_1-Regularised")."""
_RUNNING_HEADS = (
    "Journal of \\LaTeX\\ Class Files,~Vol.~14, No.~8, August~2015",
    "IEEE Transactions on {0},~Vol.~31, No.~4, April~2023",
)
"""IEEEtran journal's \\markboth head, which its first page prints over the title (in capitals): the
template's own and a journal's volume, number and date (DEV seeds the first, JUDGE seeds the second)."""
_PUBIDS = (
    "0000--0000/00\\$00.00~\\copyright~2021 IEEE",
    "1949-3053~\\copyright~2023 IEEE. Personal use is permitted, but republication/redistribution "
    "requires IEEE permission.",
)
"""IEEEtran's \\IEEEpubid line at the foot of the first page's columns (DEV first, JUDGE second)."""
_GRADES = (("Student Member", "Life Fellow"), ("Graduate Student Member", "Life Senior Member"))
"""The rarer IEEE membership grades that replace "Member" and "Fellow" (DEV first, JUDGE second)."""
_LNCS_NOTES = (
    "Supported by the Research Council under grant 4711.",
    "This is an extended version of a paper presented at the {0} Workshop.",
)
"""The \\thanks note of an LNCS title, as the template's \\title{…\\thanks{Supported by …}} prints it."""
_IEEE_JOURNALS = ("ieee_journal", "ieee_journal_modes", "ieee_journal_compsoc")
_IEEE_PUBID = (*_IEEE_JOURNALS, "ieee_conference", "ieee_conference_rows", "ieee_conference_compsoc")
_LNCS = ("llncs", "llncs_mail")
_SMALL_TITLE = ("svjour", "sn_jnl", "icml", "ieee_access", "revtex", "amsart", "llncs", "llncs_mail")
"""The classes that set the title themselves (drawn with article) or in type no larger than \\Large:
a second part in \\Large is smaller display type only under the others' titles."""
_COMPUTER_MODERN = ("article", "authblk", "llncs", "revtex", "amsart", "svjour", "sn_jnl", "llncs_mail")
"""The classes whose templates print in the default Computer Modern (OT1: accents built from a letter and
an accent glyph), which real papers keep where the generator otherwise sets Times (`_FONTS`)."""
_NOTICES = {
    "title math": 0.2,
    "ieee running head": 0.5,
    "ieee pubid": 0.3,
    "rare grades": 0.5,
    "mail line": 0.5,
    "lncs title thanks": 0.35,
    "lncs subtitle": 0.2,
    "computer modern": 0.5,
    "display subtitle": 0.15,
}
"""Each notice's or title form's chance on a page whose class can print it (see `_draw_notices`)."""


def _draw_notices(page: TitlePage, seed: int) -> None:
    """Title-page notices and forms the other draws lack, from their own generator: math opening a title
    word; the default Computer Modern of the classes whose templates keep it; IEEE journals' running head ("JOURNAL OF LATEX CLASS FILES, VOL. 14, …") and the \\IEEEpubid
    copyright line at the foot; the rarer membership grades; one "Email:" line for every author under an
    \\IEEEauthorrefmark byline; an LNCS title's \\thanks note and its \\subtitle (which latex-pairs' gold
    leaves out of the title)."""
    rng = random.Random(f"notices {seed}")
    phrasing = seed % 2
    drawn = {name for name, chance in _NOTICES.items() if rng.random() < chance}
    venue = rng.choice(_FIELDS_OF_STUDY)
    if "title math" in drawn:
        math = rng.choice(sorted(_TITLE_MATH))
        page.title = f"{math}-{page.title[0].upper()}{page.title[1:]}"
        if page.printed_title:
            page.printed_title = f"{math}-{page.printed_title[0].upper()}{page.printed_title[1:]}"
        page.noise["title math"] = ""
    if "ieee running head" in drawn and page.cls in _IEEE_JOURNALS:
        page.noise["ieee running head"] = _RUNNING_HEADS[phrasing].replace("{0}", venue)
    if "ieee pubid" in drawn and page.cls in _IEEE_PUBID and "ieee copyright" not in page.noise:
        page.noise["ieee pubid"] = _PUBIDS[phrasing]
    if "rare grades" in drawn and "membership" in page.noise:
        student, life = _GRADES[phrasing]
        for a in page.authors:
            if rng.random() < 0.5:
                a.suffix = a.suffix.replace("{Member,", f"{{{student},").replace("{Fellow,", f"{{{life},")
        page.noise["rare grades"] = ""
    if "mail line" in drawn and page.cls == "ieee_conference_rows" and page.variant == "refmark":
        page.noise["mail line"] = ("Email:", "E-mails:")[phrasing]
    if "lncs title thanks" in drawn and page.cls in _LNCS:
        page.noise["title thanks"] = _LNCS_NOTES[phrasing].replace("{0}", venue)
    if "lncs subtitle" in drawn and page.cls in _LNCS and "subtitle" not in page.noise:
        page.noise["lncs subtitle"] = " ".join(rng.sample(_WORDS, 4)).capitalize()
    if "computer modern" in drawn and page.cls in _COMPUTER_MODERN:
        page.noise["computer modern"] = ""
    if "display subtitle" in drawn and not page.printed_title and page.cls not in _SMALL_TITLE:
        second = " ".join(rng.sample(_WORDS, 4)).capitalize()
        page.printed_title = f"{page.title}\\\\ \\Large {second}"
        page.title = f"{page.title} {second}"
        page.noise["display subtitle"] = ""


def _draw_cas(page: TitlePage, seed: int) -> None:
    """What Elsevier's CAS classes print beyond the shared byline, from their own generator: the
    corresponding author's "*", the first author's note as a CAS footnote, ORCID iDs (listed in the
    foot), streets in the affiliations, the keywords in the "ARTICLE INFO" column beside the abstract
    (so the shared keyword line is not drawn)."""
    if page.cls != "elsevier_cas":
        return
    rng = random.Random(f"cas {seed}")
    with_email = [k for k, a in enumerate(page.authors) if a.email] or [0]
    corresponding = [rng.choice(with_email)] if rng.random() < 0.8 else []
    note = next((text for kind, text in page.noise.items() if kind.startswith("note")), "")
    page.authors[0].suffix = ""
    keywords = rng.sample(_WORDS, rng.randint(3, 6)) if rng.random() < 0.85 else []
    page.noise.pop("keywords", None)
    if keywords:
        page.noise["keywords panel"] = ""
    page.orcids = [_orcid(rng) if rng.random() < 0.4 else "" for _ in page.authors]
    page.cas = Cas(corresponding, note, keywords, rng.random() < 0.4)


_BRACES = (",", ", ", "|")
"""What the venue kits' pages print between a domain's local parts: "{a,b}@x", "{a, b}@x", "{a|b}@x"."""


_STRUCTURED_HEADS = (
    ("Purpose", "Methods", "Results", "Conclusions"),
    ("Background", "Methods", "Findings", "Conclusion"),
)
"""A structured abstract's heads, two wordings: DEV seeds print the first, JUDGE seeds the second."""


def _draw_structured(page: TitlePage, seed: int) -> None:
    """A Springer journal's structured abstract (`JOURNAL_SEEDS` on, its own generator): the bold heads
    of `_STRUCTURED_HEADS`, with or without a colon, each part a paragraph of its own or all run on in
    one; the gold is the text as printed, heads included ("Purpose: … Methods: …"), as latex-pairs'
    derive_gold reads \\textbf in an abstract."""
    if seed < JOURNAL_SEEDS or page.cls not in JOURNAL_CLASSES:
        return
    rng = random.Random(f"structured {seed}")
    if rng.random() < 0.3:
        return
    colon = ":" if rng.random() < 0.5 else ""
    brk = "\\par " if rng.random() < 0.6 else " "
    parts = [(f"{head}{colon}", _paragraph(rng)) for head in _STRUCTURED_HEADS[seed % 2]]
    page.abstract = " ".join(f"{head} {text}" for head, text in parts)
    page.abstract_tex = brk.join(f"\\textbf{{{head}}} {text}" for head, text in parts)
    page.noise["structured abstract"] = "paragraphs" if brk != " " else "run on"


_MAIL_LABELS = ("e-mail:", "Email:")
"""The label Springer authors type before an address by hand (svjour3's \\email prints "E-mail:"), two
wordings: DEV seeds print the first, JUDGE seeds the second."""
_CORRESPONDING_MAIL = ("Corresponding author: {name}, {email}", "Correspondence to: {name} ({email})")
"""An LNCS \\thanks note naming the corresponding author and the address (DEV first, JUDGE second)."""
_ORCID_LINES = ("ORCID: {orcid}", "https://orcid.org/{orcid}")
"""An ORCID iD set on a line of its own under an institute entry's names (DEV first, JUDGE second)."""


def _draw_springer2(page: TitlePage, seed: int) -> None:
    """The Springer address forms of the pages from `SPRINGER2_SEEDS` on, from their own generator.
    svjour3: the institutes set where the class sets them, a footnote issued by \\maketitle before the
    abstract (`_svjour`'s "institutes first"), in lists long enough (8-16 names, each institute's phone
    and fax) that TeX may split the footnote and set its rest at the second page's foot; the addresses
    after a hand-typed label (`_MAIL_LABELS`), grouped in the numbered form ("{a,b}@x.de"), and ORCID
    lines under an entry's names. sn-jnl: the address lines set as a footnote at the first page's foot
    ("mail foot"). LNCS: the corresponding author's address only in a \\thanks note on the name
    ("corresponding mail")."""
    if not SPRINGER2_SEEDS <= seed < HEADER15_SEEDS:
        return
    rng = random.Random(f"springer2 {seed}")
    phrasing = seed % 2
    if page.cls == "svjour":
        page.noise["institutes first"] = ""
        taken = {a.surname.split()[-1] for a in page.authors}
        more = rng.randint(8, 16) - len(page.authors)
        if more > 0:
            surnames = rng.sample([s for s in _SURNAMES if s not in taken], more)
            for i, surname in enumerate(surnames, start=len(page.authors)):
                page.authors.append(_draw_author(rng, i, surname, page.cls, page.affiliations))
        assert page.springer is not None
        for k, f in enumerate(page.affiliations):
            if not page.springer.contacts[k]:
                prefix = _PREFIXES.get(f.country, "39")
                page.springer.contacts[k] = [
                    f"Tel.: +{prefix}-{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
                ]
        page.noise["mail label"] = _MAIL_LABELS[phrasing]
        if page.variant == "inst" and rng.random() < 0.5:
            page.grouped = True
        elif page.variant == "at" and rng.random() < 0.5:
            page.noise["orcid lines"] = _ORCID_LINES[phrasing]
            page.orcids = [_orcid(rng) for _ in page.authors]
    elif page.cls == "sn_jnl" and rng.random() < 0.6:
        page.noise["mail foot"] = ""
    elif page.cls == "llncs" and any(a.email for a in page.authors):
        first = next(a for a in page.authors if a.email)
        note = _CORRESPONDING_MAIL[phrasing].format(name=first.full, email=first.email)
        page.noise["corresponding mail"] = note
        first.suffix = f"\\thanks{{{note}}}" + first.suffix


_LAST_AND = (", and ", " and ")
"""How an IEEE journal byline joins its last name (DEV first, JUDGE second)."""
_NAME_NOTES = ("This work was supported by the {fund}.", "Funded by the {fund}.")
"""An LNCS \\thanks note on a name (DEV first, JUDGE second)."""
_FUNDS = (
    "National Science Foundation",
    "European Research Council",
    "Japan Society for the Promotion of Science",
)


def _draw_header15(page: TitlePage, seed: int) -> None:
    """The forms of the pages from `HEADER15_SEEDS` on, from their own generator. IEEE journals (6-12
    names): a membership grade after about half the names, so the byline wraps into grades and inside
    names ("…, Noémie" / "Müller, Senior Member, IEEE, …"), the last name joined by "and" (`_LAST_AND`;
    `score`'s "distractor=grades wrap"). svjour3: in the "at" form two addresses a line after the label
    ("E-mail: a@x, b@y"; "distractor=mail pairs"). LNCS: a \\thanks note on one or two names (`_NAME_NOTES`, "distractor=name notes") and, in the
    "inst" form, an institute's addresses grouped in braces ("{a,b}@x", page.grouped)."""
    if seed < HEADER15_SEEDS:
        return
    rng = random.Random(f"header15 {seed}")
    phrasing = seed % 2
    if page.cls in _IEEE_JOURNALS:
        page.noise["grades wrap"] = ""
        page.noise["last and"] = _LAST_AND[phrasing]
        for a in page.authors:
            if "IEEEmembership" not in a.suffix and rng.random() < 0.5:
                grade = rng.choice(("Member", "Senior Member", "Fellow", "Student Member", "Life Fellow"))
                a.suffix += f",~\\IEEEmembership{{{grade},~IEEE}}"
    elif page.cls == "svjour" and page.variant == "at":
        page.noise["mail pairs"] = ""
    elif page.cls == "llncs":
        page.noise["name notes"] = ""
        for a in rng.sample(page.authors, min(len(page.authors), rng.randint(1, 2))):
            note = _NAME_NOTES[phrasing].format(fund=rng.choice(_FUNDS))
            a.suffix = f"\\thanks{{{note}}}" + a.suffix
        if page.variant == "inst" and any(a.email for a in page.authors):
            page.grouped = True


def _draw_venue(page: TitlePage, seed: int) -> None:
    """The venue kits' choices, from their own generator (the older classes' pages stay as drawn): the
    separator inside a grouped page's braces, a label ("Email:") before a line of addresses, a line of
    addresses broken in two; ACL's "shared" form lists an affiliation's authors together, so the names
    are ordered by their first affiliation (the gold keeps the printed order). The body runs on as a real
    paper's does: a first page with its second column nearly empty beside the abstract is no real page,
    and its layout reads the two columns' lines as one."""
    if page.cls not in VENUE_CLASSES:
        return
    rng = random.Random(f"venue {seed}")
    if page.grouped and "brace" not in page.noise:
        page.noise["brace"] = rng.choice(_BRACES)
        if page.noise["brace"] == "|":
            page.noise["email pipe"] = ""
    if page.email_form == "plain" and page.variant != "blocks" and rng.random() < 0.3:
        page.noise["email line label"] = ("Email:", "E-mail:")[seed % 2]
    if rng.random() < 0.3:
        page.noise["mail break"] = ""
    if page.variant == "shared":
        page.authors.sort(key=lambda a: a.affiliations[0])
    page.paragraphs += [_paragraph(rng) for _ in range(8)]  # both columns of the first page full


_PREPRINT_LINES = ("Preprint. Under review.", "Preprint. Work in progress.")
"""The preprint line an ML paper's arXiv build prints over its title or at its first page's foot (NeurIPS's
"preprint" option), DEV seeds the first phrasing, JUDGE seeds the second."""


def _draw_forms(page: TitlePage, seed: int) -> None:
    """The title forms of the pages from `FORM_SEEDS` to `JOURNAL_SEEDS`, from their own generator: a title in sentence case
    (ML papers' habit; in small capitals its words opening in lower case are all small letters), small
    capitals more often, and a preprint line over the title or at the foot (`_PREPRINT_LINES`)."""
    if not FORM_SEEDS <= seed < JOURNAL_SEEDS:
        return
    rng = random.Random(f"forms {seed}")
    if rng.random() < 0.5 and "title math" not in page.noise:
        page.title = page.title[0] + page.title[1:].lower()
        page.printed_title = page.printed_title[:1] + page.printed_title[1:].lower()
        page.printed_title = page.printed_title.replace("\\large", "\\Large")  # a display subtitle's size
        page.noise["sentence case"] = ""
    if rng.random() < 0.35:
        page.noise["title smallcaps"] = ""
    if rng.random() < 0.4 and "accepted" not in page.noise:
        where = rng.choice(("preprint over", "preprint foot"))
        page.noise[where] = _PREPRINT_LINES[seed % 2]
    if page.cls == "ieee_transmag":  # the corresponding author's address alone is printed
        for a in page.authors[1:]:
            a.email = ""


_MATH_WORDS = {
    "$k$": ("k", "-"),
    "$\\mathcal{O}(n)$": ("𝒪(n)", " "),
    "$\\epsilon$": ("ϵ", "-"),
    "$\\ell_1$": ("ℓ_1", "-"),
    "$Q$": ("Q", "-"),
    "$\\lambda$": ("λ", "-"),
    "$L_p$": ("L_p", " "),
    "$\\chi^2$": ("χ^2", " "),
    "$n$": ("n", "-"),
    "$\\Delta$": ("Δ", "-"),
}
"""The math `_draw_math` sets in titles, each with its text as latex-pairs' gold renders it (pylatexenc's
text mode) and what joins it to the next word: "$k$-Means", "$\\mathcal{O}(n)$ Sorting"."""


def _draw_math(page: TitlePage, seed: int) -> None:
    """The titles of the pages from `MATH_SEEDS` up to `SPRINGER2_SEEDS`, from their own generator: the first word opens with
    inline math ("$k$-Means …", "$\\mathcal{O}(n)$ Sorting …": a glyph of a math font leads the title's
    first word), and half of them hold a second math word inside ("… for $\\epsilon$-Greedy …")."""
    if not MATH_SEEDS <= seed < SPRINGER2_SEEDS:
        return
    rng = random.Random(f"math {seed}")
    words = page.title.split()
    inside = len(words) > 3 and rng.random() < 0.5 and not page.printed_title
    picked = rng.sample(sorted(_MATH_WORDS), 2)
    if inside:  # (a title printed otherwise, broken by hand or with a display subtitle, keeps its words)
        k = rng.randrange(2, len(words))
        math, (_, joiner) = picked[1], _MATH_WORDS[picked[1]]
        words[k] = f"{math}{joiner}{words[k][0].upper()}{words[k][1:]}"
        page.noise["title math inside"] = ""
    if "title math" not in page.noise:
        math, (_, joiner) = picked[0], _MATH_WORDS[picked[0]]
        words[0] = f"{math}{joiner}{words[0]}"
        if page.printed_title:
            page.printed_title = f"{math}{joiner}{page.printed_title}"
        page.noise["title math"] = ""
    page.title = " ".join(words)


def _title_text(title: str) -> str:
    """The title as latex-pairs' gold renders it: its math as text."""
    for math, text in _TITLE_MATH.items():
        title = title.replace(math, text)
    for math, (text, _) in _MATH_WORDS.items():
        title = title.replace(math, text)
    return title


def author_bucket(n: int) -> str:
    buckets = ((1, "1"), (3, "2-3"), (5, "4-5"), (8, "6-8"), (12, "9-12"))
    return next((name for top, name in buckets if n <= top), "13-20")


def gold(page: TitlePage, seed: int) -> dict[str, Any]:
    """The gold in the paperparse/1 shape `score_document` reads, with the features it was drawn with."""
    return {
        "source": f"scripts/header_corpus.py seed {seed}",
        "group": group_of(seed),
        "fields": [f for f in FIELDS if page.affiliations or f not in ("affiliations", "emails")],
        "distinct": ["affiliations", "emails"],
        "title": _title_text(page.title),
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
        "affiliations": [
            {"id": f"aff{i}", "raw": _gold_affiliation(page, a)} for i, a in enumerate(page.affiliations)
        ],
        "emails": [a.email for a in page.authors if a.email],
        "abstract": page.abstract,
        "features": {
            "class": page.cls,
            "authors": author_bucket(len(page.authors)),
            "affiliations": str(len(page.affiliations)),
            "form": f"{page.cls}: {page.variant}",
            "emails": "grouped" if page.grouped else "single",
            "distractor": sorted(k for k in page.noise if k not in _SETTINGS) or ["none"],
        },
    }


def _gold_affiliation(page: TitlePage, affiliation: Affiliation) -> str:
    """The affiliation as the gold states it: all its parts, but for acmart's journal format, whose
    byline prints institution and country and whose footnote adds the department and city, the
    institution, city and country (what latex-pairs' derive_gold takes from acmart's commands)."""
    if page.cls == "acm_journal":
        return f"{affiliation.institution}, {affiliation.city}, {affiliation.country}"
    if page.nature is not None:  # sn-jnl's \\orgaddress adds street and postcode
        street, postcode = _STREETS[affiliation.institution].rsplit(", ", 1)
        place = [affiliation.department, affiliation.institution, street, affiliation.city, postcode]
        return ", ".join([*place, affiliation.country])
    if (
        page.cas is not None and page.cas.streets
    ):  # latex-pairs' derive_gold: organization, addressline, city, country
        street = _STREETS[affiliation.institution].rsplit(", ", 1)[0]
        return ", ".join(
            [affiliation.department, affiliation.institution, street, affiliation.city, affiliation.country]
        )
    if page.cls == "ijcai" and page.variant == "aaai":  # AAAI prints the institution over the rest
        return (
            f"{affiliation.institution}, {affiliation.department}, {affiliation.city}, {affiliation.country}"
        )
    if page.cls == "ieee_conference_places":  # the block prints no department
        return f"{affiliation.institution}, {affiliation.city}, {affiliation.country}"
    if page.placeholders:  # the line as printed, as latex-pairs' derive_gold keeps it
        return f"{_PLACEHOLDER}, {affiliation.institution}, {affiliation.city}, {affiliation.country}"
    return affiliation.raw


# ---- LaTeX per class ---------------------------------------------------------------------------------


_BREAK = " \\\\ "


def _names(authors: Sequence[Author], printed: bool = False) -> str:
    """Names as a byline prints them: "A, B and C" (with their notes and marks when `printed`)."""
    names = [a.printed if printed else a.full for a in authors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _members(page: TitlePage, index: int) -> list[Author]:
    return [a for a in page.authors if index in a.affiliations]


def _addresses(page: TitlePage, authors: Sequence[Author]) -> list[str]:
    """The authors' emails as printed: one each, or on a grouped page one brace form per domain
    ("\\{ann.lee,bo.kim\\}@uni.edu") where two or more share it."""
    if not page.grouped:
        return [_address(page, a) for a in authors if a.email]
    emails = [a.email for a in authors if a.email]
    domains: dict[str, list[str]] = defaultdict(list)
    for email in emails:
        local, _, domain = email.partition("@")
        domains[domain].append(local)
    return [
        f"\\{{{page.noise.get('brace', ',').join(users)}\\}}@{domain}"
        if len(users) > 1
        else f"{users[0]}@{domain}"
        for domain, users in domains.items()
    ]


def _address(page: TitlePage, author: Author) -> str:
    """One author's address in the page's form: bare, after a label, or followed by the name."""
    if page.email_form == "prefixed":
        return f"{page.noise['email label']}: {author.email}"
    if page.email_form == "named":
        name = author.full if "full" in page.noise["email name"] else f"{author.given[0]}. {author.surname}"
        return f"{author.email} ({name})"
    return author.email


def _ieee_conference(page: TitlePage) -> tuple[str, str]:
    def block(names: str, affiliation: Affiliation, emails: Sequence[str]) -> str:
        lines = [f"\\textit{{{affiliation.department}}}", f"\\textit{{{affiliation.institution}}}"]
        lines += [f"{affiliation.city}, {affiliation.country}", *emails]
        return f"\\IEEEauthorblockN{{{names}}}\n\\IEEEauthorblockA{{{_BREAK.join(lines)}}}"

    if page.variant == "per author":
        blocks = [
            block(a.printed, page.affiliations[a.affiliations[0]], [_address(page, a)] if a.email else [])
            for a in page.authors
        ]
    else:
        blocks = []
        for i, affiliation in enumerate(page.affiliations):
            members = [a for a in _members(page, i) if a.affiliations[0] == i]
            if members:
                blocks.append(block(_names(members, printed=True), affiliation, _addresses(page, members)))
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
    names = ", ".join(f"{a.printed}" for a in page.authors)
    if "last and" in page.noise and len(page.authors) > 1:  # "A, B, and C"
        names = (
            ", ".join(a.printed for a in page.authors[:-1])
            + page.noise["last and"]
            + page.authors[-1].printed
        )
    author = f"\\author{{{names}\\thanks{{{' '.join(thanks)}}}}}"
    return "\\documentclass[journal]{IEEEtran}", author + "\n\\maketitle\n" + _abstract(page)


def _acm_sigconf(page: TitlePage) -> tuple[str, str]:
    """One \\author each, its \\affiliation blocks (two stacked for a second affiliation) and \\email; in
    the shared form (acmart's sample), each name's \\email, and consecutive authors of one affiliation
    give it once after the last of them."""
    return _acmart(page, journal=False)


def _acm_journal(page: TitlePage) -> tuple[str, str]:
    """acmart's journal format (acmsmall): the same commands as sigconf, printed as one line per
    affiliation group, "ANN LEE and BO KIM, Institution, Country" (a second affiliation after "and"),
    with the full addresses (department, city) in the "Authors' addresses" footnote."""
    return _acmart(page, journal=True)


def _acmart(page: TitlePage, journal: bool) -> tuple[str, str]:
    """acmart's front matter in its conference (sigconf) or journal (acmsmall) format."""
    shared = page.variant == "shared affiliation"
    email_first = shared or journal  # the journal format prints every address in the footnote anyway
    parts = []
    for k, a in enumerate(page.authors):
        parts += [f"\\author{{{a.full}}}", a.suffix]  # \\thanks stands apart from the name here
        if a.email and email_first:
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
        if a.email and not email_first:
            parts.append(f"\\email{{{a.email}}}")
    front = "\n".join(parts) + f"\n\\begin{{abstract}}\n{page.abstract}\n\\end{{abstract}}\n\\maketitle"
    venue = "\\acmJournal{TOPS}" if journal else "\\acmConference{}{}{}"
    head = (
        f"\\documentclass[{'acmsmall' if journal else 'sigconf'}]{{acmart}}\n\\settopmatter{{printacmref=false}}\n"
        "\\setcopyright{none}\n\\renewcommand\\footnotetextcopyrightpermission[1]{}\n" + venue
    )
    return head, front


def _elsarticle(page: TitlePage) -> tuple[str, str]:
    parts = []
    for a in page.authors:
        labels = ",".join("abcd"[i] for i in a.affiliations)
        parts.append(f"\\author[{labels}]{{{a.printed}}}" + (f"\\ead{{{a.email}}}" if a.email else ""))
    for i, f in enumerate(page.affiliations):
        if page.variant == "address":
            parts.append(f"\\address[{'abcd'[i]}]{{{f.raw}}}")
        else:
            keys = f"organization={{{f.department}, {f.institution}}}, city={{{f.city}}}, country={{{f.country}}}"
            parts.append(f"\\affiliation[{'abcd'[i]}]{{{keys}}}")
    front = (
        f"\\begin{{frontmatter}}\n\\title{{{page.printed_title or page.title}}}\n" + "\n".join(parts) + "\n"
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
        name = a.printed
        if footnote and k == 0 and emails:
            label = page.noise.get("email label", "E-mail") + " addresses:"
            listed = ", ".join(_address(page, a) for a in page.authors if a.email)
            if page.email_form == "prefixed":
                listed = ", ".join(emails)
            name += f"\\thanks{{{label} {listed}.}}"
        lines = [name, *f.parts] + ([f"\\texttt{{{_address(page, a)}}}"] if a.email and not footnote else [])
        blocks.append(_BREAK.join(lines))
    if "collaboration" in page.noise:
        blocks.append(page.noise["collaboration"])
    author = "\\author{" + "\n\\and\n".join(blocks) + "}\n\\date{}"
    head = "\\documentclass[11pt]{article}\n\\usepackage[a4paper,margin=2.5cm]{geometry}"
    return head, author + "\n\\maketitle\n" + _abstract(page)


def _abstract(page: TitlePage) -> str:
    """The abstract, after what the page prints between byline and abstract (an epigraph, a teaser)."""
    before = [page.noise[k] for k in ("epigraph", "teaser") if k in page.noise]
    return "\n".join([*before, f"\\begin{{abstract}}\n{page.abstract}\n\\end{{abstract}}"])


def _authblk(page: TitlePage) -> tuple[str, str]:
    parts = [f"\\author[{','.join(str(i + 1) for i in a.affiliations)}]{{{a.printed}}}" for a in page.authors]
    if "collaboration" in page.noise:
        parts.append(f"\\author[ ]{{{page.noise['collaboration']}}}")
    parts += [f"\\affil[{i + 1}]{{{f.raw}}}" for i, f in enumerate(page.affiliations)]
    emails = _addresses(page, page.authors)
    if emails:
        parts.append(f"\\affil[ ]{{\\texttt{{{', '.join(emails)}}}}}")
    head = (
        "\\documentclass[11pt]{article}\n\\usepackage[a4paper,margin=2.5cm]{geometry}\n\\usepackage{authblk}"
    )
    return head, "\n".join(parts) + "\n\\date{}\n\\maketitle\n" + _abstract(page)


def _lncs_names(page: TitlePage, break_every: int) -> str:
    """LNCS's \\author: names with \\inst{1,2} and the page's \\orcidID where it draws one, joined by
    \\and; broken by hand after every `break_every`-th name (0: where TeX wraps them)."""
    orcids = page.orcids or [""] * len(page.authors)
    return "".join(
        (" \\and " if k else "")
        + (
            "\\\\ " if break_every and k and k % break_every == 0 else ""
        )  # the comma \\and sets ends the line before
        + f"{a.printed}\\inst{{{','.join(str(i + 1) for i in a.affiliations)}}}"
        + (f"\\orcidID{{{orcid}}}" if orcid else "")
        for k, (a, orcid) in enumerate(zip(page.authors, orcids, strict=True))
    )


def _llncs(page: TitlePage) -> tuple[str, str]:
    """Springer LNCS: names with \\inst{1,2} (and an \\orcidID where the page draws them) joined by \\and,
    then \\institute entries joined by \\and, each with its members' \\email line. The "lines" form
    breaks the names after every third and sets each institute over lines: department, institution,
    city and country, the \\email, then its web address (\\url)."""
    lines = page.variant == "lines"
    names = _lncs_names(page, 3 if lines else 0)
    institutes = []
    noted = page.noise.get("corresponding mail", "")
    for i, f in enumerate(page.affiliations):
        members = [a for a in page.authors if a.affiliations[0] == i and not (a.email and a.email in noted)]
        emails = _addresses(page, members)
        mail = f"{_BREAK}\\email{{{', '.join(emails)}}}" if emails else ""
        if lines:
            place = f"{f.department}{_BREAK}{f.institution}, {f.city}, {f.country}"
            institutes.append(f"{place}{mail}{_BREAK}\\url{{https://www.{f.domain}}}")
            continue
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
        parts += [f"\\author{{{a.full}}}", a.suffix]  # \\thanks stands apart from the name here
        if a.email:
            parts.append(f"\\email{{{a.email}}}")
        parts += [f"\\affiliation{{{page.affiliations[i].raw}}}" for i in a.affiliations]
    if "collaboration" in page.noise:
        parts.append(f"\\collaboration{{{page.noise['collaboration']}}}")
    head = f"\\documentclass[aps,pra,twocolumn,{option}]{{revtex4-2}}"
    return head, "\n".join(parts) + "\n" + _abstract(page) + "\n\\maketitle"


def _amsart(page: TitlePage) -> tuple[str, str]:
    """AMS: names in capitals on the title page; each author's \\address and \\email print at the end."""
    parts = []
    for a in page.authors:
        parts += [f"\\author{{{a.full}}}", a.suffix]  # \\thanks stands apart from the name here
        parts.append(f"\\address{{{page.affiliations[a.affiliations[0]].raw}}}")
        if a.email:
            parts.append(f"\\email{{{a.email}}}")
    return "\\documentclass{amsart}", "\n".join(parts) + "\n" + _abstract(page) + "\n\\maketitle"


_ORDINALS = ("1\\textsuperscript{st}", "2\\textsuperscript{nd}", "3\\textsuperscript{rd}")


def _ordinal(k: int) -> str:
    """IEEEtran template's author numbering ("1st", "2nd", ... "8th") before the name."""
    return _ORDINALS[k - 1] if k <= 3 else f"{k}\\textsuperscript{{th}}"


_LINEBREAKAND = (
    "\\makeatletter\n\\newcommand{\\linebreakand}{\\end{@IEEEauthorhalign}\\hfill\\mbox{}\\par"
    "\\mbox{}\\hfill\\begin{@IEEEauthorhalign}}\n\\makeatother"
)
"""The IEEEtran conference template's command that starts a second row of author blocks."""


def _ieee_conference_rows(page: TitlePage) -> tuple[str, str]:
    """IEEEtran conference bylines of 4-12 authors: one block per author in rows of up to four (\\and
    within a row, \\linebreakand between them), perhaps numbered "1st" and with the template's placeholder lines left
    in; or all names on one line, each with an \\IEEEauthorrefmark, over one block per affiliation."""
    if page.variant == "ordinal rows":
        blocks = []
        for k, a in enumerate(page.authors, 1):
            f = page.affiliations[a.affiliations[0]]
            department = _PLACEHOLDER if page.placeholders else f.department
            email = a.email or ("email address or ORCID" if page.placeholders else "")
            lines = [f"\\textit{{{department}}}", f"\\textit{{{f.institution}}}", f"{f.city}, {f.country}"]
            number = f"{_ordinal(k)} " if "ordinals" in page.noise else ""
            name = f"\\IEEEauthorblockN{{{number}{a.printed}}}"
            blocks.append(
                name + f"\n\\IEEEauthorblockA{{{_BREAK.join([*lines, email] if email else lines)}}}"
            )
        n_rows = -(-len(blocks) // 4)
        size = -(-len(blocks) // n_rows)  # rows as even as they go, at most four blocks each
        rows = [blocks[k : k + size] for k in range(0, len(blocks), size)]
        author = "\n\\linebreakand\n".join("\n\\and\n".join(row) for row in rows)
    else:
        marked = [
            type(a)(a.given, a.middle, a.surname, a.affiliations, a.email, a.suffix + _refmarks(a))
            for a in page.authors
        ]
        names = f"\\IEEEauthorblockN{{{_names(marked, printed=True)}}}"
        lines = []
        for i, f in enumerate(page.affiliations):
            emails = _addresses(page, [a for a in page.authors if a.affiliations[0] == i])
            lines += [
                f"\\IEEEauthorrefmark{{{i + 1}}}{f.department}",
                f"{f.institution}, {f.city}, {f.country}",
            ]
            if emails and "mail line" not in page.noise:
                lines.append("Email: " + ", ".join(emails))
        everyone = _addresses(page, page.authors)
        if everyone and "mail line" in page.noise:  # one line for every author's address
            lines.append(page.noise["mail line"] + " " + ", ".join(everyone))
        author = names + f"\n\\IEEEauthorblockA{{{_BREAK.join(lines)}}}"
    head = "\\documentclass[conference]{IEEEtran}\n" + _LINEBREAKAND
    return head, "\\author{" + author + "}\n\\maketitle\n" + _abstract(page)


def _ieee_conference_places(page: TitlePage) -> tuple[str, str]:
    """IEEEtran conference bylines of 4-6 blocks in two rows with the template's department line
    removed: the name, the institution in italics, "City, Country" and the address, or the template's
    "email address or ORCID" line left in where an author gives none."""
    blocks = []
    for a in page.authors:
        f = page.affiliations[a.affiliations[0]]
        email = _address(page, a) if a.email else "email address or ORCID"
        lines = [f"\\textit{{{f.institution}}}", f"{f.city}, {f.country}", email]
        blocks.append(f"\\IEEEauthorblockN{{{a.printed}}}\n\\IEEEauthorblockA{{{_BREAK.join(lines)}}}")
    size = -(-len(blocks) // 2)
    author = "\n\\linebreakand\n".join("\n\\and\n".join(blocks[k : k + size]) for k in (0, size))
    head = "\\documentclass[conference]{IEEEtran}\n" + _LINEBREAKAND
    return head, "\\author{" + author + "}\n\\maketitle\n" + _abstract(page)


def _transmag(page: TitlePage) -> tuple[str, str]:
    """IEEEtran's transmag journal: the names with \\IEEEauthorrefmark numbers (and grades) over one
    \\IEEEauthorblockA line an affiliation, centred under the title, and the corresponding author's
    address in a \\thanks note ("Corresponding author: A. Lee (email: …)"); the other authors' addresses
    are not printed."""
    corresponding = page.authors[0]
    marked = [
        type(a)(a.given, a.middle, a.surname, a.affiliations, a.email, a.suffix + _refmarks(a))
        for a in page.authors
    ]
    places = [f"\\IEEEauthorrefmark{{{i + 1}}}{f.raw}" for i, f in enumerate(page.affiliations)]
    note = (
        f"\\thanks{{Corresponding author: {corresponding.full} (email: {corresponding.email}).}}"
        if corresponding.email
        else ""
    )
    author = f"\\IEEEauthorblockN{{{_names(marked, printed=True)}}}\n\\IEEEauthorblockA{{{_BREAK.join(places)}}}{note}"
    head = "\\documentclass[journal,transmag]{IEEEtran}"
    return head, "\\author{" + author + "}\n\\maketitle\n" + _abstract(page)


def _refmarks(author: Author) -> str:
    return "".join(f"\\IEEEauthorrefmark{{{i + 1}}}" for i in author.affiliations)


def _icml(page: TitlePage) -> tuple[str, str]:
    """ICML's first page drawn with article: the title between rules, the names centred with superscript
    affiliation numbers, and the affiliations, "Correspondence to: Name <email>" and the proceedings line
    in an unnumbered first-page footnote; an anonymous build prints "Anonymous Authors" and placeholders."""
    if page.affiliations:
        names = " \\quad ".join(
            f"{a.printed}\\textsuperscript{{{' '.join(str(i + 1) for i in a.affiliations)}}}"
            for a in page.authors
        )
        places = " ".join(f"\\textsuperscript{{{i + 1}}}{f.raw}." for i, f in enumerate(page.affiliations))
        to = ", ".join(f"{a.full} <{a.email}>" for a in page.authors if a.email)
        correspondence = f" Correspondence to: {to}." if to else ""
    else:
        names = f"{page.authors[0].full}\\textsuperscript{{1}}"
        places = (
            "\\textsuperscript{1}Anonymous Institution, Anonymous City, Anonymous Region, Anonymous Country."
        )
        correspondence = " Correspondence to: Anonymous Author <anon.email@domain.com>."
    notes = " ".join(text for kind, text in page.noise.items() if kind.startswith(("note", "title thanks")))
    venue = (
        "\\textit{Proceedings of the 41st International Conference on Machine Learning}, Vienna, Austria. "
        "PMLR 235, 2024. Copyright 2024 by the author(s)."
    )
    front = (
        "\\twocolumn[{\\begin{center}\\rule{\\linewidth}{3pt}\\\\[8pt]{\\Large\\bfseries "
        f"{_printed_title(page)}}}\\\\[4pt]\\rule{{\\linewidth}}{{1pt}}\\\\[14pt]{{\\bfseries {names}}}"
        "\\end{center}\\vskip 18pt}]\n"
        f"{{\\renewcommand\\thefootnote{{}}\\footnotetext{{{notes} {places}{correspondence}\\\\ {venue}}}}}\n"
    )
    head = (
        "\\documentclass[10pt]{article}\n\\usepackage[letterpaper,margin=0.75in,columnsep=0.25in]{geometry}"
    )
    return head, front + _abstract(page)


_NEURIPS_AND = (
    "\\makeatletter\n\\newcommand{\\And}{\\end{tabular}\\hfil\\linebreak[0]\\hfil\\begin{tabular}[t]{c}}\n"
    "\\newcommand{\\AND}{\\end{tabular}\\hfil\\linebreak[4]\\hfil\\begin{tabular}[t]{c}}\n\\makeatother"
)
"""NeurIPS style's author separators: \\And sets the next block beside, \\AND on a new row of the grid."""
_NEURIPS_FOOT = (
    "37th Conference on Neural Information Processing Systems (NeurIPS 2023).",
    "Submitted to 38th Conference on Neural Information Processing Systems (NeurIPS 2024). Do not distribute.",
)


def _neurips(page: TitlePage) -> tuple[str, str]:
    """NeurIPS's byline drawn with article: author blocks (name, department, institution, place,
    address) in a grid of tabulars, three to a row (\\And beside, \\AND below); an anonymous build's one
    block "Anonymous Author(s) / Affiliation / Address / email"; the venue line at the page's foot."""
    if page.affiliations:
        blocks = []
        for k, a in enumerate(page.authors):
            f = page.affiliations[a.affiliations[0]]
            lines = [a.printed, f.department, f.institution, f"{f.city}, {f.country}"]
            blocks.append(_BREAK.join(lines + ([f"\\texttt{{{a.email}}}"] if a.email else [])))
            if k + 1 < len(page.authors):
                blocks.append("\\AND" if k % 3 == 2 else "\\And")
        author = "\n".join(blocks)
    else:
        author = _BREAK.join([page.authors[0].full, "Affiliation", "Address", "\\texttt{email}"])
    foot = _NEURIPS_FOOT[int(not page.affiliations)]
    front = (
        f"\\author{{{author}}}\n\\date{{}}\n\\maketitle\n"
        f"{{\\renewcommand\\thefootnote{{}}\\footnotetext{{{foot}}}}}\n"
    )
    head = "\\documentclass[10pt]{article}\n\\usepackage[letterpaper,margin=1.5in]{geometry}\n" + _NEURIPS_AND
    return head, front + _abstract(page)


def _printed_title(page: TitlePage) -> str:
    """The title as \\title prints it: its manual breaks or subtitle line, in small caps, with a \\thanks
    note, under an "Accepted to" line set in smaller type."""
    title = page.printed_title or page.title
    if "title smallcaps" in page.noise:
        title = "\\textsc{" + title.replace("\\\\", "}\\\\ \\textsc{") + "}"
    if "title thanks" in page.noise and page.cls != "icml":  # ICML's notes are in its footnote
        title += f"\\thanks{{{page.noise['title thanks']}}}"
    if "preprint over" in page.noise:
        title = f"{{\\normalsize\\normalfont {page.noise['preprint over']}}}\\\\[10pt] {title}"
    if "accepted" in page.noise:
        title = f"{{\\normalsize\\normalfont {page.noise['accepted']}}}\\\\[10pt] {title}"
    return title


def _first_page_style(page: TitlePage) -> tuple[str, str]:
    """The preamble and the \\thispagestyle that print the first page's banner, submission note and
    copyright line with fancyhdr, as real proceedings pages set them ("" and "" when it prints none)."""
    head = [page.noise[k] for k in ("ieee banner", "ieee submitted") if k in page.noise]
    foot = page.noise.get("ieee copyright", page.noise.get("preprint foot", ""))
    if not head and not foot:
        return "", ""
    top = "\\\\ ".join(head)
    preamble = (
        "\\usepackage{fancyhdr}\n\\fancypagestyle{frontpage}{\\fancyhf{}"
        "\\renewcommand{\\headrulewidth}{0pt}\\setlength{\\headheight}{24pt}"
        f"\\fancyhead[C]{{\\parbox{{\\textwidth}}{{\\centering\\footnotesize {top}}}}}"
        f"\\fancyfoot[L]{{\\footnotesize {foot}}}}}"
    )
    return preamble, "\\thispagestyle{frontpage}"


_SVJOUR_MACROS = r"""\makeatletter
\newcommand\svsep{\unskip\enspace{\boldmath$\cdot$}\enspace\ignorespaces}
\newcommand\institutes[1]{\begingroup\long\def\@makefntext##1{\raggedright\noindent##1}\footnotetext{#1}\endgroup}
\makeatother
\renewcommand\thefootnote{\fnsymbol{footnote}}
\setlength\footnotesep{9pt}"""
"""svjour3's look in article's terms: its " · " between names and keywords (a bold centred dot set an
en space either side), and the institutes as an unmarked footnote at the foot of the first page."""


def _svjour(page: TitlePage) -> tuple[str, str]:
    """A Springer journal (svjour3) drawn with article: the "manuscript No." box and rule, the title
    (its subtitle on a line of its own), the names in bold joined by " · " (numbered with superscripts in
    the "inst" form), "Received: … / Accepted: …", the run-in "Abstract" and "Keywords" (" · " between
    them), and the institutes as a footnote. In the "at" form (svjour3's \\institute{F. Author \\at …
    \\and …}) each entry opens with its members' names as initials and surname, then the address, the
    phone and fax lines and one "E-mail:" line an address; in the "inst" form it opens with its number
    and lists its addresses on one "E-mail:" line."""
    springer = page.springer
    assert springer is not None
    numbered = page.variant == "inst"
    names = []
    for a in page.authors:
        mark = f"$^{{{','.join(str(i + 1) for i in a.affiliations)}}}$" if numbered else ""
        names.append(a.full + mark + a.suffix.replace("\\thanks{", "\\footnote{"))
    entries = []
    for i, f in enumerate(page.affiliations):
        members = _members(page, i)
        address = [f.department, f.institution, f"{f.city}, {f.country}"] if springer.broken else [f.raw]
        emails = [a.email for a in page.authors if a.email and a.affiliations[0] == i]
        label = page.noise.get("mail label", "E-mail:")
        if numbered:
            address[0] = f"$^{{{i + 1}}}$\\,{address[0]}"
            if page.grouped:  # "{a,b}@x.de": the institute's addresses by domain
                emails = _addresses(page, [a for a in page.authors if a.affiliations[0] == i])
            mail = [f"{label} {', '.join(emails)}"] if emails else []
        else:
            address.insert(0, " \\svsep ".join(_initialled(a) for a in members))
            if "orcid lines" in page.noise:  # under the names, one line a member
                address[1:1] = [
                    page.noise["orcid lines"].format(orcid=page.orcids[page.authors.index(a)])
                    for a in members
                ]
            mail = [f"{label} {e}" for e in emails]
            if "mail pairs" in page.noise:  # two addresses a line
                mail = [f"{label} {', '.join(emails[k : k + 2])}" for k in range(0, len(emails), 2)]
        entries.append(_BREAK.join(address + springer.contacts[i] + mail))
    subtitle = page.noise.get("subtitle")
    box = (
        "\\noindent\\fbox{\\parbox{\\dimexpr\\textwidth-2\\fboxsep-2\\fboxrule}{\\textbf{"
        f"{springer.journal} manuscript No.}}\\\\ (will be inserted by the editor)}}}}\\par\n"
        "\\vspace{3pt}\\noindent\\rule{\\textwidth}{0.5pt}\\par\\vspace{32pt}"
    )
    keywords = " \\svsep ".join(w.capitalize() for w in page.title.split()[:5])
    byline = " \\svsep ".join(names)
    block = [
        box,
        f"{{\\raggedright\\Large\\bfseries {page.title}\\par}}",
        f"\\vspace{{6pt}}{{\\raggedright\\large\\bfseries {subtitle}\\par}}" if subtitle else "",
        f"\\vspace{{16pt}}{{\\raggedright\\bfseries {byline}\\par}}",
        f"\\vspace{{40pt}}{{\\noindent\\footnotesize {springer.received}\\par}}\\vspace{{16pt}}",
        f"\\noindent\\textbf{{Abstract}} {page.abstract_tex or page.abstract}\\par\\vspace{{6pt}}",
        f"\\noindent\\textbf{{Keywords}} {keywords}\\par\\vspace{{12pt}}",
    ]
    institutes = "\\institutes{" + "\\par\\vspace{4pt}\n".join(entries) + "}"
    if "institutes first" in page.noise and not springer.twocolumn:
        # svjour3's \\maketitle issues them before the abstract (in two columns the title block holds it)
        block.insert(
            next(k for k, b in enumerate(block) if b.startswith("\\noindent\\textbf{Abstract}")), institutes
        )
        institutes = ""
    block = [part for part in block if part]
    front = "\n".join(block) if not springer.twocolumn else "\\twocolumn[\n" + "\n".join(block) + "\n]"
    size = "textwidth=174mm,columnsep=6mm" if springer.twocolumn else "textwidth=119mm"
    head = (
        f"\\documentclass[10pt{',twocolumn' if springer.twocolumn else ''}]{{article}}\n"
        f"\\usepackage[a4paper,{size},textheight=235mm,top=22mm]{{geometry}}\n" + _SVJOUR_MACROS
    )
    return head, front + "\n" + institutes


def _initialled(author: Author) -> str:
    """The name as svjour3's institute entries print it: initials for the given names ("J.-L. Dubois",
    "A. M. Smith"), the surname in full."""
    given = "-".join(f"{part[0]}." for part in author.given.split("-"))
    return " ".join(p for p in (given, author.middle, author.surname) if p)


def _nature(page: TitlePage) -> tuple[str, str]:
    """Springer Nature (sn-jnl, not in TeX Live: drawn with article): the title, the names with
    superscript affiliation numbers, "*" on the corresponding authors and "†" on equal contributors, each
    affiliation on its own small line ("1*Department, Institution, Street, City, Postcode, Country", "*"
    where a corresponding author belongs), then the addresses: in the "corresponding" form
    "*Corresponding author(s). E-mail(s): …;" and "Contributing authors: …;", in the "email lines" form
    one "Email: …" line an author; the "†These authors contributed equally" line, the bold "Abstract"
    heading over the abstract (indented, or framed), and the "Keywords:" line."""
    nature = page.nature
    assert nature is not None
    starred = {i for k in nature.corresponding for i in page.authors[k].affiliations}
    names = []
    for k, a in enumerate(page.authors):
        mark = ",".join(str(i + 1) for i in a.affiliations)
        mark += "*" if k in nature.corresponding else ""
        mark += "\\dagger" if nature.equal and k < 2 else ""
        names.append(f"{a.full}$^{{{mark}}}$")
    byline = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    affiliations = [
        f"$^{{{i + 1}{'*' if i in starred else ''}}}$"
        + ", ".join([f.department, f.institution, *nature.streets[i].split(", ")[:1], f.city])
        + f", {nature.streets[i].split(', ')[1]}, {f.country}"
        for i, f in enumerate(page.affiliations)
    ]
    emails = [(k, a.email) for k, a in enumerate(page.authors) if a.email]
    if page.variant == "corresponding":
        first = "; ".join(e for k, e in emails if k in nature.corresponding)
        rest = "; ".join(e for k, e in emails if k not in nature.corresponding)
        mail = [f"*Corresponding author(s). E-mail(s): {first};"] if first else []
        mail += [f"Contributing authors: {rest};"] if rest else []
    else:
        mail = [f"Email: {e}" for _, e in emails]
    if nature.equal:
        mail.append("$^\\dagger$These authors contributed equally to this work.")
    align = "\\centering" if nature.centred else "\\raggedright"
    title = (page.printed_title or page.title).replace("\\\\", "\\newline")
    if nature.boxed:
        abstract = f"\\fbox{{\\parbox{{\\dimexpr\\textwidth-2\\fboxsep}}{{\\small {page.abstract_tex or page.abstract}}}}}"
    else:
        abstract = f"\\begin{{list}}{{}}{{\\leftmargin=2em\\rightmargin=2em}}\\item\\small {page.abstract_tex or page.abstract}\\end{{list}}"
    keywords = ", ".join(w for w in page.title.split()[:5])
    front = [
        f"{{{align}\\LARGE\\bfseries {title}\\par}}\\vspace{{14pt}}",
        f"{{{align}\\large {byline}\\par}}\\vspace{{10pt}}",
        f"{{{align}\\footnotesize " + "\\par\\vspace{2pt}\n".join(affiliations) + "\\par}\\vspace{8pt}",
        f"{{{align}\\footnotesize " + "\\par\n".join(mail) + "\\par}\\vspace{14pt}" if mail else "",
        f"{{{align}\\textbf{{Abstract}}\\par}}\\vspace{{4pt}}\n{abstract}\\par\\vspace{{6pt}}",
        f"{{\\small\\noindent\\textbf{{Keywords:}} {keywords}\\par}}\\vspace{{12pt}}",
    ]
    if "mail foot" in page.noise and mail:  # the address lines as an unmarked footnote of the first page
        front[3] = ""
        front.append("{\\renewcommand\\thefootnote{}\\footnotetext{" + "\\par ".join(mail) + "}}")
    head = "\\documentclass[11pt]{article}\n\\usepackage[a4paper,textwidth=150mm,top=25mm]{geometry}"
    return head, "\n".join(part for part in front if part)


def _llncs_mail(page: TitlePage) -> tuple[str, str]:
    """Springer LNCS bylines of 4-12 names that TeX wraps over two to four lines (\\and between them,
    an \\orcidID after three names in four on half the pages, so a line may hold more of the iDs' small
    type than of names, and a name without one only its bare mark), whose institute entries carry the addresses in the three ways real LNCS papers print them besides
    `_llncs`'s: "url then email" (department / institution / city, country, the \\url, then its members'
    \\email line), "email per line" (one \\email line a member), "mail list" (the entries without
    addresses, every address on one \\email line after the last entry)."""
    names = _lncs_names(page, 0)
    institutes = []
    for i, f in enumerate(page.affiliations):
        members = [a for a in page.authors if a.affiliations[0] == i]
        emails = _addresses(page, members)
        if page.variant == "url then email":
            lines = [
                f.department,
                f.institution,
                f"{f.city}, {f.country}",
                f"\\url{{https://www.{f.domain}}}",
            ]
            lines += [f"\\email{{{', '.join(emails)}}}"] if emails else []
        elif page.variant == "email per line":
            lines = [f.raw, *(f"\\email{{{e}}}" for e in emails)]
        else:
            lines = [f.raw]
        institutes.append(_BREAK.join(lines))
    institute = " \\and ".join(institutes)
    if page.variant == "mail list":
        everyone = _addresses(page, page.authors)
        if everyone:
            institute += f"{_BREAK}\\email{{{', '.join(everyone)}}}"
    front = f"\\author{{{names}}}\n\\institute{{{institute}}}\n\\maketitle\n"
    return "\\documentclass{llncs}", front + _abstract(page)


def _ieee_journal_compsoc(page: TitlePage) -> tuple[str, str]:
    """IEEEtran's Computer Society journal mode (compsoc): the title and names in its sans-serif type,
    the abstract set under the byline across the page (\\IEEEtitleabstractindextext). In the "itemized
    thanks" form the affiliations and e-mails are the first-page footnote's items ("A. Lee and B. Kim are
    with the …  E-mail: …") over the manuscript dates; in the "refmark blocks" form (as some compsoc
    papers print them) the names carry \\IEEEauthorrefmark numbers and one \\IEEEauthorblockA an
    affiliation follows, each with its e-mail line."""
    if page.variant == "itemized thanks":
        items = []
        for i, affiliation in enumerate(page.affiliations):
            members = _members(page, i)
            who = [_initialled(a) for a in members]
            listed = who[0] if len(who) == 1 else ", ".join(who[:-1]) + " and " + who[-1]
            verb = "is" if len(members) == 1 else "are"
            emails = [a.email for a in members if a.email and a.affiliations[0] == i]
            mail = f"\\protect\\\\ E-mail: {', '.join(emails)}" if emails else ""
            items.append(f"\\IEEEcompsocthanksitem {listed} {verb} with the {affiliation.raw}.{mail}")
        names = ", ".join(a.printed for a in page.authors)
        dates = "\\thanks{Manuscript received 19 April 2023; revised 26 August 2023.}"
        author = f"\\author{{{names}\\IEEEcompsocitemizethanks{{{' '.join(items)}}}{dates}}}"
    else:
        marked = [
            Author(a.given, a.middle, a.surname, a.affiliations, a.email, a.suffix + _refmarks(a))
            for a in page.authors
        ]
        blocks = [f"\\IEEEauthorblockN{{{_names(marked, printed=True)}}}"]
        for i, f in enumerate(page.affiliations):
            emails = _addresses(page, [a for a in page.authors if a.affiliations[0] == i])
            mail = f"{_BREAK}E-mail: {', '.join(emails)}" if emails else ""
            blocks.append(f"\\IEEEauthorblockA{{\\IEEEauthorrefmark{{{i + 1}}}{f.raw}{mail}}}")
        author = "\\author{" + "\\\\\n".join(blocks) + "}"
    front = (
        f"{author}\n\\IEEEtitleabstractindextext{{{_abstract(page)}}}\n\\maketitle\n"
        "\\IEEEdisplaynontitleabstractindextext"
    )
    return "\\documentclass[10pt,journal,compsoc]{IEEEtran}", front


_IEEE_MODES = {
    "technote": "technote",
    "draftcls onecolumn": "journal,draftcls,onecolumn",
    "peerreview": "journal,peerreview",
}
"""IEEEtran's other journal modes, as submissions and short papers use them: a correspondence's narrow
two columns (technote: the byline in the title's column, wrapping inside names and grades), the draft's
one wide double-spaced column, and the peer-review build's cover page."""


def _ieee_journal_modes(page: TitlePage) -> tuple[str, str]:
    """IEEEtran journal bylines (names with membership grades, the affiliations in a \\thanks note) in
    the modes of `_IEEE_MODES`."""
    head, front = _ieee_journal(page)
    return head.replace("[journal]", f"[{_IEEE_MODES[page.variant]}]"), front


def _ieee_conference_compsoc(page: TitlePage) -> tuple[str, str]:
    """IEEEtran's Computer Society conference mode: one \\IEEEauthorblockN/A block an author, all in one
    row or in rows of three (\\linebreakand after the third), or an anonymous review build's one block
    ("Anonymous Authors" over placeholder lines)."""
    if not page.affiliations:
        name, *lines = _ANONYMOUS_IEEE[page.authors[0].surname == "Author(s)"]
        author = f"\\IEEEauthorblockN{{{name}}}\n\\IEEEauthorblockA{{{_BREAK.join(lines)}}}"
    else:
        blocks = []
        for a in page.authors:
            f = page.affiliations[a.affiliations[0]]
            lines = [f.department, f.institution, f"{f.city}, {f.country}"]
            lines += [_address(page, a)] if a.email else []
            blocks.append(f"\\IEEEauthorblockN{{{a.printed}}}\n\\IEEEauthorblockA{{{_BREAK.join(lines)}}}")
        three = page.variant == "rows of three"
        rows = [blocks[k : k + 3] for k in range(0, len(blocks), 3)] if three else [blocks]
        author = "\n\\linebreakand\n".join("\n\\and\n".join(row) for row in rows)
    head = "\\documentclass[conference,compsoc]{IEEEtran}\n" + _LINEBREAKAND
    return head, "\\author{" + author + "}\n\\maketitle\n" + _abstract(page)


def _ieee_access(page: TitlePage) -> tuple[str, str]:
    """IEEE Access (its class is not in TeX Live: drawn with article): the history and DOI lines over the
    title, the names in capitals with superscript affiliation numbers and "(Member, IEEE)" grades, "AND"
    before the last, then each affiliation on its own small line with its members' e-mails ("1Department,
    Institution, City, Country (e-mail: …)"), the "Corresponding author" and funding lines, and the
    abstract and "INDEX TERMS" run in after bold capitals between rules, across both columns."""
    access = page.access
    assert access is not None
    names = []
    for a in page.authors:
        marks = ",".join(str(i + 1) for i in a.affiliations)
        grade = a.suffix.replace(",~\\IEEEmembership{", ", (").replace("}", ")")
        names.append(f"{a.full.upper()}$^{{{marks}}}${grade}")
    byline = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", AND " + names[-1]
    lines = []
    for i, f in enumerate(page.affiliations):
        emails = [a.email for a in page.authors if a.email and a.affiliations[0] == i]
        mail = f" (e-mail: {'; '.join(emails)})" if emails else ""
        lines.append(f"$^{{{i + 1}}}${f.raw}{mail}")
    corresponding = page.authors[access.corresponding]
    contact = f" (e-mail: {corresponding.email})" if corresponding.email else ""
    words = ", ".join(w.strip(":").capitalize() for w in page.title.split()[:5])
    front = [
        f"{{\\raggedright\\footnotesize {access.history}\\par}}\\vspace{{16pt}}",
        f"{{\\raggedright\\LARGE\\sffamily\\bfseries {_printed_title(page)}\\par}}\\vspace{{12pt}}",
        f"{{\\raggedright\\sffamily {byline}\\par}}\\vspace{{8pt}}",
        "{\\raggedright\\footnotesize " + "\\par\n".join(lines) + "\\par}\\vspace{6pt}",
        f"{{\\raggedright\\footnotesize\\textbf{{Corresponding author:}} {corresponding.full}{contact}.\\par}}",
        f"{{\\raggedright\\footnotesize {access.funding}\\par}}\\vspace{{10pt}}",
        "\\noindent\\rule{\\textwidth}{0.5pt}\\par\\vspace{4pt}",
        f"\\noindent{{\\sffamily\\bfseries ABSTRACT}} {page.abstract}\\par\\vspace{{6pt}}",
        f"\\noindent{{\\sffamily\\bfseries INDEX TERMS}} {words}.\\par\\vspace{{4pt}}",
        "\\noindent\\rule{\\textwidth}{0.5pt}\\vspace{12pt}",
    ]
    head = (
        "\\documentclass[10pt,twocolumn]{article}\n"
        "\\usepackage[letterpaper,margin=0.7in,columnsep=0.25in]{geometry}"
    )
    return head, "\\twocolumn[\n" + "\n".join(front) + "\n]"


def _cas_name(name: str) -> str:
    """A name as CAS papers write it: the class initials every word but the last for its footnotes
    ("(Ø.d.l. Kim)") by taking its first byte, so a word opening in a letter outside ASCII is written
    with the letter's macro ("{\\O}ystein"), as the template's users must."""
    *initialled, last = name.split(" ")
    return " ".join([*(_TEX_LETTERS.get(w[0], w[0]) + w[1:] for w in initialled), last])


_TEX_LETTERS = {"Ø": "{\\O}", "Ł": "{\\L}"}


def _cas(page: TitlePage) -> tuple[str, str]:
    """Elsevier's CAS classes: \\author[1,2]{Name}[orcid=…] with \\cormark, \\fnmark and \\ead, key-value
    \\affiliation[1]{organization=…, city=…, country=…}; the names on one line with letter marks, the
    affiliations under them, the addresses "a@x (A. Lee);" in the foot, and the abstract beside the
    "ARTICLE INFO" column of keywords, all before \\maketitle."""
    cas = page.cas
    assert cas is not None
    parts = []
    for k, a in enumerate(page.authors):
        orcid = f"[orcid={page.orcids[k]}]" if page.orcids[k] else ""
        parts.append(
            f"\\author[{','.join(str(i + 1) for i in a.affiliations)}]{{{_cas_name(a.full)}}}{orcid}"
        )
        parts += ["\\cormark[1]"] * (k in cas.corresponding) + ["\\fnmark[1]"] * (k == 0 and bool(cas.note))
        parts += [f"\\ead{{{a.email}}}"] * bool(a.email)
    for i, f in enumerate(page.affiliations):
        street = _STREETS[f.institution].rsplit(", ", 1)[0] if cas.streets else ""
        keys = [f"organization={{{f.department}, {f.institution}}}"] + [f"addressline={{{street}}}"] * bool(
            street
        )
        keys += [f"city={{{f.city}}}", f"country={{{f.country}}}"]
        parts.append(f"\\affiliation[{i + 1}]{{{', '.join(keys)}}}")
    parts += ["\\cortext[1]{Corresponding author}"] * bool(cas.corresponding)
    parts += [f"\\fntext[1]{{{cas.note}}}"] * bool(cas.note)
    parts.append(f"\\begin{{abstract}}\n{page.abstract}\n\\end{{abstract}}")
    if cas.keywords:
        parts.append("\\begin{keywords}\n" + " \\sep ".join(cas.keywords) + "\n\\end{keywords}")
    first = page.authors[0]
    head = (
        f"\\documentclass[a4paper,fleqn]{{cas-{'sc' if page.variant == 'single column' else 'dc'}}}\n"
        "\\usepackage[numbers]{natbib}\n"  # the template's: the class sets \\bibsep
        f"\\shorttitle{{{' '.join(page.title.split()[:4])}}}\n\\shortauthors{{{first.given[0]}. {first.surname} et~al.}}"
    )
    return head, "\n".join(parts) + "\n\\maketitle"


def _mail_lines(page: TitlePage, authors: Sequence[Author]) -> list[str]:
    """The authors' addresses as the kits print them under a byline: three a line (broken after the
    first half where the page draws "mail break"), grouped by domain in braces on grouped pages, the
    page's label ("Email:") once before them."""
    listed = _addresses(page, authors)
    if not listed:
        return []
    per_line = max(1, (len(listed) + 1) // 2) if "mail break" in page.noise and len(listed) > 1 else 3
    lines = [", ".join(listed[k : k + per_line]) for k in range(0, len(listed), per_line)]
    label = page.noise.get("email line label")
    return [f"{label} {lines[0]}", *lines[1:]] if label else lines


def _numbered(page: TitlePage, author: Author) -> str:
    """A name with its superscript affiliation numbers (none where the page has one affiliation)."""
    if len(page.affiliations) == 1:
        return author.printed
    return f"{author.printed}$^{{{','.join(str(i + 1) for i in author.affiliations)}}}$"


def _numbered_places(page: TitlePage) -> list[str]:
    single = len(page.affiliations) == 1
    return [("" if single else f"$^{{{i + 1}}}$") + f.raw for i, f in enumerate(page.affiliations)]


def _rows(items: Sequence[str], per_row: int, sep: str) -> list[str]:
    return [sep.join(items[k : k + per_row]) for k in range(0, len(items), per_row)]


def _cvpr(page: TitlePage) -> tuple[str, str]:
    """CVPR's and ICCV's kit drawn with article (two columns, the title block across them): in the
    "blocks" form a centred block an author (name, department, institution, place, address in small
    typewriter type) joined by \\and; in the "marks" form the names with superscript numbers, four a
    line, over a line an affiliation and the addresses in small typewriter type."""
    if page.variant == "blocks":
        blocks = []
        for a in page.authors:
            f = page.affiliations[a.affiliations[0]]
            mail = [f"{{\\tt\\small {_address(page, a)}}}"] if a.email else []
            blocks.append(_BREAK.join([a.printed, *f.parts, *mail]))
        author = "\n\\and\n".join(blocks)
    else:
        names = _rows([_numbered(page, a) for a in page.authors], 4, " \\quad ")
        mails = [f"{{\\tt\\small {line}}}" for line in _mail_lines(page, page.authors)]
        author = _BREAK.join([*names, *_numbered_places(page), *mails])
    head = (
        "\\documentclass[10pt,twocolumn,letterpaper]{article}\n"
        "\\usepackage[margin=1in,columnsep=0.3125in]{geometry}"
    )
    return head, f"\\author{{{author}}}\n\\date{{}}\n\\maketitle\n" + _abstract(page)


def _ijcai(page: TitlePage) -> tuple[str, str]:
    """IJCAI's and AAAI's kits drawn with article (two columns, the title block across them): the names
    in bold with superscript numbers, joined by commas and "and"; IJCAI's "ijcai" form then one line an
    affiliation and the addresses ("{a, b}@x.edu, c@y.org") in typewriter type; AAAI's "aaai" form each
    affiliation in small type, its number, its lines and its own members' addresses under it."""
    names = [_numbered(page, a) for a in page.authors]
    byline = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    lines = []
    if page.variant == "ijcai":
        lines += _numbered_places(page)
        lines += [f"{{\\ttfamily {line}}}" for line in _mail_lines(page, page.authors)]
    else:
        single = len(page.affiliations) == 1
        for i, f in enumerate(page.affiliations):
            own = [a for a in page.authors if a.affiliations[0] == i]
            mark = "" if single else f"$^{{{i + 1}}}$"
            lines += [f"{mark}{f.institution}", f"{f.department}, {f.city}, {f.country}"]
            lines += _mail_lines(page, own)
    author = (
        f"\\parbox{{0.9\\textwidth}}{{\\centering {{\\bfseries {byline}}}\\\\[4pt] {_BREAK.join(lines)}}}"
    )
    head = "\\documentclass[10pt,twocolumn,letterpaper]{article}\n\\usepackage[margin=0.75in]{geometry}"
    return head, f"\\author{{{author}}}\n\\date{{}}\n\\maketitle\n" + _abstract(page)


def _acl(page: TitlePage) -> tuple[str, str]:
    """ACL's 2018+ kit drawn with article (A4, two columns, the byline across them), its \\And and \\AND
    (NeurIPS's grid): in the "blocks" form a block an author (bold name, department, institution, place,
    address in typewriter type), three a row; in the "shared" form a block an affiliation, its authors'
    names two a line over its lines and their addresses, two blocks a row."""
    if page.variant == "blocks":
        blocks = []
        for a in page.authors:
            f = page.affiliations[a.affiliations[0]]
            mail = [f"\\texttt{{{_address(page, a)}}}"] if a.email else []
            blocks.append(_BREAK.join([f"\\textbf{{{a.printed}}}", *f.parts, *mail]))
        per_row = 3
    else:
        blocks = []
        for i, f in enumerate(page.affiliations):
            own = [a for a in page.authors if a.affiliations[0] == i]
            names = _rows([f"\\textbf{{{a.printed}}}" for a in own], 2, " \\quad ")
            mails = [f"\\texttt{{{line}}}" for line in _mail_lines(page, own)]
            blocks.append(_BREAK.join([*names, *f.parts, *mails]))
        per_row = 2
    author = "".join(
        (("\n\\AND\n" if k % per_row == 0 else "\n\\And\n") if k else "") + block
        for k, block in enumerate(blocks)
    )
    head = (
        "\\documentclass[11pt,twocolumn,a4paper]{article}\n\\usepackage[margin=2.5cm]{geometry}\n"
        + _NEURIPS_AND
    )
    return head, f"\\author{{{author}}}\n\\date{{}}\n\\maketitle\n" + _abstract(page)


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
    "acm_journal": _acm_journal,
    "ieee_conference_rows": _ieee_conference_rows,
    "icml": _icml,
    "neurips": _neurips,
    "svjour": _svjour,
    "sn_jnl": _nature,
    "llncs_mail": _llncs_mail,
    "ieee_journal_compsoc": _ieee_journal_compsoc,
    "ieee_conference_compsoc": _ieee_conference_compsoc,
    "ieee_access": _ieee_access,
    "ieee_journal_modes": _ieee_journal_modes,
    "elsevier_cas": _cas,
    "cvpr": _cvpr,
    "ijcai": _ijcai,
    "acl": _acl,
    "ieee_transmag": _transmag,
    "ieee_conference_places": _ieee_conference_places,
}


_FONTS = "\\usepackage[T1]{fontenc}\n\\usepackage{mathptmx}\n\\usepackage[scaled=.92]{helvet}\n\\usepackage{courier}"
"""Scalable Type 1 fonts for accented names: acmart's Libertine and the T1 Computer Modern (cm-super,
lmodern) are in packages too large for a dev tool, and acmart's microtype refuses bitmap fonts."""


_OWN_FONTS = ("elsevier_cas",)
"""The classes that load scalable fonts of their own (CAS: STIX, T1), which real papers keep."""


def _margins(page: TitlePage) -> str:
    """What the first page prints outside the text block: a banner or running head over the title, an
    arXiv stamp turned up the left margin."""
    banner = next((text for kind, text in page.noise.items() if kind.startswith("banner")), "")
    stamp = page.noise.get("arxiv", "")
    if not banner and not stamp:
        return ""
    marks = []
    if banner:  # the kernel's shipout picture has its origin at the top left, y upwards
        marks.append("\\put(0,-45){\\makebox(0,0)[l]{\\makebox[\\paperwidth]{" + banner + "}}}")
    if stamp:
        marks.append(
            "\\put(30,-520){\\rotatebox{90}{\\fontsize{18}{18}\\selectfont\\sffamily " + stamp + "}}"
        )
    return "\\usepackage{graphicx}\n\\AddToHookNext{shipout/foreground}{" + "".join(marks) + "}"


def page_latex(page: TitlePage) -> str:
    """The paper's LaTeX: the class's front matter, then a section of prose."""
    head, front = _WRITERS[page.cls](page)
    mode = "[mode = title]" if page.cls == "elsevier_cas" else ""  # CAS sets the title's type only then
    title = (
        ""
        if page.cls in ("elsarticle", "icml", "ieee_access")
        else f"\\title{mode}{{{_printed_title(page)}}}"
    )
    style, first_page = _first_page_style(page)
    if ("title thanks" in page.noise or "ieee pubid" in page.noise) and page.cls.startswith(
        "ieee_conference"
    ):
        head += "\n\\IEEEoverridecommandlockouts"  # IEEEtran conference prints \\thanks only then
    if "ieee running head" in page.noise:
        title = f"\\markboth{{{page.noise['ieee running head']}}}{{}}\n{title}"
    if "ieee pubid" in page.noise:
        pubid = page.noise["ieee pubid"]
        title += f"\n\\IEEEpubid{{\\makebox[\\columnwidth]{{{pubid}}}\\hspace{{\\columnsep}}\\makebox[\\columnwidth]{{}}}}"
    if "lncs subtitle" in page.noise:
        title += f"\n\\subtitle{{{page.noise['lncs subtitle']}}}"
    fonts = "" if "computer modern" in page.noise or page.cls in _OWN_FONTS else _FONTS
    parts = [head, fonts, _margins(page), style, "\\begin{document}", title, front, first_page]
    parts.append(page.noise.get("keywords", ""))
    parts += ["\\section{Introduction}", *page.paragraphs, "\\end{document}"]
    return "\n".join(p for p in parts if p) + "\n"


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    require_tex(("pdflatex", "kpsewhich"), "texlive-latex-recommended texlive-latex-extra texlive-publishers")
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

    scores: dict[str, FieldScores] = defaultdict(FieldScores)
    papers: dict[str, int] = defaultdict(int)
    for _folder, truth, pred in papers_scored(corpus, group, extractor):
        values = [
            (n, v) for n, vs in truth["features"].items() for v in (vs if isinstance(vs, list) else [vs])
        ]
        for key in ("overall", *(f"{n}={v}" for n, v in values)):
            score_document(scores[key], truth, pred)
            papers[key] += 1
    return {key: {"papers": papers[key], "fields": scores[key].to_dict()} for key in sorted(scores)}


def report(result: dict[str, dict[str, Any]]) -> str:
    """F1 per field under its matching (P/R in the JSON), one line per feature value, overall first."""
    head = f"{'':<30} {'n':>4} " + " ".join(f"{f[:8]:>8}" for f in FIELDS)
    lines = [head]
    for key in sorted(result, key=lambda k: (k != "overall", k)):
        fields = result[key]["fields"]
        cells = [f"{fields[f][MATCHING[f]]['f1']:>8.3f}" if f in fields else f"{'-':>8}" for f in FIELDS]
        lines.append(f"{key:<30} {result[key]['papers']:>4} " + " ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "header_corpus.py", DEFAULT_OUT, 240, generate, score, report)


if __name__ == "__main__":
    main()
