"""GET /crm/stats latency at 100,000 leads, 300,000 status changes and 30,000 visits over a year.

Run by hand: `python bench/bench_stats.py` (or `make bench`). It seeds a database in bulk (the schema from
the store's migrations), starts `python -m crm_server` on it, and times GET /crm/stats for the 7, 30
(the default) and 90-day windows and a whole year, each request after a write so the answer is
recounted, not served from the stats cache; GET /crm/leads?limit=100 is timed in the same run as the
yardstick (results as ratios side by side, since this machine is shared and noisy).

Target from the issue: p50 under 50 ms at 100,000 leads and 300,000 status changes (30-day window).
Prints a readable summary and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_server import free_port, percentile, start_server, stop_server  # noqa: E402

from crm_server.store import DB_FILENAME, LEAD_COLUMNS, MIGRATIONS  # noqa: E402

CITIES = ["Gurgaon", "Pune", "Mumbai", "Delhi", "Kochi", "Jaipur", "Indore", "Noida", "Bangalore", "Chennai"]
SOURCES = ["Instagram", "Facebook", "Website", "Referral", "99acres", "Walk-in", None]
PATH = ["IN_PROGRESS", "FOLLOW_UP", "FOLLOW_UP", "WON", "LOST"]


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def seed(data_dir: Path, leads: int, changes: int, visits: int, days: int = 365) -> None:
    """A year of activity: leads created evenly over `days`, each status change after its lead's creation."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for number, script in enumerate(MIGRATIONS, start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    rng = random.Random(14)
    now = datetime.now(UTC)
    span = days * 86400
    lead_rows = []
    created: list[tuple[str, datetime]] = []
    for i in range(leads):
        at = now - timedelta(seconds=span * (1 - i / leads))
        lead_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        created.append((lead_id, at))
        lead_rows.append([lead_id, f"Lead {i}", f"9{i:09d}", rng.choice(CITIES), rng.choice(SOURCES), "NEW",
                          stamp(at), stamp(at)])
    change_rows = []
    per_lead = changes / leads
    for index, (lead_id, at) in enumerate(created):
        steps = int(per_lead) + (1 if rng.random() < per_lead - int(per_lead) else 0)
        old, when = "NEW", at
        for step in range(steps):
            when = min(now, when + timedelta(hours=rng.uniform(1, 24 * 10)))
            new = PATH[min(step, len(PATH) - 1)] if step < 2 else rng.choice(["FOLLOW_UP", "WON", "LOST"])
            change_rows.append((lead_id, old, new, None, stamp(when)))
            old = new
        lead_rows[index][5] = old
        lead_rows[index][7] = stamp(when)
    change_rows.sort(key=lambda row: row[4])
    visit_rows = []
    for _ in range(visits):
        lead_id, at = created[rng.randrange(leads)]
        when = at + timedelta(days=rng.uniform(0, 14))
        status = rng.choices(["SCHEDULED", "CANCELLED", "RESCHEDULED"], [8, 1, 1])[0]
        visit_rows.append((str(uuid.uuid4()), lead_id, when.isoformat(timespec="seconds"), None, status,
                           stamp(at), stamp(at), int(when.timestamp())))
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO leads ({LEAD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", lead_rows)
    db.executemany("INSERT INTO status_changes (lead_id, old_status, new_status, notes, changed_at)"
                   " VALUES (?,?,?,?,?)", change_rows)
    db.executemany("INSERT INTO visits (visit_id, lead_id, visit_time, notes, status, created_at, updated_at,"
                   " visit_epoch) VALUES (?,?,?,?,?,?,?,?)", visit_rows)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()


def call(url: str, method: str = "GET", body: dict[str, Any] | None = None) -> tuple[float, dict[str, Any]]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.loads(response.read())
    return time.perf_counter() - started, answer


def time_stats(base: str, query: str, rounds: int, lead_id: str) -> list[float]:
    """Stats latencies, each after a status change so the cache cannot answer."""
    latencies = []
    for n in range(rounds):
        call(f"{base}/crm/leads/{lead_id}/status", "POST", {"status": ["FOLLOW_UP", "IN_PROGRESS"][n % 2]})
        elapsed, _ = call(f"{base}/crm/stats{query}")
        latencies.append(elapsed)
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=300_000)
    parser.add_argument("--visits", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "crm_data"
        started = time.perf_counter()
        seed(data_dir, args.leads, args.changes, args.visits)
        print(f"seeded {args.leads:,} leads, {args.changes:,} status changes, {args.visits:,} visits"
              f" in {time.perf_counter() - started:.1f} s", flush=True)
        port = free_port()
        process = start_server(data_dir, port)
        try:
            base = f"http://127.0.0.1:{port}"
            _, page = call(f"{base}/crm/leads?limit=1&order=newest")
            lead_id = page["leads"][0]["lead_id"]
            today = date.today()
            windows = {
                "7d": f"?from={today - timedelta(days=6)}&to={today}",
                "30d": "",
                "90d": f"?from={today - timedelta(days=89)}&to={today}",
                "365d": f"?from={today - timedelta(days=364)}&to={today}",
            }
            _, check = call(f"{base}/crm/stats")
            for query in windows.values():  # warm up each window
                call(f"{base}/crm/stats{query}")
            results: dict[str, Any] = {}
            lists = [call(f"{base}/crm/leads?limit=100")[0] for _ in range(args.rounds)]
            results["list_p50_ms"] = round(statistics.median(lists) * 1000, 2)
            for name, query in windows.items():
                latencies = time_stats(base, query, args.rounds, lead_id)
                results[f"stats_{name}_p50_ms"] = round(statistics.median(latencies) * 1000, 2)
                results[f"stats_{name}_p99_ms"] = round(percentile(latencies, 99) * 1000, 2)
            cached = [call(f"{base}/crm/stats")[0] for _ in range(args.rounds)]
            results["stats_cached_p50_ms"] = round(statistics.median(cached) * 1000, 2)
        finally:
            stop_server(process)
    results.update({"leads": args.leads, "status_changes": args.changes, "visits": args.visits,
                    "new_leads_30d": check["new_leads"], "target_p50_ms": 50})
    print(f"GET /crm/leads?limit=100 p50 {results['list_p50_ms']} ms (yardstick)")
    for name in windows:
        p50 = results[f"stats_{name}_p50_ms"]
        print(f"GET /crm/stats {name:>4}: p50 {p50} ms, p99 {results[f'stats_{name}_p99_ms']} ms"
              f" ({p50 / max(results['list_p50_ms'], 0.01):.1f}x the list)")
    print(f"GET /crm/stats unchanged since the last call (cached): p50 {results['stats_cached_p50_ms']} ms")
    ok = results["stats_30d_p50_ms"] < 50
    print(f"target p50 < 50 ms at the default 30 days: {'met' if ok else 'MISSED'}")
    print(json.dumps({"bench": "stats", **results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
