"""Scoring on hand-made examples: the four matchings, greedy one-to-one matching, P/R/F1 edge cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperparse.corpora.docbank import GoldToken
from paperparse.corpora.jats import load_jats
from paperparse.eval import baseline
from paperparse.eval.run import main, render, run, tagged_to_gold
from paperparse.eval.scoring import (
    Counts,
    FieldScores,
    align_references,
    cited_keys_found,
    fold_accents,
    greedy_pairs,
    labelled_boxes,
    match_citations,
    reference_values,
    score_docbank_page,
    score_document,
    score_parsed_reference,
    similarity,
    soft_form,
)


def test_strict_only_ignores_whitespace() -> None:
    assert similarity("strict", "Deep  learning\n", "Deep learning") == 1.0
    assert similarity("strict", "Deep learning", "deep learning") == 0.0


def test_soft_ignores_case_and_punctuation() -> None:
    assert soft_form("A Study: of X-rays!") == "astudyofxrays"
    assert similarity("soft", "A Study: of X-rays", "a study of xrays") == 1.0
    assert similarity("soft", "A study of X-rays", "A study of Y-rays") == 0.0


def test_levenshtein_threshold() -> None:
    assert similarity("levenshtein", "abcdefghij", "abcdefghiX") == pytest.approx(0.9)
    assert similarity("levenshtein", "abcdefghij", "abcdefgXYZ") == 0.0  # 0.7 < 0.8


def test_ratcliff_threshold() -> None:
    gold = "x" * 99 + "a"
    assert similarity("ratcliff", gold, "x" * 99 + "b") == pytest.approx(0.99)
    assert similarity("ratcliff", gold, "x" * 90 + "y" * 10) == 0.0
    assert similarity("ratcliff", "short", "entirely different and longer") == 0.0


def test_unknown_matching_is_an_error() -> None:
    with pytest.raises(ValueError):
        similarity("fuzzy", "a", "b")


def test_greedy_pairs_take_best_first_without_reuse() -> None:
    gold = ["alpha beta gamma", "alpha beta gamme"]
    pred = ["alpha beta gamme"]
    pairs = greedy_pairs(gold, pred, lambda g, p: similarity("levenshtein", g, p))
    assert [(g, p) for g, p, _ in pairs] == [(1, 0)]  # the exact match wins, pred is not reused


def test_repeated_values_pair_in_order() -> None:
    pairs = greedy_pairs(["a", "a", "b"], ["a", "b", "a"], lambda g, p: float(g == p))
    assert sorted((g, p) for g, p, _ in pairs) == [(0, 0), (1, 2), (2, 1)]


def test_counts_metrics_and_empty_denominators() -> None:
    counts = Counts()
    counts.add(tp=2, pred=4, gold=2)
    assert counts.metrics() == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 2, "pred": 4, "gold": 2}
    assert Counts().metrics()["f1"] == 0.0


def test_empty_gold_and_empty_pred() -> None:
    scores = FieldScores()
    scores.add_values("keywords", [], ["spurious"])
    scores.add_values("keywords", ["missed"], [])
    scores.add_values("keywords", [], [])
    metrics = scores.to_dict()["keywords"]["soft"]
    assert (metrics["tp"], metrics["pred"], metrics["gold"]) == (0, 1, 1)
    assert metrics["precision"] == metrics["recall"] == metrics["f1"] == 0.0


def test_micro_average_sums_counts_over_documents() -> None:
    scores = FieldScores()
    scores.add_values("keywords", ["a", "b", "c"], ["a", "b", "c"])
    scores.add_values("keywords", ["d"], ["x"])
    assert scores.to_dict()["keywords"]["strict"]["recall"] == 0.75  # not the macro (1 + 0) / 2


def _gold_doc() -> dict:
    return {
        "fields": ["title", "authors", "abstract", "references", "citations"],
        "title": "Selecting against accidental RNA interactions",
        "authors": [{"given": "Meredith", "surname": "Corley"}, {"given": "Alain", "surname": "Laderach"}],
        "abstract": "Random base-pairing interactions between RNAs are avoided.",
        "keywords": ["never scored: not in fields"],
        "references": [
            {
                "id": "bib1",
                "title": "Purification of gam gene protein",
                "authors": [{"surname": "Abraham"}],
                "year": "1990",
                "pages": "679-684",
            },
            {
                "id": "bib2",
                "title": "Localization of the gam gene",
                "authors": [{"surname": "Akroyd"}],
                "year": "1986",
            },
        ],
        "citations": [
            {"text": "Abraham, 1990", "ref_ids": ["bib1"]},
            {"text": "Akroyd, 1986", "ref_ids": ["bib2"]},
        ],
    }


def test_score_document_fields_references_and_links() -> None:
    pred = {
        "title": "Selecting against accidental RNA interactions.",
        "authors": [{"name": "Meredith Corley", "given": "Meredith", "surname": "Corley"}],
        "keywords": ["a keyword the gold does not annotate"],
        "references": [
            {
                "id": "b0",
                "title": "Localization of the gam gene.",
                "authors": [{"surname": "Akroyd"}],
                "year": "1986",
            },
            {
                "id": "b1",
                "title": "Purification of gam gene protein",
                "authors": [{"surname": "Abraham"}],
                "year": "1990",
                "pages": "679–684",
            },
        ],
        "citations": [
            {"text": "(Abraham, 1990)", "ref_ids": ["b1"]},
            {"text": "Akroyd, 1986", "ref_ids": ["b1"]},
        ],
    }
    scores = FieldScores()
    score_document(scores, _gold_doc(), pred)
    result = scores.to_dict()
    assert result["title"]["strict"]["f1"] == 0.0 and result["title"]["soft"]["f1"] == 1.0
    assert result["authors"]["soft"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "tp": 1,
        "pred": 1,
        "gold": 2,
    }
    assert result["abstract"]["soft"]["recall"] == 0.0
    assert "keywords" not in result
    assert result["references"]["soft"]["f1"] == 1.0
    assert result["reference.pages"]["strict"]["tp"] == 1  # en dash normalised
    assert result["reference.title"]["strict"]["tp"] == 1 and result["reference.title"]["soft"]["tp"] == 2
    links = result["citation_links"]["strict"]
    assert (links["tp"], links["pred"], links["gold"]) == (1, 2, 2)  # the second link points to the wrong ref


def test_align_references_falls_back_to_raw_overlap() -> None:
    gold = [{"raw": "Smith J 2001 Nature 12 1-5"}, {"title": "Another paper entirely"}]
    pred = [{"raw": "J. Smith (2001) Nature 12, 1-5."}, {"title": "Unrelated"}]
    assert align_references(gold, pred) == {0: 0}


def test_match_citations_by_text_order_and_containment() -> None:
    gold = [{"text": "Smith, 1983"}, {"text": "Jones, 2001"}, {"text": "Smith, 1983"}]
    pred = [{"text": "Smith 1983"}, {"text": "Smith, 1983; Jones, 2001"}, {"text": "Smith, 1983"}]
    assert match_citations(gold, pred) == {0: 0, 2: 2, 1: 1}


def test_parsed_reference_compares_whole_author_names() -> None:
    scores = FieldScores()
    gold = {"authors": [{"name": "Smith, J. and Jones, K."}], "title": "A title", "year": "2001"}
    pred = {"authors": [{"name": "Smith, J."}, {"name": "Jones, K."}], "title": "A title.", "venue": "Nature"}
    score_parsed_reference(scores, gold, pred)
    result = scores.to_dict()
    assert result["authors"]["soft"]["tp"] == 1
    assert result["title"]["soft"]["tp"] == 1
    assert (result["year"]["soft"]["recall"], result["venue"]["soft"]["precision"]) == (0.0, 0.0)


def test_tagged_to_gold_joins_runs_of_labels() -> None:
    class Tok:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    class Tagged:
        raw = "Smith J. 2001. Title here. Nature"
        tokens = [Tok(0, 5), Tok(6, 8), Tok(9, 13), Tok(13, 14), Tok(15, 20), Tok(21, 25), Tok(27, 33)]
        labels = ["author", "author", "date", "other", "title", "title", "venue"]

    gold = tagged_to_gold(Tagged())
    assert gold["authors"] == [{"name": "Smith J."}]
    assert (gold["year"], gold["title"], gold["venue"]) == ("2001", "Title here", "Nature")


def test_labelled_boxes_and_docbank_token_scores() -> None:
    doc = {
        "title": "Deep Nets",
        "locations": {"title": {"page": 1, "bbox": [100, 50, 500, 80]}, "abstract": None},
        "authors": [{"name": "Ann Bee", "page": 1, "bbox": [100, 90, 300, 100]}],
        "references": [{"raw": "Deep Nets Again", "page": 1, "bbox": [0, 0, 600, 800]}],
        "figures": [{"label": "Figure 1", "caption": "x", "page": None, "bbox": None}],
    }
    boxes = labelled_boxes(doc)
    assert [b.label for b in boxes] == ["title", "author", "reference"]
    # page 600x800 points: a 0..1000 box (200, 75, 300, 90) has its centre at (150, 66) -> title box
    tokens = [
        GoldToken("Deep", 0, (200, 75, 300, 90), "f", "title"),
        GoldToken("Ann", 0, (200, 112, 250, 122), "f", "author"),
        GoldToken("Body", 0, (200, 500, 300, 510), "f", "paragraph"),
        GoldToken("Late", 1, (200, 75, 300, 90), "f", "title"),
    ]
    scores = FieldScores()
    score_docbank_page(scores, tokens, (600, 800), boxes)
    result = scores.to_dict()
    assert result["title"]["token"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "tp": 1,
        "pred": 1,
        "gold": 2,
    }
    assert result["author"]["token"]["f1"] == 1.0
    assert result["reference"]["token"]["precision"] == 0.0  # the paragraph token fell in the reference box


def _fake_shared(tmp_path: Path) -> Path:
    folder = tmp_path / "corpora" / "elife" / "elife-00001"
    folder.mkdir(parents=True)
    (folder / "elife-00001.pdf").write_bytes(b"%PDF-1.4")
    (folder / "elife-00001.xml").write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group>"
        "</article-meta></front></article>"
    )
    broken = tmp_path / "corpora" / "elife" / "elife-00002"
    broken.mkdir()
    (broken / "elife-00002.pdf").write_bytes(b"%PDF-1.4")
    (broken / "elife-00002.xml").write_text("<article>")
    return tmp_path


def test_run_isolates_failures_and_baseline_round_trip(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    out = tmp_path / "out.json"
    results = run(
        shared,
        quick=False,
        out_json=out,
        extractor=lambda pdf: {"title": "T"},
        reference_parser=lambda text: {},
    )
    elife = results["corpora"]["elife"]
    assert elife["documents"] == 2 and elife["failures"][0]["doc"] == "00002"
    assert elife["fields"]["title"]["strict"]["f1"] == 1.0
    assert json.loads(out.read_text())["corpora"]["elife"]["documents"] == 2
    assert "| title |" in render(results, markdown=True)

    path = tmp_path / "eval" / "baseline.json"
    baseline.write(results, path)
    assert json.loads(path.read_text())["metrics"]["elife.title.ratcliff.f1"] == 1.0
    assert baseline.check(results, path) == []
    worse = run(
        shared,
        quick=False,
        out_json=None,
        extractor=lambda pdf: {"title": "Other"},
        reference_parser=lambda text: {},
    )
    assert baseline.check(worse, path) == ["elife.title.ratcliff.f1: 0.0000 < baseline 1.0000 - 0.01"]
    worse["quick"] = True
    assert "not comparable" in baseline.check(worse, path)[0]


def test_run_of_one_corpus_leaves_the_others_out(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    results = run(shared, quick=False, out_json=None, extractor=lambda pdf: {"title": "T"}, only=("elife",))
    assert list(results["corpora"]) == ["elife"]


def test_elife_figure_supplements_come_from_the_companion_figures_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "corpora" / "elife" / "elife-00003"
    folder.mkdir(parents=True)
    for name in ("elife-00003.pdf", "elife-00003-figures.pdf"):
        (folder / name).write_bytes(b"%PDF-1.4")
    figure = "<fig><label>{}</label><caption><title>{}</title></caption></fig>"
    (folder / "elife-00003.xml").write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group>"
        "</article-meta></front><body><sec><title>Results</title>"
        + figure.format("Figure 1.", "Main.")
        + figure.format("Figure 1—figure supplement 1.", "Supplement.")
        + "</sec></body></article>"
    )

    def extractor(pdf: Path) -> dict:
        if pdf.name.endswith("-figures.pdf"):  # repeats the main figure, worded differently here
            return {
                "figures": [
                    {"label": "Figure 1", "caption": "Main, again."},
                    {"label": "Figure 1—figure supplement 1", "caption": "Supplement."},
                ],
                "title": "Not read",
            }
        return {"figures": [{"label": "Figure 1", "caption": "Main."}], "title": "T"}

    fields = run(tmp_path, quick=False, out_json=None, extractor=extractor, reference_parser=dict)["corpora"][
        "elife"
    ]["fields"]
    figures = fields["figures"]["strict"]
    assert (figures["tp"], figures["pred"], figures["gold"]) == (2, 2, 2)
    assert fields["title"]["strict"]["f1"] == 1.0


def test_peer_review_sub_articles_are_no_gold_for_the_pdf(tmp_path: Path) -> None:
    link = '<ext-link ext-link-type="uri" xlink:href="{}">x</ext-link>'
    xml = tmp_path / "a.xml"
    xml.write_text(
        '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta><title-group>'
        "<article-title>T</article-title></title-group></article-meta></front>"
        f"<body><sec><title>Results</title><p>{link.format('https://data.example.org')}</p></sec></body>"
        '<sub-article article-type="decision-letter"><body><p>'
        f"{link.format('http://elifesciences.org/review-process')}</p></body></sub-article>"
        '<sub-article article-type="reply"><body><fig><label>Author response image 1.</label>'
        "<caption><title>Only on the web.</title></caption></fig></body></sub-article></article>"
    )
    gold = load_jats(xml)
    assert gold["urls"] == ["https://data.example.org"]
    assert gold["figures"] == []


def test_crashing_extractor_costs_recall(tmp_path: Path) -> None:
    def crash(pdf: Path) -> dict:
        raise RuntimeError("boom")

    results = run(_fake_shared(tmp_path), quick=False, out_json=None, extractor=crash, reference_parser=crash)
    elife = results["corpora"]["elife"]
    assert [f["doc"] for f in elife["failures"]] == ["00001", "00002"]
    assert elife["fields"]["title"]["soft"]["gold"] == 1 and elife["fields"]["title"]["soft"]["recall"] == 0.0


def test_main_exit_code_on_regression(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = _fake_shared(tmp_path)
    good = run(
        shared, quick=False, out_json=None, extractor=lambda pdf: {"title": "T"}, reference_parser=dict
    )
    path = tmp_path / "baseline.json"
    baseline.write(good, path)
    # the real pipeline cannot read the fake PDFs (or is absent): the title metric regresses or goes missing
    assert main(["--shared", str(shared), "--check-baseline", str(path)]) == 1
    assert "REGRESSION elife.title.ratcliff.f1" in capsys.readouterr().out
    assert main(["--shared", str(tmp_path / "nowhere")]) == 2


def test_soft_matching_treats_compatibility_forms_as_their_letter() -> None:
    assert similarity("soft", "10 µM EDTA, ﬁnal", "10 μM EDTA, final") == 1.0
    assert similarity("soft", "10 µM", "10 mM") == 0.0


def test_an_abbreviated_page_range_equals_the_written_out_one() -> None:
    gold = reference_values({"pages": "pp. 2851-72"})
    assert gold["pages"] == reference_values({"pages": "2851–2872"})["pages"] == "2851-2872"
    assert reference_values({"pages": "12-19"})["pages"] == "12-19"
    assert reference_values({"pages": "99-5"})["pages"] == "99-5"  # not a range that can be written out


def test_a_gold_email_list_is_scored_against_the_authors_addresses() -> None:
    gold = {"fields": ["emails"], "emails": ["a@x.org", "b@y.org"], "authors": [{"name": "A"}]}
    pred = {"authors": [{"name": "A", "email": "a@x.org"}, {"name": "B", "email": None}]}
    scores = FieldScores()
    score_document(scores, gold, pred)
    emails = scores.to_dict()["emails"]["strict"]
    assert (emails["tp"], emails["pred"], emails["gold"]) == (1, 1, 2)


def test_accent_folded_gold_compares_both_sides_folded() -> None:
    assert fold_accents("Jan Hajič, Zdeněk Žabokrtský") == "Jan Hajic, Zdenek Zabokrtsky"
    gold = {"fields": ["authors"], "authors": [{"name": "Jan Hajic", "given": "Jan", "surname": "Hajic"}]}
    pred = {"authors": [{"name": "Jan Hajič", "given": "Jan", "surname": "Hajič"}]}
    plain, folded = FieldScores(), FieldScores()
    score_document(plain, gold, pred)
    score_document(folded, {**gold, "accent_folded": True}, pred)
    assert plain.to_dict()["authors"]["ratcliff"]["tp"] == 0
    assert folded.to_dict()["authors"]["strict"]["tp"] == 1


def test_only_the_reference_fields_the_gold_annotates_are_scored() -> None:
    gold = {
        "fields": ["references"],
        "references": [{"id": "k1", "title": "A title", "authors": [{"name": "Ann Lee"}], "year": "2001"}],
        "reference_fields": ["authors", "title", "venue", "year"],
    }
    pred = {"references": [{"id": "b0", "title": "A title", "year": "2001", "volume": "12", "pages": "1-9"}]}
    scores = FieldScores()
    score_document(scores, gold, pred)
    result = scores.to_dict()
    assert "reference.volume" not in result and "reference.pages" not in result
    assert result["reference.title"]["strict"]["f1"] == 1.0
    assert result["reference.authors"]["strict"]["recall"] == 0.0


def test_count_fields_score_up_to_the_gold_count() -> None:
    gold = {"fields": ["references_found", "citations_found"], "references": [{}] * 4, "citation_count": 5}
    pred = {
        "references": [{}] * 5,
        "citations": [{"text": "[1, 2]", "ref_ids": ["b1", "b2"]}, {"text": "[3]", "ref_ids": ["b3"]}],
    }
    scores = FieldScores()
    score_document(scores, gold, pred)
    result = scores.to_dict()
    refs, cites = result["references_found"]["strict"], result["citations_found"]["strict"]
    assert (refs["tp"], refs["pred"], refs["gold"], refs["recall"]) == (4, 5, 4, 1.0)
    assert (cites["tp"], cites["pred"], cites["gold"], cites["recall"], cites["precision"]) == (
        3,
        3,
        5,
        0.6,
        1.0,
    )
    assert cited_keys_found(pred["citations"]) == 3


def test_a_distinct_gold_field_counts_a_repeated_prediction_once() -> None:
    gold = {"fields": ["affiliations"], "affiliations": [{"raw": "Nanjing University, China"}]}
    pred = {"affiliations": [{"raw": "Nanjing University, China"}, {"raw": "Nanjing  university, China"}]}
    as_list, as_set = FieldScores(), FieldScores()
    score_document(as_list, gold, pred)
    score_document(as_set, {**gold, "distinct": ["affiliations"]}, pred)
    assert as_list.to_dict()["affiliations"]["strict"]["pred"] == 2
    assert as_set.to_dict()["affiliations"]["strict"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "pred": 1,
        "gold": 1,
    }


def test_a_gold_references_unscored_field_is_left_out_on_both_sides() -> None:
    gold = {
        "fields": ["references"],
        "references": [
            {"id": "k1", "title": "A title", "venue": "Journal of Things", "unscored": ["venue"]},
            {"id": "k2", "title": "Other work", "venue": "Nature"},
        ],
        "reference_fields": ["title", "venue"],
    }
    pred = {
        "references": [
            {"id": "b0", "title": "A title", "venue": "J. Things"},
            {"id": "b1", "title": "Other work", "venue": "Nature"},
        ]
    }
    scores = FieldScores()
    score_document(scores, gold, pred)
    venue = scores.to_dict()["reference.venue"]["strict"]
    assert (venue["tp"], venue["pred"], venue["gold"]) == (1, 1, 1)


def test_a_reference_with_unscored_authors_is_still_paired_by_its_first_name() -> None:
    """A style that cuts a collaboration's list prints its first name: with no titles printed, that name
    tells apart two entries of one journal and year."""
    gold = [
        {"id": g, "authors": [{"surname": s} for s in names], "venue": "Phys. Rev. Lett.", "year": "2016"}
        | {"unscored": ["authors"]}
        for g, names in (("k1", ["Abbott", "Acernese", "Zweizig"]), ("k2", ["Zed", "Young", "Xu"]))
    ]
    pred = [
        {"id": "b0", "raw": "Zed A., Young B., et al., 2016, Phys. Rev. Lett., 116, 1"},
        {"id": "b1", "raw": "Abbott B. P., et al., 2016, Phys. Rev. Lett., 116, 2"},
    ]
    assert align_references(gold, pred) == {0: 1, 1: 0}


def test_a_predicted_suffix_is_part_of_the_scored_name() -> None:
    """Gold written as one string ("George W. Kennedy III") meets the parsed name with its suffix."""
    scores = FieldScores()
    gold = {"fields": ["authors"], "authors": [{"name": "George W. Kennedy III"}]}
    pred = {
        "authors": [{"name": "x", "given": "George", "middle": "W.", "surname": "Kennedy", "suffix": "III"}]
    }
    score_document(scores, gold, pred)
    assert scores.to_dict()["authors"]["strict"]["f1"] == 1.0


def test_docbank_author_tokens_cover_the_affiliations() -> None:
    """DocBank labels the whole LaTeX author block "author": a "Currently at: …" note continued onto a
    later page is author text, so an affiliation's box scores as author."""
    doc = {"affiliations": [{"raw": "Center for Underground Physics", "page": 3, "bbox": [100, 50, 500, 62]}]}
    boxes = labelled_boxes(doc)
    assert [b.label for b in boxes] == ["author"]
    scores = FieldScores()
    score_docbank_page(scores, [GoldToken("Center", 2, (200, 70, 300, 75), "f", "author")], (600, 800), boxes)
    assert scores.to_dict()["author"]["token"]["f1"] == 1.0
