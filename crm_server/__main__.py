"""`crm-server` / `python -m crm_server`: run the CRM on a host and port until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from aiohttp import web

from crm_server.app import create_app
from crm_server.settings import DEFAULT_HOST, DEFAULT_PORT, settings_from_env
from crm_server.store import StoreUnavailable


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-server", description="The voice CRM's HTTP API over SQLite.")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--data-dir", default=None, help="SQLite + CSV directory (default $CRM_DATA_DIR or ./crm_data)")
    parser.add_argument("--token", default=None, help="require 'Authorization: Bearer TOKEN' (default $CRM_API_TOKEN)")
    parser.add_argument("--log-format", choices=["rich", "json", "quiet"], default="rich",
                        help="rich: a panel per change; json: one line per request; quiet: nothing")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = settings_from_env(
        host=args.host, port=args.port, data_dir=args.data_dir, token=args.token, log_format=args.log_format
    )
    app = create_app(settings)
    if not settings.host_is_loopback and not settings.token:
        print(
            f"WARNING: binding {settings.host} without a token: anyone on the network can read and change "
            "every lead. Set --token or CRM_API_TOKEN.",
            file=sys.stderr,
            flush=True,
        )
    if settings.log_format != "quiet":
        print(f"CRM server on http://{settings.host}:{settings.port} (data in {settings.data_dir.resolve()})",
              file=sys.stderr, flush=True)
    try:
        web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=None, shutdown_timeout=5.0,
                    loop=_event_loop())
    except OSError as exc:  # the port is taken, the data dir is not writable, ...
        print(f"crm-server: cannot start: {exc}", file=sys.stderr, flush=True)
        return 1
    except StoreUnavailable as exc:
        print(f"crm-server: cannot open the store: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


def _event_loop() -> asyncio.AbstractEventLoop:
    """uvloop when it is installed (it cuts the server's CPU per request noticeably), else asyncio's.

    CRM_NO_UVLOOP=1 forces the standard loop, to compare the two or to rule uvloop out.
    """
    if not os.environ.get("CRM_NO_UVLOOP"):
        try:
            import uvloop
        except ImportError:
            pass
        else:
            return uvloop.new_event_loop()
    return asyncio.new_event_loop()


if __name__ == "__main__":
    raise SystemExit(main())
