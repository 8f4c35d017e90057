"""Entries the bibliography splitter lost before their venue: an author list of hundreds of names (the Llama 3
and Gemini reports as IEEEtran, unsrtnat, agufull04 or ACM print them) filling a page or a column of
continuation lines, and MNRAS's entries whose surname opens with a lower-case particle."""

from __future__ import annotations

from pathlib import Path

import pdfgen
from test_citation_markers import one_line

from paperparse.layout.model import Block
from paperparse.pdf.model import Line
from paperparse.pipeline import extract
from paperparse.references.find import split_entries

NAMES = [f"{chr(65 + i % 26)}. Author{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(1400)]
TITLE = "The herd of many models"


def _entry(i: int) -> str:
    return f'A. Lee{i} and B. Wu, "A study of subject {i}," Journal of Things, vol. {i}, pp. 1-9, 20{10 + i}.'


def _set(path: Path, texts: list[str], indent: float) -> Path:
    """A labelled bibliography set one column wide, 9 pt Times: each entry's label flush and its lines
    indented after it, the pages filled one after another."""
    with pdfgen._document(path) as pdf:
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(20, 25, "References")
        y = 33.0
        for text in texts:
            pdf.set_font("Times", size=9)
            label, rest = text.split(" ", 1)
            for k, line in enumerate(pdfgen._wrap(pdf, rest.split(), 150)):
                if y > 280:
                    pdf.add_page()
                    y = 20.0
                if k == 0:
                    pdf.text(20, y, label)
                pdf.text(20 + indent, y, line)
                y += 4.2
    return path


def test_a_numbered_list_stays_one_where_an_entry_fills_a_page_with_names(tmp_path: Path) -> None:
    """Labels numbered 1, 2, 3 … make the list a labelled one although they start fewer than one line in
    seven; the long entry keeps its title, past the names the reference CRF reads, and its venue."""
    long = f'[6] {", ".join(NAMES)}, and Z. Last, "{TITLE}," arXiv preprint arXiv:2407.21783, 2024.'
    texts = [f"[{i}] {_entry(i)}" for i in range(1, 6)] + [long, f"[7] {_entry(7)}"]
    doc = extract(_set(tmp_path / "names.pdf", texts, indent=8))
    assert [r.label for r in doc.references] == [str(i) for i in range(1, 8)]
    herd = doc.references[5]
    assert herd.title == TITLE
    assert herd.venue is not None and herd.venue.startswith("arXiv")
    assert herd.year == "2024"
    assert len(herd.raw) < 1000


def _line(text: str, x: float, y: float, page: int) -> Line:
    line = one_line(text, x, y).lines[0]
    return Line(line.words, page)


def test_a_column_of_continuation_lines_goes_on_in_a_hanging_indent_list() -> None:
    """agufull04's entries hang without labels: a column holding only an entry's further names shows no
    indent of its own, and its lines go on the entry while they end in a comma or a name's initial."""
    first = [_line("Adams, A., B. Brown, and C. Clark (2001), Old work, J. Things, 1, 2.", 50, 100, 1)]
    first += [_line("Dubey, A., A. Jauhri, A. Pandey, A. Kadian, A. Al-Dahle,", 50, 112, 1)]
    first += [_line("A. Letman, A. Mathur, A. Schelten, A. Yang,", 66, 124 + 12 * k, 1) for k in range(3)]
    names = [
        _line("G. Nail, G. Mialon, G. Pang, G. Cucurell, H. Nguyen,", 66, 100 + 12 * k, 2) for k in range(6)
    ]
    names += [_line("H. Korevaar, H. Xu, H. Touvron, I. Zarov, I. A.", 66, 172, 2)]
    names += [_line("Ibarra, and Z. Zhao (2024), The llama 3 herd of models.", 66, 184, 2)]
    last = [_line("Evans, E. (2005), New work, J. Things, 3, 4.", 50, 100, 3)]
    last += [_line("Fox, F. (2006), Newer work, J. Things, 5,", 50, 112, 3)]
    last += [_line("6.", 66, 124, 3)]
    lines = [(ln, Block((ln,), ln.page, 0, zone="references")) for ln in first + names + last]
    entries = split_entries(lines)
    assert [entry[0][0].text.split(",")[0] for entry in entries] == ["Adams", "Dubey", "Evans", "Fox"]
    assert entries[1][-1][0].text.endswith("herd of models.")


def test_an_mnras_entry_opens_with_a_surnames_particle() -> None:
    """MNRAS sets its entries flush without labels: one whose surname opens with 'van' or 'de' starts after
    an entry that ended with a full stop, as one opening with a capital does."""
    texts = [
        "Yegneswaran V., Barford P., Jha S., 2004, in NDSS.",
        "van den Brand J., Liu Y. P., Sidford A., 2022, Dynamic Maxflow via Dynamic Interior Point",
        "Methods (arXiv:2212.06315)",
        "de Souza R. S., Ciardi B., 2015, Astronomy and Computing, 12, 100",
    ]
    lines = [one_line(t, 50, 100 + 12 * i).lines[0] for i, t in enumerate(texts)]
    block = Block(tuple(lines), 1, 0, zone="references")
    entries = split_entries([(ln, block) for ln in lines])
    assert [[ln.text for ln, _ in entry] for entry in entries] == [texts[:1], texts[1:3], texts[3:]]
