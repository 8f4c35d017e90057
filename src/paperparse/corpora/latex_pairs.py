"""latex-pairs: real papers (PDF + LaTeX source) whose gold.json was derived from the source → gold dicts.

The gold is silver (derived automatically by the corpus's derive_gold.py), and each gold.json says in its
`checks` how much of it the PDF's own text confirms. A field is scored only where that gold is reliable;
for every other paper it is left out of `fields`, so the paper neither earns nor loses anything on it:

- title: only when `checks.title_in_pdf` (the derived title is printed as such).
- authors, affiliations, emails: never for an anonymous build (`authors_method` "anonymized …") or a
  template placeholder printed instead of names (a gold name with "anonymous", "author name" or an "@"):
  the PDF prints no person. Never when `authors` is null (source names not printed, or not parsed) or
  `checks.authors_found_in_pdf` says some gold surnames are not printed. An empty list from a source with
  no \\author at all is scored: the PDF prints no author, so any predicted author is wrong.
- affiliations: only when parsed (not null) and not from superscript-marked blocks, which derive_gold's
  method names as heuristic. derive_gold lists each affiliation (and email) once, so they are scored as
  `distinct` values: the same affiliation printed under two authors is predicted right once.
- emails: only when the source names some (an empty list may be an address the parser missed).
- abstract: only when non-empty and at least 90 % of its words are printed (`abstract_word_recall_in_pdf`).
- sections, figures and tables: only when at least 80 % of the headings (`sections_found_in_pdf`) or of
  the caption prefixes (`captions_prefix_found_in_pdf`, figures and tables together) are printed.
- references: only when not null (null = the .bib was missing or incomplete; `references_partial` is
  not a whole list), except a source that cites nothing and has no bibliography, whose gold is the empty
  list. Only authors, title, venue and year are annotated (`reference_fields`). Reference titles are
  dropped when the PDF prints fewer than half of them: where it prints none of them (APS and MNRAS
  styles), a reference has no title and a predicted one is wrong; where it prints some, which ones is
  not known, so the title is unscored on both sides.
- references, references_found and citations_found: not when the PDF prints no bibliography (a build
  without its .bbl, citing "[?]"): fewer than half of the gold references that name authors have
  their first author's surname printed anywhere in the PDF's text.
- reference authors, title and venue: a raw .bbl or thebibliography item that derive_gold could not
  structure (`source` "bbl", `structured_from` null) has them null for "not known", not "none", so they
  are unscored on both sides (its year is still read). From a .bib, a missing field is printed as none
  and stays scored.
- reference year of such an unstructured item: derive_gold reads the last year-like number of the
  item, so where the item holds several different ones (a page '1825', a DOI's '2041-8205', an arXiv id
  '2010.09005' after the year), the gold year may be any of them: it is unscored there.
- reference authors: BibTeX's "and others" is the printed "et al.", not a person, so a gold name "others"
  is left out. Where the PDF's text prints the list's first surnames and at most a quarter of the rest, two
  or more (a style that cuts a long list to its first names and "et al.", as MNRAS's does past eight; a
  common name of the rest may be printed elsewhere), the reference's authors are unscored on both sides.
  A name written as one string has the particles before its last word in its surname and
  a generational suffix out of it ("S. van der Walt" → "van der Walt", "C. De Laat" → "De Laat",
  "J. H. Ward Jr" → "Ward"), as BibTeX and the printed entry read them.
- reference venue: scored only where it names the container the work appeared in (a journal, a
  proceedings, a collection). For a book, thesis, report or manual (`entry_type`) the .bib's venue is
  its publisher, school or institution, and a venue that is a URL is the entry's link (`howpublished`):
  paperparse/1 holds those as `publisher` and `url`, not as the venue. The same for any entry whose .bib
  (in the paper's `src/`) names no journal or booktitle, so that derive_gold took its venue from its
  publisher, school, institution or organization (a @misc "Databricks", an @article with only a
  publisher). And only where the gold venue is
  printed in the PDF (its lowercase letters and
  digits, accents folded, appear in a row in the PDF's text), so a .bib name the style prints
  abbreviated ("Journal of Computational Physics" printed "J. Comput. Phys.") or not at all is left
  out, on both sides: the reference lists it under `unscored`. Without a readable PDF every venue is
  scored.
- table_grids (table structure: `paperparse.eval.tables`): scored whenever the paper has a tables.json
  (written by derive_tables.py beside gold.json). Every table float is listed, usable or not, so that a
  predicted table paired with an untrusted one (an image, a tabular the PDF does not print as parsed) is
  left out rather than counted wrong; the tabulars of one float (`part` "k/n") are one table whose grids
  are scored apart, usable only when every part is.
- table captions: gold.json's `table_captions` plus the captions of longtables from tables.json, which
  derive_gold does not read (it collects table, table*, wraptable and sidewaystable floats only).
- citations_found: the number of cited keys (`citation_count`, keys in \\cite-family commands of the
  body, repeats counted), except a paper with a bibliography and no \\cite, which cites by hand-typed
  numbers that the count does not see.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pypdfium2

from paperparse.corpora.jats import name_parts
from paperparse.eval.scoring import fold_accents, soft_form

ABSTRACT_RECALL_MIN = 0.9
FOUND_MIN = 0.8
REFERENCE_TITLES_MIN = 0.5
REFERENCE_FIELDS = ("authors", "title", "venue", "year")
_PLACEHOLDER = re.compile(r"anonymous|author name|@", re.IGNORECASE)
_PARTICLES = frozenset("van von de der den la le du di da del della dos des ten ter zu".split())
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
_NO_CONTAINER = frozenset(("book", "phdthesis", "mastersthesis", "thesis", "techreport", "manual"))
_URL = re.compile(r"^\s*(?:\\url\{)?(?:https?://|www\.)", re.IGNORECASE)
_VENUE_FIELDS = (
    "journal",
    "journaltitle",
    "booktitle",
    "school",
    "institution",
    "publisher",
    "howpublished",
    "organization",
)
"""The .bib fields derive_gold takes a reference's venue from, first present first."""
NO_CONTAINER_FIELDS = frozenset(("school", "institution", "publisher", "organization"))
"""The .bib fields that name who published a work, not the container it appeared in."""
_BIB_ENTRY = re.compile(r"@(\w+)\s*[{(]\s*([^,\s]+)\s*,")
_BIB_FIELD = re.compile(r"(?<![\w-])(\w+)\s*=\s*(?![{\"]\s*[}\"])\S")
_BBL_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)[a-z]?\b")
"""What derive_gold takes for a year in a raw .bbl item (it keeps the last match)."""


def _found_share(value: str | None) -> float | None:
    """A "k/n" check as k/n; None when the check is absent or counted nothing."""
    if not value or "/" not in value:
        return None
    found, total = (int(x) for x in value.split("/"))
    return found / total if total else None


def _printed_text(pdf: Path) -> str | None:
    """The PDF's own text as soft-form letters and digits, accents folded; None when it cannot be read."""
    try:
        document = pypdfium2.PdfDocument(pdf)
    except (pypdfium2.PdfiumError, OSError):
        return None
    try:
        return soft_form(fold_accents(" ".join(page.get_textpage().get_text_range() for page in document)))
    finally:
        document.close()


def _bibliography_printed(refs: list[dict[str, Any]], printed: str) -> bool:
    """At least half of the references naming authors have their first author's surname in the PDF."""
    surnames = [
        soft_form(fold_accents(reference_author(names[0])["surname"] or ""))
        for ref in refs
        if (names := [a for a in ref.get("authors") or [] if a and a.strip()])
    ]
    surnames = [s for s in surnames if s]
    return not surnames or 2 * sum(s in printed for s in surnames) >= len(surnames)


def reference_author(name: str) -> dict[str, Any]:
    """A reference author written as one string, with its particles in the surname and no suffix."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in _SUFFIXES:
        words = words[:-1]
    parts = name_parts(" ".join(words))
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    if start < len(words) - 1:
        parts["given"] = " ".join(words[:start]) or None
        parts["surname"] = " ".join(words[start:])
    return parts


_CUT_TAIL = 2
"""Names a style cuts off a list at least: one unprinted name at its end is as likely an encoding the
PDF's own text garbles (a "Th" ligature, an accent) as a cut."""


_CUT_SHARE = 0.75
"""The rest of a cut list is unprinted but for names common enough to be printed elsewhere ("Adams")."""


def _list_cut(authors: list[dict[str, Any]], printed: str | None) -> bool:
    """The PDF prints the list's first names and nearly none of the rest (two or more): the style cut it with
    "et al." ("Abbott B. P., et al."), and the names it leaves out are not the parser's to find."""
    if printed is None:
        return False
    shown = [soft_form(fold_accents(a["surname"] or "")) in printed for a in authors]
    first_unprinted = shown.index(False) if False in shown else len(shown)
    rest = shown[first_unprinted:]
    return first_unprinted >= 1 and len(rest) >= _CUT_TAIL and rest.count(False) >= _CUT_SHARE * len(rest)


def _bib_fields(src: Path) -> dict[str, frozenset[str]]:
    """The non-empty field names of every .bib entry under a paper's source folder, by lowercased key (the
    first entry of a key wins, as in derive_gold)."""
    fields: dict[str, frozenset[str]] = {}
    for bib in sorted(src.rglob("*.bib")) if src.is_dir() else []:
        text = bib.read_text("utf-8", errors="replace")
        starts = list(_BIB_ENTRY.finditer(text))
        for i, entry in enumerate(starts):
            body = text[entry.end() : starts[i + 1].start() if i + 1 < len(starts) else len(text)]
            names = frozenset(m.group(1).lower() for m in _BIB_FIELD.finditer(body))
            fields.setdefault(entry.group(2).lower(), names)
    return fields


def _venue_field(ref: dict[str, Any], bib: dict[str, frozenset[str]]) -> str | None:
    """The .bib field a bib-derived venue came from; None where that is not known."""
    if not str(ref.get("source") or "").startswith("bib"):
        return None
    names = bib.get(str(ref.get("key") or "").lower())
    return next((f for f in _VENUE_FIELDS if f in names), None) if names else None


def _reference(
    ref: dict[str, Any], keep_title: bool, printed: str | None, no_titles: bool, venue_field: str | None
) -> dict[str, Any]:
    venue = ref.get("venue")
    is_container = (
        ref.get("entry_type") not in _NO_CONTAINER
        and not _URL.match(venue or "")
        and venue_field not in NO_CONTAINER_FIELDS
    )
    venue_printed = printed is None or not venue or soft_form(fold_accents(venue)) in printed
    unstructured = ref.get("source") == "bbl" and ref.get("structured_from") is None
    bbl_years = set(_BBL_YEAR.findall(ref.get("raw") or ""))
    authors = [
        reference_author(a) for a in ref.get("authors") or [] if a and a.strip() and a.strip() != "others"
    ]
    return {
        "id": ref.get("key"),
        "raw": ref.get("bbl_raw") or ref.get("raw"),
        "authors": authors,
        "title": ref.get("title") if keep_title else None,
        "venue": venue,
        "year": ref.get("year"),
        "unscored": [
            name
            for name, reliable in (
                ("authors", not unstructured and not _list_cut(authors, printed)),
                ("title", not unstructured and (keep_title or no_titles)),
                ("venue", not unstructured and is_container and venue_printed),
                ("year", not unstructured or len(bbl_years) <= 1),
            )
            if not reliable
        ],
    }


def _person_fields(raw: dict[str, Any]) -> set[str]:
    """Which of authors, affiliations and emails this paper's gold can be trusted for."""
    names = raw.get("authors")
    checks = raw.get("checks") or {}
    method = raw.get("authors_method") or ""
    if names is None or method.startswith("anonymized") or any(_PLACEHOLDER.search(n) for n in names):
        return set()
    share = _found_share(checks.get("authors_found_in_pdf"))
    if share is not None and share < 1.0:
        return set()
    fields = {"authors"}
    if raw.get("affiliations") is not None and "heuristic" not in method:
        fields.add("affiliations")
    if raw.get("emails"):
        fields.add("emails")
    return fields


def load_table_gold(path: Path) -> list[dict[str, Any]]:
    """The tables of one tables.json as `{caption, usable, grids}`, a float's parts joined into one table."""
    return table_gold(_table_entries(path))


def _table_entries(path: Path) -> list[dict[str, Any]]:
    """tables.json's entries; where derive_tables could not tell how the PDF prints a citation in a cell
    (`citations_in_cells` "drop"), an entry with such a cell says so (`citations_dropped`)."""
    raw = json.loads(path.read_text("utf-8"))
    entries = raw.get("tables") or []
    if raw.get("citations_in_cells") == "drop":
        for entry in entries:
            if any(cell.get("cite") for cell in entry.get("cells") or []):
                entry["citations_dropped"] = True
    return entries


def table_gold(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """tables.json entries as `{caption, usable, grids}`, a float's parts joined into one table."""
    tables: list[dict[str, Any]] = []
    for entry in entries:
        grid = entry.get("cells") or []
        part = entry.get("part") or "1/1"
        if part.split("/")[0] != "1" and tables:
            tables[-1]["grids"].append(grid)
            tables[-1]["usable"] = tables[-1]["usable"] and bool(entry.get("usable"))
        else:
            tables.append(
                {"caption": entry.get("caption") or "", "usable": bool(entry.get("usable")), "grids": [grid]}
            )
        if entry.get("citations_dropped"):
            tables[-1]["citations_dropped"] = True
    return tables


def _longtable_captions(entries: list[dict[str, Any]]) -> list[str]:
    """Captions of longtables, which derive_gold's caption list misses (it reads table, table*, wraptable
    and sidewaystable floats only) and derive_tables lists (every table environment)."""
    return [e["caption"] for e in entries if e.get("env", "").startswith("longtable") and e.get("caption")]


def load_latex_gold(path: Path) -> dict[str, Any]:
    """One gold.json as a gold dict for `score_document`, with `fields` naming what is reliable."""
    raw = json.loads(path.read_text("utf-8"))
    checks = raw.get("checks") or {}
    fields = _person_fields(raw)
    if raw.get("title") and checks.get("title_in_pdf"):
        fields.add("title")
    if raw.get("abstract") and (checks.get("abstract_word_recall_in_pdf") or 0) >= ABSTRACT_RECALL_MIN:
        fields.add("abstract")
    if (_found_share(checks.get("sections_found_in_pdf")) or 0) >= FOUND_MIN:
        fields |= {"sections", "section_levels"}
    if (_found_share(checks.get("captions_prefix_found_in_pdf")) or 0) >= FOUND_MIN:
        fields |= {"figures", "tables"}
    refs = raw.get("references")
    cites_nothing = not raw.get("citation_count") and not raw.get("references_partial")
    if refs is None and cites_nothing and not raw.get("references_source"):
        refs = []
    if refs is not None:
        fields |= {"references", "references_found"}
    if raw.get("citation_count") or not refs:
        fields.add("citations_found")
    titles_shown = _found_share(checks.get("ref_titles_found_in_pdf"))
    keep_titles = titles_shown is None or titles_shown >= REFERENCE_TITLES_MIN
    no_titles = titles_shown == 0
    tables_path = path.parent / "tables.json"
    table_entries = _table_entries(tables_path) if tables_path.is_file() else None
    if table_entries is not None:
        fields.add("table_grids")
    bib = _bib_fields(path.parent / "src") if refs else {}
    pdf = path.parent / "paper.pdf"
    printed = _printed_text(pdf) if refs and pdf.is_file() else None
    if refs and printed is not None and not _bibliography_printed(refs, printed):
        fields -= {"references", "references_found", "citations_found"}
    return {
        "file": str(path),
        "fields": sorted(fields),
        "template": raw.get("template") or "",
        "title": raw.get("title"),
        "authors": [name_parts(n) for n in raw.get("authors") or []],
        "affiliations": [{"raw": a} for a in raw.get("affiliations") or []],
        "emails": list(raw.get("emails") or []),
        "abstract": raw.get("abstract"),
        "sections": [
            {"title": s["title"], "level": s["level"]} for s in raw.get("sections") or [] if s.get("title")
        ],
        "figures": [{"caption": c} for c in raw.get("figure_captions") or []],
        "tables": [
            {"caption": c}
            for c in [*(raw.get("table_captions") or []), *_longtable_captions(table_entries or [])]
        ],
        "table_grids": table_gold(table_entries) if table_entries is not None else [],
        "references": [
            _reference(r, keep_titles, printed, no_titles, _venue_field(r, bib)) for r in refs or []
        ],
        "reference_fields": list(REFERENCE_FIELDS),
        "distinct": ["affiliations", "emails"],
        "citation_count": int(raw.get("citation_count") or 0),
    }


def latex_pairs(corpus: Path) -> list[tuple[str, Path, Path]]:
    """(paper id, PDF, gold.json) for every paper folder holding both, sorted by id."""
    return [
        (folder.name, folder / "paper.pdf", folder / "gold.json")
        for folder in sorted(p for p in corpus.iterdir() if p.is_dir())
        if (folder / "paper.pdf").is_file() and (folder / "gold.json").is_file()
    ]


def template_of(gold_path: Path) -> str:
    """The template derive_gold recognised (MANIFEST's template column), for the family breakdown."""
    return json.loads(gold_path.read_text("utf-8")).get("template") or ""
