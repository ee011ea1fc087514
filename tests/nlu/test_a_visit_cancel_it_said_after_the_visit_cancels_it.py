"""A cancel said after the visit with its object, "cancel it" / "cancel that" / "cancel this", ends the clause as a
bare "cancel" does (`visits._CANCEL_VISIT`; batch 53: "meera kapoor's sunday visit cancel it, she is not well" was
read as a booking of Sunday 11:00, and "meera kapoor's visit cancel it" was not understood).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("meera kapoor's sunday visit cancel it, she is not well",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-29T11:00:00+05:30", "notes": "she is not well"}),
    ("meera kapoor's visit cancel it", {"lead_id": "Meera Kapoor"}),
    ("rohan sharma's visit tomorrow cancel that", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T11:00:00+05:30"}),
    ("kavya reddy's visit on friday cancel this please",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-27T11:00:00+05:30"}),
])
def test_the_visit_is_cancelled(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("VISIT_CANCEL", want)


@pytest.mark.parametrize("text", [
    "the visit to the cancel it store",
])
def test_cancel_it_inside_other_words_is_no_cancel(text: str) -> None:
    assert said(text)[0] != "VISIT_CANCEL"


@pytest.mark.parametrize("text", [
    "meera kapoor's visit cancel it, no wait, shift it to sunday",
    "meera kapoor's visit cancel, no wait, shift it to sunday",
])
def test_a_cancel_taken_back_at_once_is_no_cancel(text: str) -> None:
    """Found trying neighbours: "… visit cancel it, no wait, shift it to sunday" cancelled the visit."""
    assert said(text)[0] == "VISIT_SCHEDULE"
