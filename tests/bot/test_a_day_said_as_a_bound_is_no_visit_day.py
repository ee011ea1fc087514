"""A day said as a bound is no visit's day (`nlu/a_day_as_a_bound.py`): "book Harpreet's visit, she is out of town till
monday" had booked Monday 11:00, a day and a time nobody chose; "cancel Harpreet's visit, she is out of town till
monday" read Monday as the visit to cancel and lost the reason. In a move the bound is the new day: "postpone Rohan's
visit till monday" had read a lead called "Till"."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["book Harpreet's visit, she is out of town till monday",
                                  "Harpreet ki visit rakho, wo monday tak bahar hai",
                                  "schedule a visit with Harpreet, she's free only after friday",
                                  "schedule a visit with Harpreet, she's free after friday, at 4 pm"])
async def test_a_booking_whose_only_day_is_a_bound_asks_and_books_nothing(engine: LocalEngine, crm: CrmClient,
                                                                          said: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    asked = (await engine.handle_text(said)).result
    assert asked.error is not None and asked.error.type == "VALIDATION_ERROR", asked.to_json()
    assert await visits_of(crm, harpreet) == []


async def test_a_day_of_its_own_beside_the_bound_is_booked_and_the_bound_kept_as_notes(engine: LocalEngine,
                                                                                       crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    booked = (await engine.handle_text("book a visit for Sneha on the 3rd, she is in Delhi till the 1st")).result
    assert booked.ok, booked.to_json()
    assert booked.entities["notes"] == "she is in Delhi till the 1st"
    assert await visits_of(crm, sneha) == [("2026-12-03T11:00:00+05:30", "SCHEDULED")]


@pytest.mark.parametrize("said", ["cancel Harpreet's visit, she is out of town till monday",
                                  "Harpreet ka visit cancel karo, wo monday tak bahar hai"])
async def test_a_cancel_keeps_the_bound_as_its_reason_not_as_the_visit(engine: LocalEngine, crm: CrmClient,
                                                                       said: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    assert (await engine.handle_text("Harpreet Kaur ka visit friday 5 baje")).result.ok
    cancelled = (await engine.handle_text(said)).result  # her one visit, the Friday one: no Monday visit looked for
    assert cancelled.ok, cancelled.to_json()
    assert "monday" in cancelled.entities.get("notes", "").lower()
    assert await visits_of(crm, harpreet) == [("2026-11-27T17:00:00+05:30", "CANCELLED")]


@pytest.mark.parametrize("said", ["postpone Rohan's visit till monday", "Rohan ka visit monday tak postpone kar do"])
async def test_a_move_till_a_day_moves_to_that_day(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    assert (await engine.handle_text("book Rohan Sharma friday 4 pm")).result.ok
    moved = (await engine.handle_text(said)).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, rohan) == [("2026-11-27T16:00:00+05:30", "RESCHEDULED"),
                                           ("2026-11-30T16:00:00+05:30", "SCHEDULED")]
