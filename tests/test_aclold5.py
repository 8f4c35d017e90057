"""Old ACL title blocks in an OCR layer's one font (Acrobat Capture's, as the generated corpus's era
ranges draw them): authors' blocks stacked down one column under a one-line title, and level numbers
after a suffix."""

from pathlib import Path

import pdfgen
import pytest

from paperparse.header import extract_header
from paperparse.layout import analyze
from paperparse.pdf import read_pdf
from paperparse.pipeline import MODEL_PATH, segment


@pytest.mark.parametrize("drop", [5.0, 5.6])
def test_a_one_line_title_over_blocks_stacked_in_its_one_font_ends_at_the_first_name(
    tmp_path: Path, drop: float
) -> None:
    """In an OCR layer's one font the title's run takes in the byline under it; two authors' blocks
    too wide to stand side by side are stacked down one column, so no row of names stands level with
    another, and the gap under a one-line title, narrowed by the layer's guessed boxes, is not the
    block's widest: a name right over its departments' line starts the byline (generated seeds 5842,
    5890)."""
    pdf = pdfgen.aclold5_flat_stacked_grid_page(tmp_path / "stacked.pdf", drop=drop)
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert header.title == pdfgen.ACLOLD_TITLE
    assert [a.name for a in header.authors] == ["Grace Muller", "Ingrid Fernandez"]


@pytest.mark.parametrize("drop", [5.0, 6.0])
def test_a_level_number_after_a_suffix_marks_the_name(tmp_path: Path, drop: float) -> None:
    """An OCR layer in one size sets each name's raised number level after it, and after a suffix too
    ("Aylin M. Johansson Jr. 1 , Grace Dubois 1 and …"): that line is a line of names, so the title's
    block that swallowed it ends there (generated seeds 5244, 5376, 5874)."""
    pdf = pdfgen.aclold5_flat_level_marks_page(tmp_path / "level.pdf", drop=drop)
    layout = analyze(read_pdf(pdf))
    header = extract_header(layout, segment(layout, MODEL_PATH))
    assert header.title == " ".join(pdfgen.ACLOLD4_LONG_TITLE[:2])
    assert [a.name for a in header.authors] == ["Aylin M. Johansson Jr.", "Grace Dubois", "Oliver Okafor"]
