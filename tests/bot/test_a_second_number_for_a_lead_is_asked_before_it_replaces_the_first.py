"""A second number for a lead, against the real CRM: the CRM keeps one phone per lead, so "add another number for
Rohan 98765 43299" shows the change it would make and writes nothing until a yes (it had created a new lead named
"Rohan"). Anything else after the question is a new command, and the saved number stays."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_a_second_number_asks_and_a_yes_replaces_the_first(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    asked = (await engine.handle_text("rohan ka doosra number 98765 43299 bhi add karo")).result
    assert not asked.ok and asked.error is not None and asked.error.type == "VALIDATION_ERROR", asked.to_json()
    assert asked.intent == "LEAD_EDIT" and asked.message == (
        "I'm not sure I got that right (a second number: the CRM keeps one number per lead, so it would replace the "
        "one saved). Change Rohan's phone to 98765 43299: is that right? Say yes to go ahead."), asked.message
    leads = (await crm.list_leads()).json
    assert [(lead["name"], lead["phone"]) for lead in leads["leads"]] == [("Rohan Sharma", "9876543210")]  # nothing written
    done = (await engine.handle_text("yes")).result
    assert done.ok and done.entities["phone"] == "9876543299", done.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["phone"] == "9876543299"


async def test_a_new_command_after_the_question_leaves_the_number(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    assert not (await engine.handle_text("add another number for Rohan 98765 43299")).result.ok
    assert (await engine.handle_text("show me leads in follow up")).result.intent == "LEAD_FIND"
    assert (await crm.get_lead(rohan["lead_id"])).json["phone"] == "9876543210"
