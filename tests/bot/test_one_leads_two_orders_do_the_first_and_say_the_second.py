"""The trust rule for one line with two orders for one lead: the bot never writes half of the line and stays silent
about the other half. It does the first order, read alone, and its answer says the second back to be said again
(`two_orders._the_second_said_back`); nothing of the second is written. "mark Vikas in progress, fix a meeting on
friday" and "Deepak Patil ko in progress karo, uske baad parso ka visit fix karo" (batch 81) had dropped an order
without a word, or booked the visit and dropped the status."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize(("said", "again"), [
    ("mark Deepak Patil in progress, fix a meeting with him on friday", "fix a meeting with him on friday"),
    ("Deepak Patil ko in progress kar do, uske baad kal ka visit rakh do", "kal ka visit rakh do"),
    ("Deepak Patil - in progress - visit monday 5 pm", "visit monday 5 pm"),
    ("Deepak Patil ko in progress karo aur saath mein uska visit sunday 11 baje rakh do",
     "uska visit sunday 11 baje rakh do"),
])
async def test_the_status_is_written_and_the_visit_said_back(engine: LocalEngine, crm: CrmClient, said: str,
                                                             again: str) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["status"] == "IN_PROGRESS", out.to_json()
    assert out.message.endswith(f'I did only that: say "{again}" again on its own.'), out.message
    assert await visits_of(crm, deepak) == []


@pytest.mark.parametrize(("said", "again"), [
    ("book Deepak Patil for saturday 4 pm and mark him in progress", "mark him in progress"),
    ("schedule Deepak Patil on saturday at 3, sorry, at 4, then put him in progress", "put him in progress"),
    ("Deepak Patil ka visit saturday 3 baje, nahi 4 baje, aur usko in progress kar do", "usko in progress kar do"),
])
async def test_the_visit_is_booked_at_the_hour_meant_and_the_status_said_back(
        engine: LocalEngine, crm: CrmClient, said: str, again: str) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["visit_time"] == "2026-11-28T16:00:00+05:30", out.to_json()
    assert out.message.endswith(f'I did only that: say "{again}" again on its own.'), out.message
    lead = await crm.get_lead(deepak["lead_id"])
    assert lead.json["status"] == "NEW"


async def test_a_new_lead_is_created_and_its_first_visit_said_back(engine: LocalEngine, crm: CrmClient) -> None:
    out = (await engine.handle_text("naya lead banao Kiran Bedi, Indore, 98270 55661, aur uska visit kal rakh do")).result
    assert out.ok and out.entities["name"] == "Kiran Bedi", out.to_json()
    assert out.message.endswith('I did only that: say "uska visit kal rakh do" again on its own.'), out.message


async def test_two_leads_in_one_line_write_nothing(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    out = (await engine.handle_text("Deepak Patil in progress, plus Kavya Reddy follow up")).result
    assert not out.ok and out.error is not None and out.error.type == "VALIDATION_ERROR", out.to_json()
    lead = await crm.get_lead(deepak["lead_id"])
    assert lead.json["status"] == "NEW"
