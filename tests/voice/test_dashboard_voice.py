"""The voice session inside the real dashboard (Textual Pilot): a typed turn and a push-to-talk turn
go to the Live stand-in, the model's words land in the transcript pane and its calls in the tool pane.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.voice.audio import AudioIO, WavMic
from crm_tui.voice.session import LiveVoiceSession
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.status_line import StatusLine
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane
from tests.voice.conftest import NOW
from tests.voice.standin import LiveStandIn, StandInConnection, pick


async def test_typed_and_spoken_turns_reach_the_transcript_and_tool_panes(
    standin: LiveStandIn, voice_settings: Settings, bot_core: Any, spoken_wav: Path
) -> None:
    @standin.script
    async def model(conn: StandInConnection) -> None:
        typed = await conn.expect("clientContent")
        assert typed["turns"][0]["parts"][0]["text"] == "add Rohan Sharma from Gurgaon 9876543210"
        await conn.tool_call(("t1", "createLead", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}))
        (answer,) = pick(await conn.expect("toolResponse"), "functionResponses")
        short_id = answer["response"]["output"]["result"]["lead_id"][:8]
        await conn.say(f"Created lead Rohan Sharma, id {short_id}.")
        await conn.turn_complete()
        await conn.expect_realtime("activityEnd", within=20)
        await conn.hear("Add Rohan Sharma in Pune")
        await conn.say("Rohan Sharma is already a lead.", audio=bytes(960))
        await conn.turn_complete()

    session = LiveVoiceSession(
        voice_settings, bot_core, AudioIO(WavMic(spoken_wav), None), ssl_context=standin.client_ssl_context()
    )
    app = make_app(voice_settings, voice=session, clock=lambda: NOW, start_embedded=False)
    async with app.run_test(size=(140, 44)) as pilot:
        await standin.connection(0)
        box = app.query_one(CommandInput)
        box.focus()
        box.value = "add Rohan Sharma from Gurgaon 9876543210"  # as if typed (typing each key is slow)
        await pilot.press("enter")
        transcript = app.query_one(TranscriptPane)
        tools = app.query_one(ToolCallsPane)
        await wait_until(pilot, lambda: transcript.turns >= 2 and tools.table.row_count == 1)
        await pilot.press("ctrl+t")  # push-to-talk: the WAV microphone says its phrase
        await wait_until(pilot, lambda: transcript.turns >= 4)
        said = [(t.role, t.text) for t in transcript.entries]
        session_state = app.session_state
    assert said[0] == ("user", "add Rohan Sharma from Gurgaon 9876543210")
    assert said[1][0] == "assistant" and said[1][1].startswith("Created lead Rohan Sharma, id ")
    assert said[2:] == [
        ("user", "Add Rohan Sharma in Pune"),
        ("assistant", "Rohan Sharma is already a lead."),
    ]
    assert session_state == "connected"


async def test_the_status_line_says_reconnecting_while_a_dropped_session_is_resumed(
    standin: LiveStandIn, voice_settings: Settings, bot_core: Any
) -> None:
    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("ui-handle")
        await conn.expect("clientContent")
        await conn.drop(1011)

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.say("I'm back.")
        await conn.turn_complete()

    # The stand-in holds the second setup until the test has seen the status line.
    release = standin.hold_setup[1] = asyncio.Event()
    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(voice_settings, voice=session, clock=lambda: NOW, start_embedded=False)
    async with app.run_test(size=(140, 44)) as pilot:
        status = app.query_one(StatusLine)
        await wait_until(pilot, lambda: "voice connected" in str(status.render()))
        box = app.query_one(CommandInput)
        box.focus()
        box.value = "hello"
        await pilot.press("enter")
        await wait_until(pilot, lambda: "voice reconnecting" in str(status.render()))
        release.set()
        await wait_until(pilot, lambda: "voice connected" in str(status.render()))
        transcript = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: any(t.text == "I'm back." for t in transcript.entries))
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "ui-handle"}
    assert not any("error" in str(n.message).lower() for n in app._notifications), "a resumed drop is not an error"


async def wait_until(pilot: Any, condition: Any, within: float = 20.0) -> None:
    started = datetime.now()
    while not condition():
        if (datetime.now() - started).total_seconds() > within:
            raise AssertionError("the dashboard did not show it in time")
        await pilot.pause(0.05)


async def test_quitting_while_the_first_connection_is_being_set_up_closes_cleanly(
    standin: LiveStandIn, voice_settings: Settings, bot_core: Any
) -> None:
    """ctrl+q while Gemini has not answered the setup yet: a normal close, no error, out at once."""
    standin.hold_setup[0] = asyncio.Event()  # never released: the setup stays unanswered
    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(voice_settings, voice=session, clock=lambda: NOW, start_embedded=False)
    async with app.run_test(size=(140, 44)) as pilot:
        status = app.query_one(StatusLine)
        await wait_until(pilot, lambda: len(standin.sockets) == 1 and "voice connecting" in str(status.render()))
        await asyncio.sleep(0.2)  # the setup message is on the wire, its answer is not coming
        started = asyncio.get_running_loop().time()
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running, within=5)
    took = asyncio.get_running_loop().time() - started
    await asyncio.wait_for(standin.sockets[0].wait_closed(), 5)
    assert standin.sockets[0].close_code == 1000, f"closed with {standin.sockets[0].close_code}"
    assert took < 1.5, f"quitting took {took:.2f} s"
    assert session.state.state == "closed"
    errors = [n.message for n in app._notifications if n.severity == "error"]
    assert errors == []
    assert app.return_code in (0, None)


async def test_a_spoken_turn_that_cannot_be_said_again_is_a_note_and_a_warning(
    standin: LiveStandIn, voice_settings: Settings, bot_core: Any, spoken_wav: Path, monkeypatch: Any
) -> None:
    """Words lost in a drop (a turn over the keep limit, 0.5 s here) are never lost silently."""
    import crm_tui.voice.ledger as ledger_module
    from crm_tui.voice.audio import MIC_RATE, SAMPLE_WIDTH

    monkeypatch.setattr(ledger_module, "KEEP_TURNS_BYTES", int(0.5 * MIC_RATE * SAMPLE_WIDTH))

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.expect_realtime("activityEnd", within=20)
        await conn.drop(1011)

    session = LiveVoiceSession(
        voice_settings, bot_core, AudioIO(WavMic(spoken_wav), None), ssl_context=standin.client_ssl_context()
    )
    app = make_app(voice_settings, voice=session, clock=lambda: NOW, start_embedded=False)
    async with app.run_test(size=(140, 44)) as pilot:
        await standin.connection(0)
        status = app.query_one(StatusLine)
        await wait_until(pilot, lambda: "voice connected" in str(status.render()))
        await pilot.press("ctrl+t")
        transcript = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: any(t.role == "note" for t in transcript.entries))
        notes = [t.text for t in transcript.entries if t.role == "note"]
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
    assert notes == ["The connection dropped before Gemini heard you: please say it again."]
    assert notes[0] in warnings


async def test_a_session_that_stopped_retrying_says_why_in_the_status_line_and_ctrl_e_tries_again(
    standin: LiveStandIn, voice_settings: Settings, bot_core: Any
) -> None:
    from crm_tui.voice.reconnect import ReconnectPolicy

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("h1")
        standin.accept_then_drop_until = float("inf")  # from now on every setup is accepted, then dropped
        await conn.drop(1011)

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    session.policy = ReconnectPolicy(first_backoff_s=0.02, max_backoff_s=0.1, max_failures=4)
    app = make_app(voice_settings, voice=session, clock=lambda: NOW, start_embedded=False)
    async with app.run_test(size=(160, 44)) as pilot:
        status = app.query_one(StatusLine)
        await wait_until(pilot, lambda: "voice stopped" in str(status.render()))
        shown = str(status.render())
        tried = len(standin.sockets)
        standin.accept_then_drop_until = None
        await pilot.press("ctrl+e")
        await wait_until(pilot, lambda: "voice connected" in str(status.render()))
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
    assert "voice stopped: connection dropped (1011) · ctrl+e retries" in shown, shown
    assert tried == 4
    assert len(errors) == 1 and "press ctrl+e to try again" in errors[0]
    assert pick(standin.connections[-1].setup, "sessionResumption") == {"handle": "h1"}


async def test_tokens_per_turn_and_reconnects_show_in_the_status_line(
    standin: LiveStandIn, voice_settings: Settings, bot_core: Any
) -> None:
    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("h1")
        await conn.expect("clientContent")
        await conn.say("Hello.")
        await conn.turn_complete()
        await conn.usage(812, 37)
        await conn.drop(1011)

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    app = make_app(voice_settings, voice=session, clock=lambda: NOW, start_embedded=False)
    async with app.run_test(size=(160, 44)) as pilot:
        status = app.query_one(StatusLine)
        await wait_until(pilot, lambda: "voice connected" in str(status.render()))
        box = app.query_one(CommandInput)
        box.focus()
        box.value = "hello"
        await pilot.press("enter")
        await wait_until(pilot, lambda: "reconnects 1" in str(status.render()) and "voice connected" in str(status.render()))
        shown = str(status.render())
    assert "tokens 812/37" in shown, shown
