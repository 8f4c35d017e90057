"""Which blocks of the front zone hold which header field: the rule-based block classification, the
CRF's line labels, and the choice per field between them; then the byline band and what is left."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from paperparse.header.abstract import (
    ABSTRACT_HEAD,
    KEYWORDS_ANYWHERE,
    KEYWORDS_HEAD,
    TRAILER,
    is_prose,
    split_run_in,
    standfirst,
    wraps_onto,
)
from paperparse.header.affiliations import INSTITUTION
from paperparse.header.authors import goes_on, looks_like_names
from paperparse.header.bylines import EPIGRAPH_LINE, is_name_line, names_someone
from paperparse.header.labeller.features import HeaderLine
from paperparse.header.labeller.model import predict
from paperparse.header.marks import LONE_MARKER, SYMBOLS, marked_text
from paperparse.header.names import GRADE_WORD, split_authors
from paperparse.header.spans import line_ids
from paperparse.header.title import face, find_title, is_wordy, run_on, set_apart
from paperparse.layout import Block, Layout
from paperparse.layout.zones import BODY_START, is_heading_like
from paperparse.pdf.model import Line


@dataclass(slots=True)
class Parts:
    """Which blocks hold which header field, before their text is parsed."""

    title: Block | None = None
    authors: list[Block] = field(default_factory=list)
    affiliations: list[Block] = field(default_factory=list)
    abstract: list[Block] = field(default_factory=list)
    anchored: bool = False
    """The abstract follows an explicit "Abstract" heading, or is a standfirst set apart by its type."""
    keywords: str | None = None
    keyword_lines: list[Block] = field(default_factory=list)
    """The blocks a list of keywords wrapped onto, after the one with its "Keywords:" head."""
    beside: list[Block] = field(default_factory=list)
    """Lines of the next column that the layout interleaved with the abstract's: the body's text."""
    title_shown: bool = True
    """The title block is set apart as a title is (`set_apart`); False: it only bounds the byline, and
    the header has no title."""

    def panel_keyword(self, text: str) -> bool:
        """Reads a line of an info panel's left column (Elsevier's "ARTICLE INFO"): its "Keywords:" head
        opens the list, a line under the head is one keyword. True when it added a keyword."""
        if KEYWORDS_HEAD.match(text):
            self.keywords = text
            return False
        if self.keywords is None:
            return False
        self.keywords += f", {text}"
        return True


def rule_parts(front: list[Block], layout: Layout, page_height: float, titled: Collection[int] = ()) -> Parts:
    """The rule-based block classification: largest font is the title, then names, institutions, abstract.

    `titled`: the lines the segmentation model confidently reads as title (see `find_title`)."""
    parts = Parts()
    title_index = find_title(front, page_height, titled, layout.body_size)
    joined: list[Block] = []  # blocks the title runs on into
    if title_index is not None:
        parts.title, joined = run_on(front, title_index, layout.body_size)
    rest = [b for b in front[title_index + 1 :] if b not in joined] if title_index is not None else front
    in_abstract = False
    lead: list[Block] = []  # larger-than-body blocks between title and byline
    prose: list[Block] = []  # the latest run of unclassified blocks
    keywords_end: Block | None = None  # the last block of a keyword list, while it may go on
    heading: Block | None = None  # the latest "Abstract" heading
    panel = False  # the heading heads a panel's right column (`_panel_heading`)
    overleaf: Block | None = None  # the last of the notes under the abstract that it read past
    for b in rest:
        if in_abstract and heading is not None and panel:
            b = _right_of_panel(b, heading, parts)
        text = b.text
        if keywords_end and wraps_onto(keywords_end, b) and not parts.keywords.rstrip().endswith("."):
            parts.keywords += " " + text  # the list wrapped onto a block of its own (double spacing)
            parts.keyword_lines.append(b)
            keywords_end = b
            continue
        keywords_end = None
        if in_abstract and heading is not None and b.x1 <= (parts.abstract or [heading])[-1].x0:
            # Elsevier's "Article info" column, left of the abstract: its keywords under their head
            if (KEYWORDS_HEAD.match(text) or panel) and parts.panel_keyword(text):
                parts.keyword_lines.append(b)
            continue
        if KEYWORDS_HEAD.match(text):
            parts.keywords = text
            keywords_end = b
            in_abstract = False
            if not parts.abstract and prose:  # no heading, but keywords close the abstract
                parts.abstract, parts.anchored = prose, True
            continue
        if ABSTRACT_HEAD.match(text):
            in_abstract = parts.anchored = True
            heading = b
            panel = _panel_heading(b, rest)
            if ABSTRACT_HEAD.sub("", text).strip():
                parts.abstract.append(b)
            continue
        if in_abstract and TRAILER.match(text):
            in_abstract = False
            continue
        if in_abstract and parts.abstract and _beside(parts.abstract[-1], b):
            parts.beside.append(b)
            continue
        if (
            in_abstract
            and parts.abstract
            and _under_abstract_in_foot(b, parts.abstract[-1], layout, overleaf)
        ):
            # the page's notes under an abstract that goes on overleaf: read past them
            overleaf = b
            continue
        if in_abstract and overleaf is not None and b.page != overleaf.page + 1:
            in_abstract = False  # past the notes the abstract goes on at the next page, or nowhere
        if in_abstract and _above(b, heading):
            # set over the heading though read after it (a stamp at the page's top right beside a title
            # that fits the left column, a byline's right-hand column): neither the abstract nor its end
            pass
        elif in_abstract:
            last = parts.abstract[-1].text.rstrip() if parts.abstract else ""
            unfinished = bool(last) and not last.endswith((".", "!", "?")) and split_run_in(last)[1] is None
            goes_on = bool(parts.abstract) and _next_line(parts.abstract[-1], b)
            restyled = bool(last) and not unfinished and _restyled(parts.abstract[-1], b)
            if (
                (len(text) > 60 or unfinished or goes_on)
                and b.size <= _abstract_size_limit(parts.abstract, layout.body_size)
                and not text.startswith("DOI")
                and not restyled
                and not _opens_with_note(b)
            ):
                parts.abstract.append(b)
                continue
            in_abstract = False
        if parts.authors and not parts.abstract and _byline_goes_on(parts.authors[-1], b):
            parts.authors.append(b)
            prose = []
            continue
        if not parts.authors and title_index is not None and not parts.abstract and looks_like_names(b):
            parts.authors.append(b)
            prose = []
            continue
        if not parts.authors and title_index is not None and b.size > layout.body_size + 0.5:
            lead.append(b)
        if INSTITUTION.search(text) and len(text) < 3000 and not parts.abstract:
            parts.affiliations.append(b)
            prose = []
        elif LONE_MARKER.match(text) or len(text) < 12:
            prose = []
        else:
            prose = [*prose, b]
    if not parts.abstract and lead and standfirst(lead):
        parts.abstract, parts.anchored = lead, True
    if not parts.abstract:  # no "Abstract" heading: the first long paragraph of the front zone
        for b in rest:
            if b not in parts.authors and b not in parts.affiliations and len(b.text) > 400:
                parts.abstract.append(b)
                break
    return parts


_LARGER_ABSTRACT = 1.2
"""How much larger than the body's text (in points) an abstract under its heading may be set: MNRAS sets
its abstract at 10 pt over a 9 pt text."""


def _under_abstract_in_foot(block: Block, last: Block, layout: Layout, skipped: Block | None) -> bool:
    """`block` is a note at the foot of the abstract's page, in smaller type, right under the abstract's
    last block (within three of its lines) or under the note read past before it: Springer's journal
    class (svjour3) sets the institutes as a footnote before the abstract, so a long list fills the
    first page's foot and the abstract goes on at the next page's top, after the notes in reading order."""
    if block.page != last.page or block.size >= min(last.size, layout.body_size):
        return False
    if block.y0 <= layout.pages[block.page - 1].foot:
        return False
    above = skipped if skipped is not None and skipped.page == block.page else last
    return 0 <= block.y0 - above.y1 < 3 * last.size


def _abstract_size_limit(abstract: list[Block], body_size: float) -> float:
    """The largest type a block may have to be read as the abstract under its heading: up to
    `_LARGER_ABSTRACT` over the text's for its first block, then the type of its first block."""
    if not abstract:
        return body_size + _LARGER_ABSTRACT
    return max(body_size, abstract[0].size) + 0.6


def _panel_heading(heading: Block, blocks: list[Block]) -> bool:
    """The abstract's heading heads the right column of a panel: a one-line heading in its type stands
    level with it on its left (Elsevier's "ARTICLE INFO" over the keywords, "ABSTRACT" over the
    abstract), whose column's lines stand level with the abstract's, so the layout may join them."""
    return any(
        o is not heading
        and o.page == heading.page
        and len(o.lines) == 1
        and o.x1 <= heading.x0
        and abs(o.size - heading.size) < 1.0
        and o.y0 < heading.y1
        and heading.y0 < o.y1
        for o in blocks
    )


def _right_of_panel(block: Block, heading: Block, parts: Parts) -> Block:
    """The block without the lines set wholly left of the panel's abstract heading (`_panel_heading`):
    those are the left column's, the keywords under its "Keywords:" head (they go to `parts`). A block
    wholly in the left column is returned whole, for the abstract's reading to pass over."""
    left = [ln for ln in block.lines if ln.x1 <= heading.x0]
    if not left or len(left) == len(block.lines):
        return block
    for ln in left:
        parts.panel_keyword(ln.text)
    parts.keyword_lines.append(Block(tuple(left), block.page, block.column, block.kind, block.zone))
    kept = tuple(ln for ln in block.lines if ln.x1 > heading.x0)
    return block.with_lines(kept)


def _above(block: Block, heading: Block | None) -> bool:
    """The block stands wholly above the heading, on its page."""
    return heading is not None and block.page == heading.page and block.y1 <= heading.y0


def _restyled(block: Block, other: Block) -> bool:
    """A finished abstract set in one type (IEEE's bold 9 pt) is not continued by text in another: with
    no heading between them, that is where the introduction starts."""
    a, b = _text_type(block), _text_type(other)
    return a[0] != b[0] or abs(a[1] - b[1]) >= 0.8


def _opens_with_note(block: Block) -> bool:
    """A footnote's text ("⋆ Received 12 March …", "¹ Supported by …"), which LNCS sets in the abstract's
    own type at the foot of its page: it opens with a note's mark, raised or a symbol, as no paragraph
    of an abstract does."""
    first = block.lines[0].words[0]
    return first.rise == 1 or first.text[:1] in SYMBOLS


def _text_type(block: Block) -> tuple[bool, float]:
    """Bold or not, and the size, that most of the block's letters are set in: a line's own font is its
    longest word's, which in a short-worded line may be the bold run-in head ("Abstract. And could …",
    LNCS's and Springer's), not the text's type."""
    weights: dict[tuple[bool, float], int] = {}
    for w in (w for ln in block.lines for w in ln.words):
        key = (w.font.bold, round(w.font.size, 1))
        weights[key] = weights.get(key, 0) + len(w.text)
    return max(weights, key=weights.__getitem__) if weights else (block.font.bold, block.size)


def _beside(block: Block, other: Block) -> bool:
    """`other` is set in another column of the page and starts no higher than a line above `block`'s
    top: a line level with it or below. An abstract going on into the next column starts at that
    column's top, above its last line."""
    return (
        other.page == block.page
        and (other.x0 >= block.x1 or other.x1 <= block.x0)
        and other.y0 > block.y0 - block.size
    )


def _next_line(block: Block, other: Block) -> bool:
    """`other` is the next line of `block`'s paragraph: same type, same left edge, at its line spacing
    (a short line of an abstract the layout cut into one block per line)."""
    return (
        other.page == block.page
        and abs(other.size - block.size) < 0.3
        and abs(other.x0 - block.x0) < 2.0
        and 0 <= other.y0 - block.y1 < 0.5 * block.size
        and not BODY_START.match(other.text.strip())
    )


def _byline_goes_on(block: Block, other: Block) -> bool:
    """`other` is the next line of a byline list that `block` breaks off (`goes_on`): names in the same
    type right under it at its leading, centred or not, holding a membership grade. IEEE bylines wrap
    inside or around grades ("…, Elena Kim, Senior" / "Member, IEEE, Oliver da Schmidt, …"), and the
    layout may set the lines after the break apart as blocks of their own (a line of more italic grade
    than roman name reads in the grade's size). Only a grade says so: a names-like line under a byline
    list that ends in a bare name is as often something else."""
    return (
        other.page == block.page
        and abs(other.size - block.size) < 0.15 * block.size  # a grade's italic reads larger
        and 0 <= other.y0 - block.y1 < 0.5 * block.size
        and other.x0 < block.x1
        and block.x0 < other.x1
        and goes_on(marked_text(block))
        and bool(GRADE_WORD.search(other.text))
        and looks_like_names(other)
    )


def _size_key(size: float) -> float:
    return round(size * 2) / 2


def _header_lines(layout: Layout, blocks: list[Block]) -> list[HeaderLine]:
    """The blocks' lines with their layout features, measured against every line of their page."""
    page = layout.pages[blocks[0].page - 1].page
    ranks = {s: i + 1 for i, s in enumerate(sorted({_size_key(ln.size) for ln in page.lines}, reverse=True))}
    out: list[HeaderLine] = []
    previous = None
    for line in (ln for b in blocks for ln in b.lines):
        height = max(1.0, line.y1 - line.y0)
        out.append(
            HeaderLine(
                line.text,
                size_rank=ranks.get(_size_key(line.size)),
                size_ratio=line.size / layout.body_size if layout.body_size else None,
                bold=line.font.bold,
                italic=line.font.italic,
                centred=abs((line.x0 + line.x1) - page.width) < 0.08 * page.width
                and line.x1 - line.x0 < 0.8 * page.width,
                gap_before=None if previous is None else max(0.0, line.y0 - previous.y1) / height,
            )
        )
        previous = line
    return out


def _segments(blocks: list[Block], labels: list[str]) -> list[tuple[str, Block]]:
    """Runs of equally labelled lines inside each block, each run a block of its own."""
    out: list[tuple[str, Block]] = []
    label_of = iter(labels)
    for b in blocks:
        run: list = []
        current = ""
        for line in b.lines:
            label = next(label_of)
            if run and label != current:
                out.append((current, b.with_lines(run)))
                run = []
            run.append(line)
            current = label
        out.append((current, b.with_lines(run)))
    return out


def _names_going_on(lines: list[Line], labels: list[str]) -> list[str]:
    """The labels, a long byline's first lines among the authors: a list of five to eight names wraps
    ("A, B, C," / "D and E", C08-1127), and the CRF reads a line that breaks off after a comma or an "and"
    right under the title as the title's. A title-labelled line of names that goes on into an author line
    is the byline's (backwards, so a list over three lines is read whole)."""
    labels = list(labels)
    for i in range(len(lines) - 2, -1, -1):
        line = lines[i]
        if labels[i] == "title" and labels[i + 1] == "author" and goes_on(line.text) and is_name_line(line):
            labels[i] = "author"
    return labels


def learned_parts(layout: Layout, page_one: list[Block], page_height: float) -> Parts:
    """Fields from the CRF's line labels, the title held to layout: largest font of the top half, one run."""
    parts = Parts()
    lines = [ln for b in page_one for ln in b.lines]
    segments = _segments(page_one, _names_going_on(lines, predict(_header_lines(layout, page_one))))
    titles = [
        (i, b) for i, (label, b) in enumerate(segments) if label == "title" and b.y0 < 0.5 * page_height
    ]
    if titles:
        best = max(_size_key(b.size) for _, b in titles)
        run = [(i, b) for i, b in titles if _size_key(b.size) == best]
        first = run[0][0]
        lines = [ln for k, (i, b) in enumerate(run) if i == first + k for ln in b.lines]
        start = run[0][1]
        title = start.with_lines(lines)
        parts.title = title if is_wordy(title.text) else None
    parts.authors = [b for label, b in segments if label == "author"]
    parts.affiliations = [b for label, b in segments if label == "affiliation"]
    parts.abstract = [b for label, b in segments if label == "abstract"]
    head = KEYWORDS_ANYWHERE.search(" ".join(b.text for label, b in segments if label == "keywords"))
    parts.keywords = head.string[head.start() :] if head else None
    return parts


def _after(blocks: list[Block], title: Block | None, order: dict[int, int]) -> list[Block]:
    """The blocks that come after the title in reading order (a side column before it is not the byline)."""
    if title is None:
        return blocks
    return [b for b in blocks if order[id(b.lines[0])] > order[id(title.lines[-1])]]


def _byline_over_abstract(rules: Parts, learned_authors: list[Block], order: dict[int, int]) -> bool:
    """Whether the rule's byline stands over the abstract while the CRF reads author lines under it only:
    Springer's institutes, set right under an abstract that fills the first page, open with their
    members' initialled names ("I. Moreau · L. Petrović"), which the CRF can take for the byline it
    missed; the byline then goes first, and those headings go to their institutes
    (`paperparse.header._institute_headings`)."""
    if not learned_authors or not rules.authors or not rules.abstract:
        return False
    start = order.get(id(rules.abstract[0].lines[0]), -1)
    return all(order.get(id(b.lines[-1]), start) < start for b in rules.authors) and all(
        order.get(id(b.lines[0]), -1) > start for b in learned_authors
    )


def _later_pages_too(learned: list[Block], ruled: list[Block]) -> list[Block]:
    """The CRF labels the first page only; a long affiliation list running on is continued by the rules."""
    if not learned:
        return ruled
    return learned + [b for b in ruled if b.page > learned[-1].page]


def combine(
    rules: Parts, learned: Parts, order: dict[int, int], body_size: float, authored: Collection[int] = ()
) -> Parts:
    """Per field, the source measured better on the project's evaluation.

    Title: the rule's largest-font block, lengthened by the CRF's title run when the two overlap (a title
    wrapped over blocks) and ended at a list of names the CRF reads as the byline's
    (`_without_labelled_names`); the CRF's alone only when the rule finds none. Authors: the CRF's
    author lines after the title, each overlapping the rule's names blocks widened to those blocks, but
    for a template's placeholder line (`PLACEHOLDER`: "Address" under "Anonymous Author(s)"). Affiliations: the
    CRF's after the title, with its author lines that the rule reads as an affiliation keyed by a raised
    mark (`_marked_institution`). Abstract: the rule's when an "Abstract" heading anchors it. Keywords: the
    rule's (a heading anchors them), else the CRF's from a keywords heading on. Else the other source.

    Without a title set apart from the body's type, and no "Abstract" heading, there is no abstract.
    Without a title, or with a would-be title in the body's type that opens mid-sentence (a page from
    inside a paper), authors are kept only where the page-segmentation model is sure of them
    (`authored`, the ids of the lines it confidently reads as author): capitalised words on a page of
    text ("C. Disparity Selection") are no byline.
    """
    title = rules.title or learned.title
    if (
        rules.title is not None
        and learned.title is not None
        and line_ids([rules.title]) & line_ids([learned.title])
    ):
        title = max(rules.title, learned.title, key=lambda b: len(b.text))
        title = _without_labelled_names(title, learned)
    ruled_places = line_ids(rules.affiliations)
    keyed = [b for b in learned.authors if _marked_institution(b, ruled_places)]
    after_title = [
        b
        for b in _after(learned.authors, title, order)
        if not EPIGRAPH_LINE.match(b.text) and not PLACEHOLDER.fullmatch(b.text.strip()) and b not in keyed
    ]
    if _byline_over_abstract(rules, after_title, order):
        after_title = [*rules.authors, *after_title]
    authors = after_title or rules.authors
    if after_title and rules.authors:
        ruled = line_ids(rules.authors)
        widened: list[Block] = []
        for b in after_title:
            blocks = rules.authors if line_ids([b]) & ruled else [b]  # the rule's byline, run on whole
            widened += [block for block in blocks if block not in widened]
        authors = widened
    ruled_abstract = rules.anchored or not learned.abstract
    places = sorted([*learned.affiliations, *keyed], key=lambda b: order.get(id(b.lines[0]), 0))
    affiliations = _later_pages_too(_after(places, title, order), rules.affiliations)
    parts = Parts(
        title=title,
        authors=authors,
        affiliations=_without_lines(affiliations, line_ids(authors)),
        abstract=rules.abstract if ruled_abstract else learned.abstract,
        keywords=rules.keywords or learned.keywords,
        keyword_lines=rules.keyword_lines if rules.keywords else [],
        beside=rules.beside if ruled_abstract else [],
    )
    alone = title is not None and set(order) <= line_ids([title])  # no running text to stand apart from
    parts.title_shown = title is not None and (alone or set_apart(title, body_size))
    if title is None or (not parts.title_shown and title.text[:1].islower()):  # a page of text
        parts.authors = [b for b in parts.authors if all(id(ln) in authored for ln in b.lines)]
    if (title is None or not parts.title_shown) and not rules.anchored:
        parts.abstract = []  # no title and no "Abstract" heading: a page of text, not a paper's front
    return parts


def _without_labelled_names(title: Block, learned: Parts) -> Block:
    """The title up to the first line the CRF reads as the byline's that lists two or more names
    (`_lists_names`), when it reads none after it as the title's: Acrobat Capture's text layer sets a
    scan's title, its names and their address in one size and weight, the names less than an em under
    the title, as one block (a one-line title over "Ann Lee 1 , Bo Kim 1 and …"), where
    `without_trailing_names` finds no wider gap to cut at."""
    authored = line_ids(learned.authors)
    titled = line_ids([learned.title]) if learned.title is not None else set()
    lines = title.lines
    for k in range(1, len(lines)):
        if (
            id(lines[k]) in authored
            and names_someone(lines[k])
            and _lists_names(lines[k].text)
            and all(id(ln) not in titled for ln in lines[k:])
        ):
            return title.with_lines(lines[:k])
    return title


def _lists_names(text: str) -> bool:
    """Two or more names of two or more words each, joined by commas or "and": a byline's list, which a
    title's line in capitalised words ("Optimisation Transfer", read as one name) is not."""
    names = [author.name.split() for author, _ in split_authors(text)]
    return len(names) >= 2 and all(len(name) >= 2 for name in names)


def _marked_institution(block: Block, ruled_places: set[int]) -> bool:
    """A line the rules read as an affiliation that opens with a raised mark and names an institution
    ("¹Rijksuniversiteit Groningen", AAAI's institution line over its department and place): an address
    keyed by its marker, which the labeller may read as a name (two capitalised words), no author."""
    first = block.lines[0].words
    return (
        bool(first)
        and first[0].rise == 1
        and line_ids([block]) <= ruled_places
        and bool(INSTITUTION.search(block.text))
    )


PLACEHOLDER = re.compile(r"(?:affiliation|address|e-?mail|institution)s?", re.I)
"""What an anonymous build's byline prints under "Anonymous Author(s)" (NeurIPS: "Affiliation",
"Address", "email"): a template's word standing for a field, no one's name."""


def _without_lines(blocks: list[Block], taken: set[int]) -> list[Block]:
    """The blocks without the lines another field took (`taken`, their ids): the byline's last lines
    ("Novák³, and" / "Ingrid van der Patel¹,⁴"), labelled affiliation while the rule's names block holds
    them, are the byline's, and would take the first affiliation's marker."""
    out: list[Block] = []
    for b in blocks:
        lines = [ln for ln in b.lines if id(ln) not in taken]
        if len(lines) == len(b.lines):
            out.append(b)
        elif lines:
            out.append(b.with_lines(lines))
    return out


TITLE_OVERLAP = 0.15
"""A byline line's box may reach this many title sizes up into the title's: boxes the font's whole height
high (an OCR layer's), the names set at the title's own leading under it."""


def byline_lines(
    layout: Layout, title: Block, abstract: list[Block], floats: Collection[Block] = ()
) -> list[Line]:
    """The lines between the title and the abstract on the title's page, whatever block or zone the
    layout gave them: a byline grid's right-hand blocks sit in the second column, beside the abstract's
    column, and a byline set in the title's type may share the title's block. A float set under the
    byline (`floats`, its caption and rows) ends it too; a figure's labels (`FIGURE_TYPE`) are left out."""
    page = layout.pages[title.page - 1]
    below = [b for b in page.blocks if b.kind == "text" and b.y0 >= title.y1 - 1 and b is not title]
    stops = [b.y0 for b in abstract if b.page == title.page]
    stops += [b.y0 for b in floats if b.page == title.page and b.y0 >= title.y1 - 1]
    stops += [b.y0 for b in below if _footnote(b, page.foot, layout.body_size)]
    stops += [
        b.y0
        for b in below
        if ABSTRACT_HEAD.match(b.text)
        or KEYWORDS_HEAD.match(b.text)
        or is_prose(b)
        or b.zone == "references"
        or (
            is_heading_like(b, layout.body_size) and BODY_START.match(b.text.strip())
        )  # no abstract: "1 Intro…"
    ]
    stop = min(stops, default=page.page.height)
    title_lines = line_ids([title])
    band = [
        ln
        for b in page.blocks
        if b.kind == "text"
        for ln in b.lines
        if ln.y0 >= title.y1 - max(1.0, TITLE_OVERLAP * title.size)
        and ln.y1 <= stop + 1
        and id(ln) not in title_lines
        and not ln.rotated
        and ln.size >= FIGURE_TYPE * layout.body_size
    ]
    top = min((ln.y0 for ln in band), default=0.0)
    return [ln for ln in band if not (ln.y0 < top + 1 and _subtitle_line(ln, title, layout.body_size))]


def _footnote(block: Block, page_foot: float, body_size: float) -> bool:
    """A footnote of the first page: small type in the page's foot, opening with a note's mark. A
    byline grid that fills the page, its abstract on the next, does not run into the notes under it,
    whose marks ("∗ This work …", "† E-mail addresses: …") would read as its affiliations' keys."""
    return block.y0 > page_foot and block.size < body_size and _opens_with_note(block)


def _subtitle_line(line: Line, title: Block, body_size: float) -> bool:
    """A line in a smaller size of the title's bold face, over the body's, within `SUBTITLE_SKIP` under
    it, that reads as no names: a subtitle the title did not take in (LNCS's \\subtitle, which is not
    the title's, 0.49 title sizes under it), no address of the byline. Old proceedings set the names
    themselves in the title's bold face (Times-Bold, 12 pt under 15 pt) a wider skip down, in a row
    that need not read as one line of names ("Yiping Zhou Lan Nie Omid …"): they stay."""
    return (
        line.font.bold
        and face(line.font) == face(title.font)
        and body_size < line.size < title.size
        and line.y0 - title.y1 < SUBTITLE_SKIP * title.size
        and not names_someone(line)
    )


SUBTITLE_SKIP = 0.75
"""A subtitle left out of the title starts less than this many title sizes under it (LNCS: 0.49; ACL's
names in the title's face: 1.07)."""


FIGURE_TYPE = 0.6
"""Text set smaller than this share of the body's size is a figure's labels (LaTeX's \\tiny is half the
body's size, the smallest byline type, \\scriptsize, seven tenths): a teaser figure beside or under the
byline (ICML, CVPR) holds no author's lines."""


def unclaimed(
    front: list[Block], parts: Parts, affiliations: list[Block], order: dict[int, int]
) -> list[Block]:
    """Front blocks after the header proper (title, byline, abstract, keywords) that no field took.

    Affiliations are not where the header ends: footnotes and long lists put them anywhere. Only the
    blocks affiliations were read from count: a candidate the header set aside is running text. So is a
    title block not shown as the title (`Parts.title_shown`), wherever it stands.
    """
    shown = parts.title is not None and parts.title_shown
    unshown = line_ids([parts.title]) if parts.title is not None and not shown else set()
    proper = [parts.title] if shown else []
    proper += parts.authors + parts.abstract + parts.keyword_lines
    proper += [b for b in front if KEYWORDS_HEAD.match(b.text)]
    if not proper:  # nothing of a header: the front zone is running text
        return [b for b in front if id(b.lines[0]) not in line_ids(affiliations)]
    claimed = line_ids(proper + affiliations)
    last = max(order[id(ln)] for b in proper for ln in b.lines if id(ln) in order)
    beside = line_ids(parts.beside)
    return [
        b
        for b in front
        if (order[id(b.lines[0])] > last or id(b.lines[0]) in unshown | beside)
        and id(b.lines[0]) not in claimed
    ]
