"""The day's lookups said in other words, through the local engine and the bot core against the real CRM: each
answers with a GET and nothing is written ("check whether Kavya Reddy is won" had asked to mark a lead "Check"
won). A lead's record asked ("who is handling Meera Kapoor", "Farhan Qureshi kiske paas hai") finds the lead; how
a day looks ("how's my thursday looking") lists that day's visits; leads in a status asked in Hindi ("follow up
mein kaun kaun pada hai") are listed; a count asked with the period first ("yesterday we got how many new
leads") is counted."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create
from tests.bot.test_find_visits import book


async def test_a_status_asked_with_check_whether_is_looked_up_and_not_set(engine: LocalEngine, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    out = (await engine.handle_text("check whether Kavya Reddy is won")).result.to_json()
    assert out["intent"] == "LEAD_FIND" and out["crm_call"]["method"] == "GET"
    assert [lead["lead_id"] for lead in out["result"]["leads"]] == [kavya["lead_id"]]
    assert (await crm.get_lead(kavya["lead_id"])).json["status"] == "NEW"


@pytest.mark.parametrize("said", [
    "who is handling Meera Kapoor",
    "who is Meera Kapoor assigned to",
    "Meera Kapoor kiske paas hai",
    "Meera Kapoor ki puri details nikalo",
    "what did Meera Kapoor say last time",
])
async def test_a_leads_record_asked_finds_the_lead(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    out = (await engine.handle_text(said)).result.to_json()
    assert (out["intent"], out["entities"]) == ("LEAD_FIND", {"query": "Meera Kapoor"})
    assert [lead["lead_id"] for lead in out["result"]["leads"]] == [meera["lead_id"]]


async def test_the_days_other_questions_read_and_write_nothing(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    await crm.update_status(arjun["lead_id"], "FOLLOW_UP")
    await book(crm, rohan["lead_id"], "2026-11-26T16:00:00+05:30")  # tomorrow, Thursday
    leads = (await crm.list_leads()).json["leads"]
    visits = (await crm.list_visits(None, None)).json["visits"]

    day = (await engine.handle_text("how's my thursday looking")).result.to_json()
    assert (day["intent"], day["entities"]) == ("VISIT_FIND", {"day": "2026-11-26"})
    assert [v["lead_id"] for v in day["result"]["visits"]] == [rohan["lead_id"]]

    listed = (await engine.handle_text("follow up mein kaun kaun pada hai")).result.to_json()
    assert (listed["intent"], listed["entities"]) == ("LEAD_FIND", {"status": "FOLLOW_UP"})
    assert [lead["lead_id"] for lead in listed["result"]["leads"]] == [arjun["lead_id"]]

    counted = (await engine.handle_text("yesterday we got how many new leads")).result.to_json()
    assert counted["intent"] == "STATS" and counted["crm_call"]["method"] == "GET"

    assert (await crm.list_leads()).json["leads"] == leads  # a lookup writes nothing
    assert (await crm.list_visits(None, None)).json["visits"] == visits
