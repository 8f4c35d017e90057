"""The front matter ends at the paper's first section even when it is not called "Introduction"."""

import pdfgen

from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


def test_a_first_section_with_another_name_ends_the_front_matter(tmp_path):
    layout = analyze(read_pdf(pdfgen.unnamed_first_section_paper(tmp_path / "p.pdf")))
    zones = {b.text.split()[0]: b.zone for b in layout.text_blocks()}
    assert zones["We"] == "front"
    assert zones["1."] == "body"
    assert zones["2."] == "body"


def test_the_abstract_stops_before_the_first_section(tmp_path):
    doc = extract(pdfgen.unnamed_first_section_paper(tmp_path / "p.pdf"))
    assert (doc.abstract or "").rstrip(".").endswith("gamma50")
    assert [s.title for s in doc.sections][:2] == ["Problem Statement", "Method"]


def test_a_title_opening_with_a_first_sections_name_does_not_end_the_front_matter(tmp_path):
    # "Overview of the …" shared-task papers, "RESULTS OF …": the title, in the page's largest type, is
    # no section heading; the front matter ends at "1 Introduction"
    for title in ("Overview of the Shared Task on Parsing", "RESULTS OF THE PARSING EVALUATION"):
        doc = extract(pdfgen.zones_overview_title_paper(tmp_path / "p.pdf", title))
        assert doc.title == title
        assert [a.surname for a in doc.authors] == ["Lee"]
        assert [s.title for s in doc.sections][:1] == ["Introduction"]
