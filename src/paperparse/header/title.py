"""The title: the largest type of the first page's upper part, without its footnote marks, a running-head
copy of it or a byline line its block swallowed."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from paperparse.document import Location
from paperparse.header.bylines import is_name_line, names_a_place, names_someone, names_with_affiliation
from paperparse.header.marks import MARKER, raised
from paperparse.layout import Block, Layout
from paperparse.layout.zones import in_capitals
from paperparse.pdf.model import Font, Line, Word

_NOT_TITLE = re.compile(
    r"(journal|proceedings|conference|vol\.|\bvolume\b|issn|preprint|arxiv|\bdoi\b|copyright|©|http|www\.|"
    r"research article|original article|submitted|accepted|received|published|draft version|"
    r"prepared for submission|\bletters?\b|^\s*(short )?paper\b|^\s*\(?(keywords?|key words|index terms|pacs|dated)\b)",
    re.I,
)


def _title_marks(block: Block) -> list[Word]:
    """The footnote marks ending the title (a raised "1", "*", "†"): they point to a note, not title text."""
    words = [w for line in block.lines for w in line.words]
    marks: list[Word] = []
    while len(words) > 1 and (
        (words[-1].rise == 1 and MARKER.match(words[-1].text)) or not _TITLE_MARKS.sub("", words[-1].text)
    ):
        marks.insert(0, words.pop())
    return marks


def _in_rows(block: Block) -> Block:
    """The block with its lines in reading order: a line of the title the PDF wrote in pieces, the later
    word first ("Informatics" before "Personal"), is read left to right."""
    rows: list[list[Line]] = []
    for line in sorted(block.lines, key=lambda ln: ln.y0):
        row = rows[-1] if rows else None
        if row is not None and line.y0 < row[0].y1 - 0.5 * (row[0].y1 - row[0].y0):
            row.append(line)
        else:
            rows.append([line])
    lines = tuple(ln for row in rows for ln in sorted(row, key=lambda ln: ln.x0))
    if lines == tuple(block.lines):
        return block
    return block.with_lines(lines)


def title_text(block: Block) -> tuple[str, Location]:
    """The title's text and box, both without its footnote marks."""
    block = _in_rows(block)
    marks = _title_marks(block)
    words = [w for line in block.lines for w in line.words][: -len(marks) or None]
    text = block.flat_text
    for mark in reversed(marks):
        text = text.removesuffix(mark.text).rstrip()
    box = (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )
    return _TITLE_MARKS.sub("", text), Location(block.page, box)


CAPITALS_LOWER = 0.05
"""The share of lowercase letters a line in capitals may hold: a math symbol's, not a word's."""


def set_apart(block: Block, body_size: float) -> bool:
    """Set apart from the running text as a title is: larger than the body's type, bold or in capitals.
    A page whose largest upper lines are in the body's own type (a page from inside a paper, a first
    page without its title) has no title: its first sentence is none. Such a block still bounds the
    byline (the lines under it), as a title would. A title in capitals may hold a lowercase math letter
    or two ("k-MEANS", "ℓ1-NORM", AMS's capitals)."""
    bold = 2 * sum(ln.font.bold for ln in block.lines) > len(block.lines)
    letters = [c for c in block.text if c.isalpha()]
    lower = sum(1 for c in letters if not c.isupper())
    capitals = bool(letters) and lower <= CAPITALS_LOWER * len(letters)
    return body_size <= 0 or block.size >= SET_APART * body_size or bold or capitals


def find_title(
    front: list[Block], page_height: float, titled: Collection[int] = (), body_size: float = 0.0
) -> int | None:
    """The largest-type block of the first page's upper part that is not a banner, date or keyword line.
    A block of more than five lines is a paragraph, unless it is set in display type (`LONG_TITLE` body
    sizes, up to eight lines): a long title set narrow (IEEE's 24 pt) runs to six lines or more; the
    lines of a byline the block swallowed (`without_trailing_names`: a grid's column too, level with the
    names beside it) are not counted, nor its e-mails.

    `titled`: ids of lines the segmentation model confidently reads as title. A block of such lines is
    not vetoed by the banner words (titles say "Received Signal Strength", "Accepted Answers") unless a
    block in banner words touches it: then it is a line of the banner box (the journal's name, set
    larger than many a title, between "Contents lists available at …" and "journal homepage: …").
    """
    best, best_size = None, 0.0
    spans = [
        (b.text, b.x0, b.y0, b.x1, b.y1, b.size) if b.page == front[0].page else ("", 0.0, 0.0, 0.0, 0.0, 0.0)
        for b in front
    ]
    page_lines = [ln for b in front if b.page == front[0].page for ln in b.lines]
    for i, b in enumerate(front):
        own = without_trailing_names(b, page_lines) if len(b.lines) > 5 or "@" in b.text else b
        text = own.text
        display = body_size > 0 and b.size >= LONG_TITLE * body_size and len(b.lines) <= 8
        long = len(b.lines) > 5 and not display and len(own.lines) > 5
        if b.page != front[0].page or b.y0 > 0.6 * page_height or long:
            continue
        if (
            len(text) < 8
            or len(text.split()) < 2
            or "@" in text
            or not is_wordy(text)
            or is_article_type(text)
        ):
            continue
        if is_banner(text) and (not all(id(ln) in titled for ln in b.lines) or in_a_banner(spans, i)):
            continue
        if b.size > best_size + 0.3:
            best, best_size = i, b.size
    return best


TOUCHING = 0.15
"""A block under the title may reach this many title sizes over the title's foot: a part in small
capitals broken by hand ("…\\\\ \\textsc{Kernels neural language}"), in sentence case, opens with a capital as
tall as the title's, whose top stands over the last title line's descenders."""


def run_on(front: list[Block], index: int, body_size: float = 0.0) -> tuple[Block, list[Block]]:
    """The title block at `index` with the blocks that go on in its type, and those blocks. A title
    broken by hand ("…\\\\ …") or wrapped unevenly can come out of the layout as two or three blocks,
    not always next in reading order (a byline line may come between); the block right under the
    title's last line, in its size and weight, level with it and no further below than the title's own
    leading (half its size where it has one line, or as much more as the page's lines are spaced wider
    than solid: a manuscript's double spacing, `line_pitch`), continues it: the title's last line is not
    a byline of its own ("Models Learning"). After a colon, the subtitle's line goes on in smaller type too
    (`SUBTITLE`), at the title's own pitch (`SUBTITLE_PITCH`) whatever its boxes' gap, and so does a
    second part set by hand in display type well over the body's (`DISPLAY_SUBTITLE`, "…\\\\ \\Large A
    Study of …") that is no line of names, or in a smaller cut of the title's own bold face, over the
    body's size (`CUT_OVER_BODY`), right under it as a line of the title would be (`CUT_GAP`: acmart sets its title's \\Large part at 11 pt under 13 pt, 3 pt below, and sigconf's at
    10 pt under 16 pt, 2 pt below, over a 9 pt body; an LNCS
    \\subtitle, which is not the title's, stands a skip further down). That cut is no byline's, so a
    part in capitalised words ("Sparse Structured Attention"), which reads as a name, goes on too; one
    opening with a name and its affiliation ("Ann Lee, Department of …") is a byline's, in a bold cut
    as Acrobat Capture's text layer may set it.

    Sizes are read by their capitals (`capitals_size`): a title in small capitals has lines, and second
    parts, that read at their small letters' size. A part in smaller small capitals under a title in
    capitals is no byline, whatever names its words look like; it stands at the title's own pitch
    (baseline to baseline), its top lower by its smaller type. Only such a part is measured by pitch: a
    byline in a smaller bold cut of the title's face stands at that pitch too (eLife's)."""
    title, joined = front[index], []
    one_line_leading = spaced_leading(line_pitch(front, title.page)) * title.size
    size = capitals_size(title)
    while True:
        below = [
            b
            for b in front[index + 1 :]
            if b.page == title.page and b.y0 >= title.y1 - TOUCHING * title.size and b not in joined
        ]
        below = [b for b in below if b.x1 >= title.x0 and b.x0 <= title.x1]
        following = min(below, key=lambda b: b.y0, default=None)
        if following is None:
            break
        lines = title.lines
        leading = max((b.y0 - a.y1 for a, b in zip(lines, lines[1:], strict=False)), default=one_line_leading)
        pitch = max((b.y1 - a.y1 for a, b in zip(lines, lines[1:], strict=False)), default=0.0)
        letters_size = small_letters_size(front[index], following)
        its_size = letters_size or capitals_size(following)
        small_capitals = letters_size > 0 or in_small_capitals_under(title, following)
        in_its_type = (
            abs(its_size - size) < 0.3 or _in_its_small_capitals(title, following)
        ) and following.font.bold == title.font.bold
        smaller_cut = (
            following.font.bold
            and face(following.font) == face(title.font)
            and body_size + CUT_OVER_BODY < its_size < size
            and following.y0 - title.y1 <= CUT_GAP * size
            and not names_with_affiliation(following.lines[0])
            and not _over_an_address(following, front)
        )
        after_colon = title.text.rstrip().endswith(":") and its_size >= SUBTITLE * size
        subtitle = (
            after_colon
            or smaller_cut
            or (
                0 < DISPLAY_SUBTITLE * body_size <= its_size < size
                and (small_capitals or all(not is_name_line(ln) for ln in following.lines))
            )
        )
        near = (
            following.y0 - title.y1 <= leading + 0.1 * size
            or (small_capitals and following.lines[0].y1 - lines[-1].y1 <= pitch + 0.1 * size)
            or (after_colon and following.lines[0].y1 - lines[-1].y1 <= SUBTITLE_PITCH * size)
        )
        if not (in_its_type or subtitle) or not near:
            break
        title = title.with_lines((*lines, *following.lines))
        joined.append(following)
    return title, joined


def _over_an_address(block: Block, front: Sequence[Block]) -> bool:
    """The block opens with a line of names that stands right over (half its size or less) an address
    line (an institution or a country, or an e-mail; no names), in the block or the next: a lone author's
    block as acl.sty's \\author sets it, the name in bold, which is no smaller cut of the title's face."""
    first = block.lines[0]
    if not is_name_line(first):
        return False
    under = [
        ln
        for b in front
        if b.page == block.page
        for ln in b.lines
        if first.y1 - 0.1 < ln.y0 < first.y1 + 0.5 * first.size and ln.x1 >= first.x0 and ln.x0 <= first.x1
    ]
    nearest = min(under, key=lambda ln: ln.y0, default=None)
    if nearest is None or names_with_affiliation(nearest):
        return False
    return names_a_place(nearest.text) or "@" in nearest.text


def capitals_size(block: Block) -> float:
    """The block's type size, a block in small capitals by its capitals: the line's size is that of
    most of its letters, which there are the small letters' ("LEARNING REPRESENTATIONS" set 14.3 pt
    over 11.5), so a title's line or second part in small capitals would read smaller than the title
    it belongs to. The capitals are the tallest words of the block's own face on the baseline."""
    if not in_capitals(block.text):
        return block.size
    own = face(block.font)
    return max(
        (w.font.size for ln in block.lines for w in ln.words if w.rise == 0 and face(w.font) == own),
        default=block.size,
    )


def in_small_capitals_under(title: Block, block: Block) -> bool:
    """`block` is a part in small capitals under a title in capitals: its capitals stand over its small
    letters (`capitals_size`), or its words are all in the sizes of the title's own small capitals. A
    byline in smaller type is not (eLife's, in mixed case; a line of names in capitals is one size)."""
    if not in_capitals(title.text):
        return False
    return capitals_size(block) > block.size + 0.3 or _in_its_small_capitals(title, block)


def small_letters_size(title: Block, block: Block) -> float:
    """The type size of `block` when it is a part in the small capitals of a title in small capitals,
    all in small letters (0 when it is not): its words in the title's face, all one size, smaller than
    the title's small letters, and no capital among them, as a second part in sentence case
    ("…\\\\ \\Large document retrieval …") prints; its size is that of its small letters over the ratio of
    the title's own small letters to its capitals (Times' 0.8). A byline in small capitals shows the
    capitals its names open with, so it is no such part; a line in true capitals of one size under a title
    in small capitals reads as one, at the size its small letters would imply."""
    size = _small_letters(title, block)
    capital, small = _title_sizes(title)
    if not size or size > small - 0.3:
        return 0.0
    return size * capital / small


def _title_sizes(title: Block) -> tuple[float, float]:
    """The sizes of a title's capitals and of its small letters: the largest and smallest of its own face
    on the baseline (one size for both where it is not in small capitals)."""
    own = face(title.font)
    sizes = [w.font.size for ln in title.lines for w in ln.words if w.rise == 0 and face(w.font) == own]
    return (max(sizes), min(sizes)) if sizes else (title.size, title.size)


def _small_letters(title: Block, block: Block) -> float:
    """The size of `block`'s letters when it is all in small letters of a title in small capitals (0
    when it is not): both in capitals, the title's words of its own face in two sizes (capitals over
    small letters), `block`'s words with letters all in that face, in one size and none over the title's
    small letters. Typed in lower case (sentence case), a title's line or second part shows no capital; a
    line of names in small capitals shows the capitals its names open with."""
    if not (in_capitals(title.text) and in_capitals(block.text)):
        return 0.0
    capital, small = _title_sizes(title)
    if capital - small < 0.3:
        return 0.0
    own = face(title.font)
    words = [w for ln in block.lines for w in ln.words if w.rise == 0 and any(c.isalpha() for c in w.text)]
    if not words or any(face(w.font) != own for w in words):
        return 0.0
    low, high = min(w.font.size for w in words), max(w.font.size for w in words)
    return low if high - low < 0.3 and high < small + 0.3 else 0.0


def _in_its_small_capitals(title: Block, block: Block) -> bool:
    """`block` is set in sizes of the title's small capitals: both in capitals, every word of `block` in
    a size the title's words of its face use (a line of words opening in lower case, all small letters,
    under a title whose words show capitals and small letters)."""
    if not (in_capitals(title.text) and in_capitals(block.text)):
        return False
    own = face(title.font)
    sizes = {w.font.size for ln in title.lines for w in ln.words if face(w.font) == own}
    if len(sizes) < 2:
        return False
    return all(any(abs(w.font.size - size) < 0.3 for size in sizes) for ln in block.lines for w in ln.words)


def line_pitch(blocks: Sequence[Block], page: int) -> float:
    """How far apart the page's lines stand, in their type sizes: the median baseline-to-baseline step
    of its blocks of two or more lines. Set solid it is about 1.2; a manuscript's double spacing
    (IEEEtran's draftcls, a review build's \\doublespacing) sets every line, the title's too, 1.6 and
    more apart, so a title's second line stands further under its first than a byline does under a
    title set solid."""
    steps = sorted(
        (b.y0 - a.y0) / block.size
        for block in blocks
        if block.page == page and block.size > 0
        for a, b in zip(block.lines, block.lines[1:], strict=False)
        if b.y0 > a.y0
    )
    return steps[len(steps) // 2] if steps else 0.0


def spaced_leading(pitch: float) -> float:
    """The gap, in type sizes, a title of one line may stand above its next line on a page whose lines
    are `pitch` sizes apart (`line_pitch`): half its size set solid, more in double spacing."""
    return max(0.5, pitch - DOUBLE_SPACED)


def face(font: Font) -> str:
    """The font's typeface without its design size: CMBX12 and CMBX10 are one face (the PDF layer has
    dropped the subset tag)."""
    return re.sub(r"\d+", "", font.name)


def is_banner(text: str) -> bool:
    """Text in the words of a journal banner, running head, date or keyword line."""
    return bool(_NOT_TITLE.search(text))


_ARTICLE_TYPE = re.compile(
    r"\s*((original|research|review|regular|full|short|brief)\s+)?(research\s+)?"
    r"(article|paper|communication|report|note|letter|review)s?|(case|technical)\s+(report|note)|"
    r"editorial|commentary|perspective|open\s+access\s*",
    re.I,
)


def is_article_type(text: str) -> bool:
    """A block that only names the article's type ("Research Article", "Original Paper", "Review"):
    Hindawi and Springer's journals set it over the title in the title's own bold type, where the
    segmentation model may read it as the title's first line. No title is its type alone."""
    return bool(_ARTICLE_TYPE.fullmatch(text.strip()))


Span = tuple[str, float, float, float, float, float]
"""A line or block as `in_a_banner` reads it: text, left, top, right, bottom, type size."""


def in_a_banner(spans: list[Span], k: int) -> bool:
    """Span k touches a span in banner words (less than a line apart): it is a line of a banner box,
    whatever its own words. The span next to it in reading order counts wherever it stands; any other
    counts when it is set right above or below span k, across its width: a journal's banner box holds a
    logo or a short label beside its name ("JSS"), which reading order puts between the name and the
    "January 2007, Volume 18, Issue 3." line under it."""
    _, x0, y0, x1, y1, size = spans[k]
    for j, (text, other_x0, other_y0, other_x1, other_y1, other_size) in enumerate(spans):
        beside = abs(j - k) == 1 or min(x1, other_x1) > max(x0, other_x0)
        if (
            j != k
            and beside
            and is_banner(text)
            and max(other_y0 - y1, y0 - other_y1) < max(size, other_size)
        ):
            return True
    return False


_TITLE_MARKS = re.compile(r"[\s*∗†‡§¶]+$")
LETTERS = 0.6
"""A title's printed characters are at least this share letters: a formula or a misread scan
("(tanh^): - 2 ^ ( 0 [ - 8 4 0 a") is no title, whatever its type size."""


def is_wordy(text: str) -> bool:
    """Text that reads as words: letters are at least `LETTERS` of its printed characters."""
    printed = [c for c in text if not c.isspace()]
    return bool(printed) and sum(c.isalpha() for c in printed) >= LETTERS * len(printed)


def without_trailing_names(title: Block, page_lines: Sequence[Line] = (), pitch: float = 0.0) -> Block:
    """The title without the byline its block swallowed: set in the title's own type (`OWN_TYPE`: a
    second part in smaller small capitals, which `run_on` took for the title's, is no byline; old proceedings
    print everything in one size, and so does an OCR layer of a scanned page), the byline starts at a line of
    names (or a name and its affiliation, `names_someone`) after the block's widest gap, wider than every
    other gap of the block (the title's own leading and the byline's; where there is no other, half the
    title's size, or more on a page whose lines are `pitch` sizes apart in double spacing:
    `spaced_leading`) by `NAMES_GAP` of its size; or at a
    line of names level with another of `page_lines` outside the block (a row of the byline's grid,
    which the layout, taking the grid's columns in turn, may join to the title at any gap); or at a
    name right over its affiliation or e-mail line (`_over_its_place`)."""
    lines = title.lines
    gaps = [_top(b) - a.y1 for a, b in zip(lines, lines[1:], strict=False)]
    # a gap over a line in smaller type, measured in the title's size: a smaller part run on under the
    # title (a display subtitle) stands closer in points, not in its own type's leading
    scaled = [g * max(1.0, title.size / b.size) for g, b in zip(gaps, lines[1:], strict=False)]
    steps = [b.y0 - a.y0 for a, b in zip(lines, lines[1:], strict=False)]
    own = {id(ln) for ln in lines}
    beside = [ln for ln in page_lines if id(ln) not in own]
    for k in range(1, len(lines)):
        others = scaled[: k - 1] + scaled[k:]
        widest = (
            gaps[k - 1] > max(others, default=spaced_leading(pitch) * title.size) + NAMES_GAP * title.size
        )
        tighter = _leads_tighter(steps[: k - 1], steps[k - 1], steps[k:], title.size)
        own_type = abs(lines[k].size - title.size) <= OWN_TYPE * title.size
        if (
            not _in_small_capitals_of(title, k, own_type)
            and (widest or tighter or _in_a_row_of_names(lines[k], beside) or _over_its_place(lines, k))
            and names_someone(lines[k])
        ):
            return title.with_lines(lines[:k])
    return title


def _top(line: Line) -> float:
    """The line's top under its raised marks: a title's \\thanks mark ("…Scalable⋆") lifts its line's box,
    which would stand closer under the line above than the title's other lines do."""
    tops = [w.y0 for w in line.words if not raised(w, line)]
    return min(tops) if tops else line.y0


def _in_small_capitals_of(block: Block, k: int, own_type: bool) -> bool:
    """The block's lines from line `k` on are a part of its title in small capitals, no byline: in
    smaller small capitals (`in_small_capitals_under`: capitals over small letters, or the sizes of the
    block's own), or all in small letters under the title's lines (`small_letters_size`); but where line
    `k` is in the title's own type (`own_type`: a byline in one type with the title), only a line in the
    title's small letters without a capital (sentence case: a subtitle's line after its colon), as a line
    of names shows the capitals its names open with."""
    if not in_capitals(block.lines[k].text):  # most titles: no block to build
        return False if own_type else in_small_capitals_under(block, block.with_lines(block.lines[k:]))
    title, part = block.with_lines(block.lines[:k]), block.with_lines(block.lines[k:])
    if own_type:
        return _small_letters(title, block.with_lines(block.lines[k : k + 1])) > 0
    return in_small_capitals_under(block, part) or small_letters_size(title, part) > 0


def _over_its_place(lines: Sequence[Line], k: int) -> bool:
    """The block's line `k` is a name over its affiliation: the next line is no name and names a place
    or holds an e-mail. An OCR layer's one font joins a title to the byline under it, and an author's
    block that fills the line (a long list of departments) stacks the grid's blocks down one column,
    so no row of names stands level with another, and the gap under the title, which the OCR layer's
    guessed line boxes narrow, need not be the widest."""
    if k + 1 >= len(lines):
        return False
    text = lines[k + 1].text
    return ("@" in text or names_a_place(text)) and not is_name_line(lines[k + 1])  # the costly test last


def _leads_tighter(above: list[float], into: float, below: list[float], size: float) -> bool:
    """The block's lines from a line on step down evenly (two steps or more, within `EVEN_STEP` sizes of
    each other), `NAMES_GAP` sizes less than the lines above (`above`: at least the title's two lines),
    the step `into` the first of them wider than theirs: one type with two leadings, as an OCR layer gives
    a title block one font where the page set a large title over a byline in the text's size close under
    it (the gap may be less than the title's own leading, so no gap is the widest)."""
    if not above or len(below) < 2 or max(below) - min(below) > EVEN_STEP * size:
        return False
    return into > max(below) and min(above) > max(below) + NAMES_GAP * size


def _in_a_row_of_names(line: Line, others: Sequence[Line]) -> bool:
    """`line` stands level with a line of names an em or more to its side: a title's line has none."""
    middle = (line.y0 + line.y1) / 2
    return any(
        other.y0 < middle < other.y1
        and max(other.x0 - line.x1, line.x0 - other.x1) > line.size
        and is_name_line(other)
        for other in others
    )


def with_title_banner(front: list[Block], layout: Layout, page_number: int) -> list[Block]:
    """The front blocks, led by the first page's title when the layout took it for a running head.

    ACM's templates repeat the title as the running head of every later page, so the first page's
    title, printed near the top, reads as one more copy of it. Set far larger than the body, it is the
    title; a line of it wrapped into a front block of its own ("…: PLA" / "and CobRA") rejoins it.
    """
    page = layout.pages[page_number - 1]
    banners = [
        b
        for b in page.blocks
        if b.kind == "running"
        and b.size >= TITLE_SIZE * layout.body_size > 0
        and len(b.text.split()) >= 2
        and b.y0 < 0.4 * page.page.height
    ]
    if not banners:
        return front
    banner = banners[0]
    rest = list(front)
    lines = list(banner.lines)
    while rest and abs(rest[0].size - banner.size) < 0.5 and 0 <= rest[0].y0 - lines[-1].y1 < banner.size:
        lines.extend(rest.pop(0).lines)
    return [Block(tuple(lines), banner.page, banner.column, "text", "front", banner.vocabulary), *rest]


_PRELIMINARY = re.compile(r"^\s*(\d+\s+)?(graphical abstract|(research )?highlights)\s*$", re.I)


def from_title_page(front: list[Block]) -> list[Block]:
    """The front blocks from the title page on: Elsevier's "Graphical Abstract" and "Highlights" pages,
    each opened by that heading, come before it and repeat its title and byline."""
    while front and _PRELIMINARY.match(front[0].text):
        later = [b for b in front if b.page > front[0].page]
        if not later:
            break
        front = later
    return front


SET_APART = 1.1
"""A title in roman type is set at least this many body sizes large (the development papers: 1.19 and up)."""
TITLE_SIZE = 1.3
"""A running-head copy of the title on the first page is set at least this many body sizes large."""
LONG_TITLE = 1.5
"""A block of six to eight lines set at least this many body sizes large is a long title, not a paragraph."""
SUBTITLE = 0.7
"""A subtitle on its own line after the title's colon is set at least this share of the title's size."""
SUBTITLE_PITCH = 1.3
"""... and its line stands at most this many title sizes under the title's last, foot to foot: LaTeX's
"\\Large …\\\\ {\\large …}" sets it at \\Large's 18 pt (1.25 sizes), however far apart the lines' boxes
are (ps2pdf gives a subset of capitals its own extent, no descent: the gap reads 0.65 sizes)."""
DISPLAY_SUBTITLE = 1.25
"""A title's second part set in smaller display type (LaTeX's \\Large under \\Huge) is at least this
many body sizes: bylines under a title are set at most a few points over the body's type."""
CUT_OVER_BODY = 0.3
"""... and is set more than this many points over the body's type (acmart's 11 and 10 pt over 9 pt, a
sigconf-like 10.5 over 10): not names in bold whose size an OCR layer guessed a tenth or two of a point
over the body's (10.1 over 10)."""
EVEN_STEP = 0.05
"""Lines set at one leading step down within this many of their size of each other (an OCR layer's
positions, to a pixel or two)."""
NAMES_GAP = 0.2
"""A byline in the title's own type stands at least this many title sizes further under the title than
the block's other lines stand apart: a hand-made title block's \\vspace{0.3em} under it, which an OCR
layer's guessed line positions bring down to 0.24 (a quarter missed it), where a title's own lines,
set at one leading in one font, stand apart evenly."""
OWN_TYPE = 0.06
"""A line of a block is in the title's type within this share of its size (as the layout joins lines
into a block): a display subtitle's line under it, in smaller type and so a lower top under the same
baseline step, stands a wider gap under the title than its lines do, and may read as names."""
DOUBLE_SPACED = 0.8
"""A one-line title's next line stands at most the page's line pitch less this many title sizes under it
(the line's own height and a margin): set solid that is under the half size allowed anyway; IEEEtran's
draftcls title, pitched at 1.75 sizes, stands 0.85 sizes under its first line."""
CUT_GAP = 0.35
"""A title's second part in a smaller cut of its bold face starts at most this many title sizes under it
(acmart's "…\\\\ \\Large …": 0.23; an LNCS \\subtitle after its skip: 0.49)."""
