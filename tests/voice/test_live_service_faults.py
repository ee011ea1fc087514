"""What the real Gemini Live service is reported to do that a well-behaved server does not, each a switch
of the stand-in: 1008 right after a tool response, a resume refused while the old socket is still open,
accept-then-drop storms, pongs 8-30 s late. Each scenario asserts what the person sees (status,
transcript, notes) and that the CRM holds exactly one write. Real SDK, bot core, CRM server and SQLite.

Times are scaled down where the service's are long (a 30 s storm is 3 s here; keep-alive by 1/100),
with the policy's times scaled alike, so the ratios that decide the behaviour are the real ones.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice import live
from crm_tui.voice.audio import AudioIO, WavMic
from crm_tui.voice.events import SessionState, ToolResult, Transcript, VoiceEvent
from crm_tui.voice.reconnect import ReconnectPolicy
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import NOW, wait_for
from tests.voice.standin import LiveStandIn, StandInConnection, pick
from tests.voice.test_session import crm_get, gated_crm
from tests.voice.test_session_resilience import started

ASHA = {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}


def states(events: list[VoiceEvent]) -> list[str]:
    """The status line's session states, up to the test's own quit ("closed")."""
    shown = [e.state for e in events if isinstance(e, SessionState)]
    return shown[:-1] if shown and shown[-1] == "closed" else shown


def notes(events: list[VoiceEvent]) -> list[str]:
    return [e.text for e in events if isinstance(e, Transcript) and e.role == "note"]


def said(events: list[VoiceEvent]) -> list[str]:
    return [e.text for e in events if isinstance(e, Transcript) and e.final and e.role == "assistant"]


async def leads(crm_server: Any) -> list[str]:
    return [lead["name"] for lead in (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]]


def scaled_policy(**kw: Any) -> ReconnectPolicy:
    """The policy's times at a tenth (backoff 0.05 s .. 0.8 s, stable after 1 s, a 6 s resume window)."""
    return ReconnectPolicy(
        **{"first_backoff_s": 0.05, "max_backoff_s": 0.8, "stable_after_s": 1.0, "resume_window_s": 6.0, **kw}
    )


async def test_a_1008_right_after_a_tool_response_resumes_with_the_held_handle(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    """Mid-session 1008 ("Requested entity was not found") is not a bad key: resume, and tell the
    resumed session (whose handle is older than the call) what the CRM did."""
    standin.close_after_tool_response.append((1008, "Requested entity was not found."))

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("before-the-call")
        await conn.tool_call(("c1", "createLead", ASHA))
        await conn.expect("toolResponse")  # and the stand-in closes with 1008

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.say("I have created Asha Rao.")
        await conn.turn_complete()

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        resumed = await standin.connection(1)
        await wait_for(lambda: said(events) == ["I have created Asha Rao."], what="the answer on the resumed line")
    assert standin.sockets[0].close_code == 1008
    assert pick(resumed.setup, "sessionResumption") == {"handle": "before-the-call"}
    (context,) = [pick(m, "clientContent") for m in resumed.received if pick(m, "clientContent")]
    assert "createLead" in context["turns"][0]["parts"][0]["text"] and not context.get("turnComplete")
    assert states(events) == ["connecting", "connected", "reconnecting", "connected"]
    assert notes(events) == [], "the answer reached Gemini before the close: nothing lost for the person"
    assert await leads(crm_server) == ["Asha Rao"]


@pytest.mark.parametrize("linger_s", [0.0, 0.5, 2.0], ids=["old-socket-gone-at-once", "lingers-0.5s", "lingers-2s"])
async def test_goaway_closes_the_old_connection_before_resuming_and_keeps_the_handle_while_refused(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any, linger_s: float
) -> None:
    """The service refuses a resume while an older socket of the session is open (here: for
    `linger_s` after the client closed it). The old socket is closed first; refusals meanwhile
    are retried with the same handle, never thrown away for a fresh session."""
    standin.old_socket_linger_s = linger_s

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("h1")
        await conn.expect("clientContent")
        await conn.tool_call(("c1", "createLead", ASHA))
        await conn.expect("toolResponse")
        await conn.say("Created lead Asha Rao.")
        await conn.turn_complete()
        await conn.resumption_handle("h2")
        await conn.go_away("30s")

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda: session.state.state == "connected", what="the session to be up")
        await session.send_text("add Asha Rao from Pune 9876543210")
        second = await standin.connection(1, within=15)
        await wait_for(lambda: session.state.state == "connected", what="the resumed session")
        await asyncio.sleep(0.2)
    assert standin.sockets[0].close_code == 1000, "the client closed the old connection normally"
    assert pick(second.setup, "sessionResumption") == {"handle": "h2"}
    refused = [pick(s, "sessionResumption") for s in standin.refused_setups]
    assert refused == [{"handle": "h2"}] * len(refused), "every retry kept the handle"
    if linger_s == 0.0:
        assert len(refused) <= 1
    else:
        assert len(refused) >= 1
    assert notes(events) == [], "no 'starts afresh': the conversation was kept"
    assert "error" not in states(events)
    assert said(events) == ["Created lead Asha Rao."]
    assert second.received == [], "the new line already has that turn: nothing resent, nothing explained"
    assert await leads(crm_server) == ["Asha Rao"]


async def test_a_server_that_accepts_then_drops_for_a_while_is_not_stormed_and_the_session_comes_back(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    """Accept-then-drop for 30 s (3 s here): redialled with growing waits, not at once each time
    (the success of each setup no longer resets the backoff); the handle survives it."""

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("h1")
        await conn.tool_call(("c1", "createLead", ASHA))
        await conn.expect("toolResponse")
        await conn.turn_complete()
        await conn.resumption_handle("h2")
        await asyncio.sleep(0.1)
        standin.accept_then_drop_until = asyncio.get_running_loop().time() + 3.0
        await conn.drop(1011)

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    session.policy = scaled_policy()
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda: standin.accepted_then_dropped >= 2, within=15, what="the storm to begin")
        # The storm's connections are accepted (the session shows "connected" for a moment) but
        # never listed: the second listed connection is the first one that stayed.
        await wait_for(
            lambda: session.state.state == "connected" and len(standin.connections) == 2,
            within=15, what="the session back after the storm",
        )
        await asyncio.sleep(0.3)
    storm = standin.accepted_then_dropped
    # At least twice (it kept redialling through the window), at most ten (growing waits, not at once each time).
    # The lower end is loose: on a loaded machine each redial's setup takes longer, and 3 fit in the 3 s window.
    assert 2 <= storm <= 10, f"{storm} connections in 3 s (redialling at once made dozens)"
    assert pick(standin.connections[-1].setup, "sessionResumption") == {"handle": "h2"}
    assert notes(events) == [] and "error" not in states(events)
    assert session.metrics.reconnects == storm + 1
    assert await leads(crm_server) == ["Asha Rao"]


async def test_a_server_that_keeps_dropping_is_left_alone_after_a_bound_and_the_retry_key_tries_again(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("h1")
        await conn.tool_call(("c1", "createLead", ASHA))
        await conn.expect("toolResponse")
        await conn.turn_complete()
        await conn.resumption_handle("h2")
        standin.accept_then_drop_until = float("inf")
        await conn.drop(1011)

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    session.policy = scaled_policy(max_failures=5)
    events: list[VoiceEvent] = []
    async with started(session, events):
        await wait_for(lambda: session.state.state == "stopped", within=15, what="the session to stop trying")
        await asyncio.sleep(0.5)  # no more attempts now
        tried = len(standin.sockets)
        detail = session.state.detail
        standin.accept_then_drop_until = None  # the service recovers; the person presses the key
        assert session.retry() is True
        await wait_for(lambda: session.state.state == "connected", within=10, what="connected after the retry key")
    assert tried == 1 + 4, f"{tried} sockets: the first, then tries up to the bound"
    assert "connection dropped (1011)" in detail and "ctrl+e" in detail and "5 tries" in detail, detail
    assert pick(standin.connections[-1].setup, "sessionResumption") == {"handle": "h2"}
    assert await leads(crm_server) == ["Asha Rao"]


@pytest.mark.parametrize(
    ("keepalive", "ping_timeout_s", "drops"),
    [("ours: 20 s pings, 60 s to answer", 0.6, False), ("websockets' default: 20 s to answer", 0.2, True)],
)
async def test_pongs_that_come_30_s_late_do_not_drop_the_session(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any,
    monkeypatch: pytest.MonkeyPatch, keepalive: str, ping_timeout_s: float, drops: bool,
) -> None:  # fmt: skip
    """Keep-alive at 1/100 scale: a ping every 0.2 s (20 s), pongs 0.3 s late (30 s). Our timeout
    (60 s) rides it out; websockets' default (20 s) drops the healthy session with 1011 — the control
    that shows the switch bites."""
    monkeypatch.setattr(live, "PING_INTERVAL_S", 0.2)
    monkeypatch.setattr(live, "PING_TIMEOUT_S", ping_timeout_s)
    standin.pong_delay_s = 0.3
    answered: list[Any] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("h1")
        await asyncio.sleep(2.0)  # 200 s of quiet, scaled
        await conn.tool_call(("c1", "createLead", ASHA))
        answered.append(await conn.expect("toolResponse"))

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.tool_call(("c1", "createLead", ASHA))
        answered.append(await conn.expect("toolResponse"))

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await wait_for(lambda: bool(answered), within=15, what="the call after the quiet spell")
    if drops:
        assert standin.sockets[0].close_code == 1011 and "reconnecting" in states(events)
    else:
        assert len(standin.sockets) == 1, "one connection all along"
        assert states(events) == ["connecting", "connected"]
    assert await leads(crm_server) == ["Asha Rao"]


@pytest.mark.parametrize("cancellation", ["with message", "silent"], ids=["toolCallCancellation", "no-cancellation-message"])
async def test_a_blocking_call_cancelled_by_new_input_neither_duplicates_nor_misreports_the_write(
    standin: LiveStandIn, voice_settings: Settings, crm_server: Any, spoken_wav: Path, cancellation: str
) -> None:
    """3.8: the person talks while a BLOCKING createLead runs; the service cancels the call (with or
    without telling), ignores its late answer, and the model calls createLead again with the same
    arguments. The CRM holds one lead, the repeat is answered with it, and the model is told that
    the first call was carried out."""
    standin.cancel_blocking_on_input = cancellation
    seen: dict[str, Any] = {}
    async with gated_crm(crm_server.url) as (url, arrived, gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)

        @standin.script
        async def model(conn: StandInConnection) -> None:
            await conn.tool_call(("first", "createLead", ASHA))
            await arrived.wait()  # the CRM call is in flight, held at its door
            await conn.expect_realtime("activityStart")  # the person talks: the stand-in cancels "first"
            gate.set()
            seen["context"] = await conn.expect("clientContent")
            await conn.expect_realtime("activityEnd", within=20)
            await conn.tool_call(("again", "createLead", ASHA))  # the model does it again
            (seen["again"],) = pick(await conn.expect("toolResponse"), "functionResponses")
            await conn.say("Created lead Asha Rao.")
            await conn.turn_complete()

        session = LiveVoiceSession(
            voice_settings, core, AudioIO(WavMic(spoken_wav), None), ssl_context=standin.client_ssl_context()
        )
        events: list[VoiceEvent] = []
        try:
            async with started(session, events):
                await asyncio.wait_for(arrived.wait(), 10)
                session.toggle_talk()
                await wait_for(lambda: said(events) == ["Created lead Asha Rao."], within=20, what="the answer")
        finally:
            await crm.close()
    conn = standin.connections[0]
    (lead,) = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert lead["name"] == "Asha Rao", "one lead, not two"
    again = seen["again"]["response"]["output"]
    assert again["status"] == "OK" and again["result"]["lead_id"] == lead["lead_id"], "the repeat answered with that lead"
    context = seen["context"]
    text = context["turns"][0]["parts"][0]["text"]
    assert not context.get("turnComplete") and "first" in text and lead["lead_id"][:8] in text, text
    rows = [e.call.id for e in events if isinstance(e, ToolResult)]
    if cancellation == "with message":
        assert conn.ignored_responses == [], "a cancelled call is not answered"
        assert rows == ["first", "again"]
        (note,) = notes(events)
        assert note.startswith("Gemini called off createLead, but the CRM had already done it")
    else:
        assert [pick(m, "toolResponse")["functionResponses"][0]["id"] for m in conn.ignored_responses] == ["first"]
        assert rows == ["first", "again"]
        assert notes(events) == [], "the model was told; the answer it gives is what the person hears"
