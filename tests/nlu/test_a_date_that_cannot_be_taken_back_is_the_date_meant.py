"""A day and month that cannot be, taken back by a cue for a day that can ("book Priya Nair on 31st November, sorry,
30th, 4 pm"), is the date meant (`nlu/impossible_date_taken_back.py`); it had kept the 31st and asked. A date that
cannot be said last still asks."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "when"), [
    ("schedule Meera Kapoor on 31st november, no wait, the 30th, at 5", "2026-11-30T17:00:00+05:30"),
    ("Kavya ka visit 31 nov ko, nahi nahi, 1 dec ko, 12 baje", "2026-12-01T12:00:00+05:30"),
    ("book Rohan Sharma on 30th February, sorry, 28th, 11 am", "2027-02-28T11:00:00+05:30"),
])
def test_the_date_said_after_the_cue_is_booked(said: str, when: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.args["visit_time"] == when and not got.doubts


def test_a_date_that_cannot_be_said_last_still_asks() -> None:
    got = parse("book Deepak for the 29th, sorry, 31st November", NOW, TZ)
    assert got.args["visit_time"] == "31st November"
