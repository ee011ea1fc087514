"""`crm-server users add|list|revoke`: manage who can sign in, with or without a server running.

The command never takes the data dir's lock (a running server holds it): it opens the SQLite file
directly for one short transaction, and the server sees the change within a second (users.py). Only
a database that does not exist yet, or has an older schema, is first prepared the way a server start
would prepare it; when a server holds the data dir, it has already done that.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from crm_server.database import open_backend, safe_url
from crm_server.settings import DEFAULT_DATA_DIR
from crm_server.store import DB_FILENAME, MIGRATIONS, Store, StoreUnavailable, utc_now
from crm_server.users import (
    ROLES,
    Session,
    User,
    UserError,
    add_user,
    connect,
    in_sqlite_transaction,
    in_store_transaction,
    list_users,
    revoke_user,
    user_view,
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="crm-server users",
        description="Who can sign in to the CRM: a token per person, role agent or admin. Works while the "
        "server runs; a change takes effect within a second.",
    )
    parser.add_argument("--data-dir", default=None, help="the CRM's data dir (default $CRM_DATA_DIR or ./crm_data)")
    parser.add_argument("--database-url", default=None,
                        help="the team's PostgreSQL (postgresql://…; default $CRM_DATABASE_URL); else SQLite in the data dir")
    commands = parser.add_subparsers(dest="command", required=True, metavar="add|list|revoke")
    add = commands.add_parser("add", help="add a user and print their token (shown only this once)")
    add.add_argument("name", help="the person's name, as history will show it (e.g. Priya)")
    add.add_argument("--role", choices=ROLES, required=True,
                     help="agent: everything but archiving leads and managing users; admin: everything")
    listing = commands.add_parser("list", help="list users: name, role, created, revoked, last used")
    listing.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    revoke = commands.add_parser("revoke", help="stop a user's token for good (their name stays in history)")
    revoke.add_argument("name")
    for command in (add, listing, revoke):  # the options may also follow the command's own arguments
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def data_dir_of(args: argparse.Namespace) -> Path:
    chosen = args.data_dir or (os.environ.get("CRM_DATA_DIR") or "").strip() or DEFAULT_DATA_DIR
    return Path(chosen)


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


def open_database(data_dir: Path) -> sqlite3.Connection:
    """A connection to the data dir's database, its schema current (UserError if it cannot be)."""
    return connect(prepared_database(data_dir))


def prepared_database(data_dir: Path) -> Path:
    """The data dir's SQLite file, its schema current (UserError if it cannot be)."""
    path = data_dir / DB_FILENAME
    if path.exists() and _schema_version(path) >= len(MIGRATIONS):
        return path
    asyncio.run(_prepare(data_dir))
    version = _schema_version(path)
    if version < len(MIGRATIONS):
        raise UserError(f"{path} has schema version {version} and the server using it is older than this "
                        "command; stop it and start this version of crm-server once")
    return path


def _when(stamp: str | None) -> str:
    """A stored UTC time as a person reads it in a table: to the minute."""
    return "-" if stamp is None else stamp[:16].replace("T", " ") + " UTC"


def format_table(users: list[User]) -> str:
    if not users:
        return "No users yet: the CRM is open, or protected only by CRM_API_TOKEN if that is set."
    rows = [("NAME", "ROLE", "CREATED", "REVOKED", "LAST USED")]
    rows += [(u.name, u.role, _when(u.created_at), _when(u.revoked_at), _when(u.last_used_at)) for u in users]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    data_dir = data_dir_of(args)
    database_url = args.database_url or (os.environ.get("CRM_DATABASE_URL") or "").strip() or None
    try:
        if database_url:
            return asyncio.run(_run_on_postgres(args, data_dir, database_url))
        database = prepared_database(data_dir)
        return asyncio.run(_run(args, lambda work: in_sqlite_transaction(database, work)))
    except UserError as exc:
        print(f"crm-server users: {exc}", file=sys.stderr, flush=True)
        return 1
    except (sqlite3.Error, StoreUnavailable, OSError) as exc:
        where = safe_url(database_url) if database_url else str(data_dir)
        print(f"crm-server users: cannot use {where}: {exc}", file=sys.stderr, flush=True)
        return 1


async def _run_on_postgres(args: argparse.Namespace, data_dir: Path, database_url: str) -> int:
    """The command on a shared PostgreSQL: opened (and migrated) as a server would, one small pool."""
    backend = open_backend(data_dir, database_url, 1)
    await backend.open()
    try:
        return await _run(args, lambda work: in_store_transaction(backend, work))
    finally:
        await backend.close()


Transaction = Callable[[Callable[[Session], Awaitable[Any]]], Awaitable[Any]]


async def _run(args: argparse.Namespace, transaction: Transaction) -> int:
    if args.command == "add":
        user, token = await transaction(lambda db: add_user(db, args.name, args.role, utc_now()))
        # The token alone on stdout (TOKEN=$(crm-server users add ...) works); the words on stderr.
        print(f"Added {user.name} ({user.role}). Their token, shown only this once:", file=sys.stderr)
        print(token, flush=True)
        print(f"{user.name} signs in by setting CRM_API_TOKEN to it (in .env, for the dashboard and crm-bot).",
              file=sys.stderr, flush=True)
    elif args.command == "list":
        users = await transaction(list_users)
        if args.json:
            print(json.dumps({"users": [user_view(u) for u in users]}, ensure_ascii=False))
        else:
            print(format_table(users))
    else:
        user = await transaction(lambda db: revoke_user(db, args.name, utc_now()))
        print(f"Revoked {user.name}: their token stops working within a second. History keeps their name.",
              flush=True)
    return 0
