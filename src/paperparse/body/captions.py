"""Figure and table captions: a label set apart ("Figure 2:", bold "Table 1"), the lines that go on with
it, the notes that tie a caption broken across pages together, and what to strip from its end."""

from __future__ import annotations

import re

from paperparse.body.evidence import reads_as
from paperparse.body.geometry import location, shares_row, union
from paperparse.body.paragraphs import Texts, is_closed
from paperparse.body.regions import locate_region
from paperparse.document import BBox, BodyMatter, Caption
from paperparse.layout import Block, Layout
from paperparse.layout.blocks import fits_after
from paperparse.layout.trace import TextTrace
from paperparse.pdf.model import Line
from paperparse.segmentation import Segmentation

# A label may be in another language ("Figura 1", "Abb. 2", "Tabela 3"). It may name a part of a figure
# ("Figure 1—figure supplement 2", eLife) or an asset that belongs to it ("Figure 3—video 1", "—source
# data 1"): the last part says what the caption is of. A figure of a box or an appendix is numbered
# within it ("Box 2—figure 1").
CAPTION = re.compile(
    r"^\s*(?P<label>(?:(?:box|appendix)\s+\d+\s*[—–-]\s*)?"
    r"(?P<kind>fig\.?|figure|table|supplementary (?:figure|table)|scheme|algorithm|"
    r"figura|abbildung|abb\.|tabela|tabla|tabelle|tableau)\s*"
    r"(?P<num>(?:[A-Z]|\d+)\.\d+|[A-Z]?\d+[A-Za-z]?|[IVXL]+|S\d+)"
    r"(?:\s*[—–-]\s*(?P<part>figure supplement|video|source data|source code)\s+\d+)*)"
    r"\s*(?P<sep>[.:|—-])?\s*",
    re.I,
)
_NOT_FIGURES = {"video", "source data", "source code"}
_TABLES = ("table", "tabela", "tabla", "tabelle", "tableau")
"""A table's label word, in the languages papers are commonly written in; any other kind is a figure's."""
_CELLS = frozenset({"table", "equation"})
"""What the model may read a line under a caption as, where it is no more of the caption."""
# what follows a caption's text: its DOI and the list of its supplements (eLife), in either order
_CAPTION_TAIL = re.compile(
    r"\s*(?:DOI:\s*10\.\S+|The following [\w ,]{3,60}? (?:is|are) available for (?:figure|table)\b).*$",
    re.I | re.S,
)
# the note at a page foot where a long caption breaks off; it may sit inside the caption's block
CONTINUED_NOTE = re.compile(
    r"\s*\b(?:figure|fig\.|table)\s*\d+[A-Za-z]?(?:\s*[—–-]\s*figure supplement\s+\d+)?\.?\s*"
    r"continued on next page\.?",
    re.I,
)


def _rebuilt(block: Block, lines: list[Line] | tuple[Line, ...]) -> Block:
    """A block of `lines` taken from `block`, where `block` stands."""
    return block.with_lines(lines)


def _beside_on_row(line: Line, block: Block, layout: Layout) -> list[bool]:
    """The lines outside `block` that stand beside `line` on its row, either side of it, near enough to be
    a table's next cells (the white between them under 20 type sizes): for each, whether it is in
    `block`'s column."""
    x0, y0, x1, y1 = line.bbox
    half, reach = 0.5 * (y1 - y0), 20 * line.size  # min and max spelt out: this runs for every line of a page
    return [
        o.column == block.column
        for o in layout.pages[block.page - 1].blocks
        if o is not block and o.kind == "text"
        for ln in o.lines
        if (y1 if y1 < ln.y1 else ln.y1) - (y0 if y0 > ln.y0 else ln.y0) > half
        and (ln.x0 >= x1 or ln.x1 <= x0)
        and max(ln.x0 - x1, x0 - ln.x1) < reach
    ]


def is_table_row(block: Block, layout: Layout) -> bool:
    """Two cells or more stand beside the block's first line in its own column: a table's row, where a
    caption's line has none (the other column's text beside it is one line)."""
    return sum(_beside_on_row(block.lines[0], block, layout)) >= 2


def without_table_rows(block: Block, layout: Layout, continued: bool = False) -> Block:
    """A caption block without the table's header row that the layout set right under it ("Model"): a
    last line with other text beside it on its row, after a caption sentence that has ended, or a table's
    row (`is_table_row`) whatever came before (a title without a full stop, "Parameter set"). A block
    that goes on with an open caption (`continued`) loses its last lines that have two lines or more
    beside them, in any column, or one after a sentence that has ended, set in from the caption's edge:
    the rows of a narrow table set close under the caption's last line, whose columns the layout may
    have set apart as columns of the page."""
    keep = len(block.lines)
    while keep > 1:
        line = block.lines[keep - 1]
        row = _beside_on_row(line, block, layout)
        ended = block.lines[keep - 2].text.rstrip().endswith((".", ":"))
        if continued:
            indented = line.x0 > block.lines[0].x0 + line.size
            table_row = len(row) >= 2 or bool(row and ended and indented)
        else:
            table_row = bool(row and ended) or sum(row) >= 2
        if not table_row:
            break
        keep -= 1
    if keep == len(block.lines):
        return block
    return _rebuilt(block, block.lines[:keep])


def without_note(block: Block) -> Block:
    """A table's caption block without the note set under the caption, one block with it: from a line
    opening like a note ("Note:", "Source.") under a line that ends a sentence. The note is the table's
    (its region reads it and leaves it out of the cells), not more caption."""
    for k in range(1, len(block.lines)):
        if block.lines[k - 1].text.rstrip().endswith(".") and _NOTE_WORD.match(block.lines[k].text):
            return _rebuilt(block, block.lines[:k])
    return block


_NOTE_WORD = re.compile(r"^\s*(?:notes?|sources?)\s*[.:]", re.IGNORECASE)
"""A note's opening word ("Note:", "Sources."); a footnote mark ("*", "†") may open a caption's own
sentence ("* marks significance")."""


def from_label_alone(block: Block) -> Block:
    """A block whose last line is a label alone ("TABLE I", IEEE's style, its caption on the next line)
    under lines of other text (a table's last row that the layout set in the same block), from that label
    on; else the block itself."""
    last = block.lines[-1]
    m = CAPTION.fullmatch(last.text.strip())
    if len(block.lines) < 2 or m is None or m.group("sep"):
        return block
    return _rebuilt(block, [last])


def caption_start(block: Block, text: str, body_size: float) -> re.Match[str] | None:
    """A caption opens with its label set apart: in bold, in smaller type, or followed by ':' / '.'.

    A label followed by ")" or "," is a reference in running text that a line break put first; so is a
    plain label that a lowercase word follows ("Figure 2A shows ..."), however small the text's type,
    and a range that a dash joins ("Figure 7A-B show ...").
    """
    m = CAPTION.match(text)
    if m is None or text[m.end("label") :].lstrip()[:1] in (")", "]", ",", ";"):
        return None
    if m.group("sep") in ("-", "—") and text[m.end("sep") : m.end("sep") + 1].isalnum():
        return None  # a range of figures or panels in running text ("Figure 7A-B show ..."), no caption
    first = block.lines[0].words[0].font
    separated = m.group("sep") in (".", ":", "|")
    if first.bold or separated or is_carried_over(text, m) or _set_apart(block, m):
        return m
    if block.size < body_size - 0.3 and not text[m.end() :][:1].islower():
        return m
    return None


_QUAD = 0.8
"""A gap after a label this many times its type's size or wider is a quad set after it (caption package's
`labelsep=quad`), wider than a word space of running text, however stretched."""


def _set_apart(block: Block, m: re.Match[str]) -> bool:
    """A label in the text's type that its layout sets apart (the caption package's styles): alone on the
    block's first line, the caption's text under it in this block or the next (`labelsep=newline`; a
    paragraph's first line is full), a quad after it, or its text set in another font ("Table 1" upright, the text italic or sans).
    The text after it does not open in lowercase, as running text that names a table does."""
    line = block.lines[0]
    count = len(m.group("label").split())
    words = line.words
    if len(words) < count or " ".join(w.text for w in words[:count]).strip() != m.group("label").strip():
        return False
    if len(words) == count:  # its text under it, in this block or the next
        return len(block.lines) == 1 or block.lines[1].text.lstrip()[:1].isupper()
    label, after = words[count - 1], words[count]
    if after.text[:1].islower():
        return False
    return after.x0 - label.x1 >= _QUAD * label.font.size or after.font.name != label.font.name


_SHORT_LINE = 0.7
"""A line under this share of its block's widest line is no full line of running text."""


def split_at_captions(blocks: list[Block], body_size: float) -> list[Block]:
    """The blocks, each cut before a later line that opens a caption: the layout may run a figure's own
    text (a plot's tick labels and axis title) into the caption under it, which then opens mid-block. A
    label that a colon sets apart opens a caption on any line; one that a full stop or a bold face (in a
    line not all bold) sets apart only under a short line: running text fills the line above ("... in" |
    "Fig. 3. The ...", or a paragraph set all in bold that names a figure at a line's start). A caption
    that the layout wove line by line into the text beside it comes out whole (`_apart_from_text_beside`)."""
    out: list[Block] = []
    blocks = _apart_from_text_beside(blocks, body_size)
    on_page: dict[int, list[Block]] = {}
    for block in blocks:
        on_page.setdefault(block.page, []).append(block)
    for block in blocks:
        page = on_page[block.page]
        while (k := _caption_line(block, body_size)) is not None:
            out += _apart_from_caption_beside(_rebuilt(block, block.lines[:k]), body_size, page)
            block = _rebuilt(block, block.lines[k:])
        out += _apart_from_caption_beside(block, body_size, page)
    return out


def _apart_from_caption_beside(block: Block, body_size: float, page: list[Block]) -> list[Block]:
    """A block that opens at a caption's label or is set smaller than the text, cut before a later line
    of words that stands wholly beside the lines over it (outside their reach sideways): two floats
    side by side in minipages, each under its own caption, set their captions on shared baselines, and
    the layout may read the right caption's first line (or, under a label alone on its line, IEEE's,
    its text's first line) with the left caption's second as one block. The line beside goes on with
    the other caption (`CaptionReader`'s `_left_under`), not with this one: another block's line stands
    right over it, ending a white of a type size or more before this block's first line starts (a gap
    between the minipages; a line the layout broke at a raised letter runs on into this block)."""
    lines = block.lines
    if len(lines) < 2:
        return [block]
    small = block.size < body_size - 0.3  # the regular expression first: most blocks open no caption
    if not small and not (
        CAPTION.match(lines[0].text.strip()) and _opens_caption(block, lines[0], body_size)
    ):
        return [block]
    left, right = lines[0].x0, lines[0].x1  # the sideways reach of the lines over the next one
    for k in range(1, len(lines)):
        line = lines[k]
        beside = line.x1 <= left or line.x0 >= right
        left, right = min(left, line.x0), max(right, line.x1)
        if beside and any(c.isalpha() for c in line.text) and _under_other_line(line, block, page):
            return [
                _rebuilt(block, lines[:k]),
                *_apart_from_caption_beside(_rebuilt(block, lines[k:]), body_size, page),
            ]
    return [block]


def _under_other_line(line: Line, block: Block, page: list[Block]) -> bool:
    """Whether a line of another block of the page's blocks (`page`) stands right over `line` (within a
    line's height, reaching over it sideways) and ends a type size or more before `block`'s first line
    starts (`_apart_from_caption_beside`)."""
    start, height = block.lines[0].x0, line.y1 - line.y0
    own = {id(ln) for ln in block.lines}
    return any(
        0 <= line.y0 - over.y1 < height
        and id(over) not in own
        and over.x0 < line.x1
        and over.x1 > line.x0
        and over.x1 <= start - line.size
        for other in page
        for over in other.lines
    )


def _opens_caption(block: Block, line: Line, body_size: float) -> bool:
    """Whether `line` of `block`, read as a block of its own, opens a caption."""
    return caption_start(_rebuilt(block, [line]), line.text.strip(), body_size) is not None


def _text_beside(line: Line, other: Line, body_size: float) -> bool:
    """Whether `other` is a line of running text that stands beside `line`: in the text's type, words
    enough to be prose (not a figure's mark or a table's cell), neither reaching over the other, its top
    less than a line and a half from `line`'s (lines woven at another leading come that far apart)."""
    near = abs(other.y0 - line.y0) < 1.5 * (line.y1 - line.y0)
    prose = other.size > body_size - 0.5 and len(other.words) >= _PROSE_WORDS
    return near and prose and (other.x0 >= line.x1 or other.x1 <= line.x0)


_PROSE_WORDS = 4
"""The fewest words of a line of running text beside a caption (`_text_beside`)."""


def _apart_from_text_beside(blocks: list[Block], body_size: float) -> list[Block]:
    """The blocks, with a caption that the layout wove into the text beside it taken out into a block of
    its own: a figure set in a part of the column that the text wraps around (wrapfig, NeurIPS and ICLR
    papers) puts its caption's lines, in the text's own type, on baselines between those of the narrowed
    text lines, and the layout may read each caption line with the text line under it as one block. The
    caption's lines are those after its label on the label's side of the text, each within a line of the
    one before; the blocks' other lines stay, and the caption follows them, so the text beside it reads on
    unbroken."""
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        found = next(
            (
                (k, other)
                for k, line in enumerate(block.lines)
                if CAPTION.match(line.text.strip())
                for other in block.lines
                if _text_beside(line, other, body_size) and _opens_caption(block, line, body_size)
            ),
            None,
        )
        if found is None:
            out.append(block)
            at += 1
            continue
        k, text = found
        label = block.lines[k]
        right = label.x0 >= text.x1  # the caption stands right of the text beside it
        caption = [label]
        rest: list[tuple[Block, list[Line]]] = [(block, list(block.lines[:k]))]
        candidates = block.lines[k + 1 :]
        while True:
            for line in candidates:
                on_side = line.x0 >= text.x1 if right else line.x1 <= text.x0
                if on_side and line.y0 - caption[-1].y1 < label.y1 - label.y0:
                    caption.append(line)
                else:
                    rest[-1][1].append(line)
            at += 1
            nxt = blocks[at] if at < len(blocks) else None
            if nxt is None or nxt.page != block.page or nxt.y0 - caption[-1].y1 >= label.y1 - label.y0:
                break
            rest.append((nxt, []))
            candidates = nxt.lines
        out += [_rebuilt(b, lines) for b, lines in rest if lines]
        out.append(_rebuilt(block, caption))
    return out


def _caption_line(block: Block, body_size: float) -> int | None:
    """The index of the first line after the block's first that opens a caption (`split_at_captions`)."""
    widest = max(line.x1 - line.x0 for line in block.lines)
    for k, line in enumerate(block.lines[1:], 1):
        text = line.text.strip()
        if CAPTION.match(text) is None:
            continue
        piece = _rebuilt(block, [line])
        m = caption_start(piece, text, body_size)
        if m is None or is_carried_over(text, m):
            continue
        above = block.lines[k - 1]
        short = above.x1 - above.x0 < _SHORT_LINE * widest
        set_apart = m.group("sep") == "." or not all(w.font.bold for w in line.words)  # a bold label
        if m.group("sep") in (":", "|") or short and set_apart:
            return k
    return None


def is_asset(caption: re.Match[str]) -> bool:
    """The caption of a video or a data file: neither a figure nor running text."""
    return (caption.group("part") or "").lower() in _NOT_FIGURES


def is_table_kind(caption: re.Match[str]) -> bool:
    """Whether a caption's label names a table ("Table", "Tabelle", ...) rather than a figure."""
    return caption.group("kind").lower().endswith(_TABLES)


def caption_label(text: str, caption: re.Match[str]) -> str:
    """The label as printed, with what it is numbered within and what part it names: "Box 2—Figure 1",
    "Figure 1—figure supplement 2"."""
    within = text[caption.start("label") : caption.start("kind")]  # "Box 2—"
    parts = text[caption.end("num") : caption.end("label")]  # "—figure supplement 1"
    return f"{within}{caption.group('kind')} {caption.group('num')}{parts}"


def is_carried_over(text: str, m: re.Match[str]) -> bool:
    """ "Figure 3 continued": the rest of a caption that a page or column break cut."""
    return text[m.end() :].lower().startswith("continued")


def is_continued_note(text: str) -> bool:
    """ "Figure 7 continued", "Figure 7 continued on next page"."""
    m = CAPTION.match(text)
    return m is not None and is_carried_over(text, m)


def _is_continued_head(block: Block) -> bool:
    """ "Figure 7 continued" alone: the head of the rest of a caption, which comes next."""
    m = CAPTION.match(block.text)
    return m is not None and block.text[m.end() :].strip(" .:").lower() == "continued"


def _ended_short(last: Line, line: Line) -> bool:
    """A caption's `last` line stopped where the first word of `line`, set under it, would still have
    fitted before the edge `line` reaches: a caption that wraps fills its lines, so it ended there ("...
    environ-" | "ments.", or a short centred caption) and `line` is the text set under the figure. (A line
    beside `last`, a subscript's piece of it, is no line under it.)"""
    return line.y0 >= last.y1 and fits_after(last, line, line.x1)


def continues_caption(last: Block, block: Block, caption: str, layout: Layout) -> bool:
    """The rest of a caption: close below its last block, in its column or starting at its left edge (a
    full-width caption line above a short one), or, when a caption set in its own smaller type stopped
    mid-sentence, the next block in reading order in that type. Never a table row.

    A label on a line of its own ("TABLE II" in IEEE's style) has its text on the next line, in whatever
    type (IEEE sets it in small capitals, smaller than the label): the line right under it."""
    if block.text.startswith("DOI") or shares_row(block, layout):
        return False
    # right under it: the boxes of lines set solid may touch or overlap by a hair
    below = block.page == last.page and -0.2 * last.size <= block.y0 - last.y1 < last.size
    if not caption.strip() and below and block.x0 < last.x1 and block.x1 > last.x0:
        return True
    if abs(block.size - last.size) >= 0.3:
        return False
    body_size = layout.body_size
    aligned = (
        block.column == last.column
        or abs(block.x0 - last.x0) < 0.5 * last.size
        or _centred_under(block, last)
    )
    if _is_continued_head(last):
        return True
    # a line with tall mathematics (a fraction, a bra-ket) reaches up into the line above it; a caption
    # set with loose leading goes on as far below as its own lines stand apart; under it means within its
    # width (the text wrapped beside a figure may start level with the caption's last line)
    if block.page == last.page and aligned and -last.size <= block.y0 - last.y1 < _line_gap(last):
        first = block.lines[0]
        return first.x0 < last.x1 and first.x1 > last.x0 and not _ended_short(last.lines[-1], first)
    own_type = block.size < body_size - 0.3
    # across a break: in a later column (it starts above the caption's end) or on a later page; small
    # print further down the same column, not aligned with the caption, is the float's own (a table's head),
    # and so is a block without a word (a plot's tick labels, "100%", that open the next float page)
    broken_off = block.page != last.page or block.y0 < last.y1
    return (
        own_type
        and broken_off
        and not caption.rstrip().endswith((".", "!", "?", ")"))
        and not block.font.bold
        and any(c.isalpha() for c in block.text)
    )


def wrapped_on(last: Block, block: Block, layout: Layout) -> bool:
    """Whether `block` is the line a caption wrapped onto, whatever the model reads it as (a line of
    symbols, "with m = 3, M = 9", reads as an equation's or a table's): one line right under the
    caption's last line at a line's pitch, in its type, flush under its left edge or centred under it,
    its words a word space apart (a table's head row has its cells a column gap apart), after a last line
    the line's first word would not have fitted on before its column's text ends (the caption went on)."""
    if len(block.lines) != 1 or block.page != last.page or abs(block.size - last.size) >= 0.3:
        return False
    end, line = last.lines[-1], block.lines[0]
    if not -0.2 * last.size <= line.y0 - end.y1 < 0.5 * last.size:
        return False
    if abs(line.x0 - last.x0) >= 1 and not _centred_under(block, last):
        return False
    edges = layout.pages[last.page - 1].column_edges.get(last.column)
    if fits_after(end, line, max(edges[1] if edges else last.x1, last.x1)):
        return False
    words = line.words
    return all(b.x0 - a.x1 < 0.5 * line.size for a, b in zip(words, words[1:], strict=False))


def _centred_under(block: Block, last: Block) -> bool:
    """Whether `block` is centred under `last` within half a type size and no wider than it by more than
    a type size: the next line of a centred caption (its short last line, or a line about as wide as the
    one before it). A wider line under a centred caption is the text under it (a full line is centred too)."""
    centred = abs(block.x0 + block.x1 - last.x0 - last.x1) < last.size
    return centred and block.x1 - block.x0 <= last.x1 - last.x0 + last.size


def _line_gap(block: Block) -> float:
    """How far below a caption's block the next line of the caption may start: 0.8 of its type's size,
    or, where its own lines stand further apart (loose leading), that far and a little more."""
    lines = block.lines
    own = max((b.y0 - a.y1 for a, b in zip(lines, lines[1:], strict=False)), default=0.0)
    return max(0.8 * block.size, own + 0.2 * block.size)


def _is_piece_of(label: Block, block: Block, alone: bool, text: str) -> bool:
    """Whether `block` is part of the caption that opens at `label`: the rest of its unfinished last line
    (in its type, on its row, a word space or so after it), or, under a label alone on its line, the
    line right under it, in whatever type (IEEE sets it in small capitals, smaller than the label)."""
    if alone:
        gap = block.y0 - label.y1  # lines set solid may touch or overlap by a hair
        return -0.2 * label.size <= gap < label.size and block.x0 < label.x1 and block.x1 > label.x0
    return not is_closed(text) and _rests_on_row(label, block, 0.6)


def _rests_on_row(last: Block, block: Block, reach: float) -> bool:
    """Whether `block` starts on the row of `last`'s last line, in its type, after its end by at most
    `reach` times its type's size: the rest of that line, which the layout set apart as a block of its
    own. (An accent or an enclosed letter may reach back over the gap.)"""
    end, first = last.lines[-1], block.lines[0]
    overlap = min(end.y1, first.y1) - max(end.y0, first.y0)
    return (
        block.page == last.page
        and abs(block.size - last.size) < 0.3
        and overlap > 0.5 * (end.y1 - end.y0)
        and -last.size < first.x0 - end.x1 < reach * last.size
    )


def _with_rest(label: Block, pieces: list[Block]) -> Block:
    """The caption's block whose last line goes on with the pieces beside it: where the caption's line
    really ends, for telling whether the line under it goes on with it."""
    words = [w for piece in pieces for line in piece.lines[:1] for w in line.words]
    last = Line((*label.lines[-1].words, *words), label.page)
    return _rebuilt(label, [*label.lines[:-1], last])


_ENCLOSING_MARK = re.compile(r"\s*[\u20dd-\u20e0\u20e2-\u20e4](?=\s|$)")
"""A combining circle, square or other enclosure that the PDF gives as a glyph of its own, apart from the
letter it encloses (a panel's circled "A" in a caption: "Fig. 1. ⃝ A pair of pants. ⃝ B point clouds")."""


def finish_captions(body: BodyMatter, texts: Texts, layout: Layout) -> None:
    """Set each figure's and table's caption text, without its continuation notes and trailing DOI, and
    the region of the page its graphics or cells fill."""
    captions: dict[int, list[BBox]] = {}
    for item in body.figures + body.tables:
        (trace,) = texts[item.id]
        trace.remove(CONTINUED_NOTE)
        trace.remove(_CAPTION_TAIL)
        trace.remove(_ENCLOSING_MARK)
        trace.strip()
        item.caption = trace.text
        if item.location is not None:
            captions.setdefault(item.location.page, []).append(item.location.bbox)
    for table, items in ((False, body.figures), (True, body.tables)):
        for item in items:
            if item.location is not None:
                page, on_page = layout.pages[item.location.page - 1], captions[item.location.page]
                item.region = locate_region(item, table, page, layout.body_size, on_page)


class CaptionReader:
    """The figure, table and algorithm captions of one document, read from its blocks in reading order: a
    caption opens at its label and takes the blocks that go on with it, until another block breaks it."""

    def __init__(
        self, body: BodyMatter, texts: Texts, layout: Layout, segmentation: Segmentation | None = None
    ) -> None:
        self.body, self.texts, self.layout, self.segmentation = body, texts, layout, segmentation
        # an algorithm's caption and its lines are not running text, but the document has no place for them
        self._algorithms: list[Caption] = []
        self._traces: dict[str, TextTrace] = {}  # by caption id, the algorithms' too
        self._open: Caption | None = None
        self._end: Block | None = None  # the open caption's last block, while it may go on
        self._last: Block | None = None  # the open caption's last block, whatever came after it
        # the label block of each caption's piece that reading order puts before its label
        self._ahead: dict[int, int] = {}
        self._held: dict[int, list[tuple[Block, str, int]]] = {}  # by label block, the pieces read so far
        # captions opened at a label alone on its line whose text has not come yet, with their label
        self._bare: list[tuple[Caption, Block]] = []
        self._labels: list[tuple[Caption, Block]] = []  # every caption's label block alone, filled or not
        # each caption that a later label closed, with its last block: its last line may come after
        self._left: list[tuple[Caption, Block]] = []

    def foresee(self, blocks: list[Block]) -> None:
        """Note the pieces of captions that reading order reaches before their labels, among `blocks` (the
        body's, in reading order): the rest of a caption's line that a wide gap between words set apart
        as a block beside it, and the text under a label set alone on its line ("TABLE II", also when the
        layout set the label as a table column's last line) that the layout ordered above it. They are
        held until their label opens its caption."""
        for at, block in enumerate(blocks):
            text = block.flat_text
            caption = caption_start(block, text, self.layout.body_size)
            label = block
            if caption is None and (alone_label := from_label_alone(block)) is not block:
                label, text = alone_label, alone_label.text.strip()
                caption = caption_start(label, text, self.layout.body_size)
            if caption is None:
                continue
            alone = not text[caption.end() :].strip()
            for earlier in blocks[:at]:
                if earlier.page == block.page and _is_piece_of(label, earlier, alone, text):
                    self._ahead[id(earlier)] = id(block)

    def take(self, block: Block, text: str, base: int) -> bool:
        """Whether `block` belongs to a caption (its start, its rest, a note that ties its parts together,
        a figure's own label among its lines), which then holds it; `text` is the block's text from `base`
        on, whitespace collapsed."""
        if CONTINUED_NOTE.fullmatch(text):
            return True  # "Figure 3. Continued on next page" at a page foot: the caption goes on overleaf
        if id(block) in self._ahead:
            self._held.setdefault(self._ahead[id(block)], []).append((block, text, base))
            return True
        layout = self.layout
        label_block = id(block)
        caption = caption_start(block, text, layout.body_size)
        if caption is None and (alone := from_label_alone(block)) is not block:
            block, text, base = alone, alone.text.strip(), 0
            caption = caption_start(block, text, layout.body_size)
        table_follows = False
        if caption and (trimmed := without_table_rows(block, layout)) is not block:
            block, text, base = trimmed, trimmed.flat_text, 0
            caption, table_follows = caption_start(block, text, layout.body_size), True
        if caption and is_table_kind(caption) and (trimmed := without_note(block)) is not block:
            block, text, base = trimmed, trimmed.flat_text, 0
            caption, table_follows = caption_start(block, text, layout.body_size), True
        if caption is None and (bare := self._bare_over(block)) is not None:
            self._hold(bare, block, text, base)
            return True
        if caption is None and self._rest_of_line(block):
            assert self._open is not None and self._end is not None
            self._hold(self._open, block, text, base)
            # the caption's line now ends where this piece of it ends (a piece of one line) or goes on in it
            self._end = self._last = _with_rest(self._end, [block]) if len(block.lines) == 1 else block
            return True
        if caption is None and (self._goes_on(block) or self._wrapped_on(block)):
            assert self._open is not None
            # a narrow table's rows that the layout set in the block of the caption's last line, under it
            table = any(self._open is t for t in self.body.tables)
            if table and (trimmed := without_table_rows(block, layout, continued=True)) is not block:
                block, text, base = trimmed, trimmed.flat_text, 0
            self._hold(self._open, block, text, base)
            self._end = self._last = block
            return True
        if caption is None and (earlier := self._left_under(block)) is not None:
            self._hold(earlier, block, text, base)
            return True
        if caption is None and self._figure_label(block, text):
            return True
        self._end = None
        if caption and is_asset(caption):
            return True
        if caption is None:
            return False
        self._start(caption, block, text, base, table_follows)
        self._join_held(label_block)
        return True

    def _join_held(self, label_block: int) -> None:
        """Add to the caption just opened the pieces of it read before its label. They end its label's line
        or stand under a label alone: a table's rows come next, and a table's caption ends there."""
        held = self._held.pop(label_block, [])
        if self._open is None or not held:
            return
        for piece, text, base in held:
            self._hold(self._open, piece, text, base)
        label = self._last
        if label is not None:
            under = [piece for piece, _, _ in held if piece.y0 >= label.y1]
            # the caption goes on from its text under a label alone, or from its label's line made whole
            self._last = under[-1] if under else _with_rest(label, [piece for piece, _, _ in held])
        self._end = None if any(self._open is t for t in self.body.tables) else self._last

    def _bare_over(self, block: Block) -> Caption | None:
        """The caption whose label alone on its line `block` lies right under, when that is not the open
        caption or when its label shares its line with another's: two tables set side by side put both
        labels on one line, and reading order reaches the first one's text after the second label has
        opened its caption (the second's text may read like a table's row to the model)."""
        for item, label in self._bare:
            if label.page != block.page or not _is_piece_of(label, block, True, ""):
                continue
            beside = any(
                other is not item and other.page == label.page and abs(other.y0 - label.y0) < 0.5 * label.size
                for _, other in self._labels
            )
            if item is self._open and not beside:
                return None
            self._bare.remove((item, label))
            if item is self._open:
                self._end = self._last = block
            else:  # its text may wrap onto a line reading order reaches later (`_left_under`)
                self._left.append((item, block))
            return item
        return None

    def _hold(self, caption: Caption, block: Block, text: str, base: int) -> None:
        """`caption` takes `block` (its `text` from `base` on) as its next piece."""
        self._traces[caption.id].add(text, block, base)
        caption.location = union(caption.location, block)

    def _rest_of_line(self, block: Block) -> bool:
        """The rest of the open caption's last line, which the layout set apart as a block beside it on
        its row (`_goes_on` takes what shares a row for a table's next cell): a word space or so after it
        (a panel's enclosed letter reaching over the gap), or, after a label alone so far, as far as four
        times its type's size (svjour's bold "Fig. 1" set apart from its text). Never a table's row."""
        if self._open is None or self._end is None:
            return False
        reach = 0.6 if self._traces[self._open.id].text.strip() else 4.0
        # the position first: is_table_row looks at every line of the page
        return (
            _rests_on_row(self._end, block, reach)
            and not reads_as(self.segmentation, block, _CELLS)
            and not is_table_row(block, self.layout)
        )

    def _goes_on(self, block: Block) -> bool:
        """The next block of the open caption, unless that is a table's caption that has ended (what
        follows it is the table's head row), the model reads it as a table's or an equation's line (a
        table's first cells, a figure's formula set close under the caption), or it lies wholly above the
        caption's last line on its page (a column of the table a label under it closes)."""
        if self._open is None or self._end is None:
            return False
        if block.page == self._end.page and block.y1 <= self._end.y0:
            return False
        if is_table_row(block, self.layout):
            return False
        if reads_as(self.segmentation, block, _CELLS) and not wrapped_on(self._end, block, self.layout):
            return False
        sofar = self._traces[self._open.id].text
        return continues_caption(self._end, block, sofar, self.layout) and not (
            any(self._open is t for t in self.body.tables) and is_closed(sofar)
        )

    def _wrapped_on(self, block: Block) -> bool:
        """The next line of the open caption, unfinished, that reading order reaches after other lines
        (`_goes_under`)."""
        return self._goes_under(self._open, self._last, block, small_type=True)

    def _left_under(self, block: Block) -> Caption | None:
        """The caption, closed by a later label, whose last line `block` is: flush under its last block at
        its line spacing (`_goes_under`). The layout may put a caption's last line in another column than
        its other lines (a two-column page of figures, the first line as wide as the column), and reading
        order reaches it after the next caption's label."""
        for k, (caption, last) in enumerate(self._left):
            if self._goes_under(caption, last, block, small_type=False):
                self._left[k] = (caption, block)
                return caption
        return None

    def _goes_under(
        self, caption: Caption | None, last: Block | None, block: Block, small_type: bool
    ) -> bool:
        """Whether `block` is the next line of `caption`, unfinished, whose last block is `last`: right
        under it, in its type, its first line starting left of where the caption's last line ends (a
        table centred under a short caption starts further right), and no table row. Either smaller than
        the text's, where `small_type` (a figure wrapped in a column, the text beside it read first; the
        model reads such lines as figure text), or at the caption's own line spacing from its left edge
        or centred under it (a centred caption over a wrapped figure, the text beside it read between
        its lines) and not read as cells (a table's head row beside the caption's short last line, read first: that
        line otherwise stops the table's region)."""
        if caption is None or last is None or is_closed(self._traces[caption.id].text):
            return False
        first, end = block.lines[0], last.lines[-1]
        beside = (
            block.page == last.page
            and first.x0 < end.x1
            and first.x1 > end.x0
            and abs(block.size - last.size) < 0.3
        )
        # the position first: is_table_row looks at every line of the page, and most blocks are not beside
        if not beside or is_table_row(block, self.layout):
            return False
        gap = block.y0 - last.y1
        small = small_type and 0 <= gap < last.size and block.size < self.layout.body_size - 0.3
        return small or (
            abs(gap) < 0.5 * last.size
            and (abs(block.x0 - last.x0) < 1 or _centred_under(block, last))
            and not reads_as(self.segmentation, block, _CELLS)
        )

    def _figure_label(self, block: Block, text: str) -> bool:
        """A figure's own small label that reading order set among its unfinished caption's lines (a
        table's small print is its cells: the caption ends there)."""
        return (
            self._open is not None
            and self._end is not None
            and block.size < self._end.size - 1
            and len(text) < 20
            and not is_closed(self._traces[self._open.id].text)
            and any(self._open is f for f in self.body.figures)
        )

    def _start(self, caption: re.Match[str], block: Block, text: str, base: int, table_follows: bool) -> None:
        """Open a new caption at its label, or go on with an earlier one that a break cut ("Figure 3
        continued")."""
        label = caption_label(text, caption)
        kind = caption.group("kind").lower()
        target = (
            self.body.tables
            if is_table_kind(caption)
            else self._algorithms
            if kind == "algorithm"
            else self.body.figures
        )
        rest = text[caption.end() :]
        if is_carried_over(text, caption):
            earlier = next((c for c in target if c.label == label), None)
            if earlier is not None:
                # over a longtable's head repeated overleaf the label ends its ended caption: the table
                # goes on under it (its head row, which the layout may set in the label's block)
                ended = is_table_kind(caption) and is_closed(self._traces[earlier.id].text)
                more = "" if ended else rest[len("continued") :].lstrip(" .:")
                if more:
                    self._traces[earlier.id].add(more, block, base + len(text) - len(more))
                self._open, self._end, self._last = earlier, None if ended else block, block
            return
        if self._open is not None and self._last is not None:
            self._left.append((self._open, self._last))
        kind_id = "tab" if target is self.body.tables else "alg" if target is self._algorithms else "fig"
        self._open = Caption(f"{kind_id}{len(target) + 1}", label, "", location=location(block))
        target.append(self._open)
        own = rest.strip()  # the caption's text, after its label
        trace = self._traces[self._open.id] = TextTrace()
        trace.add(own, block, base + caption.end() + len(rest) - len(rest.lstrip()))
        if target is not self._algorithms:
            self.texts[self._open.id] = [trace]
        if not own:
            self._bare.append((self._open, block))
            self._labels.append((self._open, block))
        self._end = None if table_follows else block  # the table's rows are not more caption
        self._last = block
