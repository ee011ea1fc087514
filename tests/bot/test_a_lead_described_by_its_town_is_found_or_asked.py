"""A lead described before the name (`nlu/described_first.py`), through the real `crm-bot --jsonl --engine local` on a
real CRM: the town described tells apart two leads of one first name; with no name said the bot asks (writing
nothing), naming the town's one lead when there is one (a description alone is never enough to write; batches 71 and 73
had settled it opposite ways, and the asking one stands); a first name not in the CRM is not found under the name
said, without its town."""

from __future__ import annotations

import json
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_lines, visits_of


async def test_the_town_described_finds_the_lead(crm_server: Any, crm: CrmClient) -> None:
    verma = await create(crm, "Amit Verma", "9811122233", "Pune")
    kulkarni = await create(crm, "Amit Kulkarni", "9822233344", "Nagpur")
    await create(crm, "Deepak Patil", "7798123456", "Nashik")
    results = await run_lines(crm_server, [
        "Amit, the Nagpur one, mark him won",
        "woh Pune wale Amit, unko follow up mein daal do",
    ])
    assert all("error" not in result for result in results), results
    assert (await crm.get_lead(kulkarni["lead_id"])).json["status"] == "WON"
    assert (await crm.get_lead(verma["lead_id"])).json["status"] == "FOLLOW_UP"


async def test_the_one_lead_of_a_town_said_alone_is_named_and_asked_about(crm_server: Any, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    [result] = await run_lines(crm_server, ["so the Nashik guy, book a visit for him on friday at 5 pm"])
    assert result["error"]["type"] == "VALIDATION_ERROR" and "lead_id" not in result["entities"]
    assert "Deepak Patil" in json.dumps(result), result
    assert await visits_of(crm, deepak) == []


async def test_a_town_of_no_lead_or_of_several_asks_and_writes_nothing(crm_server: Any, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Pune")
    amit = await create(crm, "Amit Verma", "9811122233", "Pune")
    results = await run_lines(crm_server, [
        "that couple from Bangalore, mark them won",
        "the Pune guy, mark him lost",
        "the Thane guy, Rakesh, mark him lost",
    ])
    assert [result["error"]["type"] for result in results] == ["VALIDATION_ERROR", "VALIDATION_ERROR", "CRM_ERROR"]
    assert "lead_id" not in results[0]["entities"] and "lead_id" not in results[1]["entities"]
    assert results[2]["entities"]["lead_id"] == "Rakesh"
    assert "Pune" in results[1]["message"]
    for lead in (rohan, amit):
        assert (await crm.get_lead(lead["lead_id"])).json["status"] == "NEW"
