"""Why a PDF could not be read; the batch turns these into error records."""


class PdfError(Exception):
    kind = "pdf"


class EncryptedPdfError(PdfError):
    kind = "encrypted"


class CorruptPdfError(PdfError):
    kind = "corrupt"


class EmptyPdfError(PdfError):
    kind = "empty"
