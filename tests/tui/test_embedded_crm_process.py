"""The dashboard's own CRM runs in a process of its own and lives exactly as long as the dashboard.

What a person checks: `crm-tui` on a fresh data dir shows the leads already there and saves a new
one; the CRM it brought answers while it runs; and once the dashboard is gone, quit or killed, so is
that CRM (no server left holding the port and the data). Real parts: the real `crm-tui` in tmux,
the real CRM process it forks, and, in a Pilot, the one a running dashboard starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import aiohttp

from crm_server.embedded import EmbeddedServer
from crm_tui.app import make_app
from crm_tui.widgets.lead_table import LeadTable
from tests.conftest import require_tools
from tests.tui.conftest import SAMPLE_LEADS, OtherClient, fixed_clock, free_port, settings_for, wait_until

CRM_TUI = Path(sys.executable).with_name("crm-tui")


def children(pid: int) -> list[int]:
    """The processes `pid` started (every thread's), from /proc."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            found += [int(child) for child in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent's wait counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def answers(url: str) -> bool:
    async def probe() -> bool:
        try:
            async with aiohttp.ClientSession() as http, http.get(url + "/healthz",
                                                                   timeout=aiohttp.ClientTimeout(total=2)) as resp:
                return resp.status == 200
        except (aiohttp.ClientError, TimeoutError):
            return False

    return asyncio.run(probe())


def wait_for(predicate: object, what: str, limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


async def seed(data_dir: Path) -> None:
    server = EmbeddedServer(data_dir=data_dir, port=0, log_format="quiet")
    await server.start()
    client = OtherClient(server.url)
    try:
        await client.create_lead(*SAMPLE_LEADS[0])
    finally:
        await client.close()
        await server.stop()


def test_crm_tui_shows_its_leads_and_its_crm_goes_when_the_dashboard_is_killed(tmp_path: Path) -> None:
    require_tools("tmux")
    data_dir = tmp_path / "crm_data"
    asyncio.run(seed(data_dir))
    url = f"http://127.0.0.1:{free_port()}"
    session = f"crm-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "CRM_"))}
    env["CRM_DASHBOARD_STATE"] = str(tmp_path / "dashboard.json")
    command = f"exec {CRM_TUI} --engine local --crm-url {url} --data-dir {data_dir}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "48", command],
                   check=True, env=env, cwd=tmp_path)
    try:
        def screen() -> str:
            return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True,
                                  text=True).stdout

        wait_for(lambda: SAMPLE_LEADS[0][0] in screen() and "CRM connected" in screen(), "the lead on the screen")
        dashboard = int(subprocess.run(["tmux", "display", "-p", "-t", session, "#{pane_pid}"],
                                       capture_output=True, text=True, check=True).stdout)
        [crm] = children(dashboard)
        assert Path(f"/proc/{crm}/comm").read_text().strip() == "crm-tui-server"
        assert answers(url)
        # A lead typed into the dashboard is saved by its CRM.
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "create a lead for Kavya Menon, "
                        "phone 9876500011, from Pune"], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)
        wait_for(lambda: "Created lead Kavya Menon" in screen(), "the answer")

        os.kill(dashboard, signal.SIGKILL)
        wait_for(lambda: not alive(crm), "the CRM process to end with the dashboard", limit_s=15)
        assert not answers(url)
        # It stopped as a CRM stops: the lead written before is in the CSV mirror.
        assert "Kavya Menon" in (data_dir / "crm_leads.csv").read_text()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


async def test_the_crm_a_dashboard_started_goes_when_it_quits(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    app = make_app(settings_for(url, tmp_path / "crm_data"), clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected" and app.embedded_server is not None, "the CRM")
        crm = app.embedded_server.pid
        assert crm in children(os.getpid())
        client = OtherClient(url)
        try:
            await client.create_lead(*SAMPLE_LEADS[1])
        finally:
            await client.close()
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the lead through the feed")
    assert not alive(crm)
    assert SAMPLE_LEADS[1][0] in (tmp_path / "crm_data" / "crm_leads.csv").read_text()
