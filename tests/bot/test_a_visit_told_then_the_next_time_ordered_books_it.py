"""Right after a visit or a no-show, the sales person tells what happened and orders the next time: the visit is
booked at that time, for the lead named first, with no note of the story (`nlu/after_the_visit.py`, batch 61)."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_a_no_show_then_a_new_time_books_the_new_time(engine: LocalEngine, crm: CrmClient) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    said = "Harpreet Kaur didn't show up for today's visit, her car broke down, rebook her for tomorrow at 12"
    reply = (await engine.handle_text(said)).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, harpreet) == [("2026-11-26T12:00:00+05:30", "SCHEDULED")]


async def test_a_hindi_visit_report_then_phir_bulao_books_it(engine: LocalEngine, crm: CrmClient) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    reply = (await engine.handle_text("Vikas Gupta ka visit achha raha, usko ravivar 11 baje phir bulao")).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, vikas) == [("2026-11-29T11:00:00+05:30", "SCHEDULED")]


async def test_a_report_that_meets_someone_else_books_no_one(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = (await engine.handle_text("Rohan Sharma met Priya Nair at the site, book her for friday 5 pm")).result
    assert not reply.ok
    assert await visits_of(crm, rohan) == []
