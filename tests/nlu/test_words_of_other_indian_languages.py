"""Words from Marathi, Tamil and Bengali that Indian English speakers mix in, and Hindi words that are no name.

"Deepak bhau" (Marathi "brother"), "saar", "aiyyo" are addresses and exclamations like "bhai" and "arre" (the lead
was "Deepak Bhau", "Aiyyo Kavya Reddy"); "udya" (Marathi) and "naalai" (Tamil) are tomorrow, "sakali" is morning,
"10 vajta" is at 10; "aane wale Sunday" is the coming Sunday; "karega", "mahine" and "ghost" are never part of a
name ("Amit Verma mahine ke end mein visit karega" booked "Karega").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Deepak bhau is not ready yet, put him in follow up", "Deepak", "FOLLOW_UP"),
    ("aiyyo Kavya Reddy went with another builder, mark lost", "Kavya Reddy", "LOST"),
    ("saar, Sneha Iyer lost, she bought in Velachery", "Sneha Iyer", "LOST"),
    ("Farhan bhai ghost kar raha hai, lost kar do", "Farhan", "LOST"),
])
def test_addresses_and_exclamations_are_no_name(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["lead_id"] == lead and args["status"] == status, args


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Deepak Patil visit udya sakali 10 vajta", "Deepak Patil", "2026-11-26T10:00:00+05:30"),
    ("Sneha Iyer site visit naalai 4 pm", "Sneha Iyer", "2026-11-26T16:00:00+05:30"),
    ("Kavya ki visit aane wale Sunday ko 11 baje", "Kavya", "2026-11-29T11:00:00+05:30"),
    ("Amit Verma mahine ke end mein visit karega, 30 tareekh 4 baje", "Amit Verma", "2026-11-30T16:00:00+05:30"),
])
def test_days_and_hours_in_other_languages(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args == {"lead_id": lead, "visit_time": when}, args
