"""Everyday lines of batch heldout_lead_1212 that were not understood:

- Hindi keeps a visit as it books one: "Rohan ka visit rakh do" is a booking whose time the bot asks for
  (`intents._VISIT_KEPT`); "follow up mein rakho" still keeps a status.
- The day a lead comes, asked in other words: "Kavya Reddy is coming on which day?", "which day is Kavya coming",
  "Kavya kis din aa rahi hai" (`lookups._VISIT_QUESTION`).
- A deal that "fell through" or "backed out" is counted as lost, and "abhi tak" (so far) before a listing is no part of
  what is listed.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", ["Rohan ka visit rakh do", "Rohan ki meeting laga do", "visit rakho Rohan ka"])
def test_a_visit_kept_with_no_time_is_a_booking_that_asks_when(text: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Rohan"})


def test_a_status_kept_is_still_the_status() -> None:
    assert said("Rohan ka visit ho gaya, follow up mein rakho") == ("LEAD_UPDATE", {"lead_id": "Rohan",
                                                                                    "status": "FOLLOW_UP"})


@pytest.mark.parametrize(("text", "lead"), [
    ("Kavya Reddy is coming on which day?", "Kavya Reddy"),
    ("which day is Kavya coming", "Kavya"),
    ("what day is Deepak Patil visiting", "Deepak Patil"),
    ("Kavya kis din aa rahi hai", "Kavya"),
    ("Rohan Sharma kab aayega", "Rohan Sharma"),
])
def test_the_day_a_lead_comes_is_a_lookup(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_FIND", {"lead_id": lead})


@pytest.mark.parametrize("text", ["how many deals fell through this month", "is mahine kitne deals backed out"])
def test_deals_that_fell_through_are_counted_as_lost(text: str) -> None:
    assert said(text) == ("STATS", {"status": "LOST", "period": "2026-11-01..2026-11-30"})


def test_so_far_said_first_is_no_part_of_the_listing() -> None:
    assert said("abhi tak kaun kaun won hua hai") == ("LEAD_FIND", {"status": "WON"})
