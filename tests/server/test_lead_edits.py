"""Mistakes can be fixed: PATCH a lead (If-Match/ETag, field history), archive and restore it (soft delete,
its visits cancelled in the same commit), archived leads hidden from lists and search; every change on
the feed and in the CSV mirror; Idempotency-Key on each new route. Real server on loopback, real SQLite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from crm_server.csv_mirror import CHANGE_HEADER, LEAD_HEADER
from crm_server.embedded import EmbeddedServer
from crm_server.store import DB_FILENAME, MIGRATIONS
from tests.server.conftest import Api, wait_mirror_settled
from tests.server.test_feed import read_events
from tests.server.test_storage import wait_for_csv


async def patch(api: Api, lead_id: str, body: Any, **headers: str) -> tuple[int, Any, Any]:
    return await api.request("PATCH", f"/crm/leads/{lead_id}", json=body, headers=headers)


async def detail(api: Api, lead_id: str) -> tuple[dict[str, Any], str]:
    status, lead, headers = await api.get(f"/crm/leads/{lead_id}")
    assert status == 200, lead
    return lead, headers["ETag"]


async def test_an_edit_is_validated_and_normalised_like_a_create_and_kept_in_the_field_history(api: Api) -> None:
    lead = await api.create_lead("Neha Kapoor Frm", "9876543210", "Gurgaon", source="99acres")
    assert (lead["version"], lead["archived"]) == (1, False)
    status, edited, headers = await patch(api, lead["lead_id"], {"name": "  Neha Kapoor ", "phone": "+91 98111-22233",
                                                                 "source": "MagicBricks"}, **{"X-Actor": "assistant"})
    assert status == 200, edited
    assert (edited["name"], edited["phone"], edited["city"], edited["source"]) == (
        "Neha Kapoor", "9811122233", "Gurgaon", "MagicBricks")
    assert edited["version"] == 2 and headers["ETag"] == '"2"'
    assert edited["changes"] == [
        {"field": "name", "old_value": "Neha Kapoor Frm", "new_value": "Neha Kapoor"},
        {"field": "phone", "old_value": "9876543210", "new_value": "9811122233"},
        {"field": "source", "old_value": "99acres", "new_value": "MagicBricks"},
    ]
    stored, etag = await detail(api, lead["lead_id"])
    assert etag == '"2"' and stored["name"] == "Neha Kapoor" and stored["status"] == "NEW"
    assert [(h["field"], h["old_value"], h["new_value"], h["changed_by"]) for h in stored["field_history"]] == [
        ("name", "Neha Kapoor Frm", "Neha Kapoor", "assistant"),
        ("phone", "9876543210", "9811122233", "assistant"),
        ("source", "99acres", "MagicBricks", "assistant"),
    ]
    # The source can be cleared; values already the lead's change nothing.
    status, edited, _ = await patch(api, lead["lead_id"], {"source": None, "city": "Gurgaon"})
    assert status == 200 and edited["source"] is None and edited["version"] == 3
    assert edited["changes"] == [{"field": "source", "old_value": "MagicBricks", "new_value": None}]
    status, same, _ = await patch(api, lead["lead_id"], {"city": "Gurgaon"})
    assert status == 200 and same["changes"] == [] and same["version"] == 3
    stored, _ = await detail(api, lead["lead_id"])
    assert stored["field_history"][-1]["changed_by"] == "api"  # no X-Actor header
    assert len(stored["field_history"]) == 4


async def test_bad_edits_are_refused_with_the_field_and_write_nothing(api: Api) -> None:
    lead = await api.create_lead()
    for body, field in (({"phone": "12345"}, "phone"), ({"name": ""}, "name"), ({"name": None}, "body"),
                        ({"status": "WON"}, "status"), ({}, "body"), ({"city": "Noida\nx"}, "city")):
        status, problem, headers = await patch(api, lead["lead_id"], body)
        assert status == 422, (body, problem)
        assert headers["Content-Type"].startswith("application/problem+json")
        assert problem["errors"][0]["field"] == field, (body, problem)
    status, problem, _ = await patch(api, "0b5c7a4e-0000-4000-8000-000000000000", {"name": "X"})
    assert status == 404 and "Lead not found" in problem["detail"]
    stored, etag = await detail(api, lead["lead_id"])
    assert etag == '"1"' and stored["field_history"] == [] and stored["name"] == "Rohan Sharma"


async def test_if_match_with_a_stale_version_is_412_and_changes_nothing(api: Api) -> None:
    lead = await api.create_lead()
    _, etag = await detail(api, lead["lead_id"])
    # Someone else changes the lead after we read it.
    assert (await patch(api, lead["lead_id"], {"city": "Noida"}, **{"If-Match": etag}))[0] == 200
    status, problem, headers = await patch(api, lead["lead_id"], {"city": "Delhi"}, **{"If-Match": etag})
    assert status == 412 and headers["ETag"] == '"2"' and "changed meanwhile" in problem["detail"]
    status, _, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"},
                                  headers={"If-Match": etag})
    assert status == 412
    status, _, _ = await api.post(f"/crm/leads/{lead['lead_id']}/archive", headers={"If-Match": "W/\"1\", \"7\""})
    assert status == 412
    stored, etag_now = await detail(api, lead["lead_id"])
    assert (stored["city"], stored["status"], stored["archived"], etag_now) == ("Noida", "NEW", False, '"2"')
    # The current tag, a weak form of it, or * go through; a status change moves the version too.
    status, changed, headers = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"},
                                              headers={"If-Match": 'W/"2"'})
    assert status == 200 and changed["version"] == 3 and headers["ETag"] == '"3"'
    assert (await patch(api, lead["lead_id"], {"city": "Delhi"}, **{"If-Match": "*"}))[0] == 200


async def test_a_new_phone_that_another_lead_has_is_warned_about(api: Api) -> None:
    first = await api.create_lead("Rohan Sharma", "9876543210")
    other = await api.create_lead("Priya Singh", "9811122233")
    _, edited, _ = await patch(api, other["lead_id"], {"phone": "98765 43210"})
    assert [d["lead_id"] for d in edited["possible_duplicates"]] == [first["lead_id"]]
    _, renamed, _ = await patch(api, other["lead_id"], {"name": "Priya Singhania"})
    assert renamed["possible_duplicates"] == []  # the phone did not change: nothing to warn about


async def test_archive_hides_the_lead_cancels_its_visits_and_restore_brings_it_back_without_them(
    crm_server: EmbeddedServer, api: Api
) -> None:
    banao = await api.create_lead("Banao", "9876543210", "Jaipur")
    keep = await api.create_lead("Banao Builders", "9811122233", "Jaipur")
    _, visit, _ = await api.post("/crm/visits", {"lead_id": banao["lead_id"], "visit_time": "2026-11-26T15:00"})
    status, archived, headers = await api.post(f"/crm/leads/{banao['lead_id']}/archive",
                                               headers={"X-Actor": "dashboard"})
    assert status == 200, archived
    assert archived["archived"] is True and archived["archived_at"] and headers["ETag"] == '"2"'
    assert [(v["visit_id"], v["status"], v["status_notes"]) for v in archived["cancelled_visits"]] == [
        (visit["visit_id"], "CANCELLED", "lead archived")]

    async def names(query: str) -> list[str]:
        _, page, _ = await api.get(f"/crm/leads{query}")
        return [lead["name"] for lead in page["leads"]]

    assert await names("") == ["Banao Builders"]
    assert await names("?q=banao") == ["Banao Builders"]
    assert await names("?q=98765") == []
    assert await names("?archived=include") == ["Banao", "Banao Builders"]
    assert await names("?archived=only&q=banao") == ["Banao"]
    assert (await api.get("/crm/leads?archived=maybe"))[0] == 422
    stored, _ = await detail(api, banao["lead_id"])  # still there by id: nothing is destroyed
    assert stored["archived"] and stored["visits"][0]["status"] == "CANCELLED"

    # An archived lead takes no writes until it is restored; archiving twice is a conflict.
    for path, body in ((f"/crm/leads/{banao['lead_id']}/archive", None),
                       (f"/crm/leads/{banao['lead_id']}/status", {"status": "WON"}),
                       ("/crm/visits", {"lead_id": banao["lead_id"], "visit_time": "2026-11-27T15:00"})):
        status, problem, _ = await api.post(path, body)
        assert status == 409, (path, problem)
    assert (await patch(api, banao["lead_id"], {"name": "Banao Jain"}))[0] == 409
    # A new lead with the archived lead's phone is not warned about it.
    again = await api.create_lead("Banao Jain", "9876543210", "Jaipur")
    assert again["possible_duplicates"] == []

    status, restored, _ = await api.post(f"/crm/leads/{banao['lead_id']}/restore", {"notes": "not a duplicate"})
    assert status == 200 and restored["archived"] is False and restored["archived_at"] is None
    assert restored["cancelled_visits"] == [] and restored["version"] == 3
    assert (await api.post(f"/crm/leads/{banao['lead_id']}/restore"))[0] == 409
    stored, _ = await detail(api, banao["lead_id"])
    assert stored["visits"][0]["status"] == "CANCELLED"  # not silently revived
    assert [(h["field"], h["old_value"], h["new_value"], h["changed_by"]) for h in stored["field_history"]] == [
        ("archived", "false", "true", "dashboard"), ("archived", "true", "false", "api")]
    assert "Banao" in await names("?q=banao")
    assert keep["lead_id"]


async def test_edits_archives_and_restores_are_on_the_feed_and_in_the_csv(crm_server: EmbeddedServer, api: Api) -> None:
    data_dir = crm_server.data_dir
    lead = await api.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
    _, visit, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"})
    async with api.session.get(crm_server.url + "/crm/events") as feed:
        await patch(api, lead["lead_id"], {"city": "Noida"}, **{"X-Actor": "assistant"})
        await api.post(f"/crm/leads/{lead['lead_id']}/archive", {"notes": "duplicate"})
        await api.post(f"/crm/leads/{lead['lead_id']}/restore")
        events = await read_events(feed, 4)
    assert [e["event"] for e in events] == ["lead.updated", "visit.status_changed", "lead.archived", "lead.restored"]
    assert events[0]["data"]["changes"] == [{"field": "city", "old_value": "Gurgaon", "new_value": "Noida"}]
    assert events[0]["data"]["changed_by"] == "assistant"
    assert events[1]["data"]["visit_id"] == visit["visit_id"]
    assert events[1]["data"]["status_notes"] == "lead archived: duplicate"
    assert events[2]["data"]["archived"] is True and events[3]["data"]["archived"] is False
    assert [int(e["id"]) for e in events] == sorted(int(e["id"]) for e in events)

    await api.post(f"/crm/leads/{lead['lead_id']}/archive")
    leads = await wait_for_csv(data_dir / "crm_leads.csv", lambda rows: rows and rows[0]["archived"] == "true")
    assert list(leads[0]) == LEAD_HEADER and len(leads) == 1  # the line changed in place
    assert (leads[0]["city"], leads[0]["archived"]) == ("Noida", "true")
    changes = await wait_for_csv(data_dir / "crm_lead_changes.csv", lambda rows: len(rows) == 4)
    assert list(changes[0]) == CHANGE_HEADER
    assert [(r["field"], r["old_value"], r["new_value"], r["changed_by"]) for r in changes] == [
        ("city", "Gurgaon", "Noida", "assistant"), ("archived", "false", "true", "api"),
        ("archived", "true", "false", "api"), ("archived", "false", "true", "api")]
    visits = await wait_for_csv(data_dir / "crm_visits.csv", lambda rows: rows and rows[0]["status"] == "CANCELLED")
    assert visits[0]["status"] == "CANCELLED"


async def test_the_csv_files_are_rebuilt_with_the_archive_flag_and_field_history_after_a_restart(
    tmp_path: Path,
) -> None:
    import aiohttp

    data_dir = tmp_path / "crm_data"
    server = EmbeddedServer(data_dir=data_dir, host="127.0.0.1", port=0, log_format="quiet")
    await server.start()
    try:
        async with aiohttp.ClientSession() as session:
            api = Api(session, server.url)
            lead = await api.create_lead()
            await patch(api, lead["lead_id"], {"name": "Rohan Verma"})
            await api.post(f"/crm/leads/{lead['lead_id']}/archive")
    finally:
        await server.stop()
    (data_dir / "crm_leads.csv").write_text("garbage\n")
    (data_dir / "crm_lead_changes.csv").unlink()
    server = EmbeddedServer(data_dir=data_dir, host="127.0.0.1", port=0, log_format="quiet")
    await server.start()
    try:
        assert await wait_mirror_settled(server.url) == "ok"
        leads = await wait_for_csv(data_dir / "crm_leads.csv", bool)
        assert [(r["name"], r["archived"]) for r in leads] == [("Rohan Verma", "true")]
        changes = await wait_for_csv(data_dir / "crm_lead_changes.csv", bool)
        assert [r["field"] for r in changes] == ["name", "archived"]
    finally:
        await server.stop()


async def test_each_new_route_replays_a_retry_with_its_idempotency_key(api: Api) -> None:
    lead = await api.create_lead()
    lead_id = lead["lead_id"]
    first = await patch(api, lead_id, {"city": "Noida"}, **{"Idempotency-Key": "edit-1"})
    again = await patch(api, lead_id, {"city": "Noida"}, **{"Idempotency-Key": "edit-1"})
    assert first[0] == again[0] == 200 and first[1] == again[1] and again[2]["Idempotent-Replayed"] == "true"
    other = await patch(api, lead_id, {"city": "Delhi"}, **{"Idempotency-Key": "edit-1"})
    assert other[0] == 422 and other[1]["errors"][0]["field"] == "Idempotency-Key"
    for action in ("archive", "restore"):
        path = f"/crm/leads/{lead_id}/{action}"
        first = await api.post(path, headers={"Idempotency-Key": f"{action}-1"})
        again = await api.post(path, headers={"Idempotency-Key": f"{action}-1"})
        assert first[0] == again[0] == 200, (action, first, again)  # not 409 "already archived"
        assert first[1] == again[1] and again[2]["Idempotent-Replayed"] == "true"
    stored, etag = await detail(api, lead_id)
    assert etag == '"4"' and [h["field"] for h in stored["field_history"]] == ["city", "archived", "archived"]


async def test_openapi_describes_the_new_routes_from_the_models(api: Api) -> None:
    _, document, _ = await api.get("/openapi.json")
    paths = document["paths"]
    assert "412" in paths["/crm/leads/{lead_id}"]["patch"]["responses"]
    assert {"LeadEdit", "LeadUpdated", "LeadArchived", "FieldChange"} <= set(document["components"]["schemas"])
    assert "field_history" in document["components"]["schemas"]["LeadDetail"]["properties"]
    for action in ("archive", "restore"):
        operation = paths[f"/crm/leads/{{lead_id}}/{action}"]["post"]
        assert operation["requestBody"]["required"] is False
        assert "Idempotency-Key" in [p["name"] for p in operation["parameters"]]
    archived = [p for p in paths["/crm/leads"]["get"]["parameters"] if p["name"] == "archived"]
    assert archived and archived[0]["schema"]["enum"] == ["exclude", "include", "only"]


async def test_a_schema_4_database_is_migrated_with_its_leads_unchanged_and_live(tmp_path: Path) -> None:
    data_dir = tmp_path / "crm_data"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        for number, script in enumerate(MIGRATIONS[:4], start=1):
            db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
        db.execute("INSERT INTO leads (lead_id, name, phone, city, source, status, created_at, updated_at) VALUES"
                   " ('0b5c7a4e-0000-4000-8000-000000000001', 'Old Lead', '9876543210', 'Pune', NULL, 'NEW',"
                   " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')")
    server = EmbeddedServer(data_dir=data_dir, host="127.0.0.1", port=0, log_format="quiet")
    await server.start()
    try:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            api = Api(session, server.url)
            _, page, _ = await api.get("/crm/leads")
            assert [(lead["name"], lead["version"], lead["archived"]) for lead in page["leads"]] == [
                ("Old Lead", 1, False)]
            status, edited, _ = await patch(api, "0b5c7a4e-0000-4000-8000-000000000001", {"city": "Mumbai"},
                                            **{"If-Match": '"1"'})
            assert status == 200 and edited["version"] == 2
    finally:
        await server.stop()
