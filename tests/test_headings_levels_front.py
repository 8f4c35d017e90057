"""Run-in titles with a subtitle or a hyphenated first word, LaTeX's fourth level, and front-matter notes
in the text's type that would open an untitled section."""

from __future__ import annotations

from paperparse.body.evidence import is_front_note
from paperparse.body.headings import list_item_run_in, run_in_heading
from paperparse.layout import Block
from paperparse.layout.zones import REFERENCES_HEADING
from paperparse.pdf.model import Font, Line, Word

BOLD = Font("Times", 10.0, 1, 0)
UPRIGHT = Font("Times", 10.0, 0, 0)


def _run_in(head: str, text: str) -> Block:
    """A paragraph whose first line opens with `head` in bold, then `text` upright; a second line under it."""
    words, x = [], 50.0
    for k, piece in enumerate(head.split() + text.split()):
        font = BOLD if k < len(head.split()) else UPRIGHT
        words.append(Word(piece, x, 100.0, x + 5 * len(piece), 110.0, font))
        x += 5 * len(piece) + 3
    rest = [
        Word(w, 50.0 + 30 * k, 112.0, 75.0 + 30 * k, 122.0, UPRIGHT)
        for k, w in enumerate("and so on".split())
    ]
    return Block([Line(words, 1), Line(rest, 1)], 1, 0)


def test_a_run_in_title_keeps_its_subtitle_up_to_the_full_stop() -> None:
    found = run_in_heading(_run_in("5.2.1 Utility of Stark: Comparison with others.", "In this section"))
    assert found is not None and found[:2] == ("5.2.1", "Utility of Stark: Comparison with others")
    assert found[2].startswith("In this section")


def test_a_run_in_title_may_open_with_a_hyphenated_word() -> None:
    found = run_in_heading(_run_in("5.2.5 Stage-wise Comparison.", "In this experiment"))
    assert found is not None and found[:2] == ("5.2.5", "Stage-wise Comparison")


def test_a_fourth_level_number_opens_no_section() -> None:
    assert run_in_heading(_run_in("7.2.3.2 Availability.", "The key stimulus")) is None
    assert run_in_heading(_run_in("7.2.3 Availability.", "The key stimulus")) is not None


def test_classification_codes_before_the_first_heading_are_front_matter() -> None:
    for text in ("PACS numbers: 29.30.Dn, 42.70.Qs", "Mathematics Subject Classification (2000) 91 · 92"):
        words = [
            Word(w, 50.0 + 40 * k, 100.0, 85.0 + 40 * k, 110.0, UPRIGHT) for k, w in enumerate(text.split())
        ]
        assert is_front_note(Block([Line(words, 1)], 1, 0), None, None)  # type: ignore[arg-type]


def test_references_headings_in_other_languages_open_the_bibliography() -> None:
    assert all(REFERENCES_HEADING.match(t) for t in ("REFERÊNCIAS", "Bibliografia", "Literaturverzeichnis"))


def test_a_numbered_item_with_a_bold_term_off_the_papers_numbering_is_no_run_in() -> None:
    assert list_item_run_in("1", "1. Attention: F := E(A)", "4.2")
    assert not list_item_run_in("5", "5. Results. We show", "4.2")  # the next section, run in
    assert not list_item_run_in("1", "1) Hardware: The board", "4.2")  # IEEE's run-in third level
    assert not list_item_run_in("1", "1. Attention: F := E(A)", None)  # before any numbered heading
