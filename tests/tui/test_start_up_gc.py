"""The collector is paused while the dashboard starts and runs as before once it has started.

Moved off the start path (crm_tui/start_up_gc.py): the collector's passes during `import crm_tui.app`
and the App's first seconds. These check that it runs again afterwards, in a fresh interpreter for
the import (this process imported crm_tui.app long ago).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.start_up_gc import StartUp
from tests.tui.conftest import fixed_clock, wait_until

ROOT = Path(__file__).resolve().parents[2]


def test_the_collector_is_paused_by_the_first_start_up_and_runs_again_after_the_last() -> None:
    assert gc.isenabled()
    first, second = StartUp(), StartUp()
    first.begin()
    second.begin()
    first.begin()  # again: still one start-up
    assert not gc.isenabled()
    first.end()
    first.end()
    assert not gc.isenabled(), "the second dashboard is still starting"
    second.end()
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused() -> None:
    gc.disable()
    try:
        start_up = StartUp()
        start_up.begin()
        start_up.end()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_importing_the_dashboard_sets_its_modules_aside_and_leaves_the_collector_running() -> None:
    script = ("import gc, json; before = gc.get_freeze_count(); import crm_tui.app; "
              "print(json.dumps([gc.isenabled(), before, gc.get_freeze_count()]))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         check=True)
    enabled, before, after = json.loads(out.stdout)
    assert enabled, "the collector runs once the imports are in"
    assert before == 0 and after > 10_000, "what the imports made is in the permanent generation"


def test_a_dashboard_built_and_never_run_leaves_the_collector_running(tui_settings: Settings) -> None:
    make_app(tui_settings, clock=fixed_clock)
    assert gc.isenabled()


async def test_a_dashboard_lets_the_collector_run_once_started_and_when_it_quits(
        tui_settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert gc.isenabled()
    # Longer than run_test takes to enter (the first frame: ~0.5 s, more on a loaded machine).
    monkeypatch.setattr("crm_tui.app.START_UP_S", 2.0)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert not gc.isenabled()
        await wait_until(pilot, gc.isenabled, "the collector running after the start-up")
    assert gc.isenabled()

    # Still starting when it quits, however long the run takes to enter on a loaded machine.
    monkeypatch.setattr("crm_tui.app.START_UP_S", 60.0)
    quitting = make_app(tui_settings, clock=fixed_clock)
    async with quitting.run_test(size=(120, 40)):
        assert not gc.isenabled()
    assert gc.isenabled(), "a dashboard that quit while starting let it run again"
