"""Voice events into the UI, push-to-talk, typed text into a voice session, history, help and palette.

The voice session is our own seam (crm_tui.voice.base.VoiceController), so a small scripted controller
here stands in for it; the real Live session is tested end to end by the voice suite.
"""

from __future__ import annotations

import asyncio
import threading

from textual.widgets import DataTable, RichLog, Static

from crm_tui.app import make_app
from crm_tui.bot.types import BotError, BotResult, CrmCall, ToolCall
from crm_tui.config import Settings
from crm_tui.screens.help import HelpScreen
from crm_tui.voice.base import Emit
from crm_tui.voice.events import Level, Metrics, MicState, SessionState, ToolResult, Transcript, VoiceEvent
from crm_tui.voice_wiring import NO_VOICE
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.level_meter import LevelMeter
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import fixed_clock, type_command, wait_until


class ScriptedVoice:
    """Plays a script of events from a thread of its own (as audio threads do) and records what it is told."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.talking = False
        self.toggles = 0
        self.emit: Emit | None = None

    async def run(self, emit: Emit) -> None:
        self.emit = emit
        await asyncio.Event().wait()  # a session runs until cancelled

    def play(self, events: list[VoiceEvent]) -> None:
        """Emit `events` from another thread, in order."""
        emit = self.emit
        assert emit is not None, "the app has not started the session"
        thread = threading.Thread(target=lambda: [emit(event) for event in events], daemon=True)
        thread.start()
        thread.join(10)

    def toggle_talk(self) -> bool:
        self.toggles += 1
        self.talking = not self.talking
        return self.talking

    async def send_text(self, text: str) -> None:
        self.sent.append(text)


def log_text(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(strip.text for strip in app.query_one(RichLog).lines)


async def test_voice_events_reach_every_pane(tui_settings: Settings) -> None:
    call = ToolCall("updateLeadStatus", {"lead_id": "Rohan", "status": "won"}, id="fc-1")
    failed = BotResult(
        "LEAD_UPDATE",
        {"status": "won"},
        CrmCall("POST", "/crm/leads/x/status", 404),
        error=BotError("CRM_ERROR", "Lead not found"),
        message="I could not find that lead.",
    )
    voice = ScriptedVoice()
    settings = Settings(**{**tui_settings.__dict__, "engine": "gemini", "gemini_api_key": "test-key"})
    app = make_app(settings, voice=voice, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(pilot, lambda: voice.emit is not None, "the session to start")
        voice.play(
            [
                SessionState("connected"),
                MicState("talking"),
                *[Level("in", -60.0 + i) for i in range(40)],  # a burst: stale levels may be dropped
                Level("out", -30.0),
                Transcript("user", "mark Rohan as", final=False),
            ]
        )
        pane = app.query_one(TranscriptPane)
        meter = app.query_one(LevelMeter)
        await wait_until(pilot, lambda: pane.partial == "mark Rohan as", "the partial transcript")
        assert app.session_state == "connected" and app.mic_state == "talking" and meter.mic_state == "talking"
        assert "talking" in str(meter.render())
        await wait_until(pilot, lambda: meter.in_dbfs == -21.0, "the newest microphone level")
        assert meter.out_dbfs == -30.0
        assert "Rohan" in str(app.query_one("#transcript-partial", Static).render())

        # The turn ends: the partial becomes a turn, the call shows in the tool pane, metrics in the status line.
        voice.play(
            [
                Transcript("user", "mark Rohan as won", final=True),
                ToolResult(call, failed, 42.0),
                Transcript("assistant", "I could not find that lead.", final=True),
                Metrics(first_audio_ms=420.0, tool_rtt_ms=35.0),
            ]
        )
        tools = app.query_one(ToolCallsPane)
        await wait_until(pilot, lambda: "fc-1" in tools.calls, "the tool call")
        await wait_until(pilot, lambda: app.metrics_text != "", "the metrics")
        assert pane.partial == ""
        assert "You  mark Rohan as won" in log_text(app)
        assert "Assistant  I could not find that lead." in log_text(app)
        answer = str(tools.table.get_cell("fc-1", "answer"))
        assert str(tools.table.get_cell("fc-1", "function")) == "updateLeadStatus"
        assert "CRM_ERROR" in answer and "404" in answer
        assert "1st audio 420 ms" in app.metrics_text

        # Typed text goes into the live session; push-to-talk toggles it.
        await type_command(pilot, "call Priya tomorrow")
        await wait_until(pilot, lambda: voice.sent == ["call Priya tomorrow"], "the typed turn in the session")
        await pilot.press("ctrl+t")
        assert voice.toggles == 1 and app.mic_state == "talking"
        await pilot.press("ctrl+t")
        assert voice.toggles == 2 and app.mic_state == "listening"

        # The JSON of the selected call is one key away.
        await pilot.press("ctrl+r")
        assert app.query_one("#tool-json-scroll").display
        shown = tools.json_text
        assert '"CRM_ERROR"' in shown and '"updateLeadStatus"' in shown

        # The session drops a typed turn: the person reads it in the conversation and in a toast.
        voice.play([SessionState("error", "not connected: the typed turn was not sent")])
        await wait_until(pilot, lambda: app.session_state == "error", "the session error")
        assert "Note Voice: not connected: the typed turn was not sent" in " ".join(log_text(app).split())
        assert any(n.severity == "error" and "not connected" in n.message for n in app._notifications)


async def test_push_to_talk_without_voice_says_so_once(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+t")
        await pilot.press("ctrl+t")
        await pilot.pause()
        told = [n for n in app._notifications if NO_VOICE in n.message]
        assert len(told) == 1
        assert app.mic_state == "no_microphone"
        # The rest works: the input still takes text.
        await pilot.press(*"hello")
        assert app.query_one(CommandInput).value == "hello"


async def test_a_session_without_a_microphone_says_what_is_missing_once(tui_settings: Settings) -> None:
    voice = ScriptedVoice()
    settings = Settings(**{**tui_settings.__dict__, "engine": "gemini", "gemini_api_key": "test-key"})
    app = make_app(settings, voice=voice, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: voice.emit is not None, "the session to start")
        voice.play([MicState("no_microphone", "no microphone: text only")])
        await wait_until(pilot, lambda: app.mic_state == "no_microphone", "the mic state")
        voice.play([MicState("no_microphone", "no microphone: text only")])
        await pilot.pause()
        told = [n.message for n in app._notifications if n.title == "Voice"]
        # The key is set: the notice names the device, not GEMINI_API_KEY, and comes once.
        assert told == ["No microphone: text only. Type your command."]


async def test_history_help_and_palette(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        box = app.query_one(CommandInput)
        assert app.focused is box
        for text in ("first command", "second command"):
            await type_command(pilot, text)
        await pilot.press("up")
        assert box.value == "second command"
        await pilot.press("up", "up")
        assert box.value == "first command"
        await pilot.press("down", "down")
        assert box.value == ""

        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_text = " ".join(f"{key} {description}" for key, description in app.screen.keys)
        for label in ("push-to-talk", "filter leads", "open the lead", "JSON", "clear the transcript", "quit"):
            assert label in help_text
        # What happens to typed commands when Gemini cannot be reached is said where keys are explained.
        note = str(app.screen.query_one("#help-note", Static).render())
        assert "local engine" in note and "offline: local" in note
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)

        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Talk", "Filter leads", "Open lead", "Toggle JSON", "Clear transcript", "Help"):
            assert title in titles

        await pilot.press("ctrl+l")
        assert app.query_one(TranscriptPane).turns == 0
        assert isinstance(app.query_one("#tool-table"), DataTable)


async def test_status_line_keeps_every_state_at_80_columns(tui_settings: Settings) -> None:
    # The Gemini model's name is ~50 cells: at 80 columns it used to push mic and voice off the line.
    voice = ScriptedVoice()
    settings = Settings(**{**tui_settings.__dict__, "engine": "gemini", "gemini_api_key": "test-key"})
    app = make_app(settings, voice=voice, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: voice.emit is not None, "the session to start")
        voice.play([SessionState("connected"), MicState("listening")])
        await wait_until(pilot, lambda: app.session_state == "connected", "the session state")
        await wait_until(pilot, lambda: app.crm_state == "connected", "the CRM")
        await pilot.pause()
        line = "".join(segment.text for segment in app.query_one("#status").render_line(0))
        for shown in ("engine gemini:", "CRM connected", "mic listening", "voice connected", "10:30"):
            assert shown in line, line


async def test_transcript_wraps_again_when_the_terminal_narrows(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = app.query_one(TranscriptPane)
        said = "Found Tara Singh from Agra, phone nine eight seven six five zero zero zero one one, status won."
        pane.add_turn("assistant", said, fixed_clock())
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        log = app.query_one(RichLog)
        lines = [strip.text.rstrip() for strip in log.lines]
        # Every word still on screen: no line runs past the narrower log, and nothing was lost.
        assert all(len(line) <= log.scrollable_content_region.width for line in lines), lines
        # (the phone read digit by digit is shown as its digits: test_what_a_command_leaves_in_sight)
        shown = said.replace("nine eight seven six five zero zero zero one one", "9876500011")
        assert " ".join(lines).split() == f"10:30 Assistant {shown}".split()
