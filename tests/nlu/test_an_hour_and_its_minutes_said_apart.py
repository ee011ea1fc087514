"""An hour and its minutes as speech hands them over, a space where the colon goes ("tomorrow at 4 30", "kal 4 30
baje", "at 11 15 tomorrow", "today evening 5 30": `dates._SPELLING`), are the hour and the minutes; so a day and its
month after "on" ("on 2 12 at 3 pm") are the date. Found trying neighbours of batch 51's "10 30 am": "site visit arjun
mehta tomorrow at 4 30" booked 4:00, "today evening 5 30" 5:00, "on 2 12 at 3 pm" today (wrong writes), "kal 4 30
baje" asked about "30 baje". Only quarter hours, after "at" / "by" / "around" / a day or a part of one, or before
"baje"; a count after them stays a count.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("site visit arjun mehta tomorrow at 4 30", "2026-11-26T16:30:00+05:30"),
    ("rohan ka visit kal 4 30 baje", "2026-11-26T16:30:00+05:30"),
    ("visit for rohan at 11 15 tomorrow", "2026-11-26T11:15:00+05:30"),
    ("site visit arjun mehta tomorrow 4 30 pm", "2026-11-26T16:30:00+05:30"),
    ("kavya reddy next monday site visit 10 30 am", "2026-11-30T10:30:00+05:30"),
    ("harpreet kaur visit today evening 5 30", "2026-11-25T17:30:00+05:30"),
    ("fix meeting with priya nair on 2 12 at 3 pm", "2026-12-02T15:00:00+05:30"),
    ("visit rohan on 15 1 at 11 am", "2027-01-15T11:00:00+05:30"),
])
def test_the_minutes_are_kept(text: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args["visit_time"]) == ("VISIT_SCHEDULE", when)


@pytest.mark.parametrize("text", ["on 2 12 people came", "kal 2 15 din baad"])
def test_counts_stay_counts(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_count_after_the_hour_is_no_minutes() -> None:
    assert said("visit for rohan tomorrow at 4 30 people are coming")[1]["visit_time"] == "2026-11-26T16:00:00+05:30"
