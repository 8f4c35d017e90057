"""The bibliography zone → one raw string per entry (labelled, numbered or hanging-indent lists)."""

from __future__ import annotations

import re
from dataclasses import replace

from paperparse.document import Location, Reference
from paperparse.doi import PREFIX
from paperparse.layout import Block, Layout
from paperparse.layout.zones import REFERENCES_HEADING
from paperparse.pdf.model import Line
from paperparse.pdf.text_normalize import join_lines
from paperparse.references.fields import rejoin_dois
from paperparse.references.parser import label_end, parse_reference
from paperparse.references.patterns import SURNAME_PARTICLES

# alpha's labels of four or more authors read '[ABG + 95]' ('[ABG+95]' printed, spaced around the '+')
_BRACKET_LABEL = r"\[[^\]\s]{1,12}(?:\s?\+\s?\d{0,4})?\]"
# a bare number before a letter not in ASCII lower case: a capital, accented too ('13 Ž. Bajzer', AIP's raised labels);
# a number in parentheses before a colon or comma is an issue number that natbib's styles break a line before
# ('… Phys. Chem. Chem. Phys., 17' / '(6):4600–4608, 2015.', '(2), 2012.'), not a label
_LABEL_START = re.compile(
    rf"^\s*({_BRACKET_LABEL}|\d{{1,3}}\.(?=\s)|\(\d{{1,3}}\)(?![:,;])|\d{{1,3}}(?=\s+[^\W\d_a-z]))"
)
_LONE_LABEL = re.compile(rf"^\s*(?:{_BRACKET_LABEL}|\d{{1,3}}\.|\(\d{{1,3}}\))\s*$")
# a surname may open with lower-case particles: MNRAS's 'van den Brand J., …', 'de Souza R. S., …'
_PARTICLES = rf"(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))})\s+){{0,3}}"
_AUTHOR_START = re.compile(
    rf"^\s*(?:{_PARTICLES}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:[A-Z]\.|[A-Z]{{1,3}}\b|[A-Z][a-z]+)"
    r"|[A-Z]\.\s?[A-Z])"
)
_ENTRY_END = re.compile(rf"([.)\]]|\b{PREFIX}\S+|https?://\S+|\d)\s*$")
# '[7] ——, “The usage of …”': the same authors as the entry before (IEEEtran, ACM and Springer styles)
_SAME_AUTHORS = re.compile(r"^\s*(?:\[[^\]]{1,12}\]|\d{1,3}\.)?\s*[—–-]{2,}\s*[,.]")
MAX_ENTRY_CHARS = 3000
"""Longer than any real reference: past it an entry is cut (a hostile or misread list)."""


def _entry_lines(layout: Layout) -> list[tuple[Line, Block]]:
    blocks = [b for b in layout.text_blocks("references") if not REFERENCES_HEADING.match(b.text.strip())]
    pages: dict[int, list[Block]] = {}
    for block in blocks:
        pages.setdefault(block.page, []).append(block)
    lines = [
        (ln, block)
        for page in pages.values()
        for block in _hanging_labels_in_column(page)
        for ln in block.lines
    ]
    return _labels_beside_their_lines(_without_page_numbers(lines))


_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def _without_page_numbers(lines: list[tuple[Line, Block]]) -> list[tuple[Line, Block]]:
    """The lines without a page number the layout left among the entries: a lone number that is the
    lowest line of its page and centred under the entries there (an entry's last line holding only a
    number starts at the entries' edge, not in their middle)."""
    by_page: dict[int, list[Line]] = {}
    for ln, _ in lines:
        by_page.setdefault(ln.page, []).append(ln)
    dropped = set()
    for page_lines in by_page.values():
        lowest = max(page_lines, key=lambda ln: ln.y1)
        if not _PAGE_NUMBER.match(lowest.text) or len(page_lines) < 2:
            continue
        others = [ln for ln in page_lines if ln is not lowest]
        middle = (min(ln.x0 for ln in others) + max(ln.x1 for ln in others)) / 2
        if abs((lowest.x0 + lowest.x1) / 2 - middle) < 2 * lowest.size:
            dropped.add(id(lowest))
    return [item for item in lines if id(item[0]) not in dropped]


LABEL_GAP_MAX = 6.0
"""How far (in font sizes) right of a lone label the line level with it may start and still be its entry's."""


def _labels_beside_their_lines(lines: list[tuple[Line, Block]]) -> list[tuple[Line, Block]]:
    """Each label set alone in the label column ('[Day10]', alpha's widest label leaving a gap after the
    short ones) joined to the line level with it, right of it: the layout keeps such a label apart as a
    line of its own, and may read it before the lines above it."""
    out = list(lines)
    for label, _ in lines:
        if not _LONE_LABEL.match(label.text):
            continue
        middle = (label.y0 + label.y1) / 2
        beside = [
            i
            for i, (ln, _) in enumerate(out)
            if ln is not label
            and ln.page == label.page
            and ln.y0 < middle < ln.y1
            and 0 < ln.x0 - label.x1 < LABEL_GAP_MAX * label.size
        ]
        if not beside:
            continue
        target = min(beside, key=lambda i: out[i][0].x0)
        line, line_block = out[target]
        out[target] = (Line([*label.words, *line.words], line.page, line.rotated), line_block)
        out = [item for item in out if item[0] is not label]
    return out


def _hanging_labels_in_column(blocks: list[Block]) -> list[Block]:
    """A page's bibliography blocks in reading order, with an entry's first line whose label hangs left of
    the right column (IEEEtran's '[29]' at the column edge, its lines indented after it) read in that
    column: where the right column holds few labels, the layout takes such a line for one set across
    both columns and reads it before the left column."""
    left = [b for b in blocks if b.column == 0]
    right = [b for b in blocks if b.column == 1]
    spanning = [b for b in blocks if b.column < 0]
    if not (left and right and spanning):
        return blocks
    gutter = max(b.x1 for b in left)
    start = min(b.x0 for b in right)
    if not all(gutter < b.x0 < start and start - b.x0 < 4 * b.lines[0].size for b in spanning):
        return blocks
    return sorted(blocks, key=lambda b: (b.column != 0, b.y0))


EDGE_MIN_WORDS = 3
"""In a labelled list, a line sets the flush edge only with this many words: a figure's tick labels and
legends ('SMS', 'NLIM-EL-OD') zoned among the entries would make the labels beside them look indented."""


def _left_edges(lines: list[tuple[Line, Block]], labelled: bool = False) -> list[float]:
    """Per line, where the lines sharing its x-range start: the flush edge it is indented from (or not).

    In a `labelled` list only entry-like lines set the edge: lines of EDGE_MIN_WORDS words or more, and
    for a line of a column, none of a block set across the columns (a figure caption zoned among them).
    """
    by_page: dict[int, list[tuple[Line, Block]]] = {}
    for ln, block in lines:
        if not labelled or len(ln.words) >= EDGE_MIN_WORDS:
            by_page.setdefault(ln.page, []).append((ln, block))
    edges = []
    for ln, block in lines:
        overlapping = [
            o.x0
            for o, other in by_page.get(ln.page, [])
            if o.x0 < ln.x1 and ln.x0 < o.x1 and not (labelled and other.column < 0 <= block.column)
        ]
        edges.append(min(overlapping, default=ln.x0))
    return edges


def split_entries(lines: list[tuple[Line, Block]]) -> list[list[tuple[Line, Block]]]:
    """Group bibliography lines into entries."""
    if not lines:
        return []
    labelled = sum(1 for ln, _ in lines if _LABEL_START.match(ln.text))
    by_labels = labelled >= 2 and labelled >= 0.15 * len(lines)
    left = _left_edges(lines, labelled=by_labels)
    flush = [ln.x0 <= edge + 0.8 * ln.size for (ln, _), edge in zip(lines, left, strict=True)]
    # the columns (a page and the edge its lines share) that hold an indented line
    indenting = {
        (ln.page, edge) for (ln, _), edge, at_left in zip(lines, left, flush, strict=True) if not at_left
    }
    entries: list[list[tuple[Line, Block]]] = []
    for item, edge, at_left in zip(lines, left, flush, strict=True):
        ln, block = item
        text = ln.text
        if by_labels:
            new = bool(_LABEL_START.match(text)) and at_left
        elif len(lines) - sum(flush) >= 0.2 * len(lines):
            # hanging indent: entries start flush, continuations are indented; a column of continuations
            # only (an author list of hundreds filling it) shows no indent, and goes on where a line
            # does not end an entry
            new = at_left and (
                (ln.page, edge) in indenting or not entries or _ends_an_entry(entries[-1][-1][0])
            )
        else:
            prev = entries[-1][-1] if entries else None
            ended = prev is not None and bool(_ENTRY_END.search(prev[0].text))
            names = bool(_AUTHOR_START.match(text))
            # MNRAS's author list opens an entry after a line that does not hand its sentence on
            listed = (
                prev is not None
                and bool(_AUTHOR_LIST_START.match(text))
                and not _LEADS_ON.search(prev[0].text)
            )
            new = (
                prev is None
                or (ended and (prev[1] is not block or (names and (_named(text) or not _full(prev)))))
                or (names and _cut_short(prev))
                or listed
            )
        if new or not entries:
            entries.append([item])
        else:
            entries[-1].append(item)
    return entries


_INITIAL_END = re.compile(r"\b[A-Z]\.$")


def _ends_an_entry(line: Line) -> bool:
    """The line may end an entry: it ends as entries do, and not with a name's initial ('I. A.')."""
    text = line.text.rstrip()
    return bool(_ENTRY_END.search(text)) and not _INITIAL_END.search(text)


SHORT_LINE_SIZES = 1.5
"""A line ending this many font sizes short of its block's right edge, in a justified list, ends its entry."""
_ENTRY_GOES_ON = re.compile(r"(?:[,;:&-]|\band)\s*$")


def _cut_short(item: tuple[Line, Block]) -> bool:
    """Whether a line of a list that neither labels nor indents its entries ends an entry by stopping short
    of the right edge, as the last line of a justified paragraph does (MNRAS and similar author-year styles
    end an entry without a full stop: '… Gartner', '… 3, 408'). A line ending in a comma or "and" goes on."""
    line, block = item
    return line.x1 < block.x1 - SHORT_LINE_SIZES * line.size and not _ENTRY_GOES_ON.search(line.text)


# MNRAS's (and other author-year styles') author list: 'Wu W., Wu J., …', 'Hong J.-y., Suh E.-h., …',
# 'Grant P., Basye D., 2014', 'Li Z., et al., 2022': a surname, its initials and a comma
_AUTHOR_LIST_START = re.compile(
    rf"^\s*{_PARTICLES}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[A-Z]\.(?:\s?-?[A-Za-z]\.)*,\s+"
    r"(?:et\s+al\.|(?:[A-Z][\w'’-]+\s+)?[A-Z]\.|\d{4})"
)
# a line that hands its sentence on: a comma, 'and', 'in', 'by', … at its end
# or a surname's particle ('… in Carpuat M., de' / 'Marneffe M., …')
_LEADS_ON = re.compile(
    rf"(?:[,;:&-]|\b(?:and|in|by|of|the|for|to|with|from|at|on|eds?\.?|{'|'.join(sorted(SURNAME_PARTICLES))}))\s*$"
)
FULL_LINE_SIZES = 0.25
"""A line ending this close (in font sizes) to its block's right edge is full: justified, its entry goes on."""


def _named(text: str) -> bool:
    """A line opens with a name beyond doubt: initials first ('T. DuBois, J. …') or a surname, its initials
    and a comma ('Wu W., Wu J., …'); not two capitalised words ('ACM, New York', 'Computer Vision …'),
    which may as well be a publisher or a venue going on after a full line's stop."""
    return bool(_INITIAL_FIRST.match(text) or _AUTHOR_LIST_START.match(text))


_INITIAL_FIRST = re.compile(r"^\s*[A-Z]\.\s?(?:-?[A-Z]\.\s?)*[A-Z][\w'’-]")


def _full(item: tuple[Line, Block]) -> bool:
    """Whether a line reaches its block's right edge, as a justified line inside a paragraph does."""
    line, block = item
    return line.x1 >= block.x1 - FULL_LINE_SIZES * line.size


_COMPOUND_BREAK = re.compile(r"[^\W\d_]-$")


def _rejoin_compounds(lines: list[str]) -> list[str]:
    """An entry's lines with a line that ends in "Letter-" joined to the next when that one starts with
    a capital: 'Solar-' + 'Lezama, A.' is the surname 'Solar-Lezama', 'Hernández-' + 'Rodriguez' one
    name (a word broken before a capital keeps its hyphen and loses the space the line end made)."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if out and _COMPOUND_BREAK.search(out[-1]) and text[:1].isupper():
            out[-1] += text
        else:
            out.append(line)
    return out


LONG_ENTRY_CHARS = 1000
"""An entry this long may hold a model's or a collaboration's hundreds of authors in full."""
NAMES_KEPT = (20, 6)
"""How many comma-separated pieces of such a list are kept from its start and from its end."""
_NAME_PIECE = re.compile(r"[^\W\d_][^\d:;“”\"()\[\]]{0,40}")


def _without_its_middle(raw: str) -> str:
    """A long entry without the middle of its author list: an entry that prints hundreds of names in full
    (the Llama 3 or Gemini reports, a collaboration's paper) puts its title past what the reference CRF
    reads (MAX_TOKENS), so it keeps its first and last names and all after them; then cut to
    MAX_ENTRY_CHARS (a hostile or misread list)."""
    if len(raw) > LONG_ENTRY_CHARS:
        start = label_end(raw)
        pieces = raw[start:].split(",")
        names = 0
        while (
            names < len(pieces)
            and _NAME_PIECE.fullmatch(pieces[names].strip())
            and len(pieces[names].split()) <= 5
        ):
            names += 1
        first, last = NAMES_KEPT
        if names > first + last:
            raw = raw[:start] + ",".join(pieces[:first] + pieces[names - last :])
    return raw[:MAX_ENTRY_CHARS]


_TRAILING_NAME_WORD = rf"(?:[A-Z][\w'’.-]*|{'|'.join(sorted(SURNAME_PARTICLES))})"
# a biography's opening: a name and a biography's verb ('Luong H. Vu received', 'Hans Ehm is a', 'Niklas
# Lauter is pursuing')
_BIOGRAPHY_OPENING = (
    rf"(?:{_TRAILING_NAME_WORD}\s+){{1,5}}[A-Z][\w'’-]+,?\s+(?:\([A-Z][^)]{{0,30}}\)\s+)?"
    r"(?:received|obtained|is\s+(?:a|an|currently|now|with|the|pursuing)|was\s+born|joined|has\s+been)\s"
)
_TRAILING_MATTER = re.compile(
    rf"(?<=[.\]\d)])\s+(?={_BIOGRAPHY_OPENING}"
    r"|(?:\([a-z]\)\s+)*(?:Fig\.|Figure|FIGURE|TABLE|Table)\s+(?:\d+|[IVX]+)\b[.:]?\s)"
)
"""Where text that is no entry's follows an entry's end in the bibliography zone: an IEEE journal's author
biographies after the last entry ('… pp. 192–197. Luong H. Vu received the B.S. …', '… 2014. Natalie
Stanley Natalie is a PhD student …', 'R. R. de Oliveira received …', 'JOSHUA A. SHAFFER obtained a
B.S.') and a float's caption on the last page ('… pp. 3866–3875. (b) (a) (d) (c) Fig. 7. …', '… doi:….
Table 1 This is …'): a name and a biography's verb, or a caption's 'Fig. 7.' or 'TABLE I', right after
an entry's closing stop, bracket or number."""
_BIOGRAPHY = re.compile(_BIOGRAPHY_OPENING)
"""An 'entry' that is an author's biography of its own (a journal's biographies after the references, a
paragraph each, which the splitter reads as entries: 'Hans Ehm is a Senior Principal Engineer …')."""
_TRAILING_CUE = re.compile(r"received|obtained|\bis\s|born|joined|has\s+been|Fig|FIGURE|TABLE|Table")


def without_trailing_matter(raw: str) -> str:
    """An entry's text up to biographies or a caption the zone joined to it (_TRAILING_MATTER)."""
    if not _TRAILING_CUE.search(raw):
        return raw
    m = _TRAILING_MATTER.search(raw)
    return raw[: m.start()] if m else raw


def find_references(layout: Layout) -> list[Reference]:
    """Every entry of the bibliography, parsed, with its page and box."""
    refs: list[Reference] = []
    for entry in split_entries(_entry_lines(layout)):
        raw = rejoin_dois(join_lines(_rejoin_compounds([ln.text for ln, _ in entry]), layout.vocabulary))
        raw = without_trailing_matter(_without_its_middle(raw))
        if len(raw) < 12 or (len(raw) < 80 and not any(c.isdigit() for c in raw)):
            continue  # no year, page or volume in a short line: a table cell or a stray label
        if _BIOGRAPHY.match(raw):
            continue
        ref = parse_reference(raw, ref_id=f"b{len(refs)}")
        if refs and _SAME_AUTHORS.match(raw):
            ref.authors = [replace(a) for a in refs[-1].authors]
        first = entry[0][0]
        same_page = [ln for ln, _ in entry if ln.page == first.page]
        ref.location = Location(
            first.page,
            (
                min(ln.x0 for ln in same_page),
                min(ln.y0 for ln in same_page),
                max(ln.x1 for ln in same_page),
                max(ln.y1 for ln in same_page),
            ),
        )
        refs.append(ref)
    return refs
