"""paperparse.service: GROBID-compatible and native endpoints, safety limits, the real GROBID client and a
bounded load test against a live server (the viewer's tests are in test_viewer.py)."""

from __future__ import annotations

import functools
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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
    assert r.status_code == status and r.text.startswith(error_kind + ": ")


def test_missing_input_is_422(client: TestClient) -> None:
    assert client.post("/v1/extract").status_code == 422


# ---- safety limits


def test_oversized_upload_is_413() -> None:
    with TestClient(create_app(max_concurrency=1, max_upload_mb=0.1)) as c:
        big = b"%PDF-1.4\n" + b"0" * 300_000
        r = c.post("/v1/extract", files={"input": ("big.pdf", big, "application/pdf")})
        assert r.status_code == 413 and "limit" in r.json()["error"]["message"]
        # a chunked upload declares no length: it is counted as it streams in
        head = b'--B\r\nContent-Disposition: form-data; name="input"; filename="big.pdf"\r\n\r\n'
        chunks = iter([head, *[b"0" * 50_000] * 6, b"\r\n--B--\r\n"])
        r = c.post("/v1/extract", content=chunks, headers={"content-type": "multipart/form-data; boundary=B"})
        assert "content-length" not in r.request.headers
        assert r.status_code == 413


def test_busy_answers_503_at_once(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    flag = tmp_path / "release"
    extractor = functools.partial(_extract_when_released, str(flag))
    app = create_app(extractor=extractor, max_concurrency=1)
    with TestClient(app) as c:
        first: dict[str, httpx.Response] = {}
        holder = threading.Thread(
            target=lambda: first.update(r=c.post("/v1/extract", files=_upload(pdfs["small"])))
        )
        holder.start()
        deadline = time.monotonic() + 10
        while app.state.pool.pids() and time.monotonic() < deadline:  # wait until the one worker is taken
            time.sleep(0.01)
        started = time.monotonic()
        busy = c.post("/v1/extract", files=_upload(pdfs["small"]))
        assert busy.status_code == 503 and int(busy.headers["retry-after"]) > 0
        assert time.monotonic() - started < 1.0
        assert c.post("/api/processCitation", data={"citations": "x"}).status_code == 503
        assert c.get("/api/isalive").status_code == 200  # GETs need no slot
        flag.touch()
        holder.join(timeout=30)
        assert first["r"].status_code == 200
        assert c.post("/v1/extract", files=_upload(pdfs["small"])).status_code == 200


def test_timeout_answers_504_and_replaces_the_worker(pdfs: dict[str, Path]) -> None:
    app = create_app(extractor=_hang, max_concurrency=1, timeout=1.0)
    with TestClient(app) as c:
        before = app.state.pool.pids()
        r = c.post("/api/processFulltextDocument", files=_upload(pdfs["small"]))
        assert r.status_code == 504 and r.text.startswith("timeout:")
        after = app.state.pool.pids()
        assert len(after) == 1 and after != before


# ---- live server: the real GROBID client, the viewer, load


def test_grobid_client_python(live_server: tuple[str, int], tmp_path: Path) -> None:
    from grobid_client.grobid_client import GrobidClient

    url, _ = live_server
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    titles = {"paper": pdfgen.TITLE, "one": "First Small Title", "two": "Second Small Title"}
    pdfgen.two_column_paper(src / "paper.pdf")
    pdfgen.one_column_page(src / "one.pdf", titles["one"])
    pdfgen.one_column_page(src / "two.pdf", titles["two"])
    client = GrobidClient(grobid_server=url, timeout=60)
    client.process("processFulltextDocument", str(src), output=str(out), n=2, tei_coordinates=True)
    for stem, title in titles.items():
        tei = (out / f"{stem}.grobid.tei.xml").read_text("utf-8")
        assert grobid_tei_xml.parse_document_xml(tei).header.title == title


def _rss_kb(pid: int) -> int:
    """VmRSS of a process and its children (the server and its worker processes)."""
    total = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1])
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return total + sum(_rss_kb(int(child)) for child in children)


def test_load_bounded_memory(live_server: tuple[str, int], pdfs: dict[str, Path]) -> None:
    url, pid = live_server
    body = pdfs["small"].read_bytes()

    def one(_: int) -> int:
        with httpx.Client(timeout=60) as http:
            return http.post(
                url + "/v1/extract", files={"input": ("small.pdf", body, "application/pdf")}
            ).status_code

    for i in range(10):
        one(i)
    warm = _rss_kb(pid)
    started = time.monotonic()
    with ThreadPoolExecutor(8) as workers:
        statuses = Counter(workers.map(one, range(200)))
    after = _rss_kb(pid)
    print(
        f"\nload: 200 requests in {time.monotonic() - started:.1f} s: {dict(statuses)}; "
        f"RSS server+workers {warm / 1024:.1f} MB after warm-up, {after / 1024:.1f} MB after the run"
    )
    assert set(statuses) <= {200, 503} and statuses[200] > 0
    assert after - warm < 50 * 1024


def test_no_temp_files_left(client: TestClient, pdfs: dict[str, Path]) -> None:
    """Uploads never touch the disk by name; spooled uploads are closed with the request."""
    before = set(os.listdir("/tmp"))
    client.post("/v1/extract", files=_upload(pdfs["paper"], "leak-check.pdf"))
    assert not any("leak-check" in name for name in set(os.listdir("/tmp")) - before)
