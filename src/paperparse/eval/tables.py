"""Table content scores: ICDAR 2013 adjacency relations and cell texts, micro-averaged over all tables.

A grid is a list of cells `{row, col, rowspan, colspan, text}` (0-based top-left slot and its span), as
paperparse/1 writes `tables[].cells` and latex-pairs' tables.json holds them, so the scorer reads what
users read.

Texts are compared normalised: lowercase letters and digits only, accents and compatibility forms folded
("Acc.", "ACC" and "acc" are one text). A cell whose normalised text is empty ("", "-", "—") is an empty
cell: it takes no part in either score, and relations skip over it.

Adjacency (Göbel et al., ICDAR 2013 table competition): every non-empty cell is related to its nearest
non-empty neighbour to the right in each row it occupies, and to its nearest non-empty neighbour below in
each column it occupies; a relation is (text, neighbour's text, "right" | "below"). A spanning cell thus
takes part once per neighbour along its whole edge: a header spanning two columns is related to each of
the two cells under it, a stub spanning two rows to the first non-empty cell right of it in each row.
The same two cells are related at most once per direction, however many rows or columns they share.
Slots no cell covers count as empty. The relations of a table are a multiset; a predicted relation is
right when the paired gold table has an equal one not yet matched.

Cells: the multiset of the non-empty normalised cell texts.

Citations: where the gold could not tell how the PDF prints a citation in a cell and left it out
(latex-pairs' `citations_in_cells` "drop"; the table says `citations_dropped`), the numeric markers
("[12]", "[3, 5–7]") of the paired prediction's cells are left out too before both scores.

Pairing: a gold table and a predicted one pair by caption, one to one, best first, under the Levenshtein
matching the `tables` caption field is scored with. A pair whose gold is not usable (its gold grid is not
trusted) is left out on both sides; a usable gold table without a partner counts all its relations and
cells as missed; a predicted table without a partner counts all of its own as false positives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from paperparse.eval.scoring import (
    FieldScores,
    caption_text,
    fold_accents,
    greedy_pairs,
    similarity,
    soft_form,
)

Relation = tuple[str, str, str]
ADJACENCY = "table.adjacency"
CELLS = "table.cells"


def cell_form(text: str | None) -> str:
    """The compared form of a cell's text: lowercase alphanumerics, accents and ligatures folded."""
    return soft_form(fold_accents(text or ""))


def _span(cell: Mapping[str, Any], start: str, length: str) -> range:
    first = int(cell.get(start) or 0)
    return range(first, first + max(1, int(cell.get(length) or 1)))


def adjacency_relations(cells: Sequence[Mapping[str, Any]]) -> Counter[Relation]:
    """The multiset of (text, neighbour text, direction) relations of one grid (see the module doc)."""
    texts = [cell_form(c.get("text")) for c in cells]
    owner: dict[tuple[int, int], int] = {}
    for i, cell in enumerate(cells):
        for r in _span(cell, "row", "rowspan"):
            for c in _span(cell, "col", "colspan"):
                owner.setdefault((r, c), i)
    if not owner:
        return Counter()
    n_rows = 1 + max(r for r, _ in owner)
    n_cols = 1 + max(c for _, c in owner)

    def nearest(lane: Iterable[tuple[int, int]]) -> int | None:
        for slot in lane:
            j = owner.get(slot)
            if j is not None and texts[j]:
                return j
        return None

    pairs: set[tuple[int, int, str]] = set()
    for i, cell in enumerate(cells):
        if not texts[i]:
            continue
        rows, cols = _span(cell, "row", "rowspan"), _span(cell, "col", "colspan")
        for r in rows:
            j = nearest((r, c) for c in range(cols.stop, n_cols))
            if j is not None:
                pairs.add((i, j, "right"))
        for c in cols:
            j = nearest((r, c) for r in range(rows.stop, n_rows))
            if j is not None:
                pairs.add((i, j, "below"))
    return Counter((texts[i], texts[j], direction) for i, j, direction in pairs)


_CITATION = re.compile(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")


def without_citations(cells: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The cells with numeric citation markers taken out of their texts (see the module doc)."""
    return [{**c, "text": _CITATION.sub(" ", c.get("text") or "")} for c in cells]


def cell_texts(cells: Sequence[Mapping[str, Any]]) -> Counter[str]:
    """The multiset of non-empty normalised cell texts of one grid."""
    return Counter(form for c in cells if (form := cell_form(c.get("text"))))


def _overlap(gold: Counter[Any], pred: Counter[Any]) -> int:
    return sum((gold & pred).values())


def _caption_similarity(gold: str, pred: str) -> float:
    """The `tables` field's Levenshtein matching; two tables without a caption are not the same table."""
    return similarity("levenshtein", gold, pred) if gold and pred else 0.0


def score_tables(scores: FieldScores, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Add one document's table relations and cells to `scores` ("table.adjacency", "table.cells").

    `gold["table_grids"]` lists the gold tables as `{caption, usable, grids}` (a table float may hold
    several tabulars, each its own grid: relations never cross from one to the next); scored only when
    the gold names "table_grids" among its `fields`. The prediction is a paperparse/1 dict.
    """
    if "table_grids" not in (gold.get("fields") or []):
        return
    gold_tables = gold.get("table_grids") or []
    pred_tables = pred.get("tables") or []
    pairs = greedy_pairs(
        [caption_text(t) for t in gold_tables], [caption_text(t) for t in pred_tables], _caption_similarity
    )
    partner = {g: p for g, p, _ in pairs}
    paired_preds = set(partner.values())
    gold_relations, gold_cells = Counter[Relation](), Counter[str]()
    pred_relations, pred_cells = Counter[Relation](), Counter[str]()
    tp_relations = tp_cells = 0
    for g, table in enumerate(gold_tables):
        if not table.get("usable"):
            continue
        relations = sum((adjacency_relations(grid) for grid in table.get("grids") or []), Counter())
        texts = sum((cell_texts(grid) for grid in table.get("grids") or []), Counter())
        gold_relations += relations
        gold_cells += texts
        if g in partner:
            cells = pred_tables[partner[g]].get("cells") or []
            if table.get("citations_dropped"):
                cells = without_citations(cells)
            predicted, predicted_texts = adjacency_relations(cells), cell_texts(cells)
            pred_relations += predicted
            pred_cells += predicted_texts
            tp_relations += _overlap(relations, predicted)
            tp_cells += _overlap(texts, predicted_texts)
    for p, table in enumerate(pred_tables):
        if p not in paired_preds:
            pred_relations += adjacency_relations(table.get("cells") or [])
            pred_cells += cell_texts(table.get("cells") or [])
    scores.add_same(ADJACENCY, tp_relations, sum(pred_relations.values()), sum(gold_relations.values()))
    scores.add_same(CELLS, tp_cells, sum(pred_cells.values()), sum(gold_cells.values()))
