"""A visit moved by a number of days and a time said with it is asked about before anything moves
(`nlu/shift_said.py`, `engines.local._said_instead`): the shift alone had moved the visit and dropped the 5, or the
time alone had moved it on its own day. The question says the shift in words, never "None"."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["Priya ka visit ek din aage kar do 5 baje", "push Priya's visit by one day, at 5 pm"])
async def test_a_shift_by_days_with_a_time_is_asked_before_anything_moves(engine: LocalEngine, crm: CrmClient,
                                                                          said: str) -> None:
    priya = await create(crm, "Priya Nair", "9811122233", "Pune")
    booked = (await engine.handle_text("book Priya tomorrow at 11 am")).result
    assert booked.ok, booked.to_json()
    asked = (await engine.handle_text(said)).result
    assert asked.error is not None and asked.error.field == "confirm", asked.to_json()
    assert "None" not in asked.message, asked.message
    assert await visits_of(crm, priya) == [("2026-11-26T11:00:00+05:30", "SCHEDULED")]
