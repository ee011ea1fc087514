"""A move "same time" of a lead with no visit booked has no time to keep: the bot asks for the day and time and
offers none for a yes (it asked "Book one … at 11 AM?", and a yes booked the 11:00 the parser had guessed). A bare
"yes" / "haan" with no question waiting says so, instead of "Sorry, I didn't understand that".
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["push Priya's visit to friday same time", "Priya ka visit usi time parso kar do"])
async def test_a_same_time_move_of_no_visit_asks_for_the_time(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    priya = await create(crm, "Priya Nair", "9811122233", "Pune")
    asked = (await engine.handle_text(said)).result
    assert asked.error is not None and asked.error.type == "VALIDATION_ERROR" and asked.error.field == "visit_time"
    assert "11 AM" not in asked.message and "Say yes" not in asked.message, asked.message
    assert "visit_time" not in asked.entities
    assert engine.awaiting == "visit_time"
    assert not (await engine.handle_text("yes")).result.ok  # a yes is no time: nothing is booked on it
    assert await visits_of(crm, priya) == []
    booked = (await engine.handle_text("friday 4 pm")).result
    assert booked.ok, booked.to_json()
    assert await visits_of(crm, priya) == [("2026-11-27T16:00:00+05:30", "SCHEDULED")]


@pytest.mark.parametrize("said", ["yes", "haan", "ok"])
async def test_a_yes_with_nothing_waiting_says_so(engine: LocalEngine, said: str) -> None:
    out = (await engine.handle_text(said)).result
    assert out.intent == "UNKNOWN" and out.error is not None and out.error.type == "PARSING_ERROR"
    assert out.message.startswith("There's nothing waiting for a yes"), out.message
