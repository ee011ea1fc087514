"""A move that says the hour it replaces moves the visit booked at that hour, and asks when none is
(`nlu.when_corrected.the_time_taken_back`, `bot.moves.the_named_visit`), against the real CRM.

Batch heldout_lead_1211d: "Meera ko 9 ki jagah 10 baje bulao" was said of a 9 o'clock visit the engine had not booked;
it moved Meera's only visit, Wednesday's at 2 PM, to 10 AM that day: a wrong write. "Priya ka visit 3 baje se 4 baje kar
do" moved the lead's next visit whatever its hour in the same way.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of

TWO_PM_WEDNESDAY, NINE_AM_FRIDAY = "2026-12-02T14:00:00+05:30", "2026-11-27T09:00:00+05:30"
TWO_PM_TOMORROW = "2026-11-26T14:00:00+05:30"  # the next visit: the one a move that names no hour would take


async def test_no_visit_at_the_hour_replaced_is_asked_about_and_nothing_moves(engine: LocalEngine,
                                                                               crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await crm.schedule_visit(meera["lead_id"], TWO_PM_WEDNESDAY)).ok
    out = (await engine.handle_text("Meera ko 9 ki jagah 10 baje bulao")).result.to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR", out
    assert "no visit booked at 9 AM" in out["message"], out["message"]
    assert await visits_of(crm, meera) == [(TWO_PM_WEDNESDAY, "SCHEDULED")]


@pytest.mark.parametrize(("said", "now_at"), [
    ("Meera ko 9 ki jagah 10 baje bulao", "2026-11-27T10:00:00+05:30"),
    ("Meera ka visit 9 baje se 11 baje kar do", "2026-11-27T11:00:00+05:30"),
])
async def test_the_visit_at_the_hour_replaced_moves_and_the_other_stays(engine: LocalEngine, crm: CrmClient, said: str,
                                                                        now_at: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    for when in (TWO_PM_TOMORROW, NINE_AM_FRIDAY):
        assert (await crm.schedule_visit(meera["lead_id"], when)).ok
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["visit_time"] == now_at, out.to_json()
    assert sorted(await visits_of(crm, meera)) == sorted([
        (NINE_AM_FRIDAY, "RESCHEDULED"), (now_at, "SCHEDULED"), (TWO_PM_TOMORROW, "SCHEDULED")])
