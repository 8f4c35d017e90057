"""Section headings: blocks set apart as headings (numbered or a known title), run-in headings at the
start of a paragraph (numbered, or IEEE's unnumbered italic ones), and their levels."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from paperparse.body.captions import CAPTION
from paperparse.body.evidence import confident_label, reads_as
from paperparse.body.footnotes import is_foot_note
from paperparse.body.geometry import location, shares_row, union
from paperparse.document import Location
from paperparse.layout import Block, Layout, PageLayout, box_within
from paperparse.layout.zones import ADMIN_HEADING, in_capitals, is_heading_like
from paperparse.pdf.glyph_names import without_subset_tag
from paperparse.pdf.model import Line, Word
from paperparse.segmentation import Segmentation

_NUMBERED = re.compile(
    r"^(?:§\s*)?(?P<num>(?:\d+(?:\.\d+){0,3}|[IVXL]+|[A-Z](?:\.\d+){0,2}))\.?\s+(?P<title>\S.*)$"
)
"""A numbered heading, its number maybe after a section sign ("§2. Methods", as some mathematics papers
and their classes set it)."""
_APPENDIX = re.compile(r"^(?:appendix|annex)\s+(?P<num>[A-Z](?:\.\d+){0,2})[.:]?\s+(?P<title>\S.*)$", re.I)
"""An appendix's heading that spells out what it is before its letter ("Appendix A. Studies Included")."""
_SPELLED_APPENDIX = re.compile(r"^(?:appendix|annex)\b", re.I)
_UNNUMBERED_HEADS = re.compile(
    r"^(abstract|introduction|background|related work|methods?|materials and methods|results|discussion|"
    r"conclusions?|acknowledge?ments?|appendix.*|references|bibliography|funding|author contributions|"
    r"data availability|supplementary.*|limitations|future work|experiments?|evaluation|summary|"
    r"(?:broader )?impacts?(?: statement)?|ethics statement|declarations?\b.*|annexe?s?\b.*|"
    r"competing interests|conflicts? of interests?)$",
    re.I,
)
_CITATION = re.compile(r"(?<![^\W\d_])\d{4}\)|et al\.")
"""A cited year ("(Smith, 2016)") or "et al.": a sentence, not a title; a name that ends in digits
("(ISCXTor2016)") may close a title."""
_STATEMENT = re.compile(
    r"^(?:\d+:\s|(?:definition|theorem|lemma|corollary|proposition|remark|example|assumption|claim|"
    r"conjecture|observation|problem)\s+\d+(?:\.\d+)*\s*[.:])",
    re.I,
)
"""A line of pseudo-code after its line number ("2: for t ← 1 to T do") or the opening of a numbered
statement ("Definition 5. Horizons are ..."): set in bold, standing alone, and no heading."""
_TITLE_CHARS = 100
"""The longest line a heading's title fills, as a rule; a title over two lines or more, or on one line in a
heading's own type, may be `_LONGEST` times as long (`_longest`)."""
_LONGEST = 1.5
_TWO_SENTENCES = re.compile(r"[a-z]{3}\.\s+[A-Z][a-z]")  # not "vs. Nesterov"


def _stands_alone(block: Block, layout: Layout) -> bool:
    """A heading starts at its column's left edge (or is centred) and shares its row with no other block
    of its column: table cells and figure labels do neither."""
    left, _ = _column(block, layout)
    if (
        block.x0 > left + 1.5 * block.size
        and not _centred(block, layout)
        and not _beside_figure(block, layout)
    ):
        return False
    beside = (
        shares_row(block, layout, _CELL_SIZE)
        or shares_row(block, layout)
        and _text_below(block, layout) is None
    )
    return not beside and not _in_figure(block, layout)


_CELL_SIZE = 0.75
"""The smallest share of a heading's size that a block beside it has to be a cell of a table row with it:
a plot's tick labels and legends are set smaller still. Beside such small print only a line that heads
running text (`_text_below`) stands alone: a figure's own label does not."""


def _beside_figure(block: Block, layout: Layout) -> bool:
    """The block starts where the running text under it does, right of its column's edge, and that text
    fills the rest of the column: a heading beside a figure that the text wraps around (wrapfig), whose
    lines all start at the figure's edge."""
    page = layout.pages[block.page - 1]
    _, right = _column(block, layout)
    x0, _, x1, y1 = block.bbox
    below = min(
        (
            ln
            for b in page.blocks
            if b.kind == "text"
            for ln in b.lines
            if ln.y0 >= y1 - 0.5 and ln.x0 < x1 and ln.x1 > x0
        ),
        key=lambda ln: ln.y0,
        default=None,
    )
    return (
        below is not None
        and below.y0 - y1 < _UNDER * block.size
        and abs(below.x0 - x0) < _FLUSH * block.size
        and below.x1 >= right - 1.5 * below.size
        and abs(below.size - layout.body_size) <= 0.5
        and not all(_styled(w) for w in below.words)
    )


def _column(block: Block, layout: Layout) -> tuple[float, float]:
    """The left and right edges of the block's column."""
    return layout.pages[block.page - 1].column_edges.get(block.column, (block.x0, block.x1))


def _centred(block: Block, layout: Layout) -> bool:
    left, right = _column(block, layout)
    return abs((block.x0 + block.x1) / 2 - (left + right) / 2) < 2 * block.size


_ITEM_INDENT = 0.8
"""How far (in the text's size) right of its column's edge a numbered list indents its labels."""


def _list_item(block: Block, layout: Layout) -> bool:
    """An item of a numbered list on a line of its own ("1. Minimum quality threshold:", its points in a
    sublist under it): its number starts right of the column's edge, where a list indents its labels and
    a heading in the text's size never stands unless centred."""
    left, _ = _column(block, layout)
    return (
        block.size <= layout.body_size + 0.3
        and block.x0 > left + _ITEM_INDENT * block.size
        and not _centred(block, layout)
    )


_RUNNING_LINES = 3
"""A block of running text has at least this many lines at the text's size."""


def _in_figure(block: Block, layout: Layout) -> bool:
    """The block lies inside a drawing that holds no running text, or each of its words lies inside such
    a drawn box: a label of a diagram or a plot ("IoT device", "QPSK"; "Memory Input", two boxes' labels
    that the layout set in one line), not a heading. (A drawing around running text is a frame or a
    page's background.)"""
    page = layout.pages[block.page - 1]
    words = [w for line in block.lines for w in line.words]
    boxes = [
        box
        for box in page.page.graphics
        if any(box_within((w.x0, w.y0, w.x1, w.y1), box, 2.0) for w in words)
        and not _holds_text(box, page, layout)
    ]
    if any(box_within(block.bbox, box, 2.0) for box in boxes):
        return True
    return bool(boxes) and all(
        any(box_within((w.x0, w.y0, w.x1, w.y1), box, 2.0) for box in boxes) for w in words
    )


def _holds_text(box: tuple[float, float, float, float], page: PageLayout, layout: Layout) -> bool:
    """A drawn box around running text: a block of at least `_RUNNING_LINES` lines at the text's size."""
    return any(
        len(other.lines) >= _RUNNING_LINES
        and abs(other.size - layout.body_size) < 0.5
        and box_within(other.bbox, box, 2.0)
        for other in page.blocks
        if other.kind == "text"
    )


_RUN_IN_NUMBER = re.compile(r"^(?:(?:\d+|[A-Z](?=\.\d))(?:\.\d+)*\.?|\d+\))$")
_RUN_IN = re.compile(r"^(?P<num>(?:\d+|[A-Z](?=\.\d))(?:\.\d+)*)[.)]?\s+(?P<title>\S.*)$")
# an appendix's subsection may be lettered ("A.1. Title." run in, as amsart sets it), never a letter alone
# a heading that fills whole lines may be lettered or in Roman numerals ("C. Title", "IV. TITLE")
_LETTERED_RUN_IN = re.compile(r"^(?P<num>[A-Z]|[IVXL]+)\.\s+(?P<title>\S.*)$")
_HEADING_LINES = 3
"""The most lines a heading fills."""
# a title: a word of letters (any script's) and more, or one word that a colon or a full stop ends
# ("1) Hardware:"), the first word maybe hyphenated ("Stage-wise Comparison"); it must be capitalised
# (`_is_run_in_title`)
_RUN_IN_TITLE = re.compile(r"^[^\W\d_]{2,}(?:-[^\W\d_]+)*(?:\s+\S|[-\w]*[:.]$)")


RunIn = tuple[str | None, str, str, Location]
"""A run-in heading: its number (None for an unnumbered one), its title, the paragraph's own text after
it, the heading's box."""


def run_in_heading(block: Block) -> RunIn | None:
    """A numbered heading set in italic or bold at the start of a paragraph ("4.1. Particle spectra In
    Figure 2 we ...", IEEE's "1) Hardware: The ..."), or filling the paragraph's first lines (IEEE's
    italic "C. Different approaches - set intersection/..." over two lines, which the layout merged with
    the text under it), else None."""
    lines = block.lines
    words = lines[0].words
    styled = [_styled(w) for w in words]
    start = 1 if _RUN_IN_NUMBER.match(words[0].text) else 0  # the number may be upright
    if len(words) < 2 or not styled[start]:
        return None
    # a title's colon, then a word in another style (a bold italic title, an italic symbol opening the
    # text: "1) Analysis of SBF’ and SBF: SBF’ is used ..."): the title ends at the colon
    colon = next((k for k in range(start, len(words) - 1) if words[k].text.endswith(":")), None)
    if colon is not None and _weight_slant(words[colon + 1]) != _weight_slant(words[start]):
        styled[colon + 1] = False
    if all(styled[start:]):  # the heading fills its first lines; the paragraph starts on the next
        k = 1
        while k < min(len(lines), _HEADING_LINES) and all(_styled(w) for w in lines[k].words):
            k += 1
        if k == len(lines):
            return None
        head_words = [w for line in lines[:k] for w in line.words]
        head = re.sub(r"\s+", " ", block.text[: block.line_starts[k]]).strip()
        rest = block.text[block.line_starts[k] :].strip()
        if _styled(lines[k].words[0]):  # the title's last line, the paragraph going on after it
            if (tail := _title_tail(lines[k].words, rest)) is None:
                return None
            head_words += tail[0]
            line = block.text[block.line_starts[k] :]
            end = block.line_starts[k] + len(line) - len(line.lstrip()) + len(tail[1])
            # the block's text, not the words: it joins a word the line broke ("Hard-" | "ware")
            head, rest, k = re.sub(r"\s+", " ", block.text[:end]).strip(), block.text[end:].strip(), k + 1
        m = _RUN_IN.match(head) or _LETTERED_RUN_IN.match(head)
    else:
        k = 1
        head_words = _to_colon(words, start, styled.index(False, start))
        head = " ".join(w.text for w in head_words)
        rest = block.text[len(head) :].strip() if block.text.startswith(head) else ""
        m = None if _hangs(lines) else _RUN_IN.match(head)
    if m is None or len(head) > 100 * k or m.group("num").count(".") >= _DEEPEST:
        return None  # (a fourth level's number: a \\paragraph's lead-in)
    title = m.group("title")
    if not (_is_run_in_title(title) or head.endswith(":") and _is_colon_title(title)):
        return None  # "1 r 2−z", "58.8 ± 0.3": mathematics and table cells, not a heading
    if not rest:
        return None
    return m.group("num"), title.rstrip(" .:"), rest, _box(block.page, head_words)


def _title_tail(words: tuple[Word, ...], text: str) -> tuple[list[Word], str] | None:
    """The last words of a run-in title too long for one line, at the head of the line where the
    paragraph's text goes on after it (amsart's bold "2.2. Efficient ... in the" | "Field. The text ..."):
    the styled words up to the first upright one, the last ending in the stop or colon that closes a run-in
    title, and their text, or None."""
    end = next((j for j, w in enumerate(words) if not _styled(w)), None)
    if not end or not words[end - 1].text.endswith((".", ":")):
        return None
    tail = " ".join(w.text for w in words[:end])
    return (list(words[:end]), tail) if text.startswith(tail) else None


def _box(page: int, words: list[Word]) -> Location:
    """The box of a heading's words."""
    x0, y0 = min(w.x0 for w in words), min(w.y0 for w in words)
    return Location(page, (x0, y0, max(w.x1 for w in words), max(w.y1 for w in words)))


def _to_colon(words: tuple[Word, ...], start: int, end: int) -> list[Word]:
    """The words of a run-in heading, up to the styled run's `end` or to the first of them that a colon
    ends: the title stops at its colon, and an italic symbol right after it opens the text ("2) Access
    Delay: D represents ..."); unless words run on after the colon in the title's style to a full stop
    that ends the run, a title with a subtitle ("5.2.1 Practical Utility of Stark: Comparison with
    state-of-the-art systems. In ...")."""
    colon = next((i + 1 for i in range(start, end) if words[i].text.endswith(":")), end)
    if end - colon >= _SUBTITLE_WORDS and words[end - 1].text.endswith("."):
        return list(words[:end])
    return list(words[:colon])


_SUBTITLE_WORDS = 2
"""The fewest words after a run-in title's colon that make a subtitle rather than a symbol opening the text."""


def _is_colon_title(title: str) -> bool:
    """A title that its style and a colon set apart ("WUKONG:", "Faa$T:", "ns and System Efficiency:"):
    it opens with a letter and is mostly letters, and need not look like a sentence's start."""
    letters = sum(c.isalpha() for c in title)
    return title[:1].isalpha() and letters >= 2 and letters >= 0.6 * len(title.replace(" ", ""))


def _hangs(lines: tuple[Line, ...]) -> bool:
    """An item of a numbered list ("1. Data Lake: to address ..." over lines indented past its number),
    not a paragraph that a run-in heading opens: the line after the first starts right of the first line,
    under the item's text, where a paragraph's second line goes back to the column's edge. (The layout
    may have merged the next items, or the paragraph the list runs back into, into the block: only the
    item's own second line tells.)"""
    return len(lines) > 1 and lines[1].x0 > lines[0].x0 + _HANGING * lines[0].size


_HANGING = 0.5
"""How far (in the text's size) a list item's later lines start right of its first line."""


def _is_run_in_title(title: str) -> bool:
    """A capital, then lowercase letters of any script ("Análise dos Dados"), then more words or a word
    that a colon or full stop ends; the article "A" may open it ("A Note on Priors")."""
    title = title.removeprefix("A ") if title[2:3].isupper() else title
    return title[:1].isupper() and title[1:2].islower() and bool(_RUN_IN_TITLE.match(title))


def _weight_slant(word: Word) -> tuple[bool, bool]:
    return word.font.bold, word.font.italic


def _styled(word: Word) -> bool:
    return word.font.italic or word.font.bold


def _is_sentence(title: str) -> bool:
    """A numbered step of a protocol or a list ("7. Perform the PCR reaction using the kit:"), not a title:
    two sentences, or a long line that introduces what follows."""
    return bool(_TWO_SENTENCES.search(title)) or len(title.split()) > 8 and title.endswith(":")


_ARTICLE_SPACE = 0.4
"""The widest space (in the line's size) after an "A" that is the title's article ("A Note on Priors"):
a word's space; an appendix's letter stands a quad (or at least half of one) from its title."""


def _number_match(block: Block, text: str) -> re.Match[str] | None:
    """The heading's number and title (`_APPENDIX`, `_NUMBERED`), unless its "number" is the article
    that opens an unnumbered title: an "A" set a word's space from the next word, outside the back
    matter."""
    m = _APPENDIX.match(text) or _NUMBERED.match(text)
    if m is None or m.group("num") != "A" or m.re is _APPENDIX or block.zone == "back":
        return m  # (after the bibliography, among the appendices, an "A" is the first one's letter)
    words = block.lines[0].words
    if (
        len(words) > 1
        and words[0].text == "A"
        and words[1].x0 - words[0].x1 < _ARTICLE_SPACE * block.lines[0].size
    ):
        return None
    return m


def heading_parts(block: Block, layout: Layout) -> tuple[str | None, str] | None:
    """(number, title) when the block is a section heading, else None."""
    text = block.flat_text
    if CAPTION.match(text) or not (
        is_heading_like(block, layout.body_size)
        or _styled_numbered(block, text)
        or _hanging_numbered(block, text)
    ):
        return None
    if len(text) > _TITLE_CHARS * _longest(block, layout) or text.endswith((",", ";")):
        return None
    if _CITATION.search(text) or _STATEMENT.match(text) or is_foot_note(block, layout):
        return None  # a sentence, a numbered statement, a footnote numbered at its page's foot
    if run_in_heading(block) is not None or _opens_lead_in(block):
        return None  # a paragraph's first line that opens with a run-in heading ("4.2.1 Cost. The ...")
    m = _number_match(block, text)
    title = m.group("title") if m else text
    if _is_sentence(title):
        return None
    letters = sum(c.isalpha() for c in title)
    if letters < 3 or letters < 0.6 * len(title.replace(" ", "")) or not _stands_alone(block, layout):
        return None
    if m and (block.size < 0.8 * layout.body_size or _list_item(block, layout)):
        return None  # "I INP": a line of subscripts or a figure's small print; an item of a list
    if m and _capitalised(m.group("title")) and not m.group("title").endswith("."):
        return m.group("num"), m.group("title")
    if m is None and (text[:1].isupper() or text[:1].isdigit()) and not text.endswith("."):
        if block.size < layout.body_size - 0.5 and not _UNNUMBERED_HEADS.match(text):
            return None
        return None, text.rstrip(":")
    return None


_LEAD_TEXT = 3
"""The fewest upright words (not symbols) after a styled opening that make the block a paragraph's text."""


def _opens_lead_in(block: Block) -> bool:
    """The block is a paragraph that a lead-in in bold or italic opens, its text going on upright
    ("Momentum is robust to varying curvature As discussed in Section 2.1, ...": a \\paragraph's title,
    no section): a heading is set in one type throughout, but for a symbol of mathematics."""
    words = [w for line in block.lines for w in line.words]
    if not _styled(words[0]):
        return False
    end = next((k for k, w in enumerate(words) if not _styled(w)), len(words))
    return sum(not _styled(w) and len(w.text) > _SYMBOL for w in words[end:]) >= _LEAD_TEXT


def _longest(block: Block, layout: Layout) -> float:
    """How many `_TITLE_CHARS` the block's title may fill: `_LONGEST` over two lines or more, or on one line
    set apart by its type (bold, italic, larger than the text: a title that fills a one-column page's
    line) or by a number with a depth before a title in title case (svjour3's upright second level at the
    text's size, "4.1 Efficient Convergence Rates under Realistic Noise and Limited Supervision in ...");
    one, for a line in the text's own type (a protocol's step "4. Fix one plate every 24 hr ... (the
    first plate fixed will be called", its text running on below)."""
    line = block.lines[0]
    typed = all(_styled(w) for w in line.words) or block.size > layout.body_size + 0.5
    numbered = _SUBSECTION_NUMBER.match(block.text) is not None and _title_case(line.words[1:])
    return _LONGEST if len(block.lines) > 1 or typed or numbered else 1.0


_TITLE_WORD = 4
"""The fewest letters of a word that title case capitalises (its articles, prepositions and conjunctions
are shorter, but for a few: "with", "under", "from")."""
_TITLE_CASE = 0.8
"""The share of a title's words of `_TITLE_WORD` letters or more that title case capitalises, at least."""


def _title_case(words: Sequence[Word]) -> bool:
    """The words read as a title in title case ("Revisiting Retrieval Pipelines with Guarantees That Hold
    Across Data Sets"), not a sentence, whose words after the first are mostly lowercase."""
    long = [w.text for w in words if sum(c.isalpha() for c in w.text) >= _TITLE_WORD]
    return bool(long) and sum(w[:1].isupper() for w in long) >= _TITLE_CASE * len(long)


def _capitalised(title: str) -> bool:
    """A title opens with a capital, maybe inside brackets or quotes ("(Fuzzy) Topos Theory", "“No Free
    Lunch” Theory")."""
    return title.lstrip(_OPENERS)[:1].isupper()


_OPENERS = "([“‘\"'"


def _styled_numbered(block: Block, text: str) -> bool:
    """A numbered title in italic or bold at the text's size over two lines (IEEE's "C. Different
    approaches - set intersection/Linear algebra/map" | "reduce/approximation methods")."""
    return (
        len(block.lines) == 2
        and bool(_NUMBERED.match(text))
        and all(_styled(w) for ln in block.lines for w in ln.words)
    )


_SUBSECTION_NUMBER = re.compile(r"^(?:\d+|[A-Z])(?:\.\d+){1,2}\.?\s")
"""A number with a depth ("2.1", "A.3.2"): a section's, where a list's item is "1." or "(a)"."""


def _hanging_numbered(block: Block, text: str) -> bool:
    """A numbered title in the text's own type over two lines whose second line hangs under the title's
    first word, past the number (svjour3's upright subsections: "1.2 A Note on Retrieval Pipelines for
    Fast and Reliable In-" | "ference on Commodity Hardware in the Field"). A paragraph's second line
    starts at the column's edge; a list's item has no number with a depth."""
    if len(block.lines) != 2 or not _SUBSECTION_NUMBER.match(text):
        return False
    first, second = block.lines
    if len(first.words) < 2:
        return False
    title_x = first.words[1].x0
    return abs(second.x0 - title_x) < _FLUSH * block.size and second.x0 > first.x0 + block.size


class SectionLevels:
    """The levels of a paper's headings, asked in reading order. A numbered heading's level is its depth
    ("2.3" → 2; "A", "IV" → 1), but where the sections are Roman-numbered, as IEEEtran and revtex number
    them ("I.", "A.", "1)"), a letter numbers a subsection and an arabic number a subsubsection, unless
    the heading names itself an appendix ("APPENDIX A", a section). An unnumbered heading set in the type
    (size, face, capitals or not) of numbered ones takes their level ("ACKNOWLEDGMENTS" as the sections,
    where MNRAS and acmart set sections and subsections in one face, the sections in capitals); another's is
    the rank of its type among those: larger first, and of one size, the face met first (eLife sets its
    second and third levels in one size, the third in another face)."""

    def __init__(self, headings: Sequence[Heading]) -> None:
        self.roman = _roman_sections([h.number for h in headings if h.number])
        self.letter: tuple[str, int] | None = None  # the last letter under the current section, its level
        self.numbered: dict[tuple[float, str, bool], Counter[int]] = {}
        for h in headings:
            if h.number:
                level = self._numbered(h.number, spells_appendix(h))
                self.numbered.setdefault(_type_of(h.blocks[0], h.title), Counter())[level] += 1
        self.letter = None
        types = [_type_of(h.blocks[0], h.title) for h in headings if h.number is None]
        self.types = sorted(dict.fromkeys(t for t in types if t not in self.numbered), key=lambda t: -t[0])

    def of(self, number: str | None, block: Block, title: str, appendix: bool = False) -> int:
        """The level of the next heading: its number, first block and title, whether it spells out
        "Appendix"."""
        if number:
            return self._numbered(number, appendix)
        kind = _type_of(block, title)
        if kind in self.numbered:
            return self.numbered[kind].most_common(1)[0][0]
        rank = self.types.index(kind) if kind in self.types else len(self.types) - 1
        return min(3, rank + 1)

    def _numbered(self, number: str, appendix: bool) -> int:
        if "." in number:
            return min(3, number.count(".") + 1)
        readings = _readings(number)
        if self.roman and "letters" in readings and not self._roman_here(number, readings):
            self.letter = (number, 1 if appendix else 2)
            return self.letter[1]
        if self.roman and "digits" in readings:
            return min(3, (self.letter[1] if self.letter else 1) + 1)
        self.letter = None
        return 1

    def _roman_here(self, number: str, readings: dict[str, int]) -> bool:
        """A single IVXL letter numbers a section unless it is the next letter of the last subsection's ("H"
        then "I")."""
        if "roman" not in readings:
            return False
        return self.letter is None or _readings(self.letter[0]).get("letters") != readings["letters"] - 1


def _type_of(block: Block, title: str) -> tuple[float, str, bool]:
    """A heading's size, face (its font's name without the subset tag "ABCDEF+") and capitals."""
    return round(block.size, 1), without_subset_tag(block.font.name), in_capitals(title)


def spells_appendix(heading: Heading | None) -> bool:
    """The heading names itself an appendix before its letter ("APPENDIX A", "Appendix B: Proofs")."""
    return heading is not None and _SPELLED_APPENDIX.match(heading.blocks[0].flat_text) is not None


def _roman_sections(numbers: list[str]) -> bool:
    """A heading number that reads only as Roman ("II", "IV"): the paper numbers its sections I, II, …"""
    return any(set(_readings(n)) == {"roman"} for n in numbers)


@dataclass
class Heading:
    """A section heading found in the layout: its number, its title, and the blocks it is printed in."""

    number: str | None
    title: str
    blocks: list[Block]

    def add(self, block: Block) -> None:
        """Take the next line of the heading's title."""
        more = block.flat_text.rstrip(":")
        self.title += ("" if self.title.endswith("-") else " ") + more
        self.blocks.append(block)

    @property
    def location(self) -> Location:
        box = location(self.blocks[0])
        for block in self.blocks[1:]:
            box = union(box, block)
        return box


NOT_HEADINGS = frozenset({"paragraph", "footnote", "table", "equation", "caption"})
"""What the model may read a heading-like line as instead: a paragraph's bold lead-in, a footnote, a
table's column head, a figure's label."""

_NUMBERED_PAPER = 3
"""Numbered headings that show a paper numbers its sections."""
_DEEPEST = 3
"""The dots in the number of a fourth level, LaTeX's \\paragraph, which is no section (latex-pairs' gold, as
the classes set it, counts \\section, \\subsection and \\subsubsection only)."""
_WRAPPED = 0.8
"""A heading's line and the next word make at least this share of its column's width when it wrapped."""
_NUMBER_FIRST = re.compile(r"^\d+(\.\d+)*\.?\s")


_SPANNING = -1
"""The column index of a block across a gutter (`layout.columns.column_of`)."""


def _same_column(last: Block, block: Block) -> bool:
    """`block` is in `last`'s column, or one of them crosses a gutter and the other lies within its
    width: a heading across the page, whose wrapped second line the page's columns claim, or a number
    on its own line over a title that spans them."""
    spans = last.column == _SPANNING and last.x0 - 1 <= block.x0 and block.x1 <= last.x1 + 1
    spanned = block.column == _SPANNING and block.x0 - 1 <= last.x0 and last.x1 <= block.x1 + 1
    return block.column == last.column or spans or spanned


def _continues_heading(last: Block, block: Block, layout: Layout) -> bool:
    """The second line of a heading too long for one, which the layout set apart as a block of its own
    (it hangs under the title, past the number, or is centred): right below the first, in the same type,
    not a numbered heading of its own nor a title that stands alone ("Appendix" over "Proofs")."""
    text = block.text.strip()
    if block.page != last.page or not _same_column(last, block) or len(block.lines) > 2:
        return False
    if (
        not _same_type(last, block)
        or block.font.bold != last.font.bold
        or block.font.italic != last.font.italic
    ):
        return False
    tallest = max(w.font.size for w in last.lines[-1].words)  # small capitals' capitals stand taller
    centred = abs((block.x0 + block.x1) / 2 - (last.x0 + last.x1) / 2) < last.size  # on one axis
    if (
        not -0.2 * last.size <= block.y0 - last.y1 < 0.5 * max(last.size, tallest)
        or block.x0 < last.x0 - 1
        and not centred
        or block.x0 > last.x1
    ):
        return False
    if _NUMBER_FIRST.match(text) or CAPTION.match(text) or _UNNUMBERED_HEADS.match(last.text.strip()):
        return False
    # a title breaks where its next word would not fit: a short line over another is two headings
    # ("Other stuff" over "Boxes", a section and its first subsection); a line that breaks a word with a
    # hyphen goes on, however short (beside a figure the text wraps around, its lines are)
    left, right = layout.pages[last.page - 1].column_edges.get(last.column, (last.x0, last.x1))
    line, word = last.lines[-1], block.lines[0].words[0]
    capitals = line.text.isupper() and word.text.isupper()  # "… CHANNEL COD-" | "ING"
    broken = line.text.rstrip().endswith("-") and (word.text[:1].islower() or capitals)
    if line.x1 - line.x0 + word.x1 - word.x0 < _WRAPPED * (right - left) and not broken:
        return False
    return (broken or is_heading_like(block, layout.body_size)) and not shares_row(block, layout)


def _same_type(last: Block, block: Block) -> bool:
    """`block` is set in the type of `last`: its size, or, for a title in small capitals ("IV. REDUNDANCY
    REDUCTION OF" | "DISTANCE-TO-CONTOUR FLOODING", the capitals larger than the rest), sizes that
    `last` uses too, in capitals both."""
    if abs(block.size - last.size) <= 0.3:
        return True
    if not (in_capitals(last.text) and in_capitals(block.text)):
        return False
    sizes = {w.font.size for line in last.lines for w in line.words}
    return all(any(abs(w.font.size - size) <= 0.3 for size in sizes) for ln in block.lines for w in ln.words)


def _capitals_lines_ahead(heading: Heading, block: Block, layout: Layout) -> tuple[Block, Block] | None:
    """The further lines of a heading in capitals ("V. MINIMIZING THE NUMBER OF ALTITUDE CHANGES BY" |
    "DISCRETIZING Ψ(q) VIA CLUSTERING", up to three lines in all) that the layout set at the head of the
    paragraph after it: those lines and the paragraph without them, or None. Each is centred in its
    column or stops short of its right edge, as a heading's line does; a paragraph's full first line in
    capitals reaches the edge from its indent, and is text."""
    if len(block.lines) < 2 or not in_capitals(heading.title):
        return None
    page = layout.pages[block.page - 1]
    left, right = page.column_edges.get(block.column, (block.x0, block.x1))
    last, k = heading.blocks[-1], 0
    while k < len(block.lines) - 1 and len(heading.blocks) + k < _HEADING_LINES:
        line = block.lines[k]
        if not in_capitals(line.text) or not _heading_line_set(line, left, right):
            break
        piece = _split(block, k + 1)[0] if k == 0 else _split(_split(block, k)[1], 1)[0]
        if not _continues_heading(last, piece, layout):
            break
        last, k = piece, k + 1
    return _split(block, k) if k else None


def _heading_line_set(line: Line, left: float, right: float) -> bool:
    """A line set as a heading's is, not as running text's: centred between the column's edges with room
    on both sides, or stopping well short of its right edge (a paragraph's full line reaches it)."""
    margins = line.x0 - left, right - line.x1
    centred = min(margins) > 0.3 * line.size and abs(margins[0] - margins[1]) < line.size
    return centred or line.x1 <= right - 2 * line.size


def _split(block: Block, k: int) -> tuple[Block, Block]:
    """The block's first `k` lines as a block, and the rest as another."""
    head, rest = block.lines[:k], block.lines[k:]
    return (
        block.with_lines(head),
        block.with_lines(rest),
    )


def split_at_run_ins(blocks: list[Block]) -> list[Block]:
    """The blocks, each cut before any of its later lines that opens a paragraph with a run-in heading
    (indented, as a paragraph's first line is): where a paragraph's last line nearly fills its column,
    the layout runs it on into the next paragraph, heading and all."""
    out: list[Block] = []
    for block in blocks:
        if out and _item_text_below(out[-1], block):
            lines = [*out[-1].lines, *block.lines]
            out[-1] = block.with_lines(lines)
            continue
        while block.zone == "body" and (k := _run_in_line(block)) is not None:
            head, block = _split(block, k)
            out.append(head)
        out.append(block)
    return out


def _item_text_below(first: Block, block: Block) -> bool:
    """`block` goes on with the text of the list item whose first line, a numbered run-in title and its
    text ("1) Gathering Dependencies: Check ..."), the layout set apart as `first`: it starts right below,
    or at the head of the next page where the item's first line closed its page, its lines hanging under
    the item's text as the item's own second line would (`_hangs`)."""
    if len(first.lines) != 1 or first.column != block.column:
        return False
    line = first.lines[0]
    if not (_RUN_IN_NUMBER.match(line.words[0].text) and run_in_heading(first) is not None):
        return False
    below = first.page == block.page and 0 <= block.y0 - line.y1 < line.size
    return (below or block.page == first.page + 1) and _hangs((line, block.lines[0]))


def _run_in_line(block: Block) -> int | None:
    """The index of the first line after the block's first that is indented and opens a run-in heading."""
    left = min(line.x0 for line in block.lines)
    for k, line in enumerate(block.lines[1:], 1):
        first = line.words[0]
        if line.x0 < left + _HANGING * line.size or not (_styled(first) or _RUN_IN_NUMBER.match(first.text)):
            continue
        if run_in_heading(_split(block, k)[1]) is not None:
            return k
    return None


def _heading_line_behind(block: Block, layout: Layout) -> tuple[Block, Block] | None:
    """A numbered heading that the layout ran onto the end of the paragraph above it (a paragraph carried
    over to a column's top, then "II. ROBUST ESTIMATION" under it): the block's last line, numbered, in
    capitals or bold, short of its column's right edge, set further below the line above than the
    paragraph's own lines are apart, under a line that closes a sentence, and a heading by itself; the
    paragraph and that line, or None."""
    lines = block.lines
    if len(lines) < 2 or block.zone != "body":
        return None
    last, above = lines[-1], lines[-2]
    text = last.text.strip()
    if not _NUMBERED.match(text) or not (text.isupper() or all(w.font.bold for w in last.words)):
        return None
    left, right = _column(block, layout)
    gaps = [b.y0 - a.y1 for a, b in zip(lines[:-1], lines[1:-1], strict=False)]
    spaced = last.y0 - above.y1 > max(gaps, default=0.0) + 0.3 * last.size
    closed = above.text.rstrip().endswith((".", "?", "!"))
    if not (_heading_line_set(last, left, right) and spaced and closed):
        return None
    rest, line = _split(block, len(lines) - 1)
    return (rest, line) if heading_parts(line, layout) is not None else None


def _heading_line_within(
    block: Block, layout: Layout, segmentation: Segmentation | None
) -> tuple[Block, Block, Block] | None:
    """A heading at the text's size that the layout merged with the paragraphs above and below it (IEEE's
    italic "A. Stage 1: ..." or centred "ACKNOWLEDGMENT" between two paragraphs): a line after the
    block's first and before its last, set further from the lines on both sides than the block's lines
    usually are, under a paragraph's last line (it closes a sentence or stops short of the column's
    edge), read by the model as a heading (or a known title in capitals, centred alone), and a heading
    by itself; the text above, that line and the text below, as blocks of their own, or None."""
    lines = block.lines
    if len(lines) < 3 or block.zone != "body":
        return None
    gaps = sorted(b.y0 - a.y1 for a, b in zip(lines, lines[1:], strict=False))
    usual = gaps[len(gaps) // 4]  # a lower quartile: a short block may hold as many gaps as lines
    _, right = _column(block, layout)
    for k in range(1, len(lines) - 1):
        line, above = lines[k], lines[k - 1]
        spaced = min(line.y0 - above.y1, lines[k + 1].y0 - line.y1) > usual + _SET_APART * line.size
        if not spaced or not (
            above.text.rstrip().endswith((".", "?", "!")) or above.x1 < right - 2 * line.size
        ):
            continue
        before, rest = _split(block, k)
        head, after = _split(rest, 1)
        evidence = _model_reads_heading(segmentation, line) or _known_title_line(head, layout)
        if evidence and heading_parts(head, layout) is not None:
            return before, head, after
    return None


_SET_APART = 0.2
"""How much further (in the line's size) than the block's usual line gap a merged heading stands from the
lines above and below it (IEEE: some 0.5 above and below)."""


def _model_reads_heading(segmentation: Segmentation | None, line: Line) -> bool:
    """The model's likeliest label for the line is a heading (at any probability: the layout's spacing
    and the rules' reading of the line are the other evidence)."""
    return segmentation is not None and segmentation.label(line) == "heading"


def _known_title_line(block: Block, layout: Layout) -> bool:
    """The block's first line is a title the back matter or the body uses unnumbered everywhere
    ("ACKNOWLEDGMENT"), in capitals, centred in its column and well short of its edges: a heading's line,
    whatever the model makes of it; a paragraph's line reaches the column's edge. An appendix's label is
    not one: it names the title under it (`_appendix_title`), and IEEE's lone "APPENDIX" stands in for a
    title that it does not print."""
    line = block.lines[0]
    text = line.text.strip()
    if not text.isupper() or not _UNNUMBERED_HEADS.match(text.rstrip(":")) or text.startswith("APPENDIX"):
        return False
    left, right = _column(block, layout)
    centred = abs((line.x0 + line.x1) / 2 - (left + right) / 2) < 2 * line.size
    return centred and line.x1 < right - 2 * line.size


def _numbered_capitals_line(block: Block, layout: Layout) -> bool:
    """The block's first line is a numbered title in capitals centred in its column with room on both
    sides (amsart's "3. TOWARDS CHANNEL CODING UNDER" over the title's next line and the paragraph, or
    its appendix's "APPENDIX A. PROOF OF THE BOUND", lettered): a heading's line; a paragraph's line
    starts at the column's edge or its indent and fills the column."""
    line = block.lines[0]
    text = line.text.strip()
    if not text.isupper() or not (_NUMBERED.match(text) or _APPENDIX.match(text)):
        return False
    left, right = _column(block, layout)
    margins = line.x0 - left, right - line.x1
    return min(margins) > 2 * line.size and abs(margins[0] - margins[1]) < line.size


def _heading_line_ahead(
    block: Block, layout: Layout, segmentation: Segmentation | None
) -> tuple[Block, Block] | None:
    """A heading that the layout merged into the paragraph under it (IEEE's centred small-capitals
    "ACKNOWLEDGMENT" set at the text's size and spacing): the block's first line, which the model
    confidently reads as a heading and the next line not, or which is a known title in capitals centred
    alone on its line (`_known_title_line`) or a numbered one centred so (`_numbered_capitals_line`), and
    which is a heading by itself; that line and the paragraph without it, or None."""
    if len(block.lines) < 2 or _one_title(block, layout):
        return None
    if not (_known_title_line(block, layout) or _numbered_capitals_line(block, layout)):
        if confident_label(segmentation, block.lines[0]) != "heading":
            return None
        if (segmentation is None or segmentation.label(block.lines[1])) == "heading":
            return None
    if _styled(block.lines[1].words[0]) and run_in_heading(block) is not None:
        return None  # a run-in title that goes on into the paragraph's second line (`_title_tail`)
    line, rest = _split(block, 1)
    return (line, rest) if heading_parts(line, layout) is not None else None


def _numbered_line_ahead(block: Block, layout: Layout, earlier: list[Heading]) -> tuple[Block, Block] | None:
    """A numbered title in capitals at the text's size that the layout merged into the paragraph under it
    (ICLR's small capitals "A.1 IMPLEMENTATION DETAILS" over its text, where the model, unsure in an
    appendix, reads the line as text): the block's first line, numbered, in capitals, short of its
    column's edge as a heading's line is, its number going on with the document's numbering in the type
    of the earlier headings of its depth, and a heading by itself; that line and the paragraph, or None."""
    if len(block.lines) < 2:
        return None
    line = block.lines[0]
    text = " ".join(line.text.split())
    m = _NUMBERED.match(text)
    left, right = _column(block, layout)
    if m is None or not text.isupper() or not _heading_line_set(line, left, right):
        return None
    head, rest = _split(block, 1)
    if not _continues_numbering(m["num"], head, earlier):
        return None
    return (head, rest) if heading_parts(head, layout) is not None else None


def _one_title(block: Block, layout: Layout) -> bool:
    """The block is a heading by itself, its title wrapped onto a second line in its type ("C. Effect of
    changing the structure of the graph on the running" | "time", in italic): no paragraph under a heading,
    which goes on in the text's upright type."""
    if len(block.lines) != 2:  # asked first: the type of every word of a long block is not read
        return False
    words = [w for line in block.lines for w in line.words]
    same = all(_weight_slant(w) == _weight_slant(words[0]) for w in words if len(w.text) > _SYMBOL)
    return _styled(words[0]) and same and heading_parts(block, layout) is not None


_APPENDIX_LABEL = re.compile(r"^(?:appendix|annex)\s+(?P<num>[A-Z])[.:]?$", re.I)


_NUMBER_ALONE = re.compile(r"^(?P<num>[1-9]\d*(?:\.[1-9]\d*){0,3}|[A-Z])\.?$")
"""A heading's number on a line of its own ("2", "3.1", "A."), as titlesec's display form sets it; no part
of it is 0 ("1.0" is a plot's tick)."""


def _label_number(label: Block, layout: Layout) -> str | None:
    """The number a heading's label alone on its line gives the title under it: an appendix's letter
    ("APPENDIX A"), or a number set in a heading's type, bold or larger than the text (titlesec's
    display form: "2" over "Related Work"), else None."""
    text = label.text.strip()
    if (appendix := _APPENDIX_LABEL.match(text)) is not None:
        return appendix["num"].upper()
    number = _NUMBER_ALONE.match(text)
    if number is None or not (label.font.bold or label.size > layout.body_size + 0.6):
        return None
    return number["num"] if _stands_alone(label, layout) else None  # not a plot's tick ("1.0")


def _appendix_title(label: Block, block: Block, layout: Layout) -> str | None:
    """The title under a heading's label alone on its line (IEEE's centred "APPENDIX A" over "PROOF OF
    LEMMA 2", a display form's "2" over "Related Work"): the block right under the label, in its column
    and type, set apart as a heading is, one or two lines that end no sentence. The heading is the
    label's number (`_label_number`) and this title."""
    if _label_number(label, layout) is None or len(label.lines) != 1:
        return None
    if block.page != label.page or not _same_column(label, block) or len(block.lines) > 2:
        return None
    if not -0.2 * label.size <= block.y0 - label.y1 < label.size or not _same_type(label, block):
        return None
    text = block.flat_text
    if text.endswith((".", ",", ";")) or CAPTION.match(text) or _NUMBERED.match(text):
        return None
    if not is_heading_like(block, layout.body_size) or shares_row(block, layout):
        return None
    return text


def _appendix_head_ahead(block: Block, layout: Layout) -> list[Block] | None:
    """An appendix's label and title that the layout set at the head of the paragraph under them
    ("APPENDIX A" | "SPARSE ATTENTION" | text): the label's line, the title's line and the rest, as blocks
    of their own, or None."""
    if len(block.lines) < 2 or _APPENDIX_LABEL.match(block.lines[0].text.strip()) is None:
        return None
    label, rest = _split(block, 1)
    title, after = _split(rest, 1) if len(rest.lines) > 1 else (rest, None)
    if _appendix_title(label, title, layout) is None:
        return None
    return [label, title] + ([after] if after is not None else [])


def _readings(part: str) -> dict[str, int]:
    """What one part of a heading's number counts, by scheme: "3" → digits 3; "C" → letters 3; "IV" →
    Roman 4; "I" → letters 9 or Roman 1 (a single IVXL letter reads either way)."""
    if part.isdigit():
        return {"digits": int(part)}
    readings = {}
    if len(part) == 1 and part.isalpha():
        readings["letters"] = ord(part.upper()) - ord("A") + 1
    if re.fullmatch(r"[IVXL]+", part):
        value, last = 0, 0
        for char in reversed(part):
            digit = {"I": 1, "V": 5, "X": 10, "L": 50}[char]
            value, last = (value - digit, last) if digit < last else (value + digit, digit)
        readings["roman"] = value
    return readings


def _letters_restart(earlier: str, number: str) -> bool:
    """`number` is "A" right after a Roman-numbered heading ("IV" then "A"): IEEE and APS letter the
    subsections within each section without its number, so every section's first one is "A" again."""
    return number == "A" and set(_readings(earlier)) == {"roman"}


def _follows(earlier: str, number: str) -> bool:
    """`number` is the next sibling of `earlier` ("2.3" → "2.4", "VI" → "VII") or its first child ("2"
    → "2.1")."""
    before, now = earlier.split("."), number.split(".")
    if len(now) == len(before) + 1 and now[:-1] == before:
        return 1 in _readings(now[-1]).values()
    if _letters_restart(earlier, number):
        return True
    if len(now) != len(before) or now[:-1] != before[:-1]:
        return False
    after = _readings(now[-1])
    return any(after.get(scheme) == value + 1 for scheme, value in _readings(before[-1]).items())


def _continues_numbering(number: str, block: Block, earlier: list[Heading]) -> bool:
    """`number` follows the last earlier heading of its depth and scheme, or is the first child of the
    heading right before it, and `block` is set like the earlier headings of that depth (size, weight,
    slant): the numbering and the type a document gives its headings, evidence that holds in any
    template."""
    depth, schemes = number.count("."), set(_readings(number.split(".")[-1]))
    numbered = [h for h in earlier if h.number]
    peers = [
        h
        for h in numbered
        if h.number.count(".") == depth and schemes & set(_readings(h.number.split(".")[-1]))  # type: ignore[union-attr]
    ]
    last = peers[-1] if peers else None
    if not (last and _follows(last.number, number) or numbered and _follows(numbered[-1].number, number)):  # type: ignore[arg-type]
        return False
    return any(_same_style(h.blocks[0], block) for h in peers)


def _confirmed_numbered(
    block: Block, layout: Layout, segmentation: Segmentation | None, earlier: list[Heading]
) -> tuple[str, str] | None:
    """A numbered line that the rules' count of letters rejects ("4.1 RQ1", "2.2 CDX 2009", "3.3. 2opt
    Algorithm": a table's row may look so) but two kinds of evidence call a heading: the model reads it
    as one, confidently, and its number goes on with the document's numbering in its depth's type."""
    text = block.flat_text
    m = _number_match(block, text)
    if m is None or confident_label(segmentation, block.lines[0]) != "heading" or len(text) > _TITLE_CHARS:
        return None
    if (
        CAPTION.match(text)
        or not is_heading_like(block, layout.body_size)
        or not _stands_alone(block, layout)
        or _list_item(block, layout)
        or is_foot_note(block, layout)
    ):
        return None
    return (
        (m.group("num"), m.group("title")) if _continues_numbering(m.group("num"), block, earlier) else None
    )


def _confirmed_by_type(
    block: Block, layout: Layout, segmentation: Segmentation | None, earlier: list[Heading]
) -> tuple[str | None, str] | None:
    """A line that does not look set apart by itself (a title in italic or upright at the text's size,
    "B. classification", "Acknowledgements") but that two kinds of evidence call a heading: the model is
    sure it is one (`_SURE`), and it is set in the type (size, weight, slant) of an earlier heading of the
    document. It must still read as a title: one line, short, standing alone, no sentence's end."""
    if len(block.lines) != 1 or confident_label(segmentation, block.lines[0], _SURE) != "heading":
        return None
    text = block.flat_text
    if len(text) > _TITLE_CHARS or text.endswith((".", ",", ";")) or CAPTION.match(text):
        return None
    if _CITATION.search(text) or _STATEMENT.match(text) or run_in_heading(block) is not None:
        return None
    m = _number_match(block, text)
    title = m.group("title") if m else text
    letters = sum(c.isalpha() for c in title)
    if letters < 3 or letters < 0.6 * len(title.replace(" ", "")) or _is_sentence(title):
        return None
    if not _stands_alone(block, layout) or _list_item(block, layout):
        return None
    if not any(_same_style(h.blocks[0], block) for h in earlier):
        return None
    return (m.group("num") if m else None), title.rstrip(":")


def _same_style(heading: Block, block: Block) -> bool:
    """`block` is set in the heading's type: its size, weight and slant."""
    return (
        abs(heading.size - block.size) <= 0.3
        and heading.font.bold == block.font.bold
        and heading.font.italic == block.font.italic
    )


def _plain_item(block: Block, layout: Layout, earlier: list[Heading]) -> bool:
    """A numbered line in the text's own type (its size, upright, not bold, not in capitals) whose number
    does not go on with the document's numbering ("2. Identifying the right approach ..." after section
    4's headings): an item of a numbered list. Nothing but the number sets such a line apart, so the
    numbering must confirm it (`_numbered_after`); the document's first numbered heading needs none."""
    if block.size > layout.body_size + 0.3 or block.font.bold or block.font.italic or block.text.isupper():
        return False
    numbers = [h.number for h in earlier if h.number]
    if not numbers:
        return False
    number = _number_match(block, block.text.strip())
    return number is None or not _numbered_after(number.group("num"), numbers[-1])


_SKIPPED = 2
"""The most headings of one depth that a numbering may have lost (missed) between two found ones."""


def _numbered_after(number: str, last: str) -> bool:
    """`number` comes after `last` heading in the numbering, under the same parent, with at most
    `_SKIPPED` headings between them ("3.1" → "3.2", "3.4"; "3.1.2" → "3.2"; "4" → "5"), or is the letter
    that restarts under a Roman-numbered section: a heading the rules missed breaks no chain."""
    if _letters_restart(last, number):
        return True
    before, now = last.split("."), number.split(".")
    if len(before) < len(now) - 1 or before[: len(now) - 1] != now[:-1]:
        return False
    previous = _readings(before[len(now) - 1]) if len(before) >= len(now) else {}
    return any(
        1 <= value - previous.get(scheme, 0) <= 1 + _SKIPPED for scheme, value in _readings(now[-1]).items()
    )


def list_item_run_in(number: str | None, text: str, last: str | None) -> bool:
    """A run-in "heading" that is an item of a numbered list with a bold term ("1. Attention: F := ..."):
    one number and a full stop, where no section runs in (IEEE's run-in third level is "1)"), that does
    not go on with the numbering of the paper's headings (items restart at 1 under section 4)."""
    return bool(
        number
        and number.isdigit()
        and last
        and text.startswith(f"{number}.")
        and not _numbered_after(number, last)
    )


class _PartsOf:
    """`heading_parts` of each block, kept: `find_headings` asks it of every block twice, for the numbers
    claimed and then when it reads the block. Kept by id with the block itself, so that a block the loop
    cut up and let go cannot pass its id on to another."""

    __slots__ = ("layout", "known")

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.known: dict[int, tuple[Block, tuple[str | None, str] | None]] = {}

    def __call__(self, block: Block) -> tuple[str | None, str] | None:
        hit = self.known.get(id(block))
        if hit is not None and hit[0] is block:
            return hit[1]
        parts = heading_parts(block, self.layout)
        self.known[id(block)] = (block, parts)
        return parts


def _numbers_claimed(blocks: list[Block], parts_of: _PartsOf, segmentation: Segmentation | None) -> set[str]:
    """The numbers of the numbered headings that the model does not read as anything else: a number one
    of them has is not another line's ("2 What are the differences ...?", a list of questions in bold,
    before the real section 2)."""
    claimed = set()
    for block in blocks:
        parts = parts_of(block) if block.zone != "references" else None
        if parts is not None and parts[0] and not reads_as(segmentation, block, NOT_HEADINGS):
            claimed.add(parts[0])
    return claimed


def find_headings(
    blocks: list[Block], layout: Layout, segmentation: Segmentation | None = None
) -> dict[int, Heading]:
    """The section headings among the blocks (in reading order), by id of the block each starts in; a
    heading printed over two blocks is one heading, its title joined. A heading's second line that the
    layout put at the head of the next block, or a heading it merged into the paragraph under it, is cut
    off that block, which `blocks` then holds instead (as two blocks, for a heading merged)."""
    found: dict[int, Heading] = {}
    parts_of = _PartsOf(layout)
    claimed = _numbers_claimed(blocks, parts_of, segmentation)
    vetoed: list[Heading] = []  # spaced titles the model read as something else
    read_references = False
    i = 0
    while i < len(blocks):
        if blocks[i].zone == "references":
            read_references = True
            i += 1  # the bibliography's blocks are offered to the body for the captions among them only
            continue
        if (within := _heading_line_within(blocks[i], layout, segmentation)) is not None:
            blocks[i : i + 1] = within  # the text above, then the heading and the text below (read next)
        if (split := _heading_line_behind(blocks[i], layout)) is not None:
            blocks[i : i + 1] = split  # the paragraph, then the heading (read next)
        if (pieces := _appendix_head_ahead(blocks[i], layout)) is not None:
            blocks[i : i + 1] = pieces  # before a heading's line is cut off alone: the label takes its title
        elif (split := _heading_line_ahead(blocks[i], layout, segmentation)) is not None:
            blocks[i : i + 1] = split
        elif (split := _numbered_line_ahead(blocks[i], layout, [*found.values()])) is not None:
            blocks[i : i + 1] = split
        if i + 1 < len(blocks) and (title := _appendix_title(blocks[i], blocks[i + 1], layout)) is not None:
            heading = Heading(_label_number(blocks[i], layout), title, [blocks[i], blocks[i + 1]])
            found[id(blocks[i])] = heading
            i = _title_lines_after(heading, blocks, i + 2, layout)
            continue
        parts = (
            parts_of(blocks[i])
            or _confirmed_numbered(blocks[i], layout, segmentation, [*found.values()])
            or _confirmed_by_type(blocks[i], layout, segmentation, [*found.values()])
            or _spaced_title(blocks[i], layout)
        )
        if parts is not None and parts[0] is None and _in_back_matter(blocks[i], parts[1], read_references):
            # the back matter's unnumbered titles (funding, statements) are not the body's, unless the
            # paper numbers its sections: there a statement's title is a section LaTeX left unnumbered
            # (\section*{Data Availability}), as its gold counts it
            numbered = sum(1 for h in found.values() if h.number)
            if numbered < _NUMBERED_PAPER or not _UNNUMBERED_HEADS.match(parts[1]):
                parts = None
        if parts is not None and parts[0] and _plain_item(blocks[i], layout, [*found.values()]):
            parts = None
        if parts is not None and _lone_appendix_label(parts, [*found.values()]):
            parts = None
        if parts is not None and parts[0] and parts[0].count(".") >= _DEEPEST:
            parts = None  # "7.2.3.2 Availability": LaTeX's \paragraph, numbered below \subsubsection
        if parts is not None and reads_as(segmentation, blocks[i], NOT_HEADINGS):
            # set like a heading, read by the model as something else; unless it goes on with the
            # document's numbering in the type of its earlier headings of that depth ("VI" then "VII")
            number = parts[0]
            numbered = [h.number for h in found.values() if h.number]
            restarts = bool(number and numbered and _letters_restart(numbered[-1], number))
            # under Roman-numbered sections every section letters its subsections anew: "B" recurs
            restarts = restarts or bool(number and _under_roman(number, numbered))
            if not (
                number
                and (number not in claimed or restarts)
                and (
                    _continues_numbering(number, blocks[i], [*found.values()])
                    or _first_child(number, blocks[i], [*found.values()])
                )
            ) and not _numbered_appendix(number, blocks[i], [*found.values()]):
                if number is None and _spaced_title(blocks[i], layout) is not None:
                    vetoed.append(Heading(None, parts[1], [blocks[i]]))
                parts = None
        if parts is None:
            i += 1
            continue
        heading = Heading(parts[0], parts[1], [blocks[i]])
        found[id(blocks[i])] = heading
        i = _title_lines_after(heading, blocks, i + 1, layout)
    found |= _spaced_siblings(vetoed, found)
    numbered = [h.blocks[0].size for h in found.values() if h.number]
    if len(numbered) >= _NUMBERED_PAPER:
        # where sections are numbered, a line without a number set no larger than they are is a
        # paragraph's lead-in ("Research Goals:"), a table's or a figure's text or an author's name, unless
        # it is a title of the back matter that goes unnumbered everywhere ("Acknowledgments"); headings
        # larger than numbered lists (eLife's protocol steps) stay, and so do those the model is sure
        # are headings (LNCS's unnumbered third level, set like the numbered second)
        smallest = min(numbered) + 0.3
        unnumbered = [h.blocks[0] for h in found.values() if not h.number]
        found = {k: h for k, h in found.items() if h.number or not _bold_label(h.blocks[0], layout)}
        found = {
            k: h
            for k, h in found.items()
            if h.number
            or h.blocks[0].size > smallest
            or _UNNUMBERED_HEADS.match(h.title)
            or _sure_heading(h, segmentation)
            or _unnumbered_level(h.blocks[0], unnumbered, layout)
            or len(h.blocks) == 1
            and _spaced_title(h.blocks[0], layout) is not None
        }
    return found


def _bold_label(block: Block, layout: Layout) -> bool:
    """An unnumbered line in upright bold that a colon ends, standing alone at the text's size: a label
    over the text it introduces ("Results:", "IoT device:", a \\textbf{...} on a line of its own), where
    the paper numbers its sections and runs its unnumbered headings in (IEEE's italic "Title:" opens its
    paragraph's line); no heading."""
    font = block.font
    return (
        font.bold
        and not font.italic
        and block.size <= layout.body_size + 0.5
        and block.flat_text.rstrip().endswith(":")
    )


_LEVEL_PEERS = 3
"""Unnumbered headings in one type larger than the text that show a level the paper leaves unnumbered."""


def _unnumbered_level(block: Block, unnumbered: list[Block], layout: Layout) -> bool:
    """An unnumbered heading of a level that a numbered paper leaves unnumbered throughout (memoir numbers
    its sections only, a \\subsection* in every section): in bold, larger than the text, in the type of
    `_LEVEL_PEERS` unnumbered headings or more (itself among them). A lead-in, a table's head or an
    author's name is set at the text's size, or alone in its type."""
    if not block.font.bold or block.size <= layout.body_size + 0.6:
        return False
    return sum(_same_style(other, block) for other in unnumbered) >= _LEVEL_PEERS


def _under_roman(number: str, numbered: list[str | None]) -> bool:
    """`number` is one letter in a paper whose sections are Roman-numbered (IEEE, APS): its subsections'
    letters start again at "A" in every section, so one letter numbers several headings. A paper whose
    first numbered heading is "I" numbers in Roman (a lettered one starts at "A"), though "I" alone reads
    either way: in section I, before "II", its subsections "C", "D" are already claimed by later ones."""
    roman = numbered[:1] == ["I"] or any(n and set(_readings(n)) == {"roman"} for n in numbered)
    return len(number) == 1 and number.isalpha() and roman


def _first_child(number: str, block: Block, earlier: list[Heading]) -> bool:
    """`number` opens a depth the paper has not shown yet, as the first child of the heading right before
    it ("1.1" under "1"), and the block is set in bold or italic, no larger than that heading: the first
    subsection, whose type no earlier heading of its depth can confirm (`_continues_numbering`), often a
    long title over two lines that the model reads as text ("1.1 A Note on Model Selection with
    Guarantees That Hold" | "Across Data Sets, Model Sizes and Noise Levels")."""
    if not earlier or not earlier[-1].number or "." not in number:
        return False
    parent = earlier[-1]
    depth = number.count(".")
    if any(h.number and h.number.count(".") == depth for h in earlier):
        return False
    if number.rsplit(".", 1)[0] != parent.number or _readings(number.rsplit(".", 1)[1]).get("digits") != 1:
        return False
    styled = block.font.bold or block.font.italic
    return styled and block.size <= parent.blocks[0].size + 0.3


def _numbered_appendix(number: str | None, block: Block, earlier: list[Heading]) -> bool:
    """The block names itself an appendix before its letter ("Appendix A. Studies Included in the Review",
    elsarticle's and JMLR's form) and the letter goes on with the appendices' own numbering: "A" opens
    it after the body's numbered sections, a later letter follows the appendix found last; set in the
    type of an earlier heading. The word and the numbering are the evidence where the model reads the
    line as text (a body's digits do not go on to "A")."""
    if not number or not _APPENDIX.match(block.flat_text):
        return False
    appendices = [h.number for h in earlier if h.number and _APPENDIX.match(h.blocks[0].flat_text)]
    if not (number == "A" and not appendices or appendices and _follows(appendices[-1], number)):
        return False
    return any(_same_style(h.blocks[0], block) for h in earlier)


def _lone_appendix_label(parts: tuple[str | None, str], earlier: list[Heading]) -> bool:
    """IEEEtran's one appendix (`\\appendix[Title]`): "APPENDIX" alone, no letter, over the paper's
    Roman-numbered sections. The class prints the word for the command, which is no `\\section` (its
    appendices under `\\appendices` are "APPENDIX A" and the section's title)."""
    number, title = parts
    return (
        number is None
        and title.lower() == "appendix"
        and any(h.number and set(_readings(h.number)) == {"roman"} for h in earlier)
    )


def _spaced_siblings(vetoed: list[Heading], found: dict[int, Heading]) -> dict[int, Heading]:
    """The unnumbered titles that the model read as something else though they stand on a line of their
    own spaced as a heading is (`_spaced_title`), set in the type of an unnumbered heading the paper has
    (a \\subsubsection* among its siblings): the model reads a title that asks a question or holds a colon
    ("Why Does Pruning Fail?", "Pruning: A Second Look") as a paragraph, where the spacing and the paper's
    own type for its headings are two kinds of evidence against it."""
    unnumbered = [h.blocks[0] for h in found.values() if not h.number]
    return {
        id(h.blocks[0]): h for h in vetoed if any(_same_style(other, h.blocks[0]) for other in unnumbered)
    }


def _in_back_matter(block: Block, title: str, read_references: bool) -> bool:
    """The block stands outside the body: in the front matter, after the bibliography, or in the back
    matter's zone before it under a statement's title of its own ("Funding"). The zone opens at the
    first statement (`find_zones`), yet templates other than eLife's set sections after it (a preprint's
    "Data Availability" before "Ablation Study"): there a title that is no statement is the body's."""
    if block.zone == "body":
        return False
    return block.zone != "back" or read_references or bool(ADMIN_HEADING.match(title))


def _spaced_title(block: Block, layout: Layout) -> tuple[None, str] | None:
    """An unnumbered title at the text's size on a line of its own (a \\subsubsection*, set in bold,
    italic, small capitals or another face: "Graph Kernels", "GRAPH KERNELS"), told from a bold lead-in,
    a table's column head or a line of a figure by where it stands: the space above it is wider than the
    space below, which it shares with the paragraph it heads (`_text_below`). One line, short of its
    column's edge, or two where a long title wrapped (`_wraps`), in one type throughout, a capitalised
    title that ends in no stop, colon or comma and cites nothing, starting at the column's edge (or
    centred) as the paper's headings do."""
    lines = block.lines
    if len(lines) > 2 or not -_SCALED <= block.size - layout.body_size <= 0.5:
        return None  # (a face scaled to match the text's, Helvetica's .92, may measure a point smaller)
    line = lines[0]
    words = [w for ln in lines for w in ln.words]
    pieces = [" ".join(ln.text.split()) for ln in lines]
    text = "".join(p if not k or pieces[k - 1].endswith("-") else f" {p}" for k, p in enumerate(pieces))
    # a symbol of mathematics in the title ("for α = 0", "with k Components") is set in its own type
    styles = {_weight_slant(w) for k, w in enumerate(words) if not k or len(w.text) > _SYMBOL}
    gaps = [b.x0 - a.x1 for ln in lines for a, b in zip(ln.words, ln.words[1:], strict=False)]
    if max(gaps, default=0.0) > _WORD_SPACE * line.size:
        return None  # a table's column heads in a row ("Subdivisions   Number of Rays")
    if len(styles) != 1 or not (text.isupper() or _styled(line.words[0])):
        return None
    if not (_is_run_in_title(text) or text.isupper()) or text.endswith((".", ":", ",", ";")):
        return None
    if CAPTION.match(text) or _STATEMENT_LEAD.match(text + ":") or _ENUMERATED.match(text):
        return None
    if _CITATION.search(text) or _CITED.search(text) or len(text) > _TITLE_CHARS * _LONGEST:
        return None  # "Cited papers: [4] [7]": a lead-in and what it introduces; a title cites nothing
    left, right = _column(block, layout)
    letters = sum(c.isalpha() for c in text)
    if letters < 3 or letters < 0.6 * len(text.replace(" ", "")) or text.isupper() and " " not in text:
        return None  # "K", "PVEI": a symbol or an acronym, where a title in capitals has words
    flush = abs(line.x0 - left) < _FLUSH * line.size or _centred(block, layout)
    if not flush or not _stands_alone(block, layout) or len(lines) == 2 and not _wraps(lines, left, right):
        return None  # indented: a table's column head ("Guardian URLs" over its rows), an item
    below = _text_below(block, layout)
    # short of the column's edge, or of the text's, where the page's columns were read narrower
    if below is None or lines[-1].x1 > max(right, below.x1) - 2 * line.size:
        return None
    return None, text


def _wraps(lines: tuple[Line, ...], left: float, right: float) -> bool:
    """Two lines of one title that wrapped: the second starts where the first does, and the first broke
    where the second's first word would not fit (a title over two short lines is two titles)."""
    first, second = lines
    word = second.words[0]
    fits = first.x1 - first.x0 + word.x1 - word.x0 < _WRAPPED * (right - left)
    return abs(second.x0 - first.x0) < _FLUSH * first.size and not fits


_SYMBOL = 2
"""The most characters of a word that may be a symbol of mathematics in a title ("α", "=", "k", "N")."""
_CITED = re.compile(r"\[\d")
"""A numbered citation ("[4]")."""
_SCALED = 1.0
"""How much smaller (in points) than the text a title in another face may measure."""
_FLUSH = 0.3
"""How far (in the text's size) from its column's left edge a title on a line of its own may start."""
_WORD_SPACE = 0.6
"""The widest space (in the text's size) between two words of a title (a ragged line's spaces are
narrower; table cells stand further apart)."""
_INDENT_BELOW = 2.0
"""How far (in the text's size) right of a heading's start the paragraph under it may begin (its
first line's indent)."""
_UNDER = 2.0
"""The widest space (in the text's size) between a heading and the first line of the text it heads."""
_BINDS = 0.25
"""How much wider (in the text's size) the space above a heading is than the space below it."""


def _text_below(block: Block, layout: Layout) -> Line | None:
    """The line under the block when the block sits closer to it, a line of running text (at the text's
    size, not all in bold or italic) within `_UNDER`, than to the line above it (if any in its column): the spacing that sets a
    heading apart from the text before it and ties it to the text it heads; else None."""
    page = layout.pages[block.page - 1]
    x0, y0, x1, y1 = block.bbox
    lines = [ln for b in page.blocks if b.kind == "text" for ln in b.lines if ln.x0 < x1 and ln.x1 > x0]
    above = [ln.y1 for ln in lines if ln.y1 <= y0 + 0.5]
    below = min((ln for ln in lines if ln.y0 >= y1 - 0.5), key=lambda ln: ln.y0, default=None)
    if below is None or abs(below.size - layout.body_size) > 0.5 or below.y0 - y1 > _UNDER * block.size:
        return None
    if below.x0 > x0 + _INDENT_BELOW * block.size:
        return None  # a table's rows under its column heads, a figure's labels: no paragraph starts there
    if all(_styled(w) for w in below.words):
        return None  # a title under a label ("GENOMICS AND EVOLUTIONARY BIOLOGY" over a paper's title)
    return below if not above or y0 - max(above) > below.y0 - y1 + _BINDS * block.size else None


def _title_lines_after(heading: Heading, blocks: list[Block], i: int, layout: Layout) -> int:
    """Add to the heading the further lines of its title from `blocks[i]` on (the layout's blocks of
    their own, or capitals' lines at the head of the paragraph after it, which `blocks` then holds
    without them); the index of the first block after the heading."""
    while i < len(blocks) and blocks[i].zone != "references":
        if _continues_heading(heading.blocks[-1], blocks[i], layout):
            heading.add(blocks[i])
            i += 1
            continue
        if (split := _capitals_lines_ahead(heading, blocks[i], layout)) is not None:
            heading.add(split[0])
            blocks[i] = split[1]
        break
    return i


_SURE = 0.8
"""The model's probability for `heading` above which an unnumbered line of a numbered paper, set no larger
than its numbered headings, is a heading."""


def _sure_heading(heading: Heading, segmentation: Segmentation | None) -> bool:
    """The model reads the heading's first line as a heading with probability `_SURE`, and no colon ends
    it: a bold lead-in on a line of its own ("Research Goals:") introduces the text, a title does not."""
    if heading.blocks[-1].text.rstrip().endswith(":"):
        return False
    return confident_label(segmentation, heading.blocks[0].lines[0], _SURE) == "heading"


_LEAD_WORDS = 10
"""The most words an unnumbered run-in heading's title has."""
_STATEMENT_LEAD = re.compile(
    r"^(?:theorem|lemma|corollary|proposition|definition|defn|proof|remark|example|claim|conjecture|"
    r"assumption|observation|problem|note|fact|hypothesis|case|step|notation|question|answer|exercise|"
    r"solution|algorithm|input|output|require|ensure|result|data)s?(?:\s+of\s.*|\s*\(.*\))?\s*[.:]$",
    re.I,
)
"""The head of a statement, a proof or an algorithm's line ("Proof:", "Proof of Lemma 2.", "Remark
(Scope):", "Require:"), set in the type of a run-in heading and none; a numbered one ("Lemma 2:") is
`_ENUMERATED`."""
_ENUMERATED = re.compile(r"^\S+\s+(?:\d|[IVX]+\b|[a-z]\d)")
"""A word and a number ("Step 1:", "Principle 2 (Heterophily):", "Case b1:"): an item of an enumeration."""
_INDENT_STEP = 0.5
"""The unit (in the text's size) in which run-in headings' indents are compared."""
_REPEATED = 3
"""A lead-in that opens this many paragraphs of a paper is a label ("Description:", "Data Structure:"
for each data set in turn), not a heading."""
RUN_IN_LEVEL = 3
"""The level of a run-in heading without a number: the classes that run a heading into its paragraph
(IEEEtran, acmart, llncs) do so from their third level on."""


@dataclass
class LeadIn:
    """A paragraph that opens with a title in italic that a colon ends: its block, the indent of its
    first line (in `_INDENT_STEP`s from its column's edge), and the run-in heading it would be."""

    block: Block
    indent: int
    run_in: RunIn


def _indent(block: Block, layout: Layout) -> int:
    """How far the block's first line starts from its column's edge, in `_INDENT_STEP`s."""
    left, _ = _column(block, layout)
    return round((block.lines[0].x0 - left) / (_INDENT_STEP * block.size))


def _italic_colon(word: Word, stops: bool = False) -> bool:
    """The last word of a title in italic (not bold) that a colon ends: IEEE's run-in third level; or a
    full stop, where the paper's class sets its third level so (`_stop_run_ins`)."""
    return word.font.italic and not word.font.bold and word.text.endswith((":", ".") if stops else ":")


_CENTRED_NUMBERED = re.compile(r"^\d+\.\s+(?P<title>\S.*)$")


def _stop_run_ins(blocks: list[Block], layout: Layout) -> bool:
    """The paper sets its unnumbered third level as an italic run-in title that a full stop ends: amsart's
    \\subsubsection*, told by its first level, a numbered title centred in capitals ("1. INTRODUCTION" in
    small capitals). Elsevier's and LNCS's \\paragraph set the same italic "Title." flush at the column's
    edge, and latex-pairs' gold counts no \\paragraph, so without that ladder a full stop ends no title."""
    return any(
        b.zone == "body"
        and len(b.lines) == 1
        and _centred(b, layout)
        and (m := _CENTRED_NUMBERED.match(b.text)) is not None
        and in_capitals(m["title"])
        for b in blocks
    )


def _unnumbered_lead_in(block: Block, layout: Layout, stops: bool = False) -> LeadIn | None:
    """The block as a paragraph that an unnumbered title in IEEE's run-in type opens: in italic at the
    text's size, ended by a colon where the italic ends and the line goes on upright, a few words that
    open with a capital, no statement's head nor an enumeration's item, no caption, no list's item. With
    `stops`, a full stop may end it too, the title flush at its column's edge (amsart's \\subsubsection*;
    an indented one is a paragraph's lead-in)."""
    words = block.lines[0].words
    if len(words) < 2 or _RUN_IN_NUMBER.match(words[0].text) or _hangs(block.lines):
        return None
    if abs(block.size - layout.body_size) > 0.5 or not _running_text(block, layout):
        return None
    end = next((k for k, w in enumerate(words) if _weight_slant(w) != _weight_slant(words[0])), None)
    if end is None or end > _LEAD_WORDS or not _italic_colon(words[end - 1], stops):
        return None
    if not words[end - 1].text.endswith(":") and _indent(block, layout) != 0:
        return None
    head = list(words[:end])  # the title ends where the type changes, at its colon or full stop
    title = " ".join(w.text for w in head)
    name = title.rstrip(" :.")
    if not name[:1].isupper() or not (_is_run_in_title(name) or _is_colon_title(name)):
        return None  # "a) Title:", a lettered fourth level (IEEE's \paragraph), opens in lowercase
    if _STATEMENT_LEAD.match(title) or _ENUMERATED.match(title) or CAPTION.match(title):
        return None
    rest = block.text[len(title) :].strip() if block.text.startswith(title) else ""
    if not rest:
        return None
    return LeadIn(block, _indent(block, layout), (None, name, rest, _box(block.page, head)))


_RUN_IN_SPACE = (0.4, 0.85)
"""The space (in the text's size) that LNCS's \\subsubsection sets after its run-in title: half an em and its
stretch, short of the whole em that article's \\paragraph (and NeurIPS', ICML's, ACL's, JMLR's) sets."""
_WIDER = 1.4
"""How much wider than the line's usual word space the space after a sectioning command's run-in title is
(an author's bold word opening a paragraph is followed by a word space)."""


def _spaced_lead_in(block: Block, after: Block | None, layout: Layout) -> RunIn | None:
    """The block as a paragraph that LNCS's unnumbered third level opens: a bold title at the text's size,
    flush at its column's edge, without a stop, colon or number, then the space its \\subsubsection sets
    (`_RUN_IN_SPACE`, wider than the line's word spaces) and the text upright; or a title too long for
    the first line (`_filled_title`). Article's bold \\paragraph, no section, sets a whole em; a bold
    term or an author's "Note:" opening a paragraph, a word space. A description list's bold label stands
    half an em from its text too: the paragraph's next line (in the block, or the block `after` it, where
    the layout set the first line apart) tells them apart, as it neither hangs under the item's text nor
    opens another item in bold."""
    line = block.lines[0]
    words = line.words
    second = _next_line(block, after)
    if len(words) < 2 or not words[0].font.bold or _RUN_IN_NUMBER.match(words[0].text) or second is None:
        return None
    left, right = _column(block, layout)
    if abs(block.size - layout.body_size) > 0.5 or line.x1 < right - 1.5 * line.size:
        return None  # the paragraph's first line fills its column (the layout may set it apart alone)
    if abs(line.x0 - left) > _FLUSH * line.size:
        return None  # a paragraph's indent: an author's bold word, not a sectioning command's title
    if (filled := _filled_title(block, right)) is not None:
        head, k, stop = filled
    else:
        stop = next((j for j, w in enumerate(words) if _weight_slant(w) != _weight_slant(words[0])), 0)
        if not stop or words[stop].font.bold or words[stop].font.italic:
            return None
        head, k = list(words[:stop]), 0
    later = block.lines[2:] if filled else (second, *block.lines[1:])
    if _hangs((line, second)) or any(ln.words[0].font.bold for ln in later):
        return None
    if len(head) > _LEAD_WORDS or stop and not _run_in_space(block.lines[k].words, stop):
        return None
    if not stop and not _title_case(head):
        return None  # no space to measure: a bold \\paragraph in sentence case fills a narrow line too
    # the block's text, not the words: it joins a word the line broke ("Learn-" | "ing")
    tail = " ".join(w.text for w in block.lines[k].words[:stop])
    start = block.line_starts[k]
    end = start + len(block.text[start:]) - len(block.text[start:].lstrip()) + len(tail)
    if block.text[start:end].split() != tail.split():
        return None
    title = " ".join(block.text[:end].split())
    if title.endswith((".", ":", ",", ";", "-")) or not (title[:1].isupper() and title[1:2].islower()):
        return None
    if not _is_colon_title(title) or _STATEMENT_LEAD.match(title + ":") or _ENUMERATED.match(title):
        return None
    rest = block.text[end:].strip()
    return (None, title, rest, _box(block.page, head)) if rest else None


def _filled_title(block: Block, right: float) -> tuple[list[Word], int, int] | None:
    """A run-in title too long for its paragraph's first line (beside a figure the text wraps around, the
    column is narrow): that line in bold throughout, justified to the column's right edge, the title
    ending with it (the text starts on the next line, upright; `_spaced_lead_in` then asks for title
    case, as no space after it tells a section's run-in from ICML's bold \\paragraph) or going on in bold
    at the head of the next line up to the text: the title's words, the line where the text starts and
    the index there of its first word; else None."""
    if len(block.lines) < 2:
        return None
    first, second = block.lines[:2]
    if (
        not all(w.font.bold and not w.font.italic for w in first.words)
        or first.x1 < right - _FLUSH * first.size
    ):
        return None
    stop = next((j for j, w in enumerate(second.words) if not w.font.bold or w.font.italic), None)
    if stop is None or not stop and first.words[-1].text.endswith("-"):
        return None
    return [*first.words, *second.words[:stop]], 1, stop


def _run_in_space(words: tuple[Word, ...], stop: int) -> bool:
    """The space before the line's word `stop`, the text's first after a run-in title, is the one LNCS's
    \\subsubsection sets (`_RUN_IN_SPACE`) and wider than the line's other word spaces (`_WIDER`)."""
    space = words[stop].x0 - words[stop - 1].x1
    spaces = sorted(
        b.x0 - a.x1
        for j, (a, b) in enumerate(zip(words, words[1:], strict=False))
        if a.space_after and j != stop - 1
    )
    low, high = _RUN_IN_SPACE
    size = words[stop].font.size
    return bool(spaces) and low * size <= space <= high * size and space >= _WIDER * spaces[len(spaces) // 2]


def _next_line(block: Block, after: Block | None) -> Line | None:
    """The line after the block's first: its second, or the first of the block `after` it where that
    starts right under it, in its column, as the next line of a paragraph does."""
    if len(block.lines) > 1:
        return block.lines[1]
    if after is None or after.page != block.page or after.column != block.column:
        return None
    line = after.lines[0]
    return line if 0 <= line.y0 - block.y1 < _LEADING * block.size else None


_LEADING = 0.5
"""The widest space (in the text's size) between two lines of one paragraph."""


def _running_text(block: Block, layout: Layout) -> bool:
    """The block is a paragraph of running text, as a run-in heading opens: two lines or more, the first
    filling its column (a line of an algorithm or a legend stops short)."""
    _, right = _column(block, layout)
    return len(block.lines) >= 2 and block.lines[0].x1 >= right - 1.5 * block.size


def _numbered_indents(blocks: list[Block], layout: Layout) -> set[int]:
    """The indents at which the paper sets numbered run-in headings in the same type ("1) Hardware:", in
    italic, a colon ending it where the text goes on upright)."""
    indents = set()
    for block in blocks:
        if block.zone != "body" or (found := run_in_heading(block)) is None or len(block.lines) < 2:
            continue
        line = block.lines[0].words
        head = [w for w in line if w.x1 <= found[3].bbox[2] + 0.1]
        if head and len(head) < len(line) and _italic_colon(head[-1]):
            indents.add(_indent(block, layout))
    return indents


def unnumbered_run_ins(blocks: list[Block], layout: Layout) -> dict[int, RunIn]:
    """The paragraphs (by block id) that an unnumbered run-in heading opens: IEEE's italic "Title:" of a
    \\subsubsection*. One lead-in in bold or italic may be anything (a term, a note, a \\paragraph's
    title, which is no section); how the paper sets them tells: titles in italic that a colon ends where
    the italic ends, at one indent, beside numbered run-in headings set the same way ("1) Hardware:",
    whose unnumbered siblings they are), or two or more different ones. A lead-in that opens `_REPEATED`
    paragraphs or more is a label. Bold lead-ins and those a full stop ends stay text: \\paragraph sets
    them so in NeurIPS, ICML, ACL, acmart and elsarticle papers, as authors set their "Note:" labels, and
    LNCS's unnumbered bold third level looks as article's bold \\paragraph does. A paragraph that such a
    heading opens on a later line of a block (IEEE sets no space above it, so the layout ran it on from
    the paragraph before) is cut off that block, which `blocks` then holds as two."""
    by_indent: dict[int, list[str]] = {}
    stops = _stop_run_ins(blocks, layout)
    for block in blocks:
        for k in _paragraph_starts(block) if block.zone == "body" else ():
            if (lead := _unnumbered_lead_in(_split(block, k)[1] if k else block, layout, stops)) is not None:
                by_indent.setdefault(lead.indent, []).append(lead.run_in[1].lower())
    numbered = _numbered_indents(blocks, layout)
    accepted = {
        indent
        for indent, titles in by_indent.items()
        if max(map(titles.count, titles)) < _REPEATED and (indent in numbered or len(set(titles)) >= 2)
    }
    found: dict[int, RunIn] = {
        id(block): run_in
        for block, after in zip(blocks, [*blocks[1:], None], strict=False)
        if block.zone == "body" and (run_in := _spaced_lead_in(block, after, layout)) is not None
    }
    i = 0
    while accepted and i < len(blocks):
        block = blocks[i]
        if block.zone != "body":
            i += 1
            continue
        starts = [
            k for k in _paragraph_starts(block) if k and _accepted_at(block, k, layout, accepted, stops)
        ]
        if starts:
            blocks[i : i + 1] = _cut(block, starts)
        for piece in blocks[i : i + len(starts) + 1]:
            if (lead := _unnumbered_lead_in(piece, layout, stops)) is not None and lead.indent in accepted:
                found[id(piece)] = lead.run_in
        i += len(starts) + 1
    return found


def _paragraph_starts(block: Block) -> list[int]:
    """The block's first line and each later one indented past the block's left edge that opens in
    italic: where a paragraph that a run-in heading opens may begin."""
    left = min(line.x0 for line in block.lines)
    later = [
        k
        for k, line in enumerate(block.lines[1:], 1)
        if line.x0 >= left + _HANGING * line.size and line.words[0].font.italic
    ]
    return [0, *later]


def _accepted_at(block: Block, k: int, layout: Layout, accepted: set[int], stops: bool) -> bool:
    """The block's line `k` opens a paragraph with an unnumbered run-in heading at an accepted indent."""
    lead = _unnumbered_lead_in(_split(block, k)[1], layout, stops)
    return lead is not None and lead.indent in accepted


def _cut(block: Block, starts: list[int]) -> list[Block]:
    """The block cut before each of the line indices `starts` (ascending, none 0)."""
    pieces, done = [], 0
    for k in starts:
        head, block = _split(block, k - done)
        pieces.append(head)
        done = k
    return [*pieces, block]
