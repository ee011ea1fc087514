"""The SQLite backend: one file in the data directory, one server, aiosqlite.

Connections: a writer (every write transaction, `BEGIN IMMEDIATE`), a reader (`query_only`), and one
that checkpoints the WAL in the background. Each has a thread of its own: the reader and the checkpoints
aiosqlite's, the writer a plain sqlite3 connection on a one-thread executor, where a whole transaction
runs in one call (see SqliteWriteConnection). A shared connection would interleave the statements of
concurrent requests inside one transaction, which is why the store sends every write through one writer
task. With `synchronous=FULL` a COMMIT is on disk.

One server per data directory (an flock on crm.lock): the writer numbers events itself and the CSV
mirror assumes it is the only one writing. For several servers, use PostgreSQL (postgres_db.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TextIO, cast

import aiosqlite

from crm_server.database import SQLITE, T, WriteWork
from crm_server.schema import MIGRATIONS
from crm_server.writes import DataDirGone, StoreUnavailable

log = logging.getLogger("crm_server")

DB_FILENAME = "crm.sqlite3"
LOCK_FILENAME = "crm.lock"
# How often the background connection copies the WAL into the database file.
CHECKPOINT_EVERY_S = 1.0
# Past this many WAL pages (32 MiB at SQLite's default 4 KiB page) the writer finishes the checkpoint
# itself between two transactions, so the WAL starts again from its beginning (see _run_checkpoints).
WAL_RESTART_PAGES = 8192


class SqliteWriteConnection:
    """The writer's sqlite3 connection as the write path's WriteConnection (SQL as written: `?`), used
    on the writer's own thread inside one transaction.

    Its methods are coroutines that never suspend, so the write path shared with PostgreSQL (WriteBatch)
    runs from BEGIN to COMMIT in one call on that thread (`run_to_end`). Each statement used to be a hop
    of its own (queue it for aiosqlite's thread, wait for the event loop to pick up the answer): six
    hops a group commit, each waiting behind every request the loop had ready, while the requests of
    the next group waited for this one to finish."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return self.db.execute(sql, params).fetchall()

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(sql, params)

    async def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        self.db.executemany(sql, rows)

    async def touch(self) -> None:
        # The header's user_version, set to what it is: a real page write.
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        self.db.execute(f"PRAGMA user_version = {int(version)}")


def run_to_end(work: Awaitable[T]) -> T:
    """The result of a coroutine that never suspends (one awaiting only SqliteWriteConnection)."""
    if not isinstance(work, Coroutine):
        raise TypeError(f"a write must be a coroutine, not {type(work).__name__}")
    try:
        work.send(None)
    except StopIteration as finished:
        return cast(T, finished.value)
    work.close()
    raise RuntimeError("a write on SQLite's writer thread awaited something other than its connection")


def disk_trouble(exc: BaseException) -> bool:
    """An error that says the disk, not the database, is the problem (full, I/O, read-only)."""
    text = str(exc).lower()
    return any(words in text for words in ("disk i/o error", "disk is full", "readonly", "read-only"))


class SqliteBackend:
    """Leads, visits, histories and change events in one SQLite file (see the module docstring)."""

    dialect = SQLITE
    shared = False

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / DB_FILENAME
        # The writer: a plain sqlite3 connection, used only on its own thread (the executor's one worker).
        self._writer_db: sqlite3.Connection | None = None
        self._writer_thread: ThreadPoolExecutor | None = None
        self._reader_db: aiosqlite.Connection | None = None
        self._checkpoint_db: aiosqlite.Connection | None = None
        self._checkpoint_task: asyncio.Task[None] | None = None
        self._lock_file: TextIO | None = None
        # The database file as opened (device, inode): if the data dir is deleted or replaced while we
        # run, SQLite keeps writing into the unlinked file, and every write "committed" is gone at the
        # next start. Each transaction checks it first and refuses instead (see _check_database_file).
        self._file_identity: tuple[int, int] | None = None
        # Set when the database could be opened only for reading (see _open_read_only).
        self.read_only_reason: str | None = None
        self.on_foreign_commit: Callable[[], None] | None = None  # never called: no other server writes here

    async def open(self) -> int:
        try:
            await self._open()
        except BaseException as exc:
            # aiosqlite's connection threads would keep the process alive after a failed start.
            await self.close()
            if isinstance(exc, sqlite3.Error):
                if disk_trouble(exc) and await self._open_read_only(exc):
                    return await self._last_event_id()
                # "database is locked" (another program holds a write lock), "file is not a database":
                # the operator needs the file and the reason, not a traceback.
                raise StoreUnavailable(f"{self.path}: {exc}") from exc
            raise
        return await self._last_event_id()

    async def _last_event_id(self) -> int:
        rows = await self.fetch("SELECT COALESCE(MAX(id), 0) FROM events")
        return int(rows[0][0])

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
        self.read_only_reason = (
            f"the database cannot be written ({exc}): serving reads only; free some space and restart the server"
        )
        log.error("%s: %s", self.path, self.read_only_reason)
        return True

    async def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_data_dir()
        self._writer_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-sqlite-writer")
        self._writer_db = await self._on_writer(self._connect_writer)
        await self._on_writer(self._migrate)
        stat = os.stat(self.path)
        self._file_identity = (stat.st_dev, stat.st_ino)
        self._reader_db = await aiosqlite.connect(self.path, isolation_level=None)
        await self._reader_db.execute("PRAGMA query_only=1")
        await self._reader_db.execute("PRAGMA busy_timeout=5000")
        self._checkpoint_db = await aiosqlite.connect(self.path, isolation_level=None)
        await self._checkpoint_db.execute("PRAGMA busy_timeout=5000")
        self._checkpoint_task = asyncio.create_task(self._run_checkpoints(), name="crm-store-checkpoints")

    async def _on_writer(self, function: Callable[[], T]) -> T:
        """`function()` run on the writer's thread (the only thread that uses the writer connection)."""
        assert self._writer_thread is not None
        return await asyncio.get_running_loop().run_in_executor(self._writer_thread, function)

    def _connect_writer(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves, so the sqlite3 module's
        # implicit transactions cannot start a deferred one that later fails to upgrade to a write lock.
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            # The busy timeout first: switching to WAL needs a lock that another program may hold briefly.
            db.execute("PRAGMA busy_timeout=5000")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            # No checkpoints on the commit path: an automatic checkpoint copies megabytes into the
            # database file and fsyncs it inside some unlucky COMMIT, stalling every request in that
            # group. A separate connection checkpoints in the background instead (see _run_checkpoints).
            db.execute("PRAGMA wal_autocheckpoint=0")
        except BaseException:
            db.close()
            raise
        return db

    def _migrate(self) -> None:
        db = self._writer_db
        assert db is not None
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreUnavailable(
                f"{self.path} has schema version {version}, newer than this server knows ({len(MIGRATIONS)}); "
                "upgrade the server rather than let it write to a database it does not understand"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits on its own; the version bump sits inside the script so a crash
            # mid-migration re-runs it from a consistent state.
            db.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")

    async def close(self) -> None:
        """Close every connection and release the data-dir lock. Safe to call twice."""
        if self._checkpoint_task is not None:
            self._checkpoint_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpoint_task
            self._checkpoint_task = None
        for db in (self._reader_db, self._checkpoint_db):
            if db is not None:
                await db.close()
        if self._writer_thread is not None:
            writer = self._writer_db
            if writer is not None:  # the last connection to close checkpoints the WAL into the database
                await self._on_writer(writer.close)
            self._writer_thread.shutdown(wait=True)
            self._writer_thread = None
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

        SQLite starts the WAL again from its beginning only when a write transaction begins with every
        frame already copied. Under a steady stream of writes that never happens: the writer commits
        new frames while this connection copies the old ones, so the WAL grew by about 25 MB a second
        of load (200 MB in an 8 s bench) and every COMMIT appended to a growing file, whose fsync then
        also journals its new size. So once the WAL is past WAL_RESTART_PAGES, the writer copies the
        few frames this pass left behind itself, between two transactions (a few ms, once a second at
        most); its next transaction starts the WAL again, and later commits overwrite it in place.
        """
        db = self._checkpoint_db
        assert db is not None
        failing = ""
        while True:
            await asyncio.sleep(CHECKPOINT_EVERY_S)
            try:
                async with db.execute("PRAGMA wal_checkpoint(PASSIVE)") as cursor:
                    row = await cursor.fetchone()
                # (busy, pages in the WAL, pages copied): -1 when the database is not in WAL mode.
                if row is not None and row[1] > WAL_RESTART_PAGES:
                    await self._on_writer(self._finish_checkpoint)
                failing = ""
            except Exception as exc:
                if str(exc) != failing:  # once per reason: a full disk would say it every second
                    log.exception("background checkpoint failed; will retry")
                failing = str(exc)

    def _finish_checkpoint(self) -> None:
        """On the writer's thread, between transactions: copy what the background pass left behind."""
        if self._writer_db is not None and not self._writer_db.in_transaction:
            self._writer_db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _check_database_file(self) -> None:
        """Raise DataDirGone when the database file we hold open is no longer at its path."""
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

    async def write(self, work: WriteWork[T], known_last_event: int) -> T:
        db = self._writer_db
        if db is None:
            raise StoreUnavailable("the store is closed")

        def transaction() -> T:
            # Here, not on the event loop before the hand-off: os.stat lets go of the GIL, and the loop
            # then waited for the CSV or console thread to give it back (about 0.4 ms a group under
            # load, measured with cProfile) before it could hand this group to the writer at all.
            self._check_database_file()
            db.execute("BEGIN IMMEDIATE")
            try:
                # One server writes this file (the data-dir lock), so its own count of events is the truth.
                result = run_to_end(work(SqliteWriteConnection(db), known_last_event))
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return result

        return await self._on_writer(transaction)

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        if self._reader_db is None:
            raise StoreUnavailable("the store is closed")
        if self._file_identity is not None:
            # A file that is gone would be read from its unlinked inode: answers no one can trust.
            self._check_database_file()
        return list(await self._reader_db.execute_fetchall(sql, params))

    async def describe(self) -> dict[str, Any]:
        db = self._writer_db
        if db is None:
            raise StoreUnavailable("the store is closed")
        def pragmas() -> dict[str, Any]:
            out: dict[str, Any] = {"backend": "sqlite"}
            for pragma in ("journal_mode", "synchronous", "user_version", "foreign_keys"):
                out[pragma] = db.execute(f"PRAGMA {pragma}").fetchone()[0]
            return out

        return await self._on_writer(pragmas)

    def failure_reason(self, exc: BaseException) -> str | None:
        return str(exc) if isinstance(exc, sqlite3.Error) else None

    async def open_reader(self) -> aiosqlite.Connection:
        """A read connection of the caller's own (GET /crm/stats keeps one with a large page cache)."""
        if self.read_only_reason is None:
            db = await aiosqlite.connect(self.path, isolation_level=None)
        else:  # serving reads only (a full disk at start): read the file as the store does
            db = await aiosqlite.connect(f"file:{self.path}?immutable=1", uri=True, isolation_level=None)
        await db.execute("PRAGMA query_only=1")
        await db.execute("PRAGMA busy_timeout=5000")
        return db
