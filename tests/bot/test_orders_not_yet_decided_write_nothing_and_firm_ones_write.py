"""Orders that are not orders yet, through the local engine against a real CRM (batch 77's habit): leave asked, a plan,
a hedge on the order or a Hindi "shall I … kya" leaves the lead as it was; a firm order with "definitely" or "for sure"
writes it with its remark; a cancel held back for a move moves the booked visit."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("text", [
    "would you mind if I put Harpreet Kaur in won",
    "I was thinking of marking Harpreet Kaur lost, but let me call her once more",
    "Harpreet Kaur ko lost kar dein kya? do hafte se jawab nahi",
])
async def test_an_order_only_weighed_writes_nothing(engine: LocalEngine, crm: CrmClient, text: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    answer = (await engine.handle_text(text)).result
    assert not answer.ok, answer.to_json()
    assert (await crm.get_lead(harpreet["lead_id"])).json["status"] == "NEW"


async def test_a_firm_order_with_a_word_of_certainty_writes_it(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    done = (await engine.handle_text("Priya Nair definitely won, for sure, she signed the booking form")).result
    assert done.ok and done.entities == {"lead_id": priya["lead_id"], "status": "WON",
                                         "notes": "she signed the booking form"}, done.to_json()


async def test_a_hedge_about_the_lead_beside_the_order_still_writes(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    done = (await engine.handle_text("keep Rohan Sharma in progress, he said he might buy after diwali")).result
    assert done.ok and done.entities["status"] == "IN_PROGRESS", done.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "IN_PROGRESS"


async def test_a_cancel_held_back_for_a_move_moves_the_booked_visit(engine: LocalEngine, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("book Meera Kapoor for friday at 11")).result.ok
    moved = (await engine.handle_text("don't cancel Meera's visit, just move it to 1")).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, meera) == [("2026-11-27T11:00:00+05:30", "RESCHEDULED"),
                                           ("2026-11-27T13:00:00+05:30", "SCHEDULED")]
