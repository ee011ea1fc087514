"""A lead's visit asked for with only the property or the party and no when ("Kavya Reddy visit 2 bhk wala", "book
Meera Kapoor for a family of 5") is a booking that asks when (`nlu/visit_by_its_property.py`); it had not been
understood at all. A bare number left ("book Rohan for 4") is still left to the when readers."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Kavya Reddy visit 2 bhk wala", "Kavya Reddy"),
    ("book Meera Kapoor for a family of 5", "Meera Kapoor"),
    ("Arjun Mehta ka visit plot 12 pe", "Arjun Mehta"),
    ("Harpreet Kaur site visit 1200 sq ft villa", "Harpreet Kaur"),
])
def test_the_booking_asks_when(text: str, lead: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args == {"lead_id": lead}


@pytest.mark.parametrize("text", ["book Rohan for 4", "Sneha visit 4"])
def test_a_bare_number_is_not_taken_for_a_property(text: str) -> None:
    intent, args = said(text)
    assert not (intent == "VISIT_SCHEDULE" and args == {"lead_id": text.split()[1 if text.startswith("book") else 0]})
