"""Visits change: cancelled (POST /crm/visits/{id}/cancel) or moved (POST /crm/visits with `replaces`).

A sales person's day is full of "the client can't make it" and "move it to Friday": a CRM that can
only add visits ends up with two visits for one appointment. Real server on loopback, real SQLite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.csv_mirror import VISIT_HEADER
from crm_server.embedded import EmbeddedServer
from crm_server.store import DB_FILENAME, MIGRATIONS
from tests.server.conftest import Api
from tests.server.test_feed import read_events
from tests.server.test_storage import wait_for_csv


async def book(api: Api, lead: dict[str, Any], when: str = "2026-11-26T15:00", notes: str | None = None,
               **extra: Any) -> tuple[int, Any]:
    body = {"lead_id": lead["lead_id"], "visit_time": when, **({"notes": notes} if notes else {}), **extra}
    status, answer, _ = await api.post("/crm/visits", body)
    return status, answer


async def visits_of(api: Api, lead: dict[str, Any]) -> list[dict[str, Any]]:
    status, detail, _ = await api.get(f"/crm/leads/{lead['lead_id']}")
    assert status == 200, detail
    return detail["visits"]


async def test_a_cancelled_visit_says_so_everywhere_and_cannot_be_cancelled_twice(
    crm_server: EmbeddedServer, api: Api
) -> None:
    lead = await api.create_lead()
    _, visit = await book(api, lead, notes="3 BHK")
    status, answer, _ = await api.post(f"/crm/visits/{visit['visit_id'].upper()}/cancel", {"notes": "client travelling"})
    assert status == 200, answer
    assert answer["status"] == "CANCELLED" and answer["old_status"] == "SCHEDULED"
    assert answer["status_notes"] == "client travelling" and answer["notes"] == "3 BHK"  # the visit's own notes stay
    (stored,) = await visits_of(api, lead)
    assert (stored["status"], stored["status_notes"]) == ("CANCELLED", "client travelling")
    _, listed, _ = await api.get(f"/crm/visits?lead_id={lead['lead_id']}")
    assert [v["status"] for v in listed["visits"]] == ["CANCELLED"]

    status, problem, headers = await api.post(f"/crm/visits/{visit['visit_id']}/cancel", {})
    assert status == 409 and headers["Content-Type"].startswith("application/problem+json")
    assert "already CANCELLED" in problem["detail"]

    rows = await wait_for_csv(crm_server.data_dir / "crm_visits.csv", lambda r: r and r[0]["status"] == "CANCELLED")
    assert list(rows[0]) == VISIT_HEADER and len(rows) == 1  # the line changed in place, not a second line


async def test_cancel_answers_clearly_for_an_unknown_visit_and_bad_bodies(crm_server: EmbeddedServer, api: Api) -> None:
    status, problem, _ = await api.post("/crm/visits/0b5c7a4e-0000-4000-8000-000000000000/cancel", {})
    assert status == 404 and "Visit not found" in problem["detail"]
    lead = await api.create_lead()
    _, visit = await book(api, lead)
    status, _, _ = await api.request("POST", f"/crm/visits/{visit['visit_id']}/cancel", data=b"{not json",
                                     headers={"Content-Type": "application/json"})
    assert status == 400
    status, problem, _ = await api.post(f"/crm/visits/{visit['visit_id']}/cancel", {"notes": 5})
    assert status == 422 and problem["errors"][0]["field"] == "notes"
    (stored,) = await visits_of(api, lead)
    assert stored["status"] == "SCHEDULED"  # nothing written by the refused requests


async def test_a_retried_cancel_with_its_idempotency_key_gets_the_first_answer_not_a_conflict(api: Api) -> None:
    lead = await api.create_lead()
    _, visit = await book(api, lead)
    path = f"/crm/visits/{visit['visit_id']}/cancel"
    first = await api.post(path, {"notes": "rain"}, headers={"Idempotency-Key": "cancel-1"})
    again = await api.post(path, {"notes": "rain"}, headers={"Idempotency-Key": "cancel-1"})
    assert first[0] == again[0] == 200 and first[1] == again[1]
    assert again[2].get("Idempotent-Replayed") == "true"


async def test_moving_a_visit_books_the_new_time_and_marks_the_old_one_rescheduled_in_one_write(api: Api) -> None:
    lead = await api.create_lead()
    _, old = await book(api, lead, when="2026-11-26T15:00", notes="3 BHK")
    status, new = await book(api, lead, when="2026-11-27T17:00", notes="3 BHK", replaces=old["visit_id"])
    assert status == 200, new
    assert new["status"] == "SCHEDULED" and new["replaces"] == old["visit_id"]
    first, second = await visits_of(api, lead)
    assert (first["visit_id"], first["status"]) == (old["visit_id"], "RESCHEDULED")
    assert first["status_notes"] == "moved to 2026-11-27T17:00:00+05:30"
    assert (second["visit_id"], second["status"], second["visit_time"]) == (
        new["visit_id"], "SCHEDULED", "2026-11-27T17:00:00+05:30")

    # The old one is gone from the schedule: it cannot be moved or cancelled again.
    status, problem = await book(api, lead, when="2026-11-28T11:00", replaces=old["visit_id"])
    assert status == 409 and "already RESCHEDULED" in problem["detail"]
    assert len(await visits_of(api, lead)) == 2  # the refused move booked nothing


async def test_a_move_that_names_another_leads_visit_or_none_is_refused_and_books_nothing(api: Api) -> None:
    rohan = await api.create_lead()
    priya = await api.create_lead(name="Priya Nair", phone="9811122233", city="Pune")
    _, priyas = await book(api, priya)
    status, problem = await book(api, rohan, when="2026-11-27T17:00", replaces=priyas["visit_id"])
    assert status == 409 and "another lead" in problem["detail"]
    status, problem = await book(api, rohan, when="2026-11-27T17:00", replaces="0b5c7a4e-0000-4000-8000-000000000000")
    assert status == 404 and "Visit not found" in problem["detail"]
    assert await visits_of(api, rohan) == []
    assert [v["status"] for v in await visits_of(api, priya)] == ["SCHEDULED"]


async def test_the_feed_tells_every_client_which_visit_changed_and_how(crm_server: EmbeddedServer, api: Api) -> None:
    lead = await api.create_lead()
    _, first = await book(api, lead)
    async with api.session.get(crm_server.url + "/crm/events") as feed:
        _, moved = await book(api, lead, when="2026-11-27T17:00", replaces=first["visit_id"])
        await api.post(f"/crm/visits/{moved['visit_id']}/cancel", {"notes": "bought elsewhere"})
        events = await read_events(feed, 3)
    assert [e["event"] for e in events] == ["visit.status_changed", "visit.scheduled", "visit.status_changed"]
    rescheduled, scheduled, cancelled = (e["data"] for e in events)
    assert (rescheduled["visit_id"], rescheduled["old_status"], rescheduled["status"]) == (
        first["visit_id"], "SCHEDULED", "RESCHEDULED")
    assert scheduled["replaces"] == first["visit_id"]
    assert (cancelled["visit_id"], cancelled["status"], cancelled["status_notes"]) == (
        moved["visit_id"], "CANCELLED", "bought elsewhere")
    assert {e["data"]["lead_name"] for e in events} == {"Rohan Sharma"}


async def test_a_database_from_before_visit_changes_is_migrated_and_keeps_its_visits(tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    data_dir.mkdir()
    db = sqlite3.connect(data_dir / DB_FILENAME)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    db.execute("INSERT INTO leads (lead_id, name, phone, city, source, status, created_at, updated_at)"
               " VALUES ('6f1c0d9e-1111-4222-8333-444455556666', 'Meera Kapoor', '9876500000', 'Noida', NULL, 'NEW',"
               " '2026-11-20T10:00:00.000+00:00', '2026-11-20T10:00:00.000+00:00')")
    db.execute("INSERT INTO visits (visit_id, lead_id, visit_time, notes, status, created_at) VALUES"
               " ('aa11bb22-1111-4222-8333-444455556666', '6f1c0d9e-1111-4222-8333-444455556666',"
               " '2026-11-26T15:00:00+05:30', 'villa', 'SCHEDULED', '2026-11-20T10:05:00.000+00:00')")
    db.commit()
    db.close()
    async with EmbeddedServer(data_dir=data_dir, host="127.0.0.1", port=0) as server:
        async with aiohttp.ClientSession() as session:
            api = Api(session, server.url)
            (visit,) = await visits_of(api, {"lead_id": "6f1c0d9e-1111-4222-8333-444455556666"})
            assert visit["updated_at"] == visit["created_at"] and visit["notes"] == "villa"
            status, answer, _ = await api.post(f"/crm/visits/{visit['visit_id']}/cancel", {})
            assert status == 200 and answer["status"] == "CANCELLED"
