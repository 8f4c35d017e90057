"""Header metadata from the front zone: title, authors, emails, affiliations, abstract, keywords, DOI.

A CRF (header/labeller) labels each front-zone line of the first page; the rules then do what they are
exact at: the title among the largest-font lines, name splitting, email expansion and linking,
affiliation markers. Where the learned labels find nothing, the rule-based block classification decides.
Authors set side by side in columns are read as a grid of blocks (bylines.py) from the lines between
title and abstract.

One module per element: title.py, authors.py (with names.py, bylines.py), affiliations.py, emails.py,
abstract.py (and keywords), doi.py; parts.py decides which blocks hold which field; evidence.py is what
the page-segmentation model's confident line labels settle where the rules are template habits (the
title); marks.py and spans.py are the markers and boxes they share. This module only wires them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from paperparse.document import Affiliation, FrontMatter
from paperparse.header.abstract import ABSTRACT_HEAD, KEYWORDS_HEAD, keyword_list, split_run_in
from paperparse.header.affiliations import (
    affiliations_from,
    bio_affiliations,
    closing_addresses,
    continued_notes,
    first_page_notes,
    holding,
    listed_affiliations,
    names_authors,
    noted_affiliations,
    with_lone_markers,
    with_printed_addresses,
)
from paperparse.header.authors import (
    author_groups,
    authors_from,
    goes_on,
    grid_authors,
    link_markers,
    looks_like_names,
    names_of,
)
from paperparse.header.bylines import Byline, find_byline
from paperparse.header.doi import find_doi
from paperparse.header.emails import find_emails, link_emails
from paperparse.header.evidence import behind_a_scan, checked_title, labelled_lines, titled_lines
from paperparse.header.floats import front_floats
from paperparse.header.marks import marked_text
from paperparse.header.names import ends_inside_name, given_names_first
from paperparse.header.parts import Parts, byline_lines, combine, learned_parts, rule_parts, unclaimed
from paperparse.header.spans import line_ids, location
from paperparse.header.title import (
    from_title_page,
    line_pitch,
    title_text,
    with_title_banner,
    without_trailing_names,
)
from paperparse.layout import Block, Layout, box_within
from paperparse.layout.trace import TextTrace
from paperparse.segmentation import Segmentation


@dataclass
class Header(FrontMatter):
    """The front matter, and the front-zone text it leaves to the body."""

    unclaimed: list[Block] = field(default_factory=list)
    """Front-zone text after the header proper that no field took: the article's opening text when it
    has no headings to end the front matter (commentaries, letters). The body reads it."""
    claimed: list[Block] = field(default_factory=list)
    """Blocks outside the front zone that the byline grid read whole: author blocks the layout put in
    the second column beside the abstract. They are front matter, not the body's text."""
    abstract_trace: TextTrace | None = None
    """The abstract as read from its blocks, which locates the citation markers in it."""


def extract_header(layout: Layout, segmentation: Segmentation | None = None) -> Header:
    """Header fields from the first page's front zone; nulls where nothing fits, never guesses."""
    header = Header()
    front = from_title_page(layout.text_blocks("front"))
    if not front:
        return header
    if segmentation is not None and behind_a_scan(layout, front[0].page, segmentation):
        header.unclaimed = front  # the body's text, which the layout took for front matter
        return header
    floats = front_floats(front, layout)  # the body's caption and table, set on the title page
    front = [b for b in front if b not in floats]
    first_page = layout.pages[front[0].page - 1].page if front else None
    if first_page is None:
        header.unclaimed = floats
        return header
    front = with_title_banner(front, layout, first_page.number)
    header.doi = find_doi(layout, first_page.number)
    titled = titled_lines(segmentation) if segmentation is not None else frozenset()
    rules = rule_parts(front, layout, first_page.height, titled)
    learned = learned_parts(layout, [b for b in front if b.page == first_page.number], first_page.height)
    order = {id(ln): i for i, ln in enumerate(ln for b in front for ln in b.lines)}
    authored = labelled_lines(segmentation, "author") if segmentation is not None else frozenset()
    parts = combine(rules, learned, order, layout.body_size, authored)
    if segmentation is not None:
        parts.title = checked_title(parts.title, segmentation, first_page.height)
    if parts.title is not None:
        page_blocks = layout.pages[parts.title.page - 1].blocks
        page_lines = [ln for b in page_blocks for ln in b.lines]
        pitch = line_pitch(page_blocks, parts.title.page)
        parts.title = without_trailing_names(parts.title, page_lines, pitch)
    if parts.title is not None and parts.title_shown:
        header.title, header.title_location = title_text(parts.title)
    if parts.keywords:
        header.keywords = keyword_list(parts.keywords)
    if parts.abstract:
        trace = TextTrace()
        for b in parts.abstract:
            head = ABSTRACT_HEAD.match(b.text)
            trace.add(b.text[head.end() if head else 0 :], b, head.end() if head else 0)
        trace.strip()
        text, run_on = split_run_in(trace.text)
        trace.delete(len(text), len(trace.text))
        header.abstract, header.abstract_trace = text or None, trace
        if run_on and not header.keywords and KEYWORDS_HEAD.match(run_on):
            header.keywords = keyword_list(run_on)
        header.abstract_location = location(parts.abstract)
    notes = first_page_notes(layout, first_page.number)
    continued, last_note = continued_notes(layout, first_page.number)
    closing = closing_addresses(layout)
    band = byline_lines(layout, parts.title, parts.abstract, floats) if parts.title else []
    byline = find_byline(band)
    read = _read(byline) if byline is not None else set()
    if byline is not None and not byline.marked:
        header.authors, header.affiliations = grid_authors(byline, parts.title.page)
        with_printed_addresses(header.affiliations, notes)
        if not header.affiliations:  # names alone in the grid: affiliation lines holding addresses
            header.affiliations = affiliations_from(with_lone_markers(parts.affiliations, front))
        gridded = [b for b in front if any(id(w) in read for ln in b.lines for w in ln.words)]
        header.unclaimed = unclaimed(front, parts, gridded, order)
    else:
        _listed_authors(header, layout, parts, front, notes, order, byline, (continued, last_note))
        _closing_addresses(header, closing)
    if read:
        header.claimed = [
            b
            for b in layout.pages[parts.title.page - 1].blocks
            if b.kind == "text"
            and b.zone == "body"
            and all(id(w) in read for ln in b.lines for w in ln.words)
        ]
    given_names_first(header.authors)
    seen = line_ids(front + notes)
    beside = " ".join(ln.text for ln in band if id(ln) not in seen)  # the grid's other columns
    # the lines as printed: undoing a line-end hyphen would cut one out of "ann@uni-" / "bonn.de"
    noted = front + [b for b in notes + continued if b not in front]
    emails = find_emails(" ".join([*(ln.text for b in noted for ln in b.lines), beside]))
    emails += [e for _, listed in closing for e in listed if e not in emails]
    taken = {a.email for a in header.authors if a.email}
    link_emails([a for a in header.authors if not a.email], [e for e in emails if e not in taken])
    header.unclaimed = [*header.unclaimed, *floats]
    return header


def _closing_addresses(header: Header, closing: list[tuple[Affiliation, list[str]]]) -> None:
    """The addresses printed at the paper's end (`closing_addresses`) unless the first page gave more
    (the labelled list is read more exactly than the same lines as first-page notes): one per author in
    byline order where there are as many as authors (AMS prints one an author, a shared one repeated),
    each author then taking the emails under their own."""
    if not closing or len(closing) < len(header.affiliations):
        return
    kept: dict[str, Affiliation] = {}
    for affiliation, _ in closing:
        if affiliation.raw not in kept:
            affiliation.id = f"aff{len(kept) + 1}"
            kept[affiliation.raw] = affiliation
    header.affiliations = list(kept.values())
    if len(closing) != len(header.authors):
        return
    for author, (affiliation, emails) in zip(header.authors, closing, strict=True):
        author.affiliations = [kept[affiliation.raw].id]
        if len(emails) == 1:
            author.email = emails[0]


def _continued_byline(parts: Parts, order: dict[int, int]) -> None:
    """A byline list that goes on in the next line (`goes_on`), which the labeller may read as the
    first affiliation ("MEI IVANOVA, …, ANNE-MARIE VAN DER PETROVIĆ," / "LAURA T. DI MOREAU, …"): each
    affiliation block that starts on the line after the last author line, names alone, joins the
    authors."""
    while parts.authors and parts.affiliations:
        last, following = parts.authors[-1], parts.affiliations[0]
        next_line = order.get(id(following.lines[0]), -1) == order.get(id(last.lines[-1]), -2) + 1
        if not (next_line and goes_on(marked_text(last)) and looks_like_names(following)):
            return
        parts.authors = [*parts.authors, following]
        parts.affiliations = parts.affiliations[1:]


def _names_between(parts: Parts, front: list[Block], order: dict[int, int]) -> None:
    """Lines of a byline list left out of every field between two of its author blocks: LNCS's wrapped
    names, each line its own centred block, whose ORCID iDs and \\thanks marks outweigh the names in
    small type ("Zoë S. von Lindqvist 3[0000-…] ,"), which neither the labeller nor the rules read as
    authors. Where every block between the first author block and the last is an author block or such
    a block of names, unclaimed, the list goes on through them, each after a line that goes on."""
    if not parts.authors:
        return
    first, last = order[id(parts.authors[0].lines[0])], order[id(parts.authors[-1].lines[0])]
    fields = [*parts.affiliations, *parts.abstract, *parts.keyword_lines]
    claimed = {id(ln) for b in [*fields, *([parts.title] if parts.title else [])] for ln in b.lines}
    between = sorted(
        (b for b in front if b.lines and first < order.get(id(b.lines[0]), -1) < last),
        key=lambda b: order[id(b.lines[0])],
    )
    authors = {id(ln) for b in parts.authors for ln in b.lines}
    added, previous = [], parts.authors[0]
    for block in between:
        lines = {id(ln) for ln in block.lines}
        if lines & authors:
            previous = block
            continue
        if lines & claimed or not (goes_on(marked_text(previous)) and looks_like_names(block)):
            return
        added.append(block)
        previous = block
    if added:
        parts.authors = sorted([*parts.authors, *added], key=lambda b: order[id(b.lines[0])])
    _names_before(parts, front, order, claimed)


def _names_before(parts: Parts, front: list[Block], order: dict[int, int], claimed: set[int]) -> None:
    """The byline's first line, left to no field where the labeller reads only the list's later lines
    as authors (Springer's "… · Rahul di Nakamura · Grace L." / "García · Fatima Okafor · …"): the block
    right before the first author block, unclaimed, names alone, breaking off where the list goes on."""
    first = order[id(parts.authors[0].lines[0])]
    before = [b for b in front if b.lines and order.get(id(b.lines[-1]), -2) == first - 1]
    if len(before) != 1 or any(id(ln) in claimed for ln in before[0].lines):
        return
    block = before[0]
    if goes_on(marked_text(block)) and looks_like_names(block):
        parts.authors = [block, *parts.authors]


def _institute_headings(parts: Parts, order: dict[int, int]) -> None:
    """Springer's institutes, set right under the abstract where the first page has no body text, open
    with their members' names as initials ("I. Moreau · I. Schmidt"), which the labeller reads as
    authors. An author block after the byline's first that names only authors named before it heads an
    address: it goes to the affiliations, in reading order, where it heads its institute."""
    if len(parts.authors) < 2:
        return
    byline = [parts.authors[0]]  # with the blocks a name cut in it goes on in (a long list's last line)
    for block in parts.authors[1:]:
        if not ends_inside_name(marked_text(byline[-1])):
            break
        byline.append(block)
    named = [a.name for a in authors_from(byline)]
    headings = [b for b in parts.authors[len(byline) :] if names_authors(b.text, named, broken=True)]
    if headings:
        parts.authors = [b for b in parts.authors if b not in headings]
        parts.affiliations = sorted([*parts.affiliations, *headings], key=lambda b: order[id(b.lines[0])])


def _inside(block: Block, outer: Block | None) -> bool:
    """The block is (part of) `outer`: on its page, within its box (a point of slack)."""
    return outer is not None and block.page == outer.page and box_within(block.bbox, outer.bbox)


def _read(byline: Byline) -> set[int]:
    """The words the byline read: its names and the lines under them."""
    return {id(w) for b in byline.blocks for ln in [*b.names, *b.details] for w in ln.words}


def _listed_authors(
    header: Header,
    layout: Layout,
    parts: Parts,
    front: list[Block],
    notes: list[Block],
    order: dict[int, int],
    marked: Byline | None,
    continued: tuple[list[Block], Block | None] = ([], None),
) -> None:
    """Authors from a byline list ("A. Smith^1, B. Lee^2") and affiliations found by marker or by line.

    A marked byline grid (names side by side, affiliations keyed by marker) gives the names; its lines
    under the names give the affiliations when the lists found fewer (they may sit in another column).
    Where the affiliations close the first page in a footnote that goes on at the next page's foot
    (`continued_notes`, `continued`: its blocks and the first page's last note, which holds the last
    affiliation block), they go on there.
    """
    _continued_byline(parts, order)
    _names_between(parts, front, order)
    _institute_headings(parts, order)
    if marked is not None:
        page = marked.blocks[0].names[0].page
        header.authors = names_of([ln for b in marked.blocks for ln in b.names], page)
    else:
        header.authors = [a for group in author_groups(parts.authors) for a in authors_from(group)]
    names = {a.name for a in header.authors}
    affiliation_blocks = with_lone_markers(parts.affiliations, front) or noted_affiliations(notes, names)
    more, note = continued
    if more and affiliation_blocks and _inside(affiliation_blocks[-1], note):
        affiliation_blocks = [*affiliation_blocks, *noted_affiliations(more, names)]
    header.affiliations = bio_affiliations(layout, header.authors) or affiliations_from(
        affiliation_blocks, names
    )
    listed = listed_affiliations(layout)
    if len(listed) > len(header.affiliations):
        header.affiliations = listed
    gridded = affiliations_from([Block(tuple(d), d[0].page, 0) for d in marked.details]) if marked else []
    if len(gridded) > len(header.affiliations):
        header.affiliations = gridded
    named = {id(w) for b in marked.blocks for ln in b.names for w in ln.words} if marked else set()
    named_blocks = [b for b in front if any(id(w) in named for ln in b.lines for w in ln.words)]
    held = holding(parts.affiliations, header.affiliations) + named_blocks  # a name set after the abstract
    header.unclaimed = unclaimed(front, parts, held, order)
    link_markers(header.authors, header.affiliations)
