"""A visit pushed on or pulled back with its own Hindi verb ("Priya Nair ka visit aage badha do monday 4 baje",
"peeche khiska do") is a move (it was read as a booking for a lead called "Aage Badha"); "same time" said after a
bare "kar do" ("Rohan ka visit parso kar do same time") or after "X ki jagah Y kar do" keeps the visit's time of
day (the first booked a second visit at 11:00, the second moved it to 11:00). With no visit booked the bot asks.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "flags"), [
    ("Priya Nair ka visit aage badha do monday 4 baje", "Priya Nair", {"reschedule": "true"}),
    ("Kavya ka visit peeche khiska do thursday 5 baje", "Kavya", {"reschedule": "true"}),
    ("visit aage badha do Priya ka, monday 4 baje", "Priya", {"reschedule": "true"}),
    ("Deepak ka meeting aage badha do next week same time", "Deepak", {"reschedule": "true", "keep_time": "true"}),
    ("Rohan ka visit parso kar do same time", "Rohan", {"reschedule": "true", "keep_time": "true"}),
    ("Rohan ka visit kal ki jagah parso kar do same time", "Rohan", {"reschedule": "true", "keep_time": "true"}),
    ("Deepak Patil's visit shift krdo to saturday same time", "Deepak Patil", {"reschedule": "true", "keep_time": "true"}),
])
def test_a_visit_pushed_on_or_made_another_day_at_the_same_time_is_a_move(text: str, lead: str,
                                                                          flags: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["lead_id"], got.flags, got.doubts) == ("VISIT_SCHEDULE", lead, flags, [])


@pytest.mark.parametrize("text", ["Rohan ne apna plan aage badha diya", "loan ki date aage badha do"])
def test_something_else_pushed_on_is_no_visit(text: str) -> None:
    assert parse(text, NOW, TZ).tool != "scheduleVisit"


def test_a_move_that_says_a_time_and_same_time_asks() -> None:
    got = parse("Vikas ka visit friday 4 baje kar do same time", NOW, TZ)
    assert got.doubts and "keep_time" not in got.flags
