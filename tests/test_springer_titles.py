"""Springer journal (svjour3) title pages: names joined by " · ", the institutes at the page's foot with
their names headings, broken addresses and contact lines (tests/pdfgen.py's springer_institutes_page)."""

from pathlib import Path
from types import SimpleNamespace

import pdfgen
import pytest

from paperparse.header import Header, extract_header
from paperparse.header.affiliations import affiliations_from, first_page_notes
from paperparse.header.authors import looks_like_names, names_of
from paperparse.header.bylines import find_byline
from paperparse.header.parts import Parts, combine
from paperparse.layout import analyze
from paperparse.layout.model import Block, PageLayout
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Font, Line, Word

NAMES = ["Ann Lee", "Bo Chen", "Cy Dunn", "Eve Fox"]


def _header(tmp_path: Path, numbered: bool, crowded: bool = False, bare: bool = False) -> Header:
    pdf = pdfgen.springer_institutes_page(tmp_path / "svjour.pdf", numbered, crowded, bare)
    return extract_header(analyze(read_pdf(pdf)))


@pytest.mark.parametrize("numbered", [False, True])
def test_names_joined_by_middle_dots_over_two_lines_are_all_authors(tmp_path: Path, numbered: bool) -> None:
    header = _header(tmp_path, numbered)
    assert [a.name for a in header.authors] == NAMES
    emails = {a.name: a.email for a in header.authors}
    assert emails == {
        "Ann Lee": "ann.lee@uio.no",
        "Bo Chen": "chenbo@tsinghua.edu.cn",
        "Cy Dunn": "cy.dunn@uio.no",
        "Eve Fox": None,
    }


def _addresses(header: Header) -> list[str]:
    """The affiliations without commas: an address's lines are joined as printed, the gold's commas
    between them are not on the page (latex-pairs' gold joins the lines of an address with spaces too)."""
    return [a.raw.replace(",", "") for a in header.affiliations]


EXPECTED = [a.replace(",", "") for a in pdfgen.SPRINGER_INSTITUTES]


def test_institutes_headed_by_initialled_names_are_one_affiliation_each(tmp_path: Path) -> None:
    """ "A. Lee · C. Dunn" heads an address, it is no affiliation; the address's lines under it are one
    affiliation, though its department and institution lines each name an institution; its "Tel.:",
    "Fax:" and "E-mail:" lines are none of it."""
    assert _addresses(_header(tmp_path, numbered=False)) == EXPECTED


@pytest.mark.parametrize("numbered", [False, True])
def test_institutes_that_start_high_under_a_note_are_read_whole(tmp_path: Path, numbered: bool) -> None:
    """Institutes for several authors start above the page's lower part, under a \\thanks note, and
    a heading breaks before a surname ("A. Lee · C." / "Dunn"): the notes run on up to them, the note
    is none of them, and the broken heading heads the address still."""
    header = _header(tmp_path, numbered, crowded=True)
    assert _addresses(header) == EXPECTED
    assert [a.name for a in header.authors] == NAMES


@pytest.mark.parametrize("numbered", [False, True])
def test_institutes_right_under_the_abstract_are_no_authors(tmp_path: Path, numbered: bool) -> None:
    """With no introduction on the first page the institutes stand right under the abstract, from the
    page's middle down: their headings' initialled names ("A. Lee · C. Dunn") are no more authors, and
    each address is one affiliation."""
    header = _header(tmp_path, numbered, bare=True)
    assert [a.name for a in header.authors] == NAMES
    assert _addresses(header) == EXPECTED


def test_numbered_institutes_leave_out_their_phone_fax_and_email_lines(tmp_path: Path) -> None:
    """Under a raised number the address's lines are one affiliation; "Tel.:", "Fax:" and "E-mail:"
    lines are none of it; the names' numbers link them."""
    header = _header(tmp_path, numbered=True)
    assert _addresses(header) == EXPECTED
    links = {a.name: a.affiliations for a in header.authors}
    assert links == {"Ann Lee": ["1"], "Bo Chen": ["2"], "Cy Dunn": ["1"], "Eve Fox": ["2"]}


def _lines_block(*texts: str) -> Block:
    """A block of one-word-per-token lines in 10 pt Times, 12 pt apart."""
    font = Font("Times", 10.0, True, False)
    lines = []
    for k, text in enumerate(texts):
        tokens, x = text.split(), 100.0
        line_words = []
        for token in tokens:
            line_words.append(Word(token, x, 100.0 + 12 * k, x + 5.0 * len(token), 110.0 + 12 * k, font))
            x += 5.0 * len(token) + 2.5
        lines.append(Line(line_words, page=1))
    return Block(lines, page=1, column=0, zone="front")


def test_a_middle_dotted_byline_with_particles_reads_as_names() -> None:
    """Each " · " parts two names as a comma does: it is no word of a name, so lowercase particles
    ("van", "da") among fewer capitalised words still leave a byline."""
    block = _lines_block(
        "Yuki van Kowalski · Dmitri Müller · Łukasz D. García · Fatima",
        "Kim · Aylin da Šimek · Tomáš R. Smith",
    )
    assert looks_like_names(block)


def test_an_lncs_byline_over_many_lines_with_orcid_ids_keeps_every_name(tmp_path: Path) -> None:
    """LNCS breaks a long byline anywhere: inside a name ("…, Cy de la" / "Dunn"), after a comma, after
    ", and". Each line goes on with the list, though an ORCID iD on the baseline outweighs its names'
    type and names with particles ("Eun-Ji de la Fox") hold lowercase words; every name keeps its mark."""
    header = extract_header(analyze(read_pdf(pdfgen.lncs_long_byline_page(tmp_path / "lncs.pdf"))))
    marks = ["1", "1", "2", "1", "2", "1", "2"]
    assert [(a.name, a.affiliations) for a in header.authors] == [
        (name, [mark]) for name, mark in zip(pdfgen.LNCS_LONG_NAMES, marks, strict=True)
    ]


_SMALL = Font("Times", 7.0, False, False)


def _byline_line(text: str, y0: float) -> Line:
    """A byline line of 11 pt words at `y0`: "^m" a raised mark, "~m" a mark set small on the baseline
    (an ORCID iD whose rise the line does not show)."""
    words: list[Word] = []
    x = 70.0
    for token in text.split():
        small, raised = token.startswith("~"), token.startswith("^")
        token = token.lstrip("^~")
        width = (3.5 if small else 5.5) * len(token)
        top = y0 + (5.0 if small else 0.0)
        font = _SMALL if small else Font("Times", 11.0, False, False)
        words.append(Word(token, x, top, x + width, y0 + 11.0, font, rise=1 if raised else 0))
        x += width + 3.0
    return Line(words, 1)


def _byline_names(*texts: str) -> list[str]:
    lines = [_byline_line(text, 100.0 + 13.0 * i) for i, text in enumerate(texts)]
    byline = find_byline(lines)
    assert byline is not None
    return [a.name for a in names_of([ln for b in byline.blocks for ln in b.names], 1)]


def test_orcid_ids_on_the_baseline_do_not_set_a_name_lines_type() -> None:
    """A short line of names whose ORCID iD, unmeasured as raised, is longer than its names ("Smith
    3[…], and"): its type is its names', so it goes on with the byline."""
    names = _byline_names(
        "Siobhán H. O’Brien ^⋆1[2022−3754−0364−7038] , Łukasz Nakamura ^2 , François",
        "Smith ~3[5959−1067−4367−7877] , and",
        "Fatima Fernández ~1[3180−3051−2967−7311]",
        "^1 University of Bergen, Bergen, Norway",
    )
    assert names == ["Siobhán H. O’Brien", "Łukasz Nakamura", "François Smith", "Fatima Fernández"]


def test_a_line_of_names_ending_with_a_comma_goes_on_with_the_list() -> None:
    """After a line that breaks the list at a comma, a line of names that ends with a comma itself is
    more of the list, not an address ("Eun-Ji de la Petrović¹, Oliver P. Lindqvist¹,")."""
    names = _byline_names(
        "Björn M. Horváth ^1 , E. Dubois ^1 , Björn de la",
        "Smith ^1 ,",
        "Eun-Ji de la Petrović ^1 , Oliver P. Lindqvist ^1 ,",
        "Anna Šimek ^1 , and",
        "Oliver K. Nakamura ^1",
        "Laboratory of Information Systems",
        "École Polytechnique Fédérale de Lausanne, Lausanne, Switzerland",
    )
    assert names == [
        "Björn M. Horváth",
        "E. Dubois",
        "Björn de la Smith",
        "Eun-Ji de la Petrović",
        "Oliver P. Lindqvist",
        "Anna Šimek",
        "Oliver K. Nakamura",
    ]


def test_a_byline_broken_inside_a_name_goes_on_in_the_line_the_labeller_took_for_an_affiliation(
    tmp_path: Path,
) -> None:
    """A byline broken inside a name ("…, ANNE-MARIE VAN DER" / "BERG, LAURA …"), not after a comma:
    the next line, names alone, is the byline's though the labeller reads it as the first affiliation."""
    title = ("OPTIMISATION STREAMING PREDICTION GRAPH DOCUMENT", "LEARNING NEURAL")
    byline = ("ANN LEE, BO CHEN, ANNE-MARIE VAN DER", "BERG, LAURA T. DI MOREAU, AND TOMAS T. NAKAMURA")
    oslo, prague = pdfgen.CLOSING_ADDRESSES
    addresses = (oslo, prague, (oslo[0], "anne.berg@uio.no"), (prague[0], "laura.moreau@cuni.cz"))
    addresses += ((oslo[0], "tomas.nakamura@uio.no"),)
    header = extract_header(
        analyze(read_pdf(pdfgen.closing_addresses_page(tmp_path / "ams.pdf", title, byline, addresses)))
    )
    assert [a.surname for a in header.authors] == ["Lee", "Chen", "van der Berg", "Moreau", "Nakamura"]


def _marked_block(text: str, y: float) -> Block:
    """A one-line note block in 8 pt; a leading "^m" is its raised mark."""
    mark, _, rest = text.partition(" ")
    font = Font("Times", 8.0, False, False)
    words = [Word(mark.lstrip("^"), 50.0, y, 54.0, y + 6.0, font, rise=1)]
    x = 56.0
    for token in rest.split():
        words.append(Word(token, x, y, x + 4.0 * len(token), y + 8.0, font))
        x += 4.0 * len(token) + 2.0
    return Block([Line(words, page=1)], page=1, column=0, zone="body")


def test_funding_and_thanks_notes_keyed_like_affiliations_are_none() -> None:
    """A \\thanks note set among the institutes with a mark of its own states funding or thanks, or an
    ORCID iD: no affiliation."""
    blocks = [
        _marked_block("^* This work was supported in part by grant 2291 of the Council.", 600.0),
        _marked_block("^† The authors are grateful to Ida Moss for the data.", 612.0),
        _marked_block("^‡ ORCID: 0000-0002-1825-0097", 624.0),
        _marked_block("^1 University of Oslo, Oslo, Norway", 636.0),
    ]
    assert [a.raw for a in affiliations_from(blocks, ["Ann Lee"])] == ["University of Oslo, Oslo, Norway"]


def _note_block(*texts: str) -> Block:
    """A footnote block of 8 pt lines, 10 pt apart, in the page's lower part."""
    font = Font("Times", 8.0, False, False)
    lines = []
    for k, text in enumerate(texts):
        x, words = 50.0, []
        for token in text.split():
            words.append(Word(token, x, 600.0 + 10 * k, x + 4.0 * len(token), 608.0 + 10 * k, font))
            x += 4.0 * len(token) + 2.0
        lines.append(Line(words, page=1))
    return Block(lines, page=1, column=0, zone="body")


def test_a_line_of_names_inside_statements_heads_nothing() -> None:
    """IEEE's footnote states where its people work; a line of it that holds names alone ("Cy Dunn, Eve
    Fox,") is no heading of an address as Springer's institutes have: the statements are read whole."""
    block = _note_block(
        "Ann Lee is with the Department of Linguistics, University of Oslo, Oslo, Norway. Bo Chen,",
        "Cy Dunn, Eve Fox,",
        "and Gil Hart are with the Institute of Computing, Tsinghua University, Beijing, China.",
    )
    names = ["Ann Lee", "Bo Chen", "Cy Dunn", "Eve Fox", "Gil Hart"]
    assert [a.raw for a in affiliations_from([block], names)] == list(pdfgen.SPRINGER_INSTITUTES)


def test_a_unit_over_its_institution_and_address_is_one_affiliation() -> None:
    """LNCS's single institute, unnumbered, over two lines: the unit alone ("Institute for Data
    Science"), then its institution with the address. Two lines, one affiliation."""
    block = _note_block("Institute for Data Science", "Indian Institute of Science, Bangalore, India")
    raw = [a.raw for a in affiliations_from([block], ["Ann Lee"])]
    assert raw == ["Institute for Data Science Indian Institute of Science, Bangalore, India"]


def test_institutes_filling_the_foot_from_its_middle_are_the_first_pages_notes() -> None:
    """One block of small lines from just below the page's middle down to its foot (the institutes of
    a paper of many authors): the first page's notes, though it starts above the page's lower part."""
    font = Font("Times", 8.0, False, False)

    def block(top: float, rows: int, zone: str = "body") -> Block:
        lines = [
            Line([Word(f"line{top}x{k}", 72.0, top + 10 * k, 200.0, top + 10 * k + 8, font)], 1)
            for k in range(rows)
        ]
        return Block(lines, page=1, column=0, zone=zone)

    foot = block(440.0, 24)  # 440-678 of 842 pt
    page = PageLayout(SimpleNamespace(height=842.0), [], [block(100.0, 3, "front"), foot])
    layout = SimpleNamespace(pages=[page], body_size=10.0)
    assert first_page_notes(layout, 1) == [foot]


def test_byline_lines_the_labeller_took_for_an_affiliation_are_the_bylines_alone() -> None:
    """The rule's names block holds the byline's last lines ("Novák³, and" / "Ingrid van der Patel¹"),
    which the labeller reads as the first affiliation: they are no affiliation, so the first one keeps
    its marker."""
    title = _byline_line("Uncertainty Inference Models Sparse Transfer", 60.0)
    title = Line(
        [Word(w.text, w.x0, w.y0, w.x1, w.y1, Font("Times", 16.0, True, False)) for w in title.words], 1
    )
    names = [
        _byline_line("Jürgen Ivanova ^1 , T.", 100.0),
        _byline_line("Novák ^3 , and", 113.0),
        _byline_line("Ingrid van der Patel ^1", 126.0),
    ]
    faculty = _byline_line("^3 Faculty of Mathematics, Charles University, Prague", 145.0)
    lines = [title, *names, faculty]
    rules = Parts(title=Block([title], page=1, column=0), authors=[Block(names, page=1, column=0)])
    learned = Parts(
        authors=[Block(names[:1], page=1, column=0)],
        affiliations=[Block(names[1:], page=1, column=0), Block([faculty], page=1, column=0)],
    )
    parts = combine(rules, learned, {id(ln): i for i, ln in enumerate(lines)}, 11.0)
    assert [list(b.lines) for b in parts.affiliations] == [[faculty]]
    assert [list(b.lines) for b in parts.authors] == [names]


def test_an_institute_heading_over_three_lines_heads_one_address() -> None:
    """Twelve names' initials break a heading over three lines, each stopping after an initial ("… ·
    C." / "Dunn · E. Fox · G." / "Hart"): one heading, and its address one affiliation."""
    block = _note_block(
        "A. Lee · B. Chen · C.",
        "Dunn · E. Fox · G.",
        "Hart",
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "E-mail: ann.lee@uio.no",
    )
    names = ["Ann Lee", "Bo Chen", "Cy Dunn", "Eve Fox", "Gil Hart"]
    raw = [a.raw for a in affiliations_from([block], names)]
    assert raw == ["Department of Linguistics, University of Oslo, Oslo, Norway"]


def test_a_middle_dotted_byline_broken_inside_a_name_keeps_it_whole() -> None:
    """Springer's " · " byline breaks where the line is full, between a given name or particle and the
    surname ("… · Mei van" / "Schmidt · …"): one name, as after a comma."""
    lines = [_byline_line("Ann Lee · Bo Chen · Mei van", 100.0), _byline_line("Schmidt · Cy Dunn", 113.0)]
    assert [a.name for a in names_of(lines, 1)] == ["Ann Lee", "Bo Chen", "Mei van Schmidt", "Cy Dunn"]


def test_a_venue_line_under_the_affiliations_does_not_continue_the_last_one() -> None:
    """ICML's first-page footnote ends with the proceedings' venue and copyright line, set right under
    the last affiliation: a note, not the affiliation going on."""
    blocks = [
        _marked_block("^1 Department of Linguistics, Charles University, Prague, Czech Republic.", 600.0),
        _marked_block("Proceedings of the 41st International Conference on Machine Learning, Vienna.", 610.0),
    ]
    assert [a.raw for a in affiliations_from(blocks)] == [
        "Department of Linguistics, Charles University, Prague, Czech Republic"
    ]


def test_an_lncs_byline_line_outweighed_by_orcid_ids_keeps_its_bare_marked_name(tmp_path: Path) -> None:
    """A byline line holding more of the ORCID iDs' small type than of names has no measured rise, so
    a name's bare small mark ("…, and Eun Park 2") reads as a digit in the line: it is the mark, and the
    line goes on with the list the line above broke off inside a name."""
    pdf = pdfgen.lncs_bare_mark_byline_page(tmp_path / "lncs.pdf")
    header = extract_header(analyze(read_pdf(pdf)))
    assert [(a.name, a.affiliations) for a in header.authors] == [
        (name, [mark]) for name, mark in zip(pdfgen.LNCS_BARE_MARK_NAMES, ["1", "1", "2", "2"], strict=True)
    ]


def test_an_abstract_whose_bold_run_in_head_sets_its_first_line_type_goes_on_under_it(
    tmp_path: Path,
) -> None:
    """LNCS's bold "Abstract." can be the longest word of the abstract's first line, which then reads
    as bold; when that line ends a sentence, the lines under it in the text's own type still go on with
    the abstract (they are the text, not the introduction)."""
    header = extract_header(analyze(read_pdf(pdfgen.short_worded_abstract_page(tmp_path / "lncs.pdf"))))
    assert header.abstract == " ".join(pdfgen.SHORT_WORDED_ABSTRACT)


def test_a_starred_affiliation_number_is_the_affiliation_its_authors_point_to(tmp_path: Path) -> None:
    """Springer Nature stars the corresponding author's affiliation ("¹*Department …") where the name
    carries "1" and "*": the affiliation is "1", and the names' numbers point to it."""
    header = extract_header(analyze(read_pdf(pdfgen.nature_starred_affiliation_page(tmp_path / "sn.pdf"))))
    assert [(a.id, a.raw) for a in header.affiliations] == list(
        zip(("1", "2"), pdfgen.NATURE_AFFILIATIONS, strict=True)
    )
    assert [(a.name, a.affiliations) for a in header.authors] == [
        ("Ann Lee", ["1"]),
        ("Bo Chen", ["2"]),
        ("Cy Dunn", ["1", "2"]),
    ]


def test_an_abstract_at_the_page_foot_stops_before_a_note_in_its_own_type(tmp_path: Path) -> None:
    """LNCS sets a \\thanks note in the abstract's 9 pt type at the page's foot: the note, opened by its
    mark, is no part of the abstract that ends a sentence above it."""
    header = extract_header(analyze(read_pdf(pdfgen.footnoted_abstract_page(tmp_path / "lncs.pdf"))))
    assert header.abstract == " ".join(pdfgen.FOOTNOTED_ABSTRACT)


@pytest.mark.parametrize("keywords", ["deep learning · k-means · Graphs", "k-attention · Parsing · Language"])
def test_springers_run_in_keywords_led_by_a_lowercase_word_end_the_abstract(
    tmp_path: Path, keywords: str
) -> None:
    """svjour3 runs "Keywords" in without a colon, the list parted by " · "; a list whose first keyword is
    lowercase or mathematical ("k-means") ends the abstract as a capitalised one does."""
    header = extract_header(
        analyze(read_pdf(pdfgen.springer_keywords_page(tmp_path / "svjour.pdf", keywords)))
    )
    assert header.abstract == " ".join(pdfgen.SPRINGER_ABSTRACT)
    assert header.keywords == keywords.split(" · ")


def test_institute_headings_under_a_page_filling_abstract_leave_the_byline_over_it(tmp_path: Path) -> None:
    """A long abstract leaves svjour3's first page no introduction: the institutes stand right under it,
    headed by their members' initialled names, which the labeller may read as the byline while it takes
    the bold byline for more title. The byline over the abstract stays the authors; the headings under
    it head their institutes."""
    pdf = pdfgen.springer_full_abstract_page(tmp_path / "svjour.pdf")
    header = extract_header(analyze(read_pdf(pdf)))
    assert [a.name for a in header.authors] == pdfgen.SPRINGER_FULL_NAMES
