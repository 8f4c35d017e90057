"""Table layouts of the generated corpus in llncs (scripts/table_corpus.py): a longtable of its float range
(FLOAT_SEEDS) whose head is two rows, a group head over the head row; a table whose caption stands as near
a paragraph's last line over it as the table's top rule under it."""

from __future__ import annotations

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract


def test_a_longtable_with_a_head_of_two_rows_under_a_continued_label_is_one_table(tmp_path: Path) -> None:
    """Overleaf, "Table 1 continued" stands over the top rule and the part's reader takes it alone for
    the head: the two head rows under it, repeated, are still known for the first page's head by their
    texts in the same slots, so the rows of every page join one table, its head read once."""
    (table,) = extract(pdfgen.tables18_group_head_longtable_paper(tmp_path / "long.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    cells = {(c.row, c.col): c.text for c in content.cells}
    assert cells[(0, 1)] == "Scores"
    rows = (pdfgen.TABLES13_LONG_HEAD, *pdfgen.TABLES13_LONG_ROWS)
    assert {key: text for key, text in cells.items() if key[0] > 0} == {
        (i + 1, k): text for i, row in enumerate(rows) for k, text in enumerate(row)
    }


def test_a_paragraphs_last_line_over_a_caption_is_no_table(tmp_path: Path) -> None:
    """llncs sets a table's caption over it, and the float's skips may put the paragraph before as near
    the caption as the table's top rule: a short last line of running text that the layout parted from
    its paragraph, right under it at its left edge, is running text, not a table's one row over its
    caption, so the table under the caption is read."""
    (table,) = extract(pdfgen.tables18_table_under_paragraph_tail_page(tmp_path / "tail.pdf")).tables
    content = table.content
    assert content is not None and content.structure == "cells"
    rows = (pdfgen.TABLES13_LONG_HEAD, *pdfgen.TABLES13_LONG_ROWS[:12])
    assert {(c.row, c.col): c.text for c in content.cells} == {
        (i, k): text for i, row in enumerate(rows) for k, text in enumerate(row)
    }
