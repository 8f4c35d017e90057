"""The generated bibliography corpus (scripts/reference_corpus.py) and its use as a training source:
gold in the shape `score_document` reads, fields the PDF does not print unscored, halves held apart.
Rendering .bib LaTeX needs pylatexenc (in the `test` extra); those tests skip without it."""

from __future__ import annotations

import json
from pathlib import Path

import pdfgen
import pytest
from scripts_loader import load_script

from paperparse.train import printed_references

corpus = load_script("reference_corpus")


def test_every_style_is_in_exactly_one_half_and_twin_styles_share_one():
    assert sorted(corpus.HALVES["a"] | corpus.HALVES["b"]) == sorted({*corpus.STYLES, *corpus.SHAPED_STYLES})
    assert not corpus.HALVES["a"] & corpus.HALVES["b"]
    for twins in (("plain", "abbrv", "alpha"), ("plainnat", "unsrtnat", "abbrvnat"), ("IEEEtran", "ieeetr")):
        assert len({corpus.group_of(s) for s in twins}) == 1


def test_entries_with_math_or_a_papers_own_macros_are_not_used():
    entry = {"ENTRYTYPE": "article", "author": "A. Lee", "title": "T", "journal": "J", "year": "2001"}
    assert corpus._clean_entry(entry) is not None
    assert corpus._clean_entry({**entry, "title": "On $\\ell_1$ norms"}) is None
    assert corpus._clean_entry({**entry, "journal": "\\apj"}) is None
    assert corpus._clean_entry({**entry, "title": "{C^{2}-ray}: transport"}) is None
    assert corpus._clean_entry({**entry, "title": "The snake\\_case rule"}) is not None
    assert corpus._clean_entry({**entry, "title": "Caf\\'e {\\em stories}"}) is not None
    assert (
        corpus._clean_entry({**entry, "ENTRYTYPE": "misc"}) is None
    )  # a misc entry only as an arXiv preprint
    assert corpus._clean_entry({**entry, "ENTRYTYPE": "misc", "eprint": "2101.00001"}) is not None


def test_shaped_seeds_also_keep_a_misc_entry_that_says_where_it_appeared():
    entry = {"ENTRYTYPE": "misc", "author": "A. Lee", "title": "T", "note": "Blog post", "year": "2001"}
    assert corpus._clean_entry(entry) is None
    assert corpus._clean_entry(entry, shaped=True)["note"] == "Blog post"


def test_ieee_abbreviated_names_a_journal_by_ieees_abbreviation_and_shortens_a_meetings_words():
    journals = {"ieee transactions on pattern analysis and machine intelligence": "IEEE Trans. Pattern Anal."}
    entry = {
        "ENTRYTYPE": "article",
        "journal": "{IEEE} Transactions on Pattern Analysis and Machine Intelligence",
    }
    assert corpus.ieee_abbreviated(entry, journals)["journal"] == "IEEE Trans. Pattern Anal."
    talk = {
        "ENTRYTYPE": "inproceedings",
        "booktitle": "Proceedings of the International Conference on Systems",
    }
    assert corpus.ieee_abbreviated(talk, journals)["booktitle"] == "Proc. Int. Conf. on Syst."


def test_gold_renders_latex_and_leaves_a_books_publisher_out_of_the_venue():
    pytest.importorskip("pylatexenc")
    article = {
        "ENTRYTYPE": "article",
        "author": "van der Walt, St{\\'e}fan and Smith, John and others",
        "title": "The {NumPy} array",
        "journal": "Computing in Science \\& Engineering",
        "year": "2011",
        "pages": "22--30",
    }
    gold = corpus.gold_reference("e00", article)
    assert [a["surname"] for a in gold["authors"]] == ["van der Walt", "Smith"]
    assert gold["title"] == "The NumPy array"
    assert gold["venue"] == "Computing in Science & Engineering"
    book = corpus.gold_reference("e01", {**article, "ENTRYTYPE": "book", "publisher": "Springer"})
    assert book["venue"] is None and book["unscored"] == ["venue"]
    preprint = {"ENTRYTYPE": "misc", "author": "A. Lee", "title": "T", "year": "2020", "eprint": "2001.01"}
    assert corpus.gold_reference("e02", preprint)["venue"] == "arXiv:2001.01"
    posted = corpus.gold_reference("e03", {**preprint, "howpublished": "\\url{arXiv.org}"})
    assert (posted["venue"], posted["unscored"]) == ("arXiv.org", [])
    linked = corpus.gold_reference("e04", {**preprint, "howpublished": "\\url{https://arxiv.org}"})
    assert (linked["venue"], linked["unscored"]) == (None, ["venue"])
    vendor = corpus.gold_reference("e05", {**preprint, "publisher": "Databricks"})  # no journal, no booktitle
    assert (vendor["venue"], vendor["unscored"]) == (None, ["venue"])


def _one_entry(**fields: object) -> dict:
    return {
        "id": "e00",
        "authors": [{"surname": "Lee"}],
        "title": "A title",
        "venue": "Journal of Computational Physics",
        "volume": "12",
        "pages": "1--9",
        "doi": "10.1/x",
        "unscored": [],
        **fields,
    }


def test_a_field_the_entry_does_not_print_is_unscored():
    def marked(text: str, **fields: object) -> dict:
        ref = _one_entry(**fields)
        corpus.mark_unprinted([ref], text, {"e00": text})
        return ref

    assert marked("leeatitlejcomputphys12200119")["unscored"] == ["doi", "venue"]
    cut = marked("leeetalatitlejcomputphys12200119", authors=[{"surname": "Lee"}, {"surname": "Wu"}])
    assert cut["unscored"] == ["authors", "doi", "venue"]
    assert marked("leeatitlejcomputphys1220011101x")["unscored"] == ["pages", "venue"]
    untitled = marked("leejcomputphys12200119")
    assert untitled["title"] is None and "title" in untitled["unscored"]


def test_a_value_only_another_entry_prints_is_unscored():
    # MNRAS cuts this entry's authors after Lee; another entry of the page prints Wu and the journal name
    page = "leeetal2001jcomputphys12wuk2002journalofcomputationalphysics5"
    ref = _one_entry(authors=[{"surname": "Lee"}, {"surname": "Wu"}], title=None, doi=None)
    corpus.mark_unprinted([ref], page, {"e00": "leeetal2001jcomputphys12"})
    assert ref["unscored"] == ["authors", "pages", "venue"]
    printed_nowhere = _one_entry(title=None, doi=None)
    corpus.mark_unprinted([printed_nowhere], "", {"e00": "leejournalofcomputationalphysics12"})
    assert "venue" in printed_nowhere["unscored"]  # in the .bbl (a link's target), not on the page


def test_each_bibitem_of_a_bbl_is_read_as_its_own_printed_text():
    pytest.importorskip("pylatexenc")
    bbl = (
        "\\begin{thebibliography}{2}\n\\providecommand \\bibinfo  [0]{\\@secondoftwo}%\n"
        "\\bibitem [{\\citenamefont {Lee}(2001)}]{e00}\\BibitemOpen\n"
        "\\bibfield {author} {\\bibinfo {author} {\\bibfnamefont {A.}~\\bibnamefont {Lee}}},\\ "
        "\\href {https://doi.org/{10.1/x}} {\\bibinfo {journal} {J. Comput. Phys.}\\ "
        "\\textbf {\\bibinfo {volume} {12}}} (\\bibinfo {year} {2001})\\BibitemShut {NoStop}\n"
        "\\bibitem{e01}\nB.~Wu, Parsing, \\newblock Nature 5 (2002).\n\\end{thebibliography}\n"
    )
    assert corpus.entry_texts(bbl) == {"e00": "aleejcomputphys122001", "e01": "bwuparsingnature52002"}


PRINTED = [
    "Introduction",
    "Some text here about parsing.",
    "References",
    "[1] A. Lee. Learning to parse. J. Parsing, 12:1-9, 2001.",
    "[2] B. Wu. Parsing to learn. Nature, 5:3-4, 2002.",
]


def _document(folder: Path, group: str, ref: dict, style: str = "plain") -> None:
    """One generated document printing two entries, the gold knowing one of them."""
    folder.mkdir()
    pdfgen.lines_page(folder / "paper.pdf", PRINTED)
    gold = {"style": style, "group": group, "references": [ref]}
    (folder / "refs.json").write_text(json.dumps(gold), "utf-8")


def test_generated_references_pair_printed_entries_of_the_chosen_halves_only(tmp_path: Path):
    lee = {"title": "Learning to parse", "authors": [{"name": "A. Lee", "surname": "Lee"}], "year": "2001"}
    wu = {"title": "Parsing to learn", "authors": [{"name": "B. Wu", "surname": "Wu"}], "year": "2002"}
    _document(tmp_path / "refs_0000", "a", lee)
    _document(tmp_path / "refs_0001", "b", wu)
    found = list(printed_references.generated_references(tmp_path, ["a"]))
    assert [(gold["title"], raw) for raw, gold in found] == [("Learning to parse", PRINTED[3])]
    both = list(printed_references.generated_references(tmp_path))
    assert [(gold["title"], raw) for raw, gold in both] == [
        ("Learning to parse", PRINTED[3]),
        ("Parsing to learn", PRINTED[4]),
    ]


def test_generated_references_of_the_chosen_styles_only(tmp_path: Path):
    lee = {"title": "Learning to parse", "authors": [{"name": "A. Lee", "surname": "Lee"}], "year": "2001"}
    wu = {"title": "Parsing to learn", "authors": [{"name": "B. Wu", "surname": "Wu"}], "year": "2002"}
    _document(tmp_path / "refs_0000", "a", lee, style="IEEEtran")
    _document(tmp_path / "refs_0001", "a", wu, style="plain")
    found = list(
        printed_references.generated_references(tmp_path, styles=printed_references.GENERATED_STYLES)
    )
    assert [gold["title"] for _, gold in found] == ["Learning to parse"]


def test_the_newest_generated_draw_is_trained_on(tmp_path: Path):
    corpora = tmp_path / "shared" / "corpora"
    corpora.mkdir(parents=True)
    for name in ("reference-corpus", "reference-corpus2"):
        (tmp_path / name / "refs_0000").mkdir(parents=True)
        (tmp_path / name / "refs_0000" / "refs.json").write_text("{}", "utf-8")
    assert printed_references.generated_corpus(corpora) == tmp_path / "reference-corpus2"


def test_the_generated_source_is_skipped_with_a_note_when_the_corpus_is_absent(tmp_path: Path, capsys):
    corpora = tmp_path / "shared" / "corpora"
    corpora.mkdir(parents=True)
    assert printed_references.generated_corpus(corpora) is None
    assert "scripts/reference_corpus.py generate" in capsys.readouterr().out
    (tmp_path / "reference-corpus" / "refs_0000").mkdir(parents=True)
    (tmp_path / "reference-corpus" / "refs_0000" / "refs.json").write_text("{}", "utf-8")
    assert printed_references.generated_corpus(corpora) == tmp_path / "reference-corpus"
