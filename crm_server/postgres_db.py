"""The PostgreSQL backend: `CRM_DATABASE_URL=postgresql://…`, several servers on one database.

Driver: asyncpg. The server is asyncio from end to end, and asyncpg is an asyncio driver written for it:
the binary protocol (no text parsing of every integer and timestamp), prepared statements cached per
connection, a pipelined `executemany` (one round trip for a batch's rows, which is what group commit
needs), and a connection pool built in. It is the fastest Python driver in its own and independent
benchmarks and has been maintained by the same team (MagicStack) since 2016. psycopg 3 would also do;
its async mode is a layer over a driver designed for both sync and async use, and it needs the pool from
a second package.

What several servers on one database need, and how each is done:
- Writes from any server: every write transaction takes `pg_advisory_xact_lock(WRITE_LOCK)` first and
  then reads the last event id, so event ids are given and committed strictly in order across servers
  (a feed reading "events after N" can never pass an id that commits later). Locks last to COMMIT.
- The change feed across servers: each write transaction ends with `pg_notify(EVENTS_CHANNEL, …)`
  (delivered at COMMIT); every server LISTENs and, woken, reads the events table after the last id it
  delivered (the table is the truth; a missed notification only delays). So a feed client may resume
  with Last-Event-ID on any server.
- Idempotency-Keys unique across servers: the key is the table's primary key, and the write lock makes
  the second server see the first one's answer and replay it.
- One CSV mirror writer at a time: `pg_try_advisory_lock(MIRROR_LOCK)` on a connection of its own
  (a session lock: PostgreSQL drops it when that server stops or dies); the others try every second.

Transient failures (a connection reset, a failover, a serialization failure) are retried where it is
safe: reads always; a write transaction when it failed before COMMIT was sent (PostgreSQL rolled it
back). When COMMIT itself lost its connection the outcome is unknown, and the client is told so (503)
to retry with its Idempotency-Key. Anything else is a 503 naming the database's reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import asyncpg

from crm_server.database import POSTGRES, T, WriteWork, numbered_placeholders, safe_url
from crm_server.schema import MIRROR_SNAPSHOT_SQL, PG_MIGRATIONS
from crm_server.writes import StoreUnavailable

log = logging.getLogger("crm_server")

# Advisory lock keys (one 64-bit number each, chosen once: "CRM" and a purpose).
WRITE_LOCK = 0x43524D_0001
MIRROR_LOCK = 0x43524D_0002
MIGRATION_LOCK = 0x43524D_0003
EVENTS_CHANNEL = "crm_events"
DEFAULT_POOL_SIZE = 10
# Attempts of a transaction or read that failed in a way that is safe to retry, and the pause before each.
RETRY_DELAYS_S = (0.05, 0.25, 1.0)
# How often a standby server tries to take over the CSV mirror, and re-opens a lost LISTEN connection.
STANDBY_EVERY_S = 1.0

# Errors after which the same statement may succeed on a fresh connection or a second try.
_TRANSIENT: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.SerializationError,
    asyncpg.exceptions.DeadlockDetectedError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.ReadOnlySQLTransactionError,  # a failover: the old primary is now a standby
    asyncpg.exceptions.TooManyConnectionsError,
    # A connection whose server end went away mid-protocol (terminated, failed over) can be left in a
    # state the driver refuses to use; a fresh connection works.
    asyncpg.exceptions.InternalClientError,
    ConnectionError,
    TimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, _TRANSIENT)


def _discard(conn: Any) -> None:
    """Close a pooled connection that failed mid-protocol, so the pool opens a fresh one in its place
    (the pool may already have let go of it when the server end vanished: nothing more to do then)."""
    with contextlib.suppress(Exception):
        conn.terminate()


class PostgresWriteConnection:
    """One pooled connection inside a write transaction, as the write path's WriteConnection."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return [tuple(row) for row in await self.conn.fetch(numbered_placeholders(sql), *params)]

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        await self.conn.execute(numbered_placeholders(sql), *params)

    async def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        await self.conn.executemany(numbered_placeholders(sql), rows)

    async def touch(self) -> None:
        # A transaction id makes COMMIT write (and flush) a WAL record.
        await self.conn.execute("SELECT pg_current_xact_id()")


class SessionLease:
    """One server's turn at a job only one server may do (the CSV mirror, webhook delivery): a
    session-level advisory lock held on a connection of its own. PostgreSQL releases a session lock
    when its connection ends, so a server that stops, crashes or is killed hands the job on by
    itself; the others keep trying `take()`."""

    def __init__(self, url: str, key: int) -> None:
        self.url = url
        self.key = key
        self._conn: asyncpg.Connection | None = None

    def holds(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def take(self) -> bool:
        """Take the lock if no server holds it; True when this server holds it now."""
        if self.holds():
            return True
        self._conn = None
        conn = await asyncpg.connect(self.url)
        try:
            if await conn.fetchval("SELECT pg_try_advisory_lock($1)", self.key):
                self._conn = conn
                return True
        except BaseException:
            await conn.close()
            raise
        await conn.close()
        return False

    async def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), 5)  # closing the session releases the lock


class PostgresBackend:
    """Leads, visits, histories and change events in a PostgreSQL database (see the module docstring)."""

    dialect = POSTGRES
    shared = True

    def __init__(self, url: str, data_dir: Path, pool_size: int = DEFAULT_POOL_SIZE) -> None:
        self.url = url
        self.shown_url = safe_url(url)
        self.path = Path(data_dir) / "postgresql"  # nothing is written there; the data dir holds the CSV mirror
        self.pool_size = pool_size
        self.read_only_reason: str | None = None
        self._pool: asyncpg.Pool | None = None
        # Told the id of a commit made by another server (None: unknown, e.g. after a reconnect).
        self.on_foreign_commit: Callable[[], None] | None = None
        self._server_token = uuid.uuid4().hex  # tells our own notifications from other servers'
        self._listen_task: asyncio.Task[None] | None = None
        self._mirror_lease = SessionLease(url, MIRROR_LOCK)

    # ---- life cycle ---------------------------------------------------------------------------

    async def open(self) -> int:
        try:
            self._pool = await asyncpg.create_pool(
                self.url, min_size=1, max_size=self.pool_size, command_timeout=30,
                server_settings={"application_name": f"crm-server {os.getpid()}"},
            )
            async with self._pool.acquire() as conn:
                await self._migrate(conn)
                last = int(await conn.fetchval("SELECT COALESCE(MAX(id), 0) FROM events"))
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            await self.close()
            raise StoreUnavailable(f"cannot open the database {self.shown_url}: {exc}") from exc
        self._listen_task = asyncio.create_task(self._listen(), name="crm-store-listen")
        return last

    async def _migrate(self, conn: asyncpg.Connection) -> None:
        async with conn.transaction():
            # Two servers starting at once: one migrates, the other waits and finds it done.
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            version = await conn.fetchval("SELECT version FROM schema_version")
            if version is None:
                await conn.execute("INSERT INTO schema_version VALUES (0)")
                version = 0
            if version > len(PG_MIGRATIONS):
                raise StoreUnavailable(
                    f"{self.shown_url} has schema version {version}, newer than this server knows "
                    f"({len(PG_MIGRATIONS)}); upgrade the server rather than let it write to a database it does "
                    "not understand"
                )
            for number, script in enumerate(PG_MIGRATIONS[version:], start=version + 1):
                await conn.execute(script)
                await conn.execute("UPDATE schema_version SET version = $1", number)

    async def close(self) -> None:
        if self._listen_task is not None:
            self._listen_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listen_task
            self._listen_task = None
        # The mirror lock is released by its lease once the mirror has written everything (mirror_lease.py).
        if self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                await asyncio.wait_for(pool.close(), 10)
            except (TimeoutError, OSError, asyncpg.InterfaceError):
                pool.terminate()

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StoreUnavailable("the store is closed")
        return self._pool

    # ---- reads and writes ---------------------------------------------------------------------

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        statement = numbered_placeholders(sql)
        for attempt, delay in enumerate((*RETRY_DELAYS_S, None)):
            try:
                async with self.pool.acquire() as conn:
                    try:
                        rows = await conn.fetch(statement, *params)
                    except Exception as exc:
                        if is_transient(exc):
                            _discard(conn)
                        raise
                return [tuple(row) for row in rows]
            except Exception as exc:
                if delay is None or not is_transient(exc):
                    self._raise_unavailable("be read", exc)
                log.warning("a read failed (%s); retry %d", exc, attempt + 1)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def write(self, work: WriteWork[T], known_last_event: int) -> T:
        for attempt, delay in enumerate((*RETRY_DELAYS_S, None)):
            committing = False
            try:
                async with self.pool.acquire() as conn:
                    transaction = conn.transaction()
                    try:
                        await transaction.start()
                        # Writers take turns, across servers: ids are given and committed in order.
                        await conn.execute("SELECT pg_advisory_xact_lock($1)", WRITE_LOCK)
                        last = int(await conn.fetchval("SELECT COALESCE(MAX(id), 0) FROM events"))
                        result = await work(PostgresWriteConnection(conn), last)
                        await conn.execute("SELECT pg_notify($1, $2)", EVENTS_CHANNEL, self._server_token)
                    except BaseException as exc:
                        if isinstance(exc, Exception) and is_transient(exc):
                            _discard(conn)  # PostgreSQL rolls the transaction back
                        else:
                            with contextlib.suppress(Exception):
                                await transaction.rollback()
                        raise
                    committing = True
                    await transaction.commit()
                    return result
            except Exception as exc:
                if committing and not isinstance(exc, asyncpg.PostgresError):
                    # The connection went during COMMIT: PostgreSQL may or may not have committed.
                    raise StoreUnavailable(
                        f"the connection to the database was lost while committing ({exc}); the write may or "
                        "may not be saved: retry it with the same Idempotency-Key"
                    ) from exc
                if delay is None or not is_transient(exc):
                    self._raise_unavailable("commit the write", exc)
                log.warning("a write transaction failed before COMMIT (%s); retry %d", exc, attempt + 1)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    def _raise_unavailable(self, what: str, exc: Exception) -> NoReturn:
        """The database's failure as StoreUnavailable (a 503 with its reason); anything else as it is."""
        if isinstance(exc, asyncpg.PostgresError | asyncpg.InterfaceError | OSError | TimeoutError):
            raise StoreUnavailable(f"the database {self.shown_url} could not {what}: {exc}") from exc
        raise exc  # StoreUnavailable already, or a bug (the error middleware logs it)

    async def describe(self) -> dict[str, Any]:
        async with self.pool.acquire() as conn:
            return {
                "backend": "postgresql",
                "server_version": await conn.fetchval("SHOW server_version"),
                "user_version": await conn.fetchval("SELECT version FROM schema_version"),
                "synchronous_commit": await conn.fetchval("SHOW synchronous_commit"),
                "pool_size": self.pool_size,
            }

    def failure_reason(self, exc: BaseException) -> str | None:
        return str(exc) if isinstance(exc, asyncpg.PostgresError | asyncpg.InterfaceError) else None

    # ---- other servers' commits ---------------------------------------------------------------

    async def _listen(self) -> None:
        """LISTEN for commits on a connection of its own; reopened when lost (then a catch-up, since
        notifications sent meanwhile are gone)."""
        while True:
            conn: asyncpg.Connection | None = None
            try:
                conn = await asyncpg.connect(self.url)
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _conn, lost=lost: lost.set())
                await conn.add_listener(EVENTS_CHANNEL, self._heard)
                self._foreign_commit()  # whatever was committed while we were not listening
                await lost.wait()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("listening for other servers' commits failed (%s); retrying", exc)
            finally:
                if conn is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(conn.close(), 2)
            await asyncio.sleep(STANDBY_EVERY_S)

    def _heard(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        if payload != self._server_token:
            self._foreign_commit()

    def _foreign_commit(self) -> None:
        if self.on_foreign_commit is not None:
            self.on_foreign_commit()

    # ---- the CSV mirror's lease ---------------------------------------------------------------

    async def try_take_mirror(self) -> bool:
        """Take the mirror's session lock if no server holds it; True when this server holds it now."""
        return await self._mirror_lease.take()

    def holds_mirror(self) -> bool:
        return self._mirror_lease.holds()

    async def release_mirror(self) -> None:
        await self._mirror_lease.release()

    async def mirror_snapshot(self) -> tuple[list[Sequence[Any]], ...]:
        """The CSV mirror's rows and the last event id, read in one snapshot."""
        async with self.pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
            rows: list[list[Sequence[Any]]] = []
            for sql in MIRROR_SNAPSHOT_SQL:
                rows.append([tuple(row) for row in await conn.fetch(sql)])
        return tuple(rows)
