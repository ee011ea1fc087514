"""A lead's details said new ways, through the local engine and the bot core against the real CRM (batch 76): a new
lead dictated after a heading that tells where it came from is created with that source; a field's change said with
words around it ("… has a mistake, make it …") is written to the lead named; an email given for a lead asks and
writes nothing (the CRM keeps no email)."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_a_card_after_its_heading_creates_the_lead_with_its_source(engine: LocalEngine, crm: CrmClient) -> None:
    out = (await engine.handle_text("banner dekh ke phone aaya tha, Suresh Chandra Gupta, Aligarh se, 97190 22456")
           ).result.to_json()
    assert out["intent"] == "LEAD_CREATE" and "error" not in out
    made = (await crm.get_lead(out["result"]["lead_id"])).json
    assert (made["name"], made["phone"], made["city"], made["source"]) == (
        "Suresh Chandra Gupta", "9719022456", "Aligarh", "Hoarding")


async def test_a_number_said_to_have_a_mistake_is_changed(engine: LocalEngine, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    out = (await engine.handle_text("Sneha Iyer's number has an error, make it 99001 1 2 2 4 4")).result.to_json()
    assert (out["intent"], out["entities"], "error" in out) == (
        "LEAD_EDIT", {"lead_id": sneha["lead_id"], "phone": "9900112244"}, False)
    assert (await crm.get_lead(sneha["lead_id"])).json["phone"] == "9900112244"


async def test_an_email_for_a_lead_asks_and_writes_nothing(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    before = (await crm.get_lead(rohan["lead_id"])).json
    out = (await engine.handle_text("Rohan ka email id rohan.s@gmail.com daal do")).result.to_json()
    assert (out["intent"], out["entities"], out["error"]["type"]) == (
        "LEAD_EDIT", {"lead_id": rohan["lead_id"]}, "VALIDATION_ERROR")
    assert (await crm.get_lead(rohan["lead_id"])).json == before
