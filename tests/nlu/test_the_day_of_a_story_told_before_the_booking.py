"""The day of what already happened, told before the booking ("ok so i was talking to sneha iyer today and … can u
book a site visit for saturday 5 pm", "Sneha called yesterday, book her visit on saturday 5 pm") is the story's, not
the visit's: the first booked today at 5 pm without a word, the others asked about two times. The day the booking
names is the visit's; with no other day said, "today" still is ("Rohan came today, book visit 5 pm").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("ok so i was talking to sneha iyer today and she said her husband also wants to see the flat so can u book a "
     "site visit for saturday 5 pm", "2026-11-28T17:00:00+05:30"),
    ("i spoke to Sneha today, book a site visit for saturday 5 pm", "2026-11-28T17:00:00+05:30"),
    ("spoke to Sneha Iyer today she wants a site visit on saturday at 5 pm", "2026-11-28T17:00:00+05:30"),
    ("Sneha called today, book her visit on saturday 5 pm", "2026-11-28T17:00:00+05:30"),
    ("Sneha called yesterday, book her visit on saturday 5 pm", "2026-11-28T17:00:00+05:30"),
    ("Rohan se aaj baat hui, kal 4 baje visit rakh do", "2026-11-26T16:00:00+05:30"),
])
def test_the_booking_names_the_visits_day(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["visit_time"], got.doubts) == ("VISIT_SCHEDULE", when, [])


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan came today, book visit 5 pm", "2026-11-25T17:00:00+05:30"),
    ("spoke to Rohan, visit today at 6", "2026-11-25T18:00:00+05:30"),
])
def test_today_is_the_visits_day_when_no_other_is_said(text: str, when: str) -> None:
    assert parse(text, NOW, TZ).args["visit_time"] == when


def test_two_days_for_the_visit_itself_still_ask() -> None:
    # (The clause the second time stands in may be named as dropped too: one question either way.)
    assert "two times said: friday at 5" in parse("book Rohan tomorrow at 3 and Friday at 5", NOW, TZ).doubts
