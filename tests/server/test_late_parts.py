"""What the server leaves until it serves: GET /crm/stats and webhook delivery come after the first page.

The dashboard embeds the CRM and waits for its first page of leads; the stats module (and its read
connection) and the webhook delivery (with the standardwebhooks library) are not needed for that page,
so the server imports them after its start, on a thread (crm_server/app.py, `LateParts`). The behaviour
of both is the same as before: test_stats.py and test_webhooks.py hold it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import aiohttp

from crm_server.app import LATE_KEY
from crm_server.embedded import EmbeddedServer
from tests.server.conftest import REPO, Api

LATE_MODULES = ("crm_server.stats", "crm_server.webhooks", "standardwebhooks")


def test_importing_the_embedded_server_leaves_stats_and_webhooks_out() -> None:
    script = f"import json, sys, crm_server.embedded; print(json.dumps([m for m in {LATE_MODULES!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60,
                          check=True)
    assert json.loads(done.stdout) == []


async def test_stats_come_at_the_first_call_and_close_with_the_server(crm_server: EmbeddedServer, api: Api) -> None:
    late = crm_server.app[LATE_KEY]
    assert late.stats is None  # nothing asked yet
    await api.create_lead()
    status, body, _ = await api.get("/crm/stats")
    assert status == 200 and body["total_leads"] == 1
    assert late.stats is not None
    status, body, _ = await api.get("/crm/stats")  # the same service, its answer kept
    assert status == 200 and body["total_leads"] == 1


async def test_a_stopped_server_closes_the_stats_reader(tmp_path: Path) -> None:
    server = EmbeddedServer(data_dir=tmp_path / "crm_data", port=0, log_format="quiet")
    await server.start()
    async with aiohttp.ClientSession() as session:
        status, _, _ = await Api(session, server.url).get("/crm/stats")
    assert status == 200
    late = server.app[LATE_KEY]
    assert late.stats is not None and late.stats.fetch is not None
    await server.stop()
    assert late.stats.fetch is None


async def test_a_server_stopped_before_delivery_starts_stops_at_once(tmp_path: Path) -> None:
    server = EmbeddedServer(data_dir=tmp_path / "crm_data", port=0, log_format="quiet")
    await server.start()
    late = server.app[LATE_KEY]
    assert late.delivery_after_s > 0 and not late._delivery_begun  # waiting: the first reads come first
    await server.stop()
    assert late._delivering is not None and late._delivering.cancelled()
