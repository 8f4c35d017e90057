"""Markdown output for retrieval pipelines: the paper's text in reading order with headings kept.

Chunkers split on headings, so structure goes into ``#`` levels. The text is meant to be read (by
people and models), so it is escaped only where Markdown would misread it: a paragraph that opens like a
heading, list, quote or table row ("# params.", "1. Smith"), and ``$$`` that would open a display.

A table follows its caption: a pipe table when every cell fills one slot (its first row is the pipe
table's head, as the syntax needs one), an HTML ``<table>`` when a cell spans rows or columns (pipe tables
cannot), and a fenced block of its text lines when no grid was recovered.
"""

from __future__ import annotations

import html
import re

from paperparse.document import Caption, Document, Equation, Section, TableContent, section_flow
from paperparse.output.grid import Slot, has_spans, layout

_SPACE = re.compile(r"\s+")
_BLOCK_MARK = re.compile(r"^(\s*)([#*>|+-])", re.MULTILINE)
_ORDERED_MARK = re.compile(r"^(\s*\d+)([.)])(?=\s|$)", re.MULTILINE)


def _line(text: str) -> str:
    """One-line text: a newline inside a heading or list item would end it early; "$$" stays literal."""
    return _SPACE.sub(" ", text).strip().replace("$$", r"\$\$")


def _block(text: str) -> str:
    """A paragraph as Markdown must show it: a line that opens with a block mark gets a backslash ("\\# params."
    is text, not a heading; "1\\. Smith" is not a list), and "$$" cannot open a display."""
    text = _BLOCK_MARK.sub(r"\1\\\2", text.strip().replace("$$", r"\$\$"))
    return _ORDERED_MARK.sub(r"\1\\\2", text)


def _heading(section: Section) -> str | None:
    if not section.title:
        return None
    hashes = "#" * min(section.level + 1, 6)
    title = f"{section.number} {section.title}" if section.number else section.title
    return f"{hashes} {_line(title)}"


def _display(equations: list[Equation]) -> str:
    """One $$ display block (the extracted text, not LaTeX) for an equation set on several lines, a line each
    in reading order, its number as \\tag."""
    label = equations[-1].label
    tag = f" \\tag{{{label.strip('()')}}}" if label else ""
    return "$$\n" + "\n".join(_line(e.text) for e in equations) + f"{tag}\n$$"


def _flow_blocks(flow: list[str | Equation]) -> list[str]:
    """A section's paragraphs and displays; equations that follow one another with nothing between are the
    lines of one display until a numbered one ends it (its number stands on its last line)."""
    blocks: list[str] = []
    lines: list[Equation] = []
    for item in flow:
        if isinstance(item, Equation):
            lines.append(item)
            if item.label:
                blocks.append(_display(lines))
                lines = []
            continue
        if lines:
            blocks.append(_display(lines))
            lines = []
        if item.strip():
            blocks.append(_block(item))
    if lines:
        blocks.append(_display(lines))
    return blocks


def _caption(item: Caption, kind: str) -> str:
    label = _line(item.label or kind).rstrip(".:")
    caption = f"> **{label}.** {_line(item.caption)}"
    content = _table(item.content) if item.content is not None else None
    return f"{caption}\n\n{content}" if content else caption


def _pipe_cell(text: str) -> str:
    """A cell's text on one line, its pipes escaped so they do not split the cell."""
    return _line(text).replace("|", "\\|")


def _pipe_table(grid: list[list[Slot]]) -> str:
    rows = ["| " + " | ".join(_pipe_cell(s.text) for s in row) + " |" for row in grid]
    return "\n".join([rows[0], "|" + "---|" * len(grid[0]), *rows[1:]])


def _html_table(grid: list[list[Slot]]) -> str:
    """An HTML table with rowspan/colspan; the slots a span covers get no cell, header cells are <th>."""
    rows = []
    for slots in grid:
        cells = []
        for s in slots:
            if s.covered:
                continue
            tag = "th" if s.header else "td"
            spans = "".join(
                f' {name}="{n}"' for name, n in (("rowspan", s.rowspan), ("colspan", s.colspan)) if n > 1
            )
            cells.append(f"<{tag}{spans}>{html.escape(_line(s.text), quote=False)}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>\n" + "\n".join(rows) + "\n</table>"


def _fenced(lines: list[str]) -> str:
    """Lines kept as printed, in a fence longer than any run of backticks inside them."""
    longest = max((len(run) for line in lines for run in re.findall(r"`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return "\n".join([f"{fence}text", *lines, fence])


def _table(content: TableContent) -> str | None:
    """A table's content as Markdown (see the module doc); None when it holds nothing to show."""
    if content.structure != "cells":
        return _fenced(content.lines) if content.lines else None
    grid = layout(content)
    if not grid:
        return None
    return _html_table(grid) if has_spans(grid) else _pipe_table(grid)


def _captions_by_section(doc: Document) -> tuple[dict[int, list[str]], list[str]]:
    """Each caption goes after the last section that starts on or before its page; the rest go last."""
    starts = [s.location.page if s.location else None for s in doc.sections]
    placed: dict[int, list[str]] = {}
    unplaced: list[str] = []
    captions = [(f, "Figure") for f in doc.figures] + [(t, "Table") for t in doc.tables]
    captions.sort(
        key=lambda c: (c[0].location.page, c[0].location.bbox[1]) if c[0].location else (1 << 30, 0.0)
    )
    for item, kind in captions:
        text = _caption(item, kind)
        page = item.location.page if item.location else None
        index = None
        if page is not None:
            for i, start in enumerate(starts):
                if start is not None and start <= page:
                    index = i
        if index is None:
            unplaced.append(text)
        else:
            placed.setdefault(index, []).append(text)
    return placed, unplaced


def to_markdown(doc: Document) -> str:
    """The document as Markdown: title, authors, abstract, sections (display equations in their place),
    captions, footnotes, references."""
    blocks: list[str] = []
    if doc.title:
        blocks.append(f"# {_line(doc.title)}")
    if doc.authors:
        blocks.append(_block(", ".join(_line(a.name) for a in doc.authors)))
    if doc.abstract:
        blocks += ["## Abstract", _block(doc.abstract)]
    if doc.keywords:
        blocks.append("**Keywords:** " + ", ".join(_line(k) for k in doc.keywords))

    placed, unplaced = _captions_by_section(doc)
    for i, section in enumerate(doc.sections):
        heading = _heading(section)
        if heading:
            blocks.append(heading)
        blocks += _flow_blocks(section_flow(section, doc.equations))
        blocks += placed.get(i, [])
    blocks += unplaced

    if doc.footnotes:
        blocks.append("## Footnotes")
        blocks += [_block(f.text) for f in doc.footnotes if f.text.strip()]
    if doc.references:
        blocks.append("## References")
        blocks.append("\n".join(f"{n}. {_block(_line(r.raw))}" for n, r in enumerate(doc.references, 1)))
    return "\n\n".join(blocks)
