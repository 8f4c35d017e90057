"""Springer's journal class (svjour3) sets the institutes as a footnote that \\maketitle issues before
the abstract: a long list (an "e-mail:" line an author, phone and fax lines) fills the first page's
foot, TeX sets the rest at the second page's foot, and the abstract goes on at the second page's top.
The institutes open with their members' initialled names; a heading may break inside a name after its
particle ("… · N. van" / "Dunn"), and an address after a comma ("…, University of Oslo," / "Oslo,
Norway")."""

from __future__ import annotations

from pathlib import Path

from pdfgen import SPRINGER2_NAMES, lines_page, springer2_institutes_overleaf_paper

from paperparse.header.affiliations import affiliations_from
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import extract


def test_institutes_going_on_overleaf_give_their_affiliations_and_emails(tmp_path: Path) -> None:
    header = extract(springer2_institutes_overleaf_paper(tmp_path / "sv.pdf"))
    assert [a.name for a in header.authors] == list(SPRINGER2_NAMES)
    assert [a.raw for a in header.affiliations] == [
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "Institute of Computing, Tsinghua University, Beijing, China",
        "School of Physics, University of Lyon, Lyon, France",
    ]
    emails = {a.name: a.email for a in header.authors}
    assert emails["Gil Hart"] == "gil.hart@tsinghua.edu.cn"  # in the second page's foot
    assert emails["Ida Moss"] == "ida.moss@univ-lyon.fr"


def test_the_abstract_goes_on_overleaf_past_the_first_pages_notes(tmp_path: Path) -> None:
    header = extract(springer2_institutes_overleaf_paper(tmp_path / "sv.pdf"))
    assert header.abstract is not None
    assert header.abstract.startswith("We present")
    assert header.abstract.endswith("overleaf end.")
    assert "Tel." not in header.abstract and "@" not in header.abstract


def test_a_heading_cut_after_a_particle_heads_its_institute(tmp_path: Path) -> None:
    lines = [
        "A. Lee · N. van",
        "Dunn",
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "E. Fox",
        "Institute of Computing, Tsinghua University, Beijing, China",
    ]
    layout = analyze(read_pdf(lines_page(tmp_path / "h.pdf", lines)))
    blocks = [b for b in layout.pages[0].blocks if b.kind == "text"]
    found = affiliations_from(blocks, ["Ann Lee", "Noa van Dunn", "Eve Fox"])
    assert [a.raw for a in found] == [lines[2], lines[4]]


def test_a_headed_address_does_not_go_on_past_lines_left_out(tmp_path: Path) -> None:
    """The labeller may leave a heading out of the affiliation lines: the address after it is no part
    of the one before, set apart from it by the heading's room."""
    layout = analyze(read_pdf(springer2_institutes_overleaf_paper(tmp_path / "sv.pdf")))
    notes = [b for b in layout.pages[0].blocks if b.kind == "text" and b.size < 9]
    kept = [b for b in notes if not b.text.startswith(("E. Fox", "Received"))]
    found = affiliations_from(kept, list(SPRINGER2_NAMES))
    assert [a.raw for a in found] == [
        "Department of Linguistics, University of Oslo, Oslo, Norway",
        "Institute of Computing, Tsinghua University, Beijing, China",
    ]
