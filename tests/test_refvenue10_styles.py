"""Reference venues as whole families of BibTeX styles print them (issue 14), read from generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract

DBLP_BOOKTITLE = (
    "Progress in Artificial Intelligence, 6th Portuguese Conference on Artificial Intelligence, EPIA '93, "
    "Porto, Portugal, October 6-8, 1993, Proceedings"
)


@pytest.mark.parametrize(
    "entry",
    [
        "Michael Fisher and Michael J. Wooldridge. 1993. Specifying and verifying distributed intelligence "
        "systems. In Miguel Filgueiras and Luis Damas, editors, "
        + DBLP_BOOKTITLE
        + ", volume 727 of Lecture Notes in Computer Science, pages 13-28. Springer.",
        "M. Fisher and M. J. Wooldridge, in " + DBLP_BOOKTITLE + ", Lecture Notes in Computer Science, "
        "Vol. 727, edited by M. Filgueiras and L. Damas (Springer, 1993) pp. 13-28.",
    ],
)
def test_dblps_acronym_and_year_inside_an_older_meetings_booktitle_stay_in_it(
    tmp_path: Path, entry: str
) -> None:
    """DBLP names an older meeting by acronym and two-digit year inside its booktitle, before the place
    and dates ('…, EPIA '93, Porto, Portugal, October 6-8, 1993, Proceedings'; acl_natbib, revtex): no
    series an ACM .bib adds after the title ('…, ICSE '05, pages …'), which is cut off."""
    pdf = pdfgen.refvenue10_trailing_matter_paper(
        tmp_path / "dblp.pdf", entries=[*pdfgen.REFVENUE10_ENTRIES[:3], entry]
    )
    ref = extract(pdf).references[-1]
    assert ref.venue == DBLP_BOOKTITLE
