"""A web page the user opens must not be able to write to (or read from) the CRM on 127.0.0.1.

Three doors were open with no token set (the default): a "simple" text/plain POST, which browsers
send cross-site without a preflight, was read as JSON and made a lead; no Origin was checked; and a
DNS-rebinding page (its own name resolving to 127.0.0.1) reached the server under that name. Each is
shut here the way a browser would try it, and the programs that call the CRM (aiohttp clients, the
bot, the dashboard) are shown still to get through."""

from __future__ import annotations

from pathlib import Path

import aiohttp

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import Api, parse_raw_answer, raw_exchange

LEAD = b'{"name": "Page Lead", "phone": "9876543210", "city": "Pune"}'


def post(path: str, body: bytes, *headers: str, host: str = "127.0.0.1") -> bytes:
    head = "".join(f"{h}\r\n" for h in headers)
    return (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{head}\r\n"
            .encode() + body)


async def count_leads(api: Api) -> int:
    status, body, _ = await api.get("/crm/leads")
    assert status == 200
    return len(body["leads"])


async def test_a_write_must_be_labelled_json(api: Api, crm_server: EmbeddedServer) -> None:
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                         "text/plain;charset=UTF-8", "application/jsonp"):
        answer = await raw_exchange(crm_server.port, post("/crm/leads", LEAD, f"Content-Type: {content_type}"))
        status, headers, body = parse_raw_answer(answer)
        assert status == 415, (content_type, body)
        assert headers["content-type"].startswith("application/problem+json")
        assert "application/json" in body["detail"]
    status, _, body = parse_raw_answer(await raw_exchange(crm_server.port, post("/crm/leads", LEAD)))
    assert status == 415 and "no Content-Type" in body["detail"]
    assert await count_leads(api) == 0
    # JSON, with a charset or as a +json type, is fine.
    for content_type in ("application/json", "application/json; charset=utf-8", "Application/JSON"):
        lead = LEAD.replace(b"9876543210", b"98765432" + str(10 + len(content_type)).encode())
        status, _, body = parse_raw_answer(await raw_exchange(crm_server.port, post("/crm/leads", lead,
                                                                                  f"Content-Type: {content_type}")))
        assert status == 200, body
    assert await count_leads(api) == 3


async def test_a_browser_origin_is_refused_unless_allowed(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "a") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        for origin in ("https://evil.example", "null", "http://127.0.0.1:8001", "http://localhost:3000"):
            answer = await raw_exchange(server.port, post("/crm/leads", LEAD, "Content-Type: application/json",
                                                          f"Origin: {origin}"))
            status, _, body = parse_raw_answer(answer)
            assert status == 403, (origin, body)
            assert "CRM_ALLOWED_ORIGINS" in body["detail"]
            status, body, _ = await api.get("/crm/leads", headers={"Origin": origin})
            assert status == 403  # reads too: a page must not list the leads either
        assert await count_leads(api) == 0
    allowed = "https://crm.example.com"
    async with EmbeddedServer(tmp_path / "b", allowed_origins=(allowed + "/",)) as server, \
            aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        status, body, headers = await api.post("/crm/leads", {"name": "A", "phone": "9876543210", "city": "Pune"},
                                               headers={"Origin": "HTTPS://CRM.example.com"})
        assert status == 200, body
        assert headers["Access-Control-Allow-Origin"] == "HTTPS://CRM.example.com"
        # The preflight a browser sends first for a JSON POST is answered for the allowed origin only.
        preflight = {"Origin": allowed, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type"}
        async with session.options(server.url + "/crm/leads", headers=preflight) as response:
            assert response.status == 204
            assert response.headers["Access-Control-Allow-Origin"] == allowed
            assert "POST" in response.headers["Access-Control-Allow-Methods"]
            assert "Content-Type" in response.headers["Access-Control-Allow-Headers"]
        async with session.options(server.url + "/crm/leads", headers={**preflight, "Origin": "https://x.example"}) \
                as response:
            assert response.status == 403
        status, _, _ = await api.get("/crm/leads", headers={"Origin": "https://evil.example"})
        assert status == 403


async def test_dns_rebinding_is_refused_on_a_loopback_bind(api: Api, crm_server: EmbeddedServer) -> None:
    port = crm_server.port
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.nip.io", "localhost.evil.example"):
        answer = await raw_exchange(port, post("/crm/leads", LEAD, "Content-Type: application/json", host=host))
        status, headers, body = parse_raw_answer(answer)
        assert status == 421, (host, body)
        assert headers["content-type"].startswith("application/problem+json")
        get = f"GET /crm/leads HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
        assert parse_raw_answer(await raw_exchange(port, get))[0] == 421
    assert await count_leads(api) == 0
    # Every name of the loopback itself is fine, with or without the port.
    for i, host in enumerate(("127.0.0.1", f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST", f"[::1]:{port}",
                              "127.1.2.3", "app.localhost")):
        lead = LEAD.replace(b"9876543210", f"98765432{10 + i}".encode())
        answer = await raw_exchange(port, post("/crm/leads", lead, "Content-Type: application/json", host=host))
        assert parse_raw_answer(answer)[0] == 200, host
    assert await count_leads(api) == 7


async def test_no_host_check_when_bound_to_the_network(tmp_path: Path) -> None:
    """On 0.0.0.0 the server is reached under whatever name the network gives it (a token guards it)."""
    async with EmbeddedServer(tmp_path / "data", host="0.0.0.0", token="t") as server:
        get = b"GET /crm/leads HTTP/1.1\r\nHost: crm.office.lan:8001\r\nAuthorization: Bearer t\r\nConnection: close\r\n\r\n"
        assert parse_raw_answer(await raw_exchange(server.port, get))[0] == 200


async def test_the_programs_that_call_the_crm_still_get_through(tmp_path: Path) -> None:
    """The bot's client (the one HTTP client of the CRM API) creates, schedules and changes status."""
    from crm_tui.bot.client import CrmClient

    async with EmbeddedServer(tmp_path / "data") as server:
        client = CrmClient(server.url)
        try:
            lead = await client.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
            assert lead.status_code == 200, lead
            visit = await client.schedule_visit(lead.json["lead_id"], "2026-11-26T15:00:00+05:30")
            assert visit.status_code == 200, visit
            cancelled = await client.cancel_visit(visit.json["visit_id"])
            assert cancelled.status_code == 200, cancelled
            won = await client.update_status(lead.json["lead_id"], "WON")
            assert won.status_code == 200, won
            assert (await client.list_leads()).json["leads"][0]["status"] == "WON"
        finally:
            await client.close()
