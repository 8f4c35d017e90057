"""Byline grids of author cards (acmart sigconf and its kin) in the forms the generated title-page
corpus showed failing (scripts/header_corpus.py, issue 14): each test draws the class on a page."""

from pathlib import Path

import pdfgen

from paperparse.pipeline import extract

PADUA = ["Laboratory of Information Systems", "University of Padua", "Padua, Italy"]
LISBON = ["Institute for Data Science", "Technical University of Lisbon", "Lisbon, Portugal"]
LAUSANNE = ["Department of Linguistics", "University of Lausanne", "Lausanne, Switzerland"]


def _linked(doc) -> list[list[str]]:
    places = {a.id: a.raw for a in doc.affiliations}
    return [[places[i] for i in a.affiliations] for a in doc.authors]


def test_an_email_under_the_name_keeps_the_affiliation_under_it_in_the_card(tmp_path: Path) -> None:
    """ "Name / email / Department / University / City, Country", two cards a row, two rows: the lines
    under the email are the card's affiliation, and the next row's name opens a card of its own."""
    cards = [
        ["Mei Moreau", "mei.moreau@unipd.it", *PADUA],
        ["Anna de la Dubois", "anna.dubois@utl.pt", *LISBON],
        ["Elena Bianchi", "elena.bianchi@unipd.it", *PADUA],
        ["Pedro Novak", "pedro.novak@utl.pt", *LISBON],
    ]
    doc = extract(pdfgen.card_grid_page(tmp_path / "cards.pdf", cards))
    assert [a.name for a in doc.authors] == [c[0] for c in cards]
    assert [a.email for a in doc.authors] == [c[1] for c in cards]
    assert _linked(doc) == [[", ".join(c[2:])] for c in cards]


def test_two_affiliations_stacked_in_one_card_are_two(tmp_path: Path) -> None:
    """acmart prints an author's second \\affiliation under the first: the card's address line that
    closes with a country ends one affiliation when an institution follows it."""
    cards = [
        ["Mei Moreau", *PADUA, "mei.moreau@unipd.it"],
        ["Elena Bianchi", *LISBON, *LAUSANNE, "elena.bianchi@utl.pt"],
    ]
    doc = extract(pdfgen.card_grid_page(tmp_path / "stacked.pdf", cards))
    assert [a.name for a in doc.authors] == ["Mei Moreau", "Elena Bianchi"]
    assert _linked(doc) == [[", ".join(PADUA)], [", ".join(LISBON), ", ".join(LAUSANNE)]]


def test_department_lines_crowded_across_four_cards_are_cut_at_the_columns(tmp_path: Path) -> None:
    """IEEE sets four author blocks a row; long department lines leave no more than a word space
    between blocks, so the PDF's line runs across all four: it is cut where the names above set the
    columns, each part centred on its column."""
    charles = ["Faculty of Mathematics and Physics", "Charles University", "Prague, Czech Republic"]
    oslo = ["School of Computer Science", "University of Oslo", "Oslo, Norway"]
    cards = [
        ["Ann Lee", *charles, "ann@cuni.cz"],
        ["Bo Chen", *oslo, "bo@uio.no"],
        ["Cy Dunn", *charles, "cy@cuni.cz"],
        ["Di Fox", *oslo, "di@uio.no"],
    ]
    doc = extract(pdfgen.card_grid_page(tmp_path / "crowded.pdf", cards, per_row=4))
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bo Chen", "Cy Dunn", "Di Fox"]
    assert _linked(doc) == [[", ".join(c[1:4])] for c in cards]


def test_two_affiliations_joined_by_and_under_a_name_are_two(tmp_path: Path) -> None:
    """APS's revtex stacks each author over their affiliations down the page, an author's second one
    on the line after an "and" that ends the first."""
    vienna = "Institute for Data Science, University of Vienna, Vienna, Austria"
    singapore = "Department of Computer Science, National University of Singapore, Singapore"
    cards = [["Kenji Chen", singapore], ["Yuki Petrovic", f"{vienna} and", singapore]]
    doc = extract(pdfgen.card_grid_page(tmp_path / "aps.pdf", cards, per_row=1))
    assert [a.name for a in doc.authors] == ["Kenji Chen", "Yuki Petrovic"]
    assert _linked(doc) == [[singapore], [vienna, singapore]]


def test_a_wide_line_rows_above_does_not_bar_a_card_from_its_own_lines(tmp_path: Path) -> None:
    """LaTeX's \\and blocks, two a row and set close: the first row's wide department line reaches
    under the next column, where the last rows' wide line reaches back; each card still keeps the
    lines under its name, and the last row's lone name is an author of its own."""
    wide = ["School of Electrical and Computer Engineering", "University of Granada", "Granada, Spain"]
    short = ["Faculty of Mathematics", "University of Warsaw", "Warsaw, Poland"]
    names = ["Ana Petrovic", "Jose Kowalski", "Ana Patel", "Jose Moreau", "Anna Horvath", "Kenji Muller"]
    places = [wide, short, wide, short, short, wide, wide]
    cards = [[name, *place] for name, place in zip([*names, "Anna Rossi"], places, strict=True)]
    doc = extract(pdfgen.card_grid_page(tmp_path / "close.pdf", cards, per_row=2, measure=118))
    assert [a.name for a in doc.authors] == [*names, "Anna Rossi"]
    assert _linked(doc) == [[", ".join(place)] for place in places]
