"""The data model: one Document, built once by the pipeline and read by every output.

Every located part carries its page (1-based) and bbox [x0, y0, x1, y1] in PDF points, origin top-left.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

BBox = tuple[float, float, float, float]


@dataclass(slots=True)
class Location:
    page: int
    bbox: BBox


@dataclass(slots=True)
class Affiliation:
    id: str
    raw: str
    institution: str | None = None
    department: str | None = None
    address: str | None = None
    """The postal address as printed, country apart: street lines, settlement, region, post code."""
    country: str | None = None
    location: Location | None = None
    laboratory: str | None = None
    """A laboratory or group inside the department ("Theoretical Physics Group")."""
    settlement: str | None = None
    """The city or town."""
    region: str | None = None
    """A state, province or county ("OH", "Bavaria")."""
    post_code: str | None = None
    """A postal code ("M13 9PL", "43210-1277")."""
    country_code: str | None = None
    """The country's ISO 3166-1 alpha-2 code ("US" for "U.S.A."), where the country is a known name."""


@dataclass(slots=True)
class Author:
    name: str
    given: str | None = None
    middle: str | None = None
    surname: str | None = None
    email: str | None = None
    affiliations: list[str] = field(default_factory=list)
    location: Location | None = None
    suffix: str | None = None
    """A generational suffix printed after the surname: "Jr.", "III"."""


@dataclass(slots=True)
class Section:
    id: str
    number: str | None
    title: str
    level: int
    paragraphs: list[str] = field(default_factory=list)
    location: Location | None = None
    paragraph_boxes: list[list[Location]] = field(default_factory=list)
    """Parallel to `paragraphs`: where each is, one box per run of its lines in a column of a page."""


@dataclass(slots=True)
class TableCell:
    """One cell of a table's grid: its top-left slot and how many rows and columns it spans."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    """True for the cells of the table's header rows (column heads)."""
    location: Location | None = None


@dataclass(slots=True)
class TableContent:
    """What a table holds: its grid of cells when the structure was recovered, else its text lines.

    `structure` says which: "cells" (a grid), "lines" (only the region's text lines, in reading order,
    because no grid could be recovered; `reason` says why).
    """

    structure: str
    n_rows: int = 0
    n_cols: int = 0
    cells: list[TableCell] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    reason: str | None = None


@dataclass(slots=True)
class Caption:
    """A figure or a table, known by its caption; `location` is the caption's."""

    id: str
    label: str | None
    caption: str
    location: Location | None = None
    region: Location | None = None
    """Where the figure's graphics or the table's rules and cells are, when they could be found."""
    content: TableContent | None = None
    """A table's cells (tables only); None when the table has no region to read them from."""


@dataclass(slots=True)
class Footnote:
    text: str
    location: Location | None = None
    marker: str | None = None
    """The mark that ties the note to the text ("1", "*", "†"), taken off the text."""


@dataclass(slots=True)
class Equation:
    """Display mathematics, kept out of the paragraphs but placed among them."""

    id: str
    """formula_0, formula_1, ... in reading order (GROBID's TEI ids)."""
    text: str
    location: Location | None = None
    label: str | None = None
    """Its number as printed at the right ("(3)", "(2a)"), taken off the text."""
    section_id: str | None = None
    after_paragraphs: int = 0
    """How many of its section's paragraphs come before it: where it sits in reading order."""


def section_flow(section: Section, equations: list[Equation]) -> list[str | Equation]:
    """The section's paragraphs in reading order with its display equations at their places."""
    own = [e for e in equations if e.section_id == section.id]
    flow: list[str | Equation] = []
    for i, paragraph in enumerate(section.paragraphs):
        flow += [e for e in own if e.after_paragraphs == i]
        flow.append(paragraph)
    return flow + [e for e in own if e.after_paragraphs >= len(section.paragraphs)]


@dataclass(slots=True)
class RefAuthor:
    name: str
    given: str | None = None
    surname: str | None = None


@dataclass(slots=True)
class Reference:
    id: str
    raw: str
    label: str | None = None
    authors: list[RefAuthor] = field(default_factory=list)
    title: str | None = None
    venue: str | None = None
    year: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    url: str | None = None
    publisher: str | None = None
    arxiv: str | None = None
    location: Location | None = None


@dataclass(slots=True)
class Citation:
    text: str
    ref_ids: list[str]
    page: int | None = None
    section_id: str | None = None
    boxes: list[Location] = field(default_factory=list)
    """The marker's own words, one box per line it sits on (two when a line break splits it)."""
    paragraph: int | None = None
    """Which paragraph of its section holds it, and where in that paragraph's text it starts (`offset`):
    what lets the TEI put each marker's coordinates on the very occurrence it was found at."""
    offset: int | None = None


@dataclass(slots=True)
class Source:
    file: str
    sha256: str
    pages: int
    pages_without_text: list[int] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)


@dataclass
class FrontMatter:
    """What the header extractor reads from the front of the paper."""

    title: str | None = None
    title_location: Location | None = None
    authors: list[Author] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    abstract: str | None = None
    abstract_location: Location | None = None
    keywords: list[str] = field(default_factory=list)
    doi: str | None = None


@dataclass
class BodyMatter:
    """What the body extractor reads from the running text."""

    sections: list[Section] = field(default_factory=list)
    figures: list[Caption] = field(default_factory=list)
    tables: list[Caption] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    equations: list[Equation] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


@dataclass
class Document(BodyMatter, FrontMatter):
    """The whole paper: its front and body matter (flat, `doc.title`, `doc.sections`), the bibliography
    and the citations that link the two."""

    source: Source = field(kw_only=True)
    references: list[Reference] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @classmethod
    def of(
        cls,
        source: Source,
        front: FrontMatter,
        body: BodyMatter,
        references: list[Reference],
        citations: list[Citation],
    ) -> Document:
        parts = {f.name: getattr(front, f.name) for f in fields(FrontMatter)}
        parts |= {f.name: getattr(body, f.name) for f in fields(BodyMatter)}
        return cls(source=source, references=references, citations=citations, **parts)
