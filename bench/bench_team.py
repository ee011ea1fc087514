"""The team set-up measured beside SQLite in one run: `bench_server.py --database-url postgresql://…`.

- durable creates/s and p99 with 64 connections: SQLite (one server), PostgreSQL with one server, and
  PostgreSQL with two servers on the one database (32 connections to each, run at the same time);
- the change feed's delivery delay: a feed client on server A, one create at a time posted to server B
  (PostgreSQL), against the same on one SQLite server (feed and post on the same server).

The bench makes a scratch database beside the one the URL names (`CREATE DATABASE`, so the URL's user
needs CREATEDB) and drops it after: it never writes to the database the URL names.

Prints a summary and, last, one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_server import REPO, free_port, percentile, run_load, start_server, stop_server  # noqa: E402


def start(data_dir: Path, database_url: str | None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "crm_server", "--port", str(port), "--data-dir", str(data_dir),
               "--log-format", "quiet"]
    if database_url:
        command += ["--database-url", database_url]
    return start_server(data_dir, port, command=command), f"http://127.0.0.1:{port}"


async def _scratch(url: str, name: str, create: bool) -> str:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        if create:
            await conn.execute(f'CREATE DATABASE "{name}"')
        else:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def creates_in_parallel(urls: list[str], connections: int, total: int) -> dict[str, Any]:
    """The same load split over several servers at once; rps over the whole, the worst p99."""
    processes = [subprocess.Popen([sys.executable, str(REPO / "bench" / "bench_server.py"), "--load", "creates", url,
                                   str(connections // len(urls)), str(total // len(urls))],
                                  stdout=subprocess.PIPE, text=True) for url in urls]
    started = time.perf_counter()
    results = []
    for process in processes:
        out, _ = process.communicate(timeout=600)
        results.append(json.loads(out.strip().splitlines()[-1]))
    elapsed = max(r["seconds"] for r in results) or time.perf_counter() - started
    requests = sum(r["requests"] for r in results)
    return {"servers": len(urls), "requests": requests, "errors": sum(r["errors"] for r in results),
            "rps": round(requests / elapsed, 1), "p50_ms": max(r["p50_ms"] for r in results),
            "p99_ms": max(r["p99_ms"] for r in results)}


async def feed_delay(feed_url: str, post_url: str, count: int) -> dict[str, Any]:
    """From sending a create to server B until server A's feed delivers its event, one at a time; and the
    same counted from B's answer (what the feed adds once the write is acknowledged; negative when the
    event arrives first)."""
    import aiohttp

    delays: list[float] = []
    after_answer: list[float] = []
    async with aiohttp.ClientSession() as session, session.get(feed_url + "/crm/events") as feed:
        await asyncio.sleep(0.3)
        for i in range(count):
            name = f"Delay {uuid.uuid4().hex[:8]}"
            started = time.perf_counter()
            async with session.post(post_url + "/crm/leads",
                                    json={"name": name, "phone": f"97{i:08d}", "city": "Pune"}) as answer:
                assert answer.status == 200, await answer.text()
                answered = time.perf_counter()
            while True:
                line = (await asyncio.wait_for(feed.content.readline(), 10)).decode()
                if line.startswith("data:") and name in line:
                    delays.append(time.perf_counter() - started)
                    after_answer.append(time.perf_counter() - answered)
                    break
            await asyncio.sleep(0.01)
    return {"events": len(delays), "p50_ms": round(statistics.median(delays) * 1000, 2),
            "p99_ms": round(percentile(delays, 99) * 1000, 2),
            "after_answer_p50_ms": round(statistics.median(after_answer) * 1000, 2),
            "after_answer_p99_ms": round(percentile(after_answer, 99) * 1000, 2)}


def run_team(root: Path, database_url: str, connections: int, total: int, delay_events: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    scratch_name = f"crm_bench_{uuid.uuid4().hex[:8]}"
    scratch = asyncio.run(_scratch(database_url, scratch_name, create=True))
    try:
        # SQLite, one server: the reference figures of this run.
        server, url = start(root / "sqlite", None)
        try:
            result["sqlite_one_server"] = run_load(["creates", url, str(connections), str(total)])
            result["sqlite_feed_delay"] = asyncio.run(feed_delay(url, url, delay_events))
        finally:
            stop_server(server)
        # PostgreSQL, one server.
        server, url = start(root / "pg1", scratch)
        try:
            result["postgresql_one_server"] = run_load(["creates", url, str(connections), str(total)])
        finally:
            stop_server(server)
        # PostgreSQL, two servers on the one database, loaded at once; then the feed across them.
        first, url_a = start(root / "pg2", scratch)
        second, url_b = start(root / "pg2", scratch)
        try:
            result["postgresql_two_servers"] = creates_in_parallel([url_a, url_b], connections, total)
            result["postgresql_feed_delay_across_servers"] = asyncio.run(feed_delay(url_a, url_b, delay_events))
            with urllib.request.urlopen(url_a + "/crm/leads?limit=1", timeout=5) as response:
                json.loads(response.read())
        finally:
            stop_server(first)
            stop_server(second)
    finally:
        asyncio.run(_scratch(database_url, scratch_name, create=False))
    for name in ("sqlite_one_server", "postgresql_one_server", "postgresql_two_servers"):
        figures = result[name]
        print(f"{name}: {figures['rps']:.0f} creates/s, p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, "
              f"{figures['errors']} errors", flush=True)
    for name in ("sqlite_feed_delay", "postgresql_feed_delay_across_servers"):
        figures = result[name]
        print(f"{name}: p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms from the POST "
              f"(p50 {figures['after_answer_p50_ms']} ms, p99 {figures['after_answer_p99_ms']} ms after its answer) "
              f"over {figures['events']} events", flush=True)
    result["ratios"] = {
        "pg_one_vs_sqlite": round(result["postgresql_one_server"]["rps"] / result["sqlite_one_server"]["rps"], 2),
        "pg_two_vs_pg_one": round(result["postgresql_two_servers"]["rps"] / result["postgresql_one_server"]["rps"], 2),
    }
    print(f"PostgreSQL one server / SQLite: {result['ratios']['pg_one_vs_sqlite']}x; "
          f"two servers / one: {result['ratios']['pg_two_vs_pg_one']}x", flush=True)
    return result
