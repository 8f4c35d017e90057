"""Column heads stacked over two lines whose second line opens in capitals ("Data" over "Piping", set in
a nested tabular, \\makecell, \\shortstack or a narrow centred p{} column): one head cell each."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest
from scripts_loader import load_script

from paperparse.document import TableContent
from paperparse.pipeline import extract

corpus = load_script("table_corpus")


def _content(pdf: Path) -> TableContent:
    (table,) = extract(pdf).tables
    assert table.content is not None and table.content.structure == "cells"
    return table.content


def _rows(content: TableContent) -> list[list[str]]:
    cells = sorted(content.cells, key=lambda c: (c.row, c.col))
    return [[c.text for c in cells if c.row == r] for r in range(content.n_rows)]


def _heads(heads: tuple[str, ...]) -> list[str]:
    return [head.replace("|", " ") for head in heads]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "no rules"])
def test_heads_stacked_beside_heads_on_one_line_are_one_head_each(tmp_path: Path, ruled: bool) -> None:
    """ "Data" over "Piping" and "Private" over "Section", the other heads level with the first lines:
    the second line leaves those heads' columns and the stubs' empty, so it goes on with the heads
    over it, capitals or not, and the table has one head row."""
    content = _content(pdfgen.tables11_stacked_heads_page(tmp_path / "t.pdf", ruled=ruled))
    assert _rows(content) == [_heads(pdfgen.TABLES11_HEADS), *map(list, pdfgen.TABLES11_ROWS)]


@pytest.mark.parametrize(
    "heads",
    [
        ("Method", "Data|Piping", "Private|Section", "Peak|Memory", "Total|Cost"),
        ("Method", "Data|Piping", "Run Time|[ms]", "Peak|Memory", "Size|(MB)"),
    ],
    ids=["words", "units in brackets"],
)
def test_every_head_stacked_under_a_stub_head_on_its_first_line(
    tmp_path: Path, heads: tuple[str, ...]
) -> None:
    """Every value column's head over two lines, the stub's head level with their first lines (hung
    from the top, as [t] and p{} set them): the second line fills every value column, yet clear of the
    stubs' column under a head line holding the stub's head, it is the heads' second line; a unit in
    brackets ("[ms]") goes on as one in parentheses does."""
    content = _content(pdfgen.tables11_stacked_heads_page(tmp_path / "t.pdf", heads))
    assert _rows(content) == [_heads(heads), *map(list, pdfgen.TABLES11_ROWS)]


def test_heads_stacked_over_heads_level_with_their_last_lines(tmp_path: Path) -> None:
    """The stacked heads' first lines alone over a line of the other heads and their second lines (a
    \\shortstack sits on its last line): those first lines go on below, capitals or not."""
    content = _content(pdfgen.tables11_stacked_heads_page(tmp_path / "t.pdf", level="last"))
    assert _rows(content) == [_heads(pdfgen.TABLES11_HEADS), *map(list, pdfgen.TABLES11_ROWS)]


def test_a_row_of_words_under_the_head_rule_is_no_head(tmp_path: Path) -> None:
    """Under the rule under the heads a line of capitalised words with its stub empty (a \\multirow stub
    set lower, the values left empty) is a body row, not the heads' second line."""
    rows = (("", "Train", "", "", ""), ("LAN", "Infer", "", "", ""), *pdfgen.TABLES11_ROWS)
    heads = ("Network", "Model", "Rosetta", "RTAS", "Fast")
    content = _content(pdfgen.tables11_stacked_heads_page(tmp_path / "t.pdf", heads, rows=rows))
    assert _rows(content)[:3] == [list(heads), ["Train"], ["LAN", "Infer"]]


def test_stacked_seeds_draw_each_stacking_in_both_groups_and_leave_older_seeds_alone() -> None:
    """From STACKED_SEEDS on every table has number heads over two lines, capitalised, one gold head
    cell each; DEV and JUDGE seeds both draw every stacking; the seeds under it draw none."""
    seen: dict[str, set[str]] = {"dev": set(), "judge": set()}
    for seed in range(corpus.STACKED_SEEDS, corpus.STACKED_SEEDS + 30):
        for table in corpus.draw_paper(seed).tables:
            seen[corpus.group_of(seed)].add(table.features["stacked heads"])
            stacked = [cell for cell in table.head_rows[-1] if cell.lines]
            assert stacked and all(cell.text == " ".join(cell.lines) for cell in stacked)
            assert all(cell.lines[1][:1].isupper() for cell in stacked)
    assert seen["dev"] == seen["judge"] == set(corpus.STACKINGS)
    for seed in (7, corpus.CLOSE_SEEDS + 7):
        assert all("stacked heads" not in t.features for t in corpus.draw_paper(seed).tables)


def test_a_short_line_with_a_bold_word_inside_a_table_of_text_does_not_end_its_region(tmp_path: Path) -> None:
    """A table of two paragraph columns over its caption: a cell's short line holding a bold word ("the
    last **words** of my") stands alone in a block of its own, its neighbours' lines paired across the
    columns into blocks reaching level with it; the lines of cells right over and under it show it is
    no heading, so the region runs up to the table's top, not from under that line."""
    from paperparse.body.regions import locate_region
    from paperparse.layout import analyze
    from paperparse.pdf import read_pdf

    path = pdfgen.tables11_text_columns_page(tmp_path / "text.pdf")
    (table,) = extract(path).tables
    assert table.location is not None
    layout = analyze(read_pdf(path))
    page = layout.pages[table.location.page - 1]
    region = locate_region(table, True, page, layout.body_size, [table.location.bbox])
    assert region is not None and region.bbox[1] < 25 / 25.4 * 72  # the head, under the top rule at 22 mm


def test_text_seeds_draw_tables_of_paragraph_columns_whose_gold_is_the_unbolded_text() -> None:
    """From TEXT_SEEDS on every table is two or three p{} columns of sentences under one head row; a
    bold word's cell reads as its plain text in the gold; DEV and JUDGE seeds both draw 2 and 3 columns
    with and without bold words."""
    seen: dict[str, set[tuple[str, str]]] = {"dev": set(), "judge": set()}
    for seed in range(corpus.TEXT_SEEDS, corpus.TEXT_SEEDS + 20):
        for table in corpus.draw_paper(seed).tables:
            assert all(kind.startswith("p{") for kind in table.spec) and len(table.head_rows) == 1
            for row in table.body_rows:
                for cell in row:
                    assert cell.latex.replace("\\textbf{", "").replace("}", "") == cell.text
            features = table.features
            seen[corpus.group_of(seed)].add((features["text columns"], features["bold words"]))
    wanted = {(n, bold) for n in ("2", "3") for bold in ("some", "none")}
    assert wanted <= seen["dev"] and wanted <= seen["judge"]


def test_a_table_of_paragraph_columns_all_wrapped_reads_one_row_per_sentence(tmp_path: Path) -> None:
    """Three paragraph columns under booktabs rules, every cell a sentence wrapped over lines justified to
    its column: each line under a row's first fills every column, stub too, yet each of its cells goes
    on with a line broken at its column's edge, so it is that row's text, not a row of its own."""
    content = _content(pdfgen.tables11_text_table_page(tmp_path / "text.pdf"))
    assert _rows(content) == [list(row) for row in pdfgen.TABLES11_TEXT_TABLE]


def test_the_increment_sign_tex_names_its_delta_by_is_read_as_the_greek_capital() -> None:
    """TeX's \\Delta reaches PDFium by its glyph name "Delta", which the glyph list maps to U+2206
    INCREMENT first: a table head "∆V" is the "ΔV" its LaTeX wrote (U+0394), as gold and readers have it."""
    from paperparse.pdf.text_normalize import normalize_word

    assert normalize_word("\u2206V") == "\u0394V"
    assert normalize_word("\u2206(e)") == "\u0394(e)"
