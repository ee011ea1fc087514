"""A word or a phrase of up to three words said twice as the speaker restarts is said once
(`disfluency.restarts_said_once`). Batch 52: "add a add a new lead uh rohan rohan verma from bhopal …" and "new lead
ajay ajay mehra from ambala …" saved leads "Rohan Rohan Verma" and "Ajay Ajay Mehra" (wrong writes). Spoken digits
repeat for real, a correction repeats its cue, and Hindi doubles words to mean "each" or "early": those stay.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.disfluency import restarts_said_once
from tests.nlu.said import said


@pytest.mark.parametrize(("text", "name", "phone"), [
    ("new lead uh priya priya sen from kolkata nine eight three one zero one two three four five", "Priya Sen",
     "9831012345"),
    ("add a add a new lead karan malhotra from pune 98220 44556", "Karan Malhotra", "9822044556"),
    ("add lead umm neha neha gupta jaipur 9829011223 source google", "Neha Gupta", "9829011223"),
    ("naya lead naam hai rahul haan rahul mehra jaipur se 9829012345", "Rahul Mehra", "9829012345"),
])
def test_a_new_leads_name_said_twice_is_saved_once(text: str, name: str, phone: str) -> None:
    intent, args = said(text)
    assert (intent, args["name"], args["phone"]) == ("LEAD_CREATE", name, phone)


@pytest.mark.parametrize(("text", "want"), [
    ("book a visit for sneha sneha iyer tomorrow at 5",
     ("VISIT_SCHEDULE", {"lead_id": "Sneha Iyer", "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("kavya reddy uh kavya reddy ko won kar do", ("LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "WON"})),
    ("move move arjun's visit to to friday 5 pm",
     ("VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-27T17:00:00+05:30"})),
    ("put put vikas gupta in in follow up he he is travelling",
     ("LEAD_UPDATE", {"lead_id": "Vikas Gupta", "status": "FOLLOW_UP", "notes": "he is travelling"})),
    ("when is when is rohan's visit", ("VISIT_FIND", {"lead_id": "Rohan"})),
])
def test_an_order_said_with_a_restart_reads_as_said_once(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want


@pytest.mark.parametrize("text", [
    "nau aath ek ek ek do do teen teen chaar",
    "nine eight nine eight one two three four five six",
    "nine nine eight eight one one two two three three",
    "won mark karo nahi nahi follow up mein daalo",
    "visit at 4 no no 5",
    "kal kaun kaun aa raha hai site pe",
    "kal subah subah site dikhani hai",
    "next to next week tuesday",
    "she said bye bye",
    "ninety eight ninety eight twenty twenty",
    "nine eight seven for for three two one zero nine",
    "nine eight two two to to three four five six",
])
def test_what_is_said_twice_for_a_reason_stays(text: str) -> None:
    assert restarts_said_once(text) == text


def test_digits_said_in_pairs_keep_their_repeats() -> None:
    assert said("new lead anil from agra nine nine eight eight one one two two three three")[1]["phone"] == "9988112233"
    assert said("new lead ravi from delhi nine eight nine eight one two three four five six")[1]["phone"] == "9898123456"
    assert said("new lead ravi from pune nine eight seven for for three two one zero nine")[1]["phone"] == "9874432109"


def test_a_correction_said_twice_keeps_its_cue() -> None:
    assert said("deepak patil ko won mark karo nahi nahi follow up mein daalo") == (
        "LEAD_UPDATE", {"lead_id": "Deepak Patil", "status": "FOLLOW_UP"})
