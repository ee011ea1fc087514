"""The embedded CRM in a child process of the dashboard, started before the dashboard imports Textual.

Run inside the dashboard's process, the CRM server's import (aiohttp.web, the store, the pydantic
models: ~0.3 s alone) shared one interpreter lock with the dashboard's first frame and took ~0.5 s;
in a process of its own it imports and starts on the machine's other core meanwhile. `crm-tui` calls
`start_before_dashboard` first thing: on Linux it forks, once aiohttp is imported (the child then
imports only the server's own modules), before any thread exists; elsewhere it starts
`python -m crm_tui.embedded_child`. The dashboard claims that process when it looks for its CRM
(`crm_tui.embedded.ensure_crm`), or starts one then (tests, a dashboard taking over from one that
quit: a running dashboard has threads, so that one is never forked).

The process lives exactly as long as the dashboard that started it: it stops (writes committed, the
CSV mirror flushed) when its control pipe closes, which happens when the dashboard stops it, quits or
is killed, and on Linux the kernel also sends it SIGTERM when the dashboard dies (PR_SET_PDEATHSIG,
`crm_tui/embedded_child.py`). Only the standard library here: it runs before anything else is imported.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from crm_tui.config import Settings

# The child's own stop waits up to 5 s for in-flight writes (crm_server.embedded.SHUTDOWN_TIMEOUT_S).
STOP_WAIT_S = 8.0
_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


class CrmProcess:
    """One child process that finds a CRM at the local URL or serves one there.

    `control`: the write end of the pipe the child watches (closed: the child stops); `answer`: the
    read end of the pipe of its one line."""

    def __init__(self, pid: int, control: int, answer: int, log: IO[bytes], popen: subprocess.Popen[bytes] | None,
                 base_url: str) -> None:
        self.pid = pid
        self.url = ""
        self.base_url = base_url
        self._control: int | None = control
        self._answer_fd = answer
        self._log = log
        self._popen = popen
        self._answer: dict[str, str] | None = None
        self._status: int | None = None

    @classmethod
    def start(cls, settings: Settings) -> CrmProcess:
        """`python -m crm_tui.embedded_child`, safe from a process with threads (a running dashboard).

        Call it from the thread that stays for the dashboard's life (the event loop's): Linux sends the
        death signal when the thread that started the child ends, not only the process."""
        control_r, control_w = os.pipe()
        answer_r, answer_w = os.pipe()
        log = tempfile.TemporaryFile()
        command = [sys.executable, "-m", "crm_tui.embedded_child", "--url", settings.crm_base_url,
                   "--data-dir", str(settings.crm_data_dir), "--parent-pid", str(os.getpid())]
        try:
            popen = subprocess.Popen(command, stdin=control_r, stdout=answer_w, stderr=log, env=_child_env(settings))
        finally:
            os.close(control_r)
            os.close(answer_w)
        return cls(popen.pid, control_w, answer_r, log, popen, settings.crm_base_url)

    @classmethod
    def fork(cls, settings: Settings) -> CrmProcess:
        """The same child, forked: it keeps the modules this process has imported (aiohttp). Only while
        this process has one thread (a fork copies no other thread, nor what their locks protect)."""
        assert threading.active_count() == 1, "fork only before any thread is started"
        control_r, control_w = os.pipe()
        answer_r, answer_w = os.pipe()
        log = tempfile.TemporaryFile()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns into the dashboard's code
            status = 1
            try:
                os.close(control_w)
                os.close(answer_r)
                # The terminal is the dashboard's, and so are the pipes it was started with (a parent
                # waiting for their end must not wait for this child): nothing of them here. A
                # traceback goes to the log the dashboard reads if the child fails before it answers.
                devnull = os.open(os.devnull, os.O_RDWR)
                os.dup2(devnull, 0)
                os.dup2(devnull, 1)
                os.dup2(log.fileno(), 2)
                os.close(devnull)
                from crm_tui.embedded_child import run

                status = run(settings.crm_base_url, settings.crm_data_dir, os.getppid(), control_r, answer_w,
                             settings.crm_api_token)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(status)
        os.close(control_r)
        os.close(answer_w)
        return cls(pid, control_w, answer_r, log, None, settings.crm_base_url)

    async def started(self) -> bool:
        """True once the child serves at `url`; False when a CRM already answered there (the child has
        left). Raises RuntimeError saying why no CRM could be started."""
        if self._answer is None:
            line = await asyncio.to_thread(_read_line, self._answer_fd)
            try:
                self._answer = dict(json.loads(line))
            except ValueError:
                self._answer = {"crm": "failed", "detail": await asyncio.to_thread(self._why_it_ended)}
        if self._answer.get("crm") == "serving":
            self.url = self._answer.get("url", self.base_url)
            return True
        if self._answer.get("crm") == "found":
            return False
        raise RuntimeError(self._answer.get("detail") or "the CRM process gave no reason")

    def _why_it_ended(self) -> str:
        status = self._wait(STOP_WAIT_S)
        if status is None:
            return "the CRM process stopped answering"
        self._log.seek(0)
        lines = self._log.read().decode(errors="replace").strip().splitlines()
        return f"the CRM process exited ({status})" + (f": {lines[-1]}" if lines else "")

    def _wait(self, timeout: float) -> int | None:
        """The child's exit status, waited for up to `timeout` s; None while it still runs."""
        if self._status is not None:
            return self._status
        if self._popen is not None:
            try:
                self._status = self._popen.wait(timeout)
            except subprocess.TimeoutExpired:
                return None
            return self._status
        deadline = time.monotonic() + timeout
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self._status = os.waitstatus_to_exitcode(status)
                return self._status
            if time.monotonic() > deadline:
                return None
            time.sleep(0.01)

    async def stop(self) -> None:
        """Close the control pipe (the child stops serving, lets writes commit, flushes the CSV
        mirror and exits); kill it only if it has not gone after STOP_WAIT_S."""
        if self._control is not None:
            os.close(self._control)
            self._control = None
        if await asyncio.to_thread(self._wait, STOP_WAIT_S) is None:
            os.kill(self.pid, signal.SIGKILL)
            await asyncio.to_thread(self._wait, STOP_WAIT_S)
        os.close(self._answer_fd)
        self._answer_fd = -1
        self._log.close()


def _read_line(fd: int) -> bytes:
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        line += chunk
    return line


def _child_env(settings: Settings) -> dict[str, str]:
    """The child's environment: the dashboard's, its token (not on the command line, which anyone may
    read), and the dashboard's own code first on the path (a checkout's, a bench's copy)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_PACKAGE_ROOT, env.get("PYTHONPATH")]))
    env.pop("CRM_API_TOKEN", None)
    if settings.crm_api_token:
        env["CRM_API_TOKEN"] = settings.crm_api_token
    return env


_started_early: dict[tuple[str, str], CrmProcess] = {}


def _key(settings: Settings) -> tuple[str, str]:
    return settings.crm_base_url, str(settings.crm_data_dir)


def start_before_dashboard(settings: Settings) -> None:
    """`crm-tui`'s first step: the embedded CRM's process for a local `CRM_BASE_URL`, started now so it
    imports and starts beside the dashboard's own imports. A remote URL is never served here."""
    if not settings.crm_is_local or _key(settings) in _started_early:
        return
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        # Imported before the fork, for both: the dashboard needs them too (its reads and feed), and the
        # child, which needs them for the probe and the server, starts with them in.
        import crm_tui.embedded  # noqa: F401

        _started_early[_key(settings)] = CrmProcess.fork(settings)
    else:
        _started_early[_key(settings)] = CrmProcess.start(settings)


def claim_early(settings: Settings) -> CrmProcess | None:
    """The process `start_before_dashboard` started for these settings, now the caller's to stop."""
    return _started_early.pop(_key(settings), None)
