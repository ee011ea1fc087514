"""A part of the day narrower or later than its default is no time to book: "tomorrow early morning" and "kal subah
subah" are before the morning's 10:00, "after office hours", "office ke baad" and "late evening" after the evening's
18:00. They were booked at 10:00 or 11:00, a time nobody said; the time is left out and the bot asks for it. With an
hour said beside them ("early morning 7 am", "office ke baad 7 baje") the hour is the time, and a plain "morning" or
"evening" keeps its default.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Harpreet Kaur ko kal subah subah site dikhani hai", "Harpreet Kaur"),
    ("book a visit for Arjun Mehta tomorrow early morning", "Arjun Mehta"),
    ("Vikas Gupta wants to see the flat on thursday after office hours", "Vikas Gupta"),
    ("Sneha ka visit office ke baad friday ko", "Sneha"),
    ("schedule visit with Kavya saturday early in the morning", "Kavya"),
    ("Deepak ka visit kal late evening", "Deepak"),
    ("book a visit for Priya on monday after work", "Priya"),
])
def test_a_vague_part_of_the_day_asks_for_the_time(text: str, lead: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args.get("lead_id") == lead and "visit_time" not in args


@pytest.mark.parametrize(("text", "when"), [
    ("book a visit for Arjun tomorrow early morning 7 am", "2026-11-26T07:00:00+05:30"),
    ("Rohan ka visit kal subah subah 8 baje", "2026-11-26T08:00:00+05:30"),
    ("Sneha ka visit friday office ke baad 7 baje", "2026-11-27T19:00:00+05:30"),
    ("Kavya ka visit after office hours at 7:30 tomorrow", "2026-11-26T19:30:00+05:30"),
    ("book visit for Meera tomorrow morning", "2026-11-26T10:00:00+05:30"),
    ("book Rohan tomorrow evening", "2026-11-26T18:00:00+05:30"),
])
def test_an_hour_said_beside_it_or_a_plain_part_of_the_day_is_booked(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


def test_early_and_late_are_no_part_of_a_name() -> None:
    assert said("Deepak ka visit kal late evening")[1]["lead_id"] == "Deepak"
