"""Kannada and Malayalam "naale" (tomorrow) and Bengali "aajke" (today) and "dekhao" (show), said inside English or
Hinglish, are read as the word every reader knows (batch 53: "kindly book site visit for priya nair naale 11 am" booked
a lead "Priya Nair Naale" today; "show naale visits" and "aajke visits dekhao" were not understood).
`lexicon.REGIONAL_WORDS`.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("kindly book site visit for priya nair naale 11 am", "Priya Nair", "2026-11-26T11:00:00+05:30"),
    ("sneha iyer naale 4 pm visit", "Sneha Iyer", "2026-11-26T16:00:00+05:30"),
    ("book a visit for kavya reddy naale evening 5", "Kavya Reddy", "2026-11-26T17:00:00+05:30"),
])
def test_naale_is_tomorrow(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


@pytest.mark.parametrize(("text", "day"), [
    ("show naale visits", "2026-11-26"),
    ("aajke visits dekhao", "2026-11-25"),
    ("aaj ke visits dikhao", "2026-11-25"),
])
def test_the_days_visits_are_listed(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})


@pytest.mark.parametrize("text", [
    "naale i have to go to madurai for a marriage",
])
def test_a_day_with_no_order_is_no_order(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
