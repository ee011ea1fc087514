"""A weekday said with "agle" is "next <weekday>": the one in next calendar week, even when this week's is still to
come (docs/nlu.md "Dates and times": on Wednesday 25 November "next Thursday" is 3 December). "agle guruvaar" had
been read as the bare weekday and booked tomorrow."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Sneha ko agle guruvar 4 baje bulao", "2026-12-03T16:00:00+05:30"),
    ("Rohan ka visit agle shukravaar subah 11 baje rakho", "2026-12-04T11:00:00+05:30"),
    ("Priya ki site visit agla shanivar dopahar 3 baje", "2026-12-05T15:00:00+05:30"),
    ("Deepak ka visit agle thursday 5 baje", "2026-12-03T17:00:00+05:30"),
    ("Meera ko agle somvar bula lo", "2026-11-30T11:00:00+05:30"),
    ("Kavya ka visit agle hafte guruvar 4 baje", "2026-12-03T16:00:00+05:30"),
])
def test_a_weekday_said_with_agle_is_next_weeks(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == when
