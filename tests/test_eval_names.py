"""Name-part scoring (eval.names): what is compared with what, on hand-made names."""

from __future__ import annotations

from pathlib import Path

from paperparse.corpora.grobid_names import NameParts
from paperparse.document import RefAuthor
from paperparse.eval.names import evaluate_citation_names, normal, reference_parts, score_list
from paperparse.eval.scoring import FieldScores


def _f(scores: FieldScores, field: str) -> tuple[int, int, int]:
    c = scores.get(field, "strict")
    return c.tp, c.pred, c.gold


def test_parts_compare_without_dots_case_or_end_punctuation() -> None:
    assert normal("J.-P.") == normal("J-P") == "j-p"
    assert normal("R. A.") == normal("R A")
    assert normal("SMITH,") == normal("Smith")


def test_a_reference_name_is_resplit_and_keeps_its_suffix() -> None:
    parts = reference_parts(RefAuthor(name="P. M. Lewis II", given="P. M.", surname="Lewis"))
    assert parts == NameParts("P.", "M.", "Lewis", "II")


def test_score_list_pairs_names_and_counts_unpaired_ones() -> None:
    scores = FieldScores()
    gold = [NameParts("Ana", "M", "Cruz"), NameParts("Li", "", "Wei")]
    found = [NameParts("Li", "", "Wei"), NameParts("Ana M", "", "Cruz"), NameParts("", "", "Extra")]
    score_list(scores, gold, found)
    assert _f(scores, "names_found") == (2, 3, 2)
    assert _f(scores, "name.given") == (1, 2, 2)  # "Ana M" is not "Ana"
    assert _f(scores, "name.middle") == (0, 0, 1)
    assert _f(scores, "name.surname") == (2, 3, 2)
    assert _f(scores, "name.exact") == (1, 3, 2)


def test_evaluate_citation_names_reads_a_split(tmp_path: Path) -> None:
    folder = tmp_path / "name" / "citation" / "corpus"
    folder.mkdir(parents=True)
    (folder / "a.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><author><surname>Howie</surname>, <forename>J</forename>.'
        " <middlename>G</middlename>. &amp; <surname>Maxwell</surname>, <forename>M</forename>.</author></TEI>",
        "utf-8",
    )
    result = evaluate_citation_names(tmp_path, "corpus")
    assert result["fields"]["name.exact"]["strict"]["f1"] == 1.0
