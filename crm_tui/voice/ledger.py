"""What a resumed Live session must be given again, kept in one place: the resume ledger.

A resumption handle is only issued at a turn boundary, so a session resumed from the newest handle
does not know what happened since it was issued. The ledger keeps exactly that: the push-to-talk
turns sent and not yet answered (their audio, up to KEEP_TURNS_S), the typed turn not yet answered,
the CRM writes carried out since the handle, and the context notes waiting to be sent ("that
cancelled call was done after all"). LiveVoiceSession feeds it as turns go out and answers come in,
and asks it, on a new connection, what to send again and what to tell the model.
"""

from __future__ import annotations

import dataclasses

from crm_tui.bot.types import BotResult, ToolCall
from crm_tui.voice.audio import MIC_RATE, SAMPLE_WIDTH

__all__ = ["DONE_TOLD_MAX", "KEEP_TURNS_BYTES", "KEEP_TURNS_S", "SAY_AGAIN", "ResumeLedger", "SpokenTurn"]

# Push-to-talk turns are kept (their audio) until the model answers, at most this much in all, so a
# turn that a dying connection swallowed can be said again on the resumed one.
KEEP_TURNS_S = 30.0
KEEP_TURNS_BYTES = int(KEEP_TURNS_S * MIC_RATE * SAMPLE_WIDTH)
SAY_AGAIN = "The connection dropped before Gemini heard you: please say it again."
# At most this many writes are told to a resumed session (a server that never sends handles would
# otherwise make the list grow for the whole session).
DONE_TOLD_MAX = 20


@dataclasses.dataclass
class SpokenTurn:
    """One push-to-talk turn as it went out (activity_start, audio, activity_end), until answered.

    A resumption handle is only issued at a turn boundary, so a connection that dies after the turn
    went out but before the model answered leaves the resumed session without it: the session sends
    it again, marked the same way. `lost` is a turn too long to keep (over KEEP_TURNS_S).
    """

    chunks: list[bytes] = dataclasses.field(default_factory=list)
    size: int = 0
    ended: bool = False
    lost: bool = False

    def add(self, pcm: bytes) -> None:
        if not self.lost:
            self.chunks.append(pcm)
            self.size += len(pcm)

    def forget(self) -> None:
        self.lost = True
        self.chunks.clear()
        self.size = 0


def _context(text: str, them: bool = False) -> str:
    """A note for the model that is no request ("Do not do it again unless I ask")."""
    return f"(Context, not a request: {text} Do not do {'them' if them else 'it'} again unless I ask.)"


class ResumeLedger:
    """The turns, writes and notes a session resumed from `handle` would not know about."""

    def __init__(self) -> None:
        self.handle: str | None = None  # the newest resumption handle
        # A turn went on (words out, or the model's answer) since the newest handle.
        self.turn_since_handle = False
        # Push-to-talk: the turns sent and not yet answered (the last one may still be open).
        self.turns: list[SpokenTurn] = []
        self.turns_dropped = 0  # unanswered turns pushed out by the KEEP_TURNS_S limit
        self.unanswered_text: str | None = None  # the last typed turn, until the model answers it
        # What the CRM did since the newest handle, told (as context) on a resumed connection.
        self.done_since_handle: list[str] = []
        # Writes answered during the model's current answer: if that answer is interrupted, the model
        # may not have taken them in; it is told, as context.
        self.answered_in_turn: list[tuple[ToolCall, BotResult]] = []
        # Context for the model, sent when it is not speaking (or by the next connection).
        self.context_pending: list[str] = []

    # ---- the handle ------------------------------------------------------------------------

    def new_handle(self, handle: str) -> None:
        """The server's state now includes everything so far."""
        self.handle = handle
        self.done_since_handle.clear()
        self.turn_since_handle = False

    def connected(self) -> None:
        """A new connection starts from the handle it resumed with; what the CRM did since is told."""
        self.turn_since_handle = False
        if self.done_since_handle:
            self.context_pending = [_context(
                "before the connection dropped, the CRM carried out your calls: " + "; ".join(self.done_since_handle),
                them=True,
            )]

    # ---- spoken and typed turns ------------------------------------------------------------

    def turn_part(self, kind: str, pcm: bytes | None) -> None:
        """Keep this part of a push-to-talk turn for a resend after a drop."""
        if kind == "activity_start":
            self.turns.append(SpokenTurn())
        elif self.turns:
            turn = self.turns[-1]
            if kind == "activity_end":
                turn.ended = True
            elif pcm is not None:
                turn.add(pcm)
                self._keep_within_limit()

    def _keep_within_limit(self) -> None:
        """At most KEEP_TURNS_S of unanswered speech: the oldest finished turns go first, said lost."""
        while sum(t.size for t in self.turns) > KEEP_TURNS_BYTES and len(self.turns) > 1:
            self.turns.pop(0)
            self.turns_dropped += 1
        if self.turns and self.turns[-1].size > KEEP_TURNS_BYTES:
            self.turns[-1].forget()

    def take_lost_turns(self) -> int:
        """How many finished turns could not be kept (to be said lost); they are dropped from the ledger."""
        lost = self.turns_dropped + sum(1 for t in self.turns if t.lost and t.ended)
        self.turns_dropped = 0
        self.turns = [t for t in self.turns if not (t.lost and t.ended)]
        return lost

    def answered(self) -> None:
        """The model is answering: the finished spoken turns and the typed one are in its context."""
        self.unanswered_text = None
        self.turns = [t for t in self.turns if not t.ended]
        self.turns_dropped = 0  # those pushed out of memory were answered as well

    # ---- writes and context notes ------------------------------------------------------------

    def wrote(self, call: ToolCall, result: BotResult) -> None:
        """A write the CRM carried out: a session resumed from an older handle is told of it."""
        self.done_since_handle.append(f"{call.name} ({call.id}): {result.message}")
        del self.done_since_handle[:-DONE_TOLD_MAX]

    def tell_done_despite_interruption(self, call: ToolCall, result: BotResult) -> None:
        """A write answered on a turn that was interrupted: the model may have dropped the answer."""
        self.context_pending.append(_context(
            f"your {call.name} call {call.id} was carried out although the turn it belonged to was"
            f" interrupted: {result.message}"
        ))

    def interrupted(self) -> None:
        """The answer was interrupted: every write answered during it is told again."""
        for call, result in self.answered_in_turn:
            self.tell_done_despite_interruption(call, result)
        self.answered_in_turn.clear()

    def tell_cancelled_but_done(self, call: ToolCall, result: BotResult) -> None:
        self.context_pending.append(_context(
            f"your {call.name} call {call.id} was cancelled, but the CRM had already carried it out: {result.message}"
        ))

    def tell_answer_lost(self, call: ToolCall, result: BotResult) -> None:
        self.context_pending.append(_context(
            f"before the connection dropped, the CRM carried out your call {call.name} ({call.id}): {result.message}"
        ))

    def take_notes(self) -> list[str]:
        notes, self.context_pending = self.context_pending, []
        return notes

    def put_back_notes(self, notes: list[str]) -> None:
        """Notes that could not be sent: first in line for the next connection."""
        self.context_pending[:0] = notes
