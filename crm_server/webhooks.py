"""Webhooks: every change event, signed as Standard Webhooks say, delivered to each endpoint in order.

The outbox is the `events` table the change feed already replays: it is durable and ordered, and each
event is written in the same transaction as the change it describes. Each endpoint keeps a cursor
(`last_event_id`): the last event it acknowledged with a 2xx, or that its event filter leaves out. The
cursor moves only after the answer is in, so nothing is lost across restarts or kill -9; what was not
recorded as delivered is sent again. The guarantee is at-least-once with a stable `webhook-id`
(`msg_<endpoint>_<event id>`, the same on every attempt): an event whose 2xx arrived just before a crash,
before it was recorded, is sent once more, and the receiver dedupes by the id.

Order: one event at a time per endpoint, the next only after the previous one was acknowledged. A
failing event holds back the ones after it: it is retried on the schedule in the settings (exponential
backoff with jitter, about a day by default); when the last retry fails the endpoint is disabled, the
server log says so, and `crm-server webhooks enable ID` resumes it from that same event.

CRM writes never wait on a receiver: delivery runs in tasks of its own, with its own database connection
on its own thread, each HTTP attempt bounded by a timeout, at most MAX_CONCURRENT_DELIVERIES at once. Its
bookkeeping commits are small and use synchronous=NORMAL: a power cut (not a crash) may roll a cursor
back, so an event is sent twice; it cannot be lost.

The CLI (`crm-server webhooks ...`, webhooks_cli.py) uses the same WebhookBook on the same file while a
server runs: SQLite's own locking with a busy timeout, not the server's data-dir lock. A running server
sees a new, removed or re-enabled endpoint at its next poll (POLL_EVERY_S).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import json
import logging
import random
import secrets
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, get_args

import aiohttp
from aiohttp import web
from standardwebhooks import Webhook
from yarl import URL

from crm_server.keys import SETTINGS_KEY, STORE_KEY
from crm_server.models import EventTypeName
from crm_server.sql_session import SqlSession, connect, session_beside

log = logging.getLogger("crm_server.webhooks")

EVENT_TYPES: tuple[str, ...] = get_args(EventTypeName)
# How often the server looks for endpoints added, removed or re-enabled by the CLI (new events and due
# retries wake it at once).
POLL_EVERY_S = 1.0
# HTTP attempts in flight at once, across all endpoints.
MAX_CONCURRENT_DELIVERIES = 8
# Events read from the table per query while an endpoint catches up.
EVENTS_PER_READ = 100
# Delivery log rows kept per endpoint (older ones are dropped).
LOG_ROWS_KEPT = 1000
USER_AGENT = "voice-crm-webhooks/1"
# The schema migration that created the webhook tables (schema.MIGRATIONS, counted from 1).
SCHEMA_VERSION = 9

ENDPOINT_COLUMNS = ("id, url, secret, event_types, created_at, last_event_id, attempts, failing_since,"
                    " next_attempt_at, disabled_at, disabled_reason")
DELIVERY_COLUMNS = ("endpoint_id, event_id, message_id, attempt, attempted_at, status_code, error, duration_ms,"
                    " next_retry_at")


class WebhookError(ValueError):
    """A request refused, with a reason a person can act on (a bad URL, an unknown event type)."""


def check_url(text: str) -> str:
    """The URL to deliver to, as given; WebhookError unless it is an absolute http(s) URL with a host."""
    candidate = text.strip()
    example = "e.g. https://example.com/hooks/crm"
    if not candidate or any(ch.isspace() or ord(ch) < 32 for ch in candidate):
        raise WebhookError(f"{text!r} is not a URL ({example})")
    try:
        url = URL(candidate)
    except ValueError as exc:
        raise WebhookError(f"{text!r} is not a URL: {exc} ({example})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise WebhookError(f"{text!r} is not an http:// or https:// URL with a host ({example})")
    if url.user is not None or url.password is not None:
        raise WebhookError(f"{text!r} carries a user name or password: the signature proves who sends, so leave "
                           "credentials out of the URL")
    if url.fragment:
        raise WebhookError(f"{text!r} has a #fragment, which is never sent to a server; leave it out")
    return candidate


def parse_event_types(text: str | None) -> tuple[str, ...] | None:
    """`--events lead.created,visit.scheduled` as a tuple; None (no filter) when not given."""
    if text is None:
        return None
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in EVENT_TYPES]
    if not names or unknown:
        shown = ", ".join(repr(name) for name in unknown) or "none"
        raise WebhookError(f"unknown event type {shown}; the events are: {', '.join(EVENT_TYPES)}")
    return tuple(dict.fromkeys(names))


def new_secret() -> str:
    """A signing secret in the Standard Webhooks form: whsec_ and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def message_id(endpoint_id: str, event_id: int) -> str:
    """The webhook-id of one event to one endpoint: the same on every attempt, so receivers can dedupe."""
    return f"msg_{endpoint_id}_{event_id}"


def iso_utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Endpoint:
    """A receiver of webhooks and where its delivery stands."""

    id: str
    url: str
    secret: str
    event_types: tuple[str, ...] | None  # None: every event
    created_at: str
    last_event_id: int  # every event up to this one is acknowledged (2xx) or filtered out
    attempts: int  # failed attempts at the event after last_event_id
    failing_since: float | None
    next_attempt_at: float | None
    disabled_at: str | None
    disabled_reason: str | None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Endpoint:
        types = tuple(row[3].split(",")) if row[3] else None
        return cls(row[0], row[1], row[2], types, row[4], int(row[5]), int(row[6]), row[7], row[8], row[9], row[10])

    def wants(self, event_type: str) -> bool:
        return self.event_types is None or event_type in self.event_types


@dataclass(frozen=True)
class Delivery:
    """One attempt, as the delivery log keeps it."""

    endpoint_id: str
    event_id: int
    message_id: str
    attempt: int
    attempted_at: str
    status_code: int | None
    error: str | None
    duration_ms: float
    next_retry_at: str | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(frozen=True)
class OutgoingEvent:
    id: int
    type: str
    data: str  # the event's JSON as the store wrote it
    created_at: str

    def payload(self) -> str:
        """The body: Standard Webhooks' {type, timestamp, data}, plus the event id; `data` is sent as stored."""
        return (f'{{"type": {json.dumps(self.type)}, "timestamp": {json.dumps(self.created_at)},'
                f' "event_id": {self.id}, "data": {self.data}}}')


def open_server_session(path: Path) -> Callable[[], sqlite3.Connection]:
    """The server's connection for webhooks. Its bookkeeping commits use synchronous=NORMAL: a power cut
    may roll a cursor back (an event sent twice), never lose an event; a crash of the process loses
    nothing."""

    def connect_db() -> sqlite3.Connection:
        db = connect(path)
        db.execute("PRAGMA synchronous=NORMAL")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version < SCHEMA_VERSION:
            db.close()
            raise WebhookError(f"{path} has no webhook tables (schema version {version})")
        return db

    return connect_db


class WebhookBook:
    """Endpoints and their delivery log: the one set of SQL the CLI and the server's delivery share."""

    def __init__(self, sql: SqlSession) -> None:
        self.sql = sql
        # Whether any endpoint was enabled at the last `due` (True until then: look at least once).
        self.any_enabled = True

    async def close(self) -> None:
        await self.sql.close()

    # ---- what the CLI does ----------------------------------------------------------------------

    async def add(self, url: str, event_types: tuple[str, ...] | None) -> Endpoint:
        """A new endpoint, delivered every change committed from now on."""
        endpoint_id = "ep_" + secrets.token_hex(5)
        async with self.sql.transaction() as tx:
            newest = int((await tx.fetch("SELECT COALESCE(MAX(id), 0) FROM events"))[0][0])
            await tx.fetch(
                f"INSERT INTO webhook_endpoints ({ENDPOINT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, NULL, NULL,"
                " NULL) RETURNING id",
                (endpoint_id, check_url(url), new_secret(), ",".join(event_types) if event_types else None,
                 datetime.now(UTC).isoformat(timespec="milliseconds"), newest),
            )
        endpoint = await self.get(endpoint_id)
        assert endpoint is not None
        return endpoint

    async def endpoints(self) -> list[Endpoint]:
        rows = await self.sql.fetch(f"SELECT {ENDPOINT_COLUMNS} FROM webhook_endpoints ORDER BY created_at, id")
        return [Endpoint.from_row(row) for row in rows]

    async def get(self, endpoint_id: str) -> Endpoint | None:
        rows = await self.sql.fetch(f"SELECT {ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = ?", (endpoint_id,))
        return Endpoint.from_row(rows[0]) if rows else None

    async def remove(self, endpoint_id: str) -> bool:
        async with self.sql.transaction() as tx:
            gone = await tx.fetch("DELETE FROM webhook_endpoints WHERE id = ? RETURNING id", (endpoint_id,))
            await tx.fetch("DELETE FROM webhook_deliveries WHERE endpoint_id = ? RETURNING id", (endpoint_id,))
        return bool(gone)

    async def set_enabled(self, endpoint_id: str, enabled: bool, reason: str = "disabled by hand") -> Endpoint | None:
        """Enable (retry the held-back event now, with a fresh schedule) or disable an endpoint."""
        async with self.sql.transaction() as tx:
            if enabled:
                await tx.fetch("UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL, attempts = 0,"
                               " failing_since = NULL, next_attempt_at = NULL WHERE id = ? RETURNING id", (endpoint_id,))
            else:
                await tx.fetch("UPDATE webhook_endpoints SET disabled_at = ?, disabled_reason = ? WHERE id = ?"
                               " AND disabled_at IS NULL RETURNING id",
                               (datetime.now(UTC).isoformat(timespec="seconds"), reason, endpoint_id))
        return await self.get(endpoint_id)

    async def deliveries(self, endpoint_id: str, limit: int = 50) -> list[Delivery]:
        """The newest `limit` attempts, oldest first."""
        rows = await self.sql.fetch(
            f"SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?",
            (endpoint_id, limit),
        )
        return [Delivery(*row) for row in reversed(rows)]

    async def last_event_id(self) -> int:
        return int((await self.sql.fetch("SELECT COALESCE(MAX(id), 0) FROM events"))[0][0])

    # ---- what delivery does ---------------------------------------------------------------------

    async def due(self, now: float) -> tuple[list[Endpoint], float | None]:
        """Enabled endpoints with events to send and no retry pending later; and the next retry time.
        Sets `any_enabled`: whether any endpoint is enabled at all (caught up or not)."""
        rows = await self.sql.fetch(
            f"SELECT {ENDPOINT_COLUMNS}, (SELECT COALESCE(MAX(id), 0) FROM events) FROM webhook_endpoints"
            " WHERE disabled_at IS NULL"
        )
        self.any_enabled = bool(rows)
        endpoints = [Endpoint.from_row(row) for row in rows if int(row[5]) < int(row[-1])]
        ready = [e for e in endpoints if e.next_attempt_at is None or e.next_attempt_at <= now]
        later = [e.next_attempt_at for e in endpoints if e.next_attempt_at is not None and e.next_attempt_at > now]
        return ready, min(later, default=None)

    async def events_after(self, event_id: int, limit: int = EVENTS_PER_READ) -> list[OutgoingEvent]:
        rows = await self.sql.fetch(
            "SELECT id, type, data, created_at FROM events WHERE id > ? ORDER BY id LIMIT ?", (event_id, limit)
        )
        return [OutgoingEvent(int(r[0]), r[1], r[2], r[3]) for r in rows]

    async def skip_to(self, endpoint_id: str, event_id: int) -> Endpoint | None:
        """Move the cursor past events the endpoint's filter leaves out."""
        async with self.sql.transaction() as tx:
            await tx.fetch(f"UPDATE webhook_endpoints SET {_ADVANCE} WHERE id = ? RETURNING id",
                           (event_id, event_id, endpoint_id))
        return await self.get(endpoint_id)

    async def record(self, delivery: Delivery, *, attempts: int, failing_since: float | None,
                     next_attempt_at: float | None, disabled_reason: str | None) -> Endpoint | None:
        """Log one attempt and move the endpoint on, in one transaction: past the event after a 2xx,
        else to its next attempt (or disabled). None when the endpoint was removed meanwhile."""
        async with self.sql.transaction() as tx:
            if delivery.ok:
                changed = await tx.fetch(
                    f"UPDATE webhook_endpoints SET {_ADVANCE}, attempts = 0, failing_since = NULL,"
                    " next_attempt_at = NULL WHERE id = ? RETURNING id",
                    (delivery.event_id, delivery.event_id, delivery.endpoint_id),
                )
            else:
                changed = await tx.fetch(
                    "UPDATE webhook_endpoints SET attempts = ?, failing_since = ?, next_attempt_at = ?,"
                    " disabled_at = COALESCE(disabled_at, ?), disabled_reason = COALESCE(disabled_reason, ?)"
                    " WHERE id = ? RETURNING id",
                    (attempts, failing_since, next_attempt_at,
                     delivery.attempted_at if disabled_reason else None, disabled_reason, delivery.endpoint_id),
                )
            if changed:
                inserted = await tx.fetch(
                    f"INSERT INTO webhook_deliveries ({DELIVERY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
                    (delivery.endpoint_id, delivery.event_id, delivery.message_id, delivery.attempt,
                     delivery.attempted_at, delivery.status_code, delivery.error, delivery.duration_ms,
                     delivery.next_retry_at))
                if int(inserted[0][0]) % 64 == 0:
                    await tx.fetch(
                        "DELETE FROM webhook_deliveries WHERE endpoint_id = ? AND id <= (SELECT id FROM"
                        " webhook_deliveries WHERE endpoint_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?) RETURNING id",
                        (delivery.endpoint_id, delivery.endpoint_id, LOG_ROWS_KEPT),
                    )
        return await self.get(delivery.endpoint_id)


# Move an endpoint's cursor forward to an event (never back): two `?`, the event id twice.
_ADVANCE = "last_event_id = CASE WHEN last_event_id < ? THEN ? ELSE last_event_id END"


def _span(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min" if seconds < 7200 else f"{seconds / 3600:.1f} h"


def _describe_failure(exc: BaseException, timeout_s: float) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout_s:g} s"
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 300 else text[:300] + "…"


class DeliveryLease(Protocol):
    """The right to deliver, when several servers share one database."""

    async def held(self) -> bool: ...

    async def release(self) -> None: ...


class WebhookDispatcher:
    """Delivers events to every enabled endpoint while the server runs."""

    def __init__(self, open_session: Callable[[], Awaitable[SqlSession]], retry_schedule_s: tuple[float, ...],
                 timeout_s: float, notice: Callable[[str], None] | None = None,
                 lease: DeliveryLease | None = None) -> None:
        self.open_session = open_session
        # With several servers on one database: deliver only while this lease is held (webhooks_pg.py).
        self.lease = lease
        self.retry_schedule_s = retry_schedule_s
        self.timeout_s = timeout_s
        self.notice = notice or log.warning
        self._book: WebhookBook | None = None
        self._session: aiohttp.ClientSession | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._wake = asyncio.Event()
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_DELIVERIES)
        self._signers: dict[str, Webhook] = {}
        self.delivered = 0  # 2xx answers since start (for tests and health)

    async def start(self) -> None:
        self._book = WebhookBook(await self.open_session())
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.timeout_s), headers={"User-Agent": USER_AGENT}
        )
        self._task = asyncio.create_task(self._run(), name="crm-webhooks")

    async def stop(self) -> None:
        """Stop delivering: an attempt in flight is abandoned unrecorded and made again at the next start."""
        self._stopping = True
        tasks = [t for t in (self._task, *self._workers.values()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None
        self._workers.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._book is not None:
            await self._book.close()
            self._book = None
        if self.lease is not None:
            await self.lease.release()

    def wake(self, _events: object = None) -> None:
        """A commit listener: new events are waiting. With no endpoint enabled (as of the last look) the
        commit is left to the next poll: a look per commit was a query per commit, 4% of the event
        loop's time under a stream of creates, for nothing in a CRM without webhooks. An endpoint
        added meanwhile (`crm-server webhooks add`, another process) is found by that poll, within
        POLL_EVERY_S, and starts from the events after its creation as before."""
        if self._book is None or self._book.any_enabled:
            self._wake.set()

    @property
    def book(self) -> WebhookBook:
        if self._book is None:
            raise RuntimeError("webhook delivery is not running")
        return self._book

    async def _run(self) -> None:
        failing = ""
        while not self._stopping:
            self._wake.clear()
            wait = POLL_EVERY_S
            try:
                if not await self._may_deliver():
                    await asyncio.sleep(POLL_EVERY_S)
                    continue
                ready, next_at = await self.book.due(time.time())
                for endpoint in ready:
                    if endpoint.id not in self._workers:
                        worker = asyncio.create_task(self._drain(endpoint.id), name=f"crm-webhook-{endpoint.id}")
                        self._workers[endpoint.id] = worker
                        worker.add_done_callback(functools.partial(self._worker_done, endpoint.id))
                if next_at is not None:
                    wait = max(0.0, min(wait, next_at - time.time()))
                failing = ""
            except Exception as exc:  # a locked or vanished database: say it once, keep trying
                if str(exc) != failing:
                    log.exception("webhook delivery cannot read its endpoints; will retry")
                failing = str(exc)
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancel that arrives as the
            # event is set (a worker ending as stop() cancels both), and stop() would wait forever.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

    async def _may_deliver(self) -> bool:
        """True unless another server holds the delivery lease; losing it stops this server's deliveries."""
        if self.lease is None:
            return True
        try:
            held = await self.lease.held()
        except Exception as exc:  # the database is unreachable: no lease, try again
            log.warning("webhook delivery lease: %s; trying again", exc)
            held = False
        if not held and self._workers:
            workers = list(self._workers.values())
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return held

    def _worker_done(self, endpoint_id: str, task: asyncio.Task[None]) -> None:
        if self._workers.get(endpoint_id) is task:
            del self._workers[endpoint_id]
        if self._stopping:
            return
        if not task.cancelled() and task.exception() is not None:
            log.error("webhook delivery to %s failed", endpoint_id, exc_info=task.exception())
        self._wake.set()  # events may have come in while it worked

    async def _drain(self, endpoint_id: str) -> None:
        """Send the endpoint's events in order until it is caught up, fails, or is removed or disabled."""
        endpoint = await self.book.get(endpoint_id)
        while endpoint is not None and endpoint.disabled_at is None:
            if endpoint.next_attempt_at is not None and endpoint.next_attempt_at > time.time():
                return
            events = await self.book.events_after(endpoint.last_event_id)
            if not events:
                return
            for event in events:
                if not endpoint.wants(event.type):
                    continue
                endpoint, delivered = await self._attempt(endpoint, event)
                if not delivered or endpoint is None or endpoint.disabled_at is not None:
                    return
            if endpoint.last_event_id < events[-1].id:  # the batch ended with events it does not want
                endpoint = await self.book.skip_to(endpoint.id, events[-1].id)

    async def _attempt(self, endpoint: Endpoint, event: OutgoingEvent) -> tuple[Endpoint | None, bool]:
        """One POST of one event; the outcome recorded. Returns the endpoint as it now stands, and
        whether the event was acknowledged."""
        assert self._session is not None
        msg_id = message_id(endpoint.id, event.id)
        body = event.payload()
        signer = self._signers.get(endpoint.secret)
        if signer is None:
            signer = self._signers[endpoint.secret] = Webhook(endpoint.secret)
        sent_at = datetime.now(UTC)
        headers = {
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(sent_at.timestamp())),
            "webhook-signature": signer.sign(msg_id, sent_at, body),
            "Content-Type": "application/json",
        }
        status: int | None = None
        error: str | None = None
        started = time.monotonic()
        async with self._slots:
            try:
                async with self._session.post(endpoint.url, data=body.encode(), headers=headers,
                                              allow_redirects=False) as response:
                    status = response.status
            except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
                error = _describe_failure(exc, self.timeout_s)
        duration_ms = round((time.monotonic() - started) * 1000, 1)
        if status is not None and not 200 <= status < 300:
            error = f"HTTP {status}" + (" (redirects are not followed)" if 300 <= status < 400 else "")
        attempt = endpoint.attempts + 1
        now = time.time()
        next_at: float | None = None
        disabled: str | None = None
        failing_since = None
        if error is not None:
            failing_since = endpoint.failing_since or now
            if attempt > len(self.retry_schedule_s):
                disabled = (f"disabled after {attempt} failed attempts over {_span(now - failing_since)}"
                            f" at event {event.id}"
                            f" (last: {error}); `crm-server webhooks enable {endpoint.id}` resumes from that event")
            else:
                next_at = now + self.retry_schedule_s[attempt - 1] * random.uniform(0.8, 1.2)
        delivery = Delivery(endpoint.id, event.id, msg_id, attempt, sent_at.isoformat(timespec="milliseconds"),
                            status, error, duration_ms, iso_utc(next_at) if next_at is not None else None)
        updated = await self.book.record(delivery, attempts=0 if error is None else attempt,
                                         failing_since=failing_since, next_attempt_at=next_at,
                                         disabled_reason=disabled)
        if error is None:
            self.delivered += 1
        if disabled is not None:
            self.notice(f"webhook {endpoint.id} ({endpoint.url}) {disabled}")
        return updated, error is None


async def webhook_delivery(app: web.Application,
                           started: Callable[[WebhookDispatcher], None] | None = None) -> AsyncIterator[None]:
    """Deliver while the app serves (crm_server.app's LateParts runs it once the server serves, and ends it
    before the store closes); `started` hears of the dispatcher once it delivers."""
    store = app[STORE_KEY]
    settings = app[SETTINGS_KEY]
    if store.read_only_reason is not None:
        yield  # a database that cannot be written cannot record deliveries either
        return
    lease: DeliveryLease | None = None
    if store.backend.dialect.postgres:
        from crm_server.postgres_db import PostgresBackend
        from crm_server.webhooks_pg import PostgresDeliveryLease

        assert isinstance(store.backend, PostgresBackend)
        lease = PostgresDeliveryLease(store.backend.url)

    async def open_session() -> SqlSession:
        return await session_beside(store, open_server_session(store.path))

    dispatcher = WebhookDispatcher(open_session, settings.webhook_retry_schedule_s, settings.webhook_timeout_s,
                                   lease=lease)
    await dispatcher.start()
    store.add_commit_listener(dispatcher.wake)
    if started is not None:
        started(dispatcher)
    try:
        yield
    finally:
        await dispatcher.stop()
