"""The reference API contract, case by case, against a real server on a loopback port."""

from __future__ import annotations

import uuid
from datetime import datetime

from tests.server.conftest import Api


async def test_create_lead_answers_lead_id_and_new(api: Api) -> None:
    status, body, headers = await api.post(
        "/crm/leads", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon", "source": "Instagram"}
    )
    assert status == 200
    assert headers["Content-Type"].startswith("application/json")
    assert body["status"] == "NEW"
    assert uuid.UUID(body["lead_id"])
    assert (body["name"], body["phone"], body["city"], body["source"]) == ("Rohan Sharma", "9876543210", "Gurgaon", "Instagram")
    assert datetime.fromisoformat(body["created_at"]).tzinfo is not None


async def test_source_is_optional(api: Api) -> None:
    lead = await api.create_lead(name="Asha", phone="8123456789", city="Pune")
    assert lead["source"] is None and lead["status"] == "NEW"


async def test_schedule_visit_answers_visit_id_and_scheduled(api: Api) -> None:
    lead = await api.create_lead()
    status, body, _ = await api.post(
        "/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00:00+05:30", "notes": "site visit"}
    )
    assert status == 200
    assert body["status"] == "SCHEDULED"
    assert uuid.UUID(body["visit_id"])
    assert body["lead_id"] == lead["lead_id"]
    assert body["visit_time"] == "2026-11-26T15:00:00+05:30"
    assert body["notes"] == "site visit"


async def test_visit_time_is_normalised_with_offset_and_seconds(api: Api) -> None:
    lead = await api.create_lead()
    answers = {}
    for given in ("2026-11-26T15:00", "2026-11-26T09:30:00Z", "2026-11-26 15:00:45.250+05:30"):
        status, body, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": given})
        assert status == 200, body
        answers[given] = body["visit_time"]
    # A naive time is read in CRM_TIMEZONE (Asia/Kolkata by default).
    assert answers["2026-11-26T15:00"] == "2026-11-26T15:00:00+05:30"
    assert answers["2026-11-26T09:30:00Z"] == "2026-11-26T09:30:00+00:00"
    assert answers["2026-11-26 15:00:45.250+05:30"] == "2026-11-26T15:00:45+05:30"


async def test_update_status_answers_lead_id_and_status(api: Api) -> None:
    lead = await api.create_lead()
    for new_status in ("IN_PROGRESS", "FOLLOW_UP", "WON", "LOST", "NEW"):
        status, body, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": new_status, "notes": "called"})
        assert status == 200
        assert body["lead_id"] == lead["lead_id"]
        assert body["status"] == new_status


async def test_unknown_lead_is_404_lead_not_found(api: Api) -> None:
    missing = str(uuid.uuid4())
    for method, path, payload in (
        ("POST", f"/crm/leads/{missing}/status", {"status": "WON"}),
        ("POST", "/crm/visits", {"lead_id": missing, "visit_time": "2026-11-26T15:00:00+05:30"}),
        ("GET", f"/crm/leads/{missing}", None),
    ):
        status, body, headers = await api.request(method, path, json=payload)
        assert status == 404, (method, path)
        assert headers["Content-Type"].startswith("application/problem+json")
        assert "Lead not found" in body["detail"]


async def test_missing_fields_are_422(api: Api) -> None:
    lead = await api.create_lead()
    cases = [
        ("/crm/leads", {"phone": "9876543210", "city": "Gurgaon"}, "name"),
        ("/crm/leads", {"name": "A", "city": "Gurgaon"}, "phone"),
        ("/crm/leads", {"name": "A", "phone": "9876543210"}, "city"),
        ("/crm/visits", {"visit_time": "2026-11-26T15:00:00+05:30"}, "lead_id"),
        ("/crm/visits", {"lead_id": lead["lead_id"]}, "visit_time"),
        (f"/crm/leads/{lead['lead_id']}/status", {"notes": "x"}, "status"),
    ]
    for path, payload, field in cases:
        status, body, _ = await api.post(path, payload)
        assert status == 422, (path, payload)
        assert [e["field"] for e in body["errors"]] == [field]
        assert field in body["detail"]


async def test_status_outside_the_five_or_wrong_case_is_422(api: Api) -> None:
    lead = await api.create_lead()
    for bad in ("won", "Won", "CLOSED", "", "NEW "):
        status, body, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": bad})
        assert status == 422, bad
        assert body["errors"][0]["field"] == "status"
    _, detail, _ = await api.get(f"/crm/leads/{lead['lead_id']}")
    assert detail["status"] == "NEW" and detail["status_history"] == []


async def test_unparseable_visit_time_is_422(api: Api) -> None:
    lead = await api.create_lead()
    for bad in ("tomorrow at 3", "2026-13-40T25:00", "", "26/11/2026 15:00", "2026-11-26T15:00+99:00"):
        status, body, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": bad})
        assert status == 422, bad
        assert body["errors"][0]["field"] == "visit_time"


async def test_lists_answer_leads_and_visits(api: Api) -> None:
    first = await api.create_lead(name="One", phone="9000000001")
    second = await api.create_lead(name="Two", phone="9000000002")
    await api.post("/crm/visits", {"lead_id": second["lead_id"], "visit_time": "2026-11-26T15:00:00+05:30"})
    status, body, _ = await api.get("/crm/leads")
    assert status == 200
    assert [lead["lead_id"] for lead in body["leads"]] == [first["lead_id"], second["lead_id"]]
    status, body, _ = await api.get("/crm/visits")
    assert status == 200
    assert [visit["lead_id"] for visit in body["visits"]] == [second["lead_id"]]
    assert set(body["visits"][0]) >= {"visit_id", "lead_id", "visit_time", "notes", "status", "created_at"}


async def test_a_lead_id_in_capitals_finds_its_lead(api: Api) -> None:
    """UUIDs are case-insensitive (RFC 9562): an id copied in capitals from a spreadsheet still works."""
    lead = await api.create_lead()
    shouted = lead["lead_id"].upper()
    status, detail, _ = await api.get(f"/crm/leads/{shouted}")
    assert status == 200 and detail["lead_id"] == lead["lead_id"]
    status, visit, _ = await api.post("/crm/visits", {"lead_id": shouted, "visit_time": "2026-11-26T15:00"})
    assert status == 200 and visit["lead_id"] == lead["lead_id"]
    status, updated, _ = await api.post(f"/crm/leads/{shouted}/status", {"status": "WON"})
    assert status == 200 and updated["lead_id"] == lead["lead_id"]
    _, visits, _ = await api.get("/crm/visits", params={"lead_id": shouted})
    assert [v["visit_id"] for v in visits["visits"]] == [visit["visit_id"]]
