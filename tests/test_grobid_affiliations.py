"""The affiliation-address TEI loader: each <affiliation> as a PDF line gives it, with its parts as spans."""

from __future__ import annotations

from pathlib import Path

from paperparse.corpora.grobid_tei import load_affiliation_split, load_affiliations

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><biblStruct><analytic>
  <author>
    <marker>1</marker>
    <affiliation>
      <orgName type="laboratory">Theoretical Physics Group</orgName>,
      <orgName type="department">School of Physics</orgName>,<lb/>
      <orgName type="institution">The University of
        Manchester</orgName>,
      <address>
        <settlement>Manchester</settlement>,
        <postCode>M13 9PL</postCode>,
        <country key="GB">UK<lb/></country>
      </address>
    </affiliation>
  </author>
  <author>
    <affiliation><marker>b</marker><orgName type="departement">Dept. of CS</orgName> of the
      <orgName type="institute">Acme Institute</orgName>, <address><postBox>PO Box 12</postBox>
      <addrLine>Main St. <country>Utopia</country></addrLine></address></affiliation>
  </author>
</analytic></biblStruct></sourceDesc></fileDesc></teiHeader></TEI>
"""


def _write(tmp_path: Path, name: str = "x.tei.xml") -> Path:
    path = tmp_path / name
    path.write_text(TEI, "utf-8")
    return path


def test_raw_text_keeps_line_breaks_not_indentation_nor_markers(tmp_path: Path) -> None:
    first, second = load_affiliations(_write(tmp_path))
    assert first.raw == (
        "Theoretical Physics Group, School of Physics,\nThe University of Manchester, Manchester, M13 9PL, UK"
    )
    assert second.raw == "Dept. of CS of the Acme Institute, PO Box 12 Main St. Utopia"
    assert first.source == "x.tei.xml"


def test_parts_are_spans_of_the_raw_text(tmp_path: Path) -> None:
    first, second = load_affiliations(_write(tmp_path))
    assert first.parts == [
        ("laboratory", "Theoretical Physics Group"),
        ("department", "School of Physics"),
        ("institution", "The University of Manchester"),
        ("settlement", "Manchester"),
        ("postCode", "M13 9PL"),
        ("country", "UK"),
    ]
    assert all(first.raw[a:b].strip() == first.raw[a:b] for _, a, b in first.spans)
    # misspelt types are read as meant; a post box is an address line; a part inside a part stays in it
    assert second.parts == [
        ("department", "Dept. of CS"),
        ("institution", "Acme Institute"),
        ("addrLine", "PO Box 12"),
        ("addrLine", "Main St. Utopia"),
    ]


def test_split_reads_every_file_in_name_order(tmp_path: Path) -> None:
    folder = tmp_path / "affiliation-address" / "evaluation"
    folder.mkdir(parents=True)
    _write(folder, "b.tei.xml")
    _write(folder, "a.tei.xml")
    found = load_affiliation_split(tmp_path, "evaluation")
    assert [a.source for a in found] == ["a.tei.xml", "a.tei.xml", "b.tei.xml", "b.tei.xml"]


def test_eval_compares_each_part_and_the_whole(tmp_path: Path) -> None:
    from paperparse.eval.run import affiliation_gold, evaluate_grobid_affiliation

    first, _ = load_affiliations(_write(tmp_path))
    gold = affiliation_gold(first.parts)
    assert gold["department"] == ["School of Physics"] and gold["laboratory"] == ["Theoretical Physics Group"]
    assert gold["address"] == "Manchester, M13 9PL" and gold["post_code"] == ["M13 9PL"]
    folder = tmp_path / "grobid" / "affiliation-address" / "evaluation"
    folder.mkdir(parents=True)
    _write(folder)
    parse = {"institution": "The University of Manchester", "department": "Theoretical Physics Group"}
    fields = evaluate_grobid_affiliation(tmp_path, lambda raw: parse if "Manchester" in raw else {})["fields"]
    assert fields["affiliation.institution"]["strict"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "tp": 1,
        "pred": 1,
        "gold": 2,
    }
    # a laboratory read as the department is wrong as a department, right as "department+lab"
    assert fields["affiliation.department"]["strict"]["tp"] == 0
    assert fields["affiliation.department+lab"]["strict"]["tp"] == 1
    assert fields["affiliation.parts"]["strict"]["gold"] == 6 + 2
