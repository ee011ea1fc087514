"""A hedge said before an hour is no part of it (`dates._SPELLING`): "tomorrow at like four", "at about four",
"approximately four" book 4 pm (the hour in words had been lost, and the visit booked tomorrow at 11:00, a wrong
write). "maybe" is a doubt and is still asked; a count after the hedge ("about four people") is no hour."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "when"), [
    ("book a visit for sneha iyer tomorrow at like four", "2026-11-26T16:00:00+05:30"),
    ("book a visit for sneha iyer tomorrow at about four", "2026-11-26T16:00:00+05:30"),
    ("book a visit for sneha iyer tomorrow approximately four", "2026-11-26T16:00:00+05:30"),
    ("book a visit for sneha iyer tomorrow at roughly four thirty", "2026-11-26T16:30:00+05:30"),
    ("book a visit for sneha iyer on friday at about eleven", "2026-11-27T11:00:00+05:30"),
    ("book a visit for sneha iyer tomorrow at like 10", "2026-11-26T10:00:00+05:30"),
])
def test_the_hour_after_a_hedge_is_the_visits(line: str, when: str) -> None:
    parsed = parse(line, NOW, TZ)
    assert (parsed.args.get("visit_time"), parsed.doubts) == (when, [])


def test_maybe_before_the_hour_is_still_asked() -> None:
    assert parse("book a visit for sneha iyer tomorrow at maybe four", NOW, TZ).doubts


def test_a_count_after_the_hedge_is_no_hour() -> None:
    parsed = parse("book a visit for sneha iyer tomorrow at 5 she said roughly four people will come", NOW, TZ)
    assert parsed.args.get("visit_time") == "2026-11-26T17:00:00+05:30"
