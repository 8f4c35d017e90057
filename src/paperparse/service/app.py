"""The HTTP service: GROBID's REST endpoints (so existing clients work unchanged), native JSON, and a viewer.

A POST is first read whole by `UploadGate` (deadline, size, uploads in flight); a route then waits its turn
for one of the `Slots` (a short bounded queue, then 503 + Retry-After) and runs its work in a `WorkerPool`
process with a time limit. An upload's bytes go to `extract(bytes, name=<basename>)`, so no path a client
chooses ever reaches the file system. Errors have one shape (`errors.error_response`).
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from http import HTTPStatus
from importlib import resources
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from paperparse import __version__
from paperparse.document import Document
from paperparse.isolation import TaskTimeout, WorkerCrashed, WorkerPool
from paperparse.output.json import document_to_dict, reference_to_dict
from paperparse.output.tei import header_to_tei, references_to_tei, to_tei
from paperparse.pdf import PdfError
from paperparse.pipeline import extract
from paperparse.service import tasks
from paperparse.service.errors import Failure, error_response
from paperparse.service.limits import FORM_ROOM, RETRY_AFTER, Busy, Slots, UploadGate

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


_LOCATIONS = {"body": "field", "query": "query parameter", "path": "path parameter", "header": "header"}


def _describe(exc: RequestValidationError) -> str:
    """FastAPI's validation errors as one sentence that names each field: "missing field 'input'"."""
    problems = []
    for error in exc.errors():
        where, *names = error["loc"]
        if names and error["type"] != "json_invalid":  # a JSON error's "name" is the offset it failed at
            what = f"{_LOCATIONS.get(where, where)} '{'.'.join(map(str, names))}'"
        else:
            what = "request body"
        problems.append(f"missing {what}" if error["type"] == "missing" else f"{what}: {error['msg']}")
    return "; ".join(problems)


def safe_name(filename: str | None) -> str:
    """The upload's base name without directories or control characters: it names, it never locates."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    return _CONTROL.sub("", base)[:255]


def create_app(
    extractor: Extractor = extract,
    max_concurrency: int | None = None,
    timeout: float = 120.0,
    max_upload_mb: float = 50.0,
    upload_timeout: float = 60.0,
    max_uploads: int = 32,
    queue_timeout: float = 5.0,
    max_queue: int | None = None,
) -> FastAPI:
    """Build the app. `extractor` runs in the worker processes, so it must pickle.

    It exists so tests (and embedders) can swap the extraction without patching module globals, which
    a spawned worker would not see. `max_concurrency` worker processes (default: CPUs) each take one
    request at a time; up to `max_queue` more (default: 4 per worker) wait at most `queue_timeout` s.
    """
    size = max_concurrency or os.cpu_count() or 1
    pool = WorkerPool(size, timeout)
    slots = Slots(size, max_waiting=4 * size if max_queue is None else max_queue, wait=queue_timeout)

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
    app.add_middleware(
        UploadGate,
        max_body=int(max_upload_mb * 1_000_000) + FORM_ROOM,
        upload_timeout=upload_timeout,
        max_uploads=max_uploads,
    )

    @app.exception_handler(Failure)
    async def _failure(request: Request, exc: Failure) -> Response:
        return exc.response(request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        """400 naming each bad field, instead of FastAPI's 422 with a list only a program reads."""
        return error_response(request.url.path, 400, "bad-request", _describe(exc))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        kind = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "-")
        return error_response(request.url.path, exc.status_code, kind, str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        return error_response(request.url.path, 500, "internal", f"{type(exc).__name__}: {exc}")

    @asynccontextmanager
    async def slot() -> AsyncIterator[None]:
        """An extraction slot for the block, or 503 + Retry-After once the queue wait is over."""
        try:
            await slots.acquire()
        except Busy as exc:
            raise Failure(503, "busy", str(exc), {"Retry-After": str(RETRY_AFTER)}) from exc
        try:
            yield
        finally:
            slots.release()

    async def run(fn: Callable[..., Any], *args: Any) -> Any:
        """fn(*args) in a worker process; the caller holds a slot, so a worker is idle."""
        try:
            return await run_in_threadpool(pool.run, fn, *args)
        except TaskTimeout as exc:
            raise Failure(504, "timeout", str(exc)) from exc
        except WorkerCrashed as exc:
            raise Failure(500, "crashed", str(exc)) from exc
        except PdfError as exc:
            raise Failure(_PDF_ERROR_STATUS.get(exc.kind, 422), exc.kind, str(exc)) from exc

    async def read_upload(upload: UploadFile) -> bytes:
        try:
            return await upload.read()
        finally:
            await upload.close()  # drops Starlette's spooled temporary file, if it made one

    async def extract_upload(upload: UploadFile) -> Document:
        async with slot():  # read only now: a queued upload waits on Starlette's spool, not in memory
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
            raise Failure(400, "no-citations", "no reference strings given")
        async with slot():
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
        async with slot():
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


def serve(host: str = "127.0.0.1", port: int = 8070, **limits: Any) -> None:
    """Run the service with uvicorn (one server process; the work runs in its worker pool).

    `limits` are `create_app`'s keyword arguments (max_upload_mb, upload_timeout, queue_timeout, …).
    """
    import uvicorn

    uvicorn.run(create_app(**limits), host=host, port=port)
