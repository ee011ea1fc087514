"""Hindi "kal" is yesterday and tomorrow; the tense decides. Said with a past verb last ("hue", "hui", "the", "aaye the")
it is yesterday: "kal kitne visits hue" is yesterday's visits (`stats_questions.KAL_IN_THE_PAST`, read by the visit
lookup too). A visit told as what was, with no order ("kal Rohan ki visit hui thi", "kal Sneha ki visit thi 4 baje"),
books nothing (`intents._visit_in_the_past`), nor does one told as what happened in English ("Priya's meeting happened
at 3"); with an order it is still the request ("… tha usko 6 baje kar do", "… was moved to friday")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "day"), [
    ("kal kitne visits hue", "2026-11-24"),
    ("kal kitni visits hui", "2026-11-24"),
    ("kal kitne visits the", "2026-11-24"),
    ("how many visits happened yesterday", "2026-11-24"),
    ("kal kitne visits hain", "2026-11-26"),
    ("kal ke visits dikhao", "2026-11-26"),
])
def test_the_tense_decides_which_day_kal_is(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})


def test_the_count_of_yesterdays_leads() -> None:
    assert said("kal kitne leads aaye the") == ("STATS", {"period": "2026-11-24..2026-11-24"})


@pytest.mark.parametrize("text", [
    "kal Rohan ki visit hui thi",
    "kal Sneha ki visit thi 4 baje",
    "kal Rohan ka visit tha 5 baje",
    "Rohan ki meeting kal 3 baje hui thi",
    "Rohan ka visit kal 5 baje tha",
    "kal Sneha site dekhne aayi thi 4 baje",
    "kal Priya aayi thi site pe",
    "kal Deepak ka visit ho gaya",
    "Priya's meeting happened at 3",
    "the visit with Priya was at 4 today",
    "Rohan's visit was yesterday at 4",
])
def test_a_visit_told_as_what_was_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_with_an_order_the_visit_told_as_booked_is_the_request() -> None:
    assert said("Arjun ka visit kal 4 baje tha usko 6 baje kar do") == (
        "VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-26T18:00:00+05:30"})


def test_a_visit_said_to_have_been_moved_is_still_the_move() -> None:
    assert said("the visit with Rohan was shifted to friday 5 pm") == (
        "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-27T17:00:00+05:30"})
