"""What the server prints: a Rich panel per change (as the reference did), or one JSON line per request.

Printing happens on a thread fed by a queue, because a terminal that scrolls slowly (or a pipe
nobody reads) would otherwise block the event loop and with it every request. The queue is bounded
(MAX_PENDING): while the output is blocked the oldest waiting panels or lines are dropped, and when
it moves again a line says how many were not shown. The console is for watching; the database, the
CSV mirror and the change feed keep every change.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from crm_server.jsontext import json_text
from crm_server.settings import LogFormat
from crm_server.store import ChangeEventRecord

if TYPE_CHECKING:
    # Rich is imported where the console prints with it (log format "rich"): a quiet server (the
    # dashboard's embedded CRM) or a JSON log needs none of its ~20 ms of imports.
    from rich.panel import Panel
    from rich.text import Text

# Panels (rich) or request lines (json) waiting to be printed, at most; older ones are dropped first.
MAX_PENDING = 1000
# At shutdown only the newest this many waiting items are still printed (the rest are counted as not
# shown): a backlog of panels takes seconds to render, and a shutdown must not wait on it.
STOP_TAIL = 100
# How long the console thread lets lines gather after the first before it writes them (seconds).
LINGER_S = 0.02

_STATUS_STYLE = {"NEW": "cyan", "IN_PROGRESS": "yellow", "FOLLOW_UP": "magenta", "WON": "green", "LOST": "red"}


def _plain(value: object) -> Text:
    from rich.text import Text

    # Text, not a str: a str would be parsed as Rich markup, and a lead named "[red]x" or "[/]" must
    # print as typed rather than restyle the console or raise a MarkupError.
    return Text(str(value) if value not in (None, "") else "-")


def _local_time(data: dict[str, Any], zone: ZoneInfo | None) -> str | None:
    """When the change was committed, as a clock time in the server's zone (the panel's subtitle)."""
    stamp = data.get("updated_at") or data.get("created_at")
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return None
    return (moment.astimezone(zone) if zone else moment.astimezone()).strftime("%H:%M:%S")


def event_panel(event: ChangeEventRecord, zone: ZoneInfo | None = None) -> Panel:
    """A readable panel for one committed change, with the time it was committed in `zone`."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    data = event.data
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    if event.type == "lead.created":
        title, style = "Lead created", "cyan"
        for label, key in (("Lead", "lead_id"), ("Name", "name"), ("Phone", "phone"), ("City", "city"),
                           ("Source", "source"), ("Status", "status")):
            table.add_row(label, _plain(data.get(key)))
        duplicates = data.get("possible_duplicates") or []
        if duplicates:
            table.add_row("Same phone", Text(", ".join(f"{d['name']} ({d['lead_id'][:8]})" for d in duplicates)))
    elif event.type == "visit.scheduled":
        title, style = "Visit scheduled", "blue"
        lead = f"{data['lead_name']} ({data.get('lead_id')})" if data.get("lead_name") else data.get("lead_id")
        for label, value in (("Visit", data.get("visit_id")), ("Lead", lead), ("When", data.get("visit_time")),
                             ("Notes", data.get("notes"))):
            table.add_row(label, _plain(value))
    elif event.type == "visit.status_changed":
        moved = data.get("status") == "RESCHEDULED"
        title, style = ("Visit moved", "blue") if moved else ("Visit cancelled", "red")
        lead = f"{data['lead_name']} ({data.get('lead_id')})" if data.get("lead_name") else data.get("lead_id")
        for label, value in (("Visit", data.get("visit_id")), ("Lead", lead), ("Was", data.get("visit_time")),
                             ("Moved" if moved else "Why", data.get("status_notes"))):
            table.add_row(label, _plain(value))
    elif event.type in ("lead.updated", "lead.archived", "lead.restored"):
        title, style = {"lead.updated": ("Lead edited", "yellow"), "lead.archived": ("Lead archived", "red"),
                        "lead.restored": ("Lead restored", "green")}[event.type]
        table.add_row("Lead", Text(f"{data.get('name', '')} ({data.get('lead_id')})"))
        for change in data.get("changes") or []:
            if change.get("field") != "archived":
                table.add_row(str(change.get("field", "")).title(),
                              Text(f"{change.get('old_value') or '—'} → {change.get('new_value') or '—'}"))
        cancelled = data.get("cancelled_visits") or []
        if cancelled:
            table.add_row("Visits", Text(f"{len(cancelled)} cancelled"))
    else:
        title, style = "Status changed", _STATUS_STYLE.get(str(data.get("status")), "white")
        table.add_row("Lead", Text(f"{data.get('name', '')} ({data.get('lead_id')})"))
        old, new = str(data.get("old_status")), str(data.get("status"))
        table.add_row("Status", Text.assemble((old, _STATUS_STYLE.get(old, "white")), " → ", (new, style)))
        table.add_row("Notes", _plain(data.get("notes")))
    return Panel(table, title=f"#{event.id} {title}", title_align="left", border_style=style, expand=False,
                 subtitle=_local_time(data, zone), subtitle_align="right")


class ConsoleLog:
    """Writes events (rich) or request lines (json) on its own thread; quiet writes nothing."""

    def __init__(self, log_format: LogFormat, stream: TextIO | None = None, timezone: str | None = None,
                 max_pending: int = MAX_PENDING) -> None:
        self.log_format = log_format
        self._zone = ZoneInfo(timezone) if timezone else None
        self._stream = stream or sys.stdout
        self._max_pending = max_pending
        # Events (rich) or request records (json) not yet printed, and how many were dropped since the
        # last write; both guarded by _ready, which also wakes the thread.
        self._pending: deque[Any] = deque()
        self.dropped = 0  # dropped since the last write (what the next notice will say)
        self.dropped_total = 0
        self._ready = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._console = None
        if log_format == "rich":
            from rich.console import Console

            self._console = Console(file=self._stream, highlight=False)

    def start(self) -> None:
        if self.log_format != "quiet" and self._thread is None:
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name="crm-console", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Print what is waiting (for up to 5 s: a blocked output must not hold up a shutdown)."""
        if self._thread is not None:
            with self._ready:
                self._stopping = True
                self._ready.notify()
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def pending(self) -> int:
        """How many panels or lines wait to be printed (never more than max_pending)."""
        return len(self._pending)

    def on_events(self, events: list[ChangeEventRecord]) -> None:
        if self.log_format == "rich" and self._thread is not None:
            self._put(events)

    def on_request(self, record: dict[str, Any]) -> None:
        if self.log_format == "json" and self._thread is not None:
            self._put([record])

    def _put(self, items: list[Any]) -> None:
        with self._ready:
            # The thread waits only on an empty queue: waking it for every line made it take the GIL
            # from the request handlers once per request.
            wake = not self._pending
            for item in items:
                if len(self._pending) >= self._max_pending:
                    self._pending.popleft()
                    self.dropped += 1
                    self.dropped_total += 1
                self._pending.append(item)
            if wake:
                self._ready.notify()

    def message(self, text: str) -> None:
        """A line for the operator (start-up, warnings), in either format."""
        if self.log_format == "json":
            self._stream.write(json.dumps({"message": text}) + "\n")
            self._stream.flush()
        elif self._console is not None:
            self._console.print(text)

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._pending and not self._stopping:
                    self._ready.wait()
                if not self._pending:
                    return  # stopping, and everything was printed
                stopping = self._stopping
            if not stopping:
                # Let a burst gather: one write (and one turn at the GIL) for many lines.
                time.sleep(LINGER_S)
            with self._ready:
                items = list(self._pending)
                self._pending.clear()
                dropped, self.dropped = self.dropped, 0
            # Outside the lock: this is where a blocked output blocks, and only this thread.
            self._write(items, dropped)

    def _rich_notice(self, dropped: int) -> None:
        from rich.text import Text

        assert self._console is not None
        self._console.print(Text(
            f"… {dropped} change{'s' if dropped != 1 else ''} not shown: the console fell behind "
            "(every change is in the database, the CSV mirror and the change feed)", style="yellow"))

    def _write(self, items: list[Any], dropped: int) -> None:
        try:
            if self._console is not None:
                if dropped:
                    self._rich_notice(dropped)
                for index, event in enumerate(items):
                    left = len(items) - index
                    if self._stopping and left > STOP_TAIL:
                        # Shutting down behind a backlog: the newest changes are the ones worth seeing.
                        skipped = left - STOP_TAIL
                        self.dropped_total += skipped
                        self._rich_notice(skipped)
                        for newest in items[index + skipped:]:
                            self._console.print(event_panel(newest, self._zone))
                        break
                    self._console.print(event_panel(event, self._zone))
            else:
                lines = [json.dumps({"message": "request lines dropped: the console fell behind",
                                     "dropped": dropped}) + "\n"] if dropped else []
                lines += [json_text(r) + "\n" for r in items]
                self._stream.write("".join(lines))
                self._stream.flush()
        except Exception:  # noqa: BLE001 - a closed terminal or odd data must not stop the console thread
            pass
