"""The generated word-processor corpus (scripts/wordproc_corpus.py): its bylines and gold say what the
page prints. No LibreOffice needed: the .docx is checked, not printed."""

from __future__ import annotations

import zipfile

from scripts_loader import load_script

corpus = load_script("wordproc_corpus")


def test_a_seed_draws_the_same_paper_its_parity_its_group_and_every_class() -> None:
    assert corpus.draw_paper(7) == corpus.draw_paper(7)
    assert corpus.gold(corpus.draw_paper(8))["group"] == "dev"
    assert corpus.gold(corpus.draw_paper(9))["group"] == "judge"
    assert {corpus.draw_paper(seed)["class"] for seed in range(6)} == set(corpus.CLASSES)


def test_bylines_print_every_name_and_the_numbered_form_marks_them() -> None:
    for seed in range(30):
        paper = corpus.draw_paper(seed)
        printed = " ".join(line for block in corpus.byline_lines(paper) for line in block)
        assert all(f"{a['given']} {a['surname']}" in printed for a in paper["authors"])
        places = {a["place"] for a in paper["authors"]}
        if paper["class"] == "numbered" and len(places) > 1:
            assert any(ch in printed for ch in "¹²³")


def test_emails_of_one_host_are_grouped_in_braces() -> None:
    authors = [{"email": "a.lee@uni.edu"}, {"email": "b.kim@uni.edu"}, {"email": "c.wu@lab.org"}]
    assert corpus._email_line(authors) == "{a.lee, b.kim}@uni.edu, c.wu@lab.org"


def test_the_gold_names_title_and_authors_as_printed(tmp_path) -> None:
    paper = corpus.draw_paper(4)
    truth = corpus.gold(paper)
    assert truth["fields"] == ["title", "authors"]
    assert [(a["given"], a["surname"]) for a in truth["authors"]] == [
        (a["given"], a["surname"]) for a in paper["authors"]
    ]
    corpus.write_docx(paper, tmp_path / "p.docx")
    with zipfile.ZipFile(tmp_path / "p.docx") as docx:
        body = docx.read("word/document.xml").decode()
    assert paper["authors"][0]["surname"] in body and 'w:num="2"' in body


def test_tabs_seeds_type_the_byline_rows_with_tabs_to_centred_stops(tmp_path) -> None:
    paper = next(
        p
        for p in map(corpus.draw_paper, range(corpus.TABS_SEEDS, corpus.TABS_SEEDS + 40))
        if len(p["authors"]) > 2
    )
    assert paper["class"] == "tabs" and corpus.draw_paper(corpus.TABS_SEEDS - 1)["class"] in corpus.CLASSES
    corpus.write_docx(paper, tmp_path / "p.docx")
    with zipfile.ZipFile(tmp_path / "p.docx") as docx:
        body = docx.read("word/document.xml").decode()
    names = [f"{a['given']} {a['surname']}" for a in paper["authors"][: paper["per_row"]]]
    assert "<w:tbl>" not in body and 'w:val="center"' in body and "<w:tab/>" in body
    assert all(name in body for name in names)
