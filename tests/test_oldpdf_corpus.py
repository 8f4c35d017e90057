"""The generated old-toolchain corpus (scripts/oldpdf_corpus.py): its LaTeX is the 7-bit source of the
1990s and its word measures count what they say. No TeX needed."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

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


def test_capture_seeds_draw_capture_papers_and_older_seeds_what_they_drew() -> None:
    papers = [corpus.draw_paper(corpus.CAPTURE_SEEDS + k) for k in range(40)]
    assert {p["class"] for p in papers} == {"capture_ocr"}
    assert {p["capture"]["flat"] for p in papers} == {"none", "byline", "header"}
    assert {(p["joined"], p["commas"]) for p in papers} == {(False, False), (True, False), (True, True)}
    assert corpus.draw_paper(10)["class"] == "scan_ocr" and "capture" not in corpus.draw_paper(10)
    assert all("title_gap" not in p for p in papers)
    close = corpus.draw_paper(corpus.CLOSE_TITLE_SEEDS)
    assert close["class"] == "capture_ocr" and f"\\vspace{{{close['title_gap']}}}" in corpus.paper_latex(
        close
    )
    capitals = next(p for p in papers if p["capital_surnames"] and p["capital_title"])
    source, truth = corpus.paper_latex(capitals), corpus.gold(capitals)
    surname = capitals["authors"][0]["surname"]
    assert surname.upper() in source and truth["authors"][0]["surname"] == surname
    assert capitals["title"].upper() in truth["text"] and truth["title"] == capitals["title"]


def test_a_capture_text_layer_reads_back_as_its_words(tmp_path: Path) -> None:
    """One line in Capture's form (a string per word, letter-spaced, scaled, invisible, in a TrueType
    font not embedded, over a blank page image) reads back word for word, in the size OCR guessed."""
    from PIL import Image

    from paperparse.pdf import read_pdf
    from paperparse.pdf.model import Font, Line, Word

    font, x, words = Font("Times-Bold", 14.4, True, False), 100.0, []
    for text in "On Parsing the Old Proceedings".split():
        words.append(Word(text, x, 100, x + 8.5 * len(text), 114, font))
        x += 8.5 * len(text) + 4
    page = SimpleNamespace(lines=[Line(words, page=1)], height=792.0)
    layer = corpus._capture_text(page, 0.05, random.Random(1), {}, {})
    pdf = tmp_path / "capture.pdf"
    corpus._write_capture(pdf, [(Image.new("1", (85, 110), 1), (612.0, 792.0), layer)])
    (line,) = read_pdf(pdf).pages[0].lines
    assert [w.text for w in line.words] == [w.text for w in words]
    assert line.font.name == "TimesNewRoman,Bold" and 0.9 * 14.4 <= line.size <= 1.05 * 14.4


def test_coling_seeds_draw_born_digital_times_papers_with_the_eras_bylines() -> None:
    """COLING's 2000-2010 papers: Times through dvips or pdfLaTeX, no scan, accents kept; the grid, or
    the names on one line joined by "and", by commas or by a space alone, surnames in capitals in some."""
    papers = [corpus.draw_paper(corpus.COLING_SEEDS + k) for k in range(40)]
    assert {p["class"] for p in papers} == set(corpus.COLING_CLASSES)
    assert not any("scan" in p or "capture" in p for p in papers)
    kinds = {corpus.gold(p)["features"]["byline"] for p in papers}
    assert kinds == {"grid", "joined", "commas", "spaced"}
    assert {p["capital_surnames"] for p in papers} == {True, False}
    spaced = next(p for p in papers if p["spaced"] and len(p["authors"]) > 1)
    names = [corpus.tex(corpus._printed_name(spaced, a)) for a in spaced["authors"]]
    assert " \\quad ".join(names) in corpus.paper_latex(spaced)
    assert corpus.draw_paper(corpus.COLING_SEEDS - 1)["class"] == "capture_ocr"


def test_era_seeds_draw_the_eras_other_bylines_and_gold_keeps_the_whole_name() -> None:
    """From ERA_SEEDS: the grid and the marked, parenthesised and comma bylines; names with a middle
    initial, a particle or "Jr." that gold keeps apart; capitals and small capitals printed, not in gold."""
    papers = [corpus.draw_paper(corpus.ERA_SEEDS + k) for k in range(80)]
    assert {p["class"] for p in papers} == set(corpus.ERA_CLASSES)
    assert {p["byline"] for p in papers} == set(corpus.ERA_BYLINES)
    assert {p["case"] for p in papers} == {"as drawn", "capitals", "small capitals", "surnames"}
    assert {len(p["authors"]) for p in papers} == {2, 3, 4, 5, 6}
    marked = next(p for p in papers if p["byline"] == "marked" and p["braces"] and not p["symbols"])
    source, truth = corpus.paper_latex(marked), corpus.gold(marked)
    assert "$^{1}$" in source and "\\{" in source and "tabular" not in source
    assert any("}@" in line for line in truth["text"])
    suffixed = next(p for p in papers if any(a["suffix"] for a in p["authors"]))
    author = next(a for a in suffixed["authors"] if a["suffix"])
    gold_author = corpus.gold(suffixed)["authors"][suffixed["authors"].index(author)]
    assert gold_author["suffix"] == "Jr." and gold_author["surname"] == author["surname"]
    small = next(p for p in papers if p["case"] == "small capitals")
    assert "\\scshape" in corpus.paper_latex(small)
    assert corpus.draw_paper(corpus.ERA_SEEDS - 1)["class"] in corpus.COLING_CLASSES


def test_era_capture_seeds_draw_the_eras_bylines_as_capture_papers() -> None:
    papers = [corpus.draw_paper(corpus.ERA_CAPTURE_SEEDS + k) for k in range(40)]
    assert {p["class"] for p in papers} == {"capture_ocr"}
    assert {p["byline"] for p in papers} == set(corpus.ERA_BYLINES)
    assert all("title_gap" in p and "capture" in p for p in papers)
    assert corpus.draw_paper(corpus.ERA_CAPTURE_SEEDS - 2)["class"] in corpus.ERA_CLASSES


def test_title_block_seeds_draw_the_eras_title_blocks_and_older_seeds_what_they_drew() -> None:
    papers = [corpus.draw_paper(corpus.TITLE_BLOCK_SEEDS + k) for k in range(60)]
    assert {p["class"] for p in papers} == set(corpus.TITLE_BLOCK_CLASSES)
    assert {len(p["title_cuts"]) for p in papers} == {0, 1, 2}
    assert {p["meeting"][0] for p in papers} == {"none", "head", "foot"}
    assert "title_cuts" not in corpus.draw_paper(corpus.ERA_CAPTURE_SEEDS)
    wrapped = next(p for p in papers if p["wrap"] and p["meeting"][0] == "foot")
    source, truth = corpus.paper_latex(wrapped), corpus.gold(wrapped)
    assert 5 <= len(wrapped["authors"]) <= 8 and ", \\\\ " in source and "\\footnotetext{" in source
    assert truth["features"]["byline"] == "wrapped" and truth["text"][0] == wrapped["meeting"][1]
    cut = next(p for p in papers if len(p["title_cuts"]) == 2 and p["title_mark"])
    assert corpus._title_tex(cut).count(" \\\\ ") == 2 and corpus._title_tex(cut).endswith("$^*$")
    assert corpus.gold(cut)["title"] == cut["title"]


def test_capture_reads_signs_outside_its_code_page_as_the_ascii_signs_they_look_like() -> None:
    """TeX's math asterisk (a footnote mark, "Muller$^*$") is OCRed as "*", not written as cp1252's "?"."""
    assert "Muller\u2217 \u22121".translate(corpus._OCR_READS) == "Muller* -1"


def test_era2_seeds_draw_their_bylines_and_older_seeds_what_they_drew() -> None:
    """ERA2_SEEDS draw the five byline forms on the four toolchains; a footnoted byline's places are
    footnotes, not lines under the names; a shared cell's authors are in the byline's order; the title
    block range's seeds under ERA2_SEEDS draw their title blocks as before."""
    papers = [corpus.draw_paper(corpus.ERA2_SEEDS + k) for k in range(120)]
    assert {p["era2"] for p in papers} == set(corpus.ERA2_BYLINES)
    assert {p["class"] for p in papers} == set(corpus.ERA2_CLASSES)
    assert "era2" not in corpus.draw_paper(corpus.ERA2_SEEDS - 1)
    footnoted = next(p for p in papers if p["era2"] == "footnote")
    source = corpus.paper_latex(footnoted)
    assert "\\footnotetext" in source and footnoted["authors"][0]["institution"] not in source.split("]")[0]
    wrapped = next(p for p in papers if p["era2"] == "and_wrapped")
    assert 4 <= len(wrapped["authors"]) <= 6
    shared = next(p for p in papers if p["era2"] == "shared_cell" and len(p["authors"]) > 2)
    truth = corpus.gold(shared)
    printed = " ".join(truth["text"])
    positions = [printed.index(corpus._printed_name(shared, a)) for a in shared["authors"]]
    assert positions == sorted(positions)
    assert truth["features"]["byline"] == "shared_cell"


def test_era3_seeds_draw_their_title_blocks_and_older_seeds_what_they_drew() -> None:
    """ERA3_SEEDS draw the two byline forms on the five toolchains; a subtitled title keeps its colon and
    is broken after it; a byline of place rows prints each place's names over it, in the byline's order;
    the ERA2 range's seeds under ERA3_SEEDS draw what they drew."""
    papers = [corpus.draw_paper(corpus.ERA3_SEEDS + k) for k in range(120)]
    assert {p["era3"] for p in papers} == set(corpus.ERA3_BYLINES)
    assert {p["class"] for p in papers} == set(corpus.ERA3_CLASSES)
    assert "era3" not in corpus.draw_paper(corpus.ERA3_SEEDS - 1)
    assert "era2" in corpus.draw_paper(corpus.ERA3_SEEDS - 1)
    subtitled = next(p for p in papers if p["subtitle"])
    words = subtitled["title"].split()
    assert words[subtitled["title_cuts"][0] - 1].endswith(":")
    rows = next(p for p in papers if p["era3"] == "place_rows" and len(p["authors"]) > 3)
    assert 3 <= len(rows["authors"]) <= 6
    truth = corpus.gold(rows)
    printed = " ".join(truth["text"])
    positions = [printed.index(corpus._printed_name(rows, a)) for a in rows["authors"]]
    assert positions == sorted(positions)
    assert truth["features"]["byline"].startswith("place_rows")
    postal = next(p for p in papers if p["era3"] == "postal")
    assert postal["authors"][0]["street"] in corpus.paper_latex(postal)
