"""One lead in full: its fields, its visits and its status history, with Escape to go back (or type a
command: the first letter goes back to the command line).

The screen fetches the lead itself (an async worker, so a slow CRM never freezes the keys) and
fetches again when the change feed says this lead changed, so it is as live as the table.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from rich.table import Table
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Static

from crm_tui.stamps import clock_time, local_stamp
from crm_tui.widgets import lead_table
from crm_tui.widgets.footer import SteadyFooter
from crm_tui.widgets.lead_table import STATUS_STYLES

if TYPE_CHECKING:
    from crm_tui.app import CrmApp

FetchLead = Callable[[str], Awaitable[dict[str, Any]]]
# How a visit that will not happen is named in the visit list.
VISIT_STATES = {"CANCELLED": "cancelled", "RESCHEDULED": "moved"}


class LeadDetailScreen(Screen[None]):
    """The detail of one lead; `refresh_lead()` re-reads it."""

    BINDINGS = [
        Binding("escape,backspace", "app.pop_screen", "Back", id="detail.back"),
        # Not a letter: letters typed here start a command on the main screen (app.on_key).
        Binding("f5", "reload", "Reload", id="detail.reload"),
        # The two letters that act on this lead, as the first key (every other letter starts a command,
        # and so do these once a command is being typed: see `check_action`).
        Binding("e", "edit", "Edit", id="detail.edit"),
        Binding("a", "archive", "Archive", id="detail.archive"),
    ]

    lead: reactive[dict[str, Any] | None] = reactive(None, always_update=True)
    """The lead as last read from the CRM, with `visits` and `status_history`."""

    def __init__(
        self,
        lead_id: str,
        fetch: FetchLead,
        *,
        tz: str = "Asia/Kolkata",
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(id="lead-detail")
        self.lead_id = lead_id
        self.fetch = fetch
        self.tz = ZoneInfo(tz)
        self.clock = clock or (lambda: datetime.now(self.tz))
        self._handed_over = False  # letters typed here went to the command line
        self._next_shown: datetime | None = None  # the visit shown as next, drawn again once it passes

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-body"):
            yield Static(f"Loading lead {self.lead_id[:8]}…", id="detail-fields")
            yield Static("Visits", classes="detail-heading")
            visits: DataTable[str | Text] = DataTable(id="detail-visits", cursor_type="row")
            for key, label in (("when", "When"), ("status", "Status"), ("notes", "Notes"), ("id", "Visit")):
                visits.add_column(label, key=key)
            yield visits
            yield Static("Status history", classes="detail-heading")
            history: DataTable[str | Text] = DataTable(id="detail-history", cursor_type="row")
            for key, label in (("when", "When"), ("change", "Change"), ("notes", "Notes"), ("who", "By")):
                history.add_column(label, key=key)
            yield history
            yield Static("Field history", classes="detail-heading")
            fields: DataTable[str | Text] = DataTable(id="detail-fields-history", cursor_type="row")
            for key, label in (("when", "When"), ("change", "Change"), ("who", "By")):
                fields.add_column(label, key=key)
            yield fields
        yield SteadyFooter(compact=True)

    @property
    def fields_view(self) -> Static:
        return self.query_one("#detail-fields", Static)

    @property
    def visits_table(self) -> DataTable[Any]:
        return self.query_one("#detail-visits", DataTable)

    @property
    def status_table(self) -> DataTable[Any]:
        return self.query_one("#detail-history", DataTable)

    @property
    def field_changes_table(self) -> DataTable[Any]:
        return self.query_one("#detail-fields-history", DataTable)

    def on_mount(self) -> None:
        self.refresh_lead()
        self.set_interval(lead_table.VISIT_CHECK_S, self._next_visit_passed)

    def _next_visit_passed(self) -> None:
        """Left open over a day, the 11:00 visit stops being "(next)" after 11:00: drawn again then."""
        if self.lead is not None and self._next_shown is not None and self._next_shown < self.clock():
            self.lead = self.lead  # always_update: watch_lead draws it with the clock's time

    def on_key(self, event: events.Key) -> None:
        """Letters typed here start a command: they go to the main screen's command line, in order.

        Every key that reaches this screen is handed over, not only the first: keys typed fast (a
        burst from tmux or a paste) are already on their way here when the first one closes the
        screen, and only this screen can pass them on. Enter, once letters were handed over, sends
        the command. The detail's own keys are not letters (escape, backspace, f5).
        """
        box = cast("CrmApp", self.app).main.command
        if event.key in self.active_bindings and not (self._handed_over and event.key in ("e", "a")):
            return
        if event.is_printable and event.character is not None:
            box.insert_text_at_cursor(event.character)
            self._handed_over = True
        elif event.key == "enter" and self._handed_over:
            box.submit()
        else:
            return
        event.stop()
        box.focus()  # the main screen's focus, restored when it is shown again
        if self.is_current:
            self.app.pop_screen()

    def action_reload(self) -> None:
        self.refresh_lead()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once letters went to the command line, e and a are letters of that command too.
        if action in ("edit", "archive") and self._handed_over:
            return False
        return True

    async def action_edit(self) -> None:
        await self.app.run_action("edit_lead")

    async def action_archive(self) -> None:
        await self.app.run_action("archive_lead")

    @work(exclusive=True, group="lead-detail", exit_on_error=False)
    async def refresh_lead(self) -> None:
        """Read the lead again from the CRM; a failure is said on the screen itself, in red, with what to do
        (a toast too would repeat it next to the status line's own "CRM down" toast)."""
        try:
            self.lead = await self.fetch(self.lead_id)
        except Exception as exc:  # the CRM's error is the person's answer here, whatever its type
            self.fields_view.update(
                Text.assemble(
                    (f"Could not read lead {self.lead_id}: {exc}.", "bold red"),
                    ("\nPress f5 to try again; it reloads by itself when the CRM is back. Escape goes back.", "dim"),
                )
            )

    def when(self, stamp: str | None) -> str:
        moment = local_stamp(stamp, self.tz)
        if moment is None:
            return stamp or ""
        return f"{moment:%a %d %b %Y} {clock_time(moment)}"

    def why(self, state: str, notes: object) -> str:
        """Why a visit was cancelled (the reason given), or where it moved to ("moved to Fri 27 Nov 2026 15:00")."""
        text = str(notes or "")
        if state == "RESCHEDULED" and text.startswith("moved to "):
            return f"moved to {self.when(text.removeprefix('moved to '))}"
        return text

    def moment(self, stamp: object) -> datetime | None:
        """`stamp` in the dashboard's time zone; None when it is no timestamp or has no offset."""
        moment = local_stamp(stamp, self.tz)
        return moment if moment is not None and moment.tzinfo is not None else None

    def days_away(self, moment: datetime) -> str:
        days = (moment.date() - self.clock().date()).days
        return "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"

    def watch_lead(self, lead: dict[str, Any] | None) -> None:
        if lead is None:
            return
        now = self.clock()
        # Visits in time order (the CRM lists them as they were booked); the first still to come is
        # the one the person asks about ("when am I seeing her?"), past ones are said to be past.
        timed = [(self.moment(visit.get("visit_time")), visit) for visit in lead.get("visits") or []]
        timed.sort(key=lambda pair: (pair[0] is None, pair[0].timestamp() if pair[0] else 0.0))
        upcoming = [m for m, v in timed if m is not None and m >= now and v.get("status", "SCHEDULED") == "SCHEDULED"]
        next_visit = upcoming[0] if upcoming else None
        self._next_shown = next_visit
        fields = Table.grid(padding=(0, 2))
        fields.add_column(style="dim", justify="right")
        fields.add_column()
        status = str(lead.get("status") or "")
        fields.add_row("Name", Text(str(lead.get("name") or ""), "bold"))
        fields.add_row("Status", Text(status, STATUS_STYLES.get(status, "")))
        # Text, not str: a str cell is read as Rich markup, and these are what some client typed.
        fields.add_row("Phone", Text(str(lead.get("phone") or "")))
        fields.add_row("City", Text(str(lead.get("city") or "")))
        fields.add_row("Source", Text(str(lead.get("source") or "—")))
        if next_visit is not None:
            fields.add_row(
                "Next visit",
                Text.assemble((self.when(next_visit.isoformat()), "bold"), (f" · {self.days_away(next_visit)}", "")),
            )
        else:
            fields.add_row("Next visit", Text("none scheduled", "dim"))
        if lead.get("assigned_to"):
            fields.add_row("Assigned to", Text(str(lead["assigned_to"]), "bold"))
        fields.add_row("Lead id", Text(str(lead.get("lead_id") or "")))
        fields.add_row("Created", self.when(lead.get("created_at")))
        fields.add_row("Last change", self.when(lead.get("updated_at")))
        self.fields_view.update(fields)

        visits = self.visits_table
        visits.clear()
        times = {str(visit.get("visit_id")): str(visit.get("visit_time") or "") for _, visit in timed}
        for moment, visit in timed:
            when = Text(self.when(visit.get("visit_time")))
            state = str(visit.get("status") or "SCHEDULED")
            notes = Text(str(visit.get("notes") or ""))
            if state != "SCHEDULED":
                # Cancelled or moved: kept in the list (what happened to the appointment), struck through
                # and never "(next)"; why it was cancelled, or where it went, leads the notes.
                said = VISIT_STATES.get(state, state.lower())
                when.append(f" ({said})")
                when.stylize("dim strike")
                shown: str | Text = Text(said.upper(), "dim red" if state == "CANCELLED" else "dim yellow")
                why = self.why(state, visit.get("status_notes"))
                notes = Text.assemble((why, "italic"), " · " if why and notes.plain else "", notes)
                notes.stylize("dim")
            else:
                shown = state
                if moment is not None and moment == next_visit:
                    when.append(" (next)")
                    when.stylize("bold")
                elif moment is not None and moment < now:
                    when.append(" (past)")
                    when.stylize("dim")
                if visit.get("replaces"):
                    before = times.get(str(visit["replaces"]))
                    moved = f"moved here from {self.when(before)}" if before else "moved here"
                    notes = Text.assemble(notes, notes.plain and " · ", (moved, "dim"))
            visits.add_row(when, shown, notes, str(visit.get("visit_id") or "")[:8], key=str(visit.get("visit_id")))
        if not lead.get("visits"):
            visits.add_row("no visits yet", "", "", "")
        history = self.status_table
        history.clear()
        for change in lead.get("status_history") or []:
            old = change.get("old_status")
            new = str(change.get("new_status") or "")
            arrow = Text.assemble((f"{old} → " if old else "created as ", "dim"), (new, STATUS_STYLES.get(new, "")))
            history.add_row(self.when(change.get("changed_at")), arrow, Text(str(change.get("notes") or "")),
                            Text(str(change.get("changed_by") or "")))
        if not lead.get("status_history"):
            # Like "no visits yet": an empty table under a heading reads as "still loading".
            history.add_row("no status changes yet", "", "", "")
        changes = self.field_changes_table
        changes.clear()
        for change in lead.get("field_history") or []:
            field = str(change.get("field") or "")
            old, new = change.get("old_value"), change.get("new_value")
            if field == "archived":
                change_said = Text("archived" if new == "true" else "restored", "red" if new == "true" else "green")
            else:
                change_said = Text.assemble((f"{field}: ", "dim"), (str(old or "—"), "dim strike"), " → ", str(new or "—"))
            changes.add_row(self.when(change.get("changed_at")), change_said, Text(str(change.get("changed_by") or "")))
        if not lead.get("field_history"):
            changes.add_row("no edits yet", "", "")
