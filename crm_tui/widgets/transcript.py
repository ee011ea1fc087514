"""The conversation, both sides, newest at the bottom, each turn with its speaker and time.

Finished turns go into a `RichLog` (append-only, cheap at any length); the turn in progress (the live
partial transcript while someone speaks) sits on one line under it and is replaced, not appended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import RichLog, Static

from crm_tui.bot.types import BotResult

_SPEAKERS = {"user": ("You", "bold cyan"), "assistant": ("Assistant", "bold green"), "note": ("Note", "bold yellow")}
ERROR_STYLES = {"VALIDATION_ERROR": "bold black on yellow", "CRM_ERROR": "bold white on red", "PARSING_ERROR": "bold white on magenta"}


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
# Ten digits read one by one: how the assistant says a phone number (crm_tui.bot.speech.say_phone).
_SPOKEN_PHONE = re.compile(rf"\b{_WORD}(?:\s+{_WORD}){{9}}\b", re.IGNORECASE)


def readable(text: str) -> str:
    """The assistant's words for the screen: a phone number read digit by digit shown as its digits.

    The message is written to be heard ("nine eight seven six five four three two one zero"); on
    screen that took three of the six transcript lines at 80x24 and could not be compared with the
    table's "9876543210". Only runs of exactly ten digit words change ("two visits" stays).
    """
    return _SPOKEN_PHONE.sub(
        lambda match: "".join(str(_DIGIT_WORDS.index(word.lower())) for word in match.group(0).split()), text
    )


@dataclass
class Turn:
    """One finished turn as it was said; kept so the log can be drawn again."""

    role: str
    text: str
    at: datetime
    result: BotResult | None = None
    question: bool = False
    """The assistant asked something and waits for the answer (no error badge: the talk goes on)."""


class TranscriptPane(Vertical):
    """Turns in a log, plus the live partial line."""

    partial: reactive[str] = reactive("")
    """The partial transcript of the turn in progress, "" when nobody is speaking."""
    partial_role: reactive[str] = reactive("user")
    """Who is speaking the partial turn."""
    queued: reactive[tuple[str, ...]] = reactive(())
    """Typed commands waiting behind the one being done (a slow CRM), oldest first; not turns yet."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__(id=id)
        self.entries: list[Turn] = []
        self._drawn_width = 0

    def compose(self) -> ComposeResult:
        yield RichLog(wrap=True, markup=False, auto_scroll=True, min_width=20, id="transcript-log")
        yield Static("", id="transcript-partial")
        yield Static("", id="transcript-queued")

    @property
    def turn_log(self) -> RichLog:
        """The finished turns."""
        return self.query_one(RichLog)

    @property
    def partial_line(self) -> Static:
        """The line under the log for the turn in progress."""
        return self.query_one("#transcript-partial", Static)

    @property
    def queued_line(self) -> Static:
        """The dim line for commands waiting behind a slow one."""
        return self.query_one("#transcript-queued", Static)

    @property
    def turns(self) -> int:
        return len(self.entries)

    def add_turn(
        self, role: str, text: str, at: datetime, result: BotResult | None = None, *, question: bool = False
    ) -> None:
        """Append one finished turn; an assistant turn that failed carries its error type as a badge,
        unless it is a `question` the assistant waits to have answered."""
        self.entries.append(Turn(role, text, at, result, question))
        self._write(self.entries[-1])
        if role == self.partial_role:
            self.partial = ""

    def on_resize(self, event: events.Resize) -> None:
        # RichLog wraps a line once, when it is written: after the terminal narrows, old turns would
        # be cut at the right edge (and stay narrow after it widens). Wrap them again for the new
        # width, once the log itself has its new size.
        if event.size.width != self._drawn_width:
            self._drawn_width = event.size.width
            self.call_after_refresh(self.redraw)

    def redraw(self) -> None:
        """Draw the log again from the kept turns (after they were edited, e.g. to mask ids in snapshots)."""
        self.turn_log.clear()
        for turn in self.entries:
            self._write(turn)

    def _write(self, turn: Turn) -> None:
        role, text, at, result = turn.role, turn.text, turn.at, turn.result
        speaker, style = _SPEAKERS.get(role, (role, "bold"))
        line = Text()
        line.append(at.strftime("%H:%M "), "dim")
        line.append(speaker, style)
        line.append("  ")
        if result is not None and result.error is not None and not result.cancelled and not turn.question:
            # A cancel is the person's own choice and a question is the conversation going on: neither
            # is a failure, so neither gets an error badge (the tool pane's JSON keeps the error type).
            line.append(f" {result.error.type} ", ERROR_STYLES.get(result.error.type, "bold red"))
            line.append(" ")
        line.append(readable(text) if role == "assistant" else text)
        self.turn_log.write(line)

    def clear(self) -> None:
        """Forget every turn (the clear-transcript action)."""
        self.turn_log.clear()
        self.entries.clear()
        self.partial = ""

    def watch_partial(self, partial: str) -> None:
        line = self.partial_line
        line.display = bool(partial)
        if partial:
            speaker, style = _SPEAKERS.get(self.partial_role, (self.partial_role, "bold"))
            line.update(Text.assemble((f"{speaker} … ", style), (partial, "italic")))

    def watch_queued(self, queued: tuple[str, ...]) -> None:
        # One dim line under the conversation: a command typed behind a slow one is seen to be
        # waiting. It becomes a "You" turn when the engine takes it up, so each answer still sits
        # under its own command.
        line = self.queued_line
        line.display = bool(queued)
        if queued:
            head = "queued: " if len(queued) == 1 else f"queued ({len(queued)}): "
            line.update(Text.assemble((head, "italic"), " · ".join(queued)))
