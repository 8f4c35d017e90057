"""The generated table corpus (scripts/table_corpus.py): its gold is what its LaTeX prints, in the shape
the table scorer reads. Only the last test needs pdflatex; it skips where TeX is not installed."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from scripts_loader import SCRIPTS, load_script

from paperparse.corpora.latex_pairs import load_table_gold
from paperparse.eval.scoring import FieldScores
from paperparse.eval.tables import cell_form, score_tables

SCRIPT = SCRIPTS / "table_corpus.py"
SEEDS = range(1, 41)


corpus = load_script("table_corpus")


def _printed(latex: str) -> str:
    """What pdflatex prints for the few macros the generator writes in cells."""
    latex = re.sub(r"\\multicolumn\{\d+\}\{[^}]*\}\{(.*)\}$", r"\1", latex)
    latex = re.sub(r"\\multirow\{\d+\}\{\*\}\{(.*)\}$", r"\1", latex)
    latex = re.sub(r"\\textbf\{(.*)\}$", r"\1", latex)
    latex = re.sub(
        r"^\\begin\{tabular\}\[[ct]\]\{@\{\}c@\{\}\}(.*)\\\\ (.*)\\end\{tabular\}$", r"\1 \2", latex
    )
    return latex.replace("$\\pm$", "±").replace("\\%", "%").replace("{,}", ",").replace("--", "–")


def test_a_seed_draws_the_same_paper_every_time():
    assert corpus.draw_paper(7)[0] == corpus.draw_paper(7)[0]
    assert corpus.draw_paper(7)[0] != corpus.draw_paper(8)[0]


def test_every_row_of_the_gold_fills_the_tabular_spec():
    for seed in SEEDS:
        for table in corpus.draw_paper(seed)[1]:
            for row in table.head_rows + table.body_rows:
                assert sum(cell.colspan for cell in row) == len(table.spec)


def test_gold_text_is_what_the_cell_latex_prints():
    for seed in SEEDS:
        for table in corpus.draw_paper(seed)[1]:
            for row in table.head_rows + table.body_rows:
                for cell in row:
                    assert _printed(cell.latex) == cell.text


def test_group_heads_span_the_columns_their_multicolumn_covers():
    spans = [
        (cell.colspan, cell.latex)
        for seed in SEEDS
        for table in corpus.draw_paper(seed)[1]
        for row in table.head_rows
        for cell in row
        if cell.colspan > 1
    ]
    assert spans, "no group heads drawn in 40 papers"
    for colspan, latex in spans:
        assert latex.startswith(f"\\multicolumn{{{colspan}}}")


def test_a_paper_keeps_one_caption_side_for_all_its_tables():
    """Mixed sides put a caption-above table right under a caption-below one (both grids then sit
    between two captions), which real papers do not print; both sides are still drawn across papers."""
    sides = set()
    for seed in SEEDS:
        paper_sides = {table.features["caption"] for table in corpus.draw_paper(seed)[1]}
        assert len(paper_sides) == 1, seed
        sides |= paper_sides
    assert sides == {"above", "below"}


def test_the_style_space_is_covered():
    drawn: dict[str, set[str]] = {}
    for seed in SEEDS:
        for table in corpus.draw_paper(seed)[1]:
            for name, value in table.features.items():
                drawn.setdefault(name, set()).add(value)
    assert drawn["rules"] == set(corpus.RULES)
    assert drawn["float"] == {"table", "table*"}
    assert drawn["spans"] == {"group heads", "none"}
    assert drawn["wrapped"] == {"p{} cells", "X", "none"}
    assert drawn["columns"] == {"3-4", "5-7", "8-12"}
    assert drawn["class"] == {t.name for t in corpus.TEMPLATES}
    assert drawn["stubs"] == {"multirow", "plain"}
    assert drawn["env"] == {"tabular", "tabular*", "tabularx"}
    assert drawn["note"] == {"none", "paragraph", "threeparttable"}
    assert drawn["box"] == {"none", "resizebox"}
    assert drawn["empty"] == {"empty cells", "none"}
    assert drawn["heads"] == {"stacked c", "stacked t", "plain"}


def test_seeds_split_into_dev_and_judge_halves():
    groups = [corpus.group_of(seed) for seed in SEEDS]
    assert groups.count("dev") == groups.count("judge") == len(SEEDS) // 2


def test_the_gold_scores_perfectly_against_itself_in_the_latex_pairs_scorer(tmp_path):
    _, tables, _ = corpus.draw_paper(3)
    path = tmp_path / "tables.json"
    path.write_text(json.dumps(corpus.tables_json(tables, 3)), "utf-8")
    gold = {"fields": ["table_grids"], "table_grids": load_table_gold(path)}
    pred = {"tables": [{"caption": t.caption, "cells": t.gold_cells()} for t in tables]}
    scores = FieldScores()
    score_tables(scores, gold, pred)
    result = scores.to_dict()
    for name in ("table.adjacency", "table.cells"):
        assert result[name]["strict"]["f1"] == 1.0
        assert result[name]["strict"]["gold"] > 0
    pred["tables"][0]["cells"] = [c for c in pred["tables"][0]["cells"] if c["text"]][1:]
    worse = FieldScores()
    score_tables(worse, gold, pred)
    assert worse.to_dict()["table.cells"]["strict"]["recall"] < 1.0


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed (TeX is a dev tool)")
def test_the_compiled_pdf_prints_every_gold_cell(tmp_path):
    import pypdfium2

    tex, tables, _ = corpus.draw_paper(4)
    pdf = corpus.compile_pdf(tex, tmp_path)
    document = pypdfium2.PdfDocument(str(pdf))
    printed = cell_form(" ".join(page.get_textpage().get_text_range() for page in document))
    for table in tables:
        for cell in table.gold_cells():
            assert cell_form(cell["text"]) in printed


def test_every_drawn_table_fits_its_float_width():
    for seed in SEEDS:
        tex, tables, _ = corpus.draw_paper(seed)
        template = next(t for t in corpus.TEMPLATES if t.documentclass == tex.splitlines()[0])
        assert all(corpus.fits(table, template) for table in tables)


def test_a_multirow_stub_spans_its_rows_and_its_placeholders_leave_the_gold():
    """The gold of a multirow stub is one cell with its rowspan, as derive_tables.py writes it; the slots
    it covers hold no cell, and every row still fills the spec."""
    tables = [t for seed in SEEDS for t in corpus.draw_paper(seed)[1] if t.row_groups]
    assert tables, "no multirow stubs drawn in 40 papers"
    for table in tables:
        cells = table.gold_cells()
        first_body = len(table.head_rows)
        for start, end in table.row_groups:
            stub = next(c for c in cells if c["row"] == first_body + start and c["col"] == 0)
            assert stub["rowspan"] == end - start
            covered = range(first_body + start + 1, first_body + end)
            assert not [c for c in cells if c["row"] in covered and c["col"] == 0]


def test_the_paper_gold_names_what_its_latex_prints():
    """gold.json, for the segmentation model's silver aligner: the title, authors, affiliations, abstract,
    section titles and table captions are each written in the paper's LaTeX."""
    for seed in SEEDS:
        tex, tables, gold = corpus.draw_paper(seed)
        assert f"\\title{{{gold['title']}}}" in tex
        assert f"\\begin{{abstract}}{gold['abstract']}\\end{{abstract}}" in tex
        assert all(name in tex for name in gold["authors"] + gold["affiliations"])
        assert [f"\\section{{{s['title']}}}" in tex for s in gold["sections"]] == [True] * len(tables)
        assert gold["table_captions"] == [table.caption for table in tables]
        assert gold["template"] in {t.name for t in corpus.TEMPLATES}


def test_gold_is_added_only_to_papers_the_script_still_draws(tmp_path):
    for seed, tex in ((5, corpus.draw_paper(5).tex), (6, "\\documentclass{article}\n")):
        (tmp_path / f"synth_{seed:04d}").mkdir()
        (tmp_path / f"synth_{seed:04d}" / "paper.tex").write_text(tex, "utf-8")
    corpus.main(["gold", str(tmp_path)])
    assert json.loads((tmp_path / "synth_0005" / "gold.json").read_text("utf-8")) == corpus.draw_paper(5).gold
    assert not (tmp_path / "synth_0006" / "gold.json").exists()


LAYOUT_PAPERS = range(corpus.LAYOUT_SEEDS, corpus.LAYOUT_SEEDS + 30)


def test_layout_seeds_draw_tables_a_column_does_not_hold_and_leave_the_other_seeds_alone():
    """From LAYOUT_SEEDS on every table is in one of LAYOUTS, in a two-column class: an overflowing
    tabular in a column float is wider than the column; two side by side each fit half the float."""
    drawn = set()
    for seed in LAYOUT_PAPERS:
        tex, tables, _ = corpus.draw_paper(seed)
        template = next(t for t in corpus.TEMPLATES if t.documentclass == tex.splitlines()[0])
        assert template.two_column
        for table in tables:
            layout = table.features["layout"]
            drawn.add(layout)
            if layout == "overflow":
                assert table.partner is None and table.features["float"] == "table"
                assert corpus.estimated_width(table, template) > template.column_width
            else:
                assert table.partner is not None and "\\begin{minipage}" in corpus.table_latex(table)
    assert drawn == set(corpus.LAYOUTS)
    assert all("layout" not in t.features for seed in SEEDS for t in corpus.draw_paper(seed).tables)


def test_side_by_side_gold_is_two_grids_of_one_table_or_two_tables():
    """Under one caption the two tabulars are parts 1/2 and 2/2 of one table (two grids, as latex-pairs
    holds a float of several tabulars); each under its own caption, two tables."""
    for seed in LAYOUT_PAPERS:
        _, tables, gold = corpus.draw_paper(seed)
        entries = corpus.tables_json(tables, seed)["tables"]
        for table in tables:
            if table.partner is None:
                continue
            mine = [e for e in entries if e["caption"] in (table.caption, table.partner.caption)]
            if table.features["layout"] == "side by side, one caption":
                assert [e.get("part") for e in mine] == ["1/2", "2/2"]
                assert table.partner.caption not in gold["table_captions"]
            else:
                assert [e.get("part") for e in mine] == [None, None]
                assert table.partner.caption in gold["table_captions"]


def test_a_float_of_two_tabulars_scores_as_one_table_of_two_grids(tmp_path):
    """`score` pairs the gold's tables (a float's parts joined) with their entries' first part: a
    prediction holding both grids, one after the other in rows and columns of their own, scores
    perfectly."""
    seed = next(
        s
        for s in LAYOUT_PAPERS
        if any(t.features["layout"] == "side by side, one caption" for t in corpus.draw_paper(s).tables)
    )
    tables = corpus.draw_paper(seed).tables
    folder = tmp_path / f"synth_{seed}"
    folder.mkdir()
    (folder / "tables.json").write_text(json.dumps(corpus.tables_json(tables, seed)), "utf-8")

    def predicted(table):
        if table.features["layout"] != "side by side, one caption":
            return [table.gold_cells()] + ([table.partner.gold_cells()] if table.partner else [])
        left, right = table.gold_cells(), table.partner.gold_cells()
        rows, cols = (max(c[k] + c[f"{k}span"] for c in left) for k in ("row", "col"))
        return [left + [{**c, "row": c["row"] + rows, "col": c["col"] + cols} for c in right]]

    def extractor(_pdf):
        tabs = []
        for table in tables:
            grids = predicted(table)
            captions = [table.caption] + ([table.partner.caption] if len(grids) == 2 else [])
            tabs += [{"caption": c, "cells": g} for c, g in zip(captions, grids, strict=True)]
        return {"tables": tabs}

    result = corpus.score(tmp_path, corpus.group_of(seed), extractor)
    assert result["overall"]["table.adjacency"]["strict"]["f1"] == 1.0
    assert "layout=side by side, one caption" in result["features"]


def test_caption_seeds_style_the_captions_with_the_caption_package_in_the_classes_it_restyles():
    """From CAPTION_SEEDS on a paper of a class the caption package restyles sets its \\captionsetup: the
    drawn keys or Bioinformatics' style (its captions above the tables), each table noting them, and some
    captions long; the papers drawn before stay without it."""
    styles, lengths = set(), set()
    for seed in range(corpus.CAPTION_SEEDS, corpus.CAPTION_SEEDS + 30):
        tex, tables, gold = corpus.draw_paper(seed)
        assert gold["template"] in corpus.CAPTION_TEMPLATES
        assert "\\usepackage{caption}" in tex and "\\captionsetup{" in tex
        for table in tables:
            features = table.features
            bioinformatics = features.get("caption style") == "bioinformatics"
            styles.add("bioinformatics" if bioinformatics else features["caption labelsep"])
            lengths.add(features["caption length"])
            assert features["caption"] == "above" or not bioinformatics
            if bioinformatics and features["box"] == "none":  # the caption as wide as its tabular
                assert "\\begin{threeparttable}\n\\caption{" in corpus.table_latex(table)
            assert table.caption in gold["table_captions"]
    assert styles == {"bioinformatics", *corpus.CAPTION_KEYS["labelsep"]}
    assert lengths == {"long", "short"}
    assert not any("captionsetup" in corpus.draw_paper(seed).tex for seed in SEEDS)


def test_the_markup_range_draws_every_markup_and_full_rows():
    """Seeds from MARKUP_SEEDS on draw each of MARKUPS, every row filling its tabular's spec; an older
    seed draws no markup (its papers are drawn as before)."""
    drawn = set()
    for seed in range(corpus.MARKUP_SEEDS, corpus.MARKUP_SEEDS + 40):
        for table in corpus.draw_paper(seed)[1]:
            drawn.add(table.features["markup"])
            for row in table.head_rows + table.body_rows:
                assert sum(cell.colspan for cell in row) == len(table.spec)
    assert drawn == set(corpus.MARKUPS)
    assert all("markup" not in t.features for t in corpus.draw_paper(corpus.MARKUP_SEEDS - 2)[1])


def test_the_float_range_draws_subtables_and_longtables_whose_head_repeats():
    """Seeds from FLOAT_SEEDS on draw two subtables under one caption (gold: one table of two grids) or
    a longtable whose head rows are set again over each page's part (\\endhead)."""
    drawn = set()
    for seed in range(corpus.FLOAT_SEEDS, corpus.FLOAT_SEEDS + 20):
        tex, tables, _ = corpus.draw_paper(seed)
        for table in tables:
            drawn.add(table.features["float layout"])
            if table.features["float layout"] == "longtable":
                # the last head row set twice: over the first page's part and over each next one's
                assert tex.count(corpus._row_latex(table.head_rows[-1])) == 2 and len(table.body_rows) >= 45
            else:
                parts = corpus.tables_json([table], seed)["tables"]
                assert [p["part"] for p in parts] == ["1/2", "2/2"] and parts[0]["caption"] == parts[1][
                    "caption"
                ]
    assert drawn == set(corpus.FLOAT_LAYOUTS)


def test_the_kit_range_draws_the_kits_and_their_row_styles_with_full_rows():
    """Seeds from KIT_SEEDS on draw every kit look-alike, each of the `rows` styles, arrows and tables
    beside a figure (the figure's caption in the paper's gold), every row filling its tabular's spec;
    an older seed draws none of them (its papers are drawn as before)."""
    classes, styles, layouts = set(), set(), set()
    for seed in range(corpus.KIT_SEEDS, corpus.KIT_SEEDS + 60):
        tex, tables, gold = corpus.draw_paper(seed)
        classes.add(gold["template"])
        for table in tables:
            styles.update(table.features["rows"].split(", "))
            layouts.add((table.features["float layout"], table.features["arrows"]))
            if table.features["float layout"] == "beside figure":
                assert table.subcaption in gold["figure_captions"] and r"\captionof{table}" in tex
            for row in table.head_rows + table.body_rows:
                assert sum(cell.colspan for cell in row) == len(table.spec)
    assert {t.name for t in corpus.KIT_TEMPLATES} <= classes
    assert styles >= {"group rows bf", "group rows it", "empty rows", "marks", "em dashes", "none"}
    assert {layout for layout, _ in layouts} == {"beside figure", "float"}
    assert {arrows for _, arrows in layouts} == {"heads", "none"}
    assert all("rows" not in t.features for t in corpus.draw_paper(corpus.KIT_SEEDS - 2)[1])
