"""Every lead, live: rows keyed by lead id, changed in place as the change feed reports them.

Why it is built this way:
- 100,000 leads must not block the UI: the leads pane loads pages in a background worker and hands
  each slice of a page to `add_page`, whose new rows go in together (`append_rows`).
- Rows change by key (`update_cell`), so the cursor and scroll stay where the person left them.
- Sorting is client-side over what is loaded (the API has no sort parameter); a header click or `>`
  sorts by a column and a second press reverses it (`<` reverses too); statuses sort in pipeline order;
  the cursor stays on the same lead.
- Every use of DataTable's private internals is in `line_table.py` (`LineTable`, the pin and the
  benchmark that guards it); each lead's next visit is decided by `crm_tui/next_visits.py`.
- `/` filters client-side over every loaded lead (name, phone, city, source, status), in chunks in a
  worker so the table stays responsive while 100,000 rows are re-added.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from time import monotonic
from typing import Any
from zoneinfo import ZoneInfo

from rich.cells import cell_len
from rich.text import Text
from textual.coordinate import Coordinate
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from crm_tui.actions import TABLE_ACTIONS, bindings
from crm_tui.bot.tools import STATUS_VALUES
from crm_tui.next_visits import NextVisits
from crm_tui.stamps import clock_time, local_stamp
from crm_tui.widgets.line_table import LineTable, plain
from crm_tui.worker_failures import TellsWorkerFailures

# No id column: the columns and the next visit; at 80 columns the last one, "Changed", is cut
# first (the next visit matters more on the day). The id is one Enter away
# (the detail screen) and in the tool pane.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("phone", "Phone"),
    ("city", "City"),
    ("source", "Source"),
    ("status", "Status"),
    ("next", "Next visit"),
    ("updated", "Changed"),
)
# Free text of any length: when the columns are wider than the table, these give up cells in this
# order, so the last column and a sort arrow stay in sight. A name first gives up what it has beyond
# _NAME_KEPT cells (one long name must not cut every lead's source: 31 characters did, at 160 columns),
# then source, city and name each down to _MIN_TEXT_WIDTH (80 columns). Cut cells end in "…".
_NAME_KEPT = 20
_SHRINKABLE = (("name", _NAME_KEPT), ("source", 0), ("city", 0), ("name", 0))
# Headers wider than their cells, shortened when the columns don't fit (80 columns). "Visit" over
# "Thu 11:00 AM" and "Chg" over "10:30 AM" or "28 Nov" leave room for a sort arrow within the cells' width.
SHORT_LABELS = {"next": "Visit", "updated": "Chg"}
_MIN_TEXT_WIDTH = 8
# Columns shown as short text whose order is the order of a time, not of the text ("Thu 11:00 AM"
# and "10 Dec"; "9:15 AM" today and "28 Nov"): sorted by the moment itself.
_TIME_COLUMNS = {"next", "updated"}
_NEVER = float("inf")  # a lead with no next visit sorts after every lead with one
_BURST = 20  # rows placed one by one in half a second; more are sorted in one go
# How often a passed next visit is looked for (seconds): a look is one comparison with the soonest.
VISIT_CHECK_S = 60.0
STATUS_STYLES = {
    "NEW": "bold cyan",
    "IN_PROGRESS": "bold yellow",
    "FOLLOW_UP": "bold magenta",
    "WON": "bold green",
    "LOST": "dim red",
}
# Statuses sort in the order a lead moves through the pipeline, not alphabetically.
PIPELINE_ORDER = {status: rank for rank, status in enumerate(STATUS_VALUES)}


def _pipeline_rank(status: str) -> int:
    """A status's place in the pipeline; one the dashboard does not know sorts after all of them."""
    return PIPELINE_ORDER.get(status, len(PIPELINE_ORDER))


# Work done between two looks at the keyboard: ~10 ms of row adds or ~3 ms of filter matching.
_FILTER_SLICE = 500
# What the filter text is looked for in.
_FILTERED_FIELDS = ("name", "phone", "city", "source", "status")
_SLICE_PAUSE_S = 0.003


def literal(value: str) -> str | Text:
    """A cell that shows `value` as typed. DataTable reads a str cell as Rich markup, so a lead called
    "Bob [/]" (any client may create one) would stop the dashboard with a MarkupError; a `Text` is
    drawn as is. Only values with a bracket pay for the Text object: 100,000 rows stay plain strings.
    """
    return Text(value) if "[" in value else value


class LeadTable(TellsWorkerFailures, LineTable):
    """The lead table. Enter posts `LeadTable.OpenLead` for the row under the cursor."""

    # No letters (actions.TABLE_ACTIONS): a letter typed here starts a command.
    BINDINGS = bindings(TABLE_ACTIONS)

    class Sorted(Message):
        """The person sorted the table (kept for the next start)."""

        def __init__(self, column: str, reverse: bool) -> None:
            super().__init__()
            self.column = column
            self.reverse = reverse

    class OpenLead(Message):
        """The person asked to see one lead's detail."""

        def __init__(self, lead_id: str) -> None:
            super().__init__()
            self.lead_id = lead_id

    filter_text: reactive[str] = reactive("")
    """Case-insensitive text every shown row contains (in name, phone, city, source or status)."""
    shown_count: reactive[int] = reactive(0)
    """How many rows are shown (after the filter)."""
    known_count: reactive[int] = reactive(0)
    """How many leads are loaded in all."""
    show_archived: reactive[bool] = reactive(False)
    """The archived view: only archived leads, greyed (they are left out of the usual view)."""
    assignee: reactive[str | None] = reactive(None)
    """Only the leads assigned to this user ("my leads"); None: everyone's."""

    def __init__(
        self,
        *,
        tz: str = "Asia/Kolkata",
        clock: Callable[[], datetime] | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own name
    ) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, id=id)
        self.tz = ZoneInfo(tz)
        self.clock = clock or (lambda: datetime.now(self.tz))
        self.leads: dict[str, dict[str, Any]] = {}
        # Each lead's next visit, kept as visits are booked, cancelled and moved and as the day goes by.
        self.visits = NextVisits()
        self.sort_key: str | None = None
        self.sort_reverse = False
        # A lead to put the cursor on when its row arrives (a command's answer can beat its feed event).
        self._wanted: str | None = None
        # Rows placed in the sort during the last half second, and the one sort after a burst of them.
        self._burst_start = 0.0
        self._burst_count = 0
        self._resort_timer: Timer | None = None
        # Whether the person put the cursor where it is (keys, a click, a command's lead): only then
        # does it follow its lead through a sort. Moves made here (a sort, a refill) don't count.
        self._cursor_chosen = False
        self._quiet_cursor = False

    def on_mount(self) -> None:
        for key, label in COLUMNS:
            self.add_column(label, key=key)
        self.watch(self, "show_vertical_scrollbar", self._scrollbar_toggled, init=False)
        self.watch(self, "cursor_coordinate", self._cursor_moved, init=False)
        self.set_interval(VISIT_CHECK_S, self.expire_visits)

    def _cursor_moved(self, old: Coordinate, new: Coordinate) -> None:
        # DataTable sets the coordinate again unchanged (on every row add): only a change counts.
        if old.row != new.row and not self._quiet_cursor:
            self._cursor_chosen = True

    def _move_quietly(self, row: int) -> None:
        self._quiet_cursor = True
        try:
            self.move_cursor(row=row, animate=False, scroll=True)
        finally:
            self._quiet_cursor = False

    def on_resize(self) -> None:
        self.lay_out_columns()

    def _scrollbar_toggled(self) -> None:
        self.lay_out_columns()

    def _labels(self, short: bool) -> dict[str, str]:
        """Each column's header: its name (short when narrow) and the sort arrow on the sorted one."""
        labels = {}
        for key, label in COLUMNS:
            arrow = (" ▼" if self.sort_reverse else " ▲") if key == self.sort_key else ""
            labels[key] = (SHORT_LABELS.get(key, label) if short else label) + arrow
        return labels

    def lay_out_columns(self) -> None:
        """Headers and widths from the widest cells, the sort and the table's width.

        At 80 columns the seven columns needed a cell or two more than there is: the last header read
        "Change", and a sort arrow on it was out of sight. When the columns don't fit, the headers
        wider than their cells get their short names ("Visit", "Chg"), and if that is not enough a
        long name gives up its cells past _NAME_KEPT, then source, city and name give up cells (cut,
        not wrapped; whole in the detail, Enter).
        A wider table gives everything back. O(columns): called when a column grows, not per row.
        """
        if not self.columns:
            return
        pad = 2 * self.cell_padding
        scrollbar = self.styles.scrollbar_size_vertical if self.show_vertical_scrollbar else 0
        room = self.size.width - scrollbar - self.label_width
        cells = self.widest_cells

        def widths_for(labels: dict[str, str]) -> dict[str, int]:
            return {key: max(cells.get(key, 0), cell_len(label)) for key, label in labels.items()}

        labels = self._labels(short=False)
        widths = widths_for(labels)
        if self.size.width and sum(widths.values()) + pad * len(widths) > room:
            labels = self._labels(short=True)
            widths = widths_for(labels)
        shown = dict(widths)
        excess = sum(shown.values()) + pad * len(shown) - room if self.size.width else 0
        for key, kept in _SHRINKABLE:  # the least read first: the name is cut last
            give = min(excess, shown[key] - max(_MIN_TEXT_WIDTH, cell_len(labels[key]), kept))
            if give > 0:
                shown[key] -= give
                excess -= give
        changed = False
        for column in self.ordered_columns:
            key = str(column.key.value)
            if column.label.plain != labels[key]:
                column.label = Text(labels[key])
                changed = True
            capped = shown[key] < widths[key]
            if column.content_width != widths[key] or column.auto_width == capped or (capped and column.width != shown[key]):
                column.content_width = widths[key]
                column.auto_width = not capped
                column.width = shown[key] if capped else column.width
                changed = True
        if changed:
            self.redraw_columns()

    # --- cells -------------------------------------------------------------------------------

    def _when(self, stamp: str | None) -> str:
        moment = local_stamp(stamp, self.tz)
        if moment is None:
            return stamp or ""
        # Today's changes by time (the dashboard's one clock, crm_tui.stamps.clock_time), older by date.
        today = self.clock().date()
        if moment.date() == today:
            return clock_time(moment)
        return moment.strftime("%d %b" if moment.year == today.year else "%b %Y")

    def _visit_when(self, lead_id: str) -> str:
        """The next visit in at most twelve characters: "Thu 11:00 AM" within the week, "10 Dec" after."""
        moment = self.next_visits.get(lead_id)
        if moment is None:
            return ""
        moment = moment.astimezone(self.tz)
        days = (moment.date() - self.clock().date()).days
        if days < 7:
            return f"{moment:%a} {clock_time(moment)}"
        return moment.strftime("%d %b" if days < 300 else "%b %Y")

    def cells(self, lead: dict[str, Any]) -> list[str | Text]:
        row = self._cells(lead)
        if lead.get("archived"):  # greyed: out of the pipeline, kept for restore
            return [Text(plain(cell), "dim strike") if i == 0 else Text(plain(cell), "dim") for i, cell in enumerate(row)]
        return row

    def _cells(self, lead: dict[str, Any]) -> list[str | Text]:
        status = str(lead.get("status") or "")
        return [
            literal(str(lead.get("name") or "")),
            literal(str(lead.get("phone") or "")),
            literal(str(lead.get("city") or "")),
            literal(str(lead.get("source") or "")),
            Text(status, STATUS_STYLES.get(status, "")),
            self._visit_when(str(lead.get("lead_id") or "")),
            self._when(lead.get("updated_at") or lead.get("created_at")),
        ]

    # --- next visits (the bookkeeping is crm_tui/next_visits.py; this shows it) --------------------

    @property
    def next_visits(self) -> dict[str, datetime]:
        """lead id -> its next visit still to come."""
        return self.visits.times

    def note_visit(self, visit: dict[str, Any], *, place: bool = True) -> None:
        """A visit from the visit pages or the feed (booked, cancelled, moved): the lead's "Next visit".

        `place=False` for a bulk load, which sorts once at its end (`resort`): placing each of 100,000
        visits one by one in a table sorted by next visit is a shift of up to 100,000 rows each.
        """
        if self.visits.note(visit, self.clock()):
            self._show_next(str(visit.get("lead_id") or ""), place=place)

    def drop_visit(self, lead_id: str, visit_id: str, *, place: bool = True) -> None:
        """A visit cancelled or moved: no longer the lead's next (its next remaining visit is)."""
        if self.visits.drop(lead_id, visit_id, self.clock()):
            self._show_next(lead_id, place=place)

    def _show_next(self, lead_id: str, *, place: bool = True) -> None:
        """Show the lead's next visit in its row and, sorted by next visit, put the row in its place."""
        if lead_id in self.rows:
            self.update_cell(lead_id, "next", self._visit_when(lead_id), update_width=True)
            if place and self.sort_key == "next" and self.is_mounted:
                self._keep_in_order(lead_id)

    def expire_visits(self) -> int:
        """Next visits that have passed give way to the lead's next later one, or to none.

        Called every `VISIT_CHECK_S`: an 11:00 visit stops being "next" after 11:00. Sorted by next
        visit, a lead whose visit passed moves from the top to far down: one row is placed (a shift of
        the rows between), several are one sort (0.2 s at 100,000 rows; placing 50 one by one took 6 s).
        Returns how many leads changed.
        """
        changed = self.visits.expire(self.clock())
        for lead_id in changed:
            self._show_next(lead_id, place=len(changed) == 1)
        if len(changed) > 1 and self.sort_key == "next":
            self.resort()
        return len(changed)

    def row_filter(self) -> Callable[[dict[str, Any]], bool]:
        """Whether a lead is shown (the archived view, my leads, the filter text), with the view read once.

        Loops over every lead (a page being added, a refill) take this once: reading the three
        reactives for each of 100,000 leads cost more than the test itself (0.8 s of a refill).
        """
        archived = self.show_archived
        assignee = self.assignee.casefold() if self.assignee is not None else None
        needle = self.filter_text.casefold()

        def shown(lead: dict[str, Any]) -> bool:
            if bool(lead.get("archived")) != archived:
                return False
            if assignee is not None and str(lead.get("assigned_to") or "").casefold() != assignee:
                return False
            return not needle or any(needle in str(lead.get(f) or "").casefold() for f in _FILTERED_FIELDS)

        return shown

    def matches(self, lead: dict[str, Any]) -> bool:
        return self.row_filter()(lead)

    # --- changes -----------------------------------------------------------------------------

    def upsert(self, lead: dict[str, Any]) -> None:
        """Add a lead or change its row in place; a lead that no longer matches the filter leaves."""
        lead_id = str(lead.get("lead_id") or "")
        if not lead_id:
            return
        merged = {**self.leads.get(lead_id, {}), **lead}
        present = lead_id in self.rows
        # Where the row sorts now, read before the change ("updated" reads the lead, others the cell).
        before = self._sort_value(lead_id) if present and self.sort_key else None
        self.leads[lead_id] = merged
        if not self.matches(merged):
            if present:
                self.remove_row(lead_id)
        elif present:
            for (key, _), value in zip(COLUMNS, self.cells(merged), strict=True):
                if plain(self.get_cell(lead_id, key)) != plain(value) or isinstance(value, Text):
                    self.update_cell(lead_id, key, value, update_width=True)
            if self.sort_key and self._sort_value(lead_id) != before:
                self._keep_in_order(lead_id)
        else:
            self.add_row(*self.cells(merged), key=lead_id)
            self._keep_in_order(lead_id)
        if lead_id == self._wanted:
            self.show_lead(lead_id)
        self._counts()

    def add_page(self, leads: list[dict[str, Any]]) -> None:
        """Add one page from the loader; a lead the feed already updated keeps the newer version."""
        shown = self.row_filter()
        fresh: list[tuple[str, list[str | Text]]] = []
        for lead in leads:
            lead_id = str(lead.get("lead_id") or "")
            known = self.leads.get(lead_id)
            if known is not None and str(known.get("updated_at") or "") > str(lead.get("updated_at") or ""):
                continue
            if known is None and shown(lead):
                # The common path during a bulk load: no comparison, no merge; the rows go in together.
                self.leads[lead_id] = lead
                fresh.append((lead_id, self.cells(lead)))
            else:
                self.append_rows(fresh)  # the rows before this one first, so the order stays the page's
                fresh = []
                self.upsert(lead)
        self.append_rows(fresh)
        if self._wanted is not None and self._wanted in self.rows:
            self.show_lead(self._wanted)
        self._counts()

    def _counts(self) -> None:
        self.shown_count = self.row_count
        self.known_count = len(self.leads)

    # --- sort and filter ---------------------------------------------------------------------

    def selected_lead_id(self) -> str | None:
        if self.row_count == 0:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def show_lead(self, lead_id: str) -> None:
        """Put the cursor on a lead and scroll it into sight: the lead a command just acted on.

        Its row may not be here yet (a new lead's feed event often arrives after the command's answer):
        then the cursor goes to it when it arrives. A lead the filter hides is not waited for.
        """
        if lead_id in self.rows:
            self._wanted = None
            self.move_cursor(row=self.get_row_index(lead_id), animate=False, scroll=True)
        elif lead_id not in self.leads or self.matches(self.leads[lead_id]):
            self._wanted = lead_id

    def sort_by(self, column: str, reverse: bool | None = None) -> None:
        """Sort by a column; the same column again reverses (unless `reverse` says which way).

        The cursor stays on its lead. Posts `Sorted`, so the sort can be kept for the next start.
        """
        if reverse is None:
            reverse = (not self.sort_reverse) if self.sort_key == column else False
        self.sort_reverse = reverse
        self.sort_key = column
        self.post_message(self.Sorted(column, reverse))
        keep = self._lead_to_keep()
        self._sort_rows()
        self._move_quietly(self.get_row_index(keep) if keep is not None else 0)
        # The arrow in the header, the column widened for it: a header wider than its cells ("Next
        # visit ▲" over "Thu 11:00 AM") must get its own width, arrow and all.
        self.lay_out_columns()
        self.refresh()

    def _sort_rows(self) -> None:
        """`DataTable.sort` by `sort_key`, case-blind, at half the cost for 100,000 rows.

        DataTable.sort calls a key wrapper, `itemgetter` and our key for every row (~300 ms at
        100,000 rows, the UI frozen meanwhile); here the keys are one list comprehension and the sort
        orders indices (~140 ms). Sets the same private state DataTable.sort sets (Textual is pinned).
        Python's sort is stable, and `reverse=True` keeps equal keys in their order, as DataTable's does.
        """
        if self.sort_key is None:
            return
        column = ColumnKey(self.sort_key)
        cells = self.row_cells()
        row_keys = list(cells)
        keys: list[Any]
        if self.sort_key == "next":
            keys = [
                moment.timestamp() if (moment := self.next_visits.get(str(key.value))) else _NEVER for key in row_keys
            ]
        elif self.sort_key == "updated":
            # The CRM writes every stamp in UTC with the same format: the strings sort as the moments.
            keys = [self._stamp(str(key.value)) for key in row_keys]
        elif self.sort_key == "status":
            keys = [_pipeline_rank(plain(row.get(column, ""))) for row in cells.values()]
        else:
            keys = [plain(row.get(column, "")).casefold() for row in cells.values()]
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=self.sort_reverse)
        self.set_order([row_keys[old] for old in order])

    def _sort_value(self, lead_id: str) -> Any:
        """One row's key for the current sort, as `_sort_rows` computes it for every row."""
        if self.sort_key == "next":
            moment = self.next_visits.get(lead_id)
            return moment.timestamp() if moment else _NEVER
        if self.sort_key == "updated":
            return self._stamp(lead_id)
        if self.sort_key == "status":
            return _pipeline_rank(plain(self.get_cell(lead_id, "status")))
        return plain(self.get_cell(lead_id, self.sort_key or "")).casefold()

    def _keep_in_order(self, lead_id: str) -> None:
        """Put a changed row where the sort wants it: at once, or after a burst by one sort.

        Placing one row costs up to ~80 ms at 100,000 rows (the rows between its old and new place
        shift); a colleague importing a few thousand leads would freeze the table for minutes. More
        than `_BURST` changes within half a second sort the table once, 0.3 s after the burst began.
        """
        if self.sort_key is None:
            return
        now = monotonic()
        if now - self._burst_start > 0.5:
            self._burst_start, self._burst_count = now, 0
        self._burst_count += 1
        if self._burst_count <= _BURST:
            self._place(lead_id)
        elif self._resort_timer is None:
            self._resort_timer = self.set_timer(0.3, self._resort_after_burst)

    def _resort_after_burst(self) -> None:
        self._resort_timer = None
        self.resort()

    def _place(self, lead_id: str) -> None:
        """Move one row to where the current sort puts it (a new lead, a changed sort value).

        Without it a sorted table took live leads at the bottom, out of order. A binary search over
        the sorted rows and a shift of the rows between the old and the new place: no full sort (0.2 s
        at 100,000 rows) for one change. The cursor stays on the lead it was on.
        """
        if self.sort_key is None or lead_id not in self.rows:
            return
        old = self.get_row_index(lead_id)
        value = self._sort_value(lead_id)
        others = self.row_count - 1

        def value_at(position: int) -> Any:  # position among the other rows
            key = self.row_key_at(position if position < old else position + 1)
            return self._sort_value(str(key.value)) if key is not None else value

        # After the rows that sort equal to it (as an appended row would be in a stable sort).
        low, high = 0, others
        while low < high:
            middle = (low + high) // 2
            other = value_at(middle)
            if (other >= value) if self.sort_reverse else (other <= value):
                low = middle + 1
            else:
                high = middle
        new = low
        if new == old:
            return
        keep = self._lead_to_keep()
        start, stop = min(old, new), max(old, new)
        moved = [self.row_key_at(index) for index in range(start, stop + 1)]
        moved = moved[1:] + moved[:1] if new > old else moved[-1:] + moved[:-1]
        self.place_rows(moved, start)
        if keep is not None:
            self.move_cursor(row=self.get_row_index(keep), animate=False, scroll=False)
        self.refresh()

    def resort(self) -> None:
        """Sort again by the current column (rows a bulk load appended), the cursor on its lead."""
        if self.sort_key is None:
            return
        keep = self._lead_to_keep()
        self._sort_rows()
        self._move_quietly(self.get_row_index(keep) if keep is not None else 0)

    def _lead_to_keep(self) -> str | None:
        """The lead the cursor should stay on through a sort: the one the person moved to.

        A cursor nobody moved is on the first-loaded lead by accident: the sorted table is then
        shown from its top, not from wherever that lead lands (the middle of 100,000).
        """
        return self.selected_lead_id() if self._cursor_chosen else None

    def _stamp(self, lead_id: str) -> str:
        lead = self.leads.get(lead_id) or {}
        return str(lead.get("updated_at") or lead.get("created_at") or "")

    def action_sort_next(self) -> None:
        # Rows are selected whole, so there is no "column under the cursor": `s` steps through them.
        keys = [key for key, _ in COLUMNS]
        following = keys[(keys.index(self.sort_key) + 1) % len(keys)] if self.sort_key else "name"
        self.sort_by(following)

    def action_sort_reverse(self) -> None:
        # sort_by reverses when asked for the column it already sorts by.
        self.sort_by(self.sort_key or "name")

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        if event.column_key.value:
            self.sort_by(event.column_key.value)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value:
            self.post_message(self.OpenLead(event.row_key.value))

    def watch_filter_text(self, old: str, new: str) -> None:
        if old != new and self.is_mounted:
            self.run_worker(self._refill(), exclusive=True, group="lead-filter", exit_on_error=False)

    def watch_assignee(self, old: str | None, new: str | None) -> None:
        if old != new and self.is_mounted:
            self.run_worker(self._refill(), exclusive=True, group="lead-filter", exit_on_error=False)

    def watch_show_archived(self, old: bool, new: bool) -> None:
        if old != new and self.is_mounted:
            self.run_worker(self._refill(), exclusive=True, group="lead-filter", exit_on_error=False)

    async def _refill(self) -> None:
        """Rebuild the rows for the current filter, a slice at a time so keys stay responsive.

        The pause is a few milliseconds, not zero: a key travels app -> screen -> table, one loop
        turn per hop, and `sleep(0)` would let it advance only one hop per slice.
        """
        self._wanted = None  # a refill is the person's own doing: the cursor starts at the top
        self._quiet_cursor = True
        try:
            self.clear()
        finally:
            self._quiet_cursor = False
        self._cursor_chosen = False
        shown = self.row_filter()  # a change of view restarts this worker: read the view once
        fresh: list[tuple[str, list[str | Text]]] = []
        for index, (lead_id, lead) in enumerate(list(self.leads.items()), start=1):
            if shown(lead) and lead_id not in self.rows:
                fresh.append((lead_id, self.cells(lead)))
            if index % _FILTER_SLICE == 0:
                self.append_rows(fresh)
                fresh = []
                self._counts()
                await asyncio.sleep(_SLICE_PAUSE_S)
        self.append_rows(fresh)
        if self.sort_key is not None:
            self._sort_rows()
        self._counts()
