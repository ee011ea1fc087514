"""The engine protocol: the dashboard and `crm-bot` drive either engine through these few calls."""

from __future__ import annotations

from typing import Protocol

from crm_tui.bot.types import EngineReply


class Engine(Protocol):
    """A conversation partner that understands transcripts and acts through the bot core."""

    #: Shown in the status line: "local" or "gemini:<model>".
    name: str

    @property
    def awaiting(self) -> str | None:
        """The slot of the question the engine asked and waits to have answered ("phone"), else None."""

    async def start(self) -> None:
        """Open whatever the engine needs (a Live session); a no-op for the local engine."""

    async def handle_text(self, text: str) -> EngineReply:
        """One typed or transcribed turn in, one result out."""

    async def close(self) -> None:
        """Release the engine's resources; safe to call twice."""
