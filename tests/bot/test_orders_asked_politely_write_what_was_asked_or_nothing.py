"""Orders asked politely or as questions, through the local engine against a real CRM (batch 72's habit): a favour,
a wish or a Hindi "will you …?" writes the order it asks for; the listener's opinion asked, or an order weighed against
its own alternative, writes nothing."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_a_favour_asked_books_the_visit(engine: LocalEngine, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    booked = (await engine.handle_text("need you to book Kavya Reddy for friday 5 pm, no wait, 5:30")).result
    assert booked.ok and booked.intent == "VISIT_SCHEDULE", booked.to_json()
    assert await visits_of(crm, kavya) == [("2026-11-27T17:30:00+05:30", "SCHEDULED")]


async def test_a_hindi_will_you_with_an_hour_taken_back_moves_the_visit_on_its_day(engine: LocalEngine,
                                                                                    crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("book Meera Kapoor for saturday at 11")).result.ok
    moved = (await engine.handle_text("Meera ka visit 1 baje kar doge? nahi nahi, 2 baje")).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, meera) == [("2026-11-28T11:00:00+05:30", "RESCHEDULED"),
                                           ("2026-11-28T14:00:00+05:30", "SCHEDULED")]


async def test_mind_putting_a_lead_in_a_status_keeps_the_reason(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    done = (await engine.handle_text("mind putting Deepak Patil in lost? bought a flat elsewhere")).result
    assert done.ok and done.entities == {"lead_id": deepak["lead_id"], "status": "LOST",
                                         "notes": "bought a flat elsewhere"}, done.to_json()


@pytest.mark.parametrize("text", [
    "do you think we should mark Farhan Qureshi lost?",
    "would it be possible to mark Farhan Qureshi lost or not yet?",
    "kya Farhan Qureshi ko lost kar denge?",
])
async def test_an_opinion_or_a_weighed_order_writes_nothing(engine: LocalEngine, crm: CrmClient, text: str) -> None:
    farhan = await create(crm, "Farhan Qureshi", "9734567890", "Lucknow")
    answer = (await engine.handle_text(text)).result
    assert not answer.ok, answer.to_json()
    assert (await crm.get_lead(farhan["lead_id"])).json["status"] == "NEW"
