"""How the visit went, told before the next one is booked, is the story that led to the booking: no note of it and
no doubt about it (nlu/after_the_visit.py `outcome_before_the_booking`). A wish in it, or an outcome said after the
booking, stays a remark."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "when"), [
    ("Amit Verma came with his wife, they loved the clubhouse, book another visit on Sunday at 11 am",
     "2026-11-29T11:00:00+05:30"),
    ("visit done with Deepak Patil, he liked it, schedule a second visit on Friday at 6 pm", "2026-11-27T18:00:00+05:30"),
    ("Harpreet Kaur visited, liked the 2bhk, wants to come again tomorrow evening, book it", "2026-11-26T18:00:00+05:30"),
    ("Rohan ka visit ho gaya, usko view pasand aaya, agla visit sunday 4 baje", "2026-11-29T16:00:00+05:30"),
])
def test_the_visits_outcome_before_the_booking_is_no_note(line: str, when: str) -> None:
    parsed = parse(line, NOW, TZ)
    assert (parsed.tool, parsed.args["visit_time"], parsed.args.get("notes"), parsed.doubts) == \
        ("scheduleVisit", when, None, [])


@pytest.mark.parametrize(("line", "notes"), [
    ("book a visit for Rohan on Sunday at 11, he loved the view", "he loved the view"),
    ("Rohan came today, he liked the view but wants a higher floor, book another visit sunday 4 pm",
     "he liked the view but wants a higher floor"),
])
def test_an_outcome_after_the_booking_or_with_a_wish_stays_a_note(line: str, notes: str) -> None:
    assert parse(line, NOW, TZ).args.get("notes") == notes
