"""Messages shared by the dashboard's panes and the app that owns their state.

Voice events arrive from audio threads and change-feed events from a network worker; both are turned
into these small Textual messages so that only the UI thread ever touches a widget. Messages that
belong to one widget live in that widget's module instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message

from crm_tui.bot.types import BotResult, ToolCall
from crm_tui.voice.events import Metrics as VoiceMetrics
from crm_tui.voice.events import (
    MicState,
    MicStateName,
    SessionState,
    SessionStateName,
    ToolResult,
    Transcript,
    VoiceEvent,
)

if TYPE_CHECKING:
    from crm_tui.feed import FeedState


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

    def __init__(self, state: MicStateName, detail: str = "", mode: str = "") -> None:
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

    def __init__(self, state: FeedState, detail: str = "") -> None:
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


def voice_message(event: VoiceEvent) -> Message | None:
    """The message a voice event becomes on the UI side (levels excepted: they go to the meter's queue)."""
    if isinstance(event, Transcript):
        return TranscriptReceived(event.role, event.text, event.final)
    if isinstance(event, SessionState):
        return SessionStateChanged(event.state, event.detail)
    if isinstance(event, MicState):
        return MicStateChanged(event.state, event.detail, event.mode)
    if isinstance(event, ToolResult):
        return ToolCallUpdate(event.call, event.result, event.latency_ms)
    if isinstance(event, VoiceMetrics):
        return MetricsUpdated(
            event.first_audio_ms, event.tool_rtt_ms, event.dropped_chunks,
            (event.tokens_in, event.tokens_out), event.reconnects,
        )
    return None


def metrics_text(message: MetricsUpdated) -> str:
    """The voice metrics as the status line shows them ("1st audio 420 ms · tool 35 ms · …")."""
    parts = []
    if message.first_audio_ms is not None:
        parts.append(f"1st audio {message.first_audio_ms:.0f} ms")
    if message.tool_rtt_ms is not None:
        parts.append(f"tool {message.tool_rtt_ms:.0f} ms")
    tokens_in, tokens_out = message.tokens
    if tokens_in is not None or tokens_out is not None:
        parts.append(f"tokens {tokens_in or 0}/{tokens_out or 0}")
    if message.dropped_chunks:
        parts.append(f"dropped {message.dropped_chunks}")
    if message.reconnects:
        parts.append(f"reconnects {message.reconnects}")
    return " · ".join(parts)
