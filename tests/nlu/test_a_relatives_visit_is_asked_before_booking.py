"""A visit said of the lead's relative ("after his wife visits on sunday", "Sneha ke papa ka visit kal 4 baje") or
an event the lead's decision waits on is not a booking for the lead to write unasked: the reading carries a doubt,
and the engine asks before writing (DOUBT_CHECKED_TOOLS). The lead's own booking, with the relative coming along
or kept as its remark, still books."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import DOUBT_CHECKED_TOOLS, parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "Rohan will decide after his wife visits on sunday",
    "Sneha ke papa ka visit kal 4 baje hai",
    "Rohan's father will visit the site tomorrow at 4",
    "uske bhai aayenge kal 11 baje, Rohan ka visit",
])
def test_a_visit_by_the_leads_relative_is_asked_not_booked(text: str) -> None:
    got = parse(text, NOW, TZ)
    if got.tool == "scheduleVisit":
        assert got.tool in DOUBT_CHECKED_TOOLS
        assert any("not the lead's" in doubt for doubt in got.doubts), got
    else:
        assert got.intent in {"UNKNOWN", "VISIT_FIND", "LEAD_FIND"}, got


@pytest.mark.parametrize("text", [
    "book Rohan tomorrow at 5, his wife will come too",
    "Priya ka visit kal 4 baje, uski family bhi aayegi",
    "Kavya and her husband will come on sunday at 11",
    "book a visit for Kavya tomorrow at 11",
])
def test_the_leads_own_visit_with_a_relative_along_still_books(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool == "scheduleVisit" and "visit_time" in got.args, got
    assert got.doubts == [], got
