"""Storage: durable SQLite (WAL, synchronous=FULL, versioned schema), restarts keep everything, and the
CSV mirror shows the reference columns, neutralises formulas and is repaired from the database."""

from __future__ import annotations

import asyncio
import csv
import sqlite3
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from crm_server.csv_mirror import LEAD_HEADER, UPDATE_HEADER, VISIT_HEADER
from crm_server.embedded import EmbeddedServer
from crm_server.keys import STORE_KEY
from crm_server.store import DB_FILENAME, MIGRATIONS, StoreUnavailable
from tests.server.conftest import Api, wait_mirror_settled


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_csv_if_any(path: Path) -> list[dict[str, str]]:
    return read_csv(path) if path.exists() else []


async def wait_for_csv(path: Path, check: Any, within_s: float = 5.0) -> list[dict[str, str]]:
    """The mirror promises a second; allow more on a loaded machine, but the content must come."""
    deadline = time.monotonic() + within_s
    while True:
        rows = await asyncio.to_thread(read_csv_if_any, path)
        if check(rows) or time.monotonic() > deadline:
            return rows
        await asyncio.sleep(0.05)


@pytest.mark.sqlite_only
async def test_database_is_durable_and_versioned(crm_server: EmbeddedServer) -> None:
    store = crm_server.app[STORE_KEY]
    settings = await store.describe()
    assert settings["journal_mode"] == "wal"
    assert settings["synchronous"] == 2  # FULL
    assert settings["user_version"] == len(MIGRATIONS)
    with sqlite3.connect(crm_server.data_dir / DB_FILENAME) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {row[1] for row in db.execute("PRAGMA table_info(status_changes)")}
    assert {"leads", "visits", "status_changes", "events", "idempotency"} <= tables
    assert {"old_status", "new_status", "notes", "changed_at"} <= columns


async def test_restart_keeps_every_lead_visit_and_change(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        made = [await api.create_lead(name=f"Lead {i}", phone=f"98765432{i:02d}") for i in range(30)]
        await api.post("/crm/visits", {"lead_id": made[0]["lead_id"], "visit_time": "2026-11-26T15:00"})
        await api.post(f"/crm/leads/{made[1]['lead_id']}/status", {"status": "LOST", "notes": "too far"})
        _, before, _ = await api.get("/crm/leads")
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        _, after, _ = await api.get("/crm/leads")
        assert after == before
        _, detail, _ = await api.get(f"/crm/leads/{made[1]['lead_id']}")
        assert detail["status"] == "LOST" and detail["status_history"][0]["notes"] == "too far"
        _, visits, _ = await api.get(f"/crm/visits?lead_id={made[0]['lead_id']}")
        assert len(visits["visits"]) == 1
        # The schema is not re-created on a second start.
        assert (await server.app[STORE_KEY].describe())["user_version"] == len(MIGRATIONS)


async def test_csv_mirror_has_reference_columns_and_current_state(crm_server: EmbeddedServer, api: Api) -> None:
    data_dir = crm_server.data_dir
    lead = await api.create_lead(source="Instagram")
    _, visit, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00", "notes": "3 BHK"})
    await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "IN_PROGRESS", "notes": "keen"})
    await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"})

    leads = await wait_for_csv(data_dir / "crm_leads.csv", lambda rows: rows and rows[0]["status"] == "WON")
    # The reference's eight columns first, in their order; then the archived flag, the assignee and the creator.
    assert LEAD_HEADER[:8] == ["lead_id", "name", "phone", "city", "source", "status", "created_at", "updated_at"]
    assert list(leads[0]) == LEAD_HEADER
    assert leads == [{"lead_id": lead["lead_id"], "name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon",
                      "source": "Instagram", "status": "WON", "created_at": lead["created_at"],
                      "updated_at": leads[0]["updated_at"], "archived": "false", "assigned_to": "",
                      "created_by": "api"}]
    visits = await wait_for_csv(data_dir / "crm_visits.csv", bool)
    assert list(visits[0]) == VISIT_HEADER
    assert VISIT_HEADER[:6] == ["visit_id", "lead_id", "visit_time", "notes", "status", "created_at"]
    assert visits == [{k: str(visit[k]) for k in VISIT_HEADER}]
    updates = await wait_for_csv(data_dir / "crm_updates.csv", lambda rows: len(rows) == 2)
    assert list(updates[0]) == UPDATE_HEADER
    assert [(u["status"], u["notes"], u["old_status"]) for u in updates] == [("IN_PROGRESS", "keen", "NEW"), ("WON", "", "IN_PROGRESS")]


async def test_csv_cells_that_would_run_as_formulas_are_neutralised(crm_server: EmbeddedServer, api: Api) -> None:
    lead = await api.create_lead(name='=HYPERLINK("http://evil","x")', city="+cmd|' /C calc'!A0", source="@SUM(1)")
    assert lead["name"] == '=HYPERLINK("http://evil","x")'  # the API keeps what was said
    await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00", "notes": "-2+3"})
    rows = await wait_for_csv(crm_server.data_dir / "crm_leads.csv", bool)
    assert rows[0]["name"] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert rows[0]["city"] == "'+cmd|' /C calc'!A0"
    assert rows[0]["source"] == "'@SUM(1)"
    visits = await wait_for_csv(crm_server.data_dir / "crm_visits.csv", bool)
    assert visits[0]["notes"] == "'-2+3"
    assert visits[0]["visit_time"] == "2026-11-26T15:00:00+05:30"  # an offset inside a cell is harmless


async def test_startup_brings_a_damaged_csv_back_in_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        made = [await api.create_lead(name=f"Lead {i}", phone=f"98765432{i:02d}") for i in range(5)]
        await api.post("/crm/visits", {"lead_id": made[0]["lead_id"], "visit_time": "2026-11-26T15:00"})
        await api.post(f"/crm/leads/{made[2]['lead_id']}/status", {"status": "WON"})
    expected = {name: (data_dir / name).read_text() for name in ("crm_leads.csv", "crm_visits.csv", "crm_updates.csv")}
    assert len(read_csv(data_dir / "crm_leads.csv")) == 5

    # What a crash can leave: a torn last line, a file that fell behind, a file that never got written.
    leads_text = expected["crm_leads.csv"]
    (data_dir / "crm_leads.csv").write_text(leads_text[: len(leads_text) - 40])
    (data_dir / "crm_updates.csv").write_text("lead_id,status,notes,updated_at,old_status\n")
    (data_dir / "crm_visits.csv").unlink()

    async with EmbeddedServer(data_dir) as server:
        # It serves while the mirror is rewritten from the database; /healthz says when that is done.
        assert await wait_mirror_settled(server.url) == "ok"
        for name, text in expected.items():
            assert (data_dir / name).read_text() == text


async def test_concurrent_writes_share_transactions(api: Api) -> None:
    """Group commit: 64 simultaneous creates all succeed and commit in fewer transactions than writes."""
    _, before, _ = await api.get("/healthz")
    answers = await asyncio.gather(
        *(api.post("/crm/leads", {"name": f"Lead {i}", "phone": f"98765{i:05d}", "city": "Pune"}) for i in range(64))
    )
    assert [status for status, _, _ in answers] == [200] * 64
    assert len({body["lead_id"] for _, body, _ in answers}) == 64
    _, after, _ = await api.get("/healthz")
    writes = after["writes"] - before["writes"]
    transactions = after["transactions"] - before["transactions"] - 1  # the second /healthz ping
    assert writes == 64
    assert transactions < writes
    assert after["leads"] == 64


async def test_one_server_per_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with EmbeddedServer(data_dir):
        second = EmbeddedServer(data_dir)
        with pytest.raises(StoreUnavailable, match="in use by another CRM server"):
            await second.start()
        await second.stop()
    async with EmbeddedServer(data_dir) as again, aiohttp.ClientSession() as session:
        assert (await Api(session, again.url).get("/healthz"))[0] == 200


async def test_a_version_1_database_is_migrated_in_place(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None) as db:
        db.executescript(f"BEGIN;\n{MIGRATIONS[0]}\nPRAGMA user_version=1;\nCOMMIT;")
        db.execute(
            "INSERT INTO leads (lead_id, name, phone, city, source, status, created_at, updated_at)"
            " VALUES ('0b1f6c9e-0000-4000-8000-000000000001', 'Old Lead', '9876543210', 'Pune', NULL, 'WON',"
            " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')"
        )
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        assert (await server.app[STORE_KEY].describe())["user_version"] == len(MIGRATIONS) > 1
        api = Api(session, server.url)
        _, listing, _ = await api.get("/crm/leads")
        assert [(lead["name"], lead["status"]) for lead in listing["leads"]] == [("Old Lead", "WON")]
        created = await api.create_lead(phone="9876543210")
        assert [d["name"] for d in created["possible_duplicates"]] == ["Old Lead"]
        # The search index built by a later migration covers the lead that was there before it.
        _, found, _ = await api.get("/crm/leads?q=old%20le")
        assert [lead["name"] for lead in found["leads"]] == ["Old Lead"]
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        indexes = {row[1] for row in db.execute("PRAGMA index_list(idempotency)")}
    assert "idempotency_created" in indexes
    rows = read_csv(data_dir / "crm_leads.csv")
    assert [r["name"] for r in rows] == ["Old Lead", "Rohan Sharma"]


async def test_idempotency_keys_expire_after_a_week(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    payload = {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        _, first, _ = await api.post("/crm/leads", payload, headers={"Idempotency-Key": "old"})
        _, fresh, _ = await api.post("/crm/leads", payload, headers={"Idempotency-Key": "fresh"})
    # Age one key past the retention period, as if the server had been running for eight days.
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        db.execute("UPDATE idempotency SET created_at = '2000-01-01T00:00:00.000+00:00' WHERE key = 'old'")
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        _, again, _ = await api.post("/crm/leads", payload, headers={"Idempotency-Key": "fresh"})
        assert again["lead_id"] == fresh["lead_id"]  # within the week: replayed
        _, reused, _ = await api.post("/crm/leads", payload, headers={"Idempotency-Key": "old"})
        assert reused["lead_id"] != first["lead_id"]  # expired: a new write


async def test_a_write_the_database_refuses_is_a_503_with_its_reason_and_leaves_the_others(
    crm_server: EmbeddedServer, api: Api, caplog: pytest.LogCaptureFixture, database_options: dict[str, str]
) -> None:
    """A write the database refuses (here a trigger stands in for a full disk or an I/O error) fails
    alone: the writes that shared its transaction still commit, its client gets a 503 that says why, and
    the operator's log has the reason (not only 'the database refused the write')."""
    if "database_url" in database_options:
        import asyncpg

        db = await asyncpg.connect(database_options["database_url"])
        await db.execute(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " RAISE EXCEPTION 'database or disk is full'; END $$;"
            " CREATE TRIGGER refuse BEFORE INSERT ON leads FOR EACH ROW WHEN (NEW.name = 'Refused Lead')"
            " EXECUTE FUNCTION refuse()"
        )
        await db.close()
    else:
        with sqlite3.connect(crm_server.data_dir / DB_FILENAME) as db:
            db.execute("CREATE TRIGGER refuse BEFORE INSERT ON leads WHEN NEW.name = 'Refused Lead'"
                       " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    caplog.set_level("ERROR", logger="crm_server")
    answers = await asyncio.gather(
        *(api.post("/crm/leads", {"name": name, "phone": "9876543210", "city": "Pune"})
          for name in ("Kept One", "Refused Lead", "Kept Two"))
    )
    statuses = [status for status, _, _ in answers]
    assert statuses == [200, 503, 200]
    problem = answers[1][1]
    assert problem["status"] == 503 and "database or disk is full" in problem["detail"]
    status, listing, _ = await api.get("/crm/leads")
    assert sorted(lead["name"] for lead in listing["leads"]) == ["Kept One", "Kept Two"]
    assert any("database or disk is full" in record.getMessage() + str(record.exc_info)
               for record in caplog.records), [r.getMessage() for r in caplog.records]


async def test_lead_detail_is_one_snapshot_under_concurrent_status_changes(api: Api) -> None:
    """GET /crm/leads/{id} reads the lead, its visits and its history in one read transaction: while
    status changes commit, the status shown is always the last change in the history shown with it."""
    lead_id = (await api.create_lead())["lead_id"]
    cycle = ["IN_PROGRESS", "FOLLOW_UP", "WON", "LOST", "NEW"]  # each differs from the one before
    changes = 300
    done = asyncio.Event()

    async def change_statuses() -> None:
        try:
            for i in range(changes):
                status, body, _ = await api.post(f"/crm/leads/{lead_id}/status", {"status": cycle[i % 5]})
                assert status == 200, body
        finally:
            done.set()

    torn: list[tuple[str, str, int]] = []
    reads = 0

    async def read_details() -> None:
        nonlocal reads
        while not done.is_set():
            status, detail, _ = await api.get(f"/crm/leads/{lead_id}")
            assert status == 200, detail
            reads += 1
            history = detail["status_history"]
            last = history[-1]["new_status"] if history else "NEW"
            if detail["status"] != last:
                torn.append((detail["status"], last, len(history)))

    await asyncio.gather(change_statuses(), *(read_details() for _ in range(4)))
    assert reads > 100, "the readers must overlap the writes for the check to mean anything"
    assert torn == [], f"{len(torn)} of {reads} reads showed a status other than the history's last: {torn[:3]}"
    _, final, _ = await api.get(f"/crm/leads/{lead_id}")
    assert len(final["status_history"]) == changes and final["status"] == cycle[(changes - 1) % 5]
