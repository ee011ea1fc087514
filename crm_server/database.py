"""One storage interface, two databases: what the store needs of a database, and the SQL that differs.

The store's logic (crm_server/store.py: the writer task, group commit, the reads; crm_server/writes.py:
what each write does) is written once, against `Backend`. Two backends implement it:

- `SqliteBackend` (crm_server/sqlite_db.py): one file in the data directory, aiosqlite; one server.
- `PostgresBackend` (crm_server/postgres_db.py): `CRM_DATABASE_URL=postgresql://…`, asyncpg; several
  servers on one database.

All SQL is written once with `?` placeholders and SQLite's spelling; `Dialect` holds the few places
where the two databases must be asked differently to give the same answer: placeholders, ASCII-only
case folding (SQLite's NOCASE and LIKE fold only A-Z, so PostgreSQL is asked to fold exactly those),
JSON aggregation, and a join SQLite must be told not to reorder. Text columns in PostgreSQL use the "C"
collation, so text compares and sorts by code point as in SQLite. Ids and timestamps are made in
Python, never by the database, so both answer byte for byte the same.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from crm_server.writes import WriteConnection

T = TypeVar("T")

WriteWork = Callable[[WriteConnection, int], Awaitable[T]]


@dataclass(frozen=True)
class Dialect:
    """The SQL that differs between SQLite and PostgreSQL (see the module docstring)."""

    name: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def sql(self, text: str) -> str:
        """The statement with its `?` placeholders as this database wants them."""
        return numbered_placeholders(text) if self.postgres else text

    def ascii_fold(self, expr: str) -> str:
        """`expr` with A-Z lowered and nothing else: SQLite's NOCASE, spelled for PostgreSQL."""
        if not self.postgres:
            return expr
        return f"translate({expr}, '{string.ascii_uppercase}', '{string.ascii_lowercase}')"

    def equals_nocase(self, column: str) -> str:
        """`column = ?`, ASCII case-insensitively."""
        if not self.postgres:
            return f"{column} = ? COLLATE NOCASE"
        return f"{self.ascii_fold(column)} = {self.ascii_fold('?')}"

    def contains_nocase(self, column: str) -> str:
        """`column LIKE ?` (a pattern escaped with backslashes), ASCII case-insensitively as SQLite's LIKE."""
        if not self.postgres:
            return f"{column} LIKE ? ESCAPE '\\'"
        return f"{self.ascii_fold(column)} LIKE {self.ascii_fold('?')} ESCAPE '\\'"

    def json_rows(self, columns: str) -> str:
        """An aggregate: the group's rows as the JSON text of an array of arrays ('[]' for none)."""
        if not self.postgres:
            return f"json_group_array(json_array({columns}))"
        return f"COALESCE(json_agg(json_build_array({columns})), '[]'::json)::text"

    @property
    def ordered_join(self) -> str:
        """A join whose left side stays the outer loop (SQLite's CROSS JOIN; PostgreSQL plans it itself)."""
        return "JOIN" if self.postgres else "CROSS JOIN"


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgresql")

_QUOTED = re.compile(r"('(?:[^']|'')*')")


@functools.lru_cache(maxsize=1024)
def numbered_placeholders(text: str) -> str:
    """`?` → `$1`, `$2`, … outside quoted literals (PostgreSQL's placeholders)."""
    parts = _QUOTED.split(text)
    number = 0
    out: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # a quoted literal, as is
            out.append(part)
            continue
        pieces = part.split("?")
        for position, piece in enumerate(pieces):
            if position:
                number += 1
                out.append(f"${number}")
            out.append(piece)
    return "".join(out)


def safe_url(url: str) -> str:
    """A database URL without its password, for messages and logs."""
    scheme, sep, rest = url.partition("://")
    if "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}@{host}" if user else f"{scheme}{sep}{host}"


def open_backend(data_dir: Path, database_url: str | None, pool_size: int) -> Backend:
    """PostgreSQL when a URL is given, else SQLite in the data directory."""
    if database_url:
        from crm_server.postgres_db import PostgresBackend  # asyncpg is needed only then

        return PostgresBackend(database_url, data_dir, pool_size)
    from crm_server.sqlite_db import SqliteBackend

    return SqliteBackend(data_dir)


class Backend(Protocol):
    """A database the store can run on."""

    dialect: Dialect
    # The SQLite file (for PostgreSQL: where it would be; the data directory holds the CSV mirror).
    path: Path
    # Set when the database can only be read (SQLite on a full disk at start); writes answer 503.
    read_only_reason: str | None
    # True when other servers may write to the same database: their events arrive through
    # `watch_commits`, and the CSV mirror is written by one server at a time.
    shared: bool
    # Called (on the event loop) when another server committed; the store then reads the new events.
    on_foreign_commit: Callable[[], None] | None

    async def open(self) -> int:
        """Open (and migrate) the database; the id of the last committed event."""
        ...

    async def close(self) -> None: ...

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """The rows of one read (a statement is one snapshot)."""
        ...

    async def write(self, work: WriteWork[T], known_last_event: int) -> T:
        """Run `work(connection, last_event_id)` in one write transaction and commit it.

        Write transactions are serialised, across servers too, and `last_event_id` is read under that
        serialisation, so event ids are given and committed in order: the feed never skips one.
        `known_last_event` is this process's last event; a backend with one writer may trust it."""
        ...

    async def describe(self) -> dict[str, Any]:
        """The durability settings in force (for health checks and tests)."""
        ...

    def failure_reason(self, exc: BaseException) -> str | None:
        """The database's own words for a failed write, when the error is the database's."""
        ...
