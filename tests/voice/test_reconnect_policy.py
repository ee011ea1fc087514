"""The reconnect policy on its own, with a hand-driven clock: backoff, stability, the bound, the resume window."""

from __future__ import annotations

import pytest

from crm_tui.voice.reconnect import ReconnectPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_server_that_accepts_then_drops_is_redialled_with_growing_waits_and_then_left_alone() -> None:
    clock = Clock()
    policy = ReconnectPolicy(clock=clock)
    waits = []
    while not policy.exhausted:
        policy.connected(resumed_or_fresh_after_first=True)
        clock.now += 0.05  # dropped right after the setup
        policy.dropped()
        waits.append(policy.delay())
        clock.now += waits[-1]
    assert waits[:6] == [0.0, 0.5, 1.0, 2.0, 4.0, 8.0]
    assert max(waits) == 8.0 and len(waits) == policy.max_failures == 12
    assert 55 <= clock.now <= 70, "about a minute of trying before it stops"


@pytest.mark.parametrize(("lived_s", "failures_after"), [(0.5, 4), (9.9, 4), (10.0, 1), (600.0, 1)])
def test_only_a_connection_that_stayed_up_clears_the_failures(lived_s: float, failures_after: int) -> None:
    clock = Clock()
    policy = ReconnectPolicy(clock=clock)
    for _ in range(3):
        policy.setup_failed()
    policy.connected(resumed_or_fresh_after_first=True)
    clock.now += lived_s
    policy.dropped()
    assert policy.failures == failures_after


@pytest.mark.parametrize(
    ("reason", "refused_for_s", "keep"),
    [
        ("The session is still open on another connection.", 0.0, True),
        ("Internal error encountered.", 59.0, True),
        ("Internal error encountered.", 60.0, False),
        ("Session resumption handle is invalid or expired.", 0.0, False),
        ("Unknown resumption handle", 0.0, False),
    ],
)
def test_a_refused_resume_keeps_the_handle_for_a_minute_unless_the_handle_itself_is_refused(
    reason: str, refused_for_s: float, keep: bool
) -> None:
    clock = Clock()
    policy = ReconnectPolicy(clock=clock)
    assert policy.keep_handle_after_refusal("Internal error encountered.") is True  # the first refusal
    clock.now += refused_for_s
    assert policy.keep_handle_after_refusal(reason) is keep


def test_a_successful_resume_restarts_the_window_and_retry_clears_the_count() -> None:
    clock = Clock()
    policy = ReconnectPolicy(clock=clock)
    policy.keep_handle_after_refusal("x")
    clock.now += 50
    policy.connected(resumed_or_fresh_after_first=True)
    clock.now += 50
    assert policy.keep_handle_after_refusal("x") is True, "a new outage gets its own minute"
    for _ in range(policy.max_failures):
        policy.setup_failed()
    assert policy.exhausted
    policy.retry()
    assert not policy.exhausted and policy.delay() == 0.0
    assert policy.reconnects == 1
