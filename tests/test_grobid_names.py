"""GROBID name-model gold: the loader (corpora.grobid_names) on small TEI files the tests write."""

from __future__ import annotations

from pathlib import Path

from paperparse.corpora.grobid_names import NameParts, citation_lists, header_names, load_names

_TEI = '<tei xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><biblStruct><analytic>{}'
_END = "</analytic></biblStruct></sourceDesc></fileDesc></teiHeader></tei>"


def _write(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_TEI.format(body) + _END, "utf-8")
    return path


def test_header_names_keep_roles_in_the_text_and_drop_markers(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "h.xml",
        "<author><persName><roleName>Prof.</roleName> <forename>R</forename>. <middlename>R</middlename>."
        "<lb/><middlename>A</middlename>. <surname>Syms</surname> <suffix>Jr</suffix>.<marker>1</marker>,"
        "</persName><persName><forename type='first'>Ana</forename> <forename type='middle'>M</forename>"
        " <surname>de la Cruz</surname></persName></author>",
    )
    names = header_names(path)
    assert [n.raw for n in names] == ["Prof. R. R. A. Syms Jr.,", "Ana M de la Cruz"]
    assert names[0].parts == NameParts("R", "R A", "Syms", "Jr")
    assert names[1].parts == NameParts("Ana", "M", "de la Cruz", "")


def test_citation_lists_split_at_a_repeated_part_or_and(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.xml",
        "<author><surname>Joshi</surname>, <forename>Aravind</forename> <middlename>K</middlename>., "
        "<forename>Leon</forename> <middlename>S</middlename>. <surname>Levy</surname>, and "
        "<forename>M</forename>. <lastname>Takahashi</lastname></author>"
        "<author><forename>Scott</forename> <forename>Wen-tau</forename> <surname>Yih</surname> and "
        "<forename>Meng</forename> <surname>Qu</surname></author>"
        "<author><surname>Coyne</surname> <forename>JA</forename>, <surname>Orr</surname> <forename>HA</forename></author>",
    )
    lists = citation_lists(path)
    assert lists[0].raw == "Joshi, Aravind K., Leon S. Levy, and M. Takahashi"
    assert lists[0].names == [
        NameParts("Aravind", "K", "Joshi"),
        NameParts("Leon", "S", "Levy"),
        NameParts("M", "", "Takahashi"),
    ]
    assert lists[1].names == [NameParts("Scott Wen-tau", "", "Yih"), NameParts("Meng", "", "Qu")]
    assert lists[2].names == [NameParts("JA", "", "Coyne"), NameParts("HA", "", "Orr")]


def test_load_names_reads_one_split(tmp_path: Path) -> None:
    _write(
        tmp_path / "name/header/corpus/a.xml", "<author><persName><surname>Lee</surname></persName></author>"
    )
    _write(
        tmp_path / "name/header/evaluation/b.xml",
        "<author><persName><surname>Wu</surname></persName></author>",
    )
    assert [n.raw for n in load_names(tmp_path, "header", "evaluation")] == ["Wu"]
