"""Visits in a time range: GET /crm/visits?from=...&to=...&status=... ("what visits do I have tomorrow?").

The range compares instants, not text: a visit booked as 09:30+00:00 is 15:00 in India and belongs to
that Indian day. Every listed visit names its lead (lead_name, lead_city) so the assistant can read
"3 PM, Rohan Sharma in Gurgaon" without a lookup per visit. Real server on loopback, real SQLite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp

from crm_server.csv_mirror import VISIT_HEADER
from crm_server.embedded import EmbeddedServer
from crm_server.models import VisitPage
from crm_server.store import DB_FILENAME, MIGRATIONS
from tests.server.conftest import Api
from tests.server.test_storage import wait_for_csv

DAY = {"from": "2026-11-26T00:00:00+05:30", "to": "2026-11-27T00:00:00+05:30"}


async def book(api: Api, lead: dict[str, Any], when: str) -> dict[str, Any]:
    status, answer, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": when})
    assert status == 200, answer
    return answer


async def listing(api: Api, **query: Any) -> dict[str, Any]:
    status, body, _ = await api.get("/crm/visits?" + urlencode(query))
    assert status == 200, (query, body)
    VisitPage.model_validate(body)
    return body


async def week(api: Api) -> dict[str, dict[str, Any]]:
    """Visits on several days, booked out of time order; one written in UTC that is 3 PM in India."""
    rohan = await api.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
    meera = await api.create_lead("Meera Kapoor", "9876500000", "Noida")
    return {
        "friday": await book(api, rohan, "2026-11-27T11:00:00+05:30"),
        "thu_5pm": await book(api, meera, "2026-11-26T17:00"),  # naive: the server's zone (India)
        "thu_3pm_utc": await book(api, rohan, "2026-11-26T09:30:00+00:00"),
        "wed_late": await book(api, meera, "2026-11-25T23:59:59+05:30"),
        "thu_10am": await book(api, meera, "2026-11-26T10:00:00+05:30"),
        "thu_midnight_next": await book(api, rohan, "2026-11-27T00:00:00+05:30"),  # `to` is exclusive
        "thu_early_utc": await book(api, rohan, "2026-11-25T18:30:00Z"),  # 00:00 on Thursday in India
    }


async def test_a_day_lists_its_visits_by_time_with_the_lead_named(api: Api) -> None:
    made = await week(api)
    body = await listing(api, **DAY)
    ids = [v["visit_id"] for v in body["visits"]]
    assert ids == [made[k]["visit_id"] for k in ("thu_early_utc", "thu_10am", "thu_3pm_utc", "thu_5pm")]
    assert body["next_cursor"] is None
    names = [(v["visit_time"], v["lead_name"], v["lead_city"]) for v in body["visits"]]
    assert names == [
        ("2026-11-25T18:30:00+00:00", "Rohan Sharma", "Gurgaon"),
        ("2026-11-26T10:00:00+05:30", "Meera Kapoor", "Noida"),
        ("2026-11-26T09:30:00+00:00", "Rohan Sharma", "Gurgaon"),
        ("2026-11-26T17:00:00+05:30", "Meera Kapoor", "Noida"),
    ]
    # The same day asked in UTC, and with naive bounds read in the server's zone: the same instants.
    utc = await listing(api, **{"from": "2026-11-25T18:30:00Z", "to": "2026-11-26T18:30:00+00:00"})
    naive = await listing(api, **{"from": "2026-11-26T00:00", "to": "2026-11-27"})
    assert [v["visit_id"] for v in utc["visits"]] == ids == [v["visit_id"] for v in naive["visits"]]
    # A + left unescaped in the URL (curl users) arrives as a space and is still read as the offset.
    status, raw, _ = await api.get("/crm/visits?from=2026-11-26T00:00:00+05:30&to=2026-11-27T00:00:00+05:30")
    assert status == 200 and [v["visit_id"] for v in raw["visits"]] == ids, raw
    # Only one bound: everything from Thursday on, or everything before it, still by time.
    after = await listing(api, **{"from": DAY["from"]})
    assert [v["visit_id"] for v in after["visits"]] == ids + [
        made["thu_midnight_next"]["visit_id"], made["friday"]["visit_id"]]
    before = await listing(api, to=DAY["from"])
    assert [v["visit_id"] for v in before["visits"]] == [made["wed_late"]["visit_id"]]
    # Without from/to: creation order, as before, and every visit still names its lead.
    everything = await listing(api)
    assert [v["visit_id"] for v in everything["visits"]] == [v["visit_id"] for v in made.values()]
    assert {(v["lead_name"], v["lead_city"]) for v in everything["visits"]} == {
        ("Rohan Sharma", "Gurgaon"), ("Meera Kapoor", "Noida")}


async def test_status_filter_and_the_lead_filter_combine_with_the_range(api: Api) -> None:
    made = await week(api)
    status, moved, _ = await api.post("/crm/visits", {
        "lead_id": made["thu_10am"]["lead_id"], "visit_time": "2026-11-26T12:00:00+05:30",
        "replaces": made["thu_10am"]["visit_id"]})
    assert status == 200, moved
    status, _, _ = await api.post(f"/crm/visits/{made['thu_5pm']['visit_id']}/cancel", {"notes": "unwell"})
    assert status == 200
    scheduled = await listing(api, status="SCHEDULED", **DAY)
    assert [v["visit_id"] for v in scheduled["visits"]] == [
        made["thu_early_utc"]["visit_id"], moved["visit_id"], made["thu_3pm_utc"]["visit_id"]]
    cancelled = await listing(api, status="CANCELLED", **DAY)
    assert [(v["visit_id"], v["status_notes"]) for v in cancelled["visits"]] == [
        (made["thu_5pm"]["visit_id"], "unwell")]
    rescheduled = await listing(api, status="RESCHEDULED")  # status alone: creation order
    assert [v["visit_id"] for v in rescheduled["visits"]] == [made["thu_10am"]["visit_id"]]
    meera = await listing(api, lead_id=made["thu_5pm"]["lead_id"], **DAY)
    assert [v["visit_time"] for v in meera["visits"]] == [
        "2026-11-26T10:00:00+05:30", "2026-11-26T12:00:00+05:30", "2026-11-26T17:00:00+05:30"]
    assert {v["lead_name"] for v in meera["visits"]} == {"Meera Kapoor"}


async def test_a_range_pages_by_time_and_a_cursor_keeps_its_order(api: Api) -> None:
    made = await week(api)
    query = {"from": "2026-11-01T00:00:00+05:30", "to": "2026-12-01T00:00:00+05:30", "limit": 3}
    seen: list[str] = []
    cursor = None
    while True:
        page = await listing(api, **query, **({"cursor": cursor} if cursor else {}))
        assert len(page["visits"]) <= 3
        seen += [v["visit_id"] for v in page["visits"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    order = ("wed_late", "thu_early_utc", "thu_10am", "thu_3pm_utc", "thu_5pm", "thu_midnight_next", "friday")
    assert seen == [made[k]["visit_id"] for k in order]
    # A cursor from one order is refused in the other rather than misread.
    by_time = (await listing(api, **query))["next_cursor"]
    by_creation = (await listing(api, limit=3))["next_cursor"]
    for bad in ({"cursor": by_time}, {**query, "cursor": by_creation}):
        status, body, _ = await api.get("/crm/visits?" + urlencode(bad))
        assert status == 422 and body["errors"][0]["field"] == "cursor", (bad, body)


async def test_bad_bounds_and_statuses_are_422_naming_the_field(api: Api) -> None:
    for query, field in (
        ({"from": "tomorrow"}, "from"),
        ({"from": "2026-11-26T00:00:00+05:30", "to": "2026-13-01"}, "to"),
        ({"status": "scheduled"}, "status"),
        ({"status": "DONE", **DAY}, "status"),
    ):
        status, body, headers = await api.get("/crm/visits?" + urlencode(query))
        assert status == 422, (query, body)
        assert headers["Content-Type"].startswith("application/problem+json")
        assert [e["field"] for e in body["errors"]] == [field], (query, body)
    _, spec, _ = await api.get("/openapi.json")
    params = {p["name"]: p for p in spec["paths"]["/crm/visits"]["get"]["parameters"]}
    assert {"from", "to", "status", "lead_id", "limit", "cursor"} <= set(params)
    assert "instants" in params["from"]["description"]
    listed = spec["components"]["schemas"]["ListedVisit"]["properties"]
    assert {"lead_name", "lead_city", "visit_time", "visit_id"} <= set(listed)


async def test_a_schema_3_database_is_migrated_and_its_visits_found_by_time(tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    data_dir.mkdir()
    db = sqlite3.connect(data_dir / DB_FILENAME)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    lead_id = "6f1c0d9e-1111-4222-8333-444455556666"
    db.execute("INSERT INTO leads (lead_id, name, phone, city, source, status, created_at, updated_at)"
               f" VALUES ('{lead_id}', 'Meera Kapoor', '9876500000', 'Noida', NULL, 'NEW',"
               " '2026-11-20T10:00:00.000+00:00', '2026-11-20T10:00:00.000+00:00')")
    old = [  # (visit_id, visit_time), in creation order
        ("aa000001-1111-4222-8333-444455556666", "2026-11-26T15:00:00+05:30"),
        ("aa000002-1111-4222-8333-444455556666", "2026-11-26T04:00:00+00:00"),  # 09:30 in India
        ("aa000003-1111-4222-8333-444455556666", "2026-11-27T10:00:00+05:30"),
        ("aa000004-1111-4222-8333-444455556666", "1900-11-26T12:00:00+05:53:28"),  # strftime cannot read this
    ]
    for visit_id, when in old:
        db.execute("INSERT INTO visits (visit_id, lead_id, visit_time, notes, status, created_at, updated_at)"
                   " VALUES (?, ?, ?, NULL, 'SCHEDULED', '2026-11-20T10:05:00.000+00:00',"
                   " '2026-11-20T10:05:00.000+00:00')", (visit_id, lead_id, when))
    db.commit()
    db.close()
    async with EmbeddedServer(data_dir=data_dir, host="127.0.0.1", port=0) as server:
        async with aiohttp.ClientSession() as session:
            api = Api(session, server.url)
            new = await book(api, {"lead_id": lead_id}, "2026-11-26T12:00")
            day = await listing(api, **DAY)
            assert [v["visit_id"] for v in day["visits"]] == [old[1][0], new["visit_id"], old[0][0]]
            assert {(v["lead_name"], v["lead_city"]) for v in day["visits"]} == {("Meera Kapoor", "Noida")}
            century = await listing(api, **{"from": "1900-11-26T00:00:00+05:30", "to": "1900-11-27"})
            assert [v["visit_id"] for v in century["visits"]] == [old[3][0]]
            everything = await listing(api)
            assert [v["visit_id"] for v in everything["visits"]] == [v for v, _ in old] + [new["visit_id"]]
            # The CSV mirror keeps the reference's columns: no visit_epoch, no lead_name.
            rows = await wait_for_csv(data_dir / "crm_visits.csv", lambda rows: len(rows) == 5)
            assert [list(row) for row in rows] == [VISIT_HEADER] * 5
            assert rows[-1]["visit_id"] == new["visit_id"]
    db = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 4
        assert db.execute("SELECT COUNT(*) FROM visits WHERE visit_epoch IS NULL").fetchone()[0] == 0
        plan = " ".join(str(r) for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT seq FROM visits WHERE visit_epoch >= 0 AND visit_epoch < 10 ORDER BY visit_epoch"))
        assert "visits_epoch" in plan, plan
    finally:
        db.close()
