"""A visit's day said with its time still to come is kept with the question (`nlu/day_kept.py`): "Rohan ka visit sunday
ko rakh do, time baad mein batayega" asked for the time, and the answer "4 baje" booked today at 4 PM. The question now
names Sunday and the answer books Sunday at 4 PM; an answer that says its own day books that day."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import _VISIT_DAY, LocalEngine
from crm_tui.nlu.day_kept import VISIT_DAY
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize(("said", "answer", "booked"), [
    ("Rohan ka visit sunday ko rakh do, time baad mein batayega", "4 baje", "2026-11-29T16:00:00+05:30"),
    ("book a visit with Rohan on sunday, will confirm the time", "at 11 am", "2026-11-29T11:00:00+05:30"),
    ("book Rohan tomorrow after lunch", "3 pm", "2026-11-26T15:00:00+05:30"),
    ("Rohan ka visit sunday ko rakh do, time baad mein batayega", "monday 4 pm", "2026-11-30T16:00:00+05:30"),
])
async def test_the_answer_books_the_day_said_first(engine: LocalEngine, crm: CrmClient, said: str, answer: str,
                                                   booked: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Pune")
    asked = (await engine.handle_text(said)).result
    assert asked.error is not None and asked.error.field == "visit_time", asked.to_json()
    assert engine.awaiting == "visit_time"
    if "sunday" in said:
        assert "Sunday 29 November" in asked.message, asked.message
    done = (await engine.handle_text(answer)).result
    assert done.ok, done.to_json()
    assert await visits_of(crm, rohan) == [(booked, "SCHEDULED")]


def test_the_engine_and_the_parser_name_the_flag_alike() -> None:
    assert _VISIT_DAY == VISIT_DAY

