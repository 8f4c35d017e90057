"""Zones: front matter, body, references, back matter, found from heading-like blocks."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from paperparse.layout.model import Block, Layout, PageLayout
from paperparse.pdf.model import Line

_NUMBER = r"(?:§?\s*(?:\d+(?:\.\d+)*|[IVXL]+|[A-Z])\.?\s+)?"
"""A heading's number, maybe after a section sign ("§2. Methods", as some mathematics papers set it)."""
REFERENCES_HEADING = re.compile(
    rf"^{_NUMBER}(references?(\s+and\s+notes)?|bibliography|literature\s+cited|works\s+cited|"
    r"cited\s+literature|references\s+cited|literatur|literaturverzeichnis|références|referencias|"
    r"referências|bibliografia)\s*:?$",
    re.I,
)
_BACK_HEADING = re.compile(
    rf"^{_NUMBER}(appendix|appendices|supplementary|supporting information|author contributions|"
    r"additional information|figure supplements?|decision letter|author response|figure legends?|"
    r"figure captions|figures|tables|legends|source data)\b",
    re.I,
)
ADMIN_HEADING = re.compile(
    r"^(additional information|funding( information| sources)?|competing interests?|conflicts? of interest|"
    r"author contributions?|additional files|supplementary files|major datasets|author orcids|ethics|"
    r"decision letter|author response|data availability|declaration of interests?|"
    r"credit authorship contribution statement)\s*:?$",
    re.I,
)
"""Administrative back matter: statements about the paper, not part of its argument."""
_NUMBERED = re.compile(r"^§?\s*(\d+(\.\d+)*|[IVXL]+)\.?\s+[A-Z]")
# "A Proof of Lemma 3", "B.2 Datasets": a lettered appendix section; not "A. B. Smith," (initials)
_SECTION_NUMBER = re.compile(r"^(\d{1,2})\.?\s+[A-Z]")
"""A top-level section's heading numbered in digits ("6. Discussion", "6 Discussion"), not a subsection's."""
_LETTERED_HEADING = re.compile(r"^(?:§\s*)?[A-H](\.\d+)*\.?\s+(?![A-Z]\.)[A-Z][\w-]+[^,]*$")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
BODY_START = re.compile(
    rf"^{_NUMBER}(introduction|background|motivation|overview|main(?!\s+(street|road|st|rd)\b)|results)\b",
    re.I,
)
"""The heading that opens a paper's body: where the front matter ends; a postal address's line in a
byline ("1 Main Street", under an institution's line) is none."""
_FIRST_SECTION = re.compile(r"^§?\s*(1|I)\.?\s+[A-Z][\w-]+[^,]*$")
"""A first section's heading whatever its name, when set apart (bold or larger type), not an affiliation's
"1 University of ..." in the byline's type."""


_SYMBOL = re.compile(r"[()\[\]{}_^=|\d]|[^\x00-\x7f]")
"""A character that marks a word as mathematics: a bracket, sub- or superscript, a digit, a Greek letter."""


_MATH_COMPOUND = re.compile(r"[a-z]-[^\W\d_a-z]+(?:-[^\W\d_a-z]+)*\W*$")
"""A compound in capitals opened by a lowercase math letter ("k-MEANS", "n-DOCUMENT"): TeX's \\uppercase
and small capitals leave "$k$" as it is."""
_CAPITALS_SHARE = 0.8
"""The share of a title's letters in capitals when the title is set in capitals, its symbols aside."""


@lru_cache(maxsize=4096)  # the heading rules ask it of one block's text several times
def in_capitals(text: str) -> bool:
    """Set in capitals, mathematics aside: a title in capitals keeps its symbols in their case
    ("DISCRETIZING Ψ(q) VIA CLUSTERING", "n-DOCUMENT RETRIEVAL"), which `str.isupper` reads as lower
    case."""
    if text.isupper():
        return True
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < _CAPITALS_SHARE * len(letters):
        return False  # an equation's letters ("A(no SU) − A(with SU)")
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return all(w.isupper() or len(w) == 1 or _SYMBOL.search(w) or _MATH_COMPOUND.match(w) for w in words)


def is_heading_like(block: Block, body_size: float) -> bool:
    """Short, and set apart by weight, size or capitals, or one numbered line: what a section heading looks
    like (an appendix's subsection numbered "A.1", as svjour3 sets it upright in the text's type, too)."""
    text = block.text
    if len(block.lines) > 3 or not 2 <= len(text) <= 120:
        return False
    return (
        block.font.bold
        or block.size > body_size + 0.6
        or (in_capitals(text) and len(text) > 3)
        or bool(
            re.match(r"^(\d+(\.\d+)*\.?|[IVX]+\.|[A-H]\.|[A-H](\.\d+)+\.?)\s+[A-Z“\"]", text)
            and len(block.lines) == 1
        )
    )


TITLE_TYPE = 1.2
"""A first page's largest type at least this many body sizes large is the title's."""


def _title_like(block: Block, first_page: int, largest: float, body_size: float) -> bool:
    """An unnumbered line of three words or more in the first page's largest type, well over the body's:
    the title ("Overview of the …", "RESULTS OF …"), not the first section's heading."""
    return (
        block.page == first_page
        and block.size >= largest - 0.1
        and block.size >= TITLE_TYPE * body_size
        and not _NUMBERED.match(block.text.strip())
        and len(block.text.split()) >= 3
    )


_ANY_LABEL = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})\.\s)")


def _label(line: Line) -> tuple[int, str] | None:
    """An entry's number and its form: "[" bracketed, "." dotted, or "^" a superscript number before
    the text, as AIP's revtex reprint sets it ("¹A. Name, ...")."""
    m = _ANY_LABEL.match(line.text)
    if m:
        return (int(m.group(1)), "[") if m.group(1) else (int(m.group(2)), ".")
    first = line.words[0]
    if first.rise > 0 and first.text.isdigit() and len(first.text) <= 3 and len(line.words) > 1:
        return int(first.text), "^"
    return None


def _unheaded_lists(blocks: list[Block]) -> list[tuple[int, int]]:
    """Bibliographies with no heading: runs of blocks numbered "[n]", "[n+1]", ... (start, end).

    The run may start past [1]: the first entries can sit on a page whose text is unreadable. A short run
    counts only where it is bracketed or raised, starts at 1 and closes the paper (revtex prints no
    heading); a raised run only so, and with a year in most entries: footnotes are raised too.
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        first = _label(blocks[i].lines[0])
        if first is None:
            i += 1
            continue
        start_label, form = first
        expected = start_label
        last = i
        dated = 0
        for j in range(i, len(blocks)):
            for line in blocks[j].lines:
                # a list keeps its labels' form: "6. Discussion", "7. Conclusion" before "[8]", "[9]" are
                # the body's numbered sections, not the bibliography's first entries
                label = _label(line)
                if label is None or label[1] != form:
                    continue
                if expected <= label[0] <= expected + 1:  # one may be lost
                    expected = label[0] + 1
                    last = j
                    dated += bool(_YEAR.search(blocks[j].text))
            if j > last + 12:  # double-spaced entries make a block of every line
                break
        closes_the_paper = start_label == 1 and _closes_the_paper(blocks, last)
        entries = expected - start_label
        if form == "^":
            found = closes_the_paper and entries >= 2 and 2 * dated > entries
        else:
            found = entries >= 5 or (form == "[" and closes_the_paper and entries >= 2)
        if found:
            # a paragraph's line that opens with a citation ("[7] is related. …"), read just before the
            # entries, starts the run at its number; the list's own first entry, "[1]", starts it
            restart = next((k for k in range(i + 1, last + 1) if _label(blocks[k].lines[0]) == (1, form)), i)
            runs.append((restart if start_label > 1 else i, last + 1))
            i = last + 1
        else:
            i += 1
    return runs


_WORDY = re.compile(r"(?:[^\W\d_]{2,}[\s,;:]+){3}[^\W\d_]{2,}")
"""Four words in a row: a sentence's run of words, which no table cell, tick label or panel label holds."""
_FLOAT_LABEL = re.compile(r"^\s*(?:fig(?:ure)?|table|tab)\.?\s*(?:\d+|[IVXL]+)\b", re.I)


def _closes_the_paper(blocks: list[Block], last: int) -> bool:
    """At most two blocks of prose come after block `last`: what follows is no more text than a closing
    line or two, and the floats LaTeX placed after the bibliography (a table's cells, a figure's labels,
    their captions: revtex prints no heading over a bibliography that a page of floats may follow)."""
    prose = 0
    for block in blocks[last + 1 :]:
        if _FLOAT_LABEL.match(block.text) or not _WORDY.search(block.text):
            continue
        prose += 1
        if prose > 2:
            return False
    return True


def _set_apart(block: Block, layout: Layout) -> bool:
    """A heading in bold or larger type, with no year: not a numbered entry of a bibliography on one line
    ("6. Smith J. A study. 2019.")."""
    bold_or_larger = block.font.bold or block.size > layout.body_size + 0.6
    return bold_or_larger and not _YEAR.search(block.text)


def _appendix_section(text: str) -> bool:
    """A lettered heading after the bibliography: the appendices begin (no year: not a reference)."""
    return bool(_LETTERED_HEADING.match(text)) and not _YEAR.search(text)


_APPENDIX_LINE = re.compile(r"^APPENDI(?:X|CES)\b")


_ONE_INITIAL_NAME = re.compile(r"^[A-H]\.\s+[A-Z][\w'’-]+(?:\.\s|\s+and\s)")
"""'H. Yahyaoui. A trust-based game theoretical model …', 'A. Smith and B. Jones. Title': an entry that
opens with one author's initial and surname, then a full stop or 'and' (abbrvnat and abbrv print a first
name so, and author-year styles print no label before it)."""


def _entry_not_appendix(block: Block, layout: Layout) -> bool:
    """A bibliography's line that `_appendix_section` would read as a lettered appendix heading ("A. Proof
    of …"): an entry's first line set on its own (a hanging indent under it) in the text's type, with no
    comma or year in it, opening with a one-initial name (`_ONE_INITIAL_NAME`). An appendix heading in
    the entries' type has no name's full stop or 'and' after its second word."""
    return not _set_apart(block, layout) and bool(_ONE_INITIAL_NAME.match(block.text.strip()))


def _appendix_line(block: Block) -> bool:
    """The block's first line opens the appendices in capitals ("APPENDIX A. PROOF OF THE BOUND"):
    amsart sets it in small capitals at the text's size and pitch, so the layout merges it into the
    paragraph under it, and the block as a whole looks like no heading."""
    text = block.lines[0].text.strip()
    return bool(_APPENDIX_LINE.match(text)) and in_capitals(text) and not _YEAR.search(text)


def _section_type(block: Block, blocks: list[Block], body_start: int | None, layout: Layout) -> bool:
    """The block is a title set in the type of the heading that opened the body ("Introduction"): bold,
    larger than the text, one short line that no full stop ends and no year is cited in."""
    if body_start is None or len(block.lines) != 1 or not _set_apart(block, layout):
        return False
    first = blocks[body_start]
    text = block.text.strip()
    return (
        block.size > layout.body_size + 0.6
        and abs(block.size - first.size) <= 0.3
        and block.font.bold == first.font.bold
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
        and len(text) < 100
    )


_SPANNING = -1
"""The column index of a block across a gutter (`columns.column_of`)."""


def _left_of(block: Block, heading: Block, layout: Layout) -> bool:
    """The block stands on the references heading's page wholly left of it, in the left column, and the
    heading, though read as crossing the gutter, starts right of the left column: the text the left
    column holds before a heading in the right column. Reading order puts it after the heading where the
    page's gutter was read too wide (a bibliography's labels "[1]" at the column's edge, its entries
    hanging under them), so that the heading seemed to cross it."""
    if block.page != heading.page or heading.column != _SPANNING or block.column == _SPANNING:
        return False
    columns = layout.pages[heading.page - 1].columns
    return len(columns) > 1 and heading.x0 > columns[0][1] and block.x1 <= heading.x0 + 1


def find_zones(layout: Layout) -> None:
    """Mark each text block's zone in place.

    The bibliography starts at the last references heading (a table of contents may name it earlier).
    """
    blocks = layout.text_blocks()
    if not blocks:
        return
    ref_start = None
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if (is_heading_like(block, layout.body_size) or len(text) < 40) and REFERENCES_HEADING.match(text):
            ref_start = i
    unheaded = _unheaded_lists(blocks) if ref_start is None else []
    zone = "front"
    first_page = blocks[0].page
    # the front matter ends at the first body heading; a long author list may push it to page 3 or 4
    largest = max(b.size for b in blocks if b.page == first_page)
    starts = (
        i
        for i, b in enumerate(blocks)
        if b.page <= first_page + 3
        and is_heading_like(b, layout.body_size)
        and BODY_START.match(b.text.strip())
        and not _title_like(b, first_page, largest, layout.body_size)
    )
    body_start = next(starts, None)
    if (
        body_start is not None
        and blocks[body_start].page == first_page
        and not _NUMBERED.match(blocks[body_start].text.strip())
    ):
        # a paper numbers all its sections or none: an unnumbered "Results …" over a numbered "1 Introduction"
        # on the first page is a title not set in its largest type (an OCR layer's one font for the title block)
        for i in starts:
            if blocks[i].page > first_page:
                break
            if _NUMBERED.match(blocks[i].text.strip()):
                body_start = i
                break
    if body_start is None:  # a first section with another name: "1. Problem Statement", "I. PRELIMINARIES"
        body_start = next(
            (
                i
                for i, b in enumerate(blocks)
                if b.page <= first_page + 1 and _FIRST_SECTION.match(b.text.strip()) and _set_apart(b, layout)
            ),
            None,
        )
    section = 0  # the number of the body's last numbered section ("5 Results" → 5)
    before = zone  # the zone the bibliography's heading closes
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if ref_start is not None and i > ref_start and _left_of(block, blocks[ref_start], layout):
            block.zone = "body" if before == "front" else before  # read after the heading, yet before it
            continue
        heading = is_heading_like(block, layout.body_size)
        if zone == "front" and (i == body_start or (body_start is None and block.page > first_page + 1)):
            zone = "body"
        top = _SECTION_NUMBER.match(text) if heading else None
        if i == ref_start or any(start == i for start, _ in unheaded):
            before, zone = zone, "references"
        elif zone == "references" and top and int(top.group(1)) == section + 1 and _set_apart(block, layout):
            zone = "body"  # the next section after the bibliography ("6. Discussion" after "5"): it ends
        elif any(end == i for _, end in unheaded):
            zone = "body"
        elif heading and zone != "front" and ADMIN_HEADING.match(text):
            zone = "back"
        elif (
            heading
            and zone == "references"
            and (
                _BACK_HEADING.match(text)
                or (_appendix_section(text) and not _entry_not_appendix(block, layout))
            )
        ):
            zone = "back"
        elif zone == "references" and _appendix_line(block):
            zone = "back"
        elif zone == "references" and not section and _section_type(block, blocks, body_start, layout):
            zone = "body"  # an unnumbered paper's section after the bibliography (its appendix, unlettered)
        elif heading and zone == "back" and (ref_start is None or i < ref_start) and _NUMBERED.match(text):
            zone = "body"  # admin statements in mid-paper end at the next numbered heading
        if zone == "body" and top:
            section = int(top.group(1))
        block.zone = zone
    if all(b.zone == "front" for b in blocks):
        # no body heading found: only the first page's blocks can be front matter
        for b in blocks:
            if b.page > first_page:
                b.zone = "body"


def rezoned(layout: Layout, blocks: list[Block], zone: str) -> Layout:
    """The layout again with `blocks` (some of its own) in `zone`; the layout handed in is left as it was.

    For what a later stage finds out about the zones: the header's unclaimed front text is body text.
    The moved blocks are copies; every other block is shared.
    """
    moved = {id(b) for b in blocks}
    if not moved:
        return layout
    pages = [
        PageLayout(
            p.page,
            p.columns,
            [replace(b, zone=zone) if id(b) in moved else b for b in p.blocks],
            p.column_edges,
        )
        for p in layout.pages
    ]
    return Layout(pages, layout.body_size, layout.vocabulary)
