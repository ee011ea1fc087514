"""The garbage collector while the dashboard starts: paused, so it does not examine what stays again and again.

Starting, the dashboard makes objects by the hundred thousand that live as long as it does (modules,
classes, widgets and styles, the embedded CRM's models), and almost no garbage (~8,000 unreachable
objects of ~160,000 at usable). Each pass of the collector examines what the last ones left again:
~40-50 ms of the ~650 ms of CPU until usable (`gc.callbacks` in the bench's child): a hundred young
passes, ten middle ones and a full one (13-23 ms) during `import crm_tui.app`. Raising the youngest
generation's threshold (what this did until 4 Dec) saved little: each object is still examined.

- `import crm_tui.app` pauses the collector for its imports and, at their end, moves every object
  there is to the permanent generation (`imported`: `gc.freeze()`, as `crm-server` does once started;
  modules, classes and functions live as long as the process) before letting it run again: otherwise
  its next pass would examine all of them at once.
- A dashboard's start-up (`StartUp`, from the App's construction until 3 s after its mount, or until it
  quits) keeps it paused; then it runs again, its first passes examining the start's survivors once
  (~25 ms each, at ~3.7 s; the raised threshold's first pass there took ~20 ms).

One process may start several dashboards (tests): the collector is paused by the first to begin and
runs again when the last ends, and only if it was running when the first began.
"""

from __future__ import annotations

import gc

# How long a start-up counts as one: usable takes ~1 s (CRM connected, engine ready, leads in).
START_UP_S = 3.0

_was_enabled = False
_starting = 0


class StartUp:
    """One dashboard's start-up: `begin` pauses the collector, `end` (once, and safe to call again) lets
    it run again."""

    def __init__(self) -> None:
        self._begun = False

    def begin(self) -> None:
        global _was_enabled, _starting
        if self._begun:
            return
        self._begun = True
        if _starting == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _starting += 1

    def end(self) -> None:
        global _starting
        if not self._begun:
            return
        self._begun = False
        _starting -= 1
        if _starting == 0 and _was_enabled:
            gc.enable()


def imported(importing: StartUp) -> None:
    """The modules are in: what exists now stays (`gc.freeze()`); the collector runs again unless a
    start-up still holds it."""
    gc.freeze()
    importing.end()
