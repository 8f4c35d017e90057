"""extract() end to end on generated PDFs: header, body, references, citations, JSON schema, PDF errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pdfgen
import pytest

from paperparse.document import Document
from paperparse.output.json import document_to_dict, load_schema, to_json
from paperparse.pdf import CorruptPdfError, EmptyPdfError, EncryptedPdfError, PdfError, read_pdf
from paperparse.pipeline import extract

# ---- header


def test_source(doc: Document, paper_pdf: Path) -> None:
    assert doc.source.file == "paper.pdf"
    assert doc.source.pages == 2
    assert doc.source.pages_without_text == []
    assert len(doc.source.sha256) == 64


def test_bytes_and_path_agree(doc: Document, paper_pdf: Path) -> None:
    from_bytes = extract(paper_pdf.read_bytes(), name="x.pdf")
    assert from_bytes.source.file == "x.pdf"
    assert from_bytes.source.sha256 == doc.source.sha256
    assert document_to_dict(from_bytes)["sections"] == document_to_dict(doc)["sections"]


def test_title(doc: Document) -> None:
    assert doc.title == pdfgen.TITLE
    assert doc.title_location is not None and doc.title_location.page == 1


def test_authors(doc: Document) -> None:
    assert [a.surname for a in doc.authors] == ["Smith", "Lee"]
    assert [a.given for a in doc.authors] == ["Alice", "Bob"]


def test_affiliations_linked_by_marker(doc: Document) -> None:
    by_id = {f.id: f for f in doc.affiliations}
    assert set(by_id) == {"1", "2"}
    assert by_id["1"].raw == "Department of Computer Science, University of Oxford, Oxford, United Kingdom"
    assert by_id["1"].institution == "University of Oxford"
    assert by_id["1"].department == "Department of Computer Science"
    assert by_id["1"].country == "United Kingdom"
    assert by_id["2"].institution == "University of Edinburgh"
    assert [a.affiliations for a in doc.authors] == [["1"], ["2"]]


def test_emails_expanded_and_linked(doc: Document) -> None:
    assert [a.email for a in doc.authors] == ["alice@example.org", "bob@example.org"]


def test_abstract_start(doc: Document) -> None:
    assert doc.abstract is not None
    assert doc.abstract.startswith("We present gamma1 gamma2 gamma3")
    assert "Abstract" not in doc.abstract and "Keywords" not in doc.abstract
    assert doc.abstract_location is not None and doc.abstract_location.page == 1


def test_abstract_complete(doc: Document) -> None:
    assert doc.abstract is not None
    assert doc.abstract.endswith("gamma69 gamma70.")
    assert doc.abstract.split()[2:] == [f"gamma{i}" for i in range(1, 70)] + ["gamma70."]


def test_keywords(doc: Document) -> None:
    assert doc.keywords == pdfgen.KEYWORDS


# ---- body


def test_commentary_standfirst_byline_and_closing_affiliation(tmp_path: Path) -> None:
    doc = extract(pdfgen.commentary_page(tmp_path / "commentary.pdf"))
    assert doc.title == "Mixed outcomes for predictions"
    assert doc.abstract == pdfgen.COMMENTARY_STANDFIRST
    [author] = doc.authors
    assert (author.given, author.middle, author.surname) == ("Anna", "Maria", "Lee")
    [aff] = doc.affiliations
    assert aff.raw == "Department of Physics, University of Oxford, Oxford, United Kingdom"
    assert author.affiliations == [aff.id]
    assert author.email == "anna.lee@example.org"
    # no heading ends the front matter, yet the article's text is body text, not lost
    body = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "alpha1 alpha2" in body and "beta90." in body


def test_biomed_central_end_matter(tmp_path: Path) -> None:
    pdf = pdfgen.biomed_central_paper(tmp_path / "bmc.pdf")
    doc = extract(pdf)
    assert doc.title == "Thrombosis prophylaxis in trauma patients"
    last_word = next(w for ln in read_pdf(pdf).pages[0].lines for w in ln.words if w.text == "patients")
    assert (
        doc.title_location is not None and doc.title_location.bbox[2] == last_word.x1
    )  # the star is not in it
    assert [a.raw for a in doc.affiliations] == [
        "Department of Surgery, University of Calgary, Calgary, Canada",
        "Department of Surgery, University of British Columbia, Vancouver, Canada",
    ]
    assert [a.affiliations for a in doc.authors] == [["1"], ["2"]]
    assert doc.doi == "10.1186/1752-2897-4-1"


def test_collaboration_paper_with_220_authors(tmp_path: Path) -> None:
    doc = extract(pdfgen.collaboration_paper(tmp_path / "collaboration.pdf"))
    assert doc.title == "Study of the decays of charmed mesons"
    assert len(doc.authors) == pdfgen.COLLABORATION_AUTHORS
    assert all(a.name.startswith("A. Name") for a in doc.authors)
    assert len(doc.affiliations) == 60
    assert doc.authors[0].affiliations == ["1", "60"]  # "1A,60B": sub-affiliations point to their list
    assert doc.authors[1].affiliations == ["2"]
    assert doc.abstract == pdfgen.COLLABORATION_ABSTRACT
    assert doc.keywords == ["charm decays", "form factors"]


def test_superscript_citations(tmp_path: Path) -> None:
    doc = extract(pdfgen.superscript_citation_paper(tmp_path / "superscript.pdf"))
    assert [r.label for r in doc.references] == ["1", "2", "3", "4"]
    assert [f.marker for f in doc.footnotes] == ["4"]  # its raised "4" in the text is no citation
    ids = [r.id for r in doc.references]
    assert [(c.text, c.ref_ids) for c in doc.citations] == [("1", ids[:1]), ("2-3", ids[1:3])]


def test_table_header_row_is_not_caption_text(tmp_path: Path) -> None:
    doc = extract(pdfgen.table_under_caption_page(tmp_path / "table.pdf"))
    [table] = doc.tables
    assert table.label == "Table 2"
    assert table.caption == "Performance comparison on the test set, evaluated with full-length F1 scores."


def test_protocol_steps_are_not_headings(tmp_path: Path) -> None:
    doc = extract(pdfgen.protocol_page(tmp_path / "protocol.pdf"))
    assert [(s.number, s.title) for s in doc.sections] == [
        ("1", "Introduction"),
        ("2", "Methods"),
        ("3", "Results"),
    ]


def test_a_page_of_text_has_no_header_and_keeps_its_text(tmp_path: Path) -> None:
    """No title page: nulls, not a guess, and the text is body text rather than an invented abstract."""
    text = " ".join(f"word{i}" for i in range(1, 301)) + "."
    doc = extract(pdfgen.one_column_page(tmp_path / "text.pdf", text))
    assert (doc.title, doc.authors, doc.abstract, doc.affiliations) == (None, [], None, [])
    assert [p for s in doc.sections for p in s.paragraphs] == [text]


def _joined(path: Path, parts: list[tuple[Path, list[int] | None]]) -> Path:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for source, pages in parts:
        out.import_pages(pdfium.PdfDocument(str(source)), pages)
    out.save(str(path))
    return path


def test_a_scanned_first_page_gives_no_header_rather_than_the_body_as_one(tmp_path: Path) -> None:
    """The title page is a scan without text: the next page's running head and first paragraph are
    not a title and an abstract. A scanned cover sheet before a real title page keeps the header."""
    scan = pdfgen.scanned_page(tmp_path / "scan.pdf")
    paper = pdfgen.two_column_paper(tmp_path / "paper.pdf")
    lost = extract(_joined(tmp_path / "lost.pdf", [(scan, None), (paper, [1])]))
    assert (lost.title, lost.authors, lost.abstract) == (None, [], None)
    assert any(p.startswith("delta1 delta2") for s in lost.sections for p in s.paragraphs)
    covered = extract(_joined(tmp_path / "cover.pdf", [(scan, None), (paper, None)]))
    assert covered.title == pdfgen.TITLE and [a.name for a in covered.authors] == ["Alice Smith", "Bob Lee"]


def test_sections(doc: Document) -> None:
    assert [(s.number, s.title, s.level) for s in doc.sections] == [
        ("1", "Introduction", 1),
        ("2", "Method", 1),
        ("2.1", "Data", 2),
    ]
    assert len({s.id for s in doc.sections}) == 3


def test_paragraphs(doc: Document) -> None:
    intro, method, data = doc.sections
    assert len(intro.paragraphs) == 2
    assert intro.paragraphs[0].startswith("alpha1 alpha2") and intro.paragraphs[0].endswith("alpha60.")
    assert "alpha29 information alpha30" in intro.paragraphs[0]
    assert method.paragraphs == [" ".join(f"alpha{i}" for i in range(111, 170)) + " alpha170."]
    assert data.paragraphs[0].startswith("beta1 ") and "beta20 [2, 3] beta21" in data.paragraphs[0]
    everything = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert pdfgen.RUNNING_HEAD not in everything
    assert "Figure 1" not in everything, "the caption is a figure, not a paragraph"
    assert "gamma" not in everything and "Keywords" not in everything
    assert "References" not in everything and "A study of things" not in everything


@pytest.mark.parametrize(
    ("previous", "text", "joined"),
    [
        ("cells in human (Vilenchik and Knudson, 2003;", "Kongruttanachok et al., 2010) remain.", True),
        ("grown in medium A,", "Medium B was used for the rest.", True),
        ("the rate of", "formation per cell division.", True),  # lowercase start after an open sentence
        ("The rate was measured.", "formation rose.", False),  # a closed sentence ends the paragraph
        ("Results are shown in Table 2", "The second experiment repeated it.", False),
    ],
)
def test_paragraph_continued_across_a_break(previous: str, text: str, joined: bool) -> None:
    from paperparse.body.paragraphs import continues_paragraph

    assert continues_paragraph(previous, text) is joined


def test_a_paragraph_cut_by_a_boxed_insert_goes_on_after_it(tmp_path: Path) -> None:
    doc = extract(pdfgen.boxed_insert_paper(tmp_path / "boxed.pdf"))
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    whole = [p for p in paragraphs if p.startswith("alpha1 ")]
    assert len(whole) == 1 and "(Smith et al., 2010) and gamma1" in whole[0] and whole[0].endswith("gamma30.")
    assert any(p.startswith("Digest Cells repair") and p.endswith("beta40.") for p in paragraphs)
    assert not any(p.startswith("DOI:") for p in paragraphs)  # the box's own DOI is not running text


def test_figure_caption(doc: Document) -> None:
    assert len(doc.figures) == 1
    fig = doc.figures[0]
    assert fig.label == "Figure 1"
    assert fig.caption == "Example of the beta layout with two columns."
    assert fig.location is not None and fig.location.page == 1
    # its region is the outlined box drawn above it, 70 mm x 30 mm
    assert fig.region is not None and fig.region.page == 1
    x0, y0, x1, y1 = fig.region.bbox
    assert y1 <= fig.location.bbox[1]
    assert (x1 - x0, y1 - y0) == pytest.approx(((pdfgen.COL_W - 10) * pdfgen.MM, 30 * pdfgen.MM), abs=1.5)


def test_figure_and_table_regions(tmp_path: Path) -> None:
    doc = extract(pdfgen.figures_and_table_page(tmp_path / "regions.pdf"))

    def points(box: tuple[float, float, float, float]) -> tuple[float, ...]:
        return tuple(v * pdfgen.MM for v in box)

    shape, picture, undrawn = doc.figures
    assert shape.region is not None and shape.region.page == 1
    assert shape.region.bbox == pytest.approx(points(pdfgen.FIGURE_BOX), abs=1.0)
    assert picture.region is not None and picture.region.bbox == pytest.approx(
        points(pdfgen.IMAGE_BOX), abs=1.0
    )
    assert undrawn.region is None  # nothing drawn near its caption: no region rather than a guess
    (table,) = doc.tables
    rules = (pdfgen.LEFT, pdfgen.TABLE_TOP, pdfgen.LEFT + pdfgen.FULL_W, pdfgen.TABLE_BOTTOM)
    assert table.region is not None and table.region.bbox == pytest.approx(points(rules), abs=1.5)
    data = document_to_dict(doc)
    jsonschema.validate(data, load_schema())
    assert data["figures"][0]["region"] == {"page": 1, "bbox": [round(v, 2) for v in shape.region.bbox]}
    assert data["figures"][2]["region"] is None


def test_captions_cut_by_page_breaks_and_figure_supplements(tmp_path: Path) -> None:
    doc = extract(pdfgen.continued_captions_paper(tmp_path / "captions.pdf"))
    labels = ["Figure 1", "Figure 2", "Figure 2—figure supplement 1", "Box 1—figure 1"]
    assert [f.label for f in doc.figures] == labels
    # the "continued" notes (running heads here) join the parts and leave no trace; the supplement list goes
    assert [f.caption for f in doc.figures] == [
        " ".join(pdfgen.CONTINUED_CAPTIONS[0]),
        " ".join(pdfgen.CONTINUED_CAPTIONS[1]),
        pdfgen.SUPPLEMENT_CAPTION.split(". ", 1)[1],
        pdfgen.BOX_CAPTION.split(". ", 1)[1],
    ]
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    # a video's caption is no figure and no running text; an in-text reference first on its line is text
    assert not any("movie" in p for p in paragraphs)
    assert any(p.startswith(pdfgen.IN_TEXT_REFERENCE + "), seen from above") for p in paragraphs)


def test_table_caption_ends_on_a_short_line_of_its_own(tmp_path: Path) -> None:
    doc = extract(pdfgen.table_caption_page(tmp_path / "table.pdf"))
    caption = pdfgen.TABLE_CAPTION.split(". ", 1)[1] + " " + pdfgen.TABLE_CAPTION_END
    assert [(t.label, t.caption) for t in doc.tables] == [("Table 1", caption)]


def test_urls_rejoined_trimmed_and_reconciled_with_their_links(tmp_path: Path) -> None:
    doc = extract(pdfgen.urls_paper(tmp_path / "urls.pdf"))
    assert doc.urls == [
        "https://data.example.org/sets/current/table.csv",  # broken after "/" at a line end
        "https://tools.example.org/viewer",  # closing ")." is not part of it
        "https://catalog.example.edu/LDC93S1",  # a table cell cut it short; its link holds it whole
        "http://imagej.example.gov/ij/",  # the next entry's "Roy" is not glued to it
    ]  # the ORCID iD names an author: no resource


# ---- references and citations


def test_references(doc: Document) -> None:
    assert [r.label for r in doc.references] == ["1", "2", "3"]
    assert [r.raw for r in doc.references] == pdfgen.REFERENCES
    assert len({r.id for r in doc.references}) == 3
    assert all(r.location is not None and r.location.page == 2 for r in doc.references)


def test_references_keep_a_line_they_repeat_atop_two_pages(tmp_path: Path) -> None:
    doc = extract(pdfgen.repeated_reference_line_paper(tmp_path / "refs.pdf"))
    raws = [r.raw for r in doc.references]
    assert len(raws) == 4
    assert pdfgen.REPEATED_LINE_REFERENCES[0] in raws[1]
    assert pdfgen.REPEATED_LINE_REFERENCES[1] in raws[3]
    assert all(pdfgen.RUNNING_HEAD not in raw for raw in raws)


def test_citations_linked(doc: Document) -> None:
    id_of = {r.label: r.id for r in doc.references}
    by_text = {c.text: c for c in doc.citations}
    assert set(by_text) == {"[1]", "[2, 3]"}
    assert by_text["[1]"].ref_ids == [id_of["1"]]
    assert by_text["[2, 3]"].ref_ids == [id_of["2"], id_of["3"]]
    sections = {s.number: s.id for s in doc.sections}
    assert by_text["[1]"].section_id == sections["1"]
    assert by_text["[2, 3]"].section_id == sections["2.1"]
    assert by_text["[1]"].page == 1


# ---- JSON


def test_json_validates_against_schema(doc: Document) -> None:
    data = document_to_dict(doc)
    jsonschema.validate(data, load_schema())
    assert json.loads(to_json(doc)) == data
    assert data["schema"] == "paperparse/1"
    for item in data["sections"] + data["figures"] + data["references"] + data["authors"]:
        assert item["page"] in (1, 2)
        x0, y0, x1, y1 = item["bbox"]
        assert 0 <= x0 < x1 <= 596 and 0 <= y0 < y1 <= 842


def test_json_of_blank_page_validates(tmp_path: Path) -> None:
    data = document_to_dict(extract(pdfgen.empty_pdf(tmp_path / "blank.pdf")))
    jsonschema.validate(data, load_schema())


# ---- unreadable and odd PDFs


def test_blank_page_is_not_an_error(tmp_path: Path) -> None:
    doc = extract(pdfgen.empty_pdf(tmp_path / "blank.pdf"))
    assert doc.source.pages == 1
    assert doc.source.pages_without_text == [1]
    assert doc.title is None and doc.sections == [] and doc.references == []


def test_zero_byte_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyPdfError):
        extract(path)
    with pytest.raises(EmptyPdfError):
        extract(b"")


def test_pdf_without_pages_is_rejected(tmp_path: Path) -> None:
    # PDFium itself refuses an empty page tree, so either error class is acceptable here
    with pytest.raises((EmptyPdfError, CorruptPdfError)):
        extract(pdfgen.zero_page_pdf(tmp_path / "nopages.pdf"))


def test_unreadable_file_after_an_encrypted_one_is_corrupt(tmp_path: Path) -> None:
    """PDFium keeps its last error code across documents; a locked file must not make the next one 'encrypted'."""
    with pytest.raises(EncryptedPdfError):
        extract(pdfgen.encrypted_pdf(tmp_path / "locked.pdf"))
    with pytest.raises(CorruptPdfError):
        extract(pdfgen.unknown_filter_pdf(tmp_path / "brotli.pdf"))


def test_corrupt(tmp_path: Path) -> None:
    with pytest.raises(CorruptPdfError):
        extract(pdfgen.corrupt_pdf(tmp_path / "cut.pdf"))
    with pytest.raises(CorruptPdfError):
        extract(b"this is not a PDF at all, just some bytes")


def test_encrypted_with_user_password(tmp_path: Path) -> None:
    with pytest.raises(EncryptedPdfError) as info:
        extract(pdfgen.encrypted_pdf(tmp_path / "locked.pdf"))
    assert isinstance(info.value, PdfError) and info.value.kind == "encrypted"


def test_encrypted_with_empty_user_password_opens(tmp_path: Path) -> None:
    doc = extract(pdfgen.encrypted_pdf(tmp_path / "owner-only.pdf", user_password=""))
    assert doc.source.pages_without_text == []
    data = document_to_dict(doc)
    jsonschema.validate(data, load_schema())


def test_missing_file_is_not_a_pdf_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        extract(tmp_path / "nope.pdf")


def test_display_equations_are_flagged_not_paragraphs_and_placed(tmp_path: Path) -> None:
    doc = extract(pdfgen.equations_page(tmp_path / "eq.pdf"))
    assert [(e.text, e.label) for e in doc.equations] == pdfgen.EQUATIONS
    assert all(e.text not in p for e in doc.equations for s in doc.sections for p in s.paragraphs)
    intro, method = doc.sections
    assert [(e.id, e.section_id, e.after_paragraphs) for e in doc.equations] == [
        ("formula_0", intro.id, 1),  # between the two paragraphs of section 1
        ("formula_1", intro.id, 2),  # after its last
        ("formula_2", method.id, 0),  # before the first of section 2
    ]
    data = document_to_dict(doc)
    jsonschema.validate(data, load_schema())
    assert data["equations"][0] | {"bbox": None} == {
        "id": "formula_0",
        "text": "y = a x + b",
        "label": "(1)",
        "section_id": intro.id,
        "after_paragraphs": 1,
        "page": 1,
        "bbox": None,
    }


def test_a_caption_without_a_full_stop_ends_over_the_head_row(tmp_path: Path) -> None:
    """The head row's first cell stands under the caption on a one-column page; the cells beside it on
    its row make it a table's row, though the caption's title has no full stop to end it."""
    doc = extract(pdfgen.titled_table_page(tmp_path / "table.pdf"))
    [table] = doc.tables
    assert (table.label, table.caption) == ("Table 1", "Full network parameter set")


def test_a_table_centred_under_a_short_caption_is_not_its_next_line(tmp_path: Path) -> None:
    doc = extract(pdfgen.short_caption_table_page(tmp_path / "table.pdf"))
    [table] = doc.tables
    assert (table.label, table.caption) == ("Table 2", "Model Results")


def test_another_segmentation_model_reads_the_paper(paper_pdf: Path, tmp_path: Path) -> None:
    # inner cross-validation swaps the model file: the pipeline must really read the one it is given
    with pytest.raises(OSError):
        extract(paper_pdf, segmentation_model=tmp_path / "no-such-model.crfsuite")
