"""The generated title-page corpus (scripts/header_corpus.py): its gold is what its LaTeX prints, in the
shape `score_document` reads. Only the last test needs pdflatex and the publisher classes; it skips where
they are not installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from scripts_loader import SCRIPTS, load_script

SCRIPT = SCRIPTS / "header_corpus.py"


corpus = load_script("header_corpus")
VENUES = range(corpus.VENUE_SEEDS, corpus.VENUE_SEEDS + 36)
"""Seeds of the venue kits' range (`VENUE_CLASSES`)."""
FORMS = range(corpus.FORM_SEEDS, corpus.FORM_SEEDS + 48)
"""Seeds of the forms' range (`FORM_CLASSES`)."""
SEEDS = (*range(0, 120), *VENUES, *FORMS)


def test_a_seed_draws_the_same_page_and_its_parity_is_its_group():
    assert corpus.page_latex(corpus.draw_page(7)) == corpus.page_latex(corpus.draw_page(7))
    assert corpus.gold(corpus.draw_page(8), 8)["group"] == "dev"
    assert corpus.gold(corpus.draw_page(7), 7)["group"] == "judge"


def test_every_class_gets_dev_and_judge_seeds():
    seen = {(corpus.draw_page(s).cls, corpus.group_of(s)) for s in range(2 * len(corpus.CLASSES))}
    assert seen == {(c, g) for c in corpus.CLASSES for g in ("dev", "judge")}
    venues = {(corpus.draw_page(s).cls, corpus.group_of(s)) for s in VENUES}
    assert venues == {(c, g) for c in corpus.VENUE_CLASSES for g in ("dev", "judge")}
    forms = {(corpus.draw_page(s).cls, corpus.group_of(s)) for s in FORMS}
    assert forms == {(c, g) for c in corpus.FORM_CLASSES for g in ("dev", "judge")}


def test_every_byline_form_is_drawn_and_names_run_to_twelve():
    pages = [corpus.draw_page(s) for s in (*range(240), *VENUES, *FORMS)]
    assert {(p.cls, p.variant) for p in pages} == {
        (c, f) for c, forms in corpus._FORMS.items() for f in forms
    }
    crowded = [p for p in pages if len(p.authors) > 12]  # `_draw_crowd`'s bylines of 13-20 names
    assert crowded and max(len(p.authors) for p in crowded) <= 20
    assert {p.cls for p in crowded} <= set(corpus._CROWD_CLASSES)
    assert max(len(p.authors) for p in pages if p not in crowded) == 12
    assert any(p.grouped for p in pages)


def test_gold_names_affiliations_and_emails_are_printed_in_the_latex():
    for seed in SEEDS:
        page = corpus.draw_page(seed)
        tex = corpus.page_latex(page)
        truth = corpus.gold(page, seed)
        assert _printed_words(page) == page.title.split() and corpus._printed_title(page) in tex
        assert page.abstract in tex
        for author in page.authors:  # IEEE Access prints the byline in capitals, CAS some letters as macros
            name = author.full.upper() if page.access else author.full
            assert (corpus._cas_name(name) if page.cas else name) in tex, (seed, author.full)
        for affiliation in page.affiliations:
            department = corpus._PLACEHOLDER if page.placeholders else affiliation.department
            printed = [affiliation.institution, affiliation.city]  # the places form prints no department
            for part in printed if page.cls == "ieee_conference_places" else [department, *printed]:
                assert part in tex, (seed, part)
        for email in truth["emails"]:
            local, domain = email.split("@")
            if page.grouped:  # "\\{ann.lee,bo.kim\\}@uni.edu" prints each local part once
                assert tex.count(local) == 1 and domain in tex, (seed, email)
            else:  # IEEE Access's "Corresponding author" line repeats that author's address
                repeated = page.access is not None and page.authors[page.access.corresponding].email == email
                assert tex.count(email) == 1 + repeated, (seed, email)


def _printed_words(page) -> list[str]:
    """The title's words as \\title prints them: without its hand breaks, small caps, \\thanks note and
    the "Accepted to" line set over it."""
    printed = re.sub(r"\\thanks\{.*", "", corpus._printed_title(page))
    printed = re.sub(r"^\{\\normalsize\\normalfont [^}]*\}\\\\\[10pt\]", "", printed)
    return re.sub(r"\\textsc\{|\}|\\\\|\\Large\b", " ", printed).split()


def test_distractors_are_drawn_in_every_kind_and_never_enter_the_gold():
    pages = {seed: corpus.draw_page(seed) for seed in range(1, 241)}
    kinds = {k for p in pages.values() for k in corpus.gold(p, 0)["features"]["distractor"]}
    assert {"collaboration", "epigraph", "teaser", "arxiv", "membership", "subtitle", "keywords"} <= kinds
    assert {k.split()[0] for k in kinds} >= {"banner", "note", "email"}
    for seed, page in pages.items():
        truth = corpus.gold(page, seed)
        names = {f"{a['given']} {a['surname']}" for a in truth["authors"]}
        assert not any("Collaboration" in n or "IEEE" in n for n in names), seed


def test_dev_and_judge_seeds_print_a_distractor_in_different_words():
    dev = {k: v for s in range(0, 240, 2) for k, v in corpus.draw_page(s).noise.items() if v}
    judge = {k: v for s in range(1, 240, 2) for k, v in corpus.draw_page(s).noise.items() if v}
    assert (
        dev["note equal"] != judge["note equal"] and dev["epigraph"].split("---")[0] != judge["epigraph"][:30]
    )


def test_every_gold_affiliation_belongs_to_an_author_and_is_printed_once_a_class_prints_it():
    for seed in SEEDS:
        truth = corpus.gold(corpus.draw_page(seed), seed)
        linked = {i for a in truth["authors"] for i in a["affiliations"]}
        assert linked == {a["id"] for a in truth["affiliations"]}, seed
        if truth["features"]["form"].endswith("anonymous"):  # "Anonymous Author(s)", no affiliation
            assert [a["affiliations"] for a in truth["authors"]] == [[]] and not truth["affiliations"]
            continue
        if truth["features"]["class"] not in corpus._SECOND_AFFILIATIONS:
            assert all(len(a["affiliations"]) == 1 for a in truth["authors"]), seed
        assert 1 <= len(truth["authors"]) <= 20 and 1 <= len(truth["affiliations"]) <= 4


def test_score_is_perfect_for_the_gold_itself_and_counts_a_lost_author(tmp_path):
    for seed in (0, 1, 2):
        folder = tmp_path / f"header_{seed:04d}"
        folder.mkdir()
        (folder / "gold.json").write_text(json.dumps(corpus.gold(corpus.draw_page(seed), seed)), "utf-8")

    def read_gold(pdf: Path) -> dict:
        return json.loads((pdf.parent / "gold.json").read_text("utf-8"))

    perfect = corpus.score(tmp_path, "all", read_gold)
    assert perfect["overall"]["papers"] == 3
    for field in corpus.FIELDS:
        assert perfect["overall"]["fields"][field][corpus.MATCHING[field]]["f1"] == 1.0

    def one_author_lost(pdf: Path) -> dict:
        doc = read_gold(pdf)
        doc["authors"] = doc["authors"][1:]
        return doc

    lossy = corpus.score(tmp_path, "dev", one_author_lost)
    assert lossy["overall"]["papers"] == 2  # seeds 0 and 2
    authors = lossy["overall"]["fields"]["authors"]["ratcliff"]
    assert authors["precision"] == 1.0 and authors["tp"] == authors["gold"] - 2
    assert "class=" + corpus.draw_page(0).cls in lossy
    assert "overall" in corpus.report(lossy).splitlines()[1]


def _class_installed(name: str) -> bool:
    if shutil.which("kpsewhich") is None:
        return False
    return bool(subprocess.run(["kpsewhich", name], capture_output=True, text=True).stdout.strip())


@pytest.mark.skipif(
    shutil.which("pdflatex") is None or not _class_installed("IEEEtran.cls"),
    reason="pdflatex or texlive-publishers not installed (TeX is a dev tool)",
)
def test_a_generated_page_compiles_and_prints_its_authors(tmp_path):
    import pypdfium2

    seed = next(s for s in SEEDS if corpus.draw_page(s).cls == "ieee_conference")
    page = corpus.draw_page(seed)
    pdf = corpus.compile_pdf(corpus.page_latex(page), tmp_path)
    document = pypdfium2.PdfDocument(pdf)
    text = document[0].get_textpage().get_text_range()
    document.close()
    for author in page.authors:
        assert author.full in text


def test_ml_conference_pages_score_what_they_print():
    """ICML prints only its corresponding authors' addresses ("Correspondence to: Name <email>"), so
    only those are gold; an anonymous build's gold is its placeholder name, its affiliations and
    addresses unscored."""
    pages = {s: corpus.draw_page(s) for s in range(400) if corpus.draw_page(s).cls in ("icml", "neurips")}
    for seed, page in pages.items():
        truth, tex = corpus.gold(page, seed), corpus.page_latex(page)
        if page.variant == "anonymous":
            assert [a.full for a in page.authors] == [corpus._ANONYMOUS[page.cls]]
            assert "affiliations" not in truth["fields"] and "emails" not in truth["fields"]
        elif page.cls == "icml":
            assert all(f"<{e}>" in tex for e in truth["emails"])
    assert {p.variant for p in pages.values()} == {"named", "grid", "anonymous"}
    named = [s for s, p in pages.items() if p.cls == "icml" and p.variant == "named"]
    assert any(corpus.gold(pages[s], s)["emails"] for s in named)


def test_springer_journal_pages_head_institutes_with_initials_and_contacts_the_gold_leaves_out():
    pages = [(seed, corpus.draw_page(seed)) for seed in range(264)]
    springer = [(seed, page) for seed, page in pages if page.cls == "svjour"]
    assert {page.variant for _, page in springer} == {"at", "inst"}
    assert any(page.springer.twocolumn for _, page in springer)
    assert any(page.cls == "llncs" and page.variant == "lines" for _, page in pages)
    for seed, page in springer:
        tex = corpus.page_latex(page)
        assert "manuscript No." in tex and page.springer.received in tex
        if page.variant == "at":  # each institute opens with its members' initialled names
            assert corpus._initialled(page.authors[0]) in tex, seed
        for contact in (line for lines in page.springer.contacts for line in lines):
            assert contact in tex
        for affiliation in corpus.gold(page, seed)["affiliations"]:
            assert "Tel." not in affiliation["raw"] and "·" not in affiliation["raw"], seed
    assert any(lines for _, page in springer for lines in page.springer.contacts)


def test_notices_fonts_and_math_titles_are_drawn_where_their_classes_print_them():
    pages = {seed: corpus.draw_page(seed) for seed in range(400)}
    for seed, page in pages.items():
        tex, title = corpus.page_latex(page), corpus.gold(page, seed)["title"]
        assert "$" not in title and ("title math" in page.noise) == ("$" in page.title), seed
        own_fonts = "computer modern" in page.noise or page.cls in corpus._OWN_FONTS
        assert own_fonts == ("mathptmx" not in tex), seed
        if "computer modern" in page.noise:
            assert page.cls in corpus._COMPUTER_MODERN
        if "ieee running head" in page.noise:
            assert page.cls in corpus._IEEE_JOURNALS and "\\markboth" in tex
        if "lncs subtitle" in page.noise:  # printed under the title, no part of the gold's
            assert f"\\subtitle{{{page.noise['lncs subtitle']}}}" in tex
            assert page.noise["lncs subtitle"] not in title
    drawn = {k for p in pages.values() for k in p.noise}
    assert {"computer modern", "ieee running head", "ieee pubid", "mail line", "lncs subtitle"} <= drawn
    rows = [corpus.draw_page(s) for s in range(2000) if s // 2 % len(corpus.CLASSES) == 10]
    assert {p.cls for p in rows} == {"ieee_conference_rows"}
    assert max(len(p.authors) for p in rows) > 8  # three rows of up to four blocks


def test_cas_pages_print_the_gold_affiliation_keys_and_the_keyword_panel():
    """CAS: the title in its mode, each affiliation's gold (organization, addressline, city, country) as
    key values, the keywords in the panel's environment, not the shared keyword line."""
    pages = [(s, corpus.draw_page(s)) for s in range(400) if corpus.draw_page(s).cls == "elsevier_cas"]
    assert pages and any(p.cas.streets for _, p in pages) and any(not p.cas.keywords for _, p in pages)
    for seed, page in pages:
        tex = corpus.page_latex(page)
        assert "\\title[mode = title]" in tex and "\\textbf{Keywords:}" not in tex, seed
        assert ("\\begin{keywords}" in tex) == bool(page.cas.keywords), seed
        for affiliation in corpus.gold(page, seed)["affiliations"]:
            for part in affiliation["raw"].split(", "):
                assert part in tex, (seed, part)


def test_venue_pages_are_drawn_from_their_own_seeds_and_print_the_kits_address_forms():
    """The venue kits (CVPR, IJCAI/AAAI, ACL) are drawn from `VENUE_SEEDS` on only, so an older seed is
    the page it was; their pages print grouped addresses with a comma, a spaced comma or a bar inside
    the braces, some lines of addresses after a label, and ACL's shared blocks name each affiliation's
    authors together in the gold's order."""
    assert all(corpus.draw_page(s).cls in corpus.CLASSES for s in range(0, 400))
    pages = [(s, corpus.draw_page(s)) for s in range(corpus.VENUE_SEEDS, corpus.VENUE_SEEDS + 120)]
    braces = {p.noise["brace"] for _, p in pages if p.grouped}
    assert braces == {",", ", ", "|"}
    assert any("email line label" in p.noise for _, p in pages)
    for seed, page in pages:
        tex = corpus.page_latex(page)
        if "email line label" in page.noise:
            assert page.noise["email line label"] in tex, seed
        if page.variant == "shared":
            firsts = [a.affiliations[0] for a in page.authors]
            assert firsts == sorted(firsts), seed


def test_journal_seeds_draw_springer_journals_with_structured_abstracts_in_both_groups():
    """From `JOURNAL_SEEDS` on only svjour3 and sn-jnl are drawn, most with a structured abstract whose
    bold heads the LaTeX sets and the gold keeps as text, each wording in one fold group only; the venue
    seeds below stay the kits' pages."""
    assert all(
        corpus.draw_page(s).cls in corpus.VENUE_CLASSES
        for s in range(corpus.VENUE_SEEDS, corpus.VENUE_SEEDS + 40)
    )
    pages = [(s, corpus.draw_page(s)) for s in range(corpus.JOURNAL_SEEDS, corpus.JOURNAL_SEEDS + 40)]
    assert {p.cls for _, p in pages} == set(corpus.JOURNAL_CLASSES)
    forms = {(s % 2, p.noise["structured abstract"]) for s, p in pages if "structured abstract" in p.noise}
    assert forms == {(0, "paragraphs"), (1, "paragraphs"), (0, "run on"), (1, "run on")}
    for seed, page in pages:
        tex = corpus.page_latex(page)
        if "structured abstract" not in page.noise:
            assert page.abstract in tex, seed
            continue
        heads = corpus._STRUCTURED_HEADS[seed % 2]
        assert page.abstract.startswith(heads[0]), seed
        assert all(f"\\textbf{{{head}" in tex for head in heads), seed
        assert not any(head in page.abstract for head in corpus._STRUCTURED_HEADS[1 - seed % 2][:1]), seed


def test_math_seeds_open_every_title_with_math_and_run_ieee_journal_bylines_long():
    """From `MATH_SEEDS` on only `MATH_CLASSES` are drawn: every title's first word opens with inline math
    (the gold holds its text form, no "$"), some hold a second math word; IEEE journal bylines have 6-12+
    names; the Springer journal seeds below stay as they were, structured abstracts and all."""
    journal = [corpus.draw_page(s) for s in range(corpus.MATH_SEEDS - 40, corpus.MATH_SEEDS)]
    assert {p.cls for p in journal} == set(corpus.JOURNAL_CLASSES)
    assert any("structured abstract" in p.noise for p in journal)
    pages = [(s, corpus.draw_page(s)) for s in range(corpus.MATH_SEEDS, corpus.MATH_SEEDS + 48)]
    assert {p.cls for _, p in pages} == set(corpus.MATH_CLASSES)
    assert any("title math inside" in p.noise for _, p in pages)
    for seed, page in pages:
        assert page.title.startswith("$"), seed
        assert "structured abstract" not in page.noise, seed
        title = corpus.gold(page, seed)["title"]
        assert "$" not in title and "\\" not in title, seed
        if page.cls in ("ieee_journal", "ieee_journal_compsoc"):
            assert len(page.authors) >= 6, seed
