"""latex-pairs and acl loaders: the rules that keep silver gold out of the score (synthetic gold.json,
always run), the grouped run with its breakdowns, and the real corpora (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pdfgen
import pytest

from paperparse.corpora.acl import acl_papers, load_acl_gold
from paperparse.corpora.latex_pairs import latex_pairs, load_latex_gold
from paperparse.eval import baseline
from paperparse.eval.folds import fold_of
from paperparse.eval.run import main, render, run

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
needs_shared = pytest.mark.skipif(
    not CORPORA.is_dir(), reason=f"gold corpora not found at {CORPORA} (expected <repo>/../shared/corpora)"
)


def _raw(**changes: Any) -> dict[str, Any]:
    """A gold.json as derive_gold writes it, every check passing."""
    raw = {
        "template": "IEEE IEEEtran conference",
        "title": "A Paper",
        "authors": ["Ann Lee", "Bo Chen"],
        "authors_method": "IEEEauthorblockN/A",
        "affiliations": ["Univ. A"],
        "emails": ["ann@a.edu"],
        "abstract": "We show things.",
        "sections": [{"level": 1, "title": "Introduction", "numbered": True}, {"level": 2, "title": ""}],
        "figure_captions": ["A figure."],
        "table_captions": ["A table."],
        "references": [
            {"key": "k1", "title": "Old work", "authors": ["Cy Doe"], "year": "2001", "venue": "J"},
        ],
        "references_partial": None,
        "references_source": ".bbl (paper.bbl)",
        "citation_count": 3,
        "checks": {
            "title_in_pdf": True,
            "authors_found_in_pdf": "2/2",
            "sections_found_in_pdf": "1/1",
            "captions_prefix_found_in_pdf": "2/2",
            "abstract_word_recall_in_pdf": 1.0,
            "ref_titles_found_in_pdf": "1/1",
        },
    }
    checks = changes.pop("checks", {})
    return {**raw, **changes, "checks": {**raw["checks"], **checks}}


def _gold(tmp_path: Path, **changes: Any) -> dict[str, Any]:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(_raw(**changes)), "utf-8")
    return load_latex_gold(path)


def test_a_fully_checked_paper_scores_every_field(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    assert gold["fields"] == sorted(
        [
            "title",
            "authors",
            "affiliations",
            "emails",
            "abstract",
            "sections",
            "section_levels",
            "figures",
            "tables",
            "references",
            "references_found",
            "citations_found",
        ]
    )
    assert gold["authors"][0] == {"name": "Ann Lee", "given": "Ann", "surname": "Lee"}
    assert gold["sections"] == [{"title": "Introduction", "level": 1}]  # an empty starred title is no heading
    assert gold["references"][0]["authors"] == [{"name": "Cy Doe", "given": "Cy", "surname": "Doe"}]
    assert gold["citation_count"] == 3 and gold["distinct"] == ["affiliations", "emails"]


@pytest.mark.parametrize(
    ("changes", "dropped"),
    [
        ({"checks": {"title_in_pdf": False}}, {"title"}),
        ({"authors": ["Anonymous Author(s)"]}, {"authors", "affiliations", "emails"}),
        (
            {"authors_method": "anonymized submission: the PDF prints a placeholder"},
            {"authors", "emails", "affiliations"},
        ),
        ({"authors": ["Author Name Affiliation email@example.com"]}, {"authors", "affiliations", "emails"}),
        ({"authors": None}, {"authors", "affiliations", "emails"}),
        ({"checks": {"authors_found_in_pdf": "1/2"}}, {"authors", "affiliations", "emails"}),
        (
            {"authors_method": "generic (superscript-marked affiliations: affiliation list is heuristic)"},
            {"affiliations"},
        ),
        ({"affiliations": None, "emails": []}, {"affiliations", "emails"}),
        ({"checks": {"abstract_word_recall_in_pdf": 0.5}}, {"abstract"}),
        ({"checks": {"sections_found_in_pdf": "3/5"}}, {"sections", "section_levels"}),
        ({"checks": {"captions_prefix_found_in_pdf": "2/6"}}, {"figures", "tables"}),
        ({"references": None, "references_partial": [{"key": "k1"}]}, {"references", "references_found"}),
        ({"citation_count": 0}, {"citations_found"}),  # cites by hand-typed numbers, not \cite
    ],
)
def test_unreliable_gold_is_not_scored(tmp_path: Path, changes: dict[str, Any], dropped: set[str]) -> None:
    full = set(_gold(tmp_path)["fields"])
    assert full - set(_gold(tmp_path, **changes)["fields"]) == dropped


def test_a_paper_without_authors_or_references_scores_them_empty(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        authors=[],
        authors_method="no \\author in source",
        references=None,
        references_source=None,
        citation_count=0,
    )
    assert {"authors", "references", "citations_found"} <= set(gold["fields"])
    assert gold["authors"] == [] and gold["references"] == []


def test_reference_titles_the_style_does_not_print_are_dropped(tmp_path: Path) -> None:
    gold = _gold(tmp_path, checks={"ref_titles_found_in_pdf": "0/1"})
    assert gold["references"][0]["title"] is None and gold["references"][0]["year"] == "2001"


def test_reference_authors_drop_bibtex_others_and_keep_particles_in_the_surname(tmp_path: Path) -> None:
    ref = {"key": "k1", "title": "T", "year": "2001", "venue": "J"}
    names = ["S. van der Walt", "C. De Laat", "J. H. Ward Jr", "Ann Lee", "others"]
    gold = _gold(tmp_path, references=[{**ref, "authors": names}])
    surnames = [a["surname"] for a in gold["references"][0]["authors"]]
    assert surnames == ["van der Walt", "De Laat", "Ward", "Lee"]


def test_a_reference_venue_that_is_no_container_is_unscored(tmp_path: Path) -> None:
    refs = [
        {"key": "a", "title": "T", "authors": [], "year": "2001", "venue": "J", "entry_type": "article"},
        {"key": "b", "title": "B", "authors": [], "year": "2001", "venue": "MIT Press", "entry_type": "book"},
        {
            "key": "c",
            "title": "C",
            "authors": [],
            "year": "2001",
            "venue": "https://x.org",
            "entry_type": "misc",
        },
    ]
    gold = _gold(tmp_path, references=refs)
    assert [r["unscored"] for r in gold["references"]] == [[], ["venue"], ["venue"]]


def test_a_venue_taken_from_a_publisher_field_is_unscored(tmp_path: Path) -> None:
    """derive_gold falls back on a publisher or organization where the .bib names no journal or
    booktitle: that names who published the work, not the container it appeared in."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "refs.bib").write_text(
        "@article{Jour, title={J}, journal={Nature}, publisher={NPG}}\n"
        "@misc{Vendor, title = {Data mesh}, publisher = {Databricks}, journal = {}}\n"
        "@misc{Paper, title={P}, howpublished={The Guardian}}\n"
        "@inproceedings{Talk, title={T}, organization={ACM}, booktitle={Proc. X}}\n",
        "utf-8",
    )
    ref = {"title": "T", "authors": [], "year": "2001", "source": "bib"}
    venues = {"jour": "Nature", "vendor": "Databricks", "paper": "The Guardian", "talk": "Proc. X"}
    refs = [{**ref, "key": key, "venue": venue, "entry_type": "misc"} for key, venue in venues.items()]
    gold = _gold(tmp_path, references=[*refs, {**ref, "key": "none", "venue": "Corp"}])
    assert [r["unscored"] for r in gold["references"]] == [[], ["venue"], [], [], []]


def test_a_reference_venue_the_pdf_does_not_print_is_unscored(tmp_path: Path) -> None:
    printed = ["[1] A. Lee, A title, J. Comput. Phys. 12 (2001) 1-9.", "[2] B. Wu, B, Nature 5 (2002)."]
    pdfgen.lines_page(tmp_path / "paper.pdf", printed)
    refs = [
        {
            "key": "a",
            "title": "A title",
            "authors": [],
            "year": "2001",
            "venue": "Journal of Computational Physics",
        },
        {"key": "b", "title": "B", "authors": [], "year": "2002", "venue": "Nature"},
    ]
    gold = _gold(tmp_path, references=refs)
    assert [r["unscored"] for r in gold["references"]] == [["venue"], []]


def test_reference_authors_a_style_cuts_with_et_al_are_unscored(tmp_path: Path) -> None:
    printed = [
        "[1] Abbott B. P., et al., 2016, Phys. Rev. Lett., 116, 061102",
        "[2] Wu B., Lee A., 2002, Nature",
    ]
    pdfgen.lines_page(tmp_path / "paper.pdf", printed)
    refs = [
        {
            "key": "a",
            "title": None,
            "authors": ["B. P. Abbott", "F. Acernese", "T. D. Zweizig"],
            "year": "2016",
        },
        {"key": "b", "title": None, "authors": ["B. Wu", "A. Lee"], "year": "2002", "venue": "Nature"},
    ]
    gold = _gold(tmp_path, references=[{**r, "venue": r.get("venue", "Phys. Rev. Lett.")} for r in refs])
    assert [r["unscored"] for r in gold["references"]] == [["authors"], []]


def test_one_unprinted_last_name_leaves_the_authors_scored(tmp_path: Path) -> None:
    """One name the PDF's own text garbles (a "Th" ligature as a raw code) is no cut list."""
    pdfgen.lines_page(tmp_path / "paper.pdf", ["[1] P. A. Bosman and D. Xierens. Linkage. In GECCO, 2012."])
    ref = {"key": "a", "title": "Linkage", "authors": ["P. A. Bosman", "D. Thierens"], "year": "2012"}
    gold = _gold(tmp_path, references=[{**ref, "venue": "GECCO"}])
    assert gold["references"][0]["unscored"] == []


def test_an_unstructured_bbl_item_leaves_its_fields_unscored(tmp_path: Path) -> None:
    raw_item = {"key": "a", "raw": "Lee A (2001) T. J 1:2", "title": None, "authors": None, "year": "2001"}
    raw_item |= {"venue": None, "source": "bbl", "structured_from": None}
    from_bib = {"key": "b", "title": "T", "authors": None, "year": "2001", "venue": None, "source": "bib"}
    gold = _gold(tmp_path, references=[raw_item, from_bib])
    assert [r["unscored"] for r in gold["references"]] == [["authors", "title", "venue"], []]


def test_an_unstructured_bbl_items_year_is_unscored_when_it_holds_several_years(tmp_path: Path) -> None:
    item = {"title": None, "authors": None, "venue": None, "source": "bbl", "structured_from": None}
    doi_year = {**item, "key": "a", "raw": "Bassa C. G., 2014, @doi [] 10.1093/x, 441, 1825", "year": "1825"}
    one_year = {**item, "key": "b", "raw": "Lee A., 2011, ApJ, 727, L18", "year": "2011"}
    gold = _gold(tmp_path, references=[doi_year, one_year])
    assert [r["unscored"] for r in gold["references"]] == [["authors", "title", "venue", "year"]] + [
        ["authors", "title", "venue"]
    ]


def test_references_are_not_scored_when_the_pdf_prints_no_bibliography(tmp_path: Path) -> None:
    pdfgen.lines_page(tmp_path / "paper.pdf", ["Results as shown [?] and [?].", "ACKNOWLEDGMENTS"])
    assert {"references", "references_found", "citations_found"}.isdisjoint(_gold(tmp_path)["fields"])
    pdfgen.lines_page(tmp_path / "paper.pdf", ["[1] C. Doe, Old work, J (2001)."])
    assert {"references", "references_found", "citations_found"} <= set(_gold(tmp_path)["fields"])


def test_acl_gold_is_title_and_accent_folded_authors(tmp_path: Path) -> None:
    (tmp_path / "A00-1002.json").write_text(
        json.dumps({"anthology_id": "A00-1002", "title": "Machine  Translation", "authors": ["Jan Hajic"]})
    )
    (tmp_path / "A00-1002.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "C00-1001.json").write_text("{}")  # no PDF: not a paper
    [(doc_id, pdf, meta)] = acl_papers(tmp_path)
    gold = load_acl_gold(meta)
    assert (doc_id, pdf.name) == ("A00-1002", "A00-1002.pdf")
    assert gold["fields"] == ["title", "authors"] and gold["accent_folded"]
    assert gold["title"] == "Machine Translation" and gold["authors"][0]["surname"] == "Hajic"


def _fake_grouped_shared(tmp_path: Path) -> Path:
    """Two latex-pairs papers (one DEV, one JUDGE, two families) and one acl paper."""
    latex = tmp_path / "corpora" / "latex-pairs"
    for doc_id, template in (
        ("ieee_cec", "IEEE IEEEtran conference"),
        ("acm_acl2019_dv_cosine", "ACL (acl2019)"),
    ):
        (latex / doc_id).mkdir(parents=True)
        (latex / doc_id / "paper.pdf").write_bytes(b"%PDF-1.4")
        (latex / doc_id / "gold.json").write_text(json.dumps(_raw(template=template)))
    acl = tmp_path / "corpora" / "acl"
    acl.mkdir()
    (acl / "A00-1002.json").write_text(json.dumps({"title": "A Paper", "authors": ["Ann Lee"]}))
    (acl / "A00-1002.pdf").write_bytes(b"%PDF-1.4")
    return tmp_path


def _extract(pdf: Path) -> dict[str, Any]:
    return {"title": "A Paper", "authors": [{"name": "Ann Lee", "given": "Ann", "surname": "Lee"}]}


def test_grouped_corpora_report_families_and_fold_groups(tmp_path: Path) -> None:
    shared = _fake_grouped_shared(tmp_path)
    assert (fold_of("latex-pairs", "ieee_cec"), fold_of("latex-pairs", "acm_acl2019_dv_cosine")) == (0, 3)
    results = run(shared, quick=False, out_json=None, extractor=_extract, reference_parser=lambda text: {})
    latex = results["corpora"]["latex_pairs"]
    assert latex["documents"] == 2 and latex["fields"]["authors"]["strict"]["recall"] == 0.5
    assert sorted(latex["by"]["family"]) == ["acl", "ieee"]
    assert latex["by"]["folds"]["dev"]["documents"] == latex["by"]["folds"]["judge"]["documents"] == 1
    assert (
        results["corpora"]["acl"]["by"]["family"]["anlp-1988-2000"]["fields"]["title"]["strict"]["f1"] == 1.0
    )
    assert "latex_pairs.citations_found.ratcliff.f1" in baseline.flatten(results)

    judged = run(
        shared, False, None, extractor=_extract, reference_parser=lambda text: {}, fold_group="judge"
    )
    assert judged["corpora"]["latex_pairs"]["documents"] == 1
    assert list(judged["corpora"]["latex_pairs"]["by"]["folds"]) == ["judge"]
    assert judged["corpora"]["acl"]["documents"] == 1  # A00-1002 is in fold 4


def test_eval_prints_the_breakdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = _fake_grouped_shared(tmp_path)
    monkeypatch.setattr("paperparse.eval.run.default_extractor", lambda _model=None: _extract)
    assert main(["--shared", str(shared), "--folds", "dev"]) == 0
    out = capsys.readouterr().out
    assert "latex_pairs: 1 documents, 0 failures" in out and "(folds: dev)" in out
    assert "family: ieee" in out and "folds: dev" in out and "family: acl " not in out


def test_quick_keeps_a_few_papers_of_every_family(tmp_path: Path) -> None:
    shared = _fake_grouped_shared(tmp_path)
    latex = shared / "corpora" / "latex-pairs"
    for n in range(3):
        (latex / f"ieee_extra{n}").mkdir()
        (latex / f"ieee_extra{n}" / "paper.pdf").write_bytes(b"%PDF-1.4")
        (latex / f"ieee_extra{n}" / "gold.json").write_text(json.dumps(_raw()))
    results = run(shared, quick=True, out_json=None, extractor=_extract, reference_parser=lambda text: {})
    by_family = results["corpora"]["latex_pairs"]["by"]["family"]
    assert (by_family["ieee"]["documents"], by_family["acl"]["documents"]) == (2, 1)


@needs_shared
def test_real_latex_pairs_load_with_their_checks() -> None:
    papers = latex_pairs(CORPORA / "latex-pairs")
    assert len(papers) == 105
    golds = {doc_id: load_latex_gold(gold) for doc_id, _, gold in papers}
    assert "authors" not in golds["acm_icml2018_yellowfin"]["fields"]  # anonymous review build
    assert "references" not in golds["acm_kdd_stock_mrf"]["fields"]  # references null
    assert golds["ieee_cec"]["authors"] == [] and "authors" in golds["ieee_cec"]["fields"]
    assert "citations_found" not in golds["ieee_colorization"]["fields"]  # no \cite, hand-typed numbers
    assert all(
        g["references"][0]["title"] is None for g in [golds["els_mnras_nsm"]]
    )  # MNRAS prints no titles
    assert sum("title" in g["fields"] for g in golds.values()) == 105


@needs_shared
def test_real_acl_papers_load() -> None:
    papers = acl_papers(CORPORA / "acl")
    assert len(papers) == 80
    gold = load_acl_gold(dict((d, m) for d, _, m in papers)["A00-1002"])
    assert gold["title"] == "Machine Translation of Very Close Languages"
    assert [a["name"] for a in gold["authors"]] == ["Jan Hajic"]


def test_docbank_pages_are_reported_by_fold_group(tmp_path: Path) -> None:
    """The segmentation model trains on DocBank's DEV-fold pages, so their figures stand apart."""
    corpus = tmp_path / "corpora" / "docbank"
    corpus.mkdir(parents=True)
    stems = {fold_of("docbank", f"paper{i}_0") in (0, 1, 2): f"paper{i}" for i in range(20)}
    for stem in stems.values():
        pdfgen.two_column_paper(corpus / f"{stem}_black.pdf")
        (corpus / f"{stem}_0.txt").write_text("Title\t100\t100\t200\t120\t0\t0\t0\tTimes\ttitle\n", "utf-8")
    results = run(tmp_path, False, None, extractor=lambda pdf: {}, only=["docbank"])
    docbank = results["corpora"]["docbank"]
    assert docbank["documents"] == 2
    assert {group: part["documents"] for group, part in docbank["by"]["folds"].items()} == {
        "dev": 1,
        "judge": 1,
    }
    assert docbank["by"]["folds"]["judge"]["fields"]["title"]["token"]["recall"] == 0.0
    assert "folds: judge" in render(results, markdown=False)


def test_a_longtables_caption_is_a_gold_table_caption(tmp_path: Path) -> None:
    """derive_gold lists captions of table floats only; derive_tables also lists longtables."""
    entries = [
        {"env": "table", "caption": "A table.", "cells": [], "usable": True},
        {"env": "longtable", "caption": "Standards found by the review", "cells": [], "usable": True},
    ]
    (tmp_path / "tables.json").write_text(json.dumps({"tables": entries}), "utf-8")
    gold = _gold(tmp_path)
    assert [t["caption"] for t in gold["tables"]] == ["A table.", "Standards found by the review"]
