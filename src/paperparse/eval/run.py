"""`paperparse eval`: run the extractor on every gold corpus in ../shared and score it GROBID-style.

Each corpus is evaluated in isolation and each document inside it too: one failing PDF is recorded as a
failure of that document and the run goes on, so a single crash never hides every other number.

eLife publishes some articles as two PDFs: the article and a companion `<name>-figures.pdf` that holds
the figure supplements (and repeats the main figures). The JATS lists every figure, supplements included,
so an article is read as the publisher ships it: the companion's figure captions join the prediction,
except those whose label the article's own PDF already gave; everything else comes from the article.
The peer review the JATS carries as sub-articles (decision letter, author response) is published on the
web only, so it is no gold for the PDF (see `corpora.jats.PEER_REVIEW`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from paperparse.command_help import DefaultsHelpFormatter
from paperparse.corpora.acl import acl_papers, load_acl_gold
from paperparse.corpora.docbank import docbank_pages
from paperparse.corpora.jats import elife_articles, load_jats
from paperparse.corpora.latex_pairs import latex_pairs, load_latex_gold, template_of
from paperparse.corpora.small_pairs import small_pairs
from paperparse.eval import baseline, folds
from paperparse.eval.names import evaluate_citation_names, evaluate_header_names
from paperparse.eval.scoring import (
    FieldScores,
    labelled_boxes,
    score_docbank_page,
    score_document,
    score_parsed_affiliation,
    score_parsed_reference,
)
from paperparse.eval.tables import score_tables

Extractor = Callable[[Path], dict[str, Any]]
ReferenceParser = Callable[[str], dict[str, Any]]
AffiliationParser = Callable[[str], dict[str, Any]]

CORPUS_NAMES = (
    "elife",
    "docbank",
    "small_pairs",
    "latex_pairs",
    "acl",
    "grobid_header",
    "grobid_affiliation",
    "grobid_name_header",
    "grobid_name_citation",
    "references",
)
SYNTHETIC_ELIFE = "1234567890"
QUICK_ELIFE = ("22661", "03318")
QUICK_DOCBANK = 6
QUICK_SMALL = 6
QUICK_REFERENCES = 100
QUICK_PER_FAMILY = 2
_YEAR = re.compile(r"\d{4}")
_FRONT_LABELS = {"title", "author", "abstract"}


def default_extractor(segmentation_model: Path | None = None) -> Extractor:
    """The real pipeline, imported late so the harness (and its tests) work before the pipeline does."""
    from paperparse.output.json import document_to_dict
    from paperparse.pipeline import extract
    from paperparse.segmentation.model import MODEL_PATH

    model = segmentation_model or MODEL_PATH
    return lambda path: document_to_dict(extract(path, segmentation_model=model))


def default_reference_parser() -> ReferenceParser:
    from paperparse.output.json import reference_to_dict
    from paperparse.references import parse_reference

    return lambda text: reference_to_dict(parse_reference(text))


def default_affiliation_parser() -> AffiliationParser:
    from paperparse.header.affiliations import parse_affiliation
    from paperparse.output.json import affiliation_to_dict

    return lambda text: affiliation_to_dict(parse_affiliation(text))


def _failure(name: str, exc: BaseException) -> dict[str, str]:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {last[0].filename}:{last[0].lineno}" if last else ""
    return {"doc": name, "error": f"{type(exc).__name__}: {exc}{where}"}


Breakdown = Callable[[str], dict[str, str]]
"""A document name → the group it falls in under each breakdown, e.g. {"family": "ieee", "folds": "dev"}."""


def _end_to_end(
    items: Sequence[tuple[str, Path, Callable[[], dict[str, Any]]]],
    extractor: Extractor,
    breakdown: Breakdown | None = None,
) -> dict[str, Any]:
    """Score (name, pdf, gold loader) items; gold is loaded lazily so a bad gold file is one failure.

    "documents" counts every item tried; "failures" lists those that crashed (scored as empty). With a
    breakdown, "by" holds the same scores per group: {"family": {"ieee": {"documents", "fields"}}, …}.
    """
    scores = FieldScores()
    by: dict[str, dict[str, tuple[list[str], FieldScores]]] = {}
    failures = []
    start = time.perf_counter()
    for name, pdf, load_gold in items:
        groups = breakdown(name) if breakdown else {}
        shares = [
            by.setdefault(kind, {}).setdefault(group, ([], FieldScores())) for kind, group in groups.items()
        ]
        for names, _ in shares:
            names.append(name)
        try:
            gold = load_gold()
        except Exception as exc:  # a broken gold file is that document's failure only
            failures.append(_failure(name, exc))
            continue
        try:
            pred = extractor(pdf)
        except Exception as exc:  # a crash scores as an empty prediction: it must cost recall
            failures.append(_failure(name, exc))
            pred = {}
        for target in [scores, *(group_scores for _, group_scores in shares)]:
            score_document(target, gold, pred)
            score_tables(target, gold, pred)
    result = {
        "documents": len(items),
        "failures": failures,
        "seconds": round(time.perf_counter() - start, 2),
        "fields": scores.to_dict(),
    }
    if breakdown:
        result["by"] = {
            kind: {
                group: {"documents": len(names), "fields": group_scores.to_dict()}
                for group, (names, group_scores) in sorted(groups.items())
            }
            for kind, groups in by.items()
        }
    return result


def with_figures_pdf(extractor: Extractor) -> Extractor:
    """The extractor reading an eLife article together with its companion figures PDF, when there is one.

    Figures of the companion whose label the article (or an earlier companion figure) already has are
    left out: the companion repeats the main figures and their "continued" parts.
    """

    def extract(pdf: Path) -> dict[str, Any]:
        pred = extractor(pdf)
        companion = pdf.with_name(f"{pdf.stem}-figures.pdf")
        if not companion.is_file():
            return pred
        figures = list(pred.get("figures") or [])
        labels = {f.get("label") for f in figures}
        for figure in extractor(companion).get("figures") or []:
            label = figure.get("label")
            if label is None or label not in labels:
                figures.append(figure)
                labels.add(label)
        return {**pred, "figures": figures}

    return extract


def evaluate_elife(corpus: Path, extractor: Extractor, quick: bool, synthetic: bool) -> dict[str, Any]:
    """eLife PDFs (with their figures PDF) against their JATS; the synthetic article only when asked alone."""
    articles = [
        (aid, pdf, xml)
        for aid, pdf, xml in elife_articles(corpus)
        if (aid == SYNTHETIC_ELIFE) == synthetic and (not quick or synthetic or aid in QUICK_ELIFE)
    ]
    items = [(aid, pdf, lambda xml=xml: load_jats(xml)) for aid, pdf, xml in articles]
    return _end_to_end(items, with_figures_pdf(extractor))


def evaluate_small_pairs(corpus: Path, extractor: Extractor, quick: bool) -> dict[str, Any]:
    pairs = small_pairs(corpus)
    if quick:
        pairs = pairs[:: max(1, len(pairs) // QUICK_SMALL)]
    return _end_to_end([(name, pdf, lambda gold=gold: gold) for name, pdf, gold in pairs], extractor)


def _quick_subset(ids: Sequence[str], family: Callable[[str], str], per_family: int) -> set[str]:
    """The first papers (by id) of every family: a small fixed subset that still sees every template."""
    kept: dict[str, list[str]] = {}
    for doc_id in sorted(ids):
        members = kept.setdefault(family(doc_id), [])
        if len(members) < per_family:
            members.append(doc_id)
    return {doc_id for members in kept.values() for doc_id in members}


def _grouped(
    corpus_name: str,
    papers: Sequence[tuple[str, Path, Callable[[], dict[str, Any]]]],
    family: Callable[[str], str],
    extractor: Extractor,
    quick: bool,
    fold_group: str,
) -> dict[str, Any]:
    """A corpus with folds (see `eval.folds`): its papers of one fold group, broken down by family and
    by fold group, so DEV and JUDGE figures stand beside the whole."""
    ids = [doc_id for doc_id, _, _ in papers]
    kept = _quick_subset(ids, family, QUICK_PER_FAMILY) if quick else set(ids)
    items = [p for p in papers if p[0] in kept and folds.in_group(corpus_name, p[0], fold_group)]

    def breakdown(doc_id: str) -> dict[str, str]:
        group = "dev" if folds.in_group(corpus_name, doc_id, "dev") else "judge"
        return {"family": family(doc_id), "folds": group}

    result = _end_to_end(items, extractor, breakdown)
    result["fold_group"] = fold_group
    return result


def evaluate_latex_pairs(corpus: Path, extractor: Extractor, quick: bool, fold_group: str) -> dict[str, Any]:
    """Papers compiled from LaTeX against gold derived from their source (fields its checks trust)."""
    papers = latex_pairs(corpus)
    templates = {doc_id: template_of(gold) for doc_id, _, gold in papers}
    items = [(doc_id, pdf, lambda gold=gold: load_latex_gold(gold)) for doc_id, pdf, gold in papers]
    family = lambda doc_id: folds.latex_family(doc_id, templates[doc_id])  # noqa: E731
    return _grouped("latex-pairs", items, family, extractor, quick, fold_group)


def evaluate_acl(corpus: Path, extractor: Extractor, quick: bool, fold_group: str) -> dict[str, Any]:
    """ACL Anthology papers 1988-2010: title and authors against the Anthology's metadata."""
    items = [(doc_id, pdf, lambda meta=meta: load_acl_gold(meta)) for doc_id, pdf, meta in acl_papers(corpus)]
    return _grouped("acl", items, folds.acl_family, extractor, quick, fold_group)


def page_size(pdf: Path, index: int) -> tuple[float, float]:
    """Width and height in points of one page (0-based), to scale DocBank's 0..1000 boxes."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        width, height = document[index].get_size()
    finally:
        document.close()
    return width, height


def evaluate_docbank(corpus: Path, extractor: Extractor, quick: bool) -> dict[str, Any]:
    """Token labels of one page per paper against the labelled boxes of the extracted JSON."""
    pages = docbank_pages(corpus)
    if quick:  # front pages first: title, author and abstract tokens are on only a few pages
        front = [p for p in pages if any(t.label in _FRONT_LABELS for t in p.tokens)]
        pages = (front + [p for p in pages if p not in front])[:QUICK_DOCBANK]
    scores = FieldScores()
    by_fold: dict[str, tuple[list[str], FieldScores]] = {}
    failures = []
    start = time.perf_counter()
    for page in pages:
        # the segmentation model trains on the DEV folds' pages: their figures are training-set figures
        group = "dev" if folds.in_group("docbank", page.name, "dev") else "judge"
        names, group_scores = by_fold.setdefault(group, ([], FieldScores()))
        names.append(page.name)
        try:
            size = page_size(page.pdf, page.page)
        except Exception as exc:  # an unreadable PDF is that page's failure only
            failures.append(_failure(page.name, exc))
            continue
        try:
            boxes = labelled_boxes(extractor(page.pdf))
        except Exception as exc:  # a crash labels nothing: it must cost recall
            failures.append(_failure(page.name, exc))
            boxes = []
        for target in (scores, group_scores):
            score_docbank_page(target, page.tokens, size, boxes)
    folds_seen = {
        group: {"documents": len(names), "fields": group_scores.to_dict()}
        for group, (names, group_scores) in sorted(by_fold.items())
    }
    return {
        "documents": len(pages),
        "failures": failures,
        "seconds": round(time.perf_counter() - start, 2),
        "fields": scores.to_dict(),
        "by": {"folds": folds_seen},
    }


def tagged_to_gold(tagged: Any) -> dict[str, Any]:
    """A TaggedReference (tokens + labels) as a reference dict: each field is its tokens' raw span(s)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    previous = None
    for token, label in zip(tagged.tokens, tagged.labels, strict=True):
        runs = spans.setdefault(label, [])
        if label == previous:
            runs[-1] = (runs[-1][0], token.end)
        else:
            runs.append((token.start, token.end))
        previous = label
    text = {label: " ".join(tagged.raw[a:b] for a, b in runs) for label, runs in spans.items()}
    year = _YEAR.search(text.get("date", ""))
    return {
        "raw": tagged.raw,
        "authors": [{"name": text["author"]}] if "author" in text else [],
        "title": text.get("title"),
        "venue": text.get("venue"),
        "year": year.group(0) if year else None,
        "volume": text.get("volume"),
        "issue": text.get("issue"),
        "pages": text.get("pages"),
        "doi": text.get("doi"),
    }


def _parse_strings(
    tagged: Sequence[Any],
    parser: Callable[[str], dict[str, Any]],
    score: Callable[[FieldScores, Any, dict[str, Any]], None],
) -> dict[str, Any]:
    """Parse each tagged string's `raw` and score the parse against it."""
    scores = FieldScores()
    failures = []
    start = time.perf_counter()
    for i, item in enumerate(tagged):
        try:
            pred = parser(item.raw)
        except Exception as exc:  # a crash scores as an empty parse: it must cost recall
            failures.append(_failure(f"#{i}", exc))
            pred = {}
        score(scores, item, pred)
    return {
        "documents": len(tagged),
        "failures": failures,
        "seconds": round(time.perf_counter() - start, 2),
        "fields": scores.to_dict(),
    }


def _parse_references(refs: Sequence[Any], parser: ReferenceParser) -> dict[str, Any]:
    return _parse_strings(
        refs,
        parser,
        lambda scores, tagged, pred: score_parsed_reference(scores, tagged_to_gold(tagged), pred),
    )


def evaluate_grobid_header(corpora: Path) -> dict[str, Any]:
    """GROBID's held-out header set is text without PDFs, so it scores the learned line labeller alone:
    each line's label (title, author, affiliation, …) against GROBID's."""
    from paperparse.header.labeller.features import HeaderLine
    from paperparse.header.labeller.model import predict
    from paperparse.header.labeller.train import load_grobid_headers

    start = time.perf_counter()
    sequences = load_grobid_headers(corpora / "grobid" / "header" / "evaluation" / "tei")
    scores = FieldScores()
    for texts, gold in sequences:
        pred = predict([HeaderLine(t) for t in texts])
        for label in sorted((set(gold) | set(pred)) - {"other"}):
            tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
            scores.get(label, "lines").add(tp, pred.count(label), gold.count(label))
    return {
        "documents": len(sequences),
        "failures": [],
        "seconds": round(time.perf_counter() - start, 2),
        "fields": scores.to_dict(),
    }


_GOLD_PARTS = {"postCode": "post_code"}
_GOLD_ADDRESS = ("addrLine", "settlement", "region", "postCode")


def affiliation_gold(parts: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """GROBID's tagged parts in the paperparse/1 affiliation shape: orgName types institution, department
    and laboratory are the like-named fields, settlement, region, postCode and country too (post_code),
    and `address` is what paperparse's address holds, the address lines, settlement, region and post code
    in printed order, joined by ", " (the country stands apart in both)."""
    gold: dict[str, Any] = {}
    for name, value in parts:
        gold.setdefault(_GOLD_PARTS.get(name, name), []).append(value)
    address = [value for name, value in parts if name in _GOLD_ADDRESS]
    gold["address"] = ", ".join(address) or None
    return gold


def evaluate_grobid_affiliation(corpora: Path, parser: AffiliationParser | None = None) -> dict[str, Any]:
    """GROBID's held-out affiliation-address set (evaluation/, 208 affiliation strings): each string's
    parse against its tagged parts (`scoring.score_parsed_affiliation`; `affiliation_gold` says which
    part is compared with which). The string is given as the header reads it: markers left out, line
    breaks kept."""
    from paperparse.corpora.grobid_tei import load_affiliation_split

    return _parse_strings(
        load_affiliation_split(corpora / "grobid", "evaluation"),
        parser or default_affiliation_parser(),
        lambda scores, tagged, pred: score_parsed_affiliation(scores, affiliation_gold(tagged.parts), pred),
    )


ANYSTYLE_SETS = ("core", "good", "ugly")
"""AnyStyle's test split is also scored file by file: core and good are curated, ugly is hard and tagged
less consistently, and one average hides which is which."""


def evaluate_reference_parsing(
    corpora: Path, quick: bool, parser: ReferenceParser | None
) -> dict[str, dict[str, Any]]:
    """GROBID's held-out citation set and AnyStyle's held-out split (whole and per file), string by string."""
    names = ["grobid_citation", "anystyle", *(f"anystyle_{name}" for name in ANYSTYLE_SETS)]
    try:
        from paperparse.corpora.tagged_refs import load_anystyle, load_grobid_citations

        parser = parser or default_reference_parser()
    except ImportError as exc:
        return {name: {"skipped": f"reference parser unavailable: {exc}"} for name in names}
    limit = QUICK_REFERENCES if quick else None
    sets: dict[str, Callable[[], Iterable[Any]]] = {
        "grobid_citation": lambda: load_grobid_citations("evaluation", root=corpora),
        "anystyle": lambda: load_anystyle(ANYSTYLE_SETS, split="test", root=corpora),
    }
    for name in ANYSTYLE_SETS:
        sets[f"anystyle_{name}"] = lambda name=name: load_anystyle((name,), split="test", root=corpora)
    results = {}
    for name in names:
        try:
            results[name] = _parse_references(list(sets[name]())[:limit], parser)
        except Exception as exc:  # a broken loader skips its set only
            results[name] = {"skipped": _failure(name, exc)["error"]}
    return results


def name_split(fold_group: str) -> str:
    """The GROBID name data scored for a fold group: its evaluation/ (held out) for "judge" and for a whole
    run, its corpus/ (looked at, tuned on) for "dev" or one DEV fold."""
    return "evaluation" if fold_group in ("judge", "all") else "corpus"


def run(
    shared: Path,
    quick: bool,
    out_json: Path | None,
    extractor: Extractor | None = None,
    reference_parser: ReferenceParser | None = None,
    synthetic: bool = False,
    fold_group: str = "all",
    only: Sequence[str] = (),
    segmentation_model: Path | None = None,
) -> dict[str, Any]:
    """Evaluate every corpus; returns (and optionally writes) {"quick", "corpora": {name: result}}.

    `fold_group` ("dev", "judge" or "all") selects the papers of the corpora with folds (`eval.folds`);
    `only` names the corpora to run (CORPUS_NAMES; "references" = the reference-string corpora), all if empty.
    """
    wanted = lambda name: not only or name in only  # noqa: E731
    corpora = shared / "corpora"
    results: dict[str, Any] = {"schema": "paperparse-eval/1", "quick": quick, "corpora": {}}
    out = results["corpora"]
    try:
        extractor = extractor or default_extractor(segmentation_model)
    except ImportError as exc:
        extractor = None
        reason = f"pipeline unavailable: {exc}"
        names = ("elife", "docbank", "small_pairs", "latex_pairs", "acl")
        out.update({name: {"skipped": reason} for name in names})
    if extractor is not None:
        if wanted("elife"):
            out["elife"] = evaluate_elife(corpora / "elife", extractor, quick, synthetic=False)
        if synthetic:
            out["elife_synthetic"] = evaluate_elife(corpora / "elife", extractor, quick, synthetic=True)
        if wanted("docbank"):
            out["docbank"] = evaluate_docbank(corpora / "docbank", extractor, quick)
        if wanted("small_pairs"):
            out["small_pairs"] = evaluate_small_pairs(corpora / "small-pairs", extractor, quick)
        for name, folder, evaluate in (
            ("latex_pairs", "latex-pairs", evaluate_latex_pairs),
            ("acl", "acl", evaluate_acl),
        ):
            if not wanted(name):
                continue
            if (corpora / folder).is_dir():
                out[name] = evaluate(corpora / folder, extractor, quick, fold_group)
            else:
                out[name] = {"skipped": f"no corpus at {corpora / folder}"}
    names = corpora / "grobid", name_split(fold_group)
    for name, evaluate_set in (
        ("grobid_header", lambda: evaluate_grobid_header(corpora)),
        ("grobid_affiliation", lambda: evaluate_grobid_affiliation(corpora)),
        ("grobid_name_header", lambda: evaluate_header_names(*names)),
        ("grobid_name_citation", lambda: evaluate_citation_names(*names)),
    ):
        if wanted(name):
            try:
                out[name] = evaluate_set()
            except Exception as exc:  # a missing or broken set skips itself only
                out[name] = {"skipped": _failure(name, exc)["error"]}
    if wanted("references"):
        out.update(evaluate_reference_parsing(corpora, quick, reference_parser))
    if out_json is not None:
        out_json.parent.mkdir(parents=True, exist_ok=True)
        out_json.write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    return results


# ---- tables -------------------------------------------------------------------------------------------

SHOWN_MATCHINGS = ("soft", "levenshtein", "ratcliff", "token", "lines")


def _table(header: list[str], rows: list[list[str]], markdown: bool, indent: str = "") -> list[str]:
    """A Markdown table (after a blank line) or columns padded to their widest cell."""
    if markdown:
        lines = ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return lines + ["| " + " | ".join(row) + " |" for row in rows]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [indent + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows]]


def render_table(name: str, result: dict[str, Any], markdown: bool) -> str:
    """One corpus as a table: rows are fields, columns P/R/F1 under each matching shown."""
    if "skipped" in result:
        return f"{name}: skipped ({result['skipped']})\n"
    fields = result["fields"]
    shown = [m for m in SHOWN_MATCHINGS if any(m in by for by in fields.values())]
    header = ["field", "gold", "pred"] + [f"{m[:4]} {k}" for m in shown for k in ("P", "R", "F1")]
    rows = []
    for field, by_matching in fields.items():
        first = by_matching[shown[0]]
        row = [field, str(first["gold"]), str(first["pred"])]
        for m in shown:
            metrics = by_matching.get(m)
            row += [f"{metrics[k]:.3f}" if metrics else "-" for k in ("precision", "recall", "f1")]
        rows.append(row)
    title = (
        f"{name}: {result['documents']} documents, {len(result['failures'])} failures, {result['seconds']} s"
    )
    if result.get("fold_group", "all") != "all":
        title += f" (folds: {result['fold_group']})"
    lines = [f"### {title}" if markdown else title]
    if not rows:
        return "\n".join([*lines, "  (nothing scored)", *_failure_lines(result["failures"], markdown)]) + "\n"
    lines += _table(header, rows, markdown)
    lines += render_breakdown(result, markdown)
    lines += _failure_lines(result["failures"], markdown)
    return "\n".join(lines) + "\n"


BREAKDOWN_COLUMNS = (  # column, field, matching, metric: the matchings issue 14 states its targets in
    ("title", "title", "ratcliff", "f1"),
    ("authors", "authors", "ratcliff", "f1"),
    ("affil", "affiliations", "levenshtein", "f1"),
    ("emails", "emails", "strict", "f1"),
    ("abstract", "abstract", "ratcliff", "f1"),
    ("sections", "sections", "soft", "f1"),
    ("levels", "section_levels", "soft", "f1"),
    ("figures", "figures", "levenshtein", "f1"),
    ("tables", "tables", "levenshtein", "f1"),
    ("refs", "references_found", "strict", "f1"),
    ("ref.title", "reference.title", "ratcliff", "f1"),
    ("ref.auth", "reference.authors", "ratcliff", "f1"),
    ("ref.venue", "reference.venue", "ratcliff", "f1"),
    ("cites R", "citations_found", "strict", "recall"),
    ("tbl.adj", "table.adjacency", "soft", "f1"),
    ("tbl.cells", "table.cells", "soft", "f1"),
)
BREAKDOWN_LEGEND = (
    "F1 (title, authors, abstract, ref.* Ratcliff; affil, figures, tables Levenshtein; sections soft; levels "
    "soft, a heading's title with its level; emails exact; refs count F1); cites R: recall of cited keys against the \\cite count; tbl.adj, tbl.cells: "
    "table adjacency relations and cell texts (paperparse.eval.tables)"
)
TOKEN_BREAKDOWN_LEGEND = (
    "token F1 per label; dev: the pages of folds 0-2, which train the segmentation model, judge: folds 3-4"
)


def render_breakdown(result: dict[str, Any], markdown: bool) -> list[str]:
    """One line per family and per fold group: the key figure of each field ("-" where nothing is gold)."""
    by = result.get("by") or {}
    if not by:
        return []
    rows = [(kind, group, part) for kind, groups in by.items() for group, part in groups.items()]
    columns = [
        c for c in BREAKDOWN_COLUMNS if any(c[2] in part["fields"].get(c[1], {}) for _, _, part in rows)
    ]
    legend = BREAKDOWN_LEGEND
    if not columns:  # token-labelled pages (DocBank): each label's token F1
        labels = dict.fromkeys(f for _, _, part in rows for f in part["fields"])
        columns = [(label, label, "token", "f1") for label in labels]
        legend = TOKEN_BREAKDOWN_LEGEND
    header = ["group", "docs"] + [label for label, _, _, _ in columns]
    table = []
    for kind, group, part in rows:
        row = [f"{kind}: {group}", str(part["documents"])]
        for _, field, matching, metric in columns:
            metrics = part["fields"].get(field, {}).get(matching)
            row.append(f"{metrics[metric]:.3f}" if metrics and metrics["gold"] else "-")
        table.append(row)
    if markdown:
        return ["", f"By family and fold group: {legend}.", *_table(header, table, markdown)]
    return [f"  by family and fold group: {legend}", *_table(header, table, markdown, "  ")]


def _failure_lines(failures: Sequence[dict[str, str]], markdown: bool, shown: int = 5) -> list[str]:
    """Failures grouped by error, so one missing model file prints once, not once per document."""
    bullet = "- " if markdown else "  "
    by_error: dict[str, list[str]] = {}
    for failure in failures:
        by_error.setdefault(failure["error"], []).append(failure["doc"])
    lines = [
        f"{bullet}{len(docs)} failed ({', '.join(docs[:3])}{', ...' if len(docs) > 3 else ''}): {error}"
        for error, docs in list(by_error.items())[:shown]
    ]
    if len(by_error) > shown:
        lines.append(f"{bullet}... and {len(by_error) - shown} other errors (see --json)")
    return [""] + lines if markdown and lines else lines


def render(results: dict[str, Any], markdown: bool) -> str:
    return "\n".join(render_table(name, r, markdown) for name, r in results["corpora"].items())


README_START = "<!-- results:start -->"
README_END = "<!-- results:end -->"


def update_readme(readme: Path, tables: str, argv: Sequence[str] | None) -> None:
    """Replace the results section of README with this run's tables, so the README shows what ran."""
    text = readme.read_text("utf-8")
    if README_START not in text or README_END not in text:
        raise SystemExit(f"{readme} has no {README_START} ... {README_END} section")
    command = "paperparse eval " + " ".join(
        a for a in (argv or sys.argv[1:]) if not a.startswith("--update-readme")
    )
    command = re.sub(r"\s+\S*README\S*", "", command).strip()
    body = f"{README_START}\nProduced by `{command}`:\n\n{tables.strip()}\n{README_END}"
    head, rest = text.split(README_START, 1)
    readme.write_text(head + body + rest.split(README_END, 1)[1], "utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry: prints the tables; exit code 1 when --check-baseline finds a regression."""
    parser = argparse.ArgumentParser(
        prog="paperparse eval", description=__doc__.splitlines()[0], formatter_class=DefaultsHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--quick", action="store_true", help="a subset that runs in under two minutes")
    parser.add_argument("--json", type=Path, help="write the full results (all four matchings) here")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables (for the README)")
    parser.add_argument("--synthetic", action="store_true", help="also score eLife's synthetic article alone")
    parser.add_argument(
        "--folds",
        choices=sorted(folds.GROUPS),
        default="all",
        help="latex-pairs and acl papers of these folds only (dev: 0-2, judge: 3-4, or one DEV fold; see "
        "paperparse.eval.folds); GROBID's name data: dev scores its corpus/, judge and all its evaluation/",
    )
    parser.add_argument(
        "--segmentation-model",
        type=Path,
        help="read the papers with this segmentation model instead of the committed one (inner "
        "cross-validation: one trained with --leave-out-fold K, scored with --folds K)",
    )
    parser.add_argument(
        "--corpus",
        action="append",
        choices=CORPUS_NAMES,
        help="only this corpus (repeatable; 'references' = the reference-string corpora); not with "
        "--write-baseline or --update-readme, which need every corpus",
    )
    parser.add_argument("--check-baseline", type=Path, help="fail on a metric below this baseline")
    parser.add_argument("--write-baseline", type=Path, help="record the key metrics of this run")
    parser.add_argument("--update-readme", type=Path, help="write the Markdown tables into this README")
    args = parser.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        print(f"no corpora under {args.shared}: pass --shared PATH", file=sys.stderr)
        return 2
    if args.corpus and (args.write_baseline or args.update_readme):
        parser.error("--corpus leaves corpora out: --write-baseline and --update-readme need them all")
    results = run(
        args.shared,
        args.quick,
        args.json,
        synthetic=args.synthetic,
        fold_group=args.folds,
        only=args.corpus or (),
        segmentation_model=args.segmentation_model,
    )
    print(render(results, args.markdown))
    if args.update_readme:
        update_readme(args.update_readme, render(results, markdown=True), argv)
    if args.write_baseline:
        baseline.write(results, args.write_baseline)
        print(f"baseline written to {args.write_baseline}")
    if args.check_baseline:
        regressions = baseline.check(results, args.check_baseline)
        for line in regressions:
            print(f"REGRESSION {line}")
        if regressions:
            return 1
        print(f"no regression against {args.check_baseline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
