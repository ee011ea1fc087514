"""The agenda: today's and tomorrow's visits in time order, the next one highlighted with a countdown.

A sales person's day is its visits. The pane reads the two days' SCHEDULED visits once
(GET /crm/visits?from=&to=&status=SCHEDULED) and then follows the change feed: a visit booked, moved
or cancelled anywhere shows at once (`note_visit`), and a lead renamed or given a new phone shows too
(`note_lead`). Name, city and phone come from the lead table's copy of the lead when it has one (a
visit event names the lead but carries no phone), else from the visit's own lead_name / lead_city.

What the agenda holds is plain data (`AgendaBook`), kept apart from the drawing so it is tested
without a terminal; the widget draws it as one Rich table (a day's visits are tens, not thousands).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from crm_tui.feed import read_until_answered
from crm_tui.stamps import clock_time
from crm_tui.worker_failures import TellsWorkerFailures

__all__ = ["AgendaBook", "AgendaPane", "countdown"]

# How often the countdown and "next" are looked at again (a visit passes, a minute goes by).
TICK_S = 15.0
# The waits between tries to read the day's visits while the CRM does not answer: doubling from a
# quarter second, then every 5 s.
RETRY_PAUSES_S = (0.25, 0.5, 1.0, 2.0, 4.0, 5.0)
LeadInfo = Callable[[str], dict[str, Any] | None]


def countdown(when: datetime, now: datetime) -> str:
    """'in 45 min', 'in 2 h 05 min', 'in 1 day'; 'now' within the minute."""
    minutes = int((when - now).total_seconds() // 60)
    if minutes <= 0:
        return "now"
    if minutes < 60:
        return f"in {minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"in {hours} h {rest:02d} min"
    days = round(minutes / 1440)
    return f"in {days} day" + ("s" if days > 1 else "")


@dataclass
class AgendaBook:
    """The SCHEDULED visits of two days (today and tomorrow in `tz`), by visit id."""

    tz: ZoneInfo
    first_day: date
    visits: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def days(self) -> tuple[date, date]:
        return self.first_day, self.first_day + timedelta(days=1)

    def bounds(self) -> tuple[datetime, datetime]:
        start = datetime.combine(self.first_day, time(0), self.tz)
        return start, datetime.combine(self.first_day + timedelta(days=2), time(0), self.tz)

    def when(self, visit: dict[str, Any]) -> datetime | None:
        try:
            moment = datetime.fromisoformat(str(visit.get("visit_time")))
        except ValueError:
            return None
        return moment.astimezone(self.tz) if moment.tzinfo is not None else None

    def note_visit(self, visit: dict[str, Any]) -> bool:
        """A visit from the feed or a page; True when the agenda changed. A cancelled or moved visit
        leaves, and so does the one a new visit `replaces`; a scheduled one in the two days joins."""
        visit_id = str(visit.get("visit_id") or "")
        changed = False
        replaced = visit.get("replaces")
        if replaced and self.visits.pop(str(replaced), None) is not None:
            changed = True
        if not visit_id:
            return changed
        when = self.when(visit)
        start, end = self.bounds()
        keep = visit.get("status", "SCHEDULED") == "SCHEDULED" and when is not None and start <= when < end
        if keep:
            self.visits[visit_id] = {**self.visits.get(visit_id, {}), **visit}
            return True
        return self.visits.pop(visit_id, None) is not None or changed

    def ordered(self) -> list[tuple[datetime, dict[str, Any]]]:
        timed = [(when, visit) for visit in self.visits.values() if (when := self.when(visit)) is not None]
        return sorted(timed, key=lambda item: (item[0], str(item[1].get("visit_id"))))

    def next_visit(self, now: datetime) -> dict[str, Any] | None:
        """The first visit not yet begun."""
        return next((visit for when, visit in self.ordered() if when >= now), None)


class AgendaPane(TellsWorkerFailures, VerticalScroll):
    """Today's and tomorrow's visits; the next one highlighted, with a countdown in the first line.

    Every line starts at one left edge (the first line, the day headings, the visits' times), and the
    first line is one line: the countdown first, cut with "…" at the pane's edge rather than wrapped.
    The title is "Agenda": the day headings say which days.
    """

    DEFAULT_CSS = """
    AgendaPane {
        padding: 0 1;
    }
    AgendaPane > #agenda-next {
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    AgendaPane > #agenda-body {
        height: auto;
    }
    """

    def __init__(self, reader: Any, *, tz: str, clock: Callable[[], datetime], lead_info: LeadInfo | None = None,
                 id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__(id=id)
        self.reader = reader
        self.tz = ZoneInfo(tz)
        self.clock = clock
        self.lead_info: LeadInfo = lead_info or (lambda _lead_id: None)
        self.book = AgendaBook(self.tz, self.clock().astimezone(self.tz).date())
        self.loaded = False
        self._waiting = False  # a read got no answer and waits out its pause before the next

    def compose(self) -> ComposeResult:
        yield Static(id="agenda-next")
        yield Static(id="agenda-body")

    def on_mount(self) -> None:
        self.border_title = "Agenda"
        self.draw()
        self.load()
        self.set_interval(TICK_S, self._tick)

    @work(exclusive=True, group="agenda", exit_on_error=False)
    async def load(self) -> None:
        """The two days' scheduled visits from the CRM (again at midnight). The dashboard may be up
        before its CRM (`make run` starts one in-process): until the CRM answers, this tries again
        (the status line and the leads pane say the CRM is down). A CRM that answers with a refusal
        (a token it does not take) fails the worker, and the App says so."""
        self.book = AgendaBook(self.tz, self.clock().astimezone(self.tz).date())
        start, end = self.book.bounds()
        self._waiting = False
        visits = await read_until_answered(
            partial(self.reader.visits_between, start.isoformat(), end.isoformat()), RETRY_PAUSES_S,
            on_miss=self._missed)
        self._waiting = False
        for visit in visits:
            self.book.note_visit(visit)
        self.loaded = True
        self.draw()

    def _missed(self, _attempt: int, _error: Exception) -> None:
        self._waiting = True

    def crm_is_up(self) -> None:
        """The CRM answers now: a read waiting out its pause is made at once (one in flight goes on)."""
        if self._waiting and not self.loaded:
            self.load()

    def _tick(self) -> None:
        if self.clock().astimezone(self.tz).date() != self.book.first_day:
            self.load()  # a new day: tomorrow is today now, and the day after joins
        else:
            self.draw()

    def note_visit(self, visit: dict[str, Any]) -> None:
        if self.book.note_visit(visit):
            self.draw()

    def note_lead(self, lead: dict[str, Any]) -> None:
        """A lead changed (renamed, new phone, archived): redraw if it has a visit here."""
        lead_id = lead.get("lead_id")
        if any(visit.get("lead_id") == lead_id for visit in self.book.visits.values()):
            self.draw()

    def _who(self, visit: dict[str, Any]) -> tuple[str, str, str]:
        lead = self.lead_info(str(visit.get("lead_id") or "")) or {}
        name = lead.get("name") or visit.get("lead_name") or "(lead)"
        city = lead.get("city") or visit.get("lead_city") or ""
        return str(name), str(city), str(lead.get("phone") or "")

    def render_next(self, now: datetime) -> Text:
        upcoming = self.book.next_visit(now)
        if upcoming is None:
            words = "Loading visits…" if not self.loaded else "No more visits today or tomorrow."
            return Text(words, style="dim")
        when = self.book.when(upcoming)
        assert when is not None
        name, _, _ = self._who(upcoming)
        day = "today" if when.date() == now.astimezone(self.tz).date() else "tomorrow"
        # The countdown first: it is what the highlighted row does not show, and it must not be the
        # part cut off at the pane's edge (the row has the city, the phone and the notes).
        line = Text("Next ", style="bold")
        line.append(countdown(when, now), style="bold reverse")
        line.append(": ")
        line.append(name, style="bold")
        line.append(f" at {clock_time(when)} {day}")
        return line

    def render_days(self, now: datetime) -> RenderableType:
        upcoming = self.book.next_visit(now)
        ordered = self.book.ordered()
        parts: list[RenderableType] = []
        for day, label in zip(self.book.days, ("Today", "Tomorrow"), strict=True):
            # No padding at the table's edges: the times start where the headings and the first line do.
            table = Table(box=None, expand=True, show_header=False, padding=(0, 1), pad_edge=False)
            table.add_column("time", width=8, no_wrap=True, justify="right")
            table.add_column("lead", ratio=3, no_wrap=True, overflow="ellipsis")
            table.add_column("city", ratio=2, no_wrap=True, overflow="ellipsis")
            table.add_column("phone", width=10, no_wrap=True)
            table.add_column("notes", ratio=3, no_wrap=True, overflow="ellipsis")
            rows = [(when, visit) for when, visit in ordered if when.date() == day]
            heading = Text(f"{label}, {day.strftime('%a %d %b')}", style="bold underline")
            heading.append(f" · {len(rows) or 'no'} visit{'s' if len(rows) != 1 else ''}", style="dim")
            parts.append(heading)
            for when, visit in rows:
                name, city, phone = self._who(visit)
                style = "bold reverse" if visit is upcoming else ("dim" if when < now else "")
                table.add_row(clock_time(when), name, city, phone, str(visit.get("notes") or ""), style=style)
            if rows:
                parts.append(table)
        return Group(*parts)

    @property
    def next_view(self) -> Static:
        return self.query_one("#agenda-next", Static)

    @property
    def days_view(self) -> Static:
        return self.query_one("#agenda-body", Static)

    def draw(self) -> None:
        if not self.is_mounted:
            return
        now = self.clock().astimezone(self.tz)
        self.next_view.update(self.render_next(now))
        self.days_view.update(self.render_days(now))
