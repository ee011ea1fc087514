"""A cancel taken back by a correction cue and followed by another order does the later order, never the cancel
(`nlu/order_taken_back.py`). "cancel meera kapoor's visit, no wait, shift it to sunday" had cancelled her visit: on
a CRM where she has one, a wrong write. The later order is done when it reads whole; the reverse ("move …, no wait,
cancel it") cancels; a booking called off before it was made writes nothing."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from crm_tui.nlu.parser import parse
from tests.bot.conftest import create, visits_of
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "moved_to"), [
    ("cancel meera kapoor's visit, no wait, shift it to sunday", "2026-11-29T16:00:00+05:30"),
    ("cancel Meera Kapoor's visit, actually move it to 5", "2026-11-26T17:00:00+05:30"),
    ("Meera Kapoor ka visit cancel karo, nahi nahi, parso kar do", "2026-11-27T16:00:00+05:30"),
    ("cancel, sorry, postpone Meera Kapoor's visit by a day", "2026-11-27T16:00:00+05:30"),
    ("cancel meera's visit, sorry, make it friday", "2026-11-27T16:00:00+05:30"),
])
async def test_the_visit_moves_and_is_not_cancelled(engine: LocalEngine, crm: CrmClient, said: str,
                                                    moved_to: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("book a visit for Meera Kapoor tomorrow at 4 pm")).result.ok
    moved = (await engine.handle_text(said)).result
    assert moved.ok and moved.intent == "VISIT_SCHEDULE", moved.to_json()
    assert await visits_of(crm, meera) == [("2026-11-26T16:00:00+05:30", "RESCHEDULED"), (moved_to, "SCHEDULED")]


async def test_a_move_taken_back_for_a_cancel_cancels(engine: LocalEngine, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("book a visit for Meera Kapoor tomorrow at 4 pm")).result.ok
    done = (await engine.handle_text("move meera kapoor's visit to friday, no wait, cancel it")).result
    assert done.ok and done.intent == "VISIT_CANCEL", done.to_json()
    assert await visits_of(crm, meera) == [("2026-11-26T16:00:00+05:30", "CANCELLED")]


@pytest.mark.parametrize("said", ["cancel meera kapoor's visit, no wait, keep it",
                                  "cancel the visit, no wait, move it to friday"])
def test_a_later_order_not_read_whole_is_asked_not_cancelled(said: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool != "cancelVisit"
    assert got.doubts or "visit_time" not in got.args  # the bot asks


def test_a_booking_called_off_before_it_was_made_writes_nothing() -> None:
    got = parse("book a visit for Priya tomorrow at 4, sorry, cancel it", NOW, TZ)
    assert got.tool is None and got.cancel


def test_a_cancel_whose_value_is_corrected_still_cancels() -> None:
    got = parse("cancel the visit with Arjun on friday, sorry, saturday", NOW, TZ)
    assert got.tool == "cancelVisit" and got.args["visit_time"].startswith("2026-11-28")


@pytest.mark.parametrize("said", ["cancel the visit with meera kapoor, actually she wants to come on monday",
                                  "cancel meera kapoor's visit, no wait, she will come on monday"])
async def test_a_cancel_taken_back_by_news_of_the_visit_asks_and_cancels_nothing(engine: LocalEngine, crm: CrmClient,
                                                                                said: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("book a visit for Meera Kapoor on monday at 4 pm")).result.ok
    asked = (await engine.handle_text(said)).result
    assert not asked.ok and asked.intent == "VISIT_SCHEDULE", asked.to_json()
    assert await visits_of(crm, meera) == [("2026-11-30T16:00:00+05:30", "SCHEDULED")]
