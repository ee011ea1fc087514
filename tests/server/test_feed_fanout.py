"""The change feed's fan-out: every subscriber hears every committed event once, in order; one that
stops reading is dropped when it falls a bound behind (never buffered without end), and resumes
exactly where it was with Last-Event-ID."""

from __future__ import annotations

import asyncio
import re
import socket
from pathlib import Path

import aiohttp

from crm_server.embedded import EmbeddedServer
from crm_server.feed import MAX_BEHIND_BYTES
from crm_server.keys import HUB_KEY
from tests.server.conftest import Api

ID = re.compile(rb"^id: (\d+)\r?$", re.M)


async def read_ids(response: aiohttp.ClientResponse, until: int, within_s: float = 10.0) -> list[int]:
    seen = b""
    ids: list[int] = []
    async with asyncio.timeout(within_s):
        while not ids or ids[-1] < until:
            seen += await response.content.readany()
            ids = [int(x) for x in ID.findall(seen)]
    return ids


async def test_fifty_subscribers_each_hear_every_event_once_in_order(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        feeds = [await session.get(server.url + "/crm/events") for _ in range(50)]
        await asyncio.gather(*(api.create_lead(name=f"Lead {i}", phone=f"98765{i:05d}") for i in range(200)))
        lead = await api.create_lead(name="Last One", phone="9123456789")
        await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"})
        for feed in feeds:
            assert await read_ids(feed, 202) == list(range(1, 203))
            feed.close()


async def test_a_subscriber_that_stopped_reading_is_dropped_and_resumes_with_last_event_id(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "data") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        hub = server.app[HUB_KEY]
        stalled = socket.socket()
        stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stalled.connect(("127.0.0.1", server.port))
        stalled.sendall(b"GET /crm/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        keeping_up = await session.get(server.url + "/crm/events")
        await asyncio.sleep(0.1)
        created = 0
        while hub.dropped == 0:  # each event is about 400 bytes: the bound is passed after a few thousand
            await asyncio.gather(*(api.create_lead(name="N" * 110, phone="9000000003", city="C" * 75)
                                   for _ in range(50)))
            created += 50
            assert created < 4 * MAX_BEHIND_BYTES // 300, "the stalled subscriber was never dropped"
        assert hub.subscriber_count == 1  # the one that keeps up is still there
        assert await read_ids(keeping_up, created) == list(range(1, created + 1))
        # The dropped one reads what reached it, then reconnects from its last id and misses nothing.
        stalled.setblocking(False)
        received = b""
        loop = asyncio.get_running_loop()
        while True:
            try:
                chunk = await asyncio.wait_for(loop.sock_recv(stalled, 65536), 2)
            except (TimeoutError, ConnectionError):
                break
            if not chunk:
                break
            received += chunk
        stalled.close()
        # Only whole events count (a client dispatches an event, and adopts its id, at the blank line
        # that ends it); the drop may have cut the last one short.
        whole = received[: received.rfind(b"\r\n\r\n") + 4]
        got = [int(x) for x in ID.findall(whole)]
        assert got == list(range(1, len(got) + 1)) and len(got) < created
        async with session.get(server.url + "/crm/events", headers={"Last-Event-ID": str(got[-1])}) as again:
            rest = await read_ids(again, created)
        assert got + rest == list(range(1, created + 1))
        keeping_up.close()
