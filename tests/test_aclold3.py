"""Old ACL bylines that print one author a line with the affiliation after the name, in the name's own
case: "Jerry R. Hobbs, Artificial Intelligence Center, SRI International" or "Ann Lee (Kyoto University)".
No grid is found there (the lines are no names), and the lists' rules read them as affiliations."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.layout import analyze
from paperparse.pdf import read_pdf


@pytest.mark.parametrize("form", ["comma", "paren"])
@pytest.mark.parametrize("wrapped", [False, True], ids=["one line", "wrapped"])
def test_one_author_a_line_with_the_affiliation_after_the_name(
    tmp_path: Path, form: str, wrapped: bool
) -> None:
    pdf = pdfgen.aclold3_own_lines_page(tmp_path / "own.pdf", form=form, wrapped=wrapped)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == [name for name, _, _ in pdfgen.ACLOLD3_AUTHORS]
    institutions = [institution for _, _, institution in pdfgen.ACLOLD3_AUTHORS]
    assert all(any(i in a.raw for a in header.affiliations) for i in institutions)
    assert all(len(a.affiliations) == 1 for a in header.authors)
