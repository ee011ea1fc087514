"""What a voice session tells the dashboard. Plain dataclasses so the session knows nothing of Textual.

The dashboard wraps each in a Textual message; `Level` arrives many times a second, so the dashboard's
message for it sets `can_replace` and the UI only ever draws the newest level.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crm_tui.bot.types import BotResult, ToolCall


@dataclass(frozen=True)
class Transcript:
    """Speech turned to text, either side. `final=False` is the live partial of a turn in progress.

    role "note" is the session speaking for itself (always final): something the person must know,
    such as words lost in a dropped connection that have to be said again.
    """

    role: Literal["user", "assistant", "note"]
    text: str
    final: bool


@dataclass(frozen=True)
class Level:
    """Audio level in dBFS (RMS of one chunk); -inf-safe: silence is reported as -96.0."""

    direction: Literal["in", "out"]
    dbfs: float


SessionStateName = Literal["idle", "connecting", "connected", "reconnecting", "closed", "error", "stopped"]
MicStateName = Literal["no_microphone", "muted", "listening", "talking"]
"""The Live session's connection states, as the status line shows them."""


@dataclass(frozen=True)
class SessionState:
    """The Live session's connection: shown in the status line."""

    state: SessionStateName
    detail: str = ""
    """Why (a close code, a refusal); for "stopped" (too many failures in a row, waiting for the
    person's retry key) the reason, then "; " and what to do."""


@dataclass(frozen=True)
class MicState:
    """The microphone as the person should see it in the level meter."""

    state: MicStateName
    detail: str = ""
    mode: str = ""
    """Hands-free only: how the assistant's own voice is kept out ("half-duplex"), for the status line."""


@dataclass(frozen=True)
class ToolResult:
    """A function call the model made, answered through the bot core."""

    call: ToolCall
    result: BotResult
    latency_ms: float


@dataclass(frozen=True)
class Metrics:
    """Running numbers for the status line and the benchmark."""

    first_audio_ms: float | None = None  # activity end -> first audio out, last turn
    tool_rtt_ms: float | None = None  # function call in -> response sent, last call
    dropped_chunks: int = 0  # microphone chunks dropped under pressure, whole session
    tokens_in: int | None = None  # the model's usage_metadata for the last turn: prompt tokens
    tokens_out: int | None = None  # ... and response tokens
    reconnects: int = 0  # connections opened after the first (resumed or fresh), whole session


VoiceEvent = Transcript | Level | SessionState | MicState | ToolResult | Metrics
