"""The day's questions are lookups, and advice asked is no order.

"tomorrow morning who am I meeting" had been read as a booking with no lead (the day said before the question);
"pending follow ups" and "who's in follow up right now" were not understood (the status in the plural is its own
group; "right now" is no part of the status asked); "Farhan Qureshi kis stage pe hai" looked up "Farhan Qureshi Pe".
"Kavya ka visit kal rakhna theek rahega kya?" (would it be right to book it?) had booked a visit for a lead called
"Rakhna Theek Rahega"; advice asked after the verb's infinitive is no order ("rakh do, theek rahega" still orders)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("tomorrow morning who am I meeting", "VISIT_FIND", {"day": "2026-11-26"}),
    ("on friday, who are we seeing", "VISIT_FIND", {"day": "2026-11-27"}),
    ("who am I meeting tomorrow", "VISIT_FIND", {"day": "2026-11-26"}),
    ("pending follow ups", "LEAD_FIND", {"status": "FOLLOW_UP"}),
    ("all follow-ups", "LEAD_FIND", {"status": "FOLLOW_UP"}),
    ("who's in follow up right now", "LEAD_FIND", {"status": "FOLLOW_UP"}),
    ("who's in progress now", "LEAD_FIND", {"status": "IN_PROGRESS"}),
    ("Farhan Qureshi kis stage pe hai", "LEAD_FIND", {"query": "Farhan Qureshi"}),
    ("Rohan kis stage par hai", "LEAD_FIND", {"query": "Rohan"}),
])
def test_the_days_questions_are_lookups(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", [
    "Kavya ka visit kal rakhna theek rahega kya?",
    "Rohan ko lost karna sahi hoga?",
    "Priya ka visit kal 4 baje rakhna better rahega",
    "my follow ups",  # whose: asked, as "my leads"
])
def test_advice_asked_writes_nothing(text: str) -> None:
    assert said(text)[0] not in ("LEAD_UPDATE", "VISIT_SCHEDULE", "LEAD_CREATE", "VISIT_CANCEL")


def test_an_order_with_a_remark_that_it_will_do_still_orders() -> None:
    intent, args = said("Kavya ka visit kal rakh do, theek rahega")
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == "2026-11-26T11:00:00+05:30"
