"""Fixtures for the bot tests: a client and bot core on the real CRM server, seeded leads, a fixed clock,
and a deliberately unreliable aiohttp server for the retry tests."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.engines.local import LocalEngine

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
TZ = "Asia/Kolkata"
CRM_BOT = Path(sys.executable).with_name("crm-bot")


@pytest.fixture
async def crm(crm_server: Any) -> AsyncIterator[CrmClient]:
    # Short backoff: the retry behaviour has its own tests; here it would only slow the suite.
    client = CrmClient(crm_server.url, backoff_base=0.01, backoff_max=0.05)
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture
def core(crm: CrmClient) -> BotCore:
    return BotCore(crm, tz=TZ, now=lambda: NOW)


@pytest.fixture
def engine(core: BotCore) -> LocalEngine:
    """The local engine in conversation (it asks and takes the answer), over the test's bot core."""
    return LocalEngine(core, conversational=True)


async def create(crm: CrmClient, name: str, phone: str, city: str, source: str | None = None) -> dict[str, Any]:
    """Seed a lead through the API, as a person using another client would have."""
    resp = await crm.create_lead(name, phone, city, source)
    assert resp.status_code == 200, resp.json
    return dict(resp.json)


async def visits_of(crm: CrmClient, lead: dict[str, Any]) -> list[tuple[str, str]]:
    """The lead's visits as the CRM holds them: (visit_time, status), oldest first."""
    detail = (await crm.get_lead(lead["lead_id"])).json
    return [(v["visit_time"], v["status"]) for v in detail["visits"]]


def free_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class FlakyServer:
    """A real aiohttp server that fails the first `failures` requests in a chosen way, then answers."""

    url: str = ""
    failures: int = 0
    mode: str = "503"  # "503", "429", "drop" (close the connection), "slow" (sleep past the timeout)
    hits: list[dict[str, Any]] = field(default_factory=list)
    slow_s: float = 1.0
    retry_after: str = "0"  # the Retry-After header on a 429


FLAKY_STATE = web.AppKey("flaky_state", FlakyServer)


async def _flaky_handler(request: web.Request) -> web.StreamResponse:
    state = request.app[FLAKY_STATE]
    body = await request.json() if request.can_read_body else None
    state.hits.append({"method": request.method, "path": request.path,
                       "key": request.headers.get("Idempotency-Key"), "body": body})
    if len(state.hits) <= state.failures:
        if state.mode == "429":
            return web.json_response({"detail": "slow down"}, status=429, headers={"Retry-After": state.retry_after})
        if state.mode == "drop":
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        if state.mode == "slow":
            await asyncio.sleep(state.slow_s)
        else:
            return web.json_response({"title": "Service Unavailable", "detail": "store busy"}, status=503,
                                     content_type="application/problem+json")
    if request.path == "/crm/leads" and request.method == "POST":
        return web.json_response({"lead_id": "00000000-0000-4000-8000-000000000001", "status": "NEW", **(body or {})})
    if request.path.startswith("/crm/leads/missing"):
        return web.json_response({"detail": "Lead not found"}, status=404, content_type="application/problem+json")
    return web.json_response({"leads": [], "next_cursor": None})


@asynccontextmanager
async def serve_everything(handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
                           app: web.Application | None = None) -> AsyncIterator[str]:
    """Serve `handler` on every path and method on a free loopback port; yields the base URL."""
    app = app or web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def flaky() -> AsyncIterator[FlakyServer]:
    state = FlakyServer()
    app = web.Application()
    app[FLAKY_STATE] = state
    async with serve_everything(_flaky_handler, app) as url:
        state.url = url
        yield state


async def run_crm_bot(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
                      limit_s: float = 60.0) -> tuple[int, str, str]:
    """Run the installed `crm-bot` as a subprocess without blocking the loop serving the CRM fixture."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "CRM_"))}
    full_env.update(env or {})
    proc = await asyncio.create_subprocess_exec(
        str(CRM_BOT), "--env-file", "/nonexistent", *args,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env=full_env,
    )
    async with asyncio.timeout(limit_s):
        out, err = await proc.communicate(stdin.encode() if stdin is not None else None)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def run_lines(crm_server: Any, lines: list[str]) -> list[dict[str, Any]]:
    """The lines through `crm-bot --engine local --jsonl` against the CRM fixture at the corpus's fixed moment (a
    Wednesday morning in India), one JSON result each."""
    code, out, err = await run_crm_bot("--engine", "local", "--crm-url", crm_server.url, "--now", NOW.isoformat(),
                                       "--tz", "Asia/Kolkata", "--jsonl", stdin="\n".join(lines) + "\n")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]

