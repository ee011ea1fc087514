"""Exactly one server writes the CSV mirror when several share a PostgreSQL database.

Each server tries, every second, to take the mirror's session advisory lock (PostgresBackend). The one
that holds it rebuilds the CSV files from the database and keeps them in line with every committed event,
its own and the other servers' (the store hands the listeners all of them, in id order). The lock is a
session lock: when that server stops, or is killed, or loses its connection, PostgreSQL releases it and
another server takes over within a second, starting with a rebuild, so nothing is lost in the hand-over.

Events reach the mirror only while this server holds the lease; they are queued from the moment the lock
is taken, before the rebuild's snapshot, and the mirror skips those the snapshot already has.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from crm_server.csv_mirror import CsvMirror
from crm_server.postgres_db import STANDBY_EVERY_S, PostgresBackend
from crm_server.writes import ChangeEventRecord, StoreError, StoreUnavailable

log = logging.getLogger("crm_server")


class MirrorLease:
    """Starts and stops one CsvMirror as this server takes and loses the mirror lock."""

    def __init__(self, backend: PostgresBackend, mirror: CsvMirror) -> None:
        self.backend = backend
        self.mirror = mirror
        self.active = False
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        mirror.read_snapshot = self._read_snapshot

    def submit(self, events: list[ChangeEventRecord]) -> None:
        """The store's commit listener: events go to the mirror only while this server holds the lease."""
        if self.active:
            self.mirror.submit(events)

    def _read_snapshot(self) -> tuple[list[Sequence[Any]], ...]:
        """Blocking (the mirror's thread): the rows, read on the event loop."""
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(self.backend.mirror_snapshot(), self._loop)
        try:
            return future.result(timeout=60)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreUnavailable(f"the database could not be read for the CSV mirror: {exc}") from exc

    async def start(self) -> None:
        """Try once now (a server that can hold the mirror has it, rebuilding, before it serves), then every second."""
        self._loop = asyncio.get_running_loop()
        await self._step()
        self._task = asyncio.create_task(self._run(), name="crm-mirror-lease")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(STANDBY_EVERY_S)
            await self._step()

    async def _step(self) -> None:
        try:
            if self.active and not self.backend.holds_mirror():
                log.warning("CSV mirror: lost the mirror lock (database connection gone); another server "
                            "may take over")
                await self._stop_mirror()
            if not self.active and await self.backend.try_take_mirror():
                await self._start_mirror()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("CSV mirror lease: %s; trying again", exc)

    async def _start_mirror(self) -> None:
        self.active = True  # queue from now: the rebuild's snapshot decides which of them it already has
        # The rebuild runs on the mirror's thread (`mirror: rebuilding` meanwhile), not before serving.
        self.mirror.start(rebuild_first=True)
        log.info("CSV mirror: this server writes the CSV files in %s", self.mirror.data_dir)

    async def _stop_mirror(self) -> None:
        self.active = False
        await asyncio.to_thread(self.mirror.stop)
        await self.backend.release_mirror()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.active:
            await self._stop_mirror()
