"""The aiohttp application: routes, middlewares, and the store's life cycle.

`create_app(settings)` is the one entry point: the console script, EmbeddedServer and the tests all
build the same app. The store, CSV mirror and console open in a cleanup_ctx (so they close even when
start-up fails half way) and the change feeds end in on_shutdown, which aiohttp runs before it waits
for open requests: an open feed client can never hold up a stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import ipaddress
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.typedefs import Middleware

from crm_server.console import ConsoleLog
from crm_server.csv_mirror import CsvMirror
from crm_server.database import POSTGRES, open_backend
from crm_server.errors import Handler, install_log_filters, problem_middleware, problem_response
from crm_server.feed import EventHub
from crm_server.keys import CONSOLE_KEY, HUB_KEY, MIRROR_KEY, SETTINGS_KEY, STORE_KEY
from crm_server.protocol import CrmAppRunner
from crm_server.routes import routes
from crm_server.settings import ServerSettings
from crm_server.store import Store, utc_now
from crm_server.users import auth_middleware, user_routes, users_context

if TYPE_CHECKING:
    from crm_server.mirror_lease import MirrorLease
    from crm_server.stats import StatsService
    from crm_server.webhooks import WebhookDispatcher

log = logging.getLogger("crm_server.app")

OPEN_PATHS = frozenset({"/healthz"})
# Methods that change something: their body must be JSON, said so in Content-Type.
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Headers a browser page on an allowed origin may send (answered to its CORS preflight).
CORS_ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, Last-Event-ID"


def _is_json(content_type: str) -> bool:
    mime = content_type.partition(";")[0].strip().lower()
    return mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json"))


def _host_name(host_header: str) -> str:
    """The host of a Host header, without its port; an IPv6 literal without its brackets."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    name, colon, port = host.rpartition(":")
    return name if colon and port.isdigit() else host


@functools.lru_cache(maxsize=256)
def _is_loopback_name(name: str) -> bool:
    # Cached: every request asks about the same one or two Host names, and parsing an IP address took
    # about 30 us a request. (Many distinct names only churn the cache.)
    if name == "localhost" or name.endswith(".localhost"):  # RFC 6761: always the loopback interface
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _cross_site_guard(settings: ServerSettings) -> Middleware:
    """What a web page the user happens to open must not be able to do to a CRM on 127.0.0.1.

    Browsers let any page send a "simple" cross-site POST (text/plain, form data) without asking, and
    a DNS-rebinding page reaches 127.0.0.1 under its own name. So: an `Origin` (browsers send it on
    every cross-site request, and on every POST) must be one of `allowed_origins` (403 otherwise);
    on a loopback bind the `Host` must name the loopback (421 otherwise); a write must say its body is
    JSON (415 otherwise), which no page can send cross-site without a preflight we do not grant.
    Programs (crm-bot, the dashboard, curl) send no Origin and a loopback Host, and are unaffected.
    """
    allowed = frozenset(settings.allowed_origins)
    check_host = settings.host_is_loopback

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if check_host:
            host = request.headers.get("Host")
            if host is not None and not _is_loopback_name(_host_name(host)):
                return problem_response(
                    421, "Misdirected Request",
                    f"This CRM listens on the loopback interface and answers only to its own name, not "
                    f"{host[:100]!r}",
                )
        origin = request.headers.get("Origin")
        cors: dict[str, str] = {}
        if origin is not None:
            if origin.strip().rstrip("/").lower() not in allowed:
                return problem_response(
                    403, "Forbidden",
                    f"Requests from web pages are refused (Origin {origin[:100]!r} is not in CRM_ALLOWED_ORIGINS)",
                )
            cors = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
            if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
                return web.Response(status=204, headers={
                    **cors,
                    "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE",
                    "Access-Control-Allow-Headers": CORS_ALLOW_HEADERS,
                    "Access-Control-Max-Age": "600",
                })
        response = await handler(request)
        if cors and not response.prepared:
            response.headers.update(cors)
        return response

    return guard


@web.middleware
async def _json_writes_only(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A write with a body must say it is JSON (415 otherwise); one with no body may say anything.

    The body used to be read as JSON whatever it was labelled, so a page's text/plain POST, which a
    browser sends cross-site without asking, created leads. (Runs after auth: who may not write at
    all hears 401 first.)
    """
    unrouted = getattr(request.match_info, "http_exception", None) is not None  # 404 / 405 say more
    if request.method in WRITE_METHODS and not unrouted:
        content_type = request.headers.get("Content-Type")
        has_body = bool(request.content_length) or "chunked" in request.headers.get("Transfer-Encoding", "").lower()
        # An empty body misreads as nothing, whatever its label (clients label even none as
        # application/octet-stream); browsers that could send one cross-site send an Origin too.
        if has_body and not _is_json(content_type or ""):
            return problem_response(
                415, "Unsupported Media Type",
                "A write's body must be JSON, sent with 'Content-Type: application/json'"
                + (f" (got {content_type[:100]!r})" if content_type else " (no Content-Type was sent)"),
            )
    return await handler(request)


@web.middleware
async def _access_log(request: web.Request, handler: Handler) -> web.StreamResponse:
    started = time.perf_counter()
    response = await handler(request)
    console = request.app[CONSOLE_KEY]
    if console.log_format == "json":
        console.on_request({
            "time": utc_now(),  # the same UTC, millisecond form as created_at, to line up with the data
            "method": request.method,
            "path": request.path,
            "query": request.query_string or None,
            "status": response.status,
            "ms": round((time.perf_counter() - started) * 1000, 2),
            "remote": request.remote,
        })
    return response


async def _store_context(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS_KEY]
    console = app[CONSOLE_KEY]
    console.start()
    store = Store(settings.data_dir, open_backend(settings.data_dir, settings.database_url, settings.db_pool_size))
    mirror = CsvMirror(settings.data_dir)
    lease: MirrorLease | None = None
    try:
        # Inside the try: a store that fails to open must still stop the console thread.
        await store.open()
        if store.backend.dialect == POSTGRES:
            # asyncpg and the lease are imported only for a PostgreSQL store (~20 ms of every start).
            from crm_server.mirror_lease import MirrorLease
            from crm_server.postgres_db import PostgresBackend

            assert isinstance(store.backend, PostgresBackend)
            # Several servers may share the database: the one holding the mirror lock writes the CSV files.
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            lease = MirrorLease(store.backend, mirror)
            store.add_commit_listener(lease.submit)
            await lease.start()
        else:
            # The database is the truth: the CSV files are brought back in line from it (a crash
            # between COMMIT and the CSV write leaves them behind), but by the mirror's thread while
            # the server already serves, reads and writes alike (/healthz says `mirror: rebuilding`
            # meanwhile). Rebuilt here first, 100,000 leads kept the first page waiting about 1-2 s.
            # The listener goes on before the first write: a write made during the rebuild waits on
            # the mirror's queue and lands once (the rebuild's snapshot says which events it holds).
            # A mirror that cannot be written (a full disk, an immutable file) does not stop the
            # server: it reports the mirror as degraded and repairs the files as soon as it can.
            mirror.database_immutable = store.read_only_reason is not None
            store.add_commit_listener(mirror.submit)
            mirror.start(rebuild_first=True)
        store.add_commit_listener(app[HUB_KEY].publish)
        store.add_commit_listener(console.on_events)
        app[STORE_KEY] = store
        app[MIRROR_KEY] = mirror
        yield
    finally:
        await store.close()  # finishes queued writes, whose events reach the mirror
        if lease is not None:
            await lease.stop()  # releases the mirror lock: another server takes over
        else:
            await asyncio.to_thread(mirror.stop)
        console.stop()


async def _end_feeds(app: web.Application) -> None:
    app[HUB_KEY].close()


async def _import_late(name: str) -> Any:
    """`name` imported on a thread: the event loop (in the dashboard, the UI's too) keeps serving meanwhile."""
    return await asyncio.to_thread(importlib.import_module, name)


# How long after the start webhook delivery waits before it imports and starts (seconds): the
# dashboard's embedded CRM serves its feed and first pages in about that time (bench/bench_tui.py).
DELIVERY_AFTER_S = 1.0


class LateParts:
    """What the server needs only after it serves: GET /crm/stats and webhook delivery.

    Their modules (with the pydantic models and the standardwebhooks library they bring) are imported,
    and their connections opened, after the start: the dashboard that embeds the CRM waits for its first
    page of leads, not for them. Stats come at the first call; delivery starts DELIVERY_AFTER_S after
    the server serves (its first clients' first reads come first), and an event committed before that
    waits in the events table, the outbox delivery catches up from.
    """

    def __init__(self, delivery_after_s: float = DELIVERY_AFTER_S) -> None:
        self.stats: StatsService | None = None
        self.dispatcher: WebhookDispatcher | None = None  # once delivery has started (tests read its counts)
        self.delivery_after_s = delivery_after_s
        self._stats_made = asyncio.Lock()
        self._delivering: asyncio.Task[AsyncGenerator[None, None] | None] | None = None
        self._delivery_begun = False

    async def stats_answer(self, request: web.Request) -> web.StreamResponse:
        async with self._stats_made:
            if self.stats is None:
                stats = await _import_late("crm_server.stats")
                self.stats = stats.StatsService(request.app[STORE_KEY])
        return await self.stats.respond(request)

    async def context(self, app: web.Application) -> AsyncIterator[None]:
        """cleanup_ctx, after the store's: delivery started in the background; both stopped before the store closes."""
        self._delivering = asyncio.create_task(self._start_delivery(app), name="crm-webhooks-start")
        try:
            yield
        finally:
            # Cancelled only while it waits: a start cut half way would leave its connections open.
            if not self._delivery_begun:
                self._delivering.cancel()
            await asyncio.wait([self._delivering])
            delivery = None if self._delivering.cancelled() else self._delivering.result()
            if delivery is not None:
                with contextlib.suppress(StopAsyncIteration):
                    await anext(delivery)  # the delivery context's own clean-up: the dispatcher stops
            async with self._stats_made:
                if self.stats is not None:
                    await self.stats.close()

    def _started(self, dispatcher: WebhookDispatcher) -> None:
        self.dispatcher = dispatcher

    async def _start_delivery(self, app: web.Application) -> AsyncGenerator[None, None] | None:
        await asyncio.sleep(self.delivery_after_s)
        self._delivery_begun = True
        try:
            webhooks = await _import_late("crm_server.webhooks")
            delivery: AsyncGenerator[None, None] = webhooks.webhook_delivery(app, started=self._started)
            await anext(delivery)
        except Exception:  # the server serves on; the events wait in their table for the next start
            log.exception("webhook delivery could not start")
            return None
        return delivery


LATE_KEY = web.AppKey("late", LateParts)


def create_app(settings: ServerSettings) -> web.Application:
    """The CRM as an aiohttp application; the store opens when the app starts."""
    install_log_filters()
    middlewares: list[Middleware] = [_access_log, problem_middleware, _cross_site_guard(settings)]
    # Sign-in (users.py): a no-op until a shared token is set or a user is added.
    middlewares.append(auth_middleware(OPEN_PATHS))
    middlewares.append(_json_writes_only)
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=middlewares)
    app[SETTINGS_KEY] = settings
    app[HUB_KEY] = EventHub()
    app[CONSOLE_KEY] = ConsoleLog(settings.log_format, timezone=settings.timezone)
    app[LATE_KEY] = late = LateParts()
    app.cleanup_ctx.append(_store_context)
    app.cleanup_ctx.append(users_context)
    app.cleanup_ctx.append(late.context)  # after the store opens, stopped before it closes
    app.on_shutdown.append(_end_feeds)
    app.add_routes(routes)
    app.add_routes(user_routes)
    app.router.add_get("/crm/stats", late.stats_answer)
    return app


def make_runner(app: web.Application, settings: ServerSettings, *, shutdown_timeout: float) -> CrmAppRunner:
    """The runner `crm-server` and EmbeddedServer serve the app with: slow-client limits, problem+json."""
    return CrmAppRunner(
        app, access_log=None, handle_signals=False, shutdown_timeout=shutdown_timeout,
        max_connections=settings.max_connections, header_timeout_s=settings.header_timeout_s,
        idle_timeout_s=settings.idle_timeout_s,
    )
