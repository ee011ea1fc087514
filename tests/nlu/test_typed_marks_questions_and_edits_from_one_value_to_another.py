"""Batch 42's habits: bullets between fields and hashtags ("new lead • Rahul Bose • Kolkata • …", "#newlead …")
read as fields and words; "X ko won mark karu?" (shall I?) writes nothing, like "… karna hai kya?"; "change
Kavya's city from Hyderabad to Secunderabad" is an edit (it was a status 'secunderabad'); "whats the status of
<phone>" looks the number up; "list of hot leads" lists those in progress; "Arjun ka visit kal hai na?" (and
"… hai kya?", which booked a visit) asks about the visit, writing nothing."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("new lead • Rahul Bose • Kolkata • 98310 554 433", "LEAD_CREATE",
     {"name": "Rahul Bose", "phone": "98310554433", "city": "Kolkata"}),
    ("#newlead Nikhil Kamath Bangalore 9900 456 789 referral", "LEAD_CREATE",
     {"name": "Nikhil Kamath", "phone": "9900456789", "city": "Bangalore", "source": "Referral"}),
    ("change Kavya's city from Hyderabad to Secunderabad", "LEAD_EDIT", {"lead_id": "Kavya", "city": "Secunderabad"}),
    ("change Rohan's number from 98765 43210 to 98765 43211", "LEAD_EDIT", {"lead_id": "Rohan", "phone": "9876543211"}),
    ("whats the status of 9845012345", "LEAD_FIND", {"query": "9845012345"}),
    ("list of hot leads", "LEAD_FIND", {"status": "IN_PROGRESS"}),
    ("show me the warm leads in Pune", "LEAD_FIND", {"query": "Pune", "status": "IN_PROGRESS"}),
    ("Arjun ka visit kal hai na?", "VISIT_FIND", {"day": "2026-11-26", "lead_id": "Arjun"}),
    ("Arjun ka visit kal hai kya?", "VISIT_FIND", {"day": "2026-11-26", "lead_id": "Arjun"}),
    ("Priya ki meeting friday ko hai kya", "VISIT_FIND", {"day": "2026-11-27", "lead_id": "Priya"}),
    # An order keeps booking.
    ("Arjun ka visit kal 4 baje rakho", "VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("Priya ko lost kar do", "LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"}),
])
def test_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", ["Rohan Sharma ko won mark karu?", "Priya ko lost kar doon?", "flat #5 in tower B"])
def test_nothing_is_written(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
