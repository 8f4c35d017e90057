"""Bylines of authors side by side in columns, read from generated first pages (tests/pdfgen.py)."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import Header, extract_header
from paperparse.header.authors import authors_from, looks_like_names
from paperparse.header.bylines import find_byline, is_name_line
from paperparse.header.title import find_title, without_trailing_names
from paperparse.layout import analyze
from paperparse.layout.model import Block
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Font, Line, Word
from paperparse.pipeline import extract


def _header(pdf: Path) -> Header:
    return extract_header(analyze(read_pdf(pdf)))


def _links(header: Header) -> list[tuple[str, str | None, list[str]]]:
    """Each author's name, email and the raw text of their affiliations."""
    raw = {a.id: a.raw for a in header.affiliations}
    return [(a.name, a.email, [raw[i] for i in a.affiliations]) for a in header.authors]


def _line(text: str, y: float = 100.0) -> Line:
    font = Font("Times", 11, False, False)
    words, x = [], 50.0
    for token in text.split():
        words.append(Word(token, x, y, x + 6 * len(token), y + 11, font))
        x += 6 * len(token) + 3
    return Line(words, page=1)


def test_two_authors_side_by_side_each_keep_their_affiliation_and_email(tmp_path: Path) -> None:
    rows = [
        [
            ("Caroline Gasperin", ["Computer Laboratory", "University of Cambridge", "cgasp@cam.ac.uk"]),
            ("Ted Briscoe", ["iLexIR Ltd", "Cambridge, UK", "ted@ilexir.co.uk"]),
        ]
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "two.pdf", rows))
    assert _links(header) == [
        ("Caroline Gasperin", "cgasp@cam.ac.uk", ["Computer Laboratory, University of Cambridge"]),
        ("Ted Briscoe", "ted@ilexir.co.uk", ["iLexIR Ltd, Cambridge, UK"]),
    ]


def test_three_authors_side_by_side_and_street_addresses_are_not_names(tmp_path: Path) -> None:
    rows = [
        [
            (
                "Tania Avgustinova",
                ["Saarland University", "P. O. Box 151150", "Saarbrucken, Germany", "tania@coli.de"],
            ),
            ("Hans Uszkoreit", ["DFKI", "Stuhlsatzenhausweg 3", "Saarbrucken, Germany", "hans@dfki.de"]),
            (
                "Aarne Ranta",
                ["Chalmers University", "Campus Johanneberg", "Gothenburg, Sweden", "aarne@chalmers.se"],
            ),
        ]
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "three.pdf", rows))
    assert [a.name for a in header.authors] == ["Tania Avgustinova", "Hans Uszkoreit", "Aarne Ranta"]
    assert [a.email for a in header.authors] == ["tania@coli.de", "hans@dfki.de", "aarne@chalmers.se"]
    links = _links(header)
    assert links[2][2] == ["Chalmers University, Campus Johanneberg, Gothenburg, Sweden"]


def test_a_two_by_two_grid_reads_row_by_row_and_shares_one_affiliation(tmp_path: Path) -> None:
    place = ["Dept. of Computer Science", "Nanjing University"]
    rows = [
        [("Jingxin Fan", [*place, "fan@nju.edu.cn"]), ("Yanxiang Tong", [*place, "tong@nju.edu.cn"])],
        [("Xiaoxing Ma", [*place, "ma@nju.edu.cn"]), ("Wei Zhang", ["Alibaba Group", "zhang@alibaba.com"])],
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "grid.pdf", rows))
    assert [a.name for a in header.authors] == ["Jingxin Fan", "Yanxiang Tong", "Xiaoxing Ma", "Wei Zhang"]
    assert [a.email for a in header.authors] == [
        "fan@nju.edu.cn",
        "tong@nju.edu.cn",
        "ma@nju.edu.cn",
        "zhang@alibaba.com",
    ]
    assert [a.raw for a in header.affiliations] == [
        "Dept. of Computer Science, Nanjing University",
        "Alibaba Group",
    ]
    assert [a.affiliations for a in header.authors] == [["aff1"], ["aff1"], ["aff1"], ["aff2"]]


@pytest.mark.parametrize("commas", [True, False])
def test_names_on_one_line_link_affiliations_by_raised_marker(tmp_path: Path, commas: bool) -> None:
    header = _header(pdfgen.marked_byline_page(tmp_path / "marked.pdf", commas))
    assert _links(header) == [
        ("Ann Lee", "ann.lee@uio.no", ["Department of Linguistics, University of Oslo, Norway"]),
        ("Bo Chen", "chenbo@tsinghua.edu.cn", ["Institute of Computing, Tsinghua University, China"]),
        ("Cy Dunn", "cy.dunn@uio.no", ["Department of Linguistics, University of Oslo, Norway"]),
    ]


def test_a_page_without_a_byline_has_no_authors(tmp_path: Path) -> None:
    header = _header(pdfgen.anonymous_page(tmp_path / "anonymous.pdf"))
    assert header.title == pdfgen.BYLINE_TITLE
    assert header.authors == []
    assert header.affiliations == []


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Tania AVGUSTINOVA", True),
        ("Marc Dymetman and Veronika Lux", True),
        ("Ludwig van Beethoven", True),
        ("Palo Alto, CA 94304 USA", False),
        ("2 Buccleuch Place", False),
        ("Universidade de São Paulo", False),
        ("Cork, Ireland", False),
        ("Hillsboro, OR", False),
        ("Campus Scientifique", False),
        ("School of Informatics", False),
        ("Abstract", False),
        ("A Preprint", False),
        ("Execution Engine with Predictive Planning", False),
    ],
)
def test_name_lines(text: str, is_name: bool) -> None:
    assert is_name_line(_line(text)) is is_name


def test_acm_journal_names_in_capitals_with_the_affiliation_after_a_comma(tmp_path: Path) -> None:
    header = _header(pdfgen.acm_journal_byline_page(tmp_path / "acm.pdf"))
    assert _links(header) == [
        ("Ann Lee", None, ["University of Oslo, Norway"]),
        ("Bo Chen", None, ["Tsinghua University, China"]),
        ("Cy Dunn", None, ["Tsinghua University, China"]),
    ]


def test_ieee_ordinals_before_names_are_not_part_of_them(tmp_path: Path) -> None:
    place = ["University of Information Technology", "Ho Chi Minh City, Vietnam"]
    rows = [
        [
            ("1st Vinh Phu Tran", [*place, "tran@uit.edu.vn"]),
            ("2nd Tien Dung Mai", [*place, "mai@uit.edu.vn"]),
        ]
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "ieee.pdf", rows))
    assert [(a.given, a.surname, a.email) for a in header.authors] == [
        ("Vinh", "Tran", "tran@uit.edu.vn"),
        ("Tien", "Mai", "mai@uit.edu.vn"),
    ]


def test_names_spaced_on_one_line_share_the_affiliation_under_them(tmp_path: Path) -> None:
    names = ["Yiping Zhou", "Lan Nie", "Omid Rouhani-Kalleh", "Flavian Vasile"]
    pdf = pdfgen.spaced_names_page(
        tmp_path / "spaced.pdf", names, "Yahoo! Labs", "{zhouy,lannie,omid}@yahoo.com"
    )
    header = _header(pdf)
    assert [a.name for a in header.authors] == names
    assert [a.email for a in header.authors] == [
        "zhouy@yahoo.com",
        "lannie@yahoo.com",
        "omid@yahoo.com",
        None,
    ]
    assert [a.raw for a in header.affiliations] == ["Yahoo! Labs"]
    assert all(a.affiliations == ["aff1"] for a in header.authors)


def test_a_marked_list_broken_between_given_name_and_surname_is_one_list(tmp_path: Path) -> None:
    header = _header(pdfgen.marked_byline_page(tmp_path / "broken.pdf", broken=True))
    assert [(a.name, a.affiliations) for a in header.authors] == [
        ("Ann Lee", ["1"]),
        ("Bo Chen", ["2"]),
        ("Cy Dunn", ["1"]),
        ("Eve Fox", ["2"]),
    ]


def test_a_name_set_close_under_an_email_opens_the_next_row(tmp_path: Path) -> None:
    rows = [
        [
            ("Ping-Lin Chen", ["National Taiwan University", "chen@ntu.edu.tw"]),
            ("Chun-Jen Peng", ["Google DeepMind", "peng@sinica.tw"]),
        ],
        [
            ("Chang-Yi Lu", ["National Taiwan University", "lu@ntu.edu.tw"]),
            ("Tian-Li Yu", ["Google DeepMind", "yu@sinica.tw"]),
        ],
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "tight.pdf", rows, row_gap=1.0))
    assert _links(header) == [
        ("Ping-Lin Chen", "chen@ntu.edu.tw", ["National Taiwan University"]),
        ("Chun-Jen Peng", "peng@sinica.tw", ["Google DeepMind"]),
        ("Chang-Yi Lu", "lu@ntu.edu.tw", ["National Taiwan University"]),
        ("Tian-Li Yu", "yu@sinica.tw", ["Google DeepMind"]),
    ]


def test_a_title_repeated_as_running_head_is_still_the_title(tmp_path: Path) -> None:
    rows = [
        [
            ("Rui Shu", ["NC State University", "rshu@ncsu.edu"]),
            ("Tim Menzies", ["NC State University", "timm@ieee.org"]),
        ]
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "acm.pdf", rows, running_title=True))
    assert header.title == pdfgen.BYLINE_TITLE
    assert [a.name for a in header.authors] == ["Rui Shu", "Tim Menzies"]


def test_a_name_in_the_titles_type_after_a_wider_gap_is_not_title(tmp_path: Path) -> None:
    header = _header(pdfgen.one_type_page(tmp_path / "one_type.pdf"))
    assert header.title == "Using a Third Language to Improve Bilingual Word Alignment"
    assert _links(header) == [("Lars Borin", "lars.borin@ling.uu.se", ["Uppsala University"])]


def test_a_title_block_gives_back_a_trailing_line_of_names() -> None:
    font = Font("Times", 14, False, False)

    def line(text: str, y: float) -> Line:
        return Line([Word(text, 100.0, y, 400.0, y + 14, font)], page=1)

    lines = [
        line("Using a Third Language to Improve", 70),
        line("Bilingual Word Alignment", 86),
        line("Lars Borin", 111),
    ]
    title = without_trailing_names(Block(lines, page=1, column=-1, zone="front"))
    assert [ln.text for ln in title.lines] == [
        "Using a Third Language to Improve",
        "Bilingual Word Alignment",
    ]
    evenly = Block([*lines[:2], line("Lars Borin", 102)], page=1, column=-1, zone="front")
    assert len(without_trailing_names(evenly).lines) == 3  # no wider gap: a title line, whatever it reads


def test_names_with_nothing_a_byline_prints_under_them_are_no_grid() -> None:
    names = _line("Yi Feng")
    assert find_byline([names, _line("• Random sequential adsorption of particles", 113)]) is None
    assert find_byline([names, _line("University of Turin", 113)]) is not None


def test_figure_labels_in_columns_under_the_byline_are_not_authors(tmp_path: Path) -> None:
    rows = [
        [
            ("Yihui He", ["Xian Jiaotong University", "he@xjtu.edu.cn"]),
            ("Ming Xiang", ["Xian Jiaotong University", "xiang@xjtu.edu.cn"]),
        ]
    ]
    teaser = [
        ("Input Image", ["Photo Taken Indoors"]),
        ("Ground Truth", ["Manual Labels"]),
        ("Our Method", ["Sharper Edges"]),
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "teaser.pdf", rows, teaser=teaser))
    assert [a.name for a in header.authors] == ["Yihui He", "Ming Xiang"]


@pytest.mark.parametrize("intro_under_abstract", [False, True])
def test_the_grids_author_blocks_are_not_body_text(tmp_path: Path, intro_under_abstract: bool) -> None:
    """Whether the layout put the right-hand author block in the front zone or (its column running on
    with the introduction) in the body, the body does not read it as a paragraph."""
    rows = [
        [
            ("Caroline Gasperin", ["Computer Laboratory", "University of Cambridge", "cgasp@cam.ac.uk"]),
            ("Ted Briscoe", ["iLexIR Ltd", "Cambridge, UK", "ted@ilexir.co.uk"]),
        ]
    ]
    doc = extract(
        pdfgen.byline_grid_page(tmp_path / "grid.pdf", rows, intro_under_abstract=intro_under_abstract)
    )
    assert [a.name for a in doc.authors] == ["Caroline Gasperin", "Ted Briscoe"]
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "iLexIR" not in text and "Cambridge" not in text


def test_the_address_no_name_spells_goes_to_the_one_author_of_the_block_left_without(tmp_path: Path) -> None:
    pdf = pdfgen.byline_grid_page(
        tmp_path / "elimination.pdf",
        [
            [
                ("Ann Lee and Bo Chen", ["Stanford University", "{ann.lee,xq7}@stanford.edu"]),
                ("Cy Dorn", ["MIT", "cdorn@mit.edu, lab@mit.edu"]),
            ]
        ],
    )
    assert [(a.name, a.email) for a in _header(pdf).authors] == [
        ("Ann Lee", "ann.lee@stanford.edu"),
        ("Bo Chen", "xq7@stanford.edu"),
        ("Cy Dorn", "cdorn@mit.edu"),
    ]


@pytest.mark.parametrize(
    "byline",
    ["Ann Lee, Bo Chen, and The Belle II Collaboration", "Ann Lee, Bo Chen, for the ATLAS Collaboration"],
)
def test_a_group_closing_the_byline_is_no_author(tmp_path: Path, byline: str) -> None:
    """A name is a person's: an article or a preposition ("The", "for the") is in no one's name."""
    header = _header(pdfgen.collaboration_byline_page(tmp_path / "group.pdf", byline))
    assert [a.name for a in header.authors] == ["Ann Lee", "Bo Chen"]


def test_a_journal_name_set_over_the_title_in_its_banner_is_not_the_title(tmp_path: Path) -> None:
    """The journal's name in the banner box is set larger than the paper's title, and the segmentation
    model may read it as a title: the title is the largest block free of a banner's words all the same."""
    banner = (
        "Contents lists available at ScienceDirect",
        "Journal of Computational Physics",
        "journal homepage: www.elsevier.com/locate/jcp",
    )
    layout = analyze(read_pdf(pdfgen.journal_banner_page(tmp_path / "banner.pdf", banner)))
    front = [b for b in layout.pages[0].blocks if b.page == 1]
    journal = next(b for b in front if b.text.startswith("Journal of"))
    title = find_title(front, layout.pages[0].page.height, titled={id(ln) for ln in journal.lines})
    assert title is not None and front[title].text == pdfgen.BYLINE_TITLE


def test_a_byline_wrapped_before_a_closing_group_keeps_the_name_it_cut(tmp_path: Path) -> None:
    """ "…, Cy" / "Dunn, and The Belle II Collaboration": the second line is still a line of names."""
    lines = ("Ann Lee, Bo Chen, Eve Fox, Dan Wu, Ida Berg, Cy", "Dunn, and The Belle II Collaboration")
    header = _header(pdfgen.collaboration_byline_page(tmp_path / "wrapped.pdf", *lines))
    assert [a.name for a in header.authors] == [
        "Ann Lee",
        "Bo Chen",
        "Eve Fox",
        "Dan Wu",
        "Ida Berg",
        "Cy Dunn",
    ]


def test_acm_journal_byline_reads_name_lists_wrapped_lines_and_the_addresses_footnote(tmp_path: Path) -> None:
    """acmart's journal byline: a list of names before one affiliation named by its country only, a
    second affiliation after "and" wrapped onto the next line, the city from the addresses footnote."""
    header = _header(pdfgen.acm_journal_addresses_page(tmp_path / "acm.pdf"))
    google = ["Google, 1600 Amphitheatre Parkway, Mountain View, USA"]
    assert _links(header) == [
        ("Ann Lee", None, google),
        ("Bo Kim", None, google),
        ("Cy Wu", None, google),
        (
            "Dan Moss",
            None,
            [
                "Instituto Superior Técnico, Lisbon, Portugal",
                "Università degli Studi di Padova, Padua, Italy",
            ],
        ),
    ]


def test_a_wide_line_under_a_second_row_stays_in_its_block(tmp_path: Path) -> None:
    """A long affiliation line of the second row's right block reaches under the first row's wider left
    block: it still goes on the block whose last line it sits under, so the third row's right name
    opens a block of its own instead of reading as an affiliation line."""
    rows = [
        [
            (
                "Ann Lee",
                [
                    "Faculty of Science",
                    "Department of Mathematics, National University of Singapore, Singapore",
                ],
            ),
            ("Bo Chen", ["Faculty of Mathematics", "Politecnico di Milano"]),
        ],
        [
            ("Cy Dunn", ["Institute for Data Science", "Rijksuniversiteit Groningen", "Groningen"]),
            (
                "Dan Moss",
                [
                    "Laboratory of Information Systems",
                    "École Polytechnique Fédérale de Lausanne (EPFL)",
                    "Lausanne",
                ],
            ),
        ],
        [
            ("Eve Fox", ["Faculty of Law", "Charles University"]),
            ("Gil Hart", ["Faculty of Law", "Charles University"]),
        ],
    ]
    header = _header(pdfgen.byline_grid_page(tmp_path / "grid.pdf", rows, row_gap=1.0))
    assert [(name, affiliations) for name, _, affiliations in _links(header)][3:] == [
        (
            "Dan Moss",
            ["Laboratory of Information Systems, École Polytechnique Fédérale de Lausanne (EPFL), Lausanne"],
        ),
        ("Eve Fox", ["Faculty of Law, Charles University"]),
        ("Gil Hart", ["Faculty of Law, Charles University"]),
    ]


@pytest.mark.parametrize("text", ["Groningen, The Netherlands", "Enschede, the Netherlands"])
def test_a_city_and_a_country_with_an_article_is_no_line_of_names(text: str) -> None:
    """A country named with its article is no group closing a list of names ("…, and The Belle II
    Collaboration"): the line is an address, and the next author's name after it opens a block."""
    assert not is_name_line(_line(text))


def test_acm_journal_byline_whose_names_break_over_lines(tmp_path: Path) -> None:
    """The names of one affiliation fill a line and go on in the next after a comma: all of them share
    the affiliation, which wraps onto a line in its own smaller type."""
    header = _header(pdfgen.acm_journal_long_list_page(tmp_path / "acm.pdf"))
    names = ["Ann Lee", "Bo Kim", "Cy Wu", "Dan Moss", "Eve Fox", "Gil Hart", "Ida Nordenskjold"]
    lausanne = ["Ecole Polytechnique Federale de Lausanne, Switzerland"]
    assert _links(header) == [(name, None, lausanne) for name in names]


def test_a_teaser_figures_labels_under_the_names_are_no_affiliations(tmp_path: Path) -> None:
    """Labels of a figure set in tiny type under the names (ICML's teaser) are no lines of the byline:
    the names stand alone, and their markers find the affiliations in the footnote."""
    header = _header(pdfgen.teaser_labels_byline_page(tmp_path / "icml.pdf"))
    assert _links(header) == [
        ("Ann Lee", "ann.lee@uio.no", ["University of Oslo, Norway"]),
        ("Bo Chen", None, ["Tsinghua University, China"]),
    ]


def test_received_and_accepted_dates_under_the_name_are_no_affiliation(tmp_path: Path) -> None:
    """svjour3 sets "Received: date / Accepted: date" under the byline: a note, not the author's
    affiliation, which is the address at the foot of the page, under the author's name with initials
    and above the phone and e-mail lines, which are no part of it."""
    header = _header(pdfgen.received_under_byline_page(tmp_path / "svjour.pdf"))
    assert [a.name for a in header.authors] == ["Joseph A. Mienko"]
    assert [a.raw for a in header.affiliations] == ["University of Washington, Box 359476 Seattle, WA 98195"]


def test_affiliation_lines_keyed_by_markers_that_end_in_an_address_link_by_marker(tmp_path: Path) -> None:
    """Each affiliation line under the names opens with a name's marker and ends with an address: the
    byline is keyed by markers, though every line under the names holds an address."""
    header = _header(pdfgen.marked_affiliations_with_emails_page(tmp_path / "access.pdf"))
    assert _links(header) == [
        ("Ann Lee", "ann.lee@uio.no", ["University of Oslo, Norway"]),
        ("Bo Chen", "chenbo@tsinghua.edu.cn", ["Tsinghua University, China"]),
    ]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        (
            ("Ann Lee Member, IEEE, Bo Chen Senior Member, IEEE, and Cy Dunn",),
            ["Ann Lee", "Bo Chen", "Cy Dunn"],
        ),
        (("By Ann Lee, Bo Chen and Cy Dunn",), ["Ann Lee", "Bo Chen", "Cy Dunn"]),
        (("Authors: Ann Lee, Bo Chen and Cy Dunn",), ["Ann Lee", "Bo Chen", "Cy Dunn"]),
    ],
)
def test_byline_words_that_name_no_one_stay_out_of_names(
    tmp_path: Path, byline: tuple[str, ...], names: list[str]
) -> None:
    """A grade printed after a name without its comma ("Ann Lee Member, IEEE") and a lead-in ("By",
    "Authors:") are byline words, not the names' words."""
    header = _header(pdfgen.collaboration_byline_page(tmp_path / "byline.pdf", *byline))
    assert [a.name for a in header.authors] == names


def test_a_name_in_a_script_without_capitals_with_its_latin_spelling_is_a_byline() -> None:
    """Chinese authors print their name in characters and its Latin spelling in brackets ("甄景贤
    (King-Yin Yan)"): a byline whose words have no case."""
    block = Block([_line("甄景贤 (King-Yin Yan)")], page=1, column=-1, zone="front")
    assert looks_like_names(block)
    assert [a.name for a in authors_from([block])] == ["甄景贤 (King-Yin Yan)"]
    prose = Block(
        [_line("这是一个很长的中文标题，讲述深度学习与逻辑的结合")], page=1, column=-1, zone="front"
    )
    assert not looks_like_names(prose)


def test_orcid_ids_after_the_marks_are_no_part_of_names_and_leave_the_marks(tmp_path: Path) -> None:
    """LNCS's \\orcidID prints each name's ORCID iD raised after its affiliation mark: the names are the
    names, and each still points to its institute by the mark."""
    header = _header(pdfgen.orcid_byline_page(tmp_path / "orcid.pdf"))
    raw = {a.id: a.raw for a in header.affiliations}
    assert [(a.name, [raw[i] for i in a.affiliations]) for a in header.authors] == [
        ("Ann Lee", ["University of Oslo, Norway"]),
        ("Bo Chen", ["Tsinghua University, China"]),
        ("Cy Dunn", ["University of Oslo, Norway"]),
    ]


def test_a_given_initial_does_not_match_every_address_holding_its_letter(tmp_path: Path) -> None:
    """An author whose given name is printed as an initial ("J. Okafor") is not the owner of an address
    because it holds that letter ("jeanluc@…"): the address goes to the name it spells, Jean-Luc Rossi,
    and Okafor keeps his own."""
    rows = [[("Jean-Luc Rossi and J. Okafor", ["University of Oslo", "j.okafor@uio.no, jeanluc@uio.no"])]]
    header = _header(pdfgen.byline_grid_page(tmp_path / "initial.pdf", rows))
    assert [(a.name, a.email) for a in header.authors] == [
        ("Jean-Luc Rossi", "jeanluc@uio.no"),
        ("J. Okafor", "j.okafor@uio.no"),
    ]


def _set_at(text: str, x: float, y: float, size: float = 10.0) -> Line:
    """A line of words from x at y in `size` Times: each letter half the size wide, a space between."""
    font = Font("Times", size, False, False)
    words: list[Word] = []
    for token in text.split():
        words.append(Word(token, x, y, x + 0.5 * size * len(token), y + size, font))
        x += 0.5 * size * len(token) + 0.3 * size
    return Line(words, page=1)


def test_text_set_well_under_a_row_of_author_blocks_is_no_line_of_theirs() -> None:
    """An IEEE page's second column can start above the abstract, beside an epigraph, some lines under
    the row of author blocks: lines that far down are the body's, not lines the row's blocks share."""
    blocks = (
        ("Ann Lee", ["Faculty of Mathematics", "University of Bergen", "Bergen, Norway", "ann.lee@uib.no"]),
        ("Bo Chen", ["Department of Physics", "University of Toronto", "Toronto, Canada", "bo.chen@uoft.ca"]),
    )
    lines = []
    for x, (name, details) in zip((60.0, 330.0), blocks, strict=True):
        lines.append(_set_at(name, x, 100.0, 11.0))
        lines += [_set_at(detail, x, 113.0 + 12.0 * k) for k, detail in enumerate(details)]
    lines.append(_set_at("about our that design method of on compare careful", 312.0, 210.0))
    byline = find_byline(sorted(lines, key=lambda ln: (ln.y0, ln.x0)))
    assert byline is not None
    assert [[ln.text for ln in b.details] for b in byline.blocks] == [details for _, details in blocks]
