"""What `crm-server users` and `crm-server webhooks` share: where the CRM's database is, and opening it.

A command never takes the data dir's lock (a running server holds it): it opens the database beside
the server for a few statements (`sql_session`), and the server sees the change within a second or
two. A database that does not exist yet, or has an older schema, is first made or upgraded the way a
server start would (on PostgreSQL, by opening it as a server does); a running server has done that.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from crm_server.database import open_backend, safe_url
from crm_server.settings import DEFAULT_DATA_DIR
from crm_server.sql_session import PostgresSession, SqliteSession, SqlSession, connect
from crm_server.store import DB_FILENAME, MIGRATIONS, Store, StoreUnavailable

DATA_DIR_HELP = "the CRM's data dir (default $CRM_DATA_DIR or ./crm_data)"
DATABASE_URL_HELP = "the team's PostgreSQL (postgresql://…; default $CRM_DATABASE_URL); else SQLite in the data dir"


class DatabaseNotReady(Exception):
    """The database cannot be brought to this version's schema from here (a server of an older version
    holds it)."""


def add_database_options(parser: argparse.ArgumentParser, commands: tuple[argparse.ArgumentParser, ...] = ()) -> None:
    """--data-dir and --database-url, before the command or after its own arguments."""
    parser.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    parser.add_argument("--database-url", default=None, help=DATABASE_URL_HELP)
    for command in commands:
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def data_dir_of(args: argparse.Namespace) -> Path:
    chosen = args.data_dir or (os.environ.get("CRM_DATA_DIR") or "").strip() or DEFAULT_DATA_DIR
    return Path(chosen)


def database_url_of(args: argparse.Namespace) -> str | None:
    return args.database_url or (os.environ.get("CRM_DATABASE_URL") or "").strip() or None


async def _prepare(data_dir: Path) -> None:
    """Create or upgrade the database as a server start would; a server holding the data dir already has."""
    store = Store(data_dir)
    try:
        await store.open()
    except StoreUnavailable as exc:
        if "in use by another CRM server" not in str(exc):
            raise
    finally:
        await store.close()


def _schema_version(path: Path) -> int:
    db = connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


async def prepared_database(data_dir: Path) -> Path:
    """The data dir's SQLite file, its schema current (DatabaseNotReady if it cannot be)."""
    path = data_dir / DB_FILENAME
    if path.exists() and _schema_version(path) >= len(MIGRATIONS):
        return path
    await _prepare(data_dir)
    version = _schema_version(path)
    if version < len(MIGRATIONS):
        raise DatabaseNotReady(f"{path} has schema version {version} and the server using it is older than this "
                               "command; stop it and start this version of crm-server once")
    return path


async def open_session(data_dir: Path, database_url: str | None) -> SqlSession:
    """The CRM's database for one command: PostgreSQL opened (and migrated) as a server opens it, with a
    pool of one; else the data dir's SQLite file, prepared, on a connection used in place."""
    if database_url:
        from crm_server.postgres_db import PostgresBackend  # asyncpg is needed only then

        backend = open_backend(data_dir, database_url, 1)
        assert isinstance(backend, PostgresBackend)
        await backend.open()
        return PostgresSession(backend.pool, on_close=backend.close)
    database = await prepared_database(data_dir)
    return await SqliteSession(functools.partial(connect, database), threaded=False).open()


def run_command(prog: str, args: argparse.Namespace, work: Callable[[SqlSession], Awaitable[int]],
                refusals: dict[type[Exception], int]) -> int:
    """Open the database `args` name, run `work` on it, close it; the exit status.

    An exception of a type in `refusals` is the command saying no (its message, that exit status);
    a database that cannot be used is said with where it is (status 1)."""
    data_dir, database_url = data_dir_of(args), database_url_of(args)

    async def run() -> int:
        session = await open_session(data_dir, database_url)
        try:
            return await work(session)
        finally:
            await session.close()

    failures: tuple[type[Exception], ...] = (sqlite3.Error, StoreUnavailable, OSError, DatabaseNotReady)
    if database_url:
        import asyncpg  # only on this path

        failures += (asyncpg.PostgresError, asyncpg.InterfaceError)
    try:
        return asyncio.run(run())
    except tuple(refusals) as exc:
        print(f"{prog}: {exc}", file=sys.stderr, flush=True)
        return next(status for kind, status in refusals.items() if isinstance(exc, kind))
    except failures as exc:
        where = safe_url(database_url) if database_url else str(data_dir)
        print(f"{prog}: cannot use {where}: {exc}", file=sys.stderr, flush=True)
        return 1
