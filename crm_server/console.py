"""What the server prints: a Rich panel per change (as the reference did), or one JSON line per request.

Printing happens on a thread fed by a queue, because a terminal that scrolls slowly (or a pipe
nobody reads) would otherwise block the event loop and with it every request.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
from datetime import datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crm_server.settings import LogFormat
from crm_server.store import ChangeEventRecord

_STATUS_STYLE = {"NEW": "cyan", "IN_PROGRESS": "yellow", "FOLLOW_UP": "magenta", "WON": "green", "LOST": "red"}


def _plain(value: object) -> Text:
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

    def __init__(self, log_format: LogFormat, stream: TextIO | None = None, timezone: str | None = None) -> None:
        self.log_format = log_format
        self._zone = ZoneInfo(timezone) if timezone else None
        self._stream = stream or sys.stdout
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._console = Console(file=self._stream, highlight=False) if log_format == "rich" else None

    def start(self) -> None:
        if self.log_format != "quiet" and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="crm-console", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=5)
            self._thread = None

    def on_events(self, events: list[ChangeEventRecord]) -> None:
        if self.log_format == "rich" and self._thread is not None:
            self._queue.put(events)

    def on_request(self, record: dict[str, Any]) -> None:
        if self.log_format == "json" and self._thread is not None:
            self._queue.put(record)

    def message(self, text: str) -> None:
        """A line for the operator (start-up, warnings), in either format."""
        if self.log_format == "json":
            self._stream.write(json.dumps({"message": text}) + "\n")
            self._stream.flush()
        elif self._console is not None:
            self._console.print(text)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            items = [item]
            while True:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._write(items)
                    return
                items.append(more)
            self._write(items)

    def _write(self, items: list[Any]) -> None:
        try:
            if self._console is not None:
                for batch in items:
                    for event in batch:
                        self._console.print(event_panel(event, self._zone))
            else:
                self._stream.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items))
                self._stream.flush()
        except Exception:  # noqa: BLE001 - a closed terminal or odd data must not stop the console thread
            pass
