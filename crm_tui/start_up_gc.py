"""The garbage collector while the dashboard starts: fewer passes over objects that stay.

Starting, the dashboard makes objects by the hundred thousand that live as long as it does (modules,
classes, widgets and styles, the embedded CRM's models). At Python's default the youngest generation
is collected every 700 net new objects, and each pass examines what the last ones left again: about a
tenth of the start-up's CPU (`bench/bench_tui.py`, the CPU until usable: ~0.1 s of ~1 s, interleaved
runs). While the dashboard starts, the youngest generation is collected every 20,000 instead (what
`crm-server` runs at all the time); Python's thresholds are back once the start-up is over, so a
running dashboard collects as before. One process may start several dashboards (tests): the
thresholds are raised by the first to start and put back by the last to finish.
"""

from __future__ import annotations

import gc

START_UP_YOUNG_THRESHOLD = 20_000
# How long a start-up counts as one: usable takes ~1 s (CRM connected, engine ready, leads in).
START_UP_S = 3.0

_saved: tuple[int, int, int] | None = None
_starting = 0


class StartUp:
    """One dashboard's start-up: `begin` raises the youngest generation's threshold, `end` (once, and
    safe to call again) gives it back."""

    def __init__(self) -> None:
        self._begun = False

    def begin(self) -> None:
        global _saved, _starting
        if self._begun:
            return
        self._begun = True
        if _starting == 0:
            _saved = gc.get_threshold()
            if _saved[0] < START_UP_YOUNG_THRESHOLD:
                gc.set_threshold(START_UP_YOUNG_THRESHOLD, *_saved[1:])
        _starting += 1

    def end(self) -> None:
        global _saved, _starting
        if not self._begun:
            return
        self._begun = False
        _starting -= 1
        if _starting == 0 and _saved is not None:
            gc.set_threshold(*_saved)
            _saved = None
