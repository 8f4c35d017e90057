"""Old ACL and COLING title blocks the generated corpus's TITLE_BLOCK_SEEDS range draws: a long list of
names wrapped over two lines under the title ("A, B, C," / "D, E and F")."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.layout import analyze
from paperparse.pdf import read_pdf


@pytest.mark.parametrize("count", [5, 6, 8])
@pytest.mark.parametrize("gap", [6.0, 9.0], ids=["close", "apart"])
def test_a_long_list_of_names_wrapped_under_the_title_is_read_whole(
    tmp_path: Path, count: int, gap: float
) -> None:
    """The list's first line breaks off after a comma, right under the title: the header labeller read it
    as the title's last line, and only the second line's names were authors."""
    names = [*pdfgen.ACLOLD4_NAMES, "Grace Moreau", "Mateo Lindqvist"][:count]
    pdf = pdfgen.aclold4_wrapped_byline_page(tmp_path / "wrapped.pdf", names=names, gap=gap)
    header = extract_header(analyze(read_pdf(pdf)))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == names
