"""Where a typed command goes, and in what order: the Live session, or the local engine.

A line typed in the dashboard is answered by exactly one engine. Without a Gemini session that is the
local engine, one command at a time, each shown as a You turn when the engine takes it up (so in a
burst every answer sits under its own command). With a session, typed text goes to Gemini first; while
Gemini cannot be reached it goes to the local engine instead, after a short grace for a connection in
progress, with one note per outage; and a typed turn Gemini took but never answered is taken back and
done locally. These decisions live here, away from Textual: `CommandRouter` depends on a clock, a
scheduler, the `Engine` protocol and a small `ConversationView` that the App implements by showing
things, so they are tested in milliseconds (tests/tui/test_command_routing.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from crm_tui.bot.types import EngineReply
from crm_tui.engines.base import Engine
from crm_tui.voice.events import SessionStateName

# With a Gemini key, how long a first connection may take before typed commands go to the local
# engine instead (a black-holed connect can hang for the websocket's whole timeout); a connection that
# failed outright (refused, no network) sends them there at once.
CONNECT_GRACE_S = 3.0
# A dropped session usually resumes within milliseconds: a command typed in that blip waits this long
# for it rather than switching engines for one line.
RESUME_GRACE_S = 1.0
# A grace is looked at again this long after it ends, so the look finds it over.
RECHECK_MARGIN_S = 0.05

TurnRole = Literal["user", "assistant", "note"]
Route = Literal["voice", "local", "wait"]
"""Where a typed line goes now: the Live session, the local engine, or nowhere yet (a grace runs)."""

OFFLINE_NOTE = (
    "Gemini is not reachable ({why}): handled here by the local engine. "
    "Typed commands go to Gemini again once it connects."
)
BACK_NOTE = "Gemini is connected again: typed commands go to it."
RECLAIMED_NOTE = "Gemini did not answer “{text}” before the connection went: done here instead."


@dataclass(frozen=True)
class TypedCommand:
    """A line for the local engine, and whether it is already in the transcript as a You turn."""

    text: str
    shown: bool


@dataclass(frozen=True)
class Reachability:
    """Whether Gemini counts as unreachable, and if not yet, how long a connection in progress has left."""

    offline: bool
    grace_left_s: float = 0.0


def reachability(state: SessionStateName | Literal[""], detail: str, age_s: float) -> Reachability:
    """Gemini's reachability from the session's state, its detail and how long it has been in that state.

    Connected: reachable. A first connection still in its grace (no attempt has failed yet: the
    session sets a detail once one has) or a resume that has just started: not yet decided, for the
    seconds returned. Anything else (a failed attempt, a long reconnect, a refusal, an error): offline.
    """
    if state == "connected":
        return Reachability(False)
    if state == "connecting" and not detail and age_s < CONNECT_GRACE_S:
        return Reachability(False, CONNECT_GRACE_S - age_s)
    if state == "reconnecting" and age_s < RESUME_GRACE_S:
        return Reachability(False, RESUME_GRACE_S - age_s)
    return Reachability(True)


def route_for(reach: Reachability, *, question_pending: bool) -> Route:
    """Where a typed line goes, given Gemini's reachability and whether the local engine asked a question.

    An answer the local engine is waiting for ("What is Neha's phone number?") goes to it even after
    Gemini is back: the session knows nothing of that question.
    """
    if question_pending or reach.offline:
        return "local"
    return "wait" if reach.grace_left_s > 0 else "voice"


class ConversationView(Protocol):
    """What the router needs shown; the dashboard implements it with its panes and notifications."""

    def show_turn(self, role: TurnRole, text: str) -> None:
        """A turn in the transcript: the person's command, a plain assistant answer, or a note."""

    def show_reply(self, reply: EngineReply) -> None:
        """The engine's answer to a command (with its result, badge and any question it asks)."""

    def show_queued(self, waiting: tuple[str, ...]) -> None:
        """The commands waiting for the local engine, oldest first (empty: none)."""

    def show_engine(self, label: str, *, offline: bool = False) -> None:
        """Who answers typed commands; `offline` while the local engine stands in for Gemini."""

    def show_failure(self, text: str, *, title: str, timeout: float | None = None) -> None:
        """Something went wrong that the person must read (an engine that failed or is missing)."""


@dataclass(frozen=True)
class LiveLink:
    """The Live session as the router uses it: typed text goes there first."""

    label: str
    """Its name in the status line, "gemini:<model>"."""
    send: Callable[[str], object]
    """Hands a typed turn to the session and returns at once (a failure is the caller's to report)."""
    take_back_unanswered: Callable[[], str | None]
    """The typed turn the model took but never answered, given up by the session; None if there is none."""


class CommandRouter:
    """Typed commands in order, each to the Live session or to the local engine, decided once."""

    def __init__(
        self,
        view: ConversationView,
        *,
        live: LiveLink | None,
        clock: Callable[[], float],
        call_later: Callable[[float, Callable[[], None]], object],
    ) -> None:
        """`clock` is monotonic seconds; `call_later(delay, callback)` runs callback after delay seconds."""
        self.view = view
        self.live = live
        self.clock = clock
        self.call_later = call_later
        self.engine: Engine | None = None
        # Commands for the local engine, one at a time, each shown when the engine takes it up.
        self._commands: asyncio.Queue[TypedCommand] = asyncio.Queue()
        # The commands in that queue not yet in the transcript, oldest first: shown as "queued" under
        # it, so a command behind a slow CRM is seen to be waiting, not lost.
        self._queued: list[str] = []
        # With a Live session, typed text waits here to be routed: to the session, or to the local
        # engine while Gemini cannot be reached (one or the other, never both).
        self._typed: asyncio.Queue[str] = asyncio.Queue()
        self.session_state: SessionStateName | Literal[""] = ""  # "" until the session reports
        self.session_detail = ""
        self._session_since = clock()
        self._route_changed = asyncio.Event()
        self._told_offline = False  # the transcript said "handled locally" during this outage

    @property
    def voice_first(self) -> bool:
        """Typed text goes to the Live session first (a Gemini key and a session); else to the engine."""
        return self.live is not None

    def reachability(self) -> Reachability:
        """Gemini's reachability now, from the last state the session reported."""
        return reachability(self.session_state, self.session_detail, self.clock() - self._session_since)

    def route(self) -> Route:
        """Where a typed line goes now."""
        pending = self.engine is not None and self.engine.awaiting is not None
        return route_for(self.reachability(), question_pending=pending)

    # --- in: typed lines and session states ---------------------------------------------------

    def submit(self, text: str) -> None:
        """A line the person typed (not empty)."""
        if self.live is not None:
            # The Live session answers in its own time (and a connection in progress may hold the
            # line for seconds): the command is shown now, as it was sent.
            self.view.show_turn("user", text)
            self._typed.put_nowait(text)
        else:
            self._commands.put_nowait(TypedCommand(text, shown=False))
            self._queued.append(text)
            self.view.show_queued(tuple(self._queued))

    def session_changed(self, state: SessionStateName, detail: str) -> None:
        """The Live session reported a state; the route, the label and the notes follow it."""
        if state != self.session_state:
            self._session_since = self.clock()
        self.session_state = state
        self.session_detail = detail
        if state == "connected":
            if self._told_offline:
                self.view.show_turn("note", BACK_NOTE)
            self._told_offline = False
        self.follow_session()

    def follow_session(self) -> None:
        """Keep the engine label, a typed turn Gemini never answered and the waiting router in step.

        Runs on every session state change and when a grace ends (a scheduled call: no state change
        may follow).
        """
        self._route_changed.set()
        if self.live is None:
            return
        reach = self.reachability()
        self.view.show_engine(self.live.label, offline=reach.offline)
        if reach.offline:
            self._reclaim_unanswered(self.live)
        elif reach.grace_left_s > 0:
            self.call_later(reach.grace_left_s + RECHECK_MARGIN_S, self.follow_session)

    # --- the two loops ------------------------------------------------------------------------

    async def route_typed(self) -> None:
        """Typed text in order, each line to the Live session or, while Gemini is unreachable, to the local engine."""
        assert self.live is not None, "routing needs a Live session"
        while True:
            text = await self._typed.get()
            while (route := self.route()) == "wait":
                self._route_changed.clear()
                # A state change or the end of the grace (follow_session, scheduled) sets it.
                self.call_later(self.reachability().grace_left_s + RECHECK_MARGIN_S, self.follow_session)
                await self._route_changed.wait()
            if route == "voice":
                self.live.send(text)
                continue
            # The answer to a question of the local engine goes to it while Gemini is connected
            # too: that is no outage, and the note would say "not reachable (connected)".
            if self.reachability().offline:
                self._say_offline_once()
            self.follow_session()
            self._commands.put_nowait(TypedCommand(text, shown=True))

    async def answer_commands(self, build: Callable[[], Awaitable[Engine]]) -> None:
        """Build the local engine, then answer its commands one at a time, for ever.

        With a Live session the session is the engine, and the engine built here answers only what
        the router hands over while Gemini cannot be reached.
        """
        if self.live is not None:
            self.follow_session()
        try:
            engine = await build()
        except Exception as exc:  # no engine: say why once, and answer every command with it
            if self.live is None:
                self.view.show_engine("unavailable")
            self.view.show_failure(f"No engine: {exc}", title="Engine", timeout=30)
            while True:
                await self._next_command()
                self.view.show_turn("assistant", f"I can't act on that: no engine ({exc}).")
        self.engine = engine
        if self.live is None:
            self.view.show_engine(engine.name)
        while True:
            command = await self._next_command()
            try:
                reply = await engine.handle_text(command.text)
            except Exception as exc:  # one failed turn must not stop the loop
                self.view.show_failure(f"The engine failed on that command: {exc}", title="Engine")
                continue
            self.view.show_reply(reply)

    async def _next_command(self) -> TypedCommand:
        """The next command for the engine, written to the transcript as a turn if it is not yet."""
        command = await self._commands.get()
        if not command.shown:
            if self._queued:
                self._queued.pop(0)  # the queue is in order: the oldest waiting is this one
            self.view.show_queued(tuple(self._queued))
            self.view.show_turn("user", command.text)
        return command

    # --- outages ------------------------------------------------------------------------------

    def _say_offline_once(self) -> None:
        """The transcript's one note per outage: why Gemini is away and who answers meanwhile."""
        if self._told_offline:
            return
        self._told_offline = True
        # The session's detail ("connection failed (...): retrying"), without the retry wording:
        # the note itself says what happens next.
        why = self.session_detail.removesuffix(": retrying").removesuffix(": resuming")
        why = why or self.session_state or "not connected"
        self.view.show_turn("note", OFFLINE_NOTE.format(why=why[:90]))

    def _reclaim_unanswered(self, live: LiveLink) -> None:
        """A typed turn the session took but Gemini never answered is done locally, and not sent again.

        A connection can die quietly (a train in a tunnel): until websockets' keep-alive notices (up
        to ~40 s) the status says connected and a typed command goes into the dead socket. The
        session keeps it to send again after a resume, however late; so once the outage counts, it is
        taken back from the session and handed to the local engine. Exactly once holds: the session
        keeps the text only until the model answers or calls a function (and the model acts on the
        CRM only through function calls run here), and once taken back it is not resent.

        The session refuses while it is itself connected (its own state, not the report of it still
        on its way here), so taking back cannot interleave with its resend after a reconnect.
        """
        text = live.take_back_unanswered()
        if not text:
            return
        self._say_offline_once()
        self.view.show_turn("note", RECLAIMED_NOTE.format(text=text))
        self._commands.put_nowait(TypedCommand(text, shown=True))
