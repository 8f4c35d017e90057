"""A generated LaTeX table corpus with exact gold: measures table structure over a class of layouts.

Why: the latex-pairs papers are few (a rule can fit their tables); generated tables in many styles,
whose cells are known exactly because the generator wrote them, measure the layouts instead.

    python scripts/table_corpus.py generate [--out ../table-corpus3] [--papers 240] [--seed 1]
    python scripts/table_corpus.py score [DIR] [--group dev|judge|all]
    python scripts/table_corpus.py gold [DIR]

`generate` writes one folder per paper (paper.tex, paper.pdf, tables.json in latex-pairs' shape, each
table with the style `features` it was drawn with, and gold.json: the title, authors, abstract, section
titles and captions it printed, which `paperparse train segmentation --generated DIR` aligns to the
lines; `gold` adds gold.json to a corpus generated without it) and needs pdflatex with the classes below (Debian's
texlive-latex-base, -latex-recommended, -latex-extra, -publishers, -fonts-recommended; a development tool,
CI does not need it). A paper's seed decides its fold group: even seeds are DEV (develop on these), odd
seeds JUDGE (only score them). `score` runs paperparse on every PDF and prints adjacency and cell-text
P/R/F1 (`paperparse.eval.tables`, unchanged) overall and per style feature.

Style space, drawn per paper: the class (article one- or two-column in CM or Times, IEEEtran conference,
acmart sigconf, elsarticle preprint and 5p two-column, llncs, revtex4-2 aps two-column), each with its
own widths, type size and, where the class's style fixes it, caption position and table type size;
where the class leaves it open, the caption above or below, one side for all the paper's tables.
Drawn per table: rules (booktabs with \\cmidrule under group heads, a full grid of | and \\hline with
\\cline inside row groups, \\hline top, head and bottom only, none); 3-12 columns (l, c, r, p{});
multirow stubs (a group name spanning two or three rows of sub-stubs); \\multicolumn group heads;
number heads stacked over two lines in a nested tabular (a unit or the head's words going on; the other
heads level with their middle or their first line, drawn from a generator of its own so that the papers
without them are drawn as before);
numbers plain, with ± or a spread in parentheses, percentages, counts, the best bold; empty cells ("" or
"--"); words; wrapped p{} cells (an X column in tabularx); tabular, tabular* to the line width or
tabularx; \\resizebox{\\linewidth}{!}{...}; table or table* in two-column papers; normal, small, footnote or script type; a note under the tabular (a paragraph, or threeparttable's
tablenotes); the float at the top of a page or here, with body text close above and below.

Seeds from LAYOUT_SEEDS on draw papers of two-column classes whose tables a column does not hold (the
`layout` feature): a tabular wider than its column, set in a column float without \\resizebox, that runs
into the gutter and over the other column's text ("overflow"); two tabulars side by side in one float
(minipages), under one caption (gold: one table of two grids, latex-pairs' `part` 1/2 and 2/2) or each
under its own ("side by side, one caption" / "two captions").

    python scripts/table_corpus.py generate --out ../table-corpus5 --seed 10000 --papers 60

Seeds from RULED_ROWS_SEEDS on draw tables ruled under every row (\\hline after each, in a full grid
or without vertical rules), half of them with no rule under the last row and half with a paragraph
column (p{}) of stubs wrapped over lines beside the other wrapped cells, so that only the rules part
the rows (`row rules`, `bottom rule`, `stub wrap` features):

    python scripts/table_corpus.py generate --out ../table-corpus-rows --seed 30000 --papers 60

Seeds from FRACTION_SEEDS on draw tables whose first column after the stubs holds equations set as
display fractions, numerator and denominator on lines of their own (`fractions` feature):

    python scripts/table_corpus.py generate --out ../table-corpus-frac --seed 40000 --papers 40

Seeds from BODY_STYLE_SEEDS on draw tables with, each drawn apart: rows naming a group of rows, set
across the table (\\multicolumn{n}{l}{Group}, `group rows`); data cells over two or three lines (a last
p{} column of remarks, or values over their spread in a nested tabular: `data lines`); number heads of
two words, wider than their numbers (`long heads`); and \\tabcolsep 6, 3 or 2 pt (`tabcolsep`):

    python scripts/table_corpus.py generate --out ../table-corpus-body --seed 50000 --papers 120

Seeds from SPRINGER_SEEDS on draw Springer papers (llncs, or a one-column journal page set as svjour3
sets it), captions above their tables, each table's style drawn apart: rules \\hline over and under it
and under its heads spaced by \\noalign{\\smallskip}, a full grid of | and \\hline, or plain \\hline
(`rules`); small, footnote or script type; a note between the caption and the tabular or under it
(`note place`); the caption set tight against the tabular (`caption skip`):

    python scripts/table_corpus.py generate --out ../table-corpus-springer --seed 60000 --papers 80

Seeds from CLOSE_SEEDS on draw tables whose columns stand close, each drawn apart: a second stub
column beside the first (group stubs beside sub-stubs) under one head and one to three rows set across
both, centred (\\multicolumn{2}{c}{...}, `stub pairs`); a number column holding one \\multirow value
for all the body rows (`multirow value`); \\tabcolsep 6, 3 or 2 pt:

    python scripts/table_corpus.py generate --out ../table-corpus-close --seed 1000000 --papers 60

Seeds from STACKED_SEEDS on draw tables some or all of whose number heads stand over two lines, the
second capitalised ("Data" over "Piping", "Avg." over "Acc. (%)"), each table stacked one way: a
nested tabular [c] or [t], \\makecell, \\shortstack, or a narrow centred p{} column its words wrap in
(`stacked heads`):

    python scripts/table_corpus.py generate --out ../table-corpus-stacked --seed 3000000 --papers 60

Seeds from TEXT_SEEDS on draw tables of two or three paragraph columns (p{}) sharing the float's
width, each cell a sentence wrapped over lines, in most tables one word of some cells bold (`text
columns`, `bold words`):

    python scripts/table_corpus.py generate --out ../table-corpus-text --seed 4000000 --papers 40

Seeds from JOURNAL_SEEDS on draw Springer journal papers (svjour3 and sn-jnl, which Debian ships not:
drawn with article), one or two columns, captions above: svjour3's \\hline rules spaced by
\\noalign{\\smallskip}; sn-jnl's \\toprule/\\midrule/\\botrule with \\multicolumn group heads over
\\cmidrule, the caption as wide as the table, "Source: ..." and marked \\footnotetext lines under it
(`note`: footnotetext), and on a one-column page a table wider than the text, over both margins or turned
sideways (`width`: over margins, sideways):

    python scripts/table_corpus.py generate --out ../table-corpus-journal --seed 5000000 --papers 160

Seeds from MARKUP_SEEDS on draw tables each set with one markup no range before draws (`markup`):
\\rowcolor on alternate rows (colortbl, most with no rules) or \\cellcolor behind some values; siunitx
S columns, values with uncertainties; cells of mathematics (arrows after heads, Greek stubs, powers of
ten, \\checkmark); number heads turned 90° (\\rotatebox); vertical rules only; the tabular in an \\fbox;
a last column of long text (tabularx):

    python scripts/table_corpus.py generate --out ../table-corpus-markup --seed 6000000 --papers 120

Seeds from FLOAT_SEEDS on draw table floats no range before draws (`float layout`): two tabulars side by
side in subcaption's subtables, each under a caption of its own ("(a) ..."), under the float's caption
(gold: one table of two grids); or, in one-column papers, a longtable of 45-70 rows run over pages, its
head rows set again over each next page's part, half of them under "Table n continued" (`continued`):

    python scripts/table_corpus.py generate --out ../table-corpus-floats --seed 7000000 --papers 60

Seeds from KIT_SEEDS on draw papers in the look of the conference kits (ICML, NeurIPS, IJCAI and ACL
drawn with article: their widths, Times, their caption side; and IEEEtran conference, llncs, two-column
article), their tables with, each drawn apart (`rows`): rows naming a group of rows across the table in
bold or italics, empty rows parting groups of rows, footnote marks after values (†, ‡, *, a), em dashes
for missing values; arrows after the number heads (`arrows`); a fifth of them set beside a figure in
minipages, each under its own caption (\\captionof, `float layout`: beside figure):

    python scripts/table_corpus.py generate --out ../table-corpus-kits --seed 8000000 --papers 200

Seeds from STACKED_SEEDS2 on draw floats of two tabulars stacked one over the other under one caption
(IEEE's and ML papers' sets of tables), ruled alike (booktabs, a full grid or \\hline top, head and
bottom: each tabular with its own rules), parted by a paragraph break and a small skip (`stack gap`;
gold: one table of two grids, latex-pairs' `part` 1/2 and 2/2, the float's caption):

    python scripts/table_corpus.py generate --out ../table-corpus-stacked2 --seed 9500000 --papers 60

Seeds from TABLES21_SEEDS on draw the same stacked floats with both tabulars set to the line's width
(tabular* with \\extracolsep{\\fill}: `stack width` identical), so that their rules have the same
ends, as IEEE's stacked confusion matrices often do:

    python scripts/table_corpus.py generate --out ../table-corpus-samewidth --seed 9800000 --papers 40
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "table-corpus3"
RULES = ("booktabs", "grid", "hlines", "none")
NUMBER_KINDS = ("decimal", "pm", "paren", "percent", "int")
SIZES = {"normalsize": 1.0, "small": 0.9, "footnotesize": 0.8, "scriptsize": 0.7}
PACKAGES = r"\usepackage{booktabs,multirow,threeparttable,tabularx,graphicx}"

_WORDS = (
    "model data layer attention graph kernel sparse dense token sequence encoder decoder baseline "
    "transfer robust noise sample batch signal channel network cluster random linear greedy optimal "
    "latent feature spectral wavelet adaptive hybrid neural vision speech parsing retrieval ranking"
).split()
_PROSE = (
    "we study how the proposed method behaves under a range of settings and compare it with strong "
    "baselines on standard benchmarks the results show that careful design of each component matters "
    "and that the gains hold across data sets sizes and noise levels while the cost stays moderate in "
    "practice our analysis also explains when the approach fails and what could be done about it"
).split()


@dataclass
class Cell:
    """One gold cell: its printed text (what the scorer compares) and its LaTeX source. A `covered`
    cell is the empty placeholder under a multirow stub: written to LaTeX, left out of the gold."""

    text: str
    latex: str
    colspan: int = 1
    rowspan: int = 1
    covered: bool = False
    lines: tuple[str, ...] = ()
    """The lines a head is stacked over (`_stacked_heads`), when it is: its width is its widest."""


@dataclass
class Table:
    """One generated table: rows of cells, its tabular spec, and the style it was drawn with.
    `row_groups` holds the (first, end) body rows a multirow stub spans."""

    caption: str
    head_rows: list[list[Cell]]
    body_rows: list[list[Cell]]
    spec: list[str]
    features: dict[str, Any]
    groups: list[tuple[int, int]] = field(default_factory=list)
    note: str = ""
    row_groups: list[tuple[int, int]] = field(default_factory=list)
    partner: Table | None = None
    """The tabular set beside this one in its float (features["layout"] says under which captions)."""
    subcaption: str = ""
    """The caption of its own a subtable sets over or under it (features["layout"] "subtables")."""
    colours: dict[int, str] = field(default_factory=dict)
    """A \\rowcolor written before the rows it is keyed by (head rows first, then body rows)."""

    def gold_cells(self) -> list[dict[str, Any]]:
        """The grid as latex-pairs' tables.json holds it: `{row, col, rowspan, colspan, text}` per cell,
        the placeholders a rowspan covers left out (as derive_tables.py drops them)."""
        cells = []
        for r, row in enumerate(self.head_rows + self.body_rows):
            col = 0
            for cell in row:
                if not cell.covered:
                    cells.append(
                        {
                            "row": r,
                            "col": col,
                            "rowspan": cell.rowspan,
                            "colspan": cell.colspan,
                            "text": cell.text,
                        }
                    )
                col += cell.colspan
        return cells


@dataclass(frozen=True)
class Template:
    """A document class as a paper sets it: widths in points, body type size, and what its style fixes."""

    name: str
    documentclass: str
    two_column: bool
    text_width: float
    column_width: float
    font: float
    caption: str | None = None
    size: str | None = None
    extra: tuple[str, ...] = ()


TEMPLATES = (
    Template(
        "article-1col",
        r"\documentclass[11pt]{article}",
        False,
        482.0,
        482.0,
        11.0,
        extra=(r"\usepackage[a4paper,margin=2cm]{geometry}",),
    ),
    Template(
        "article-2col",
        r"\documentclass[10pt,twocolumn]{article}",
        True,
        482.0,
        236.0,
        10.0,
        extra=(r"\usepackage[a4paper,margin=2cm]{geometry}",),
    ),
    Template(
        "ieeetran", r"\documentclass[conference]{IEEEtran}", True, 516.0, 252.0, 10.0, "above", "footnotesize"
    ),
    Template(
        "acmart",
        r"\documentclass[sigconf]{acmart}",
        True,
        506.0,
        241.0,
        9.0,
        "above",
        extra=(r"\settopmatter{printacmref=false}", r"\setcopyright{none}"),
    ),
    Template("elsarticle-preprint", r"\documentclass[preprint,12pt]{elsarticle}", False, 390.0, 390.0, 12.0),
    Template("elsarticle-5p", r"\documentclass[5p,twocolumn]{elsarticle}", True, 522.0, 252.0, 10.0),
    Template("llncs", r"\documentclass{llncs}", False, 347.0, 347.0, 10.0, "above"),
    Template("revtex", r"\documentclass[aps,twocolumn]{revtex4-2}", True, 510.0, 246.0, 10.0),
)


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _name(rng: random.Random) -> str:
    """A row or column name: a capitalised word, sometimes with a suffix ('Graph-2', 'Sparse kernel')."""
    word = rng.choice(_WORDS).capitalize()
    kind = rng.random()
    if kind < 0.3:
        return f"{word}-{rng.randint(1, 9)}"
    if kind < 0.55:
        return f"{word} {rng.choice(_WORDS)}"
    return word


def _short_name(rng: random.Random) -> str:
    return f"{rng.choice(_WORDS)[:3].capitalize()}{rng.randint(1, 9)}"


def _number(rng: random.Random, kind: str) -> tuple[float, Cell]:
    value = rng.uniform(0.05, 0.99)
    if kind == "pm":
        spread = rng.uniform(0.001, 0.05)
        return value, Cell(f"{value:.2f} ± {spread:.2f}", f"{value:.2f} $\\pm$ {spread:.2f}")
    if kind == "paren":
        spread = rng.uniform(0.1, 5.0)
        text = f"{100 * value:.1f} ({spread:.1f})"
        return value, Cell(text, text)
    if kind == "percent":
        return value, Cell(f"{100 * value:.1f}%", f"{100 * value:.1f}\\%")
    if kind == "int":
        count = rng.randint(10, 99999)
        return float(count), Cell(f"{count:,}", f"{count:,}".replace(",", "{,}"))
    return value, Cell(f"{value:.3f}", f"{value:.3f}")


def _empty(rng: random.Random) -> tuple[float, Cell]:
    """A cell left blank or dashed: no value, the scorer reads both as empty."""
    return -1.0, rng.choice((Cell("", ""), Cell("–", "--")))


def _bold(cell: Cell) -> Cell:
    return Cell(cell.text, f"\\textbf{{{cell.latex}}}", cell.colspan)


def _stub_rows(
    rng: random.Random, n_rows: int, multirow: bool
) -> tuple[list[list[Cell]], list[tuple[int, int]]]:
    """The body rows' stub cells: one name each, or a group name spanning two or three rows of sub-names."""
    if not multirow:
        stubs = list(dict.fromkeys(_name(rng) for _ in range(3 * n_rows)))[:n_rows]
        return [[Cell(s, s)] for s in stubs], []
    rows: list[list[Cell]] = []
    spans: list[tuple[int, int]] = []
    while len(rows) < n_rows:
        size = min(rng.choice((2, 2, 3)), n_rows - len(rows)) if n_rows - len(rows) > 1 else 1
        group = _name(rng)
        spans.append((len(rows), len(rows) + size))
        subs = list(dict.fromkeys(_short_name(rng) for _ in range(3 * size)))[:size]
        latex = f"\\multirow{{{size}}}{{*}}{{{group}}}" if size > 1 else group
        rows.append([Cell(group, latex, rowspan=size), Cell(subs[0], subs[0])])
        rows += [[Cell("", "", covered=True), Cell(s, s)] for s in subs[1:]]
    return rows, spans


HEAD_SECOND_LINES = ("(%)", "(ms)", "(avg.)", "rate", "score", "error", "(dev)", "per run")
"""Second lines of a head stacked over two lines: a unit, or the head's words going on in lower case."""


def _stacked_heads(rng: random.Random, heads: list[Cell], first_number: int) -> str:
    """Some number columns' heads set over two lines, in a nested tabular as table generators write
    them (\\begin{tabular}[c]{@{}c@{}}Acc\\\\ (\\%)\\end{tabular}), the other heads on one line, set
    level with the stacked ones' middle ([c]) or their first line ([t]); the style drawn ("stacked
    c", "stacked t" or "plain"). The heads are changed in place."""
    numbers = len(heads) - first_number
    if numbers < 2 or rng.random() >= 0.3:
        return "plain"
    align = rng.choice("ct")
    for col in rng.sample(range(first_number, len(heads)), rng.randint(1, max(1, numbers // 2))):
        name, second = heads[col].text, rng.choice(HEAD_SECOND_LINES)
        escaped = second.replace("%", "\\%")
        latex = f"\\begin{{tabular}}[{align}]{{@{{}}c@{{}}}}{name}\\\\ {escaped}\\end{{tabular}}"
        heads[col] = Cell(f"{name} {second}", latex, lines=(name, second))
    return f"stacked {align}"


def draw_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """One table drawn from the style space (the module doc); its features say which styles it has.
    The caption side is the paper's (`draw_paper`): a paper keeps one side for all its tables."""
    two_column = template.two_column
    wide = two_column and rng.random() < 0.4
    max_cols = 12 if wide or not two_column else 7
    n_cols = rng.randint(3, max_cols)
    rules = rng.choice(RULES)
    n_rows = rng.randint(3, 10)
    multirow = n_rows >= 4 and n_cols >= 4 and rng.random() < 0.3
    n_stubs = 2 if multirow else 1
    env = rng.choices(("tabular", "tabular*", "tabularx"), (0.6, 0.2, 0.2))[0]
    wrapped = (env == "tabularx" or rng.random() < 0.25) and n_cols - n_stubs >= 2
    n_words = 1 if rng.random() < 0.3 and n_cols - n_stubs - wrapped > 2 else 0
    n_numbers = n_cols - n_stubs - n_words - (1 if wrapped else 0)
    kind = rng.choice(NUMBER_KINDS)
    bold = kind != "int" and rng.random() < 0.5
    empty = rng.random() < 0.25
    size = template.size or rng.choice(tuple(SIZES))
    box = "resizebox" if env == "tabular" and rng.random() < 0.2 else "none"
    spec = ["l"] * n_stubs
    if wrapped:
        spec.append("X" if env == "tabularx" else f"p{{{rng.choice((2.5, 3.0, 3.5))}cm}}")
    spec += ["l"] * n_words + [rng.choice("cr")] * n_numbers
    heads = [Cell(t, t) for t in [rng.choice(("Method", "Model", "Setting", "Data set"))]]
    heads += [Cell(t, t) for t in [rng.choice(("Variant", "Run", "Split"))] * multirow]
    heads += [Cell(t, t) for t in [rng.choice(("Description", "Notes", "Summary"))] * wrapped]
    heads += [Cell(t, t) for t in [rng.choice(("Type", "Kind", "Source")) for _ in range(n_words)]]
    short = n_numbers >= 6  # many columns have short heads ("Gra3", "Den1"), as wide tables do
    heads += [Cell(t, t) for t in (_short_name(rng) if short else _name(rng) for _ in range(n_numbers))]
    # drawn from a generator of its own, so that adding the style left every other draw as it was
    stacking = _stacked_heads(random.Random(repr(rng.getstate())), heads, n_cols - n_numbers)
    head_rows = [heads]
    groups: list[tuple[int, int]] = []
    first_number = n_cols - n_numbers
    if n_numbers >= 4 and rng.random() < 0.5:
        size_of_group = rng.choice([g for g in (2, 3) if n_numbers % g == 0] or [2])
        start = first_number
        top: list[Cell] = [Cell("", "")] * first_number
        while start + size_of_group <= n_cols:
            title = _name(rng).upper() if rng.random() < 0.3 else _name(rng)
            top.append(Cell(title, f"\\multicolumn{{{size_of_group}}}{{c}}{{{title}}}", size_of_group))
            groups.append((start, start + size_of_group))
            start += size_of_group
        top += [Cell("", "")] * (n_cols - start)
        head_rows.insert(0, top)
    body_rows, row_groups = _stub_rows(rng, n_rows, multirow)
    if wrapped:
        for row in body_rows:
            words = " ".join(rng.choice(_PROSE) for _ in range(rng.randint(4, 14)))
            row.append(Cell(words, words))
    for _ in range(n_words):
        for row in body_rows:
            text = _words(rng, rng.randint(1, 2))
            row.append(Cell(text, text))
    for _ in range(n_numbers):
        column = [_empty(rng) if empty and rng.random() < 0.15 else _number(rng, kind) for _ in body_rows]
        best = max(range(len(column)), key=lambda i: column[i][0])
        for i, (row, (_, cell)) in enumerate(zip(body_rows, column, strict=True)):
            row.append(_bold(cell) if bold and i == best else cell)
    note_kind = rng.choices(("none", "paragraph", "threeparttable"), (0.6, 0.2, 0.2))[0]
    note = ""
    if note_kind != "none":
        note = rng.choice(("Note: ", "* ", "")) + " ".join(
            rng.choice(_PROSE) for _ in range(rng.randint(6, 16))
        )
    caption = f"{_words(rng, rng.randint(3, 12)).capitalize()} for table number {number}."
    features = {
        "class": template.name,
        "rules": rules,
        "columns": "3-4" if n_cols <= 4 else "5-7" if n_cols <= 7 else "8-12",
        "stubs": "multirow" if multirow else "plain",
        "spans": "group heads" if groups else "none",
        "wrapped": ("X" if env == "tabularx" else "p{} cells") if wrapped else "none",
        "env": env,
        "box": box,
        "float": "table*" if wide else "table",
        "numbers": kind,
        "empty": "empty cells" if empty else "none",
        "bold": "bold best" if bold else "none",
        "caption": caption_side,
        "size": size,
        "note": note_kind,
        "placement": rng.choice(("top", "here")),
        "heads": stacking,
    }
    return Table(caption, head_rows, body_rows, spec, features, groups, note, row_groups)


def _row_latex(row: Sequence[Cell], colour: str = "") -> str:
    return colour + " & ".join(c.latex for c in row) + r" \\"


def _body_lines(table: Table) -> list[str]:
    """The body rows with the rules between them: a grid rules every row (\\cline past a multirow stub
    inside its group), and so does a table drawn with `row rules` (`_ruled_rows_table`), booktabs a
    \\midrule between row groups and over a group row (`_group_rows`)."""
    rules = table.features["rules"]
    n_cols = len(table.spec)
    group_ends = {end for _, end in table.row_groups}
    lines = []
    for i, row in enumerate(table.body_rows, start=1):
        lines.append(_row_latex(row, table.colours.get(len(table.head_rows) + i - 1, "")))
        if i == len(table.body_rows):
            break
        inside_group = table.row_groups and i not in group_ends
        group_row_next = table.body_rows[i][0].colspan == n_cols
        if rules == "grid" or table.features.get("row rules") == "every row":
            lines.append(f"\\cline{{2-{n_cols}}}" if inside_group else r"\hline")
        elif (table.row_groups and not inside_group or group_row_next) and rules in ("booktabs", "hlines"):
            lines.append(r"\midrule" if rules == "booktabs" else r"\hline")
    return lines


def tabular_latex(table: Table) -> list[str]:
    """The tabular (tabular, tabular* or tabularx) with its rules, boxed to the line width if drawn so."""
    rules = table.features["rules"]
    spec = "|" + "|".join(table.spec) + "|" if rules == "grid" else "".join(table.spec)
    if rules == "verticals":
        spec = "|".join(table.spec)
    top, mid, bottom = {
        "booktabs": (r"\toprule", r"\midrule", r"\bottomrule"),
        "grid": (r"\hline", r"\hline", r"\hline"),
        "hlines": (r"\hline", r"\hline", r"\hline"),
        "springer": (
            r"\hline\noalign{\smallskip}",
            r"\noalign{\smallskip}\hline\noalign{\smallskip}",
            r"\noalign{\smallskip}\hline",
        ),
        "none": ("", "", ""),
        "verticals": ("", "", ""),
    }[rules]
    lines = [top]
    for i, row in enumerate(table.head_rows):
        if rules == "grid" and i == 0 and table.groups:
            row = [Cell(c.text, c.latex.replace("{c}", "{c|}"), c.colspan) for c in row]
        lines.append(_row_latex(row, table.colours.get(i, "")))
        if i == 0 and table.groups and len(table.head_rows) > 1:
            if rules == "booktabs":
                lines.append(" ".join(f"\\cmidrule(lr){{{a + 1}-{b}}}" for a, b in table.groups))
            elif rules == "grid":
                lines.append(" ".join(f"\\cline{{{a + 1}-{b}}}" for a, b in table.groups))
    if table.features.get("bottom rule") == "none":
        bottom = ""
    lines += [mid, *_body_lines(table), bottom]
    env = table.features["env"]
    begin = {
        "tabular": f"\\begin{{tabular}}{{{spec}}}",
        "tabular*": f"\\begin{{tabular*}}{{\\linewidth}}{{@{{\\extracolsep{{\\fill}}}}{spec}}}",
        "tabularx": f"\\begin{{tabularx}}{{\\linewidth}}{{{spec}}}",
    }[env]
    tabular = [begin, *filter(None, lines), f"\\end{{{env}}}"]
    if table.features.get("tabcolsep", "6pt") != "6pt":
        tabular.insert(0, f"\\setlength{{\\tabcolsep}}{{{table.features['tabcolsep']}}}")
    if table.features["box"] == "resizebox":
        tabular = [r"\resizebox{\linewidth}{!}{%", *tabular, "}"]
    elif table.features["box"] == "makebox":  # wider than the line, centred over both margins
        tabular = [r"\makebox[\linewidth][c]{%", *tabular, "}"]
    elif table.features["box"] == "fbox":
        tabular = [r"\fbox{%", *tabular, "}"]
    return tabular


def table_latex(table: Table) -> str:
    """The float's LaTeX: the tabular, caption above or below, a note under it (a paragraph or
    threeparttable's notes), placed at the top of a page or here; a table with a partner sets the two
    tabulars side by side in minipages, under one caption or each under its own, or in subcaption's
    subtables, each under a caption of its own and both under the float's; a longtable is set as
    `_longtable_latex` sets it."""
    if table.features.get("float layout") == "longtable":
        return _longtable_latex(table)
    if table.features.get("float layout") == "beside figure":
        return _beside_figure_latex(table)
    body = _float_body(table)
    if table.partner is not None and table.features["layout"] == "stacked":
        body = [*body, table.features["stack gap"], *_float_body(table.partner)]
    elif table.partner is not None:
        own = table.features["layout"] == "side by side, two captions"
        sub = table.features["layout"] == "subtables"
        body = [
            line
            for k, half in enumerate((table, table.partner))
            for line in (
                *([r"\hfill"] if k else []),
                r"\begin{subtable}[t]{0.48\linewidth}" if sub else r"\begin{minipage}[t]{0.48\linewidth}",
                r"\centering",
                *(
                    _captioned(half, _float_body(half))
                    if own
                    else _captioned(replace(half, caption=half.subcaption), _float_body(half))
                    if sub
                    else _float_body(half)
                ),
                r"\end{subtable}" if sub else r"\end{minipage}",
            )
        ]
        if own:
            return "\n".join(_placed(table, body))
    return "\n".join(_placed(table, _captioned(table, body)))


def _captioned(table: Table, body: list[str]) -> list[str]:
    caption = f"\\caption{{{table.caption}}}"
    if table.features.get("caption skip") == "tight":  # the caption set right against the tabular
        above = table.features["caption"] == "above"
        caption = caption + r"\vspace{-4pt}" if above else r"\vspace{-4pt}" + caption
    # as wide as its tabular, in a threeparttable (a tabular resized to the line is as wide as the line)
    if table.features.get("caption width") == "table" and table.features["box"] == "none":
        if body[0] != r"\begin{threeparttable}":
            body = [r"\begin{threeparttable}", *body, r"\end{threeparttable}"]
        return [body[0], caption, *body[1:]]
    return [caption, *body] if table.features["caption"] == "above" else [*body, caption]


def _placed(table: Table, body: list[str]) -> list[str]:
    env = table.features["float"]
    place = "" if env == "sidewaystable" else "[tbp]" if table.features["placement"] == "top" else "[h!]"
    return [f"\\begin{{{env}}}{place}", r"\centering", *body, f"\\end{{{env}}}"]


def _float_body(table: Table) -> list[str]:
    """The tabular in its type size, with its note under it."""
    body = [f"\\{table.features['size']}", *tabular_latex(table)]
    if table.features["note"] == "paragraph":
        width = r"\linewidth" if len(table.spec) > 3 else r"0.9\linewidth"
        note = f"\\parbox{{{width}}}{{\\footnotesize {table.note}}}"
        if table.features.get("note place") == "over":  # between the caption above and the tabular
            body = [body[0], note, r"\par\smallskip", *body[1:]]
        else:
            body += [r"\par\smallskip", note]
    elif table.features["note"] == "footnotetext":  # as sn-jnl's \\footnotetext sets them in a table
        body += [
            r"\par\vskip3pt\raggedright",
            *(f"\\noindent{{\\footnotesize {line}}}\\par" for line in table.note.split("\n")),
        ]
    elif table.features["note"] == "threeparttable":
        half = len(table.note.split()) // 2
        first, second = " ".join(table.note.split()[:half]), " ".join(table.note.split()[half:])
        body = [
            r"\begin{threeparttable}",
            *body,
            r"\begin{tablenotes}\footnotesize",
            f"\\item[a] {first}",
            f"\\item[b] {second}",
            r"\end{tablenotes}",
            r"\end{threeparttable}",
        ]
    return body


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = [rng.choice(_PROSE) for _ in range(rng.randint(8, 20))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def front_matter(rng: random.Random, template: Template) -> tuple[list[str], dict[str, Any]]:
    """Title, authors and abstract as the class wants them written, and what they print (`paper_gold`)."""
    title, abstract = _words(rng, 6).title(), _paragraph(rng)
    name = template.name
    printed = {"title": title, "authors": ["A. Author"], "affiliations": ["University of Somewhere"]}
    printed["abstract"] = abstract
    if name == "ieeetran":
        lines = [
            r"\begin{document}",
            f"\\title{{{title}}}",
            r"\author{\IEEEauthorblockN{A. Author}\IEEEauthorblockA{University of Somewhere}}",
            r"\maketitle",
            f"\\begin{{abstract}}{abstract}\\end{{abstract}}",
        ]
    elif name in ("acmart", "revtex"):
        where = (
            r"\affiliation{\institution{University of Somewhere}\country{Nowhere}}"
            if name == "acmart"
            else (r"\affiliation{University of Somewhere}")
        )
        lines = [
            r"\begin{document}",
            f"\\title{{{title}}}",
            f"\\author{{A. Author}}{where}",
            f"\\begin{{abstract}}{abstract}\\end{{abstract}}",
            r"\maketitle",
        ]
    elif name.startswith("elsarticle"):
        lines = [
            r"\begin{document}",
            r"\begin{frontmatter}",
            f"\\title{{{title}}}",
            r"\author{A. Author}",
            r"\address{University of Somewhere}",
            f"\\begin{{abstract}}{abstract}\\end{{abstract}}",
            r"\end{frontmatter}",
        ]
    elif name == "llncs":
        lines = [
            r"\begin{document}",
            f"\\title{{{title}}}",
            r"\author{A. Author}",
            r"\institute{University of Somewhere}",
            r"\maketitle",
            f"\\begin{{abstract}}{abstract}\\end{{abstract}}",
        ]
    else:
        printed.update(authors=["A. Author", "B. Writer"], affiliations=[])
        lines = [
            f"\\title{{{title}}}",
            r"\author{A. Author \and B. Writer}",
            r"\date{}",
            r"\begin{document}",
            r"\maketitle",
            f"\\begin{{abstract}}{abstract}\\end{{abstract}}",
        ]
    return lines, printed


def paper_latex(
    rng: random.Random, tables: Sequence[Table], template: Template, times: bool
) -> tuple[str, dict[str, Any]]:
    """A short paper of its class: front matter, sections of prose with the tables placed among them;
    and its gold.json (`paper_gold`)."""
    front, printed = front_matter(rng, template)
    preamble = [
        template.documentclass,
        *template.extra,
        PACKAGES,
        r"\usepackage{mathptmx}" if times else "",
        *front,
    ]
    body = []
    sections = []
    for i, table in enumerate(tables):
        sections.append(_words(rng, 3).capitalize())
        body += [f"\\section{{{sections[-1]}}}", _paragraph(rng), _paragraph(rng)]
        body += [table_latex(table), _paragraph(rng)]
        if i == len(tables) - 1:
            body += [_paragraph(rng), _paragraph(rng)]
    # \clearpage flushes the floats still waiting: acmart drops a column float queued behind a table*
    tex = "\n\n".join(filter(None, [*preamble, *body, r"\clearpage", r"\end{document}"])) + "\n"
    return tex, paper_gold(printed, sections, tables, template)


def paper_gold(
    printed: dict[str, Any], sections: Sequence[str], tables: Sequence[Table], template: Template
) -> dict[str, Any]:
    """What the paper prints, in latex-pairs' gold.json shape: the segmentation model's silver aligner
    (`paperparse.segmentation.silver`) reads it to label the generated pages' lines."""
    return {
        "source": "scripts/table_corpus.py",
        "template": template.name,
        **printed,
        "emails": [],
        "sections": [{"level": 1, "title": title, "numbered": True} for title in sections],
        "figure_captions": [
            t.subcaption for t in tables if t.features.get("float layout") == "beside figure"
        ],
        "table_captions": [
            t.caption
            for table in tables
            for t in (table, table.partner)
            if t is not None and (t is table or t.features["layout"] == "side by side, two captions")
        ],
    }


def group_of(seed: int) -> str:
    """A paper's fold group, from its seed alone: even DEV, odd JUDGE."""
    return "dev" if seed % 2 == 0 else "judge"


def estimated_width(table: Table, template: Template) -> float:
    """The tabular's natural width in points, roughly: each column's longest single-column text at half
    an em a character (a p{} column its set width, an X column 3 cm at least), plus \\tabcolsep (6 pt
    unless drawn narrower) on both sides."""
    em = template.font * SIZES[table.features["size"]]
    widest = [0.0] * len(table.spec)
    for row in table.head_rows + table.body_rows:
        col = 0
        for cell in row:
            if cell.colspan == 1:
                length = max(map(len, cell.lines)) if cell.lines else len(cell.text)
                widest[col] = max(widest[col], 0.5 * em * length)
            col += cell.colspan
    for col, kind in enumerate(table.spec):
        if kind.startswith("p{"):
            widest[col] = float(kind[2:-3]) * 28.45
        elif kind == "X":
            widest[col] = 85.0
    return sum(widest) + 2 * float(table.features.get("tabcolsep", "6pt")[:-2]) * len(widest)


def fits(table: Table, template: Template) -> bool:
    """Whether the table fits its float's width (a column, or the page for table* and one column); a
    resized tabular is drawn only where it shrinks, or grows a little, to the width."""
    wide = table.features["float"] == "table*" or not template.two_column
    room = template.text_width if wide else template.column_width
    width = estimated_width(table, template)
    if table.features["box"] == "resizebox":
        return 0.7 * room <= width <= 1.6 * room
    return width <= room


def _fitting_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """The first table drawn that fits its width: an overfull tabular runs off the page, which no
    real paper prints."""
    while not fits(table := draw_table(rng, number, template, caption_side), template):
        pass
    return table


LAYOUT_SEEDS = 10000
"""Seeds from here on draw papers whose tables a column does not hold (the module doc)."""
LAYOUTS = ("overflow", "side by side, one caption", "side by side, two captions")


def _drawn(
    rng: random.Random, number: int, template: Template, caption_side: str, wanted: Callable[[Table], bool]
) -> Table:
    """The first table drawn that is `wanted`."""
    while not wanted(table := draw_table(rng, number, template, caption_side)):
        pass
    return table


def _laid_out_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table in one of LAYOUTS, numbered `number` (its partner, under a caption of its own, the next
    number): in a plain tabular (no \\resizebox, no width to fill), so that its natural width decides
    where it runs: half as wide as the column again or more for an overflow (at most twice as wide, as
    wide tables that papers let overflow are), under half the float's width for each of two side by
    side, the two in the same float and rules."""
    layout = rng.choice(LAYOUTS)

    def plain(table: Table) -> bool:
        return table.features["env"] == "tabular" and table.features["box"] == "none"

    if layout == "overflow":
        table = _drawn(
            rng,
            number,
            template,
            caption_side,
            lambda t: (
                plain(t)
                and t.features["float"] == "table"
                and 1.15 * template.column_width
                <= estimated_width(t, template)
                <= 1.6 * template.column_width
            ),
        )
    else:

        def half(t: Table) -> bool:
            room = template.text_width if t.features["float"] == "table*" else template.column_width
            return plain(t) and t.features["note"] == "none" and estimated_width(t, template) <= 0.45 * room

        table = _drawn(rng, number, template, caption_side, half)
        own = layout == "side by side, two captions"
        partner = _drawn(
            rng,
            number + own,
            template,
            caption_side,
            lambda t: half(t) and all(t.features[k] == table.features[k] for k in ("float", "rules")),
        )
        partner.features.update(size=table.features["size"], placement=table.features["placement"])
        partner.features["layout"] = layout
        table.partner = partner
    table.features["layout"] = layout
    return table


class Paper(NamedTuple):
    """One drawn paper: its LaTeX, its tables and its gold.json (`paper_gold`)."""

    tex: str
    tables: list[Table]
    gold: dict[str, Any]


def draw_paper(seed: int) -> Paper:
    """One paper's LaTeX, its tables and its gold, all from its seed."""
    rng = random.Random(seed)
    if seed >= TABLES21_SEEDS:
        return _paper_of(rng, _stacked_same_width)
    if seed >= STACKED_SEEDS2:
        return _paper_of(rng, _stacked_tabulars)
    if seed >= KIT_SEEDS:
        return _kit_paper(rng)
    if seed >= FLOAT_SEEDS:
        return _float_paper(rng)
    if seed >= MARKUP_SEEDS:
        return _markup_paper(rng)
    if seed >= JOURNAL_SEEDS:
        return _journal_paper(rng)
    if seed >= TEXT_SEEDS:
        return _text_table_paper(rng)
    if seed >= STACKED_SEEDS:
        return _stacked_head_paper(rng)
    if seed >= CLOSE_SEEDS:
        return _paper_of(rng, _close_set_table)
    if seed >= SPRINGER_SEEDS:
        return _springer_paper(rng)
    if seed >= BODY_STYLE_SEEDS:
        return _paper_of(rng, _body_styled_table)
    if seed >= FRACTION_SEEDS:
        return _paper_of(rng, _fraction_table)
    if seed >= RULED_ROWS_SEEDS:
        return _paper_of(rng, _ruled_rows_table)
    if seed >= CAPTION_SEEDS:
        return _caption_styled_paper(rng)
    if seed >= LAYOUT_SEEDS:
        return _laid_out_paper(rng)
    template = rng.choice(TEMPLATES)
    times = template.name.startswith("article") and rng.random() < 0.5
    # Where the class leaves the side open a paper still keeps one: mixed sides put a caption-above
    # table right under a caption-below one, an arrangement no real paper prints.
    caption_side = template.caption or rng.choice(("above", "below"))
    tables = [_fitting_table(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, times)
    return Paper(tex, tables, gold)


def _laid_out_paper(rng: random.Random) -> Paper:
    """A paper of a two-column class whose tables are each in one of LAYOUTS."""
    template = rng.choice([t for t in TEMPLATES if t.two_column])
    caption_side = template.caption or rng.choice(("above", "below"))
    tables: list[Table] = []
    number = 1
    for _ in range(rng.randint(1, 3)):
        tables.append(_laid_out_table(rng, number, template, caption_side))
        number += 2 if tables[-1].features["layout"] == "side by side, two captions" else 1
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


CAPTION_SEEDS = 20000
"""Seeds from here on draw papers whose captions the caption package styles (the module doc)."""
CAPTION_TEMPLATES = ("article-1col", "article-2col", "elsarticle-preprint", "elsarticle-5p")
"""The classes the caption package restyles (the publishers' own classes fix their captions)."""
CAPTION_KEYS = {
    "labelsep": ("period", "colon", "newline", "quad", "space"),
    "labelfont": ("bf", "sc", "sf", "{bf,sf}", "default"),
    "textfont": ("it", "sf", "default"),
    "font": ("small", "footnotesize", "sf", "it", "{small,sf}", "default"),
    "justification": ("centering", "raggedright", "justified", "justified+singlelinecheck=false"),
    "width": ("margin=1cm", "width=.8\\linewidth", "default"),
}
"""The \\captionsetup keys a paper draws, each value apart ("default" leaves the key out)."""
BIOINFORMATICS = (
    "labelsep=period,labelfont={bf,sf},font={footnotesize,sf},justification=raggedright,singlelinecheck=false"
)
"""Bioinformatics' (OUP) style: a bold sans "Table 1." and small sans text, the caption above the
table and as wide as it (OUP's \\processtable sets it so; `_captioned` sets it in a threeparttable)."""


def caption_setup(rng: random.Random, above: bool) -> tuple[str, dict[str, str]]:
    """A paper's \\captionsetup options and its `caption ...` features, each key drawn apart; half the
    captions above their table set with the caption package's `position=top` and a skip (the space
    then falls under the caption)."""
    drawn = {key: rng.choice(values) for key, values in CAPTION_KEYS.items()}
    options = [
        value if key == "width" else f"{key}={value}".replace("+", ",")
        for key, value in drawn.items()
        if value != "default"
    ]
    if above and rng.random() < 0.5:
        options.append(f"position=top,skip={rng.choice((2, 6, 10))}pt")
    return ",".join(options), {f"caption {key}": value for key, value in drawn.items()}


def _caption_styled_paper(rng: random.Random) -> Paper:
    """A paper of a class the caption package restyles, its tables' captions set in one drawn style
    (`caption_setup`), a third of them long enough to run over three lines or more."""
    template = rng.choice([t for t in TEMPLATES if t.name in CAPTION_TEMPLATES])
    bioinformatics = rng.random() < 0.2
    caption_side = "above" if bioinformatics else rng.choice(("above", "below"))
    if bioinformatics:
        options, style = BIOINFORMATICS + ",position=top,skip=3pt", {"caption style": "bioinformatics"}
    else:
        options, style = caption_setup(rng, caption_side == "above")
    tables = [_fitting_table(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 3))]
    for table in tables:
        if bioinformatics:  # OUP's \\processtable sets the caption as wide as the tabular, over it
            table.features["caption width"] = "table"
        if rng.random() < 0.35:
            sentences = [f"{_words(rng, rng.randint(8, 14)).capitalize()}." for _ in range(rng.randint(3, 4))]
            table.caption = " ".join([table.caption, *sentences])
        table.features.update(style, **{"caption length": "long" if len(table.caption) > 150 else "short"})
    setup = ("\\usepackage{caption}", f"\\captionsetup{{{options}}}")
    tex, gold = paper_latex(rng, tables, replace(template, extra=(*template.extra, *setup)), False)
    return Paper(tex, tables, gold)


RULED_ROWS_SEEDS = 30000
"""Seeds from here on draw papers whose tables are ruled between their rows (the module doc)."""


def _ruled_rows_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table ruled under every row (\\hline, in a full grid or without vertical rules), half of them
    with no rule under the last row, and half with their stubs in a paragraph column (p{}) whose text
    wraps over lines, so that each row's cells wrap and only the rules say where a row ends: a plain
    tabular (no \\resizebox), with single-row stubs."""

    def wanted(t: Table) -> bool:
        plain = t.features["env"] != "tabularx" and t.features["box"] == "none"
        return plain and t.features["rules"] in ("grid", "hlines") and t.features["stubs"] == "plain"

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        table.features["row rules"] = "every row"
        table.features["bottom rule"] = rng.choice(("ruled", "none"))
        table.features["stub wrap"] = rng.choice(("p{} stub", "none"))
        if table.features["stub wrap"] != "none":
            table.spec[0] = "p{2.2cm}"
            for row in table.body_rows:
                words = " ".join(rng.choice(_PROSE) for _ in range(rng.randint(3, 8)))
                row[0] = Cell(words.capitalize(), words.capitalize())
        if fits(table, template):
            return table


def _paper_of(rng: random.Random, draw_table: Callable[[random.Random, int, Template, str], Table]) -> Paper:
    """A paper of any class with one to three tables, each drawn by `draw_table` (a seed range's class)."""
    template = rng.choice(TEMPLATES)
    caption_side = template.caption or rng.choice(("above", "below"))
    tables = [draw_table(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


FRACTION_SEEDS = 40000
"""Seeds from here on draw papers whose tables hold display fractions (the module doc)."""
_SYMBOLS = ("U", "TH", "CT", "RPT", "WIP", "Q", "N", "Capacity", "Load", "Cost")


def _fraction(rng: random.Random) -> Cell:
    """An equation set as a display fraction in the text's own size: "U = TH/Capacity" printed as the
    lead, the numerator over the bar and the denominator under it (the scorer reads them in that
    order)."""
    lead, top, bottom = rng.sample(_SYMBOLS, 3)
    return Cell(f"{lead} = {top} {bottom}", f"$\\displaystyle {lead} = \\frac{{{top}}}{{{bottom}}}$")


def _fraction_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table whose column after its stubs holds display fractions (\\frac in \\displaystyle: the
    numerator and the denominator on lines of their own over and under the bar, in the text's size),
    one row in five a plain equation instead: a plain tabular with single-row stubs and no wrapped
    column."""

    def wanted(t: Table) -> bool:
        plain = t.features["env"] == "tabular" and t.features["box"] == "none"
        return plain and t.features["stubs"] == "plain" and t.features["wrapped"] == "none"

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        table.features["fractions"] = "display"
        table.head_rows[-1][1] = Cell("Equation", "Equation")
        for row in table.body_rows:
            row[1] = _fraction(rng) if rng.random() < 0.8 else Cell("CT = QT + RPT", "$CT = QT + RPT$")
        table.spec[1] = "c"
        if table.groups and table.groups[0][0] <= 1:
            continue
        if fits(table, template):
            return table


BODY_STYLE_SEEDS = 50000
"""Seeds from here on draw tables with group rows, values over lines, long heads or narrow gutters."""
LONG_HEADS = ("Mean accuracy", "Train time", "Peak memory", "Test error", "Recall rate", "Total cost")
"""Number heads wider than the numbers under them: two words each."""


def _group_rows(rng: random.Random, table: Table, font: str = "") -> None:
    """Rows naming the group of rows under them, set across the whole table (\\multicolumn{n}{l}{...},
    in the `font` given, \\textbf or \\textit, or else drawn: italics or not) before the first body row
    and before one or two others, in place."""
    n_cols = len(table.spec)
    starts = [
        0,
        *sorted(rng.sample(range(2, len(table.body_rows)), min(rng.randint(1, 2), len(table.body_rows) - 2))),
    ]
    spec = "|l|" if table.features["rules"] == "grid" else "l"
    font = font or ("textit" if rng.random() < 0.5 else "")
    for start in reversed(starts):
        text = _words(rng, rng.randint(1, 3)).capitalize()
        latex = f"\\{font}{{{text}}}" if font else text
        row = [Cell(text, f"\\multicolumn{{{n_cols}}}{{{spec}}}{{{latex}}}", n_cols)]
        table.body_rows.insert(start, row)


def _values_over_lines(rng: random.Random, table: Table) -> str:
    """Data cells set over two or three lines, in place: a last column of remarks in a paragraph column
    (p{}) wrapping over lines, or one or two number columns whose values stand over their spread in a
    nested tabular (the row's other cells level with the pair's middle). The style drawn."""
    if rng.random() < 0.5:
        table.spec.append(f"p{{{rng.choice((1.8, 2.2, 2.6))}cm}}")
        table.head_rows[-1].append(Cell("Remarks", "Remarks"))
        for top in table.head_rows[:-1]:
            top.append(Cell("", ""))
        for row in table.body_rows:
            words = " ".join(rng.choice(_PROSE) for _ in range(rng.randint(2, 9)))
            row.append(Cell(words, words))
        return "p{} remarks"
    first = next(i for i, kind in enumerate(table.spec) if kind in ("c", "r"))
    for col in rng.sample(range(first, len(table.spec)), min(2, len(table.spec) - first)):
        for row in table.body_rows:
            value, spread = f"{rng.uniform(0.05, 0.99):.2f}", f"({rng.uniform(0.01, 0.2):.2f})"
            latex = f"\\begin{{tabular}}[c]{{@{{}}c@{{}}}}{value}\\\\ {spread}\\end{{tabular}}"
            row[col] = Cell(f"{value} {spread}", latex, lines=(value, spread))
    return "stacked values"


def _body_styled_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table drawn as any (single-row stubs, no box) with, each drawn apart: group rows across the
    table (`group rows`), data cells over lines (`data lines`), number heads of two words (`long heads`)
    and a narrower \\tabcolsep (`tabcolsep`), so that the gaps between columns shrink to a few points."""

    def wanted(t: Table) -> bool:
        return (
            t.features["box"] == "none" and t.features["stubs"] == "plain" and t.features["env"] != "tabularx"
        )

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        table.features["data lines"] = _values_over_lines(rng, table) if rng.random() < 0.5 else "none"
        table.features["group rows"] = "none"
        if rng.random() < 0.5 and len(table.body_rows) >= 4:
            _group_rows(rng, table)
            table.features["group rows"] = "italic" if "textit" in table.body_rows[0][0].latex else "plain"
        table.features["long heads"] = "none"
        if rng.random() < 0.5:
            heads = table.head_rows[-1]
            numbers = [i for i, kind in enumerate(table.spec) if kind in ("c", "r")]
            for col in numbers:
                if not heads[col].lines:
                    text = rng.choice(LONG_HEADS)
                    heads[col] = Cell(text, text)
            table.features["long heads"] = "two words"
        table.features["tabcolsep"] = rng.choice(("6pt", "3pt", "2pt"))
        if fits(table, template):
            return table


SPRINGER_SEEDS = 60000
"""Seeds from here on draw Springer papers (the module doc)."""
SPRINGER_JOURNAL = Template(
    "svjour-1col",
    r"\documentclass[10pt]{article}",
    False,
    338.0,
    338.0,
    10.0,
    "above",
    extra=(
        r"\usepackage[a4paper,textwidth=119mm,textheight=195mm]{geometry}",
        r"\usepackage{caption}",
        r"\captionsetup[table]{labelsep=space,labelfont=bf,font=small,justification=raggedright,"
        r"singlelinecheck=off,position=top,skip=4pt}",
    ),
)
"""A one-column Springer journal page as svjour3 sets it (Debian ships no svjour3): 119 mm of 10 pt
text, "Table 1" in bold over small ragged text, above the table."""


def _springer_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table as Springer's styles set them, each style drawn apart: rules \\hline only over and under
    the table and under its heads, spaced by \\noalign{\\smallskip} (`springer`), a full grid of | and
    \\hline, or plain \\hline; small, footnote or script type; a note paragraph between the caption
    and the tabular (`note place` over) or under it; the caption set tight against the tabular
    (`caption skip`)."""
    while True:
        table = _drawn(rng, number, template, caption_side, lambda t: t.features["env"] != "tabularx")
        table.features["rules"] = rng.choice(("springer", "springer", "grid", "hlines"))
        table.features["size"] = rng.choice(("small", "footnotesize", "scriptsize"))
        table.features["note place"] = (
            rng.choice(("over", "under")) if table.features["note"] == "paragraph" else "none"
        )
        table.features["caption skip"] = rng.choice(("usual", "tight"))
        if fits(table, template):
            return table


def _springer_paper(rng: random.Random) -> Paper:
    """A Springer paper, llncs or a one-column journal page (`SPRINGER_JOURNAL`), its captions above its
    tables (`_springer_table`)."""
    template = rng.choice([t for t in TEMPLATES if t.name == "llncs"] + [SPRINGER_JOURNAL])
    tables = [_springer_table(rng, n + 1, template, "above") for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


CLOSE_SEEDS = 1_000_000
"""Seeds from here on draw tables whose columns stand close (the module doc)."""
SUB_STUBS = ("Synchronous", "Asynchronous", "Buffered", "Delayed", "Interleaved", "Batched", "Online")
"""Sub-stubs set in a second stub column beside the group stubs."""


def _stub_pairs(rng: random.Random, table: Table) -> None:
    """A second stub column beside the first, in place: the group stubs repeated beside their sub-stubs,
    under one head centred across both (\\multicolumn{2}{c}{...}), with one to three rows whose stub is
    set across both, centred, over the row's values."""
    spec = "|c|" if table.features["rules"] == "grid" else "c"
    head = table.head_rows[-1][0].text
    table.head_rows[-1][0] = Cell(head, f"\\multicolumn{{2}}{{{spec}}}{{{head}}}", 2)
    table.spec.insert(1, "l")
    across = set(rng.sample(range(len(table.body_rows)), rng.randint(1, min(3, len(table.body_rows) - 2))))
    for i, row in enumerate(table.body_rows):
        text = row[0].text
        if i in across:
            text = f"{text} {_words(rng, rng.randint(1, 3))}"
            row[0] = Cell(text, f"\\multicolumn{{2}}{{{spec}}}{{{text}}}", 2)
        else:
            sub = rng.choice(SUB_STUBS)
            row[0:1] = [Cell(text.split()[0], text.split()[0]), Cell(sub, sub)]


def _multirow_value(rng: random.Random, table: Table) -> None:
    """One number column holding a single value for every body row (\\multirow{n}{*}{value}), set level
    with the middle of the rows, in place (`multirow value`: over an even number of rows it stands
    between two, over an odd number level with the middle one)."""
    column = rng.choice([i for i, kind in enumerate(table.spec) if kind in ("c", "r")])
    n = len(table.body_rows)
    value = f"{rng.uniform(0.05, 0.99):.3f}"
    for i, row in enumerate(table.body_rows):
        at = column - sum(c.colspan - 1 for c in row[:column])
        row[at] = (
            Cell(value, f"\\multirow{{{n}}}{{*}}{{{value}}}", rowspan=n)
            if i == 0
            else Cell("", "", covered=True)
        )


def _close_set_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table drawn as any (one head row, single-row stubs, no box, no paragraph column) with, each
    drawn apart: a second stub column set close beside the first under rows set across both (`stub
    pairs`), a number column of one \\multirow value (`multirow value`), and a narrower \\tabcolsep."""

    def wanted(t: Table) -> bool:
        return (
            t.features["box"] == "none"
            and t.features["stubs"] == "plain"
            and t.features["wrapped"] == "none"
            and len(t.head_rows) == 1
            and len(t.body_rows) >= 4
        )

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        # a grid's \\hline under every row would cross a \\multirow value
        pairs, value = rng.random() < 0.6, rng.random() < 0.5 and table.features["rules"] != "grid"
        if pairs:
            _stub_pairs(rng, table)
        if value:
            _multirow_value(rng, table)
        table.features["stub pairs"] = "across rows" if pairs else "none"
        table.features["multirow value"] = (
            f"{'even' if len(table.body_rows) % 2 == 0 else 'odd'} rows" if value else "none"
        )
        table.features["tabcolsep"] = rng.choice(("6pt", "3pt", "2pt"))
        if fits(table, template):
            return table


STACKED_SEEDS = 3_000_000
"""Seeds from here on draw tables whose column heads stand over two lines, capitalised (the module doc)."""
TITLE_HEADS = (
    ("Data", "Piping"),
    ("Private", "Section"),
    ("Mean", "Accuracy"),
    ("Avg.", "Acc. (%)"),
    ("Peak", "Memory"),
    ("Train", "Time (s)"),
    ("Test", "Error"),
    ("Total", "Cost"),
    ("Top-1", "Acc."),
    ("Word", "Count"),
    ("Model", "Size"),
    ("Run", "Time [ms]"),
)
"""Number heads of two capitalised parts, each stacked over two lines: the second line is no unit in
parentheses alone nor a word in lower case, so nothing in its text says it goes on with the first."""
STACKINGS = ("tabular c", "tabular t", "makecell", "shortstack", "p{} column")
"""How a head is stacked: a nested tabular ([c]: the other heads level with the pair's middle; [t]: with
its first line), \\makecell (middle), \\shortstack (its last line), or its words wrapped in a narrow
centred paragraph column (its first line)."""


def _stack_heads(rng: random.Random, table: Table) -> str:
    """Some or all number heads of the last head row set over two lines by one of STACKINGS, in place
    (the gold head is both lines' text, one cell). The stacking drawn."""
    stacking = rng.choice(STACKINGS)
    heads = table.head_rows[-1]
    numbers = [i for i, kind in enumerate(table.spec) if kind in ("c", "r")]
    chosen = (
        numbers if rng.random() < 0.25 else rng.sample(numbers, rng.randint(1, max(1, len(numbers) // 2)))
    )
    for col, (first, second) in zip(sorted(chosen), rng.sample(TITLE_HEADS, len(chosen)), strict=False):
        lines = (first, second.replace("%", "\\%"))
        latex = {
            "tabular c": f"\\begin{{tabular}}[c]{{@{{}}c@{{}}}}{lines[0]}\\\\ {lines[1]}\\end{{tabular}}",
            "tabular t": f"\\begin{{tabular}}[t]{{@{{}}c@{{}}}}{lines[0]}\\\\ {lines[1]}\\end{{tabular}}",
            "makecell": f"\\makecell{{{lines[0]}\\\\ {lines[1]}}}",
            "shortstack": f"\\shortstack{{{lines[0]}\\\\ {lines[1]}}}",
            "p{} column": f"{lines[0]} {lines[1]}",
        }[stacking]
        heads[col] = Cell(f"{first} {second}", latex, lines=(first, second))
        if stacking == "p{} column":
            # wide enough for the longer part, too narrow for both (about half an em a character)
            width = 0.62 * max(len(first), len(second)) + 0.4
            table.spec[col] = f">{{\\centering\\arraybackslash}}p{{{width:.1f}em}}"
    return stacking


def _stacked_head_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table drawn as any (single-row stubs, no box, no tabularx, short numbers) with some or all of
    its number heads stacked over two lines (`_stack_heads`, the `stacked heads` feature)."""

    def wanted(t: Table) -> bool:
        return (
            t.features["box"] == "none"
            and t.features["stubs"] == "plain"
            and t.features["env"] != "tabularx"
            and t.features["heads"] == "plain"
            and t.features["numbers"] in ("decimal", "percent", "int")
        )

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        table.features["stacked heads"] = _stack_heads(rng, table)
        if fits(table, template):
            return table


def _stacked_head_paper(rng: random.Random) -> Paper:
    """A paper of any class (makecell loaded) whose tables have stacked heads (`_stacked_head_table`)."""
    template = rng.choice(TEMPLATES)
    template = replace(template, extra=(*template.extra, r"\usepackage{makecell}"))
    caption_side = template.caption or rng.choice(("above", "below"))
    tables = [_stacked_head_table(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


TEXT_SEEDS = 4_000_000
"""Seeds from here on draw tables of two or three paragraph columns of text (the module doc)."""
TEXT_HEADS = ("Sentence", "Example", "Substitutes (count)", "Description", "Remarks", "Definition", "Context")
"""Heads of the paragraph columns of `_text_table`."""


def _text_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table of two or three paragraph columns (p{}) sharing the float's width, each cell a sentence
    wrapped over lines, one word of some bold (a word the sentence is an example of), under one head row:
    a table of words only, whose short lines may look like headings (`text columns`, `bold words`)."""
    table = _drawn(
        rng,
        number,
        template,
        caption_side,
        lambda t: (
            t.features["env"] == "tabular" and t.features["box"] == "none" and t.features["float"] == "table"
        ),
    )
    n_cols = rng.choice((2, 3))
    room = template.column_width if template.two_column else template.text_width
    shares = [rng.uniform(0.7, 1.3) for _ in range(n_cols)]
    usable = room - 12 * n_cols - 4
    table.spec = [f"p{{{usable * share / sum(shares):.0f}pt}}" for share in shares]
    table.head_rows = [[Cell(t, t) for t in rng.sample(TEXT_HEADS, n_cols)]]
    bold = rng.random() < 0.7
    table.body_rows = []
    for _ in range(rng.randint(3, 5)):
        row = []
        for col in range(n_cols):
            words = [rng.choice(_PROSE) for _ in range(rng.randint(3, 20))]
            words[0] = words[0].capitalize()
            latex = list(words)
            if bold and (col == 0 or rng.random() < 0.3):
                k = rng.randrange(len(words))
                latex[k] = f"\\textbf{{{words[k]}}}"
            row.append(Cell(" ".join(words), " ".join(latex)))
        table.body_rows.append(row)
    table.groups, table.row_groups = [], []
    table.features.update(
        columns="3-4",
        stubs="plain",
        spans="none",
        wrapped="none",
        empty="none",
        bold="none",
        numbers="none",
        heads="plain",
    )
    table.features["text columns"] = str(n_cols)
    table.features["bold words"] = "some" if bold else "none"
    return table


def _text_table_paper(rng: random.Random) -> Paper:
    """A paper of any class whose tables are tables of text (`_text_table`)."""
    return _paper_of(rng, _text_table)


JOURNAL_SEEDS = 5_000_000
"""Seeds from here on draw Springer journal papers, svjour3's and sn-jnl's (the module doc)."""
_ABOVE = "singlelinecheck=off,justification=raggedright,position=top"
JOURNAL_TEMPLATES = (
    replace(SPRINGER_JOURNAL, extra=(*SPRINGER_JOURNAL.extra, r"\usepackage{rotating}")),
    Template(
        "svjour-2col",
        r"\documentclass[10pt,twocolumn]{article}",
        True,
        493.0,
        238.0,
        10.0,
        "above",
        "small",
        extra=(
            r"\usepackage[a4paper,textwidth=174mm,textheight=234mm,columnsep=6mm]{geometry}",
            r"\usepackage{caption}",
            f"\\captionsetup[table]{{labelsep=space,labelfont=bf,font=small,{_ABOVE},skip=4pt}}",
        ),
    ),
    Template(
        "sn-jnl-1col",
        r"\documentclass[10pt]{article}",
        False,
        372.0,
        372.0,
        10.0,
        "above",
        "footnotesize",
        extra=(
            r"\usepackage[a4paper,textwidth=31pc,textheight=194mm]{geometry}",
            r"\usepackage{caption,rotating}",
            r"\DeclareCaptionLabelSeparator{sn}{\hspace{2mm}}",
            f"\\captionsetup[table]{{labelsep=sn,labelfont=bf,font=footnotesize,{_ABOVE},skip=3pt}}",
        ),
    ),
    Template(
        "sn-jnl-2col",
        r"\documentclass[10pt,twocolumn]{article}",
        True,
        455.0,
        216.0,
        10.0,
        "above",
        "footnotesize",
        extra=(
            r"\usepackage[a4paper,textwidth=160mm,textheight=216mm,columnsep=8mm]{geometry}",
            r"\usepackage{caption}",
            r"\DeclareCaptionLabelSeparator{sn}{\hspace{2mm}}",
            f"\\captionsetup[table]{{labelsep=sn,labelfont=bf,font=footnotesize,{_ABOVE},skip=3pt}}",
        ),
    ),
)
"""Springer's journal pages (Debian ships neither svjour3 nor sn-jnl: drawn with article): svjour3 one
column (`SPRINGER_JOURNAL`) or two (174 mm, 84 mm columns), its "Table 1" bold before the small caption on
the same line; sn-jnl one column (31 pc) or two (iicol: 160 mm, 76 mm columns), "Table 1" bold 2 mm
before the 8 pt caption, ragged right and as wide as the table, the table in 8 pt type."""
_PAGE_HEIGHT = 551.0
"""sn-jnl's and svjour3's one-column text height (194-195 mm) in points: the room a table set sideways has."""


def _journal_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table as Springer's journal classes set them: svjour3's \\hline rules spaced by
    \\noalign{\\smallskip}; sn-jnl's \\toprule/\\midrule/\\botrule (booktabs') with \\multicolumn group
    heads over \\cmidrule more often than not, the caption as wide as the table, and under it notes as
    \\footnotetext sets them ("Source: ..." and marked lines, `note`: footnotetext); on a one-column
    page of either a table wider than the text, centred over the margins (`box`: makebox) or turned on a page of its
    own (`float`: sidewaystable)."""
    sn = template.name.startswith("sn-jnl")
    room = template.text_width
    width = "column"
    if not template.two_column:
        width = rng.choices(("column", "over margins", "sideways"), (0.6, 0.2, 0.2))[0]
    grouped = rng.random() < 0.6

    def wanted(t: Table) -> bool:
        if t.features["env"] != "tabular" or t.features["box"] != "none" or bool(t.groups) != grouped:
            return False
        t.features["size"] = template.size or rng.choice(("small", "footnotesize"))
        natural = estimated_width(t, template)
        if width == "over margins":
            return 1.05 * room <= natural <= 1.25 * room and t.features["wrapped"] == "none"
        if width == "sideways":
            return 1.05 * room <= natural <= 0.95 * _PAGE_HEIGHT and t.features["wrapped"] == "none"
        return fits(t, template)

    table = _drawn(rng, number, template, caption_side, wanted)
    table.features["rules"] = "booktabs" if sn else "springer"
    table.features["width"] = width
    if width == "over margins":
        table.features["box"] = "makebox"
    elif width == "sideways":
        table.features["float"] = "sidewaystable"
    if sn:
        table.features["caption width"] = "table"
        if table.features["note"] != "none" or rng.random() < 0.3:
            lines = [f"Source: {_words(rng, rng.randint(3, 8)).capitalize()} (data set {number})."]
            lines += [
                f"$^{{{mark}}}${' '.join(rng.choice(_PROSE) for _ in range(rng.randint(5, 14)))}."
                for mark in "ab"[: rng.randint(0, 2)]
            ]
            table.note = "\n".join(rng.sample(lines, len(lines)))
            table.features["note"] = "footnotetext"
    return table


def _journal_paper(rng: random.Random) -> Paper:
    """A Springer journal paper (one of JOURNAL_TEMPLATES) of one to three tables (`_journal_table`)."""
    template = rng.choice(JOURNAL_TEMPLATES)
    tables = [_journal_table(rng, n + 1, template, "above") for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


MARKUP_SEEDS = 6_000_000
"""Seeds from here on draw tables set with markup no earlier range draws (the module doc)."""
MARKUPS = (
    "shaded rows",
    "shaded cells",
    "siunitx",
    "math",
    "rotated heads",
    "vertical rules",
    "framed",
    "long last column",
)
"""How a `_markup_table` is set (its `markup` feature): \\rowcolor on alternate body rows and the head
(rules none or booktabs); \\cellcolor behind each column's best value; siunitx S columns, values with
uncertainties printed ± (uncertainty-mode=separate); cells of mathematics (an arrow after a head, a stub
of a Greek symbol and its value, values as powers of ten, \\checkmark and $\\times$); number heads turned
90° (\\rotatebox); vertical rules between all columns and no horizontal rule; the tabular in an \\fbox;
a last column of long text (an X column of tabularx)."""
MARKUP_PACKAGES = (
    r"\usepackage{xcolor,colortbl,siunitx}\sisetup{uncertainty-mode=separate}",
    r"\makeatletter\@ifpackageloaded{newtxmath}{}{\usepackage{amssymb}}\makeatother",
)
"""colortbl beside xcolor (acmart loads xcolor without its table option), amssymb's \\checkmark unless
newtxmath (acmart's) has it."""
_GREEK = (("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("lambda", "λ"), ("tau", "τ"), ("eta", "η"))


def _power(rng: random.Random) -> Cell:
    """A value as a power of ten ("3.2 × 10−3"), as tables of learning rates and errors print them."""
    mantissa, exponent = f"{rng.uniform(1, 9.9):.1f}", rng.randint(2, 6)
    return Cell(f"{mantissa} × 10−{exponent}", f"${mantissa} \\times 10^{{-{exponent}}}$")


def _math_cells(rng: random.Random, table: Table) -> None:
    """Mathematics in cells, in place: an arrow after some number heads ("Acc. ↑", "Loss ↓"), the stubs a
    Greek symbol and its value ("α = 0.1"), one number column as powers of ten, and a last column of
    \\checkmark or $\\times$ marks (which the scorer reads as empty cells)."""
    heads = table.head_rows[-1]
    numbers = [i for i, kind in enumerate(table.spec) if kind in ("c", "r")]
    for col in rng.sample(numbers, rng.randint(1, len(numbers))):
        up = rng.random() < 0.5
        heads[col] = Cell(
            f"{heads[col].text} {'↑' if up else '↓'}", f"{heads[col].latex}$\\{'up' if up else 'down'}arrow$"
        )
    macro, letter = rng.choice(_GREEK)
    for row in table.body_rows:
        value = rng.choice(("0.1", "0.5", "1", "2", "10", "0.01"))
        row[0] = Cell(f"{letter} = {value}", f"$\\{macro} = {value}$")
    power = rng.choice(numbers)
    for row in table.body_rows:
        row[power] = _power(rng)
    table.spec.append("c")
    table.head_rows[-1].append(Cell("Stable", "Stable"))
    for top in table.head_rows[:-1]:
        top.append(Cell("", ""))
    for row in table.body_rows:
        row.append(rng.choice((Cell("✓", r"\checkmark"), Cell("×", r"$\times$"))))


def _siunitx_columns(rng: random.Random, table: Table) -> None:
    """The number columns as siunitx S columns, in place: their heads braced, their values decimals or
    decimals with an uncertainty (written "0.91 \\pm 0.02", printed "0.91 ± 0.02")."""
    pm = table.features["numbers"] == "pm"
    heads = table.head_rows[-1]  # the only head row: no group heads are drawn with S columns
    for col, kind in enumerate(table.spec):
        if kind in ("c", "r"):
            table.spec[col] = "S[table-format=1.2(2)]" if pm else "S[table-format=1.3]"
            heads[col] = Cell(heads[col].text, f"{{{heads[col].latex}}}", lines=heads[col].lines)
            for row in table.body_rows:
                # siunitx prints no uncertainty of zero ("0.63 \\pm 0.00" prints "0.63")
                text = row[col].text.removesuffix(" ± 0.00")
                row[col] = Cell(text, row[col].latex.replace("$\\pm$", "\\pm"))


def _markup_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table drawn as any (a plain tabular, single-row stubs, no paragraph column) set with one of
    MARKUPS (the `markup` feature)."""
    markup = rng.choice(MARKUPS)

    def wanted(t: Table) -> bool:
        plain = t.features["env"] == "tabular" and t.features["box"] == "none"
        if not (plain and t.features["stubs"] == "plain" and t.features["wrapped"] == "none"):
            return False
        if markup == "siunitx":
            numbers = t.features["numbers"] in ("decimal", "pm")
            # a head stacked in a nested tabular over an S column does not compile (revtex)
            plain = t.features["heads"] == "plain" and not t.groups
            return numbers and plain and t.features["empty"] == t.features["bold"] == "none"
        return markup != "math" or t.features["numbers"] in ("decimal", "percent", "int")

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        table.features["markup"] = markup
        rows = len(table.head_rows) + len(table.body_rows)
        if markup == "shaded rows":
            table.features["rules"] = rng.choice(("none", "none", "booktabs"))
            table.colours = {
                0: r"\rowcolor{gray!25}",
                **{i: r"\rowcolor{gray!10}" for i in range(len(table.head_rows) + 1, rows, 2)},
            }
        elif markup == "shaded cells":
            table.features["rules"] = rng.choice(("none", "booktabs", "hlines"))
            for row in table.body_rows:
                for k, cell in enumerate(row):
                    if cell.latex.startswith("\\textbf") or (k and rng.random() < 0.15):
                        row[k] = Cell(cell.text, f"\\cellcolor{{blue!12}}{cell.latex}", cell.colspan)
        elif markup == "siunitx":
            _siunitx_columns(rng, table)
        elif markup == "math":
            _math_cells(rng, table)
        elif markup == "rotated heads":
            heads = table.head_rows[-1]
            for col, kind in enumerate(table.spec):
                if kind in ("c", "r") and heads[col].colspan == 1:
                    heads[col] = Cell(heads[col].text, f"\\rotatebox{{90}}{{{heads[col].latex}}}")
        elif markup == "vertical rules":
            table.features["rules"] = "verticals"
        elif markup == "framed":
            table.features["rules"] = rng.choice(("none", "hlines", "booktabs"))
            table.features["box"] = "fbox"
        else:
            table.features["env"] = "tabularx"
            table.spec.append("X")
            table.head_rows[-1].append(Cell("Comment", "Comment"))
            for top in table.head_rows[:-1]:
                top.append(Cell("", ""))
            for row in table.body_rows:
                words = " ".join(rng.choice(_PROSE) for _ in range(rng.randint(8, 30)))
                row.append(Cell(words.capitalize(), words.capitalize()))
        if fits(table, template):
            return table


def _markup_paper(rng: random.Random) -> Paper:
    """A paper of any class (xcolor, siunitx and amssymb loaded) whose tables are `_markup_table`s."""
    template = rng.choice(TEMPLATES)
    template = replace(template, extra=(*template.extra, *MARKUP_PACKAGES))
    caption_side = template.caption or rng.choice(("above", "below"))
    tables = [_markup_table(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


FLOAT_SEEDS = 7_000_000
"""Seeds from here on draw table floats no older range draws (the module doc)."""
FLOAT_LAYOUTS = ("subtables", "longtable")
ONE_COLUMN = tuple(t for t in TEMPLATES if not t.two_column)
"""longtable breaks over pages of one column only."""


def _subtables(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """Two tabulars side by side in subcaption's subtables, ruled alike, each with a caption of its own
    ("(a) ...") on the float's side, under or over the float's caption: one table of two grids, as
    latex-pairs' gold holds a float of two tabulars (`part` 1/2 and 2/2, the float's caption)."""

    def half(t: Table) -> bool:
        wide = t.features["float"] == "table*" or not template.two_column
        room = template.text_width if wide else template.column_width
        plain = (
            t.features["env"] == "tabular" and t.features["box"] == "none" and t.features["note"] == "none"
        )
        return plain and estimated_width(t, template) <= 0.45 * room

    table = _drawn(rng, number, template, caption_side, half)
    partner = _drawn(
        rng,
        number,
        template,
        caption_side,
        lambda t: half(t) and all(t.features[k] == table.features[k] for k in ("float", "rules")),
    )
    partner.features.update(size=table.features["size"], placement=table.features["placement"])
    for t in (table, partner):
        t.features["layout"] = "subtables"
        t.features["float layout"] = "subtables"
        t.subcaption = f"{_words(rng, rng.randint(2, 6)).capitalize()}."
    table.partner = partner
    return table


def _long_rows(rng: random.Random, table: Table) -> None:
    """The table's body grown to 45-70 rows of the same kind (a stub, numbers), in place: a longtable's."""
    kind = table.features["numbers"]
    for _ in range(rng.randint(45, 70) - len(table.body_rows)):
        numbers = [_number(rng, kind)[1] for _ in table.spec[1:]]
        stub = _name(rng)
        table.body_rows.append([Cell(stub, stub), *numbers])


def _longtable(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A longtable of 45-70 rows (single-row stubs, number columns only) that runs over pages, its caption
    over it, its head rows set again at the top of the next page (\\endhead), half of them under a line
    "Table n continued" (`continued`)."""

    def wanted(t: Table) -> bool:
        plain = (
            t.features["env"] == "tabular" and t.features["box"] == "none" and t.features["note"] == "none"
        )
        numbers = all(kind in ("c", "r") for kind in t.spec[1:]) and t.features["stubs"] == "plain"
        return plain and numbers and t.features["empty"] == "none" and fits(t, template)

    table = _drawn(rng, number, template, "above", wanted)
    _long_rows(rng, table)
    table.features.update(caption="above", bold="none", placement="here")
    table.features["float layout"] = "longtable"
    table.features["continued"] = rng.choice(("label", "none"))
    return table


def _longtable_latex(table: Table) -> str:
    """A longtable: its caption and head rows first (\\endfirsthead), the head rows again over each next
    page's part (\\endhead, under "Table n continued" if drawn so), then the body, in its type size."""
    lines = tabular_latex(table)
    spec = lines[0].removeprefix(r"\begin{tabular}")
    # the head: from the top rule to the rule under the last head row (no rule when there are none)
    mid = lines.index(_row_latex(table.head_rows[-1])) + (table.features["rules"] != "none")
    head = lines[1 : mid + 1]
    again = head
    if table.features["continued"] == "label":
        n = len(table.spec)
        again = [f"\\multicolumn{{{n}}}{{l}}{{\\tablename\\ \\thetable{{}} continued}} \\\\", *head]
    body = [
        f"\\{table.features['size']}",
        f"\\begin{{longtable}}{spec}",
        f"\\caption{{{table.caption}}} \\\\",
    ]
    body += [*head, r"\endfirsthead", *again, r"\endhead", *lines[mid + 1 : -1], r"\end{longtable}"]
    return "\n".join(["{", *body, "}"])


def _float_paper(rng: random.Random) -> Paper:
    """A paper whose tables are drawn in one of FLOAT_LAYOUTS (its package loaded: revtex defines a
    longtable of its own), longtables in one-column papers only."""
    layout = rng.choice(FLOAT_LAYOUTS)
    template = rng.choice(ONE_COLUMN if layout == "longtable" else TEMPLATES)
    template = replace(
        template,
        extra=(*template.extra, f"\\usepackage{{{'longtable' if layout == 'longtable' else 'subcaption'}}}"),
    )
    caption_side = template.caption or rng.choice(("above", "below"))
    draw = _longtable if layout == "longtable" else _subtables
    tables = [draw(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 2))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


STACKED_SEEDS2 = 9_500_000
"""Seeds from here on draw two tabulars stacked under one caption (the module doc)."""
STACK_GAPS = (r"\par\vspace{1pt}", r"\par\smallskip", r"\par\medskip")
"""What parts two stacked tabulars: a paragraph break (each on its own line) and a small skip."""


def _stacked_tabulars(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """Two tabulars stacked one over the other in one float under one caption, ruled alike (not
    unruled), each a plain tabular the float holds, parted by one of STACK_GAPS (`stack gap`)."""

    def wanted(t: Table) -> bool:
        plain = (
            t.features["env"] == "tabular" and t.features["box"] == "none" and t.features["note"] == "none"
        )
        return plain and t.features["rules"] != "none" and fits(t, template)

    table = _drawn(rng, number, template, caption_side, wanted)
    partner = _drawn(
        rng,
        number,
        template,
        caption_side,
        lambda t: wanted(t) and all(t.features[k] == table.features[k] for k in ("float", "rules")),
    )
    partner.features.update(size=table.features["size"], placement=table.features["placement"])
    gap = rng.choice(STACK_GAPS)
    for t in (table, partner):
        t.features["layout"] = "stacked"
        t.features["float layout"] = "stacked"
        t.features["stack gap"] = gap
    table.partner = partner
    return table


TABLES21_SEEDS = 9_800_000
"""Seeds from here on draw floats of two tabulars of one width stacked under one caption (the module doc)."""


def _stacked_same_width(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """Two tabulars stacked in one float under one caption as `_stacked_tabulars` draws them, both set
    to the line's width (tabular* with \\extracolsep{\\fill}), so that their rules start and end at the
    same points (`stack width`: identical): no difference of ends tells one tabular's bottom rule over
    the next one's top rule from a doubled rule."""

    def wanted(t: Table) -> bool:
        plain = (
            t.features["box"] == "none" and t.features["note"] == "none" and t.features["env"] != "tabularx"
        )
        return plain and t.features["rules"] != "none" and fits(t, template)

    table = _drawn(rng, number, template, caption_side, wanted)
    partner = _drawn(
        rng,
        number,
        template,
        caption_side,
        lambda t: wanted(t) and all(t.features[k] == table.features[k] for k in ("float", "rules")),
    )
    partner.features.update(size=table.features["size"], placement=table.features["placement"])
    gap = rng.choice(STACK_GAPS)
    for t in (table, partner):
        t.features.update({"env": "tabular*", "layout": "stacked", "float layout": "stacked"})
        t.features.update({"stack gap": gap, "stack width": "identical"})
    table.partner = partner
    return table


KIT_SEEDS = 8_000_000
"""Seeds from here on draw papers in the conference kits' look (the module doc)."""
_KIT_GEOMETRY = r"\usepackage[letterpaper,textheight=9in,{}]{{geometry}}"
KIT_TEMPLATES = (
    Template(
        "icml-like",
        r"\documentclass[10pt,twocolumn]{article}",
        True,
        487.0,
        234.0,
        10.0,
        "above",
        extra=(_KIT_GEOMETRY.format("textwidth=6.75in,columnsep=0.25in"), r"\usepackage{times}"),
    ),
    Template(
        "neurips-like",
        r"\documentclass[10pt]{article}",
        False,
        397.0,
        397.0,
        10.0,
        "above",
        extra=(_KIT_GEOMETRY.format("textwidth=5.5in"), r"\usepackage{times}"),
    ),
    Template(
        "ijcai-like",
        r"\documentclass[10pt,twocolumn]{article}",
        True,
        505.0,
        244.0,
        10.0,
        extra=(_KIT_GEOMETRY.format("textwidth=7in,columnsep=0.25in"), r"\usepackage{times}"),
    ),
    Template(
        "acl-like",
        r"\documentclass[11pt,twocolumn]{article}",
        True,
        455.0,
        219.0,
        11.0,
        "below",
        extra=(_KIT_GEOMETRY.format("textwidth=16cm,columnsep=0.6cm"), r"\usepackage{times}"),
    ),
)
"""ICML's, NeurIPS', IJCAI's and ACL's pages as their kits set them (which Debian ships not: drawn with
article): their widths, Times, and where the kit fixes it the caption's side."""
MARKS = (("†", r"$^\dagger$"), ("‡", r"$^\ddagger$"), ("*", r"$^*$"), ("a", r"\textsuperscript{a}"))
"""Footnote marks set after values (a letter is printed text, the scorer keeps it)."""
_FIGURE = (
    r"\setlength{\fboxsep}{0pt}\fbox{\begin{minipage}[b][3cm][b]{0.9\linewidth}\centering"
    r"\rule{4pt}{1cm}\hspace{6pt}\rule{4pt}{2cm}\hspace{6pt}\rule{4pt}{1.5cm}\hspace{6pt}"
    r"\rule{4pt}{2.5cm}\end{minipage}}"
)
"""A figure without words: bars in a frame (its caption is the only text beside the table)."""


def _row_marks(rng: random.Random, table: Table) -> str:
    """Body styles of the kits' tables, each drawn apart and in place: rows naming a group of rows
    across the table, bold or italic (`_group_rows`); empty rows parting groups of rows; footnote marks
    after some values; em dashes for missing values. The styles drawn, as a feature value."""
    drawn = []
    if rng.random() < 0.4 and len(table.body_rows) >= 4:
        font = rng.choice(("textbf", "textit"))
        _group_rows(rng, table, font)
        drawn.append(f"group rows {font[4:]}")
    elif rng.random() < 0.4 and len(table.body_rows) >= 4:
        n_cols = len(table.spec)
        for at in sorted(rng.sample(range(2, len(table.body_rows) - 1), 1 + (len(table.body_rows) >= 7)))[
            ::-1
        ]:
            table.body_rows.insert(at, [Cell("", "") for _ in range(n_cols)])
        drawn.append("empty rows")
    values = [
        (row, k)
        for row in table.body_rows
        for k, kind in enumerate(table.spec)
        if kind in ("c", "r") and row[0].colspan == 1 and row[k].text
    ]
    if rng.random() < 0.4 and values:
        for row, k in rng.sample(values, max(1, len(values) // 6)):
            text, latex = rng.choice(MARKS)
            row[k] = Cell(row[k].text + text, row[k].latex + latex)
        drawn.append("marks")
    if rng.random() < 0.3 and values:
        for row, k in rng.sample(values, max(1, len(values) // 8)):
            row[k] = Cell("—", "---")
        drawn.append("em dashes")
    return ", ".join(drawn) or "none"


def _kit_table(rng: random.Random, number: int, template: Template, caption_side: str) -> Table:
    """A table drawn as any (single-row stubs, a tabular or \\resizebox'd) in a kit's paper with the
    kits' body styles (`_row_marks`, the `rows` feature) and, a quarter of them, an arrow after each
    number head saying which way is better ("Acc. ↑"); a fifth set beside a figure in minipages, each
    under its own caption (`float layout`: beside figure), the float as wide as the table's."""
    beside = rng.random() < 0.2

    def wanted(t: Table) -> bool:
        if t.features["stubs"] != "plain" or t.features["env"] == "tabularx" or t.features["note"] != "none":
            return False
        if not beside:
            return True
        room = template.text_width if t.features["float"] == "table*" else template.column_width
        return t.features["box"] == "none" and estimated_width(t, template) <= 0.45 * room

    while True:
        table = _drawn(rng, number, template, caption_side, wanted)
        table.features["rows"] = _row_marks(rng, table)
        table.features["arrows"] = "none"
        if rng.random() < 0.25:
            heads = table.head_rows[-1]
            for col, kind in enumerate(table.spec):
                if kind in ("c", "r") and not heads[col].lines:
                    up = rng.random() < 0.7
                    arrow = "↑" if up else "↓"
                    heads[col] = Cell(
                        f"{heads[col].text} {arrow}", f"{heads[col].latex} $\\{'up' if up else 'down'}arrow$"
                    )
            table.features["arrows"] = "heads"
        table.features["float layout"] = "beside figure" if beside else "float"
        if beside:
            table.subcaption = f"{_words(rng, rng.randint(3, 9)).capitalize()}."
            table.features["figure side"] = rng.choice(("left", "right"))
        if fits(table, template):
            return table


def _beside_figure_latex(table: Table) -> str:
    """The table and a figure side by side in one float (minipages), each under its own caption
    (\\captionof; the figure's is the table's `subcaption`), the table's on the paper's side."""
    float_env = "figure*" if table.features["float"] == "table*" else "figure"
    body = [f"\\{table.features['size']}", *tabular_latex(table)]
    caption = f"\\captionof{{table}}{{{table.caption}}}"
    halves = [
        [caption, *body] if table.features["caption"] == "above" else [*body, caption],
        [_FIGURE, f"\\captionof{{figure}}{{{table.subcaption}}}"],
    ]
    if table.features["figure side"] == "left":
        halves.reverse()
    lines = [f"\\begin{{{float_env}}}[tbp]", r"\centering"]
    for k, half in enumerate(halves):
        lines += [*([r"\hfill"] if k else []), r"\begin{minipage}[b]{0.48\linewidth}", r"\centering", *half]
        lines.append(r"\end{minipage}")
    return "\n".join([*lines, f"\\end{{{float_env}}}"])


def _kit_paper(rng: random.Random) -> Paper:
    """A paper of a kit (KIT_TEMPLATES), IEEEtran's conference class, llncs or two-column article, its
    tables `_kit_table`s."""
    template = rng.choice(
        KIT_TEMPLATES + tuple(t for t in TEMPLATES if t.name in ("ieeetran", "llncs", "article-2col"))
    )
    template = replace(template, extra=(*template.extra, r"\usepackage{capt-of}"))
    caption_side = template.caption or rng.choice(("above", "below"))
    tables = [_kit_table(rng, n + 1, template, caption_side) for n in range(rng.randint(1, 3))]
    tex, gold = paper_latex(rng, tables, template, False)
    return Paper(tex, tables, gold)


def printed_share(table: Table, printed: str) -> float:
    """The share of the table's non-empty cell texts found in the PDF's text (both in the scorer's
    normalised form): a float LaTeX lost, or text it set unreadably, has no trustworthy gold."""
    from paperparse.eval.tables import cell_form

    texts = [form for cell in table.gold_cells() if (form := cell_form(cell["text"]))]
    return sum(text in printed for text in texts) / max(1, len(texts))


def tables_json(tables: Sequence[Table], seed: int, printed: str | None = None) -> dict[str, Any]:
    """The gold in latex-pairs' tables.json shape (what `load_table_gold` reads), with each style. Given
    the PDF's text in normalised form, a table is usable only when all its cell texts are printed."""
    entries: list[dict[str, Any]] = []
    for table in tables:
        parts = [table] if table.partner is None else [table, table.partner]
        one_caption = table.partner is not None and table.features["layout"] in (
            "side by side, one caption",
            "subtables",
            "stacked",
        )
        for k, part in enumerate(parts):
            share = 1.0 if printed is None else printed_share(part, printed)
            entries.append(
                {
                    "index": len(entries),
                    "caption": table.caption if one_caption else part.caption,
                    "env": part.features["float"],
                    **({"part": f"{k + 1}/2"} if one_caption else {}),
                    "n_rows": len(part.head_rows) + len(part.body_rows),
                    "n_cols": len(part.spec),
                    "cells": part.gold_cells(),
                    "usable": share == 1.0,
                    "checks": {"cells_printed": round(share, 3)},
                    "features": part.features,
                }
            )
    return {"source": f"scripts/table_corpus.py seed {seed}", "group": group_of(seed), "tables": entries}


def compile_pdf(tex: str, folder: Path) -> Path:
    """pdflatex run twice in a scratch folder (floats settle); the PDF is copied into `folder`."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "paper.tex"
        source.write_text(tex, "utf-8")
        for _ in range(2):
            subprocess.run(
                ["pdflatex", "-interaction=batchmode", "-halt-on-error", "paper.tex"],
                cwd=scratch,
                check=True,
                stdout=subprocess.DEVNULL,
                timeout=120,
            )
        shutil.copy(Path(scratch) / "paper.pdf", folder / "paper.pdf")
        log = (Path(scratch) / "paper.log").read_text("latin-1")
    overfull = [float(m) for m in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\) in alignment", log)]
    if overfull and max(overfull) > 2:
        print(f"{folder.name}: a tabular {max(overfull):.0f} pt too wide", file=sys.stderr)
    return folder / "paper.pdf"


def printed_text(pdf: Path) -> str:
    """The PDF's text, all pages, in the scorer's normalised form."""
    import pypdfium2

    from paperparse.eval.tables import cell_form

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return cell_form(" ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def require_tex(tools: Sequence[str], packages: str) -> None:
    """The generators are development tools: TeX is installed by hand, never by CI."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        sys.exit(f"{' and '.join(missing)} not found: apt-get install {packages}")


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    require_tex(("pdflatex",), "texlive-latex-base texlive-latex-recommended texlive-fonts-recommended")
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        tex, tables, paper = draw_paper(seed)
        folder = out / f"synth_{seed:04d}"
        folder.mkdir(exist_ok=True)
        (folder / "paper.tex").write_text(tex, "utf-8")
        gold = tables_json(tables, seed, printed_text(compile_pdf(tex, folder)))
        (folder / "tables.json").write_text(json.dumps(gold, indent=1), "utf-8")
        (folder / "gold.json").write_text(json.dumps(paper, indent=1), "utf-8")
        usable = sum(entry["usable"] for entry in gold["tables"])
        print(
            f"{folder.name}: {len(gold['tables'])} tabulars, {usable} usable ({group_of(seed)})", flush=True
        )


def write_gold(corpus: Path) -> None:
    """Add gold.json to the papers of a corpus generated before `generate` wrote it: each paper is drawn
    again from its seed (its folder name), and a paper whose paper.tex the script no longer draws is left
    without one."""
    for folder in sorted(corpus.glob("synth_*")):
        tex, _, paper = draw_paper(int(folder.name.removeprefix("synth_")))
        if (folder / "paper.tex").read_text("utf-8") != tex:
            print(f"{folder.name}: paper.tex is not what this script draws; no gold.json", file=sys.stderr)
            continue
        (folder / "gold.json").write_text(json.dumps(paper, indent=1), "utf-8")


def papers_scored(
    corpus: Path, group: str, extractor: Callable[[Path], dict[str, Any]] | None
) -> Iterator[tuple[Path, dict[str, Any], dict[str, Any]]]:
    """Each paper of the fold group (`all`: every one) with its gold.json and paperparse's output for it:
    the loop the sibling generators' `score` commands share (the pipeline's own extractor unless given)."""
    if extractor is None:
        from paperparse.eval.run import default_extractor

        extractor = default_extractor()
    for folder in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
        truth = json.loads((folder / "gold.json").read_text("utf-8"))
        if group == "all" or truth.get("group") == group:
            yield folder, truth, extractor(folder / "paper.pdf")


def score(
    corpus: Path, group: str, extractor: Callable[[Path], dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Adjacency and cell-text counts over the corpus, overall and per style feature value."""
    from paperparse.corpora.latex_pairs import load_table_gold
    from paperparse.eval.scoring import FieldScores, caption_text, greedy_pairs, similarity
    from paperparse.eval.tables import score_tables

    if extractor is None:
        from paperparse.eval.run import default_extractor

        extractor = default_extractor()
    overall, paired = FieldScores(), FieldScores()
    by_feature: dict[tuple[str, str], FieldScores] = defaultdict(FieldScores)
    # per line of the report: tables, paired, and the sum of their captions' Levenshtein similarities
    found: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    papers = 0
    for folder in sorted(p for p in corpus.iterdir() if (p / "tables.json").is_file()):
        raw = json.loads((folder / "tables.json").read_text("utf-8"))
        if group != "all" and raw.get("group") != group:
            continue
        papers += 1
        gold_tables = load_table_gold(folder / "tables.json")
        pred = extractor(folder / "paper.pdf")
        score_tables(overall, {"fields": ["table_grids"], "table_grids": gold_tables}, pred)
        predicted = pred.get("tables") or []
        pairs = greedy_pairs(
            [caption_text(t) for t in gold_tables],
            [caption_text(t) for t in predicted],
            lambda g, p: similarity("levenshtein", g, p),
        )
        partner = {g: p for g, p, _ in pairs}
        caption_score = {g: s for g, _, s in pairs}
        firsts = [e for e in raw["tables"] if (e.get("part") or "1/1").startswith("1/")]
        for g, (table, entry) in enumerate(zip(gold_tables, firsts, strict=True)):
            if not entry.get("usable", True):
                continue
            one_gold = {"fields": ["table_grids"], "table_grids": [table]}
            one_pred = {"tables": [predicted[partner[g]]] if g in partner else []}
            if g in partner:
                score_tables(paired, one_gold, one_pred)
            for key in ("overall", *(f"{n}={v}" for n, v in entry["features"].items())):
                found[key][0] += 1
                found[key][1] += g in partner
                found[key][2] += caption_score.get(g, 0.0)
            for name, value in entry["features"].items():
                score_tables(by_feature[(name, str(value))], one_gold, one_pred)
    return {
        "papers": papers,
        "overall": overall.to_dict(),
        "paired": paired.to_dict(),
        "features": {f"{n}={v}": s.to_dict() for (n, v), s in sorted(by_feature.items())},
        "found": dict(found),
    }


def _line(name: str, fields: dict[str, Any], found: Sequence[float]) -> str:
    adjacency, cells = (fields[k]["strict"] for k in ("table.adjacency", "table.cells"))
    caption = found[2] / found[0] if found[0] else float("nan")
    return (
        f"{name:<28} {found[1]:>4}/{found[0]:<4} {caption:>5.3f} {adjacency['gold']:>6} {adjacency['precision']:>6.3f} {adjacency['recall']:>6.3f} "
        f"{adjacency['f1']:>6.3f}  {cells['precision']:>6.3f} {cells['recall']:>6.3f} {cells['f1']:>6.3f}"
    )


def report(result: dict[str, Any]) -> str:
    """The scores as a plain table: gold tables paired with a predicted one by caption, adjacency (gold
    relations, P, R, F1), then cell texts (P, R, F1); "capt" is the mean Levenshtein similarity of
    the gold captions to the predicted ones they pair with (0 unpaired). "paired tables only" scores the structure of the
    tables whose caption was found (a missed caption costs the whole table elsewhere)."""
    lines = [
        f"papers: {result['papers']}",
        f"{'':<28} {'paired':>9} {'capt':>5} {'adj.n':>6} {'adj.P':>6} {'adj.R':>6} {'adj.F1':>6}  {'cel.P':>6} {'cel.R':>6} {'cel.F1':>6}",
        _line("overall", result["overall"], result["found"]["overall"]),
        _line(
            "paired tables only",
            result["paired"],
            [*[result["found"]["overall"][1]] * 2, result["found"]["overall"][2]],
        ),
    ]
    lines += [_line(name, fields, result["found"][name]) for name, fields in result["features"].items()]
    return "\n".join(lines)


def corpus_cli(
    argv: Sequence[str] | None,
    doc: str,
    script: str,
    default_out: Path,
    papers: int,
    generate: Callable[[Path, int, int], object],
    score: Callable[[Path, str], dict],
    report: Callable[[dict], str],
    write_gold: Callable[[Path], object] | None = None,
) -> None:
    """`generate` and `score` of a generated corpus (this one, scripts/header_corpus.py and
    scripts/body_corpus.py), and `gold` where the corpus has a `write_gold`."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("generate", help="write and compile the papers")
    make.add_argument("--out", type=Path, default=default_out)
    make.add_argument("--papers", type=int, default=papers)
    make.add_argument("--seed", type=int, default=1, help="first paper's seed")
    judge = commands.add_parser("score", help="extract every paper and score it")
    judge.add_argument("dir", type=Path, nargs="?", default=default_out)
    judge.add_argument("--group", choices=("dev", "judge", "all"), default="dev")
    judge.add_argument("--json", type=Path, help="also write the counts here")
    if write_gold is not None:
        add_gold = commands.add_parser("gold", help="write gold.json into the papers of an existing corpus")
        add_gold.add_argument("dir", type=Path, nargs="?", default=default_out)
    args = parser.parse_args(argv)
    if args.command == "generate":
        generate(args.out, args.papers, args.seed)
        return
    if args.command == "gold":
        write_gold(args.dir)
        return
    if not args.dir.is_dir():
        sys.exit(f"no corpus at {args.dir}: run `python scripts/{script} generate` first (needs pdflatex)")
    result = score(args.dir, args.group)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), "utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "table_corpus.py", DEFAULT_OUT, 240, generate, score, report, write_gold)


if __name__ == "__main__":
    main()
