"""Title and byline classes found beyond the development papers: GROBID's header lines, DocBank's and
GROBID's test PDFs, read by eye (issue 14). Each test names the class, on generated pages or lines."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.header.authors import names_of
from paperparse.header.bylines import find_byline, is_name_line
from paperparse.header.emails import find_emails
from paperparse.header.names import cut_mid_name, split_authors
from paperparse.header.title import find_title, is_article_type, run_on, set_apart, title_text
from paperparse.layout import analyze
from paperparse.layout.model import Block
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Font, Line, Word
from paperparse.segmentation import segment


def _line(text: str, x: float = 50.0, y: float = 100.0, size: float = 11.0) -> Line:
    font = Font("Times", size, False, False)
    words = []
    for token in text.split():
        words.append(Word(token, x, y, x + 0.55 * size * len(token), y + size, font))
        x += 0.55 * size * len(token) + 0.3 * size
    return Line(words, page=1)


def _block(*lines: Line) -> Block:
    return Block(lines, page=1, column=-1, zone="front")


def test_a_title_row_written_right_piece_first_reads_left_to_right() -> None:
    # the PDF wrote "Informatics" before "Personal": the layout keeps two lines of one row in that order
    first = _line("I/O Bits: A new approach to", x=100, y=100, size=20)
    right = _line("Informatics", x=190, y=125, size=20)
    left = _line("Personal", x=100, y=125.2, size=20)
    text, _ = title_text(_block(first, right, left))
    assert text == "I/O Bits: A new approach to Personal Informatics"


def test_a_formula_set_larger_than_the_title_is_not_the_title() -> None:
    # an OCR-misread or displayed formula near the top of a scanned note: large type, few letters
    formula = _block(_line("(tanh^): - 2 ^ ( 0 [ - 8 4 0 a / # 2 « ^(O", y=50, size=14))
    title = _block(_line("Exact Solitary-wave Solutions for Shallow Water Models", y=80, size=12))
    assert find_title([formula, title], page_height=800) == 1
    assert find_title([formula], page_height=800) is None


def test_a_journal_name_over_its_banner_line_is_not_the_title_with_a_logo_read_between() -> None:
    # JSS's banner: the journal's name in 28 pt, its "JSS" logo at the left margin, which reading order
    # puts between the name and the issue line under it; the model may read the name as a title
    journal = _block(_line("Journal of Statistical Software", x=200, y=95, size=28))
    logo = _block(_line("JSS", x=80, y=112, size=11))
    issue = _block(_line("January 2007, Volume 18, Issue 3.", x=190, y=130, size=10))
    title = _block(_line("TIMP: An R Package for Modeling Spectroscopic Measurements", x=110, y=220, size=17))
    front = [journal, logo, issue, title]
    assert find_title(front, page_height=800, titled={id(ln) for ln in journal.lines}) == 3
    # a title in banner words that the model reads as one stands where no banner line touches it
    alone = _block(_line("Accepted Answers in Journal Question Sites", x=110, y=220, size=17))
    assert find_title([logo, alone], page_height=800, titled={id(ln) for ln in alone.lines}) == 1


def test_the_article_type_over_the_title_in_its_type_is_not_the_title() -> None:
    # Hindawi's and Springer's journals print "Research Article" over the title in the title's bold type
    label = _block(_line("Research Article", y=150, size=18))
    title = _block(_line("The effects of naproxen on key pathogenic steps in the rat", y=190, size=18))
    assert find_title([label, title], page_height=800, titled={id(ln) for ln in label.lines}) == 1
    assert is_article_type("Original Research Article") and not is_article_type("Research Articles on Trust")


def test_a_mark_written_apart_over_a_name_does_not_hide_the_names_under_it() -> None:
    # ACL's rows of names: the PDF wrote the first name's raised "∗" as a line of its own, in small type
    rows = [("Ann Lee", "Bo Kim", "Cy Dunn"), ("Di Fox", "Ed Gray", "Fay Hill")]
    lines = [
        _line(n, x=100 + 150 * i, y=110 + 14 * r, size=12)
        for r, row in enumerate(rows)
        for i, n in enumerate(row)
    ]
    lines += [_line("∗", x=143, y=103, size=8), _line("Google Research", x=220, y=140, size=12)]
    lines.append(_line("ann@google.com", x=220, y=154, size=12))
    byline = find_byline(sorted(lines, key=lambda ln: ln.y0))
    assert byline is not None
    assert sorted(ln.text for b in byline.blocks for ln in b.names) == sorted(n for row in rows for n in row)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a footnote mark the PDF maps to no character reads "?"
        (
            "MATIAS QUIROZ ?† , MINH-NGOC TRAN ‡ , MATTIAS VILLANI ?",
            ["Matias Quiroz", "Minh-Ngoc Tran", "Mattias Villani"],
        ),
        # Springer's journals set the names apart with bullets or middle dots
        (
            "Robin A. Pollini • Remedios Lozada • Manuel Gallardo",
            ["Robin A. Pollini", "Remedios Lozada", "Manuel Gallardo"],
        ),
        # medical and older bylines print degrees after the names
        ("Charles B. Nemeroff, MD, Ph.D., and Nirit Dror, MA", ["Charles B. Nemeroff", "Nirit Dror"]),
        # a surname that spells a degree in title case stays a surname
        ("Wei Ying Ma and Xiao Ba", ["Wei Ying Ma", "Xiao Ba"]),
        # Elsevier's journals mark the corresponding author with a double arrow
        ("H. Ashuri, A. Hassani ⇑", ["H. Ashuri", "A. Hassani"]),
        # and some ACL-era bylines an affiliation with a white bullet
        (
            "Izhak Shafran, Emily Prud’hommeaux ◦, Brian Roark",
            ["Izhak Shafran", "Emily Prud’hommeaux", "Brian Roark"],
        ),
    ],
)
def test_byline_lists_keep_names_apart_from_marks_separators_degrees_and_titles(
    text: str, names: list[str]
) -> None:
    assert [a.name for a, _ in split_authors(text)] == names


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Laboratório Nacional de Computação Científica", False),
        ("Istituto di Scienze e Tecnologie", False),
        ("Houston, Texas", False),
        ("Boston, Massachusetts", False),
        ("One Microsoft Way", False),
        ("Central Laser Facility", False),
        ("Isaac G. Councill, C. Lee Giles", True),
        ("Virginia Smith and Georgia Lee", True),
        # degrees after names leave a name line a name line; a state code after a city does not
        ("Donna Kayton-Weinberg, MS", True),
        ("Hyeon-Song Koh, MD, and Hyon-Jo Kwon, MD", True),
        ("Boston, MA", False),
    ],
)
def test_name_lines_of_other_languages_places_and_degrees(text: str, is_name: bool) -> None:
    assert is_name_line(_line(text)) is is_name


def test_authors_stacked_down_one_column_in_one_type_are_each_read(tmp_path: Path) -> None:
    authors = [
        ("André M. S. Barreto", ["Laboratório Nacional de Computação Científica", "Petrópolis, Brazil"]),
        ("Doina Precup and Joelle Pineau", ["McGill University", "Montreal, Canada"]),
    ]
    header = extract_header(analyze(read_pdf(pdfgen.stacked_authors_page(tmp_path / "stacked.pdf", authors))))
    raw = {a.id: a.raw for a in header.affiliations}
    assert [(a.name, [raw[i] for i in a.affiliations]) for a in header.authors] == [
        ("André M. S. Barreto", ["Laboratório Nacional de Computação Científica, Petrópolis, Brazil"]),
        ("Doina Precup", ["McGill University, Montreal, Canada"]),
        ("Joelle Pineau", ["McGill University, Montreal, Canada"]),
    ]


def test_a_page_from_inside_a_paper_has_no_title_and_no_authors(tmp_path: Path) -> None:
    # no title page: the upper lines are in the body's own type, their capitalised words no byline
    layout = analyze(read_pdf(pdfgen.inner_page(tmp_path / "inner.pdf")))
    header = extract_header(layout, segment(layout))
    assert header.title is None
    assert header.authors == []
    assert "aggregation from the left" in header.unclaimed[0].text  # the body's text, not lost


@pytest.mark.parametrize(
    ("text", "surnames"),
    [
        # old PDFs: a composed accent or a hyphen set apart cuts a word in two; control characters
        ("A. Muñ oz, Juan Madro ñal and Susan Zolla -Pazner", ["Muñoz", "Madroñal", "Zolla-Pazner"]),
        ("Jos\x01e Silva", ["Silva"]),
        # footnote letters set on the baseline after the names are marks, not pieces of them
        ("Christophe Bouvet a, Laurent Michel b", ["Bouvet", "Michel"]),
        # lower-case particles and joining words stay words of their own
        ("Erik H. ten Winkel and Ana García y Pérez", ["ten Winkel", "Pérez"]),
    ],
)
def test_names_cut_or_soiled_by_old_pdfs_are_mended(text: str, surnames: list[str]) -> None:
    authors = [a for a, _ in split_authors(text)]
    assert [a.surname for a in authors] == surnames
    assert all("\x01" not in a.name for a in authors)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Springer's envelope for the corresponding author, read "(B)" or "(&)" from its font
        ("Ann Lee ^1 (B), Bo Chen ^2 , and Cy Dunn ^1", ["Ann Lee", "Bo Chen", "Cy Dunn"]),
        ("R. A. Pollini (&) Á P. Rosen Á A. Vera", ["R. A. Pollini", "P. Rosen", "A. Vera"]),
    ],
)
def test_the_corresponding_authors_envelope_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert [a.name for a, _ in split_authors(text)] == names
    assert split_authors(text)[0][1] in (["1"], [])


def test_a_page_of_one_line_shows_it_as_the_title(tmp_path: Path) -> None:
    # no running text for the line to stand apart from: the body's type is its own
    header = extract_header(
        analyze(read_pdf(pdfgen.one_column_page(tmp_path / "one.pdf", "First Small Title")))
    )
    assert header.title == "First Small Title"


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        # Computer Modern sets a byline wider than Times: LNCS wraps it after a given name's initial
        ("Pedro Horváth, Ana Lindqvist, L.", True),
        ("Boston, MA", False),
        ("L.", False),
    ],
)
def test_a_line_of_names_wrapped_after_an_initial_is_a_name_line(text: str, is_name: bool) -> None:
    assert is_name_line(_line(text)) is is_name


def test_a_byline_of_two_names_broken_inside_the_second_reads_it_whole() -> None:
    # "A and B" has no comma to make it a list, yet TeX broke the line inside B's name
    lines = [
        _line("Ingrid S. Nakamura and Anne-Marie", x=120, y=100),
        _line("Rossi", x=200, y=112),
        _line("Department of Linguistics", x=150, y=130, size=9.0),
        _line("Politecnico di Milano, Milan, Italy", x=140, y=141, size=9.0),
    ]
    byline = find_byline(lines)
    assert byline is not None
    names = [a.name for b in byline.blocks for a in names_of(b.names, 1)]
    assert names == ["Ingrid S. Nakamura", "Anne-Marie Rossi"]
    assert not cut_mid_name("Ingrid S. Nakamura and Anne-Marie")  # no list for the other rules


def test_a_title_in_capitals_opened_by_a_math_letter_is_set_apart() -> None:
    # AMS capitals in the body's own type, not bold: "k-MEANS" keeps its lowercase math letter
    title = _block(_line("k-UNCERTAINTY NEURAL ADAPTIVE MULTILINGUAL", size=10.0), _line("MODELS", size=10.0))
    assert set_apart(title, 10.0)
    assert not set_apart(_block(_line("k-means clusters the data in MODELS", size=10.0)), 10.0)


def test_a_title_part_set_by_hand_in_smaller_display_type_goes_on_but_names_do_not() -> None:
    # "Sparse Attention …\\ \Large A Study of …": no colon, yet display type well over the body's
    title = _block(_line("Sparse Attention for Streaming Documents", y=55, size=24.0))
    second = _block(_line("A Study of Robust Multilingual Retrieval", y=80, size=14.0))
    names = _block(_line("Grace Kim and Eun-Ji Müller", y=80, size=14.0))
    joined, _ = run_on([title, second], 0, 10.0)
    assert (
        joined.text.split()
        == "Sparse Attention for Streaming Documents A Study of Robust Multilingual Retrieval".split()
    )
    assert run_on([title, names], 0, 10.0)[1] == []
    assert run_on([title, second], 0, 12.0)[1] == []  # 14 pt over a 12 pt body: a byline's type


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # a list broken by hand between two whole names, no comma at the break
        (
            ["Fay Chang, Wilson C. Hsieh, Deborah A. Wallach", "Mike Burrows, Tushar Chandra"],
            ["Fay Chang", "Wilson C. Hsieh", "Deborah A. Wallach", "Mike Burrows", "Tushar Chandra"],
        ),
        # a list wrapped inside a name: after a given name, after an initial
        (["Ann Lee, Mei", "Fernández, Bo Kim"], ["Ann Lee", "Mei Fernández", "Bo Kim"]),
        (["Ann Lee, L.", "de Dubois, Bo Kim"], ["Ann Lee", "L. de Dubois", "Bo Kim"]),
    ],
)
def test_a_byline_line_break_between_whole_names_ends_a_name(lines: list[str], names: list[str]) -> None:
    assert [a.name for a in names_of([_line(t, y=100 + 14 * i) for i, t in enumerate(lines)], 1)] == names


def test_grouped_addresses_in_an_old_pdfs_unnamed_braces_expand() -> None:
    # TeX's braces from a bitmap math font read "f" and "g": "{pfdutot,eyraud}@imag.fr"
    assert find_emails("fpfdutot,eyraudg@imag.fr") == ["pfdutot@imag.fr", "eyraud@imag.fr"]
    assert find_emails("fred@x.org, bog@y.org") == ["fred@x.org", "bog@y.org"]


def test_one_user_in_braces_before_the_domain_is_an_address() -> None:
    # a template's "\{ann.lee\}@x.org", as a group of one
    assert find_emails("{ann.lee}@uni-bonn.de") == ["ann.lee@uni-bonn.de"]


def test_marks_printed_as_superscript_characters_are_markers_not_part_of_the_name() -> None:
    # a word processor's byline may print the affiliation marks as the characters "¹²" on the baseline
    line = _line("Oliver Šimek¹, Laura Dubois¹,² and Priya Kim²", size=12)
    authors = names_of([line], page=1)
    assert [(a.given, a.surname, a.affiliations) for a in authors] == [
        ("Oliver", "Šimek", ["1"]),
        ("Laura", "Dubois", ["1", "2"]),
        ("Priya", "Kim", ["2"]),
    ]


def test_an_acm_journal_name_list_cut_between_a_given_name_and_its_surname_keeps_its_first_line() -> None:
    """ACM's journal byline in capitals wraps inside a name ("…, EUN-JI HORVATH, FATIMA" / "DI OKAFOR,
    and P. SIMEK, Universidad de Granada, Spain"): the first line, which ends with no comma, still opens
    the list, and all six names share the affiliation."""
    first = _line("LAURA KOWALSKI, NOEMIE DUBOIS, JURGEN MOREAU, EUN-JI HORVATH, FATIMA", y=100, size=10)
    second = _line("DI OKAFOR, and P. SIMEK, Universidad de Granada, Spain", y=111, size=10)
    byline = find_byline([first, second])
    assert byline is not None and len(byline.blocks) == 1
    block = byline.blocks[0]
    assert " ".join(ln.text for ln in block.names) == f"{first.text} DI OKAFOR, and P. SIMEK,"
    assert [ln.text for ln in block.details] == ["Universidad de Granada, Spain"]
