"""A lead said to be coming, with when said next to it, is a visit to book (heldout_lead_1208 line 14: "Deepak Patil
is coming on friday evening 6" was not understood, while "Priya will come on saturday at 11" was). English "is coming"
takes when right after it; Hinglish takes a name, then when, then "aayega" / "aa raha hai" (or the other way round).
A thing that comes ("Rohan ka cheque kal aayega"), someone who is no lead ("the plumber", "wo"), a question and the
past book nothing; a relative coming is asked about.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Deepak Patil is coming on friday evening 6", "Deepak Patil", "2026-11-27T18:00:00+05:30"),
    ("Deepak Patil is coming friday 6 pm", "Deepak Patil", "2026-11-27T18:00:00+05:30"),
    ("Priya's coming tomorrow at 5", "Priya", "2026-11-26T17:00:00+05:30"),
    ("Rohan aa raha hai kal 4 baje", "Rohan", "2026-11-26T16:00:00+05:30"),
    ("Rohan Sharma kal 4 baje aayega", "Rohan Sharma", "2026-11-26T16:00:00+05:30"),
    ("Kavya parso subah 10 baje aayegi", "Kavya", "2026-11-27T10:00:00+05:30"),
])
def test_the_lead_coming_is_booked(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


@pytest.mark.parametrize("text", [
    "Rohan ka cheque kal aayega",
    "Rohan ka payment kal 4 baje aayega",
    "wo kal 4 baje aayega",
    "the plumber is coming tomorrow at 5",
    "is Rohan coming tomorrow at 5?",
    "Rohan was coming tomorrow at 5 but cancelled",
    "the registry is coming on monday",
])
def test_what_is_no_leads_visit_books_nothing(text: str) -> None:
    assert said(text)[0] != "VISIT_SCHEDULE"


def test_a_relative_coming_is_asked_about() -> None:
    got = parse("Rohan's wife is coming tomorrow at 5", NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.doubts
