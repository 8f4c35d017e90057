"""Names set side by side on one baseline in the title area (LaTeX's `\\author{A \\and B}`), each
centred in its own column, are each an author, whether or not lines are set under them; a name set
over the second column is no section heading of the body."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract


@pytest.mark.parametrize("authors", [2, 3])
def test_names_side_by_side_with_nothing_under_them(tmp_path: Path, authors: int) -> None:
    doc = extract(pdfgen.side_by_side_page(tmp_path / "names.pdf", authors))
    names = list(pdfgen.SIDE_BY_SIDE_NAMES[:authors])
    assert [a.name for a in doc.authors] == names
    assert not doc.affiliations
    headings = " ".join(s.title or "" for s in doc.sections)
    assert not any(n.split()[-1] in headings for n in names), headings


@pytest.mark.parametrize("authors", [2, 3])
@pytest.mark.parametrize(
    ("marks", "suffix"), [(False, ""), (True, ", Norway")], ids=["affiliation-under", "raised-marker"]
)
def test_names_side_by_side_linked_to_their_affiliations(
    tmp_path: Path, authors: int, marks: bool, suffix: str
) -> None:
    """Each name's affiliation set under it, or keyed by a raised marker to a footnote; the last
    name's marker is set higher than the others', and the names still read left to right."""
    pdf = pdfgen.side_by_side_page(tmp_path / "grid.pdf", authors, affiliations=not marks, marks=marks)
    doc = extract(pdf)
    assert [a.name for a in doc.authors] == list(pdfgen.SIDE_BY_SIDE_NAMES[:authors])
    places = {a.id: a.raw for a in doc.affiliations}
    linked = [[places[i] for i in a.affiliations] for a in doc.authors]
    assert linked == [[p + suffix] for p in pdfgen.SIDE_BY_SIDE_PLACES[:authors]]
