"""Slow and idle clients cannot hold the server: a header sent a byte at a time and a body that never
comes are cut off (408, as a problem document), idle keep-alive connections are closed, connections
beyond the cap get 503 + Retry-After, and all the while an ordinary client is answered at once.
Change-feed subscribers only listen: no read timeout applies to them, but they have a cap of their own.

Bounded, as TESTING.md asks: a few hundred raw sockets on loopback, timeouts of a second, seconds in all.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import aiohttp

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import parse_raw_answer

LIMITS = {"header_timeout_s": 1.0, "body_timeout_s": 1.0, "idle_timeout_s": 2.0, "max_connections": 300,
          "max_feed_clients": 4}


async def slow_header(port: int, results: list[tuple[float, bytes]]) -> None:
    """Send a request header one byte every 0.2 s; record when the server closed and what it said."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = time.monotonic()
    request = b"GET /crm/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"z" * 200 + b"\r\n\r\n"
    answer = asyncio.ensure_future(reader.read())  # everything until the server closes
    try:
        for byte in request:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.wait((answer,), timeout=0.2)
            if answer.done():
                break
        else:
            results.append((time.monotonic() - started, b"<sent it all>"))
            return
        results.append((time.monotonic() - started, answer.result()))
    except ConnectionError:
        results.append((time.monotonic() - started, b"<reset>"))
    finally:
        writer.close()


async def slow_body(port: int, results: list[tuple[float, bytes]]) -> None:
    """A complete header announcing 200 bytes of body, then 10 of them, then nothing."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = time.monotonic()
    writer.write(b"POST /crm/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 200\r\n\r\n{\"name\": ")
    await writer.drain()
    try:
        answer = await asyncio.wait_for(reader.read(), 10)
    except (TimeoutError, ConnectionError):
        answer = b"<held>"
    results.append((time.monotonic() - started, answer))
    writer.close()


async def timed_get(session: aiohttp.ClientSession, url: str) -> float:
    started = time.monotonic()
    async with session.get(url + "/crm/leads?limit=5") as response:
        assert response.status == 200
        await response.read()
    return time.monotonic() - started


async def test_slow_headers_and_bodies_are_cut_off_while_others_are_served(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data", **LIMITS) as server, aiohttp.ClientSession() as session:
        headers: list[tuple[float, bytes]] = []
        bodies: list[tuple[float, bytes]] = []
        slow = [asyncio.create_task(slow_header(server.port, headers)) for _ in range(150)]
        slow += [asyncio.create_task(slow_body(server.port, bodies)) for _ in range(100)]
        await asyncio.sleep(0.3)
        # An ordinary client, meanwhile, is answered at once, again and again.
        waits = [await timed_get(session, server.url) for _ in range(10)]
        assert max(waits) < 1.0, waits
        await asyncio.wait_for(asyncio.gather(*slow), 15)
    assert len(headers) == 150 and len(bodies) == 100
    for took, answer in headers:
        assert took < 5.0, took  # 1 s deadline, never the 40 s it would take to send
        status, head, body = parse_raw_answer(answer)
        assert status == 408 and head["content-type"].startswith("application/problem+json")
        assert "header" in body["detail"]
    for took, answer in bodies:
        assert took < 5.0, took  # 1 s to answer 408, and at most 1 s more before the close
        status, head, body = parse_raw_answer(answer)
        assert status == 408 and "body" in body["detail"]
        assert head.get("connection") == "close"


async def test_connections_past_the_cap_get_503_with_retry_after_and_idle_ones_are_closed(tmp_path: Path) -> None:
    limits = {**LIMITS, "max_connections": 100}
    async with EmbeddedServer(tmp_path / "data", **limits) as server:
        idle = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(100)]
        await asyncio.sleep(0.1)
        extra = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(20)]
        for _, writer in extra:
            writer.write(b"GET /crm/leads HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answers = [await asyncio.wait_for(reader.read(), 5) for reader, _ in extra]
        for answer in answers:
            status, head, body = parse_raw_answer(answer)
            assert status == 503 and head["retry-after"] == "1", answer[:200]
            assert head["content-type"].startswith("application/problem+json") and "connections" in body["detail"]
        # Idle connections (nothing sent) are closed after idle_timeout_s; then there is room again.
        started = time.monotonic()
        closed = await asyncio.wait_for(asyncio.gather(*(reader.read() for reader, _ in idle)), 10)
        assert all(data == b"" for data in closed) and time.monotonic() - started < 4
        for _, writer in idle + extra:
            writer.close()
        async with aiohttp.ClientSession() as session:
            assert await timed_get(session, server.url) < 1.0


async def test_an_idle_keep_alive_connection_is_closed(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data", **LIMITS) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert b" 200 " in head.split(b"\r\n")[0]
        started = time.monotonic()
        rest = await asyncio.wait_for(reader.read(), 10)  # the body, then the server's close
        assert json.loads(rest)["status"] == "ok"
        assert 1.5 < time.monotonic() - started < 5
        writer.close()


async def test_feed_subscribers_are_not_timed_out_but_have_their_own_cap(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data", **LIMITS) as server, aiohttp.ClientSession() as session:
        feeds = [await session.get(server.url + "/crm/events") for _ in range(4)]
        assert all(feed.status == 200 for feed in feeds)
        async with session.get(server.url + "/crm/events") as fifth:
            assert fifth.status == 503 and fifth.headers["Retry-After"]
            assert (await fifth.json(content_type=None))["status"] == 503
        await asyncio.sleep(2.5)  # past the header, body and idle timeouts
        async with session.post(server.url + "/crm/leads",
                                json={"name": "Still Heard", "phone": "9876543210", "city": "Pune"}) as response:
            assert response.status == 200
        for feed in feeds:
            got = b""
            while b"Still Heard" not in got:
                got += await asyncio.wait_for(feed.content.readany(), 5)
            feed.close()
        await asyncio.sleep(0.2)
        async with session.get(server.url + "/crm/events") as again:  # room again once they left
            assert again.status == 200
