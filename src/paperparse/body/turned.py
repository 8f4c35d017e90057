"""Tables set sideways: a table turned a quarter to fit the page (LaTeX's sidewaystable, a landscape
table in a portrait paper), its caption turned with it.

The layout sets rotated lines aside, so such a table's caption is never read with the body's. Here each
page's rotated text is read in its own frame (`pdf.turn`): a line there opening with a table's label is
the caption; the lines after it (before it, when nothing follows) up to the next caption are the table,
read into a grid as an upright table is; every box is given back in the page's points.
"""

from __future__ import annotations

import re
from dataclasses import replace

from paperparse.body.captions import CAPTION, caption_label, is_table_kind
from paperparse.body.geometry import around
from paperparse.body.tables import read_table, with_frame
from paperparse.document import Caption, Location, TableContent
from paperparse.layout import Layout, PageLayout
from paperparse.pdf.model import Line, Page
from paperparse.pdf.turn import Turn, turned_text


def turned_tables(layout: Layout, known: list[Caption]) -> list[Caption]:
    """The tables set sideways in the document that are not among `known` (by label), with their
    caption, region and grid."""
    labels = {t.label for t in known}
    found: list[Caption] = []
    for page_layout in layout.pages:
        turned = turned_text(page_layout.page)
        if turned is None:
            continue
        frame, turn = turned
        starts = [
            (i, m)
            for i, line in enumerate(frame.lines)
            if (m := CAPTION.match(line.text)) is not None and is_table_kind(m) and _set_apart(line, m)
        ]
        for k, (i, m) in enumerate(starts):
            label = caption_label(frame.lines[i].text, m)
            if label in labels:
                continue
            labels.add(label)
            end = starts[k + 1][0] if k + 1 < len(starts) else len(frame.lines)
            start = starts[k - 1][0] + 1 if k else 0
            rows = frame.lines[i + 1 : end] or frame.lines[start:i]
            table = _table(
                f"tab{len(known) + len(found) + 1}", label, frame.lines[i], m.end(), rows, frame, turn, layout
            )
            found.append(table)
    return found


def _set_apart(line: Line, m: re.Match[str]) -> bool:
    """A table's label opens its caption when a colon or full stop follows it, or when it is set in bold
    and its text is not (Springer's "Table 2 Ranking ..."): a label in running text is neither."""
    return bool(m.group("sep")) or (line.words[0].font.bold and not all(w.font.bold for w in line.words))


def _table(
    table_id: str,
    label: str,
    caption: Line,
    text_at: int,
    rows: list[Line],
    frame: Page,
    turn: Turn,
    layout: Layout,
) -> Caption:
    """One sideways table read in the turned frame, its boxes given back on the page."""
    page = caption.page
    # grown to the rules the rows lie in: rules drawn past the rows' text (booktabs' run a little wider)
    # would be left out and a table's short \cmidrule's alone taken for two tabulars side by side
    region = (
        with_frame(Location(1, around([ln.bbox for ln in rows])), frame.rules, None).bbox if rows else None
    )
    content: TableContent | None = None
    if region is not None:
        upright = Layout([PageLayout(frame, [])], layout.body_size, layout.vocabulary)
        probe = Caption(table_id, label, "", Location(1, caption.bbox), Location(1, region))
        read = read_table(probe, upright)
        if read is not None:
            cells = [
                replace(c, location=Location(page, turn.to_page(c.location.bbox)) if c.location else None)
                for c in read.cells
            ]
            content = replace(read, cells=cells)
    return Caption(
        table_id,
        label,
        caption.text[text_at:].strip(),
        location=Location(page, turn.to_page(caption.bbox)),
        region=Location(page, turn.to_page(region)) if region is not None else None,
        content=content,
    )
