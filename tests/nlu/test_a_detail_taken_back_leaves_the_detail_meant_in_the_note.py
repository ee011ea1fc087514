"""A property's detail corrected as it is said ("tower A, sorry, tower D", "9th floor nahi 11th floor", "2 bhk, I mean
3 bhk") leaves the detail meant in the note (`nlu/detail_taken_back.py`): the cue had been read as a correction of the
lead ("Tower D" booked as the lead), or the note kept both details with the cue."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "notes"), [
    ("book Priya Nair friday 5 pm, tower A, sorry, tower D, flat 702", "Priya Nair", "tower D, flat 702"),
    ("Sneha Iyer ka visit kal 4 baje, 9th floor nahi 11th floor wala unit", "Sneha Iyer", "11th floor wala unit"),
    ("book Kavya tomorrow at 3, she wants a 2 bhk, I mean 3 bhk", "Kavya", "she wants a 3 bhk"),
    ("Rohan visit saturday 11 am, plot 21, no wait, plot 23", "Rohan", "plot 23"),
])
def test_the_visits_note_keeps_the_detail_meant(text: str, lead: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["lead_id"] == lead and args.get("notes") == notes


def test_a_new_leads_note_keeps_the_floor_meant() -> None:
    intent, args = said("new lead Ritu Sharma, Indore, 98260 12345, 2nd floor nahi 4th floor chahiye")
    assert intent == "LEAD_CREATE" and args["notes"] == "4th floor chahiye"


def test_an_hour_corrected_after_a_floor_is_the_hour() -> None:
    intent, args = said("Rohan visit kal 3 pm, 3rd floor, sorry, 4 pm")
    assert args["visit_time"] == "2026-11-26T16:00:00+05:30" and args.get("notes") == "3rd floor"
