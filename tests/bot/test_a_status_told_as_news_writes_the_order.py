"""End to end: a status told as news beside an order writes the order, not the news (`nlu/told_not_ordered.py`,
batch 65). "…, he said he's not interested in the east tower, …" with no order had set the lead LOST; "she said
she's not interested in the 2bhk anymore, book her another visit for saturday at 12" had set her LOST instead of
booking."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_no_interest_in_a_tower_leaves_the_status(engine: LocalEngine, crm: CrmClient) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    reply = (await engine.handle_text("umm so the visit with Vikas Gupta went okay, he said he's not interested in "
                                      "the east tower, you know, the view is blocked")).result
    assert not reply.ok, reply.to_json()
    assert (await crm.get_lead(vikas["lead_id"])).json["status"] == "NEW"


async def test_a_booking_beside_a_status_told_books_and_keeps_the_status(engine: LocalEngine, crm: CrmClient) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    reply = (await engine.handle_text("uh Harpreet Kaur called after the visit, she said she's not interested in the "
                                      "2bhk anymore, book her another visit for saturday at 12")).result
    assert reply.ok and reply.intent == "VISIT_SCHEDULE", reply.to_json()
    lead = (await crm.get_lead(harpreet["lead_id"])).json
    assert lead["status"] == "NEW"
    assert [v["visit_time"] for v in lead["visits"]] == ["2026-11-28T12:00:00+05:30"]


async def test_the_status_ordered_is_written(engine: LocalEngine, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    reply = (await engine.handle_text("umm Arjun Mehta visited today with his dad, he said the deal with the other "
                                      "builder is lost, so he is back with us, mark him in progress")).result
    assert reply.ok, reply.to_json()
    assert (await crm.get_lead(arjun["lead_id"])).json["status"] == "IN_PROGRESS"
