"""The features of every line, computed once per document, used by training and prediction alike.

The features are what a reader sees of a line without reading it closely: how large its font is among the
document's sizes, bold or italic, where it sits on the page and in its column, the white space above and
below it compared with the document's usual line gap, how it is aligned, how long it is, which page it is
on, the shape of its text (digits, capitals, a leading number, an email, URL or DOI), and the same few
facts about the lines before and after it.

They are kept as a `LineFeatures`: each line's own features (a tuple of numbers in `OWN_FEATURES` order) and
the few facts about its neighbours, so the CRF can encode a neighbour's features
from that line's own and only models over numbers build the full dict per line (`LineFeatures.dicts`).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass

from paperparse.doi import PREFIX, SUFFIX_CHAR
from paperparse.layout import Block, Layout, PageLayout
from paperparse.pdf.model import Line

LABELS = (
    "title",
    "author",
    "affiliation",
    "email",
    "abstract",
    "keywords",
    "heading",
    "paragraph",
    "caption",
    "table",
    "equation",
    "footnote",
    "running",
    "page_number",
    "reference",
    "other",
)
"""Every line gets one; `running` is a running head or foot, `other` figure text, stamps, dates, ..."""


@dataclass(slots=True, frozen=True)
class LineSlot:
    """A line where the layout put it: its page (0-based), its block, and its place in that block."""

    line: Line
    page: int
    block: Block
    index_in_block: int


def reading_lines(layout: Layout) -> list[LineSlot]:
    """Every line of the document in reading order, running heads and margin notes included."""
    return [
        LineSlot(line, page_index, block, i)
        for page_index, page in enumerate(layout.pages)
        for block in page.blocks
        for i, line in enumerate(block.lines)
    ]


_EMAIL = re.compile(r"\S+@\S+\.\w+|\{[^}]*\}@")
_URL = re.compile(r"https?://|www\.", re.I)
_DOI = re.compile(r"\b" + PREFIX + SUFFIX_CHAR)
_LEADING_NUMBER = re.compile(r"^(\d+(\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s")
_BRACKET_NUMBER = re.compile(r"^\[\d{1,3}\]")
_EQUATION_NUMBER = re.compile(r"\(\d{1,3}[a-z]?\)$")
_CAPTION_START = re.compile(r"^(fig(ure)?|table|tab|algorithm|listing)\.?\s*[0-9IVX]+", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d[a-z]?\b")
_MATH = frozenset("=+−<>≤≥∈∑∫∂αβγδθλμσπ^_|∀∃→⇒×·")
_FIRST_WORD = re.compile(r"[a-z]+")
_CUE_WORDS = frozenset(
    "abstract keywords key index references bibliography acknowledgments acknowledgements acknowledgment "
    "introduction figure fig table appendix department university institute school email correspondence "
    "received accepted proceedings arxiv preprint copyright permission ccs".split()
)


def _doc_line_gap(slots: list[LineSlot]) -> float:
    """The commonest gap between consecutive lines of one block: the document's unit of white space."""
    gaps = Counter(
        round(b.line.y0 - a.line.y1, 1)
        for a, b in zip(slots, slots[1:], strict=False)
        if a.block is b.block and 0 <= b.line.y0 - a.line.y1 < 2 * a.line.size
    )
    return max(gaps.most_common(1)[0][0], 0.5) if gaps else 2.0


def _size_ranks(slots: list[LineSlot]) -> tuple[dict[float, int], float]:
    """Each font size's rank, largest first, among sizes that carry text; and the body size."""
    weight: Counter[float] = Counter()
    for s in slots:
        weight[round(s.line.size, 1)] += len(s.line.text)
    body = weight.most_common(1)[0][0] if weight else 10.0
    ranks = {size: i for i, size in enumerate(sorted(weight, reverse=True))}
    return ranks, body


_ASCII_DIGITS = string.digits.encode()
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_CAPITALS = string.ascii_uppercase.encode()
_ASCII_MATH = "".join(c for c in sorted(_MATH) if c.isascii()).encode()


def _char_counts(text: str) -> tuple[int, int, int, int]:
    """Digits, letters, capital letters and math symbols in `text` (str.isdigit, isalpha, isupper).

    Most lines are ASCII, where bytes.translate counts each class in one pass of C.
    """
    if text.isascii():
        raw = text.encode()
        n = len(raw)
        return (
            n - len(raw.translate(None, _ASCII_DIGITS)),
            n - len(raw.translate(None, _ASCII_LETTERS)),
            n - len(raw.translate(None, _ASCII_CAPITALS)),
            n - len(raw.translate(None, _ASCII_MATH)),
        )
    letters = [c for c in text if c.isalpha()]
    return (
        sum(map(str.isdigit, text)),
        len(letters),
        sum(map(str.isupper, letters)),
        sum(map(_MATH.__contains__, text)),
    )


@dataclass(slots=True, frozen=True)
class _PageFacts:
    """What every line of one page shares."""

    width: float
    height: float
    columns: float
    first_page: float
    last_page: float
    page_share: float


def _page_facts(layout: Layout) -> list[_PageFacts]:
    n = len(layout.pages)
    return [
        _PageFacts(
            p.page.width,
            p.page.height,
            float(len(p.columns)),
            1.0 if i == 0 else 0.0,
            1.0 if i == n - 1 else 0.0,
            i / max(n - 1, 1),  # where references are: not an absolute page
        )
        for i, p in enumerate(layout.pages)
    ]


_BlockFacts = tuple[float, float, float, float, float, float, float, float, float, float, float, int]


def _block_facts(block: Block, page: PageLayout) -> _BlockFacts:
    """What every line of one block shares: its column's left and right edge, ..., the index of its last
    line (see `_own_features`)."""
    opening = block.lines[0].text
    left, right = page.column_edges.get(block.column, (0.0, page.page.width))
    return (
        left,
        right,
        float(block.column),
        float(min(len(block.lines), 20)),
        1.0 if _CAPTION_START.match(opening) else 0.0,
        1.0 if opening[:8].lower() == "abstract" else 0.0,
        1.0 if block.kind == "running" else 0.0,
        1.0 if block.kind == "margin" else 0.0,
        1.0 if block.zone == "front" else 0.0,
        1.0 if block.zone == "references" else 0.0,
        1.0 if block.zone == "back" else 0.0,
        len(block.lines) - 1,
    )


OWN_FEATURES = (
    "size_rank",
    "size_ratio",
    "bold",
    "italic",
    "x0",
    "x1",
    "y0",
    "y1",
    "width",
    "col_fill",
    "indent",
    "right_short",
    "centred",
    "column",
    "columns",
    "first_page",
    "last_page",
    "page_share",
    "chars",
    "words",
    "digits",
    "caps",
    "letters",
    "math",
    "leading_number",
    "bracket_number",
    "equation_number",
    "caption_start",
    "email",
    "url",
    "doi",
    "year",
    "ends_period",
    "starts_lower",
    "raised_start",
    "marker_start",
    "block_lines",
    "block_first",
    "block_caption",
    "block_abstract",
    "block_last",
    "running",
    "margin",
    "zone_front",
    "zone_references",
    "zone_back",
)
"""What a line's own features are, in the order `_own_features` computes them."""


def _own_features(
    slot: LineSlot, page: _PageFacts, block: _BlockFacts, ranks: dict[float, int], body: float
) -> tuple[float, ...]:
    """The line's `OWN_FEATURES`, in that order."""
    line = slot.line
    text = line.text
    size = round(line.size, 1)
    x0, y0, x1, y1 = line.bbox
    width, height = page.width, page.height
    n = len(text)
    per_char = max(n, 1)
    per_size = max(size, 1.0)
    digits, letters, capitals, math = _char_counts(text)
    left, right, column, lines, caption, abstract, running, margin, front, references, back, last = block
    col_width = max(right - left, 1.0)
    centre_offset = ((x0 + x1) / 2 - (left + right) / 2) / col_width
    font = line.font
    return (
        min(ranks.get(size, 0), 6),  # size_rank
        size / body,  # size_ratio
        1.0 if font.bold else 0.0,  # bold
        1.0 if font.italic else 0.0,  # italic
        x0 / width,  # x0
        x1 / width,  # x1
        y0 / height,  # y0
        y1 / height,  # y1
        (x1 - x0) / width,  # width
        (x1 - x0) / col_width,  # col_fill
        (x0 - left) / per_size,  # indent
        (right - x1) / per_size,  # right_short
        1.0 if abs(centre_offset) < 0.03 and x0 - left > 2 * size else 0.0,  # centred
        column,  # column
        page.columns,  # columns
        page.first_page,  # first_page
        page.last_page,  # last_page
        page.page_share,  # page_share
        float(n),  # chars
        float(len(text.split())),  # words
        digits / per_char,  # digits
        capitals / max(letters, 1),  # caps
        letters / per_char,  # letters
        math / per_char,  # math
        1.0 if _LEADING_NUMBER.match(text) else 0.0,  # leading_number
        1.0 if _BRACKET_NUMBER.match(text) else 0.0,  # bracket_number
        1.0 if _EQUATION_NUMBER.search(text) else 0.0,  # equation_number
        1.0 if _CAPTION_START.match(text) else 0.0,  # caption_start
        1.0 if "@" in text and _EMAIL.search(text) else 0.0,  # email (both patterns hold an @)
        1.0 if _URL.search(text) else 0.0,  # url
        1.0 if "10." in text and _DOI.search(text) else 0.0,  # doi
        1.0 if _YEAR.search(text) else 0.0,  # year
        1.0 if text.endswith(".") else 0.0,  # ends_period
        1.0 if text[:1].islower() else 0.0,  # starts_lower
        1.0 if line.words[0].rise == 1 else 0.0,  # raised_start
        1.0 if text[:1] in "*†‡§¶" else 0.0,  # marker_start
        lines,  # block_lines
        1.0 if slot.index_in_block == 0 else 0.0,  # block_first
        caption,  # block_caption
        abstract,  # block_abstract
        1.0 if slot.index_in_block == last else 0.0,  # block_last
        running,  # running
        margin,  # margin
        front,  # zone_front
        references,  # zone_references
        back,  # zone_back
    )


def _cue(text: str) -> str | None:
    """`cue_<word>` when the line opens with one of the cue words ("Abstract", "Keywords", ...)."""
    first = _FIRST_WORD.match(text.lower())
    return "cue_" + first.group() if first and first.group() in _CUE_WORDS else None


NEIGHBOUR_KEYS = ("size_ratio", "bold", "italic", "col_fill", "indent", "caption_start", "digits", "words")
"""The own features of the lines before and after that a line's features repeat (`prev_bold`, ...)."""
_NEIGHBOUR_AT = tuple(OWN_FEATURES.index(k) for k in NEIGHBOUR_KEYS)


_SECTION_CUES = ("cue_keywords", "cue_key", "cue_index", "cue_ccs", "cue_introduction")


_LEADING_NUMBER_AT, _WORDS_AT, _BOLD_AT, _SIZE_RATIO_AT = (
    OWN_FEATURES.index(k) for k in ("leading_number", "words", "bold", "size_ratio")
)


def _abstract_span(slots: list[LineSlot], own: list[tuple[float, ...]], cues: list[str | None]) -> list[bool]:
    """The lines after an "Abstract" cue on the first two pages, up to the next heading-like line or the
    keywords: the abstract's stretch, which many templates set exactly like body text."""
    span = [False] * len(slots)
    inside = False
    for i, (slot, f, cue) in enumerate(zip(slots, own, cues, strict=True)):
        if slot.page > 1:
            break
        if cue == "cue_abstract":
            inside = True
        elif inside and (
            cue in _SECTION_CUES
            or (f[_LEADING_NUMBER_AT] and f[_WORDS_AT] <= 12)
            or (f[_BOLD_AT] and f[_WORDS_AT] <= 8)
            or f[_SIZE_RATIO_AT] > 1.1
        ):
            inside = False
        span[i] = inside
    return span


NO_NEIGHBOUR_GAP = 30.0
"""The gap to a neighbour on another page or in another column (or to none), in document line gaps."""


@dataclass(slots=True)
class LineFeatures:
    """The features of a document's lines in reading order (`reading_lines`).

    A line's neighbours are the lines before and after it on the same page. `between[i]` is what line i and
    line i + 1 share: the white space between them in document line gaps, clipped to [-5, 30] (30 when
    they are in different columns), and 1.0 or 0.0 as they are in one block or not; None when line i + 1
    is on another page or there is none.
    """

    own: list[tuple[float, ...]]
    """Each line's `OWN_FEATURES`."""
    cues: list[str | None]
    abstract_span: list[bool]
    between: list[tuple[float, float] | None]

    def dicts(self) -> list[dict[str, float]]:
        """Every feature of every line by name, the neighbours' as `prev_<key>` and `next_<key>`, absent
        binary ones left out: what a model over numbers reads."""
        out = []
        for i, f in enumerate(self.own):
            d = dict(zip(OWN_FEATURES, f, strict=True))
            if self.cues[i]:
                d[self.cues[i]] = 1.0
            if self.abstract_span[i]:
                d["abstract_span"] = 1.0
            for name, j, shared in (
                ("prev", i - 1, self.between[i - 1] if i else None),
                ("next", i + 1, self.between[i]),
            ):
                if shared is None:
                    d[f"gap_{name}"] = NO_NEIGHBOUR_GAP
                    d[f"{name}_none"] = 1.0
                    continue
                d[f"gap_{name}"], d[f"{name}_same_block"] = shared
                for key, at in zip(NEIGHBOUR_KEYS, _NEIGHBOUR_AT, strict=True):
                    d[f"{name}_{key}"] = self.own[j][at]
            out.append(d)
        return out


def _between(a: LineSlot, b: LineSlot, unit: float) -> tuple[float, float] | None:
    if a.page != b.page:
        return None
    gap = NO_NEIGHBOUR_GAP
    if a.block.column == b.block.column:
        gap = min(max((b.line.y0 - a.line.y1) / unit, -5.0), NO_NEIGHBOUR_GAP)
    return gap, 1.0 if a.block is b.block else 0.0


def line_features(layout: Layout, slots: list[LineSlot] | None = None) -> LineFeatures:
    """The features of every line of `reading_lines(layout)`, with the gaps around it and its neighbours'."""
    slots = reading_lines(layout) if slots is None else slots
    ranks, body = _size_ranks(slots)
    unit = _doc_line_gap(slots)
    pages = _page_facts(layout)
    blocks: dict[int, _BlockFacts] = {}
    own = []
    for s in slots:
        facts = blocks.get(id(s.block))
        if facts is None:
            facts = blocks[id(s.block)] = _block_facts(s.block, layout.pages[s.page])
        own.append(_own_features(s, pages[s.page], facts, ranks, body))
    cues = [_cue(s.line.text) for s in slots]
    between = [_between(a, b, unit) for a, b in zip(slots, slots[1:], strict=False)]
    between.append(None)
    return LineFeatures(own, cues, _abstract_span(slots, own, cues), between[: len(slots)])
