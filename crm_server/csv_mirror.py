"""The CSV mirror: the reference's three CSV files, kept in line with the database by a thread.

The reference mock appended CSV lines and people opened them in spreadsheets, so we keep the files
and their columns. The database is the truth; the CSV is a view of it:

- Requests never wait for a CSV write: the store hands committed events to `submit`, which only puts
  them on a queue. A thread appends `crm_visits.csv` and `crm_updates.csv` lines, appends new leads to
  `crm_leads.csv`, and rewrites `crm_leads.csv` (temp file + atomic rename) when a lead's status
  changed, at most a few times a second, so the file shows each lead's current state within a second.
  A cancelled or moved visit rewrites `crm_visits.csv` the same way (its line shows the new status).
- A crash between COMMIT and the CSV write leaves the CSV behind (or with a torn last line). At
  startup the thread first rewrites every file from the database (`start(rebuild_first=True)`), each
  atomically, while the server already serves: the database is the truth, and at 100,000 leads the
  rebuild took about a second during which nothing could be read. Meanwhile the mirror's `state` is
  `rebuilding` (so /healthz never says `ok` for files that are not current yet); the events committed
  meanwhile wait on the queue, and those the rebuild's snapshot already holds are skipped by id, so a
  write made during the rebuild is in the files exactly once.
- Edits, archives and restores rewrite `crm_leads.csv` like a status change (its last column, `archived`,
  says true or false; the reference's columns come first, unchanged), and each changed field is appended
  to `crm_lead_changes.csv` (who, when, old -> new), the field history beside crm_updates.csv.
- Cells a spreadsheet would run as a formula (first character = + - @, or a tab/CR) get a leading
  apostrophe, the OWASP advice for CSV injection.
- The mirror never fails silently and never blocks the database. A file that was deleted, replaced
  or changed behind its back (checked by inode and size before each write) is rewritten from the
  database, header first. Appends are whole or not at all (a short write is truncated back, so a full
  disk leaves no torn row). A failure (full disk, read-only or immutable file, vanished directory)
  is logged once and makes the mirror `degraded` with the reason, which /healthz shows; the thread
  then retries a rebuild from the database (every REPAIR_EVERY_S, backing off to REPAIR_MAX_S) and
  is back in line without a restart as soon as the files can be written. The rebuild reads the
  database through its own read-only connection, so it needs nothing from the event loop.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from crm_server.schema import MIRROR_SNAPSHOT_SQL
from crm_server.store import DB_FILENAME, ChangeEventRecord, StoreError

log = logging.getLogger("crm_server")

LEADS_CSV = "crm_leads.csv"
VISITS_CSV = "crm_visits.csv"
UPDATES_CSV = "crm_updates.csv"
CHANGES_CSV = "crm_lead_changes.csv"

# The reference's columns first, unchanged; ours after them (who made a change: users.py).
LEAD_HEADER = ["lead_id", "name", "phone", "city", "source", "status", "created_at", "updated_at", "archived",
               "assigned_to", "created_by"]
VISIT_HEADER = ["visit_id", "lead_id", "visit_time", "notes", "status", "created_at", "created_by"]
UPDATE_HEADER = ["lead_id", "status", "notes", "updated_at", "old_status", "changed_by"]
CHANGE_HEADER = ["lead_id", "field", "old_value", "new_value", "changed_by", "changed_at"]
# Events that change a lead's row in crm_leads.csv and append to crm_lead_changes.csv.
_LEAD_CHANGE_EVENTS = ("lead.updated", "lead.archived", "lead.restored")

# How long the thread lets status changes pile up before rewriting crm_leads.csv: well inside the
# one-second promise, and it turns a burst of updates into one rewrite.
REWRITE_DELAY_S = 0.2

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# While degraded, a rebuild from the database is tried this often, backing off to REPAIR_MAX_S (a
# rebuild of 100,000 leads reads them all; a long outage must not spend the CPU retrying it).
REPAIR_EVERY_S = 0.5
REPAIR_MAX_S = 8.0


def _cells(row: Iterable[Any]) -> list[str]:
    """Each cell as text that a spreadsheet shows rather than evaluates (None is empty; a formula's first
    character is quoted), inline: a create's row is 11 cells, and a call per cell was half the cost of
    encoding it."""
    return ["" if cell is None else "'" + text if (text := str(cell)).startswith(_FORMULA_START) else text
            for cell in row]


def _encode(rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(_cells(row))
    return buffer.getvalue()


class _LineEncoder:
    """One row at a time as its CSV line (`_encode([row])`), through one csv writer made once: a writer
    and a StringIO per row cost as much as the row (the mirror encodes each event's row on its thread,
    holding the GIL the request handlers need)."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self.write = self._lines.append  # csv.writer calls write() once per row with the whole line
        self._writer = csv.writer(self, lineterminator="\n")

    def line(self, row: Iterable[Any]) -> str:
        self._writer.writerow(_cells(row))
        return self._lines.pop()


def _write_atomically(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]] | str) -> None:
    """Replace the file in one step (temp file, fsync, rename): readers never see half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            handle.write(_encode([header]))
            handle.write(rows if isinstance(rows, str) else _encode(rows))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        # A full disk must not be left fuller by our half-written temp file.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


class MirrorDrift(Exception):
    """A CSV file is not what the mirror last wrote (deleted, replaced, truncated or edited)."""


def _append(path: Path, text: str) -> None:
    """Append the lines whole or not at all: a short write (a full disk) is truncated back."""
    data = text.encode("utf-8")
    # No O_CREAT: a file that is gone is the mirror's to rebuild (header first), not to start headless.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    except FileNotFoundError:
        raise MirrorDrift(f"{path.name} was deleted") from None
    try:
        start = os.fstat(fd).st_size
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)
            raise
    finally:
        os.close(fd)


def _lead_row(lead: dict[str, Any]) -> list[Any]:
    return [*(lead[c] for c in LEAD_HEADER[:8]), "true" if lead.get("archived") else "false",
            lead.get("assigned_to"), lead.get("created_by")]


class CsvMirror:
    """Keeps the three CSV files in a data directory in line with committed events."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        # None when the files are in line; otherwise why not (shown by /healthz as mirror: degraded).
        self.degraded_reason: str | None = None
        # What each file was after our last write (inode, size): anything else means it drifted.
        self._expected: dict[Path, tuple[int, int]] = {}
        # Events with ids up to this are in the files already (the last rebuild read them).
        self._applied_through = 0
        self.repairs = 0
        self.database_immutable = False
        # True from start(rebuild_first=True) until that first rebuild from the database has been tried:
        # the files may still be the ones a crash left behind, so they are not `ok` yet.
        self.rebuilding = False
        # Each lead's encoded CSV line, in creation order: a status change re-encodes one line, and a
        # rewrite of crm_leads.csv is a join (tens of ms for 100,000 leads instead of ~0.4 s).
        self._lead_lines: dict[str, str] = {}
        # The same for visits: a cancelled or moved visit changes its line, and the file is rewritten.
        self._visit_lines: dict[str, str] = {}
        self._encoder = _LineEncoder()  # used only on the mirror's thread
        self.rewrites = 0
        self._queue: queue.SimpleQueue[list[ChangeEventRecord] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self.errors = 0
        # Where rebuilds read the database when it is not the SQLite file in data_dir (PostgreSQL):
        # a blocking call returning (leads, visits, updates, changes, [(last event id,)]).
        self.read_snapshot: Callable[[], tuple[list[Sequence[Any]], ...]] | None = None

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

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.leads_path, self.visits_path, self.updates_path, self.changes_path)

    def rebuild(
        self,
        leads: Sequence[Sequence[Any]],
        visits: Sequence[Sequence[Any]],
        updates: Sequence[Sequence[Any]],
        changes: Sequence[Sequence[Any]] = (),
    ) -> None:
        """Rewrite all four files from database rows (blocking: call it in a thread)."""
        encode = _LineEncoder().line
        self._lead_lines = {row[0]: encode(row) for row in leads}
        self._visit_lines = {row[0]: encode(row) for row in visits}
        if not self.data_dir.is_dir():
            raise FileNotFoundError(f"the data directory {self.data_dir} is gone")
        self._rewrite_leads()
        self._rewrite_visits()
        _write_atomically(self.updates_path, UPDATE_HEADER, updates)
        _write_atomically(self.changes_path, CHANGE_HEADER, changes)
        self._remember_files()

    def rebuild_from_database(self) -> None:
        """Rewrite all four files from the database, read in one snapshot through a connection of the
        mirror's own (blocking: at startup in a thread, and on the mirror thread to repair)."""
        if self.read_snapshot is not None:
            leads, visits, updates, changes, through_row = self.read_snapshot()
            self.rebuild(leads, visits, updates, changes)
            self._applied_through = int(through_row[0][0])
            return
        path = self.data_dir / DB_FILENAME
        if not path.exists():
            raise FileNotFoundError(f"the database {path} is gone")
        # A store serving reads only (a full disk at start) reads the file as immutable; so does this.
        mode = "immutable=1" if self.database_immutable else "mode=ro"
        db = sqlite3.connect(f"file:{path}?{mode}", uri=True, timeout=5)
        try:
            db.execute("BEGIN")  # one snapshot: the rows and the last event id agree
            leads, visits, updates, changes, through_row = (db.execute(sql).fetchall() for sql in MIRROR_SNAPSHOT_SQL)
            through = int(through_row[0][0])
            db.execute("COMMIT")
        finally:
            db.close()
        self.rebuild(leads, visits, updates, changes)
        self._applied_through = through

    def _remember_files(self) -> None:
        for path in self.paths:
            with contextlib.suppress(OSError):
                stat = os.stat(path)
                self._expected[path] = (stat.st_ino, stat.st_size)

    def _check_files(self) -> None:
        """Raise MirrorDrift when a file is not as the mirror left it (its header may be gone with it)."""
        for path in self.paths:
            try:
                stat = os.stat(path)
            except FileNotFoundError:
                raise MirrorDrift(f"{path.name} was deleted") from None
            if self._expected.get(path) != (stat.st_ino, stat.st_size):
                raise MirrorDrift(f"{path.name} was replaced or changed outside the server")

    @property
    def state(self) -> str:
        """`ok` (the files are current), `rebuilding` (the start-up rebuild is running) or `degraded`."""
        if self.degraded_reason is not None:
            return "degraded"
        return "rebuilding" if self.rebuilding else "ok"

    @property
    def reason(self) -> str | None:
        """Why the state is not `ok`, in words for /healthz; None when it is."""
        if self.degraded_reason is not None:
            return self.degraded_reason
        if self.rebuilding:
            return "the CSV files are being rewritten from the database after start-up (the database has every change)"
        return None

    def degrade(self, reason: str) -> None:
        """Mark the mirror out of line with the database; logged once per reason."""
        if reason != self.degraded_reason:
            log.error("CSV mirror degraded (the database has every change; the CSV files will be rebuilt from "
                      "it as soon as they can be written): %s", reason)
        self.degraded_reason = reason

    def _rewrite_leads(self) -> None:
        _write_atomically(self.leads_path, LEAD_HEADER, "".join(self._lead_lines.values()))
        self.rewrites += 1

    def _rewrite_visits(self) -> None:
        _write_atomically(self.visits_path, VISIT_HEADER, "".join(self._visit_lines.values()))

    def start(self, rebuild_first: bool = False) -> None:
        """Start the thread; with `rebuild_first` it rewrites every file from the database before it
        applies any event (add the commit listener before the first write, so none is missed)."""
        self.rebuilding = rebuild_first
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

    def _repair(self) -> bool:
        """Rebuild from the database; True when the files are back in line."""
        try:
            self.rebuild_from_database()
        except (OSError, sqlite3.Error, StoreError) as exc:
            self.degrade(mirror_failure_reason(exc))
            self.rebuilding = False  # tried: the reason is the state now
            return False
        self.repairs += 1
        self.rebuilding = False
        if self.degraded_reason is not None:
            log.warning("CSV mirror repaired from the database (it was degraded: %s)", self.degraded_reason)
        self.degraded_reason = None
        return True

    def _run(self) -> None:
        dirty_since: float | None = None
        delay = REWRITE_DELAY_S
        running = True
        repair_every = REPAIR_EVERY_S
        next_repair = time.monotonic() if self.degraded_reason is not None or self.rebuilding else None
        while running:
            wakeups = [t for t in (None if dirty_since is None else dirty_since + delay, next_repair) if t is not None]
            timeout = None if not wakeups else max(0.0, min(wakeups) - time.monotonic())
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
            events = [e for batch in batches for e in batch if e.id > self._applied_through]
            if next_repair is not None:
                if time.monotonic() < next_repair and running:
                    continue  # degraded: what arrives now is in the database, and in the next rebuild
                if self._repair():
                    next_repair, repair_every, dirty_since = None, REPAIR_EVERY_S, None
                    events = [e for e in events if e.id > self._applied_through]
                else:
                    repair_every = min(REPAIR_MAX_S, repair_every * 2)
                    next_repair = time.monotonic() + repair_every
                    continue
            try:
                if events:
                    self._check_files()
                if events and self._apply(events):
                    dirty_since = dirty_since or time.monotonic()
                rewrote = False
                if dirty_since is not None and (not running or time.monotonic() >= dirty_since + delay):
                    started = time.monotonic()
                    self._rewrite_leads()
                    # Under a stream of status changes on a huge table, rewrite at most a third of the
                    # time, so the mirror never takes the CPU (and the GIL) from requests.
                    delay = max(REWRITE_DELAY_S, 2 * (time.monotonic() - started))
                    dirty_since = None
                    rewrote = True
                if events:
                    self._applied_through = events[-1].id
                if events or rewrote:
                    self._remember_files()
            except MirrorDrift as drift:
                # Deleted, replaced or edited behind our back: rewrite it all from the database now.
                log.warning("CSV mirror: %s; rewriting the CSV files from the database", drift)
                if not self._repair():
                    next_repair = time.monotonic() + repair_every
                dirty_since = None
            except OSError as exc:
                # A full disk, a read-only or immutable file, a vanished directory: never the thread's
                # end, and never silent. The database has every change; rebuild from it when we can.
                self.errors += 1
                self.degrade(mirror_failure_reason(exc))
                next_repair = time.monotonic() + repair_every
                dirty_since = None

    def _apply(self, events: list[ChangeEventRecord]) -> bool:
        """Append what can be appended; return True if crm_leads.csv needs a rewrite."""
        new_leads: list[str] = []
        visits: list[str] = []
        updates: list[list[Any]] = []
        field_changes: list[list[Any]] = []
        needs_rewrite = False
        visits_changed = False
        encode = self._encoder.line
        for event in events:
            data = event.data
            if event.type == "lead.created":
                line = encode(_lead_row(data))
                self._lead_lines[data["lead_id"]] = line
                new_leads.append(line)
            elif event.type == "visit.scheduled":
                line = encode([data[c] for c in VISIT_HEADER])
                self._visit_lines[data["visit_id"]] = line
                visits.append(line)
            elif event.type == "visit.status_changed":  # rare: the whole file, in place of appends
                self._visit_lines[data["visit_id"]] = encode([data[c] for c in VISIT_HEADER])
                visits_changed = True
            elif event.type == "lead.status_changed":
                self._lead_lines[data["lead_id"]] = encode(_lead_row(data))
                updates.append([data["lead_id"], data["status"], data.get("notes"), data["updated_at"], data["old_status"],
                                data.get("changed_by")])
                needs_rewrite = True
            elif event.type in _LEAD_CHANGE_EVENTS:
                self._lead_lines[data["lead_id"]] = encode(_lead_row(data))
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


def mirror_failure_reason(exc: BaseException) -> str:
    """A failure as one line for the log and /healthz: the OS's words and the file."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({Path(exc.filename).name})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return str(exc) or type(exc).__name__
