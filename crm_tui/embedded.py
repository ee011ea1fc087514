"""Start a CRM server inside the dashboard's process when none answers at a local `CRM_BASE_URL`.

`make run` must work on a fresh machine with nothing else running, so the dashboard brings its own
CRM on the embedded defaults (SQLite + CSV under `CRM_DATA_DIR`). A remote URL is never replaced by a
local server: that would silently split the data; the status line shows the CRM as down instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlparse

import aiohttp

from crm_tui.bot.client import CrmSession
from crm_tui.config import Settings

if TYPE_CHECKING:
    from crm_server.embedded import EmbeddedServer


CrmPresence = Literal["answers", "busy", "other", "absent"]


async def probe_crm(base_url: str, token: str | None = None, wait_s: float = 1.0) -> CrmPresence:
    """Whether a CRM is at `base_url`: "answers" (`GET /healthz` gave 200 within `wait_s` seconds),
    "busy" (it took the connection but gave no answer in time, or a 5xx), "other" (something that is
    no CRM answered, a 404 say), or "absent" (the connection was refused: nothing listens there)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    http = CrmSession()
    try:
        async with http.get().get(
            base_url.rstrip("/") + "/healthz", headers=headers, timeout=aiohttp.ClientTimeout(total=wait_s)
        ) as resp:
            if resp.status == 200:
                return "answers"
            return "busy" if resp.status >= 500 else "other"
    except aiohttp.ClientConnectorError:
        return "absent"
    except (TimeoutError, aiohttp.ClientError, OSError):
        return "busy"
    finally:
        await http.close()


async def ensure_crm(settings: Settings, imports: asyncio.Lock | None = None) -> EmbeddedServer | None:
    """Return a started in-process server when one was needed and allowed, else None.

    The caller owns the returned server and must `await server.stop()` on exit. `imports`: held from
    the probe until the server's modules are in (see `CrmApp.imports_in_turn`).
    """
    async with imports or contextlib.nullcontext():
        server_module = await _server_module_if_needed(settings)
    if server_module is None:
        return None
    embedded_server: type[EmbeddedServer] = server_module.EmbeddedServer
    url = urlparse(settings.crm_base_url)
    server = embedded_server(
        data_dir=settings.crm_data_dir,
        host=url.hostname or "127.0.0.1",
        port=url.port or 80,
        token=settings.crm_api_token,
        log_format="quiet",
    )
    await server.start()
    return server


async def _server_module_if_needed(settings: Settings) -> ModuleType | None:
    """`crm_server.embedded`, imported, when no CRM is at the local `CRM_BASE_URL`; None otherwise."""
    # A CRM that took the connection and gave no answer within the probe's second is there and busy (a
    # loaded machine, a long write): it is followed, never replaced; a second CRM on its port would
    # fail ("address in use") and one on its data would split it. Where nothing listens, one is
    # started; where something else answers, the start fails and says the port is taken.
    if await probe_crm(settings.crm_base_url, settings.crm_api_token) in ("answers", "busy"):
        return None
    if not settings.crm_is_local:
        return None
    # Imported here, and on a thread: the server package (aiohttp.web, aiosqlite, the pydantic models,
    # a few hundred ms) is only needed on this path, and imported on the event loop it freezes the
    # dashboard, keys and all, for as long.
    return await asyncio.to_thread(importlib.import_module, "crm_server.embedded")
