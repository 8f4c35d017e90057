"""paperparse.service.limits: uploads are read whole under a deadline before a slot is taken, slots are shared
through a short bounded queue. Unit tests drive the ASGI middleware and the queue directly; the live tests
stall real sockets on loopback and load a real server with clients that honour Retry-After."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections import Counter
from typing import Any

import httpx
import pdfgen
import pytest
import servers

from paperparse.service.limits import Busy, Slots, UploadGate

# ---- the queue in front of the slots


def test_slots_queue_first_come_and_bounded() -> None:
    async def scenario() -> None:
        slots = Slots(1, max_waiting=2, wait=5.0)
        await slots.acquire()  # the only slot
        order: list[str] = []

        async def waiter(name: str) -> None:
            await slots.acquire()
            order.append(name)
            slots.release()

        first = asyncio.create_task(waiter("first"))
        await asyncio.sleep(0)
        second = asyncio.create_task(waiter("second"))
        await asyncio.sleep(0)
        started = time.monotonic()
        with pytest.raises(Busy):  # the queue is full: refused at once, not after the wait
            await slots.acquire()
        assert time.monotonic() - started < 0.5
        slots.release()
        await asyncio.gather(first, second)
        assert order == ["first", "second"]
        assert slots.free == 1

    asyncio.run(scenario())


def test_slots_wait_is_bounded_and_a_timed_out_waiter_leaves_no_trace() -> None:
    async def scenario() -> None:
        slots = Slots(1, max_waiting=4, wait=0.2)
        await slots.acquire()
        started = time.monotonic()
        with pytest.raises(Busy):
            await slots.acquire()
        assert 0.15 < time.monotonic() - started < 2.0
        slots.release()
        assert slots.free == 1  # the slot went back, not to the waiter that gave up
        await slots.acquire()  # and it is free for the next one
        slots.release()

    asyncio.run(scenario())


def test_slots_cancelled_waiter_is_skipped() -> None:
    async def scenario() -> None:
        slots = Slots(1, max_waiting=4, wait=5.0)
        await slots.acquire()
        gone = asyncio.create_task(slots.acquire())
        await asyncio.sleep(0)
        gone.cancel()
        await asyncio.sleep(0)
        staying = asyncio.create_task(slots.acquire())
        await asyncio.sleep(0)
        slots.release()
        await asyncio.wait_for(staying, 2)
        slots.release()
        assert slots.free == 1

    asyncio.run(scenario())


# ---- the upload gate, driven as an ASGI app


class _Recorder:
    """The app behind the gate: records the body it reads and answers 200."""

    def __init__(self) -> None:
        self.body = b""
        self.called = False

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.called = True
        while True:
            message = await receive()
            self.body += message.get("body", b"")
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def _scope(path: str = "/v1/extract", length: int | None = None) -> dict[str, Any]:
    headers = [] if length is None else [(b"content-length", str(length).encode())]
    return {"type": "http", "method": "POST", "path": path, "headers": headers}


def _stream(chunks: list[bytes], then_stall: bool = False) -> Any:
    """An ASGI receive that yields the chunks, then stalls forever (or ends the body)."""
    queue = list(chunks)

    async def receive() -> dict[str, Any]:
        if queue:
            chunk = queue.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(queue) or then_stall}
        if then_stall:
            await asyncio.Event().wait()
        return {"type": "http.disconnect"}

    return receive


async def _call(gate: UploadGate, scope: dict[str, Any], receive: Any) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await gate(scope, receive, send)
    return sent


def _status(sent: list[dict[str, Any]]) -> int:
    return next(m["status"] for m in sent if m["type"] == "http.response.start")


def test_gate_replays_the_whole_body_to_the_app() -> None:
    app = _Recorder()
    gate = UploadGate(app, max_body=1_000_000, upload_timeout=5, max_uploads=2)
    chunks = [bytes([i]) * 50_000 for i in range(7)]  # more than one replay chunk, some spooled to disk
    sent = asyncio.run(_call(gate, _scope(), _stream(chunks)))
    assert _status(sent) == 200 and app.body == b"".join(chunks)
    assert gate.uploading == 0


def test_gate_cuts_a_stalled_upload_at_the_deadline() -> None:
    app = _Recorder()
    gate = UploadGate(app, max_body=1_000_000, upload_timeout=0.3, max_uploads=2)
    started = time.monotonic()
    sent = asyncio.run(_call(gate, _scope(), _stream([b"--B\r\n"], then_stall=True)))
    assert 0.25 < time.monotonic() - started < 3
    assert _status(sent) == 408 and not app.called
    head = next(m for m in sent if m["type"] == "http.response.start")
    assert (b"connection", b"close") in head["headers"]
    assert b'"upload-timeout"' in sent[-1]["body"]
    assert gate.uploading == 0


def test_gate_caps_uploads_in_flight() -> None:
    async def scenario() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        gate = UploadGate(_Recorder(), max_body=1_000_000, upload_timeout=0.5, max_uploads=2)
        stalled = [
            asyncio.create_task(_call(gate, _scope(), _stream([b"x"], then_stall=True))) for _ in range(2)
        ]
        await asyncio.sleep(0.05)
        third = await _call(gate, _scope(), _stream([b"body"]))
        await asyncio.gather(*stalled)
        after = await _call(gate, _scope(), _stream([b"body"]))  # the stalled ones were cut: room again
        return third, after

    third, after = asyncio.run(scenario())
    assert _status(third) == 503
    head = next(m for m in third if m["type"] == "http.response.start")
    assert any(k == b"retry-after" and int(v) > 0 for k, v in head["headers"])
    assert _status(after) == 200


def test_gate_refuses_too_large_by_length_and_by_count() -> None:
    app = _Recorder()
    gate = UploadGate(app, max_body=100_000, upload_timeout=5, max_uploads=2)
    declared = asyncio.run(_call(gate, _scope("/api/processFulltextDocument", 200_000), _stream([b"x"])))
    assert _status(declared) == 413 and declared[-1]["body"].startswith(b"too-large: ")  # GROBID: plain text
    counted = asyncio.run(_call(gate, _scope(), _stream([b"0" * 60_000] * 3)))
    assert _status(counted) == 413 and not app.called and gate.uploading == 0


def test_gate_client_gone_mid_upload_costs_nothing() -> None:
    app = _Recorder()
    gate = UploadGate(app, max_body=1_000_000, upload_timeout=5, max_uploads=2)

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    assert asyncio.run(_call(gate, _scope(), receive)) == []
    assert not app.called and gate.uploading == 0


# ---- a live server: stalled sockets, load


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return pdfgen.one_column_page(
        tmp_path_factory.mktemp("pdfs") / "small.pdf", "Tiny Test Page"
    ).read_bytes()


def _stall(port: int) -> socket.socket:
    """A client that sends its headers and a few bytes of a 100 kB body, then nothing."""
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    s.sendall(
        b"POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: multipart/form-data; boundary=B\r\nContent-Length: 100000\r\n\r\n"
        b'--B\r\nContent-Disposition: form-data; name="input"; filename="x.pdf"\r\n\r\n%PDF-1.4\n'
    )
    return s


def _answer(s: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    data = b""
    while chunk := s.recv(65_536):
        data += chunk
    return data


def test_stalled_uploads_block_nobody(small_pdf: bytes) -> None:
    upload_timeout = 6.0
    with servers.running_server(max_concurrency=2, upload_timeout=upload_timeout) as (url, _):
        port = int(url.rsplit(":", 1)[1])
        stalled = [_stall(port) for _ in range(3)]  # more stalled clients than extraction slots
        started = time.monotonic()
        with httpx.Client(timeout=30) as http:
            r = http.post(url + "/v1/extract", files={"input": ("small.pdf", small_pdf, "application/pdf")})
        served_in = time.monotonic() - started
        assert r.status_code == 200 and r.json()["title"] == "Tiny Test Page"
        for s in stalled:  # still waiting on their own uploads: nothing answered, nothing closed
            s.setblocking(False)
            with pytest.raises(BlockingIOError):
                s.recv(1)
            s.setblocking(True)
        answers = [_answer(s) for s in stalled]
        cut_at = time.monotonic() - started
        for s in stalled:
            s.close()
    print(f"\nstalled: normal request 200 in {served_in:.2f} s; 3 stalled uploads cut at {cut_at:.1f} s")
    assert served_in < upload_timeout
    assert all(a.startswith(b"HTTP/1.1 408 ") and b"upload-timeout" in a for a in answers)
    assert cut_at < upload_timeout + 5


def _post_honouring_retry_after(http: httpx.Client, url: str, pdf: bytes, refusals: Counter[int]) -> int:
    """POST until the answer is not 503, sleeping Retry-After seconds between tries (at most 20 tries)."""
    for _ in range(20):
        r = http.post(url + "/v1/extract", files={"input": ("small.pdf", pdf, "application/pdf")})
        if r.status_code != 503:
            return r.status_code
        refusals[503] += 1
        time.sleep(float(r.headers["retry-after"]))
    return 503


def test_load_every_request_answered_memory_flat(small_pdf: bytes) -> None:
    """200 requests from 8 clients against 2 slots and a short queue: all 200, RSS flat from first to last quarter."""
    total, clients = 200, 8
    with servers.running_server(max_concurrency=2, max_queue=4, queue_timeout=2.0) as (url, pid):
        with httpx.Client(timeout=60) as http:  # warm-up: both workers load their models
            for _ in range(6):
                assert (
                    http.post(url + "/v1/extract", files={"input": ("s.pdf", small_pdf)}).status_code == 200
                )
        statuses: Counter[int] = Counter()
        refusals: Counter[int] = Counter()
        lock = threading.Lock()
        rss_by_quarter: dict[int, list[int]] = {0: [], 1: [], 2: [], 3: []}
        done = threading.Event()

        def record() -> None:
            quarter = min(3, sum(statuses.values()) * 4 // total)
            rss_by_quarter[quarter].append(servers.rss_kb(pid))

        def sample() -> None:
            """RSS at the start, every 0.05 s, and after the last answer, filed by quarter of the run."""
            record()
            while not done.wait(0.05):
                record()
            record()

        def client(share: int) -> None:
            with httpx.Client(timeout=60) as http:
                for _ in range(share):
                    status = _post_honouring_retry_after(http, url, small_pdf, refusals)
                    with lock:
                        statuses[status] += 1

        sampler = threading.Thread(target=sample)
        sampler.start()
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(total // clients,)) for _ in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        elapsed = time.monotonic() - started
        done.set()
        sampler.join()
    first, last = max(rss_by_quarter[0]), max(rss_by_quarter[3])
    print(
        f"\nload: {total} requests from {clients} clients in {elapsed:.1f} s: {dict(statuses)}, "
        f"{refusals[503]} × 503 retried; RSS server+workers max {first / 1024:.1f} MB in the first quarter, "
        f"{last / 1024:.1f} MB in the last"
    )
    assert statuses == Counter({200: total})
    assert last - first < 30 * 1024


# ---- the command line


def test_serve_flags_reach_the_app(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    import uvicorn

    from paperparse.cli import main
    from paperparse.service import app as service_app

    built: dict[str, Any] = {}
    monkeypatch.setattr(service_app, "create_app", lambda **options: built.update(options) or "app")
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port: built.update(app=app, host=host, port=port))
    flags = ["--upload-timeout", "7", "--max-uploads", "3", "--queue-timeout", "1.5", "--max-queue", "0"]
    assert main(["serve", "--port", "9999", *flags]) == 0
    assert built == {
        "app": "app",
        "host": "127.0.0.1",
        "port": 9999,
        "max_upload_mb": 50.0,
        "timeout": 120.0,
        "max_concurrency": None,
        "upload_timeout": 7.0,
        "max_uploads": 3,
        "queue_timeout": 1.5,
        "max_queue": 0,
    }
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--upload-timeout" in help_text and "408 and the connection is closed (default: 60.0)" in help_text
    assert "then 503 + Retry-After (default: 5.0)" in help_text
