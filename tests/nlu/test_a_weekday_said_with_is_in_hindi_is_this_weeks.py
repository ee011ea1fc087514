"""A Hindi day name said with "is" is "this <weekday>": "is budhvaar" said on a Wednesday is today, as "this Wednesday"
is (docs/nlu.md "Dates and times"); it had been the bare weekday, next week's. English "the visit is wednesday" keeps
the bare weekday."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan ka visit is budhvaar shaam paanch baje", "2026-11-25T17:00:00+05:30"),
    ("Priya ko is budhvar 4 baje bulao", "2026-11-25T16:00:00+05:30"),
    ("Sneha ka visit is shukravar 4 baje", "2026-11-27T16:00:00+05:30"),
    ("Meera ko is ravivaar subah gyarah baje bulao", "2026-11-29T11:00:00+05:30"),
    ("Arjun ka visit is wednesday 5 pm", "2026-12-02T17:00:00+05:30"),
])
def test_a_weekday_said_with_is_in_hindi_is_this_weeks(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


def test_an_hour_counted_is_no_name() -> None:
    assert said("Sneha ka visit kal shaam ek ghante ke liye")[1]["lead_id"] == "Sneha"
