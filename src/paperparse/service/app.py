"""The HTTP service: GROBID's REST endpoints (so existing clients work unchanged), native JSON, and a viewer.

Every POST goes through `Limits` (size, admission) and then runs its work in a `WorkerPool` process with a
time limit. Uploads stay in memory: the bytes go to `extract(bytes, name=<basename>)`, so no path a client
chooses ever reaches the file system.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel

from paperparse import __version__
from paperparse.document import Document
from paperparse.isolation import PoolBusy, TaskTimeout, WorkerCrashed, WorkerPool
from paperparse.output.json import document_to_dict, reference_to_dict
from paperparse.output.tei import header_to_tei, references_to_tei, to_tei
from paperparse.pdf import PdfError
from paperparse.pipeline import extract
from paperparse.service import tasks
from paperparse.service.limits import RETRY_AFTER, Limits

Extractor = Callable[[bytes, str], Document]

# a bad upload is the client's fault (400); a well-formed PDF we cannot process is unprocessable (422)
_PDF_ERROR_STATUS = {"empty": 400, "corrupt": 400, "encrypted": 422}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_XML = "application/xml"
MAX_VIEWER_PAGES = 50

Pdf = Annotated[UploadFile, File(description="the PDF")]
Ignored = Annotated[str | None, Form(description="accepted for GROBID compatibility; ignored")]
IgnoredList = Annotated[list[str] | None, Form(description="accepted for GROBID compatibility; ignored")]


class RefsRequest(BaseModel):
    references: list[str]


class _Failure(Exception):
    """A request that cannot be answered normally: status, error kind, message."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.kind, self.message, self.headers = status, kind, message, headers


def safe_name(filename: str | None) -> str:
    """The upload's base name without directories or control characters: it names, it never locates."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    return _CONTROL.sub("", base)[:255]


def create_app(
    extractor: Extractor = extract,
    max_concurrency: int | None = None,
    timeout: float = 120.0,
    max_upload_mb: float = 50.0,
) -> FastAPI:
    """Build the app. `extractor` runs in the worker processes, so it must pickle.

    It exists so tests (and embedders) can swap the extraction without patching module globals, which
    a spawned worker would not see.
    """
    size = max_concurrency or os.cpu_count() or 1
    pool = WorkerPool(size, timeout)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="paperparse",
        version=__version__,
        description="Scholarly PDFs to structured data; GROBID-compatible /api endpoints and native /v1 JSON.",
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.add_middleware(Limits, max_body=int(max_upload_mb * 1_000_000) + 65_536, max_concurrency=size)

    @app.exception_handler(_Failure)
    async def _failure(request: Request, exc: _Failure) -> Response:
        if request.url.path.startswith("/api/"):  # GROBID answers errors in plain text
            return PlainTextResponse(f"{exc.kind}: {exc.message}", exc.status, headers=exc.headers)
        return JSONResponse(
            {"error": {"type": exc.kind, "message": exc.message}}, exc.status, headers=exc.headers
        )

    async def run(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return await run_in_threadpool(pool.run, fn, *args)
        except PoolBusy as exc:
            raise _Failure(503, "busy", str(exc), {"Retry-After": str(RETRY_AFTER)}) from exc
        except TaskTimeout as exc:
            raise _Failure(504, "timeout", str(exc)) from exc
        except WorkerCrashed as exc:
            raise _Failure(500, "crashed", str(exc)) from exc
        except PdfError as exc:
            raise _Failure(_PDF_ERROR_STATUS.get(exc.kind, 422), exc.kind, str(exc)) from exc

    async def read_upload(upload: UploadFile) -> bytes:
        try:
            return await upload.read()
        finally:
            await upload.close()  # drops Starlette's spooled temporary file, if it made one

    async def extract_upload(upload: UploadFile) -> Document:
        data = await read_upload(upload)
        return await run(extractor, data, safe_name(upload.filename))

    # ---- GROBID-compatible

    @app.get("/api/isalive", response_class=PlainTextResponse)
    async def isalive() -> str:
        return "true"

    @app.get("/api/version")
    async def version() -> dict[str, str]:
        return {"version": __version__, "revision": f"paperparse-{__version__}"}

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        """GROBID's readiness answer; grobid-client reads `pool.maxActive` to size its concurrency."""
        return {"ready": True, "pool": {"maxActive": size}}

    @app.post("/api/processFulltextDocument", response_class=Response)
    async def process_fulltext(
        input: Pdf,
        consolidateHeader: Ignored = None,
        consolidateCitations: Ignored = None,
        includeRawCitations: Ignored = None,
        includeRawAffiliations: Ignored = None,
        teiCoordinates: IgnoredList = None,
        segmentSentences: Ignored = None,
        generateIDs: Ignored = None,
    ) -> Response:
        return Response(to_tei(await extract_upload(input)), media_type=_XML)

    @app.post("/api/processHeaderDocument", response_class=Response)
    async def process_header(
        input: Pdf,
        consolidateHeader: Ignored = None,
        includeRawAffiliations: Ignored = None,
        teiCoordinates: IgnoredList = None,
    ) -> Response:
        return Response(header_to_tei(await extract_upload(input)), media_type=_XML)

    @app.post("/api/processReferences", response_class=Response)
    async def process_references(
        input: Pdf,
        consolidateCitations: Ignored = None,
        includeRawCitations: Ignored = None,
        teiCoordinates: IgnoredList = None,
    ) -> Response:
        return Response(references_to_tei((await extract_upload(input)).references), media_type=_XML)

    async def parse_strings(strings: list[str]) -> Any:
        cleaned = [s.strip() for s in strings if s.strip()]
        if not cleaned:
            raise _Failure(400, "no-citations", "no reference strings given")
        return await run(tasks.parse_references, cleaned)

    @app.post("/api/processCitation", response_class=Response)
    async def process_citation(
        citations: Annotated[str, Form(description="one reference string, or several separated by newlines")],
        consolidateCitations: Ignored = None,
        includeRawCitations: Ignored = None,
    ) -> Response:
        """A listBibl of biblStructs, one per line (GROBID answers one string with a bare biblStruct;
        GROBID's TEI readers such as grobid_tei_xml.parse_citation_xml take either)."""
        return Response(references_to_tei(await parse_strings(citations.splitlines())), media_type=_XML)

    @app.post("/api/processCitationList", response_class=Response)
    async def process_citation_list(
        citations: Annotated[list[str], Form(description="reference strings, one per field")],
        consolidateCitations: Ignored = None,
        includeRawCitations: Ignored = None,
    ) -> Response:
        return Response(references_to_tei(await parse_strings(citations)), media_type=_XML)

    # ---- native

    @app.post("/v1/extract")
    async def v1_extract(input: Pdf) -> dict[str, Any]:
        """The paperparse/1 JSON document, exactly as `paperparse extract` prints it."""
        return document_to_dict(await extract_upload(input))

    @app.post("/v1/refs")
    async def v1_refs(body: RefsRequest) -> list[dict[str, Any]]:
        return [reference_to_dict(r) for r in await parse_strings(body.references)]

    @app.post("/v1/pages")
    async def v1_pages(
        input: Pdf,
        scale: Annotated[float, Query(ge=0.25, le=3.0)] = 1.5,
        first: Annotated[int, Query(ge=1, description="first page, 1-based")] = 1,
        count: Annotated[int, Query(ge=1, le=MAX_VIEWER_PAGES)] = MAX_VIEWER_PAGES,
    ) -> dict[str, Any]:
        """Page images for the viewer (PNG data URLs) from page `first`, at most `count` (≤ MAX_VIEWER_PAGES) a
        request, sizes in PDF points, and `page_count`: the viewer fetches the rest as they scroll into view."""
        data = await read_upload(input)
        return await run(tasks.render_pages, data, scale, first, count)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def viewer() -> str:
        return resources.files("paperparse.service").joinpath("static/index.html").read_text("utf-8")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        """The viewer's icon (SVG), so a browser asking for one gets it rather than a 404."""
        icon = resources.files("paperparse.service").joinpath("static/favicon.svg").read_bytes()
        return Response(icon, media_type="image/svg+xml")

    return app


def serve(
    host: str = "127.0.0.1",
    port: int = 8070,
    max_upload_mb: float = 50.0,
    timeout: float = 120.0,
    max_concurrency: int | None = None,
) -> None:
    """Run the service with uvicorn (one server process; the work runs in its worker pool)."""
    import uvicorn

    app = create_app(max_concurrency=max_concurrency, timeout=timeout, max_upload_mb=max_upload_mb)
    uvicorn.run(app, host=host, port=port)
