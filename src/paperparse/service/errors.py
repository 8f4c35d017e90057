"""Every refusal and failure of the service in one shape, whether the middleware or a route answers it.

GROBID's endpoints (`/api/*`) answer plain text with the status codes GROBID documents (200, 204, 400, 500,
503), so GROBID clients read our errors as they read GROBID's; every other path answers
`{"error": {"type", "message"}}`.
"""

from __future__ import annotations

from starlette.responses import JSONResponse, PlainTextResponse, Response

# statuses GROBID does not use, as GROBID would say them: a PDF it cannot open is bad input (400), an
# extraction that overran its time an internal error (500)
_GROBID_STATUS = {422: 400, 504: 500}


def error_response(
    path: str, status: int, kind: str, message: str, headers: dict[str, str] | None = None
) -> Response:
    """The answer to a failed request on `path`: status, a short error kind and a human message."""
    if path.startswith("/api/"):
        return PlainTextResponse(f"{kind}: {message}", _GROBID_STATUS.get(status, status), headers=headers)
    return JSONResponse({"error": {"type": kind, "message": message}}, status, headers=headers)


class Failure(Exception):
    """A request that cannot be answered normally: status, error kind, message and any extra headers."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.kind, self.message, self.headers = status, kind, message, headers

    def response(self, path: str) -> Response:
        return error_response(path, self.status, self.kind, self.message, self.headers)
