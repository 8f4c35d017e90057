"""The PDF layer: one engine (pypdfium2) behind `read_pdf`, nothing here knows what a title is."""

from paperparse.pdf.errors import CorruptPdfError, EmptyPdfError, EncryptedPdfError, PdfError
from paperparse.pdf.model import Font, Line, Page, PdfContent, Word
from paperparse.pdf.pdfium import read_pdf

__all__ = [
    "CorruptPdfError",
    "EmptyPdfError",
    "EncryptedPdfError",
    "Font",
    "Line",
    "Page",
    "PdfContent",
    "PdfError",
    "Word",
    "read_pdf",
]
