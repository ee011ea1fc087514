"""The dashboard app: composes the panes, owns the shared state, holds the bindings, starts the workers.

Kept thin on purpose: drawing lives in `widgets/`, pushed screens in `screens/`, the network in
`feed.py` and `embedded.py`. What stays here is wiring: which message changes which state, and which
worker does which slow thing so that nothing blocks a keypress.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.notifications import Notification, Notify
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input
from textual.worker import Worker, WorkerState

from crm_tui.bot.client import CrmClient, CrmSession
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import BotResult, EngineReply, ToolCall, ToolCallEvent
from crm_tui.config import Settings, load_settings
from crm_tui.conversation import CommandRouter, LiveLink, TurnRole
from crm_tui.dashboard_state import TableSort, load_sort, save_sort
from crm_tui.engines.base import Engine
from crm_tui.feed import ChangeFeed, CrmReader, FeedEvent, FeedState
from crm_tui.glance import follow_change
from crm_tui.messages import (
    FeedStateChanged,
    LeadEvent,
    LevelChanged,
    MetricsUpdated,
    MicStateChanged,
    SessionStateChanged,
    ToolCallUpdate,
    TranscriptReceived,
)
from crm_tui.screens.agenda import AgendaScreen
from crm_tui.screens.help import HelpScreen
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.screens.lead_edit import ConfirmArchiveScreen, EditLeadScreen
from crm_tui.screens.pipeline import PipelineScreen
from crm_tui.terminal_cells import count_spacing_marks_as_terminals_do
from crm_tui.voice.base import HoldsUnansweredTurn, VoiceController
from crm_tui.voice.events import Level, MicState, SessionState, ToolResult, Transcript, VoiceEvent
from crm_tui.voice.events import Metrics as VoiceMetrics
from crm_tui.widgets.agenda import AgendaPane
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.export import export_view
from crm_tui.widgets.lead_table import COLUMNS, LeadTable
from crm_tui.widgets.level_meter import LevelMeter
from crm_tui.widgets.status_line import OFFLINE_SUFFIX, StatusLine
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane

Clock = Callable[[], datetime]
EngineParts = tuple[Engine, BotCore, CrmClient]
# (settings, now) -> (engine, core, crm_client), like build_engine; injectable so tests pick the engine.
EngineFactory = Callable[[Settings, Clock | None], EngineParts | Awaitable[EngineParts]]

# What each binding does, in a sentence, for the help screen (the Footer has room for a word).
HELP_TEXT = {
    "talk": "push-to-talk: press to talk, press again to send",
    "focus_input": "back to the command line",
    "focus_leads": "to the lead table (letters typed there go to the command line)",
    "filter_leads": "filter leads (/ in the table); Enter keeps, Esc clears",
    "open_lead": "open the lead just answered about (in the table: under the cursor)",
    "toggle_json": "show or hide the selected tool call's full JSON",
    "clear_transcript": "clear the transcript",
    "agenda": "today's and tomorrow's visits, the next one with a countdown",
    "pipeline": "the pipeline: funnel, conversion by source and city, per-day charts (7/30/90 days)",
    "export": "export the lead table as shown (filter and sort) to CSV",
    "help": "this help",
    "undo": "undo the last change made here (again: the one before)",
    "quit": "quit",
}
# What a failed worker was doing, in the words of its notification ("leads: ..." meant nothing to anyone).
WORKER_WORDS = {
    "crm": "Could not reach or start the CRM",
    "feed": "The live feed of changes stopped",
    "leads": "Could not load the leads",
    "visits": "Could not load the visits",
    "lead-filter": "Filtering the leads failed",
    "lead-detail": "Could not show the lead",
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
# Leads a page: the API's maximum, so 100,000 leads are 100 requests (see bench/bench_tui.py).
PAGE_SIZE = 1000
ADD_SLICE = 250  # rows added to the table between two looks at the keyboard (~6 ms)
NO_VOICE = "Voice needs a microphone and GEMINI_API_KEY; type your command"
# Below this many rows the JSON view (ctrl+r) had three lines at 80x24: while it is open, the lead table
# steps aside for it (app.tcss). At 40 rows and more both fit.
SHORT_HEIGHT = 40
# Actions that act on the main screen's panes; hidden (and refused) while another screen is on top.
# Help is not one of them: it explains the detail's keys too.
MAIN_ONLY = {"talk", "focus_input", "focus_leads", "filter_leads", "open_lead", "toggle_json", "clear_transcript", "escape",
             "agenda", "pipeline", "export"}


def acted_on(result: BotResult | None) -> str | None:
    """The one lead a successful tool call created, changed, visited or answered about; None otherwise.

    A list of leads or visits counts when every item is about the same lead ("when is Rohan's
    visit?", "my next visit").
    """
    if result is None or result.error is not None or not result.result:
        return None
    data = result.result
    if isinstance(data.get("lead_id"), str):
        return str(data["lead_id"])
    for key in ("leads", "visits"):
        items = data.get(key)
        if isinstance(items, list) and items:
            ids = {item.get("lead_id") if isinstance(item, dict) else None for item in items}
            if len(ids) == 1 and isinstance(found := ids.pop(), str):
                return found
    return None


def question_of(message: str) -> str:
    """The question at the end of an answer ("Phone 12345 has 5 digits. What is Neha's phone number?")."""
    for mark in (". ", "; ", ": "):
        head, sep, tail = message.rpartition(mark)
        if sep and "?" in tail and "?" not in head:
            return tail.strip()
    return message.strip()


def default_engine_factory(settings: Settings, now: Clock | None, session: CrmSession | None = None) -> EngineParts:
    # Imported when first used: the Gemini engine pulls in google-genai, which would cost start-up time.
    from crm_tui.bot.factory import build_engine

    return build_engine(settings, conversational=True, now=now, session=session)


class CrmApp(App[None]):
    """Voice CRM dashboard."""

    CSS_PATH = "app.tcss"
    TITLE = "Voice CRM"
    BINDINGS = [
        Binding("ctrl+t", "talk", "Talk", id="talk", priority=True),
        Binding("ctrl+g", "focus_input", "Input", id="focus_input", priority=True),
        Binding("f5", "focus_leads", "Leads", id="focus_leads"),
        Binding("ctrl+f", "filter_leads", "Filter", id="filter_leads", priority=True),
        Binding("slash", "filter_leads", "Filter", show=False),
        Binding("ctrl+o", "open_lead", "Open", id="open_lead", priority=True),
        Binding("ctrl+r", "toggle_json", "JSON", id="toggle_json", priority=True),
        Binding("ctrl+l", "clear_transcript", "Clear", id="clear_transcript", priority=True),
        Binding("f2", "agenda", "Agenda", id="agenda"),
        Binding("f3", "pipeline", "Pipeline", id="pipeline"),
        Binding("f4", "export", "Export", id="export"),
        Binding("f1,question_mark", "help", "Help", id="help"),
        Binding("ctrl+z", "undo", "Undo", id="undo", priority=True),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        # Only with a voice session (then listed in help): try again after it stopped retrying.
        Binding("ctrl+e", "voice_retry", "Reconnect voice", id="voice_retry", show=False, priority=True),
        # Escape leaves the filter (clearing it) or a pane, back to the command line; not in the Footer.
        Binding("escape", "escape", "Back to input", show=False),
    ]
    # Under 100 columns the transcript and the tool pane share the width equally; from 100 the tool
    # pane takes three fifths (app.tcss). At 140 and 40 rows the agenda joins the lead table.
    HORIZONTAL_BREAKPOINTS = [(0, "-compact"), (100, "-narrow"), (140, "-wide")]
    # Under 40 rows an open tool-call JSON takes the lead table's room (app.tcss, `Screen.-short`).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_HEIGHT, "-tall")]

    engine_label: reactive[str] = reactive("starting…")
    """The engine that answers ("local", "gemini:<model>", or "gemini:<model> (offline: local)")."""
    crm_state: reactive[str] = reactive("connecting")
    """The CRM change feed's connection: connecting, connected, reconnecting or down."""
    mic_state: reactive[str] = reactive("no_microphone")
    """The microphone as the person should see it."""
    session_state: reactive[str] = reactive("")
    """The voice session's state, "" without voice."""
    session_detail: reactive[str] = reactive("")
    """Why the voice session stopped retrying; "" otherwise."""
    mic_mode: reactive[str] = reactive("")
    """Hands-free: how the assistant's voice is kept out of the microphone ("half-duplex"); "" otherwise."""
    metrics_text: reactive[str] = reactive("")
    """Voice metrics for the status line."""
    clock_text: reactive[str] = reactive("")
    """The time of day shown in the status line."""

    def __init__(
        self,
        settings: Settings,
        *,
        voice: VoiceController | None = None,
        clock: Clock | None = None,
        engine_factory: EngineFactory | None = None,
        start_embedded: bool = True,
        crm_http: CrmSession | None = None,
    ) -> None:
        super().__init__()
        count_spacing_marks_as_terminals_do()
        self.settings = settings
        self.voice = voice
        self.tz = ZoneInfo(settings.crm_timezone)
        self.clock: Clock = clock or (lambda: datetime.now(self.tz))
        # An injected clock is also the engine's "now", so "tomorrow at 3pm" is reproducible in tests.
        self.injected_clock = clock
        # One HTTP session to the CRM for the reads, the change feed and the engine's calls.
        self.crm_http = crm_http or CrmSession()
        self.engine_factory = engine_factory or partial(default_engine_factory, session=self.crm_http)
        self.start_embedded = start_embedded
        self.reader = CrmReader(settings.crm_base_url, settings.crm_api_token, session=self.crm_http)
        self.embedded_server: Any = None
        self.engine_crm: CrmClient | None = None
        # The bot core: its undo stack is this conversation's, shared by "undo" and ctrl+z.
        self.core: BotCore | None = None
        # Where each typed command goes (the Live session or the local engine) and in what order;
        # this App only shows what it decides (the show_* methods below).
        live = None
        if self._voice_first:
            live = LiveLink(f"gemini:{settings.gemini_model}", self.send_to_voice, self._take_back_unanswered)
        self.router = CommandRouter(self, live=live, clock=time.monotonic, call_later=self.set_timer)
        self.leads_loaded = False
        # The lead the last answer was about: what ctrl+o opens from the command line.
        self.answered_lead: str | None = None
        self._told_no_voice = False
        # The toast of the last turn that was not done: a newer one replaces it, so a run of mistakes
        # never stacks toasts over the table and the command line (at 80x24 two cover half of both).
        self._turn_toast: Notification | None = None
        # The lead-table widget that had focus when the JSON view hid it (80x24): focus returns there.
        self._focus_before_json: Widget | None = None

    # --- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status").data_bind(
            CrmApp.engine_label,
            CrmApp.crm_state,
            CrmApp.mic_state,
            CrmApp.mic_mode,
            CrmApp.session_state,
            CrmApp.session_detail,
            CrmApp.metrics_text,
            CrmApp.clock_text,
        )
        with Horizontal(id="top"):
            yield TranscriptPane(id="transcript")
            yield ToolCallsPane(id="tools")
        with Horizontal(id="middle"):
            with Vertical(id="leads-pane"):
                yield Input(placeholder="Filter leads: name, phone, city, source or status", id="lead-filter")
                yield LeadTable(tz=self.settings.crm_timezone, clock=self.clock, id="leads")
            # Beside the table at 160x48 (app.tcss); f2 shows it full screen at any size.
            yield AgendaPane(self.reader, tz=self.settings.crm_timezone, clock=self.clock,
                             lead_info=self._lead_info, id="agenda")
        with Vertical(id="bottom"):
            yield LevelMeter(id="meter").data_bind(CrmApp.mic_state)
            yield CommandInput(id="command")
            yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#transcript").border_title = "Transcript"
        self.query_one("#tools").border_title = "Tool calls"
        self.query_one("#leads-pane").border_title = "Leads"
        self.query_one("#lead-filter").display = False
        table = self.query_one(LeadTable)
        self.watch(table, "shown_count", self._title_leads, init=False)
        self.watch(table, "known_count", self._title_leads, init=False)
        self.watch(self.query_one(ToolCallsPane), "show_json", self._json_shown, init=False)
        kept = load_sort(self.settings.dashboard_state, {key for key, _ in COLUMNS})
        if kept is not None:
            table.sort_by(kept.column, kept.reverse)
        self.query_one(CommandInput).focus()
        self._tick()
        self.set_interval(15, self._tick)
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

    def on_lead_table_sorted(self, message: LeadTable.Sorted) -> None:
        save_sort(self.settings.dashboard_state, TableSort(message.column, message.reverse))

    def _tick(self) -> None:
        self.clock_text = self.clock().strftime("%H:%M")

    def _title_leads(self, _: int) -> None:
        table = self.query_one(LeadTable)
        title = f"Leads {table.known_count:,}"
        if table.filter_text:
            title = f"Leads {table.shown_count:,} of {table.known_count:,} · filter “{table.filter_text}”"
        if table.assignee is not None:
            title = f"My leads {table.shown_count:,} of {table.known_count:,} ({table.assignee}) · f8 for everyone's"
            title += f" · filter “{table.filter_text}”" if table.filter_text else ""
        if table.show_archived:
            title = f"Archived leads {table.shown_count:,} · insert restores · f7 back to the live leads"
        elif not self.leads_loaded:
            # "Leads 28,000" while the pages come in read as the whole CRM.
            title += " · loading…"
        # Text: a str title is read as markup, and the filter is whatever was typed ("[/]" included).
        self.query_one("#leads-pane").border_title = Text(title)

    # --- CRM: embedded server, change feed, lead pages ---------------------------------------

    @work(exclusive=True, group="crm", exit_on_error=False)
    async def start_crm(self) -> None:
        """Find the CRM (or start one in-process), then follow its feed and load its leads."""
        if self.start_embedded:
            from crm_tui.embedded import ensure_crm

            try:
                self.embedded_server = await ensure_crm(self.settings)
            except Exception as exc:  # port taken by something else, data dir not writable, ...
                # Say what and what to do, then keep following the URL: if a CRM comes up there, the
                # feed connects and the table loads; until then the status line says "down".
                self.notify(
                    f"No CRM answers at {self.settings.crm_base_url} and none could be started here: {exc}. "
                    "Start crm-server, or set CRM_BASE_URL (or --crm-url) to where it runs.",
                    severity="error",
                    title="CRM",
                    timeout=30,
                    markup=False,
                )
                self.follow_feed()
                return
            if self.embedded_server is not None:
                self.notify(
                    f"No CRM answered at {self.settings.crm_base_url}; started one here "
                    f"(data in {self.settings.crm_data_dir}).",
                    title="CRM",
                    markup=False,
                )
        self.follow_feed()
        self.load_leads()

    def _may_take_over(self) -> bool:
        """Whether this dashboard may start its own CRM where the one it followed stopped answering."""
        return self.start_embedded and self.embedded_server is None and self.settings.crm_is_local

    @work(exclusive=True, group="crm", exit_on_error=False)
    async def take_over_crm(self) -> None:
        """The local CRM stopped answering (the dashboard that ran it inside itself quit): start one here,
        on the same URL and data, as a dashboard started alone would. The feed reconnects to it."""
        from crm_tui.embedded import ensure_crm

        self.embedded_server = await ensure_crm(self.settings)
        if self.embedded_server is not None:
            self.notify(
                f"The CRM at {self.settings.crm_base_url} stopped answering; started one here on the same "
                f"data ({self.settings.crm_data_dir}).",
                title="CRM",
                markup=False,
            )

    @work(exclusive=True, group="feed", exit_on_error=False)
    async def follow_feed(self) -> None:
        feed = ChangeFeed(
            self.settings.crm_base_url,
            token=self.settings.crm_api_token,
            on_event=self._feed_event,
            on_state=self._feed_state,
            session=self.crm_http,
        )
        await feed.run()

    def _feed_event(self, event: FeedEvent) -> None:
        self.post_message(LeadEvent(event.id, event.type, event.data))

    def _feed_state(self, state: FeedState, detail: str) -> None:
        self.post_message(FeedStateChanged(state, detail))

    @work(exclusive=True, group="leads", exit_on_error=False)
    async def load_leads(self) -> None:
        """Every lead, a page at a time; each page goes into the table between keypresses."""
        table = self.query_one(LeadTable)
        cursor: str | None = None
        while True:
            leads, cursor = await self.reader.leads_page(cursor, limit=PAGE_SIZE)
            for start in range(0, len(leads), ADD_SLICE):
                table.add_page(leads[start : start + ADD_SLICE])
                # A few ms for queued keys and feed events between slices (a key needs a loop turn
                # per hop, app -> screen -> table, so sleep(0) would let it move one hop only).
                await asyncio.sleep(0.003)
            if cursor is None:
                break
        self.leads_loaded = True
        self._title_leads(0)  # "Leads 0" on an empty CRM: loaded, not still loading
        table.resort()  # sorted while pages came in: those rows were appended
        self.load_visits()

    @work(exclusive=True, group="visits", exit_on_error=False)
    async def load_visits(self) -> None:
        """Every visit, a page at a time, for the table's "Next visit" column (the feed adds new ones;
        cancelled and moved visits are left out by `note_visit`)."""
        table = self.query_one(LeadTable)
        cursor: str | None = None
        while True:
            visits, cursor = await self.reader.visits_page(cursor, limit=PAGE_SIZE)
            for visit in visits:
                table.note_visit(visit, place=False)
            await asyncio.sleep(0.003)
            if cursor is None:
                break
        if table.sort_key == "next":
            table.resort()

    def on_feed_state_changed(self, message: FeedStateChanged) -> None:
        previous, self.crm_state = self.crm_state, message.state
        if message.state == "down" and previous != "down" and self._may_take_over():
            self.take_over_crm()
        elif message.state == "down" and previous != "down":
            self.notify(
                f"The CRM at {self.settings.crm_base_url} is not answering ({message.detail}); "
                "retrying. Commands that need it will say so.",
                severity="error",
                title="CRM down",
                markup=False,
            )
        elif message.state == "connected" and previous in ("reconnecting", "down"):
            self.notify("The CRM is back.", title="CRM")
            if not self.leads_loaded:
                self.load_leads()
            # An open lead that could not be read while the CRM was away is read again.
            for screen in self.screen_stack:
                if isinstance(screen, LeadDetailScreen):
                    screen.refresh_lead()

    def on_lead_event(self, message: LeadEvent) -> None:
        if message.event_type.startswith("lead.") and "lead_id" in message.data:
            self.query_one(LeadTable).upsert(message.data)
        elif message.event_type in ("visit.scheduled", "visit.status_changed"):
            # A cancel or a move (status_changed) takes the visit out of the lead's "Next visit".
            self.query_one(LeadTable).note_visit(message.data)
        follow_change(self.screen_stack, message.event_type, message.data)
        for screen in self.screen_stack:
            if isinstance(screen, LeadDetailScreen) and screen.lead_id == message.data.get("lead_id"):
                screen.refresh_lead()

    # --- the engine: typed commands in order ------------------------------------------------

    @property
    def _voice_first(self) -> bool:
        """Typed text goes to the Live session first (a Gemini key and a session); else to the engine."""
        return self.voice is not None and self.settings.engine_name == "gemini"

    @on(Input.Submitted, "#command")
    def send_command(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        box = self.query_one(CommandInput)  # already emptied by the input itself, keys in order
        if not text:
            return
        box.remember(text)
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

    # --- the conversation's view (crm_tui.conversation.ConversationView) -----------------------

    def show_turn(self, role: TurnRole, text: str) -> None:
        self.query_one(TranscriptPane).add_turn(role, text, self.clock())

    def show_queued(self, waiting: tuple[str, ...]) -> None:
        self.query_one(TranscriptPane).queued = waiting

    def show_engine(self, label: str, *, offline: bool = False) -> None:
        self.engine_label = label + (OFFLINE_SUFFIX if offline else "")

    def show_failure(self, text: str, *, title: str, timeout: float | None = None) -> None:
        self.notify(text, severity="error", title=title, timeout=timeout, markup=False)

    def _tool_event(self, event: ToolCallEvent) -> None:
        # Called by the bot core, possibly from another thread: hand over as a message.
        self.post_message(ToolCallUpdate(event.call, event.result, event.latency_ms))

    def show_reply(self, reply: EngineReply) -> None:
        result: BotResult = reply.result
        message = result.message or (result.error.details if result.error else "Done.")
        self.query_one(TranscriptPane).add_turn(
            "assistant", message, self.clock(), result, question=reply.awaiting is not None
        )
        # While the engine waits for an answer, the command line says what it asked: at 80x24 the
        # transcript has six lines, and a long answer or a toast hides the question.
        box = self.query_one(CommandInput)
        box.placeholder = f"Answer: {question_of(message)}  (or type cancel)" if reply.awaiting else box.default_placeholder
        if self._turn_toast is not None and self._turn_toast in self._notifications:
            # Private, like the table's overrides (Textual is pinned to 8.x): notify() returns nothing
            # to dismiss a toast by.
            self._unnotify(self._turn_toast)
        self._turn_toast = None
        if result.error is not None and reply.awaiting is None and not result.cancelled:
            # A question ("What is Neha's phone number?") is the conversation going on: it is in the
            # transcript, badge and all, and a toast would cover the line the answer is typed in.
            # Anything else not done gets a toast, longer than the default 5 s: it has to be read.
            # markup=False: the details quote what the person typed, brackets included.
            self._turn_toast = Notification(
                f"{result.error.type}: {result.error.details}", "Not done", "warning", 10, markup=False
            )
            self.post_message(Notify(self._turn_toast))

    def on_tool_call_update(self, message: ToolCallUpdate) -> None:
        self.query_one(ToolCallsPane).record(message.call, message.result, message.latency_ms, self.clock())
        lead_id = acted_on(message.result)
        if lead_id is not None:
            # The lead a command just created, changed, visited or looked up is the one under the
            # cursor, in sight, and the one ctrl+o opens from the command line (even when the filter
            # or the archived view hides its row). Only the person's own commands move the cursor; a
            # colleague's changes (the feed) never do.
            self.answered_lead = lead_id
            self.query_one(LeadTable).show_lead(lead_id)

    # --- voice -------------------------------------------------------------------------------

    @work(exclusive=True, group="voice", exit_on_error=False)
    async def run_voice(self, voice: VoiceController) -> None:
        meter = self.query_one(LevelMeter)

        def emit(event: VoiceEvent) -> None:
            # Any thread: only post messages. Levels go straight to the meter's own queue, where a
            # newer level replaces a queued one.
            if isinstance(event, Level):
                meter.post_message(LevelChanged(event.direction, event.dbfs))
            elif isinstance(event, Transcript):
                self.post_message(TranscriptReceived(event.role, event.text, event.final))
            elif isinstance(event, SessionState):
                self.post_message(SessionStateChanged(event.state, event.detail))
            elif isinstance(event, MicState):
                self.post_message(MicStateChanged(event.state, event.detail, event.mode))
            elif isinstance(event, ToolResult):
                self.post_message(ToolCallUpdate(event.call, event.result, event.latency_ms))
            elif isinstance(event, VoiceMetrics):
                self.post_message(
                    MetricsUpdated(
                        event.first_audio_ms, event.tool_rtt_ms, event.dropped_chunks,
                        (event.tokens_in, event.tokens_out), event.reconnects,
                    )
                )

        await voice.run(emit)

    def on_transcript_received(self, message: TranscriptReceived) -> None:
        pane = self.query_one(TranscriptPane)
        if message.role == "note":  # the voice session telling the person something (words lost in a drop)
            pane.add_turn("note", message.text, self.clock())
            self.notify(message.text, severity="warning", title="Voice", markup=False)
            return
        if message.final:
            pane.partial_role = message.role
            pane.add_turn(message.role, message.text, self.clock())
        else:
            pane.partial_role = message.role
            pane.partial = message.text

    def on_session_state_changed(self, message: SessionStateChanged) -> None:
        self.session_state = message.state
        self.session_detail = message.detail if message.state == "stopped" else ""
        self.router.session_changed(message.state, message.detail)
        if message.state in ("error", "stopped"):
            detail = message.detail or "the voice session failed"
            self.notify(detail, severity="error", title="Voice", markup=False)
            # In the conversation too: a typed turn the session could not take must not vanish silently
            # (it is still one `up` away in the command history).
            self.query_one(TranscriptPane).add_turn("note", f"Voice: {detail}", self.clock())

    def on_mic_state_changed(self, message: MicStateChanged) -> None:
        self.mic_state = message.state
        self.mic_mode = message.mode
        if message.state == "no_microphone":
            self._say_no_voice(message.detail)

    def on_metrics_updated(self, message: MetricsUpdated) -> None:
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
        self.metrics_text = " · ".join(parts)

    def _say_no_voice(self, detail: str = "") -> None:
        if not self._told_no_voice:
            self._told_no_voice = True
            # With a session but no sound device the key is there: say what is missing, not both.
            text = f"{detail[:1].upper()}{detail[1:].rstrip('.')}. Type your command." if detail else f"{NO_VOICE}."
            self.notify(text, severity="warning", title="Voice", markup=False)

    # --- actions -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in MAIN_ONLY and self.screen is not self.screen_stack[0]:
            return False
        return True

    def action_talk(self) -> None:
        """Push-to-talk: the same key starts talking and sends."""
        if self.voice is None:
            self._say_no_voice()
            return
        talking = self.voice.toggle_talk()
        self.mic_state = "talking" if talking else "listening"

    def action_voice_retry(self) -> None:
        """The voice session stopped after too many failures in a row: try again now."""
        retry = getattr(self.voice, "retry", None)
        if retry is None:
            self._say_no_voice()
        elif not retry():
            self.notify("Voice is not waiting to reconnect.", title="Voice", markup=False)

    def action_focus_input(self) -> None:
        self.query_one(CommandInput).focus()

    def action_focus_leads(self) -> None:
        self.query_one(LeadTable).focus()

    def action_escape(self) -> None:
        """Escape in the filter or in a filtered table clears the filter; anywhere else on the main
        screen it goes to the command line."""
        box = self.query_one("#lead-filter", Input)
        table = self.query_one(LeadTable)
        if self.focused is box or (self.focused is table and box.value):
            box.value = ""
            box.display = False
            table.focus()
        else:
            self.action_focus_input()

    async def on_event(self, event: events.Event) -> None:
        """Letters and pastes meant for the command line go there, in the order they came.

        Taken here, before the focused widget sees them: a key sent on to the table reached the
        command line a few loop turns later, after the focus had moved, so a fast burst lost letters
        (or got them out of order), and a paste was dropped by the table.
        """
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded and self._type_into_command(event):
            return
        await super().on_event(event)

    def _type_into_command(self, event: events.Key | events.Paste) -> bool:
        """Put typed text into the command line if it is not for the focused pane; True when it did."""
        if self.screen is not self.screen_stack[0] or isinstance(self.focused, Input):
            return False
        if isinstance(event, events.Key):
            # Keys bound where the focus is (`/`, `?`, `<`, `>`) keep their meaning; no letter is bound there.
            if not event.is_printable or event.character is None or event.key in self.screen.active_bindings:
                return False
            text = event.character
        else:
            text = " ".join(line.strip() for line in event.text.splitlines() if line.strip())
        box = self.query_one(CommandInput)
        box.insert_text_at_cursor(text)
        box.focus()
        return True

    def action_filter_leads(self) -> None:
        box = self.query_one("#lead-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#lead-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.query_one(LeadTable).filter_text = event.value.strip()
        self._title_leads(0)

    @on(Input.Submitted, "#lead-filter")
    def filter_done(self, event: Input.Submitted) -> None:
        box = self.query_one("#lead-filter", Input)
        box.display = bool(box.value)
        self.query_one(LeadTable).focus()

    def action_open_lead(self) -> None:
        """The lead the last answer was about, or, from the table, the lead under the cursor."""
        table = self.query_one(LeadTable)
        lead_id = table.selected_lead_id()
        if self.focused is not table and self.answered_lead is not None:
            lead_id = self.answered_lead
        if lead_id is None:
            self.notify("No lead to open yet.", title="Leads")
            return
        self.post_message(LeadTable.OpenLead(lead_id))

    def on_lead_table_open_lead(self, message: LeadTable.OpenLead) -> None:
        if any(isinstance(screen, LeadDetailScreen) for screen in self.screen_stack):
            return  # one detail at a time (the screen has a fixed id; a second one stopped the app)
        self.push_screen(
            LeadDetailScreen(message.lead_id, self.reader.lead, tz=self.settings.crm_timezone, clock=self.clock)
        )

    def action_toggle_json(self) -> None:
        pane = self.query_one(ToolCallsPane)
        pane.show_json = not pane.show_json

    def _json_shown(self, show: bool) -> None:
        main = self.screen_stack[0]
        main.set_class(show, "-json-open")
        # On a short terminal the lead table is hidden while the JSON is open: focus must not stay
        # on a pane nobody can see. The tool table is where the JSON's row is chosen.
        if show and self.size.height < SHORT_HEIGHT:
            leads_pane = self.query_one("#leads-pane")
            if self.focused is not None and (self.focused is leads_pane or leads_pane in self.focused.ancestors):
                self._focus_before_json = self.focused
                self.query_one(ToolCallsPane).table.focus()
        elif not show and self._focus_before_json is not None:
            # Back where the person was when they opened the JSON, unless they went elsewhere meanwhile.
            if self.focused is self.query_one(ToolCallsPane).table:
                self._focus_before_json.focus()
            self._focus_before_json = None

    def action_clear_transcript(self) -> None:
        self.query_one(TranscriptPane).clear()

    def _lead_info(self, lead_id: str) -> dict[str, Any] | None:
        return self.query_one(LeadTable).leads.get(lead_id)

    def action_agenda(self) -> None:
        if not any(isinstance(screen, AgendaScreen) for screen in self.screen_stack):
            self.push_screen(AgendaScreen(self.reader, tz=self.settings.crm_timezone, clock=self.clock,
                                          lead_info=self._lead_info))

    def action_pipeline(self) -> None:
        if not any(isinstance(screen, PipelineScreen) for screen in self.screen_stack):
            self.push_screen(PipelineScreen(self.reader, tz=self.settings.crm_timezone, clock=self.clock))

    def action_export(self) -> None:
        self.export_leads()

    @work(exclusive=True, group="export", exit_on_error=False)
    async def export_leads(self) -> None:
        """The lead table as shown (filter and sort) to a CSV file; its path in a toast."""
        path = await export_view(self.query_one(LeadTable), self.clock())
        self.notify(f"Exported the leads as shown to {path}", title="Export", markup=False, timeout=10)
    # --- fixing mistakes: undo, edit, archive, restore (logic in bot/undo.py, forms in screens/lead_edit.py)

    def _fix_target(self) -> str | None:
        """The lead an edit or an archive is for: the open detail's, else the one under the cursor."""
        if isinstance(self.screen, LeadDetailScreen):
            return self.screen.lead_id
        return self.query_one(LeadTable).selected_lead_id()

    def _fixed(self, result: BotResult, title: str) -> None:
        """Say how a fix went: a toast (the table and an open detail change by themselves, from the feed)."""
        self.query_one(TranscriptPane).add_turn("assistant", result.message, self.clock(), result)
        self.notify(result.message, title=title, severity="information" if result.ok else "warning", markup=False)

    @work(group="fix", exit_on_error=False)
    async def action_undo(self) -> None:
        if self.core is None:
            self.notify("Nothing to undo yet.", title="Undo")
            return
        self._fixed(await self.core.run_tool(ToolCall("undo", {}), actor="dashboard"), "Undo")

    @work(group="fix", exit_on_error=False)
    async def action_edit_lead(self) -> None:
        lead_id = self._fix_target()
        if lead_id is None or self.core is None:
            self.notify("No lead to edit yet.", title="Edit")
            return
        lead = await self.reader.lead(lead_id)
        core = self.core

        async def save(changes: dict[str, str | None]) -> BotResult:
            args = {"lead_id": lead_id, **{k: ("" if v is None else v) for k, v in changes.items()}}
            result: BotResult = await core.run_tool(ToolCall("updateLead", args), actor="dashboard")
            if result.ok:
                self._fixed(result, "Edit")
            return result

        await self.push_screen_wait(EditLeadScreen(lead, save))

    @work(group="fix", exit_on_error=False)
    async def action_archive_lead(self) -> None:
        lead_id = self._fix_target()
        if lead_id is None or self.core is None:
            self.notify("No lead to archive yet.", title="Archive")
            return
        lead = await self.reader.lead(lead_id)
        if lead.get("archived"):
            self.notify(f"{lead.get('name')} is already archived.", title="Archive", markup=False)
            return
        scheduled = sum(1 for v in lead.get("visits") or [] if v.get("status") == "SCHEDULED")
        if not await self.push_screen_wait(ConfirmArchiveScreen(lead, scheduled)):
            return
        self.core.awaiting_archive = lead_id  # the modal was the question; its yes is the answer
        call = ToolCall("archiveLead", {"lead_id": lead_id, "confirmed": True})
        self._fixed(await self.core.run_tool(call, actor="dashboard"), "Archive")

    @work(group="fix", exit_on_error=False)
    async def action_restore_lead(self) -> None:
        table = self.query_one(LeadTable)
        lead_id = table.selected_lead_id()
        lead = table.leads.get(lead_id or "")
        if lead_id is None or not lead or not lead.get("archived") or self.engine_crm is None:
            self.notify("Restore works on an archived lead: show them with A.", title="Restore")
            return
        resp = await self.engine_crm.restore_lead(lead_id)
        if resp.ok:
            self.notify(f"Restored {lead.get('name')}.", title="Restore", markup=False)
        else:
            self.notify(f"Not restored: {resp.json}", title="Restore", severity="warning", markup=False)

    def action_toggle_archived(self) -> None:
        table = self.query_one(LeadTable)
        table.show_archived = not table.show_archived
        self.query_one("#leads-pane").set_class(table.show_archived, "-archived")
        if table.show_archived:
            self.load_archived()
        self._title_leads(0)

    @work(exclusive=True, group="mine", exit_on_error=False)
    async def action_my_leads(self) -> None:
        """f8: only the leads assigned to me (the token's user, or CRM_USER with the shared token); again: all."""
        table = self.query_one(LeadTable)
        if table.assignee is None:
            me = self.settings.crm_user or (await self.reader.me()).get("name")
            if not me:
                self.notify("My leads needs your own token (crm-server users add NAME) as CRM_API_TOKEN, or "
                            "CRM_USER set to your name", severity="warning", title="Who are you?", markup=False)
                return
            table.assignee = str(me)
        else:
            table.assignee = None
        self._title_leads(0)

    @work(exclusive=True, group="leads", exit_on_error=False)
    async def load_archived(self) -> None:
        """The archived leads (left out of the usual list), for the archived view."""
        table = self.query_one(LeadTable)
        cursor: str | None = None
        while True:
            leads, cursor = await self.reader.leads_page(cursor, limit=PAGE_SIZE, archived="only")
            table.add_page(leads)
            if cursor is None:
                break

    def action_help(self) -> None:
        if any(isinstance(screen, HelpScreen) for screen in self.screen_stack):
            return  # already open (the palette offers Help over it too; a second one has the same id)
        keys = [
            (", ".join(k.replace("question_mark", "?") for k in b.key.split(",")), HELP_TEXT.get(b.id or "", b.description))
            for b in self.BINDINGS
            if isinstance(b, Binding) and b.show
        ]
        if self.voice is not None:
            keys.append(("ctrl+e", "reconnect voice after it stopped retrying"))
        self.push_screen(HelpScreen(keys))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is not self.screen_stack[0]:
            # Over a lead's detail the main screen's actions do nothing, and "Open lead" pushed a
            # second detail (a crash): only help, besides Textual's own, as with the MAIN_ONLY keys.
            yield SystemCommand("Help", "Every key the dashboard answers to", self.action_help)
            return
        yield SystemCommand("Talk", "Push-to-talk: start talking, or send what was said", self.action_talk)
        yield SystemCommand("Focus input", "Type a command", self.action_focus_input)
        yield SystemCommand("Filter leads", "Show only leads containing some text", self.action_filter_leads)
        yield SystemCommand("Open lead", "The lead under the cursor, with visits and history", self.action_open_lead)
        # The palette offers what s, S and a header click do, by name ("sort next visit"); only where
        # the table is (not over a lead's detail).
        for table in screen.query(LeadTable):
            for key, label in COLUMNS:
                yield SystemCommand(
                    f"Sort leads by {label.lower()}",
                    "Again to reverse; leads that arrive later go to their place",
                    partial(table.sort_by, key),
                )
        yield SystemCommand("Agenda", "Today's and tomorrow's visits, the next one with a countdown", self.action_agenda)
        yield SystemCommand("Pipeline", "Funnel, conversion by source and city, changes and visits per day",
                            self.action_pipeline)
        yield SystemCommand("Export leads", "The lead table as shown (filter and sort) to a CSV file",
                            self.action_export)
        yield SystemCommand("Undo", "Take back the last change made here (ctrl+z)", self.action_undo)
        yield SystemCommand("Edit lead", "Change the name, phone, city or source of the lead under the cursor",
                            self.action_edit_lead)
        yield SystemCommand("Archive lead", "Archive the lead under the cursor (asks first)", self.action_archive_lead)
        yield SystemCommand("My leads", "Only the leads assigned to me (f8 in the table; again: everyone's)",
                            self.action_my_leads)
        yield SystemCommand("Show archived leads", "Archived leads, greyed, insert restores (f7; again: back)",
                            self.action_toggle_archived)
        yield SystemCommand("Toggle JSON", "Show the selected tool call's result JSON", self.action_toggle_json)
        yield SystemCommand("Clear transcript", "Forget the conversation shown", self.action_clear_transcript)
        # Not "Keys": Textual's own command of that name (the key panel) sits next to it.
        yield SystemCommand("Help", "Every key the dashboard answers to", self.action_help)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker's failure becomes a notification: nothing fails silently, nothing crashes the UI."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            what = WORKER_WORDS.get(event.worker.group, event.worker.group or event.worker.name)
            self.notify(f"{what}: {error}", severity="error", title="Error", markup=False)
            if event.worker.group == "engine" and not self._voice_first:
                self.engine_label = "unavailable"


def make_app(
    settings: Settings | None = None,
    *,
    voice: VoiceController | None = None,
    clock: Clock | None = None,
    engine_factory: EngineFactory | None = None,
    start_embedded: bool = True,
    crm_http: CrmSession | None = None,
) -> CrmApp:
    """The dashboard for `settings` (default: the environment); tests inject the clock and engine.
    `crm_http`: the CrmSession the voice session was built with, so there is one (the App closes it)."""
    return CrmApp(
        settings or load_settings(),
        voice=voice,
        clock=clock,
        engine_factory=engine_factory,
        start_embedded=start_embedded,
        crm_http=crm_http,
    )
