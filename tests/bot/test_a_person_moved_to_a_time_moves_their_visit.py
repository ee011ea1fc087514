"""A person moved to a time or a day, with no visit word, is their visit moved (`visits.PERSON_MOVED`,
`intents.rule_book_person`): "shift Deepak to 5, traffic hai" (batch 70) was not understood. "move Vikas to follow up"
stays a status; a move of no visit booked asks before it books."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from crm_tui.nlu.parser import parse
from tests.bot.conftest import create, visits_of
from tests.nlu.said import NOW, TZ


async def test_the_visit_keeps_its_day_and_the_reason_is_kept(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    assert (await engine.handle_text("book a visit for Deepak Patil tomorrow at 4 pm")).result.ok
    moved = (await engine.handle_text("shift Deepak to 5, traffic hai")).result
    assert moved.ok and moved.intent == "VISIT_SCHEDULE" and moved.entities["notes"] == "traffic hai", moved.to_json()
    assert await visits_of(crm, deepak) == [("2026-11-26T16:00:00+05:30", "RESCHEDULED"),
                                            ("2026-11-26T17:00:00+05:30", "SCHEDULED")]


async def test_a_person_with_no_visit_moved_is_asked_about(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    asked = (await engine.handle_text("shift Deepak to 5")).result
    assert not asked.ok and asked.error is not None and asked.error.type == "VALIDATION_ERROR"
    assert await visits_of(crm, deepak) == []


@pytest.mark.parametrize(("said", "when"), [
    ("push Priya to friday 4 pm", "2026-11-27T16:00:00+05:30"),
    ("shift Deepak Patil to 6 pm", "2026-11-25T18:00:00+05:30"),
])
def test_a_person_moved_to_a_time_is_a_move(said: str, when: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "scheduleVisit" and got.flags.get("reschedule") == "true" and got.args["visit_time"] == when


@pytest.mark.parametrize("said", ["move Vikas to follow up", "move Vikas to follow up tomorrow", "move Rohan to 2 bhk",
                                  "shift Rohan to pune", "push the lead to friday"])
def test_a_person_moved_to_no_time_is_no_visit(said: str) -> None:
    assert parse(said, NOW, TZ).tool != "scheduleVisit"
