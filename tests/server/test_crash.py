"""kill -9 while 32 clients write (creates, status changes, edits, archives), then restart: every write answered 200 is in the database and the
CSV, retries with the same Idempotency-Key never duplicate, and no CSV line is torn.

The server runs as a real `python -m crm_server` subprocess so SIGKILL hits it mid-stream exactly as
it would in production; the clients are aiohttp in the test process.
"""

from __future__ import annotations

import asyncio
import csv
import signal
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.csv_mirror import CHANGE_HEADER, LEAD_HEADER, UPDATE_HEADER
from crm_server.store import DB_FILENAME

WRITERS = 32
WRITE_FOR_S = 1.5


def csv_rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        assert next(reader) == header
        rows = list(reader)
    torn = [row for row in rows if len(row) != len(header)]
    assert not torn, f"torn CSV lines: {torn[:3]}"
    return [dict(zip(header, row, strict=True)) for row in rows]


async def writer(session: aiohttp.ClientSession, url: str, number: int, stop: asyncio.Event,
                 answered: dict[str, dict[str, Any]], unanswered: list[tuple[str, str, dict[str, Any], str]]) -> None:
    """Create leads (and now and then change one's status, edit one's city or archive one) until the server dies."""
    i = 0
    mine: list[str] = []
    while not stop.is_set():
        i += 1
        key = f"w{number}-{i}"
        method = "POST"
        if len(mine) >= 3 and i % 5 == 0:  # the oldest: the newest keeps taking status changes and edits
            path, body = f"/crm/leads/{mine.pop(0)}/archive", {"notes": f"archive {key}"}
        elif mine and i % 6 == 0:
            method, path, body = "PATCH", f"/crm/leads/{mine[-1]}", {"city": f"City {key}"}
        elif mine and i % 4 == 0:
            path, body = f"/crm/leads/{mine[-1]}/status", {"status": "FOLLOW_UP", "notes": f"note {key}"}
        else:
            path, body = "/crm/leads", {"name": f"Writer {key}", "phone": f"9{number:03d}{i:06d}", "city": "Pune"}
        try:
            async with session.request(method, url + path, json=body, headers={"Idempotency-Key": key}) as response:
                if response.status != 200:
                    raise AssertionError(f"{response.status} {await response.text()}")
                answer = await response.json()
        except (TimeoutError, aiohttp.ClientError):
            unanswered.append((key, path, body, method))
            return  # the server is gone
        answered[key] = {"path": path, "method": method, "sent": body, **answer}
        if path == "/crm/leads":
            mine.append(answer["lead_id"])


async def test_kill_9_mid_write_loses_and_duplicates_nothing(server_process_factory: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    process, port = server_process_factory(data_dir)
    url = f"http://127.0.0.1:{port}"
    answered: dict[str, dict[str, Any]] = {}
    unanswered: list[tuple[str, str, dict[str, Any], str]] = []
    stop = asyncio.Event()
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=WRITERS)) as session:
        tasks = [asyncio.create_task(writer(session, url, n, stop, answered, unanswered)) for n in range(WRITERS)]
        await asyncio.sleep(WRITE_FOR_S)
        process.send_signal(signal.SIGKILL)  # mid-stream: requests are in flight
        await asyncio.to_thread(process.wait, 10)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 15)
    assert process.returncode == -signal.SIGKILL
    answered_leads = {v["lead_id"] for v in answered.values() if v["path"] == "/crm/leads"}
    answered_edits = {v["sent"]["city"] for v in answered.values() if v["method"] == "PATCH"}
    answered_archives = {v["lead_id"] for v in answered.values() if v["path"].endswith("/archive")}
    assert answered_edits and answered_archives, "the kill came before any edit or archive"
    assert len(answered_leads) > 50, "too few writes to prove anything"
    print(f"answered {len(answered)} writes, {len(unanswered)} cut by the kill")
    assert unanswered, "the kill should have cut requests in flight"

    # Restart: the database has every answered write, and startup put the CSV back in line with it.
    process, port = server_process_factory(data_dir)
    url = f"http://127.0.0.1:{port}"
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        in_db = {row[0] for row in db.execute("SELECT lead_id FROM leads")}
        changes_in_db = db.execute("SELECT COUNT(*) FROM status_changes").fetchone()[0]
        answered_changes = [v for v in answered.values() if v["path"].endswith("/status")]
        notes_in_db = {row[0] for row in db.execute("SELECT notes FROM status_changes")}
        cities_in_db = {row[0] for row in db.execute("SELECT city FROM leads")}
        edits_in_db = {row[0] for row in db.execute("SELECT new_value FROM field_changes WHERE field = 'city'")}
        archived_in_db = {row[0] for row in db.execute("SELECT lead_id FROM leads WHERE archived_at IS NOT NULL")}
        field_changes_in_db = db.execute("SELECT COUNT(*) FROM field_changes").fetchone()[0]
    assert answered_leads <= in_db
    assert answered_edits <= edits_in_db and answered_edits <= cities_in_db
    assert answered_archives <= archived_in_db
    assert {f"note {k}" for k, v in answered.items() if v["path"].endswith("/status")} <= notes_in_db
    assert changes_in_db >= len(answered_changes)
    lead_rows = csv_rows(data_dir / "crm_leads.csv", LEAD_HEADER)
    assert Counter(r["lead_id"] for r in lead_rows).most_common(1)[0][1] == 1
    assert {r["lead_id"] for r in lead_rows} == in_db
    update_rows = csv_rows(data_dir / "crm_updates.csv", UPDATE_HEADER)
    assert len(update_rows) == changes_in_db
    # The CSV shows what each answered change said, and each lead's current status as the database has it.
    assert {f"note {k}" for k, v in answered.items() if v["path"].endswith("/status")} <= {r["notes"] for r in update_rows}
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        status_in_db = dict(db.execute("SELECT lead_id, status FROM leads"))
        state_in_db = {row[0]: (row[1], row[2]) for row in db.execute(
            "SELECT lead_id, city, CASE WHEN archived_at IS NULL THEN 'false' ELSE 'true' END FROM leads")}
    assert {r["lead_id"]: r["status"] for r in lead_rows} == status_in_db
    assert {r["lead_id"]: (r["city"], r["archived"]) for r in lead_rows} == state_in_db
    assert len(csv_rows(data_dir / "crm_lead_changes.csv", CHANGE_HEADER)) == field_changes_in_db

    # Clients retry what got no answer with the same key: each lands exactly once.
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for key, path, body, method in unanswered:
            async with session.request(method, url + path, json=body, headers={"Idempotency-Key": key}) as response:
                assert response.status == 200, await response.text()
        # A retry of an answered write replays the first answer.
        key, first = next((k, v) for k, v in answered.items() if v["path"] == "/crm/leads")
        async with session.post(url + "/crm/leads", json=first["sent"], headers={"Idempotency-Key": key}) as response:
            assert (await response.json())["lead_id"] == first["lead_id"]

    process.send_signal(signal.SIGTERM)  # a clean stop flushes the CSV mirror
    assert await asyncio.to_thread(process.wait, 10) == 0
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        names = Counter(row[0] for row in db.execute("SELECT name FROM leads"))
        lead_ids = {row[0] for row in db.execute("SELECT lead_id FROM leads")}
        changes_in_db = db.execute("SELECT COUNT(*) FROM status_changes").fetchone()[0]
        notes = Counter(row[0] for row in db.execute("SELECT notes FROM status_changes"))
        edits = Counter(row[0] for row in db.execute("SELECT new_value FROM field_changes WHERE field = 'city'"))
        archives = Counter(row[0] for row in db.execute("SELECT lead_id FROM field_changes WHERE field = 'archived'"))
        field_changes_in_db = db.execute("SELECT COUNT(*) FROM field_changes").fetchone()[0]
    assert max(names.values()) == 1, "a retried create was written twice"
    assert max(notes.values()) == 1, "a retried status change was written twice"
    assert max(edits.values()) == 1, "a retried edit was written twice"
    assert max(archives.values()) == 1, "a retried archive was written twice"
    expected_notes = {f"note {k}" for k, v in answered.items() if v["path"].endswith("/status")}
    expected_notes |= {f"note {k}" for k, path, _, _ in unanswered if path.endswith("/status")}
    assert set(notes) == expected_notes
    expected_edits = answered_edits | {body["city"] for _, _, body, method in unanswered if method == "PATCH"}
    assert set(edits) == expected_edits
    expected_names = {f"Writer {k}" for k, v in answered.items() if v["path"] == "/crm/leads"}
    expected_names |= {f"Writer {k}" for k, path, _, _ in unanswered if path == "/crm/leads"}
    assert set(names) == expected_names
    lead_rows = csv_rows(data_dir / "crm_leads.csv", LEAD_HEADER)
    assert len(lead_rows) == len(lead_ids)
    assert {r["lead_id"] for r in lead_rows} == lead_ids
    assert len(csv_rows(data_dir / "crm_updates.csv", UPDATE_HEADER)) == changes_in_db
    assert len(csv_rows(data_dir / "crm_lead_changes.csv", CHANGE_HEADER)) == field_changes_in_db


async def creator(session: aiohttp.ClientSession, url: str, number: int, stop: asyncio.Event,
                  outcomes: list[tuple[float, str, int, dict[str, Any] | str]]) -> None:
    """Create leads until stopped; record (time sent, key, status or 0 if unanswered, answer)."""
    i = 0
    while not stop.is_set():
        i += 1
        key = f"c{number}-{i}"
        body = {"name": f"Creator {key}", "phone": f"98{number:02d}{i:06d}", "city": "Pune " + "x" * 60}
        sent = asyncio.get_running_loop().time()
        try:
            async with session.post(url + "/crm/leads", json=body, headers={"Idempotency-Key": key}) as response:
                answer: dict[str, Any] | str = await response.json(content_type=None)
                outcomes.append((sent, key, response.status, answer))
        except (TimeoutError, aiohttp.ClientError):
            outcomes.append((sent, key, 0, "unanswered"))
            return
        await asyncio.sleep(0.005)


async def test_kill_9_on_a_full_disk_loses_nothing_answered_and_writes_nothing_refused(
        server_process_factory: Any, small_disk: Path) -> None:
    from tests.server.conftest import fill_disk

    data_dir = small_disk / "crm_data"
    process, port = server_process_factory(data_dir)
    url = f"http://127.0.0.1:{port}"
    outcomes: list[tuple[float, str, int, dict[str, Any] | str]] = []
    stop = asyncio.Event()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        tasks = [asyncio.create_task(creator(session, url, n, stop, outcomes)) for n in range(8)]
        await asyncio.sleep(0.4)
        filler = await asyncio.to_thread(fill_disk, small_disk)  # the disk fills up mid-stream
        await asyncio.sleep(1.0)
        process.send_signal(signal.SIGKILL)
        await asyncio.to_thread(process.wait, 10)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 15)
    answered = {key: answer["lead_id"] for _, key, status, answer in outcomes
                if status == 200 and isinstance(answer, dict)}
    refused = {key for _, key, status, answer in outcomes if status == 503}
    assert answered and refused, f"{len(answered)} answered, {len(refused)} refused: the disk never filled"
    assert all("full" in str(answer) for _, _, status, answer in outcomes if status == 503)
    filler.unlink()
    # Room again, unless the crash's WAL holds it (below): either way it starts and serves.
    process, port = server_process_factory(data_dir, any_health=True)
    # The CSV is rebuilt at start, or by the mirror thread soon after. On this 2 MB disk the crash's WAL
    # may itself hold the space (checkpoints need room to grow the database file): then the server
    # still starts and serves, and /healthz says the mirror is degraded and why, never silent.
    async with aiohttp.ClientSession() as session:
        for _ in range(50):
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                state = await response.json(content_type=None)
            if state.get("mirror") == "ok":
                break
            await asyncio.sleep(0.1)
    assert state.get("mirror") == "ok" or "No space left" in state.get("mirror_reason", ""), state
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        names = Counter(row[0] for row in db.execute("SELECT name FROM leads"))
        in_db = {row[0] for row in db.execute("SELECT lead_id FROM leads")}
    assert set(answered.values()) <= in_db, "an answered create is missing"
    assert not {f"Creator {key}" for key in refused} & set(names), "a refused create was written"
    assert max(names.values()) == 1
    lead_rows = csv_rows(data_dir / "crm_leads.csv", LEAD_HEADER)  # header first, no torn line, ever
    if state.get("mirror") == "ok":
        assert {r["lead_id"] for r in lead_rows} == in_db
    else:
        assert {r["lead_id"] for r in lead_rows} <= in_db  # behind, never ahead of the database


async def test_deleting_the_data_dir_mid_stream_makes_every_later_write_a_refusal(
        server_process_factory: Any, tmp_path: Path) -> None:
    import shutil

    data_dir = tmp_path / "crm_data"
    process, port = server_process_factory(data_dir)
    url = f"http://127.0.0.1:{port}"
    outcomes: list[tuple[float, str, int, dict[str, Any] | str]] = []
    stop = asyncio.Event()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        tasks = [asyncio.create_task(creator(session, url, n, stop, outcomes)) for n in range(8)]
        await asyncio.sleep(0.4)
        while data_dir.exists():  # the server may create a file in it while rm -rf runs, as it would
            await asyncio.to_thread(shutil.rmtree, data_dir, True)
        deleted_at = asyncio.get_running_loop().time()
        await asyncio.sleep(0.8)
        process.send_signal(signal.SIGKILL)
        await asyncio.to_thread(process.wait, 10)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 15)
    before = [o for o in outcomes if o[0] < deleted_at - 0.05]
    after = [o for o in outcomes if o[0] > deleted_at]
    assert any(status == 200 for _, _, status, _ in before) and len(after) > 20
    # Not one write sent after the directory was gone was acknowledged: each was refused, and said why.
    assert [o for o in after if o[2] == 200] == []
    assert all(status == 503 and "vanished" in str(answer) for _, _, status, answer in after if status)
