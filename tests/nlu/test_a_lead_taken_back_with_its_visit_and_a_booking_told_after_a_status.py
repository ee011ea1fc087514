"""Two wrong writes of batch 56, and their plain-Hindi twins.

A lead taken back with the visit named after it: "Rohan Sharma ka visit, sorry Priya Nair ka, kal 11 baje rakho"
booked Rohan, with the notes "sorry Priya Nair ka" (the name taken back was looked for right before the cue, where
"ka visit" stood): the name and its particle go, the visit stays for the lead said after the cue
(`corrections._NAME_PARTICLE_NOUN_LAST`).

The lead's booking told as done after a status: "Priya Nair ne won karo ne, booking aapi didhi" saved WON with no
notes ("booking" was read as the order "book"): a booking given, received or confirmed is the sale's news.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Rohan Sharma ka visit, sorry Priya Nair ka, kal 11 baje rakho", "Priya Nair"),
    ("Rohan Sharma ki meeting, sorry Priya Nair ki, kal 11 baje rakho", "Priya Nair"),
    ("Rohan Sharma ka visit, nahi nahi Priya Nair ka, kal 11 baje rakho", "Priya Nair"),
    ("Amit Verma ni visit, sorry Amit Kulkarni ni, kale 11 vage rakho", "Amit Kulkarni"),
])
def test_the_lead_said_after_the_cue_gets_the_visit(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": "2026-11-26T11:00:00+05:30"})


@pytest.mark.parametrize(("text", "notes"), [
    ("Priya Nair ne won karo ne, booking aapi didhi", "booking aapi didhi"),
    ("Priya Nair ko won karo, booking mil gayi", "booking mil gayi"),
])
def test_a_booking_told_after_the_status_is_its_notes(text: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "WON", "notes": notes})


@pytest.mark.parametrize("text", ["Rohan ko won karo, booking karni hai", "Priya Nair ko won karo, booking kar do kal ki"])
def test_a_booking_still_to_be_made_is_no_news(text: str) -> None:
    assert said(text)[1].get("notes") in (None, "kal ki")


def test_na_na_takes_the_town_back() -> None:
    got = said("new lead Hetal Shah, Ahmedabad, 98240 12345, na na, Surat, source facebook")
    assert got == ("LEAD_CREATE", {"name": "Hetal Shah", "phone": "9824012345", "city": "Surat", "source": "Facebook"})


def test_same_time_of_a_visit_moved_from_the_time_it_was() -> None:
    assert said("Arjun Mehta ka visit kal 10 baje tha, usko parso kar do same time") == (
        "VISIT_SCHEDULE", {"lead_id": "Arjun Mehta", "visit_time": "2026-11-27T10:00:00+05:30"})


@pytest.mark.parametrize("text", [
    "Harpreet Kaur da navan number 98760 99887, nahi ji 98760 99889",
    "Harpreet Kaur ka naya number 98760 99887, nahi 98760 99889",
])
def test_a_new_number_taken_back_for_another_is_the_other(text: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": "Harpreet Kaur", "phone": "9876099889"})
