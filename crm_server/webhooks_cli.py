"""`crm-server webhooks add|list|remove|log|enable|disable`: manage webhook endpoints from the shell.

It opens the CRM's database beside a running server (`cli_database`, as `crm-server users` does), so it
works while a server runs on the same data dir or database; the server picks changes up within a couple
of seconds. The signing secret is printed once, by `add`, and never again.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from crm_server.cli_database import add_database_options, run_command
from crm_server.sql_session import SqlSession
from crm_server.webhooks import (
    EVENT_TYPES,
    Delivery,
    Endpoint,
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
    add_database_options(parser)
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

    async def on(session: SqlSession) -> int:
        return await _run(WebhookBook(session), args)

    return run_command("crm-server webhooks", args, on, {WebhookError: 2})
