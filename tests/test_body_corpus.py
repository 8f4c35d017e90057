"""scripts/body_corpus.py: what its papers draw (no pdflatex needed): the heading forms and decoys, and the
caption layouts it measures in both fold groups; a paper without them prints as it did before they existed."""

from __future__ import annotations

import re

from scripts_loader import load_script

body_corpus = load_script("body_corpus")


def _papers(seeds: range) -> list:
    return [body_corpus.draw_paper(seed) for seed in seeds]


def test_the_third_level_is_numbered_starred_or_mixed_and_gold_says_which():
    papers = _papers(range(60))
    assert {p.third_level for p in papers} == {"numbered", "starred", "mixed"}
    for paper in papers:
        forms = {h.form() for h in paper.headings if h.command == "subsubsection"}
        if paper.third_level == "numbered":
            assert forms <= {"subsubsection"}
        if paper.third_level == "starred":
            assert forms <= {"subsubsection*"}
    starred = [h for p in papers for h in p.headings if h.form() == "subsubsection*"]
    assert starred and all(h.latex().startswith("\\subsubsection*{") for h in starred)


def test_every_lead_in_decoy_kind_is_drawn_and_none_enters_the_gold():
    papers = _papers(range(80))
    kinds = {d.kind for p in papers for d in p.decoys}
    assert {"paragraph run-in", "bold item", "statement run-in", "proof", "lead-in", "defined term"} <= kinds
    for paper in papers:
        titles = {h.title.printed for h in paper.headings}
        assert not any(
            d.text in titles for d in paper.decoys if d.kind in ("lead-in", "defined term", "proof")
        )


def test_dev_and_judge_seeds_open_paragraphs_with_different_lead_in_words():
    words = {"dev": set(), "judge": set()}
    for paper in _papers(range(120)):
        for decoy in paper.decoys:
            if decoy.kind == "lead-in":
                words[paper.group].add(re.sub(r" \d+$", "", decoy.text))  # "Step 2" is the word "Step"
    assert words["dev"] and words["judge"] and not words["dev"] & words["judge"]


SEEDS = range(0, 200)


def test_wrapped_figures_side_captions_and_svjour_labels_are_drawn_in_dev_and_judge_seeds():
    drawn = {
        (form, body_corpus.group_of(seed)) for seed in SEEDS for form in _forms(body_corpus.draw_paper(seed))
    }
    assert drawn == {
        (form, group)
        for form in ("wrapfigure l", "wrapfigure r", "SCfigure", "svjour")
        for group in ("dev", "judge")
    }


def test_a_paper_loads_wrapfig_and_restyles_its_labels_only_when_it_uses_them():
    for seed in SEEDS:
        paper = body_corpus.draw_paper(seed)
        tex = body_corpus.paper_latex(paper)
        wrapped = [f for f in paper.figures if f.wrapped]
        assert ("\\usepackage{wrapfig}" in tex) == bool(wrapped), seed
        assert tex.count("\\begin{wrapfigure}") == len(wrapped), seed
        assert ("name=Fig." in tex) == (paper.label_style == "svjour"), seed
        assert all(paper.cls in body_corpus._WRAPPING and f.content != "subfigures" for f in wrapped), seed
        assert all(f"\\begin{{wrapfigure}}{{{f.side}}}" in tex for f in wrapped), seed
        beside = [f for f in paper.figures if f.beside]
        assert tex.count("\\begin{SCfigure}") == len(beside), seed
        assert all(paper.cls in body_corpus._BESIDE and not f.wrapped for f in beside), seed


def _forms(paper) -> set[str]:
    forms = {f"wrapfigure {f.side}" for f in paper.figures if f.wrapped}
    forms |= {"SCfigure" for f in paper.figures if f.beside}
    return forms | ({"svjour"} if paper.label_style == "svjour" else set())


def test_caption_seeds_set_a_caption_package_style_in_the_classes_it_restyles():
    """From CAPTION_SEEDS on, article and elsarticle papers set their figure captions by \\captionsetup
    (Bioinformatics' "Fig." among them) and name the style; the papers drawn before are as they were."""
    papers = _papers(range(body_corpus.CAPTION_SEEDS, body_corpus.CAPTION_SEEDS + 400))
    styled = [p for p in papers if p.cls in body_corpus._RESTYLED]
    assert styled and all(p.caption_setup and p.caption_setup in body_corpus.paper_latex(p) for p in styled)
    assert {p.label_style for p in styled} >= {"bioinformatics", "package labelsep=newline"}
    assert not any(p.caption_setup for p in papers if p.cls not in body_corpus._RESTYLED)
    assert not any(p.caption_setup for p in _papers(range(60)))


def test_richer_titles_and_equations_under_headings_are_drawn_in_article_rich_papers_only():
    papers = _papers(range(4 * len(body_corpus.CLASSES)))
    assert len(body_corpus.CLASSES) % 2 == 1  # every class gets DEV and JUDGE seeds
    rich = {p.cls for p in papers if any("$" in h.title.latex or "?" in h.title.printed for h in p.headings)}
    assert rich == {"article_rich"}
    for paper in papers:
        assert not any("$" in h.title.printed or "\\" in h.title.printed for h in paper.headings)
        latex = body_corpus.paper_latex(paper)
        assert ("\\begin{equation}" in latex) <= (paper.cls == "article_rich")
