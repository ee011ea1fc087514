"""A three-letter day typed beside a visit's word or as a move's ends (batch 83) is the day, never a lead's name:
"cancel … visit sat" had looked for a lead "Sat", "… sun visit" for "Vikas Gupta Sun" (`thumbs.short_day_beside_a_visit`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("cancel meera kapoor visit sun", "Meera Kapoor", "2026-11-29T11:00:00+05:30"),
    ("cancel arjun mehta sat visit pls", "Arjun Mehta", "2026-11-28T11:00:00+05:30"),
    ("kavya reddy visit wed se sat kr do", "Kavya Reddy", "2026-11-28T11:00:00+05:30"),
    ("shift sneha iyer to mon 5pm", "Sneha Iyer", "2026-11-30T17:00:00+05:30"),
])
def test_the_short_day_is_the_visits_day(text: str, lead: str, when: str) -> None:
    _, args = said(text)
    assert args["lead_id"] == lead
    assert args["visit_time"] == when


def test_sat_as_a_verb_stays() -> None:
    assert said("he sat with me for an hour")[0] == "UNKNOWN"
