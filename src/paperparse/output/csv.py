"""CSV output of tables: one table is one CSV, n_rows lines of n_cols fields.

A cell's text is in its top-left slot; the other slots a span covers are empty fields (nothing is
repeated, so summing a column never counts a spanning header twice and the cell count stays the
table's). A table whose grid was not recovered is its text lines, one single-field row each. The CSV of
a whole paper (`--format csv`) gives each table after a comment line `# <id>: <label>. <caption>`
(saying so when the table holds only lines or nothing), tables separated by a blank line.
"""

from __future__ import annotations

import csv
import io
import re

from paperparse.document import Caption, Document, TableContent
from paperparse.output.grid import layout

_SPACE = re.compile(r"\s+")


def table_rows(content: TableContent) -> list[list[str]]:
    """The table as rows of fields (see the module doc)."""
    if content.structure != "cells":
        return [[line] for line in content.lines]
    return [[slot.text if slot.start else "" for slot in row] for row in layout(content)]


def table_to_csv(content: TableContent) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table_rows(content))
    return out.getvalue()


def _comment(table: Caption) -> str:
    """The line naming a table: id, label and caption on one line, and what its content is."""
    caption = _SPACE.sub(" ", f"{(table.label or 'Table').rstrip('.:')}. {table.caption}").strip()
    content = table.content
    if content is None:
        note = " (no content: no region found)"
    elif content.structure != "cells":
        note = f" (no grid: {content.reason or 'structure not recovered'}; its text lines follow)"
    else:
        note = ""
    return f"# {table.id}: {caption}{note}"


def tables_to_csv(doc: Document) -> str:
    """Every table of the paper, each after its comment line (see the module doc)."""
    parts = []
    for table in doc.tables:
        body = table_to_csv(table.content) if table.content is not None else ""
        parts.append(f"{_comment(table)}\n{body}")
    return "\n".join(parts)


def table_file_name(stem: str, table: Caption) -> str:
    """`<stem>.<table id>.csv`; characters a file name should not hold are replaced in the id."""
    return f"{stem}.{re.sub(r'[^A-Za-z0-9_-]', '_', table.id)}.csv"
