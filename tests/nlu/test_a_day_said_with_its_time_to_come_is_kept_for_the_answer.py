"""A visit's day said with its time still to come is kept in the `visit_day` flag while the time is asked for
(`nlu/day_kept.py`; the engine's side is tests/bot/test_a_day_said_with_its_time_to_come_is_kept_for_the_answer.py)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.day_kept import VISIT_DAY, on_the_day_said
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "day"), [
    ("Rohan ka visit sunday ko rakh do, time baad mein batayega", "2026-11-29"),
    ("book a visit with Rohan on sunday, will confirm the time", "2026-11-29"),
    ("book Rohan tomorrow after lunch", "2026-11-26"),
    ("site visit for Kavya on friday early morning", "2026-11-27"),
])
def test_the_day_is_kept_and_the_time_asked(text: str, day: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, "visit_time" in got.args, got.flags.get(VISIT_DAY)) == ("VISIT_SCHEDULE", False, day)


def test_no_day_said_keeps_none() -> None:
    assert VISIT_DAY not in parse("book Rohan sometime", NOW, TZ).flags


@pytest.mark.parametrize(("answer", "value", "booked"), [
    ("4 baje", "2026-11-25T16:00:00+05:30", "2026-11-29T16:00:00+05:30"),
    ("at 11", "2026-11-25T11:00:00+05:30", "2026-11-29T11:00:00+05:30"),
    ("monday 4 pm", "2026-11-30T16:00:00+05:30", "2026-11-30T16:00:00+05:30"),  # the answer's own day wins
])
def test_the_answer_is_put_on_the_day(answer: str, value: str, booked: str) -> None:
    assert on_the_day_said(value, answer, "2026-11-29", NOW, TZ) == booked
