"""The voice session as the dashboard shows it: its events become messages, its states the status line.

`CrmApp` extends `VoiceWiring`; the session itself (audio, the Live connection, reconnects) is
`crm_tui/voice/`, and typed text's way into it is `conversation.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual import work
from textual.app import App
from textual.reactive import reactive

from crm_tui.conversation import CommandRouter
from crm_tui.messages import (
    LevelChanged,
    MetricsUpdated,
    MicStateChanged,
    SessionStateChanged,
    ToolCallUpdate,
    TranscriptReceived,
    metrics_text,
    voice_message,
)
from crm_tui.voice.base import RetriesWhenStopped, VoiceController
from crm_tui.voice.events import Level, MicStateName, SessionStateName, VoiceEvent

if TYPE_CHECKING:
    from crm_tui.screens.main import MainScreen

NO_VOICE = "Voice needs a microphone and GEMINI_API_KEY; type your command"


class VoiceWiring(App[None]):
    """The App's side of a voice session: its worker, its messages, push-to-talk and reconnect."""

    voice: VoiceController | None
    main: MainScreen
    router: CommandRouter
    _told_no_voice: bool

    mic_state: reactive[MicStateName] = reactive("no_microphone")
    """The microphone as the person should see it."""
    session_state: reactive[SessionStateName | Literal[""]] = reactive("")
    """The voice session's state, "" without voice."""
    session_detail: reactive[str] = reactive("")
    """Why the voice session stopped retrying; "" otherwise."""
    mic_mode: reactive[str] = reactive("")
    """Hands-free: how the assistant's voice is kept out of the microphone ("half-duplex"); "" otherwise."""
    metrics_text: reactive[str] = reactive("")
    """Voice metrics for the status line."""

    @work(exclusive=True, group="voice", exit_on_error=False)
    async def run_voice(self, voice: VoiceController) -> None:
        meter = self.main.meter

        def emit(event: VoiceEvent) -> None:
            # Any thread: only post messages. Levels go straight to the meter's own queue, where a
            # newer level replaces a queued one; tool results to the main screen's tool pane.
            if isinstance(event, Level):
                meter.post_message(LevelChanged(event.direction, event.dbfs))
            elif (message := voice_message(event)) is not None:
                (self.main if isinstance(message, ToolCallUpdate) else self).post_message(message)

        await voice.run(emit)

    def on_transcript_received(self, message: TranscriptReceived) -> None:
        if message.role == "note":  # the voice session telling the person something (words lost in a drop)
            self.main.show_note(message.text)
            self.notify(message.text, severity="warning", title="Voice", markup=False)
        else:
            self.main.show_transcript(message.role, message.text, message.final)

    def on_session_state_changed(self, message: SessionStateChanged) -> None:
        self.session_state = message.state
        self.session_detail = message.detail if message.state == "stopped" else ""
        self.router.session_changed(message.state, message.detail)
        if message.state in ("error", "stopped"):
            detail = message.detail or "the voice session failed"
            self.notify(detail, severity="error", title="Voice", markup=False)
            # In the conversation too: a typed turn the session could not take must not vanish silently
            # (it is still one `up` away in the command history).
            self.main.show_note(f"Voice: {detail}")

    def on_mic_state_changed(self, message: MicStateChanged) -> None:
        self.mic_state = message.state
        self.mic_mode = message.mode
        if message.state == "no_microphone":
            self._say_no_voice(message.detail)

    def on_metrics_updated(self, message: MetricsUpdated) -> None:
        self.metrics_text = metrics_text(message)

    def _say_no_voice(self, detail: str = "") -> None:
        if not self._told_no_voice:
            self._told_no_voice = True
            # With a session but no sound device the key is there: say what is missing, not both.
            text = f"{detail[:1].upper()}{detail[1:].rstrip('.')}. Type your command." if detail else f"{NO_VOICE}."
            self.notify(text, severity="warning", title="Voice", markup=False)

    def action_talk(self) -> None:
        """Push-to-talk: the same key starts talking and sends."""
        if self.voice is None:
            self._say_no_voice()
            return
        talking = self.voice.toggle_talk()
        self.mic_state = "talking" if talking else "listening"

    def action_voice_retry(self) -> None:
        """The voice session stopped after too many failures in a row: try again now."""
        if not isinstance(self.voice, RetriesWhenStopped):
            self._say_no_voice()
        elif not self.voice.retry():
            self.notify("Voice is not waiting to reconnect.", title="Voice", markup=False)

