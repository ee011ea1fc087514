"""How long the local engine takes to understand one transcript, once warm (target: p50 under 2 ms).

Runs `parse()` over every corpus line several times after one warm-up pass (regex compilation,
zoneinfo and, for the rare fallback phrase, dateparser's ~200 ms first call), and prints one JSON line:
p50/p90/p99/max in milliseconds, the cold first call, and the corpus size. Run by hand or `make bench`;
never asserted in tests, because this machine is shared and noisy.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crm_tui.nlu.parser import parse  # noqa: E402

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
TZ = "Asia/Kolkata"
ROUNDS = 5


def main() -> int:
    lines = [json.loads(line)["text"] for line in (ROOT / "tests/data/corpus.jsonl").read_text().splitlines() if line.strip()]
    start = time.perf_counter()
    parse(lines[0], NOW, TZ)
    cold_ms = (time.perf_counter() - start) * 1000
    for text in lines:  # warm-up pass
        parse(text, NOW, TZ)
    samples: list[float] = []
    for _ in range(ROUNDS):
        for text in lines:
            t0 = time.perf_counter()
            parse(text, NOW, TZ)
            samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()

    def pct(q: float) -> float:
        return round(samples[min(len(samples) - 1, int(q * len(samples)))], 3)

    print(json.dumps({
        "bench": "parse",
        "lines": len(lines),
        "samples": len(samples),
        "cold_first_ms": round(cold_ms, 2),
        "p50_ms": pct(0.50),
        "p90_ms": pct(0.90),
        "p99_ms": pct(0.99),
        "max_ms": round(samples[-1], 3),
        "mean_ms": round(statistics.fmean(samples), 3),
        "target_p50_ms": 2.0,
        "ok": pct(0.50) < 2.0,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
