"""Venues as two styles lay them out: MNRAS's journal (no article title) whose name holds a colon, and
acl_natbib's booktitle followed by a sentence of the meeting's place before the pages."""

from __future__ import annotations

import pytest

from paperparse.references.parser import parse_reference


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "Bruneton E., Coupaye T., Leclercq M., Quéma V., Stefani J.-B., 2006, Software: Practice and "
            "Experience, 36, 1257",
            "Software: Practice and Experience",
        ),
        (
            "Hallerbach A., Bauer T., Reichert M., 2010, Journal of Software Maintenance and Evolution: "
            "Research and Practice, 22, 519",
            "Journal of Software Maintenance and Evolution: Research and Practice",
        ),
    ],
)
def test_an_mnras_journal_may_hold_a_colon(raw: str, venue: str) -> None:
    ref = parse_reference(raw)
    assert (ref.title, ref.venue, ref.volume) == (None, venue, raw.split(", ")[-2])


def test_a_colon_before_a_volume_called_so_still_sets_off_a_title() -> None:
    """GSA's 'Title: Journal, v. 29': there the colon ends the title."""
    ref = parse_reference("Smith, J., 2001, Rifting in the west: Geology, v. 29, p. 1-4.")
    assert ref.venue is None or ref.venue == "Geology"


@pytest.mark.parametrize(
    ("raw", "venue"),
    [
        (
            "Tomas Mikolov, Kai Chen, Greg Corrado, and Jeffrey Dean. 2013. Efficient estimation of word "
            "representations in vector space. In Proceedings of the International Conference on Learning "
            "Representations. Scottsdale, Arizona, pages 1–12.",
            "Proceedings of the International Conference on Learning Representations",
        ),
        (
            "Ann Smith and Bo Wu. 2016. Parsing with little data. In Proceedings of the 2016 Conference on "
            "Empirical Methods in Natural Language Processing. Austin, Texas, pages 100–110.",
            "Proceedings of the 2016 Conference on Empirical Methods in Natural Language Processing",
        ),
    ],
)
def test_acl_natbibs_place_after_the_booktitle_is_no_part_of_it(raw: str, venue: str) -> None:
    assert parse_reference(raw).venue == venue


def test_a_place_set_off_by_commas_stays_in_the_booktitle() -> None:
    """plainnat's DBLP booktitle: the place inside it, before ', pages', is the booktitle's own."""
    ref = parse_reference(
        "Diederik P. Kingma and Jimmy Ba. Adam: A method for stochastic optimization. In 3rd International "
        "Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015, pages 1–15, 2015."
    )
    assert ref.venue == (
        "3rd International Conference on Learning Representations, ICLR 2015, San Diego, CA, USA, May 7-9, 2015"
    )
