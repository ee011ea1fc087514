"""Start-up does not wait for the CSV mirror: a `crm-server` on a database of 100,000 leads (and no CSV
files) serves reads and writes while its mirror thread rewrites the files from the database, /healthz
says `mirror: rebuilding` until the files are current, and every write made during the rebuild ends up
in the CSV files exactly once, under an intact header.

It used to rebuild the mirror before serving: 100,000 leads kept the first page waiting 1-2 s (the
bench measures that: `bench/bench_server.py --startup`).
"""

from __future__ import annotations

import asyncio
import csv
import signal
import sqlite3
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.csv_mirror import LEAD_HEADER, UPDATE_HEADER, VISIT_HEADER
from crm_server.store import DB_FILENAME, LEAD_COLUMNS, MIGRATIONS

# Enough that the rebuild (about a second here) surely outlasts the first answers: with 40,000 leads one
# run in about 25 failed on a loaded machine, the rebuild most likely over before the first answers came.
SEEDED = 100_000
WRITERS = 8


def seed(data_dir: Path, count: int) -> list[str]:
    """A database of `count` leads made in bulk, as an import or a long-used CRM leaves it; no CSV files."""
    data_dir.mkdir(parents=True)
    db = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for number, script in enumerate(MIGRATIONS, start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    ids = [str(uuid.uuid4()) for _ in range(count)]
    now = "2026-12-01T10:00:00.000+00:00"
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO leads ({LEAD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
                   ((lead_id, f"Seeded {i}", f"9{i:09d}", "Pune", "import", "NEW", now, now) for i, lead_id in enumerate(ids)))
    db.execute("COMMIT")
    db.close()
    return ids


def csv_rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        assert next(reader) == header, f"{path.name} lost its header"
        rows = list(reader)
    assert all(len(row) == len(header) for row in rows), f"torn lines in {path.name}"
    return [dict(zip(header, row, strict=True)) for row in rows]


async def test_it_serves_while_the_mirror_rebuilds_and_writes_made_meanwhile_reach_the_csv_once(
        tmp_path: Path, server_process_factory: Any) -> None:
    data = tmp_path / "crm"
    seeded = seed(data, SEEDED)
    process, port = server_process_factory(data, mirror_settled=False)  # back as soon as /healthz answers
    url = f"http://127.0.0.1:{port}"
    health_seen: list[tuple[float, str]] = []
    answered: list[tuple[float, str, dict[str, Any]]] = []  # (when, what, the answer)
    first_page: list[tuple[float, int]] = []
    settled = asyncio.Event()

    async def watch_health(session: aiohttp.ClientSession) -> None:
        while True:
            async with session.get(url + "/healthz") as response:
                state = (await response.json())["mirror"]
            health_seen.append((time.monotonic(), state))
            if state != "rebuilding":
                settled.set()
                return

    async def read_first_page(session: aiohttp.ClientSession) -> None:
        async with session.get(url + "/crm/leads?limit=100") as response:
            first_page.append((time.monotonic(), len((await response.json())["leads"])))

    async def write(session: aiohttp.ClientSession, number: int) -> None:
        i = 0
        after_settled = 0
        while after_settled < 3:  # until the rebuild is over, and a few writes more
            i += 1
            key = f"w{number}-{i}"
            created = await post(session, "/crm/leads", {"name": f"Writer {key}", "phone": f"8{number:03d}{i:06d}",
                                                          "city": "Noida"})
            answered.append((time.monotonic(), "lead", created))
            changed = await post(session, f"/crm/leads/{seeded[number * 1000 + i]}/status",
                                 {"status": "FOLLOW_UP", "notes": f"note {key}"})
            answered.append((time.monotonic(), "status", changed))
            visit = await post(session, "/crm/visits", {"lead_id": created["lead_id"], "visit_time": "2026-12-20T11:00"})
            answered.append((time.monotonic(), "visit", visit))
            after_settled += settled.is_set()

    async def post(session: aiohttp.ClientSession, path: str, body: dict[str, Any]) -> dict[str, Any]:
        async with session.post(url + path, json=body) as response:
            assert response.status == 200, await response.text()
            return dict(await response.json())

    async with aiohttp.ClientSession() as session:
        await asyncio.wait_for(asyncio.gather(watch_health(session), read_first_page(session),
                                              *(write(session, n) for n in range(WRITERS))), 120)

    rebuilding_until = max(at for at, state in health_seen if state == "rebuilding") if any(
        state == "rebuilding" for _, state in health_seen) else None
    assert rebuilding_until is not None, f"never saw the mirror rebuilding: {health_seen[:3]}"
    assert health_seen[-1][1] == "ok", health_seen[-1]
    # The first page and some writes were answered while /healthz still said the files were being rebuilt.
    assert first_page[0][1] == 100 and first_page[0][0] < rebuilding_until
    assert any(at < rebuilding_until for at, _, _ in answered), "no write was answered during the rebuild"

    process.send_signal(signal.SIGTERM)  # a clean stop flushes the mirror
    assert process.wait(timeout=30) == 0

    db = sqlite3.connect(data / DB_FILENAME)
    db_leads = dict(db.execute("SELECT lead_id, status FROM leads").fetchall())
    db_visits = {row[0] for row in db.execute("SELECT visit_id FROM visits")}
    db_changes = Counter(db.execute("SELECT lead_id, notes FROM status_changes").fetchall())
    db.close()
    leads = csv_rows(data / "crm_leads.csv", LEAD_HEADER)
    assert len(leads) == len(db_leads) == SEEDED + sum(1 for _, what, _ in answered if what == "lead")
    assert {row["lead_id"]: row["status"] for row in leads} == db_leads  # no lead lost or twice, each status current
    visits = csv_rows(data / "crm_visits.csv", VISIT_HEADER)
    assert len(visits) == len(db_visits) and {row["visit_id"] for row in visits} == db_visits
    updates = csv_rows(data / "crm_updates.csv", UPDATE_HEADER)
    assert Counter((row["lead_id"], row["notes"]) for row in updates) == db_changes
    assert len(updates) == sum(1 for _, what, _ in answered if what == "status")
