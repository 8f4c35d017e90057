"""A generated corpus of whole papers in real publisher classes, with exact gold: measures section headings
and figure captions over classes of layouts.

Why: DEV sections and figure captions are near their ceiling, so DEV gives little handle; papers drawn in
the classes real papers use, whose headings and captions are known exactly because the generator wrote
them, measure each class of heading and caption layout instead.

    python scripts/body_corpus.py generate [--out ../body-corpus] [--papers 200] [--seed 1]
    python scripts/body_corpus.py score [DIR] [--group dev|judge|all] [--json FILE]

`generate` writes one folder per paper (paper.tex, paper.pdf, gold.json) and needs pdflatex with the
publisher classes (texlive-publishers: IEEEtran, acmart, elsarticle, llncs, revtex4-2) and pgfplots; a
development tool, CI does not need it. A paper's seed decides its fold group: even seeds are DEV (develop
on these), odd seeds JUDGE (only score them).

Classes: IEEEtran conference and journal, acmart sigconf, elsarticle preprint and 5p, llncs, revtex4-2
(two-column APS), article in one and two columns; then, drawn in article with titlesec as the real classes
set their headings (`_STYLES`): ICML (bold "1. Title", small-capitals third level, appendix "A. Title"),
ICLR (small capitals throughout), NeurIPS and IJCAI (bold, the lower levels at the text's size), svjour3
(all at the text's size: bold, upright, italic; italic run-in \\paragraph), Bioinformatics (bold sans-serif
in colour), titles in capitals ("1 INTRODUCTION" and small capitals) and numbers on a line of their own
above the title; then Springer Nature's sn-jnl (bold, the third level bold italic; "Appendix A Title";
its \\bmhead "Acknowledgements", a bold line that is no section, and an unnumbered "Declarations"
section listing its statements) and svjour3's twocolumn option; then four classes of other families:
amsart (its centred small-capitals "1. Introduction", the bold run-in "1.1. Title." and the italic run-in
"1.1.1. Title."), mnras (bold capitals "1 INTRODUCTION", "APPENDIX A: TITLE"), Elsevier's cas-sc, and
article with no heading numbered (`secnumdepth` 0, as many preprints set them) whose figures may set their
caption beside the drawing (sidecap's SCfigure); then KOMA-Script's scrartcl (its own sans-serif bold
headings and \\paragraph run-ins), memoir's article option (sections numbered, its lower levels unnumbered),
JMLR's jmlr2e look drawn with titlesec (bold "1. Introduction", "1.1 Title", "Appendix A. Title") and
numbers that a full stop ends at every level ("1.1.") with the first level "§1." in small capitals and the
second in colour; then article with richer titles (a question, math, digits, a colon, brackets: "Is Graph
Kernels Enough?", "Stage 2: Noise Models", "User Study with $k$ Components"), some headings followed right
away by a display equation, and elsarticle with no heading numbered; all in Times (`header_corpus._FONTS`). A
paper's class is its seed modulo the number of classes (kept odd, so every class gets DEV and JUDGE
seeds), so a corpus generated before the last classes existed draws other papers for its seeds
(/work/body-corpus3 holds only the seeds of sn-jnl and svjour3 in two columns, drawn with nineteen classes).
Headings: numbered \\section, \\subsection, \\subsubsection (IEEEtran's italic run-in "1) Title:",
acmart's italic run-in "2.1.1 Title.", llncs's unnumbered bold run-in), \\subsubsection* (IEEEtran's italic
run-in "Title:", acmart's "Title.": a paper numbers its third level, or not, or mixes both),
\\section* (unnumbered), appendix sections (\\appendix, "Appendix A"), long headings that wrap to two lines.
Figures: figure and figure*, subfigures with "(a) ..." subcaptions (subcaption.sty), long captions of
several sentences, captions with math, captions above or below, a pgfplots plot with axis labels and a
legend or a TikZ diagram with labelled boxes, and where each lands against its mention (measured in the PDF);
in one-column classes a figure may be a wrapfigure, left or right, the text wrapped around it and its
caption's lines between the text's (NeurIPS and ICLR papers), and article and elsarticle papers may label
their captions as Springer's svjour3 does (a bold "Fig. 1" and a space, in small type).

Gold follows latex-pairs' gold.json (derive_gold.py): `sections` are \\section, \\subsection and
\\subsubsection only ({title, level}), \\paragraph is no section; `figure_captions` are the figures' own
captions, sub-figure captions excluded. What must NOT be read as a heading or caption is listed too
(`decoys`: \\paragraph run-ins, several in a row as papers set them, their titles sometimes with a typed
full stop; bold list items; "Definition 1." / "Theorem 2." run-ins; proofs ("Proof."); paragraphs opened
by a bold or italic lead-in ("Note:", "Step 1:", each paper one word, several paragraphs in a row, the
words differing between DEV and JUDGE seeds); a defined term in italic or bold opening a paragraph;
subcaptions; the words drawn in a figure), so a false heading or caption is put down to its kind. IEEEtran's appendices
use \\appendices (its \\appendix prints "Appendix" in place of the title).
`score` runs paperparse on every PDF and prints sections (soft) and figure captions (Levenshtein) P/R/F1
(`paperparse.eval.scoring.score_document`, unchanged) overall and per class, the recall of each heading and
caption form, and the false ones by the decoy they were read from.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The sibling corpora's pdflatex run, prose, fold rule and fonts, so all generated corpora alike.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from header_corpus import _FONTS  # noqa: E402
from table_corpus import (  # noqa: E402
    _PROSE,
    BIOINFORMATICS,
    CAPTION_SEEDS,
    _paragraph,
    caption_setup,
    compile_pdf,
    corpus_cli,
    group_of,
    papers_scored,
    require_tex,
)

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "body-corpus"
CLASSES = (
    "ieee_conference",
    "ieee_journal",
    "acm_sigconf",
    "els_preprint",
    "els_5p",
    "llncs",
    "revtex",
    "article_one",
    "article_two",
    "icml",
    "iclr",
    "neurips",
    "ijcai",
    "svjour",
    "bioinfo",
    "article_caps",
    "article_display",
    "sn_jnl",
    "svjour_two",
    "amsart",
    "mnras",
    "cas_sc",
    "article_plain",
    "koma",
    "memoir",
    "jmlr",
    "article_dots",
    "article_rich",
    "els_plain",
)
TWO_COLUMN = frozenset(
    {
        "ieee_conference",
        "ieee_journal",
        "acm_sigconf",
        "els_5p",
        "revtex",
        "article_two",
        "icml",
        "ijcai",
        "bioinfo",
        "svjour_two",
        "mnras",
    }
)
MATCHING = {"sections": "soft", "figures": "levenshtein"}
FIGURE_FORMS = ("content", "float", "caption_kind", "caption_place", "label_style", "lands")
"""The per-figure forms whose recall `score` reports."""
"""How `paperparse eval` matches each field (its README's table)."""

_TOPICS = (
    "sparse attention|graph kernels|robust estimation|adaptive sampling|document parsing|signal recovery|"
    "latent structure|transfer learning|spectral clustering|streaming inference|noise models|"
    "retrieval pipelines|wavelet features|channel coding|policy search|error analysis|data collection|"
    "model selection|convergence rates|hardware design|energy efficiency|user study|threat model|"
    "system architecture|ablation study|training procedure|evaluation protocol|implementation details"
).split("|")
_QUALIFIERS = (
    "Towards|Revisiting|On the Role of|Beyond|Scalable|Efficient|A Note on|Practical|Learning|Improved"
).split("|")
_LONG_TAILS = (
    "under Realistic Noise and Limited Supervision in Large Heterogeneous Collections",
    "and Their Consequences for the Design of Practical Systems at Scale",
    "with Guarantees That Hold Across Data Sets, Model Sizes and Noise Levels",
    "for Fast and Reliable Inference on Commodity Hardware in the Field",
)
_UNNUMBERED = (
    "Acknowledgments",
    "Acknowledgement",
    "Data Availability",
    "Author Contributions",
    "Funding",
    "Acknowledgements",
)
_MATH = (
    ("$\\alpha = 0.5$", "α = 0.5"),
    ("$\\lambda \\in [0, 1]$", "λ ∈ [0, 1]"),
    ("$k$-means", "k-means"),
    ("$N = 128$", "N = 128"),
    ("$\\sigma = 0.1$", "σ = 0.1"),
    ("$\\mathcal{O}(n \\log n)$", "O(n log n)"),
    ("$\\beta$", "β"),
    ("$T = 10$", "T = 10"),
)
_LEAD_INS = {
    "dev": ("Note", "Remark", "Step", "Observation", "Intuition"),
    "judge": ("Caveat", "Case", "Hint", "Example", "Key idea"),
}
"""Words that open a paragraph in bold or italic without being a heading; DEV and JUDGE seeds draw
different ones, so a rule that knows the words scores no better on JUDGE than one that reads the layout."""
_TERMS = ("Recall", "Coverage", "Latency", "Drift", "Sparsity", "Fidelity", "Throughput", "Overlap")
"""Terms a paragraph defines as it opens ("*Coverage* is the share of ...")."""
_LABELS = ("Encoder", "Decoder", "Input", "Output", "Memory", "Router", "Sensor", "Server", "Client", "Cache")


@dataclass
class Text:
    """A piece of text as LaTeX writes it and as the page prints it (what gold holds)."""

    latex: str
    printed: str


@dataclass
class Heading:
    """One gold heading: its command, title, and the forms it has (for the per-form breakdown)."""

    command: str  # section, subsection, subsubsection
    title: Text
    numbered: bool = True
    appendix: bool = False
    long: bool = False

    @property
    def level(self) -> int:
        return ("section", "subsection", "subsubsection").index(self.command) + 1

    def latex(self) -> str:
        star = "" if self.numbered else "*"
        return f"\\{self.command}{star}{{{self.title.latex}}}"

    def form(self) -> str:
        if self.appendix:
            return f"appendix {self.command}"
        return self.command + ("" if self.numbered else "*")


@dataclass
class Figure:
    """One gold figure: its caption, what it draws, its subcaptions, and its float's style."""

    number: int
    caption: Text
    content: str  # diagram, plot, subfigures
    wide: bool
    above: bool
    caption_kind: str  # short, long, math
    subcaptions: list[Text] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # the words drawn inside it
    wrapped: bool = False  # set in a wrapfigure, the text wrapped around it (one-column classes)
    beside: bool = False  # its caption set beside the drawing (sidecap's SCfigure), not under it
    side: str = "r"  # the side of the text a wrapped figure stands on: "l" or "r"
    lands: str = "unknown"  # where the float lands against its mention, measured in the PDF
    printed: bool = True  # whether its caption is in the PDF's text (gold lists the printed ones only)

    @property
    def env(self) -> str:
        """The float's environment."""
        if self.wrapped:
            return "wrapfigure"
        return "SCfigure" if self.beside else "figure*" if self.wide else "figure"


@dataclass
class Decoy:
    """Text that is neither a heading nor a caption although it looks like one."""

    kind: str
    text: str


@dataclass
class Paper:
    """One paper: its class, body (LaTeX chunks in order), and the gold lists."""

    cls: str
    title: str
    abstract: str
    body: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    decoys: list[Decoy] = field(default_factory=list)
    appendix: list[str] = field(default_factory=list)
    appendix_after_references: bool = False
    group: str = "dev"
    third_level: str = "numbered"  # how \\subsubsection is numbered: numbered, starred or mixed
    label_style: str = (
        "class"  # "class": the class's own caption label; "svjour": a bold "Fig. 1" and a space
    )
    caption_setup: str = ""
    """The \\captionsetup lines of a paper from CAPTION_SEEDS on (its label_style names them)."""


def _topic(rng: random.Random) -> str:
    return rng.choice(_TOPICS)


def _title_case(text: str) -> str:
    small = {"and", "of", "on", "the", "for", "in", "with", "at", "under", "to"}
    words = text.split()
    return " ".join(
        w if (w in small and i) or w[0].isupper() else w.capitalize() for i, w in enumerate(words)
    )


def _heading_title(rng: random.Random, long: bool) -> Text:
    if long:
        text = f"{rng.choice(_QUALIFIERS)} {_title_case(_topic(rng))} {rng.choice(_LONG_TAILS)}"
    elif rng.random() < 0.4:
        text = f"{_title_case(_topic(rng))} and {_title_case(_topic(rng))}"
    else:
        text = _title_case(_topic(rng))
    return Text(text, text)


def _sentence(rng: random.Random, low: int = 6, high: int = 14) -> str:
    return " ".join(rng.choice(_PROSE) for _ in range(rng.randint(low, high)))


def _caption(rng: random.Random, kind: str) -> Text:
    """A caption: one short sentence, several sentences, or a sentence with math in it."""
    first = _sentence(rng).capitalize()
    if kind == "short":
        return Text(first + ".", first + ".")
    if kind == "long":
        sentences = [first] + [_sentence(rng, 8, 16).capitalize() for _ in range(rng.randint(2, 4))]
        text = ". ".join(sentences) + "."
        return Text(text, text)
    latex, printed = rng.choice(_MATH)
    latex2, printed2 = rng.choice(_MATH)
    tail = _sentence(rng, 3, 6)
    return Text(
        f"{first} with {latex}, {tail} for {latex2}.", f"{first} with {printed}, {tail} for {printed2}."
    )


def _diagram(rng: random.Random, figure_labels: list[str], width: str | None = None) -> str:
    """A TikZ diagram: labelled boxes joined by arrows (its labels are words inside a drawing), at its
    natural size (at most 7.3 cm wide, within a column) or shrunk to `width` (a subfigure's)."""
    labels = rng.sample(_LABELS, rng.randint(2, 4))
    figure_labels.extend(labels)
    nodes = [
        f"\\node[draw,minimum width=1.3cm,minimum height=0.8cm] (n{i}) at ({2.0 * i:.1f},0) {{{label}}};"
        for i, label in enumerate(labels)
    ]
    arrows = [f"\\draw[->] (n{i}) -- (n{i + 1});" for i in range(len(labels) - 1)]
    picture = "\\begin{tikzpicture}" + "".join(nodes + arrows) + "\\end{tikzpicture}"
    return f"\\resizebox{{{width}}}{{!}}{{{picture}}}" if width else picture


def _plot(rng: random.Random, width: str, figure_labels: list[str]) -> str:
    """A pgfplots plot with axis labels, ticks and a legend: text that belongs to the figure."""
    xlabel = rng.choice(("Epoch", "Number of samples", "Noise level", "Time (s)", "Batch size"))
    ylabel = rng.choice(("Accuracy (%)", "Error rate", "Throughput", "F1 score", "Loss"))
    y_latex = ylabel.replace("%", "\\%")
    names = rng.sample(("Ours", "Baseline", "Greedy", "Random", "Oracle"), 2)
    plots = []
    for _ in names:
        points = " ".join(f"({x},{rng.uniform(10, 90):.1f})" for x in range(0, 11, 2))
        plots.append(f"\\addplot coordinates {{{points}}};")
    axis = (
        f"\\begin{{axis}}[width={width},height=4.2cm,xlabel={{{xlabel}}},ylabel={{{y_latex}}},"
        f"legend pos=north west,legend style={{font=\\footnotesize}}]"
    )
    body = axis + "".join(plots) + f"\\legend{{{','.join(names)}}}\\end{{axis}}"
    figure_labels += [xlabel, ylabel, *names]
    return f"\\begin{{tikzpicture}}{body}\\end{{tikzpicture}}"


def _draw_figure(rng: random.Random, number: int, two_column: bool) -> Figure:
    content = rng.choice(("diagram", "plot", "subfigures"))
    wide = two_column and rng.random() < 0.35
    kind = rng.choice(("short", "long", "math"))
    figure = Figure(number, _caption(rng, kind), content, wide, rng.random() < 0.25, kind)
    if content == "subfigures":
        figure.subcaptions = [_caption(rng, "short") for _ in range(rng.randint(2, 3))]
    return figure


def _figure_latex(rng: random.Random, figure: Figure, two_column: bool, placed: bool = True) -> str:
    env = figure.env
    full = (
        "\\linewidth"
        if figure.wrapped
        else "0.55\\textwidth"
        if figure.beside
        else "0.9\\textwidth"
        if figure.wide or not two_column
        else "0.95\\columnwidth"
    )
    if figure.content == "subfigures":
        share = 0.95 / len(figure.subcaptions)
        parts = []
        for sub in figure.subcaptions:
            inner = (
                _diagram(rng, figure.labels, "\\linewidth")
                if rng.random() < 0.5
                else _plot(rng, "\\linewidth", figure.labels)
            )
            parts.append(
                f"\\begin{{subfigure}}[b]{{{share:.2f}\\linewidth}}\\centering {inner}"
                f"\\caption{{{sub.latex}}}\\end{{subfigure}}"
            )
        drawing = "\\hfill".join(parts)
    elif figure.content == "plot":
        drawing = _plot(rng, full, figure.labels)
    else:
        drawing = _diagram(rng, figure.labels, "\\linewidth" if figure.wrapped else None)
    caption = f"\\caption{{{figure.caption.latex}}}\\label{{fig:{figure.number}}}"
    inside = [caption, drawing] if figure.above else [drawing, caption]
    placement = "[tbp]" if placed else ""  # mnras's figure takes none (it would print "[tbp]")
    opening = f"{{{figure.side}}}{{0.45\\textwidth}}" if figure.wrapped else "[]" * figure.beside + placement
    return f"\\begin{{{env}}}{opening}\n\\centering\n" + "\n".join(inside) + f"\n\\end{{{env}}}"


def _mention(rng: random.Random, number: int) -> str:
    """A paragraph that names the figure in a phrase `lands` looks for in the PDF."""
    return f"{_paragraph(rng)} The results appear as Figure~\\ref{{fig:{number}}} shows. {_paragraph(rng)}"


def _decoy_blocks(rng: random.Random, paper: Paper) -> list[str]:
    """Text set like a heading that is none: \\paragraph run-ins, bold list items, a definition or a
    theorem and its proof, paragraphs opened by a bold or italic lead-in, a defined term."""
    kind = rng.choice(("paragraph", "items", "statement", "description", "proof", "lead-in", "term", "none"))
    if kind == "paragraph":
        return _paragraph_run_ins(rng, paper)
    if kind in ("items", "description"):
        items = []
        for _ in range(rng.randint(2, 4 if kind == "items" else 3)):
            title = _title_case(_topic(rng))
            paper.decoys.append(Decoy("bold item", title))
            label = f"\\item \\textbf{{{title}:}}" if kind == "items" else f"\\item[{title}]"
            items.append(f"{label} {_sentence(rng, 10, 20)}.")
        env = "itemize" if kind == "items" else "description"
        return [f"\\begin{{{env}}}\n" + "\n".join(items) + f"\n\\end{{{env}}}"]
    if kind in ("statement", "proof"):
        env = rng.choice(("definition", "theorem")) if kind == "statement" else "theorem"
        paper.decoys.append(Decoy("statement run-in", env.capitalize()))
        chunks = [f"\\begin{{{env}}}\n{_sentence(rng, 12, 24).capitalize()}.\n\\end{{{env}}}"]
        if kind == "proof":
            paper.decoys.append(Decoy("proof", "Proof"))
            chunks.append(f"\\begin{{proof}}\n{_paragraph(rng)}\n\\end{{proof}}")
        return chunks
    if kind == "lead-in":
        return _lead_ins(rng, paper)
    if kind == "term":
        term = rng.choice(_TERMS)
        paper.decoys.append(Decoy("defined term", term))
        command = rng.choice(("emph", "textbf"))
        return [f"\\{command}{{{term}}} is {_sentence(rng, 8, 14)}. {_paragraph(rng)}"]
    return []


def _paragraph_run_ins(rng: random.Random, paper: Paper) -> list[str]:
    """Two to four \\paragraph run-ins in a row, as papers set them; a paper types a full stop after their
    titles or not."""
    stop = "." if rng.random() < 0.4 else ""
    chunks = []
    for _ in range(rng.randint(2, 4)):
        title = _title_case(_topic(rng))
        paper.decoys.append(Decoy("paragraph run-in", title))
        chunks.append(f"\\paragraph{{{title}{stop}}} {_paragraph(rng)}")
    return chunks


def _lead_ins(rng: random.Random, paper: Paper) -> list[str]:
    """Paragraphs opened by the same bold or italic lead-in ("Note:", "Step 1:", "Step 2:"), one to three
    in a row, typed by the author in the paragraph's text."""
    word = rng.choice(_LEAD_INS[paper.group])
    command = rng.choice(("textbf", "textit"))
    stop = rng.choice((":", "."))
    count = rng.randint(1, 3)
    numbered = count > 1 and rng.random() < 0.6
    chunks = []
    for n in range(1, count + 1):
        lead = f"{word} {n}" if numbered else word
        paper.decoys.append(Decoy("lead-in", lead))
        chunks.append(f"\\noindent\\{command}{{{lead}{stop}}} {_paragraph(rng)}")
    return chunks


def _section(rng: random.Random, paper: Paper, title: Text, figures: list[Figure], long: bool) -> None:
    """One section: prose, decoys, subsections and subsubsections, the figures mentioned in it."""
    paper.headings.append(Heading("section", title, long=long))
    paper.body.append(paper.headings[-1].latex())
    two_column = paper.cls in TWO_COLUMN
    paper.body += [_paragraph(rng) for _ in range(rng.randint(1, 2))]
    paper.body += _decoy_blocks(rng, paper)
    for figure in figures:
        mention = _mention(rng, figure.number)  # drawn first: the seeds' papers stay as they were
        paper.body += [mention, _figure_latex(rng, figure, two_column, paper.cls != "mnras")]
    for _ in range(rng.choice((0, 1, 2, 2, 3))):
        sub_long = rng.random() < 0.12
        paper.headings.append(Heading("subsection", _heading_title(rng, sub_long), long=sub_long))
        paper.body += [paper.headings[-1].latex(), _paragraph(rng)]
        for _ in range(rng.choice((0, 0, 1, 2))):
            starred = paper.third_level == "starred" or paper.third_level == "mixed" and rng.random() < 0.5
            heading = Heading("subsubsection", _heading_title(rng, False), numbered=not starred)
            paper.headings.append(heading)
            paper.body += [heading.latex(), _paragraph(rng)]
        paper.body += _decoy_blocks(rng, paper) if rng.random() < 0.3 else []


def draw_paper(seed: int) -> Paper:
    """One paper's class, sections, figures and decoys, all from its seed."""
    rng = random.Random(seed)
    cls = CLASSES[seed % len(CLASSES)]
    title = " ".join(w.capitalize() for w in f"{rng.choice(_QUALIFIERS)} {_topic(rng)}".split())
    paper = Paper(cls, title, _paragraph(rng), group=group_of(seed))
    paper.third_level = rng.choice(("numbered", "numbered", "starred", "mixed"))
    two_column = cls in TWO_COLUMN
    figures = [_draw_figure(rng, n + 1, two_column) for n in range(rng.randint(2, 4))]
    # wrapped figures and the caption label's style are drawn apart, so the papers drawn before they
    # existed stay the same
    styles = random.Random(f"styles {seed}")
    for figure in figures:
        figure.wrapped = cls in _WRAPPING and figure.content != "subfigures" and styles.random() < 0.35
        figure.side = styles.choice("lr") if figure.wrapped else "r"
        figure.beside = cls in _BESIDE and figure.content != "subfigures" and styles.random() < 0.5
    if cls in _RESTYLED and styles.random() < 0.5:
        paper.label_style = "svjour"
    if seed >= CAPTION_SEEDS and cls in _RESTYLED:
        paper.caption_setup, paper.label_style = _caption_package_style(styles)
    n_sections = rng.randint(3, 5)
    placed: list[list[Figure]] = [[] for _ in range(n_sections)]
    for figure in figures:
        placed[rng.randrange(n_sections)].append(figure)
    placed.sort(key=lambda fs: min((f.number for f in fs), default=99))  # figures numbered in order
    for i in range(n_sections):
        long = rng.random() < 0.15
        title_text = Text("Introduction", "Introduction") if i == 0 else _heading_title(rng, long)
        _section(rng, paper, title_text, placed[i], long and i > 0)
    if rng.random() < 0.5:
        heading = Heading("section", Text(*[rng.choice(_UNNUMBERED)] * 2), numbered=False)
        paper.headings.append(heading)
        paper.body += [heading.latex(), _paragraph(rng)]
    if rng.random() < 0.5:
        paper.appendix_after_references = rng.random() < 0.5
        for _ in range(rng.randint(1, 2)):
            paper.headings.append(Heading("section", _heading_title(rng, False), appendix=True))
            paper.appendix += [paper.headings[-1].latex(), _paragraph(rng)]
            if rng.random() < 0.4:
                paper.headings.append(Heading("subsection", _heading_title(rng, False), appendix=True))
                paper.appendix += [paper.headings[-1].latex(), _paragraph(rng)]
    paper.figures = figures
    _nature_back_matter(paper, seed)
    _richer_headings(paper, seed)
    return paper


_RICH_TITLES = (
    ("Why Does {} Fail?", "Why Does {} Fail?"),
    ("{} with $k$ Components", "{} with k Components"),
    ("Results on CIFAR-10 and {}", "Results on CIFAR-10 and {}"),
    ("Stage 2: {}", "Stage 2: {}"),
    ("{} for $\\alpha = 0$", "{} for α = 0"),
    ("{}: A Second Look", "{}: A Second Look"),
    ("{} (Revisited)", "{} (Revisited)"),
    ("Is {} Enough?", "Is {} Enough?"),
    ("{} in $N$ Dimensions", "{} in N Dimensions"),
    ("{} and the 2-Step Rule", "{} and the 2-Step Rule"),
)
"""Titles as papers write them beyond a few capitalised words: a question, math, digits, a colon, brackets."""
_EQUATION = "\\begin{equation}\nf(x) = \\sum_{i=1}^{N} w_i x_i + b\n\\end{equation}"


def _richer_headings(paper: Paper, seed: int) -> None:
    """An article_rich paper's headings (from their own generator, so other papers stay as they were): half
    its titles after the first made richer (`_RICH_TITLES`), and a display equation right under some
    headings, before the text."""
    if paper.cls != "article_rich":
        return
    rng = random.Random(f"rich {seed}")
    chunks = [paper.body, paper.appendix]
    at = [
        (chunk, i)
        for chunk in chunks
        for i, text in enumerate(chunk)
        if text.startswith("\\section")
        or text.startswith("\\subsection")
        or text.startswith("\\subsubsection")
    ]
    inserted: list[tuple[list[str], int]] = []
    for heading, (chunk, i) in zip(paper.headings, at, strict=True):
        if heading.title.printed != "Introduction" and rng.random() < 0.5:
            latex, printed = rng.choice(_RICH_TITLES)
            topic = _title_case(_topic(rng))
            heading.title = Text(latex.format(topic), printed.format(topic))
            chunk[i] = heading.latex()
        if rng.random() < 0.25:
            inserted.append((chunk, i + 1))
    for chunk, i in reversed(inserted):
        chunk.insert(i, _EQUATION)


_DECLARATIONS = (
    "Funding",
    "Conflict of interest/Competing interests",
    "Ethics approval and consent to participate",
    "Data availability",
    "Code availability",
    "Author contribution",
)
"""The items of a Springer Nature paper's "Declarations" section (its template's list)."""


def _nature_back_matter(paper: Paper, seed: int) -> None:
    """A Springer Nature (sn-jnl) paper's back matter, from its own generator: the \\bmhead
    "Acknowledgements" (a bold line, no section: a decoy) and its paragraph, then the unnumbered
    \\section*{Declarations} listing its statements as items ("Funding: …"), before any appendix."""
    if paper.cls != "sn_jnl":
        return
    rng = random.Random(f"nature back {seed}")
    if rng.random() < 0.7:
        paper.body += ["\\bmhead{Acknowledgements}", _paragraph(rng)]
        paper.decoys.append(Decoy("bmhead", "Acknowledgements"))
    declarations = Heading("section", Text("Declarations", "Declarations"), numbered=False)
    first_appendix = next((k for k, h in enumerate(paper.headings) if h.appendix), len(paper.headings))
    paper.headings.insert(first_appendix, declarations)
    items = [f"\\item {name}: {_sentence(rng)}" for name in rng.sample(_DECLARATIONS, 3)]
    paper.body += [declarations.latex(), "\\begin{itemize}\n" + "\n".join(items) + "\n\\end{itemize}"]


_WRAPPING = frozenset({"article_one", "els_preprint", "llncs"})
"""One-column classes whose figures may be set in a wrapfigure, the text wrapped around it."""
_BESIDE = frozenset({"article_plain"})
"""Classes whose figures may set their caption beside the drawing (sidecap's SCfigure)."""
_RESTYLED = frozenset({"article_one", "article_two", "els_preprint"})
"""Classes whose captions may be labelled as svjour3 does (Springer journals): bold "Fig. 1", a space."""
_SVJOUR_LABELS = "\\captionsetup{labelfont=bf,labelsep=space,font=small}\n\\captionsetup[figure]{name=Fig.}"


def _caption_package_style(rng: random.Random) -> tuple[str, str]:
    """A figure caption style of the caption package as \\captionsetup lines (table_corpus's style
    space, or Bioinformatics' bold sans "Fig. 1." and small sans text) and the label_style naming it."""
    if rng.random() < 0.2:
        return f"\\captionsetup{{{BIOINFORMATICS}}}\n\\captionsetup[figure]{{name=Fig.}}", "bioinformatics"
    options, style = caption_setup(rng, above=False)
    return f"\\captionsetup{{{options}}}", f"package labelsep={style['caption labelsep']}"


_OWN_PROOF = "\\newtheorem{theorem}{Theorem}\n\\newtheorem{definition}{Definition}"
"""The theorems of a class that sets proofs itself (amsart loads amsthm, mnras defines its own proof)."""
_THEOREMS = f"\\usepackage{{amsthm}}\n{_OWN_PROOF}"
# \let\Bbbk\relax: acmart loads newtxmath where its Libertine fonts are installed (texlive-fonts-extra),
# which defines \Bbbk, and amssymb then stops on it; elsewhere the \let changes nothing.
_PACKAGES = "\\let\\Bbbk\\relax\n\\usepackage{amsmath,amssymb,graphicx}\n\\usepackage{subcaption}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}"


def _front(paper: Paper) -> tuple[str, str]:
    """The class's preamble line(s) and its front matter (title, author, abstract)."""
    abstract = f"\\begin{{abstract}}\n{paper.abstract}\n\\end{{abstract}}"
    title = f"\\title{{{paper.title}}}"
    cls = paper.cls
    if cls.startswith("ieee"):
        option = "conference" if cls == "ieee_conference" else "journal"
        author = (
            "\\author{\\IEEEauthorblockN{Anna Smith}\\IEEEauthorblockA{University of Bergen}}"
            if option == "conference"
            else "\\author{Anna Smith and Kenji Chen}"
        )
        return (
            f"\\documentclass[{option}]{{IEEEtran}}\n{_THEOREMS}",
            f"{title}\n{author}\n\\maketitle\n{abstract}",
        )
    if cls == "acm_sigconf":
        head = (
            "\\documentclass[sigconf]{acmart}\n\\settopmatter{printacmref=false}\n\\setcopyright{none}\n"
            "\\renewcommand\\footnotetextcopyrightpermission[1]{}\n\\acmConference{}{}{}"
        )
        author = "\\author{Anna Smith}\\affiliation{\\institution{University of Bergen}\\country{Norway}}"
        return head, f"{title}\n{author}\n{abstract}\n\\maketitle"
    if cls.startswith("els"):
        option = "5p" if cls == "els_5p" else "preprint,12pt"
        front = (
            f"\\begin{{frontmatter}}\n{title}\n\\author{{Anna Smith}}\\address{{University of Bergen, Norway}}\n"
            f"{abstract}\n\\end{{frontmatter}}"
        )
        head = f"\\documentclass[{option}]{{elsarticle}}\n{_THEOREMS}"
        if cls == "els_plain":  # no heading numbered, as some Elsevier papers set them
            head += "\n\\setcounter{secnumdepth}{0}"
        return head, front
    if cls == "llncs":
        author = "\\author{Anna Smith}\\institute{University of Bergen, Norway}"
        return "\\documentclass{llncs}", f"{title}\n{author}\n\\maketitle\n{abstract}"
    if cls == "amsart":
        author = "\\author{Anna Smith}\\address{University of Bergen, Norway}"
        return f"\\documentclass{{amsart}}\n{_OWN_PROOF}", f"{title}\n{author}\n{abstract}\n\\maketitle"
    if cls == "mnras":
        author = "\\author{Anna Smith$^{1}$\\\\$^{1}$University of Bergen, Norway}"
        dates = "\\date{Accepted XXX. Received YYY; in original form ZZZ}"  # as its template sets them
        keywords = "\\begin{keywords}\nmethods: numerical -- techniques: photometric\n\\end{keywords}"
        return (
            f"\\documentclass{{mnras}}\n{_OWN_PROOF}",
            f"{title}\n{author}\n{dates}\n\\maketitle\n{abstract}\n{keywords}",
        )
    if cls == "cas_sc":
        author = "\\author{Anna Smith}\\affiliation{organization={University of Bergen},country={Norway}}"
        return (
            f"\\documentclass{{cas-sc}}\n\\usepackage[numbers]{{natbib}}\n{_THEOREMS}",
            f"{title}\n{author}\n{abstract}\n\\maketitle",
        )
    if cls == "koma":  # KOMA-Script's own sans-serif bold headings and \\paragraph run-ins
        return (
            f"\\documentclass[11pt]{{scrartcl}}\n{_THEOREMS}",
            f"{title}\n\\author{{Anna Smith}}\n\\date{{}}\n\\maketitle\n{abstract}",
        )
    if cls == "memoir":  # memoir's article option, sections numbered apart from chapters, as papers set it
        return (
            f"\\documentclass[11pt,article,oneside]{{memoir}}\n\\counterwithout{{section}}{{chapter}}\n{_THEOREMS}",
            f"{title}\n\\author{{Anna Smith}}\n\\date{{}}\n\\maketitle\n{abstract}",
        )
    if cls == "revtex":
        author = "\\author{Anna Smith}\\affiliation{University of Bergen, Norway}"
        return (
            f"\\documentclass[aps,prd,twocolumn]{{revtex4-2}}\n{_THEOREMS}",
            f"{title}\n{author}\n{abstract}\n\\maketitle",
        )
    options = "10pt,twocolumn" if cls in TWO_COLUMN else "10pt" if cls in _STYLES else "11pt"
    head = f"\\documentclass[{options}]{{article}}\n\\usepackage[a4paper,margin=2cm]{{geometry}}\n{_THEOREMS}"
    if cls in _STYLES:
        head += "\n\\usepackage{xcolor}\n\\usepackage[explicit]{titlesec}\n" + "\n".join(_STYLES[cls])
    if cls == "article_plain":  # no heading numbered, as many preprints set them; captions beside figures
        head += "\n\\setcounter{secnumdepth}{0}\n\\usepackage{sidecap}"
    return head, f"{title}\n\\author{{Anna Smith}}\n\\date{{}}\n\\maketitle\n{abstract}"


def _titles(level: str, shape: str, number: str = "\\thetitle", title: str = "#1", form: str = "hang") -> str:
    """A titlesec format: the level's type (`shape`), how its number prints and how its title does."""
    return f"\\titleformat{{\\{level}}}[{form}]{{{shape}}}{{{number}}}{{0.6em}}{{{title}}}"


_STYLES = {
    # ICML: bold numbered titles whose number a full stop ends ("1. Introduction", "2.1. Setup", appendix
    # "A. Proofs"), its third level in small capitals
    "icml": (
        _titles("section", "\\large\\bfseries", "\\thetitle."),
        _titles("subsection", "\\normalsize\\bfseries", "\\thetitle."),
        _titles("subsubsection", "\\normalsize\\scshape", "\\thetitle."),
    ),
    # ICLR: every level in small capitals ("1 INTRODUCTION", "3.1 GRAPH NETWORK FLOW")
    "iclr": (
        _titles("section", "\\large\\scshape"),
        _titles("subsection", "\\normalsize\\scshape"),
        _titles("subsubsection", "\\normalsize\\scshape"),
    ),
    # NeurIPS: bold, the second and third levels at the text's size
    "neurips": (
        _titles("section", "\\large\\bfseries"),
        _titles("subsection", "\\normalsize\\bfseries"),
        _titles("subsubsection", "\\normalsize\\bfseries"),
    ),
    # IJCAI: two columns, bold, the third level at the text's size too
    "ijcai": (
        _titles("section", "\\large\\bfseries"),
        _titles("subsection", "\\normalsize\\bfseries"),
        _titles("subsubsection", "\\normalsize\\bfseries"),
    ),
    # svjour3: all at the text's size: the first level bold, the second upright, the third italic, and
    # \paragraph run in italic
    "svjour": (
        _titles("section", "\\normalsize\\bfseries"),
        _titles("subsection", "\\normalsize"),
        _titles("subsubsection", "\\normalsize\\itshape"),
        _titles("paragraph", "\\normalsize\\itshape", "", "#1", "runin"),
    ),
    # Bioinformatics: bold sans-serif titles in colour, the third level in italic sans-serif
    "bioinfo": (
        _titles("section", "\\large\\sffamily\\bfseries\\color{blue!50!black}"),
        _titles("subsection", "\\normalsize\\sffamily\\bfseries"),
        _titles("subsubsection", "\\normalsize\\sffamily\\itshape"),
    ),
    # titles in capitals: the first level bold and upper-cased, the second in small capitals
    "article_caps": (
        _titles("section", "\\normalsize\\bfseries", title="\\MakeUppercase{#1}"),
        _titles("subsection", "\\normalsize\\scshape"),
        _titles("subsubsection", "\\normalsize\\itshape"),
    ),
    # the number on a line of its own above the title (titlesec's display form)
    "article_display": (
        _titles("section", "\\Large\\bfseries", form="display"),
        _titles("subsection", "\\large\\bfseries", form="display"),
        _titles("subsubsection", "\\normalsize\\bfseries"),
    ),
    # Springer Nature (sn-jnl): bold, the third level bold italic; its appendices "Appendix A Title";
    # \bmhead (Acknowledgements) a bold line of its own at the text's size, which is no section
    "sn_jnl": (
        _titles("section", "\\large\\bfseries"),
        _titles("subsection", "\\normalsize\\bfseries"),
        _titles("subsubsection", "\\normalsize\\bfseries\\itshape"),
        "\\let\\plainappendix\\appendix\\renewcommand\\appendix{\\plainappendix"
        + _titles("section", "\\large\\bfseries", "Appendix \\thesection", "##1")
        + "}",
        "\\newcommand\\bmhead[1]{\\par\\vskip11pt\\noindent{\\normalsize\\bfseries#1}\\par\\vskip3pt}",
    ),
}
"""The ML-conference, Springer-journal and Bioinformatics heading styles (and capitals, numbers set on a
line of their own), drawn in article with titlesec where the class is not in TeX Live, in the type the
real classes set (as latex-pairs' DEV papers print them)."""
_STYLES["svjour_two"] = _STYLES["svjour"]  # svjour3's twocolumn option: its headings in two columns
# JMLR (jmlr2e.sty): bold "1. Introduction", "1.1 Title", a bold \\paragraph run-in, appendices
# "Appendix A. Title"
_STYLES["jmlr"] = (
    _titles("section", "\\large\\bfseries", "\\thetitle."),
    _titles("subsection", "\\normalsize\\bfseries"),
    _titles("subsubsection", "\\normalsize\\bfseries"),
    "\\let\\plainappendix\\appendix\\renewcommand\\appendix{\\plainappendix"
    + _titles("section", "\\large\\bfseries", "Appendix \\thesection.", "##1")
    + "}",
)
# numbers a full stop ends at every level ("1.1."), the first level "§1." in small capitals, the second in
# colour, the third in bold italic
_STYLES["article_dots"] = (
    _titles("section", "\\large\\scshape", "\\S\\thetitle."),
    _titles("subsection", "\\normalsize\\bfseries\\color{red!50!black}", "\\thetitle."),
    _titles("subsubsection", "\\normalsize\\bfseries\\itshape", "\\thetitle."),
)


def _bibliography(rng: random.Random) -> str:
    entries = [
        f"\\bibitem{{r{i}}} A. Smith and B. Chen, ``{_sentence(rng, 5, 9).capitalize()},'' "
        f"in \\emph{{Proc. {_title_case(_topic(rng))}}}, {rng.randint(1995, 2024)}, pp. {i * 10 + 1}--{i * 10 + 9}."
        for i in range(rng.randint(4, 8))
    ]
    return "\\begin{thebibliography}{9}\n" + "\n".join(entries) + "\n\\end{thebibliography}"


def paper_latex(paper: Paper) -> str:
    """The paper's LaTeX: class, fonts and packages, front matter, body, bibliography and appendix."""
    rng = random.Random(paper.title)
    head, front = _front(paper)
    # IEEEtran's \\appendix prints "Appendix" in place of the next \\section's title; its \\appendices
    # prints "Appendix A" and the title, as other classes' \\appendix does
    command = "\\appendices" if paper.cls.startswith("ieee") else "\\appendix"
    appendix = [command, *paper.appendix] if paper.appendix else []
    bibliography = [_bibliography(rng)]
    tail = bibliography + appendix if paper.appendix_after_references else appendix + bibliography
    # only the papers that use them load them, so a paper drawn before they existed prints the same
    extra = ["\\usepackage{wrapfig}"] if any(f.wrapped for f in paper.figures) else []
    extra += [_SVJOUR_LABELS] if paper.label_style == "svjour" else []
    extra += [paper.caption_setup] if paper.caption_setup else []
    parts = [
        head,
        _FONTS,
        _PACKAGES,
        *extra,
        "\\begin{document}",
        front,
        *paper.body,
        *tail,
        "\\end{document}",
    ]
    return "\n\n".join(parts) + "\n"


def _printed_pages(pdf: Path) -> list[str]:
    """Each page's text, compatibility forms folded ("ﬁ" is "fi") and whitespace collapsed, for finding
    where a caption and its mention print."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [_folded(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def measure_landing(paper: Paper, pdf: Path) -> None:
    """Whether each figure printed (acmart's balanced last page can drop a float) and where it landed: on
    its mention's page, a later page, or an earlier one."""
    pages = _printed_pages(pdf)
    for figure in paper.figures:
        key = _folded(figure.caption.printed)[:25]
        caption = next((i for i, text in enumerate(pages) if key in text), None)
        mention = next((i for i, t in enumerate(pages) if f"Figure {figure.number} shows" in t), None)
        figure.printed = caption is not None
        if caption is None or mention is None:
            figure.lands = "unknown"
        else:
            figure.lands = (
                "same page" if caption == mention else "later page" if caption > mention else "earlier page"
            )


def gold(paper: Paper, seed: int) -> dict[str, Any]:
    """latex-pairs' gold.json fields for sections and figures, with each item's form and the decoys."""
    return {
        "source": f"scripts/body_corpus.py seed {seed}",
        "group": group_of(seed),
        "class": paper.cls,
        "third_level": paper.third_level,
        "fields": ["sections", "figures"],
        "sections": [
            {"title": h.title.printed, "level": h.level, "form": h.form(), "long": h.long}
            for h in paper.headings
        ],
        "figures": [
            {
                "caption": f.caption.printed,
                "content": f.content,
                "float": f"wrapfigure {f.side}" if f.wrapped else f.env,
                "label_style": paper.label_style,
                "caption_kind": f.caption_kind,
                "caption_place": "above" if f.above else "below",
                "lands": f.lands,
            }
            for f in paper.figures
            if f.printed
        ],
        "decoys": [{"kind": d.kind, "text": d.text} for d in paper.decoys]
        + [{"kind": "subcaption", "text": s.printed} for f in paper.figures for s in f.subcaptions]
        + [{"kind": "figure label", "text": label} for f in paper.figures for label in f.labels],
    }


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    require_tex(("pdflatex",), "texlive-latex-recommended texlive-publishers texlive-pictures")
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        paper = draw_paper(seed)
        tex = paper_latex(paper)
        folder = out / f"body_{seed:04d}"
        folder.mkdir(exist_ok=True)
        source, pdf = folder / "paper.tex", folder / "paper.pdf"
        if not (pdf.is_file() and source.is_file() and source.read_text("utf-8") == tex):
            source.write_text(tex, "utf-8")
            compile_pdf(tex, folder)  # else the PDF compiled from this very LaTeX is kept
        measure_landing(paper, pdf)
        (folder / "gold.json").write_text(
            json.dumps(gold(paper, seed), indent=1, ensure_ascii=False), "utf-8"
        )
        printed = sum(f.printed for f in paper.figures)
        print(
            f"{folder.name}: {paper.cls}, {len(paper.headings)} headings, {printed}/{len(paper.figures)} "
            "figures printed",
            flush=True,
        )


def _soft(text: str) -> str:
    from paperparse.eval.scoring import soft_form

    return soft_form(text)


def _decoy_of(text: str, decoys: Sequence[dict[str, str]]) -> str:
    """The kind of decoy a false heading or caption was read from ("other" when none): the one whose
    text starts it or that it starts."""
    found = _soft(text)
    for decoy in decoys:
        printed = _soft(decoy["text"])
        if len(found) >= 4 and len(printed) >= 4 and (found.startswith(printed) or printed.startswith(found)):
            return decoy["kind"]
    return "other"


def score(
    corpus: Path, group: str, extractor: Callable[[Path], dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Section and figure-caption counts over the corpus, overall and per class; each gold form's recall;
    the false ones by the decoy they came from; and per paper what was missed and what was false."""
    from paperparse.eval.scoring import FieldScores, document_values, greedy_pairs, score_document, similarity

    scores: dict[str, FieldScores] = defaultdict(FieldScores)
    papers: dict[str, int] = defaultdict(int)
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # per form: gold, found
    false: dict[str, int] = defaultdict(int)  # per field and decoy kind
    misses = []
    for folder, truth, pred in papers_scored(corpus, group, extractor):
        for key in ("overall", f"class={truth['class']}"):
            score_document(scores[key], truth, pred)
            papers[key] += 1
        gold_values, pred_values = document_values(truth), document_values(pred)
        missed: dict[str, list[str]] = {}
        for name, items, forms in (
            ("sections", truth["sections"], ("form", "long")),
            ("figures", truth["figures"], FIGURE_FORMS),
        ):
            golds, preds = gold_values[name], [p for p in pred_values[name] if p.strip()]
            pairs = greedy_pairs(golds, preds, lambda g, p, m=MATCHING[name]: similarity(m, g, p))
            paired_gold, paired_pred = {g for g, _, _ in pairs}, {p for _, p, _ in pairs}
            for i, item in enumerate(items):
                for form in forms:
                    value = item.get(form, "class")  # a corpus generated before a form existed has none
                    for key in (f"{name} {form}={value}", f"{name} {truth['class']} {form}={value}"):
                        found[key][0] += 1
                        found[key][1] += i in paired_gold
            for p, text in enumerate(preds):
                if p not in paired_pred:
                    false[f"{name} false from={_decoy_of(text, truth['decoys'])}"] += 1
                    false[f"{name} false in={truth['class']}"] += 1
            missed[f"{name} missed"] = [g for i, g in enumerate(golds) if i not in paired_gold]
            missed[f"{name} false"] = [t for p, t in enumerate(preds) if p not in paired_pred]
        misses.append({"paper": folder.name, "class": truth["class"], **missed})
    return {
        "scores": {k: {"papers": papers[k], "fields": scores[k].to_dict()} for k in sorted(scores)},
        "found": dict(sorted(found.items())),
        "false": dict(sorted(false.items())),
        "misses": misses,
    }


def _prf(fields: dict[str, Any], name: str) -> str:
    counts = fields.get(name, {}).get(MATCHING[name])
    if counts is None:
        return f"{'-':>6} {'-':>6} {'-':>6}"
    return f"{counts['precision']:>6.3f} {counts['recall']:>6.3f} {counts['f1']:>6.3f}"


def report(result: dict[str, Any]) -> str:
    """Sections (soft) and figure captions (Levenshtein) P/R/F1 per class; then the recall of each form
    of heading and figure (the per-class forms in the JSON); then the false ones by where they came from."""
    lines = [
        f"{'':<28} {'n':>4} {'sec.P':>6} {'sec.R':>6} {'sec.F1':>6} {'fig.P':>6} {'fig.R':>6} {'fig.F1':>6}"
    ]
    for key, entry in sorted(result["scores"].items(), key=lambda kv: (kv[0] != "overall", kv[0])):
        fields = entry["fields"]
        lines.append(f"{key:<28} {entry['papers']:>4} {_prf(fields, 'sections')} {_prf(fields, 'figures')}")
    lines.append(f"\n{'form (recall)':<44} {'found':>11}")
    for key, (total, hit) in result["found"].items():
        if key.split(" ")[1] not in CLASSES:  # the per-class forms stay in the JSON
            lines.append(f"{key:<44} {hit:>5}/{total:<5} {hit / total:.3f}")
    lines.append("\nfalse headings and captions by what they were read from")
    lines += [f"{key:<44} {count:>5}" for key, count in result["false"].items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "body_corpus.py", DEFAULT_OUT, 200, generate, score, report)


if __name__ == "__main__":
    main()
