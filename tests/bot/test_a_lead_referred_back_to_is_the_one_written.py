"""A lead referred back to and taken back, through the local engine against a real CRM (batch 79's habit): the name
said after a cue is the lead written, not the one said first; a part of the day said for another moves the visit."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_the_name_after_the_cue_is_written_not_the_first(engine: LocalEngine, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    done = (await engine.handle_text("mark Sneha lost, I mean Priya Nair, budget issue")).result
    assert done.ok and done.entities == {"lead_id": priya["lead_id"], "status": "LOST", "notes": "budget issue"}, \
        done.to_json()
    assert (await crm.get_lead(sneha["lead_id"])).json["status"] == "NEW"


async def test_a_part_of_the_day_for_another_moves_the_visit(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    assert (await engine.handle_text("book Deepak Patil tomorrow morning")).result.ok
    moved = (await engine.handle_text("Patil sahab ka kal ka visit subah se shaam kar do")).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, deepak) == [("2026-11-26T10:00:00+05:30", "RESCHEDULED"),
                                            ("2026-11-26T18:00:00+05:30", "SCHEDULED")]
