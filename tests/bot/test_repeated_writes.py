"""An immediate identical repeat of a write gets the same Idempotency-Key; anything else a new one."""

from __future__ import annotations

from crm_tui.bot.repeats import RepeatedWrites

LEAD = {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_same_write_moments_later_has_the_same_key_and_a_new_write_a_new_one() -> None:
    clock = Clock()
    repeats = RepeatedWrites(window_s=120, clock=clock)
    first = repeats.key_for("POST", "/crm/leads", LEAD)
    clock.now = 5
    assert repeats.key_for("post", "/crm/leads", dict(reversed(LEAD.items()))) == first, "same content, same key"
    won = repeats.key_for("POST", "/crm/leads/x/status", {"status": "WON"})
    repeats.key_for("POST", "/crm/leads/x/status", {"status": "LOST"})
    assert repeats.key_for("POST", "/crm/leads/x/status", {"status": "WON"}) != won, "WON, LOST, WON: three writes"
    clock.now = 500
    assert repeats.key_for("POST", "/crm/leads", LEAD) != first, "after the window: a new write"


def test_two_conversations_never_share_a_key() -> None:
    assert RepeatedWrites().key_for("POST", "/crm/leads", LEAD) != RepeatedWrites().key_for("POST", "/crm/leads", LEAD)
