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


def render_pages(data: bytes, scale: float, first: int, count: int) -> dict[str, object]:
    """Pages `first`… (1-based, at most `count`) as PNG data URLs, and how many pages the PDF has.

    The viewer asks for a few pages at a time as they scroll into view, so no PDF is too long to show.
    Sizes are in points as displayed (after /Rotate), with the rotation, so the viewer can turn boxes given
    in the unrotated page's points to follow the image without knowing the scale.
    """
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CorruptPdfError(f"not a readable PDF: {exc}") from exc
    pages: list[dict[str, object]] = []
    try:
        total = len(pdf)
        for index in range(first - 1, min(total, first - 1 + count)):
            page = pdf[index]
            width, height = page.get_size()
            rotation = page.get_rotation()
            out = io.BytesIO()
            # zlib level 1: within 5% of the default level's size on rendered pages, in two thirds of its time
            page.render(scale=scale).to_pil().save(out, format="PNG", compress_level=1)
            page.close()
            pages.append(
                {
                    "number": index + 1,
                    "width": round(width, 2),
                    "height": round(height, 2),
                    "rotation": rotation,
                    "image": "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii"),
                }
            )
    finally:
        pdf.close()
    return {"page_count": total, "pages": pages}
