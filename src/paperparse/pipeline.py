"""extract(path) -> Document: the one pipeline every interface (CLI, batch, service) calls."""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from paperparse.body import extract_body
from paperparse.document import Document, Source
from paperparse.header import extract_header
from paperparse.layout import analyze, rezoned
from paperparse.pdf import Page, read_pdf
from paperparse.pdf.ocr import OcrError, OcrUnavailableError, ocr_page
from paperparse.references.citations import link_citations, passages, raised_numbers, unread_passages
from paperparse.references.find import find_references
from paperparse.segmentation import segment
from paperparse.segmentation.model import MODEL_PATH


@dataclass(slots=True)
class Timings:
    """Seconds spent per stage, summed over calls; the benchmark prints where time goes."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - started
        return now


def _external(urls: list[str], doi: str | None) -> list[str]:
    """URLs pointing away from the paper: links to its own DOI (and its parts' DOIs) are not resources."""
    own = doi.lower() if doi else None
    return [u for u in urls if not (own and own in u.lower())]


def extract(
    source: str | Path | bytes,
    name: str | None = None,
    timings: Timings | None = None,
    ocr: bool = False,
    segmentation_model: Path = MODEL_PATH,
) -> Document:
    """Read a PDF (a path or its bytes) once and build its Document.

    ocr: pages without a text layer (scans) are OCRed with Tesseract and then read like any other page.
    segmentation_model: another page-segmentation model file, e.g. one trained without the paper's fold
    (`paperparse train segmentation --leave-out-fold K`) so that a DEV paper is read by a model that never saw it.
    """
    timings = timings or Timings()
    t = time.perf_counter()
    content = read_pdf(source)
    t = timings.add("pdf", t)
    ocr_pages = _ocr_textless_pages(source, content.pages) if ocr else []
    if ocr_pages:
        t = timings.add("ocr", t)
    layout = analyze(content)
    t = timings.add("layout", t)
    segmentation = segment(layout, segmentation_model)
    t = timings.add("segmentation", t)
    header = extract_header(layout, segmentation)
    # author blocks beside the abstract are front matter; opening text of an article without headings
    # is body text: the body and references read them so
    layout = rezoned(rezoned(layout, header.claimed, "front"), header.unclaimed, "body")
    t = timings.add("header", t)
    body, texts = extract_body(layout, segmentation)
    t = timings.add("body", t)
    references = find_references(layout)
    abstract_page = header.abstract_location.page if header.abstract_location else None
    captions = body.figures + body.tables
    cited_in = passages(body.sections, captions, header.abstract, abstract_page, texts, header.abstract_trace)
    cited_in += unread_passages(layout, cited_in)
    footnote_markers = {f.marker for f in body.footnotes if f.marker}
    citations = link_citations(cited_in, references, raised_numbers(layout, footnote_markers))
    timings.add("references", t)
    file_name = name if name is not None else (Path(source).name if not isinstance(source, bytes) else "")
    body.urls = _external(body.urls, header.doi)
    source = Source(
        file=file_name,
        sha256=content.sha256,
        pages=len(content.pages),
        pages_without_text=[p.number for p in content.pages if not p.has_text],
        ocr_pages=ocr_pages,
    )
    return Document.of(source, header, body, references, citations)


def _ocr_textless_pages(source: str | Path | bytes, pages: list[Page]) -> list[int]:
    """Replace the lines of pages without a text layer by their OCR; returns the pages OCRed.

    A missing Tesseract or a failing page becomes a warning (the batch records it), never an error.
    """
    done: list[int] = []
    for page in pages:
        if page.has_text:
            continue
        try:
            page.lines = ocr_page(source, page.number - 1, page.width, page.height)
        except OcrUnavailableError as exc:
            warnings.warn(str(exc), stacklevel=2)
            break
        except OcrError as exc:
            warnings.warn(str(exc), stacklevel=2)
            continue
        done.append(page.number)
    return done
