"""Acrobat Capture's text layer over the Anthology's scanned papers of 1988-2000 (A88-1032, A94-1004):
each word its own letter-spaced string with its own space glyph, so a heading's two-letter words have no
neighbouring letter gap to show their letter-spacing, only the gap to their own space; and the title
block in one font, so title and names are told apart by place, not type."""

from pathlib import Path

import pdfgen

from paperparse.header import Header, extract_header
from paperparse.header.title import without_trailing_names
from paperparse.layout import Block, Layout, analyze
from paperparse.pdf import read_pdf
from paperparse.pdf.model import Line
from paperparse.segmentation import LabelledLine, Segmentation, reading_lines


def _lines(path: Path) -> list[list[str]]:
    return [[w.text for w in line.words] for line in read_pdf(path).pages[0].lines]


def test_letter_spaced_two_letter_words_of_a_capture_layer_stay_whole(tmp_path: Path) -> None:
    lines = _lines(pdfgen.aclold_capture_page(tmp_path / "capture.pdf"))
    assert lines[0] == ["ON", "THE", "USE", "OF", "AN", "OCR", "LAYER"]
    # a gap as wide without a space glyph after the letters at that gap is a word gap
    assert lines[-1] == ["of", "it", "stands"]


def _flat_front(tmp_path: Path, gap: float) -> tuple[Layout, list[Line]]:
    layout = analyze(read_pdf(pdfgen.aclold_flat_header_page(tmp_path / f"flat{gap}.pdf", gap=gap)))
    return layout, [ln for b in layout.pages[0].blocks for ln in b.lines]


def _with_labels(layout: Layout, labels: dict[str, tuple[str, float]]) -> Header:
    """The header when the model labels each line starting with a key of `labels` so (others: other)."""
    lines = []
    for slot in reading_lines(layout):
        label, score = next((v for k, v in labels.items() if slot.line.text.startswith(k)), ("other", 0.5))
        lines.append(LabelledLine(slot, label, score))
    return extract_header(layout, Segmentation(lines))


def test_a_model_unsure_of_its_own_title_does_not_overrule_the_rule(tmp_path: Path) -> None:
    """Title and names in one font: the model reads the title as names, surely, and the names and their
    department as a title, unsurely (0.41, as on generated Capture pages); the rule's title stands."""
    layout, _ = _flat_front(tmp_path, 10)
    unsure = {"Reading": ("author", 0.9), "Priya": ("title", 0.41), "Department": ("title", 0.41)}
    header = _with_labels(layout, unsure)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Priya NUNEZ", "Marie LARSEN"]
    sure = _with_labels(layout, {"Reading": ("author", 0.9), "Priya": ("title", 0.9)})
    assert sure.title == "Priya NUNEZ and Marie LARSEN"  # a confident model still overrules


def test_a_line_of_names_far_under_a_one_line_title_leaves_it(tmp_path: Path) -> None:
    """A title run that took the names' line under a one-line title (the header labeller's, where both
    are one font) loses it when it stands further below than the title's leading; at that leading it
    stays a line of the title."""
    for gap, kept in ((10, 1), (5, 2)):
        layout, lines = _flat_front(tmp_path, gap)
        title = Block(tuple(lines[:2]), 1, 0, "text", "front", layout.pages[0].blocks[0].vocabulary)
        assert [ln.text for ln in without_trailing_names(title).lines] == [ln.text for ln in lines[:kept]]


def test_a_title_opening_with_a_section_name_under_a_numbered_first_section_is_front_matter(
    tmp_path: Path,
) -> None:
    """The title block in one font smaller than the body's numbered headings, the title opening with a
    word that opens a body ("Results …"): the body starts at "1 Introduction", not at the title."""
    title = "Results of Reading Scanned Papers"
    pdf = pdfgen.aclold_flat_header_page(tmp_path / "results.pdf", title=title, size=11)
    layout = analyze(read_pdf(pdf))
    zones = {b.text: b.zone for b in layout.pages[0].blocks}
    assert zones[title] == "front" and zones["1 Introduction"] == "body"
    assert extract_header(layout).title == title


def test_a_byline_in_the_title_block_is_cut_off_at_its_widest_gap(tmp_path: Path) -> None:
    """The names 8 mm under the title, in its font: the layout makes one block of title, names and
    address; the byline starts at the names' line, after the block's widest gap, and is read as one."""
    layout, _ = _flat_front(tmp_path, 8)
    assert len(layout.pages[0].blocks[0].lines) == 4
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Priya NUNEZ", "Marie LARSEN"]


def test_bold_names_close_under_the_title_a_fraction_of_a_point_over_the_body_are_no_part_of_it(
    tmp_path: Path,
) -> None:
    """A smaller cut of the title's bold face right under it goes on the title (acmart's, 10-11 pt over a
    9 pt body); bold names there at 10.1 pt over a 10 pt body (OCR's size guess) are the byline."""
    layout = analyze(read_pdf(pdfgen.aclold_close_names_page(tmp_path / "close.pdf")))
    header = extract_header(layout)
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Mateo NOVAK", "Anna ROSSI"]
