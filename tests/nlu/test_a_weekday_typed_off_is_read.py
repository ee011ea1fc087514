"""A weekday typed a letter or two off that only one weekday is near is that day (`thumbs.weekday_typed_off`,
held-out batch 66: "book sneha iyer visit on satday 4pm" had been read for today, and asked). One near two T-days
("thesday", "tusday") is left as typed: asked about, never written on either."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse
from crm_tui.nlu.thumbs import weekday_typed_off

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("typed", "meant"), [
    ("satday", "saturday"), ("sattday", "saturday"), ("saterday", "saturday"), ("fryday", "friday"),
    ("tuesdy", "tuesday"), ("thursdy", "thursday"), ("sunnday", "sunday"), ("suday", "sunday"), ("monady", "monday"),
    ("wensday", "wednesday"),
    # words of their own and days two ways
    ("today", "today"), ("holiday", "holiday"), ("midday", "midday"), ("someday", "someday"), ("weekday", "weekday"),
    ("thesday", "thesday"), ("thuesday", "thuesday"), ("tusday", "tusday"), ("saturdays", "saturdays"),
])
def test_spelt_as_the_one_day_near(typed: str, meant: str) -> None:
    assert weekday_typed_off(f"visit {typed} 4pm") == f"visit {meant} 4pm"


def test_the_visit_is_booked_on_the_day_meant() -> None:
    parsed = parse("book sneha iyer visit on satday 4pm", NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args, parsed.doubts) == (
        "VISIT_SCHEDULE", {"lead_id": "Sneha Iyer", "visit_time": "2026-11-28T16:00:00+05:30"}, [])


@pytest.mark.parametrize("line", ["Kavya visit thesday 4pm", "book rohan tursday 5pm"])
def test_a_day_near_two_days_is_asked(line: str) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert parsed.doubts, parsed
