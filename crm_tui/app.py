"""The dashboard app: settings, services (the CRM session, the engine, the voice session) and their workers.

What the person sees and the main screen's keys are `screens/main.py` (`MainScreen`, the default
screen); the leads pane loads its own pages (`widgets/leads_pane.py`); which engine answers a typed
line is `conversation.py`; every action's keys, help line and palette entry are `actions.py`. The App
class is put together from one part per responsibility: the CRM connection (`crm_link.py`), the voice
session's side (`voice_wiring.py`), undo/edit/archive/restore (`lead_fixes.py`). What stays here is
wiring: which worker does which slow thing, and one notice for every worker that fails.
"""

# ruff: noqa: E402 - the collector is paused before the imports below (crm_tui/start_up_gc.py)
from __future__ import annotations

from crm_tui.start_up_gc import START_UP_S, StartUp, imported

IMPORTING = StartUp()  # the collector paused while this module's imports run (~30 ms of passes)
IMPORTING.begin()

import asyncio
import contextlib
import importlib
import inspect
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from textual import events, on, work
from textual.app import SystemCommand
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from crm_tui.actions import APP_ACTIONS, MAIN_ACTIONS, TABLE_ACTIONS, bindings, help_rows, palette_entries
from crm_tui.bot.client import CrmClient, CrmSession
from crm_tui.config import Settings, load_settings
from crm_tui.conversation import CommandRouter, LiveLink
from crm_tui.crm_link import CrmLink
from crm_tui.engines.base import Engine
from crm_tui.feed import CrmReader
from crm_tui.lead_fixes import LeadFixActions
from crm_tui.messages import ToolCallUpdate
from crm_tui.screens.main import MainScreen
from crm_tui.screens.opened import helps
from crm_tui.terminal_cells import count_spacing_marks_as_terminals_do
from crm_tui.voice.base import HoldsUnansweredTurn, VoiceController
from crm_tui.voice_wiring import VoiceWiring
from crm_tui.warm_up import warm_up

if TYPE_CHECKING:
    # The bot core (the parser's word lists, phone numbers, fuzzy matching) is imported when the engine
    # is built, after the first paint: `import crm_tui.app` pays only for what the first frame shows.
    from crm_tui.bot.core import BotCore
    from crm_tui.bot.types import ToolCallEvent

Clock = Callable[[], datetime]
EngineParts = tuple[Engine, "BotCore", CrmClient]
# (settings, now) -> (engine, core, crm_client), like build_engine; injectable so tests pick the engine.
EngineFactory = Callable[[Settings, Clock | None], EngineParts | Awaitable[EngineParts]]
# What a failed worker was doing, in the words of its notification (a person reads words, not group names).
WORKER_WORDS = {
    "crm": "Could not reach or start the CRM",
    "feed": "The live feed of changes stopped",
    "leads": "Could not load the leads",
    "visits": "Could not load the visits",
    "lead-filter": "Filtering the leads failed",
    "lead-detail": "Could not show the lead",
    "lead-edit": "Could not save the lead",
    "engine": "The engine stopped",
    "voice": "The voice session stopped",
    "voice-text": "Could not send that to the voice session",
    "typed": "Typed commands stopped",
    "agenda": "Could not load the agenda",
    "pipeline": "Could not count the pipeline",
    "export": "Could not export the leads",
    "fix": "Could not change the lead",
    "mine": "Could not tell who you are",
}


async def default_engine_factory(settings: Settings, now: Clock | None, session: CrmSession | None = None,
                                 imports: asyncio.Lock | None = None) -> EngineParts:
    # Imported when first used, and on a thread: the bot core and the parser (phone numbers, fuzzy
    # matching, word lists; with a key, google-genai) take 100 ms and more to import, and on the event
    # loop that is as long a freeze of the dashboard just after its first frame. `imports`: taken in
    # turn with the embedded CRM's import (CrmApp.imports_in_turn).
    async with imports or contextlib.nullcontext():
        factory = await asyncio.to_thread(importlib.import_module, "crm_tui.bot.factory")
    parts: EngineParts = factory.build_engine(settings, conversational=True, now=now, session=session)
    return parts


class CrmApp(CrmLink, VoiceWiring, LeadFixActions):
    """Voice CRM dashboard."""

    CSS_PATH = "app.tcss"
    TITLE = "Voice CRM"
    BINDINGS = bindings(APP_ACTIONS)
    # Under 100 columns the transcript and the tool pane share the width equally; from 100 the tool
    # pane takes more (app.tcss). At 140 and 40 rows the agenda joins the lead table.
    HORIZONTAL_BREAKPOINTS = [(0, "-compact"), (100, "-narrow"), (140, "-wide")]
    # Under 40 rows an open tool-call JSON takes the lead table's room (app.tcss, `Screen.-short`).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]

    engine_label: reactive[str] = reactive("starting…")
    """The engine that answers ("local", "gemini:<model>", or "gemini:<model> (offline: local)")."""
    clock_text: reactive[str] = reactive("")
    """The time of day shown in the status line."""

    def __init__(self, settings: Settings, *, voice: VoiceController | None = None, clock: Clock | None = None,
                 engine_factory: EngineFactory | None = None, start_embedded: bool = True,
                 crm_http: CrmSession | None = None) -> None:
        super().__init__()
        self.start_up = StartUp()  # the collector paused while the dashboard starts (from on_load)
        count_spacing_marks_as_terminals_do()
        self.settings = settings
        self.voice = voice
        self.tz = ZoneInfo(settings.crm_timezone)
        self.clock: Clock = clock or (lambda: datetime.now(self.tz))
        # An injected clock is also the engine's "now", so "tomorrow at 3pm" is reproducible in tests.
        self.injected_clock = clock
        # One HTTP session to the CRM for the reads, the change feed and the engine's calls (and the
        # voice session's, when crm-tui built it with this one).
        self.crm_http = crm_http or CrmSession()
        # The start-up's two big imports (the embedded CRM's server, the bot core) run on their threads
        # one after the other, the CRM's first: it is the longer way to usable (then the server's start,
        # the feed, the leads). Side by side they shared one interpreter lock and both finished late;
        # in turn the CRM connects ~0.15 s sooner, and the bot core, which needs the modules the
        # server brought in (phone numbers, pydantic), imports in ~70 ms after it (bench_tui stages).
        self.imports_in_turn = asyncio.Lock()
        self.engine_factory = engine_factory or partial(default_engine_factory, session=self.crm_http,
                                                        imports=self.imports_in_turn)
        self.start_embedded = start_embedded
        self.reader = CrmReader(settings.crm_base_url, settings.crm_api_token, session=self.crm_http)
        self.embedded_server: Any = None
        self.engine_crm = None
        # The bot core: its undo stack is this conversation's, shared by "undo" and ctrl+z.
        self.core = None
        self.main = MainScreen(self.reader, tz=settings.crm_timezone, clock=self.clock,
                               state_path=settings.dashboard_state)
        # Where each typed command goes (the Live session or the local engine) and in what order; the
        # main screen shows what it decides.
        live = None
        if self._voice_first:
            live = LiveLink(f"gemini:{settings.gemini_model}", self.send_to_voice, self._take_back_unanswered)
        self.router = CommandRouter(self.main, live=live, clock=time.monotonic, call_later=self.set_timer)
        self._told_no_voice = False

    def get_default_screen(self) -> Screen[Any]:
        return self.main

    def on_load(self) -> None:
        self.start_up.begin()  # running: ended 3 s after the mount or when it quits (on_unmount)

    def on_mount(self) -> None:
        self.set_timer(START_UP_S, self.start_up.end)
        # The parser's patterns, the phone rule and the CA certificates (crm_tui/warm_up.py): on a worker thread once
        # the start is over, not on the event loop at the first command (it froze for them).
        self.set_timer(START_UP_S, lambda: self.run_worker(warm_up, thread=True))
        self._tick()
        self.set_interval(15, self._tick)

    def on_ready(self) -> None:
        """The first frame is on the screen: now the slow things may start."""
        self.start_services()

    def start_services(self) -> None:
        """Find the CRM, build the engine, start the voice session.

        Started once the first frame is drawn (Textual's `Ready`), never from a mount handler: their first
        steps import and start large things (the embedded CRM server, the engine) on the event loop, and
        begun before the first frame they kept the window blank for half a second and more.
        """
        self.start_crm()
        self.command_loop()
        if self.voice is not None:
            self.mic_state = "muted"
            self.session_state = "connecting"
            self.router.session_changed("connecting", "")
            self.run_voice(self.voice)
            if self._voice_first:
                self.route_typed()

    async def on_unmount(self) -> None:
        self.start_up.end()
        if self.router.engine is not None:
            try:
                await self.router.engine.close()
            except Exception:  # closing on the way out: nothing left to tell the person
                pass
        if self.engine_crm is not None:
            await self.engine_crm.close()
        await self.reader.close()
        await self.crm_http.close()
        if self.embedded_server is not None:
            await self.embedded_server.stop()

    def _tick(self) -> None:
        self.clock_text = self.clock().strftime("%H:%M")

    async def on_event(self, event: events.Event) -> None:
        """Letters and pastes meant for the command line go there before the focused widget sees them
        (`MainScreen.take_typing`), so none is lost or reordered on the way."""
        if (isinstance(event, events.Key | events.Paste) and not event.is_forwarded and self.screen is self.main
                and self.main.take_typing(event)):
            return
        await super().on_event(event)

    # --- the engine: typed commands in order ------------------------------------------------

    @property
    def _voice_first(self) -> bool:
        """Typed text goes to the Live session first (a Gemini key and a session); else to the engine."""
        return self.voice is not None and self.settings.engine_name == "gemini"

    @on(Input.Submitted, "#command")
    def send_command(self, event: Input.Submitted) -> None:
        text = event.value.strip()  # the input already emptied itself, keys in order
        if text:
            self.main.command.remember(text)
            self.router.submit(text)

    @work(exclusive=True, group="typed", exit_on_error=False)
    async def route_typed(self) -> None:
        """Typed text in order, each line to the Live session or, while Gemini is unreachable, to the local engine."""
        await self.router.route_typed()

    @work(group="voice-text", exit_on_error=False)
    async def send_to_voice(self, text: str) -> None:
        assert self.voice is not None
        await self.voice.send_text(text)

    def _take_back_unanswered(self) -> str | None:
        """The session's unanswered typed turn; a voice controller that keeps none has nothing to give."""
        return self.voice.take_back_unanswered() if isinstance(self.voice, HoldsUnansweredTurn) else None

    @work(exclusive=True, group="engine", exit_on_error=False)
    async def command_loop(self) -> None:
        """Build the engine (lazily: it may import a large SDK), then answer typed commands one at a time."""
        await self.router.answer_commands(self._build_engine)

    async def _build_engine(self) -> Engine:
        # With a Live session the session is the engine: the engine built here is the local one that
        # answers what the router hands over while Gemini cannot be reached.
        settings = self.settings.with_overrides(engine="local") if self._voice_first else self.settings
        built = self.engine_factory(settings, self.injected_clock)
        engine, core, self.engine_crm = await built if inspect.isawaitable(built) else built
        self.core = core
        core.add_listener(self._tool_event)
        await engine.start()
        return engine

    def _tool_event(self, event: ToolCallEvent) -> None:
        # Called by the bot core, possibly from another thread: hand over as a message.
        self.main.post_message(ToolCallUpdate(event.call, event.result, event.latency_ms))

    # --- help, palette, failures ------------------------------------------------------------------

    def action_help(self) -> None:
        if helps(self.screen_stack):
            return  # already open (the palette offers Help over it too; a second one has the same id)
        from crm_tui.screens.help import HelpScreen  # imported when first opened (screens/opened.py)

        actions = [a for a in (*MAIN_ACTIONS, *TABLE_ACTIONS, *APP_ACTIONS)
                   if a.name != "voice_retry" or self.voice is not None]
        self.push_screen(HelpScreen(help_rows(actions)))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is self.main:  # over another screen the main screen's actions would act out of sight
            yield from self.main.commands()
        for action in palette_entries(APP_ACTIONS):
            yield SystemCommand(action.palette, action.palette_help, getattr(self, f"action_{action.name}"))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker's failure becomes a notification: nothing fails silently, nothing crashes the UI."""
        if event.state == WorkerState.ERROR:
            what = WORKER_WORDS.get(event.worker.group, event.worker.group or event.worker.name)
            self.notify(f"{what}: {event.worker.error}", severity="error", title="Error", markup=False)
            if event.worker.group == "engine" and not self._voice_first:
                self.engine_label = "unavailable"


def make_app(settings: Settings | None = None, *, voice: VoiceController | None = None, clock: Clock | None = None,
             engine_factory: EngineFactory | None = None, start_embedded: bool = True,
             crm_http: CrmSession | None = None) -> CrmApp:
    """The dashboard for `settings` (default: the environment); tests inject the clock and engine.
    `crm_http`: the CrmSession the voice session was built with, so there is one (the App closes it)."""
    return CrmApp(settings or load_settings(), voice=voice, clock=clock, engine_factory=engine_factory,
                  start_embedded=start_embedded, crm_http=crm_http)


imported(IMPORTING)  # what the imports made stays: set aside, and the collector runs again
