"""The embedded CRM's process: forked by `crm-tui` before it imports the dashboard, or started as
`python -m crm_tui.embedded_child` by a dashboard already running (tests, a take-over).

It finds a CRM at the local URL or serves one there, says which on one JSON line on its answer pipe
(`{"crm": "found"}`, `{"crm": "serving", "url": ...}` or `{"crm": "failed", "detail": ...}`), and,
serving, stops when the dashboard goes: its control pipe closes (the dashboard stopped it, quit, or
was killed), or SIGTERM (on Linux the kernel sends it when the dashboard dies) or SIGHUP (the terminal
closed). Stopping lets in-flight writes commit and flushes the CSV mirror. The dashboard's side is
`crm_tui/crm_process.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import gc
import json
import os
import signal
import sys
from pathlib import Path
from urllib.parse import urlparse

from crm_tui.start_up_gc import START_UP_YOUNG_THRESHOLD

PR_SET_PDEATHSIG = 1  # <sys/prctl.h>
PR_SET_NAME = 15
PROCESS_NAME = b"crm-tui-server"  # at most 15 bytes


def die_with_parent(parent_pid: int) -> None:
    """Ask Linux for SIGTERM when the dashboard dies, and a name of its own in `ps -e` and `top` (a forked
    child is named as its parent); leave at once if the dashboard has already gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
            libc.prctl(PR_SET_NAME, PROCESS_NAME, 0, 0, 0)
    if os.getppid() != parent_pid:
        raise SystemExit(0)


def say(answer_fd: int, answer: dict[str, str]) -> None:
    """The one line the dashboard reads. The pipe is closed after it (the descriptor then points at
    /dev/null), so nothing written later can block on a pipe nobody reads."""
    os.write(answer_fd, (json.dumps(answer) + "\n").encode())
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, answer_fd)
    os.close(devnull)


async def until_the_dashboard_goes(control_fd: int) -> None:
    loop = asyncio.get_running_loop()
    gone = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(signum, gone.set)

    class ControlWatch(asyncio.Protocol):
        def connection_lost(self, exc: Exception | None) -> None:
            gone.set()

    await loop.connect_read_pipe(ControlWatch, os.fdopen(control_fd, "rb", buffering=0))
    await gone.wait()


async def serve(url: str, data_dir: Path, control_fd: int, answer_fd: int, token: str | None) -> int:
    from crm_tui.embedded import probe_crm

    if await probe_crm(url, token) in ("answers", "busy"):
        say(answer_fd, {"crm": "found"})
        return 0
    address = urlparse(url)
    try:
        from crm_server.embedded import EmbeddedServer

        server = EmbeddedServer(data_dir=data_dir, host=address.hostname or "127.0.0.1", port=address.port or 80,
                                token=token, log_format="quiet")
        await server.start()
    except Exception as exc:  # port taken by something else, data dir not writable, ...
        say(answer_fd, {"crm": "failed", "detail": str(exc) or type(exc).__name__})
        return 1
    say(answer_fd, {"crm": "serving", "url": server.url})
    # What the start made (the app, the models, phone numbers' metadata) stays as long as the process:
    # out of the collector's walks from here, as `crm-server` does (without its full collection first,
    # which would hold the loop while the dashboard reads its first pages).
    gc.freeze()
    try:
        await until_the_dashboard_goes(control_fd)
    finally:
        await server.stop()
    return 0


def run(url: str, data_dir: Path, parent_pid: int, control_fd: int, answer_fd: int, token: str | None) -> int:
    die_with_parent(parent_pid)
    # ctrl+c in the terminal is the dashboard's to handle: the CRM goes when the dashboard does.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The collector's youngest generation at crm-server's threshold (and crm-tui's while it starts).
    gc.set_threshold(START_UP_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return asyncio.run(serve(url, data_dir, control_fd, answer_fd, token))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="crm_tui.embedded_child")
    parser.add_argument("--url", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--parent-pid", type=int, required=True)
    args = parser.parse_args(argv)
    return run(args.url, args.data_dir, args.parent_pid, control_fd=0, answer_fd=1,
               token=os.environ.get("CRM_API_TOKEN") or None)


if __name__ == "__main__":
    raise SystemExit(main())
