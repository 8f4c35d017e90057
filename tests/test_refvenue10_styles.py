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


ELSARTICLE_HARV = [
    "Barzilay, R., Lee, L., 2003. Learning to paraphrase: an unsupervised approach using multiple-sequence "
    "alignment. Computational Linguistics 29, 16-23.",
    "Ritchie, H., Mathieu, E., Roser, M., 2020. Coronavirus pandemic (COVID-19). Our World in Data .",
    "Pless, D., Luger, G., 2001. Towards general analysis of recursive probabilistic models. Proceedings of "
    "conference of uncertainty in artificial intelligence (San Francisco) .",
    "Sensoy, M., de Mel, G., Norman, T., 2011. Ontological logic programming. International conference on "
    "web intelligence, mining and semantics .",
]


def test_elsarticle_harvs_journal_before_a_spaced_stop_is_the_venue(tmp_path: Path) -> None:
    """elsarticle-harv prints an @article without volume or pages as 'Names, Year. Title. Journal .' (a
    space before the stop): all between the title's stop and it is the journal, whatever the model read."""
    doc = extract(pdfgen.refvenue10_author_year_paper(tmp_path / "harv.pdf", ELSARTICLE_HARV))
    assert [(r.title, r.venue) for r in doc.references[1:]] == [
        ("Coronavirus pandemic (COVID-19)", "Our World in Data"),
        (
            "Towards general analysis of recursive probabilistic models",
            "Proceedings of conference of uncertainty in artificial intelligence (San Francisco)",
        ),
        (
            "Ontological logic programming",
            "International conference on web intelligence, mining and semantics",
        ),
    ]
    assert doc.references[0].venue == "Computational Linguistics"
