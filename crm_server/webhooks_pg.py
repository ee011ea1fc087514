"""Webhooks on PostgreSQL: the book's SQL through asyncpg, and one delivering server among several.

The statements are the book's own (crm_server/webhooks.py), written once with `?`; the storage
interface's dialect numbers the placeholders. With several `crm-server` processes on one database,
exactly one delivers: the one holding a session advisory lock (WEBHOOK_LOCK) on a connection of its
own, as the CSV mirror does (mirror_lease.py). The others try every second and take over when the
holder stops, dies or loses its connection; the endpoints' cursors are in the database, so the new
holder starts where the last one recorded, and an event in flight at the hand-over is sent again with
the same webhook-id (at-least-once, as on SQLite).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from typing import Any

import asyncpg

from crm_server.database import POSTGRES
from crm_server.postgres_db import SessionLease

# The session advisory lock that makes one server the webhook sender (beside postgres_db's locks).
WEBHOOK_LOCK = 0x43524D_0004


class _PostgresTransaction:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self._conn.fetch(POSTGRES.sql(sql), *params))

    def transaction(self) -> contextlib.AbstractAsyncContextManager[Any]:
        raise RuntimeError("transactions do not nest")

    async def close(self) -> None:
        raise RuntimeError("close the session, not its transaction")


class PostgresSession:
    """webhooks.SqlSession over an asyncpg pool (the store's, in the server; a small one of its own in
    the CLI, closed with the session when `owns_pool`)."""

    def __init__(self, pool: asyncpg.Pool, *, owns_pool: bool = False) -> None:
        self._pool = pool
        self._owns_pool = owns_pool

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self._pool.fetch(POSTGRES.sql(sql), *params))

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:
        async with self._pool.acquire() as conn, conn.transaction():
            yield _PostgresTransaction(conn)

    async def close(self) -> None:
        if self._owns_pool:
            await self._pool.close()


class PostgresDeliveryLease(SessionLease):
    """Whether this server is the one that delivers: it holds WEBHOOK_LOCK on a connection of its own."""

    def __init__(self, url: str) -> None:
        super().__init__(url, WEBHOOK_LOCK)

    async def held(self) -> bool:
        """True when this server holds the lock (taking it if no server does)."""
        return await self.take()


async def open_cli_session(url: str) -> PostgresSession:
    """The CLI's session: a pool of one connection, closed with the session."""
    pool = await asyncpg.create_pool(url, min_size=1, max_size=1)
    return PostgresSession(pool, owns_pool=True)
