"""The SQLite store: one writer task that group-commits, and a separate connection for reads.

Why one writer: aiosqlite runs each connection on its own thread, and a shared connection would
interleave the statements of concurrent requests inside one transaction. So every write is queued;
the writer takes everything that is waiting, applies it in one `BEGIN IMMEDIATE ... COMMIT`, and only
then answers each request (group commit). With `synchronous=FULL` a 200 means the change is on disk,
and one fsync is shared by every request in the batch, which is what makes durable writes fast.

What each write does is crm_server/writes.py (typed requests, a batch applied with a handful of
set-based statements); the tables and column lists are crm_server/schema.py. This module is the life
cycle: opening and migrating the database, the writer task and its transactions, and the reads.

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
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import aiosqlite

from crm_server.models import (
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
from crm_server.queries import (  # noqa: F401 - InvalidCursor re-exported for the HTTP layer
    InvalidCursor,
    decode_cursor,
    decode_time_cursor,
    encode_cursor,
    like_escape,
    phone_digits,
)
from crm_server.schema import (  # noqa: F401 - re-exported: tests, benches and the mirror name them here
    LEAD_COLUMNS,
    LEAD_CSV_COLUMNS,
    LEAD_READ_COLUMNS,
    LEAD_READ_WIDTH,
    LISTED_VISIT_COLUMNS,
    MIGRATIONS,
    VISIT_COLUMNS,
    VISIT_WIDTH,
    lead_etag,
    lead_from_row,
    visit_from_row,
)
from crm_server.writes import (  # noqa: F401 - re-exported: the HTTP layer maps these errors
    ArchiveLead,
    CancelVisit,
    ChangeEventRecord,
    ChangeStatus,
    CreateLead,
    DataDirGone,
    EditLead,
    EventType,
    IdempotencyConflict,
    LeadConflict,
    LeadNotFound,
    Ping,
    PreconditionFailed,
    QueuedWrite,
    RestoreLead,
    ScheduleVisit,
    StoreError,
    StoreUnavailable,
    VisitConflict,
    VisitNotFound,
    WriteBatch,
    WriteOutcome,
    WriteRequest,
)

log = logging.getLogger("crm_server")

DB_FILENAME = "crm.sqlite3"
LOCK_FILENAME = "crm.lock"
# Upper bound on requests in one transaction: large enough to share an fsync among many clients,
# small enough to stay far below SQLite's limit on bound parameters in the IN lookups.
MAX_BATCH = 512

# How often the background connection copies the WAL into the database file.
CHECKPOINT_EVERY_S = 1.0

# How long an Idempotency-Key's first answer is remembered. Clients retry within seconds or minutes;
# a week is far beyond any retry, and keeps the table from growing without bound.
IDEMPOTENCY_TTL_S = 7 * 24 * 3600
# How often the writer drops expired keys (inside an ordinary write transaction).
IDEMPOTENCY_SWEEP_EVERY_S = 3600.0

CommitListener = Callable[[list[ChangeEventRecord]], None]


def utc_now() -> str:
    """Timestamps are UTC ISO 8601 with milliseconds: sortable as text and unambiguous."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class _SqliteWriteConnection:
    """The writer's aiosqlite connection as the write path's WriteConnection (SQL as written: `?`)."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self.db.execute_fetchall(sql, params))

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        await self.db.execute(sql, params)

    async def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        await self.db.executemany(sql, rows)

    async def touch(self) -> None:
        # The header's user_version, set to what it is: a real page write.
        version = list(await self.db.execute_fetchall("PRAGMA user_version"))[0][0]
        await self.db.execute(f"PRAGMA user_version = {int(version)}")


def _disk_trouble(exc: sqlite3.Error) -> bool:
    """An error that says the disk, not the database, is the problem (full, I/O, read-only)."""
    text = str(exc).lower()
    return any(words in text for words in ("disk i/o error", "disk is full", "readonly", "read-only"))


class Store:
    """Durable leads, visits, status history and change events in one SQLite file."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / DB_FILENAME
        self._writer_db: aiosqlite.Connection | None = None
        self._reader_db: aiosqlite.Connection | None = None
        self._queue: asyncio.Queue[QueuedWrite | None] = asyncio.Queue()
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

    async def create_lead(self, body: LeadCreate, idempotency: tuple[str, str] | None = None,
                          actor: str | None = None) -> WriteOutcome:
        return await self.submit(CreateLead(body, actor), idempotency)

    async def schedule_visit(
        self, body: VisitCreate, idempotency: tuple[str, str] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self.submit(ScheduleVisit(body, actor), idempotency)

    async def update_status(
        self, lead_id: str, body: StatusUpdate, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self.submit(ChangeStatus(lead_id, body, if_match, actor), idempotency)

    async def edit_lead(
        self, lead_id: str, body: LeadEdit, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self.submit(EditLead(lead_id, body, if_match, actor), idempotency)

    async def archive_lead(
        self, lead_id: str, body: LeadArchive, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self.submit(ArchiveLead(lead_id, body, if_match, actor), idempotency)

    async def restore_lead(
        self, lead_id: str, body: LeadArchive, idempotency: tuple[str, str] | None = None,
        if_match: frozenset[int] | None = None, actor: str | None = None,
    ) -> WriteOutcome:
        return await self.submit(RestoreLead(lead_id, body, if_match, actor), idempotency)

    async def cancel_visit(
        self, visit_id: str, body: VisitCancel, idempotency: tuple[str, str] | None = None,
        actor: str | None = None,
    ) -> WriteOutcome:
        return await self.submit(CancelVisit(visit_id, body, actor), idempotency)

    async def ping(self) -> None:
        """Round trip through the writer: succeeds only if a write transaction can commit."""
        await self.submit(Ping(), None)

    async def submit(self, request: WriteRequest, idem: tuple[str, str] | None = None) -> WriteOutcome:
        """Queue one write for the writer task; the answer comes after its group's COMMIT."""
        if self.read_only_reason is not None:
            raise StoreUnavailable(self.read_only_reason)
        if self._writer_task is None or self._closing:
            raise StoreUnavailable("the store is closed")
        future: asyncio.Future[WriteOutcome] = asyncio.get_running_loop().create_future()
        await self._queue.put(QueuedWrite(request, idem, future))
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

    async def _commit_batch(self, batch: list[QueuedWrite]) -> None:
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
            self.writes += sum(1 for r in batch if not isinstance(r.request, Ping))
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
        self, batch: list[QueuedWrite]
    ) -> tuple[list[WriteOutcome | StoreError], list[ChangeEventRecord]]:
        db = self._writer_db
        assert db is not None
        self._check_database_file()
        await db.execute("BEGIN IMMEDIATE")
        try:
            result = await WriteBatch(_SqliteWriteConnection(db), batch, self.last_event_id, utc_now).run()
            await self._sweep_idempotency(db)
            await db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                await db.execute("ROLLBACK")
            raise
        return result

    async def _sweep_idempotency(self, db: aiosqlite.Connection) -> None:
        """Drop expired Idempotency-Keys, at most once every IDEMPOTENCY_SWEEP_EVERY_S, in the write transaction."""
        if time.monotonic() >= self._next_sweep:
            cutoff = datetime.fromtimestamp(time.time() - IDEMPOTENCY_TTL_S, UTC).isoformat(timespec="milliseconds")
            await db.execute("DELETE FROM idempotency WHERE created_at < ?", (cutoff,))
            self._next_sweep = time.monotonic() + IDEMPOTENCY_SWEEP_EVERY_S

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
            params.append(decode_cursor(query.cursor, newest))
        if query.status:
            where.append("status = ?")
            params.append(query.status)
        if query.archived == "exclude":
            where.append("archived_at IS NULL")
        elif query.archived == "only":
            where.append("archived_at IS NOT NULL")
        if query.assigned_to:  # the route made it a user's own spelling (users.resolve_assignee)
            where.append("assigned_to = ?")
            params.append(query.assigned_to)
        if query.city:
            where.append("city = ? COLLATE NOCASE")
            params.append(query.city)
        if query.q:
            # A scan with LIKE (ASCII case-insensitive): about 20 ms over 100,000 leads. A trigram
            # FTS5 index answered in under 1 ms but cost every create ~35 us of CPU; creates are the
            # hot path, so the scan stays (see docs/server.md).
            text = like_escape(query.q)
            clauses = ["name LIKE ? ESCAPE '\\'", "city LIKE ? ESCAPE '\\'"]
            params += [f"%{text}%", f"%{text}%"]
            digits = phone_digits(query.q)
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
        next_cursor = encode_cursor(rows[-1][0], newest) if more and rows else None
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
            f" (SELECT json_group_array(json_array(seq, {VISIT_COLUMNS}))"
            "  FROM visits WHERE visits.lead_id = leads.lead_id),"
            " (SELECT json_group_array(json_array(id, old_status, new_status, notes, changed_at, changed_by))"
            "  FROM status_changes WHERE status_changes.lead_id = leads.lead_id),"
            " (SELECT json_group_array(json_array(id, field, old_value, new_value, changed_by, changed_at))"
            "  FROM field_changes WHERE field_changes.lead_id = leads.lead_id)"
            " FROM leads WHERE lead_id = ?",
            (lead_id,),
        ))
        if not rows:
            return None
        lead = lead_from_row(rows[0][:LEAD_READ_WIDTH])
        visits, history, fields = (sorted(json.loads(text), key=lambda row: row[0])
                                   for text in rows[0][LEAD_READ_WIDTH:LEAD_READ_WIDTH + 3])
        lead["visits"] = [visit_from_row(row[1:]) for row in visits]
        lead["status_history"] = [
            {"old_status": r[1], "new_status": r[2], "notes": r[3], "changed_at": r[4], "changed_by": r[5]}
            for r in history
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
                params += decode_time_cursor(query.cursor)
            else:
                where.append("v.seq > ?")
                params.append(decode_cursor(query.cursor))
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
            next_cursor = f"t{last[1]}_{last[0]}" if by_time else encode_cursor(last[0])
        visits = []
        for row in rows:
            visit = visit_from_row(row[2:2 + VISIT_WIDTH])
            visit["lead_name"], visit["lead_city"] = row[2 + VISIT_WIDTH], row[3 + VISIT_WIDTH]
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
