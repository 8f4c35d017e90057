"""Admission control: a slow client costs an upload place, never an extraction slot.

`UploadGate` reads (spools) a POST's whole body before the app sees it, under a deadline and a cap on
uploads in flight; only a complete upload reaches a route, and only a route's work takes one of the
`Slots`, which a few requests may wait for in a short queue. Without this, a client that sends a few bytes
and stalls held a slot for as long as it liked: two such clients shut out everybody with two slots.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections import deque
from typing import IO, Any

from paperparse.service.errors import Failure

Scope = dict[str, Any]
Message = dict[str, Any]
RETRY_AFTER = 2  # seconds a refused client should wait; extraction of a typical paper takes about that
_SPOOL_IN_MEMORY = 1_000_000  # bytes of one upload kept in memory; the rest goes to an unnamed temp file
_CHUNK = 65_536


class Busy(Exception):
    """No slot became free within the wait, or the queue for one is full."""


class _ClientGone(Exception):
    pass


FORM_ROOM = 65_536
"""Bytes allowed beyond the file itself: the multipart envelope and the form's other fields."""


class UploadGate:
    """ASGI middleware: every POST/PUT body is read whole, within `upload_timeout` seconds, before the app runs.

    At most `max_uploads` bodies are read at once (503 + Retry-After beyond); a body over `max_body` bytes
    is 413 (by Content-Length at once, else counted as it streams in); a body not complete by the deadline
    is 408 and its connection is closed. The app then gets the body from the spool, so a route waits on
    nothing but its own work.
    """

    def __init__(
        self,
        app: Any,
        max_body: int,
        upload_timeout: float,
        max_uploads: int,
        retry_after: int = RETRY_AFTER,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.upload_timeout = upload_timeout
        self.max_uploads = max_uploads
        self.retry_after = retry_after
        self.uploading = 0  # touched only on the event loop thread, between awaits

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT"):
            await self.app(scope, receive, send)
            return
        try:
            spool = await self._spool(scope, receive)
        except Failure as refusal:
            await refusal.response(scope["path"])(scope, receive, send)
            return
        except _ClientGone:
            return
        try:
            await self.app(scope, _replay(spool, receive), send)
        finally:
            spool.close()

    async def _spool(self, scope: Scope, receive: Any) -> IO[bytes]:
        """The whole body in a spool (memory, then an unnamed temp file), or Failure / _ClientGone."""
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_body:
            raise self._too_large()
        if self.uploading >= self.max_uploads:
            raise Failure(
                503,
                "busy",
                f"{self.max_uploads} uploads are in progress; retry later",
                {"Retry-After": str(self.retry_after)},
            )
        self.uploading += 1
        spool = tempfile.SpooledTemporaryFile(_SPOOL_IN_MEMORY)
        try:
            async with asyncio.timeout(self.upload_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        raise _ClientGone
                    spool.write(message.get("body", b""))
                    if spool.tell() > self.max_body:
                        raise self._too_large()
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            spool.close()
            raise Failure(
                408,
                "upload-timeout",
                f"the upload did not arrive within {self.upload_timeout:g} s",
                {"Connection": "close"},
            ) from None
        except BaseException:
            spool.close()
            raise
        finally:
            self.uploading -= 1
        return spool

    def _too_large(self) -> Failure:
        return Failure(
            413,
            "too-large",
            f"upload too large: the limit is {round((self.max_body - FORM_ROOM) / 1e6, 1):g} MB",
            {"Connection": "close"},
        )


def _replay(spool: IO[bytes], receive: Any) -> Any:
    """An ASGI receive that hands out the spooled body, then listens to the client again (for disconnects)."""
    size = spool.seek(0, 2)
    spool.seek(0)
    finished = False

    async def replayed() -> Message:
        nonlocal finished
        if finished:
            return await receive()
        chunk = spool.read(_CHUNK)
        finished = spool.tell() >= size
        return {"type": "http.request", "body": chunk, "more_body": not finished}

    return replayed


class Slots:
    """`size` extraction slots behind a first-come queue of at most `max_waiting` requests.

    A request waits at most `wait` seconds for a slot, then gets Busy (the service answers 503 with
    Retry-After, as GROBID does after its pool wait). The short wait absorbs the bursts of clients that
    send as many requests as they have threads; the bounds keep a flood from piling up latency.
    """

    def __init__(self, size: int, max_waiting: int, wait: float) -> None:
        self.size = size
        self.max_waiting = max_waiting
        self.wait = wait
        self.free = size
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> None:
        """Take a slot, waiting in the queue if need be; raises Busy. Every success needs a `release`."""
        if self.free > 0 and not self._waiters:
            self.free -= 1
            return
        if len(self._waiters) >= self.max_waiting:
            raise Busy(f"all {self.size} slots are busy and {len(self._waiters)} requests wait")
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(turn)
        try:
            async with asyncio.timeout(self.wait):
                await turn
        except BaseException as exc:
            if turn.done() and not turn.cancelled():  # handed a slot just as the wait ended: pass it on
                self.release()
            elif turn in self._waiters:  # `_release` drops the cancelled turns it meets
                turn.cancel()
                self._waiters.remove(turn)
            if isinstance(exc, TimeoutError):
                raise Busy(f"no slot free within {self.wait:g} s") from None
            raise

    def release(self) -> None:
        """Hand the slot to the first waiter still waiting, or free it."""
        while self._waiters:
            turn = self._waiters.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        self.free += 1
