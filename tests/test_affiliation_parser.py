"""The affiliation CRF: an affiliation string → its parts, and the parts in JSON and TEI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from paperparse.corpora.grobid_tei import load_affiliations
from paperparse.document import Affiliation, Author, Document, Source
from paperparse.header.affiliation_parser import train
from paperparse.header.affiliations import parse_affiliation, parse_with_rules
from paperparse.output.json import affiliation_to_dict
from paperparse.output.tei import to_tei

TEI_NS = "{http://www.tei-c.org/ns/1.0}"


def test_a_department_institution_city_code_country_string() -> None:
    aff = parse_affiliation(
        "Department of Chemistry, University of Bergen, Allégaten 41, 5007 Bergen, Norway"
    )
    assert (aff.department, aff.institution) == ("Department of Chemistry", "University of Bergen")
    assert (aff.settlement, aff.post_code, aff.country) == ("Bergen", "5007", "Norway")
    assert aff.address == "Allégaten 41, 5007 Bergen"  # as printed, the country apart


def test_a_us_address_has_its_state_as_region() -> None:
    aff = parse_affiliation("Dept. of Computer Science, University of Maryland, College Park, MD 20742, USA")
    assert (aff.settlement, aff.region, aff.post_code) == ("College Park", "MD", "20742")
    assert aff.address == "College Park, MD 20742"


def test_the_raw_text_is_the_rules_raw_text() -> None:
    """The parts changed with the CRF, not the affiliation's text the header scores."""
    raw = "Also at the Institute of Physics, Academia Sinica, Taipei 11529, Taiwan, {ann, bo"
    assert (
        parse_affiliation(raw).raw
        == parse_with_rules(raw).raw
        == "Institute of Physics, Academia Sinica, Taipei 11529, Taiwan"
    )


def test_the_parts_in_json_and_tei() -> None:
    aff = Affiliation(
        "1", "x", institution="U", department="D", laboratory="L", address="S 1, C", settlement="C"
    )
    aff.post_code, aff.country, aff.country_code = "1", "N", "NO"
    assert affiliation_to_dict(aff)["laboratory"] == "L" and affiliation_to_dict(aff)["post_code"] == "1"
    doc = Document(
        source=Source(file="x.pdf", sha256="0" * 64, pages=0), authors=[Author("A B", affiliations=["1"])]
    )
    doc.affiliations = [aff]
    root = ET.fromstring(to_tei(doc, when="2024-01-01T00:00+0000"))
    elem = next(root.iter(f"{TEI_NS}affiliation"))
    assert [(e.get("type"), e.text) for e in elem.iter(f"{TEI_NS}orgName")] == [
        ("laboratory", "L"),
        ("department", "D"),
        ("institution", "U"),
    ]
    address = next(elem.iter(f"{TEI_NS}address"))
    assert [(e.tag[len(TEI_NS) :], e.text) for e in address] == [
        ("addrLine", "S 1, C"),
        ("settlement", "C"),
        ("postCode", "1"),
        ("country", "N"),
    ]
    assert address[-1].get("key") == "NO"  # GROBID's ISO key on <country>


TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>
<affiliation><orgName type="department">Department of Physics</orgName>, <orgName type="institution">University
of Oslo</orgName>, <address><settlement>Oslo</settlement>, <country>Norway</country></address></affiliation>
<affiliation><orgName type="institution">Acme Institute</orgName>, <address><addrLine>1 Main Street</addrLine>,
<settlement>Springfield</settlement> <postCode>12345</postCode></address></affiliation>
</text></TEI>"""


def test_training_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "a.tei.xml").write_text(TEI, "utf-8")
    tagged = load_affiliations(tmp_path / "a.tei.xml") * 3
    assert train.token_labels(tagged[0])[1][:4] == ["department", "department", "department", "other"]
    train.fit(tagged, tmp_path / "one.crfsuite")
    train.fit(tagged, tmp_path / "two.crfsuite")
    assert (tmp_path / "one.crfsuite").read_bytes() == (tmp_path / "two.crfsuite").read_bytes()
