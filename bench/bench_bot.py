"""Throughput of the bot end to end: transcripts/s through `crm-bot --jsonl` against a live CRM server.

Run by hand: `python bench/bench_bot.py [--n 600]` (or `make bench`). It starts `python -m crm_server`
on a temp dir, seeds leads through the API, then pipes N generated transcripts (creates, visits with
natural times, status updates by name, phone and id prefix, lookups, a few nonsense lines) through
one `crm-bot --jsonl --engine local` process and times it. Everything runs on this one machine, so
the figure is for parser + bot core + CRM client + server + SQLite fsyncs together.

Why a subprocess: that is how scripts use the bot, and it counts the real per-line cost (JSON out,
flush, one CRM round trip or more per line). Start-up (imports, first dateparser call) is measured
separately with an empty input and reported apart from the steady rate.

Prints a readable summary and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CRM_BOT = Path(sys.executable).with_name("crm-bot")
NOW = "2026-11-25T10:00:00+05:30"

FIRST = ["Rohan", "Priya", "Amit", "Sneha", "Vikram", "Anjali", "Karan", "Meera", "Arjun", "Divya",
         "Rahul", "Pooja", "Sanjay", "Neha", "Aditya", "Kavya", "Nikhil", "Isha", "Manish", "Ritu"]
LAST = ["Sharma", "Verma", "Nair", "Iyer", "Reddy", "Gupta", "Mehta", "Kapoor", "Joshi", "Rao"]
NEW_LAST = ["Das", "Bose", "Khan", "Pillai", "Shetty"]
CITIES = ["Gurgaon", "Pune", "Mumbai", "Delhi", "Bangalore", "Chennai", "Hyderabad", "Kochi", "Jaipur", "Noida"]
SOURCES = ["Instagram", "Referral", "Website", "Facebook", "Walk-in"]
TIMES = ["tomorrow at 3pm", "next Tuesday at 11 am", "day after tomorrow at 5 pm", "on 2nd December at 4pm",
         "this Friday at 10:30 am"]
STATUSES = ["won", "lost", "in progress", "follow up"]


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


def post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return dict(json.loads(resp.read()))


def seed(base: str, count: int, rng: random.Random) -> list[dict[str, Any]]:
    """Leads with unique names (so references by name resolve to one lead) and unique phones."""
    leads = []
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    for i, name in enumerate(names[:count]):
        phone = f"9{rng.randrange(10**8, 10**9):09d}"
        leads.append(post(base + "/crm/leads", {"name": name, "phone": phone, "city": CITIES[i % len(CITIES)]}))
    return leads


def transcripts(n: int, leads: list[dict[str, Any]], rng: random.Random) -> list[str]:
    out = []
    for i in range(n):
        lead = rng.choice(leads)
        kind = i % 8
        if kind == 0:
            phone = f"9{rng.randrange(10**8, 10**9):09d}"
            # Surnames the seed does not use, so later references by name stay unambiguous.
            out.append(f"Add a new lead {rng.choice(FIRST)} {rng.choice(NEW_LAST)} from {rng.choice(CITIES)}, "
                       f"phone {phone[:5]} {phone[5:]}, source {rng.choice(SOURCES)}")
        elif kind in (1, 2):
            out.append(f"Schedule a visit with {lead['name']} {rng.choice(TIMES)}")
        elif kind == 3:
            out.append(f"Mark {lead['name']} as {rng.choice(STATUSES)}")
        elif kind == 4:
            out.append(f"Update lead {lead['lead_id'][:8]} to {rng.choice(STATUSES)}")
        elif kind == 5:
            out.append(f"Mark {lead['phone'][:5]} {lead['phone'][5:]} as follow up")
        elif kind == 6:
            out.append(f"Find {lead['name'].split()[0]}")
        else:
            out.append(rng.choice(["what's the weather today", "hello", "tell me a joke"]))
    return out


def run_bot(url: str, lines: list[str]) -> tuple[float, list[dict[str, Any]]]:
    started = time.perf_counter()
    proc = subprocess.run(
        [str(CRM_BOT), "--jsonl", "--engine", "local", "--crm-url", url, "--now", NOW, "--env-file", "/nonexistent"],
        input="".join(line + "\n" for line in lines).encode(), capture_output=True, cwd=REPO, check=True,
    )
    elapsed = time.perf_counter() - started
    return elapsed, [json.loads(line) for line in proc.stdout.decode().splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600, help="transcripts to send (default 600)")
    parser.add_argument("--seed-leads", type=int, default=150, help="leads in the CRM before the run")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="bench_bot_") as tmp:
        port = free_port()
        server = start_server(Path(tmp) / "data", port)
        url = f"http://127.0.0.1:{port}"
        try:
            leads = seed(url, args.seed_leads, rng)
            lines = transcripts(args.n, leads, rng)
            # Start-up: the median of three empty runs (one run is too noisy on a shared machine).
            startup_s = sorted(run_bot(url, [])[0] for _ in range(3))[1]
            total_s, results = run_bot(url, lines)
        finally:
            server.terminate()
            server.wait(timeout=10)
    assert len(results) == len(lines), "crm-bot must answer every line"
    errors: dict[str, int] = {}
    for result in results:
        kind = result.get("error", {}).get("type", "ok") if "error" in result else "ok"
        errors[kind] = errors.get(kind, 0) + 1
    # The steady rate leaves out process start-up (imports, settings).
    steady_s = max(total_s - startup_s, 1e-9)
    rate = len(lines) / steady_s
    print(f"crm-bot --jsonl: {len(lines)} transcripts in {total_s:.2f} s (start-up {startup_s:.2f} s); "
          f"steady {rate:.0f} transcripts/s, {1000 / rate:.2f} ms each; "
          f"with start-up {len(lines) / total_s:.0f}/s")
    print(f"outcomes: {errors}")
    for line, result in zip(lines, results, strict=True):
        if "error" in result and result["error"]["type"] != "PARSING_ERROR":
            print(f"  {line!r}: {result['error']['details']}")
    print(json.dumps({
        "bench": "bot_jsonl_throughput",
        "transcripts": len(lines),
        "seed_leads": args.seed_leads,
        "total_s": round(total_s, 3),
        "startup_s": round(startup_s, 3),
        "transcripts_per_s_with_startup": round(len(lines) / total_s, 1),
        "transcripts_per_s": round(rate, 1),
        "ms_per_transcript": round(1000 / rate, 2),
        "outcomes": errors,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
