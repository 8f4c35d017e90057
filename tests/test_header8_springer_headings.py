"""Springer's journal pages (svjour3) whose first page has no introduction set the institutes right
under the abstract, each headed by its members' initialled names, which read as authors. A heading
names only authors of the byline; the byline is its first block and the blocks a name cut in it goes on
in ("… · Noa van" / "Dunn · …", a line the layout sets apart): the names of that last line head
an institute too."""

from __future__ import annotations

from pathlib import Path

from pdfgen import HEADER8_SPRINGER_NAMES, header8_springer_cut_byline_page

from paperparse.header import _institute_headings
from paperparse.header.parts import Parts
from paperparse.layout import analyze
from paperparse.pdf import read_pdf


def test_a_heading_naming_the_last_line_of_a_cut_byline_is_no_author(tmp_path: Path) -> None:
    layout = analyze(read_pdf(header8_springer_cut_byline_page(tmp_path / "sv.pdf")))
    front = [b for b in layout.pages[0].blocks if b.kind == "text"]
    order = {id(ln): i for i, ln in enumerate(ln for b in front for ln in b.lines)}
    listed = [b for b in front if "·" in b.text]  # the byline's lines and the institutes' headings
    parts = Parts(authors=listed, affiliations=[b for b in front if "University" in b.text])
    _institute_headings(parts, order)
    byline = " ".join(b.text for b in parts.authors)
    assert byline == "Ann Lee · Bo Chen · Noa van Dunn · Eve Fox · Gil Hart · Ida Moss"
    assert len(byline.split(" · ")) == len(HEADER8_SPRINGER_NAMES)
    headings = [b.text for b in parts.affiliations if "·" in b.text]
    assert headings == ["A. Lee · N. van Dunn", "B. Chen · E. Fox", "G. Hart · I. Moss"]
