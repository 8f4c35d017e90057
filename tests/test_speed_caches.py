"""Facts computed once and kept for speed must give what computing them afresh gives."""

from __future__ import annotations

from paperparse.body.regions import _is_prose
from paperparse.layout import Block
from paperparse.pdf.model import Font, Line, Word


def _block(texts: list[str], size: float = 10.0) -> Block:
    font, words, x = Font("Times-Roman", size, False, False), [], 60.0
    for text in texts:
        words.append(Word(text, x, 100.0, x + 5 * len(text), 100.0 + size, font))
        x += 5 * len(text) + 3
    return Block([Line(words, 1)], 1, 0)


def test_a_block_counts_its_words_and_those_of_two_letters_or_more_once() -> None:
    block = _block(["A", "table", "of", "12.5", "x1", "3"])
    assert block.word_counts == (6, 2)  # "table", "of"
    assert block.word_counts is block.word_counts


def test_prose_is_a_dozen_words_or_more_mostly_words_at_the_text_size_and_wide() -> None:
    words = "the model reads each line of the page and labels it with its part".split()
    assert _is_prose(_block(words), 10.0)
    assert not _is_prose(_block(words[:11]), 10.0)  # under a dozen words
    assert not _is_prose(_block(words, size=8.0), 10.0)  # small print
    assert not _is_prose(_block([*words[:5], *["1.5"] * 9]), 10.0)  # mostly numbers: a table's row
