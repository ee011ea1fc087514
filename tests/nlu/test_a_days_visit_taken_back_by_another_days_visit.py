"""A visit named by its day and taken back by another day's visit with a bare cue (batch 83): the second is the one
meant, and the order stays a cancel ("cancel vikas sunday visit sorry saturday visit" had booked Saturday, a wrong
write) (`thumbs.day_visit_taken_back`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("cancel meera kapoor friday visit sorry saturday visit", "2026-11-28T11:00:00+05:30"),
    ("cancel deepak patil mon visit no wait sun visit", "2026-11-29T11:00:00+05:30"),
    ("harpreet ka kal wala visit nahi nahi parso wala visit cancel kar do", "2026-11-27T11:00:00+05:30"),
])
def test_the_second_days_visit_is_cancelled(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_CANCEL"
    assert args["visit_time"] == when


def test_a_booking_taken_back_the_same_way_books_the_second_day() -> None:
    intent, args = said("book sneha iyer sunday visit i mean saturday visit 5pm")
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == "2026-11-28T17:00:00+05:30"
