"""The connection layer under the app: limits on what a client may hold, and errors as problem+json.

aiohttp answers some requests before any middleware runs: a request line or header it cannot parse
(a 10 KB header, a bad Content-Length, an unknown method) gets a plain-text 400 from its protocol
handler. And aiohttp holds a connection for as long as the client likes: a header sent a byte a second,
or a body that never comes, kept thousands of sockets (and, at 20,000, every file descriptor) busy.
`CrmAppRunner` serves the app with a request handler of our own that:

- answers those protocol-level errors with the same problem document as every other error;
- closes a connection whose request header is not complete within `header_timeout_s` of its first
  byte (408, as a problem document), and an idle keep-alive connection after `idle_timeout_s`;
- past `max_connections` open connections, answers the new one's first request 503 with Retry-After
  and closes it, so the process never runs out of file descriptors and the clients already in are
  served. (A body that never comes is the handlers' concern: see `read_json_object`.)

Feed subscribers are connections too, but once their request is in, no read timeout applies (they
only listen); they have their own cap (`max_feed_clients`, see feed.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import resource
from http import HTTPStatus
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest
from aiohttp.web_server import Server

from crm_server.errors import PROBLEM_CONTENT_TYPE, problem_response

log = logging.getLogger("crm_server")

# File descriptors kept back from the connection cap: the database (three connections and their WAL
# and shared-memory files), the CSV files, the lock, logs and the listening sockets.
RESERVED_FDS = 64
# After a 408 for a slow header: how long what the client still sends is read and dropped before closing.
DISCARD_FOR_S = 1.0
# How long the rest of a request body the handler did not read is read and dropped before closing the
# connection (aiohttp's default, 10 s, let a slow body hold it for that long after its answer).
LINGERING_S = 1.0


def effective_max_connections(wanted: int) -> int:
    """The connection cap, lowered to fit this process's file descriptor limit.

    The soft limit is first raised to the hard limit (often 1,024 soft against 1,048,576 hard), as
    servers do; a cap above what the process may open would fail with EMFILE instead of a 503.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(16, min(wanted, soft - RESERVED_FDS))


def _raw_problem(status: int, detail: str, extra_headers: str = "") -> bytes:
    """A whole HTTP/1.1 problem answer as bytes, for a connection no request object exists for."""
    phrase = HTTPStatus(status).phrase
    body = json.dumps({"type": "about:blank", "title": phrase, "status": status, "detail": detail}).encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\nContent-Type: {PROBLEM_CONTENT_TYPE}\r\n"
        f"Content-Length: {len(body)}\r\n{extra_headers}Connection: close\r\n\r\n"
    )
    return head.encode() + body


class CrmRequestHandler(RequestHandler):
    """aiohttp's per-connection protocol with a header deadline, a connection cap and problem+json."""

    _crm_server: CrmServer

    def __init__(self, manager: CrmServer, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._crm_server = manager
        self._header_timer: asyncio.TimerHandle | None = None
        # The body of the last request parsed on this connection: until it is complete, bytes that
        # arrive are body, not the start of the next request's header.
        self._last_body: Any = None
        self._discarding = False  # answered 408 for a slow header: what still arrives is ignored
        # Done when the client's connection is gone: a feed handler, which only writes, learns it here
        # at once instead of at its next write (up to the 15 s keep-alive comment later).
        self.gone: asyncio.Future[None] = self._loop.create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        server = self._crm_server
        if len(server.connections) > server.max_connections:
            # Over the cap: the request is read (so the client sees an answer, not a reset) and
            # answered 503 with Retry-After; the header deadline still bounds a slow one.
            self._request_handler = self._answer_busy
            if not server.busy_logged:
                server.busy_logged = True
                log.warning("more than %d connections open: new ones are answered 503 until some close",
                            server.max_connections)

    async def _answer_busy(self, request: BaseRequest) -> web.StreamResponse:
        response = problem_response(
            503, "Service Unavailable",
            f"The server has {self._crm_server.max_connections} connections open; retry in a second",
            headers={"Retry-After": "1"},
        )
        response.force_close()
        return response

    def data_received(self, data: bytes) -> None:
        if self._discarding:
            return
        waiting = len(self._messages)
        super().data_received(data)
        if len(self._messages) > waiting:
            # A complete request header arrived: its deadline no longer applies.
            self._cancel_header_timer()
            self._last_body = self._messages[-1][1]
        elif data and self._header_timer is None and not self._upgraded and self._between_requests():
            # The first bytes of a request: its header must be complete within the deadline.
            self._header_timer = self._loop.call_later(self._crm_server.header_timeout_s, self._header_too_slow)

    def _between_requests(self) -> bool:
        return self._last_body is None or self._last_body.is_eof()

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_too_slow(self) -> None:
        self._header_timer = None
        transport = self.transport
        if transport is None or self._request_in_progress or not self._between_requests():
            return  # a request is being answered: never write into its response
        transport.write(_raw_problem(
            408, f"The request header was not complete within {self._crm_server.header_timeout_s:g} s"
        ))
        # Half-close and ignore what still trickles in, then close: closing at once while the client
        # is still sending makes the kernel answer with a reset, and the 408 is lost on the way.
        self._discarding = True
        if transport.can_write_eof():
            transport.write_eof()
        self._loop.call_later(DISCARD_FOR_S, self.force_close)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._cancel_header_timer()
        if not self.gone.done():
            self.gone.set_result(None)
        super().connection_lost(exc)

    def handle_error(
        self,
        request: BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        """aiohttp's own error answers (unparsable request line or headers, ...) as problem+json."""
        plain = super().handle_error(request, status, exc, message)  # logs it; raises if already sent
        if status >= 500:
            detail = "The server failed to handle this request"
        else:
            reason = getattr(exc, "message", None) or message or ""
            detail = " ".join(str(reason).split())[:300] or HTTPStatus(status).phrase
        try:
            title = HTTPStatus(status).phrase
        except ValueError:
            title = plain.reason
        response = problem_response(status, title, detail)
        response.force_close()
        return response


class CrmServer(Server):
    """aiohttp's low-level server, building CrmRequestHandler for each connection."""

    def __init__(self, *args: Any, max_connections: int, header_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_connections = max_connections
        self.header_timeout_s = header_timeout_s
        self.busy_logged = False

    def __call__(self) -> RequestHandler:
        return CrmRequestHandler(self, loop=self._loop, **self._kwargs)

    def connection_lost(self, handler: RequestHandler, exc: BaseException | None = None) -> None:
        super().connection_lost(handler, exc)
        if self.busy_logged and len(self._connections) < self.max_connections // 2:
            self.busy_logged = False  # the next overload is worth a line again


class CrmAppRunner(web.AppRunner):
    """An AppRunner whose server is a CrmServer (limits from the app's settings).

    `idle_timeout_s` becomes aiohttp's keep-alive timeout: an idle connection is closed after it.
    """

    def __init__(self, app: web.Application, *, max_connections: int, header_timeout_s: float,
                 idle_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(app, keepalive_timeout=idle_timeout_s, lingering_time=LINGERING_S, **kwargs)
        self._max_connections = max_connections
        self._header_timeout_s = header_timeout_s

    async def _make_server(self) -> Server:
        plain = await super()._make_server()
        return CrmServer(
            plain.request_handler,
            request_factory=plain.request_factory,
            handler_cancellation=plain.handler_cancellation,
            loop=plain._loop,
            max_connections=effective_max_connections(self._max_connections),
            header_timeout_s=self._header_timeout_s,
            **plain._kwargs,
        )
