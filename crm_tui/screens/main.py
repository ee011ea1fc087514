"""The main screen: the panes, their keys, and how a turn of the conversation is shown.

`CrmApp.get_default_screen()` returns it. Its keys (`actions.MAIN_ACTIONS`) are bound here, so a
pushed screen (a lead's detail, the help, a form) silences them by construction. It is the router's
`ConversationView`: the App decides who answers, this screen shows the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from crm_tui.actions import MAIN_ACTIONS, TABLE_ACTIONS, bindings, palette_entries
from crm_tui.bot.types import BotResult, EngineReply
from crm_tui.conversation import TurnRole
from crm_tui.dashboard_state import TableSort, load_sort, save_sort
from crm_tui.feed import CrmReader
from crm_tui.messages import ToolCallUpdate
from crm_tui.screens.opened import agendas, lead_details, pipelines
from crm_tui.widgets.agenda import AgendaPane
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.footer import SteadyFooter
from crm_tui.widgets.lead_table import COLUMNS, LeadTable
from crm_tui.widgets.leads_pane import LeadsPane
from crm_tui.widgets.level_meter import LevelMeter
from crm_tui.widgets.status_line import OFFLINE_SUFFIX, StatusLine
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane

if TYPE_CHECKING:
    from crm_tui.app import CrmApp

# Below this many rows the JSON view (ctrl+r) needs the lead table's room to be readable: while it is
# open, the table steps aside for it (app.tcss). At 40 rows and more both fit.
SHORT_HEIGHT = 40
# The App's state the status line shows, pushed down as it changes.
STATUS_FIELDS = ("engine_label", "crm_state", "mic_state", "mic_mode", "session_state", "session_detail",
                 "metrics_text", "clock_text")


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


def breakpoint_classes(app: App[Any], size: Size) -> dict[str, bool]:
    """Each of the App's breakpoint classes, on or off at `size`, as Textual's `Screen._on_resize` sets them."""
    classes: dict[str, bool] = {}
    for dimension, points in ((size.width, app.HORIZONTAL_BREAKPOINTS or []),
                              (size.height, app.VERTICAL_BREAKPOINTS or [])):
        reached = [name for at, name in sorted(points, reverse=True) if dimension >= at][:1]
        classes.update({name: name in reached for _, name in points})
    return classes


class MainScreen(Screen[None]):
    """Transcript and tool calls on top, the leads (and the agenda when wide) under them, the command line."""

    BINDINGS = bindings(MAIN_ACTIONS)

    def __init__(self, reader: CrmReader, *, tz: str, clock: Callable[[], datetime],
                 state_path: Any = None) -> None:
        super().__init__()
        self.reader = reader
        self.tz = tz
        self.clock = clock
        self.state_path = state_path
        # The lead the last answer was about: what ctrl+o opens from the command line.
        self.answered_lead: str | None = None
        # The toast of the last turn that was not done: a newer one replaces it, so a run of mistakes
        # never stacks toasts over the table and the command line (at 80x24 two cover half of both).
        self._turn_toast: Notification | None = None
        # The lead-table widget that had focus when the JSON view hid it (80x24): focus returns there.
        self._focus_before_json: Widget | None = None

    # --- the panes, typed -----------------------------------------------------------------------

    @property
    def dashboard(self) -> CrmApp:
        return cast("CrmApp", self.app)

    @property
    def transcript(self) -> TranscriptPane:
        return self.query_one(TranscriptPane)

    @property
    def tools(self) -> ToolCallsPane:
        return self.query_one(ToolCallsPane)

    @property
    def leads(self) -> LeadsPane:
        return self.query_one(LeadsPane)

    @property
    def table(self) -> LeadTable:
        return self.query_one(LeadTable)

    @property
    def command(self) -> CommandInput:
        return self.query_one(CommandInput)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def meter(self) -> LevelMeter:
        return self.query_one(LevelMeter)

    def compose(self) -> ComposeResult:
        # The size's breakpoint classes (`-wide`, `-tall`, ...) before the panes are styled: Textual sets
        # them at the screen's first resize, after its first layout, and the panes were styled and laid
        # out twice more before the first frame (~20 ms at 160x48, bench/bench_tui.py).
        self.update_classes(breakpoint_classes(self.app, self.app.size), animate=False)
        yield StatusLine(id="status")
        with Horizontal(id="top"):
            yield TranscriptPane(id="transcript")
            yield ToolCallsPane(id="tools")
        with Horizontal(id="middle"):
            yield LeadsPane(self.reader, tz=self.tz, clock=self.clock, id="leads-pane")
            # Beside the table at 160x48 (app.tcss); f2 shows it full screen at any size.
            yield AgendaPane(self.reader, tz=self.tz, clock=self.clock, lead_info=self.lead_info, id="agenda")
        with Vertical(id="bottom"):
            yield LevelMeter(id="meter")
            yield CommandInput(id="command")
            yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.transcript.border_title = "Transcript"
        self.tools.border_title = "Tool calls"
        status, meter = self.status, self.meter
        for name in STATUS_FIELDS:
            self.watch(self.app, name, partial(setattr, status, name))
        self.watch(self.app, "mic_state", partial(setattr, meter, "mic_state"))
        self.watch(self.tools, "show_json", self._json_shown, init=False)
        kept = load_sort(self.state_path, {key for key, _ in COLUMNS})
        if kept is not None:
            self.table.sort_by(kept.column, kept.reverse)
        self.command.focus()

    def on_lead_table_sorted(self, message: LeadTable.Sorted) -> None:
        save_sort(self.state_path, TableSort(message.column, message.reverse))

    def lead_info(self, lead_id: str) -> dict[str, Any] | None:
        return self.table.leads.get(lead_id)

    # --- typing from any pane -----------------------------------------------------------------

    def take_typing(self, event: events.Key | events.Paste) -> bool:
        """Put typed or pasted text into the command line unless the focused pane has a use for it.

        The App calls this before the focused widget sees the event (`CrmApp.on_event`): a key sent
        on to the table and handed back reached the command line after the focus had moved, so a
        fast burst lost letters or got them out of order. True when the text went to the command line.
        """
        if isinstance(self.focused, Input):
            return False
        if isinstance(event, events.Key):
            # Keys bound where the focus is (`/`, `?`, `<`, `>`) keep their meaning; no letter is bound there.
            if not event.is_printable or event.character is None or event.key in self.active_bindings:
                return False
            text = event.character
        else:
            text = " ".join(line.strip() for line in event.text.splitlines() if line.strip())
        self.command.insert_text_at_cursor(text)
        self.command.focus()
        return True

    # --- actions (actions.MAIN_ACTIONS) -------------------------------------------------------------

    def commands(self) -> Iterable[SystemCommand]:
        """The palette's entries for this screen's actions and the lead table's (the App adds its own)."""
        # What > and < and a header click do, by name ("sort next visit").
        for key, label in COLUMNS:
            yield SystemCommand(f"Sort leads by {label.lower()}",
                                "Again to reverse; leads that arrive later go to their place",
                                partial(self.table.sort_by, key))
        for action in palette_entries((*MAIN_ACTIONS, *TABLE_ACTIONS)):
            owner = self.app if action.namespace == "app" else self
            yield SystemCommand(action.palette, action.palette_help, getattr(owner, f"action_{action.name}"))

    def action_focus_input(self) -> None:
        self.command.focus()

    def action_focus_leads(self) -> None:
        self.table.focus()

    def action_filter_leads(self) -> None:
        self.leads.open_filter()

    def action_escape(self) -> None:
        """Escape in the filter or in a filtered table clears the filter; anywhere else it goes to the
        command line."""
        if self.focused is self.leads.filter_box or (self.focused is self.table and self.leads.filtered):
            self.leads.clear_filter()
        else:
            self.action_focus_input()

    def action_toggle_archived(self) -> None:
        self.leads.toggle_archived()

    def action_my_leads(self) -> None:
        self.leads.toggle_mine(self.dashboard.settings.crm_user)

    def action_open_lead(self) -> None:
        """The lead the last answer was about, or, from the table, the lead under the cursor."""
        lead_id = self.table.selected_lead_id()
        if self.focused is not self.table and self.answered_lead is not None:
            lead_id = self.answered_lead
        if lead_id is None:
            self.notify("No lead to open yet.", title="Leads")
            return
        self.post_message(LeadTable.OpenLead(lead_id))

    def on_lead_table_open_lead(self, message: LeadTable.OpenLead) -> None:
        if lead_details(self.app.screen_stack):
            return  # one detail at a time (the screen has a fixed id)
        # Imported when first opened (screens/opened.py), as the agenda and pipeline screens are.
        from crm_tui.screens.lead_detail import LeadDetailScreen

        self.app.push_screen(LeadDetailScreen(message.lead_id, self.reader.lead, tz=self.tz, clock=self.clock))

    def action_toggle_json(self) -> None:
        self.tools.show_json = not self.tools.show_json

    def _json_shown(self, show: bool) -> None:
        self.set_class(show, "-json-open")
        # On a short terminal the lead table is hidden while the JSON is open: focus must not stay
        # on a pane nobody can see. The tool table is where the JSON's row is chosen.
        if show and self.size.height < SHORT_HEIGHT:
            if self.focused is not None and (self.focused is self.leads or self.leads in self.focused.ancestors):
                self._focus_before_json = self.focused
                self.tools.table.focus()
        elif not show and self._focus_before_json is not None:
            # Back where the person was when they opened the JSON, unless they went elsewhere meanwhile.
            if self.focused is self.tools.table:
                self._focus_before_json.focus()
            self._focus_before_json = None

    def action_clear_transcript(self) -> None:
        self.transcript.clear()

    def action_agenda(self) -> None:
        if not agendas(self.app.screen_stack):
            from crm_tui.screens.agenda import AgendaScreen

            self.app.push_screen(AgendaScreen(self.reader, tz=self.tz, clock=self.clock, lead_info=self.lead_info))

    def action_pipeline(self) -> None:
        if not pipelines(self.app.screen_stack):
            from crm_tui.screens.pipeline import PipelineScreen

            self.app.push_screen(PipelineScreen(self.reader, tz=self.tz, clock=self.clock))

    def action_export(self) -> None:
        self.leads.export()

    # --- the conversation (crm_tui.conversation.ConversationView) ---------------------------------

    def show_turn(self, role: TurnRole, text: str) -> None:
        self.transcript.add_turn(role, text, self.clock())

    def show_queued(self, waiting: tuple[str, ...]) -> None:
        self.transcript.queued = waiting

    def show_engine(self, label: str, *, offline: bool = False) -> None:
        self.dashboard.engine_label = label + (OFFLINE_SUFFIX if offline else "")

    def show_failure(self, text: str, *, title: str, timeout: float | None = None) -> None:
        self.notify(text, severity="error", title=title, timeout=timeout, markup=False)

    def show_reply(self, reply: EngineReply) -> None:
        result: BotResult = reply.result
        message = result.message or (result.error.details if result.error else "Done.")
        self.transcript.add_turn("assistant", message, self.clock(), result, question=reply.awaiting is not None)
        # While the engine waits for an answer, the command line says what it asked: at 80x24 the
        # transcript has six lines, and a long answer or a toast hides the question.
        box = self.command
        box.placeholder = f"Answer: {question_of(message)}  (or type cancel)" if reply.awaiting else box.default_placeholder
        if self._turn_toast is not None and self._turn_toast in self.app._notifications:
            # Private, like the table's overrides (Textual is pinned to 8.x): notify() returns nothing
            # to dismiss a toast by.
            self.app._unnotify(self._turn_toast)
        self._turn_toast = None
        if result.error is not None and reply.awaiting is None and not result.cancelled:
            # A question is the conversation going on: it is in the transcript, and a toast would cover
            # the line the answer is typed in. Anything else not done gets a toast, longer than the
            # default 5 s: it has to be read. markup=False: the details quote what the person typed.
            self._turn_toast = Notification(
                f"{result.error.type}: {result.error.details}", "Not done", "warning", 10, markup=False
            )
            self.app.post_message(Notify(self._turn_toast))

    def on_tool_call_update(self, message: ToolCallUpdate) -> None:
        self.tools.record(message.call, message.result, message.latency_ms, self.clock())
        lead_id = acted_on(message.result)
        if lead_id is not None:
            # The lead a command just created, changed, visited or looked up is the one under the
            # cursor, in sight, and the one ctrl+o opens from the command line (even when the filter
            # or the archived view hides its row). Only the person's own commands move the cursor; a
            # colleague's changes (the feed) never do.
            self.answered_lead = lead_id
            self.table.show_lead(lead_id)

    def show_note(self, text: str) -> None:
        """A note from the voice session in the conversation (and, for the person to read, a toast)."""
        self.transcript.add_turn("note", text, self.clock())

    def show_transcript(self, role: str, text: str, final: bool) -> None:
        """A transcription: a finished turn, or the partial line of the turn in progress."""
        pane = self.transcript
        pane.partial_role = role
        if final:
            pane.add_turn(role, text, self.clock())
        else:
            pane.partial = text
