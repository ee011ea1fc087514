"""The change-feed client against the real server: events arrive, and a reconnect resumes after the last."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator

import aiohttp
import pytest

from crm_server.embedded import EmbeddedServer
from crm_server.webhooks import USER_AGENT as WEBHOOK_USER_AGENT
from crm_tui.app import make_app
from crm_tui.bot.client import CrmError, CrmUnavailable
from crm_tui.config import Settings
from crm_tui.feed import ChangeFeed, CrmReader, FeedEvent, parse_sse
from crm_tui.widgets.lead_table import LeadTable
from tests.tui.conftest import OtherClient, fixed_clock, free_port, type_command, wait_until


async def _lines(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def test_parser_joins_data_lines_and_skips_comments() -> None:
    raw = [b": ping\n", b"id: 7\n", b"event: lead.created\n", b'data: {"a":\n', b"data: 1}\n", b"\n", b"data: x\n", b"\n"]
    events = [e async for e in parse_sse(_lines(raw))]
    assert events == [("7", "lead.created", '{"a":\n1}', None), (None, "message", "x", None)]


async def _wait(predicate, what: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(300):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def test_feed_delivers_events_and_resumes_after_a_restart(
    crm_server: EmbeddedServer, other_client: OtherClient
) -> None:
    events: list[FeedEvent] = []
    states: list[str] = []
    feed = ChangeFeed(crm_server.url, on_event=events.append, on_state=lambda s, _d: states.append(s), backoff_max=0.5)
    task = asyncio.create_task(feed.run())
    try:
        await _wait(lambda: "connected" in states, "the feed to connect")
        first = await other_client.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
        await _wait(lambda: len(events) == 1, "the first event")
        assert events[0].type == "lead.created" and events[0].data["lead_id"] == first["lead_id"]

        # The server goes away; what happens while it is down must arrive after it comes back.
        port = crm_server.port
        await crm_server.stop()
        await _wait(lambda: states[-1] in ("reconnecting", "down"), "the feed to notice")
        restarted = EmbeddedServer(data_dir=crm_server.data_dir, port=port, log_format="quiet")
        await restarted.start()
        try:
            second = await OtherClient(restarted.url).create_lead("Priya Nair", "9123456780", "Pune")
            await _wait(lambda: len(events) == 2, "the event made while reconnecting")
            assert events[1].data["lead_id"] == second["lead_id"]
            assert states[-1] == "connected"
            # Resumed, not replayed: the first lead was not delivered twice.
            assert [e.data["lead_id"] for e in events] == [first["lead_id"], second["lead_id"]]
        finally:
            await restarted.stop()
    finally:
        task.cancel()


async def test_reader_pages_through_leads_and_reports_not_found(
    crm_server: EmbeddedServer, other_client: OtherClient
) -> None:
    created = [await other_client.create_lead(f"Lead {i}", f"98765432{i:02d}", "Pune") for i in range(5)]
    reader = CrmReader(crm_server.url)
    try:
        seen: list[str] = []
        cursor = None
        while True:
            leads, cursor = await reader.leads_page(cursor, limit=2)
            seen += [lead["lead_id"] for lead in leads]
            if cursor is None:
                break
        assert seen == [lead["lead_id"] for lead in created]
        with pytest.raises(CrmError) as refused:
            await reader.lead("00000000-0000-0000-0000-000000000000")
        assert refused.value.status_code == 404 and "Lead not found" in str(refused.value)
    finally:
        await reader.close()


async def test_a_read_from_a_crm_that_is_not_there_is_the_client_error_saying_so() -> None:
    reader = CrmReader(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(CrmUnavailable) as failed:
            await reader.leads_page()
        assert failed.value.status_code is None
        assert "is not answering (nothing answers there)" in failed.value.details
    finally:
        await reader.close()


def open_http_sessions(besides: list[aiohttp.ClientSession]) -> list[aiohttp.ClientSession]:
    """The aiohttp sessions open in this process now, other than those in `besides` and the test CRM's
    webhook delivery (which the server starts once it serves, maybe after `besides` was taken)."""
    return [
        obj for obj in gc.get_objects()
        if isinstance(obj, aiohttp.ClientSession) and not obj.closed and not any(obj is old for old in besides)
        and obj.headers.get("User-Agent") != WEBHOOK_USER_AGENT
    ]


async def test_the_dashboard_reads_follows_and_writes_over_one_http_session(tui_settings: Settings) -> None:
    before = open_http_sessions([])  # another test's, not yet collected
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
        await wait_until(pilot, lambda: app.leads_loaded, "the lead pages")
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon")
        await wait_until(pilot, lambda: app.query_one(LeadTable).row_count == 1, "the lead, written and fed back")
        # The feed's stream, the lead pages and the engine's write: one connection pool.
        assert len(open_http_sessions(before)) == 1
    assert open_http_sessions(before) == []
