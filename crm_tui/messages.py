"""Messages shared by the dashboard's panes and the app that owns their state.

Voice events arrive from audio threads and change-feed events from a network worker; both are turned
into these small Textual messages so that only the UI thread ever touches a widget. Messages that
belong to one widget live in that widget's module instead.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

from crm_tui.bot.types import BotResult, ToolCall
from crm_tui.voice.events import SessionStateName


class LevelChanged(Message, bubble=False):
    """An audio level in dBFS. Arrives many times a second, so a newer one replaces a queued one."""

    def __init__(self, direction: str, dbfs: float) -> None:
        super().__init__()
        self.direction = direction
        self.dbfs = dbfs

    def can_replace(self, message: Message) -> bool:
        # Only the newest level per direction matters; the meter never needs the stale ones.
        return isinstance(message, LevelChanged) and message.direction == self.direction


class TranscriptReceived(Message):
    """A transcript from the voice session; `final=False` is the live partial of a turn."""

    def __init__(self, role: str, text: str, final: bool) -> None:
        super().__init__()
        self.role = role
        self.text = text
        self.final = final


class SessionStateChanged(Message):
    """The Live session's connection state, for the status line."""

    def __init__(self, state: SessionStateName, detail: str = "") -> None:
        super().__init__()
        self.state = state
        self.detail = detail


class MicStateChanged(Message):
    """The microphone's state (no_microphone, muted, listening, talking), for the meter."""

    def __init__(self, state: str, detail: str = "", mode: str = "") -> None:
        super().__init__()
        self.state = state
        self.detail = detail
        self.mode = mode  # hands-free: "half-duplex" (the mic is ignored while the assistant speaks)


class MetricsUpdated(Message, bubble=False):
    """Running voice metrics; only the newest is worth drawing."""

    def __init__(
        self,
        first_audio_ms: float | None,
        tool_rtt_ms: float | None,
        dropped_chunks: int,
        tokens: tuple[int | None, int | None] = (None, None),
        reconnects: int = 0,
    ) -> None:
        super().__init__()
        self.first_audio_ms = first_audio_ms
        self.tool_rtt_ms = tool_rtt_ms
        self.dropped_chunks = dropped_chunks
        self.tokens = tokens  # the model's tokens in and out, last turn
        self.reconnects = reconnects

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, MetricsUpdated)


class ToolCallUpdate(Message):
    """A tool call starting (`result is None`) or finished, from the bot core or the voice session."""

    def __init__(self, call: ToolCall, result: BotResult | None, latency_ms: float | None) -> None:
        super().__init__()
        self.call = call
        self.result = result
        self.latency_ms = latency_ms


class FeedStateChanged(Message):
    """The CRM change feed's connection: connecting, connected, reconnecting or down."""

    def __init__(self, state: str, detail: str = "") -> None:
        super().__init__()
        self.state = state
        self.detail = detail


class LeadEvent(Message):
    """One event from the CRM's change feed (`lead.created`, `visit.scheduled`, `lead.status_changed`)."""

    def __init__(self, event_id: str | None, event_type: str, data: dict[str, Any]) -> None:
        super().__init__()
        self.event_id = event_id
        self.event_type = event_type
        self.data = data
