"""The pipeline at a glance (f3, or "Pipeline" in the palette): the funnel, conversion by source and city,
and status changes and visits per day, over 7, 30 or 90 days.

Every number comes from one GET /crm/stats (computed in SQL on the server, ~35 ms at 100,000 leads), so
the screen holds a few hundred numbers whatever the size of the CRM and stays responsive. It follows
the change feed: each change asks for a recount, at most one in flight and one waiting, so a burst of
a thousand changes is two requests, not a thousand.

The per-day charts are Textual's own Sparkline: a day per column, scaled to the window's peak, which is
what a trend needs and renders in any terminal; textual-plotext would add axes and a dependency
(plotext) for the same two series, and its axis labels take rows an 80x24 screen does not have.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Sparkline, Static

from crm_tui.widgets.footer import SteadyFooter
from crm_tui.worker_failures import TellsWorkerFailures

__all__ = ["PipelineScreen", "WINDOWS", "funnel_text", "groups_table"]

WINDOWS: tuple[int, ...] = (7, 30, 90)
# A change waits this long for others before the recount (a burst of changes is one request).
RECOUNT_AFTER_S = 0.15
STATUS_LABELS = {"NEW": "New", "IN_PROGRESS": "In progress", "FOLLOW_UP": "Follow up", "WON": "Won", "LOST": "Lost"}
STATUS_COLOURS = {"NEW": "cyan", "IN_PROGRESS": "yellow", "FOLLOW_UP": "magenta", "WON": "green", "LOST": "red"}
BAR_WIDTH = 24


def funnel_text(stats: dict[str, Any], width: int = BAR_WIDTH, key: str = "funnel") -> Text:
    """One bar per status in pipeline order, scaled to the largest: 'Won   ████      12  9%'."""
    rows = stats.get(key) or []
    peak = max((row["count"] for row in rows), default=0)
    text = Text()
    for index, row in enumerate(rows):
        length = round(row["count"] / peak * width) if peak else 0
        if row["count"] and not length:
            length = 1  # a status with leads is never drawn empty
        if index:
            text.append("\n")
        text.append(f"{STATUS_LABELS[row['status']]:<11} ")
        text.append("█" * length, style=STATUS_COLOURS[row["status"]])
        text.append(" " * (width - length))
        text.append(f" {row['count']:>6,} {round(row['share'] * 100):>3}%")
    return text


def groups_table(groups: list[dict[str, Any]], title: str, limit: int) -> Table:
    """The biggest `limit` groups: leads, won, conversion."""
    table = Table(box=None, expand=True, padding=(0, 1), pad_edge=False, header_style="bold")
    table.add_column(title, no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column("Leads", justify="right", no_wrap=True)
    table.add_column("Won", justify="right", no_wrap=True)
    table.add_column("Conv", justify="right", no_wrap=True)
    for group in groups[:limit]:
        table.add_row(str(group["name"] or "(none)"), f"{group['leads']:,}", f"{group['won']:,}",
                      f"{round(group['conversion'] * 100)}%")
    if not groups:
        table.add_row(Text("no new leads", style="dim"), "", "", "")
    return table


def _day(text: str) -> str:
    return date.fromisoformat(text).strftime("%d %b").lstrip("0")


class PipelineScreen(TellsWorkerFailures, Screen[None]):
    """The funnel, conversion by source and city, and per-day charts; 7/30/90 days (keys 7, 3, 9 or w)."""

    BINDINGS = [
        Binding("escape,f3", "app.pop_screen", "Back", id="pipeline.close"),
        Binding("w", "next_window", "Window", id="pipeline.window"),
        Binding("7", "window(7)", "7 days", show=False),
        Binding("3", "window(30)", "30 days", show=False),
        Binding("9", "window(90)", "90 days", show=False),
    ]

    window_days: reactive[int] = reactive(30)
    """How many days up to today the numbers cover (7, 30 or 90)."""

    def __init__(self, reader: Any, *, tz: str, clock: Callable[[], datetime], window_days: int = 30) -> None:
        super().__init__(id="pipeline")
        self.reader = reader
        self.tz = ZoneInfo(tz)
        self.clock = clock
        self.stats: dict[str, Any] | None = None
        self.counts_done = 0  # answers shown, for tests and the title
        self._recount_timer: Timer | None = None
        self._recount_waiting = False
        self.set_reactive(PipelineScreen.window_days, window_days)

    def compose(self) -> ComposeResult:
        yield Static(id="pipeline-title")
        with Horizontal(id="pipeline-top"):
            yield Static(id="pipeline-funnel")
            yield Static(id="pipeline-groups")
        with Vertical(id="pipeline-charts"):
            yield Static(id="pipeline-changes-label")
            yield Sparkline([], id="pipeline-changes")
            yield Static(id="pipeline-visits-label")
            yield Sparkline([], id="pipeline-visits")
        yield SteadyFooter(compact=True)

    def _text(self, part: str) -> Static:
        """The screen's text part `part` ("funnel", "groups", "title", "changes-label", ...)."""
        return self.query_one(f"#pipeline-{part}", Static)

    def _chart(self, part: str) -> Sparkline:
        """The screen's per-day chart `part` ("changes", "visits")."""
        return self.query_one(f"#pipeline-{part}", Sparkline)

    def _box(self, part: str) -> Widget:
        """A bordered part of the screen, for its title."""
        return self.query_one(f"#pipeline-{part}")

    def on_resize(self) -> None:
        self.call_after_refresh(self.draw)  # the bars follow the box's width

    def on_mount(self) -> None:
        self._box("funnel").border_title = "Funnel"
        self._box("groups").border_title = "Conversion to won"
        self._box("charts").border_title = "Per day"
        self.draw()
        self.recount()

    # --- the window ---------------------------------------------------------------------------

    def days(self) -> tuple[date, date]:
        today = self.clock().astimezone(self.tz).date()
        return today - timedelta(days=self.window_days - 1), today

    def action_window(self, days: int) -> None:
        self.window_days = days

    def action_next_window(self) -> None:
        self.window_days = WINDOWS[(WINDOWS.index(self.window_days) + 1) % len(WINDOWS)] \
            if self.window_days in WINDOWS else WINDOWS[0]

    def watch_window_days(self) -> None:
        self.draw()
        self.recount()

    # --- counting -----------------------------------------------------------------------------

    def note_change(self) -> None:
        """A change in the CRM (from the feed): recount soon, once for a burst of changes."""
        if self._recount_timer is None:
            self._recount_timer = self.set_timer(RECOUNT_AFTER_S, self._recount_now)

    def _recount_now(self) -> None:
        self._recount_timer = None
        self.recount()

    @work(exclusive=True, group="pipeline", exit_on_error=False)
    async def recount(self) -> None:
        first, last = self.days()
        self.stats = await self.reader.stats(first.isoformat(), last.isoformat())
        self.counts_done += 1
        self.draw()

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        if not self.is_mounted:
            return
        first, last = self.days()
        title = Text(f"Pipeline · last {self.window_days} days ({first:%d %b} – {last:%d %b})", style="bold")
        title.append("   7 / 30 / 90 days: keys 7 3 9 or w", style="dim")
        self._text("title").update(title)
        stats = self.stats
        if stats is None:
            self._text("funnel").update(Text("Counting…", style="dim"))
            return
        funnel_box = self._text("funnel")
        funnel_box.border_title = f"Funnel · {stats['new_leads']:,} new leads"
        # Label 12 cells, count and share 12: the bars get the rest of the box.
        bar = max(4, min(48, funnel_box.content_size.width - 24 if funnel_box.content_size.width else BAR_WIDTH))
        high = self.size.height >= 40
        funnel = funnel_text(stats, bar)
        if high:  # room for the whole CRM as it stands, under the window's new leads
            funnel.append(f"\n\nAll {stats['total_leads']:,} leads now\n", style="bold")
            funnel.append_text(funnel_text(stats, bar, key="pipeline"))
        funnel_box.update(funnel)
        limit = 6 if high else 3
        groups = Group(groups_table(stats["by_source"], "Source", limit), groups_table(stats["by_city"], "City", limit))
        self._text("groups").update(groups)
        per_day = stats["per_day"]
        changes = [float(day["status_changes_total"]) for day in per_day]
        visits = [float(day["visits_scheduled"] + day["visits_cancelled"] + day["visits_moved"]) for day in per_day]
        entered = {row["status"]: row["count"] for row in stats["entered"]}
        peak_day = max(per_day, key=lambda day: day["status_changes_total"]) if per_day else None
        label = Text(f"Status changes {int(sum(changes)):,}", style="bold")
        label.append(f"  won {entered.get('WON', 0):,} · lost {entered.get('LOST', 0):,} · follow up "
                     f"{entered.get('FOLLOW_UP', 0):,}")
        if peak_day and peak_day["status_changes_total"]:
            label.append(f" · peak {peak_day['status_changes_total']:,} on {_day(peak_day['day'])}", style="dim")
        self._text("changes-label").update(label)
        self._chart("changes").data = changes
        totals = stats["visits"]
        visit_label = Text(f"Visits {int(sum(visits)):,}", style="bold")
        visit_label.append(f"  booked {totals['scheduled']:,} · cancelled {totals['cancelled']:,} · moved "
                           f"{totals['moved']:,}")
        ttw = stats["time_to_won"]
        if ttw["count"]:
            visit_label.append(f" · time to won: median {ttw['median_days']:g} d, p90 {ttw['p90_days']:g} d",
                               style="dim")
        self._text("visits-label").update(visit_label)
        self._chart("visits").data = visits
