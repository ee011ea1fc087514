"""Days counted from today and the halves of a working day.

"a week from today, 11 am" was booked today (the "today" inside it read first); Hindi "4 din baad" (in 4 days)
was not a day at all; "monday first half" read "First Half" as the lead and "second half" became a note.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("site visit for Harpreet Kaur a week from today, 11 am", "2026-12-02T11:00:00+05:30"),
    ("book Rohan's visit two days from today at 5", "2026-11-27T17:00:00+05:30"),
    ("Deepak ka visit 4 din baad shaam 6 baje rakho", "2026-11-29T18:00:00+05:30"),
    ("Sneha ka visit do din mein 5 baje fix karo", "2026-11-27T17:00:00+05:30"),
    ("Priya ki site visit ek hafte baad 11 baje rakho", "2026-12-02T11:00:00+05:30"),
    ("Meera Kapoor ki site visit monday first half mein rakh do", "2026-11-30T10:00:00+05:30"),
    ("visit with Kavya in 2 days, second half", "2026-11-27T15:00:00+05:30"),
])
def test_the_day_counted_and_the_half_of_the_day(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when and "notes" not in args, args


def test_the_first_half_of_a_month_is_no_time_of_day() -> None:
    intent, args = said("book Rohan's visit tomorrow at 4, he is free in the first half of december too")
    assert args.get("visit_time") == "2026-11-26T16:00:00+05:30", args
