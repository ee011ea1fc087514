"""Every tool call as it happens: function, arguments, the CRM's answer, latency; its JSON a key away.

A call shows up when it starts (answer "…") and the same row is completed when it ends, so a slow CRM
is visible as a pending row. Errors are coloured by their type, so a validation problem (ask again)
never looks like a CRM outage (try later).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from crm_tui.bot.types import BotResult, ToolCall
from crm_tui.widgets.transcript import ERROR_STYLES

# Most telling first; the arguments, the longest and also in the JSON, last. Latency sits before the answer: an answer can be long (an error's details) and
# would push it out of sight, even at 160 columns. Function, latency and time have fixed widths
# (None = fit the content) so the columns don't shift as latencies of two or three digits come and go.
FUNCTION_WIDTH = 16  # "updateLeadStatus"
FUNCTION_NARROW = 12  # "updateLeadS…", in a pane narrower than NARROW_PANE
NARROW_PANE = 50
_COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("function", "Function", FUNCTION_WIDTH),
    ("latency", "ms", 5),
    ("answer", "CRM answer", None),
    ("time", "Time", 8),
    ("args", "Arguments", None),
)
# An error's details can be a paragraph (three candidate leads); the cell shows the start and the JSON
# (ctrl+r) the whole, so the time stays on screen at 160 columns.
ANSWER_LIMIT = 36
# Narrower than this, the answer takes the room up to the pane's edge and the time goes out of sight.
ANSWER_BESIDE_TIME = 24


def call_key(call: ToolCall) -> str:
    """The row key of a call: its engine id when it has one (so two reports of one call share a row)."""
    return call.id or f"call-{id(call)}"


def clip(text: str, limit: int) -> str:
    """`text` in at most `limit` terminal cells, ending in "…" when cut (wide characters counted as two)."""
    if cell_len(text) <= limit:
        return text
    return set_cell_size(text, max(limit - 1, 0)) + "…"


def short_args(args: dict[str, Any], limit: int = 60) -> str:
    return clip(", ".join(f"{k}={v}" for k, v in args.items() if v not in (None, "")), limit)


# The arguments column never gets fewer cells than this: at 80 columns it starts past the pane's edge
# (a scroll away), and from 100 columns on it takes the room left of the edge.
ARGS_MIN = 12


def answer_text(result: BotResult, room: int | None = None) -> Text:
    """`200 lead 1a2b3c4d NEW`, or the error type and its details, coloured by type.

    `room` is the cells the answer gets (None: as many as it needs). A narrow pane (80 columns) gives
    ~20: the answer gives way from its least useful end so the status, or the error type, stays whole
    (what a person reads first): the status code goes, then "lead"/"visit", then the id is shortened
    to 6, then dropped. An error drops its code; its details are cut at the edge. The whole
    answer is in the JSON (ctrl+r) and the transcript.
    """
    code = result.crm_call.status_code if result.crm_call else None
    if result.error is not None:
        # The status code only when the CRM said no: a 200 next to "CRM_ERROR Lead not found" (the
        # name lookup answered, with no match) would read as a success.
        shown_code = f"{code} " if code and code >= 300 else ""
        error_type = result.error.type
        if room is not None and len(shown_code) + len(error_type) > room - 4:
            shown_code = ""  # the type first, and a few letters of the details in sight
        out = Text(shown_code)
        out.append(error_type, ERROR_STYLES.get(error_type, "bold red"))
        out.append(clip(f" {result.error.details}", max(ANSWER_LIMIT - out.cell_len, 8)))
        # In a narrow column the details end in "…" at its edge (the whole is in the JSON, ctrl+r).
        out.no_wrap, out.overflow = True, "ellipsis"
        return out
    data = result.result or {}
    kind, ident = "", ""
    if "visit_id" in data:
        kind, ident = "visit", str(data["visit_id"])
    elif "lead_id" in data:
        kind, ident = "lead", str(data["lead_id"])
    status = f"{data['status']}" if "status" in data else ""
    if "leads" in data:
        count = len(data["leads"])
        kind = f"{count} lead{'' if count == 1 else 's'}"
    # Fullest first; the first that fits is shown (the last one when none does).
    forms = [
        (f"{code} " if code else "", kind, ident[:8]),
        ("", kind, ident[:8]),
        ("", "" if ident else kind, ident[:8]),
        ("", "" if ident else kind, ident[:6]),
        ("", "" if ident else kind, ""),
    ]
    for shown_code, shown_kind, shown_id in forms:
        head = " ".join(part for part in (shown_kind, shown_id) if part)
        width = len(shown_code) + len(head) + (1 if head and status else 0) + len(status)
        if room is None or width <= room:
            break
    out = Text(shown_code, "green")
    out.append(head)
    if status:
        out.append(f" {status}" if head or shown_code else status, "bold")
    return out


class ToolCallsPane(Vertical):
    """A table of calls and, under it, the selected call's JSON when toggled."""

    show_json: reactive[bool] = reactive(False)
    """Whether the selected call's full result JSON is shown."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__(id=id)
        self.calls: dict[str, tuple[ToolCall, BotResult | None]] = {}
        # The JSON shown under the table, kept as text for copying and for tests to read.
        self.json_text = ""
        # Cells the answer column gets in sight (None: all it needs); set from the width on resize.
        self.answer_room: int | None = None
        # Cells the arguments get: what is left of the pane's width after the other columns.
        self.args_room = 60
        self._laid_out = False

    def compose(self) -> ComposeResult:
        table: DataTable[str | Text] = DataTable(cursor_type="row", zebra_stripes=True, id="tool-table")
        for key, label, width in _COLUMNS:
            table.add_column(label, key=key, width=width)
        yield table
        with VerticalScroll(id="tool-json-scroll"):
            yield Static("", id="tool-json")

    @property
    def table(self) -> DataTable[str | Text]:
        return self.query_one("#tool-table", DataTable)

    @property
    def json_scroll(self) -> VerticalScroll:
        return self.query_one("#tool-json-scroll", VerticalScroll)

    @property
    def json_view(self) -> Static:
        return self.query_one("#tool-json", Static)

    def record(self, call: ToolCall, result: BotResult | None, latency_ms: float | None, at: datetime) -> None:
        """Add a starting call or complete the row of one that ended (by key, so the cursor stays)."""
        key = call_key(call)
        table = self.table
        answer: str | Text = answer_text(result, self.answer_room) if result is not None else Text("…", "dim")
        latency = f"{latency_ms:.0f}" if latency_ms is not None else ""
        if key in self.calls:
            table.update_cell(key, "answer", answer, update_width=True)
            table.update_cell(key, "latency", latency)
        else:
            # Text, not str: DataTable reads a str as markup, and the arguments quote what was said.
            args = Text(short_args(call.args, self.args_room))
            table.add_row(Text(call.name, overflow="ellipsis"), latency, answer, at.strftime("%H:%M:%S"), args, key=key)
            # Follow the newest call, as a log does.
            table.move_cursor(row=table.row_count - 1)
        self.calls[key] = (call, result)
        if self.show_json:
            self._show_selected()

    def on_resize(self) -> None:
        """Fit the answers to the room left of the pane's right edge, now that the width changed."""
        table = self.table
        # In a narrow pane (80 columns: half the width) the function name gives up cells to the answer.
        function = table.columns[ColumnKey("function")]
        function.width = FUNCTION_NARROW if self.content_size.width < NARROW_PANE else FUNCTION_WIDTH
        before = 0
        for column in table.ordered_columns:
            if column.key.value == "answer":
                break
            before += column.get_render_width(table)
        # The vertical scrollbar's cell is kept free: rows come and go, the answers should not change.
        width = self.content_size.width - table.styles.scrollbar_size_vertical
        to_edge = width - before - 2 * table.cell_padding
        beside_time = to_edge - table.columns[ColumnKey("time")].get_render_width(table)
        room_or_none: int | None
        if beside_time >= ANSWER_LIMIT:
            room_or_none = None  # every answer shows in full, the time beside it (160 columns)
        elif beside_time >= ANSWER_BESIDE_TIME:
            room_or_none = beside_time  # the time stays in sight (120 columns)
        else:
            room_or_none = max(to_edge, 1)  # the answer to the edge, the time a scroll away (80 columns)
        if room_or_none != self.answer_room or not self._laid_out:
            self._laid_out = True
            self.answer_room = room_or_none
            # Narrow, the answer column takes the room to the edge: the Time column starts past it
            # rather than showing its first letter. Wide, it has a fixed width, so the arguments
            # column knows its room before any answer arrives.
            column = table.columns[ColumnKey("answer")]
            column.auto_width = False
            column.width = room_or_none or ANSWER_LIMIT
            table.refresh()
            for key, (_call, result) in self.calls.items():
                if result is not None:
                    table.update_cell(key, "answer", answer_text(result, room_or_none), update_width=True)
        self._fit_arguments(width)

    def _fit_arguments(self, width: int) -> None:
        """Give the arguments the room right of the time column, cut with "…" (whole in the JSON)."""
        table = self.table
        used = sum(
            column.get_render_width(table) for column in table.ordered_columns if column.key.value != "args"
        )
        room = max(width - used - 2 * table.cell_padding, ARGS_MIN)
        if room == self.args_room:
            return
        self.args_room = room
        column = table.columns[ColumnKey("args")]
        column.auto_width, column.width = False, room
        for key, (call, _result) in self.calls.items():
            table.update_cell(key, "args", Text(short_args(call.args, room)))
        table.refresh()

    def selected_json(self) -> dict[str, Any] | None:
        """The full record of the call under the cursor: the call and the DESIGN.md result."""
        table = self.table
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is None or key not in self.calls:
            return None
        call, result = self.calls[key]
        return {"call": {"name": call.name, "args": call.args, "id": call.id}, "result": result.to_json() if result else None}

    def watch_show_json(self, show: bool) -> None:
        self.json_scroll.display = show
        if show:
            self._show_selected()
        # The table just lost (or got back) half its height: keep the selected call in view, or the
        # JSON would describe a row the person cannot see.
        self.call_after_refresh(self._scroll_to_selected)

    def _scroll_to_selected(self) -> None:
        table = self.table
        if table.row_count:
            table.move_cursor(row=table.cursor_row, scroll=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.show_json:
            self._show_selected()

    def _show_selected(self) -> None:
        record = self.selected_json()
        self.json_text = json.dumps(record, indent=2, ensure_ascii=False) if record else "No tool call yet."
        # Imported at the first JSON shown: rich.syntax brings pygments' lexer table (~40 ms), which
        # the first frame does not need.
        from rich.syntax import Syntax

        self.json_view.update(Syntax(self.json_text, "json", theme="ansi_dark", word_wrap=True))
