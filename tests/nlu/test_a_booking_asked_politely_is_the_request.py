"""A booking asked politely is the request: "could you schedule Sneha for tomorow 11?", "can you book Priya for
friday 4pm?" book the visit (they were not understood: the booking verb had to open the sentence). A question
about whether to book ("should I book Rohan…?") and a cab booked for the speaker stay no visit."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("could you schedule Sneha for tomorow 11?", {"lead_id": "Sneha", "visit_time": "2026-11-26T11:00:00+05:30"}),
    ("can you book Priya for friday 4pm?", {"lead_id": "Priya", "visit_time": "2026-11-27T16:00:00+05:30"}),
    ("pls fix Rohan for the 30th at 3", {"lead_id": "Rohan", "visit_time": "2026-11-30T15:00:00+05:30"}),
])
def test_the_polite_request_books(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("VISIT_SCHEDULE", args)


@pytest.mark.parametrize("text", ["should I book Rohan for tomorrow 4?", "could you book me a cab for 5?"])
def test_no_visit_is_booked(text: str) -> None:
    assert said(text)[0] != "VISIT_SCHEDULE"
