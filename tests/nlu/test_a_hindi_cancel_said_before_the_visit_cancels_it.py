"""The Hindi order to cancel said first, the visit after with its lead's "ka" / "ki" / "ke", cancels the visit
(`visits._CANCEL_VISIT`): batch 51's "cancel kar do kavya reddy ka kal wala visit she is not well" was read as a
booking for tomorrow, asked about with "'cancel' said with a booking". "dijiye" is never part of a name ("cancel kar
dijiye meera kapoor ka …" read a lead "Dijiye Meera Kapoor"). Another thing cancelled is no visit's cancel.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "expected"), [
    ("cancel kar do kavya reddy ka kal wala visit she is not well",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T11:00:00+05:30", "notes": "she is not well"}),
    ("cancel karo rohan ki meeting", {"lead_id": "Rohan"}),
    ("radd kar do priya ka friday wala visit", {"lead_id": "Priya", "visit_time": "2026-11-27T11:00:00+05:30"}),
    ("cancel kar dijiye meera kapoor ka saturday ka visit",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-28T11:00:00+05:30"}),
    ("cancel karo rohan ka kal 4 baje wala visit", {"lead_id": "Rohan", "visit_time": "2026-11-26T16:00:00+05:30"}),
])
def test_the_visit_after_the_order_is_cancelled(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("VISIT_CANCEL", expected)


@pytest.mark.parametrize("text", ["cancel kar do rohan ka order", "cancel karo priya ki booking"])
def test_another_thing_cancelled_is_no_visit(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
