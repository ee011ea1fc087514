"""SQL beside the store, on either database: the one session type the users table and the webhooks use.

The store's writer owns its connection and runs the leads' writes; the users table (the server's
"last used" times, `crm-server users`) and the webhooks' book (the server's deliveries, `crm-server
webhooks`) run their own few statements beside it. They share one shape: an `SqlSession` reads and
opens a `Transaction` (reads and statements between BEGIN and COMMIT), with SQL written once with `?`
placeholders in the subset SQLite and PostgreSQL share (RETURNING rather than row counts, CASE rather
than two-argument MAX).

- `SqliteSession`: a connection of its own to the SQLite file (`connect`: WAL, a busy timeout, FULL
  sync), on a thread of its own in the server (a wait for SQLite's write lock never blocks the event
  loop) or in place in a command.
- `PostgresSession`: an asyncpg pool, the store's in the server, a small one of its own in a command.
- `session_beside(store)`: the one for the database a running store uses.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from crm_server.database import POSTGRES

if TYPE_CHECKING:
    import asyncpg

T = TypeVar("T")


class Transaction(Protocol):
    """Reads and statements inside one open transaction (crm_server.writes.WriteConnection is one too)."""

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]: ...

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...


class SqlSession(Protocol):
    """A database beside the store: reads, and statements inside one write transaction at a time."""

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]: ...

    def transaction(self) -> contextlib.AbstractAsyncContextManager[Transaction]: ...

    async def close(self) -> None: ...


async def in_transaction(session: SqlSession, work: Callable[[Transaction], Awaitable[T]]) -> T:
    """`work` in one transaction of `session`: committed when it returns, rolled back when it raises."""
    async with session.transaction() as tx:
        return await work(tx)


def connect(database: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A short-lived connection beside a running server: WAL (the server set it), a busy timeout so a
    write waits for the server's transaction instead of failing, and FULL sync so a printed token is
    on disk. It never creates the file: a database deleted under a running server must stay missing
    (the store refuses writes then), not come back empty."""
    uri = f"{database.absolute().as_uri()}?mode={'ro' if read_only else 'rw'}"
    db = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    db.execute("PRAGMA busy_timeout=5000")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


class SqliteSession:
    """A SQLite connection beside the server's own, used from one thread.

    With `threaded` (the server) every call runs on a thread of its own, so a busy wait for SQLite's
    write lock never blocks the event loop; without it (a command) calls run in place. One lock keeps
    tasks' transactions from interleaving on the one connection. `open()` before the first use."""

    def __init__(self, connect_db: Callable[[], sqlite3.Connection], *, threaded: bool) -> None:
        self._connect_db = connect_db
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-sql-session") if threaded else None
        self._db: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()

    async def _run(self, function: Callable[..., T], *args: Any) -> T:
        if self._pool is None:
            return function(*args)
        return await asyncio.get_running_loop().run_in_executor(self._pool, functools.partial(function, *args))

    async def open(self) -> SqliteSession:
        self._db = await self._run(self._connect_db)
        return self

    def _fetch(self, sql: str, params: Sequence[Any]) -> list[Sequence[Any]]:
        assert self._db is not None, "SqliteSession.open() first"
        return self._db.execute(sql, tuple(params)).fetchall()

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        async with self._lock:  # never inside another task's open transaction
            return await self._run(self._fetch, sql, params)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._lock:
            await self._run(self._fetch, "BEGIN IMMEDIATE", ())
            try:
                yield _SqliteTransaction(self)
            except BaseException:
                await asyncio.shield(self._run(self._fetch, "ROLLBACK", ()))
                raise
            await asyncio.shield(self._run(self._fetch, "COMMIT", ()))

    async def close(self) -> None:
        if self._db is not None:
            await self._run(self._db.close)
            self._db = None
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


class _SqliteTransaction:
    """The statements of one open transaction (the session's lock is held by whoever opened it)."""

    def __init__(self, session: SqliteSession) -> None:
        self._session = session

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return await self._session._run(self._session._fetch, sql, params)

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        await self._session._run(self._session._fetch, sql, params)


class PostgresSession:
    """An SqlSession over an asyncpg pool: the store's in the server; in a command, the pool of a backend
    opened for it, closed with the session by `on_close`."""

    def __init__(self, pool: asyncpg.Pool, *, on_close: Callable[[], Awaitable[None]] | None = None) -> None:
        self._pool = pool
        self._on_close = on_close

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self._pool.fetch(POSTGRES.sql(sql), *params))

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._pool.acquire() as conn, conn.transaction():
            yield _PostgresTransaction(conn)

    async def close(self) -> None:
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            await on_close()


class _PostgresTransaction:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self._conn.fetch(POSTGRES.sql(sql), *params))

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        await self._conn.execute(POSTGRES.sql(sql), *params)


async def session_beside(store: Any, connect_db: Callable[[], sqlite3.Connection] | None = None) -> SqlSession:
    """A session on the database a running store uses: its pool on PostgreSQL; on SQLite a connection of
    its own (`connect_db`, default `connect(store.path)`) on a thread of its own."""
    backend = store.backend
    if backend.dialect.postgres:
        return PostgresSession(backend.pool)
    return await SqliteSession(connect_db or functools.partial(connect, store.path), threaded=True).open()
