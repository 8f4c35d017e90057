"""Authors: byline lists split into names with their markers, byline grids read block by block, and
the links from each author to affiliations (by marker or by place) and emails."""

from __future__ import annotations

import re

from paperparse.document import Affiliation, Author
from paperparse.header.affiliations import INSTITUTION, parse_affiliation
from paperparse.header.bylines import EPIGRAPH_LINE, Byline, affiliation_texts, block_emails
from paperparse.header.emails import link_emails
from paperparse.header.marks import marked_text
from paperparse.header.names import DOT_SEPARATOR, PARTICLES, between_names, cut_mid_name, split_authors
from paperparse.header.spans import location
from paperparse.layout import Block
from paperparse.pdf.model import Line


def author_groups(blocks: list[Block]) -> list[list[Block]]:
    """Byline blocks that continue one list: a list cut mid-name ("…, Tomasz" / "Nikolaev¹, …") by
    manuscript line numbers is one byline; separate name blocks (IEEE columns) stay separate.
    """
    groups: list[list[Block]] = []
    for block in blocks:
        if groups:
            previous = marked_text(groups[-1][-1]).rstrip()
            cut = cut_mid_name(previous) and not between_names(previous, marked_text(block))
            if previous.endswith(",") or cut:
                groups[-1].append(block)
                continue
        groups.append([block])
    return groups


def _list_text(blocks: list[Block]) -> str:
    """The byline list's text on one line: a line break between two whole names (`between_names`)
    separates them as a comma would."""
    lines = [ln for b in blocks for ln in marked_text(b).split("\n") if ln.strip()]
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text += (" , " if between_names(text, line) else " ") + line
    return text


def authors_from(blocks: list[Block]) -> list[Author]:
    """The authors of one byline list, each with the markers that point to their affiliations. A raised
    marker before the next name ends a name, as a comma does (ICML: "Ann Lee^1 Bo Kim^1 2")."""
    authors: list[Author] = []
    text = _list_text(blocks)
    for name, markers in split_authors(_MARK_THEN_NAME.sub(r"\1 ,", text)):
        name.affiliations = markers
        name.location = location(blocks)
        authors.append(name)
    return authors


def goes_on(text: str) -> bool:
    """A byline's line that does not end the list: it breaks after a comma or an "and", or inside a
    name (LNCS's "…, L. de" / "Dubois⁴, and" / "Łukasz da Ivanova³")."""
    text = text.rstrip()
    return text.endswith(",") or bool(re.search(r"\s(?:and|&)$", text, re.I)) or cut_mid_name(text)


def looks_like_names(block: Block) -> bool:
    """Mostly capitalised words (or a surname's particle, "de la"), separated by commas or "and": an
    author list, however long. Not an epigraph's quotation or its "— A. Name"."""
    text = re.sub(r"\^\S+", " ", marked_text(block))
    if EPIGRAPH_LINE.match(text):
        return False
    text = re.sub(DOT_SEPARATOR, ", ", text)  # Springer's "A. Lee · B. Chen"
    words = [w.strip("()") for w in re.split(r"[\s,;]+", text) if w and w.lower() not in ("and", "&")]
    if not words or len(text) > 30000 or INSTITUTION.search(text) or "@" in text:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or _uncased_name(w) or w in PARTICLES)
    return capitalised >= 0.8 * len(words) and len(words) <= 8 * max(
        1, text.count(",") + text.count(" and ") + 1
    )


def _uncased_name(word: str) -> bool:
    """A name in a script without capitals ("甄景贤"): two to four letters that have no case."""
    return 2 <= len(word) <= 4 and all(c.isalpha() and c.upper() == c.lower() for c in word)


def grid_authors(byline: Byline, page: int) -> tuple[list[Author], list[Affiliation]]:
    """Authors and affiliations of a byline grid: each author gets the affiliations and the email printed
    under their name; one affiliation printed under several names is one affiliation."""
    authors: list[Author] = []
    affiliations: dict[str, Affiliation] = {}
    taken: set[str] = set()  # an email printed under two names' shared block goes to one of them
    for block in byline.blocks:
        names = names_of(block.names, page)
        for name in names:
            name.affiliations = []
        for raw, lines in affiliation_texts(block):
            if raw not in affiliations:
                parsed = parse_affiliation(raw)
                parsed.id = f"aff{len(affiliations) + 1}"
                parsed.location = location([Block(tuple(lines), page, 0)])
                affiliations[raw] = parsed
            for name in names:
                name.affiliations.append(affiliations[raw].id)
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


def names_of(lines: list[Line], page: int) -> list[Author]:
    """The authors named on the name lines of one byline block. A line is a list of its own unless it
    breaks off mid-list ("…, Tomasz" / "Nikolaev¹, …"); a footnote mark after a name, raised or on the
    baseline, is a marker and ends the name."""
    authors: list[Author] = []
    for group in author_groups([Block((ln,), page, 0) for ln in lines]):
        text = _list_text(group)
        text = _MARK_THEN_NAME.sub(r"\1 ,", _BASELINE_MARK.sub(r" ^\1 ,", text))
        for name, markers in split_authors(text):
            name.affiliations = markers
            name.location = location(group)
            authors.append(name)
    return authors


def link_markers(authors: list[Author], affiliations: list[Affiliation]) -> None:
    """Each author's markers become the ids of the affiliations they point to; unknown markers go."""
    known = {a.id for a in affiliations}
    for author in authors:
        # "53A" points into affiliation 53's sub-list "(A) University of Turin; (B) …"
        linked = [m if m in known else m.rstrip("ABCDEFGH") for m in author.affiliations]
        author.affiliations = list(dict.fromkeys(m for m in linked if m in known))
