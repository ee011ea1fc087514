"""Where the rare slow rounds come from: crm-server under wrk, as bench_server.py drives it, with the disk
waits and pauses that could make its tail traced.

Each round starts a fresh `python -m crm_server` (JSON access log on) under `strace -f --seccomp-bpf`,
which stops the process only at fsync/fdatasync (so the rest runs at full speed), and inside a wrapper
that records, from the server's own process: every group commit's wall time (the writer's `write`,
from the hand-off to the answer) and when its statements ended (the rest is the COMMIT, i.e. the
WAL's fsync), every garbage collection over a millisecond, and which thread and which file each
thread id and descriptor is. wrk drives it for `--seconds` (64 connections, distinct phones). The
machine's IO pressure (/proc/pressure/io, "full": every task stalled on IO) is read before and after.

Per round it prints wrk's rate and p50/p99, the fsyncs by thread and file (count, p50, p99, max), the
group commits (p50, p99, max), and for each group over `--slow-ms` what it waited on: its WAL fsync,
a checkpoint's or the CSV thread's fsync in flight at the same time, a collection. Bench-only (not a
test): `python bench/trace_tail.py --rounds 3 --seconds 8`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_server import WRK_SCRIPT, free_port, percentile, run_wrk  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# Runs inside the server's process (python -c WRAPPER TRACE_FILE crm-server-args...). Timers only: the
# commit path itself is unchanged.
WRAPPER = r"""
import gc, json, os, runpy, sys, threading, time
trace = open(sys.argv[1], "a", buffering=1)
sys.argv = ["crm_server", *sys.argv[2:]]
def note(**record):
    trace.write(json.dumps(record) + "\n")
gc_started = [0.0]
def on_gc(phase, info):
    if phase == "start":
        gc_started[0] = time.perf_counter()
    else:
        took = time.perf_counter() - gc_started[0]
        if took > 0.001:
            note(kind="gc", at=time.time() - took, s=took, generation=info["generation"])
gc.callbacks.append(on_gc)
from crm_server import sqlite_db
original_write, original_run_to_end = sqlite_db.SqliteBackend.write, sqlite_db.run_to_end
statements_done = threading.local()
def run_to_end(work):
    result = original_run_to_end(work)
    statements_done.at = time.time()
    sqlite_db._last_statements_done = statements_done.at
    return result
sqlite_db.run_to_end = run_to_end
if os.environ.get("TRACE_WAL_RESTART_PAGES"):  # an experiment: the WAL's bound (see --wal-restart-pages)
    sqlite_db.WAL_RESTART_PAGES = int(os.environ["TRACE_WAL_RESTART_PAGES"])
original_check = sqlite_db.SqliteBackend._check_database_file
def check_database_file(self):
    sqlite_db._last_writer_started = time.time()  # the first thing the writer's thread does in a group
    return original_check(self)
sqlite_db.SqliteBackend._check_database_file = check_database_file
async def write(self, work, known_last_event):
    started, wall = time.time(), time.perf_counter()
    try:
        return await original_write(self, work, known_last_event)
    finally:
        note(kind="group", at=started, s=time.perf_counter() - wall,
             writer_started=getattr(sqlite_db, "_last_writer_started", None),
             statements_done=getattr(sqlite_db, "_last_statements_done", None), answered=time.time())
sqlite_db.SqliteBackend.write = write
from crm_server import store as store_module
original_commit_batch = store_module.Store._commit_batch
async def commit_batch(self, batch):
    await original_commit_batch(self, batch)
    # Whether the writer would find its queue empty now: an idle moment for a checkpoint to use.
    note(kind="after_commit", at=time.time(), size=len(batch), waiting=self._queue.qsize())
store_module.Store._commit_batch = commit_batch
def who():
    while True:
        fds = {}
        for fd in os.listdir("/proc/self/fd"):
            try:
                fds[fd] = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                pass
        note(kind="who", threads={t.native_id: t.name for t in threading.enumerate()}, fds=fds)
        time.sleep(0.5)
threading.Thread(target=who, daemon=True, name="trace-who").start()
runpy.run_module("crm_server", run_name="__main__")
"""

STRACE_LINE = re.compile(r"^(\d+)\s+([\d.]+)\s+(fsync|fdatasync)\((\d+)\)\s+=\s+-?\d+.*<([\d.]+)>")
# Two threads in an fsync at once: strace splits the first into "<unfinished ...>" and "<... resumed>".
STRACE_UNFINISHED = re.compile(r"^(\d+)\s+([\d.]+)\s+(fsync|fdatasync)\((\d+)\s*<unfinished")
STRACE_RESUMED = re.compile(r"^(\d+)\s+[\d.]+\s+<\.\.\. (?:fsync|fdatasync) resumed>.*<([\d.]+)>")


def parse_strace(text: str) -> list[tuple[str, float, str, str, float]]:
    """(thread id, start, call, fd, seconds) of each fsync/fdatasync in strace's output."""
    calls = []
    pending: dict[str, tuple[float, str, str]] = {}
    for line in text.splitlines():
        if match := STRACE_LINE.match(line):
            tid, at, call, fd, took = match.groups()
            calls.append((tid, float(at), call, fd, float(took)))
        elif match := STRACE_UNFINISHED.match(line):
            pending[match[1]] = (float(match[2]), match[3], match[4])
        elif (match := STRACE_RESUMED.match(line)) and match[1] in pending:
            at, call, fd = pending.pop(match[1])
            calls.append((match[1], at, call, fd, float(match[2])))
    return calls


def io_pressure_full_us() -> int | None:
    try:
        for line in Path("/proc/pressure/io").read_text().splitlines():
            if line.startswith("full"):
                return int(line.rsplit("total=", 1)[1])
    except OSError:
        pass
    return None


def role(thread: str, path: str) -> str:
    name = Path(path).name
    if name.endswith("-wal"):
        target = "WAL"
    elif name.endswith(".sqlite3"):
        target = "database file"
    elif ".csv" in name:
        target = "CSV"
    else:
        target = name
    if thread.startswith("crm-sqlite-writer"):
        who = "writer"
    elif thread.startswith("crm-csv-mirror"):
        who = "CSV thread"
    elif thread.startswith("crm-console"):
        who = "console"
    else:
        who = "checkpoint/aiosqlite"
    return f"{who}: {target}"


def run_round(root: Path, number: int, seconds: int, connections: int, script: Path, slow_ms: float,
              wal_restart_pages: int | None = None) -> dict[str, Any]:
    data_dir = root / f"round-{number}"
    trace_file, strace_file = root / f"trace-{number}.jsonl", root / f"strace-{number}.txt"
    port = free_port()
    command = ["strace", "-f", "-qq", "--seccomp-bpf", "-ttt", "-T", "-e", "trace=fsync,fdatasync", "-o",
               str(strace_file), sys.executable, "-c", WRAPPER, str(trace_file), "--port", str(port), "--data-dir",
               str(data_dir), "--log-format", "json"]
    env = {**os.environ, **({"TRACE_WAL_RESTART_PAGES": str(wal_restart_pages)} if wal_restart_pages else {})}
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        import urllib.request
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start under strace") from None
                time.sleep(0.05)
        pressure_before, load_before = io_pressure_full_us(), os.getloadavg()[0]
        started = time.time()
        measured = run_wrk(f"http://127.0.0.1:{port}", seconds, connections, script)
        ended = time.time()
        pressure_after = io_pressure_full_us()
    finally:
        # strace ignores SIGTERM while its command runs: stop the server (its child) itself.
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        for child in (children.read_text().split() if children.exists() else []):
            os.kill(int(child), signal.SIGTERM)
        process.wait(timeout=30)
    records = [json.loads(line) for line in trace_file.read_text().splitlines() if line.strip()]
    threads: dict[str, str] = {}
    fds: dict[str, str] = {}
    for record in records:
        if record["kind"] == "who":
            threads.update({str(k): v for k, v in record["threads"].items()})
            fds.update(record["fds"])
    fsyncs = [{"role": role(threads.get(tid, "?"), fds.get(fd, fd)), "call": call, "at": at, "s": took}
              for tid, at, call, fd, took in parse_strace(strace_file.read_text()) if started <= at <= ended]
    groups = [r for r in records if r["kind"] == "group" and started <= r["at"] <= ended]
    collections = [r for r in records if r["kind"] == "gc" and started <= r["at"] <= ended]
    after_commits = [r for r in records if r["kind"] == "after_commit" and started <= r["at"] <= ended]
    by_role: dict[str, list[float]] = {}
    for sync in fsyncs:
        by_role.setdefault(f"{sync['role']} ({sync['call']})", []).append(sync["s"] * 1000)
    walls = [g["s"] * 1000 for g in groups]
    slow = []
    causes: dict[str, int] = {}
    for group in groups:
        if group["s"] * 1000 < slow_ms:
            continue
        begin, end = group["at"], group["at"] + group["s"]
        overlapping = [s for s in fsyncs if s["at"] < end and s["at"] + s["s"] > begin]
        wal = sum(s["s"] for s in overlapping if s["role"] == "writer: WAL") * 1000
        writer_db = sum(s["s"] for s in overlapping if s["role"] == "writer: database file") * 1000
        handoff = (group["writer_started"] - begin) * 1000
        statements = (group["statements_done"] - group["writer_started"]) * 1000
        back = (group["answered"] - group["statements_done"]) * 1000 - wal
        # What took the largest share of this group's time: the disk (its WAL fsync, or a checkpoint's
        # database-file fsync on the writer's thread before it), or waiting for the event loop (to start
        # the writer, or to take the answer back).
        shares = {"disk: WAL fsync": wal, "disk: writer's checkpoint fsync": writer_db,
                  "loop: hand-off": handoff - writer_db, "loop: answer back": back, "statements": statements}
        cause = max(shares, key=lambda k: shares[k])
        causes[cause] = causes.get(cause, 0) + 1
        slow.append({
            "at_s": round(begin - started, 2), "wall_ms": round(group["s"] * 1000, 1), "cause": cause,
            "hand_off_ms": round(handoff, 1), "statements_ms": round(statements, 1), "wal_fsync_ms": round(wal, 1),
            "answer_back_ms": round(back, 1),
            "fsyncs_in_flight": [f"{s['role']} {s['s'] * 1000:.1f} ms (from {(s['at'] - begin) * 1000:+.1f} ms)"
                                 for s in overlapping if s["role"] != "writer: WAL"],
            "gc_ms": [round(c["s"] * 1000, 1) for c in collections if c["at"] < end and c["at"] + c["s"] > begin],
        })
    # Does a database-file fsync (a checkpoint's) make the WAL's fsync, which every COMMIT waits for, slower?
    db_syncs = [s for s in fsyncs if s["role"].endswith("database file")]
    colliding, alone = [], []
    for sync in (s for s in fsyncs if s["role"] == "writer: WAL"):
        hit = any(d["at"] < sync["at"] + sync["s"] and d["at"] + d["s"] > sync["at"] for d in db_syncs)
        (colliding if hit else alone).append(sync["s"] * 1000)
    result = {
        "wrk": measured, "load_average_before": round(load_before, 2),
        "io_pressure_full_ms": None if pressure_before is None or pressure_after is None
        else round((pressure_after - pressure_before) / 1000, 1),
        "groups": {"count": len(walls), "p50_ms": round(statistics.median(walls), 2) if walls else None,
                   "p99_ms": round(percentile(walls, 99), 2) if walls else None,
                   "max_ms": round(max(walls), 2) if walls else None},
        "fsyncs": {name: {"count": len(values), "p50_ms": round(statistics.median(values), 2),
                          "p99_ms": round(percentile(values, 99), 2), "max_ms": round(max(values), 2)}
                   for name, values in sorted(by_role.items())},
        "collections_over_1ms": len(collections),
        "writer_idle_after_commit_share": round(sum(1 for r in after_commits if r["waiting"] == 0)
                                                / max(1, len(after_commits)), 3),
        "writes_waiting_after_commit_p50": statistics.median(r["waiting"] for r in after_commits) if after_commits else None,
        "group_size_p50": statistics.median(r["size"] for r in after_commits) if after_commits else None,
        "wal_fsync_during_a_database_fsync": {"count": len(colliding),
                                              "p50_ms": round(statistics.median(colliding), 2) if colliding else None,
                                              "max_ms": round(max(colliding), 2) if colliding else None},
        "wal_fsync_otherwise": {"count": len(alone), "p50_ms": round(statistics.median(alone), 2) if alone else None,
                                "max_ms": round(max(alone), 2) if alone else None},
        "slow_group_causes": causes,
        "slow_groups": slow,
    }
    shutil.rmtree(data_dir, ignore_errors=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--slow-ms", type=float, default=40.0, help="report each group commit slower than this")
    parser.add_argument("--wal-restart-pages", type=int, nargs="+", metavar="PAGES",
                        help="an experiment: run each round once per value of the WAL's bound, taking turns")
    args = parser.parse_args()
    for tool in ("strace", "wrk"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install {tool})", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="crm-trace-", dir=os.environ.get("CRM_BENCH_DIR")) as tmp:
        root = Path(tmp)
        script = root / "create.lua"
        script.write_text(WRK_SCRIPT)
        variants = args.wal_restart_pages or [None]
        for number, bound in ((n, b) for n in range(args.rounds) for b in variants):
            result = run_round(root, number * len(variants) + variants.index(bound), args.seconds, args.connections,
                               script, args.slow_ms, bound)
            wrk = result["wrk"]
            label = f", WAL bound {bound} pages" if bound else ""
            print(f"round {number + 1}{label} ({time.strftime('%H:%M:%S', time.gmtime())} UTC, load {result['load_average_before']}, "
                  f"IO pressure 'full' {result['io_pressure_full_ms']} ms): {wrk['rps']:.0f} creates/s, "
                  f"p50 {wrk['p50_ms']} ms, p99 {wrk['p99_ms']} ms; groups {result['groups']}", flush=True)
            for name, figures in result["fsyncs"].items():
                print(f"  fsync {name}: {figures}", flush=True)
            print(f"  collections over 1 ms: {result['collections_over_1ms']}; WAL fsyncs while a database-file "
                  f"fsync ran {result['wal_fsync_during_a_database_fsync']}, otherwise {result['wal_fsync_otherwise']}; "
                  f"groups over {args.slow_ms:g} ms by cause {result['slow_group_causes']}; the writer's queue "
                  f"empty after {result['writer_idle_after_commit_share']:.0%} of its commits (writes waiting, p50: "
                  f"{result['writes_waiting_after_commit_p50']}; group size p50 {result['group_size_p50']})", flush=True)
            for slow in result["slow_groups"]:
                print(f"  slow group: {slow}", flush=True)
            print(json.dumps({"round": number + 1, **result}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
