"""The collector runs fewer passes while the dashboard starts, and as before once it has started."""

from __future__ import annotations

import gc

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.start_up_gc import START_UP_YOUNG_THRESHOLD, StartUp
from tests.tui.conftest import fixed_clock, wait_until


def test_the_thresholds_are_raised_by_the_first_start_up_and_given_back_by_the_last() -> None:
    before = gc.get_threshold()
    first, second = StartUp(), StartUp()
    first.begin()
    second.begin()
    first.begin()  # again: still one start-up
    assert gc.get_threshold() == (START_UP_YOUNG_THRESHOLD, *before[1:])
    first.end()
    first.end()
    assert gc.get_threshold()[0] == START_UP_YOUNG_THRESHOLD, "the second dashboard is still starting"
    second.end()
    assert gc.get_threshold() == before


async def test_a_dashboard_gives_the_collector_back_once_started_and_when_it_quits(
        tui_settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = gc.get_threshold()
    # Longer than run_test takes to enter (the first frame: ~0.5 s, more on a loaded machine).
    monkeypatch.setattr("crm_tui.app.START_UP_S", 2.0)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert gc.get_threshold()[0] == START_UP_YOUNG_THRESHOLD
        await wait_until(pilot, lambda: gc.get_threshold() == before, "the thresholds back after the start-up")
    assert gc.get_threshold() == before

    # Still starting when it quits, however long the run takes to enter on a loaded machine.
    monkeypatch.setattr("crm_tui.app.START_UP_S", 60.0)
    quitting = make_app(tui_settings, clock=fixed_clock)
    async with quitting.run_test(size=(120, 40)):
        assert gc.get_threshold()[0] == START_UP_YOUNG_THRESHOLD
    assert gc.get_threshold() == before, "a dashboard that quit while starting gave them back"
