"""What the CRM adds to the reference: lead detail, search and pages, duplicates, idempotency, auth,
health and the OpenAPI document."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from crm_server.embedded import EmbeddedServer
from crm_server.models import LeadCreated, LeadDetail, LeadPage, StatusUpdated, Visit, VisitPage
from tests.server.conftest import Api, wait_mirror_settled


async def test_lead_detail_has_visits_and_status_history(api: Api) -> None:
    lead = await api.create_lead()
    lead_id = lead["lead_id"]
    await api.post("/crm/visits", {"lead_id": lead_id, "visit_time": "2026-11-26T15:00:00+05:30", "notes": "flat 3B"})
    await api.post(f"/crm/leads/{lead_id}/status", {"status": "IN_PROGRESS", "notes": "interested"})
    await api.post(f"/crm/leads/{lead_id}/status", {"status": "WON"})
    status, detail, _ = await api.get(f"/crm/leads/{lead_id}")
    assert status == 200
    LeadDetail.model_validate(detail)
    assert detail["status"] == "WON"
    assert [v["notes"] for v in detail["visits"]] == ["flat 3B"]
    assert [(h["old_status"], h["new_status"], h["notes"]) for h in detail["status_history"]] == [
        ("NEW", "IN_PROGRESS", "interested"),
        ("IN_PROGRESS", "WON", None),
    ]
    assert detail["updated_at"] > detail["created_at"]


async def test_answers_match_their_models(api: Api) -> None:
    created = await api.create_lead()
    LeadCreated.model_validate(created)
    _, visit, _ = await api.post("/crm/visits", {"lead_id": created["lead_id"], "visit_time": "2026-11-26T15:00"})
    Visit.model_validate(visit)
    _, updated, _ = await api.post(f"/crm/leads/{created['lead_id']}/status", {"status": "WON"})
    StatusUpdated.model_validate(updated)
    assert updated["old_status"] == "NEW"
    LeadPage.model_validate((await api.get("/crm/leads"))[1])
    VisitPage.model_validate((await api.get("/crm/visits"))[1])


async def test_phone_is_stored_normalised_and_duplicates_are_listed(api: Api) -> None:
    first = await api.create_lead(name="Rohan Sharma", phone="+91 98765 43210")
    assert first["phone"] == "9876543210"
    assert first["possible_duplicates"] == []
    second = await api.create_lead(name="Rohan S", phone="098765-43210")
    third = await api.create_lead(name="R Sharma", phone="919876543210")
    assert second["phone"] == third["phone"] == "9876543210"
    assert [d["lead_id"] for d in second["possible_duplicates"]] == [first["lead_id"]]
    assert [d["lead_id"] for d in third["possible_duplicates"]] == [first["lead_id"], second["lead_id"]]
    other = await api.create_lead(name="Someone Else", phone="9123456789")
    assert other["possible_duplicates"] == []
    # Digits of other scripts (a Hindi transcript, a phone keyboard) and every dialling prefix people
    # write are the same number.
    for spelled in ("+९१ ९८७६५ ४३२१०", "９８７６５４３２１０", "0091 98765 43210", "+91 0 98765 43210",
                    "(+91) 98765-43210"):
        again = await api.create_lead(name="Rohan", phone=spelled)
        assert again["phone"] == "9876543210"
        assert first["lead_id"] in [d["lead_id"] for d in again["possible_duplicates"]]
    _, found, _ = await api.get("/crm/leads", params={"q": "९८७६५"})
    assert first["lead_id"] in [lead["lead_id"] for lead in found["leads"]]


async def test_search_and_filters(api: Api) -> None:
    rohan = await api.create_lead(name="Rohan Sharma", phone="9876543210", city="Gurgaon")
    priya = await api.create_lead(name="Priya Nair", phone="9123456789", city="Kochi")
    amit = await api.create_lead(name="Amit Rohatgi", phone="8000000001", city="gurgaon")
    await api.post(f"/crm/leads/{priya['lead_id']}/status", {"status": "WON"})

    async def ids(query: str) -> list[str]:
        status, body, _ = await api.get(f"/crm/leads?{query}")
        assert status == 200, body
        return [lead["lead_id"] for lead in body["leads"]]

    assert await ids("q=roh") == [rohan["lead_id"], amit["lead_id"]]  # name, any case
    assert await ids("q=kochi") == [priya["lead_id"]]  # city
    assert await ids("q=%2B91%2098765") == [rohan["lead_id"]]  # phone, as people write it
    assert await ids("q=43210") == [rohan["lead_id"]]
    assert await ids(f"q={priya['lead_id'][:8]}") == [priya["lead_id"]]  # id prefix
    assert await ids("status=WON") == [priya["lead_id"]]
    assert await ids("city=GURGAON") == [rohan["lead_id"], amit["lead_id"]]
    assert await ids("city=Gurgaon&status=NEW&q=amit") == [amit["lead_id"]]
    assert await ids("q=100%25") == []  # LIKE wildcards are literal
    assert await ids("q=nobody") == []


async def test_cursor_pagination_walks_every_lead_once(api: Api) -> None:
    made = [(await api.create_lead(name=f"Lead {i}", phone=f"90000000{i:02d}"))["lead_id"] for i in range(25)]
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        query = "limit=10" + (f"&cursor={cursor}" if cursor else "")
        status, body, _ = await api.get(f"/crm/leads?{query}")
        assert status == 200
        seen += [lead["lead_id"] for lead in body["leads"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == made and pages == 3
    _, body, _ = await api.get("/crm/leads")
    assert len(body["leads"]) == 25 and body["next_cursor"] is None  # default limit is 100


async def test_order_newest_walks_every_lead_once_newest_first(api: Api) -> None:
    made = [(await api.create_lead(name=f"Lead {i}", phone=f"90000000{i:02d}"))["lead_id"] for i in range(25)]
    seen: list[str] = []
    cursor = None
    while True:
        query = "order=newest&limit=10" + (f"&cursor={cursor}" if cursor else "")
        status, body, _ = await api.get(f"/crm/leads?{query}")
        assert status == 200, body
        seen += [lead["lead_id"] for lead in body["leads"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == made[::-1]
    # Filters and search keep the order.
    _, body, _ = await api.get("/crm/leads?order=newest&q=Lead%201&limit=3")
    assert [lead["name"] for lead in body["leads"]] == ["Lead 19", "Lead 18", "Lead 17"]
    # The default is unchanged (oldest first), and order=oldest says so explicitly.
    for query in ("limit=3", "order=oldest&limit=3"):
        _, body, _ = await api.get(f"/crm/leads?{query}")
        assert [lead["lead_id"] for lead in body["leads"]] == made[:3]
    # A cursor continues the order it came from; with the other order it is refused, not misread.
    _, newest_page, _ = await api.get("/crm/leads?order=newest&limit=10")
    _, oldest_page, _ = await api.get("/crm/leads?limit=10")
    for query in (f"cursor={newest_page['next_cursor']}", f"order=newest&cursor={oldest_page['next_cursor']}"):
        status, body, _ = await api.get(f"/crm/leads?{query}")
        assert status == 422 and body["errors"][0]["field"] == "cursor", (query, body)
    status, body, _ = await api.get("/crm/leads?order=latest")
    assert status == 422 and body["errors"][0]["field"] == "order", body
    _, spec, _ = await api.get("/openapi.json")
    params = {p["name"]: p for p in spec["paths"]["/crm/leads"]["get"]["parameters"]}
    assert params["order"]["schema"]["enum"] == ["oldest", "newest"]
    assert params["order"]["schema"]["default"] == "oldest"


async def test_visits_filter_by_lead(api: Api) -> None:
    a = await api.create_lead(name="A", phone="9000000001")
    b = await api.create_lead(name="B", phone="9000000002")
    for lead, when in ((a, "2026-11-26T10:00"), (b, "2026-11-26T11:00"), (a, "2026-11-27T10:00")):
        await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": when})
    _, body, _ = await api.get(f"/crm/visits?lead_id={a['lead_id']}")
    assert [v["visit_time"] for v in body["visits"]] == ["2026-11-26T10:00:00+05:30", "2026-11-27T10:00:00+05:30"]
    _, body, _ = await api.get("/crm/visits?limit=2")
    assert len(body["visits"]) == 2 and body["next_cursor"]
    _, rest, _ = await api.get(f"/crm/visits?limit=2&cursor={body['next_cursor']}")
    assert [v["lead_id"] for v in rest["visits"]] == [a["lead_id"]] and rest["next_cursor"] is None


async def test_idempotency_key_replays_the_first_answer_and_writes_nothing(api: Api) -> None:
    payload = {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}
    key = {"Idempotency-Key": "create-rohan-1"}
    status, first, _ = await api.post("/crm/leads", payload, headers=key)
    assert status == 200
    # Same body re-serialised differently is still the same body.
    reordered = '{"city": "Gurgaon",  "phone": "9876543210", "name": "Rohan Sharma"}'
    status, again, headers = await api.post(
        "/crm/leads", data=reordered, headers={**key, "Content-Type": "application/json"}
    )
    assert status == 200 and again == first
    assert headers.get("Idempotent-Replayed") == "true"
    status, problem, _ = await api.post("/crm/leads", {**payload, "city": "Delhi"}, headers=key)
    assert status == 422 and "Idempotency-Key" in problem["detail"]
    _, listing, _ = await api.get("/crm/leads")
    assert [lead["lead_id"] for lead in listing["leads"]] == [first["lead_id"]]


async def test_concurrent_retries_with_one_key_write_once(api: Api) -> None:
    lead = await api.create_lead()
    path = f"/crm/leads/{lead['lead_id']}/status"
    answers = await asyncio.gather(
        *(api.post(path, {"status": "WON", "notes": "signed"}, headers={"Idempotency-Key": "won-1"}) for _ in range(20))
    )
    assert {status for status, _, _ in answers} == {200}
    assert len({body["updated_at"] for _, body, _ in answers}) == 1
    _, detail, _ = await api.get(f"/crm/leads/{lead['lead_id']}")
    assert len(detail["status_history"]) == 1
    visit = {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"}
    answers = await asyncio.gather(*(api.post("/crm/visits", visit, headers={"Idempotency-Key": "v-1"}) for _ in range(10)))
    assert len({body["visit_id"] for _, body, _ in answers}) == 1
    _, visits, _ = await api.get("/crm/visits")
    assert len(visits["visits"]) == 1


async def test_same_key_on_another_route_is_422(api: Api) -> None:
    lead = await api.create_lead()
    key = {"Idempotency-Key": "shared"}
    status, _, _ = await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"}, headers=key)
    assert status == 200
    status, _, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"}, headers=key)
    assert status == 422


async def test_token_guards_every_route_but_healthz(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data", token="s3cret") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        for method, path in (("GET", "/crm/leads"), ("GET", "/crm/visits"), ("GET", "/openapi.json"),
                             ("POST", "/crm/leads"), ("GET", "/crm/events"), ("GET", "/crm/leads/x")):
            for auth in (None, "Bearer wrong", "s3cret", "Basic czNjcmV0"):
                headers = {"Authorization": auth} if auth else {}
                status, body, response_headers = await api.request(method, path, headers=headers)
                assert status == 401, (method, path, auth)
                assert response_headers["Content-Type"].startswith("application/problem+json")
                assert response_headers["WWW-Authenticate"].startswith("Bearer")
        good = {"Authorization": "Bearer s3cret"}
        # /healthz is open, but tells a caller without the token only whether it works, no counts.
        await wait_mirror_settled(server.url)  # the server serves while its start-up rebuilds the CSV files
        status, health, _ = await api.get("/healthz")
        assert (status, health) == (200, {"status": "ok", "data_dir": "present", "mirror": "ok"})
        status, health, _ = await api.get("/healthz", headers=good)
        assert status == 200 and health["leads"] == 0 and health["transactions"] >= 1
        status, lead, _ = await api.post("/crm/leads", {"name": "A", "phone": "9876543210", "city": "Pune"}, headers=good)
        assert status == 200
        status, listing, _ = await api.get("/crm/leads", headers=good)
        assert [item["lead_id"] for item in listing["leads"]] == [lead["lead_id"]]
        # The scheme is case-insensitive (RFC 9110); the token is not.
        for auth, expected in (("bearer s3cret", 200), ("BEARER  s3cret ", 200), ("Bearer S3CRET", 401),
                               ("Bearer", 401), ("Bearer s3cret extra", 401)):
            status, _, _ = await api.get("/crm/leads", headers={"Authorization": auth})
            assert status == expected, auth


async def test_healthz_and_openapi(api: Api) -> None:
    await api.create_lead()
    status, health, _ = await api.get("/healthz")
    assert status == 200 and health["status"] == "ok" and health["leads"] == 1 and health["last_event_id"] == 1
    status, spec, _ = await api.get("/openapi.json")
    assert status == 200
    assert spec["openapi"].startswith("3.")
    assert {"/crm/leads", "/crm/visits", "/crm/leads/{lead_id}", "/crm/leads/{lead_id}/status", "/crm/events",
            "/healthz"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    # Generated from the models: the status enum and the required fields come straight from them.
    assert set(schemas["StatusUpdate"]["properties"]["status"]["enum"]) == {"NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST"}
    assert set(schemas["LeadCreate"]["required"]) == {"name", "phone", "city"}
    assert "possible_duplicates" in schemas["LeadCreated"]["properties"]
    ref = spec["paths"]["/crm/leads"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.rsplit("/", 1)[-1] in schemas


async def test_possible_duplicates_are_capped_oldest_first(api: Api) -> None:
    """A number created again and again (a demo, a script) must not make every answer grow with it."""
    made = [(await api.create_lead(name=f"Copy {i}"))["lead_id"] for i in range(12)]
    # Also within one transaction: concurrent creates of the same number share a group commit.
    answers = await asyncio.gather(*(api.post("/crm/leads", {"name": f"Burst {i}", "phone": "9876543210",
                                                              "city": "Pune"}) for i in range(5)))
    for status, body, _ in answers:
        assert status == 200
        assert [d["lead_id"] for d in body["possible_duplicates"]] == made[:10]
    _, listing, _ = await api.get("/crm/leads", params={"q": "9876543210"})
    assert len(listing["leads"]) == 17  # every create was still written


async def test_every_status_the_server_answers_is_in_openapi(tmp_path: Path) -> None:
    """A client generated from /openapi.json must know every status an operation can answer: the
    token's 401 (every route but /healthz) and the store's 503 (a disk that refuses writes, a stop
    under way) included, each with the problem document as its body."""
    from crm_server.keys import STORE_KEY

    async with EmbeddedServer(tmp_path / "data", token="s3cret") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        good = {"Authorization": "Bearer s3cret"}
        status, spec, _ = await api.get("/openapi.json", headers=good)
        assert status == 200
        lead = await api.post("/crm/leads", {"name": "A B", "phone": "9876543210", "city": "Pune"}, headers=good)
        lead_id = lead[1]["lead_id"]
        calls = [
            ("post", "/crm/leads", "/crm/leads", {"name": "A B", "phone": "9876543210", "city": "Pune"}),
            ("get", "/crm/leads", "/crm/leads", None),
            ("get", "/crm/leads/{lead_id}", f"/crm/leads/{lead_id}", None),
            ("post", "/crm/leads/{lead_id}/status", f"/crm/leads/{lead_id}/status", {"status": "WON"}),
            ("post", "/crm/visits", "/crm/visits", {"lead_id": lead_id, "visit_time": "2026-11-26T15:00"}),
            ("get", "/crm/visits", "/crm/visits", None),
            ("get", "/crm/events", "/crm/events", None),
            ("get", "/openapi.json", "/openapi.json", None),
        ]
        answered: list[tuple[str, str, int]] = []
        for method, template, path, body in calls:
            status, problem, headers = await api.request(method.upper(), path, json=body)  # no token
            assert status == 401 and problem["status"] == 401, (method, path)
            answered.append((method, template, status))
        await server.app[STORE_KEY].close()  # the store gone, as when the disk refuses every write
        for method, template, path, body in [*calls, ("get", "/healthz", "/healthz", None)]:
            if template in ("/crm/events", "/openapi.json"):
                continue  # neither reads the store before answering
            status, problem, headers = await api.request(method.upper(), path, json=body, headers=good)
            assert status == 503 and headers["Content-Type"].startswith("application/problem+json"), (path, status)
            answered.append((method, template, status))
    for method, template, status in answered:
        responses = spec["paths"][template][method]["responses"]
        assert str(status) in responses, f"{method.upper()} {template} answers {status}, not in /openapi.json"
        schema = responses[str(status)]["content"]["application/problem+json"]["schema"]
        assert schema["$ref"].endswith("/Problem")
