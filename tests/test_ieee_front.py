"""Title pages of IEEE and ML-conference papers as real ones print them (scripts/header_corpus.py's
ieee_conference_rows, icml and neurips classes): titles broken by hand, wrapped to six lines or
subtitled in smaller type, names set apart by marks alone or wrapped after a particle, two rows of
numbered author blocks set close."""

from __future__ import annotations

from pathlib import Path

from pdfgen import byline_grid_page, display_title_page, grade_wrapped_byline_page, statements_footnote_page

from paperparse.document import Document
from paperparse.header.affiliations import affiliations_from
from paperparse.header.bylines import AuthorBlock, _rejoin_cut_names
from paperparse.header.parts import Parts, _byline_goes_on, combine
from paperparse.header.title import run_on
from paperparse.layout import Block
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract

LONG_TITLE = [
    "Optimisation Evaluation Uncertainty",
    "Inference Learning",
    "Language Robust Benchmark Scalable",
    "Representations Structured Adaptive",
    "Retrieval Attention Multilingual Models",
    "Kernels Streaming Neural",
]


def _names(doc: Document) -> list[str]:
    return [a.name for a in doc.authors]


def test_a_title_broken_by_hand_keeps_its_last_line_from_the_byline(tmp_path: Path) -> None:
    """The title's later lines, indented under its first, are a block of their own; its last line
    ("Models Learning") is no author: the title runs on through the blocks in its type and leading."""
    title = [("Optimisation of Multilingual", 17, 40), ("Inference", 17, 47.7), ("Models Learning", 17, 55.4)]
    byline = [[("Anonymous Author(s)", False)]]
    doc = extract(display_title_page(tmp_path / "broken.pdf", title, byline, ["Affiliation"]))
    assert doc.title == "Optimisation of Multilingual Inference Models Learning"
    assert _names(doc) == ["Anonymous Author(s)"]


def test_a_subtitle_after_the_colon_in_smaller_type_is_the_titles(tmp_path: Path) -> None:
    title = [
        ("Adaptive Models for Scalable Parsing:", 20, 40),
        ("SPARSE REPRESENTATIONS OF DOCUMENTS", 15, 48),
    ]
    byline = [[("Zoe A. van Horvath", False), ("1", True), (", Yuki Fernandez", False), ("2", True)]]
    under = ["1 University of Oslo, Norway", "2 Kyoto University, Japan"]
    doc = extract(display_title_page(tmp_path / "subtitle.pdf", title, byline, under))
    assert doc.title == "Adaptive Models for Scalable Parsing: SPARSE REPRESENTATIONS OF DOCUMENTS"
    assert _names(doc) == ["Zoe A. van Horvath", "Yuki Fernandez"]


def test_a_title_of_six_lines_in_display_type_is_the_title_not_the_byline(tmp_path: Path) -> None:
    """IEEE's 24 pt title set narrow runs to six lines: more than a paragraph-length block the title
    search allowed, so the byline under it (IEEE grades and all) had been taken for the title."""
    title = [(text, 24, 30 + 9.8 * i) for i, text in enumerate(LONG_TITLE)]
    byline = [
        [("A. M. de Muller, Member, IEEE, S. Ivanova, Senior Member, IEEE, and Noemie A. Schmidt", False)]
    ]
    doc = extract(display_title_page(tmp_path / "long.pdf", title, byline, ["University of Oslo, Norway"]))
    assert doc.title == " ".join(LONG_TITLE)
    assert _names(doc) == ["A. M. de Muller", "S. Ivanova", "Noemie A. Schmidt"]


def test_lower_case_particles_read_as_parts_of_names(tmp_path: Path) -> None:
    """ "Chloe D. de la Bianchi": "de" and "la" are the surname's, not words of a sentence, so the line
    under a five-line title reads as a byline."""
    lines = [
        "Sparse Prediction Kernels",
        "Neural Inference Language Efficient Models",
        "Transfer Graph Retrieval Parsing",
        "Evaluation Robust Structured Learning Attention",
        "Streaming Scalable",
    ]
    title = [(text, 24, 30 + 9.8 * i) for i, text in enumerate(lines)]
    byline = [[("Laura C. Chen, Chloe D. de la Bianchi", False)]]
    doc = extract(display_title_page(tmp_path / "particles.pdf", title, byline, []))
    assert _names(doc) == ["Laura C. Chen", "Chloe D. de la Bianchi"]


def test_raised_marks_alone_separate_names(tmp_path: Path) -> None:
    """ICML's byline: names with superscript affiliation numbers and no commas between them."""
    title = [("Models of Inference and Evaluation", 14, 40)]
    byline = [
        [
            ("Mateo van Kim", False),
            ("1", True),
            (" M. Larsen", False),
            ("1", True),
            (" Grace P. Obrien", False),
            ("2", True),
        ]
    ]
    doc = extract(display_title_page(tmp_path / "icml.pdf", title, byline, []))
    assert _names(doc) == ["Mateo van Kim", "M. Larsen", "Grace P. Obrien"]


def test_a_name_cut_after_its_particle_goes_on_the_next_line(tmp_path: Path) -> None:
    """Names spaced wide on a centred line that breaks after "van": the surname opening the next line
    ends that name; a particle never ends one."""
    title = [("Is Code Better Than Language for Reasoning?", 14, 40)]
    first = [("Hans-Peter Kowalski", False), ("1", True), ("   Jose B. Chen", False), ("2", True)]
    first += [("   Rahul L. Okafor", False), ("1", True), ("   Kenji B. van", False)]
    doc = extract(
        display_title_page(tmp_path / "cut.pdf", title, [first, [("Bianchi", False), ("2", True)]], [])
    )
    assert _names(doc) == ["Hans-Peter Kowalski", "Jose B. Chen", "Rahul L. Okafor", "Kenji B. van Bianchi"]


def test_a_second_row_of_numbered_blocks_set_close_opens_its_own_blocks(tmp_path: Path) -> None:
    """IEEE's template numbers its authors ("5th Eve Gray") and \\linebreakand sets the second row of
    blocks right under the first one's last lines: each of its names, in the names' larger type,
    opens a block of its own however close, its number no part of the name."""
    first = [("1st", "Ann Lee"), ("2nd", "Bo Chen"), ("3rd", "Cy Dunn"), ("4th", "Di Fox")]
    second = [("5th", "Eve Gray"), ("6th", "Fay Hart"), ("7th", "Gil Ito")]
    rows = [
        [(f"{n} {name}", ["University of Oslo", "Oslo, Norway"]) for n, name in first],
        [(f"{n} {name}", ["Kyoto University", "Kyoto, Japan"]) for n, name in second],
    ]
    doc = extract(byline_grid_page(tmp_path / "rows.pdf", rows, row_gap=0.0))
    assert _names(doc) == [name for _, name in first + second]
    assert {a.name: len(a.affiliations) for a in doc.authors} == {name: 1 for _, name in first + second}


def test_correspondence_addresses_go_to_the_names_they_spell_across_a_hyphenated_break(
    tmp_path: Path,
) -> None:
    """ICML's footnote: "Correspondence to: Name <email>" for authors who share a given name, the second
    address hyphenated by TeX at the line's end ("<an-" / "nemarie.dubois@…>"). An address goes to the
    author whose surname it holds, not to one whose given name it holds as well, and loses TeX's
    hyphen inside her hyphen-less given name."""
    names = [("Anne-Marie Larsen", "1"), ("  Anne-Marie Dubois", "1"), ("  Anne-Marie Kowalski", "2")]
    byline = [[part for name, mark in names for part in ((name, False), (mark, True))]]
    foot = [
        [
            (
                "1University of Oslo, Norway 2Kyoto University, Japan. Correspondence to: Anne-Marie Larsen",
                False,
            )
        ],
        [("<annemarie.larsen@uio.no>, Anne-Marie Dubois <an-", False)],
        [("nemarie.dubois@uio.no>.", False)],
    ]
    title = [("Is Code Better Than Language for Reasoning?", 14, 40)]
    doc = extract(display_title_page(tmp_path / "icml.pdf", title, byline, [], foot=foot))
    assert [(a.name, a.email) for a in doc.authors] == [
        ("Anne-Marie Larsen", "annemarie.larsen@uio.no"),
        ("Anne-Marie Dubois", "annemarie.dubois@uio.no"),
        ("Anne-Marie Kowalski", None),
    ]


def test_a_row_of_shared_blocks_crowded_into_one_line_is_cut_at_the_columns_under_it(tmp_path: Path) -> None:
    """IEEE's blocks of one affiliation each ("A and B" over the shared lines), three to a row: the
    names fill their columns so nearly that one line runs across the row with word spaces between
    the blocks ("… Bo Chen Nakamura Eve Gray …"). The detail lines under the names stand apart at the
    columns' centres, and the names line is cut there."""
    names = ("Ann Lee and Bo Chen Nakamura", "Eve Gray and Dmitri Fernandez", "Cy Dunn and Fay Hart Okafor")
    places = (
        ["Department of Linguistics", "University of Warsaw", "Warsaw, Poland"],
        ["Institute for Data Science", "University of Vienna", "Vienna, Austria"],
        ["Department of Computer Science", "Politecnico di Milano", "Milan, Italy"],
    )
    doc = extract(byline_grid_page(tmp_path / "crowded.pdf", [list(zip(names, places, strict=True))]))
    assert _names(doc) == [name for pair in names for name in pair.split(" and ")]


def test_a_cut_name_takes_its_end_from_the_line_right_under_it_only(tmp_path: Path) -> None:
    """A byline list cut after a given name ("…, Tomasz") is ended by the line right under it
    ("Nikolaev¹, …"), not by a lone word of an address far below ("… Durban, South" / "Africa"), though
    that word reads as a surname too (eLife)."""
    byline = [
        [("Ann Lee", False), ("1", True), (", Tomasz", False)],
        [("Nikolaev", False), ("2", True)],
        [],
        [],
    ]
    places = ["1 University of Oslo, Norway", "2 Kwazulu-Natal University, Durban, South", "Africa"]
    byline += [[(place, False)] for place in places]  # in the names' type, as eLife sets them
    title = [("Tracking Mice in Their Home Cages", 17, 40)]
    pdf = display_title_page(tmp_path / "far.pdf", title, byline, [])
    lines = {ln.text: ln for ln in read_pdf(pdf).pages[0].lines}
    cut, near, far = lines["Ann Lee 1 , Tomasz"], lines["Nikolaev 2"], lines["Africa"]
    blocks = [AuthorBlock([cut])]
    assert _rejoin_cut_names(blocks, [[far]]) == [[far]] and blocks[0].names == [cut]
    assert _rejoin_cut_names(blocks, [[near]]) == [] and blocks[0].names == [cut, near]


def test_a_placeholder_line_read_as_the_byline_gives_way_to_the_anonymous_name(tmp_path: Path) -> None:
    """An anonymous NeurIPS build prints "Anonymous Author(s)" over "Affiliation", "Address" and
    "email": where the header's labeller takes "Address" for the byline, the rules' name line stands."""
    byline = [[("Anonymous Author(s)", False)]]
    title = [("UCB with Clustering and Improved Exploration", 17, 40)]
    pdf = display_title_page(tmp_path / "anonymous.pdf", title, byline, ["Affiliation", "Address", "email"])
    page = read_pdf(pdf).pages[0]
    block = {ln.text: Block((ln,), 1, 0, zone="front") for ln in page.lines}
    order = {id(ln): i for i, ln in enumerate(page.lines)}
    title_block = block[title[0][0]]
    rules = Parts(title=title_block, authors=[block["Anonymous Author(s)"]])
    learned = Parts(title=title_block, authors=[block["Address"]])
    assert combine(rules, learned, order, 10.0).authors == [block["Anonymous Author(s)"]]


def test_a_title_runs_on_into_the_block_right_under_it_wherever_the_reading_order_puts_it(
    tmp_path: Path,
) -> None:
    """The layout may order a byline line between a title's two blocks (a narrow last line, "LANGUAGE",
    read after an address line under it): the title still runs on into the block right under it, and
    the line between stays out."""
    title = [("PARSING REPRESENTATIONS ATTENTION", 24, 40), ("LANGUAGE", 24, 49.8)]
    pdf = display_title_page(
        tmp_path / "order.pdf", title, [[("Ann Lee", False)]], ["ann.lee@uio.no (A. Lee)"]
    )
    page = read_pdf(pdf).pages[0]
    block = {ln.text: Block((ln,), 1, 0, zone="front") for ln in page.lines}
    first, address, last = block[title[0][0]], block["ann.lee@uio.no (A. Lee)"], block["LANGUAGE"]
    joined, taken = run_on([first, address, last, block["Ann Lee"]], 0)
    assert joined.text == "PARSING REPRESENTATIONS ATTENTION LANGUAGE" and taken == [last]


FOOTNOTE = [
    [("1", True), ("Department of Lin-", False)],
    [
        ("guistics, University of Oslo, Oslo, Norway ", False),
        ("2", True),
        ("Kyoto University, Kyoto,", False),
    ],
    [("Japan. Correspondence to: Ann Lee <ann.lee@uio.no>.", False)],
]
"""ICML's affiliation footnote set narrow: TeX hyphenated a word of the first affiliation at the line's
end ("Lin-" / "guistics")."""


def _footnote_page(tmp_path: Path) -> Path:
    byline = [[("Ann Lee", False), ("1", True), ("  Bo Chen", False), ("2", True)]]
    title = [("Is Code Better Than Language for Reasoning?", 14, 40)]
    return display_title_page(tmp_path / "footnote.pdf", title, byline, [], foot=FOOTNOTE)


def test_an_affiliation_hyphenated_at_a_footnote_line_end_is_one_word(tmp_path: Path) -> None:
    """The affiliations keyed by raised numbers in the first page's footnote: the word TeX broke at
    the line's end, its rest read as a block of its own, is one word of the affiliation."""
    doc = extract(_footnote_page(tmp_path))
    raw = {a.id: a.raw for a in doc.affiliations}
    assert [(a.name, [raw[i] for i in a.affiliations]) for a in doc.authors] == [
        ("Ann Lee", ["Department of Linguistics, University of Oslo, Oslo, Norway"]),
        ("Bo Chen", ["Kyoto University, Kyoto, Japan"]),
    ]


def test_a_word_hyphenated_inside_a_footnote_block_is_one_word(tmp_path: Path) -> None:
    """The same footnote's lines in one block (LaTeX's footnote is one paragraph): the marker-keyed
    affiliation reads the broken word whole."""
    lines = read_pdf(_footnote_page(tmp_path)).pages[0].lines
    footnote = [ln for ln in lines if ln.y0 > 760]
    affiliations = affiliations_from([Block(tuple(footnote), 1, 0)])
    assert [a.raw for a in affiliations] == [
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "Kyoto University, Kyoto, Japan",
    ]


def test_a_statement_listing_five_names_after_a_note_is_read(tmp_path: Path) -> None:
    """IEEE journal's footnote: a note ("ORCID: …."), then one statement whose list of five names runs
    past a line before its verb ("A, B, C, D and E are with …"): the statement still starts after the
    note's full stop, and every name it lists gets its affiliation."""
    byline = "Francois M. Bianchi, Bjorn Novak, Mei Zhang, Priya da Smith and Chloe van der Ivanova"
    notes = (
        "ORCID: Francois M. Bianchi 0000-0002-1825-0097. Francois M. Bianchi, Bjorn Novak, Mei Zhang,",
        "Priya da Smith and Chloe van der Ivanova are with the University of Oslo, Oslo, Norway.",
    )
    doc = extract(statements_footnote_page(tmp_path / "statement.pdf", byline, notes))
    raw = {a.id: a.raw for a in doc.affiliations}
    assert {a.name: [raw[i] for i in a.affiliations] for a in doc.authors} == {
        name: ["University of Oslo, Oslo, Norway"] for name in byline.replace(" and ", ", ").split(", ")
    }


def test_a_statement_opened_by_an_accented_initial_is_read(tmp_path: Path) -> None:
    """ "… Norway. Ø. Berg is with …": the full stop after an initial ends no statement, whatever the
    initial's letter, so the next statement starts before "Ø.", not inside the name."""
    notes = (
        "Ann Lee is with the University of Oslo, Oslo, Norway. Ø. Berg is with the Kyoto University, Japan.",
    )
    doc = extract(statements_footnote_page(tmp_path / "initial.pdf", "Ann Lee and Ø. Berg", notes))
    raw = {a.id: a.raw for a in doc.affiliations}
    assert {a.name: [raw[i] for i in a.affiliations] for a in doc.authors} == {
        "Ann Lee": ["University of Oslo, Oslo, Norway"],
        "Ø. Berg": ["Kyoto University, Japan"],
    }


def test_a_byline_wrapped_inside_a_membership_grade_goes_on_past_the_break(tmp_path: Path) -> None:
    """IEEE technote bylines wrap inside grades ("…, Elena Kim, Senior" / "Member, IEEE, Oliver …"),
    and the lines after such a break may come out of the layout as blocks of their own, which the
    header's labeller may not call authors: the rules' byline runs on through them, and the labeller's
    author line that overlaps it widens to all of it, so the names after the break are not lost."""
    pdf = grade_wrapped_byline_page(tmp_path / "technote.pdf")
    page = read_pdf(pdf).pages[0]
    lines = page.lines
    k = next(i for i, ln in enumerate(lines) if ln.text.startswith("Jean-Luc"))
    first, second, third = (
        Block(tuple(lines[a:b]), 1, 0, zone="front") for a, b in ((k, k + 2), (k + 2, k + 4), (k + 4, k + 5))
    )
    abstract = Block((lines[k + 5],), 1, 0, zone="front")
    assert _byline_goes_on(first, second) and _byline_goes_on(second, third)
    assert not _byline_goes_on(third, abstract)
    order = {id(ln): i for i, ln in enumerate(lines)}
    title = Block(tuple(lines[:k]), 1, 0, zone="front")
    rules = Parts(title=title, authors=[first, second, third])
    assert combine(rules, Parts(title=title, authors=[first]), order, 10.0).authors == [first, second, third]
    assert _names(extract(pdf)) == [
        "Jean-Luc Garcia",
        "Sergei Nunez",
        "S. S. Bianchi",
        "Grace M. de la Chen",
        "Elena Kim",
        "Oliver S. da Schmidt",
        "Rahul S. Johansson",
    ]
