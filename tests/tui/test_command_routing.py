"""Where a typed command goes: the router's decisions, in milliseconds, without a Textual app.

`CommandRouter` (crm_tui/conversation.py) runs here against a fake clock and scheduler, a view that
records what it is asked to show, a Live session link that records what it is sent, and a scripted
engine that answers at once (or, for a burst, when released). The same decisions are exercised end to
end, with the real Live session, stand-in, CRM and local engine, in test_offline.py and
tests/voice/test_dashboard_voice.py; these tables name each rule and run in a blink.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from crm_tui.bot.types import BotError, BotResult, EngineReply
from crm_tui.conversation import (
    BACK_NOTE,
    CONNECT_GRACE_S,
    OFFLINE_NOTE,
    RECLAIMED_NOTE,
    RESUME_GRACE_S,
    CommandRouter,
    LiveLink,
    Reachability,
    Route,
    TurnRole,
    reachability,
    route_for,
)
from crm_tui.engines.base import Engine

GEMINI = "gemini:test-model"
REFUSED = "connection failed (ConnectionRefusedError): retrying"

# --- the rule: state, detail, age, a pending question -> route ----------------------------------

ROUTES: list[tuple[str, str, str, float, bool, Route, float]] = [
    # (why, session state, detail, seconds in that state, local question pending, route, grace left)
    ("connected: Gemini answers", "connected", "", 0.0, False, "voice", 0.0),
    ("connected, but the local engine asked a question", "connected", "", 9.0, True, "local", 0.0),
    ("a first connection in its grace", "connecting", "", 0.5, False, "wait", CONNECT_GRACE_S - 0.5),
    ("a first connection past its grace (a black hole)", "connecting", "", CONNECT_GRACE_S, False, "local", 0.0),
    ("a first connection whose attempt failed", "connecting", REFUSED, 0.1, False, "local", 0.0),
    ("a resume just started (a blip)", "reconnecting", "", 0.2, False, "wait", RESUME_GRACE_S - 0.2),
    ("a resume that takes too long", "reconnecting", "1011", RESUME_GRACE_S + 0.1, False, "local", 0.0),
    ("a refusal (a bad key)", "error", "1008 API key not valid", 0.0, False, "local", 0.0),
    ("a session that closed", "closed", "", 0.0, False, "local", 0.0),
    ("a session that stopped retrying", "stopped", "too many failures; press ctrl+e", 0.0, False, "local", 0.0),
    ("a session that has not said anything", "", "", 0.0, False, "local", 0.0),
]


@pytest.mark.parametrize(("why", "state", "detail", "age", "pending", "route", "left"), ROUTES, ids=[r[0] for r in ROUTES])
def test_a_typed_line_goes_where_gemini_reachability_and_a_pending_question_send_it(
    why: str, state: Any, detail: str, age: float, pending: bool, route: Route, left: float
) -> None:
    reach = reachability(state, detail, age)
    assert route_for(reach, question_pending=pending) == route, why
    assert reach.grace_left_s == pytest.approx(left), why
    assert reach == Reachability(route == "local" and not pending, reach.grace_left_s)


# --- the router, driven step by step -----------------------------------------------------------


class FakeTime:
    """A monotonic clock that moves only when told, and the timers it makes due."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.timers: list[tuple[float, Callable[[], None]]] = []

    def clock(self) -> float:
        return self.now

    def call_later(self, delay: float, callback: Callable[[], None]) -> None:
        self.timers.append((self.now + delay, callback))

    def advance(self, seconds: float) -> None:
        self.now += seconds
        while due := sorted((t for t in self.timers if t[0] <= self.now), key=lambda t: t[0]):
            self.timers.remove(due[0])
            due[0][1]()


@dataclass
class RecordingView:
    """Records what the router asks the dashboard to show."""

    turns: list[tuple[TurnRole, str]] = field(default_factory=list)
    queued: list[tuple[str, ...]] = field(default_factory=list)
    label: str = ""
    failures: list[str] = field(default_factory=list)

    def show_turn(self, role: TurnRole, text: str) -> None:
        self.turns.append((role, text))

    def show_reply(self, reply: EngineReply) -> None:
        self.turns.append(("assistant", reply.result.message))

    def show_queued(self, waiting: tuple[str, ...]) -> None:
        self.queued.append(waiting)

    def show_engine(self, label: str, *, offline: bool = False) -> None:
        self.label = label + (" (offline)" if offline else "")

    def show_failure(self, text: str, *, title: str, timeout: float | None = None) -> None:
        self.failures.append(text)


class ScriptedEngine:
    """Answers "did <text>"; "ask <what>" is a question it then waits on; "break" raises."""

    name = "local"

    def __init__(self) -> None:
        self.heard: list[str] = []
        self.awaiting: str | None = None
        self.gate = asyncio.Event()
        self.gate.set()

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def handle_text(self, text: str) -> EngineReply:
        self.heard.append(text)
        await self.gate.wait()
        if text == "break":
            raise RuntimeError("parser crashed")
        if text.startswith("ask "):
            self.awaiting = "phone"
            question = f"What is {text.removeprefix('ask ')}'s phone number?"
            error = BotError("VALIDATION_ERROR", question)
            return EngineReply(BotResult("LEAD_CREATE", error=error, message=question), awaiting="phone")
        self.awaiting = None
        return EngineReply(BotResult("LEAD_CREATE", result={}, message=f"did {text}"))


class FakeLive:
    """The Live session's side of the link: what it was sent, and a turn it holds unanswered."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.unanswered: str | None = None

    def send(self, text: str) -> None:
        self.sent.append(text)

    def take_back_unanswered(self) -> str | None:
        text, self.unanswered = self.unanswered, None
        return text


class Harness:
    def __init__(self, voice_first: bool, engine: Engine | None = None) -> None:
        self.time = FakeTime()
        self.view = RecordingView()
        self.live = FakeLive()
        self.engine = engine or ScriptedEngine()
        link = LiveLink(GEMINI, self.live.send, self.live.take_back_unanswered) if voice_first else None
        self.router = CommandRouter(self.view, live=link, clock=self.time.clock, call_later=self.time.call_later)
        self.tasks: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> Harness:
        if self.router.voice_first:
            self.router.session_changed("connecting", "")
            self.tasks.append(asyncio.create_task(self.router.route_typed()))

        async def build() -> Engine:
            return self.engine

        self.tasks.append(asyncio.create_task(self.router.answer_commands(build)))
        await settle()
        return self

    async def __aexit__(self, *_: object) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)

    async def run(self, steps: list[tuple[str, Any]]) -> None:
        for step, arg in steps:
            if step == "type":
                self.router.submit(arg)
            elif step == "session":
                state, detail = arg
                self.router.session_changed(state, detail)
            elif step == "wait":
                self.time.advance(arg)
            elif step == "unanswered":
                self.live.unanswered = arg
            else:
                raise AssertionError(step)
            await settle()


async def settle() -> None:
    """Let the router's loops run until nothing is ready (the scripted engine answers at once)."""
    for _ in range(20):
        await asyncio.sleep(0)


def offline(why: str) -> tuple[TurnRole, str]:
    return ("note", OFFLINE_NOTE.format(why=why))


@dataclass
class Case:
    why: str
    voice_first: bool
    steps: list[tuple[str, Any]]
    transcript: list[tuple[TurnRole, str]]
    to_voice: list[str]
    label: str


CASES = [
    Case(
        "without a session every line goes to the local engine, each answer under its command",
        False,
        [("type", "show me Asha"), ("type", "show me Bala")],
        [("user", "show me Asha"), ("assistant", "did show me Asha"), ("user", "show me Bala"), ("assistant", "did show me Bala")],
        [],
        "local",
    ),
    Case(
        "connected: typed text goes to Gemini only, shown as sent",
        True,
        [("session", ("connected", "")), ("type", "add Priya")],
        [("user", "add Priya")],
        ["add Priya"],
        GEMINI,
    ),
    Case(
        "a line typed in the first connection's grace waits, and goes to Gemini when it connects",
        True,
        [("type", "add Priya"), ("wait", 1.0), ("session", ("connected", ""))],
        [("user", "add Priya")],
        ["add Priya"],
        GEMINI,
    ),
    Case(
        "a connect that hangs past the grace: the line is done locally, with one note for the outage",
        True,
        [("type", "add Priya"), ("wait", CONNECT_GRACE_S + 0.1), ("type", "add Rohan")],
        [
            ("user", "add Priya"), offline("connecting"), ("assistant", "did add Priya"),
            ("user", "add Rohan"), ("assistant", "did add Rohan"),
        ],
        [],
        f"{GEMINI} (offline)",
    ),
    Case(
        "a refused connect sends the line to the local engine at once, the note says why without 'retrying'",
        True,
        [("session", ("connecting", REFUSED)), ("type", "add Priya")],
        [("user", "add Priya"), offline("connection failed (ConnectionRefusedError)"), ("assistant", "did add Priya")],
        [],
        f"{GEMINI} (offline)",
    ),
    Case(
        "back from an outage: one note that Gemini is back, and the next line is Gemini's",
        True,
        [("session", ("error", "1008 refused")), ("type", "add Priya"), ("session", ("connected", "")), ("type", "add Rohan")],
        [
            ("user", "add Priya"), offline("1008 refused"), ("assistant", "did add Priya"),
            ("note", BACK_NOTE), ("user", "add Rohan"),
        ],
        ["add Rohan"],
        GEMINI,
    ),
    Case(
        "an outage nobody typed in is not announced, before or after",
        True,
        [("session", ("error", "1008 refused")), ("session", ("connected", ""))],
        [],
        [],
        GEMINI,
    ),
    Case(
        "a resume blip: the line waits for it instead of switching engines",
        True,
        [("session", ("connected", "")), ("session", ("reconnecting", "1011")), ("type", "add Priya"),
         ("wait", RESUME_GRACE_S / 2), ("session", ("connected", ""))],
        [("user", "add Priya")],
        ["add Priya"],
        GEMINI,
    ),
    Case(
        "a resume that takes longer than its grace: the line is done locally",
        True,
        [("session", ("connected", "")), ("session", ("reconnecting", "1011")), ("type", "add Priya"),
         ("wait", RESUME_GRACE_S + 0.1)],
        [("user", "add Priya"), offline("1011"), ("assistant", "did add Priya")],
        [],
        f"{GEMINI} (offline)",
    ),
    Case(
        "a turn Gemini took and never answered is done locally once the outage counts, shown once",
        True,
        [("session", ("connected", "")), ("type", "add Priya"), ("unanswered", "add Priya"),
         ("session", ("reconnecting", "keepalive ping timeout")), ("wait", RESUME_GRACE_S + 0.1),
         ("session", ("connecting", REFUSED))],
        [
            ("user", "add Priya"), offline("keepalive ping timeout"),
            ("note", RECLAIMED_NOTE.format(text="add Priya")), ("assistant", "did add Priya"),
        ],
        ["add Priya"],
        f"{GEMINI} (offline)",
    ),
    Case(
        "a question the local engine asked is answered by it even after Gemini is back; the next line is Gemini's",
        True,
        [("session", ("error", "1008 refused")), ("type", "ask Amit"), ("session", ("connected", "")),
         ("type", "9988776655"), ("type", "add Sneha")],
        [
            ("user", "ask Amit"), offline("1008 refused"), ("assistant", "What is Amit's phone number?"),
            ("note", BACK_NOTE), ("user", "9988776655"), ("assistant", "did 9988776655"), ("user", "add Sneha"),
        ],
        ["add Sneha"],
        GEMINI,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.why for c in CASES])
async def test_typed_commands_are_routed_and_shown_as_the_rules_say(case: Case) -> None:
    async with Harness(case.voice_first) as harness:
        await harness.run(case.steps)
        assert harness.view.turns == case.transcript, case.why
        assert harness.live.sent == case.to_voice, case.why
        assert harness.view.label == case.label, case.why
        assert not harness.view.failures


async def test_a_burst_behind_a_slow_engine_waits_in_the_queued_line_and_is_answered_in_pairs() -> None:
    engine = ScriptedEngine()
    engine.gate.clear()  # a slow CRM: the first command is being done
    async with Harness(False, engine) as harness:
        await harness.run([("type", "show me Asha"), ("type", "show me Bala"), ("type", "show me Chitra")])
        assert harness.view.turns == [("user", "show me Asha")]
        assert harness.view.queued[-1] == ("show me Bala", "show me Chitra")

        engine.gate.set()
        await settle()
        assert harness.view.queued[-1] == ()
        assert harness.view.turns == [
            ("user", "show me Asha"), ("assistant", "did show me Asha"),
            ("user", "show me Bala"), ("assistant", "did show me Bala"),
            ("user", "show me Chitra"), ("assistant", "did show me Chitra"),
        ]
        assert engine.heard == ["show me Asha", "show me Bala", "show me Chitra"]


async def test_a_command_the_engine_fails_on_is_reported_and_the_next_one_is_still_answered() -> None:
    async with Harness(False) as harness:
        await harness.run([("type", "break"), ("type", "show me Asha")])
        assert harness.view.failures == ["The engine failed on that command: parser crashed"]
        assert harness.view.turns == [("user", "break"), ("user", "show me Asha"), ("assistant", "did show me Asha")]


async def test_without_an_engine_every_command_is_answered_with_the_reason() -> None:
    view = RecordingView()
    time = FakeTime()
    router = CommandRouter(view, live=None, clock=time.clock, call_later=time.call_later)

    async def build() -> Engine:
        raise RuntimeError("unknown time zone 'Mars/Olympus'")

    task = asyncio.create_task(router.answer_commands(build))
    try:
        router.submit("show me Asha")
        await settle()
        assert view.label == "unavailable"
        assert view.failures == ["No engine: unknown time zone 'Mars/Olympus'"]
        assert view.turns == [
            ("user", "show me Asha"),
            ("assistant", "I can't act on that: no engine (unknown time zone 'Mars/Olympus')."),
        ]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
