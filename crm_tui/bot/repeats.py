"""A write repeated word for word, moments later, in the same conversation is the same write.

On Gemini 3.8 new input cancels a BLOCKING function call that is running; the service may ignore the
late answer and the model then calls again with the same arguments (or tells the person it was
cancelled although the CRM did it). The CRM already remembers every Idempotency-Key's first answer,
so the Idempotency-Key of a write is derived from what it asks (method, path, body) and the
conversation: the repeat gets the answer of the write that landed, and the CRM holds one lead.

Only an immediate repeat is the same write: the key carries a generation that moves on when the
window has passed or another write came in between, so "mark her WON", "no, LOST", "WON after all"
are three writes.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable
from typing import Any

# A repeat within this long is a retry of the same request, not a new one.
REPEAT_WINDOW_S = 120.0


class RepeatedWrites:
    """Idempotency-Keys for one conversation's writes, equal for an immediate identical repeat."""

    def __init__(self, window_s: float = REPEAT_WINDOW_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.window_s = window_s
        self.clock = clock
        self.conversation = uuid.uuid4().hex
        self._generation = 0
        self._last: tuple[str, float] | None = None  # (fingerprint, when) of the last write

    def key_for(self, method: str, path: str, body: Any) -> str:
        content = json.dumps([method.upper(), path, body], sort_keys=True, separators=(",", ":"), default=str)
        fingerprint = hashlib.sha256(content.encode()).hexdigest()
        now = self.clock()
        last = self._last
        if last is None or last[0] != fingerprint or now - last[1] > self.window_s:
            self._generation += 1
        self._last = (fingerprint, now)
        seed = f"{self.conversation}:{self._generation}:{fingerprint}"
        return "conv-" + hashlib.sha256(seed.encode()).hexdigest()[:40]
