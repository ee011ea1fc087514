"""What the bot core needs to tell the truth about a write whose answer was lost.

A write that may have reached the CRM (a timeout, a proxy's 500/502/504 after the CRM committed, a
200 that is not the CRM's JSON) is read back before the person hears anything: each write brings a
`ReadBack` that finds the saved record, says it was not saved, or cannot tell. `BotCore._write` runs
the write and its read-back; the create, visit, cancel and status writes and undo.py's edit and
archive all go through it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from crm_tui.bot.types import CrmCall

__all__ = ["CannotTell", "ReadBack", "Written", "lost_note"]


class CannotTell(Exception):
    """A read-back that could not read the CRM either: whether the write landed is unknown."""


#: A read-back: given the instant (UTC ISO, a little before the write went out) the write could have
#: landed after, the saved record as the CRM would have answered it, None if it was not saved; raises
#: CannotTell (or CrmUnavailable) when the CRM cannot be read.
ReadBack = Callable[[str], Awaitable[dict[str, Any] | None]]


@dataclass
class Written:
    """What a write answered (or what its read-back found, with `lost` set)."""

    data: dict[str, Any]
    crm_call: CrmCall | None
    latency_ms: float | None
    lost: bool = False


def lost_note(what: str) -> str:
    """Said after a lost answer whose write the read-back found saved."""
    return f" (The CRM's answer was lost on the way; I read it back: {what} is saved.)"
