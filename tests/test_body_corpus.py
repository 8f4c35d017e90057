"""The generated body corpus (scripts/body_corpus.py) draws the caption layouts it measures in both fold
groups, and a paper without them prints as it did before they existed."""

from __future__ import annotations

from scripts_loader import load_script

corpus = load_script("body_corpus")
SEEDS = range(0, 120)


def test_wrapped_figures_and_svjour_labels_are_drawn_in_dev_and_judge_seeds():
    drawn = {(form, corpus.group_of(seed)) for seed in SEEDS for form in _forms(corpus.draw_paper(seed))}
    assert drawn == {
        (form, group) for form in ("wrapfigure l", "wrapfigure r", "svjour") for group in ("dev", "judge")
    }


def test_a_paper_loads_wrapfig_and_restyles_its_labels_only_when_it_uses_them():
    for seed in SEEDS:
        paper = corpus.draw_paper(seed)
        tex = corpus.paper_latex(paper)
        wrapped = [f for f in paper.figures if f.wrapped]
        assert ("\\usepackage{wrapfig}" in tex) == bool(wrapped), seed
        assert tex.count("\\begin{wrapfigure}") == len(wrapped), seed
        assert ("name=Fig." in tex) == (paper.label_style == "svjour"), seed
        assert all(paper.cls in corpus._WRAPPING and f.content != "subfigures" for f in wrapped), seed
        assert all(f"\\begin{{wrapfigure}}{{{f.side}}}" in tex for f in wrapped), seed


def _forms(paper) -> set[str]:
    forms = {f"wrapfigure {f.side}" for f in paper.figures if f.wrapped}
    return forms | ({"svjour"} if paper.label_style == "svjour" else set())
