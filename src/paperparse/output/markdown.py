"""Markdown output for retrieval pipelines: the paper's text in reading order with headings kept.

Chunkers split on headings, so structure goes into ``#`` levels; nothing is escaped, because the
text is meant to be read (by people and models), not rendered exactly.
"""

from __future__ import annotations

import re

from paperparse.document import Caption, Document, Equation, Section, section_flow

_SPACE = re.compile(r"\s+")


def _line(text: str) -> str:
    """One-line text: a newline inside a heading or list item would end it early."""
    return _SPACE.sub(" ", text).strip()


def _heading(section: Section) -> str | None:
    if not section.title:
        return None
    hashes = "#" * min(section.level + 1, 6)
    title = f"{section.number} {section.title}" if section.number else section.title
    return f"{hashes} {_line(title)}"


def _display(equation: Equation) -> str:
    """A $$ display block (the extracted text, not LaTeX), its number as \\tag."""
    tag = f" \\tag{{{equation.label.strip('()')}}}" if equation.label else ""
    return f"$$\n{_line(equation.text)}{tag}\n$$"


def _caption(item: Caption, kind: str) -> str:
    label = _line(item.label or kind).rstrip(".:")
    return f"> **{label}.** {_line(item.caption)}"


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
        blocks.append(", ".join(_line(a.name) for a in doc.authors))
    if doc.abstract:
        blocks += ["## Abstract", doc.abstract.strip()]
    if doc.keywords:
        blocks.append("**Keywords:** " + ", ".join(_line(k) for k in doc.keywords))

    placed, unplaced = _captions_by_section(doc)
    for i, section in enumerate(doc.sections):
        heading = _heading(section)
        if heading:
            blocks.append(heading)
        for item in section_flow(section, doc.equations):
            if isinstance(item, Equation):
                blocks.append(_display(item))
            elif item.strip():
                blocks.append(item.strip())
        blocks += placed.get(i, [])
    blocks += unplaced

    if doc.footnotes:
        blocks.append("## Footnotes")
        blocks += [f.text.strip() for f in doc.footnotes if f.text.strip()]
    if doc.references:
        blocks.append("## References")
        blocks.append("\n".join(f"{n}. {_line(r.raw)}" for n, r in enumerate(doc.references, 1)))
    return "\n\n".join(blocks)
