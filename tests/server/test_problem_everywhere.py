"""Every error the server sends is application/problem+json, including the 400s that aiohttp's HTTP
parser answers before any middleware runs (they were plain text), and every one is logged in one line."""

from __future__ import annotations

import logging

import pytest

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import Api, parse_raw_answer, raw_exchange

HOST = "Host: 127.0.0.1\r\n"
MALFORMED = {
    "a query too long for the request line": (
        "GET /crm/leads?" + "&".join(f"p{i}=1" for i in range(2000)) + f" HTTP/1.1\r\n{HOST}\r\n").encode(),
    "a 10 KB header": f"GET /crm/leads HTTP/1.1\r\n{HOST}X-Big: {'a' * 10240}\r\n\r\n".encode(),
    "a bad Content-Length": f"POST /crm/leads HTTP/1.1\r\n{HOST}Content-Length: abc\r\n\r\n".encode(),
    "two Content-Lengths": f"POST /crm/leads HTTP/1.1\r\n{HOST}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{{}}"
    .encode(),
    "an unknown method": f"BREW /crm/leads HTTP/1.1\r\n{HOST}\r\n".encode(),
    "raw bytes in the path": f"GET /crm/leads/a b\xff HTTP/1.1\r\n{HOST}\r\n".encode("latin-1"),
    "a NUL in the query": b"GET /crm/leads?q=\x00 HTTP/1.1\r\n\r\n",
    "too many headers": (f"GET /crm/leads HTTP/1.1\r\n{HOST}" + "".join(f"X-{i}: 1\r\n" for i in range(200))
                         + "\r\n").encode(),
    "not HTTP at all": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(40) + b"\r\n\r\n",
}


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_a_request_aiohttp_cannot_parse_gets_a_problem_document(
        crm_server: EmbeddedServer, case: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="aiohttp.server")
    status, headers, body = parse_raw_answer(await raw_exchange(crm_server.port, MALFORMED[case]))
    assert 400 <= status < 500, (case, status)
    assert headers["content-type"].startswith("application/problem+json"), (case, headers)
    assert body["status"] == status and body["title"] and body["detail"]
    assert all(r.exc_info is None for r in caplog.records), "a client's malformed request is not a traceback"


async def test_http_errors_from_routing_are_problem_documents(api: Api) -> None:
    for method, path, expected in (("GET", "/nowhere", 404), ("DELETE", "/crm/leads", 405),
                                   ("PUT", "/crm/visits", 405), ("GET", "/crm/leads/%ff", 404)):
        status, body, headers = await api.request(method, path)
        assert status == expected, (method, path)
        assert headers["Content-Type"].startswith("application/problem+json")
        assert body["status"] == expected and body["detail"]
