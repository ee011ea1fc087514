""""ek kaam karo" (do one thing), said before the order as Indian English "do one thing" is, announces it and is no part
of it (`utterance._SPOKEN_OPENING`); "sheher" / "shahar" (town) said as a field's label is no part of a name
(`lexicon.NEVER_IN_NAME`). Found trying neighbours of batch 51: "bhai ek kaam karo rohan sharma ko follow up mein daal
do" looked for a lead "Kaam", and "lead add kar do naam priti jain sheher indore …" saved the name "Priti Jain Sheher"
(a wrong write).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "expected"), [
    ("bhai ek kaam karo rohan sharma ko follow up mein daal do",
     ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "FOLLOW_UP"})),
    ("ek kaam karo kavya reddy ka visit kal 4 baje rakh do",
     ("VISIT_SCHEDULE", {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T16:00:00+05:30"})),
    ("do one thing mark priya lost", ("LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"})),
])
def test_do_one_thing_announces_the_order(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    "lead add kar do naam priti jain sheher indore number 98270 556 67",
    "naya lead naam priti jain shahar indore number 98270 55667",
])
def test_sheher_labels_the_town(text: str) -> None:
    assert said(text) == ("LEAD_CREATE", {"name": "Priti Jain", "phone": "9827055667", "city": "Indore"})


def test_a_leads_town_said_as_sheher_is_still_edited() -> None:
    assert said("Sneha Iyer ka sheher Chennai hai") == ("LEAD_EDIT", {"lead_id": "Sneha Iyer", "city": "Chennai"})
