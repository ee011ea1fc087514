"""A property's number ("plot 9", "flat 1204", "3rd floor", "Rs 8,500 per sq ft") and the size of a party ("party of
4", "family of 5") said after a day or a part of one are no hour of the visit (`nlu/property_numbers.py`): they had
been booked as the hour, a wrong write. They stay in the remark, as said."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("Rohan Sharma visit friday evening, plot 9 dekhna hai", "2026-11-27T18:00:00+05:30", "plot 9 dekhna hai"),
    ("book Priya Nair tomorrow morning, she wants to see flat 7 in tower A", "2026-11-26T10:00:00+05:30",
     "she wants to see flat 7 in tower A"),
    ("Meera ka visit saturday shaam ko, family of 5 aayegi", "2026-11-28T18:00:00+05:30", "family of 5 aayegi"),
    ("Deepak Patil visit sunday afternoon, party of 3, unit 8 on the 2nd floor", "2026-11-29T15:00:00+05:30",
     "party of 3, unit 8 on the 2nd floor"),
    ("Harpreet visit tomorrow, quoted Rs 7,200 per sq ft for the 11th floor", "2026-11-26T11:00:00+05:30",
     "quoted Rs 7,200 per sq ft for the 11th floor"),
])
def test_the_number_is_kept_in_the_remark_and_not_booked(text: str, when: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == when and args.get("notes") == notes


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan visit friday at 4, plot 12", "2026-11-27T16:00:00+05:30"),
    ("book Sneha tomorrow 5 pm, flat 3 dikhana hai", "2026-11-26T17:00:00+05:30"),
    ("Kavya visit kal 4 baje, gate 2 pe milna", "2026-11-26T16:00:00+05:30"),
])
def test_the_hour_said_is_still_the_visits(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


@pytest.mark.parametrize(("text", "when"), [
    ("Priya wants to see the flat 28 nov at 6 in the evening, book it", "2026-11-28T18:00:00+05:30"),
    ("Farhan wants to see the flat 3 din baad at 12:15 pm, book it", "2026-11-28T12:15:00+05:30"),
])
def test_a_date_said_right_after_the_flat_is_still_the_day(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when
