"""Text after the bibliography's last entry that the zone joins to it (issue 14): an IEEE journal's author
biographies and a float's caption on the last page are no part of the entry."""

from __future__ import annotations

from pathlib import Path

import pdfgen
import pytest

from paperparse.pipeline import extract

BIOGRAPHY = (
    "Luong H. Vu received the B.S. degree in information technology from the University of Information "
    "and Communication Technology, Thai Nguyen, Viet Nam, in 2007, and the M.Sc. degree from Batangas "
    "State University, Philippines, in 2011. His current interests include intelligent transport systems."
)
CAPTION = (
    "(b) (a) Fig. 7. The percentage of forwarding users for each scheme in comparison with the number of "
    "forwarding users of the baseline, over the whole area of the primary transmitter."
)


@pytest.mark.parametrize("trailing", [BIOGRAPHY, CAPTION])
def test_biographies_or_a_caption_after_the_last_entry_are_no_part_of_it(
    tmp_path: Path, trailing: str
) -> None:
    doc = extract(pdfgen.refvenue10_trailing_matter_paper(tmp_path / "ieee.pdf", trailing))
    assert [r.label for r in doc.references] == [str(n) for n in range(1, 9)]
    last = doc.references[-1]
    assert last.raw.endswith("1998."), last.raw
    assert (last.venue, last.year) == ("IEEE Trans. Commun", "1998")


def test_a_name_after_an_entry_without_a_biographys_verb_stays() -> None:
    from paperparse.references.find import without_trailing_matter

    raw = "[3] A. Name, “The model is a test,” in Proc. ICC, 2019. Luong H. Vu, personal communication."
    assert without_trailing_matter(raw) == raw
