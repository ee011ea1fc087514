"""An hour said in Hindi words right after its part of the day, with no "baje", is the time: "shaam saat" is 7 in
the evening, "subah nau" 9 in the morning. It had been dropped and the part of the day alone booked (18:00, 10:00).
A count's number after the part of the day stays a count ("subah do log aayenge")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan ko kal shaam saat bula lo", "2026-11-26T19:00:00+05:30"),
    ("Priya ka visit parso subah nau rakh do", "2026-11-27T09:00:00+05:30"),
    ("Sneha ki site visit ravivar dopahar do rakho, uske papa bhi aayenge", "2026-11-29T14:00:00+05:30"),
    ("Meera ko shanivar sham chhe bulao", "2026-11-28T18:00:00+05:30"),
    ("Deepak ka visit kal shaam ko aath rakho", "2026-11-26T20:00:00+05:30"),
])
def test_a_hindi_hour_after_its_part_of_the_day_is_the_time(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == when


def test_a_count_after_the_part_of_the_day_is_no_hour() -> None:
    assert said("Rohan ko kal subah bulao, subah do log aayenge")[1]["visit_time"] == "2026-11-26T10:00:00+05:30"
