"""Load test of the CRM server: durable creates/s with 64 connections, and list latency over 100k leads.

Also (issue 10): creates/s with 4 and with 300 change-feed subscribers connected (target: the second at
least half the first), a create whose phone 100,000 leads already hold against one with a new phone
(flat in N), and the reference design's server (bench/reference_crm.py: FastAPI + uvicorn, a dict and
a CSV row per request) beside this one, both driven by wrk (64 connections, distinct phones, access log
on), reported as a ratio. `--quick` runs only those.

Run by hand: `python bench/bench_server.py` (or `make bench`). It starts `python -m crm_server` as a
subprocess on a temp dir and drives it from a second process (`--load`), because a client in the
server's own process would compete with it for the event loop; on a 2-core machine the two
processes share both cores, so these numbers are for the whole box, client included.

Prints a readable summary and, last, one JSON line (for the README and for comparing runs).
Targets from the issue: >= 3,000 durable creates/s, p99 < 50 ms, list p50 < 10 ms over 100k leads.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from seeding import seed_leads  # noqa: E402

from crm_server.store import DB_FILENAME  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data_dir: Path, port: int, log_format: str = "quiet",
                 command: list[str] | None = None, cwd: Path = REPO) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command or [sys.executable, "-m", "crm_server", "--port", str(port), "--data-dir", str(data_dir),
                    "--log-format", log_format],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if command else subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode() if process.stderr else "server exited")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return process
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("server did not start")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=30)


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used (all its threads), from /proc: a figure other load on the
    machine does not distort the way it distorts requests per second."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


# ---- the load process -----------------------------------------------------------------------
#
# The load generator is a minimal HTTP/1.1 keep-alive client on asyncio.Protocol (what wrk does in C):
# on a 2-core box a full client library would spend more CPU per request than the server does and
# the bench would measure the client. It still checks every answer's status and body.


class _Connection(asyncio.Protocol):
    """One keep-alive connection: send a request, wait for the answer (Content-Length framed)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if self.waiter is None or self.waiter.done():
            return
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).lower()
        at = head.find(b"content-length:")
        length = int(head[at + 15: head.find(b"\r\n", at) if head.find(b"\r\n", at) > 0 else None]) if at >= 0 else 0
        total = end + 4 + length
        if len(self.buffer) < total:
            return
        status = int(head[9:12])
        body = bytes(self.buffer[end + 4: total])
        del self.buffer[:total]
        self.waiter.set_result((status, body))

    def connection_lost(self, exc: Exception | None) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("server closed the connection"))

    async def request(self, raw: bytes) -> tuple[int, bytes]:
        assert self.transport is not None
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(raw)
        return await self.waiter


async def _connect(url: str) -> _Connection:
    host, port = url.removeprefix("http://").split(":")
    _, protocol = await asyncio.get_running_loop().create_connection(_Connection, host, int(port))
    return protocol


def _post(path: str, host: str, body: dict[str, Any], key: str | None = None) -> bytes:
    payload = json.dumps(body).encode()
    extra = f"Idempotency-Key: {key}\r\n" if key else ""
    return (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n{extra}"
            f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload


async def load_creates(url: str, connections: int, total: int, with_keys: bool = False,
                       phone: str | None = None) -> dict[str, Any]:
    host = url.removeprefix("http://")
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async def worker(connection: _Connection, number: int) -> None:
        nonlocal errors
        for i in counter:
            raw = _post("/crm/leads", host, {"name": f"Bench {number}-{i}",
                                              "phone": phone or f"9{i % 1_000_000_000:09d}",
                                              "city": "Pune", "source": "bench"}, f"bench-{i}" if with_keys else None)
            started = time.perf_counter()
            status, body = await connection.request(raw)
            latencies.append(time.perf_counter() - started)
            if status != 200 or b'"lead_id"' not in body:
                errors += 1

    pool = [await _connect(url) for _ in range(connections)]
    for connection in pool:  # warm up every connection
        await connection.request(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    started = time.perf_counter()
    await asyncio.gather(*(worker(connection, n) for n, connection in enumerate(pool)))
    elapsed = time.perf_counter() - started
    for connection in pool:
        if connection.transport is not None:
            connection.transport.close()
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(elapsed, 3),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
    }


async def load_gets(url: str, path: str, count: int) -> dict[str, Any]:
    host = url.removeprefix("http://")
    raw = f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    connection = await _connect(url)
    latencies: list[float] = []
    body = b""
    for _ in range(20):  # warm-up: page cache, prepared statements
        await connection.request(raw)
    for _ in range(count):
        started = time.perf_counter()
        status, body = await connection.request(raw)
        latencies.append(time.perf_counter() - started)
        assert status == 200 and body.startswith(b'{"leads"'), body[:200]
    if connection.transport is not None:
        connection.transport.close()
    return {
        "path": path,
        "requests": count,
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "bytes": len(body),
    }


async def hold_feeds(url: str, count: int) -> None:
    """Open `count` change-feed subscribers and read (and drop) what they are sent until killed."""
    host = url.removeprefix("http://").split(":")
    received = 0

    async def follow() -> None:
        nonlocal received
        reader, writer = await asyncio.open_connection(host[0], int(host[1]))
        writer.write(f"GET /crm/events HTTP/1.1\r\nHost: {host[0]}\r\n\r\n".encode())
        while chunk := await reader.read(65536):
            received += len(chunk)

    tasks = [asyncio.create_task(follow()) for _ in range(count)]
    print("ready", flush=True)
    await asyncio.gather(*tasks)


def run_load(args: list[str]) -> dict[str, Any]:
    """Run this script's --load mode in a separate process and return its JSON result."""
    out = subprocess.run([sys.executable, __file__, "--load", *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_creates(data_dir: Path, connections: int, total: int, with_keys: bool) -> dict[str, Any]:
    port = free_port()
    server = start_server(data_dir, port)
    try:
        cpu_before = cpu_seconds(server.pid)
        load_args = ["creates", f"http://127.0.0.1:{port}", str(connections), str(total)]
        creates = run_load(load_args + (["keys"] if with_keys else []))
        creates["server_cpu_us_per_create"] = round((cpu_seconds(server.pid) - cpu_before) / total * 1e6)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            health = json.loads(response.read())
        # Every create shared its transaction (and fsync) with this many others on average.
        creates["transactions"] = health["transactions"]
        creates["mean_group"] = round(health["writes"] / max(1, health["transactions"]), 1)
    finally:
        stop_server(server)
    with sqlite3.connect(data_dir / DB_FILENAME) as db:
        creates["stored"] = db.execute("SELECT COUNT(*) FROM leads").fetchone()[0]
    label = "creates with Idempotency-Key" if with_keys else "creates"
    print(f"{label}: {creates['rps']:.0f}/s over {connections} connections, "
          f"p50 {creates['p50_ms']} ms, p99 {creates['p99_ms']} ms, {creates['errors']} errors, "
          f"{creates['stored']} leads on disk, {creates['transactions']} transactions "
          f"(mean group commit {creates['mean_group']} writes), "
          f"server CPU {creates['server_cpu_us_per_create']} us per create", flush=True)
    return {"connections": connections, "idempotency_keys": with_keys, **creates}


def bench_with_feeds(root: Path, subscribers: int, connections: int, total: int) -> dict[str, Any]:
    """Creates/s while `subscribers` change feeds are connected (from a third process)."""
    port = free_port()
    server = start_server(root / f"feeds{subscribers}", port)
    feeds = subprocess.Popen([sys.executable, __file__, "--load", "feeds", f"http://127.0.0.1:{port}", str(subscribers)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert feeds.stdout is not None and feeds.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # every subscriber connected before the load starts
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
                json.loads(response.read())
            if _feed_count(server.pid) >= subscribers:
                break
            time.sleep(0.2)
        creates = run_load(["creates", f"http://127.0.0.1:{port}", str(connections), str(total)])
    finally:
        feeds.kill()
        feeds.wait()
        stop_server(server)
    print(f"creates with {subscribers} feed subscribers: {creates['rps']:.0f}/s, p50 {creates['p50_ms']} ms, "
          f"p99 {creates['p99_ms']} ms, {creates['errors']} errors", flush=True)
    return {"subscribers": subscribers, **creates}


def _feed_count(pid: int) -> int:
    """Established TCP connections of the server process (the subscribers, once the load has not started)."""
    try:
        return sum(1 for fd in Path(f"/proc/{pid}/fd").iterdir() if os.readlink(fd).startswith("socket:")) - 1
    except OSError:
        return 0


def bench_held_phone(root: Path, leads: int, creates: int) -> dict[str, Any]:
    """p50 of a create whose phone `leads` leads already hold, against a create with a new phone."""
    held = "9812345678"
    seed_leads(root / "held", leads, phone=held)
    port = free_port()
    server = start_server(root / "held", port)
    try:
        url = f"http://127.0.0.1:{port}"
        same = run_load(["creates", url, "1", str(creates), "phone", held])
        fresh = run_load(["creates", url, "1", str(creates)])
    finally:
        stop_server(server)
    print(f"a create whose phone {leads} leads hold: p50 {same['p50_ms']} ms (a new phone: {fresh['p50_ms']} ms)",
          flush=True)
    return {"leads_with_phone": leads, "same_phone_p50_ms": same["p50_ms"], "same_phone_p99_ms": same["p99_ms"],
            "new_phone_p50_ms": fresh["p50_ms"], "new_phone_p99_ms": fresh["p99_ms"]}


def _get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def bench_startup(root: Path, leads: int, before: Path | None, rounds: int) -> dict[str, Any]:
    """Start-up over `leads` leads (and no CSV files, as after an import or a lost mirror): the seconds from
    launching the server to its first page of leads, its first create answered, and /healthz saying
    `mirror: ok`. With `before`, that checkout's server is started the same way in the same rounds."""
    seed_dir = root / "startup-seed"
    seed_leads(seed_dir, leads)
    servers: list[tuple[str, Path]] = [("crm_server", REPO)]
    if before is not None:
        servers.append(("crm_server_before", before))
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, _ in servers}
    for round_number in range(rounds):
        for name, cwd in servers:
            data_dir = root / f"startup-{name}-{round_number}"
            shutil.copytree(seed_dir, data_dir)
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "crm_server", "--port", str(port), "--data-dir", str(data_dir),
                 "--log-format", "quiet"], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                while True:  # the first page of leads, asked every 5 ms
                    try:
                        status, _ = _get(f"{url}/crm/leads?limit=100", timeout=10)
                    except OSError:
                        status = 0
                    if status == 200:
                        break
                    if process.poll() is not None or time.perf_counter() - started > 60:
                        raise RuntimeError(f"{name} did not start")
                    time.sleep(0.005)
                first_page = time.perf_counter() - started
                request = urllib.request.Request(
                    f"{url}/crm/leads", method="POST", headers={"Content-Type": "application/json"},
                    data=json.dumps({"name": "First Lead", "phone": "9000000001", "city": "Pune"}).encode())
                with urllib.request.urlopen(request, timeout=10) as response:
                    assert response.status == 200
                first_create = time.perf_counter() - started
                while json.loads(_get(f"{url}/healthz")[1]).get("mirror") != "ok":
                    time.sleep(0.005)
                mirror_ok = time.perf_counter() - started
            finally:
                process.terminate()
                process.wait(timeout=30)
            measured = {"first_page_s": round(first_page, 3), "first_create_s": round(first_create, 3),
                        "mirror_ok_s": round(mirror_ok, 3), "load_average": round(os.getloadavg()[0], 2)}
            runs[name].append(measured)
            print(f"round {round_number + 1}, start-up over {leads} leads, {name}: first page {first_page:.2f} s, "
                  f"first create {first_create:.2f} s, mirror ok {mirror_ok:.2f} s", flush=True)
    result: dict[str, Any] = {"leads": leads, "rounds": rounds}
    for name, measured_runs in runs.items():
        result[name] = {key: round(statistics.median(run[key] for run in measured_runs), 3)
                        for key in ("first_page_s", "first_create_s", "mirror_ok_s")}
        result[name]["runs"] = measured_runs
    return result


WRK_SCRIPT = """
local id = 0
function setup(thread) thread:set("tid", id); id = id + 1 end
function init(args) n = 0 end
function request()
  n = n + 1
  local phone = string.format("98%08d", (tid * 40000000 + n) % 100000000)
  local body = '{"name": "Wrk Lead", "phone": "' .. phone .. '", "city": "Pune", "source": "wrk"}'
  return wrk.format("POST", "/crm/leads", {["Content-Type"] = "application/json"}, body)
end
"""


# What each server runs on, asked of the interpreter that runs it: the event loop and the HTTP parser.
# crm-server uses uvloop when it is installed (CRM_NO_UVLOOP=1 turns it off); uvicorn's defaults
# (loop="auto", http="auto") pick uvloop and httptools when they are installed, else asyncio and h11.
# `pip install uvicorn` (the bench extra) brings neither; `pip install "uvicorn[standard]"` (what
# FastAPI's own install, "fastapi[standard]", brings) adds both.
PROBE_RUNTIME = """
import importlib.util as u, json, os, sys
def has(name):
    try:
        return u.find_spec(name) is not None
    except ImportError:  # a submodule of a package that is not installed
        return False
print(json.dumps({"python": sys.version.split()[0],
                  "crm_server": {"loop": "uvloop" if has("uvloop") and not os.environ.get("CRM_NO_UVLOOP") else "asyncio",
                                 "http_parser": "aiohttp C parser" if has("aiohttp._http_parser") else "aiohttp Python parser"},
                  "reference": {"loop": "uvloop" if has("uvloop") else "asyncio",
                                "http_parser": "httptools" if has("httptools") else "h11"}}))
"""


def runtime_of(python: str) -> dict[str, Any]:
    """What `python` would run each server on (see PROBE_RUNTIME)."""
    out = subprocess.run([python, "-c", PROBE_RUNTIME], capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out))


def run_wrk(url: str, seconds: int, connections: int, script: Path, pin: str | None = None) -> dict[str, Any]:
    """wrk with a Lua script that POSTs a lead with a distinct phone per request; its rps and latency.

    `pin`: CPUs for wrk (`taskset -c`), the same for every server measured."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url]
    if pin is not None:
        command = ["taskset", "-c", pin, *command]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    def ms(text: str) -> float:  # wrk prints 812.00us, 2.31ms, 1.02s
        for unit, scale in (("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60_000.0)):
            if text.endswith(unit):
                return float(text[: -len(unit)]) * scale
        return float(text)
    latency = {line.split()[0]: ms(line.split()[1]) for line in out.splitlines()
               if line.strip().startswith(("50%", "99%"))}
    rps = float(next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec")))
    non_2xx = next((int(line.split()[-1]) for line in out.splitlines() if "Non-2xx" in line), 0)
    return {"rps": round(rps, 1), "p50_ms": round(latency["50%"], 2), "p99_ms": round(latency["99%"], 2),
            "non_2xx": non_2xx}


def bench_against_reference(root: Path, seconds: int, connections: int, before: Path | None = None,
                            rounds: int = 1, reference_python: str | None = None,
                            pin_wrk: str | None = None) -> dict[str, Any] | None:
    """This server and the reference design's, one after the other, each driven by the same wrk script.

    `before`: another checkout of this repository (e.g. `git archive main | tar -x -C DIR`), whose
    crm-server is run the same way in the same rounds, so a change is measured against what it changes.
    With several rounds the servers take turns, and each figure is the median of its rounds.
    `reference_python`: the interpreter that runs the reference (a venv with "uvicorn[standard]", say);
    `pin_wrk`: CPUs wrk is pinned to, for every server alike."""
    if shutil.which("wrk") is None:
        print("wrk not installed (apt-get install wrk): the side-by-side with the reference is skipped", flush=True)
        return None
    ref_python = reference_python or sys.executable
    if subprocess.run([ref_python, "-c", "import fastapi, uvicorn"], capture_output=True).returncode != 0:
        print(f"fastapi/uvicorn not importable by {ref_python} (pip install -e '.[bench]'): the reference is skipped",
              flush=True)
        return None
    script = root / "create.lua"
    script.write_text(WRK_SCRIPT)
    ours, theirs = runtime_of(sys.executable), runtime_of(ref_python)
    result: dict[str, Any] = {
        "tool": f"{f'taskset -c {pin_wrk} ' if pin_wrk else ''}wrk -t2 -c{connections} -d{seconds}s",
        "distinct_phones": True, "rounds": rounds,
        "runtime": {"crm_server": {"python": ours["python"], **ours["crm_server"]},
                    "reference": {"python": theirs["python"], **theirs["reference"]}},
    }
    print(f"crm_server runs on {ours['crm_server']['loop']} with {ours['crm_server']['http_parser']}; the reference "
          f"(uvicorn's defaults, {ref_python}) on {theirs['reference']['loop']} with "
          f"{theirs['reference']['http_parser']}; access log on for both", flush=True)
    servers: list[tuple[str, list[str] | None, Path]] = [
        ("crm_server", None, REPO),
        ("reference", [ref_python, str(REPO / "bench" / "reference_crm.py"), "{port}", str(root / "ref")], REPO),
    ]
    if before is not None:
        servers.append(("crm_server_before", [sys.executable, "-m", "crm_server", "--port", "{port}", "--data-dir",
                                              str(root / "before-{round}"), "--log-format", "json"], before))
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in servers}
    # The machine's load before and after (the other work on it moves every figure; the ratio less).
    result["load_average_before"] = round(os.getloadavg()[0], 2)
    for round_number in range(rounds):
        for name, command, cwd in servers:
            port = free_port()
            (root / "ref").mkdir(exist_ok=True)
            server = start_server(
                root / f"{name}-{round_number}", port, log_format="json", cwd=cwd,
                command=[c.replace("{port}", str(port)).replace("{round}", str(round_number))
                         for c in command] if command else None)
            try:
                cpu_before = cpu_seconds(server.pid)
                measured = run_wrk(f"http://127.0.0.1:{port}", seconds, connections, script, pin_wrk)
                total = measured["rps"] * seconds
                measured["server_cpu_us_per_create"] = round((cpu_seconds(server.pid) - cpu_before) / max(1, total) * 1e6)
            finally:
                stop_server(server)
            runs[name].append(measured)
            print(f"round {round_number + 1}, wrk, {name}: {measured['rps']:.0f} creates/s, p50 {measured['p50_ms']} ms, "
                  f"p99 {measured['p99_ms']} ms, {measured['non_2xx']} non-2xx, server CPU "
                  f"{measured['server_cpu_us_per_create']} us per create", flush=True)
    for name, measured_runs in runs.items():
        result[name] = {key: round(statistics.median(run[key] for run in measured_runs), 2) for key in measured_runs[0]}
        result[name]["runs"] = measured_runs
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    result["ratio"] = round(result["crm_server"]["rps"] / result["reference"]["rps"], 2)
    result["ratios_by_round"] = [round(a["rps"] / b["rps"], 2) for a, b in zip(runs["crm_server"], runs["reference"],
                                                                              strict=True)]
    ours, theirs = result["crm_server"], result["reference"]
    print(f"crm_server / reference: {result['ratio']}x by round {result['ratios_by_round']} "
          "(durable, fsynced SQLite against a dict and an unsynced CSV); medians: crm_server "
          f"{ours['rps']:.0f}/s, p50 {ours['p50_ms']} ms, p99 {ours['p99_ms']} ms; the reference {theirs['rps']:.0f}/s, "
          f"p50 {theirs['p50_ms']} ms, p99 {theirs['p99_ms']} ms; load average "
          f"{result['load_average_before']} before, {result['load_average_after']} after", flush=True)
    if before is not None:
        result["ratio_before"] = round(result["crm_server_before"]["rps"] / result["reference"]["rps"], 2)
        print(f"crm_server_before / reference: {result['ratio_before']}x", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--creates", type=int, default=30_000)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--list-requests", type=int, default=500)
    parser.add_argument("--load", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true",
                        help="only the issue-10 figures: feed subscribers, a held phone, the reference side by side")
    parser.add_argument("--reference-only", action="store_true",
                        help="only the side-by-side with the reference design's server (wrk)")
    parser.add_argument("--before", type=Path,
                        help="another checkout whose crm-server runs beside this one against the reference")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the side-by-side (servers take turns)")
    parser.add_argument("--reference-python", metavar="PYTHON",
                        help="interpreter for the reference server (default: this one), e.g. a venv with "
                        "'uvicorn[standard]' to give it httptools as FastAPI's own install does")
    parser.add_argument("--pin-wrk", metavar="CPUS",
                        help="run wrk under 'taskset -c CPUS', for every server alike (e.g. 1)")
    parser.add_argument("--startup", action="store_true",
                        help="only start-up over --leads leads: time to the first page, the first create and "
                        "mirror: ok (with --before, that checkout's server in the same rounds)")
    parser.add_argument("--feed-creates", type=int, default=10_000)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--database-url", default=None, metavar="URL",
                        help="postgresql://…: only the team figures (bench/bench_team.py): creates/s and p99 with one "
                        "and two servers on PostgreSQL and the feed's delay across servers, beside SQLite's")
    parser.add_argument("--delay-events", type=int, default=200)
    args = parser.parse_args()

    if args.load:
        mode, url, *rest = args.load
        if mode == "feeds":
            asyncio.run(hold_feeds(url, int(rest[0])))
            return 0
        if mode == "creates":
            phone = rest[3] if rest[2:3] == ["phone"] else None
            measured = asyncio.run(load_creates(url, int(rest[0]), int(rest[1]), rest[2:] == ["keys"], phone))
        else:
            measured = asyncio.run(load_gets(url, rest[0], int(rest[1])))
        print(json.dumps(measured))
        return 0

    result: dict[str, Any] = {"bench": "crm_server", "cpus": os.cpu_count(), "python": sys.version.split()[0]}
    if args.database_url:
        from bench_team import run_team

        with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
            result["team"] = run_team(Path(tmp), args.database_url, args.connections, args.creates, args.delay_events)
        print(json.dumps(result), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
        # 0. Issue 10: the feed's cost to writes, a phone many leads hold, and the reference beside us.
        root = Path(tmp)
        if args.startup:
            result["startup"] = bench_startup(root, args.leads, args.before, args.rounds)
            print(json.dumps(result), flush=True)
            return 0
        if args.reference_only:
            result["versus_reference"] = bench_against_reference(root, args.wrk_seconds, args.connections,
                                                                 args.before, args.rounds, args.reference_python,
                                                                 args.pin_wrk)
            print(json.dumps(result), flush=True)
            return 0
        four = bench_with_feeds(root, 4, args.connections, args.feed_creates)
        many = bench_with_feeds(root, 300, args.connections, args.feed_creates)
        result["feeds"] = {"four": four, "three_hundred": many, "ratio": round(many["rps"] / four["rps"], 2)}
        print(f"creates with 300 subscribers / with 4: {result['feeds']['ratio']}", flush=True)
        result["held_phone"] = bench_held_phone(root, args.leads, 200)
        result["versus_reference"] = bench_against_reference(root, args.wrk_seconds, args.connections,
                                                             args.before, args.rounds, args.reference_python,
                                                             args.pin_wrk)
        if args.quick:
            print(json.dumps(result), flush=True)
            return 0

        # 1. Durable creates: a fresh database, 64 connections, every answer after its COMMIT (fsync);
        #    then again with an Idempotency-Key on every request, as the bot sends them.
        result["creates"] = bench_creates(Path(tmp) / "creates", args.connections, args.creates, with_keys=False)
        result["creates_with_keys"] = bench_creates(Path(tmp) / "keyed", args.connections, args.creates, with_keys=True)

        # 2. Reads over a big table: seed in bulk, start (startup rewrites the CSV mirror), then GET.
        started = time.perf_counter()
        seed_leads(Path(tmp) / "big", args.leads)
        seeded = time.perf_counter() - started
        port = free_port()
        started = time.perf_counter()
        server = start_server(Path(tmp) / "big", port)
        startup = time.perf_counter() - started
        try:
            url = f"http://127.0.0.1:{port}"
            reads = {
                "list": run_load(["gets", url, "/crm/leads?limit=100", str(args.list_requests)]),
                "list_filtered": run_load(["gets", url, "/crm/leads?limit=100&status=WON&city=Pune", str(args.list_requests)]),
                "search": run_load(["gets", url, "/crm/leads?q=Lead%2099999&limit=100", str(min(100, args.list_requests))]),
            }
        finally:
            stop_server(server)
        result["reads"] = {"leads": args.leads, "seed_s": round(seeded, 2), "startup_s": round(startup, 2), **reads}
        for name, read in reads.items():
            print(f"{name}: GET {read['path']} over {args.leads} leads: p50 {read['p50_ms']} ms, p99 {read['p99_ms']} ms",
                  flush=True)
        print(f"startup with {args.leads} leads (to /healthz answering; the CSV mirror rebuilds behind it): {startup:.2f} s",
              flush=True)

    targets = {
        "creates_per_s>=3000": result["creates"]["rps"] >= 3000,
        "create_p99<50ms": result["creates"]["p99_ms"] < 50,
        "list_p50<10ms": result["reads"]["list"]["p50_ms"] < 10,
    }
    targets["feed_300_vs_4>=0.5"] = result["feeds"]["ratio"] >= 0.5
    if result["versus_reference"]:
        targets["vs_reference>=3x"] = result["versus_reference"]["ratio"] >= 3
        targets["vs_reference>=3x_every_round"] = min(result["versus_reference"]["ratios_by_round"]) >= 3
        targets["wrk_p99<=50ms"] = result["versus_reference"]["crm_server"]["p99_ms"] <= 50
    result["targets_met"] = targets
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
