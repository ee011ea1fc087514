"""A CRM server inside the caller's event loop: for the dashboard when no CRM answers, and for tests.

It is the same application `crm-server` runs (create_app), bound with an AppRunner + TCPSite in the
current loop, so the dashboard and every test talk HTTP to the real thing on a loopback port.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from crm_server.app import create_app, make_runner
from crm_server.settings import DEFAULT_TIMEZONE, LogFormat, ServerSettings

# Long enough for in-flight writes to commit; feeds end at once (on_shutdown), so stop never waits on them.
SHUTDOWN_TIMEOUT_S = 5.0


class EmbeddedServer:
    """Start with `await server.start()` (or `async with`), then talk to `server.url`."""

    def __init__(
        self,
        data_dir: Path | str,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        log_format: LogFormat = "quiet",
        **options: Any,
    ) -> None:
        """`options` are further ServerSettings fields (allowed_origins, timeouts, caps)."""
        self.data_dir = Path(data_dir)
        self.host = host
        self.port = port
        self.token = token
        self.log_format: LogFormat = log_format
        self.options = options
        self.url = ""
        self._runner: web.AppRunner | None = None

    @property
    def settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host, port=self.port, data_dir=self.data_dir, token=self.token,
            log_format=self.log_format, timezone=os.environ.get("CRM_TIMEZONE") or DEFAULT_TIMEZONE,
            **self.options,
        )

    @property
    def app(self) -> web.Application:
        if self._runner is None:
            raise RuntimeError("the server is not started")
        return self._runner.app

    async def start(self) -> None:
        if self._runner is not None:
            return
        settings = self.settings
        runner = make_runner(create_app(settings), settings, shutdown_timeout=SHUTDOWN_TIMEOUT_S)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        # With port=0 the OS picked a free port; report the one actually bound.
        bound_port = runner.addresses[0][1]
        self.port = bound_port
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{host}:{bound_port}"

    async def stop(self) -> None:
        """Stop serving, let in-flight writes commit, flush the CSV mirror and close the store."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> EmbeddedServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()
