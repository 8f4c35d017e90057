"""OCR of a page without a text layer, with the Tesseract binary, into the same Words and Lines.

Scanned papers then go through the same layout and models as born-digital ones. The page is rendered
by PDFium in grayscale and handed to `tesseract` as a PGM file (no imaging library needed); its TSV
output gives each word with its box, which is scaled back to PDF points (origin top-left).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from paperparse.pdf.model import Font, Line, Word

DPI = 300
MAX_PIXELS = 60_000_000
"""A poster-sized or hostile page is rendered below 300 dpi rather than allocating gigabytes."""
MIN_SIDE_PIXELS = 32
"""Below this (a sliver, or an absurd page squeezed into MAX_PIXELS) there is nothing to read."""
TESSERACT_TIMEOUT = 300.0
_WORD_LEVEL = "5"


class OcrError(RuntimeError):
    """One page could not be OCRed; the caller keeps the page without text."""


class OcrUnavailableError(OcrError):
    """Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-eng)."""


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def _render_pgm(pdf_source: str | Path | bytes, page_index: int, scale: float, path: Path) -> None:
    doc = pdfium.PdfDocument(pdf_source, password=None)
    try:
        page = doc[page_index]
        try:
            bitmap = page.render(scale=scale, grayscale=True)
        finally:
            page.close()
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        data = bytes(bitmap.buffer)
        bitmap.close()
    finally:
        doc.close()
    if stride != width:
        data = b"".join(data[row * stride : row * stride + width] for row in range(height))
    path.write_bytes(b"P5\n%d %d\n255\n" % (width, height) + data)


def ocr_page(
    pdf_source: str | Path | bytes, page_index: int, page_width: float, page_height: float
) -> list[Line]:
    """OCR one page (0-based index) into its lines; raises OcrError (OcrUnavailableError: no Tesseract)."""
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailableError("tesseract is not on PATH: pages without a text layer were not OCRed")
    scale = DPI / 72
    pixels = page_width * page_height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    if min(page_width, page_height) * scale < MIN_SIDE_PIXELS:
        raise OcrError(f"OCR of page {page_index + 1} skipped: a {page_width:g} x {page_height:g} pt page")
    with tempfile.TemporaryDirectory(prefix="paperparse-ocr-") as tmp:
        image = Path(tmp) / "page.pgm"
        # one thread per tesseract: the batch already runs one worker per core
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            _render_pgm(pdf_source, page_index, scale, image)
            done = subprocess.run(
                [binary, str(image), "stdout", "--dpi", str(round(72 * scale)), "tsv"],
                capture_output=True,
                env=env,
                timeout=TESSERACT_TIMEOUT,
                check=True,
            )
        except (pdfium.PdfiumError, subprocess.SubprocessError, OSError) as exc:
            raise OcrError(f"OCR of page {page_index + 1} failed: {exc}") from exc
    return _lines_from_tsv(done.stdout.decode("utf-8", "replace"), page_index + 1, scale)


def _lines_from_tsv(tsv: str, page_no: int, scale: float) -> list[Line]:
    """Tesseract's word rows → Lines, one per (block, paragraph, line), boxes in PDF points."""
    boxes: dict[tuple[str, str, str], list[tuple[str, float, float, float, float]]] = {}
    rows = csv.DictReader(tsv.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != _WORD_LEVEL or not text:
            continue
        left, top = int(row["left"]) / scale, int(row["top"]) / scale
        right, bottom = left + int(row["width"]) / scale, top + int(row["height"]) / scale
        key = (row["block_num"], row["par_num"], row["line_num"])
        boxes.setdefault(key, []).append((text, left, top, right, bottom))
    lines = []
    for words in boxes.values():
        font = Font("OCR", round(max(bottom - top for _, _, top, _, bottom in words), 1), False, False)
        lines.append(Line([Word(*word, font) for word in words], page_no))
    return lines
