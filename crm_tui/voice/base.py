"""What the dashboard needs from a voice session, whichever implementation stands behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from crm_tui.voice.events import VoiceEvent

Emit = Callable[[VoiceEvent], None]


class VoiceController(Protocol):
    """A running voice session. `emit` may be called from any thread (audio threads included)."""

    async def run(self, emit: Emit) -> None:
        """Connect, stream, reconnect on drops, until cancelled. A normal close returns quietly."""

    def toggle_talk(self) -> bool:
        """Push-to-talk: start talking, or send what was said. Returns True while talking."""

    async def send_text(self, text: str) -> None:
        """A typed turn into the same live session."""


@runtime_checkable
class HoldsUnansweredTurn(Protocol):
    """A voice session that keeps a typed turn the model never answered, to send again after a resume
    (LiveVoiceSession), and gives it up so the dashboard can have it done locally during an outage."""

    def take_back_unanswered(self) -> str | None:
        """The unanswered typed turn, no longer to be resent; None if there is none or it is connected."""


@runtime_checkable
class RetriesWhenStopped(Protocol):
    """A voice session that stops reconnecting after too many failures in a row and starts again when
    the person asks (LiveVoiceSession; the dashboard's RETRY key)."""

    def retry(self) -> bool:
        """Start reconnecting now; False when the session was not stopped (connected, or still trying)."""
