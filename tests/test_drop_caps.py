"""A paragraph's dropped first letter joins the rest of its word (IEEEtran's \\IEEEPARstart, lettrine)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import dropcap_page

from paperparse.pipeline import extract


def _opening(pdf: Path) -> str:
    (section,) = extract(pdf).sections
    return " ".join(section.paragraphs[0].split()[:3])


@pytest.mark.parametrize("rest", ["EACTIVE", "eactive"])
def test_a_dropped_letter_and_the_rest_of_its_word_are_one_word(tmp_path: Path, rest: str) -> None:
    # IEEE prints the rest in capitals, lettrine in small letters: both read as the word the author wrote
    assert _opening(dropcap_page(tmp_path / "dc.pdf", rest)) == "Reactive synthesis is"


def test_a_dropped_a_stays_a_word_where_the_page_spells_the_next_word_alone(tmp_path: Path) -> None:
    pdf = dropcap_page(tmp_path / "a.pdf", "MICROSERVICES", letter="A")
    assert _opening(pdf) == "A microservices synthesis"
    assert _opening(dropcap_page(tmp_path / "i.pdf", "N", letter="I")) == "In synthesis is"
