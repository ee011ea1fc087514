"""A lookup corrected as it is asked looks up what was said last, and whether a visit was booked, asked, is a lookup of
that lead's visits (`nlu/lookup_corrected.py`, `lookups._VISIT_QUESTION`).

"how many did we win this month, sorry, last month" had counted this month (the first period read won); "Priya ka
visit kab hai, nahi nahi, Kavya ka" had looked up Priya. "Sneha ka visit book hua kya?" and "did we book Kavya Reddy
for Saturday?" were not understood. None of these writes; a cancel asked about, a cab booked and a question about a
status stay no lookup of visits."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("how many did we win this month, sorry, last month", "STATS", {"status": "WON", "period": "2026-10-01..2026-10-31"}),
    ("how many leads this week, no sorry, last week", "STATS", {"period": "2026-11-16..2026-11-22"}),
    ("kitne leads lost hue is mahine, nahi nahi, pichle mahine", "STATS",
     {"status": "LOST", "period": "2026-10-01..2026-10-31"}),
    ("Priya ka visit kab hai, nahi nahi, Kavya ka", "VISIT_FIND", {"lead_id": "Kavya"}),
    ("when is Rohan's visit, sorry, Sneha's", "VISIT_FIND", {"lead_id": "Sneha"}),
    ("Sneha ka visit book hua kya?", "VISIT_FIND", {"lead_id": "Sneha"}),
    ("Rohan ki meeting fix ho gayi?", "VISIT_FIND", {"lead_id": "Rohan"}),
    ("did we book Kavya Reddy for Saturday?", "VISIT_FIND", {"lead_id": "Kavya Reddy", "day": "2026-11-28"}),
    ("have I scheduled Rohan yet?", "VISIT_FIND", {"lead_id": "Rohan"}),
])
def test_the_lookup_reads_what_was_said_last_and_writes_nothing(text: str, intent: str, args: dict[str, str]) -> None:
    got_intent, got = said(text)
    assert (got_intent, got) == (intent, args)


@pytest.mark.parametrize("text", [
    "Deepak ka visit cancel hua kya?",
    "did you book a cab for Rohan?",
    "did I mark Amit lost?",
])
def test_a_cancel_a_cab_or_a_status_asked_about_is_no_visit_lookup(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_period_said_once_is_read_as_before() -> None:
    assert said("how many leads lost this month") == ("STATS", {"status": "LOST", "period": "2026-11-01..2026-11-30"})
