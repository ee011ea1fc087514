"""Webhooks on PostgreSQL: one delivering server among several.

The statements are the book's own (crm_server/webhooks.py), written once with `?`, run through the
store's pool (sql_session.PostgresSession). With several `crm-server` processes on one database,
exactly one delivers: the one holding a session advisory lock (WEBHOOK_LOCK) on a connection of its
own, as the CSV mirror does (mirror_lease.py). The others try every second and take over when the
holder stops, dies or loses its connection; the endpoints' cursors are in the database, so the new
holder starts where the last one recorded, and an event in flight at the hand-over is sent again with
the same webhook-id (at-least-once, as on SQLite).
"""

from __future__ import annotations

from crm_server.postgres_db import SessionLease

# The session advisory lock that makes one server the webhook sender (beside postgres_db's locks).
WEBHOOK_LOCK = 0x43524D_0004


class PostgresDeliveryLease(SessionLease):
    """Whether this server is the one that delivers: it holds WEBHOOK_LOCK on a connection of its own."""

    def __init__(self, url: str) -> None:
        super().__init__(url, WEBHOOK_LOCK)

    async def held(self) -> bool:
        """True when this server holds the lock (taking it if no server does)."""
        return await self.take()
