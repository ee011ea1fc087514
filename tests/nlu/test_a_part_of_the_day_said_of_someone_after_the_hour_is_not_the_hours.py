"""A part of the day said after the visit's hour, in a clause about someone ("book Arjun sunday at 4 he is busy in the
morning", "make it 12 he has a family function in the morning"), is when that person is busy, not the hour's
(`when_readers._said_of_someone_after_the_hour`): the visit had been booked at 4 am and at midnight with no doubt."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("book arjun mehta on sunday at 4 he is busy in the morning", "2026-11-29T16:00:00+05:30", "he is busy in the morning"),
    ("book arjun mehta on sunday at 12 he has a family function in the morning", "2026-11-29T12:00:00+05:30",
     "he has a family function in the morning"),
    ("book arjun mehta on sunday at 11 no wait make it 12 he has a family function in the morning",
     "2026-11-29T12:00:00+05:30", "he has a family function in the morning"),
    ("book arjun mehta on sunday at 4 his wife is free only in the morning", "2026-11-29T16:00:00+05:30",
     "his wife is free only in the morning"),
    ("book arjun mehta sunday 4 baje wo subah busy hai", "2026-11-29T16:00:00+05:30", "wo subah busy hai"),
])
def test_the_visit_keeps_its_own_hour(text: str, when: str, notes: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Arjun Mehta", "visit_time": when, "notes": notes})


@pytest.mark.parametrize(("text", "when"), [
    ("book arjun mehta on sunday at 9 with his wife in the evening", "2026-11-29T21:00:00+05:30"),
    ("book arjun mehta on sunday at 4 in the evening he is coming with his wife", "2026-11-29T16:00:00+05:30"),
    ("book arjun mehta on sunday at 9 in the morning", "2026-11-29T09:00:00+05:30"),
])
def test_the_hours_own_part_of_the_day_still_counts(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when
