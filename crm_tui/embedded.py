"""Start a CRM server for the dashboard, in a process of its own, when none answers at a local `CRM_BASE_URL`.

`make run` must work on a fresh machine with nothing else running, so the dashboard brings its own
CRM on the embedded defaults (SQLite + CSV under `CRM_DATA_DIR`). A remote URL is never replaced by a
local server: that would silently split the data; the status line shows the CRM as down instead.
"""

from __future__ import annotations

from typing import Literal

import aiohttp

from crm_tui.bot.client import CrmSession
from crm_tui.config import Settings
from crm_tui.crm_process import CrmProcess, claim_early

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


async def ensure_crm(settings: Settings) -> CrmProcess | None:
    """The embedded CRM's process when one was needed and allowed and now serves, else None.

    The process `crm-tui` started before the dashboard (`start_before_dashboard`) when there is one;
    otherwise one started now, where nothing answers at the local `CRM_BASE_URL`. The caller owns the
    returned process and must `await process.stop()` on exit. Raises RuntimeError saying why none could
    be started (the port is taken by something that is no CRM, the data dir is not writable, ...).
    """
    process = claim_early(settings)
    if process is None:
        # A CRM that took the connection and gave no answer within the probe's second is there and
        # busy (a loaded machine, a long write): it is followed, never replaced; a second CRM on its
        # port would fail ("address in use") and one on its data would split it. Where nothing
        # listens, one is started; where something else answers, the start fails and says the port
        # is taken. (The child probes too: it is all an early start has.)
        if await probe_crm(settings.crm_base_url, settings.crm_api_token) in ("answers", "busy"):
            return None
        if not settings.crm_is_local:
            return None
        process = CrmProcess.start(settings)
    try:
        serving = await process.started()
    except BaseException:
        await process.stop()
        raise
    if not serving:
        await process.stop()
        return None
    return process
