"""Acrobat Capture's text layer over the Anthology's scanned papers of 1988-2000 (A88-1032, A94-1004):
each word its own letter-spaced string with its own space glyph, so a heading's two-letter words have no
neighbouring letter gap to show their letter-spacing, only the gap to their own space."""

from pathlib import Path

import pdfgen

from paperparse.pdf import read_pdf


def _lines(path: Path) -> list[list[str]]:
    return [[w.text for w in line.words] for line in read_pdf(path).pages[0].lines]


def test_letter_spaced_two_letter_words_of_a_capture_layer_stay_whole(tmp_path: Path) -> None:
    lines = _lines(pdfgen.aclold_capture_page(tmp_path / "capture.pdf"))
    assert lines[0] == ["ON", "THE", "USE", "OF", "AN", "OCR", "LAYER"]
    # a gap as wide without a space glyph after the letters at that gap is a word gap
    assert lines[-1] == ["of", "it", "stands"]
