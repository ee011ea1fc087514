"""The change feed: every change arrives as an SSE event with an id, Last-Event-ID resumes (also
across a restart), and stopping the server does not wait on an open feed."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import Api


async def read_events(response: aiohttp.ClientResponse, count: int, within_s: float = 10.0) -> list[dict[str, Any]]:
    """Parse `count` SSE events (id, event, data) off a streaming response; comments are skipped."""
    events: list[dict[str, Any]] = []
    current: dict[str, Any] = {}

    async def run() -> None:
        nonlocal current
        while len(events) < count:
            raw = await response.content.readline()
            if not raw:
                raise EOFError("feed closed")
            line = raw.decode().rstrip("\r\n")
            if line == "":
                if "data" in current:
                    events.append({**current, "data": json.loads(current["data"])})
                current = {}
            elif not line.startswith(":"):
                field, _, value = line.partition(": ")
                current[field] = current.get(field, "") + value if field == "data" else value

    await asyncio.wait_for(run(), within_s)
    return events


async def test_every_change_is_an_event_with_an_id(crm_server: EmbeddedServer, api: Api) -> None:
    async with api.session.get(crm_server.url + "/crm/events") as feed:
        assert feed.status == 200
        assert feed.headers["Content-Type"].startswith("text/event-stream")
        lead = await api.create_lead()
        await api.post("/crm/visits", {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T15:00"})
        await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "FOLLOW_UP", "notes": "call back"})
        events = await read_events(feed, 3)
    assert [e["event"] for e in events] == ["lead.created", "visit.scheduled", "lead.status_changed"]
    ids = [int(e["id"]) for e in events]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert events[0]["data"]["lead_id"] == lead["lead_id"] and events[0]["data"]["name"] == "Rohan Sharma"
    assert events[1]["data"]["visit_time"] == "2026-11-26T15:00:00+05:30"
    assert events[1]["data"]["lead_name"] == "Rohan Sharma"  # a reader of the feed needs no lookup
    assert (events[2]["data"]["old_status"], events[2]["data"]["status"]) == ("NEW", "FOLLOW_UP")


async def test_failed_writes_make_no_events(crm_server: EmbeddedServer, api: Api) -> None:
    async with api.session.get(crm_server.url + "/crm/events") as feed:
        await api.post("/crm/leads/none/status", {"status": "WON"})  # 404
        await api.post("/crm/leads", {"name": "x"})  # 422
        lead = await api.create_lead()
        events = await read_events(feed, 1)
    assert events[0]["data"]["lead_id"] == lead["lead_id"]


async def test_last_event_id_resumes_across_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        names = [f"Lead {i}" for i in range(5)]
        for i, name in enumerate(names):
            await api.create_lead(name=name, phone=f"90000000{i:02d}")
        async with session.get(server.url + "/crm/events", headers={"Last-Event-ID": "0"}) as feed:
            seen = await read_events(feed, 2)
    last_seen = seen[-1]["id"]
    async with EmbeddedServer(data_dir) as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        async with session.get(server.url + "/crm/events", headers={"Last-Event-ID": last_seen}) as feed:
            missed = await read_events(feed, 3)
            assert [e["data"]["name"] for e in missed] == names[2:]
            # ...and then live events follow on the same stream, ids still increasing.
            await api.create_lead(name="After restart", phone="9111111111")
            live = await read_events(feed, 1)
    assert live[0]["data"]["name"] == "After restart"
    assert int(live[0]["id"]) == int(missed[-1]["id"]) + 1


async def test_stop_does_not_hang_with_an_open_feed(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path / "data")
    await server.start()
    async with aiohttp.ClientSession() as session:
        feed = await session.get(server.url + "/crm/events")
        assert feed.status == 200
        await asyncio.wait_for(server.stop(), timeout=3)
        # The stream ended cleanly: reading reaches end of stream rather than hanging.
        rest = await asyncio.wait_for(feed.content.read(), timeout=3)
        assert b"data:" not in rest
        feed.close()
    await server.stop()  # idempotent


async def test_a_client_that_leaves_a_quiet_feed_is_let_go(crm_server: EmbeddedServer, monkeypatch: Any) -> None:
    """Nothing changes while a dashboard closes its feed: the server must still notice (at the next
    keep-alive ping) and drop the subscriber, rather than hold it until some later event."""
    from crm_server import feed as feed_module
    from crm_server.keys import HUB_KEY

    monkeypatch.setattr(feed_module, "PING_INTERVAL_S", 0.1)
    hub = crm_server.app[HUB_KEY]
    async with aiohttp.ClientSession() as session:
        feed = await session.get(crm_server.url + "/crm/events")
        assert feed.status == 200
        await asyncio.wait_for(feed.content.readline(), 5)  # the first ping: the stream is live
        assert hub.subscriber_count == 1
        feed.close()
    for _ in range(200):  # up to 10 s on a loaded machine; it takes one or two pings
        if hub.subscriber_count == 0:
            break
        await asyncio.sleep(0.05)
    assert hub.subscriber_count == 0


async def test_a_last_event_id_this_database_never_gave_out_gets_the_new_events(tmp_path: Path) -> None:
    """A dashboard that followed another database (the data dir was reset, restored from a backup, or
    the URL now points at another server) resumes with an id above this server's last one. It must
    still hear every change from now on, not wait silently until the ids catch up."""
    async with EmbeddedServer(tmp_path / "data") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        await api.create_lead(name="Before", phone="9000000001")
        async with session.get(server.url + "/crm/events", headers={"Last-Event-ID": "5000"}) as feed:
            assert feed.status == 200
            lead = await api.create_lead(name="After reset", phone="9000000002")
            events = await read_events(feed, 1, within_s=5)
    assert events[0]["data"]["lead_id"] == lead["lead_id"]
    assert events[0]["id"] == "2"  # this database's numbering, which the client resumes from next time


async def test_stop_does_not_wait_on_a_feed_client_that_stopped_reading(tmp_path: Path) -> None:
    """A feed client that is connected but no longer reads (a laptop gone to sleep, a frozen tab)
    leaves the server's write to it blocked. Stopping must not wait on it: the store closes in well
    under aiohttp's 5 s grace period (it took 10 s, the grace period twice), and nothing is lost."""
    import socket
    import time

    server = EmbeddedServer(tmp_path / "data")
    await server.start()
    stalled = socket.socket()
    stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stalled.connect(("127.0.0.1", server.port))
    stalled.sendall(b"GET /crm/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    created = 0
    try:
        async with aiohttp.ClientSession() as session:
            api = Api(session, server.url)
            for _ in range(600):  # until the server's send buffer to the stalled client is full
                await asyncio.gather(*(api.create_lead(name="N" * 110, phone="9000000003", city="C" * 75,
                                                       source="S" * 75) for _ in range(20)))
                created += 20
                transports = [p.transport for p in server._runner.server.connections  # type: ignore[union-attr]
                              if p.transport is not None]
                if any(t.get_write_buffer_size() > 64 * 1024 for t in transports):
                    break
            else:
                raise AssertionError("the stalled client's buffer never filled")
        started = time.monotonic()
        await asyncio.wait_for(server.stop(), timeout=20)
        took = time.monotonic() - started
        assert took < 3, f"stop took {took:.1f} s"
    finally:
        stalled.close()
        await server.stop()
    async with EmbeddedServer(tmp_path / "data") as again, aiohttp.ClientSession() as session:
        async with session.get(again.url + "/healthz") as resp:
            assert (await resp.json())["leads"] == created
