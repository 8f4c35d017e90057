"""scripts/body_corpus.py: what its papers draw (no pdflatex needed)."""

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
