"""Headings the model reads as text that the document's numbering keeps (sections12), on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import sections12_bold_label_page, styled_headings_page
from test_body_elements import _body_read_as


def test_a_lettered_heading_of_section_i_the_model_reads_as_text_stays_though_later_sections_reuse_it(
    tmp_path: Path,
) -> None:
    # IEEE letters each Roman section's subsections anew: "C" of section I is also section II's, and "I"
    # alone reads as a letter too, but a paper whose first section is "I" numbers in Roman
    headings = [
        ("I. Introduction", "B"),
        ("A. Setup", "I"),
        ("B. Data", "I"),
        ("C. Model", "I"),
        ("II. Method", "B"),
        ("A. Plan", "I"),
        ("B. Steps", "I"),
        ("C. Tools", "I"),
    ]
    says = {"C. Model": ("paragraph", 0.95)}
    body = _body_read_as(styled_headings_page(tmp_path / "roman.pdf", headings), says)
    assert [s.title for s in body.sections] == [
        "Introduction",
        "Setup",
        "Data",
        "Model",
        "Method",
        "Plan",
        "Steps",
        "Tools",
    ]


_NUMBERED = [("1 Introduction", "B"), ("2 Method", "B"), ("3 Results", "B")]


def test_an_appendix_heading_the_model_reads_as_text_stays_where_its_letter_opens_or_goes_on(
    tmp_path: Path,
) -> None:
    # elsarticle's and JMLR's "Appendix A. Title": the body's digits do not go on to "A", the word does
    headings = [*_NUMBERED, ("Appendix A. Proofs of the Bounds", "B"), ("Appendix B. Further Results", "B")]
    says = {"Appendix": ("paragraph", 0.95)}
    body = _body_read_as(styled_headings_page(tmp_path / "appendix.pdf", headings), says)
    titles = ["Introduction", "Method", "Results", "Proofs of the Bounds", "Further Results"]
    assert [s.title for s in body.sections] == titles
    # a letter that neither opens the appendices nor follows one, or a type no heading has, stays text
    headings = [*_NUMBERED, ("Appendix C. Proofs of the Bounds", "B")]
    body = _body_read_as(styled_headings_page(tmp_path / "skipped.pdf", headings), says)
    assert [s.title for s in body.sections] == titles[:3]
    headings = [*_NUMBERED, ("Appendix A. Proofs of the Bounds", "I")]
    body = _body_read_as(styled_headings_page(tmp_path / "plain.pdf", headings), says)
    assert [s.title for s in body.sections] == titles[:3]


def test_the_first_subsection_the_model_reads_as_text_stays_as_its_sections_first_child_in_bold(
    tmp_path: Path,
) -> None:
    # no earlier heading of depth 2 shows its type: the number's first child and a styled line tell
    headings = [
        ("1 Introduction", "B"),
        ("1.1 A Note on the Setup", "B"),
        ("1.2 Data", "B"),
        ("2 Method", "B"),
    ]
    says = {"1.1 A Note": ("paragraph", 0.95)}
    body = _body_read_as(styled_headings_page(tmp_path / "first.pdf", headings), says)
    assert [s.title for s in body.sections] == ["Introduction", "A Note on the Setup", "Data", "Method"]
    # not its parent's first child ("1.2" with no "1.1"), or in the text's upright type: text
    says = {"1.2 A Note": ("paragraph", 0.95)}
    skipped = [headings[0], ("1.2 A Note on the Setup", "B"), headings[3]]
    body = _body_read_as(styled_headings_page(tmp_path / "skipped.pdf", skipped), says)
    assert [s.title for s in body.sections] == ["Introduction", "Method"]
    says = {"1.1 A Note": ("paragraph", 0.95)}
    plain = [headings[0], ("1.1 A Note on the Setup", ""), headings[3]]
    body = _body_read_as(styled_headings_page(tmp_path / "plain.pdf", plain), says)
    assert [s.title for s in body.sections] == ["Introduction", "Method"]


def test_a_bold_label_a_colon_ends_alone_on_its_line_is_no_heading_where_sections_are_numbered(
    tmp_path: Path,
) -> None:
    # \textbf{Results:} over its text, even where the model reads the line as a heading
    says = {"Results": ("heading", 0.95)}
    body = _body_read_as(sections12_bold_label_page(tmp_path / "label.pdf"), says)
    assert [s.title for s in body.sections] == ["Introduction", "Method", "Evaluation", "Conclusion"]
    # the same line without its colon is an unnumbered heading
    body = _body_read_as(sections12_bold_label_page(tmp_path / "title.pdf", "Results"), says)
    assert [s.title for s in body.sections] == [
        "Introduction",
        "Method",
        "Evaluation",
        "Results",
        "Conclusion",
    ]
