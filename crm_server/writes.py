"""The write path's logic: typed write requests, and the batch that applies a group of them in one
transaction.

Each write the API offers is a small frozen dataclass (CreateLead, ScheduleVisit, ChangeStatus, EditLead,
ArchiveLead, RestoreLead, CancelVisit, Ping). The store's writer task takes whatever requests are waiting
and hands them to one WriteBatch, which:

1. reads everything the group needs in a handful of set-based statements (`prefetch`): the
   Idempotency-Keys already used, the leads and visits the writes change, the earlier leads with the
   same phone. Each statement is a thread hop (aiosqlite) or a network round trip (PostgreSQL), and
   those, not the database, would be the bottleneck at thousands of writes a second;
2. applies each request in order with one small method per kind (`match` on the request's type), each
   answering either a StoreError or an `_Answer`; one shared tail (`_finish`) encodes the answer once,
   records the change event and remembers the answer under its Idempotency-Key;
3. writes the collected rows with one `executemany` per table (`flush`).

The batch speaks SQL with `?` placeholders to a WriteConnection; the connection translates them for its
database (crm_server/database.py), so the same logic runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from crm_server.jsontext import json_text
from crm_server.models import (
    EventTypeName,
    LeadArchive,
    LeadCreate,
    LeadEdit,
    StatusUpdate,
    VisitCancel,
    VisitCreate,
    visit_epoch,
)
from crm_server.schema import (
    FIELD_CHANGE_COLUMNS,
    LEAD_COLUMNS,
    LEAD_READ_COLUMNS,
    VISIT_COLUMNS,
    VISIT_WIDTH,
    duplicate_view,
    lead_from_row,
    qmarks,
    visit_from_row,
)

# possible_duplicates lists at most this many earlier leads with the same phone, oldest first.
MAX_DUPLICATES = 10
# Why an archive cancels a lead's scheduled visits (the status_notes of each).
ARCHIVE_VISIT_NOTE = "lead archived"

EventType = EventTypeName


# ---- what a write can end in -----------------------------------------------------------------


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
    """The store is closed or the database refused the write (disk full, I/O error, no database server)."""


class DataDirGone(StoreUnavailable):
    """The data directory (or the database file in it) was deleted or replaced while the server ran."""


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


# ---- the write requests -----------------------------------------------------------------------


@dataclass(frozen=True)
class CreateLead:
    body: LeadCreate
    # Who asked: the signed-in user's name, else the X-Actor header (users.actor_of). Every write carries
    # it into its history row and its change event (`changed_by`).
    actor: str | None = None


@dataclass(frozen=True)
class ScheduleVisit:
    """A new visit; with `body.replaces`, a move: the old visit is RESCHEDULED in the same commit."""

    body: VisitCreate
    actor: str | None = None


@dataclass(frozen=True)
class CancelVisit:
    visit_id: str
    body: VisitCancel
    actor: str | None = None


@dataclass(frozen=True)
class ChangeStatus:
    lead_id: str
    body: StatusUpdate
    # The versions If-Match accepts; None: any (no If-Match, or "*").
    if_match: frozenset[int] | None = None
    actor: str | None = None


@dataclass(frozen=True)
class EditLead:
    lead_id: str
    body: LeadEdit
    if_match: frozenset[int] | None = None
    # Who asked (the X-Actor header), kept in the field history.
    actor: str | None = None


@dataclass(frozen=True)
class ArchiveLead:
    """A soft delete; the lead's scheduled visits are cancelled in the same commit."""

    lead_id: str
    body: LeadArchive
    if_match: frozenset[int] | None = None
    actor: str | None = None


@dataclass(frozen=True)
class RestoreLead:
    lead_id: str
    body: LeadArchive
    if_match: frozenset[int] | None = None
    actor: str | None = None


@dataclass(frozen=True)
class Ping:
    """A write that changes nothing the API shows but must reach the disk: /healthz's proof of a commit."""


WriteRequest = CreateLead | ScheduleVisit | CancelVisit | ChangeStatus | EditLead | ArchiveLead | RestoreLead | Ping
# The writes that change one existing lead (and may carry If-Match).
LeadChange = ChangeStatus | EditLead | ArchiveLead | RestoreLead


@dataclass
class QueuedWrite:
    """A request waiting for the writer, with its Idempotency-Key (key, fingerprint) and its answer."""

    request: WriteRequest
    idempotency: tuple[str, str] | None
    future: asyncio.Future[WriteOutcome] = field(repr=False)

    @property
    def kind(self) -> str:
        return type(self.request).__name__


class WriteConnection(Protocol):
    """The part of a database connection the write path uses, inside one write transaction.

    SQL is written with `?` placeholders; an implementation translates them for its database."""

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]: ...

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    async def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None: ...

    async def touch(self) -> None:
        """Write something that changes nothing, so that the COMMIT must reach the disk."""
        ...


@dataclass
class _Answer:
    """What a write answers when it succeeds: the body, and the event it announces (if any)."""

    body: dict[str, Any]
    # None: no event of its own (a cancel announces visit.status_changed itself; an edit that
    # changes nothing announces nothing).
    event: EventType | None
    # Added to the event's data, not to the answer (the feed names the lead; edits say who made them).
    event_extra: dict[str, Any] | None = None
    # Whether the answer is remembered under its Idempotency-Key (an edit that changed nothing is not).
    remember: bool = True


def _extended(encoded: str, body: dict[str, Any], extra: dict[str, Any]) -> str:
    """`encoded` (json.dumps of `body`) with `extra`'s members added: spliced as text, so a create's
    event costs no second encoding of the whole answer."""
    if not body or any(key in body for key in extra):
        return json_text({**body, **extra})
    return encoded[:-1] + ", " + json_text(extra)[1:]


# The version (4) and variant (RFC 9562) bits of a random UUID, as uuid.uuid4 sets them.
_UUID_KEEP = ~(0xF000 << 64) & ~(0xC000 << 48)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)
# Random bytes are fetched this many ids at a time (see random_uuid).
_IDS_PER_FETCH = 64


class _RandomBytes(threading.local):
    """Each thread's unused random bytes (a thread never hands out another's)."""

    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        self.buffer = b""
        self.offset = 0


_random_bytes = _RandomBytes()
# A forked child must not hand out the ids its parent will: it starts with no bytes of its own.
os.register_at_fork(after_in_child=_random_bytes.forget)


def random_uuid() -> str:
    """`str(uuid.uuid4())`: 16 bytes from os.urandom with the v4 version and variant bits, without a
    UUID object on the way (2.7 -> 1.6 us), and the bytes fetched 64 ids at a time. os.urandom lets go
    of the GIL for its getrandom() call, and on the writer's thread, with the event loop waiting for
    the GIL, taking it back cost a wait behind the loop once per create."""
    pool = _random_bytes
    start = pool.offset
    if start >= len(pool.buffer):
        pool.buffer, start = os.urandom(16 * _IDS_PER_FETCH), 0
    pool.offset = start + 16
    text = f"{int.from_bytes(pool.buffer[start:start + 16]) & _UUID_KEEP | _UUID_SET:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


# ---- the batch ----------------------------------------------------------------------------------


class WriteBatch:
    """One group of write requests applied in one transaction; see the module docstring."""

    def __init__(self, conn: WriteConnection, batch: list[QueuedWrite], last_event_id: int,
                 clock: Callable[[], str], new_id: Callable[[], str] = random_uuid) -> None:
        self.conn = conn
        self.batch = batch
        self.clock = clock
        self.new_id = new_id
        self.next_event = last_event_id
        # What prefetch read: answers by Idempotency-Key, leads and visits by id, leads by phone.
        self.known: dict[str, tuple[str, str]] = {}
        self.leads: dict[str, dict[str, Any]] = {}
        self.visits: dict[str, dict[str, Any]] = {}
        self.by_phone: dict[str, list[dict[str, Any]]] = {}
        # What flush writes.
        self.new_leads: list[tuple[Any, ...]] = []
        self.new_visits: list[tuple[Any, ...]] = []
        self.visit_rows: list[tuple[Any, ...]] = []
        self.change_rows: list[tuple[Any, ...]] = []
        self.lead_rows: list[tuple[Any, ...]] = []  # edits, archives, restores: the lead's whole new state
        self.field_rows: list[tuple[Any, ...]] = []
        self.event_rows: list[tuple[Any, ...]] = []
        self.idem_rows: list[tuple[Any, ...]] = []
        self.touch = False
        self.events: list[ChangeEventRecord] = []
        self.outcomes: list[WriteOutcome | StoreError] = []

    async def run(self) -> tuple[list[WriteOutcome | StoreError], list[ChangeEventRecord]]:
        await self.prefetch()
        for item in self.batch:
            self.apply(item)
        await self.flush()
        return self.outcomes, self.events

    # -- reading what the batch needs, in a few statements --

    async def prefetch(self) -> None:
        requests = [item.request for item in self.batch]
        keys = [item.idempotency[0] for item in self.batch if item.idempotency]
        if keys:
            rows = await self.conn.fetch(
                f"SELECT key, fingerprint, response FROM idempotency WHERE key IN ({qmarks(len(keys))})", keys
            )
            self.known = {row[0]: (row[1], row[2]) for row in rows}
        wanted_ids = {r.body.lead_id if isinstance(r, ScheduleVisit) else r.lead_id
                      for r in requests if isinstance(r, ScheduleVisit | ChangeStatus | EditLead | ArchiveLead
                                                      | RestoreLead)}
        # The visits a cancel or a move changes (a visit made earlier in the batch is added as it is made).
        wanted_visits = {r.visit_id for r in requests if isinstance(r, CancelVisit)}
        wanted_visits |= {r.body.replaces for r in requests if isinstance(r, ScheduleVisit) and r.body.replaces}
        if wanted_visits:
            rows = await self.conn.fetch(
                f"SELECT {VISIT_COLUMNS} FROM visits WHERE visit_id IN ({qmarks(len(wanted_visits))})",
                list(wanted_visits),
            )
            self.visits = {row[0]: visit_from_row(row) for row in rows}
            wanted_ids |= {v["lead_id"] for v in self.visits.values()}
        # An archive cancels the lead's scheduled visits in the same transaction.
        archived_ids = list({r.lead_id for r in requests if isinstance(r, ArchiveLead)})
        if archived_ids:
            rows = await self.conn.fetch(
                f"SELECT {VISIT_COLUMNS} FROM visits WHERE status = 'SCHEDULED'"
                f" AND lead_id IN ({qmarks(len(archived_ids))}) ORDER BY seq",
                archived_ids,
            )
            self.visits.update((row[0], visit_from_row(row)) for row in rows)
        if wanted_ids:
            rows = await self.conn.fetch(
                f"SELECT {LEAD_READ_COLUMNS} FROM leads WHERE lead_id IN ({qmarks(len(wanted_ids))})",
                list(wanted_ids),
            )
            self.leads = {row[0]: lead_from_row(row) for row in rows}
        # Repeat-phone warnings: for new leads, and for edits that give a lead a new phone.
        phones = list({r.body.phone for r in requests if isinstance(r, CreateLead)}
                      | {r.body.phone for r in requests if isinstance(r, EditLead) and r.body.phone})
        if phones:
            await self._prefetch_phones(phones)

    async def _prefetch_phones(self, phones: list[str]) -> None:
        # The oldest MAX_DUPLICATES leads per phone: a number created thousands of times (a demo, a
        # script) must not make every answer, event and idempotency row grow with it.
        # One LIMITed index range per phone (leads_phone holds (phone, seq) in order), so the cost
        # is flat in how many leads share a phone; ROW_NUMBER() over the phone read all of them
        # (187 ms a create when 100,000 leads held the number). Archived leads are not warned
        # about: an archived wrong entry is not a duplicate of its fix.
        per_phone = (f"SELECT * FROM (SELECT {LEAD_COLUMNS} FROM leads WHERE phone = ? AND archived_at IS NULL"
                     f" ORDER BY seq LIMIT {MAX_DUPLICATES}) AS p")
        rows: list[Sequence[Any]] = []
        for start in range(0, len(phones), 200):  # SQLite allows 500 terms in one compound SELECT
            chunk = phones[start:start + 200]
            rows += await self.conn.fetch(" UNION ALL ".join([per_phone] * len(chunk)), chunk)
        for row in rows:
            self.by_phone.setdefault(row[2], []).append(duplicate_view(lead_from_row(row)))

    # -- applying each request --

    def apply(self, item: QueuedWrite) -> None:
        if item.idempotency:
            key, fingerprint = item.idempotency
            if key in self.known:
                first_fingerprint, response = self.known[key]
                if first_fingerprint != fingerprint:
                    self.outcomes.append(IdempotencyConflict(key))
                else:
                    self.outcomes.append(WriteOutcome(json.loads(response), replayed=True, encoded=response))
                return
        now = self.clock()
        result: _Answer | StoreError
        match item.request:
            case CreateLead() as request:
                result = self._create_lead(request, now)
            case ScheduleVisit() as request:
                result = self._schedule_visit(request, now)
            case CancelVisit() as request:
                result = self._cancel_visit(request, now)
            case ChangeStatus() as request:
                result = self._change_status(request, now)
            case EditLead() as request:
                result = self._edit_lead(request, now)
            case ArchiveLead() | RestoreLead() as request:
                result = self._archive_or_restore(request, now)
            case Ping():
                # A real page write, so the COMMIT must reach the disk: a transaction that changes
                # nothing commits even on a full disk.
                self.touch = True
                self.outcomes.append(WriteOutcome({}))
                return
        self._finish(item, result, now)

    def _finish(self, item: QueuedWrite, result: _Answer | StoreError, now: str) -> None:
        """The tail every write shares: the answer encoded once, its event, its Idempotency-Key."""
        if isinstance(result, StoreError):
            self.outcomes.append(result)
            return
        body = result.body
        # The answer is the event's data too (a lead.created event carries possible_duplicates), with who
        # made the change: every event says `changed_by`.
        encoded = json_text(body)
        if result.event is not None:
            extra = {"changed_by": getattr(item.request, "actor", None), **(result.event_extra or {})}
            self._emit(result.event, {**body, **extra}, _extended(encoded, body, extra), now)
        if item.idempotency and result.remember:
            self.known[item.idempotency[0]] = (item.idempotency[1], encoded)
            self.idem_rows.append((item.idempotency[0], item.idempotency[1], encoded, now))
        self.outcomes.append(WriteOutcome(body, encoded=encoded))

    def _create_lead(self, request: CreateLead, now: str) -> _Answer:
        create = request.body
        lead_id = self.new_id()
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
        matches = self.by_phone.setdefault(create.phone, [])
        lead.update(version=1, archived=False, archived_at=None, assigned_to=create.assigned_to,
                    created_by=request.actor)
        body = {**lead, "possible_duplicates": list(matches)}
        if len(matches) < MAX_DUPLICATES:
            matches.append(duplicate_view(lead))
        self.leads[lead_id] = lead
        self.new_leads.append((*list(lead.values())[:8], create.assigned_to, request.actor))
        return _Answer(body, "lead.created")

    def _schedule_visit(self, request: ScheduleVisit, now: str) -> _Answer | StoreError:
        visit_in = request.body
        lead = self.leads.get(visit_in.lead_id)
        if lead is None:
            return LeadNotFound(visit_in.lead_id)
        if lead["archived"]:
            return LeadConflict(f"Lead {visit_in.lead_id} is archived; restore it first")
        old_visit = self._changeable_visit(visit_in.replaces, visit_in.lead_id) if visit_in.replaces else None
        if isinstance(old_visit, StoreError):
            return old_visit
        body: dict[str, Any] = {
            "visit_id": self.new_id(),
            "lead_id": visit_in.lead_id,
            "visit_time": visit_in.visit_time,
            "notes": visit_in.notes or None,
            "status": "SCHEDULED",
            "created_at": now,
            "updated_at": now,
            "replaces": visit_in.replaces,
            "status_notes": None,
            "created_by": request.actor,
            "updated_by": None,
        }
        self.new_visits.append((*body.values(), visit_epoch(visit_in.visit_time)))
        self.visits[body["visit_id"]] = body
        if old_visit is not None:  # moved: the old one is RESCHEDULED in the same commit
            self._change_visit(old_visit, "RESCHEDULED", f"moved to {visit_in.visit_time}", now, request.actor)
        # The feed and the console name the lead, so a person reading them needs no lookup; the answer
        # stays the reference's visit.
        return _Answer(body, "visit.scheduled", {"lead_name": lead["name"]})

    def _cancel_visit(self, request: CancelVisit, now: str) -> _Answer | StoreError:
        found = self._changeable_visit(request.visit_id, None)
        if isinstance(found, StoreError):
            return found
        old_status = found["status"]
        body = {**self._change_visit(found, "CANCELLED", request.body.notes or None, now, request.actor),
                "old_status": old_status}
        return _Answer(body, None)  # _change_visit announced it

    def _change_status(self, request: ChangeStatus, now: str) -> _Answer | StoreError:
        found = self._changeable_lead(request)
        if isinstance(found, StoreError):
            return found
        update = request.body
        old_status = found["status"]
        lead = {**found, "status": update.status, "updated_at": now, "version": found["version"] + 1}
        self._save_lead(lead, [], None, now)
        notes = update.notes or None
        self.change_rows.append((request.lead_id, old_status, update.status, notes, now, request.actor))
        return _Answer({**lead, "old_status": old_status, "notes": notes}, "lead.status_changed")

    def _edit_lead(self, request: EditLead, now: str) -> _Answer | StoreError:
        found = self._changeable_lead(request)
        if isinstance(found, StoreError):
            return found
        changes = [
            {"field": name, "old_value": found[name], "new_value": value}
            for name, value in request.body.changes().items()
            if found[name] != value
        ]
        if not changes:  # every value sent is already the lead's: nothing to write or announce
            return _Answer({**found, "changes": [], "possible_duplicates": []}, None, remember=False)
        new_phone = next((c["new_value"] for c in changes if c["field"] == "phone"), None)
        duplicates = ([d for d in self.by_phone.get(new_phone, []) if d["lead_id"] != request.lead_id]
                      if new_phone else [])
        lead = {**found, **{c["field"]: c["new_value"] for c in changes},
                "updated_at": now, "version": found["version"] + 1}
        self._save_lead(lead, changes, request.actor, now)
        if new_phone:  # a later create or edit in this batch with the same phone is warned of this lead
            matches = self.by_phone.setdefault(new_phone, [])
            if len(matches) < MAX_DUPLICATES:
                matches.append(duplicate_view(lead))
        body = {**lead, "changes": changes, "possible_duplicates": duplicates}
        return _Answer(body, "lead.updated", {"changed_by": request.actor})

    def _archive_or_restore(self, request: ArchiveLead | RestoreLead, now: str) -> _Answer | StoreError:
        archiving = isinstance(request, ArchiveLead)
        found = self._changeable_lead(request, restoring=not archiving)
        if isinstance(found, StoreError):
            return found
        if found["archived"] == archiving:
            state = "archived" if archiving else "not archived"
            return LeadConflict(f"Lead {request.lead_id} is already {state}")
        lead = {**found, "archived": archiving, "archived_at": now if archiving else None,
                "updated_at": now, "version": found["version"] + 1}
        changes = [{"field": "archived", "old_value": str(not archiving).lower(),
                    "new_value": str(archiving).lower()}]
        self._save_lead(lead, changes, request.actor, now)
        cancelled: list[dict[str, Any]] = []
        if archiving:
            reason = request.body.notes
            note = f"{ARCHIVE_VISIT_NOTE}: {reason}" if reason else ARCHIVE_VISIT_NOTE
            for visit in [v for v in self.visits.values()
                          if v["lead_id"] == request.lead_id and v["status"] == "SCHEDULED"]:
                cancelled.append(self._change_visit(visit, "CANCELLED", note, now, request.actor))
        body = {**lead, "changes": changes, "cancelled_visits": cancelled}
        return _Answer(body, "lead.archived" if archiving else "lead.restored", {"changed_by": request.actor})

    # -- the rules and bookkeeping the kinds share --

    def _emit(self, kind: EventType, data: dict[str, Any], encoded: str, now: str) -> None:
        self.next_event += 1
        self.events.append(ChangeEventRecord(self.next_event, kind, data, encoded))
        self.event_rows.append((self.next_event, kind, encoded, now))

    def _change_visit(self, visit: dict[str, Any], status: str, note: str | None, now: str,
                      actor: str | None) -> dict[str, Any]:
        """The visit after the change, recorded and announced (visit.status_changed)."""
        changed = {**visit, "status": status, "updated_at": now, "status_notes": note, "updated_by": actor}
        self.visits[visit["visit_id"]] = changed
        self.visit_rows.append((status, now, note, actor, visit["visit_id"]))
        data = {**changed, "old_status": visit["status"], "lead_name": self.leads[visit["lead_id"]]["name"],
                "changed_by": actor}
        self._emit("visit.status_changed", data, json_text(data), now)
        return changed

    def _changeable_lead(self, write: LeadChange, restoring: bool = False) -> dict[str, Any] | StoreError:
        """The lead a write changes, or why it cannot (unknown, If-Match stale, archived)."""
        lead = self.leads.get(write.lead_id)
        if lead is None:
            return LeadNotFound(write.lead_id)
        if write.if_match is not None and lead["version"] not in write.if_match:
            return PreconditionFailed(lead)
        if lead["archived"] and not restoring:
            return LeadConflict(f"Lead {write.lead_id} is archived; restore it first")
        return lead

    def _save_lead(self, lead: dict[str, Any], changes: list[dict[str, Any]], actor: str | None, now: str) -> None:
        # The whole state, in batch order: two changes of one lead in a batch end as the second left it.
        self.leads[lead["lead_id"]] = lead
        self.lead_rows.append((lead["name"], lead["phone"], lead["city"], lead["source"], lead["status"],
                               lead["updated_at"], lead["version"], lead["archived_at"], lead["assigned_to"],
                               lead["lead_id"]))
        self.field_rows.extend((lead["lead_id"], c["field"], c["old_value"], c["new_value"], actor, now)
                               for c in changes)

    def _changeable_visit(self, visit_id: str, lead_id: str | None) -> dict[str, Any] | StoreError:
        visit = self.visits.get(visit_id)
        if visit is None:
            return VisitNotFound(visit_id)
        if lead_id is not None and visit["lead_id"] != lead_id:
            return VisitConflict(f"Visit {visit_id} belongs to another lead")
        if visit["status"] != "SCHEDULED":
            return VisitConflict(f"Visit {visit_id} is already {visit['status']}")
        return visit

    # -- writing the rows, one statement per table --

    async def flush(self) -> None:
        conn = self.conn
        if self.touch:
            await conn.touch()
        if self.new_leads:
            await conn.executemany(f"INSERT INTO leads ({LEAD_COLUMNS}, assigned_to, created_by) VALUES ({qmarks(10)})",
                                   self.new_leads)
        if self.new_visits:
            await conn.executemany(
                f"INSERT INTO visits ({VISIT_COLUMNS}, visit_epoch) VALUES ({qmarks(VISIT_WIDTH + 1)})", self.new_visits
            )
        if self.visit_rows:  # after the inserts: a visit made and cancelled in one batch ends cancelled
            await conn.executemany(
                "UPDATE visits SET status = ?, updated_at = ?, status_notes = ?, updated_by = ? WHERE visit_id = ?",
                self.visit_rows,
            )
        if self.lead_rows:
            await conn.executemany(
                "UPDATE leads SET name = ?, phone = ?, city = ?, source = ?, status = ?, updated_at = ?, version = ?,"
                " archived_at = ?, assigned_to = ? WHERE lead_id = ?",
                self.lead_rows,
            )
        if self.field_rows:
            await conn.executemany(
                f"INSERT INTO field_changes ({FIELD_CHANGE_COLUMNS}) VALUES ({qmarks(6)})", self.field_rows
            )
        if self.change_rows:
            await conn.executemany(
                "INSERT INTO status_changes (lead_id, old_status, new_status, notes, changed_at, changed_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                self.change_rows,
            )
        if self.event_rows:
            await conn.executemany("INSERT INTO events (id, type, data, created_at) VALUES (?, ?, ?, ?)",
                                   self.event_rows)
        if self.idem_rows:
            await conn.executemany(
                "INSERT INTO idempotency (key, fingerprint, response, created_at) VALUES (?, ?, ?, ?)",
                self.idem_rows,
            )
