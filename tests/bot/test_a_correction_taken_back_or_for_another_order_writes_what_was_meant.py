"""Self-corrections in every slot, end to end through the bot (batch 63): the later value or order is the one written,
and a correction with nothing after it writes nothing of what it took back. Each line here had written the value the
person took back: a status after "galti se bola" (said by mistake), a city "No" after "actually no", LOST after
"actually no, book her a visit", a phone's group said again read as the phone, the lead said after "not Kavya"."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["Vikas Gupta ka status lost kar do, galti se bola",
                                  "Vikas Gupta ko won kar do, nahi nahi",
                                  "mark Vikas Gupta lost, actually no"])
async def test_a_status_taken_back_with_nothing_after_it_is_not_written(engine: LocalEngine, crm: CrmClient,
                                                                        said: str) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    asked = (await engine.handle_text(said)).result
    assert not asked.ok and asked.error is not None and asked.error.type == "VALIDATION_ERROR", asked.to_json()
    assert (await crm.get_lead(vikas["lead_id"])).json["status"] == "NEW"


async def test_a_city_taken_back_with_actually_no_is_not_written(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    asked = (await engine.handle_text("change Priya Nair's city to Trivandrum, actually no")).result
    assert not asked.ok, asked.to_json()
    assert (await crm.get_lead(priya["lead_id"])).json["city"] == "Kochi"


@pytest.mark.parametrize(("said", "field", "value"), [
    ("change Deepak Patil's city to Pune, scratch that, Aurangabad", "city", "Aurangabad"),
    ("Deepak Patil ka number 77981 23456 nahi, 77981 23465 hai", "phone", "7798123465"),
    ("Deepak Patil ka source newspaper kar do, nahi nahi, housing.com", "source", "Housing.com"),
])
async def test_a_field_edit_corrected_while_said_writes_the_later_value(engine: LocalEngine, crm: CrmClient, said: str,
                                                                       field: str, value: str) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    done = (await engine.handle_text(said)).result
    assert done.ok and done.intent == "LEAD_EDIT", done.to_json()
    assert (await crm.get_lead(deepak["lead_id"])).json[field] == value


@pytest.mark.parametrize("said", ["mark Meera Kapoor lost, actually no, book her a visit on Sunday at 5",
                                  "Meera Kapoor ko lost mark karo, nahi nahi, uska visit sunday 5 baje rakho"])
async def test_a_status_taken_back_for_a_visit_books_and_leaves_the_status(engine: LocalEngine, crm: CrmClient,
                                                                           said: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    done = (await engine.handle_text(said)).result
    assert done.ok and done.intent == "VISIT_SCHEDULE", done.to_json()
    assert await visits_of(crm, meera) == [("2026-11-29T17:00:00+05:30", "SCHEDULED")]
    assert (await crm.get_lead(meera["lead_id"])).json["status"] == "NEW"


async def test_a_booking_taken_back_for_the_leads_cancel_cancels_his_visit(engine: LocalEngine, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    assert (await engine.handle_text("book a visit for Arjun Mehta on friday at 4 pm")).result.ok
    done = (await engine.handle_text("book Arjun Mehta for tomorrow, no, cancel his visit")).result
    assert done.ok and done.intent == "VISIT_CANCEL", done.to_json()
    assert await visits_of(crm, arjun) == [("2026-11-27T16:00:00+05:30", "CANCELLED")]


@pytest.mark.parametrize("said", ["book a visit for Kavya, not Kavya, Meera, tomorrow at 4",
                                  "Kavya ka visit kal 4 baje, nahi Kavya nahi, Meera ka"])
async def test_a_lead_taken_back_by_name_books_for_the_one_meant(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    done = (await engine.handle_text(said)).result
    assert done.ok, done.to_json()
    assert await visits_of(crm, meera) == [("2026-11-26T16:00:00+05:30", "SCHEDULED")]
    assert await visits_of(crm, kavya) == []


async def test_a_phone_group_said_again_corrects_that_group(engine: LocalEngine, crm: CrmClient) -> None:
    done = (await engine.handle_text("add lead Naveen Reddy, Warangal, 98490 12345, sorry, 12354")).result
    assert done.ok and done.entities["phone"] == "9849012354", done.to_json()
