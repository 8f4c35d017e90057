"""Header metadata from the front zone: title, authors, emails, affiliations, abstract, keywords, DOI.

A CRF (header/labeller) labels each front-zone line of the first page; the rules here then do what they
are exact at: the title among the largest-font lines, name splitting, email expansion and linking,
affiliation markers. Where the learned labels find nothing, the rule-based block classification decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperparse.document import Affiliation, Author, FrontMatter, Location
from paperparse.header.affiliations import INSTITUTION, parse_affiliation
from paperparse.header.bylines import Byline, affiliation_text, block_emails, find_byline, is_name_line
from paperparse.header.emails import find_emails, link_emails
from paperparse.header.labeller.features import HeaderLine
from paperparse.header.labeller.model import predict
from paperparse.header.names import split_authors
from paperparse.layout import Block, Layout
from paperparse.pdf.model import Line, Word

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>,;]+[^\s\"<>,;.)\]])")
_ABSTRACT_HEAD = re.compile(r"^\s*(abstract|summary|a b s t r a c t)\b[\s.:—-]*", re.I)
_KEYWORDS_HEAD = re.compile(r"^\s*(keywords?|key\s*words|index terms|subject headings)\s*[:—.-]?\s*", re.I)
_NOT_TITLE = re.compile(
    r"(journal|proceedings|conference|vol\.|volume|issn|preprint|arxiv|doi|copyright|©|http|www\.|"
    r"research article|original article|submitted|accepted|received|published|draft version|"
    r"prepared for submission|letter|^\s*(short )?paper\b|^\s*\(?(keywords?|key words|index terms|pacs|dated)\b)",
    re.I,
)
_KEYWORDS_ANYWHERE = re.compile(r"\b(keywords?|key\s*words|index terms)\s*[:—.-]", re.I)
_MARKER = re.compile(r"^(?=.{1,16}$)(?:\d{1,3}[A-Z]?|[*†‡§¶#∗a-z,])+$")  # "1", "a", "1,2*", "53A,53C"
_BIO = re.compile(
    r"^(?P<name>[^\W\d][\w.'’ -]{1,60}?) (?:is|are) (?:in|at|with) (?:the )?(?P<where>[^@]+?)(?:\s+\S+@\S+.*)?$",
    re.S,
)
_INLINE_MARKER = re.compile(r"^\s*(\d{1,2}|[a-z]|[*†‡§¶])\s+(?=[A-Z])")


@dataclass
class Header(FrontMatter):
    unclaimed: list[Block] = field(default_factory=list)
    """Front-zone text after the header proper that no field took: the article's opening text when it
    has no headings to end the front matter (commentaries, letters). The body reads it."""


def _location(blocks: list[Block]) -> Location:
    return Location(
        blocks[0].page,
        (
            min(b.x0 for b in blocks),
            min(b.y0 for b in blocks),
            max(b.x1 for b in blocks),
            max(b.y1 for b in blocks),
        ),
    )


def _title_marks(block: Block) -> list[Word]:
    """The footnote marks ending the title (a raised "1", "*", "†"): they point to a note, not title text."""
    words = [w for line in block.lines for w in line.words]
    marks: list[Word] = []
    while len(words) > 1 and (
        (words[-1].rise == 1 and _MARKER.match(words[-1].text)) or not _TITLE_MARKS.sub("", words[-1].text)
    ):
        marks.insert(0, words.pop())
    return marks


def _title(block: Block) -> tuple[str, Location]:
    """The title's text and box, both without its footnote marks."""
    marks = _title_marks(block)
    words = [w for line in block.lines for w in line.words][: -len(marks) or None]
    text = re.sub(r"\s+", " ", block.text).strip()
    for mark in reversed(marks):
        text = text.removesuffix(mark.text).rstrip()
    box = (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )
    return _TITLE_MARKS.sub("", text), Location(block.page, box)


def _find_title(front: list[Block], page_height: float) -> int | None:
    """The largest-type block of the first page's upper part that is not a banner, date or keyword line."""
    best, best_size = None, 0.0
    for i, b in enumerate(front):
        text = b.text
        if b.page != front[0].page or b.y0 > 0.6 * page_height or len(b.lines) > 5:
            continue
        if len(text) < 8 or len(text.split()) < 2 or _NOT_TITLE.search(text) or "@" in text:
            continue
        if b.size > best_size + 0.3:
            best, best_size = i, b.size
    return best


def _marked_text(block: Block) -> str:
    """The block's text with raised markers written as "^1" so that splitting can keep them."""
    parts = []
    for line in block.lines:
        for w in line.words:
            if w.rise == 1 and _MARKER.match(w.text.replace(" ", "")):
                parts.append(" ^" + w.text.replace(" ", "") + " ")
            else:
                parts.append(w.text + (" " if w.space_after else ""))
        parts.append("\n")
    return "".join(parts)


def _author_groups(blocks: list[Block]) -> list[list[Block]]:
    """Byline blocks that continue one list: a list cut mid-name ("…, Tomasz" / "Nikolaev¹, …") by
    manuscript line numbers is one byline; separate name blocks (IEEE columns) stay separate.
    """
    groups: list[list[Block]] = []
    for block in blocks:
        if groups:
            previous = _marked_text(groups[-1][-1]).rstrip()
            if "," in previous and (previous.endswith(",") or _BARE_WORD_END.search(previous)):
                groups[-1].append(block)
                continue
        groups.append([block])
    return groups


def _authors_from(blocks: list[Block]) -> list[Author]:
    authors: list[Author] = []
    text = " ".join(_marked_text(b).replace("\n", " ") for b in blocks)
    for name, markers in split_authors(text):
        name.affiliations = markers
        name.location = _location(blocks)
        authors.append(name)
    return authors


_BARE_WORD_END = re.compile(r"(?:^|[\s,])[^\W\d_][\w'’-]*$")
_DETAILS_HEAD = re.compile(
    r"^\s*(author details|author information|author affiliations|affiliations)\s*$", re.I
)
_LICENCE = re.compile(r"©|\bcopyright\b|licen[cs]e|creative commons|open access", re.I)
_CITE_AS = re.compile(r"cite this article", re.I)
_TITLE_MARKS = re.compile(r"[\s*∗†‡§¶]+$")
_LONE_MARKER = re.compile(r"^\s*\^?(\d{1,2}|[a-z]|[*†‡§¶])\s*$")
_SEGMENT = re.compile(r"\^([^\s^]+)|(?:^|\n|;)\s*(\d{1,2}|[a-z]|[*†‡§¶])\s+(?=[A-Z])")


def _affiliations_from(blocks: list[Block]) -> list[Affiliation]:
    """One affiliation per marker ("^1 Dept ..., ^2 Inst ..."), else one per line."""
    affs: list[Affiliation] = []
    pending = None  # a marker standing alone, cut off its line by manuscript line numbers
    for block in blocks:
        text = _marked_text(block)
        if m := _LONE_MARKER.match(text):
            pending = m.group(1)
            continue
        if pending is not None:
            text, pending = f"^{pending} {text}", None
        cuts = list(_SEGMENT.finditer(text))
        if cuts:
            pieces = [
                (
                    (m.group(1) or m.group(2)),
                    text[m.end() : cuts[i + 1].start() if i + 1 < len(cuts) else len(text)],
                )
                for i, m in enumerate(cuts)
            ]
            lead = text[: cuts[0].start()].strip()
            if lead and affs:
                affs[-1].raw += " " + lead
        else:
            pieces = [(None, line) for line in text.split("\n")]
        for marker, piece in pieces:
            raw = re.sub(r"\s+", " ", piece).strip(" ;,")
            if not raw:
                continue
            if not INSTITUTION.search(raw) and affs and marker is None:
                affs[-1].raw += " " + raw  # a wrapped affiliation line
                continue
            known = next((a for a in affs if marker is not None and a.id == marker), None)
            if known is not None:
                continue
            aff = Affiliation(id=marker or f"aff{len(affs) + 1}", raw=raw, location=_location([block]))
            affs.append(aff)
    for aff in affs:
        parsed = parse_affiliation(aff.raw)
        aff.raw = parsed.raw
        aff.institution, aff.department, aff.address, aff.country = (
            parsed.institution,
            parsed.department,
            parsed.address,
            parsed.country,
        )
    return affs


def _looks_like_names(block: Block) -> bool:
    """Mostly capitalised words, separated by commas or "and": an author list, however long."""
    text = re.sub(r"\^\S+", " ", _marked_text(block))
    words = [w for w in re.split(r"[\s,;]+", text) if w and w.lower() not in ("and", "&")]
    if not words or len(text) > 30000 or INSTITUTION.search(text) or "@" in text:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 0.8 * len(words) and len(words) <= 8 * max(
        1, text.count(",") + text.count(" and ") + 1
    )


def _with_lone_markers(blocks: list[Block], front: list[Block]) -> list[Block]:
    """The affiliation blocks plus any marker standing alone just before one (line numbers cut it off)."""
    before = {id(block.lines[0]): previous for previous, block in zip(front, front[1:], strict=False)}
    chosen = _line_ids(blocks)
    out: list[Block] = []
    for block in blocks:
        previous = before.get(id(block.lines[0]))
        if (
            previous is not None
            and id(previous.lines[0]) not in chosen
            and _LONE_MARKER.match(_marked_text(previous))
        ):
            out.append(previous)
        out.append(block)
    return out


def _listed_affiliations(layout: Layout) -> list[Affiliation]:
    """The "Author details" list at the end of an article (BioMed Central), complete where the first page
    gives only the corresponding author's affiliation."""
    blocks = layout.text_blocks()
    for i, block in enumerate(blocks):
        if len(block.lines) == 1 and block.zone != "references" and _DETAILS_HEAD.match(block.lines[0].text):
            listed = []
            for b in blocks[i + 1 : i + 4]:
                if not INSTITUTION.search(b.text) or _LICENCE.search(b.text):
                    break
                listed.append(b)
            return _affiliations_from(listed)
    return []


def _bio_affiliations(layout: Layout, authors: list[Author]) -> list[Affiliation]:
    """ "Chi Van Dang is in the Abramson Cancer Center, …": commentaries (eLife Insights, News & Views)
    state each author's affiliation in a sentence at the end instead of a header block.
    """
    names = {a.name.lower(): a for a in authors}
    found: list[Affiliation] = []
    for block in layout.text_blocks():
        first = block.lines[0].text
        if block.zone == "references" or len(block.lines) > 8 or not (" is " in first or " are " in first):
            continue
        m = _BIO.match(block.text)
        if not m or m.group("name").lower() not in names or not INSTITUTION.search(m.group("where")):
            continue
        parsed = parse_affiliation(m.group("where").strip(" .,"))
        parsed.id, parsed.location = f"aff{len(found) + 1}", _location([block])
        names[m.group("name").lower()].affiliations.append(parsed.id)
        found.append(parsed)
    return found


def _find_doi(layout: Layout, first_page: int) -> str | None:
    """The article's DOI: the one its running heads or feet repeat, else the first on its first page, else
    the one next to a "Cite this article as" note on the last pages."""
    repeated: dict[str, int] = {}
    for b in layout.blocks:
        if b.kind == "running":
            for m in DOI.finditer(b.text):
                repeated[m.group(1)] = repeated.get(m.group(1), 0) + 1
    if repeated:
        return max(repeated, key=repeated.__getitem__)
    m = DOI.search(" ".join(b.text for b in layout.blocks if b.page == first_page))
    if m:
        return m.group(1)
    last_pages = {len(layout.pages) - 1, len(layout.pages)}  # where the note is printed
    text = " ".join(b.text for b in layout.blocks if b.page in last_pages)
    for cite in _CITE_AS.finditer(text):  # BioMed Central: "doi:10.1186/… Cite this article as: …"
        m = DOI.search(text, max(0, cite.start() - 120), cite.end() + 400)
        if m:
            return m.group(1)
    return None


@dataclass(slots=True)
class _Parts:
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


def _standfirst(lead: list[Block]) -> bool:
    """A summary set between title and byline in a larger type than the body (magazines, eLife Insights).

    It must read as prose, a dozen words ending a sentence, which a subtitle or a journal banner does not.
    """
    text = " ".join(b.text for b in lead).rstrip()
    return len(text.split()) >= 12 and text.endswith((".", "!", "?"))


def _wraps_onto(block: Block, following: Block) -> bool:
    """`following` goes on with `block`'s text: right under it in its column, starting in lowercase."""
    return (
        following.text[:1].islower()
        and following.page == block.page
        and following.column == block.column
        and 0 <= following.y0 - block.y1 < 2.5 * block.size
    )


def _rule_parts(front: list[Block], layout: Layout, page_height: float) -> _Parts:
    """The rule-based block classification: largest font is the title, then names, institutions, abstract."""
    parts = _Parts()
    title_index = _find_title(front, page_height)
    if title_index is not None:
        parts.title = front[title_index]
    rest = front[title_index + 1 :] if title_index is not None else front
    in_abstract = False
    lead: list[Block] = []  # larger-than-body blocks between title and byline
    prose: list[Block] = []  # the latest run of unclassified blocks
    keywords_end: Block | None = None  # the last block of a keyword list, while it may go on
    for b in rest:
        text = b.text
        if keywords_end and _wraps_onto(keywords_end, b) and not parts.keywords.rstrip().endswith("."):
            parts.keywords += " " + text  # the list wrapped onto a block of its own (double spacing)
            parts.keyword_lines.append(b)
            keywords_end = b
            continue
        keywords_end = None
        if _KEYWORDS_HEAD.match(text):
            parts.keywords = text
            keywords_end = b
            in_abstract = False
            if not parts.abstract and prose:  # no heading, but keywords close the abstract
                parts.abstract, parts.anchored = prose, True
            continue
        if _ABSTRACT_HEAD.match(text):
            in_abstract = parts.anchored = True
            if _ABSTRACT_HEAD.sub("", text).strip():
                parts.abstract.append(b)
            continue
        if in_abstract:
            unfinished = bool(parts.abstract) and not parts.abstract[-1].text.rstrip().endswith(
                (".", "!", "?")
            )
            if (
                (len(text) > 60 or unfinished)
                and b.size <= layout.body_size + 0.6
                and not text.startswith("DOI")
            ):
                parts.abstract.append(b)
                continue
            in_abstract = False
        if not parts.authors and title_index is not None and not parts.abstract and _looks_like_names(b):
            parts.authors.append(b)
            prose = []
            continue
        if not parts.authors and title_index is not None and b.size > layout.body_size + 0.5:
            lead.append(b)
        if INSTITUTION.search(text) and len(text) < 3000 and not parts.abstract:
            parts.affiliations.append(b)
            prose = []
        elif _LONE_MARKER.match(text) or len(text) < 12:
            prose = []
        else:
            prose = [*prose, b]
    if not parts.abstract and lead and _standfirst(lead):
        parts.abstract, parts.anchored = lead, True
    if not parts.abstract:  # no "Abstract" heading: the first long paragraph of the front zone
        for b in rest:
            if b not in parts.authors and b not in parts.affiliations and len(b.text) > 400:
                parts.abstract.append(b)
                break
    return parts


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
                out.append((current, Block(run, b.page, b.column, b.kind, b.zone, b.vocabulary)))
                run = []
            run.append(line)
            current = label
        out.append((current, Block(run, b.page, b.column, b.kind, b.zone, b.vocabulary)))
    return out


def _learned_parts(layout: Layout, page_one: list[Block], page_height: float) -> _Parts:
    """Fields from the CRF's line labels, the title held to layout: largest font of the top half, one run."""
    parts = _Parts()
    segments = _segments(page_one, predict(_header_lines(layout, page_one)))
    titles = [
        (i, b) for i, (label, b) in enumerate(segments) if label == "title" and b.y0 < 0.5 * page_height
    ]
    if titles:
        best = max(_size_key(b.size) for _, b in titles)
        run = [(i, b) for i, b in titles if _size_key(b.size) == best]
        first = run[0][0]
        lines = [ln for k, (i, b) in enumerate(run) if i == first + k for ln in b.lines]
        start = run[0][1]
        parts.title = Block(lines, start.page, start.column, start.kind, start.zone, start.vocabulary)
    parts.authors = [b for label, b in segments if label == "author"]
    parts.affiliations = [b for label, b in segments if label == "affiliation"]
    parts.abstract = [b for label, b in segments if label == "abstract"]
    head = _KEYWORDS_ANYWHERE.search(" ".join(b.text for label, b in segments if label == "keywords"))
    parts.keywords = head.string[head.start() :] if head else None
    return parts


def _line_ids(blocks: list[Block]) -> set[int]:
    return {id(ln) for b in blocks for ln in b.lines}


def _after(blocks: list[Block], title: Block | None, order: dict[int, int]) -> list[Block]:
    """The blocks that come after the title in reading order (a side column before it is not the byline)."""
    if title is None:
        return blocks
    return [b for b in blocks if order[id(b.lines[0])] > order[id(title.lines[-1])]]


def _later_pages_too(learned: list[Block], ruled: list[Block]) -> list[Block]:
    """The CRF labels the first page only; a long affiliation list running on is continued by the rules."""
    if not learned:
        return ruled
    return learned + [b for b in ruled if b.page > learned[-1].page]


def _combine(rules: _Parts, learned: _Parts, order: dict[int, int]) -> _Parts:
    """Per field, the source measured better on the project's evaluation.

    Title: the rule's largest-font block, lengthened by the CRF's title run when the two overlap (a title
    wrapped over blocks); the CRF's alone only when the rule finds none. Authors: the CRF's author lines
    after the title, each overlapping the rule's names block widened to that block. Affiliations: the
    CRF's after the title. Abstract: the rule's when an "Abstract" heading anchors it. Keywords: the
    rule's (a heading anchors them), else the CRF's from a keywords heading on. Else the other source.
    """
    title = rules.title or learned.title
    if (
        rules.title is not None
        and learned.title is not None
        and _line_ids([rules.title]) & _line_ids([learned.title])
    ):
        title = max(rules.title, learned.title, key=lambda b: len(b.text))
    after_title = _after(learned.authors, title, order)
    authors = after_title or rules.authors
    if after_title and rules.authors:
        ruled = _line_ids(rules.authors)
        widened: list[Block] = []
        for b in after_title:
            block = rules.authors[0] if _line_ids([b]) & ruled else b
            if block not in widened:
                widened.append(block)
        authors = widened
    parts = _Parts(
        title=title,
        authors=authors,
        affiliations=_later_pages_too(_after(learned.affiliations, title, order), rules.affiliations),
        abstract=rules.abstract if rules.anchored or not learned.abstract else learned.abstract,
        keywords=rules.keywords or learned.keywords,
        keyword_lines=rules.keyword_lines if rules.keywords else [],
    )
    if title is None and not rules.anchored:
        parts.abstract = []  # no title and no "Abstract" heading: a page of text, not a paper's front
    return parts


def _byline_lines(layout: Layout, title: Block, abstract: list[Block]) -> list[Line]:
    """The lines between the title and the abstract on the title's page, whatever block or zone the
    layout gave them: a byline grid's right-hand blocks sit in the second column, beside the abstract's
    column, and a byline set in the title's type may share the title's block."""
    page = layout.pages[title.page - 1]
    below = [b for b in page.blocks if b.kind == "text" and b.y0 >= title.y1 - 1 and b is not title]
    stops = [b.y0 for b in abstract if b.page == title.page]
    stops += [
        b.y0
        for b in below
        if _ABSTRACT_HEAD.match(b.text)
        or _KEYWORDS_HEAD.match(b.text)
        or _is_prose(b)
        or b.zone == "references"
    ]
    stop = min(stops, default=page.page.height)
    title_lines = _line_ids([title])
    return [
        ln
        for b in page.blocks
        if b.kind == "text"
        for ln in b.lines
        if ln.y0 >= title.y1 - 1 and ln.y1 <= stop + 1 and id(ln) not in title_lines and not ln.rotated
    ]


def _is_prose(block: Block) -> bool:
    """Running text: three or more full lines of mostly lowercase words, as an abstract or a paragraph
    has and a byline (names and institutions, capitalised) has not."""
    long_lines = [ln for ln in block.lines if len(ln.text) >= 40]
    words = block.text.split()
    lowercase = sum(1 for w in words if w[:1].islower())
    return (
        len(block.lines) >= 3
        and len(long_lines) >= 2
        and "@" not in block.text
        and lowercase > 0.4 * len(words)
    )


def _grid_authors(byline: Byline, page: int) -> tuple[list[Author], list[Affiliation]]:
    """Authors and affiliations of a byline grid: each author gets the affiliation and the email printed
    under their name; one affiliation printed under several names is one affiliation."""
    authors: list[Author] = []
    affiliations: dict[str, Affiliation] = {}
    taken: set[str] = set()  # an email printed under two names' shared block goes to one of them
    for block in byline.blocks:
        names = _names_of(block.names, page)
        for name in names:
            name.affiliations = []
        raw = affiliation_text(block)
        if raw is not None:
            if raw not in affiliations:
                parsed = parse_affiliation(raw)
                parsed.id = f"aff{len(affiliations) + 1}"
                parsed.location = _location([Block(tuple(block.details), page, 0)])
                affiliations[raw] = parsed
            for name in names:
                name.affiliations = [affiliations[raw].id]
        emails = [e for e in block_emails(block) if e not in taken]
        if len(names) == 1 and len(emails) == 1:
            names[0].email = emails[0]
        else:
            link_emails(names, emails)
        taken.update(a.email for a in names if a.email)
        authors.extend(names)
    return authors, list(affiliations.values())


_BASELINE_MARK = re.compile(r"\s([*∗†‡§¶]+)(?=\s|$)")
_MARK_THEN_NAME = re.compile(r"(\^\S+)(?=\s+[^\W\d_])")


def _names_of(lines: list[Line], page: int) -> list[Author]:
    """The authors named on the name lines of one byline block. A line is a list of its own unless it
    breaks off mid-list ("…, Tomasz" / "Nikolaev¹, …"); a footnote mark after a name, raised or on the
    baseline, is a marker and ends the name."""
    authors: list[Author] = []
    for group in _author_groups([Block((ln,), page, 0) for ln in lines]):
        text = " ".join(_marked_text(b).replace("\n", " ") for b in group)
        text = _MARK_THEN_NAME.sub(r"\1 ,", _BASELINE_MARK.sub(r" ^\1 ,", text))
        for name, markers in split_authors(text):
            name.affiliations = markers
            name.location = _location(group)
            authors.append(name)
    return authors


def _link_markers(authors: list[Author], affiliations: list[Affiliation]) -> None:
    """Each author's markers become the ids of the affiliations they point to; unknown markers go."""
    known = {a.id for a in affiliations}
    for author in authors:
        # "53A" points into affiliation 53's sub-list "(A) University of Turin; (B) …"
        linked = [m if m in known else m.rstrip("ABCDEFGH") for m in author.affiliations]
        author.affiliations = list(dict.fromkeys(m for m in linked if m in known))


def _first_page_notes(layout: Layout, page_number: int) -> list[Block]:
    """Small print at the foot of the first page, where many journals put affiliations and emails."""
    page = layout.pages[page_number - 1]
    return [
        b
        for b in page.blocks
        if b.kind == "text"
        and b.zone == "body"
        and b.size < layout.body_size
        and b.y0 > 0.6 * page.page.height
    ]


def _holding(blocks: list[Block], affiliations: list[Affiliation]) -> list[Block]:
    """The blocks an extracted affiliation was read from (its box's centre is inside the block's)."""
    centres = [
        (
            a.location.page,
            (a.location.bbox[0] + a.location.bbox[2]) / 2,
            (a.location.bbox[1] + a.location.bbox[3]) / 2,
        )
        for a in affiliations
        if a.location is not None
    ]
    return [
        b
        for b in blocks
        if any(p == b.page and b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for p, x, y in centres)
    ]


def _unclaimed(
    front: list[Block], parts: _Parts, affiliations: list[Block], order: dict[int, int]
) -> list[Block]:
    """Front blocks after the header proper (title, byline, abstract, keywords) that no field took.

    Affiliations are not where the header ends: footnotes and long lists put them anywhere. Only the
    blocks affiliations were read from count: a candidate the header set aside is running text.
    """
    proper = [parts.title] if parts.title is not None else []
    proper += parts.authors + parts.abstract + parts.keyword_lines
    proper += [b for b in front if _KEYWORDS_HEAD.match(b.text)]
    if not proper:  # nothing of a header: the front zone is running text
        return [b for b in front if id(b.lines[0]) not in _line_ids(affiliations)]
    claimed = _line_ids(proper + affiliations)
    last = max(order[id(ln)] for b in proper for ln in b.lines if id(ln) in order)
    return [b for b in front if order[id(b.lines[0])] > last and id(b.lines[0]) not in claimed]


def _without_trailing_names(title: Block) -> Block:
    """The title without a line of names its block swallowed: set in the title's own type (old
    proceedings print everything in one size), the byline is the last line, after a wider gap."""
    lines = title.lines
    if len(lines) < 3 or not is_name_line(lines[-1]):
        return title
    gaps = [b.y0 - a.y1 for a, b in zip(lines, lines[1:], strict=False)]
    if gaps[-1] <= max(gaps[:-1]) + 0.25 * title.size:
        return title
    return Block(lines[:-1], title.page, title.column, title.kind, title.zone, title.vocabulary)


def _with_title_banner(front: list[Block], layout: Layout, page_number: int) -> list[Block]:
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


TITLE_SIZE = 1.3
"""A running-head copy of the title on the first page is set at least this many body sizes large."""


def extract_header(layout: Layout) -> Header:
    """Header fields from the first page's front zone; nulls where nothing fits, never guesses."""
    header = Header()
    front = [b for b in layout.text_blocks("front")]
    if not front:
        return header
    first_page = layout.pages[front[0].page - 1].page
    front = _with_title_banner(front, layout, first_page.number)
    header.doi = _find_doi(layout, first_page.number)
    rules = _rule_parts(front, layout, first_page.height)
    learned = _learned_parts(layout, [b for b in front if b.page == first_page.number], first_page.height)
    order = {id(ln): i for i, ln in enumerate(ln for b in front for ln in b.lines)}
    parts = _combine(rules, learned, order)
    if parts.title is not None:
        parts.title = _without_trailing_names(parts.title)
        header.title, header.title_location = _title(parts.title)
    if parts.keywords:
        header.keywords = [
            k.strip(" .")
            for k in re.split(r"[;,·•—]|\s-\s", _KEYWORDS_HEAD.sub("", parts.keywords))
            if k.strip(" .")
        ]
    if parts.abstract:
        text = " ".join(_ABSTRACT_HEAD.sub("", b.text, count=1) for b in parts.abstract).strip()
        header.abstract = text or None
        header.abstract_location = _location(parts.abstract)
    notes = _first_page_notes(layout, first_page.number)
    byline_lines = _byline_lines(layout, parts.title, parts.abstract) if parts.title else []
    byline = find_byline(byline_lines)
    if byline is not None and not byline.marked:
        header.authors, header.affiliations = _grid_authors(byline, parts.title.page)
        header.unclaimed = _unclaimed(front, parts, [], order)
    else:
        _listed_authors(header, layout, parts, front, notes, order, byline)
    seen = _line_ids(front + notes)
    beside = " ".join(ln.text for ln in byline_lines if id(ln) not in seen)  # the grid's other columns
    emails = find_emails(" ".join([*(b.text for b in front + notes), beside]))
    taken = {a.email for a in header.authors if a.email}
    link_emails([a for a in header.authors if not a.email], [e for e in emails if e not in taken])
    return header


def _listed_authors(
    header: Header,
    layout: Layout,
    parts: _Parts,
    front: list[Block],
    notes: list[Block],
    order: dict[int, int],
    marked: Byline | None,
) -> None:
    """Authors from a byline list ("A. Smith^1, B. Lee^2") and affiliations found by marker or by line.

    A marked byline grid (names side by side, affiliations keyed by marker) gives the names; its lines
    under the names give the affiliations when the lists found fewer (they may sit in another column).
    """
    if marked is not None:
        page = marked.blocks[0].names[0].page
        header.authors = _names_of([ln for b in marked.blocks for ln in b.names], page)
    else:
        header.authors = [a for group in _author_groups(parts.authors) for a in _authors_from(group)]
    affiliation_blocks = _with_lone_markers(parts.affiliations, front) or [
        b for b in notes if INSTITUTION.search(b.text) and not _LICENCE.search(b.text)
    ]
    header.affiliations = _bio_affiliations(layout, header.authors) or _affiliations_from(affiliation_blocks)
    listed = _listed_affiliations(layout)
    if len(listed) > len(header.affiliations):
        header.affiliations = listed
    gridded = _affiliations_from([Block(tuple(d), d[0].page, 0) for d in marked.details]) if marked else []
    if len(gridded) > len(header.affiliations):
        header.affiliations = gridded
    header.unclaimed = _unclaimed(front, parts, _holding(parts.affiliations, header.affiliations), order)
    _link_markers(header.authors, header.affiliations)
