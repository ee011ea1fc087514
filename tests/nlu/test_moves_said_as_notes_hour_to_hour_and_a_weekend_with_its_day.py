"""Readings found by the lead's third evening batch (`heldout_lead_1207c.jsonl`) at first sight, and one more from
re-scoring batch 49:

- A move said as a note, with no "is": "Priya's visit move to saturday", "…moved to saturday", "…shifted to 5 pm"
  move the booked visit (it had booked a second one; "moved" had been read as the lead's name).
- "Harpreet's visit 1 baje kar do": the English possessive with the bare Hindi "kar do", as "Harpreet ka visit 1
  baje kar do", changes the booked visit (it booked a second one today at 1).
- "Rohan ka visit 11 se 12 kar do": two bare clock hours with the order after them are the move from one to the
  other, as "11 baje se 12 baje kar do" was (it was not understood); "budget 1 se 2 crore kar do" is no time.
- "is weekend aayegi …, sunday 11 baje": the weekend and a day of it are one time, not two (it asked).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "flags"), [
    ("Priya's visit move to saturday", {"reschedule": "true", "keep_time": "true"}),
    ("Priya's visit moved to saturday", {"reschedule": "true", "keep_time": "true"}),
    ("Rohan's visit shifted to 5 pm", {"reschedule": "true", "keep_day": "true"}),
    ("Harpreet's visit 1 baje kar do", {"reschedule": "true", "keep_day": "true"}),
    ("Rohan ka visit 11 se 12 kar do", {"reschedule": "true", "keep_day": "true", "from_time": "11:00"}),
])
def test_a_move_said_any_of_these_ways_moves_the_booked_visit(text: str, flags: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags == flags and got.doubts == [], (got.args, got.flags)
    assert got.args["lead_id"] in ("Priya", "Rohan", "Harpreet")


def test_the_hour_moved_to_is_the_later_one() -> None:
    assert parse("Rohan ka visit 11 se 12 kar do", NOW, TZ).args["visit_time"][11:16] == "12:00"


@pytest.mark.parametrize("text", ["budget 1 se 2 crore kar do", "Rohan ka visit 3 se 4 baje tak"])
def test_two_numbers_that_are_no_move_stay_what_they_were(text: str) -> None:
    assert "reschedule" not in parse(text, NOW, TZ).flags


def test_a_weekend_and_a_day_of_it_are_one_time() -> None:
    got = parse("Kavya Reddy is weekend aayegi flat dekhne, sunday 11 baje", NOW, TZ)
    assert (got.args["visit_time"], got.doubts) == ("2026-11-29T11:00:00+05:30", [])


def test_a_weekend_and_a_day_after_it_are_two() -> None:
    assert parse("Kavya Reddy weekend aayegi, monday 11 baje visit rakho", NOW, TZ).doubts
