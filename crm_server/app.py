"""The aiohttp application: routes, middlewares, and the store's life cycle.

`create_app(settings)` is the one entry point: the console script, EmbeddedServer and the tests all
build the same app. The store, CSV mirror and console open in a cleanup_ctx (so they close even when
start-up fails half way) and the change feeds end in on_shutdown, which aiohttp runs before it waits
for open requests: an open feed client can never hold up a stop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

from aiohttp import web
from aiohttp.typedefs import Middleware

from crm_server.console import ConsoleLog
from crm_server.csv_mirror import CsvMirror
from crm_server.errors import Handler, install_log_filters, problem_middleware, problem_response
from crm_server.feed import EventHub
from crm_server.keys import CONSOLE_KEY, HUB_KEY, MIRROR_KEY, OPENAPI_KEY, SETTINGS_KEY, STORE_KEY
from crm_server.openapi import build_openapi
from crm_server.routes import bearer_matches, routes
from crm_server.settings import ServerSettings
from crm_server.stats import setup_stats
from crm_server.store import FIELD_CHANGE_COLUMNS, LEAD_CSV_COLUMNS, VISIT_CSV_COLUMNS, Store, utc_now

OPEN_PATHS = frozenset({"/healthz"})


def _auth_middleware(token: str) -> Middleware:
    @web.middleware
    async def require_bearer(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path not in OPEN_PATHS:
            if not bearer_matches(request, token):
                return problem_response(
                    401, "Unauthorized", "This CRM needs 'Authorization: Bearer <token>' (CRM_API_TOKEN)",
                    headers={"WWW-Authenticate": 'Bearer realm="crm"'},
                )
        return await handler(request)

    return require_bearer


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
    store = Store(settings.data_dir)
    mirror = CsvMirror(settings.data_dir)
    try:
        # Inside the try: a store that fails to open must still stop the console thread.
        await store.open()
        # The database is the truth: bring the CSV files back in line before serving (a crash
        # between COMMIT and the CSV write leaves them behind).
        leads = await store.fetch_all(f"SELECT {LEAD_CSV_COLUMNS} FROM leads ORDER BY seq")
        visits = await store.fetch_all(f"SELECT {VISIT_CSV_COLUMNS} FROM visits ORDER BY seq")
        updates = await store.fetch_all(
            "SELECT lead_id, new_status, notes, changed_at, old_status FROM status_changes ORDER BY id"
        )
        changes = await store.fetch_all(f"SELECT {FIELD_CHANGE_COLUMNS} FROM field_changes ORDER BY id")
        await asyncio.to_thread(mirror.rebuild, leads, visits, updates, changes)
        del leads, visits, updates, changes
        mirror.start()
        store.add_commit_listener(mirror.submit)
        store.add_commit_listener(app[HUB_KEY].publish)
        store.add_commit_listener(console.on_events)
        app[STORE_KEY] = store
        app[MIRROR_KEY] = mirror
        yield
    finally:
        await store.close()  # finishes queued writes, whose events reach the mirror
        await asyncio.to_thread(mirror.stop)
        console.stop()


async def _end_feeds(app: web.Application) -> None:
    app[HUB_KEY].close()


def create_app(settings: ServerSettings) -> web.Application:
    """The CRM as an aiohttp application; the store opens when the app starts."""
    install_log_filters()
    middlewares: list[Middleware] = [_access_log, problem_middleware]
    if settings.token:
        middlewares.append(_auth_middleware(settings.token))
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=middlewares)
    app[SETTINGS_KEY] = settings
    app[HUB_KEY] = EventHub()
    app[CONSOLE_KEY] = ConsoleLog(settings.log_format, timezone=settings.timezone)
    app[OPENAPI_KEY] = build_openapi()
    app.cleanup_ctx.append(_store_context)
    app.on_shutdown.append(_end_feeds)
    app.add_routes(routes)
    setup_stats(app)
    return app
