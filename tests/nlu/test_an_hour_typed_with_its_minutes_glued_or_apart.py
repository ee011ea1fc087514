"""An hour typed fast with its minutes (batch 83): glued to its "am" / "pm" ("430pm", "1030am") or apart with a space
for the colon before "pls" or a correction ("sat 4 30 pls", "4 30 no 5 30"). Each had booked the hour alone or 11:00,
a wrong write (`thumbs.hour_and_minutes_typed_together`, `thumbs.hour_and_minutes_typed_apart`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("kavya reddy visit tmrw 530pm", "2026-11-26T17:30:00+05:30"),
    ("book meera kapoor fri 1145am", "2026-11-27T11:45:00+05:30"),
    ("sneha iyer visit sun 315 pm", "2026-11-29T15:15:00+05:30"),
    ("book deepak patil mon 5 45 plz", "2026-11-30T17:45:00+05:30"),
    ("harpreet kaur visit tom 3 30 no 4 30", "2026-11-26T16:30:00+05:30"),
    ("farhan qureshi visit sat 11 15 nahi 11 45", "2026-11-28T11:45:00+05:30"),
])
def test_the_minutes_are_kept(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == when


def test_a_number_that_is_no_clock_stays() -> None:
    _, args = said("kavya reddy wants a 2bhk under 90 lakh, book her visit tmrw 4pm")
    assert args["visit_time"] == "2026-11-26T16:00:00+05:30"
