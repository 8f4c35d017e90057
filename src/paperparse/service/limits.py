"""ASGI middleware that refuses work before reading it: body size (413) and admission (503 + Retry-After).

It sits in front of the routes because FastAPI reads a whole upload before any route or dependency runs;
refusing here means an over-sized or unservable upload costs neither memory nor a worker.
"""

from __future__ import annotations

import json
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
RETRY_AFTER = 2  # seconds a refused client should wait; extraction of a typical paper takes about that


class _TooLarge(Exception):
    pass


async def _refuse(
    send: Any, status: int, kind: str, message: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"error": {"type": kind, "message": message}}).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class Limits:
    """Every POST needs a free slot (at most `max_concurrency` in flight) and a body of at most `max_body` bytes.

    No queue: a POST that finds no free slot is answered 503 at once with Retry-After, as GROBID does, so a
    burst cannot pile up memory or latency. The body limit is checked against Content-Length first and then
    counted while the body streams in (chunked uploads declare no length).
    """

    def __init__(self, app: Any, max_body: int, max_concurrency: int, retry_after: int = RETRY_AFTER) -> None:
        self.app = app
        self.max_body = max_body
        self.max_concurrency = max_concurrency
        self.retry_after = retry_after
        self.in_flight = 0  # touched only on the event loop thread, between awaits

    def _too_large(self) -> str:
        return f"upload too large: the limit is {self.max_body / 1e6:g} MB"

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await _refuse(send, 413, "too-large", self._too_large())
            return
        if self.in_flight >= self.max_concurrency:
            await _refuse(
                send, 503, "busy", "all workers are busy; retry later", {"retry-after": str(self.retry_after)}
            )
            return
        self.in_flight += 1
        received = 0
        overflow = False
        started = False

        async def counted_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    overflow = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if overflow:  # the app's own answer to a body cut short is replaced by the 413 below
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _TooLarge:
            pass
        finally:
            self.in_flight -= 1
        if overflow and not started:
            await _refuse(send, 413, "too-large", self._too_large())
