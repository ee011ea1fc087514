"""`crm-server` / `python -m crm_server`: run the CRM on a host and port until interrupted.

The app is served with an AppRunner of our own rather than `web.run_app`, because run_app turns
SIGINT and SIGTERM into an exception raised wherever the loop happens to be. `timeout` (and some
supervisors) deliver SIGTERM twice, to the process and to its group; the second exception landed
inside run_app's cleanup, skipped closing the store, and aiosqlite's connection threads then held
the process at exit for good. Here a signal only sets an event: start-up (opening the store,
rebuilding the CSV mirror) finishes, and one `finally` closes the store on every path. A repeat
within a second is the same request; a second signal later than that stops at once (the database
is durable, and the CSV is repaired at the next start).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from crm_server.app import create_app, make_runner
from crm_server.database import safe_url
from crm_server.phone import is_indian_mobile
from crm_server.settings import DEFAULT_HOST, DEFAULT_PORT, ServerSettings, settings_from_env
from crm_server.store import StoreUnavailable

SHUTDOWN_TIMEOUT_S = 5.0
# A second SIGINT/SIGTERM at least this long after the first stops the process without cleaning up.
FORCE_AFTER_S = 1.0
# The collector's threshold for its youngest generation while serving (see serve; Python's default 700).
GC_YOUNG_THRESHOLD = 20_000


def _port(text: str) -> int:
    # argparse's type=int would take 99999, and uvloop then binds 99999 % 65536 without a word.
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 65535")
    return value


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="crm-server",
        description="The voice CRM's HTTP API over SQLite, with a CSV mirror and a change feed. "
        "`crm-server users add|list|revoke` manages who can sign in (see `crm-server users --help`); "
        "`crm-server webhooks add|list|remove|log|enable|disable` tells other systems about every change.",
        epilog="Environment (also read from ./.env; flags win): CRM_DATA_DIR, CRM_API_TOKEN, "
        "CRM_TIMEZONE (zone for visit times given without an offset, default Asia/Kolkata), "
        "CRM_ALLOWED_ORIGINS (browser origins allowed to call the API, comma-separated), CRM_DATABASE_URL, "
        "CRM_DB_POOL_SIZE (PostgreSQL connections per server, default 10), CRM_NO_UVLOOP=1 (use asyncio's event loop even when uvloop is installed).",
    )
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to bind (default {DEFAULT_HOST}; anything else warns unless a token is set)")
    parser.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--data-dir", default=None, help="SQLite + CSV directory (default $CRM_DATA_DIR or ./crm_data)")
    parser.add_argument("--database-url", default=None, metavar="URL",
                        help="postgresql://user:password@host/db: keep the data in PostgreSQL, shared by several servers "
                        "(default $CRM_DATABASE_URL; unset: SQLite in the data dir)")
    parser.add_argument("--token", default=None, help="require 'Authorization: Bearer TOKEN' (default $CRM_API_TOKEN, which "
                        "other users cannot read in the process list as they can this flag)")
    parser.add_argument("--allow-origin", action="append", default=None, metavar="ORIGIN",
                        help="a browser origin (https://crm.example.com) allowed to call the API; repeat for more "
                        "(default $CRM_ALLOWED_ORIGINS; none: requests from web pages are refused)")
    parser.add_argument("--log-format", choices=["rich", "json", "quiet"], default="rich",
                        help="rich: a panel per change; json: one line per request; quiet: nothing")
    return parser.parse_args(argv)


def _load_dotenv() -> None:
    """Read ./.env as the dashboard does (DESIGN.md: env, .env or flags), never over real variables.

    Without this, a token kept in .env protected the dashboard's embedded CRM but not `crm-server`.
    """
    if Path(".env").is_file():
        from dotenv import load_dotenv

        load_dotenv(".env", override=False)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["users"]:  # `crm-server users add|list|revoke` (users_cli.py)
        from crm_server.users_cli import main as users_main

        _load_dotenv()
        return users_main(argv[1:])
    if argv[:1] == ["webhooks"]:  # `crm-server webhooks add|list|remove|log|enable|disable` (webhooks_cli.py)
        from crm_server.webhooks_cli import main as webhooks_main

        _load_dotenv()
        return webhooks_main(argv[1:])
    args = parse_args(argv)
    _load_dotenv()
    try:
        settings = settings_from_env(
            host=args.host, port=args.port, data_dir=args.data_dir, token=args.token, log_format=args.log_format,
            allowed_origins=tuple(args.allow_origin) if args.allow_origin else None,
            database_url=args.database_url,
        )
    except ValueError as exc:  # a bad CRM_TIMEZONE, an empty token, a database URL that is not PostgreSQL
        print(f"crm-server: {exc}", file=sys.stderr, flush=True)
        return 2
    if not settings.host_is_loopback and not settings.token:
        print(
            f"WARNING: binding {settings.host} without a token: anyone on the network can read and change "
            "every lead. Set --token or CRM_API_TOKEN.",
            file=sys.stderr,
            flush=True,
        )
    try:
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            runner.run(serve(settings))
    except OSError as exc:  # the port is taken, the data dir is not writable, ...
        print(f"crm-server: cannot start: {exc}", file=sys.stderr, flush=True)
        return 1
    except StoreUnavailable as exc:
        print(f"crm-server: cannot open the store: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


async def serve(settings: ServerSettings) -> None:
    """Serve until SIGINT or SIGTERM, then stop: in-flight writes commit, the CSV is flushed."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    first_signal_at: float | None = None

    def on_signal(signum: int) -> None:
        nonlocal first_signal_at
        now = loop.time()
        if first_signal_at is None:
            first_signal_at = now
            stop.set()
        elif now - first_signal_at >= FORCE_AFTER_S:
            # Asked again after a while (a person pressing Ctrl-C twice): stop now, the default way.
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        # A repeat within FORCE_AFTER_S is the same request: `timeout` and some supervisors send the
        # signal to the process and to its group, so it arrives twice at once. (run_app raised it
        # twice, and the second skipped the store's cleanup and hung the process at exit.)

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal, signum)
    runner = make_runner(create_app(settings), settings, shutdown_timeout=SHUTDOWN_TIMEOUT_S)
    try:
        await runner.setup()  # opens the store and rebuilds the CSV mirror; a signal meanwhile waits
        if stop.is_set():
            return
        site = web.TCPSite(runner, settings.host, settings.port)
        await site.start()
        # Everything start-up made (the app, pydantic's validators, phonenumbers' metadata, the OpenAPI
        # document: about a million objects) lives as long as the process. Left to the collector, each
        # full collection walked all of it and stopped the event loop for 30-75 ms, a few times in every
        # 8 s of load: the tail of the latency (p99). Frozen, a full collection walks only what was made
        # since, about a millisecond.
        is_indian_mobile("9876543210")  # the phone rule made (phonenumbers' metadata) before the freeze
        gc.collect()
        gc.freeze()
        # The youngest generation is collected whenever tracked objects made minus freed pass its
        # threshold. At the default 700 the requests in flight alone passed it (64 connections, dozens
        # of objects each), so about 50 collections a second scanned objects that were still in use and
        # promoted them: 11 us of CPU per create, pauses of up to 10 ms. At GC_YOUNG_THRESHOLD a
        # collection comes only once garbage that needs the collector (reference cycles) piles up: none
        # in 15 s of wrk.
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        if settings.log_format != "quiet":
            # After the bind, with the port actually bound (--port 0 picks a free one).
            port = runner.addresses[0][1] if runner.addresses else settings.port
            where = f"data in {settings.data_dir.resolve()}"
            if settings.database_url:
                where = f"data in {safe_url(settings.database_url)}, CSV mirror in {settings.data_dir.resolve()}"
            print(f"CRM server on http://{settings.host}:{port} ({where})", file=sys.stderr, flush=True)
        await stop.wait()
    finally:
        await runner.cleanup()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
            # Stopped and closed: a late duplicate of the stop signal must not turn a clean exit
            # (status 0) into "killed by SIGTERM" while the interpreter winds down.
            signal.signal(signum, signal.SIG_IGN)


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    """uvloop when it is installed (it cuts the server's CPU per request noticeably), else asyncio's.

    CRM_NO_UVLOOP=1 forces the standard loop, to compare the two or to rule uvloop out.
    """
    if not os.environ.get("CRM_NO_UVLOOP"):
        try:
            import uvloop
        except ImportError:
            pass
        else:
            return uvloop.new_event_loop
    return asyncio.new_event_loop


if __name__ == "__main__":
    raise SystemExit(main())
