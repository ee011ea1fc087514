"""The voice session's connection policy: what to do when opening fails, when a connection drops, and
how long a GoAway waits before the session moves to a new connection.

Decisions only; LiveVoiceSession's connection loop carries them out, and ReconnectPolicy
(crm_tui.voice.reconnect) counts the failures and spaces the tries. Kept apart so each rule reads on
its own: a refused resume is retried for a while (the server may still hold the old socket), then
given up for a fresh session; a setup that can never work (bad key, unknown model) gives up at once;
a drop mid-session resumes with the newest handle.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from crm_tui.voice.live import (
    MID_SESSION_RETRYABLE,
    close_code,
    close_reason,
    describe_close,
    describe_refusal,
    is_retryable,
)
from crm_tui.voice.reconnect import ReconnectPolicy

__all__ = ["Decision", "GOAWAY_GRACE_S", "GOAWAY_HANDLE_WAIT_S", "Next", "STARTS_AFRESH", "after_drop",
           "after_setup_failure", "goaway_leave_by", "goaway_seconds"]

# After a GoAway, finish the answer in progress on the old connection for at most this long.
GOAWAY_GRACE_S = 10.0
# After that answer, wait at most this long for the resumption handle that includes it (the server
# sends one at the turn boundary): resuming from an older one would lose the turn.
GOAWAY_HANDLE_WAIT_S = 1.0
STARTS_AFRESH = (
    "Gemini could not pick up the conversation where it left off: it starts afresh and does not remember"
    " what was said before."
)


class Next(enum.Enum):
    """What the connection loop does after a failure."""

    RETRY = "retry"  # open again (no handle, or one the failure says nothing about), after the delay
    RESUME = "resume"  # open again with the handle, after the delay
    FRESH = "fresh"  # drop the handle and open a new session now, and say so
    GIVE_UP = "give_up"  # nothing a retry can fix: the session ends with the reason


@dataclass(frozen=True)
class Decision:
    next: Next
    detail: str  # what the status line says


def after_setup_failure(exc: BaseException, has_handle: bool, policy: ReconnectPolicy, model: str) -> Decision:
    """Opening a connection failed (policy.setup_failed() already counted it)."""
    if has_handle and close_code(exc) is not None and not isinstance(exc, OSError):
        # The server closed a setup that carried our handle. Usually it is still letting go of the
        # old socket: keep the handle and try again, for a while; then start afresh.
        if policy.keep_handle_after_refusal(close_reason(exc)):
            return Decision(Next.RESUME, f"{describe_close(exc)}: resuming")
        return Decision(Next.FRESH, "could not resume: starting a new session")
    if not is_retryable(exc):
        return Decision(Next.GIVE_UP, describe_refusal(exc, model))
    return Decision(Next.RETRY, f"{describe_close(exc)}: retrying")


def after_drop(exc: BaseException) -> Decision:
    """An open connection failed. 1008 after the setup was accepted is not "bad key or model" (those
    fail the setup): the Live API sends it mid-session, e.g. right after a tool response."""
    if not is_retryable(exc) and close_code(exc) not in MID_SESSION_RETRYABLE:
        return Decision(Next.GIVE_UP, describe_close(exc))
    return Decision(Next.RESUME, f"{describe_close(exc)}: resuming")


def goaway_seconds(duration: Any) -> float:
    """A GoAway's timeLeft (the SDK gives a duration string like "5s", or nothing) in seconds."""
    if duration is None:
        return GOAWAY_GRACE_S
    if hasattr(duration, "total_seconds"):
        return float(duration.total_seconds())
    text = str(duration).strip().rstrip("s")
    try:
        return float(text)
    except ValueError:
        return GOAWAY_GRACE_S


def goaway_leave_by(now: float, time_left: float, turn_active: bool, turn_since_handle: bool,
                    leaving_by: float | None) -> float | None:
    """After a GoAway: the loop time by which to leave the old connection, None to leave now.

    Nothing would be lost by resuming from the handle we have: now. An answer in progress: let it
    finish (once set, that deadline stays). Finished: a moment for its handle, never past the
    deadline already set. Always a second inside the server's timeLeft."""
    if not turn_active and not turn_since_handle:
        return None
    left = max(0.0, time_left - 1.0)
    if turn_active:
        return leaving_by if leaving_by is not None else now + min(GOAWAY_GRACE_S, left)
    by = now + min(GOAWAY_HANDLE_WAIT_S, left)
    return by if leaving_by is None else min(leaving_by, by)
