"""`crm-server users add|list|revoke`: manage who can sign in, with or without a server running.

The command opens the CRM's database beside a running server (`cli_database`, as `crm-server webhooks`
does) for one short transaction, and the server sees the change within a second (users.py).
"""

from __future__ import annotations

import argparse
import json
import sys

from crm_server.cli_database import add_database_options, run_command
from crm_server.sql_session import SqlSession, in_transaction
from crm_server.store import utc_now
from crm_server.users import ROLES, User, UserError, add_user, list_users, revoke_user, user_view


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="crm-server users",
        description="Who can sign in to the CRM: a token per person, role agent or admin. Works while the "
        "server runs; a change takes effect within a second.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="add|list|revoke")
    add = commands.add_parser("add", help="add a user and print their token (shown only this once)")
    add.add_argument("name", help="the person's name, as history will show it (e.g. Priya)")
    add.add_argument("--role", choices=ROLES, required=True,
                     help="agent: everything but archiving leads and managing users; admin: everything")
    listing = commands.add_parser("list", help="list users: name, role, created, revoked, last used")
    listing.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    revoke = commands.add_parser("revoke", help="stop a user's token for good (their name stays in history)")
    revoke.add_argument("name")
    add_database_options(parser, (add, listing, revoke))  # the options may also follow the command's arguments
    return parser.parse_args(argv)


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
    return run_command("crm-server users", args, lambda session: _run(args, session), {UserError: 1})


async def _run(args: argparse.Namespace, session: SqlSession) -> int:
    if args.command == "add":
        user, token = await in_transaction(session, lambda db: add_user(db, args.name, args.role, utc_now()))
        # The token alone on stdout (TOKEN=$(crm-server users add ...) works); the words on stderr.
        print(f"Added {user.name} ({user.role}). Their token, shown only this once:", file=sys.stderr)
        print(token, flush=True)
        print(f"{user.name} signs in by setting CRM_API_TOKEN to it (in .env, for the dashboard and crm-bot).",
              file=sys.stderr, flush=True)
    elif args.command == "list":
        users = await in_transaction(session, list_users)
        if args.json:
            print(json.dumps({"users": [user_view(u) for u in users]}, ensure_ascii=False))
        else:
            print(format_table(users))
    else:
        user = await in_transaction(session, lambda db: revoke_user(db, args.name, utc_now()))
        print(f"Revoked {user.name}: their token stops working within a second. History keeps their name.",
              flush=True)
    return 0
