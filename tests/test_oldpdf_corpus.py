"""The generated old-toolchain corpus (scripts/oldpdf_corpus.py): its LaTeX is the 7-bit source of the
1990s and its word measures count what they say. No TeX needed."""

from __future__ import annotations

from scripts_loader import load_script

corpus = load_script("oldpdf_corpus")


def test_unicode_is_written_as_1990s_latex() -> None:
    assert corpus.tex("Jiří Šimek") == "Ji\\v{r}\\'{\\i} \\v{S}imek"
    assert corpus.tex("Straße, Øystein, naïve, O’Brien") == "Stra{\\ss}e, {\\O}ystein, na\\\"{\\i}ve, O'Brien"
    assert corpus.paper_latex(corpus.draw_paper(5)).isascii()


def test_a_seed_draws_the_same_paper_its_parity_its_group_and_every_class() -> None:
    assert corpus.paper_latex(corpus.draw_paper(7)) == corpus.paper_latex(corpus.draw_paper(7))
    assert corpus.gold(corpus.draw_paper(8))["group"] == "dev"
    assert corpus.gold(corpus.draw_paper(9))["group"] == "judge"
    assert {corpus.draw_paper(seed)["class"] for seed in range(12)} == set(corpus.CLASSES)


def test_word_counts_find_splits_merges_and_foreign_characters() -> None:
    truth = {"text": ["Efficient parsing of the University staff", "Bo Lee"]}
    lines = [["Efficient", "parsing", "ofthe", "Universit", "y", "staœ"], ["Bo", "Lee\x01"]]
    counts = corpus.word_counts(truth, lines)
    assert counts["gold"] == 8 and counts["found"] == 3
    assert counts["split"] == 1 and counts["merged"] == 1 and counts["bad chars"] == 2


def test_libertine_classes_are_pdftex_without_unicode_maps() -> None:
    seeds = [s for s in range(20) if corpus.draw_paper(s)["class"].startswith("libertin")]
    sources = [corpus.paper_latex(corpus.draw_paper(s)) for s in seeds]
    assert seeds and all("\\pdfgentounicode=0" in src and "\\textsc{Abstract}" in src for src in sources)


def test_scanned_papers_print_joined_or_grid_bylines_and_gold_follows() -> None:
    scanned = [corpus.draw_paper(s) for s in range(60) if corpus.draw_paper(s)["class"] == "scan_ocr"]
    assert {p["joined"] for p in scanned} == {True, False}
    joined = next(p for p in scanned if p["joined"] and len(p["authors"]) > 1)
    source, truth = corpus.paper_latex(joined), corpus.gold(joined)
    assert " and " in source and "tabular" not in source
    assert truth["features"]["byline"] == "joined"
    assert joined["authors"][0]["institution"] in truth["text"]
    assert all(a["email"] not in truth["text"] for a in joined["authors"])
