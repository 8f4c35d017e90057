"""The reference lexicon: which words it keeps, and that it survives a write and a read."""

from __future__ import annotations

from pathlib import Path

from paperparse.references import lexicon
from paperparse.references.tokens import tokenize


def _tagged(text: str, labels: list[str]) -> tuple[list, list[str]]:
    tokens = tokenize(text)
    assert len(tokens) == len(labels)
    return tokens, labels


def test_keeps_words_mostly_tagged_one_field_often_enough() -> None:
    seqs = [_tagged("Garner , Robert Press", ["author", "other", "author", "publisher"])] * 3
    seqs += [_tagged("Robert", ["title"])]  # 3 of 4 uses author: still the author's (share 0.75)
    seqs += [_tagged("Rare", ["author"])] * (lexicon.MIN_COUNT - 1)
    seqs += [_tagged("Mixed Mixed", ["title", "venue"])] * 3  # no field holds MIN_SHARE
    words = lexicon.build(seqs)
    assert words["garner"] == "author"
    assert words["robert"] == "author"
    assert words["press"] == "publisher"
    assert "rare" not in words  # seen too few times
    assert "mixed" not in words
    assert "," not in words  # punctuation never enters


def test_numbers_and_volume_labels_are_left_out() -> None:
    seqs = [_tagged("12 vol", ["volume", "volume"])] * 5
    assert lexicon.build(seqs) == {}  # digits are not words; "volume" is not a lexicon field


def test_round_trip_and_missing_file(tmp_path: Path) -> None:
    path = lexicon.path_for(tmp_path / "model.crfsuite")
    assert path.name == "model.lexicon.tsv"
    assert lexicon.load(path) == {}  # a model trained without a lexicon still tags
    lexicon.load.cache_clear()
    lexicon.write({"robert": "author", "press": "publisher"}, path)
    assert lexicon.load(path) == {"robert": "author", "press": "publisher"}


def test_committed_lexicon_sits_beside_the_model() -> None:
    from paperparse.references import model

    words = lexicon.load(lexicon.path_for(model.MODEL_PATH))
    assert len(words) > 1000
    assert set(words.values()) <= lexicon.FIELDS
