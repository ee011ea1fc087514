""""on Saturday 28th at 3": the day of the month said right after a weekday is read with it when it is the same
day, so the engine books it without asking; a day of the month that is not that weekday's stays unread and the
engine asks which day was meant."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", ["fix a meeting for Farhan Qureshi on Saturday 28th at 3",
                                  "visit Rohan saturday the 28th at 3", "book Priya on Sat, 28th at 3 pm"])
def test_a_weekday_and_its_own_date_are_one_day(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["visit_time"] == "2026-11-28T15:00:00+05:30" and got.doubts == [], (got.args, got.doubts)


def test_a_date_that_is_not_the_weekdays_is_asked_about() -> None:
    got = parse("fix a meeting for Farhan Qureshi on Saturday 29th at 3", NOW, TZ)
    assert got.doubts == ["the day '29th' was not read as the visit's day"]
