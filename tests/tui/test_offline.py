"""A Gemini key but no Gemini: typed commands are done by the local engine until the session connects.

A sales person on a train, a proxy down, a key refused: the dashboard's Live session cannot connect,
and a typed command must still be done, at once, with one plain note in the transcript. When the
session connects, typed text goes to Gemini again, never to both.

Real parts throughout: the real google-genai SDK in a real LiveVoiceSession, the Live API stand-in
(tests/voice/standin.py) on a loopback port that nothing listens on at first, the real CRM server and
its SQLite file, the real local engine. Waits are for states a person would see, bounded, never
fixed sleeps.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from textual.widgets import RichLog

from crm_server.embedded import EmbeddedServer
from crm_tui.app import CrmApp, make_app
from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice.session import LiveVoiceSession
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.status_line import StatusLine
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import FIXED_NOW, fixed_clock, free_port, type_command, wait_until
from tests.voice.standin import LiveStandIn, StandInConnection

OFFLINE_NOTE = "Gemini is not reachable"
BACK_NOTE = "Gemini is connected again"


class LateStandIn(LiveStandIn):
    """The Live stand-in on a port fixed in advance, so it can come up after the client is looking for it."""

    def __init__(self, tmp_dir: Any, port: int) -> None:
        super().__init__(tmp_dir)
        self.port = port

    async def start(self) -> None:
        from websockets.asyncio.server import serve

        self._server = await serve(self._handle, "127.0.0.1", self.port, ssl=self._server_ctx, max_size=None)


@pytest.fixture
async def bot_core(crm_server: EmbeddedServer) -> AsyncIterator[BotCore]:
    """The voice session's own bot core over the real CRM (the dashboard's local engine has another)."""
    crm = CrmClient(crm_server.url)
    try:
        yield BotCore(crm, "Asia/Kolkata", fixed_clock)
    finally:
        await crm.close()


def gemini_settings(crm_server: EmbeddedServer, base_url: str) -> Settings:
    return Settings(
        gemini_api_key="test-key",
        gemini_base_url=base_url,
        crm_base_url=crm_server.url,
        crm_data_dir=crm_server.data_dir,
        crm_timezone="Asia/Kolkata",
        engine="gemini",
    )


def notes(app: CrmApp, start: str) -> list[str]:
    return [t.text for t in app.query_one(TranscriptPane).entries if t.role == "note" and t.text.startswith(start)]


def status_text(app: CrmApp) -> str:
    return "".join(segment.text for segment in app.query_one(StatusLine).render_line(0))


async def leads_named(crm_server: EmbeddedServer, name: str) -> list[dict[str, Any]]:
    async with aiohttp.ClientSession() as http, http.get(f"{crm_server.url}/crm/leads", params={"q": name}) as resp:
        assert resp.status == 200
        leads: list[dict[str, Any]] = (await resp.json())["leads"]
        return leads


async def test_unreachable_gemini_hands_typed_commands_to_the_local_engine_until_it_connects(
    crm_server: EmbeddedServer, bot_core: BotCore, tmp_path: Any
) -> None:
    port = free_port()  # nothing listens here yet: every connect is refused, as with no network
    standin = LateStandIn(tmp_path, port)
    settings = gemini_settings(crm_server, standin.base_url)
    session = LiveVoiceSession(settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(settings, voice=session, clock=fixed_clock, start_embedded=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
        started = time.perf_counter()
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon")
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: table.row_count == 1, "the lead created by the local engine")
        took_ms = (time.perf_counter() - started) * 1000
        await wait_until(pilot, lambda: any(t.role == "assistant" for t in pane.entries), "the local answer")
        # Printed, not asserted (the machine is shared): how long the person waited for the lead.
        print(f"typed create done locally after {took_ms:.0f} ms")

        # The local engine did it: its call is in the tool pane, the CRM has the lead, the stand-in saw nothing.
        tools = app.query_one(ToolCallsPane)
        assert [call.name for call, _ in tools.calls.values()] == ["createLead"]
        assert [lead["phone"] for lead in await leads_named(crm_server, "Rohan")] == ["9876543210"]
        assert standin.connections == []
        assert app.engine_label == f"gemini:{settings.gemini_model} (offline: local)"
        assert "(offline: local)" in status_text(app)
        # Said plainly, once per outage, right after the command it concerns.
        (note,) = notes(app, OFFLINE_NOTE)
        assert "local engine" in note
        roles = [t.role for t in pane.entries]
        assert roles[:3] == ["user", "note", "assistant"], roles

        await type_command(pilot, "mark Rohan Sharma as in progress")
        await wait_until(pilot, lambda: len(tools.calls) == 2, "the second local call")
        await wait_until(pilot, lambda: table.leads[next(iter(table.leads))]["status"] == "IN_PROGRESS", "the update")
        assert len(notes(app, OFFLINE_NOTE)) == 1, "the note comes once per outage, not on every line"

        # Gemini comes back: the session connects (its retry finds the stand-in) and says so.
        @standin.script
        async def model(conn: StandInConnection) -> None:
            typed = await conn.expect("clientContent")
            heard = typed["turns"][0]["parts"][0]["text"]
            await conn.say(f"Gemini heard: {heard}")
            await conn.turn_complete()

        await standin.start()
        try:
            await wait_until(pilot, lambda: app.session_state == "connected", "the session to connect", limit_s=20)
            await wait_until(pilot, lambda: notes(app, BACK_NOTE) != [], "the note that Gemini is back")
            assert app.engine_label == f"gemini:{settings.gemini_model}"

            await type_command(pilot, "add Priya Nair from Pune 9123456780")
            said = "Gemini heard: add Priya Nair from Pune 9123456780"
            await wait_until(pilot, lambda: any(t.text == said for t in pane.entries), "Gemini's answer")
            # Not the local engine too: no third call, and no Priya in the CRM (the model made no call).
            assert len(tools.calls) == 2
            assert await leads_named(crm_server, "Priya") == []
            assert len(notes(app, OFFLINE_NOTE)) == 1
        finally:
            await standin.stop()
    if standin.errors:
        raise standin.errors[0]


async def test_a_typed_turn_gemini_never_answered_is_done_locally_and_not_sent_again(
    crm_server: EmbeddedServer, bot_core: BotCore, tmp_path: Any
) -> None:
    # The train goes into a tunnel: the model took the typed turn and never answered, then Gemini is
    # gone. The command is done by the local engine, and Gemini, once back, does not get it again.
    standin = LateStandIn(tmp_path, free_port())
    took = asyncio.Event()
    heard: list[str] = []

    @standin.script
    async def silent(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        took.set()
        await conn.wait_closed(within=60)

    @standin.script
    async def back(conn: StandInConnection) -> None:
        typed = await conn.expect("clientContent")
        heard.append(typed["turns"][0]["parts"][0]["text"])
        await conn.say(f"Gemini heard: {heard[-1]}")
        await conn.turn_complete()

    await standin.start()
    settings = gemini_settings(crm_server, standin.base_url)
    session = LiveVoiceSession(settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(settings, voice=session, clock=fixed_clock, start_embedded=False)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_until(pilot, lambda: app.session_state == "connected", "the session")
            await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
            await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon")
            await wait_until(pilot, took.is_set, "the model to take the turn")
            await standin.stop()  # Gemini goes away: the connection closes and nothing listens any more

            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: table.row_count == 1, "the unanswered command done locally")
            assert len(notes(app, OFFLINE_NOTE)) == 1
            (reclaimed,) = notes(app, "Gemini did not answer")
            assert "Create a lead for Rohan Sharma" in reclaimed

            await standin.start()  # back, on the same port
            await wait_until(pilot, lambda: app.session_state == "connected", "the session to resume", limit_s=20)
            await type_command(pilot, "add Priya Nair from Pune 9123456780")
            pane = app.query_one(TranscriptPane)
            said = "Gemini heard: add Priya Nair from Pune 9123456780"
            await wait_until(pilot, lambda: any(t.text == said for t in pane.entries), "Gemini's answer")
            # The first thing the resumed session sent was the new command, not the old one again.
            assert heard == ["add Priya Nair from Pune 9123456780"]
            assert [lead["phone"] for lead in await leads_named(crm_server, "Rohan")] == ["9876543210"]
            assert len(app.query_one(ToolCallsPane).calls) == 1
    finally:
        await standin.stop()
    if standin.errors:
        raise standin.errors[0]


async def test_a_connection_that_hangs_waits_a_few_seconds_then_goes_local(
    crm_server: EmbeddedServer, bot_core: BotCore, tmp_path: Any
) -> None:
    # A black-holed connect (a proxy that never answers) fails no attempt: the grace decides.
    standin = LiveStandIn(tmp_path)
    await standin.start()
    release = standin.hold_setup[0] = asyncio.Event()

    @standin.script
    async def model(conn: StandInConnection) -> None:
        typed = await conn.expect("clientContent")
        await conn.say(f"Gemini heard: {typed['turns'][0]['parts'][0]['text']}")
        await conn.turn_complete()

    settings = gemini_settings(crm_server, standin.base_url)
    session = LiveVoiceSession(settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(settings, voice=session, clock=fixed_clock, start_embedded=False)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
            # No phone: the local engine asks for it once the grace is over.
            await type_command(pilot, "Create a lead for Amit Verma from Delhi")
            pane = app.query_one(TranscriptPane)
            await wait_until(pilot, lambda: any(t.role == "assistant" for t in pane.entries), "the question")
            assert "phone" in pane.entries[-1].text.lower()
            assert app.session_state == "connecting"  # still hanging: it was the grace, not a failure
            assert app.engine_label.endswith("(offline: local)")
            assert len(notes(app, OFFLINE_NOTE)) == 1

            release.set()
            await wait_until(pilot, lambda: app.session_state == "connected", "the session to connect")
            assert not app.engine_label.endswith("(offline: local)")
            # The answer to the local engine's question goes to the local engine: Gemini never heard it.
            await type_command(pilot, "9988776655")
            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: table.row_count == 1, "the lead completed by the local engine")
            assert next(iter(table.leads.values()))["phone"] == "9988776655"
            assert len(notes(app, OFFLINE_NOTE)) == 1, "an answer to the local engine's question is no outage"

            # After that, typed text is Gemini's again.
            await type_command(pilot, "add Sneha Iyer from Pune 8877665544")
            said = "Gemini heard: add Sneha Iyer from Pune 8877665544"
            await wait_until(pilot, lambda: any(t.text == said for t in pane.entries), "Gemini's answer")
            assert [call.name for call, _ in app.query_one(ToolCallsPane).calls.values()] == ["createLead", "createLead"]
            assert await leads_named(crm_server, "Sneha") == []
    finally:
        await standin.stop()
    if standin.errors:
        raise standin.errors[0]


async def test_a_refused_key_goes_local_and_the_status_line_says_so_at_80_columns(
    crm_server: EmbeddedServer, bot_core: BotCore, tmp_path: Any
) -> None:
    standin = LiveStandIn(tmp_path)
    await standin.start()

    # Refused at setup, as the Live API does with a bad key (a 1008 after the setup was accepted is
    # mid-session, and is resumed).
    standin.refuse_setup[0] = (1008, "API key not valid. Please pass a valid API key.")
    settings = gemini_settings(crm_server, standin.base_url)
    session = LiveVoiceSession(settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(settings, voice=session, clock=fixed_clock, start_embedded=False)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.session_state == "error", "the refusal")
            await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
            await pilot.pause()
            line = status_text(app)
            assert "offline: local" in line and "voice error" in line and "CRM connected" in line, line
            await type_command(pilot, "Create a lead for Neha Gupta, phone 9812345678, from Jaipur")
            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: table.row_count == 1, "the lead created locally")
            lead = next(iter(table.leads.values()))
            assert (lead["name"], lead["city"]) == ("Neha Gupta", "Jaipur")
            (note,) = notes(app, OFFLINE_NOTE)
            assert "1008" in note or "refused" in note, note
            # On screen, in the log the person reads (wrapped at this width: compare the words).
            log = " ".join(strip.text.strip() for strip in app.query_one(RichLog).lines)
            assert f"{FIXED_NOW:%H:%M} Note {OFFLINE_NOTE}" in " ".join(log.split())
    finally:
        await standin.stop()
    # The stand-in's own check of what the client sent stays on: a refusal is not a protocol error.
    if standin.errors:
        raise standin.errors[0]
