"""Gold loaders on the real corpora in <repo>/../shared (skipped when that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperparse.corpora.docbank import docbank_pages, load_tokens
from paperparse.corpora.grobid_tei import load_split
from paperparse.corpora.jats import elife_articles, load_jats
from paperparse.corpora.small_pairs import small_pairs

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"

pytestmark = pytest.mark.skipif(
    not CORPORA.is_dir(), reason=f"gold corpora not found at {CORPORA} (expected <repo>/../shared/corpora)"
)


def _elife(article: str) -> dict:
    return load_jats(CORPORA / "elife" / f"elife-{article}" / f"elife-{article}.xml")


def test_elife_articles_are_paired() -> None:
    ids = [aid for aid, _, _ in elife_articles(CORPORA / "elife")]
    assert "01222" in ids and "1234567890" in ids
    assert all(pdf.suffix == ".pdf" for _, pdf, _ in elife_articles(CORPORA / "elife"))


def test_jats_front_matter() -> None:
    gold = _elife("01222")
    assert gold["title"] == "Engineered proteins detect spontaneous DNA breakage in human and bacterial cells"
    assert gold["doi"] == "10.7554/eLife.01222"
    assert len(gold["authors"]) == 20
    first = gold["authors"][0]
    assert (first["given"], first["surname"], first["affiliations"][0]) == ("Chandan", "Shee", "aff1")
    assert gold["affiliations"][0]["raw"].startswith("Department of Molecular and Human Genetics, Baylor")
    assert gold["abstract"].startswith("Spontaneous DNA breaks instigate genomic changes")
    assert "eLife digest" not in gold["abstract"] and "DOI:" not in gold["abstract"]
    assert "DNA double-strand break" in gold["keywords"] and "Human" not in gold["keywords"]


def test_jats_body_and_back() -> None:
    gold = _elife("01222")
    assert gold["sections"][:3] == [
        {"title": "Introduction", "level": 1},
        {"title": "Results", "level": 1},
        {"title": "Production of functional GamGFP from the E. coli chromosome", "level": 2},
    ]
    assert gold["figures"][0]["label"] == "Figure 1."
    assert gold["figures"][0]["caption"].startswith(
        "GamGFP production mimics recB double-strand-exonuclease defect."
    )
    assert len(gold["references"]) == 89
    ref = next(r for r in gold["references"] if r["id"] == "bib2")
    assert [a["surname"] for a in ref["authors"]] == ["Akroyd", "Symonds"]
    assert (ref["year"], ref["venue"], ref["volume"], ref["pages"]) == ("1986", "Gene", "49", "273-282")
    assert ref["doi"] == "10.1016/0378-1119(86)90288-X"
    assert gold["citations"][0] == {"text": "Jackson and Bartek, 2009", "ref_ids": ["bib40"]}
    assert all(c["ref_ids"] for c in gold["citations"])


def test_jats_statements_are_not_footnotes() -> None:
    texts = [f["text"] for f in _elife("01222")["footnotes"]]
    assert not any("competing interests" in t for t in texts)


def test_elife_poa_has_no_body() -> None:
    gold = _elife("19532")
    assert gold["references"] == [] and gold["sections"] == [] and len(gold["authors"]) == 9


def test_docbank_tokens_and_pages() -> None:
    pages = docbank_pages(CORPORA / "docbank")
    assert len(pages) == 45
    page = next(p for p in pages if p.name.startswith("10.tar_1701.04170"))
    assert page.page == 8 and page.pdf.name.endswith("_black.pdf")
    first = page.tokens[0]
    assert (first.text, first.box, first.label) == ("NLDSA", (362.0, 108.0, 418.0, 121.0), "paragraph")
    labels = {t.label for p in pages for t in p.tokens}
    assert {"title", "author", "abstract", "section", "caption", "footer", "reference"} <= labels


def test_docbank_rejects_names_without_page() -> None:
    with pytest.raises(ValueError):
        load_tokens(CORPORA / "docbank" / "README.txt")


def test_small_pairs() -> None:
    pairs = {name: gold for name, _, gold in small_pairs(CORPORA / "small-pairs")}
    assert pairs["science-parse/agarwal11"]["fields"] == ["title"]
    assert pairs["science-parse/agarwal11"]["title"].startswith("Noisy Matrix Decomposition")
    assert "science-parse/map-reduce" not in pairs  # only "line" assertions: nothing to score
    labels = pairs["science-parse/P14-1059-labels"]
    assert labels["fields"] == ["abstract", "authors", "title"]
    assert [a["surname"] for a in labels["authors"]] == ["Dinu", "Baroni"]
    cermine = pairs["cermine/test1"]
    assert "sections" not in cermine["fields"] and "emails" in cermine["fields"]
    assert cermine["doi"] == "10.1186/1752-2897-4-1"
    assert (
        cermine["affiliations"][0]["raw"]
        == "Department of Surgery, University of British Columbia, Vancouver, Canada"
    )
    assert [a["email"] for a in cermine["authors"] if a["email"]] == ["ball.chad@gmail.com"]


def test_grobid_tei_loaders() -> None:
    grobid = CORPORA / "grobid"
    header = load_split(grobid, "header")
    assert len(header) == 2
    doc = next(d for d in header if d.name == "header301")
    assert doc.items[0] == ("title", "Tolerating Latency with Dagger")
    assert ("email", "fgursoy,kaleg@cs.uiuc.edu") in doc.items
    assert doc.lines[0] == "Tolerating Latency with Dagger"
    fulltext = load_split(grobid, "fulltext")
    fields = {f for d in fulltext for f, _ in d.items}
    assert {"section_title", "figure_caption", "table_caption"} <= fields
    segmentation = load_split(grobid, "segmentation")
    zones = [f for d in segmentation for f, _ in d.items]
    assert "listBibl" in zones and "note:footnote" in zones
