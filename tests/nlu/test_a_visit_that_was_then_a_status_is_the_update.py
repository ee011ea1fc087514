"""A visit said as what was ("Harpreet ka visit kal tha": the visit was yesterday), then a status ordered, is the
update: it booked a visit for tomorrow at 11:00 (Hindi "kal" with "tha" is the day that was). A visit that was at
one time and is to be made another ("kal 4 baje tha usko 6 baje kar do") is still a move.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Harpreet ka visit kal tha, in progress kar do", "Harpreet", "IN_PROGRESS"),
    ("Harpreet ka visit kal tha, ho gaya, in progress kar do", "Harpreet", "IN_PROGRESS"),
    ("Kavya ki meeting parso thi, follow up mein daal do", "Kavya", "FOLLOW_UP"),
    ("Harpreet ka visit kal tha, mark her follow up", "Harpreet", "FOLLOW_UP"),
])
def test_a_visit_that_was_then_a_status_is_the_update(text: str, lead: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status})


def test_a_visit_that_was_at_one_time_made_another_is_a_move() -> None:
    got = parse("Rohan ka visit kal 4 baje tha usko 6 baje kar do", NOW, TZ)
    assert (got.intent, got.args["visit_time"], got.flags) == ("VISIT_SCHEDULE", "2026-11-26T18:00:00+05:30",
                                                               {"reschedule": "true", "from_day": "2026-11-26T16:00"})
