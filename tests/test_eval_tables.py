"""Table scores on hand-made grids: adjacency relations with spans and empty cells, cell texts, the pairing
of tables by caption, the latex-pairs tables.json loader and the rows `paperparse eval` prints."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from paperparse.corpora.latex_pairs import latex_pairs, load_latex_gold, load_table_gold
from paperparse.eval import baseline
from paperparse.eval.run import main, run
from paperparse.eval.scoring import FieldScores
from paperparse.eval.tables import adjacency_relations, cell_texts, score_tables


def cell(row: int, col: int, text: str, rowspan: int = 1, colspan: int = 1) -> dict[str, Any]:
    return {"row": row, "col": col, "text": text, "rowspan": rowspan, "colspan": colspan}


def rows(*texts: list[str]) -> list[dict[str, Any]]:
    """A grid without spans, one list of texts per row."""
    return [cell(r, c, t) for r, row in enumerate(texts) for c, t in enumerate(row)]


def test_a_plain_grid_relates_each_cell_to_its_right_and_lower_neighbour() -> None:
    assert adjacency_relations(rows(["a", "b"], ["c", "d"])) == Counter(
        {("a", "b", "right"): 1, ("c", "d", "right"): 1, ("a", "c", "below"): 1, ("b", "d", "below"): 1}
    )


def test_empty_cells_are_skipped_over_and_take_no_part() -> None:
    grid = rows(["a", "", "b"], ["—", "x", ""], ["c", "", "d"])
    assert adjacency_relations(grid) == Counter(
        {
            ("a", "b", "right"): 1,  # over the empty middle cell
            ("a", "c", "below"): 1,  # over the dash, which normalises to nothing
            ("b", "d", "below"): 1,
            ("c", "d", "right"): 1,
        }
    )
    assert cell_texts(grid) == Counter({"a": 1, "b": 1, "x": 1, "c": 1, "d": 1})


def test_a_slot_no_cell_covers_counts_as_empty() -> None:
    grid = [cell(0, 0, "a"), cell(0, 2, "b"), cell(1, 0, "c"), cell(1, 1, "d"), cell(1, 2, "e")]
    assert adjacency_relations(grid) == Counter(
        {
            ("a", "b", "right"): 1,
            ("a", "c", "below"): 1,
            ("b", "e", "below"): 1,
            ("c", "d", "right"): 1,
            ("d", "e", "right"): 1,
        }
    )


def test_a_column_spanning_header_is_related_to_every_cell_under_it() -> None:
    grid = [cell(0, 0, "Model"), cell(0, 1, "Accuracy", colspan=2), cell(1, 1, "Dev"), cell(1, 2, "Test")]
    grid += [cell(1, 0, "")]
    assert adjacency_relations(grid) == Counter(
        {
            ("model", "accuracy", "right"): 1,
            ("accuracy", "dev", "below"): 1,
            ("accuracy", "test", "below"): 1,
            ("dev", "test", "right"): 1,
        }
    )


def test_a_row_spanning_stub_is_related_to_the_first_cell_right_of_it_in_each_row() -> None:
    grid = [cell(0, 0, "BERT", rowspan=2), cell(0, 1, "base"), cell(1, 1, "large"), cell(2, 0, "GPT")]
    grid += [cell(2, 1, "small")]
    assert adjacency_relations(grid) == Counter(
        {
            ("bert", "base", "right"): 1,
            ("bert", "large", "right"): 1,
            ("base", "large", "below"): 1,
            ("bert", "gpt", "below"): 1,
            ("large", "small", "below"): 1,
            ("gpt", "small", "right"): 1,
        }
    )


def test_two_cells_sharing_several_rows_are_related_once() -> None:
    grid = [cell(0, 0, "a", rowspan=2), cell(0, 1, "b", rowspan=2)]
    assert adjacency_relations(grid) == Counter({("a", "b", "right"): 1})


def test_texts_compare_as_lowercase_alphanumerics_and_repeats_count() -> None:
    grid = rows(["Acc.", "F1"], ["0.91", "0.91"], ["0.91", "Café"])
    assert cell_texts(grid) == Counter({"acc": 1, "f1": 1, "091": 3, "cafe": 1})
    assert adjacency_relations(grid)[("091", "091", "below")] == 1


def _gold(*tables: tuple[str, bool, list[list[dict[str, Any]]]]) -> dict[str, Any]:
    return {
        "fields": ["table_grids"],
        "table_grids": [{"caption": c, "usable": u, "grids": g} for c, u, g in tables],
    }


def _scores(gold: dict[str, Any], pred_tables: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    scores = FieldScores()
    score_tables(scores, gold, {"tables": pred_tables})
    return {
        name: {k: v for k, v in scores.to_dict()[name]["strict"].items() if k in ("tp", "pred", "gold")}
        for name in ("table.adjacency", "table.cells")
    }


GRID = rows(["a", "b"], ["c", "d"])


def test_tables_pair_by_caption_and_score_micro_over_all_tables() -> None:
    gold = _gold(("Results on the test set.", True, [GRID]), ("Ablation study.", True, [rows(["x", "y"])]))
    pred = [
        {"caption": "Ablation study", "label": "Table 2", "cells": rows(["x", "z"])},
        {"caption": "Results on the test set.", "label": "Table 1", "cells": rows(["a", "b"], ["c", "e"])},
    ]
    assert _scores(gold, pred) == {
        "table.adjacency": {"tp": 2, "pred": 5, "gold": 5},  # (a,b,right) (a,c,below)
        "table.cells": {"tp": 4, "pred": 6, "gold": 6},  # a b c x
    }


def test_unpaired_and_untrusted_tables() -> None:
    gold = _gold(
        ("Missed table.", True, [GRID]),  # no prediction: its 4 relations, 4 cells are missed
        ("An image table.", False, [rows(["p", "q"])]),  # untrusted: its partner is left out
        ("", True, [rows(["m", "n"])]),  # no caption: nothing pairs with it
    )
    pred = [
        {"caption": "An image table", "label": None, "cells": rows(["u", "v"], ["w", "t"])},
        {"caption": "A figure taken for a table.", "label": None, "cells": rows(["f", "g"])},
        {"caption": "", "label": None, "cells": rows(["m", "n"])},
        {"caption": "Lines only.", "label": None, "cells": []},
    ]
    assert _scores(gold, pred) == {
        "table.adjacency": {"tp": 0, "pred": 2, "gold": 5},
        "table.cells": {"tp": 0, "pred": 4, "gold": 6},
    }


def test_the_grids_of_one_table_float_are_scored_apart() -> None:
    gold = _gold(("Two tabulars side by side.", True, [rows(["a", "b"]), rows(["c", "d"])]))
    pred = [{"caption": "Two tabulars side by side.", "label": None, "cells": rows(["a", "b", "c", "d"])}]
    assert _scores(gold, pred)["table.adjacency"] == {"tp": 2, "pred": 3, "gold": 2}


def test_a_gold_without_table_grids_scores_nothing() -> None:
    scores = FieldScores()
    score_tables(scores, {"fields": ["tables"]}, {"tables": [{"caption": "x", "cells": GRID}]})
    assert scores.to_dict() == {}


def _tables_json(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"tables": [{"index": i, **e} for i, e in enumerate(entries)]}


def test_tables_json_joins_the_parts_of_one_float(tmp_path: Path) -> None:
    path = tmp_path / "tables.json"
    part = {"caption": "Confusion matrices.", "usable": True, "cells": GRID}
    path.write_text(
        json.dumps(
            _tables_json(
                {"caption": "Plain.", "usable": True, "cells": GRID},
                {**part, "part": "1/2"},
                {**part, "part": "2/2", "usable": False},
                {"caption": None, "usable": False, "cells": [], "content": "image"},
            )
        )
    )
    assert load_table_gold(path) == [
        {"caption": "Plain.", "usable": True, "grids": [GRID]},
        {"caption": "Confusion matrices.", "usable": False, "grids": [GRID, GRID]},
        {"caption": "", "usable": False, "grids": [[]]},
    ]


def _latex_paper(folder: Path, with_tables: bool) -> None:
    folder.mkdir(parents=True)
    (folder / "paper.pdf").write_bytes(b"%PDF-1.4")
    gold = {"template": "IEEE IEEEtran conference", "title": "A Paper", "checks": {"title_in_pdf": True}}
    (folder / "gold.json").write_text(json.dumps(gold))
    if with_tables:
        (folder / "tables.json").write_text(
            json.dumps(_tables_json({"caption": "Results.", "usable": True, "cells": GRID}))
        )


def test_latex_gold_scores_tables_only_with_a_tables_json(tmp_path: Path) -> None:
    _latex_paper(tmp_path / "with", with_tables=True)
    _latex_paper(tmp_path / "without", with_tables=False)
    with_tables = load_latex_gold(tmp_path / "with" / "gold.json")
    assert "table_grids" in with_tables["fields"] and with_tables["table_grids"][0]["grids"] == [GRID]
    assert "table_grids" not in load_latex_gold(tmp_path / "without" / "gold.json")["fields"]


def _extract(pdf: Path) -> dict[str, Any]:
    return {"title": "A Paper", "tables": [{"caption": "Results.", "label": "Table 1", "cells": GRID[:3]}]}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """Two latex-pairs papers with a table each: ieee_cec (fold 0, DEV) and acm_acl2019_dv_cosine (JUDGE)."""
    for doc_id in ("ieee_cec", "acm_acl2019_dv_cosine"):
        _latex_paper(tmp_path / "corpora" / "latex-pairs" / doc_id, with_tables=True)
    return tmp_path


def test_eval_reports_table_rows_in_fields_breakdown_and_baseline(shared: Path) -> None:
    results = run(shared, quick=True, out_json=None, extractor=_extract, only=("latex_pairs",))
    latex = results["corpora"]["latex_pairs"]
    # per paper: gold 4 relations, 4 cells; predicted a, b, c: (a,b,right), (a,c,below), 3 cells
    adjacency = latex["fields"]["table.adjacency"]["soft"]
    assert (adjacency["tp"], adjacency["pred"], adjacency["gold"]) == (4, 4, 8)
    assert latex["fields"]["table.cells"]["soft"]["recall"] == 0.75
    assert latex["by"]["folds"]["dev"]["fields"]["table.adjacency"]["soft"]["gold"] == 4
    flat = baseline.flatten(results)
    assert flat["latex_pairs.table.adjacency.ratcliff.f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert "latex_pairs.table.cells.ratcliff.f1" in flat


def test_a_baseline_without_table_rows_still_checks(shared: Path, tmp_path: Path) -> None:
    results = run(shared, quick=False, out_json=None, extractor=_extract, only=("latex_pairs",))
    old = tmp_path / "baseline.json"
    metrics = {k: v for k, v in baseline.flatten(results).items() if ".table." not in k}
    old.write_text(json.dumps({"quick": False, "metrics": metrics}))
    assert baseline.check(results, old) == []


def test_eval_prints_the_table_columns(
    shared: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("paperparse.eval.run.default_extractor", lambda _model=None: _extract)
    assert main(["--shared", str(shared), "--corpus", "latex_pairs"]) == 0
    out = capsys.readouterr().out
    assert "table.adjacency" in out and "table.cells" in out and "tbl.adj" in out and "tbl.cells" in out


CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@pytest.mark.skipif(not (CORPORA / "latex-pairs").is_dir(), reason=f"latex-pairs not found at {CORPORA}")
def test_real_tables_load_and_their_own_grids_score_every_pairable_relation() -> None:
    """The 216 usable tabulars of latex-pairs load; predicting each usable one-tabular table with a caption
    as its own gold grid scores all its relations and cells, and only the others (captionless tables, which
    nothing can pair, and floats of several tabulars) are missed."""
    scores = FieldScores()
    usable = missed = 0
    for _, _, gold_path in latex_pairs(CORPORA / "latex-pairs"):
        gold = load_latex_gold(gold_path)
        usable += sum(len(t["grids"]) for t in gold["table_grids"] if t["usable"])
        shown = [t for t in gold["table_grids"] if t["usable"] and t["caption"] and len(t["grids"]) == 1]
        missed += sum(
            sum(adjacency_relations(g).values())
            for t in gold["table_grids"]
            if t["usable"] and t not in shown
            for g in t["grids"]
        )
        pred = {"tables": [{"caption": t["caption"], "cells": t["grids"][0]} for t in shown]}
        score_tables(scores, gold, pred)
    relations = scores.to_dict()["table.adjacency"]["strict"]
    assert usable == 216 and missed > 0
    assert relations["tp"] == relations["pred"] == relations["gold"] - missed


def test_citations_the_gold_dropped_are_left_out_of_the_paired_cells(tmp_path: Path) -> None:
    """derive_tables leaves a cell's citation out where it cannot tell how the PDF prints it ("drop"):
    the "[12]" the PDF prints in that table is then no error; in a table whose gold prints them it is."""
    gold_grid = [
        cell(0, 0, "Method"),
        cell(0, 1, "F1"),
        {**cell(1, 0, "Kim et al."), "cite": True},
        cell(1, 1, "71.2"),
    ]
    path = tmp_path / "tables.json"
    raw = _tables_json({"caption": "Results.", "usable": True, "cells": gold_grid})
    path.write_text(json.dumps({**raw, "citations_in_cells": "drop"}))
    pred = {"tables": [{"caption": "Results.", "cells": rows(["Method", "F1"], ["Kim et al. [12]", "71.2"])}]}

    def adjacency_f1(tables: list[dict[str, Any]]) -> float:
        scores = FieldScores()
        score_tables(scores, {"fields": ["table_grids"], "table_grids": tables}, pred)
        return scores.to_dict()["table.adjacency"]["soft"]["f1"]

    dropped = load_table_gold(path)
    assert dropped[0]["citations_dropped"] is True
    assert adjacency_f1(dropped) == 1.0
    path.write_text(json.dumps({**raw, "citations_in_cells": "numeric"}))
    assert adjacency_f1(load_table_gold(path)) < 1.0
