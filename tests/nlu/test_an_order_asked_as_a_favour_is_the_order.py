"""An order asked as a favour, a wish or a suggestion is the order it wraps (`nlu/asked_as_a_favour.py`): "need you
to …", "is it possible to …", "how about we …", "mind …ing", "would you be kind enough to …", "let's …", "I want X
marked …". The wrapper had been read as the lead ("Mind Putting Deepak") or had hidden the order (nothing understood).
A favour that weighs its own alternative or is held back with "but" is left as said: nothing is written."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("need you to book Kavya Reddy for friday 5 pm", "VISIT_SCHEDULE",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-27T17:00:00+05:30"}),
    ("I need you to put Rohan Sharma in follow up", "LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "FOLLOW_UP"}),
    ("would it be possible to schedule Priya Nair on monday at 3?", "VISIT_SCHEDULE",
     {"lead_id": "Priya Nair", "visit_time": "2026-11-30T15:00:00+05:30"}),
    ("how about we mark Sneha Iyer as in progress", "LEAD_UPDATE", {"lead_id": "Sneha Iyer", "status": "IN_PROGRESS"}),
    ("what about we book Meera Kapoor for sunday at 12", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-29T12:00:00+05:30"}),
    ("would you mind marking Farhan Qureshi as won?", "LEAD_UPDATE", {"lead_id": "Farhan Qureshi", "status": "WON"}),
    ("mind booking Harpreet Kaur for tomorrow at 4?", "VISIT_SCHEDULE",
     {"lead_id": "Harpreet Kaur", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("would you be good enough to mark Vikas Gupta lost", "LEAD_UPDATE", {"lead_id": "Vikas Gupta", "status": "LOST"}),
    ("I'd like Priya Nair marked as lost, she went with Godrej", "LEAD_UPDATE",
     {"lead_id": "Priya Nair", "status": "LOST", "notes": "she went with Godrej"}),
    ("we want Deepak Patil put in follow up", "LEAD_UPDATE", {"lead_id": "Deepak Patil", "status": "FOLLOW_UP"}),
    ("can we book Amit Verma for thursday at 4?", "VISIT_SCHEDULE",
     {"lead_id": "Amit Verma", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("could we please get Kavya Reddy booked for sunday 5 pm", "VISIT_SCHEDULE",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-29T17:00:00+05:30"}),
    ("I was wondering if you could put Meera Kapoor in follow up", "LEAD_UPDATE",
     {"lead_id": "Meera Kapoor", "status": "FOLLOW_UP"}),
    ("it would be great if you could book Sneha Iyer on monday at 11", "VISIT_SCHEDULE",
     {"lead_id": "Sneha Iyer", "visit_time": "2026-11-30T11:00:00+05:30"}),
    ("we need to get Harpreet Kaur marked won", "LEAD_UPDATE", {"lead_id": "Harpreet Kaur", "status": "WON"}),
    ("if you don't mind, put Amit Verma in lost", "LEAD_UPDATE", {"lead_id": "Amit Verma", "status": "LOST"}),
    ("if possible schedule Arjun Mehta on sunday at 4", "VISIT_SCHEDULE",
     {"lead_id": "Arjun Mehta", "visit_time": "2026-11-29T16:00:00+05:30"}),
    ("I'd appreciate it if you could mark Farhan Qureshi as in progress", "LEAD_UPDATE",
     {"lead_id": "Farhan Qureshi", "status": "IN_PROGRESS"}),
    ("could u book Vikas Gupta tmrw 6pm", "VISIT_SCHEDULE",
     {"lead_id": "Vikas Gupta", "visit_time": "2026-11-26T18:00:00+05:30"}),
])
def test_the_favour_is_the_order(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_the_favours_question_mark_ends_its_clause_and_the_reason_is_kept() -> None:
    assert said("mind moving Arjun Mehta to lost? he bought in Thane") == (
        "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "LOST", "notes": "he bought in Thane"})


def test_a_visit_wished_moved_keeps_its_time() -> None:
    intent, args = said("I want Rohan Sharma's visit moved to friday")
    assert intent == "VISIT_SCHEDULE" and args["lead_id"] == "Rohan Sharma"


@pytest.mark.parametrize("text", [
    "how about we mark Rohan Sharma lost or wait a week?",
    "is it possible to book Rohan Sharma tomorrow at 4 or is it too early?",
    "would it be possible to mark Kavya Reddy won or not yet?",
    "let's not book Rohan Sharma tomorrow",
    "can we book Rohan Sharma tomorrow at 4 or is it too early?",
    "if he pays, mark Rohan Sharma won",
])
def test_a_favour_that_weighs_its_alternative_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
