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
import json
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crm_server.database import Backend
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
from crm_server.sqlite_db import DB_FILENAME, LOCK_FILENAME, SqliteBackend  # noqa: F401 - re-exported
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
    WriteConnection,
    WriteOutcome,
    WriteRequest,
    random_uuid,
)

log = logging.getLogger("crm_server")

# Upper bound on requests in one transaction: large enough to share an fsync among many clients,
# small enough to stay far below SQLite's limit on bound parameters in the IN lookups.
MAX_BATCH = 512

# How long an Idempotency-Key's first answer is remembered. Clients retry within seconds or minutes;
# a week is far beyond any retry, and keeps the table from growing without bound.
IDEMPOTENCY_TTL_S = 7 * 24 * 3600
# How often the writer drops expired keys (inside an ordinary write transaction).
IDEMPOTENCY_SWEEP_EVERY_S = 3600.0

CommitListener = Callable[[list[ChangeEventRecord]], None]


# The current second as "YYYY-MM-DDTHH:MM:SS" (utc_now's cache): (whole seconds since the epoch, text).
_utc_second: tuple[int, str] = (-1, "")


def utc_now() -> str:
    """Timestamps are UTC ISO 8601 with milliseconds: sortable as text and unambiguous.

    A create asks for the time three times (its access-log line, sign-in, the write), and
    `datetime.now(UTC).isoformat(...)` took 3.5 us each; the date and time of day change once a
    second, so they are formatted once a second and only the milliseconds per call (1 us)."""
    global _utc_second
    now = time.time()
    second = int(now)
    if second != _utc_second[0]:
        _utc_second = (second, datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    return f"{_utc_second[1]}.{int((now - second) * 1000):03d}+00:00"


class Store:
    """Durable leads, visits, status history and change events, on a Backend (SQLite or PostgreSQL)."""

    def __init__(self, data_dir: Path, backend: Backend | None = None) -> None:
        self.backend: Backend = backend if backend is not None else SqliteBackend(Path(data_dir))
        self.path = self.backend.path
        self._queue: asyncio.Queue[QueuedWrite | None] = asyncio.Queue()
        self._writer_task: asyncio.Task[None] | None = None
        self._listeners: list[CommitListener] = []
        self._closing = False
        # The last event handed to the listeners (the feed, the mirror, the console), in id order.
        self.last_event_id = 0
        # Delivery of events is serialised: this server's commits and, on a shared database, the
        # catch-up on other servers' commits must reach the listeners once each and in id order.
        self._delivery = asyncio.Lock()
        self._catch_up_task: asyncio.Task[None] | None = None
        self._foreign_commits = asyncio.Event()
        # Group-commit counters: writes / transactions is the mean batch size (one fsync per transaction).
        self.transactions = 0
        self.writes = 0
        self._next_sweep = 0.0  # monotonic time of the next idempotency sweep; 0: the first write
        # The writer's last outcome, for /healthz: when, and the reason if it failed.
        self.last_write_ok: bool | None = None
        self.last_write_at: str | None = None
        self.last_write_error: str | None = None
        # What gives timestamps and ids to writes; a test may fix them (two backends answering byte for byte).
        self.clock: Callable[[], str] = utc_now
        self.new_id: Callable[[], str] = random_uuid

    @property
    def read_only_reason(self) -> str | None:
        """Set when the database could be opened only for reading; writes answer 503 with it."""
        return self.backend.read_only_reason

    # ---- life cycle -------------------------------------------------------------------------

    async def open(self) -> None:
        self.last_event_id = await self.backend.open()
        if self.read_only_reason is None:
            try:
                await self.backend.write(self._fill_visit_epochs, self.last_event_id)
            except BaseException:
                await self.backend.close()
                raise
        self._closing = False
        self._writer_task = asyncio.create_task(self._run_writer(), name="crm-store-writer")
        if self.backend.shared:
            self._foreign_commits = asyncio.Event()
            self.backend.on_foreign_commit = self._foreign_commits.set
            self._catch_up_task = asyncio.create_task(self._run_catch_up(), name="crm-store-catch-up")

    async def _run_catch_up(self) -> None:
        """Deliver other servers' commits as they are announced (see catch_up)."""
        while True:
            await self._foreign_commits.wait()
            self._foreign_commits.clear()
            try:
                await self.catch_up()
            except Exception as exc:
                log.warning("reading other servers' events failed (%s); trying again", exc)
                await asyncio.sleep(1.0)
                self._foreign_commits.set()

    async def _fill_visit_epochs(self, conn: WriteConnection, _last_event: int) -> None:
        """Set visit_epoch where the migration could not (SQLite's strftime cannot read an offset with
        seconds, as in +05:53:28); an index lookup, so cheap at every start."""
        rows = await conn.fetch("SELECT seq, visit_time FROM visits WHERE visit_epoch IS NULL")
        fixed = [(epoch, row[0]) for row in rows if (epoch := visit_epoch(row[1])) is not None]
        if fixed:
            await conn.executemany("UPDATE visits SET visit_epoch = ? WHERE seq = ?", fixed)

    async def close(self) -> None:
        """Finish every queued write, then close the database. Safe to call twice."""
        if self._writer_task is not None:
            self._closing = True
            await self._queue.put(None)
            await self._writer_task
            self._writer_task = None
        if self._catch_up_task is not None:
            self._catch_up_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._catch_up_task
            self._catch_up_task = None
        await self.backend.close()

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
        self._queue.put_nowait(QueuedWrite(request, idem, future))  # unbounded: never full, no await needed
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
            outcomes, events = await self.backend.write(
                lambda conn, last_event: self._apply(conn, batch, last_event), self.last_event_id
            )
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
            # The operator needs the reason (a full disk, an I/O error, no database server, a bug), and
            # so does the client when it is the database's own words.
            said = exc if isinstance(exc, StoreUnavailable) else None
            database_words = self.backend.failure_reason(exc)
            reason = str(said) if said else f"the database refused the write{f': {database_words}' if database_words else ''}"
            self._note_write_failure(reason, traceback=said is None, kind=batch[0].kind)
            outcomes, events = [said or StoreUnavailable(reason)], []
        else:
            self.transactions += 1
            self.writes += sum(1 for r in batch if not isinstance(r.request, Ping))
            if self.last_write_ok is False:
                log.warning("writes commit again (after: %s)", self.last_write_error)
            self.last_write_ok, self.last_write_at, self.last_write_error = True, utc_now(), None
        async with self._delivery:
            if events and events[0].id != self.last_event_id + 1:
                # Another server committed since our last delivery: its events come first, in order.
                events = [*await self._events_between(self.last_event_id, events[0].id), *events]
            events = [event for event in events if event.id > self.last_event_id]
            if events:
                self.last_event_id = events[-1].id
            for request, outcome in zip(batch, outcomes, strict=True):
                if request.future.done():  # the client went away; the write stands regardless
                    continue
                if isinstance(outcome, BaseException):
                    request.future.set_exception(outcome)
                else:
                    request.future.set_result(outcome)
            self._notify(events)

    async def _apply(self, conn: WriteConnection, batch: list[QueuedWrite], last_event: int
                     ) -> tuple[list[WriteOutcome | StoreError], list[ChangeEventRecord]]:
        result = await WriteBatch(conn, batch, last_event, self.clock, self.new_id).run()
        await self._sweep_idempotency(conn)
        return result

    def _notify(self, events: list[ChangeEventRecord]) -> None:
        if not events:
            return
        for listener in self._listeners:
            try:
                listener(events)
            except Exception:
                # A broken listener (console, mirror, feed) must never stop the writer: the
                # change is committed, and the CSV is rebuilt from the database at startup.
                log.exception("commit listener %r failed", listener)

    async def _events_between(self, after: int, before: int) -> list[ChangeEventRecord]:
        """The committed events with after < id < before, read until none is missing."""
        found: list[ChangeEventRecord] = []
        while after + 1 < before:
            page = [e for e in await self.events_after(after) if e.id < before]
            if not page:
                break
            found += page
            after = page[-1].id
        return found

    async def catch_up(self) -> None:
        """Hand the listeners every event committed by other servers since the last delivery (called
        when a shared database says another server committed; the events table is the truth)."""
        async with self._delivery:
            while True:
                events = await self.events_after(self.last_event_id)
                if not events:
                    return
                self.last_event_id = events[-1].id
                self._notify(events)

    def _note_write_failure(self, reason: str, *, traceback: bool, kind: str = "") -> None:
        """Record the writer's outcome for /healthz; log a failure once per reason, not once per write."""
        if reason != self.last_write_error:
            if traceback:
                log.exception("a %s write failed and was answered 503", kind)
            else:
                log.error("writes are failing and answered 503: %s", reason)
        self.last_write_ok, self.last_write_at, self.last_write_error = False, utc_now(), reason

    async def _sweep_idempotency(self, db: WriteConnection) -> None:
        """Drop expired Idempotency-Keys, at most once every IDEMPOTENCY_SWEEP_EVERY_S, in the write transaction."""
        if time.monotonic() >= self._next_sweep:
            cutoff = datetime.fromtimestamp(time.time() - IDEMPOTENCY_TTL_S, UTC).isoformat(timespec="milliseconds")
            await db.execute("DELETE FROM idempotency WHERE created_at < ?", (cutoff,))
            self._next_sweep = time.monotonic() + IDEMPOTENCY_SWEEP_EVERY_S

    # ---- reads ------------------------------------------------------------------------------

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return await self.backend.fetch(sql, params)

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
            where.append(self.backend.dialect.equals_nocase("city"))
            params.append(query.city)
        if query.q:
            # A scan with LIKE (ASCII case-insensitive): about 20 ms over 100,000 leads. A trigram
            # FTS5 index answered in under 1 ms but cost every create ~35 us of CPU; creates are the
            # hot path, so the scan stays (see docs/server.md).
            text = like_escape(query.q)
            dialect = self.backend.dialect
            clauses = [dialect.contains_nocase("name"), dialect.contains_nocase("city")]
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
        rows = await self._read(sql, params)
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
        json_rows = self.backend.dialect.json_rows
        rows = await self._read(
            f"SELECT {LEAD_READ_COLUMNS},"
            f" (SELECT {json_rows('seq, ' + VISIT_COLUMNS)}"
            "  FROM visits WHERE visits.lead_id = leads.lead_id),"
            f" (SELECT {json_rows('id, old_status, new_status, notes, changed_at, changed_by')}"
            "  FROM status_changes WHERE status_changes.lead_id = leads.lead_id),"
            f" (SELECT {json_rows('id, field, old_value, new_value, changed_by, changed_at')}"
            "  FROM field_changes WHERE field_changes.lead_id = leads.lead_id)"
            " FROM leads WHERE lead_id = ?",
            (lead_id,),
        )
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
        rows = await self._read(sql, params)
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
        rows = await self._read(
            "SELECT id, type, data FROM events WHERE id > ? ORDER BY id LIMIT ?", (last_id, limit)
        )
        return [ChangeEventRecord(int(r[0]), r[1], json.loads(r[2]), r[2]) for r in rows]

    async def describe(self) -> dict[str, Any]:
        """The durability settings in force on the writer connection (for health checks and tests)."""
        return await self.backend.describe()

    async def count_leads(self) -> int:
        rows = await self._read("SELECT COUNT(*) FROM leads")
        return int(list(rows)[0][0])

    async def fetch_all(self, sql: str) -> list[Sequence[Any]]:
        """Every row of a query, for rebuilding the CSV mirror at startup."""
        return list(await self._read(sql))
