"""Load test of the CRM server: durable creates/s with 64 connections, and list latency over 100k leads.

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
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crm_server.store import DB_FILENAME, LEAD_COLUMNS, MIGRATIONS  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "crm_server", "--port", str(port), "--data-dir", str(data_dir), "--log-format", "quiet"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
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


def seed_leads(data_dir: Path, count: int) -> None:
    """A fresh database with `count` leads, inserted in bulk (the schema comes from the store's migrations)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for number, script in enumerate(MIGRATIONS, start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    cities = ["Gurgaon", "Pune", "Mumbai", "Delhi", "Kochi", "Jaipur", "Indore", "Noida"]
    statuses = ["NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST"]
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    rows = (
        (str(uuid.uuid4()), f"Lead {i}", f"9{i:09d}", cities[i % len(cities)], "Bench", statuses[i % 5], now, now)
        for i in range(count)
    )
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO leads ({LEAD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", rows)
    db.execute("COMMIT")
    db.close()


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


async def load_creates(url: str, connections: int, total: int, with_keys: bool = False) -> dict[str, Any]:
    host = url.removeprefix("http://")
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async def worker(connection: _Connection, number: int) -> None:
        nonlocal errors
        for i in counter:
            raw = _post("/crm/leads", host, {"name": f"Bench {number}-{i}", "phone": f"9{i % 1_000_000_000:09d}",
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--creates", type=int, default=30_000)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--list-requests", type=int, default=500)
    parser.add_argument("--load", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.load:
        mode, url, *rest = args.load
        if mode == "creates":
            measured = asyncio.run(load_creates(url, int(rest[0]), int(rest[1]), rest[2:] == ["keys"]))
        else:
            measured = asyncio.run(load_gets(url, rest[0], int(rest[1])))
        print(json.dumps(measured))
        return 0

    result: dict[str, Any] = {"bench": "crm_server", "cpus": os.cpu_count(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
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
        print(f"startup with {args.leads} leads (CSV mirror rebuilt): {startup:.2f} s", flush=True)

    targets = {
        "creates_per_s>=3000": result["creates"]["rps"] >= 3000,
        "create_p99<50ms": result["creates"]["p99_ms"] < 50,
        "list_p50<10ms": result["reads"]["list"]["p50_ms"] < 10,
    }
    result["targets_met"] = targets
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
