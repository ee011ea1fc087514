"""Moves that name only the day, or only a bare hour in place of the booked one, against the real CRM: the rest
of the booked visit's time stays ("prepone Meera's visit to 2nd december" had moved a 4 pm visit to 11:00), and with
nothing booked a day alone is asked about, not booked at a time nobody said."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_a_move_to_a_day_keeps_the_time_and_a_bare_hour_keeps_the_day(engine: LocalEngine, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("book a visit for Meera Kapoor on 3rd december at 4 pm")).result.ok
    moved = (await engine.handle_text("prepone Meera's visit to 2nd december")).result
    assert moved.ok and moved.entities["visit_time"] == "2026-12-02T16:00:00+05:30", moved.to_json()
    again = (await engine.handle_text("Meera's visit, make it 5 instead of 4")).result
    assert again.ok and again.entities["visit_time"] == "2026-12-02T17:00:00+05:30", again.to_json()
    assert await visits_of(crm, meera) == [
        ("2026-12-03T16:00:00+05:30", "RESCHEDULED"), ("2026-12-02T16:00:00+05:30", "RESCHEDULED"),
        ("2026-12-02T17:00:00+05:30", "SCHEDULED")]


async def test_a_move_to_a_day_with_nothing_booked_asks_for_the_time(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    asked = (await engine.handle_text("move Rohan's visit to friday")).result
    assert not asked.ok and asked.error is not None and asked.error.type == "VALIDATION_ERROR"
    assert "no visit booked" in asked.message and "visit_time" not in asked.entities, asked.to_json()
    assert await visits_of(crm, rohan) == []  # nothing written on a guessed 11:00
