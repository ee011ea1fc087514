"""The SQLite store: one writer task that group-commits, and a separate connection for reads.

Why one writer: aiosqlite runs each connection on its own thread, and a shared connection would
interleave the statements of concurrent requests inside one transaction. So every write is queued;
the writer takes everything that is waiting, applies it in one `BEGIN IMMEDIATE ... COMMIT`, and only
then answers each request (group commit). With `synchronous=FULL` a 200 means the change is on disk,
and one fsync is shared by every request in the batch, which is what makes durable writes fast.

Why batches are applied with a handful of set-based statements (IN lookups, executemany) rather than
a statement per request: each aiosqlite call is a thread hop, and the hops, not SQLite, would be the
bottleneck at thousands of writes a second.

The change feed lives in the same database (table `events`), written in the same transaction as the
change it describes, so a feed client resuming with Last-Event-ID never misses or sees a phantom event,
even across restarts.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

import aiosqlite

from crm_server.models import (
    EventTypeName,
    LeadArchive,
    LeadCreate,
    LeadEdit,
    LeadQuery,
    StatusUpdate,
    VisitCancel,
    VisitCreate,
    VisitQuery,
    visit_epoch,
)
from crm_server.phone import strip_dial_prefix

log = logging.getLogger("crm_server")

DB_FILENAME = "crm.sqlite3"
LOCK_FILENAME = "crm.lock"
# Upper bound on requests in one transaction: large enough to share an fsync among many clients,
# small enough to stay far below SQLite's limit on bound parameters in the IN lookups.
MAX_BATCH = 512
# possible_duplicates lists at most this many earlier leads with the same phone, oldest first.
MAX_DUPLICATES = 10

# Schema migrations, applied in order; PRAGMA user_version records how many have run.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE leads (
        seq        INTEGER PRIMARY KEY,
        lead_id    TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        phone      TEXT NOT NULL,
        city       TEXT NOT NULL,
        source     TEXT,
        status     TEXT NOT NULL CHECK (status IN ('NEW','IN_PROGRESS','FOLLOW_UP','WON','LOST')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX leads_phone ON leads (phone);
    CREATE INDEX leads_status ON leads (status, seq);
    CREATE INDEX leads_city ON leads (city COLLATE NOCASE, seq);
    CREATE TABLE visits (
        seq        INTEGER PRIMARY KEY,
        visit_id   TEXT NOT NULL UNIQUE,
        lead_id    TEXT NOT NULL REFERENCES leads (lead_id),
        visit_time TEXT NOT NULL,
        notes      TEXT,
        status     TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX visits_lead ON visits (lead_id, seq);
    CREATE TABLE status_changes (
        id         INTEGER PRIMARY KEY,
        lead_id    TEXT NOT NULL REFERENCES leads (lead_id),
        old_status TEXT,
        new_status TEXT NOT NULL,
        notes      TEXT,
        changed_at TEXT NOT NULL
    );
    CREATE INDEX status_changes_lead ON status_changes (lead_id, id);
    CREATE TABLE events (
        id         INTEGER PRIMARY KEY,
        type       TEXT NOT NULL,
        data       TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE idempotency (
        key         TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        response    TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    """,
    # 2: answers remembered for Idempotency-Key expire (see IDEMPOTENCY_TTL_S); find old ones by age.
    """
    CREATE INDEX idempotency_created ON idempotency (created_at);
    """,
    # 3: visits can be cancelled or moved (RESCHEDULED, replaced by a new visit that names it).
    """
    ALTER TABLE visits ADD COLUMN updated_at TEXT;
    ALTER TABLE visits ADD COLUMN replaces TEXT;
    ALTER TABLE visits ADD COLUMN status_notes TEXT;
    UPDATE visits SET updated_at = created_at;
    """,
    # 4: visits by time ("what visits do I have tomorrow?"): the instant of visit_time as epoch seconds,
    # so a range compares instants, not text (visit_time strings may carry different offsets). SQLite's
    # strftime reads offsets like +05:30; the few it cannot (+05:53:28, old local mean times) stay NULL
    # here and are filled in from Python when the store opens (see _fill_visit_epochs).
    """
    ALTER TABLE visits ADD COLUMN visit_epoch INTEGER;
    UPDATE visits SET visit_epoch = CAST(strftime('%s', visit_time) AS INTEGER);
    CREATE INDEX visits_epoch ON visits (visit_epoch);
    """,
    # 5: GET /crm/stats counts a window of days by index range scans: leads by creation time (covering the
    # status, source and city it groups by), status changes by status entered and time (covering the lead,
    # for time to WON), visits by time and status.
    """
    CREATE INDEX leads_created ON leads (created_at, status, source, city);
    CREATE INDEX status_changes_entered ON status_changes (new_status, changed_at, lead_id);
    CREATE INDEX visits_epoch_status ON visits (visit_epoch, status);
    """,
    # 6: mistakes can be fixed. Every change of a lead bumps its version (the ETag, for If-Match);
    # archived_at marks a soft delete (nothing is destroyed); field_changes is the history of edits,
    # archives and restores (who, when, old -> new), as status_changes is for statuses.
    """
    ALTER TABLE leads ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE leads ADD COLUMN archived_at TEXT;
    CREATE TABLE field_changes (
        id         INTEGER PRIMARY KEY,
        lead_id    TEXT NOT NULL REFERENCES leads (lead_id),
        field      TEXT NOT NULL,
        old_value  TEXT,
        new_value  TEXT,
        changed_by TEXT,
        changed_at TEXT NOT NULL
    );
    CREATE INDEX field_changes_lead ON field_changes (lead_id, id);
    """,
    # 7: GET /crm/stats leaves archived leads out of its counts: it finds the (few) archived leads by this
    # partial index and takes them off the window's counts, so the counting indexes stay as they are.
    """
    CREATE INDEX leads_archived ON leads (archived_at) WHERE archived_at IS NOT NULL;
    """,
)

# How often the background connection copies the WAL into the database file.
CHECKPOINT_EVERY_S = 1.0

# How long an Idempotency-Key's first answer is remembered. Clients retry within seconds or minutes;
# a week is far beyond any retry, and keeps the table from growing without bound.
IDEMPOTENCY_TTL_S = 7 * 24 * 3600
# How often the writer drops expired keys (inside an ordinary write transaction).
IDEMPOTENCY_SWEEP_EVERY_S = 3600.0

LEAD_COLUMNS = "lead_id, name, phone, city, source, status, created_at, updated_at"
# What a read answers: the reference's columns, then the version (ETag) and the archive mark.
LEAD_READ_COLUMNS = LEAD_COLUMNS + ", version, archived_at"
# crm_leads.csv: the reference's columns, then an archived flag.
LEAD_CSV_COLUMNS = LEAD_COLUMNS + ", CASE WHEN archived_at IS NULL THEN 'false' ELSE 'true' END"
FIELD_CHANGE_COLUMNS = "lead_id, field, old_value, new_value, changed_by, changed_at"
# Why an archive cancels a lead's scheduled visits (the status_notes of each).
ARCHIVE_VISIT_NOTE = "lead archived"
VISIT_COLUMNS = "visit_id, lead_id, visit_time, notes, status, created_at, updated_at, replaces, status_notes"
# The reference's crm_visits.csv columns (the CSV keeps them; the API answers all of VISIT_COLUMNS).
VISIT_CSV_COLUMNS = "visit_id, lead_id, visit_time, notes, status, created_at"
# GET /crm/visits answers each visit with its lead's current name and city.
LISTED_VISIT_COLUMNS = ", ".join(f"v.{c.strip()}" for c in VISIT_COLUMNS.split(",")) + ", l.name, l.city"


class StoreError(Exception):
    """Base of the errors a write can end in; the HTTP layer maps each to a status code."""


class LeadNotFound(StoreError):
    def __init__(self, lead_id: str) -> None:
        # The id is echoed so a person sees which one was wrong, cut short so a 5,000-character
        # path does not come back as a 5,000-character error.
        shown = lead_id if len(lead_id) <= 80 else lead_id[:80] + "…"
        super().__init__(f"Lead not found: {shown}")
        self.lead_id = lead_id


class VisitNotFound(StoreError):
    def __init__(self, visit_id: str) -> None:
        shown = visit_id if len(visit_id) <= 80 else visit_id[:80] + "…"
        super().__init__(f"Visit not found: {shown}")
        self.visit_id = visit_id


class VisitConflict(StoreError):
    """The visit cannot change that way (already cancelled or moved, or another lead's visit)."""


class LeadConflict(StoreError):
    """The lead cannot change that way (archived, or already archived / not archived)."""


class PreconditionFailed(StoreError):
    """If-Match named a version the lead no longer has: someone changed it meanwhile (412)."""

    def __init__(self, lead: dict[str, Any]) -> None:
        super().__init__(
            f"Lead {lead['lead_id']} was changed meanwhile (now version {lead['version']}); read it again"
            " and decide on the current values"
        )
        self.lead = lead


class IdempotencyConflict(StoreError):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Idempotency-Key {key!r} was already used with a different request; use a new key for a new request"
        )


class StoreUnavailable(StoreError):
    """The store is closed or the database refused the write (disk full, I/O error)."""


class DataDirGone(StoreUnavailable):
    """The data directory (or the database file in it) was deleted or replaced while the server ran."""


EventType = EventTypeName
WriteKind = Literal["lead", "visit", "status", "visit_cancel", "edit", "archive", "restore", "ping"]
# The writes that change one existing lead: their payload is a LeadWrite.
LEAD_WRITE_KINDS = ("status", "edit", "archive", "restore")


@dataclass(frozen=True)
class LeadWrite:
    """A change to one lead: a status change, an edit, an archive or a restore."""

    lead_id: str
    body: Any  # StatusUpdate | LeadEdit | LeadArchive
    # The versions If-Match accepts; None: any (no If-Match, or "*").
    if_match: frozenset[int] | None = None
    # Who asked (the X-Actor header), kept in the field history.
    actor: str | None = None


@dataclass(frozen=True)
class ChangeEventRecord:
    """A committed change, as the feed, the CSV mirror and the console see it."""

    id: int
    type: EventType
    data: dict[str, Any]
    # `data` as the JSON text stored in the events table: the feed sends it as is (serialised once).
    encoded: str | None = field(default=None, compare=False, repr=False)


@dataclass
class WriteOutcome:
    """What one write answers: the JSON body, and whether it is a replay of an earlier answer."""

    body: dict[str, Any]
    replayed: bool = False
    # The body already encoded as JSON: the same text is stored as the event (a visit's event adds
    # lead_name) and the idempotent answer, so encoding it once saves most of the JSON work of a write.
    encoded: str | None = None


@dataclass
class _WriteRequest:
    kind: WriteKind
    payload: Any
    idempotency: tuple[str, str] | None
    future: asyncio.Future[WriteOutcome] = field(repr=False)


CommitListener = Callable[[list[ChangeEventRecord]], None]


def utc_now() -> str:
    """Timestamps are UTC ISO 8601 with milliseconds: sortable as text and unambiguous."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def lead_from_row(row: Sequence[Any]) -> dict[str, Any]:
    """A lead from a LEAD_READ_COLUMNS row (or a LEAD_COLUMNS one: a lead never changed nor archived)."""
    archived_at = row[9] if len(row) > 9 else None
    return {
        "lead_id": row[0],
        "name": row[1],
        "phone": row[2],
        "city": row[3],
        "source": row[4],
        "status": row[5],
        "created_at": row[6],
        "updated_at": row[7],
        "version": row[8] if len(row) > 8 else 1,
        "archived": archived_at is not None,
        "archived_at": archived_at,
    }


def lead_etag(lead: dict[str, Any]) -> str:
    return f'"{lead["version"]}"'


def visit_from_row(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "visit_id": row[0],
        "lead_id": row[1],
        "visit_time": row[2],
        "notes": row[3],
        "status": row[4],
        "created_at": row[5],
        "updated_at": row[6] or row[5],
        "replaces": row[7],
        "status_notes": row[8],
    }


def _duplicate_view(lead: dict[str, Any]) -> dict[str, Any]:
    return {k: lead[k] for k in ("lead_id", "name", "phone", "city", "status")}


def _qmarks(n: int) -> str:
    return ",".join("?" * n)


def _phone_digits(text: str) -> str | None:
    """The digits to look for in stored phones, or None when the query is not a phone number.

    Only a query that is essentially a number searches phones, so "Sector 14" does not match every
    phone containing "14"; the prefixes people dial (+91, 0) are dropped, as they are at storage.
    """
    compact = "".join(ch for ch in text if ch not in " -().")
    if compact.startswith("+91"):
        compact = compact[3:]
    elif compact.startswith("+"):
        compact = compact[1:]
    if len(compact) < 3 or not compact.isdecimal():
        return None
    compact = "".join(str(int(ch)) for ch in compact)  # Devanagari or fullwidth digits, as stored: ASCII
    if len(compact) > 10:
        compact = strip_dial_prefix(("91" if text.lstrip().startswith("+91") else "") + compact)
    return compact


def _disk_trouble(exc: sqlite3.Error) -> bool:
    """An error that says the disk, not the database, is the problem (full, I/O, read-only)."""
    text = str(exc).lower()
    return any(words in text for words in ("disk i/o error", "disk is full", "readonly", "read-only"))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    """Durable leads, visits, status history and change events in one SQLite file."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / DB_FILENAME
        self._writer_db: aiosqlite.Connection | None = None
        self._reader_db: aiosqlite.Connection | None = None
        self._queue: asyncio.Queue[_WriteRequest | None] = asyncio.Queue()
        self._writer_task: asyncio.Task[None] | None = None
        self._checkpoint_db: aiosqlite.Connection | None = None
        self._checkpoint_task: asyncio.Task[None] | None = None
        self._listeners: list[CommitListener] = []
        self._closing = False
        self._lock_file: TextIO | None = None
        self.last_event_id = 0
        # Group-commit counters: writes / transactions is the mean batch size (one fsync per transaction).
        self.transactions = 0
        self.writes = 0
        self._next_sweep = 0.0  # monotonic time of the next idempotency sweep; 0: the first write
        # The database file as opened (device, inode): if the data dir is deleted or replaced while we
        # run, SQLite keeps writing into the unlinked file, and every write "committed" is gone at the
        # next start. Each transaction checks it first and refuses instead (see _check_database_file).
        self._file_identity: tuple[int, int] | None = None
        # The writer's last outcome, for /healthz: when, and the reason if it failed.
        self.last_write_ok: bool | None = None
        self.last_write_at: str | None = None
        self.last_write_error: str | None = None
        # Set when the store could open the database only for reading (see _open_read_only).
        self.read_only_reason: str | None = None

    # ---- life cycle -------------------------------------------------------------------------

    async def open(self) -> None:
        try:
            await self._open()
        except BaseException as exc:
            # aiosqlite's connection threads would keep the process alive after a failed start.
            await self.close()
            if isinstance(exc, sqlite3.Error):
                if _disk_trouble(exc) and await self._open_read_only(exc):
                    return
                # "database is locked" (another program holds a write lock), "file is not a database":
                # the operator needs the file and the reason, not a traceback.
                raise StoreUnavailable(f"{self.path}: {exc}") from exc
            raise

    async def _open_read_only(self, exc: sqlite3.Error) -> bool:
        """Serve reads when the database cannot be opened for writing (a full disk: WAL mode needs to
        create its -wal and -shm files): the database is the truth, and reading it needs no room.

        `immutable=1` reads the file without the WAL index; safe because the data-dir lock keeps any
        other CRM server out, and only a database closed cleanly (its WAL folded in) is read so.
        """
        wal = self.path.with_name(self.path.name + "-wal")
        if not self.path.exists() or (wal.exists() and wal.stat().st_size > 0):
            return False  # a WAL holds commits the main file lacks: reading without it would lie
        try:
            self._lock_data_dir()
            db = await aiosqlite.connect(f"file:{self.path}?immutable=1", uri=True, isolation_level=None)
        except (OSError, sqlite3.Error, StoreUnavailable):
            await self.close()
            return False
        rows = list(await db.execute_fetchall("PRAGMA user_version"))
        if int(rows[0][0]) != len(MIGRATIONS):
            await db.close()
            await self.close()
            return False  # an older schema would need a migration, which needs to write
        self._reader_db = db
        rows = list(await db.execute_fetchall("SELECT COALESCE(MAX(id), 0) FROM events"))
        self.last_event_id = int(rows[0][0])
        self.read_only_reason = (
            f"the database cannot be written ({exc}): serving reads only; free some space and restart the server"
        )
        log.error("%s: %s", self.path, self.read_only_reason)
        return True

    async def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_data_dir()
        # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves, so the sqlite3 module's
        # implicit transactions cannot start a deferred one that later fails to upgrade to a write lock.
        self._writer_db = await aiosqlite.connect(self.path, isolation_level=None)
        # The busy timeout first: switching to WAL needs a lock that another program may hold briefly.
        await self._writer_db.execute("PRAGMA busy_timeout=5000")
        await self._writer_db.execute("PRAGMA journal_mode=WAL")
        await self._writer_db.execute("PRAGMA synchronous=FULL")
        await self._writer_db.execute("PRAGMA foreign_keys=ON")
        # No checkpoints on the commit path: an automatic checkpoint copies megabytes into the database
        # file and fsyncs it inside some unlucky COMMIT, stalling every request in that group. A
        # separate connection checkpoints in the background instead (see _run_checkpoints).
        await self._writer_db.execute("PRAGMA wal_autocheckpoint=0")
        await self._migrate(self._writer_db)
        await self._fill_visit_epochs(self._writer_db)
        stat = os.stat(self.path)
        self._file_identity = (stat.st_dev, stat.st_ino)
        self._reader_db = await aiosqlite.connect(self.path, isolation_level=None)
        await self._reader_db.execute("PRAGMA query_only=1")
        await self._reader_db.execute("PRAGMA busy_timeout=5000")
        rows = await self._writer_db.execute_fetchall("SELECT COALESCE(MAX(id), 0) FROM events")
        self.last_event_id = int(list(rows)[0][0])
        self._closing = False
        self._checkpoint_db = await aiosqlite.connect(self.path, isolation_level=None)
        await self._checkpoint_db.execute("PRAGMA busy_timeout=5000")
        self._writer_task = asyncio.create_task(self._run_writer(), name="crm-store-writer")
        self._checkpoint_task = asyncio.create_task(self._run_checkpoints(), name="crm-store-checkpoints")

    async def _migrate(self, db: aiosqlite.Connection) -> None:
        rows = await db.execute_fetchall("PRAGMA user_version")
        version = int(list(rows)[0][0])
        if version > len(MIGRATIONS):
            raise StoreUnavailable(
                f"{self.path} has schema version {version}, newer than this server knows ({len(MIGRATIONS)}); "
                "upgrade the server rather than let it write to a database it does not understand"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits on its own; the version bump sits inside the script so a crash
            # mid-migration re-runs it from a consistent state.
            await db.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")

    async def _fill_visit_epochs(self, db: aiosqlite.Connection) -> None:
        """Set visit_epoch where SQLite's strftime could not (an offset with seconds); an index lookup."""
        rows = list(await db.execute_fetchall("SELECT seq, visit_time FROM visits WHERE visit_epoch IS NULL"))
        fixed = [(epoch, row[0]) for row in rows if (epoch := visit_epoch(row[1])) is not None]
        if fixed:
            await db.execute("BEGIN IMMEDIATE")
            await db.executemany("UPDATE visits SET visit_epoch = ? WHERE seq = ?", fixed)
            await db.execute("COMMIT")

    async def close(self) -> None:
        """Finish every queued write, then close both connections. Safe to call twice."""
        if self._writer_task is not None:
            self._closing = True
            await self._queue.put(None)
            await self._writer_task
            self._writer_task = None
        if self._checkpoint_task is not None:
            self._checkpoint_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpoint_task
            self._checkpoint_task = None
        for db in (self._reader_db, self._checkpoint_db, self._writer_db):
            if db is not None:
                await db.close()  # the last connection to close checkpoints the WAL into the database
        self._reader_db = self._writer_db = self._checkpoint_db = None
        if self._lock_file is not None:
            self._lock_file.close()  # closing the file releases the lock
            self._lock_file = None

    def _lock_data_dir(self) -> None:
        """One server per data dir: the writer numbers events itself and the CSV mirror assumes it is
        the only one writing, so a second server (a `crm-server` and a dashboard's embedded one, say)
        must refuse to start rather than interleave. The kernel drops the lock if the process dies."""
        lock_file = open(self.path.parent / LOCK_FILENAME, "a+")  # noqa: SIM115 - held until close()
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.seek(0)
            holder = lock_file.read().strip() or "unknown"
            lock_file.close()
            raise StoreUnavailable(
                f"{self.path.parent} is in use by another CRM server (pid {holder}); stop it or use another --data-dir"
            ) from None
        lock_file.seek(0)
        lock_file.truncate()
        lock_file.write(str(os.getpid()))
        lock_file.flush()
        self._lock_file = lock_file

    async def _run_checkpoints(self) -> None:
        """Copy the WAL into the database file every CHECKPOINT_EVERY_S, beside the writer.

        PASSIVE never blocks the writer or readers; it copies what it can. Durability does not depend
        on it (each COMMIT is already fsynced in the WAL); it only keeps the WAL from growing.
        """
        db = self._checkpoint_db
        assert db is not None
        failing = ""
        while True:
            await asyncio.sleep(CHECKPOINT_EVERY_S)
            try:
                await db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                failing = ""
            except Exception as exc:
                if str(exc) != failing:  # once per reason: a full disk would say it every second
                    log.exception("background checkpoint failed; will retry")
                failing = str(exc)

    def add_commit_listener(self, listener: CommitListener) -> None:
        """Called after every COMMIT with the events it made durable (never blocks: queue work)."""
        self._listeners.append(listener)

    # ---- writes -----------------------------------------------------------------------------

    async def create_lead(self, body: LeadCreate, idempotency: tuple[str, str] | None = None) -> WriteOutcome:
        return await self._submit("lead", body, idempotency)

    async def schedule_visit(
        self, body: VisitCreate, idempotency: tuple[str, str] | None = None
    ) -> WriteOutcome:
        return await self._submit("visit", body, idempotency)

    async def update_status(
        self, lead_id: str, body: StatusUpdate, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None,
    ) -> WriteOutcome:
        return await self._submit("status", LeadWrite(lead_id, body, if_match), idempotency)

    async def edit_lead(
        self, lead_id: str, body: LeadEdit, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self._submit("edit", LeadWrite(lead_id, body, if_match, actor), idempotency)

    async def archive_lead(
        self, lead_id: str, body: LeadArchive, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self._submit("archive", LeadWrite(lead_id, body, if_match, actor), idempotency)

    async def restore_lead(
        self, lead_id: str, body: LeadArchive, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self._submit("restore", LeadWrite(lead_id, body, if_match, actor), idempotency)

    async def cancel_visit(
        self, visit_id: str, body: VisitCancel, idempotency: tuple[str, str] | None = None
    ) -> WriteOutcome:
        return await self._submit("visit_cancel", (visit_id, body), idempotency)

    async def ping(self) -> None:
        """Round trip through the writer: succeeds only if a write transaction can commit."""
        await self._submit("ping", None, None)

    async def _submit(self, kind: WriteKind, payload: Any, idem: tuple[str, str] | None) -> WriteOutcome:
        if self.read_only_reason is not None:
            raise StoreUnavailable(self.read_only_reason)
        if self._writer_task is None or self._closing:
            raise StoreUnavailable("the store is closed")
        future: asyncio.Future[WriteOutcome] = asyncio.get_running_loop().create_future()
        await self._queue.put(_WriteRequest(kind, payload, idem, future))
        return await future

    async def _run_writer(self) -> None:
        while True:
            first = await self._queue.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < MAX_BATCH:
                try:
                    item = self._queue.get_nowait()
                except asyncio.QueueEmpty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            await self._commit_batch(batch)
            if stop:
                return

    async def _commit_batch(self, batch: list[_WriteRequest]) -> None:
        try:
            outcomes, events = await self._transaction(batch)
        except DataDirGone as exc:
            # Not one request's fault: every write of the group is refused, and said once in the log.
            self._note_write_failure(str(exc), traceback=False)
            outcomes, events = [exc] * len(batch), []
        except Exception as exc:
            # One bad request must not fail the others that shared its transaction: retry alone.
            if len(batch) > 1:
                for request in batch:
                    await self._commit_batch([request])
                return
            # The operator needs the reason (a full disk, an I/O error, a bug), and so does the client
            # when it is the database's own words.
            reason = f": {exc}" if isinstance(exc, sqlite3.Error) else ""
            self._note_write_failure(f"the database refused the write{reason}", traceback=True, kind=batch[0].kind)
            outcomes, events = [StoreUnavailable(f"the database refused the write{reason}")], []
        else:
            self.transactions += 1
            self.writes += sum(1 for r in batch if r.kind != "ping")
            if self.last_write_ok is False:
                log.warning("writes commit again (after: %s)", self.last_write_error)
            self.last_write_ok, self.last_write_at, self.last_write_error = True, utc_now(), None
        if events:
            self.last_event_id = events[-1].id
        for request, outcome in zip(batch, outcomes, strict=True):
            if request.future.done():  # the client went away; the write stands regardless
                continue
            if isinstance(outcome, BaseException):
                request.future.set_exception(outcome)
            else:
                request.future.set_result(outcome)
        if events:
            for listener in self._listeners:
                try:
                    listener(events)
                except Exception:
                    # A broken listener (console, mirror, feed) must never stop the writer: the
                    # change is committed, and the CSV is rebuilt from the database at startup.
                    log.exception("commit listener %r failed", listener)

    def _check_database_file(self) -> None:
        """Raise StoreUnavailable when the database file we hold open is no longer at its path."""
        try:
            stat = os.stat(self.path)
        except OSError:
            stat = None
        if stat is None or (stat.st_dev, stat.st_ino) != self._file_identity:
            # One wording whether the directory or only the file went (a deletion passes through both),
            # so the log says it once.
            raise DataDirGone(
                f"the data directory {self.path.parent} has vanished, or no longer holds the database this "
                f"server opened ({self.path.name}): writes are refused rather than acknowledged and lost; "
                "restore it and restart the server"
            )

    def _note_write_failure(self, reason: str, *, traceback: bool, kind: str = "") -> None:
        """Record the writer's outcome for /healthz; log a failure once per reason, not once per write."""
        if reason != self.last_write_error:
            if traceback:
                log.exception("a %s write failed and was answered 503", kind)
            else:
                log.error("writes are failing and answered 503: %s", reason)
        self.last_write_ok, self.last_write_at, self.last_write_error = False, utc_now(), reason

    async def _transaction(
        self, batch: list[_WriteRequest]
    ) -> tuple[list[WriteOutcome | StoreError], list[ChangeEventRecord]]:
        db = self._writer_db
        assert db is not None
        self._check_database_file()
        await db.execute("BEGIN IMMEDIATE")
        try:
            result = await self._apply(db, batch)
            await db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                await db.execute("ROLLBACK")
            raise
        return result

    async def _apply(
        self, db: aiosqlite.Connection, batch: list[_WriteRequest]
    ) -> tuple[list[WriteOutcome | StoreError], list[ChangeEventRecord]]:
        # Everything the batch needs to read, in three statements.
        keys = [r.idempotency[0] for r in batch if r.idempotency]
        known: dict[str, tuple[str, str]] = {}
        if keys:
            rows = await db.execute_fetchall(
                f"SELECT key, fingerprint, response FROM idempotency WHERE key IN ({_qmarks(len(keys))})", keys
            )
            known = {row[0]: (row[1], row[2]) for row in rows}
        wanted_ids = {r.payload.lead_id for r in batch if r.kind == "visit" or r.kind in LEAD_WRITE_KINDS}
        # The visits a cancel or a move changes (a visit made earlier in the batch is added below).
        wanted_visits = {r.payload[0] for r in batch if r.kind == "visit_cancel"}
        wanted_visits |= {r.payload.replaces for r in batch if r.kind == "visit" and r.payload.replaces}
        visits: dict[str, dict[str, Any]] = {}
        if wanted_visits:
            rows = await db.execute_fetchall(
                f"SELECT {VISIT_COLUMNS} FROM visits WHERE visit_id IN ({_qmarks(len(wanted_visits))})",
                list(wanted_visits),
            )
            visits = {row[0]: visit_from_row(row) for row in rows}
            wanted_ids |= {v["lead_id"] for v in visits.values()}
        # An archive cancels the lead's scheduled visits in the same transaction.
        archived_ids = list({r.payload.lead_id for r in batch if r.kind == "archive"})
        if archived_ids:
            rows = await db.execute_fetchall(
                f"SELECT {VISIT_COLUMNS} FROM visits WHERE status = 'SCHEDULED'"
                f" AND lead_id IN ({_qmarks(len(archived_ids))}) ORDER BY seq",
                archived_ids,
            )
            visits.update((row[0], visit_from_row(row)) for row in rows)
        leads: dict[str, dict[str, Any]] = {}
        if wanted_ids:
            rows = await db.execute_fetchall(
                f"SELECT {LEAD_READ_COLUMNS} FROM leads WHERE lead_id IN ({_qmarks(len(wanted_ids))})",
                list(wanted_ids),
            )
            leads = {row[0]: lead_from_row(row) for row in rows}
        # Repeat-phone warnings: for new leads, and for edits that give a lead a new phone.
        phones = list({r.payload.phone for r in batch if r.kind == "lead"}
                      | {r.payload.body.phone for r in batch if r.kind == "edit" and r.payload.body.phone})
        by_phone: dict[str, list[dict[str, Any]]] = {}
        if phones:
            # The oldest MAX_DUPLICATES leads per phone: a number created thousands of times (a demo, a
            # script) must not make every answer, event and idempotency row grow with it.
            # One LIMITed index range per phone (leads_phone holds (phone, seq) in order), so the cost
            # is flat in how many leads share a phone; ROW_NUMBER() over the phone read all of them
            # (187 ms a create when 100,000 leads held the number). Archived leads are not warned
            # about: an archived wrong entry is not a duplicate of its fix.
            per_phone = (f"SELECT * FROM (SELECT {LEAD_COLUMNS} FROM leads WHERE phone = ? AND archived_at IS NULL"
                         f" ORDER BY seq LIMIT {MAX_DUPLICATES})")
            rows = []
            for start in range(0, len(phones), 200):  # SQLite allows 500 terms in one compound SELECT
                chunk = phones[start:start + 200]
                rows += await db.execute_fetchall(" UNION ALL ".join([per_phone] * len(chunk)), chunk)
            for row in rows:
                by_phone.setdefault(row[2], []).append(_duplicate_view(lead_from_row(row)))

        new_leads: list[tuple[Any, ...]] = []
        new_visits: list[tuple[Any, ...]] = []
        visit_rows: list[tuple[Any, ...]] = []
        change_rows: list[tuple[Any, ...]] = []
        lead_rows: list[tuple[Any, ...]] = []  # edits, archives, restores: the lead's whole new state
        field_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        idem_rows: list[tuple[Any, ...]] = []
        events: list[ChangeEventRecord] = []
        outcomes: list[WriteOutcome | StoreError] = []
        next_event = self.last_event_id

        def emit(kind: Any, data: dict[str, Any], encoded: str, now: str) -> None:
            nonlocal next_event
            next_event += 1
            events.append(ChangeEventRecord(next_event, kind, data, encoded))
            event_rows.append((next_event, kind, encoded, now))

        def change_visit(visit: dict[str, Any], status: str, note: str | None, now: str) -> dict[str, Any]:
            """The visit after the change, recorded and announced (visit.status_changed)."""
            changed = {**visit, "status": status, "updated_at": now, "status_notes": note}
            visits[visit["visit_id"]] = changed
            visit_rows.append((status, now, note, visit["visit_id"]))
            data = {**changed, "old_status": visit["status"], "lead_name": leads[visit["lead_id"]]["name"]}
            emit("visit.status_changed", data, json.dumps(data, ensure_ascii=False), now)
            return changed

        def changeable_lead(write: LeadWrite, restoring: bool = False) -> dict[str, Any] | StoreError:
            """The lead a LeadWrite changes, or why it cannot (unknown, If-Match stale, archived)."""
            lead = leads.get(write.lead_id)
            if lead is None:
                return LeadNotFound(write.lead_id)
            if write.if_match is not None and lead["version"] not in write.if_match:
                return PreconditionFailed(lead)
            if lead["archived"] and not restoring:
                return LeadConflict(f"Lead {write.lead_id} is archived; restore it first")
            return lead

        def save_lead(lead: dict[str, Any], changes: list[dict[str, Any]], actor: str | None, now: str) -> None:
            # The whole state, in batch order: two changes of one lead in a batch end as the second left it.
            leads[lead["lead_id"]] = lead
            lead_rows.append((lead["name"], lead["phone"], lead["city"], lead["source"], lead["status"],
                              lead["updated_at"], lead["version"], lead["archived_at"], lead["lead_id"]))
            field_rows.extend((lead["lead_id"], c["field"], c["old_value"], c["new_value"], actor, now)
                              for c in changes)

        def changeable(visit_id: str, lead_id: str | None) -> dict[str, Any] | StoreError:
            visit = visits.get(visit_id)
            if visit is None:
                return VisitNotFound(visit_id)
            if lead_id is not None and visit["lead_id"] != lead_id:
                return VisitConflict(f"Visit {visit_id} belongs to another lead")
            if visit["status"] != "SCHEDULED":
                return VisitConflict(f"Visit {visit_id} is already {visit['status']}")
            return visit

        for request in batch:
            event_extra: dict[str, Any] | None = None
            if request.idempotency:
                key, fingerprint = request.idempotency
                if key in known:
                    first_fingerprint, response = known[key]
                    if first_fingerprint != fingerprint:
                        outcomes.append(IdempotencyConflict(key))
                    else:
                        outcomes.append(WriteOutcome(json.loads(response), replayed=True, encoded=response))
                    continue
            now = utc_now()
            body: dict[str, Any]
            kind: EventType
            if request.kind == "ping":
                # A real page write (the header's user_version, set to what it is), so the COMMIT must
                # reach the disk: a transaction that changes nothing commits even on a full disk.
                version = list(await db.execute_fetchall("PRAGMA user_version"))[0][0]
                await db.execute(f"PRAGMA user_version = {int(version)}")
                outcomes.append(WriteOutcome({}))
                continue
            if request.kind == "lead":
                create: LeadCreate = request.payload
                lead_id = str(uuid.uuid4())
                lead: dict[str, Any] = {
                    "lead_id": lead_id,
                    "name": create.name,
                    "phone": create.phone,
                    "city": create.city,
                    "source": create.source or None,
                    "status": "NEW",
                    "created_at": now,
                    "updated_at": now,
                }
                matches = by_phone.setdefault(create.phone, [])
                lead.update(version=1, archived=False, archived_at=None)
                body = {**lead, "possible_duplicates": list(matches)}
                if len(matches) < MAX_DUPLICATES:
                    matches.append(_duplicate_view(lead))
                leads[lead_id] = lead
                new_leads.append(tuple(list(lead.values())[:8]))
                kind = "lead.created"
            elif request.kind == "visit":
                visit_in: VisitCreate = request.payload
                if visit_in.lead_id not in leads:
                    outcomes.append(LeadNotFound(visit_in.lead_id))
                    continue
                if leads[visit_in.lead_id]["archived"]:
                    outcomes.append(LeadConflict(f"Lead {visit_in.lead_id} is archived; restore it first"))
                    continue
                old_visit = changeable(visit_in.replaces, visit_in.lead_id) if visit_in.replaces else None
                if isinstance(old_visit, StoreError):
                    outcomes.append(old_visit)
                    continue
                body = {
                    "visit_id": str(uuid.uuid4()),
                    "lead_id": visit_in.lead_id,
                    "visit_time": visit_in.visit_time,
                    "notes": visit_in.notes or None,
                    "status": "SCHEDULED",
                    "created_at": now,
                    "updated_at": now,
                    "replaces": visit_in.replaces,
                    "status_notes": None,
                }
                new_visits.append((*body.values(), visit_epoch(visit_in.visit_time)))
                visits[body["visit_id"]] = body
                if old_visit is not None:  # moved: the old one is RESCHEDULED in the same commit
                    change_visit(old_visit, "RESCHEDULED", f"moved to {visit_in.visit_time}", now)
                kind = "visit.scheduled"
                # The feed and the console name the lead, so a person reading them needs no lookup;
                # the answer stays the reference's visit.
                event_extra = {"lead_name": leads[visit_in.lead_id]["name"]}
            elif request.kind == "visit_cancel":
                visit_id, cancel = request.payload
                found = changeable(visit_id, None)
                if isinstance(found, StoreError):
                    outcomes.append(found)
                    continue
                old_status = found["status"]
                body = {**change_visit(found, "CANCELLED", cancel.notes or None, now), "old_status": old_status}
                encoded = json.dumps(body, ensure_ascii=False)
                if request.idempotency:
                    known[request.idempotency[0]] = (request.idempotency[1], encoded)
                    idem_rows.append((request.idempotency[0], request.idempotency[1], encoded, now))
                outcomes.append(WriteOutcome(body, encoded=encoded))
                continue
            elif request.kind == "edit":
                write: LeadWrite = request.payload
                found_lead = changeable_lead(write)
                if isinstance(found_lead, StoreError):
                    outcomes.append(found_lead)
                    continue
                edit: LeadEdit = write.body
                changes = [
                    {"field": name, "old_value": found_lead[name], "new_value": value}
                    for name, value in edit.changes().items()
                    if found_lead[name] != value
                ]
                new_phone = next((c["new_value"] for c in changes if c["field"] == "phone"), None)
                duplicates = [d for d in by_phone.get(new_phone, []) if d["lead_id"] != write.lead_id] if new_phone else []
                if not changes:  # every value sent is already the lead's: nothing to write or announce
                    body = {**found_lead, "changes": [], "possible_duplicates": []}
                    outcomes.append(WriteOutcome(body))
                    continue
                lead = {**found_lead, **{c["field"]: c["new_value"] for c in changes},
                        "updated_at": now, "version": found_lead["version"] + 1}
                save_lead(lead, changes, write.actor, now)
                if new_phone:  # a later create or edit in this batch with the same phone is warned of this lead
                    matches = by_phone.setdefault(new_phone, [])
                    if len(matches) < MAX_DUPLICATES:
                        matches.append(_duplicate_view(lead))
                body = {**lead, "changes": changes, "possible_duplicates": duplicates}
                kind = "lead.updated"
                event_extra = {"changed_by": write.actor}
            elif request.kind in ("archive", "restore"):
                write = request.payload
                archiving = request.kind == "archive"
                found_lead = changeable_lead(write, restoring=not archiving)
                if isinstance(found_lead, StoreError):
                    outcomes.append(found_lead)
                    continue
                if found_lead["archived"] == archiving:
                    state = "archived" if archiving else "not archived"
                    outcomes.append(LeadConflict(f"Lead {write.lead_id} is already {state}"))
                    continue
                lead = {**found_lead, "archived": archiving, "archived_at": now if archiving else None,
                        "updated_at": now, "version": found_lead["version"] + 1}
                changes = [{"field": "archived", "old_value": str(not archiving).lower(),
                            "new_value": str(archiving).lower()}]
                save_lead(lead, changes, write.actor, now)
                cancelled: list[dict[str, Any]] = []
                if archiving:
                    reason = write.body.notes
                    note = f"{ARCHIVE_VISIT_NOTE}: {reason}" if reason else ARCHIVE_VISIT_NOTE
                    for visit in [v for v in visits.values()
                                  if v["lead_id"] == write.lead_id and v["status"] == "SCHEDULED"]:
                        cancelled.append(change_visit(visit, "CANCELLED", note, now))
                body = {**lead, "changes": changes, "cancelled_visits": cancelled}
                kind = "lead.archived" if archiving else "lead.restored"
                event_extra = {"changed_by": write.actor}
            else:
                write = request.payload
                found_lead = changeable_lead(write)
                if isinstance(found_lead, StoreError):
                    outcomes.append(found_lead)
                    continue
                update: StatusUpdate = write.body
                old_status = found_lead["status"]
                lead = {**found_lead, "status": update.status, "updated_at": now, "version": found_lead["version"] + 1}
                save_lead(lead, [], None, now)
                notes = update.notes or None
                change_rows.append((write.lead_id, old_status, update.status, notes, now))
                body = {**lead, "old_status": old_status, "notes": notes}
                kind = "lead.status_changed"
            # The answer is the event's data too (a lead.created event carries possible_duplicates).
            encoded = json.dumps(body, ensure_ascii=False)
            if event_extra:
                event_data = {**body, **event_extra}
                emit(kind, event_data, json.dumps(event_data, ensure_ascii=False), now)
            else:
                emit(kind, body, encoded, now)
            if request.idempotency:
                known[request.idempotency[0]] = (request.idempotency[1], encoded)
                idem_rows.append((request.idempotency[0], request.idempotency[1], encoded, now))
            outcomes.append(WriteOutcome(body, encoded=encoded))

        if new_leads:
            await db.executemany(
                f"INSERT INTO leads ({LEAD_COLUMNS}) VALUES ({_qmarks(8)})", new_leads
            )
        if new_visits:
            await db.executemany(
                f"INSERT INTO visits ({VISIT_COLUMNS}, visit_epoch) VALUES ({_qmarks(10)})", new_visits
            )
        if visit_rows:  # after the inserts: a visit made and cancelled in one batch ends cancelled
            await db.executemany(
                "UPDATE visits SET status = ?, updated_at = ?, status_notes = ? WHERE visit_id = ?", visit_rows
            )
        if lead_rows:
            await db.executemany(
                "UPDATE leads SET name = ?, phone = ?, city = ?, source = ?, status = ?, updated_at = ?, version = ?,"
                " archived_at = ? WHERE lead_id = ?",
                lead_rows,
            )
        if field_rows:
            await db.executemany(
                f"INSERT INTO field_changes ({FIELD_CHANGE_COLUMNS}) VALUES ({_qmarks(6)})", field_rows
            )
        if change_rows:
            await db.executemany(
                "INSERT INTO status_changes (lead_id, old_status, new_status, notes, changed_at)"
                " VALUES (?, ?, ?, ?, ?)",
                change_rows,
            )
        if event_rows:
            await db.executemany(
                "INSERT INTO events (id, type, data, created_at) VALUES (?, ?, ?, ?)", event_rows
            )
        if idem_rows:
            await db.executemany(
                "INSERT INTO idempotency (key, fingerprint, response, created_at) VALUES (?, ?, ?, ?)",
                idem_rows,
            )
        if time.monotonic() >= self._next_sweep:
            cutoff = datetime.fromtimestamp(time.time() - IDEMPOTENCY_TTL_S, UTC).isoformat(timespec="milliseconds")
            await db.execute("DELETE FROM idempotency WHERE created_at < ?", (cutoff,))
            self._next_sweep = time.monotonic() + IDEMPOTENCY_SWEEP_EVERY_S
        return outcomes, events

    # ---- reads ------------------------------------------------------------------------------

    @property
    def _reader(self) -> aiosqlite.Connection:
        if self._reader_db is None:
            raise StoreUnavailable("the store is closed")
        return self._reader_db

    async def list_leads(self, query: LeadQuery) -> tuple[list[dict[str, Any]], str | None]:
        where: list[str] = []
        params: list[Any] = []
        newest = query.order == "newest"
        if query.cursor:
            where.append("seq < ?" if newest else "seq > ?")
            params.append(_decode_cursor(query.cursor, newest))
        if query.status:
            where.append("status = ?")
            params.append(query.status)
        if query.archived == "exclude":
            where.append("archived_at IS NULL")
        elif query.archived == "only":
            where.append("archived_at IS NOT NULL")
        if query.city:
            where.append("city = ? COLLATE NOCASE")
            params.append(query.city)
        if query.q:
            # A scan with LIKE (ASCII case-insensitive): about 20 ms over 100,000 leads. A trigram
            # FTS5 index answered in under 1 ms but cost every create ~35 us of CPU; creates are the
            # hot path, so the scan stays (see docs/server.md).
            text = _like_escape(query.q)
            clauses = ["name LIKE ? ESCAPE '\\'", "city LIKE ? ESCAPE '\\'"]
            params += [f"%{text}%", f"%{text}%"]
            digits = _phone_digits(query.q)
            if digits:
                clauses.append("phone LIKE ?")
                params.append(f"%{digits}%")
            # A lead_id prefix as a range on the unique index (LIKE 'x%' could not use it).
            prefix = query.q.lower()
            clauses.append("(lead_id >= ? AND lead_id < ?)")
            params += [prefix, prefix + "\U0010ffff"]
            where.append("(" + " OR ".join(clauses) + ")")
        sql = f"SELECT seq, {LEAD_READ_COLUMNS} FROM leads"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY seq{' DESC' if newest else ''} LIMIT ?"
        params.append(query.limit + 1)
        rows = list(await self._reader.execute_fetchall(sql, params))
        more = len(rows) > query.limit
        rows = rows[: query.limit]
        next_cursor = _encode_cursor(rows[-1][0], newest) if more and rows else None
        return [lead_from_row(row[1:]) for row in rows], next_cursor

    async def get_lead(self, lead_id: str) -> dict[str, Any] | None:
        # One statement, so one snapshot: read in three statements, a status change committed between
        # them showed a history one change ahead of the lead's status. (A BEGIN ... COMMIT around three
        # statements would do too, but the reader connection is shared by concurrent requests, and a
        # list read that ran inside another request's open transaction could miss a write its client
        # had already been told was committed.) Rows carry their seq/id and are sorted here, since SQLite
        # before 3.44 has no ORDER BY inside an aggregate.
        rows = list(await self._reader.execute_fetchall(
            f"SELECT {LEAD_READ_COLUMNS},"
            " (SELECT json_group_array(json_array(seq, visit_id, lead_id, visit_time, notes, status, created_at,"
            "   updated_at, replaces, status_notes))"
            "  FROM visits WHERE visits.lead_id = leads.lead_id),"
            " (SELECT json_group_array(json_array(id, old_status, new_status, notes, changed_at))"
            "  FROM status_changes WHERE status_changes.lead_id = leads.lead_id),"
            " (SELECT json_group_array(json_array(id, field, old_value, new_value, changed_by, changed_at))"
            "  FROM field_changes WHERE field_changes.lead_id = leads.lead_id)"
            " FROM leads WHERE lead_id = ?",
            (lead_id,),
        ))
        if not rows:
            return None
        lead = lead_from_row(rows[0][:10])
        visits = sorted(json.loads(rows[0][10]), key=lambda row: row[0])
        history = sorted(json.loads(rows[0][11]), key=lambda row: row[0])
        fields = sorted(json.loads(rows[0][12]), key=lambda row: row[0])
        lead["visits"] = [visit_from_row(row[1:]) for row in visits]
        lead["status_history"] = [
            {"old_status": r[1], "new_status": r[2], "notes": r[3], "changed_at": r[4]} for r in history
        ]
        lead["field_history"] = [
            {"field": r[1], "old_value": r[2], "new_value": r[3], "changed_by": r[4], "changed_at": r[5]}
            for r in fields
        ]
        return lead

    async def list_visits(self, query: VisitQuery) -> tuple[list[dict[str, Any]], str | None]:
        """One page of visits, each with lead_name and lead_city. Creation order (cursor "s<seq>") unless
        `from` or `to` is given: then visit-time order, earliest first (cursor "t<epoch>_<seq>")."""
        where: list[str] = []
        params: list[Any] = []
        start, end = query.bounds()
        by_time = start is not None or end is not None
        if query.cursor:
            if by_time:
                where.append("(v.visit_epoch, v.seq) > (?, ?)")
                params += _decode_time_cursor(query.cursor)
            else:
                where.append("v.seq > ?")
                params.append(_decode_cursor(query.cursor))
        if start is not None:
            where.append("v.visit_epoch >= ?")
            params.append(start)
        if end is not None:
            where.append("v.visit_epoch < ?")
            params.append(end)
        if query.lead_id:
            where.append("v.lead_id = ?")
            params.append(query.lead_id)
        if query.status:
            where.append("v.status = ?")
            params.append(query.status)
        # A LEFT JOIN keeps visits the outer loop (one lead lookup per row, by its unique index) and
        # could never drop a visit, even one whose lead were missing (foreign keys make that impossible).
        sql = f"SELECT v.seq, v.visit_epoch, {LISTED_VISIT_COLUMNS} FROM visits v LEFT JOIN leads l"
        sql += " ON l.lead_id = v.lead_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY v.visit_epoch, v.seq LIMIT ?" if by_time else " ORDER BY v.seq LIMIT ?"
        params.append(query.limit + 1)
        rows = list(await self._reader.execute_fetchall(sql, params))
        more = len(rows) > query.limit
        rows = rows[: query.limit]
        next_cursor = None
        if more and rows:
            last = rows[-1]
            next_cursor = f"t{last[1]}_{last[0]}" if by_time else _encode_cursor(last[0])
        visits = []
        for row in rows:
            visit = visit_from_row(row[2:11])
            visit["lead_name"], visit["lead_city"] = row[11], row[12]
            visits.append(visit)
        return visits, next_cursor

    async def events_after(self, last_id: int, limit: int = 1000) -> list[ChangeEventRecord]:
        rows = await self._reader.execute_fetchall(
            "SELECT id, type, data FROM events WHERE id > ? ORDER BY id LIMIT ?", (last_id, limit)
        )
        return [ChangeEventRecord(int(r[0]), r[1], json.loads(r[2]), r[2]) for r in rows]

    async def describe(self) -> dict[str, Any]:
        """The durability settings in force on the writer connection (for health checks and tests)."""
        db = self._writer_db
        if db is None:
            raise StoreUnavailable("the store is closed")
        out: dict[str, Any] = {}
        for pragma in ("journal_mode", "synchronous", "user_version", "foreign_keys"):
            rows = await db.execute_fetchall(f"PRAGMA {pragma}")
            out[pragma] = list(rows)[0][0]
        return out

    async def count_leads(self) -> int:
        rows = await self._reader.execute_fetchall("SELECT COUNT(*) FROM leads")
        return int(list(rows)[0][0])

    async def fetch_all(self, sql: str) -> list[Sequence[Any]]:
        """Every row of a query, for rebuilding the CSV mirror at startup."""
        return list(await self._reader.execute_fetchall(sql))


class InvalidCursor(ValueError):
    """A cursor that this server did not hand out."""


def _encode_cursor(seq: int, newest: bool = False) -> str:
    # Opaque to clients by contract; a plain number today so it stays debuggable. The letter says which
    # way the list runs ("s": oldest first, "n": newest first), so a cursor passed back with the other
    # order is refused rather than silently walking the wrong way.
    return f"{'n' if newest else 's'}{seq}"


def _decode_time_cursor(cursor: str) -> tuple[int, int]:
    """A visit-time cursor "t<epoch>_<seq>" (epoch may be negative) as (epoch, seq)."""
    epoch, sep, seq = cursor[1:].partition("_")
    digits = epoch.removeprefix("-")
    if (not cursor.startswith("t") or not sep or not (digits + seq).isascii() or not digits.isdecimal()
            or not seq.isdecimal() or len(digits) > 18 or len(seq) > 18):
        raise InvalidCursor(cursor)
    return int(epoch), int(seq)


def _decode_cursor(cursor: str, newest: bool = False) -> int:
    # isdecimal, not isdigit: "s²" must not pass; 18 digits keeps it inside SQLite's 64-bit integers.
    digits = cursor[1:]
    letter = "n" if newest else "s"
    if not cursor.startswith(letter) or not digits.isascii() or not digits.isdecimal() or len(digits) > 18:
        raise InvalidCursor(cursor)
    return int(digits)
