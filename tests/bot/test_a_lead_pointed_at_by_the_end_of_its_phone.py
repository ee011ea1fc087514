"""The end of a phone said for the lead ("the one ending 43210"), through the local engine against a real CRM: the one
lead whose phone ends so is written; an end shared by two leads, or no lead's, is asked about and writes nothing."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_the_one_lead_whose_phone_ends_so_is_written(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await create(crm, "Priya Nair", "9845012345", "Kochi")
    done = (await engine.handle_text("the number ending 43210, mark won")).result
    assert done.ok and done.entities == {"lead_id": rohan["lead_id"], "status": "WON"}, done.to_json()
    booked = (await engine.handle_text("book the one ending 3210 for monday 3 pm")).result
    assert booked.ok, booked.to_json()
    assert await visits_of(crm, rohan) == [("2026-11-30T15:00:00+05:30", "SCHEDULED")]


async def test_an_end_two_leads_share_is_asked_about(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    answer = (await engine.handle_text("jiska number 2345 pe khatam hota hai, usko follow up mein daalo")).result
    assert not answer.ok and answer.error is not None and answer.error.type == "VALIDATION_ERROR", answer.to_json()
    assert answer.entities == {"status": "FOLLOW_UP"}
    for lead in (priya, kavya):
        assert (await crm.get_lead(lead["lead_id"])).json["status"] == "NEW"


async def test_an_end_no_lead_has_is_asked_about(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    answer = (await engine.handle_text("mark the one ending 5555 as lost")).result
    assert not answer.ok and answer.error is not None and answer.error.type == "VALIDATION_ERROR", answer.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"
