"""The work the service hands to its worker processes: module-level functions of plain data, so they pickle."""

from __future__ import annotations

import base64
import io

import pypdfium2 as pdfium

from paperparse.document import Reference
from paperparse.pdf import CorruptPdfError
from paperparse.references import parse_reference


def parse_references(strings: list[str]) -> list[Reference]:
    """Reference strings → Reference records with ids b0, b1, … (the ids `paperparse refs` gives)."""
    return [parse_reference(raw, ref_id=f"b{i}") for i, raw in enumerate(strings)]


def render_pages(data: bytes, scale: float, max_pages: int) -> list[dict[str, object]]:
    """The first `max_pages` pages as PNG data URLs with their size in PDF points, for the viewer.

    Sizes are in points so the viewer can place boxes given in points without knowing the scale.
    """
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CorruptPdfError(f"not a readable PDF: {exc}") from exc
    pages: list[dict[str, object]] = []
    try:
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            width, height = page.get_size()
            out = io.BytesIO()
            page.render(scale=scale).to_pil().save(out, format="PNG")
            page.close()
            pages.append(
                {
                    "number": index + 1,
                    "width": round(width, 2),
                    "height": round(height, 2),
                    "image": "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii"),
                }
            )
    finally:
        pdf.close()
    return pages
