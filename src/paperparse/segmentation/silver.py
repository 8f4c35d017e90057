"""Silver line labels: the gold derived from each paper's LaTeX, aligned to the lines its PDF prints.

DocBank was built the same way (source markup → the tokens the PDF draws). Here the strings of a
latex-pairs `gold.json` (title, authors, affiliations, emails, abstract, section titles, captions, table
cells) are matched fuzzily to runs of consecutive lines, in normalised text; what no gold string covers is
labelled from its place in the document: the layout's running heads and page numbers, the lines after the
references heading, small-type notes at the foot of a page, lines drawn over a figure; the rest of the body
is paragraph. DocBank pages give their token labels to lines by majority.

GROBID's segmentation, header and fulltext corpora are not used: their TEI is text with line breaks only
(no fonts, boxes or page positions), so they cannot train a model whose features are the layout.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from paperparse.corpora.docbank import docbank_pages
from paperparse.corpora.latex_pairs import latex_pairs
from paperparse.eval.folds import latex_family
from paperparse.layout import PAGE_NUMBER, Layout, analyze
from paperparse.pdf import read_pdf
from paperparse.segmentation.features import LineSlot, reading_lines


@dataclass(slots=True)
class SilverDocument:
    """One paper's lines with their silver labels; `pages` are the (0-based) pages that are labelled."""

    doc_id: str
    family: str
    layout: Layout
    slots: list[LineSlot]
    labels: list[str]
    pages: frozenset[int]


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_NUMBERING = re.compile(r"^\s*((\d+(\.\d+)*|[IVXL]+|[A-Z])\.?|appendix\s+\w+\.?)\s+", re.I)
_REFERENCES = frozenset({"references", "bibliography", "referencesandnotes", "literaturecited", "reference"})
_FIRST_REFERENCE = re.compile(r"^\[1\]\s")
_KEYWORDS = re.compile(r"^\W*(keywords|key words|index terms|ccs concepts|additional key words)", re.I)
_CAPTION = re.compile(r"^(fig(ure)?|table|tab)\.?\s*([0-9]+|[IVXL]+)\s*[:.|]?\s*", re.I)
_AFFILIATION_WORD = re.compile(
    r"\b(universit|institut|department|dept\.|school|college|laborator|lab\b|centre|center|inc\.|corporation"
    r"|research|academy|faculty)",
    re.I,
)
_FOOTNOTE_START = re.compile(r"^(\d{1,2}|[a-z]|[*†‡§¶])(\s|[A-Z(h])")
_EQUATION_NUMBER = re.compile(r"\(\d{1,3}[a-z]?\)$")
_MATH = frozenset("=+−<>≤≥∈∑∫∂^|∀∃→⇒×")


def _norm(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


class _Aligner:
    """Gold strings → runs of lines, for one paper; `labels[i]` stays None until something claims line i."""

    def __init__(self, slots: list[LineSlot]) -> None:
        self.slots = slots
        self.texts = [_norm(s.line.text) for s in slots]
        self.labels: list[str | None] = [None] * len(slots)

    def best_run(self, gold: str, candidates: range, max_lines: int) -> tuple[int, int, float]:
        """The run of up to `max_lines` consecutive lines whose text best matches `gold` (start, end, score)."""
        target = _norm(gold)
        best = (0, 0, 0.0)
        if not target:
            return best
        for i in candidates:
            if self.labels[i] is not None or not self.texts[i]:
                continue
            if fuzz.partial_ratio(self.texts[i], target) < 80:
                continue
            joined = ""
            for j in range(i, min(i + max_lines, len(self.slots))):
                if self.labels[j] is not None:
                    break
                joined += self.texts[j]
                score = fuzz.ratio(joined, target)
                if score > best[2]:
                    best = (i, j + 1, score)
                if len(joined) > 1.3 * len(target):
                    break
        return best

    def claim(self, start: int, end: int, label: str) -> None:
        self.claim_each(range(start, end), label)

    def claim_each(self, lines: Iterable[int], label: str) -> None:
        for i in lines:
            if self.labels[i] is None:
                self.labels[i] = label


def _header_lines(slots: list[LineSlot]) -> range:
    """The lines of the first page: where title, authors and affiliations are looked for."""
    end = next((i for i, s in enumerate(slots) if s.page > 0), len(slots))
    return range(end)


def _label_header(al: _Aligner, gold: dict) -> None:
    """Title, authors, emails, affiliations, abstract, keywords (after the headings are labelled)."""
    first_page = _header_lines(al.slots)
    if gold.get("title"):
        start, end, score = al.best_run(gold["title"], first_page, 5)
        if score >= 85:
            al.claim(start, end, "title")
    abstract = _norm(gold.get("abstract") or "")
    abstract_lines = [
        i
        for i, s in enumerate(al.slots)
        if s.page <= 1
        and al.labels[i] is None
        and abstract
        and (len(al.texts[i]) >= 12 and fuzz.partial_ratio(al.texts[i], abstract) >= 90)
    ]
    if abstract_lines:
        # the abstract is one stretch: keep the lines of the blocks around its densest part
        lo, hi = abstract_lines[0], abstract_lines[-1]
        blocks = {id(al.slots[i].block) for i in abstract_lines}
        for i in range(lo, hi + 1):
            if al.labels[i] is None and id(al.slots[i].block) in blocks:
                al.labels[i] = "abstract"
        if lo > 0 and al.texts[lo - 1] == "abstract":
            al.labels[lo - 1] = "abstract"
    # the header is what the first page prints above the abstract (or the first heading): in two
    # columns, the second column's author block comes after the first column's text in reading order
    starts = [i for i in first_page if al.labels[i] in ("abstract", "heading")]
    top_of_body = al.slots[starts[0]].line.y0 if starts else float("inf")
    name_words = {
        w for name in gold.get("authors") or [] for w in _NOT_ALNUM.split(name.lower()) if len(w) > 1
    }
    emails = [_norm(e) for e in gold.get("emails") or []]
    affiliations = [_norm(a) for a in gold.get("affiliations") or [] if a]
    for i in first_page:
        if al.labels[i] is not None:
            continue
        text = al.slots[i].line.text
        words = [w for w in _NOT_ALNUM.split(text.lower()) if len(w) > 1]
        if "@" in text or any(e and e in al.texts[i] for e in emails):
            al.labels[i] = "email"
        elif al.slots[i].line.y1 > top_of_body:
            continue
        elif words and sum(w in name_words for w in words) / len(words) >= 0.5:
            al.labels[i] = "author"
        elif (
            any(a and fuzz.partial_ratio(al.texts[i], a) >= 90 for a in affiliations) and len(al.texts[i]) > 4
        ):
            al.labels[i] = "affiliation"
        elif _AFFILIATION_WORD.search(text) and len(words) <= 14:
            al.labels[i] = "affiliation"
    for i, s in enumerate(al.slots):
        if s.page <= 1 and al.labels[i] in (None, "abstract") and _KEYWORDS.match(s.line.text):
            for j in range(i, i + len(s.block.lines) - s.index_in_block):
                if al.labels[j] is None or j == i:
                    al.labels[j] = "keywords"


def _label_headings(al: _Aligner, gold: dict) -> None:
    """Section-title lines, and the reference lines after the last references heading (or the last "[1]")."""
    titles = [_norm(s["title"]) for s in gold.get("sections") or [] if s.get("title")]
    appendix = {_norm(s["title"]) for s in gold.get("sections") or [] if s.get("appendix") and s.get("title")}
    references_at = None
    for i, s in enumerate(al.slots):
        if al.labels[i] is not None or s.block.kind != "text":
            continue
        text = s.line.text
        if len(text.split()) > 14:
            continue
        bare = _norm(_NUMBERING.sub("", text))
        if bare in _REFERENCES:
            al.labels[i] = "heading"
            references_at = i
        elif bare and any(t and fuzz.ratio(bare, t) >= 90 for t in titles):
            al.labels[i] = "heading"
        elif bare in ("acknowledgments", "acknowledgements", "acknowledgment", "appendix", "appendices"):
            al.labels[i] = "heading"
    if references_at is None:
        # no heading (some elsarticle and revtex builds print none): the list starts at its "[1]"
        first_items = [i for i, s in enumerate(al.slots) if _FIRST_REFERENCE.match(s.line.text)]
        references_at = first_items[-1] - 1 if first_items else None
    if references_at is not None:
        for i in range(references_at + 1, len(al.slots)):
            s = al.slots[i]
            if al.labels[i] == "heading" and _norm(_NUMBERING.sub("", s.line.text)) in appendix | {
                "appendix",
                "appendices",
            }:
                break
            if al.labels[i] is None and s.block.kind == "text":
                al.labels[i] = "reference"


def _label_captions(al: _Aligner, gold: dict) -> None:
    captions = [
        _norm(c) for c in (gold.get("figure_captions") or []) + (gold.get("table_captions") or []) if c
    ]
    for i, s in enumerate(al.slots):
        if al.labels[i] is not None:
            continue
        m = _CAPTION.match(s.line.text)
        if not m:
            continue
        rest = _norm(s.line.text[m.end() :])
        match = next((c for c in captions if rest and fuzz.ratio(rest, c[: len(rest)]) >= 80), None)
        if match is None:
            continue
        al.labels[i] = "caption"
        for j in range(i + 1, i + len(s.block.lines) - s.index_in_block):
            if al.labels[j] is None and al.texts[j] and fuzz.partial_ratio(al.texts[j], match) >= 85:
                al.labels[j] = "caption"
            else:
                break


def _cell_words(paper: Path) -> set[str]:
    path = paper / "tables.json"
    if not path.is_file():
        return set()
    data = json.loads(path.read_text("utf-8"))
    tables = data.get("tables", data) if isinstance(data, dict) else data
    words: set[str] = set()
    for table in tables or []:
        for cell in table.get("cells", []) if isinstance(table, dict) else []:
            words.update(w for w in _NOT_ALNUM.split(str(cell.get("text", "")).lower()) if w)
    return words


def _table_cells(words: list[str], cells: set[str]) -> bool:
    """A short line whose words are (nearly) all words of the paper's table cells."""
    return bool(words) and len(words) <= 12 and sum(w in cells for w in words) / len(words) >= 0.8


def _inside(box: tuple[float, float, float, float], areas: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a[0] - 2 <= cx <= a[2] + 2 and a[1] - 2 <= cy <= a[3] + 2 for a in areas)


def _table_caption_pages(al: _Aligner) -> set[int]:
    return {
        s.page
        for s, label in zip(al.slots, al.labels, strict=True)
        if label == "caption" and s.line.text.lower().startswith("tab")
    }


def _label_rest(al: _Aligner, layout: Layout, cells: set[str]) -> None:
    """Running heads, footnotes, tables, equations, figure text and paragraphs: what no gold string covers."""
    body = layout.body_size
    table_pages = _table_caption_pages(al)
    for i, s in enumerate(al.slots):
        if al.labels[i] is not None:
            continue
        line = s.line
        page = layout.pages[s.page].page
        text = line.text.strip()
        math = sum(c in _MATH for c in text) / max(len(text), 1)
        words = [w for w in _NOT_ALNUM.split(text.lower()) if w]
        if s.block.kind == "running":
            al.labels[i] = "page_number" if PAGE_NUMBER.match(text) else "running"
        elif s.block.kind == "margin":
            al.labels[i] = "other"
        elif s.page in table_pages and math < 0.05 and _table_cells(words, cells):
            al.labels[i] = "table"
        elif math >= 0.08 or (_EQUATION_NUMBER.search(text) and math > 0):
            al.labels[i] = "equation"
        elif _inside(line.bbox, page.graphics):
            al.labels[i] = "other"
        elif line.size < body - 0.6 and line.y0 > 0.55 * page.height:
            first = s.block.lines[0]
            foot = _FOOTNOTE_START.match(first.text) or first.words[0].rise == 1
            al.labels[i] = "footnote" if foot or _norm(text).startswith("http") else "other"
        elif abs(line.size - body) <= 0.6:
            al.labels[i] = "paragraph"
        else:
            al.labels[i] = "other"


def table_rows(path: Path) -> list[list[list[str]]]:
    """Each table of a tables.json as its rows, each row its cells' texts in column order."""
    tables = json.loads(path.read_text("utf-8")).get("tables") or []
    out = []
    for table in tables:
        rows: dict[int, list[tuple[int, str]]] = {}
        for cell in table.get("cells") or []:
            rows.setdefault(cell["row"], []).append((cell["col"], str(cell.get("text", ""))))
        out.append([[text for _, text in sorted(row)] for _, row in sorted(rows.items())])
    return out


def _label_table_rows(al: _Aligner, tables: list[list[list[str]]]) -> None:
    """Lines printing a piece of one table row (its cells' text joined in column order), or only words of
    one table's cells (a multirow stub set beside the next row's cells), are `table`, where most
    unlabelled lines of their block are (a paragraph line may happen to be a piece of a wrapped cell's
    words; the other lines of its block are not);
    and lines of no letters or digits (a dash in an empty cell) inside the box of a table's lines. Only
    on the pages of a table caption, and only in text blocks (a page number is no cell)."""
    table_of: dict[int, int] = {}
    pages = _table_caption_pages(al)
    vocabulary = [
        {w for row in rows for c in row for w in _NOT_ALNUM.split(c.lower()) if w} for rows in tables
    ]
    joined = [["".join(_norm(c) for c in row) for row in rows] for rows in tables]
    for i, text in enumerate(al.texts):
        s = al.slots[i]
        if al.labels[i] is None and text and s.page in pages and s.block.kind == "text":
            words = [w for w in _NOT_ALNUM.split(s.line.text.lower()) if w]
            found = next(
                (
                    t
                    for t, rows in enumerate(joined)
                    if any(text in row for row in rows) or all(w in vocabulary[t] for w in words)
                ),
                None,
            )
            if found is not None:
                table_of[i] = found
    blocks: dict[int, list[int]] = {}
    for i, s in enumerate(al.slots):
        if al.labels[i] is None and al.texts[i]:
            blocks.setdefault(id(s.block), []).append(i)
    for members in blocks.values():
        if 2 * sum(i in table_of for i in members) > len(members):
            al.claim_each([i for i in members if i in table_of], "table")
    boxes: dict[tuple[int, int], list[float]] = {}
    for i, t in table_of.items():
        if al.labels[i] == "table":
            x0, y0, x1, y1 = al.slots[i].line.bbox
            box = boxes.setdefault((al.slots[i].page, t), [x0, y0, x1, y1])
            box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
    for i, s in enumerate(al.slots):
        if al.labels[i] is None and not al.texts[i] and s.line.text.strip():
            areas = [tuple(b) for (page, _), b in boxes.items() if page == s.page]
            if _inside(s.line.bbox, areas):
                al.labels[i] = "table"


def silver_labels(
    layout: Layout,
    slots: list[LineSlot],
    gold: dict,
    cells: set[str],
    tables: list[list[list[str]]] | None = None,
) -> list[str]:
    """A label for each of `slots` from a `gold.json`-shaped dict and the words of the paper's table cells;
    given each table's exact rows (`table_rows`, a generated paper's), table lines are found by them."""
    al = _Aligner(slots)
    _label_headings(al, gold)
    _label_header(al, gold)
    _label_captions(al, gold)
    if tables is not None:
        _label_table_rows(al, tables)
    _label_rest(al, layout, cells)
    return [label or "other" for label in al.labels]


def latex_pair_documents(corpus: Path) -> Iterator[SilverDocument]:
    """Every latex-pairs paper (sorted by folder name) with a silver label on every line."""
    for doc_id, pdf, gold_path in latex_pairs(corpus):
        gold = json.loads(gold_path.read_text("utf-8"))
        layout = analyze(read_pdf(pdf))
        slots = reading_lines(layout)
        labels = silver_labels(layout, slots, gold, _cell_words(pdf.parent))
        family = latex_family(doc_id, gold.get("template") or "")
        yield SilverDocument(doc_id, family, layout, slots, labels, frozenset(range(len(layout.pages))))


GENERATED = "generated"


def generated_documents(corpus: Path, group: str = "dev") -> Iterator[SilverDocument]:
    """The papers of a generated table corpus (scripts/table_corpus.py) of one seed group, sorted by folder
    name, with silver labels from their gold.json and their tables' exact rows. Only the pages that print
    a table are labelled: the rest (a title page of placeholder names, prose) teaches nothing the real
    papers do not."""
    for folder in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
        tables_path = folder / "tables.json"
        if json.loads(tables_path.read_text("utf-8")).get("group") != group:
            continue
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
        layout = analyze(read_pdf(folder / "paper.pdf"))
        slots = reading_lines(layout)
        labels = silver_labels(layout, slots, gold, set(), table_rows(tables_path))
        pages = frozenset(s.page for s, label in zip(slots, labels, strict=True) if label == "table")
        yield SilverDocument(folder.name, GENERATED, layout, slots, labels, pages)


_DOCBANK_LABELS = {
    "abstract": "abstract",
    "author": "author",
    "caption": "caption",
    "date": "other",
    "equation": "equation",
    "figure": "other",
    "footer": "footnote",
    "list": "paragraph",
    "paragraph": "paragraph",
    "reference": "reference",
    "section": "heading",
    "table": "table",
    "title": "title",
}


def docbank_documents(corpus: Path) -> Iterator[SilverDocument]:
    """DocBank's annotated pages: each line takes the label of most of the tokens whose centre it holds.

    DocBank's `author` covers the whole author block, so its lines with an email or an institution word
    become email or affiliation; the layout's running heads and page numbers keep those labels.
    """
    for dp in docbank_pages(corpus):
        layout = analyze(read_pdf(dp.pdf))
        if dp.page >= len(layout.pages):
            continue
        page = layout.pages[dp.page].page
        sx, sy = page.width / 1000, page.height / 1000
        centres = [
            (
                (t.box[0] + t.box[2]) / 2 * sx,
                (t.box[1] + t.box[3]) / 2 * sy,
                _DOCBANK_LABELS.get(t.label, "other"),
            )
            for t in dp.tokens
        ]
        slots = reading_lines(layout)
        labels = []
        for s in slots:
            if s.page != dp.page:
                labels.append("other")
                continue
            x0, y0, x1, y1 = s.line.bbox
            votes = Counter(
                lab for cx, cy, lab in centres if x0 - 1 <= cx <= x1 + 1 and y0 - 1 <= cy <= y1 + 1
            )
            label = votes.most_common(1)[0][0] if votes else "other"
            text = s.line.text.strip()
            if s.block.kind == "running":
                label = "page_number" if PAGE_NUMBER.match(text) else "running"
            elif label == "author" and "@" in text:
                label = "email"
            elif label == "author" and _AFFILIATION_WORD.search(text):
                label = "affiliation"
            labels.append(label)
        yield SilverDocument(dp.name, "docbank", layout, slots, labels, frozenset({dp.page}))
