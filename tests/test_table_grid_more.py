"""Table structure classes the generated table corpus showed failing: a plain note under an unruled
table (no "Note"/"*" mark) is no row of the table."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize(
    "note",
    [
        # one line of running text, set wider than the table, crossing its columns
        ("Times are wall-clock seconds per sentence on one core of the machine we used.",),
        # two lines: the second goes on as running text
        (
            "Times are wall-clock seconds per sentence on one core of the machine we used,",
            "averaged over five runs.",
        ),
    ],
)
def test_a_plain_note_under_an_unruled_table_is_no_row(tmp_path: Path, note: tuple[str, ...]) -> None:
    doc = extract(pdfgen.noted_table_page(tmp_path / "noted.pdf", False, note))
    (table,) = doc.tables
    assert table.content is not None and (table.content.n_rows, table.content.n_cols) == (4, 3)
    assert [c.text for c in table.content.cells if c.row == 3] == ["Exact", "75.0", "42.7"]
