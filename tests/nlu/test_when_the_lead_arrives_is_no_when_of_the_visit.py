"""When the lead lands or is back in town, told with a visit booked for its own time ("…monday 11 am, he lands on sunday
night"), is no second time of the visit (`nlu/leads_arrival.py`): the bot had asked "two times said" and the clause was
dropped from the notes. It is kept as the visit's note."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("book Kavya Reddy tuesday 5 pm, she arrives on monday morning from Singapore", "2026-12-01T17:00:00+05:30",
     "she arrives on monday morning from Singapore"),
    ("Meera Kapoor visit saturday 12 noon, she is back on friday night", "2026-11-28T12:00:00+05:30",
     "she is back on friday night"),
    ("schedule Rohan Sharma on the 2nd at 4, he returns on the 1st, wants tower B", "2026-12-02T16:00:00+05:30",
     "he returns on the 1st, wants tower B"),
])
def test_the_visit_is_booked_at_its_own_time_with_the_arrival_noted(text: str, when: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == when
    assert got.args.get("notes") == notes and got.doubts == []
