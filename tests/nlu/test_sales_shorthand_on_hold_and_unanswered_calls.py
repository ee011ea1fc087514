"""A sales team's shorthand and the outcomes of a day's calls: NI (not interested), CB (call back), FU (follow up),
RNR (ringing, no response: not picking up), DNP (did not pick up), SV (site visit), typed in capitals ("mark Arjun
NI", "Sneha CB next week", "Vikas RNR since 3 days, mark FU"; lower-case "ni" is Hindi and stays what it was);
NI in a listing or a count is the lost leads; a lead "not picking up" then a follow-up ask is a follow-up; "on
hold" (till January, or said with "is") is a follow-up; a flat's "booking done" is a sale; "is Kavya still on
hold?" looks Kavya up. A call outcome with no status asked for ("Priya RNR") writes nothing."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("mark Arjun NI", {"lead_id": "Arjun", "status": "LOST"}),
    ("Harpreet NI", {"lead_id": "Harpreet", "status": "LOST"}),
    ("Sneha CB next week", {"lead_id": "Sneha", "status": "FOLLOW_UP"}),
    ("Vikas RNR since 3 days, mark FU", {"lead_id": "Vikas", "status": "FOLLOW_UP"}),
    ("Arjun Mehta FU on monday", {"lead_id": "Arjun Mehta", "status": "FOLLOW_UP"}),
    ("Kavya DNP, FU tmrw", {"lead_id": "Kavya", "status": "FOLLOW_UP"}),
    ("Sneha Iyer not picking up, follow up next week", {"lead_id": "Sneha Iyer", "status": "FOLLOW_UP"}),
    ("Rohan didn't pick up, call back on monday", {"lead_id": "Rohan", "status": "FOLLOW_UP"}),
    ("Kavya on hold till january", {"lead_id": "Kavya", "status": "FOLLOW_UP"}),
    ("Kavya is on hold, she'll decide in january",
     {"lead_id": "Kavya", "status": "FOLLOW_UP", "notes": "she'll decide in january"}),
    ("Harpreet Kaur booking done, token mil gaya 50k",
     {"lead_id": "Harpreet Kaur", "status": "WON", "notes": "token mil gaya 50k"}),
    ("Rohan ki booking confirm ho gayi", {"lead_id": "Rohan", "status": "WON"}),
])
def test_the_outcome_is_the_status(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", args)


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("show all NI leads", "LEAD_FIND", {"status": "LOST"}),
    ("any FU leads in Pune", "LEAD_FIND", {"query": "Pune", "status": "FOLLOW_UP"}),
    ("is hafte kitne NI hue", "STATS", {"status": "LOST", "period": "2026-11-23..2026-11-29"}),
    ("is Kavya still on hold?", "LEAD_FIND", {"query": "Kavya"}),
    ("is Priya won", "LEAD_FIND", {"query": "Priya"}),
    ("is Rohan Sharma still in follow up", "LEAD_FIND", {"query": "Rohan Sharma"}),
])
def test_shorthand_and_standing_asked_about_look_leads_up(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", [
    "Priya RNR",  # a call's outcome, no status asked for
    "Rohan not picking up",
    "should I put Rohan in NI?",
    "Harpreet ke husband NI hain but she is keen",  # a relative's, not the lead's
    "Rohan ka CB aaya tha kya?",
    "pata ni Rohan kab aayega",  # lower-case "ni" is Hindi "nahi"
    "the project is on hold",
    "Rohan on hold till he gets the loan",  # on hold until an event: not a day to follow up on
])
def test_nothing_is_written(text: str) -> None:
    assert said(text)[0] not in ("LEAD_UPDATE", "LEAD_CREATE", "VISIT_SCHEDULE")
