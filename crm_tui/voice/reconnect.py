"""When the Live session redials, how long it waits, and when it gives up: the reconnect policy.

Policy, not plumbing: the session (crm_tui.voice.session) asks this object what to do after each
failure; the clock is injected so the rules are tested table-driven, without sleeping.

The rules, and why:
- **Backoff resets only after a stable connection.** A server that accepts the setup and drops at once
  must not be redialled at once forever (a setup that succeeds is no proof the service is well): the
  count of consecutive failures is cleared only once a connection has lived `stable_after_s`
  (pipecat uses 10 s).
- **A bound on consecutive failures.** After `max_failures` the session stops and says why; the person
  retries with a key (`retry()` starts the count again).
- **A resumption handle is kept through short outages.** Handles live two hours; a refusal right after
  a drop is usually the server still tearing down the old socket. Resuming is retried (with the same
  backoff) for `resume_window_s` before the session gives the handle up and starts afresh, telling
  the person only then. A refusal that names the handle itself as invalid or expired is believed at
  once.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# A refusal whose reason says the handle itself is bad: retrying it is pointless.
HANDLE_REJECTED = re.compile(r"handle.*(invalid|expired|unknown)|(invalid|expired|unknown).*handle", re.IGNORECASE)


@dataclass
class ReconnectPolicy:
    """Consecutive failures, backoff and the resume window of one Live session."""

    stable_after_s: float = 10.0
    max_failures: int = 12
    resume_window_s: float = 60.0
    first_backoff_s: float = 0.5
    max_backoff_s: float = 8.0
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    """Connections or setups that failed in a row (a stable connection clears it)."""
    reconnects: int = 0
    """Connections opened after the first one, whole session (the status line and the bench)."""
    _connected_at: float | None = field(default=None, repr=False)
    _refused_since: float | None = field(default=None, repr=False)

    def connected(self, *, resumed_or_fresh_after_first: bool) -> None:
        """A setup was answered. Not yet proof of health: see `dropped`."""
        self._connected_at = self.clock()
        self._refused_since = None
        if resumed_or_fresh_after_first:
            self.reconnects += 1

    def dropped(self) -> None:
        """An open connection failed. It counts as a failure unless it had been up long enough."""
        if self._connected_at is not None and self.clock() - self._connected_at >= self.stable_after_s:
            self.failures = 0
        self._connected_at = None
        self.failures += 1

    def setup_failed(self) -> None:
        self._connected_at = None
        self.failures += 1

    def delay(self) -> float:
        """How long to wait before the next attempt: none for the first (a drop is usually a blip)."""
        if self.failures <= 1:
            return 0.0
        return min(self.max_backoff_s, self.first_backoff_s * (2 ** (self.failures - 2)))

    @property
    def exhausted(self) -> bool:
        return self.failures >= self.max_failures

    def keep_handle_after_refusal(self, reason: str) -> bool:
        """A setup carrying the handle was refused: True to try the same handle again, False to give it up."""
        if HANDLE_REJECTED.search(reason or ""):
            return False
        now = self.clock()
        if self._refused_since is None:
            self._refused_since = now
        return now - self._refused_since < self.resume_window_s

    def handle_given_up(self) -> None:
        self._refused_since = None

    def retry(self) -> None:
        """The person asked to try again after the session stopped."""
        self.failures = 0
        self._refused_since = None
