"""Phrasing a new user tried in one working day (issue 9), each read as meant, with look-alikes.

Every case here was a wrong write or a refusal on the parser before the fifth pass (held-out 16)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Pooja Sharma ka naya lead banao, Jaipur, 98765 43210", "LEAD_CREATE",
     {"name": "Pooja Sharma", "phone": "9876543210", "city": "Jaipur"}),
    ("Add Neha Kapoor frm Bangalore 98765 43210", "LEAD_CREATE",
     {"name": "Neha Kapoor", "phone": "9876543210", "city": "Bangalore"}),
    ("mark rajesh as lost because he bought elsewhere", "LEAD_UPDATE",
     {"lead_id": "Rajesh", "status": "LOST", "notes": "he bought elsewhere"}),
    ("book a visit for Rohan tomorrow at 5, he wants to see 2bhk in Gomti Nagar", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30", "notes": "he wants to see 2bhk in Gomti Nagar"}),
    ("schedule a visit for Sneha, sorry, Fatima, tomorrow at 3", "VISIT_SCHEDULE",
     {"lead_id": "Fatima", "visit_time": "2026-11-26T15:00:00+05:30"}),
    ("mark Rohan won, no wait, follow up", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"}),
    ("book Rohan tomorrow at 3, actually make it 4", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("add lead Ravi Shah city is Pune not Mumbai 98765 43210", "LEAD_CREATE",
     {"name": "Ravi Shah", "phone": "9876543210", "city": "Pune"}),
    ("add Rakesh Sharma call him tomorrow, Pune, 98765 43210", "LEAD_CREATE",
     {"name": "Rakesh Sharma", "phone": "9876543210", "city": "Pune"}),
    ("Rohan ka visit saadhe 4 baje kal", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T16:30:00+05:30"}),
    ("Rohan ka visit dhai baje parso", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-27T14:30:00+05:30"}),
    ("Rohan ka visit paune 5 baje shanivar ko", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-28T16:45:00+05:30"}),
    ("Rohan ka visit sawa 11 baje ravivar", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-29T11:15:00+05:30"}),
    ("Rohan ka visit 28 tareekh ko dopahar 2 baje", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-28T14:00:00+05:30"}),
    ("Rohan ka visit 1st ko raat 8 baje", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-12-01T20:00:00+05:30"}),
    ("Sneha said call back next week", "LEAD_UPDATE", {"lead_id": "Sneha", "status": "FOLLOW_UP"}),
    ("Rohan ne flat book kar liya", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"}),
    ("Rohan ka deal cancel ho gaya", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "LOST"}),
    ("Rohan ke saath price pe baat chal rahi hai", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "IN_PROGRESS"}),
    ("Rohan ka visit cancel kar do", "VISIT_CANCEL", {"lead_id": "Rohan"}),
    ("book a visit for Rohan on 31st November at 3", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "31st November at 3"}),
    ("mark 91234 00500 as lost", "LEAD_UPDATE", {"lead_id": "9123400500", "status": "LOST"}),
])
def test_the_reported_misses_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    got = parse(text, NOW)
    assert (got.intent, got.args) == (intent, args)


@pytest.mark.parametrize("text", [
    "anjali ka visit kal subah 10 baje shift karo",
    "push his meeting to 6",
    "move her visit to 6",
    "prepone Deepak's visit to 11",
])
def test_a_move_said_any_way_moves(text: str) -> None:
    got = parse(text, NOW)
    assert got.intent == "VISIT_SCHEDULE" and got.flags.get("reschedule") == "true"


def test_an_impossible_date_is_a_visit_with_the_reason() -> None:
    got = parse("book a visit for Rohan on 31st November at 3", NOW)
    assert got.intent == "VISIT_SCHEDULE" and "not a date" in got.problems["visit_time"]
