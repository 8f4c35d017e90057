"""A generated LaTeX table corpus with exact gold: measures table structure over a class of layouts.

Why: the latex-pairs papers are few (a rule can fit their tables); generated tables in many styles,
whose cells are known exactly because the generator wrote them, measure the layouts instead.

    python scripts/table_corpus.py generate [--out ../table-corpus] [--papers 200] [--seed 1]
    python scripts/table_corpus.py score [DIR] [--group dev|judge|all]

`generate` writes one folder per paper (paper.tex, paper.pdf, tables.json in latex-pairs' shape, each
table with the style `features` it was drawn with) and needs pdflatex (Debian's texlive-latex-base,
-latex-recommended, -fonts-recommended; a development tool, CI does not need it). A paper's seed decides
its fold group: even seeds are DEV (develop on these), odd seeds JUDGE (only score them).
`score` runs paperparse on every PDF and prints adjacency and cell-text P/R/F1 (`paperparse.eval.tables`,
unchanged) overall and per style feature.

Style space: rules (booktabs with \\cmidrule under group heads, a full \\hline grid with | and \\cline, none);
3-12 columns (l, c, r, p{}); numbers plain, with ± or a spread in parentheses, percentages, the best bold;
words; wrapped p{} cells; \\multicolumn group heads; table or table* in two-column papers; caption above
or below; normal, small or footnotesize type; a note under the tabular; one or two columns; CM or Times.
Multirow stubs are not drawn: multirow.sty is in texlive-latex-extra, which is not installed.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path(__file__).resolve().parents[1].parent / "table-corpus"
RULES = ("booktabs", "grid", "none")
NUMBER_KINDS = ("decimal", "pm", "paren", "percent", "int")

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
    """One gold cell: its printed text (what the scorer compares) and its LaTeX source."""

    text: str
    latex: str
    colspan: int = 1


@dataclass
class Table:
    """One generated table: rows of cells, its tabular spec, and the style it was drawn with."""

    caption: str
    head_rows: list[list[Cell]]
    body_rows: list[list[Cell]]
    spec: list[str]
    features: dict[str, Any]
    groups: list[tuple[int, int]] = field(default_factory=list)
    note: str = ""

    def gold_cells(self) -> list[dict[str, Any]]:
        """The grid as latex-pairs' tables.json holds it: `{row, col, rowspan, colspan, text}` per cell."""
        cells = []
        for r, row in enumerate(self.head_rows + self.body_rows):
            col = 0
            for cell in row:
                cells.append({"row": r, "col": col, "rowspan": 1, "colspan": cell.colspan, "text": cell.text})
                col += cell.colspan
        return cells


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


def _bold(cell: Cell) -> Cell:
    return Cell(cell.text, f"\\textbf{{{cell.latex}}}", cell.colspan)


def draw_table(rng: random.Random, number: int, two_column: bool) -> Table:
    """One table drawn from the style space (the module doc); its features say which styles it has."""
    wide = two_column and rng.random() < 0.4
    max_cols = 12 if wide or not two_column else 6
    n_cols = rng.randint(3, max_cols)
    rules = rng.choice(RULES)
    wrapped = rng.random() < 0.3 and n_cols <= (7 if wide or not two_column else 4)
    n_words = 1 if rng.random() < 0.3 and n_cols > 3 else 0
    n_numbers = n_cols - 1 - n_words - (1 if wrapped else 0)
    kind = rng.choice(NUMBER_KINDS)
    bold = kind != "int" and rng.random() < 0.5
    size = rng.choice(("normalsize", "small", "footnotesize"))
    spec = ["l"]
    if wrapped:
        spec.append(f"p{{{rng.choice((2.5, 3.0, 3.5))}cm}}")
    spec += ["l"] * n_words + [rng.choice("cr")] * n_numbers
    heads = [Cell(t, t) for t in [rng.choice(("Method", "Model", "Setting", "Data set"))]]
    heads += [Cell(t, t) for t in [rng.choice(("Description", "Notes", "Summary"))] * wrapped]
    heads += [Cell(t, t) for t in [rng.choice(("Type", "Kind", "Source")) for _ in range(n_words)]]
    short = n_numbers >= 6  # many columns have short heads ("Gra3", "Den1"), as wide tables do
    heads += [Cell(t, t) for t in (_short_name(rng) if short else _name(rng) for _ in range(n_numbers))]
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
    n_rows = rng.randint(3, 10)
    stubs = list(dict.fromkeys(_name(rng) for _ in range(3 * n_rows)))[:n_rows]
    body_rows: list[list[Cell]] = [[Cell(s, s)] for s in stubs]
    if wrapped:
        for row in body_rows:
            words = " ".join(rng.choice(_PROSE) for _ in range(rng.randint(4, 14)))
            row.append(Cell(words, words))
    for _ in range(n_words):
        for row in body_rows:
            text = _words(rng, rng.randint(1, 2))
            row.append(Cell(text, text))
    for _ in range(n_numbers):
        column = [_number(rng, kind) for _ in body_rows]
        best = max(range(len(column)), key=lambda i: column[i][0])
        for i, (row, (_, cell)) in enumerate(zip(body_rows, column, strict=True)):
            row.append(_bold(cell) if bold and i == best else cell)
    note = ""
    if rng.random() < 0.3:
        note = rng.choice(("Note: ", "* ", "")) + " ".join(
            rng.choice(_PROSE) for _ in range(rng.randint(6, 16))
        )
    caption = f"{_words(rng, rng.randint(3, 12)).capitalize()} for table number {number}."
    features = {
        "rules": rules,
        "columns": "3-4" if n_cols <= 4 else "5-7" if n_cols <= 7 else "8-12",
        "spans": "group heads" if groups else "none",
        "wrapped": "p{} cells" if wrapped else "none",
        "float": "table*" if wide else "table",
        "numbers": kind,
        "bold": "bold best" if bold else "none",
        "caption": rng.choice(("above", "below")),
        "size": size,
        "note": "note" if note else "none",
    }
    return Table(caption, head_rows, body_rows, spec, features, groups, note)


def _row_latex(row: Sequence[Cell]) -> str:
    return " & ".join(c.latex for c in row) + r" \\"


def table_latex(table: Table) -> str:
    """The float's LaTeX: tabular with its rules, caption above or below, a note under the tabular."""
    rules = table.features["rules"]
    n_cols = len(table.spec)
    spec = "|" + "|".join(table.spec) + "|" if rules == "grid" else "".join(table.spec)
    top, mid, bottom = {
        "booktabs": (r"\toprule", r"\midrule", r"\bottomrule"),
        "grid": (r"\hline", r"\hline", r"\hline"),
        "none": ("", "", ""),
    }[rules]
    lines = [top]
    for i, row in enumerate(table.head_rows):
        if rules == "grid" and i == 0 and table.groups:
            row = [Cell(c.text, c.latex.replace("{c}", "{c|}"), c.colspan) for c in row]
        lines.append(_row_latex(row))
        if i == 0 and table.groups and len(table.head_rows) > 1:
            if rules == "booktabs":
                lines.append(" ".join(f"\\cmidrule(lr){{{a + 1}-{b}}}" for a, b in table.groups))
            elif rules == "grid":
                lines.append(" ".join(f"\\cline{{{a + 1}-{b}}}" for a, b in table.groups))
    lines.append(mid)
    for i, row in enumerate(table.body_rows):
        lines.append(_row_latex(row))
        if rules == "grid" and i < len(table.body_rows) - 1:
            lines.append(r"\hline")
    lines.append(bottom)
    env = table.features["float"]
    caption = f"\\caption{{{table.caption}}}"
    body = [
        f"\\{table.features['size']}",
        f"\\begin{{tabular}}{{{spec}}}",
        *filter(None, lines),
        r"\end{tabular}",
    ]
    if table.note:
        width = r"\linewidth" if n_cols > 3 else r"0.9\linewidth"
        body += [r"\par\smallskip", f"\\parbox{{{width}}}{{\\footnotesize {table.note}}}"]
    parts = [f"\\begin{{{env}}}[tbp]", r"\centering"]
    parts += [caption, *body] if table.features["caption"] == "above" else [*body, caption]
    parts.append(f"\\end{{{env}}}")
    return "\n".join(parts)


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = [rng.choice(_PROSE) for _ in range(rng.randint(8, 20))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def paper_latex(rng: random.Random, tables: Sequence[Table], two_column: bool, times: bool) -> str:
    """A short article: title, abstract, sections of prose with the tables placed among them."""
    options = "10pt,twocolumn" if two_column else "11pt"
    preamble = [
        f"\\documentclass[{options}]{{article}}",
        r"\usepackage[a4paper,margin=2cm]{geometry}",
        r"\usepackage{booktabs}",
        r"\usepackage{mathptmx}" if times else "",
        f"\\title{{{_words(rng, 6).title()}}}",
        r"\author{A. Author \and B. Writer}",
        r"\date{}",
        r"\begin{document}",
        r"\maketitle",
        r"\begin{abstract}",
        _paragraph(rng),
        r"\end{abstract}",
    ]
    body = []
    for i, table in enumerate(tables):
        body += [f"\\section{{{_words(rng, 3).capitalize()}}}", _paragraph(rng), _paragraph(rng)]
        body += [table_latex(table), _paragraph(rng)]
        if i == len(tables) - 1:
            body += [_paragraph(rng), _paragraph(rng)]
    return "\n\n".join(filter(None, [*preamble, *body, r"\end{document}"])) + "\n"


def group_of(seed: int) -> str:
    """A paper's fold group, from its seed alone: even DEV, odd JUDGE."""
    return "dev" if seed % 2 == 0 else "judge"


TEXT_WIDTH = 482.0
"""Points between the margins (A4, 2 cm margins); a two-column paper's column is (482 - 10) / 2."""
_SIZES = {"normalsize": 1.0, "small": 0.9, "footnotesize": 0.8}


def estimated_width(table: Table, two_column: bool) -> float:
    """The tabular's width in points, roughly: each column's longest single-column text at half an em a
    character (a p{} column its set width), plus \\tabcolsep (6 pt) on both sides."""
    em = (10.0 if two_column else 11.0) * _SIZES[table.features["size"]]
    widest = [0.0] * len(table.spec)
    for row in table.head_rows + table.body_rows:
        col = 0
        for cell in row:
            if cell.colspan == 1:
                widest[col] = max(widest[col], 0.5 * em * len(cell.text))
            col += cell.colspan
    for col, kind in enumerate(table.spec):
        if kind.startswith("p{"):
            widest[col] = float(kind[2:-3]) * 28.45
    return sum(widest) + 12.0 * len(widest)


def fits(table: Table, two_column: bool) -> bool:
    """Whether the table fits its float's width (a column, or the page for table* and one column)."""
    wide = table.features["float"] == "table*" or not two_column
    return estimated_width(table, two_column) <= (TEXT_WIDTH if wide else (TEXT_WIDTH - 10) / 2)


def _fitting_table(rng: random.Random, number: int, two_column: bool) -> Table:
    """The first table drawn that fits its width: an overfull tabular runs off the page, which no
    real paper prints."""
    while not fits(table := draw_table(rng, number, two_column), two_column):
        pass
    return table


def draw_paper(seed: int) -> tuple[str, list[Table]]:
    """One paper's LaTeX and its tables, all from its seed."""
    rng = random.Random(seed)
    two_column = rng.random() < 0.6
    times = rng.random() < 0.5
    tables = [_fitting_table(rng, n + 1, two_column) for n in range(rng.randint(1, 3))]
    return paper_latex(rng, tables, two_column, times), tables


def tables_json(tables: Sequence[Table], seed: int) -> dict[str, Any]:
    """The gold in latex-pairs' tables.json shape (what `load_table_gold` reads), with each style."""
    entries = []
    for i, table in enumerate(tables):
        cells = table.gold_cells()
        entries.append(
            {
                "index": i,
                "caption": table.caption,
                "env": table.features["float"],
                "n_rows": len(table.head_rows) + len(table.body_rows),
                "n_cols": len(table.spec),
                "cells": cells,
                "usable": True,
                "features": table.features,
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


def generate(out: Path, papers: int, first_seed: int) -> None:
    """Write `papers` papers, seeds first_seed.., into `out` (one folder each)."""
    if shutil.which("pdflatex") is None:
        sys.exit(
            "pdflatex not found: apt-get install texlive-latex-base texlive-latex-recommended "
            "texlive-fonts-recommended"
        )
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first_seed, first_seed + papers):
        tex, tables = draw_paper(seed)
        folder = out / f"synth_{seed:04d}"
        folder.mkdir(exist_ok=True)
        (folder / "paper.tex").write_text(tex, "utf-8")
        (folder / "tables.json").write_text(json.dumps(tables_json(tables, seed), indent=1), "utf-8")
        compile_pdf(tex, folder)
        print(f"{folder.name}: {len(tables)} tables ({group_of(seed)})", flush=True)


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
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # per line of the report: tables, paired
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
        for g, (table, entry) in enumerate(zip(gold_tables, raw["tables"], strict=True)):
            one_gold = {"fields": ["table_grids"], "table_grids": [table]}
            one_pred = {"tables": [predicted[partner[g]]] if g in partner else []}
            if g in partner:
                score_tables(paired, one_gold, one_pred)
            for key in ("overall", *(f"{n}={v}" for n, v in entry["features"].items())):
                found[key][0] += 1
                found[key][1] += g in partner
            for name, value in entry["features"].items():
                score_tables(by_feature[(name, str(value))], one_gold, one_pred)
    return {
        "papers": papers,
        "overall": overall.to_dict(),
        "paired": paired.to_dict(),
        "features": {f"{n}={v}": s.to_dict() for (n, v), s in sorted(by_feature.items())},
        "found": dict(found),
    }


def _line(name: str, fields: dict[str, Any], found: Sequence[int]) -> str:
    adjacency, cells = (fields[k]["strict"] for k in ("table.adjacency", "table.cells"))
    return (
        f"{name:<28} {found[1]:>4}/{found[0]:<4} {adjacency['gold']:>6} {adjacency['precision']:>6.3f} {adjacency['recall']:>6.3f} "
        f"{adjacency['f1']:>6.3f}  {cells['precision']:>6.3f} {cells['recall']:>6.3f} {cells['f1']:>6.3f}"
    )


def report(result: dict[str, Any]) -> str:
    """The scores as a plain table: gold tables paired with a predicted one by caption, adjacency (gold
    relations, P, R, F1), then cell texts (P, R, F1). "paired tables only" scores the structure of the
    tables whose caption was found (a missed caption costs the whole table elsewhere)."""
    lines = [
        f"papers: {result['papers']}",
        f"{'':<28} {'paired':>9} {'adj.n':>6} {'adj.P':>6} {'adj.R':>6} {'adj.F1':>6}  {'cel.P':>6} {'cel.R':>6} {'cel.F1':>6}",
        _line("overall", result["overall"], result["found"]["overall"]),
        _line("paired tables only", result["paired"], [result["found"]["overall"][1]] * 2),
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
) -> None:
    """`generate` and `score` of a generated corpus (this one, and scripts/header_corpus.py)."""
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
    args = parser.parse_args(argv)
    if args.command == "generate":
        generate(args.out, args.papers, args.seed)
        return
    if not args.dir.is_dir():
        sys.exit(f"no corpus at {args.dir}: run `python scripts/{script} generate` first (needs pdflatex)")
    result = score(args.dir, args.group)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), "utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    corpus_cli(argv, __doc__, "table_corpus.py", DEFAULT_OUT, 200, generate, score, report)


if __name__ == "__main__":
    main()
