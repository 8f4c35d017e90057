"""The text's size is the size most letters are set in, on generated PDFs."""

from __future__ import annotations

from pathlib import Path

from pdfgen import spaced_listing_page

from paperparse.layout import analyze
from paperparse.pdf import read_pdf


def test_a_listing_set_a_letter_a_word_does_not_make_its_size_the_texts(tmp_path: Path) -> None:
    # its 1,200 one-letter words outnumber the paragraphs' 120 words, not their letters
    assert analyze(read_pdf(spaced_listing_page(tmp_path / "listing.pdf"))).body_size == 10
