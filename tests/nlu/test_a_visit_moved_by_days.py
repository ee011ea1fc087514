"""A visit moved by a number of days with no new date ("postpone Arjun's site visit by a day", "bring Rohan's meeting
forward by 2 days", "Priya ka visit ek din aage kar do") is a move of the booked visit with `shift_days`: the bot
takes the day and time from the visit (it was not understood). Something else moved by a day is no visit.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "days"), [
    ("postpone Arjun's site visit by a day", "Arjun", "1"),
    ("push Kavya's visit by one day", "Kavya", "1"),
    ("bring Rohan's meeting forward by 2 days", "Rohan", "-2"),
    ("prepone Meera's visit by a day", "Meera", "-1"),
    ("Priya ka visit ek din aage kar do", "Priya", "1"),
    ("Deepak ka visit do din peeche kar do", "Deepak", "-2"),
])
def test_a_visit_moved_by_days(text: str, lead: str, days: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args == {"lead_id": lead}
    assert got.flags == {"reschedule": "true", "shift_days": days}


@pytest.mark.parametrize("text", ["postpone the launch by a day", "push the payment by two days"])
def test_something_else_moved_by_days_is_no_visit(text: str) -> None:
    assert parse(text, NOW, TZ).tool != "scheduleVisit"
