"""`crm-server webhooks add|list|remove|log|enable|disable`: manage webhook endpoints from the shell.

It opens the CRM database directly (SQLite's locking and a busy timeout; not the server's data-dir
lock), as `crm-server users` does, so it works while a server runs on the same data dir; the server
picks changes up within a couple of seconds. The signing secret is printed once, by `add`, and never again.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from crm_server.store import StoreUnavailable
from crm_server.users import UserError
from crm_server.users_cli import data_dir_of, open_database
from crm_server.webhooks import (
    EVENT_TYPES,
    Delivery,
    Endpoint,
    SqliteSession,
    WebhookBook,
    WebhookError,
    check_url,
    iso_utc,
    parse_event_types,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-server webhooks",
        description="Tell other systems about every change: each event is POSTed as JSON, signed as Standard "
        "Webhooks say (webhook-id, webhook-timestamp, webhook-signature), retried with backoff for about a day.",
    )
    parser.add_argument("--data-dir", default=None, help="the CRM's data dir (default $CRM_DATA_DIR or ./crm_data)")
    parser.add_argument("--database-url", default=None,
                        help="the team's PostgreSQL database (default $CRM_DATABASE_URL; without it, SQLite in the "
                        "data dir)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = commands.add_parser("add", help="add an endpoint; prints its id and signing secret (once)")
    add.add_argument("url", help="where to POST events (http:// or https://)")
    add.add_argument("--events", default=None, metavar="TYPE,...",
                     help=f"only these event types (default: all): {', '.join(EVENT_TYPES)}")
    commands.add_parser("list", help="the endpoints and how their delivery stands")
    remove = commands.add_parser("remove", help="stop delivering to an endpoint and forget it")
    remove.add_argument("id")
    log = commands.add_parser("log", help="an endpoint's delivery log: event, attempt, time, answer, next retry")
    log.add_argument("id")
    log.add_argument("--limit", type=int, default=50, help="the newest N attempts (default 50)")
    enable = commands.add_parser("enable", help="resume a disabled endpoint from the event it stopped at")
    enable.add_argument("id")
    disable = commands.add_parser("disable", help="pause an endpoint (events wait for it; enable resumes)")
    disable.add_argument("id")
    return parser


def _state(endpoint: Endpoint) -> str:
    if endpoint.disabled_at is not None:
        return f"DISABLED since {endpoint.disabled_at}"
    if endpoint.attempts:
        when = iso_utc(endpoint.next_attempt_at) if endpoint.next_attempt_at is not None else "now"
        return f"retrying ({endpoint.attempts} failed, next at {when})"
    return "active"


def print_endpoints(endpoints: Sequence[Endpoint], newest_event: int) -> None:
    if not endpoints:
        print("No webhooks. Add one with: crm-server webhooks add URL [--events lead.created,...]")
        return
    for endpoint in endpoints:
        events = ",".join(endpoint.event_types) if endpoint.event_types else "all events"
        behind = newest_event - endpoint.last_event_id
        print(f"{endpoint.id}  {_state(endpoint)}  {endpoint.url}")
        print(f"    events: {events}; delivered up to event {endpoint.last_event_id}"
              f"{f', {behind} newer event(s) to go' if behind > 0 else ''}; added {endpoint.created_at}")
        if endpoint.disabled_reason:
            print(f"    {endpoint.disabled_reason}")


def print_log(deliveries: Sequence[Delivery]) -> None:
    if not deliveries:
        print("No delivery attempts yet.")
        return
    print(f"{'EVENT':>7}  {'ATTEMPT':>7}  {'TIME':<29}  {'RESULT':<40}  NEXT RETRY")
    for d in deliveries:
        result = f"{d.status_code} ({d.duration_ms:g} ms)" if d.ok else (d.error or f"HTTP {d.status_code}")
        print(f"{d.event_id:>7}  {d.attempt:>7}  {d.attempted_at:<29}  {result:<40}  {d.next_retry_at or '-'}")


async def _run(book: WebhookBook, args: argparse.Namespace) -> int:
    if args.command == "add":
        endpoint = await book.add(args.url, parse_event_types(args.events))
        print(f"Added webhook {endpoint.id}: POST {endpoint.url} for "
              f"{', '.join(endpoint.event_types) if endpoint.event_types else 'every event'}, from the next change on.")
        print(f"id:     {endpoint.id}")
        print(f"secret: {endpoint.secret}")
        print("Keep the secret with the receiver (it verifies webhook-signature with it); it is not shown again.")
        return 0
    if args.command == "list":
        print_endpoints(await book.endpoints(), await book.last_event_id())
        return 0
    if args.command == "remove":
        if not await book.remove(args.id):
            return _not_found(args.id)
        print(f"Removed webhook {args.id}.")
        return 0
    if args.command == "log":
        if await book.get(args.id) is None:
            return _not_found(args.id)
        print_log(await book.deliveries(args.id, max(1, args.limit)))
        return 0
    changed = await book.set_enabled(args.id, args.command == "enable",
                               reason=f"disabled by hand at {datetime.now(UTC).isoformat(timespec='seconds')}")
    if changed is None:
        return _not_found(args.id)
    print(f"Webhook {changed.id} is {_state(changed)}.")
    return 0


def _not_found(endpoint_id: str) -> int:
    print(f"crm-server webhooks: no webhook {endpoint_id!r} (see `crm-server webhooks list`)", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "add":  # bad input is refused before the database is touched
            check_url(args.url)
            parse_event_types(args.events)
    except WebhookError as exc:
        print(f"crm-server webhooks: {exc}", file=sys.stderr)
        return 2
    database_url = args.database_url or os.environ.get("CRM_DATABASE_URL", "").strip() or None
    if database_url:
        return _on_postgres(database_url, args)
    data_dir = data_dir_of(args)
    try:
        # Made or upgraded as a server start would, as `crm-server users` does.
        database = open_database(data_dir)
    except UserError as exc:
        print(f"crm-server webhooks: {exc}", file=sys.stderr)
        return 1
    except (sqlite3.Error, StoreUnavailable, OSError) as exc:
        print(f"crm-server webhooks: cannot use {data_dir}: {exc}", file=sys.stderr)
        return 1
    session = SqliteSession(lambda: database, threaded=False)  # the CLI waits in place: no thread
    try:
        return asyncio.run(_session(session, args))
    except WebhookError as exc:
        print(f"crm-server webhooks: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # "database is locked" past the busy timeout, a full disk
        print(f"crm-server webhooks: the database refused: {exc}", file=sys.stderr)
        return 1
    finally:
        database.close()


async def _session(session: SqliteSession, args: argparse.Namespace) -> int:
    await session.open()
    return await _run(WebhookBook(session), args)


def _on_postgres(url: str, args: argparse.Namespace) -> int:
    """The same commands on the team database (CRM_DATABASE_URL); a server must have created it."""
    from crm_server.database import safe_url

    async def run() -> int:
        from crm_server.webhooks_pg import open_cli_session

        book = WebhookBook(await open_cli_session(url))
        try:
            return await _run(book, args)
        finally:
            await book.close()

    try:
        return asyncio.run(run())
    except WebhookError as exc:
        print(f"crm-server webhooks: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - unreachable, refused, or no webhook tables yet: say which
        hint = " (start crm-server on it once to create the tables)" if "does not exist" in str(exc) else ""
        print(f"crm-server webhooks: cannot use {safe_url(url)}: {exc}{hint}", file=sys.stderr)
        return 1
