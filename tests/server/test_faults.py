"""A bad day, for real: a full disk (a 2 MB tmpfs), an immutable CSV (chattr +i), a data directory
deleted while the server runs, CSV files deleted or edited behind its back.

What must hold: /healthz tells the truth (503 with the reason when a write cannot commit, the
writer's last outcome, the data dir's presence, `mirror: degraded` and why); a write that cannot be
made durable is refused, never acknowledged; the mirror never blocks start-up or writes, logs a
failure once, writes rows whole or not at all, and repairs itself from the database, header first,
as soon as it can, without a restart."""

from __future__ import annotations

import asyncio
import csv
import logging
import shutil
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from crm_server.csv_mirror import LEAD_HEADER, UPDATE_HEADER, VISIT_HEADER
from crm_server.embedded import EmbeddedServer
from tests.server.conftest import Api, fill_disk, set_immutable, wait_mirror_settled


def rows(path: Path, header: list[str]) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        assert next(reader) == header, f"{path.name} lost its header"
        body = list(reader)
    torn = [row for row in body if len(row) != len(header)]
    assert not torn, f"torn rows in {path.name}: {torn[:2]}"
    return body


def append_text(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)


async def eventually(check: Any, what: str, within_s: float = 10.0) -> Any:
    deadline = asyncio.get_running_loop().time() + within_s
    while True:
        result = await check()
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def health(api: Api) -> tuple[int, dict[str, Any]]:
    status, body, _ = await api.get("/healthz")
    return status, body


def lead_body(i: int) -> dict[str, str]:
    return {"name": f"Lead {i:04d} " + "x" * 90, "phone": f"98{i:08d}", "city": "Pune " + "y" * 60}


async def test_a_full_disk_is_a_503_with_the_reason_and_health_says_so_until_there_is_room(
        small_disk: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crm_server")
    data = small_disk / "crm"
    async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        for i in range(5):
            await api.create_lead(**lead_body(i))
        filler = fill_disk(small_disk)
        answered, refused = [], []
        for i in range(5, 3000):
            status, body, headers = await api.post("/crm/leads", lead_body(i))
            (answered if status == 200 else refused).append((i, status, body))
            if len(refused) >= 3:
                break
        assert refused, "the disk never filled up"
        for _, status, body in refused:
            assert status == 503 and "full" in body["detail"], body
        status, state = await health(api)
        assert status == 503, state
        assert state["status"] == 503 and "full" in state["detail"]
        assert state["last_write"]["ok"] is False and "full" in state["last_write"]["error"]
        assert state["data_dir"] == "present"
        # The CSV mirror hit the full disk too (its appends came first): degraded, with the OS's words.
        if state["mirror"] == "degraded":
            assert "No space left" in state["mirror_reason"]
        # Logged once per reason, not once per refused write.
        assert len([r for r in caplog.records if "writes are failing" in r.getMessage()
                    or "write failed" in r.getMessage()]) == 1
        assert len([r for r in caplog.records if "CSV mirror degraded" in r.getMessage()]) <= 1

        filler.unlink()  # room again: no restart needed
        await eventually(lambda: _healthy(api), "writes to commit again")
        status, state = await health(api)
        assert status == 200 and state["last_write"]["ok"] is True, state
        lead = await api.create_lead(**lead_body(9999))
        await eventually(lambda: _mirror_ok(api), "the mirror to repair itself")
        stored = {row[0] for row in rows(data / "crm_leads.csv", LEAD_HEADER)}
        _, listed, _ = await api.get("/crm/leads?limit=1000")
        in_db = {lead["lead_id"] for lead in listed["leads"]}
        assert stored == in_db and lead["lead_id"] in stored
        assert len(in_db) == 5 + len(answered) + 1  # every 200 is there, no refused write is


async def _healthy(api: Api) -> bool:
    return (await health(api))[0] == 200


async def _mirror_ok(api: Api) -> bool:
    status, state = await health(api)
    return status == 200 and state["mirror"] == "ok"


async def test_a_deleted_data_directory_refuses_writes_instead_of_losing_them(tmp_path: Path,
                                                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crm_server")
    data = tmp_path / "crm"
    async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        lead = await api.create_lead()
        while data.exists():  # the mirror may create a file in it while rm -rf runs, as it would
            shutil.rmtree(data, ignore_errors=True)
        for i in range(6):
            status, body, _ = await api.post("/crm/leads", lead_body(i))
            assert status == 503, body
            assert "vanished" in body["detail"] and str(data) in body["detail"]
        status, body, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"})
        assert status == 503
        status, state = await health(api)
        assert status == 503 and state["data_dir"] == "missing" and "vanished" in state["detail"]
        assert state["last_write"]["ok"] is False
        assert [r.levelname for r in caplog.records if "writes are failing" in r.getMessage()] == ["ERROR"]
        assert not any(r.exc_info for r in caplog.records if "vanished" in r.getMessage())
        # Reads fail too (the database's files are gone with the directory): a 503 that says so, not a 500.
        status, body, headers = await api.get("/crm/leads")
        assert status == 503 and headers["Content-Type"].startswith("application/problem+json"), body


async def test_start_up_with_an_immutable_csv_serves_and_repairs_the_mirror_when_it_can(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crm_server")
    data = tmp_path / "crm"
    async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
        first = await Api(session, server.url).create_lead()
    locked = data / "crm_leads.csv"
    set_immutable(locked, True)
    try:
        async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
            api = Api(session, server.url)
            status, listed, _ = await api.get("/crm/leads")
            assert status == 200 and listed["leads"][0]["lead_id"] == first["lead_id"]
            assert await wait_mirror_settled(server.url) == "degraded"  # the start-up rebuild tried and failed
            status, state = await health(api)
            assert status == 200 and state["mirror"] == "degraded", state
            assert "Operation not permitted" in state["mirror_reason"], state
            second = await api.create_lead(name="Priya Verma", phone="9876543211")  # the database takes it
            status, _, _ = await api.post(f"/crm/leads/{first['lead_id']}/status", {"status": "WON"})
            assert status == 200
            assert len([r for r in caplog.records if "CSV mirror degraded" in r.getMessage()]) == 1
            set_immutable(locked, False)
            await eventually(lambda: _mirror_ok(api), "the mirror to repair itself", within_s=15)
            lines = {row[0]: row for row in rows(locked, LEAD_HEADER)}
            assert set(lines) == {first["lead_id"], second["lead_id"]}
            assert lines[first["lead_id"]][LEAD_HEADER.index("status")] == "WON"
            assert [row[1] for row in rows(data / "crm_updates.csv", UPDATE_HEADER)] == ["WON"]
            assert any("repaired" in r.getMessage() for r in caplog.records)
    finally:
        set_immutable(locked, False)


async def test_csv_files_deleted_or_edited_while_running_come_back_whole_with_their_header(
        api: Api, crm_server: EmbeddedServer) -> None:
    data = crm_server.data_dir
    lead = await api.create_lead()
    status, visit, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"})
    assert status == 200
    (data / "crm_visits.csv").unlink()
    append_text(data / "crm_leads.csv", "half a row,")  # someone's editor, or a torn write
    (data / "crm_updates.csv").write_text("")  # truncated: header gone
    second = await api.create_lead(name="Priya Verma", phone="9876543211")
    status, _, _ = await api.post(f"/crm/leads/{second['lead_id']}/status", {"status": "LOST"})
    status, visit2, _ = await api.post("/crm/visits", {"lead_id": second["lead_id"], "visit_time": "2026-11-27T11:00"})

    async def in_line() -> bool:
        try:
            leads = rows(data / "crm_leads.csv", LEAD_HEADER)
            visits = rows(data / "crm_visits.csv", VISIT_HEADER)
            updates = rows(data / "crm_updates.csv", UPDATE_HEADER)
        except (AssertionError, FileNotFoundError, StopIteration):
            return False
        return (len(leads) == 2 and {v[0] for v in visits} == {visit["visit_id"], visit2["visit_id"]}
                and [u[1] for u in updates] == ["LOST"])

    await eventually(in_line, "the CSV files to be rewritten from the database")
    status, state = await health(api)
    assert status == 200 and state["mirror"] == "ok"


async def test_start_up_on_a_full_disk_serves_reads_and_reports_the_mirror(
        small_disk: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = small_disk / "crm"
    async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        made = [await api.create_lead(**lead_body(i)) for i in range(20)]
    (data / "crm_leads.csv").unlink()  # the rebuild at start must write it, and cannot
    filler = fill_disk(small_disk)
    async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        status, listed, _ = await api.get("/crm/leads")
        assert status == 200 and [x["lead_id"] for x in listed["leads"]] == [x["lead_id"] for x in made]
        assert await wait_mirror_settled(server.url) == "degraded"
        status, state = await health(api)
        # It cannot write (WAL mode needs room for its files): health says so, and why.
        assert status == 503 and "serving reads only" in state["detail"], state
        assert state["mirror"] == "degraded" and "No space left" in state["mirror_reason"], state
        status, body, _ = await api.post("/crm/leads", lead_body(99))
        assert status == 503 and "serving reads only" in body["detail"]
        filler.unlink()

        async def mirror_in_line() -> bool:
            return (await health(api))[1]["mirror"] == "ok"

        await eventually(mirror_in_line, "the mirror to repair itself")
        assert len(rows(data / "crm_leads.csv", LEAD_HEADER)) == 20
    # With room again, a restart writes as before.
    async with EmbeddedServer(data) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        await api.create_lead(**lead_body(100))
        assert (await health(api))[0] == 200
