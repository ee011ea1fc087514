"""A move said "from" the old day or hour "to" the new one moves the visit booked then, keeps what was not said again,
and asks when none is booked then (`nlu.when_corrected.the_old_when_said_with_from`), against the real CRM.

Batch heldout_lead_1212: "move Priya Nair from friday to saturday" was read as a status update to "saturday" (asked);
"shift Deepak's visit from friday 4 pm to saturday" would have booked Saturday 11:00, the hour being the old one's.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of

FRIDAY_4_PM, SUNDAY_NOON = "2026-11-27T16:00:00+05:30", "2026-11-29T12:00:00+05:30"
TOMORROW_11 = "2026-11-26T11:00:00+05:30"


@pytest.mark.parametrize(("said", "now_at"), [
    ("move Priya Nair from friday to saturday", "2026-11-28T16:00:00+05:30"),
    ("shift Priya's visit from friday 4 pm to saturday", "2026-11-28T16:00:00+05:30"),
    ("move Priya Nair from 4 to 5", "2026-11-27T17:00:00+05:30"),
])
async def test_the_visit_booked_then_moves_and_the_other_stays(engine: LocalEngine, crm: CrmClient, said: str,
                                                               now_at: str) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    for when in (TOMORROW_11, FRIDAY_4_PM):
        assert (await crm.schedule_visit(priya["lead_id"], when)).ok
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["visit_time"] == now_at, out.to_json()
    assert sorted(await visits_of(crm, priya)) == sorted([
        (FRIDAY_4_PM, "RESCHEDULED"), (now_at, "SCHEDULED"), (TOMORROW_11, "SCHEDULED")])


async def test_no_visit_on_the_day_said_is_asked_about_and_nothing_moves(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    assert (await crm.schedule_visit(priya["lead_id"], SUNDAY_NOON)).ok
    out = (await engine.handle_text("move Priya Nair from friday to saturday")).result.to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR", out
    assert await visits_of(crm, priya) == [(SUNDAY_NOON, "SCHEDULED")]
