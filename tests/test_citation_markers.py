"""In-text citation markers → reference ids: numeric and author-year styles, and robustness on any text."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from paperparse.document import Caption, Location, RefAuthor, Reference, Section
from paperparse.layout.model import Block
from paperparse.layout.trace import TextTrace
from paperparse.pdf.model import Font, Line, Word
from paperparse.references.citations import MAX_RANGE, Passage, link_citations, passages, unread_passages


def numbered(count: int) -> list[Reference]:
    """References labelled 1..count, as a numbered bibliography parses."""
    return [Reference(id=f"b{n - 1}", raw=f"[{n}] Ref {n}.", label=str(n)) for n in range(1, count + 1)]


def author_year(ref_id: str, surname: str, year: str, raw_year: str | None = None) -> Reference:
    """An author-year reference; `raw_year` ("2012a") is what the bibliography prints."""
    return Reference(
        id=ref_id,
        raw=f"{surname}, A. ({raw_year or year}). Some title. Some Journal 1, 2-3.",
        authors=[RefAuthor(name=f"A. {surname}", given="A.", surname=surname)],
        year=year,
    )


AUTHOR_YEAR_REFS = [
    author_year("smith", "Smith", "2010"),
    author_year("lee", "Lee", "2012", "2012a"),
    author_year("lee_b", "Lee", "2012", "2012b"),
    author_year("lee10", "Lee", "2010"),
    author_year("wu", "Wu", "2012"),
    author_year("dacosta", "da Costa", "2010"),
]


def cited(text: str, refs: list[Reference]) -> list[tuple[str, list[str]]]:
    return [(c.text, c.ref_ids) for c in link_citations([Passage(text, 4, "s1")], refs)]


def test_group_authors_are_cited_by_their_whole_name() -> None:
    consortium = Reference(
        id="hmp",
        raw="The Human Microbiome Jumpstart Reference Strains Consortium, Nelson KE, Weinstock GM. 2010. A title.",
        authors=[RefAuthor(name="KE Nelson", given="KE", surname="Nelson")],  # the parser's person names
        year="2010",
    )
    r_team = Reference(id="r", raw="R Development Core Team. 2014. R: a language.", year="2014")
    text = "(Smith, 2010; The Human Microbiome Jumpstart Reference Strains Consortium, 2010) in R (R Development Core Team, 2014)."
    assert cited(text, [*AUTHOR_YEAR_REFS, consortium, r_team]) == [
        ("Smith, 2010", ["smith"]),
        ("The Human Microbiome Jumpstart Reference Strains Consortium, 2010", ["hmp"]),
        ("R Development Core Team, 2014", ["r"]),
    ]


def test_single_number() -> None:
    assert cited("as shown before [3].", numbered(5)) == [("[3]", ["b2"])]


def test_range_and_list_expanded() -> None:
    assert cited("earlier work [3–5, 9] agrees", numbered(10)) == [("[3–5, 9]", ["b2", "b3", "b4", "b8"])]
    assert cited("two studies [2, 3]", numbered(5)) == [("[2, 3]", ["b1", "b2"])]
    assert cited("hyphen range [1-3]", numbered(5)) == [("[1-3]", ["b0", "b1", "b2"])]


def test_bracketed_labels_match_too() -> None:
    refs = [Reference(id="r7", raw="[7] X.", label="[7]")]
    assert cited("see [7]", refs) == [("[7]", ["r7"])]


def test_unknown_numbers_are_not_linked() -> None:
    assert cited("see [42] and [1, 42]", numbered(3)) == [("[1, 42]", ["b0"])]


def test_page_and_section_are_kept() -> None:
    (citation,) = link_citations([Passage("see [1]", 4, "s1")], numbered(1))
    assert (citation.page, citation.section_id) == (4, "s1")


def test_author_year_parenthetical_cites_each_work() -> None:
    got = cited("as reported (Smith et al., 2010; Lee 2012a).", AUTHOR_YEAR_REFS)
    assert got == [("Smith et al., 2010", ["smith"]), ("Lee 2012a", ["lee"])]


def test_a_long_list_of_works_in_one_parenthesis() -> None:
    others = "; ".join(f"Jumpstart Reference Strains Consortium {k}, 1999" for k in range(8))
    got = cited(f"diverse communities (Smith et al., 2010; {others}; Wu et al., 2012).", AUTHOR_YEAR_REFS)
    assert got == [("Smith et al., 2010", ["smith"]), ("Wu et al., 2012", ["wu"])]


def test_author_year_several_years_of_one_author() -> None:
    got = cited("(Lee, 2010, 2012b; Wu et al., 2012)", AUTHOR_YEAR_REFS)
    assert [ids for _, ids in got] == [["lee10"], ["lee_b"], ["wu"]]


def test_narrative_citation() -> None:
    assert cited("Smith et al. (2010) showed it.", AUTHOR_YEAR_REFS) == [("Smith et al. (2010)", ["smith"])]
    assert cited("as Smith et al. [2010] showed.", AUTHOR_YEAR_REFS) == [("Smith et al. [2010]", ["smith"])]


def test_multi_word_surname() -> None:
    got = cited("a later model (da Costa and Martin, 2010).", AUTHOR_YEAR_REFS)
    assert got == [("da Costa and Martin, 2010", ["dacosta"])]


def test_author_year_needs_authors_and_year() -> None:
    refs = [Reference(id="x", raw="Smith 2010"), author_year("y", "Smith", "2011")]
    assert cited("(Smith, 2010)", refs) == []


def test_passages_cover_paragraphs_and_captions() -> None:
    where = Location(page=2, bbox=(0.0, 0.0, 1.0, 1.0))
    sections = [Section(id="s0", number="1", title="Intro", level=1, paragraphs=["p1", "p2"], location=where)]
    captions = [Caption(id="f1", label="Figure 1", caption="A figure [1].", location=None)]
    found = [(p.text, p.page, p.section_id) for p in passages(sections, captions)]
    assert found == [("p1", 2, "s0"), ("p2", 2, "s0"), ("A figure [1].", None, None)]


def _best_time(text: str, refs: list[Reference] = AUTHOR_YEAR_REFS) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        link_citations([Passage(text, None, None)], refs)
        best = min(best, time.process_time() - start)
    return best


def test_huge_range_does_not_explode() -> None:
    refs = numbered(300)
    for text in ("[1-999999]", "[1-9999]", "[5-1]", "[1–300]"):
        for citation in link_citations([Passage(text, None, None)], refs):
            assert len(citation.ref_ids) <= MAX_RANGE + 1


def test_long_paragraph_grows_linearly() -> None:
    """Every marker of a 100 kB paragraph is found, and 4x the text takes about 4x as long (not 16x)."""
    sentence = (
        "Smith et al. (2010) and others (Lee 2012a; Wu, 2012) found it [1–3, 7]. Growth-Factor-Beta rose. "
    )
    refs = numbered(10) + AUTHOR_YEAR_REFS
    citations = link_citations([Passage(sentence * (100_000 // len(sentence)), 1, None)], refs)
    assert len(citations) == 4 * (100_000 // len(sentence))
    small = _best_time(sentence * (20_000 // len(sentence)), refs)
    large = _best_time(sentence * (80_000 // len(sentence)), refs)
    assert large < 8 * small + 0.01, (small, large)


def test_hyphen_and_apostrophe_runs_grow_linearly() -> None:
    """Runs like 'A-A-A-…' once made the narrative-marker search quadratic (8 kB took 4 s).

    A ratio of the CPU time of two sizes, not a wall-clock limit, so a loaded machine cannot fail it: 4x
    the text may take about 4x as long (linear), well under the 16x of a quadratic search.
    """
    for unit in ("A-", "A'", "Ab-", "Aa "):
        small = _best_time(unit * (10_000 // len(unit)))
        large = _best_time(unit * (40_000 // len(unit)))
        assert large < 8 * small + 0.01, (unit, small, large)


_MARKERISH = st.text(alphabet="Sml ithaLeWu.,;&()[]-–0123456789 eta", max_size=300)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _MARKERISH))
def test_any_text_links_only_existing_references(text: str) -> None:
    refs = numbered(12) + AUTHOR_YEAR_REFS
    ids = {r.id for r in refs}
    for citation in link_citations([Passage(text, None, None)], refs):
        assert citation.ref_ids and set(citation.ref_ids) <= ids
        assert citation.text in text


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(["-", "–", "—"]))
def test_any_range_is_bounded(low: int, high: int, dash: str) -> None:
    refs = numbered(50)
    for citation in link_citations([Passage(f"[{low}{dash}{high}]", None, None)], refs):
        assert len(citation.ref_ids) <= min(MAX_RANGE + 1, 50)
        assert all(r in {r.id for r in refs} for r in citation.ref_ids)


def test_an_unlabelled_bibliography_is_numbered_in_order() -> None:
    refs = [Reference(id=f"r{n}", raw=f"A. Author{n}, “Title {n},” 2001.") for n in range(3)]
    assert cited("as known [2], [1][3]", refs) == [("[2]", ["r1"]), ("[1]", ["r0"]), ("[3]", ["r2"])]


def test_an_unlabelled_author_year_bibliography_is_not_numbered() -> None:
    assert cited("on [0, 1] (Smith, 2010)", AUTHOR_YEAR_REFS) == [("Smith, 2010", ["smith"])]


def one_line(text: str, x: float, y: float, zone: str = "body") -> Block:
    """A block of one 10 pt line at (x, y), each word 5 pt wide per character."""
    words, font = [], Font("Times", 10.0, False, False)
    for part in text.split():
        words.append(Word(part, x, y, x + 5 * len(part), y + 10, font))
        x += 5 * len(part) + 5
    return Block((Line(words, 1),), 1, 0, zone=zone)


class BlocksOnly:
    """A layout reduced to its text blocks, which is all `unread_passages` reads."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def text_blocks(self, zone: str | None = None) -> list[Block]:
        return [b for b in self.blocks if zone is None or b.zone == zone]


def test_table_cells_no_paragraph_read_are_searched_for_markers() -> None:
    paragraph = one_line("as shown before [1].", 50, 100)
    read = TextTrace()
    read.add(paragraph.text, paragraph)
    cell = one_line("CAM [2] 80.1%", 50, 200)
    labels = one_line("[1] [2]", 20, 400)  # the bibliography's labels, set apart from its entries
    entry = one_line("A. Lee, “A title,” 2001.", 60, 400, zone="references")
    vector = one_line("weights [1,2,2,3] on [0, 1] or [2]", 50, 300)
    texts = [Passage(paragraph.text, 1, "s1", read)]
    extra = unread_passages(BlocksOnly([paragraph, cell, vector, labels, entry]), texts)  # type: ignore[arg-type]
    assert [p.text for p in extra] == ["CAM [2] 80.1%", "weights [1,2,2,3] on [0, 1] or [2]"]
    found = link_citations(texts + extra, numbered(3))
    assert [(c.text, c.ref_ids) for c in found] == [("[1]", ["b0"]), ("[2]", ["b1"]), ("[2]", ["b1"])]
    assert found[1].boxes[0].bbox == (70.0, 200.0, 85.0, 210.0)
