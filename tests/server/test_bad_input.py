"""Every bad input the issue lists: each answers problem+json with a human detail, never a 500."""

from __future__ import annotations

import json
import random
import string
from typing import Any

from tests.server.conftest import Api

PROBLEM = "application/problem+json"


def assert_problem(status: int, body: Any, headers: Any, expected: int) -> None:
    assert status == expected, body
    assert headers["Content-Type"].startswith(PROBLEM)
    assert isinstance(body["detail"], str) and body["detail"]
    assert body["status"] == expected


async def test_malformed_json_is_400(api: Api) -> None:
    for raw in (b"{", b"{'name': 'x'}", b"nul", b"\xff\xfe{}", b'{"name": "A",}'):
        status, body, headers = await api.post("/crm/leads", data=raw, headers={"Content-Type": "application/json"})
        assert_problem(status, body, headers, 400)
        assert "JSON" in body["detail"]


async def test_body_that_is_not_an_object_is_422(api: Api) -> None:
    for raw in ("[]", "42", '"lead"', "null", ""):
        status, body, headers = await api.post("/crm/leads", data=raw, headers={"Content-Type": "application/json"})
        assert_problem(status, body, headers, 422)


async def test_wrong_types_are_422_with_each_field_listed(api: Api) -> None:
    status, body, headers = await api.post(
        "/crm/leads", {"name": 12, "phone": 9876543210, "city": ["Pune"], "source": {"a": 1}}
    )
    assert_problem(status, body, headers, 422)
    assert sorted(e["field"] for e in body["errors"]) == ["city", "name", "phone", "source"]
    lead = await api.create_lead()
    status, body, headers = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": 1, "notes": 5})
    assert_problem(status, body, headers, 422)
    status, body, headers = await api.post("/crm/visits", {"lead_id": 7, "visit_time": 1764149400})
    assert_problem(status, body, headers, 422)


async def test_invalid_phone_and_blank_names_are_422(api: Api) -> None:
    for phone in ("12345", "5876543210", "98765-4321", "phone", "+1 415 555 0100", "98765432100"):
        status, body, headers = await api.post("/crm/leads", {"name": "A", "phone": phone, "city": "Pune"})
        assert_problem(status, body, headers, 422)
        assert body["errors"][0]["field"] == "phone"
    for field in ("name", "city"):
        payload = {"name": "Asha", "phone": "9876543210", "city": "Pune", field: "   "}
        status, body, headers = await api.post("/crm/leads", payload)
        assert_problem(status, body, headers, 422)
        assert body["errors"][0]["field"] == field
    status, body, headers = await api.post("/crm/leads", {"name": "A" * 500, "phone": "9876543210", "city": "Pune"})
    assert_problem(status, body, headers, 422)


async def test_body_over_64_kib_is_413(api: Api) -> None:
    big = json.dumps({"name": "A", "phone": "9876543210", "city": "Pune", "source": "x" * (65 * 1024)})
    status, body, headers = await api.post("/crm/leads", data=big, headers={"Content-Type": "application/json"})
    assert_problem(status, body, headers, 413)

    async def chunks() -> Any:  # no Content-Length: the cap must hold for chunked bodies too
        for _ in range(80):
            yield b"x" * 1024

    status, body, headers = await api.post("/crm/leads", data=chunks(), headers={"Content-Type": "application/json"})
    assert_problem(status, body, headers, 413)
    _, listing, _ = await api.get("/crm/leads")
    assert listing["leads"] == []


async def test_bad_query_parameters_are_422(api: Api) -> None:
    for query in ("limit=0", "limit=abc", "limit=100000", "status=won", "cursor=garbage"):
        status, body, headers = await api.get(f"/crm/leads?{query}")
        assert_problem(status, body, headers, 422)
    status, body, headers = await api.get("/crm/visits?limit=-1")
    assert_problem(status, body, headers, 422)


async def test_a_huge_unknown_id_is_a_short_404(api: Api) -> None:
    status, body, headers = await api.get("/crm/leads/" + "a" * 5000)
    assert_problem(status, body, headers, 404)
    assert "Lead not found" in body["detail"] and len(body["detail"]) < 200


async def test_unknown_route_and_wrong_method_are_problems(api: Api) -> None:
    status, body, headers = await api.get("/crm/nothing")
    assert_problem(status, body, headers, 404)
    status, body, headers = await api.request("DELETE", "/crm/leads")
    assert_problem(status, body, headers, 405)
    assert "POST" in headers["Allow"]


async def test_bad_idempotency_key_is_422(api: Api) -> None:
    status, body, headers = await api.post(
        "/crm/leads", {"name": "A", "phone": "9876543210", "city": "Pune"}, headers={"Idempotency-Key": "k" * 300}
    )
    assert_problem(status, body, headers, 422)


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["str", "int", "float", "bool", "none", "emoji"] + (["list", "dict"] if depth < 2 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 30)))
    if kind == "int":
        return rng.choice([0, -1, 10**30, rng.randint(-10**12, 10**12)])
    if kind == "float":
        return rng.choice([0.5, -1e308, 1e308])
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "none":
        return None
    if kind == "emoji":
        return rng.choice(["😀", "\u0000", "=HYPERLINK(\"x\")", "9876543210", "2026-11-26T15:00", "WON", "\ud7ff"])
    if kind == "list":
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["name", "phone", "city", "x"]): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}


async def test_random_bodies_never_answer_500(api: Api) -> None:
    """A seeded fuzz over every write route: whatever comes in, the answer is 200, 4xx or a problem."""
    rng = random.Random(20261125)
    lead = await api.create_lead()
    fields = {
        "/crm/leads": ["name", "phone", "city", "source"],
        "/crm/visits": ["lead_id", "visit_time", "notes"],
        f"/crm/leads/{lead['lead_id']}/status": ["status", "notes"],
    }
    for _ in range(150):
        path = rng.choice(list(fields))
        payload = {f: _random_value(rng) for f in fields[path] if rng.random() < 0.8}
        if rng.random() < 0.3:
            payload["lead_id"] = lead["lead_id"]
        status, body, headers = await api.post(path, payload)
        assert status in (200, 404, 422), (path, payload, body)
        if status != 200:
            assert headers["Content-Type"].startswith(PROBLEM)
    status, _, _ = await api.get("/healthz")
    assert status == 200


async def test_control_characters_and_lone_surrogates_are_422(api: Api) -> None:
    for name in ("a\u0000b", "line\nbreak", "bell\u0007"):
        status, body, headers = await api.post("/crm/leads", {"name": name, "phone": "9876543210", "city": "Pune"})
        assert_problem(status, body, headers, 422)
        assert body["errors"][0]["field"] == "name"
    raw = b'{"name": "\\ud800", "phone": "9876543210", "city": "Pune"}'
    status, body, headers = await api.post("/crm/leads", data=raw, headers={"Content-Type": "application/json"})
    assert_problem(status, body, headers, 422)
    lead = await api.create_lead()
    status, _, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON", "notes": "line one\nline two"})
    assert status == 200  # notes may span lines


async def test_out_of_range_ids_are_refused_not_crashed_on(api: Api) -> None:
    status, body, headers = await api.get("/crm/leads?cursor=s" + "9" * 30)
    assert_problem(status, body, headers, 422)
    status, body, headers = await api.post(
        "/crm/leads", {"name": "A", "phone": "9876543210", "city": "Pune"}, headers={"Idempotency-Key": "clé"}
    )
    assert_problem(status, body, headers, 422)
    async with api.session.get(api.base_url + "/crm/events", headers={"Last-Event-ID": "9" * 40}) as feed:
        assert feed.status == 200  # not an id we gave out: the feed starts from now
    status, _, _ = await api.get("/healthz")
    assert status == 200


async def test_search_text_is_never_read_as_query_syntax(api: Api) -> None:
    lead = await api.create_lead(name='Rohan "Ro" Sharma*', city="Pune")
    odd = ['"', '""', "*", "Ro*", "NEAR(a b)", "a OR b", "{name}", "name:", ":", "'", "\\", "^Ro", "ab", "é",
           '"Ro"', "%", "_", "x" * 120, "-Rohan", "AND", "(", ")", "\u00a0"]
    for q in odd:
        status, body, headers = await api.get("/crm/leads", params={"q": q})
        assert status == 200, (q, body)
    _, body, _ = await api.get("/crm/leads", params={"q": '"Ro" Sh'})
    assert [item["lead_id"] for item in body["leads"]] == [lead["lead_id"]]
    _, body, _ = await api.get("/crm/leads", params={"q": "Sharma*"})
    assert [item["lead_id"] for item in body["leads"]] == [lead["lead_id"]]
    _, body, _ = await api.get("/crm/leads", params={"q": "ma*x"})
    assert body["leads"] == []


async def test_malformed_http_is_400_and_one_log_line(crm_server: Any, caplog: Any) -> None:
    """A request line that is not HTTP never reaches the app; aiohttp answers 400 itself. The operator's
    log gets one line for it, not a traceback per request (a scanner would bury the console)."""
    import asyncio
    import logging
    from urllib.parse import urlsplit

    address = urlsplit(crm_server.url)
    caplog.set_level(logging.DEBUG, logger="aiohttp.server")
    for raw in (b"GET /crm/leads/a b\xff HTTP/1.1\r\nHost: x\r\n\r\n", b"GET /crm/leads?q=\x00 HTTP/1.1\r\n\r\n"):
        reader, writer = await asyncio.open_connection(address.hostname, address.port)
        writer.write(raw)
        answer = await asyncio.wait_for(reader.read(), 5)
        writer.close()
        assert answer.split(b"\r\n", 1)[0].split(b" ")[1] == b"400"
    logged = [r for r in caplog.records if r.name == "aiohttp.server"]
    assert logged, "the bad requests were not logged at all"
    assert all(r.exc_info is None and "\n" not in r.getMessage() for r in logged)
    assert all(r.getMessage().startswith("Malformed HTTP request") for r in logged)
    assert all(r.levelname == "WARNING" for r in logged)  # the client's mistake, not a server error
