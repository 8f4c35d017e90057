"""Body structure: section headings with numbering and level, paragraphs, captions, footnotes, URLs.

Rule-based over the layout's blocks, one module per kind of element (headings, captions, footnotes,
paragraphs, equations, urls); this module walks the blocks in reading order and hands each to the first
kind that claims it.
"""

from __future__ import annotations

from itertools import accumulate

from paperparse.body.captions import CaptionReader, finish_captions, is_continued_note, split_at_captions
from paperparse.body.equations import equation, is_equation, numbered_display, with_numbers_on_their_equations
from paperparse.body.evidence import TABLE_TEXT, continues_note, is_front_note, reads_as
from paperparse.body.footnotes import footnote, front_footnotes, is_footnote, is_footnote_tail
from paperparse.body.headings import (
    RUN_IN_LEVEL,
    SectionLevels,
    find_headings,
    list_item_run_in,
    run_in_heading,
    spells_appendix,
    split_at_run_ins,
    unnumbered_run_ins,
)
from paperparse.body.paragraphs import (
    LONE_DOI,
    Texts,
    continues_paragraph,
    drop_table_words,
    in_region,
    is_algorithm_lines,
    is_closed,
    opens_insert,
    resumes,
)
from paperparse.body.tables import read_tables
from paperparse.body.turned import turned_tables
from paperparse.body.urls import find_urls
from paperparse.document import BodyMatter, Location, Section
from paperparse.layout import Block, Layout
from paperparse.layout.trace import TextTrace
from paperparse.segmentation import Segmentation

__all__ = ["Texts", "extract_body", "find_urls"]


def _untitled_section(body: BodyMatter, block: Block) -> Section:
    """The section that holds the text before the first heading. A section's location is its heading's
    box; this one has no heading, so its location is where it starts, with no area: the top edge of its
    first block."""
    x0, y0, x1, _ = block.bbox
    section = Section(
        id="sec0", number=None, title="", level=1, location=Location(block.page, (x0, y0, x1, y0))
    )
    body.sections.append(section)
    return section


def _without_float_text(body: BodyMatter, texts: Texts, body_size: float) -> None:
    """Take the words a table read as its content out of the paragraphs and equations: a table's rows that
    the layout left among the text blocks are the table's cells, and as prose they would repeat its numbers
    garbled. Only tables whose content was read count, so a region that held nothing takes nothing. Take
    out too the equations a figure's drawing holds (its panel letters and axis titles, "(a)", "energy
    (eV)"), within its region reached half a line past its edges, where labels hang over it, and a line
    and a half under it, where an axis's title sits over the caption (a display equation set right over
    a figure stays)."""
    regions = [t.region for t in body.tables if t.region is not None and t.content is not None]
    drawings = [_reached(f.region, body_size) for f in body.figures if f.region is not None]
    if not regions and not drawings:
        return
    kept: dict[str, list[int]] = {}  # per section, how many of its paragraphs before each index are kept
    for section in body.sections:
        traces = texts.get(section.id, [])
        if regions:
            for trace in traces:
                drop_table_words(trace, regions)
        kept[section.id] = [0, *accumulate(1 if t.text else 0 for t in traces)]
        texts[section.id] = [t for t in traces if t.text]
    equations = [
        e
        for e in body.equations
        if e.location is None or not in_region((e.location.page, e.location.bbox), regions + drawings)
    ]
    for number, e in enumerate(equations):
        e.id = f"formula_{number}"
        before = kept.get(e.section_id or "", [])
        if before:
            e.after_paragraphs = before[min(e.after_paragraphs, len(before) - 1)]
    body.equations = equations


def _reached(region: Location, size: float) -> Location:
    x0, y0, x1, y1 = region.bbox
    return Location(region.page, (x0 - size / 2, y0 - size / 2, x1 + size / 2, y1 + 1.5 * size))


def extract_body(layout: Layout, segmentation: Segmentation | None = None) -> tuple[BodyMatter, Texts]:
    """The body, and the traces of its paragraphs and captions, which lead from any span of them back to
    their words (the citation finder locates markers with them)."""
    body = BodyMatter()
    texts: Texts = {}
    # the back matter's figures and tables are the paper's too (an appendix's), and so are those set on
    # the bibliography's pages (a float that LaTeX placed after the references began); a caption's
    # "continued" notes repeat page after page, so the layout may have set them aside as running heads;
    # they tie the parts of a caption together
    blocks = [
        b
        for b in layout.blocks
        if (b.kind == "text" and b.zone in ("body", "back", "references"))
        or (b.kind == "running" and is_continued_note(b.text))
    ]
    blocks = split_at_run_ins(split_at_captions(blocks, layout.body_size))
    headings = find_headings(blocks, layout, segmentation)
    lead_ins = unnumbered_run_ins(blocks, layout)
    heading_tails = {id(b) for h in headings.values() for b in h.blocks[1:]}  # a heading's second line
    levels = SectionLevels(list(headings.values()))
    current: Section | None = None
    captions = CaptionReader(body, texts, layout, segmentation)
    captions.foresee(blocks)
    interrupted: int | None = None  # the open paragraph of `current` a boxed insert cut off
    appendix = False  # whether `current` is a numbered section of the back matter ("A Proofs")
    last_number: str | None = None  # the number of the last numbered heading
    note: Block | None = None  # the last front note passed over before the first heading
    for b in blocks:
        if id(b) in heading_tails:
            continue
        text = " ".join(b.text.split())  # whitespace runs as one space, ends stripped
        heading = headings.get(id(b))
        # a numbered appendix's paragraphs may open with its run-in subsections ("A.1. Title.")
        read = b.zone not in ("back", "references") or b.zone == "back" and appendix
        run_in = None if heading or not read else run_in_heading(b) or lead_ins.get(id(b))
        if run_in and list_item_run_in(run_in[0], text, last_number):
            run_in = None
        if heading or run_in:
            num, title = (heading.number, heading.title) if heading else run_in[:2]  # type: ignore[index]
            current = Section(
                id=f"sec{len(body.sections) + 1}",
                number=num,
                title=title,
                level=levels.of(num, b, title, spells_appendix(heading)) if num or heading else RUN_IN_LEVEL,
                location=heading.location if heading else run_in[3],  # type: ignore[index]
            )
            body.sections.append(current)
            last_number = num or last_number
            interrupted = None
            appendix = b.zone == "back"
            if heading:
                continue
            text = run_in[2]  # type: ignore[index]
        base = len(b.text) - len(text) if run_in else 0  # where `text` starts in the block's text
        if captions.take(b, text, base) or b.zone == "references":
            continue
        if b.zone == "back" and not appendix:
            continue  # of the back matter, only figures, tables and numbered appendices are read here
        if is_footnote(b, layout):
            body.footnotes.append(footnote(b))
            continue
        if body.footnotes and is_footnote_tail(b, layout, body.footnotes[-1]):
            body.footnotes[-1].text += " " + text
            continue
        if reads_as(segmentation, b, TABLE_TEXT):
            continue  # a table's rows and a figure's labels: neither an equation nor running text
        if (current is None or not current.title) and (
            is_front_note(b, layout, segmentation) or continues_note(note, b, layout)
        ):
            note = b
            continue
        if is_equation(b) or numbered_display(b, layout):
            current = current or _untitled_section(body, b)
            after = len(texts.get(current.id, ()))
            body.equations.append(equation(f"formula_{len(body.equations)}", text, b, current, after))
            continue
        if (
            b.size < layout.body_size - 1.5
            or len(text) < 20
            or LONE_DOI.fullmatch(text)
            or is_algorithm_lines(b)
        ):
            continue  # figure labels, table cells, stray marks, a box's or figure's own DOI: not running text
        current = current or _untitled_section(body, b)
        paragraphs = texts.setdefault(current.id, [])
        insert = opens_insert(b, layout.body_size)
        if paragraphs and not insert and continues_paragraph(paragraphs[-1].text, text):
            paragraphs[-1].add(text, b, base)  # a paragraph continued across a column or a page
        elif interrupted is not None and interrupted < len(paragraphs) and resumes(text):
            # the paragraph a boxed insert cut goes on after the box, and now follows it
            paragraphs.append(paragraphs.pop(interrupted))
            paragraphs[-1].add(text, b, base)
            interrupted = None
        else:
            if insert and paragraphs and not is_closed(paragraphs[-1].text):
                interrupted = len(paragraphs) - 1
            paragraphs.append(TextTrace())
            paragraphs[-1].add(text, b, base)
    finish_captions(body, texts, layout)
    read_tables(body.tables, layout, segmentation)
    body.tables += turned_tables(layout, body.tables)
    _without_float_text(body, texts, layout.body_size)
    body.equations = with_numbers_on_their_equations(body.equations)
    for section in body.sections:
        traces = texts.get(section.id, [])
        section.paragraphs = [t.text for t in traces]
        section.paragraph_boxes = [[Location(page, box) for page, box in t.runs()] for t in traces]
    body.footnotes = front_footnotes(layout) + body.footnotes
    body.urls = find_urls(layout)
    return body, texts
