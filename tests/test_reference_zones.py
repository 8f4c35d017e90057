"""Finding the bibliography in layouts other than eLife's: line-numbered manuscripts, revtex's unheaded
list, appendices after the references, a last page whose columns share few heights."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest
from fpdf import FPDF
from test_citation_markers import one_line

from paperparse.document import Document
from paperparse.layout.model import Block
from paperparse.pipeline import extract
from paperparse.references.find import _entry_lines, split_entries

REFS = [
    f"[{i}] A. Author{i} and B. Writer. A study of subject {i}. Journal of Things, {i}(2):1-10, 20{10 + i}."
    for i in range(1, 15)
]


def _lines(pdf: FPDF, x: float, y: float, width: float, text: str, size: float = 9) -> float:
    """Set `text` wrapped into `width` from baseline y; returns the next baseline."""
    pdf.set_font("Times", size=size)
    for line in pdfgen._wrap(pdf, text.split(), width):
        pdf.text(x, y, line)
        y += size * 0.45
    return y


def _body(pdf: FPDF, x: float, y: float, width: float, n: int) -> float:
    return _lines(pdf, x, y, width, " ".join(pdfgen.words("body", 1, n)) + ".", size=10) + 3


def test_line_numbers_every_fifth_line_are_cut_off_the_references(tmp_path: Path) -> None:
    """Elsevier's preprint style numbers every fifth line in the margin, close to the reference there."""
    path = tmp_path / "numbered.pdf"
    refs = REFS * 2
    with pdfgen._document(path) as pdf:
        y = _body(pdf, 30, 30, 150, 40)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(30, y, "References")
        y += 8
        for i, ref in enumerate(refs):
            pdf.set_font("Times", size=9)
            pdf.text(30, y, ref)
            if i % 5 == 0:
                pdf.set_font("Times", size=9)
                pdf.text(30 - 2.2 - pdf.get_string_width("1795"), y, str(1790 + i))
            y += 4.5
    doc = extract(path)
    assert [r.label for r in doc.references] == [str(i) for i in range(1, 15)] * 2
    assert not any(r.raw.split()[0].isdigit() for r in doc.references)


def test_revtex_list_without_heading_closes_the_paper(tmp_path: Path) -> None:
    path = tmp_path / "revtex.pdf"
    with pdfgen._document(path) as pdf:
        y = _body(pdf, 20, 30, 170, 120)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(20, y, "ACKNOWLEDGMENTS")
        y = _body(pdf, 20, y + 6, 170, 30)
        for ref in REFS[:4]:
            y = _lines(pdf, 20, y, 170, ref) + 1
    doc = extract(path)
    assert len(doc.references) == 4 and doc.references[3].title


@pytest.mark.parametrize("heading", ["A PROOF OF LEMMA 3", "§A. PROOF OF LEMMA 3"])
def test_lettered_appendix_after_the_references_is_not_a_reference(tmp_path: Path, heading: str) -> None:
    """The appendix's heading after the bibliography, lettered as the body numbers its sections, "§A."
    where they are "§1." (some mathematics papers)."""
    path = tmp_path / "appendix.pdf"
    with pdfgen._document(path, first_page=False) as pdf:
        pdf.add_page()
        y = _body(pdf, 20, 30, 170, 80)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(20, y, "References")
        y += 7
        for ref in REFS[:6]:
            y = _lines(pdf, 20, y, 170, ref) + 1
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(20, 30, heading)
        _body(pdf, 20, 40, 170, 150)
    doc: Document = extract(path)
    assert len(doc.references) == 6
    assert not any("body" in r.raw for r in doc.references)
    assert ("A", "PROOF OF LEMMA 3") in [(s.number, s.title) for s in doc.sections]


def test_columns_that_share_few_heights_are_still_two_columns(tmp_path: Path) -> None:
    """A last page: a figure fills the left column's top, the right column's references end halfway."""
    path = tmp_path / "stacked.pdf"
    with pdfgen._document(path) as pdf:
        pdf.rect(pdfgen.LEFT, 25, pdfgen.COL_W, 110)
        y = 145
        y = _body(pdf, pdfgen.LEFT, y, pdfgen.COL_W, 90)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(pdfgen.LEFT, y + 2, "REFERENCES")
        y += 8
        for ref in REFS[:3]:
            y = _lines(pdf, pdfgen.LEFT, y, pdfgen.COL_W, ref) + 1
        y = 30
        for ref in REFS[3:14]:
            y = _lines(pdf, pdfgen.COL2, y, pdfgen.COL_W, ref) + 1
    doc = extract(path)
    assert [r.label for r in doc.references] == [str(i) for i in range(1, 15)]


def test_numbered_lines_at_the_text_edge_are_not_line_numbers(tmp_path: Path) -> None:
    """Affiliation markers 1, 2, 3, … step down the page too, but stand at the text's own edge."""
    path = tmp_path / "affiliations.pdf"
    affiliations = [f"Department of Subject {i}, University of Place {i}, City" for i in range(1, 6)]
    with pdfgen._document(path) as pdf:
        y = 40
        for i, text in enumerate(affiliations, start=1):
            pdf.set_font("Times", size=6)
            pdf.text(20, y - 3.5, str(i))
            pdf.set_font("Times", size=10)
            pdf.text(22, y, text)
            y += 9
        _body(pdf, 20, y + 10, 170, 200)
    from paperparse.layout import analyze
    from paperparse.pdf import read_pdf

    layout = analyze(read_pdf(path))
    assert not [b for b in layout.pages[0].blocks if b.kind == "margin"]


def test_a_figure_among_labelled_entries_leaves_their_flush_edge_alone() -> None:
    """A figure's tick label and its caption set across both columns, zoned between two entries of the
    right column: the second entry still starts at its label."""
    first = one_line("[1] A. Lee, Old work, J. 1 (2001) 2.", 312, 100)
    tick = one_line("SMS", 300, 120)
    caption = Block(
        one_line("Fig. 3. Percentage of links with small errors across all the data sets.", 49, 140).lines,
        1,
        -1,
    )
    second = one_line("[2] B. Wu, New work, J. 2 (2002) 3.", 312, 160)
    blocks = [Block(b.lines, 1, 1) for b in (first, tick, second)]
    lines = [(ln, b) for b in (blocks[0], blocks[1], caption, blocks[2]) for ln in b.lines]
    entries = split_entries(lines)
    assert [entry[0][0].text for entry in entries] == [first.lines[0].text, second.lines[0].text]


def test_a_dash_for_the_authors_repeats_the_entry_before(tmp_path: Path) -> None:
    same = "[3] --, A second study of subject 2. Journal of Things, 3(1):4-9, 2013."
    path = pdfgen.lines_page(
        tmp_path / "dashes.pdf", [*pdfgen.words("body", 1, 8), "References", *REFS[:2], same, REFS[3]]
    )
    doc = extract(path)
    assert [[a.surname for a in r.authors] for r in doc.references[1:3]] == [["Author2", "Writer"]] * 2


def test_a_name_broken_at_its_hyphen_before_a_capital_stays_one_name(tmp_path: Path) -> None:
    broken = [
        "[2] A. Author2, J. González-",
        "Barahona, and B. Writer. A study of subject 2. Journal of Things, 2(2):1-10, 2012.",
    ]
    path = pdfgen.lines_page(
        tmp_path / "hyphen.pdf", [*pdfgen.words("body", 1, 8), "References", REFS[0], *broken, *REFS[2:4]]
    )
    doc = extract(path)
    assert [a.surname for a in doc.references[1].authors] == ["Author2", "González-Barahona", "Writer"]


class _ReferenceBlocks:
    """A layout reduced to its bibliography blocks, which is all `_entry_lines` reads."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def text_blocks(self, zone: str) -> list[Block]:
        return [b for b in self.blocks if b.zone == zone]


def test_a_label_hanging_left_of_the_right_column_is_read_in_that_column() -> None:
    """IEEEtran's last page: the right column holds two entries, their labels at the column edge and their
    lines indented after them, so the layout sets each label line across both columns, read first."""
    left = [one_line(f"[{i}] A. Lee, Old work {i}, J. 1 (2001) 2.", 48, 100 + 30 * i) for i in (1, 2)]
    labels = [one_line(f"[{i}] B. Wu, New work {i},", 312, 100 + 30 * (i - 3)) for i in (3, 4)]
    rest = [one_line(f"Journal {i} (2002) 3.", 330, 112 + 30 * (i - 3)) for i in (3, 4)]
    page = [Block(b.lines, 1, -1, zone="references") for b in labels[:1]]
    page += [Block(b.lines, 1, 0, zone="references") for b in left]
    page += [Block(rest[0].lines, 1, 1, zone="references"), Block(labels[1].lines, 1, -1, zone="references")]
    page += [Block(rest[1].lines, 1, 1, zone="references")]
    entries = split_entries(_entry_lines(_ReferenceBlocks(page)))
    assert [" ".join(ln.text for ln, _ in entry) for entry in entries] == [
        "[1] A. Lee, Old work 1, J. 1 (2001) 2.",
        "[2] A. Lee, Old work 2, J. 1 (2001) 2.",
        "[3] B. Wu, New work 3, Journal 3 (2002) 3.",
        "[4] B. Wu, New work 4, Journal 4 (2002) 3.",
    ]


def test_a_label_set_apart_from_its_line_joins_the_line_level_with_it() -> None:
    """alpha's label column is as wide as its widest label: a short label stands apart from its entry's
    first line, and the layout may read it before the lines above it ('[Day10]' before the end of the
    entry it follows). Labels of four or more authors print a spaced '+' ('[ABG + 95]')."""
    wide = one_line("[ABG + 95] A. Lee, Old work of many hands, J. 1", 100, 100)
    wide_end = one_line("(2001) 2.", 160, 112)
    label = one_line("[Day10]", 100, 124)
    first = one_line("B. Wu, New work,", 160, 124)
    rest = one_line("Journal 2 (2002) 3.", 160, 136)
    page = [Block(b.lines, 1, 0, zone="references") for b in (wide, label, wide_end, first, rest)]
    entries = split_entries(_entry_lines(_ReferenceBlocks(page)))
    assert [" ".join(ln.text for ln, _ in entry) for entry in entries] == [
        "[ABG + 95] A. Lee, Old work of many hands, J. 1 (2001) 2.",
        "[Day10] B. Wu, New work, Journal 2 (2002) 3.",
    ]


def test_an_unlabelled_flush_entry_ends_where_its_last_line_stops_short() -> None:
    """MNRAS prints entries flush left without labels and without a closing full stop: a justified
    line that stops short of the right edge ends its entry; one ending in a comma does not."""
    texts = [
        "Andrews P. L., 2018, Technical report, The Rothermel Surface Fire Spread Model",
        "Gartner",
        "Dragoni N., Giallorenzo S., Lafuente A. L., Mazzara M., Montesi F.,",
        "Mustafin R., Safina L., 2017, Present and ulterior software engineering",
        "Fishburn P. C., Kochenberger G. A., 1979, Decision Sciences, 10, 503",
    ]
    lines = [one_line(t, 50, 100 + 12 * i).lines[0] for i, t in enumerate(texts)]
    right = max(ln.x1 for ln in lines)
    block = Block(tuple(lines), 1, 0, zone="references")
    assert lines[0].x1 == right
    entries = split_entries([(ln, block) for ln in lines])
    assert [[ln.text for ln, _ in entry] for entry in entries] == [texts[:2], texts[2:4], texts[4:]]


def test_a_page_number_centred_under_the_entries_is_no_part_of_the_last_one() -> None:
    """A page number the layout leaves in the bibliography zone (short papers give it too few pages to
    see it repeat) is the page's lowest line, a lone number centred under the entries; an entry's last
    line holding only a number starts at their edge."""
    first = one_line("[1] A. Lee, Old work of many hands and more, J. Things 1 (2001) 2.", 100, 100)
    second = one_line("[2] B. Wu, New work of many hands and more, J. Things 2 (2002) 3.", 100, 112)
    number = one_line("7", 268, 150)
    page = [Block(b.lines, 1, 0, zone="references") for b in (first, second, number)]
    entries = split_entries(_entry_lines(_ReferenceBlocks(page)))
    assert [" ".join(ln.text for ln, _ in entry) for entry in entries] == [first.text, second.text]
    flush = one_line("123", 100, 124)
    page = [Block(b.lines, 1, 0, zone="references") for b in (first, second, flush)]
    entries = split_entries(_entry_lines(_ReferenceBlocks(page)))
    assert [ln.text for ln, _ in entries[-1]][-1] == "123"
