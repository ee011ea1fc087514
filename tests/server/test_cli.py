"""`crm-server` as an operator runs it: environment and flags, the open-network warning, and what the
console shows (Rich panels per change, or one JSON line per request)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest


def call(port: int, method: str, path: str, body: Any = None, token: str | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def stop(process: subprocess.Popen[bytes]) -> tuple[str, str]:
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    return out.decode(), err.decode()


def test_env_is_honoured_and_flags_win(server_process_factory: Any, tmp_path: Path) -> None:
    env_dir = tmp_path / "from_env"
    env = {"CRM_DATA_DIR": str(env_dir), "CRM_API_TOKEN": "env-token"}
    process, port = server_process_factory(use_env_dir=True, env=env)
    assert call(port, "GET", "/crm/leads")[0] == 401
    assert call(port, "GET", "/crm/leads", token="env-token")[0] == 200
    assert call(port, "POST", "/crm/leads", {"name": "A", "phone": "9876543210", "city": "Pune"}, "env-token")[0] == 200
    stop(process)
    assert (env_dir / "crm.sqlite3").exists() and (env_dir / "crm_leads.csv").exists()

    process, port = server_process_factory(tmp_path / "flag_dir", None, "--token", "flag-token", env=env)
    assert call(port, "GET", "/crm/leads", token="env-token")[0] == 401
    assert call(port, "GET", "/crm/leads", token="flag-token")[0] == 200
    stop(process)
    assert (tmp_path / "flag_dir" / "crm.sqlite3").exists()
    assert not (env_dir / "flag_dir").exists()


def test_open_network_without_token_warns(server_process_factory: Any, tmp_path: Path) -> None:
    process, _ = server_process_factory(tmp_path / "d", None, "--host", "0.0.0.0", unset=("CRM_API_TOKEN",))
    _, err = stop(process)
    assert "WARNING" in err and "token" in err
    process, _ = server_process_factory(tmp_path / "d", None, unset=("CRM_API_TOKEN",))
    _, err = stop(process)
    assert "WARNING" not in err


def test_rich_console_shows_a_panel_per_change(server_process_factory: Any, tmp_path: Path) -> None:
    process, port = server_process_factory(tmp_path / "d", None, log_format="rich",
                                           env={"COLUMNS": "100", "CRM_TIMEZONE": "Asia/Kolkata"})
    _, lead = call(port, "POST", "/crm/leads", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"})
    call(port, "POST", "/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"})
    call(port, "POST", f"/crm/leads/{lead['lead_id']}/status", {"status": "WON", "notes": "signed"})
    # Names are data, not Rich markup: printed as typed, and the console keeps working after them.
    call(port, "POST", "/crm/leads", {"name": "[red]Evil[/] [/]", "phone": "9123456789", "city": "Pune"})
    call(port, "POST", "/crm/leads", {"name": "After Evil", "phone": "9123456780", "city": "Pune"})
    out, _ = stop(process)
    assert "[red]Evil[/] [/]" in out and "After Evil" in out
    assert "Lead created" in out and "Rohan Sharma" in out and "9876543210" in out
    assert "Visit scheduled" in out and "2026-11-26T15:00:00+05:30" in out
    visit_panel = out[out.index("Visit scheduled"):out.index("Status changed")]
    assert f"Rohan Sharma ({lead['lead_id']})" in visit_panel  # the lead by name, not only its id
    assert "Status changed" in out and "NEW → WON" in out and "signed" in out
    assert "╭" in out  # a panel, not a bare line
    # Each panel says when, on the server's clock (CRM_TIMEZONE, Asia/Kolkata by default).
    from datetime import datetime
    from zoneinfo import ZoneInfo

    created = datetime.fromisoformat(lead["created_at"]).astimezone(ZoneInfo("Asia/Kolkata"))
    assert f" {created:%H:%M:%S} ─╯" in out


def test_json_log_is_one_line_per_request(server_process_factory: Any, tmp_path: Path) -> None:
    process, port = server_process_factory(tmp_path / "d", None, log_format="json")
    call(port, "POST", "/crm/leads", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"})
    call(port, "GET", "/crm/leads?limit=5")
    call(port, "POST", "/crm/leads", {"name": ""})
    out, _ = stop(process)
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    requests = [r for r in records if "path" in r and r["path"].startswith("/crm")]
    assert [(r["method"], r["path"], r["status"]) for r in requests] == [
        ("POST", "/crm/leads", 200), ("GET", "/crm/leads", 200), ("POST", "/crm/leads", 422)
    ]
    assert all(isinstance(r["ms"], float | int) for r in requests)
    from datetime import datetime

    assert all(datetime.fromisoformat(r["time"]).utcoffset() is not None for r in requests)


def test_a_taken_port_or_a_newer_schema_is_a_clear_error(server_process_factory: Any, tmp_path: Path) -> None:
    import sqlite3
    import sys

    from tests.server.conftest import REPO

    _, port = server_process_factory(tmp_path / "a", None)
    taken = subprocess.run(
        [sys.executable, "-m", "crm_server", "--port", str(port), "--data-dir", str(tmp_path / "b"), "--log-format", "quiet"],
        cwd=REPO, capture_output=True, text=True, timeout=30,
    )
    assert taken.returncode == 1 and "cannot start" in taken.stderr and "Traceback" not in taken.stderr

    newer = tmp_path / "newer"
    newer.mkdir()
    with sqlite3.connect(newer / "crm.sqlite3") as db:
        db.execute("PRAGMA user_version=99")
    refused = subprocess.run(
        [sys.executable, "-m", "crm_server", "--port", "0", "--data-dir", str(newer), "--log-format", "quiet"],
        cwd=REPO, capture_output=True, text=True, timeout=30,
    )
    assert refused.returncode == 1 and "schema version 99" in refused.stderr


def test_a_signal_during_startup_ends_in_a_clean_stop(tmp_path: Path) -> None:
    """Ctrl-C while the store opens must stop the server, not leave it hung with the store half open."""
    import sqlite3
    import sys
    import time

    from crm_server.store import DB_FILENAME, MIGRATIONS
    from tests.server.conftest import REPO

    data_dir = tmp_path / "d"
    data_dir.mkdir()
    # Another program holds the database: the server's switch to WAL waits inside start-up.
    holder = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    process = subprocess.Popen(
        [sys.executable, "-m", "crm_server", "--port", "0", "--data-dir", str(data_dir), "--log-format", "quiet"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        # The pid in crm.lock means the store is opening, so the signal handlers are in place.
        lock_file = data_dir / "crm.lock"
        deadline = time.monotonic() + 15
        while not (lock_file.exists() and lock_file.read_text().strip() == str(process.pid)):
            assert process.poll() is None and time.monotonic() < deadline, "the server never reached start-up"
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        holder.execute("ROLLBACK")
        holder.close()
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert b"Traceback" not in err
    with sqlite3.connect(data_dir / DB_FILENAME) as db:  # start-up finished its migrations and closed
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bad_port_or_time_zone_is_refused_before_serving(tmp_path: Path) -> None:
    import sys

    from tests.server.conftest import REPO

    base = [sys.executable, "-m", "crm_server", "--data-dir", str(tmp_path / "d"), "--log-format", "quiet"]
    port = subprocess.run([*base, "--port", "99999"], cwd=REPO, capture_output=True, text=True, timeout=30)
    assert port.returncode == 2 and "between 0 and 65535" in port.stderr
    zone = subprocess.run([*base, "--port", "0"], cwd=REPO, capture_output=True, text=True, timeout=30,
                          env={**os.environ, "CRM_TIMEZONE": "Mars/Base"})
    assert zone.returncode == 2 and "Mars/Base" in zone.stderr and "Traceback" not in zone.stderr
    assert not (tmp_path / "d").exists()


def test_dot_env_is_read_and_flags_win(server_process_factory: Any, tmp_path: Path) -> None:
    """DESIGN.md: configuration comes from the environment, `.env` or flags. A token kept in .env
    must protect `crm-server` as it protects the dashboard's embedded CRM."""
    workdir = tmp_path / "project"
    workdir.mkdir()
    (workdir / ".env").write_text("CRM_API_TOKEN=from-dotenv\nCRM_DATA_DIR=./from_dotenv\n")
    unset = ("CRM_API_TOKEN", "CRM_DATA_DIR")
    process, port = server_process_factory(use_env_dir=True, cwd=workdir, unset=unset)
    assert call(port, "GET", "/crm/leads")[0] == 401
    assert call(port, "GET", "/crm/leads", token="from-dotenv")[0] == 200
    stop(process)
    assert (workdir / "from_dotenv" / "crm.sqlite3").exists()

    process, port = server_process_factory(workdir / "flag_dir", None, "--token", "flag", cwd=workdir, unset=unset)
    assert call(port, "GET", "/crm/leads", token="from-dotenv")[0] == 401
    assert call(port, "GET", "/crm/leads", token="flag")[0] == 200
    stop(process)


def test_a_repeated_stop_signal_still_stops_cleanly(server_process_factory: Any, tmp_path: Path) -> None:
    """`timeout` and some supervisors deliver SIGTERM twice; the repeat must not cut the clean stop
    short (run_app let it skip closing the store and the process hung at exit) or turn status 0 into
    "killed"."""
    import time

    process, port = server_process_factory(tmp_path / "d", None, log_format="rich", env={"COLUMNS": "100"})
    call(port, "POST", "/crm/leads", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"})
    process.send_signal(signal.SIGTERM)
    time.sleep(0.02)  # two deliveries, not one merged by the kernel
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err.decode()
    assert "Lead created" in out.decode()


@pytest.mark.parametrize("log_format", ["rich", "json"])
async def test_a_console_nobody_reads_keeps_at_most_max_pending_waiting(server_process_factory: Any, tmp_path: Path,
                                                                        log_format: str) -> None:
    """stdout is a pipe nobody reads while 3,000 leads are created: the console thread blocks once the
    pipe is full, and the panels (or request lines) waiting behind it stay bounded, the oldest dropped
    and counted. When the pipe is read again, a line says how many were not shown, and every change is
    either shown or counted."""
    import asyncio
    import re

    import aiohttp

    from crm_server.console import MAX_PENDING

    process, port = server_process_factory(tmp_path / "d", None, log_format=log_format, env={"COLUMNS": "100"})
    total = 3000
    async with aiohttp.ClientSession() as session:
        async def create(i: int) -> None:
            body = {"name": f"Piped Lead {i:04d}", "phone": f"98{i:08d}", "city": "Pune"}
            async with session.post(f"http://127.0.0.1:{port}/crm/leads", json=body) as response:
                assert response.status == 200, await response.text()

        for start in range(0, total, 100):
            await asyncio.gather(*(create(i) for i in range(start, start + 100)))
        # Writes are not held up by the blocked console, and nothing is lost where it matters.
        async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
            assert (await response.json())["leads"] == total
    out, _ = stop(process)  # reads the pipe at last
    if log_format == "rich":
        shown = out.count("Lead created")
        dropped = sum(int(n) for n in re.findall(r"… (\d+) changes? not shown: the console fell behind", out))
        assert f"Piped Lead {total - 1:04d}" in out, "the newest change is shown; older waiting ones were dropped"
    else:
        records = [json.loads(line) for line in out.splitlines() if line.strip()]
        shown = sum(1 for r in records if r.get("method") == "POST" and r.get("path") == "/crm/leads")
        dropped = sum(r["dropped"] for r in records if "dropped" in r)
        assert records[-1].get("path") == "/healthz"
    assert dropped > 0, "3,000 panels cannot all have fitted in a pipe buffer plus the queue"
    assert shown + dropped == total
    # Printed: the batch the thread was writing when the pipe filled (at most a queue's worth) and the
    # queue that waited behind it; without the bound all 3,000 waited in memory.
    assert shown <= 2 * MAX_PENDING
