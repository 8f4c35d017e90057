"""paperparse.service: GROBID-compatible and native endpoints, errors in one shape, size and time limits,
the queue for workers and the real GROBID client against a live server. Stalled uploads and the load test
are in test_service_limits.py, the viewer in headless Chromium in test_viewer.py."""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import grobid_tei_xml
import httpx
import pdfgen
import pytest
from fastapi.testclient import TestClient

from paperparse.document import Document
from paperparse.output.json import document_to_dict
from paperparse.pipeline import extract
from paperparse.service import create_app
from paperparse.service.app import safe_name


def _extract_when_released(flag: str, data: bytes, name: str) -> Document:
    """An extractor that holds its worker until `flag` exists: a slot kept busy on demand."""
    deadline = time.monotonic() + 30
    while not Path(flag).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return extract(data, name)


def _raise(data: bytes, name: str) -> Document:
    """An extractor with a bug."""
    raise ValueError("no luck")


def _hang(data: bytes, name: str) -> Document:
    """A PDF that never finishes."""
    time.sleep(3600)
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pdfs")
    return {
        "paper": pdfgen.two_column_paper(d / "paper.pdf"),
        "small": pdfgen.one_column_page(d / "small.pdf", "Tiny Test Page"),
        "corrupt": pdfgen.corrupt_pdf(d / "corrupt.pdf"),
        "encrypted": pdfgen.encrypted_pdf(d / "encrypted.pdf"),
    }


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(max_concurrency=2)) as c:
        yield c


def _upload(path: Path, name: str | None = None) -> dict[str, tuple[str, bytes, str]]:
    return {"input": (name or path.name, path.read_bytes(), "application/pdf")}


# ---- endpoints (TestClient)


def test_isalive_version_health_openapi(client: TestClient) -> None:
    assert client.get("/api/isalive").text == "true"
    assert client.get("/api/version").json()["version"]
    assert client.get("/api/health").json()["pool"]["maxActive"] == 2
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/processFulltextDocument",
        "/api/processCitation",
        "/v1/extract",
        "/v1/refs",
        "/v1/pages",
    ):
        assert path in paths


def test_fulltext_header_references_tei(client: TestClient, pdfs: dict[str, Path]) -> None:
    grobid_options = {"consolidateHeader": "1", "includeRawCitations": "1", "teiCoordinates": ["p", "s"]}
    r = client.post("/api/processFulltextDocument", files=_upload(pdfs["paper"]), data=grobid_options)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    full = grobid_tei_xml.parse_document_xml(r.text)
    assert full.header.title == pdfgen.TITLE
    assert len(full.citations) == len(pdfgen.REFERENCES)

    r = client.post(
        "/api/processHeaderDocument", files=_upload(pdfs["paper"]), data={"consolidateHeader": "0"}
    )
    assert r.status_code == 200
    assert grobid_tei_xml.parse_document_xml(r.text).header.title == pdfgen.TITLE

    r = client.post("/api/processReferences", files=_upload(pdfs["paper"]))
    assert r.status_code == 200
    assert len(grobid_tei_xml.parse_citation_list_xml(r.text)) == len(pdfgen.REFERENCES)


def test_citation_endpoints(client: TestClient) -> None:
    two = pdfgen.REFERENCES[:2]
    r = client.post("/api/processCitation", data={"citations": "\n".join(two) + "\n\n"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    assert len(grobid_tei_xml.parse_citation_list_xml(r.text)) == 2
    r = client.post("/api/processCitationList", data={"citations": pdfgen.REFERENCES})
    assert len(grobid_tei_xml.parse_citation_list_xml(r.text)) == 3
    refs = client.post("/v1/refs", json={"references": two}).json()
    assert [ref["id"] for ref in refs] == ["b0", "b1"]
    assert [ref["raw"] for ref in refs] == two
    assert client.post("/api/processCitation", data={"citations": " \n "}).status_code == 400


def test_v1_extract_is_extract(client: TestClient, pdfs: dict[str, Path]) -> None:
    r = client.post("/v1/extract", files=_upload(pdfs["paper"]))
    assert r.status_code == 200
    assert r.json() == document_to_dict(extract(pdfs["paper"]))


def test_upload_name_is_a_basename(client: TestClient, pdfs: dict[str, Path]) -> None:
    r = client.post("/v1/extract", files=_upload(pdfs["small"], "../../etc\\x/evil.pdf"))
    assert r.json()["source"]["file"] == "evil.pdf"
    assert safe_name("C:\\a/b\x07\x00c.pdf") == "bc.pdf"  # control characters are dropped too


def test_v1_pages(client: TestClient, pdfs: dict[str, Path]) -> None:
    pages = client.post("/v1/pages?scale=0.5", files=_upload(pdfs["paper"])).json()["pages"]
    assert [p["number"] for p in pages] == [1, 2]
    assert pages[0]["width"] == pytest.approx(595.28, abs=0.1)
    assert pages[0]["image"].startswith("data:image/png;base64,")


@pytest.mark.parametrize(
    ("kind", "status"), [("corrupt", 400), ("not-pdf", 400), ("empty", 400), ("encrypted", 422)]
)
def test_bad_uploads(client: TestClient, pdfs: dict[str, Path], kind: str, status: int) -> None:
    inline = {"not-pdf": b"<html>hello</html>", "empty": b""}
    data = inline[kind] if kind in inline else pdfs[kind].read_bytes()
    error_kind = "corrupt" if kind == "not-pdf" else kind
    r = client.post("/v1/extract", files={"input": ("x.pdf", data, "application/pdf")})
    assert r.status_code == status
    assert r.json()["error"]["type"] == error_kind and r.json()["error"]["message"]
    r = client.post("/api/processFulltextDocument", files={"input": ("x.pdf", data, "application/pdf")})
    assert r.status_code == 400 and r.text.startswith(error_kind + ": ")  # GROBID: bad input is 400


@pytest.mark.parametrize("path", ["/v1/extract", "/v1/pages", "/api/processFulltextDocument"])
def test_missing_input_is_400_naming_the_field(client: TestClient, path: str) -> None:
    r = client.post(path, data={"consolidateHeader": "0"})
    assert r.status_code == 400
    message = r.text if path.startswith("/api/") else r.json()["error"]["message"]
    assert "missing field 'input'" in message


def test_v1_errors_have_one_shape(client: TestClient, pdfs: dict[str, Path]) -> None:
    """Every 4xx/5xx on /v1 is {"error": {"type", "message"}}: validation, routing, a raising extractor."""
    answers = {
        "bad query": client.post("/v1/pages?scale=9", files=_upload(pdfs["small"])),
        "bad json": client.post("/v1/refs", json={"refs": ["x"]}),
        "no route": client.get("/v1/nothing-here"),
        "wrong method": client.get("/v1/extract"),
    }
    assert {name: r.status_code for name, r in answers.items()} == {
        "bad query": 400,
        "bad json": 400,
        "no route": 404,
        "wrong method": 405,
    }
    for r in answers.values():
        assert set(r.json()) == {"error"} and set(r.json()["error"]) == {"type", "message"}
    assert "query parameter 'scale'" in answers["bad query"].json()["error"]["message"]
    assert "missing field 'references'" in answers["bad json"].json()["error"]["message"]
    assert answers["no route"].json()["error"]["type"] == "not-found"


def test_unexpected_error_is_500_in_the_same_shape(pdfs: dict[str, Path]) -> None:
    with TestClient(create_app(extractor=_raise, max_concurrency=1), raise_server_exceptions=False) as c:
        r = c.post("/v1/extract", files=_upload(pdfs["small"]))
        assert r.status_code == 500
        assert r.json() == {"error": {"type": "internal", "message": "ValueError: no luck"}}
        r = c.post("/api/processHeaderDocument", files=_upload(pdfs["small"]))
        assert r.status_code == 500 and r.text == "internal: ValueError: no luck"


# ---- safety limits


def test_oversized_upload_is_413() -> None:
    with TestClient(create_app(max_concurrency=1, max_upload_mb=0.1)) as c:
        big = b"%PDF-1.4\n" + b"0" * 300_000
        r = c.post("/v1/extract", files={"input": ("big.pdf", big, "application/pdf")})
        assert (
            r.status_code == 413 and r.json()["error"]["message"] == "upload too large: the limit is 0.1 MB"
        )
        # a chunked upload declares no length: it is counted as it streams in
        head = b'--B\r\nContent-Disposition: form-data; name="input"; filename="big.pdf"\r\n\r\n'
        chunks = iter([head, *[b"0" * 50_000] * 6, b"\r\n--B--\r\n"])
        r = c.post("/v1/extract", content=chunks, headers={"content-type": "multipart/form-data; boundary=B"})
        assert "content-length" not in r.request.headers
        assert r.status_code == 413


@contextmanager
def _slot_held(flag: Path, pdf: Path, **options: Any) -> Iterator[TestClient]:
    """A one-worker service whose worker a first request holds until `flag` exists (at the latest on exit)."""
    app = create_app(
        extractor=functools.partial(_extract_when_released, str(flag)), max_concurrency=1, **options
    )
    with TestClient(app) as c:
        first: dict[str, httpx.Response] = {}
        holder = threading.Thread(target=lambda: first.update(r=c.post("/v1/extract", files=_upload(pdf))))
        holder.start()
        deadline = time.monotonic() + 10
        while app.state.pool.pids() and time.monotonic() < deadline:  # wait until the one worker is taken
            time.sleep(0.01)
        try:
            yield c
        finally:
            flag.touch()
            holder.join(timeout=30)
        assert first["r"].status_code == 200


def test_busy_request_waits_in_the_queue(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    """A request that finds the slot taken waits for it (no 503) when it frees within the queue wait."""
    flag = tmp_path / "release"
    with _slot_held(flag, pdfs["small"], queue_timeout=30) as c:
        threading.Timer(0.5, flag.touch).start()
        started = time.monotonic()
        queued = c.post("/v1/extract", files=_upload(pdfs["small"]))
        assert queued.status_code == 200 and time.monotonic() - started >= 0.4


def test_busy_answers_503_after_the_queue_wait(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    flag = tmp_path / "release"
    with _slot_held(flag, pdfs["small"], queue_timeout=0.5) as c:
        started = time.monotonic()
        busy = c.post("/v1/extract", files=_upload(pdfs["small"]))
        waited = time.monotonic() - started
        assert busy.status_code == 503 and int(busy.headers["retry-after"]) > 0
        assert busy.json()["error"]["type"] == "busy"
        assert 0.4 < waited < 5
        r = c.post("/api/processCitation", data={"citations": "x"})
        assert r.status_code == 503 and r.text.startswith("busy: ")  # GROBID's 503, in plain text
        assert c.get("/api/isalive").status_code == 200  # GETs need no slot
        flag.touch()
        deadline = time.monotonic() + 30
        while (r := c.post("/v1/extract", files=_upload(pdfs["small"]))).status_code == 503:
            assert time.monotonic() < deadline
        assert r.status_code == 200


def test_full_queue_answers_503_at_once(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    with _slot_held(tmp_path / "release", pdfs["small"], max_queue=0, queue_timeout=30) as c:
        started = time.monotonic()
        assert c.post("/v1/extract", files=_upload(pdfs["small"])).status_code == 503
        assert time.monotonic() - started < 2


def test_timeout_answers_504_and_replaces_the_worker(pdfs: dict[str, Path]) -> None:
    app = create_app(extractor=_hang, max_concurrency=1, timeout=1.0)
    with TestClient(app) as c:
        before = app.state.pool.pids()
        r = c.post("/v1/extract", files=_upload(pdfs["small"]))
        assert r.status_code == 504 and r.json()["error"]["type"] == "timeout"
        after = app.state.pool.pids()
        assert len(after) == 1 and after != before
        r = c.post("/api/processFulltextDocument", files=_upload(pdfs["small"]))
        assert r.status_code == 500 and r.text.startswith("timeout:")  # GROBID has no 504


# ---- live server: the real GROBID client


@pytest.mark.parametrize("threads", [2, 8])
def test_grobid_client_python(live_server: tuple[str, int], tmp_path: Path, threads: int) -> None:
    """grobid-client-python processes a folder with no errors, with fewer or more threads than workers."""
    from grobid_client.grobid_client import GrobidClient

    url, _ = live_server
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    titles = {"paper": pdfgen.TITLE, "one": "First Small Title", "two": "Second Small Title"}
    pdfgen.two_column_paper(src / "paper.pdf")
    pdfgen.one_column_page(src / "one.pdf", titles["one"])
    pdfgen.one_column_page(src / "two.pdf", titles["two"])
    client = GrobidClient(grobid_server=url, timeout=60)
    client.process("processFulltextDocument", str(src), output=str(out), n=threads, tei_coordinates=True)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{stem}.grobid.tei.xml" for stem in titles)
    for stem, title in titles.items():
        tei = (out / f"{stem}.grobid.tei.xml").read_text("utf-8")
        assert grobid_tei_xml.parse_document_xml(tei).header.title == title


def test_no_temp_files_left(client: TestClient, pdfs: dict[str, Path]) -> None:
    """Uploads never touch the disk by name; spooled uploads are closed with the request."""
    before = set(os.listdir("/tmp"))
    client.post("/v1/extract", files=_upload(pdfs["paper"], "leak-check.pdf"))
    assert not any("leak-check" in name for name in set(os.listdir("/tmp")) - before)
