"""The Live session's hard moments against the stand-in: quitting at any time, a spoken turn lost in a
drop, a resumption handle the server refuses, a cancelled call whose CRM write happened anyway,
barge-in racing the answer's last audio chunks. Real SDK, real bot core, real CRM server.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice.audio import MIC_RATE, SAMPLE_WIDTH, AudioIO, WavMic
from crm_tui.voice.events import SessionState, ToolResult, Transcript, VoiceEvent
from crm_tui.voice.reconnect import ReconnectPolicy
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import NOW, wait_for
from tests.voice.standin import LiveStandIn, StandInConnection, pick
from tests.voice.test_session import crm_get, gated_crm


@contextlib.asynccontextmanager
async def started(session: LiveVoiceSession, events: list[VoiceEvent]) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(session.run(events.append))
    try:
        yield task
    finally:
        if not task.done():
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def quit_and_time(task: asyncio.Task[None]) -> float:
    """Cancel the session's run as the dashboard does on ctrl+q; how long until it has returned."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    task.cancel()
    await asyncio.wait({task}, timeout=5)  # not wait_for: a run that never ends must not hang the test
    return loop.time() - began


@pytest.mark.parametrize("moment", ["first setup unanswered", "resume setup unanswered", "tool call in flight", "backing off"])
async def test_quitting_at_any_moment_closes_every_socket_normally_and_at_once(
    standin: LiveStandIn, voice_settings: Settings, crm_server: Any, moment: str
) -> None:
    async with gated_crm(crm_server.url) as (url, arrived, _gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)
        if moment == "first setup unanswered":
            standin.hold_setup[0] = asyncio.Event()
        elif moment == "resume setup unanswered":
            standin.hold_setup[1] = asyncio.Event()
            standin.script(lambda conn: conn.drop(1011))
        elif moment == "backing off":
            for _ in range(4):  # each resume falls over at once: the session is between attempts
                standin.script(lambda conn: conn.drop(1011))

        else:
            async def call(conn: StandInConnection) -> None:
                await conn.tool_call(("held", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))

            standin.script(call)
        session = LiveVoiceSession(voice_settings, core, None, ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        try:
            async with started(session, events) as task:
                if moment == "first setup unanswered":
                    await wait_for(lambda: len(standin.sockets) == 1, what="the first socket")
                    await asyncio.sleep(0.2)  # the setup is sent, its answer is not coming
                elif moment == "resume setup unanswered":
                    await wait_for(lambda: len(standin.sockets) == 2, what="the resume's socket")
                    await asyncio.sleep(0.2)
                elif moment == "backing off":
                    await wait_for(lambda: len(standin.connections) >= 3, what="three connections")
                else:
                    await asyncio.wait_for(arrived.wait(), 10)  # the CRM call is held at the door
                took = await quit_and_time(task)
        finally:
            await crm.close()
    for ws in standin.sockets:
        await asyncio.wait_for(ws.wait_closed(), 5)
    # Every socket the client left (not one the stand-in dropped) was closed with 1000, the held
    # setups included. (A socket cancelled before its websocket handshake finished has no close
    # code to send; "backing off" may catch one.)
    left = [c.ws for c in standin.connections if not c.dropped]
    left += [standin.sockets[i] for i in standin.hold_setup]
    codes = [ws.close_code for ws in left]
    assert set(codes) <= {1000}, codes
    if moment != "backing off":
        assert codes, "the client closed the socket it was on"
    assert took < 1.0, f"quitting took {took:.2f} s"
    states = [e.state for e in events if isinstance(e, SessionState)]
    assert "error" not in states and states[-1] == "closed", states


@pytest.mark.parametrize("moment", ["connected", "backing off"])
async def test_quitting_while_the_microphone_streams_always_ends_the_session(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, spoken_wav: Path, moment: str
) -> None:
    """The microphone hands a chunk over every 20 ms; a quit landing as one arrives must still end
    the session (on Python 3.11 asyncio.wait_for swallowed such a cancel, and ctrl+q hung)."""
    settings = voice_settings
    if moment == "backing off":  # nothing listens there: the session waits between attempts
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            settings = dataclasses.replace(voice_settings, gemini_base_url=f"https://127.0.0.1:{sock.getsockname()[1]}")
    for attempt in range(30):
        mic = WavMic(spoken_wav)
        session = LiveVoiceSession(settings, bot_core, AudioIO(mic, None), ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        task = asyncio.create_task(session.run(events.append))
        try:
            if moment == "connected":
                await wait_for(lambda s=session: s.state.state == "connected", what="the session to be up")
            else:
                await wait_for(lambda s=session: "retrying" in s.state.detail, what="a refused attempt")
            await asyncio.sleep(0.007 * attempt)  # somewhere between two chunks, a different place each time
            took = await quit_and_time(task)
        finally:
            for _ in range(50):  # a run that swallowed its cancel: keep cancelling, so the test fails, not hangs
                if task.done():
                    break
                for stuck in asyncio.all_tasks():
                    if stuck is task or stuck.get_name().startswith("voice-"):
                        stuck.cancel()
                await asyncio.sleep(0.02)
            mic.stop()
        assert task.done() and took < 1.0, f"quit {attempt} did not end the session ({took:.2f} s)"
        assert session.state.state == "closed", session.state
        assert mic._thread is None, "the microphone thread was left running"


def spoken_turns(conn: StandInConnection) -> list[bytes]:
    """The audio of each push-to-talk turn the connection received (activityStart ... activityEnd)."""
    turns: list[bytes] = []
    current: bytearray | None = None
    for kind, pcm in conn.realtime_log():
        if kind == "activityStart":
            current = bytearray()
        elif kind == "audio" and current is not None:
            current += pcm
        elif kind == "activityEnd" and current is not None:
            turns.append(bytes(current))
            current = None
    return turns


async def test_a_spoken_turn_lost_in_a_drop_is_said_again_after_the_resume_and_acted_on_once(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any, spoken_wav: Path
) -> None:
    """activity_end went out, the connection died before any answer: the resumed session hears it again."""

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("before-the-turn")
        await conn.expect_realtime("activityEnd", within=20)
        await conn.drop(1011)  # fell over before a word of answer

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.expect_realtime("activityEnd", within=20)
        await conn.hear("Add Rohan Sharma in Pune, 9876543210")
        await conn.tool_call(("once", "createLead", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Pune"}))
        await conn.expect("toolResponse")
        await conn.say("Created lead Rohan Sharma.")
        await conn.turn_complete()
        await conn.resumption_handle("after-the-turn")
        await conn.drop(1011)  # and again, after answering this time

    mic = WavMic(spoken_wav)
    session = LiveVoiceSession(voice_settings, bot_core, AudioIO(mic, None), ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda s=session: s.state.state == "connected", what="the session to be up")
        assert session.toggle_talk() is True  # the WAV says its phrase and the turn ends by itself
        third = await standin.connection(2, within=20)
        await wait_for(lambda: session.state.state == "connected" and len(standin.connections) == 3, what="the third line")
        await asyncio.sleep(0.3)  # anything wrongly said again would arrive now
    said_first = spoken_turns(standin.connections[0])
    said_again = spoken_turns(standin.connections[1])
    assert len(said_first) == 1 and len(said_first[0]) >= mic.duration_s * MIC_RATE * SAMPLE_WIDTH
    assert said_again == said_first, "the same turn, sample for sample, between activityStart and activityEnd"
    assert spoken_turns(third) == [] and third.received == [], "an answered turn is never said twice"
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "before-the-turn"}
    leads = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert [lead["name"] for lead in leads] == ["Rohan Sharma"], "the tool call happened once"
    assert [(e.role, e.text) for e in events if isinstance(e, Transcript) and e.final] == [
        ("user", "Add Rohan Sharma in Pune, 9876543210"),
        ("assistant", "Created lead Rohan Sharma."),
    ], "no 'say it again' note: nothing was lost"


async def test_a_drop_while_talking_sends_the_whole_turn_from_its_start_on_the_new_connection(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, spoken_wav: Path
) -> None:
    """The first half went to a connection that died: the resumed one must hear all of it, once."""

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("mid-turn")
        await conn.expect_realtime("activityStart")
        for _ in range(20):  # 0.4 s of the phrase arrives, then the line dies
            await conn.expect_realtime("audio")
        await conn.drop(1011)

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.expect_realtime("activityEnd", within=20)
        await conn.say("Heard you.")
        await conn.turn_complete()

    mic = WavMic(spoken_wav)
    session = LiveVoiceSession(voice_settings, bot_core, AudioIO(mic, None), ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda s=session: s.state.state == "connected", what="the session to be up")
        await asyncio.sleep(0.4)  # a quiet room: the pre-roll fills
        assert session.toggle_talk() is True
        await wait_for(
            lambda: any(isinstance(e, Transcript) and e.text == "Heard you." for e in events), within=20, what="the answer"
        )
    (partial,) = [bytes(b"".join(pcm for k, pcm in standin.connections[0].realtime_log() if k == "audio"))]
    (whole,) = spoken_turns(standin.connections[1])
    assert whole.startswith(partial), "the resumed connection got the turn from its first sample"
    sent_s = len(whole) / (MIC_RATE * SAMPLE_WIDTH)
    assert mic.duration_s + 0.25 <= sent_s <= mic.duration_s + 0.5, f"{sent_s:.2f} s: the phrase and its pre-roll, once"
    kinds = [k for k, _ in standin.connections[1].realtime_log()]
    assert kinds.count("activityStart") == 1 and kinds.count("activityEnd") == 1


async def test_a_spoken_turn_too_long_to_keep_is_not_lost_silently(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, spoken_wav: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over the keep limit (30 s; 0.5 s here) the turn is not resent: the person is told to say it again."""
    import crm_tui.voice.ledger as ledger_module

    monkeypatch.setattr(ledger_module, "KEEP_TURNS_BYTES", int(0.5 * MIC_RATE * SAMPLE_WIDTH))

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.expect_realtime("activityEnd", within=20)
        await conn.drop(1011)

    mic = WavMic(spoken_wav)
    session = LiveVoiceSession(voice_settings, bot_core, AudioIO(mic, None), ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda s=session: s.state.state == "connected", what="the session to be up")
        assert session.toggle_talk() is True
        second = await standin.connection(1, within=20)
        await wait_for(
            lambda: any(isinstance(e, Transcript) and e.role == "note" for e in events), what="the note to say it again"
        )
        await asyncio.sleep(0.2)
    notes = [e.text for e in events if isinstance(e, Transcript) and e.role == "note"]
    assert notes == ["The connection dropped before Gemini heard you: please say it again."]
    assert spoken_turns(second) == [] and second.received == []


@pytest.mark.parametrize(
    ("code", "reason"),
    [(1008, "Session resumption handle is invalid or expired."), (1011, "Internal error encountered.")],
    ids=["refused-1008", "falls-over-each-time-1011"],
)
async def test_a_resumption_handle_the_server_refuses_gives_a_fresh_session_and_a_note_not_a_loop(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, code: int, reason: str
) -> None:
    answered: list[Any] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("stale-handle")
        await conn.drop(1011)

    @standin.script
    async def fresh(conn: StandInConnection) -> None:
        await conn.tool_call(("fresh", "findLeads", {"query": "anyone"}))
        answered.append(await conn.expect("toolResponse"))

    standin.refuse_handles["stale-handle"] = (code, reason)
    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    # The handle is kept through refusals for a minute (a tenth of that here, backoff scaled alike).
    session.policy = ReconnectPolicy(resume_window_s=1.0, first_backoff_s=0.05, max_backoff_s=0.2)
    events: list[VoiceEvent] = []
    async with started(session, events):
        await wait_for(lambda: bool(answered), within=15, what="a tool call answered on a fresh session")
        await asyncio.sleep(0.3)  # a loop would show as more sockets now
    assert [pick(s, "sessionResumption") for s in standin.refused_setups] == [{"handle": "stale-handle"}] * len(
        standin.refused_setups
    )
    if code == 1008:  # the reason says the handle is no good: believed at once
        assert len(standin.refused_setups) == 1
    else:  # anything else: the same handle again, with backoff, for the whole window and no longer
        assert 4 <= len(standin.refused_setups) <= 12, f"{len(standin.refused_setups)} attempts with the refused handle"
    assert pick(standin.connections[1].setup, "sessionResumption") == {}, "the new session starts without the handle"
    assert len(standin.sockets) == 2 + len(standin.refused_setups)
    notes = [e.text for e in events if isinstance(e, Transcript) and e.role == "note"]
    assert notes == ["Gemini could not pick up the conversation where it left off: it starts afresh and does not remember what was said before."]
    states = [e.state for e in events if isinstance(e, SessionState)]
    assert "error" not in states and states.count("connected") == 2, states


@pytest.mark.parametrize("when", ["answer in flight at the drop", "answered, dropped before the next handle"])
async def test_a_call_done_on_a_connection_that_died_is_told_to_the_resumed_session_not_answered_on_it(
    standin: LiveStandIn, voice_settings: Settings, crm_server: Any, when: str
) -> None:
    """The resumed session comes from a handle older than the call: it never issued that call id and
    does not know the lead was created. It gets the truth as context; the person gets a note."""
    in_flight = when.startswith("answer in flight")
    async with gated_crm(crm_server.url) as (url, arrived, gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)

        @standin.script
        async def first(conn: StandInConnection) -> None:
            await conn.resumption_handle("before-the-call")
            await conn.tool_call(("c1", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))
            await arrived.wait()
            if not in_flight:
                gate.set()
                await conn.expect("toolResponse")
            await conn.drop(1011)

        @standin.script
        async def second(conn: StandInConnection) -> None:
            if in_flight:
                await asyncio.sleep(0.2)  # resumed; now the CRM finishes
                gate.set()
            await conn.expect("clientContent")

        session = LiveVoiceSession(voice_settings, core, None, ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        try:
            async with started(session, events):
                resumed = await standin.connection(1)
                await wait_for(lambda: any(pick(m, "clientContent") for m in resumed.received), what="the context note")
                await asyncio.sleep(0.3)  # a stray answer would arrive now
        finally:
            await crm.close()
    leads = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert [lead["name"] for lead in leads] == ["Asha Rao"]
    short = leads[0]["lead_id"][:8]
    assert not any(pick(m, "toolResponse") for m in resumed.received), "no answer to an id this session never issued"
    (context,) = [pick(m, "clientContent") for m in resumed.received if pick(m, "clientContent")]
    assert not context.get("turnComplete")
    text = context["turns"][0]["parts"][0]["text"]
    assert "createLead" in text and short in text, text
    assert [e.call.id for e in events if isinstance(e, ToolResult)] == ["c1"], "the tool pane shows what was done"
    notes = [e.text for e in events if isinstance(e, Transcript) and e.role == "note"]
    if in_flight:
        assert len(notes) == 1 and notes[0].startswith("The connection dropped while Gemini was answering") and short in notes[0]
    else:
        assert notes == [], "the answer reached Gemini: nothing lost for the person"


async def test_a_goaway_during_a_tool_call_answers_on_the_old_line_and_resumes_from_the_handle_after_it(
    standin: LiveStandIn, voice_settings: Settings, crm_server: Any
) -> None:
    """GoAway while the CRM is working: the answer goes out on the connection that asked, the model
    finishes speaking there, and the switch waits a moment for the handle that includes that turn."""
    async with gated_crm(crm_server.url) as (url, arrived, gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)
        answers: list[Any] = []

        @standin.script
        async def first(conn: StandInConnection) -> None:
            await conn.resumption_handle("before-the-call")
            await conn.expect("clientContent")
            await conn.tool_call(("c1", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))
            await arrived.wait()
            await conn.go_away("30s")
            gate.set()
            answers.append(await conn.expect("toolResponse"))
            await conn.say("Created lead Asha Rao.")
            await conn.turn_complete()
            await asyncio.sleep(0.1)  # the handle for the finished turn follows it
            await conn.resumption_handle("after-the-call")

        session = LiveVoiceSession(voice_settings, core, None, ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        try:
            async with started(session, events):
                await standin.connection(0)
                await wait_for(lambda s=session: s.state.state == "connected", what="the session to be up")
                await session.send_text("add Asha Rao from Pune 9876543210")
                second = await standin.connection(1)
                await wait_for(lambda: session.state.state == "connected", what="the switch")
                await asyncio.sleep(0.3)
        finally:
            await crm.close()
    assert [pick(a, "functionResponses")[0]["id"] for a in answers] == ["c1"], "answered on the line that asked"
    assert pick(second.setup, "sessionResumption") == {"handle": "after-the-call"}
    assert second.received == [], "the new line already has that turn: nothing to resend or explain"
    finals = [e.text for e in events if isinstance(e, Transcript) and e.final]
    assert finals == ["Created lead Asha Rao."]
    leads = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert [lead["name"] for lead in leads] == ["Asha Rao"]
