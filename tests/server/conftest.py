"""Fixtures for the server suite: an HTTP client bound to the `crm_server` fixture, and helpers to start
more servers (with a token, on a given data dir) or a `python -m crm_server` subprocess.

The suite runs on both storage backends: every test that uses `crm_server` (or `api`) runs once on
SQLite and once on PostgreSQL (test ids end in [sqlite] / [postgresql]). PostgreSQL is a throwaway
cluster started once per session (tests/pg_cluster.py), with a fresh database per test. A test that is
about the SQLite file itself is marked `@pytest.mark.sqlite_only` and runs on SQLite alone. Without
PostgreSQL installed, the [postgresql] runs skip with the apt-get line (under CI=true they fail)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from crm_server.embedded import EmbeddedServer
from tests.conftest import missing_system_part, require_tools
from tests.pg_cluster import APT_HINT, PgCluster, find_pg_bin

REPO = Path(__file__).resolve().parents[2]


class Api:
    """A thin client: each call returns (status, parsed body, response headers)."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str) -> None:
        self.session = session
        self.base_url = base_url

    async def request(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any, Any]:
        async with self.session.request(method, self.base_url + path, **kwargs) as response:
            text = await response.text()
            body: Any = None
            if text and response.content_type in ("application/json", "application/problem+json"):
                body = await response.json(content_type=None)
            else:
                body = text
            return response.status, body, response.headers

    async def post(self, path: str, body: Any = None, **kwargs: Any) -> tuple[int, Any, Any]:
        if body is not None:
            kwargs["json"] = body
        return await self.request("POST", path, **kwargs)

    async def get(self, path: str, **kwargs: Any) -> tuple[int, Any, Any]:
        return await self.request("GET", path, **kwargs)

    async def create_lead(self, name: str = "Rohan Sharma", phone: str = "9876543210", city: str = "Gurgaon",
                          **extra: Any) -> dict[str, Any]:
        status, body, _ = await self.post("/crm/leads", {"name": name, "phone": phone, "city": city, **extra})
        assert status == 200, body
        return body


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about the SQLite file; it runs on SQLite alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that (through its fixtures) asks for `backend` runs once per storage backend."""
    if "backend" in metafunc.fixturenames:
        chosen = ("sqlite",) if metafunc.definition.get_closest_marker("sqlite_only") else BACKENDS
        metafunc.parametrize("backend", chosen)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One PostgreSQL cluster for the session, as a non-root user, on a free port; removed at the end."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        missing_system_part(f"needs PostgreSQL's initdb and pg_ctl ({APT_HINT})")
        raise AssertionError("unreachable")
    cluster = PgCluster(bin_dir)
    try:
        cluster.start()
    except (RuntimeError, OSError) as exc:
        cluster.stop()
        missing_system_part(f"cannot start a PostgreSQL cluster here: {exc}")
    yield cluster
    cluster.stop()


_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database of the session's cluster, dropped after the test."""
    name = f"crm_test_{next(_databases)}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def database_options(backend: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    """EmbeddedServer options that put the store on the test's backend."""
    if backend == "postgresql":
        return {"database_url": request.getfixturevalue("pg_url")}
    return {}


@pytest.fixture
async def crm_server(tmp_path: Path, database_options: dict[str, Any]) -> AsyncIterator[EmbeddedServer]:
    """A CRM server in this process on 127.0.0.1 and a free port, on the test's backend (CSV in a temp dir)."""
    server = EmbeddedServer(data_dir=tmp_path / "crm_data", host="127.0.0.1", port=0, log_format="quiet",
                            **database_options)
    await server.start()
    try:
        await wait_mirror_settled(server.url)
        yield server
    finally:
        await server.stop()


async def wait_mirror_settled(base_url: str, within_s: float = 30.0, headers: dict[str, str] | None = None) -> str:
    """Wait until /healthz no longer says `mirror: rebuilding` (the server serves during its start-up
    rebuild of the CSV files); returns the mirror's state then (`ok` or `degraded`)."""
    import asyncio

    deadline = time.monotonic() + within_s
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(base_url + "/healthz", headers=headers) as response:
                state = str((await response.json(content_type=None)).get("mirror"))
            if state != "rebuilding" or time.monotonic() > deadline:
                return state
            await asyncio.sleep(0.02)


@pytest.fixture
async def api(crm_server: EmbeddedServer) -> AsyncIterator[Api]:
    async with aiohttp.ClientSession() as session:
        yield Api(session, crm_server.url)


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server_process(data_dir: Path | None, port: int, *extra: str, env: dict[str, str] | None = None,
                         log_format: str = "quiet", cwd: Path = REPO,
                         unset: tuple[str, ...] = (), any_health: bool = False,
                         mirror_settled: bool = True) -> subprocess.Popen[bytes]:
    """`python -m crm_server` on a port (no --data-dir when data_dir is None); returns once /healthz answers.

    `env` adds to this process's environment, `unset` removes variables from it."""
    data_args = ["--data-dir", str(data_dir)] if data_dir is not None else []
    child_env = {k: v for k, v in {**os.environ, **(env or {})}.items() if k not in unset}
    process = subprocess.Popen(
        [sys.executable, "-m", "crm_server", "--port", str(port), *data_args, "--log-format", log_format, *extra],
        cwd=cwd, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    wait_healthy(port, process, any_health=any_health, mirror_settled=mirror_settled)
    return process


def _rebuilding(health_body: bytes) -> bool:
    import json

    try:
        return bool(json.loads(health_body).get("mirror") == "rebuilding")
    except (ValueError, AttributeError):
        return False


def wait_healthy(port: int, process: subprocess.Popen[bytes], timeout: float = 15.0, any_health: bool = False,
                 mirror_settled: bool = True) -> None:
    """Return once /healthz answers 200 (with `any_health`, any answer: a 503 is a server up and saying why)
    and, with `mirror_settled`, no longer says `mirror: rebuilding` (the CSV files' start-up rebuild is over)."""
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited {process.returncode}: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                if response.status == 200 and not (mirror_settled and _rebuilding(response.read())):
                    return
                time.sleep(0.02)
        except urllib.error.HTTPError as error:
            if any_health and not (mirror_settled and _rebuilding(error.read())):
                return
            time.sleep(0.05)
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("server did not become healthy")


@pytest.fixture
def server_process_factory(tmp_path: Path) -> Iterator[Any]:
    """Start server subprocesses; every one still running is killed at the end of the test."""
    started: list[subprocess.Popen[bytes]] = []

    def start(data_dir: Path | None = None, port: int | None = None, *extra: str, use_env_dir: bool = False,
              **kwargs: Any) -> tuple[subprocess.Popen[bytes], int]:
        chosen = port or free_port()
        directory = None if use_env_dir else (data_dir or tmp_path / "crm_data")
        process = start_server_process(directory, chosen, *extra, **kwargs)
        started.append(process)
        return process, chosen

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


async def raw_exchange(port: int, data: bytes, within_s: float = 5.0) -> bytes:
    """Send raw bytes to 127.0.0.1:port and read until the server closes (or `within_s`)."""
    import asyncio

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        return await asyncio.wait_for(reader.read(), within_s)
    finally:
        writer.close()


def parse_raw_answer(answer: bytes) -> tuple[int, dict[str, str], Any]:
    """(status, lowercased headers, JSON body or text) of one raw HTTP/1.x answer."""
    import json

    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    text = body.decode("utf-8", "replace")
    parsed: Any = json.loads(text) if "json" in headers.get("content-type", "") and text else text
    return status, headers, parsed


def fault_tool_missing(reason: str) -> None:
    """Skip a real-fault test that cannot run here (not root, no mount), or fail it under CI=true."""
    missing_system_part(reason)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted for the test: a disk that really fills up (needs root)."""
    mount_point = tmp_path / "small_disk"
    mount_point.mkdir()
    require_tools("mount", "umount")
    if os.geteuid() != 0:
        fault_tool_missing("a full disk needs root to mount a small tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        fault_tool_missing(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill_disk(directory: Path) -> Path:
    """Write a file until the filesystem is full; returns it (delete it to free the space)."""
    filler = directory / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def set_immutable(path: Path, on: bool) -> None:
    """chattr +i / -i: even root cannot write, rename over or delete the file (skips when unsupported)."""
    if on:
        require_tools("chattr")
    elif shutil.which("chattr") is None:
        return
    done = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True, text=True)
    if done.returncode != 0 and on:
        fault_tool_missing(f"chattr +i is not available here: {done.stderr.strip() or 'no chattr'}")
