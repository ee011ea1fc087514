"""A lead who cannot come (or "is not coming") on a day, and the order that moves "her visit" or "the meeting" to
another (`moved_as_news.missed_day_made_another`, batch 62): the move to the new day, never the day missed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "lead", "when"), [
    ("Harpreet can't come tomorrow, move her visit to Sunday 11 am", "Harpreet", "2026-11-29T11:00:00+05:30"),
    ("Harpreet's son phoned, she can't come tomorrow, move her visit to Sunday 11 am", "Harpreet",
     "2026-11-29T11:00:00+05:30"),
    ("Harpreet is not coming tomorrow, move her visit to Sunday 11 am", "Harpreet", "2026-11-29T11:00:00+05:30"),
    ("Rohan won't make it on saturday, shift the meeting to sunday 4 pm", "Rohan", "2026-11-29T16:00:00+05:30"),
])
def test_the_visit_goes_to_the_new_day(line: str, lead: str, when: str) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args, parsed.doubts) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when}, [])
