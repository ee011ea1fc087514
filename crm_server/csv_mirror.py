"""The CSV mirror: the reference's three CSV files, kept in line with the database by a thread.

The reference mock appended CSV lines and people opened them in spreadsheets, so we keep the files
and their columns. The database is the truth; the CSV is a view of it:

- Requests never wait for a CSV write: the store hands committed events to `submit`, which only puts
  them on a queue. A thread appends `crm_visits.csv` and `crm_updates.csv` lines, appends new leads to
  `crm_leads.csv`, and rewrites `crm_leads.csv` (temp file + atomic rename) when a lead's status
  changed, at most a few times a second, so the file shows each lead's current state within a second.
  A cancelled or moved visit rewrites `crm_visits.csv` the same way (its line shows the new status).
- A crash between COMMIT and the CSV write leaves the CSV behind (or with a torn last line). At
  startup `rebuild` rewrites all three files from the database, each atomically, so they are back in
  line before the first request is served.
- Edits, archives and restores rewrite `crm_leads.csv` like a status change (its last column, `archived`,
  says true or false; the reference's columns come first, unchanged), and each changed field is appended
  to `crm_lead_changes.csv` (who, when, old -> new), the field history beside crm_updates.csv.
- Cells a spreadsheet would run as a formula (first character = + - @, or a tab/CR) get a leading
  apostrophe, the OWASP advice for CSV injection.
"""

from __future__ import annotations

import csv
import io
import os
import queue
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from crm_server.store import ChangeEventRecord

LEADS_CSV = "crm_leads.csv"
VISITS_CSV = "crm_visits.csv"
UPDATES_CSV = "crm_updates.csv"
CHANGES_CSV = "crm_lead_changes.csv"

LEAD_HEADER = ["lead_id", "name", "phone", "city", "source", "status", "created_at", "updated_at", "archived"]
VISIT_HEADER = ["visit_id", "lead_id", "visit_time", "notes", "status", "created_at"]
UPDATE_HEADER = ["lead_id", "status", "notes", "updated_at", "old_status"]
CHANGE_HEADER = ["lead_id", "field", "old_value", "new_value", "changed_by", "changed_at"]
# Events that change a lead's row in crm_leads.csv and append to crm_lead_changes.csv.
_LEAD_CHANGE_EVENTS = ("lead.updated", "lead.archived", "lead.restored")

# How long the thread lets status changes pile up before rewriting crm_leads.csv: well inside the
# one-second promise, and it turns a burst of updates into one rewrite.
REWRITE_DELAY_S = 0.2

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: Any) -> str:
    """The cell as text that a spreadsheet shows rather than evaluates."""
    if cell is None:
        return ""
    text = str(cell)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _encode(rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow([neutralize(cell) for cell in row])
    return buffer.getvalue()


def _write_atomically(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]] | str) -> None:
    """Replace the file in one step (temp file, fsync, rename): readers never see half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        handle.write(_encode([header]))
        handle.write(rows if isinstance(rows, str) else _encode(rows))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _append(path: Path, text: str) -> None:
    # One write call per batch of lines: a kill can cut the batch only between write syscalls, and
    # startup repairs any such cut anyway.
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _lead_row(lead: dict[str, Any]) -> list[Any]:
    return [*(lead[c] for c in LEAD_HEADER[:-1]), "true" if lead.get("archived") else "false"]


class CsvMirror:
    """Keeps the three CSV files in a data directory in line with committed events."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        # Each lead's encoded CSV line, in creation order: a status change re-encodes one line, and a
        # rewrite of crm_leads.csv is a join (tens of ms for 100,000 leads instead of ~0.4 s).
        self._lead_lines: dict[str, str] = {}
        # The same for visits: a cancelled or moved visit changes its line, and the file is rewritten.
        self._visit_lines: dict[str, str] = {}
        self.rewrites = 0
        self._queue: queue.SimpleQueue[list[ChangeEventRecord] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self.errors = 0

    @property
    def leads_path(self) -> Path:
        return self.data_dir / LEADS_CSV

    @property
    def visits_path(self) -> Path:
        return self.data_dir / VISITS_CSV

    @property
    def updates_path(self) -> Path:
        return self.data_dir / UPDATES_CSV

    @property
    def changes_path(self) -> Path:
        return self.data_dir / CHANGES_CSV

    def rebuild(
        self,
        leads: Sequence[Sequence[Any]],
        visits: Sequence[Sequence[Any]],
        updates: Sequence[Sequence[Any]],
        changes: Sequence[Sequence[Any]] = (),
    ) -> None:
        """Rewrite all four files from database rows (blocking: call it in a thread at startup)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lead_lines = {row[0]: _encode([row]) for row in leads}
        self._rewrite_leads()
        self._visit_lines = {row[0]: _encode([row]) for row in visits}
        self._rewrite_visits()
        _write_atomically(self.updates_path, UPDATE_HEADER, updates)
        _write_atomically(self.changes_path, CHANGE_HEADER, changes)

    def _rewrite_leads(self) -> None:
        _write_atomically(self.leads_path, LEAD_HEADER, "".join(self._lead_lines.values()))
        self.rewrites += 1

    def _rewrite_visits(self) -> None:
        _write_atomically(self.visits_path, VISIT_HEADER, "".join(self._visit_lines.values()))

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="crm-csv-mirror", daemon=True)
        self._thread.start()

    def submit(self, events: list[ChangeEventRecord]) -> None:
        """Queue committed events; returns at once (called on the event loop after each COMMIT)."""
        self._queue.put(events)

    def stop(self) -> None:
        """Write everything queued, then end the thread (blocking: call it in a thread)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        dirty_since: float | None = None
        delay = REWRITE_DELAY_S
        running = True
        while running:
            timeout = None if dirty_since is None else max(0.0, dirty_since + delay - time.monotonic())
            batches: list[list[ChangeEventRecord]] = []
            try:
                item = self._queue.get(timeout=timeout)
                if item is None:
                    running = False
                else:
                    batches.append(item)
                # Take everything already waiting, so a burst becomes one append per file.
                while running:
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is None:
                        running = False
                    else:
                        batches.append(item)
            except queue.Empty:
                pass
            try:
                if batches and self._apply([e for batch in batches for e in batch]):
                    dirty_since = dirty_since or time.monotonic()
                if dirty_since is not None and (not running or time.monotonic() >= dirty_since + delay):
                    started = time.monotonic()
                    self._rewrite_leads()
                    # Under a stream of status changes on a huge table, rewrite at most a third of the
                    # time, so the mirror never takes the CPU (and the GIL) from requests.
                    delay = max(REWRITE_DELAY_S, 2 * (time.monotonic() - started))
                    dirty_since = None
            except OSError:
                # A full disk must not kill the mirror thread; the next startup rebuilds the files.
                self.errors += 1

    def _apply(self, events: list[ChangeEventRecord]) -> bool:
        """Append what can be appended; return True if crm_leads.csv needs a rewrite."""
        new_leads: list[str] = []
        visits: list[str] = []
        updates: list[list[Any]] = []
        field_changes: list[list[Any]] = []
        needs_rewrite = False
        visits_changed = False
        for event in events:
            data = event.data
            if event.type == "lead.created":
                line = _encode([_lead_row(data)])
                self._lead_lines[data["lead_id"]] = line
                new_leads.append(line)
            elif event.type == "visit.scheduled":
                line = _encode([[data[c] for c in VISIT_HEADER]])
                self._visit_lines[data["visit_id"]] = line
                visits.append(line)
            elif event.type == "visit.status_changed":  # rare: the whole file, in place of appends
                self._visit_lines[data["visit_id"]] = _encode([[data[c] for c in VISIT_HEADER]])
                visits_changed = True
            elif event.type == "lead.status_changed":
                self._lead_lines[data["lead_id"]] = _encode([_lead_row(data)])
                updates.append([data["lead_id"], data["status"], data.get("notes"), data["updated_at"], data["old_status"]])
                needs_rewrite = True
            elif event.type in _LEAD_CHANGE_EVENTS:
                self._lead_lines[data["lead_id"]] = _encode([_lead_row(data)])
                field_changes.extend(
                    [data["lead_id"], c["field"], c["old_value"], c["new_value"], data.get("changed_by"),
                     data["updated_at"]]
                    for c in data.get("changes") or []
                )
                needs_rewrite = True
        if new_leads and not needs_rewrite:  # otherwise the rewrite that follows includes them
            _append(self.leads_path, "".join(new_leads))
        if visits_changed:
            self._rewrite_visits()
        elif visits:
            _append(self.visits_path, "".join(visits))
        if updates:
            _append(self.updates_path, _encode(updates))
        if field_changes:
            _append(self.changes_path, _encode(field_changes))
        return needs_rewrite
