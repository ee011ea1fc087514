"""The pipeline screen at 100,000 leads: how long f3 takes to show its first count, how long a window
switch (7 / 30 / 90 days) takes to be counted and drawn, against a key that does nothing (the yardstick:
what the Pilot and one frame cost on this machine), and the cost of drawing the screen alone.

Run by hand: `python bench/bench_pipeline_screen.py`. Seeds the bench_stats data (100,000 leads, 300,000
status changes, 30,000 visits), starts the CRM in-process (as `make run` does) and drives the real
dashboard headless at 160x48 with a Pilot. Prints one JSON line last.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_stats import seed  # noqa: E402

from crm_server.embedded import EmbeddedServer  # noqa: E402
from crm_tui.app import make_app  # noqa: E402
from crm_tui.config import Settings  # noqa: E402
from crm_tui.screens.pipeline import PipelineScreen  # noqa: E402


async def measure() -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "crm_data"
        seed(data_dir, 100_000, 300_000, 30_000)
        async with EmbeddedServer(data_dir=data_dir) as server:
            settings = Settings(crm_base_url=server.url, crm_data_dir=data_dir, engine="local")
            app = make_app(settings)
            async with app.run_test(size=(160, 48)) as pilot:
                while not app.leads_loaded:
                    await pilot.pause(0.1)
                await pilot.pause(5)  # the visits' pages too
                started = time.perf_counter()
                await pilot.press("f3")
                screen = app.screen
                while not (isinstance(screen, PipelineScreen) and screen.stats):
                    await pilot.pause(0.01)
                    screen = app.screen
                results["first_count_ms"] = (time.perf_counter() - started) * 1000
                assert isinstance(screen, PipelineScreen)
                idle = []
                for _ in range(9):
                    started = time.perf_counter()
                    await pilot.press("x")
                    idle.append(time.perf_counter() - started)
                results["noop_key_p50_ms"] = statistics.median(idle) * 1000
                started = time.perf_counter()
                screen.draw()
                results["draw_ms"] = (time.perf_counter() - started) * 1000
                switches = []
                for key in "7w9w3w7w9":
                    done = screen.counts_done
                    started = time.perf_counter()
                    await pilot.press(key)
                    while screen.counts_done == done:
                        await pilot.pause(0.005)
                    switches.append(time.perf_counter() - started)
                results["window_switch_p50_ms"] = statistics.median(switches) * 1000
                results["window_switch_max_ms"] = max(switches) * 1000
    return {k: round(v, 1) for k, v in results.items()}


def main() -> int:
    results = asyncio.run(measure())
    print(f"f3 to the first count: {results['first_count_ms']} ms")
    print(f"window switch counted and drawn: p50 {results['window_switch_p50_ms']} ms, max "
          f"{results['window_switch_max_ms']} ms (a key that does nothing: {results['noop_key_p50_ms']} ms)")
    print(f"drawing the screen from a count: {results['draw_ms']} ms")
    print(json.dumps({"bench": "pipeline_screen", "leads": 100_000, **results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
