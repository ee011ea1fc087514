"""An Authorization header whose bytes are not UTF-8 is a wrong token (401), never a 500.

aiohttp hands such bytes to the app as lone surrogates; encoding them for the constant-time compare
raised UnicodeEncodeError on every route, /healthz included."""

from __future__ import annotations

from pathlib import Path

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import parse_raw_answer, raw_exchange


def request(path: str, authorization: bytes) -> bytes:
    return (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".encode()
            + b"Authorization: " + authorization + b"\r\n\r\n")


async def test_non_utf8_bearer_is_401_on_every_route_and_healthz_stays_open(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data", token="s3cret") as server:
        for authorization in (b"Bearer \xff", b"Bearer s3cret\xff", b"\xfe\xff s3cret", b"Bearer \xc3\x28"):
            for path in ("/crm/leads", "/crm/visits", "/crm/leads/abc", "/openapi.json", "/crm/events"):
                status, headers, body = parse_raw_answer(await raw_exchange(server.port, request(path, authorization)))
                assert status == 401, (path, authorization, body)
                assert headers["content-type"].startswith("application/problem+json")
                assert body["status"] == 401 and "Bearer" in body["detail"]
            # /healthz needs no token; a caller with a wrong one gets the short answer, not a 500.
            status, _, body = parse_raw_answer(await raw_exchange(server.port, request("/healthz", authorization)))
            assert status == 200 and body["status"] == "ok" and "leads" not in body
        # The right token still works byte for byte.
        status, _, body = parse_raw_answer(await raw_exchange(server.port, request("/crm/leads", b"Bearer s3cret")))
        assert status == 200 and body["leads"] == []


async def test_non_utf8_authorization_without_a_token_configured_is_ignored(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data") as server:
        status, _, body = parse_raw_answer(await raw_exchange(server.port, request("/healthz", b"Bearer \xff")))
        assert status == 200 and body["status"] == "ok"
        status, _, body = parse_raw_answer(await raw_exchange(server.port, request("/crm/leads", b"Bearer \xff")))
        assert status == 200 and body["leads"] == []
