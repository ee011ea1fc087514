"""Someone else speaking for the lead, batch 67, through the real `crm-bot --jsonl --engine local` on a real CRM.
Three lines had written wrong: a broker's and a channel partner's leads saved as referrals, and "Kavya called for her
brother Karthik, he wants a visit on Saturday at 12" booked Kavya. Now the giver's trade is the source, an order for
the caller's relative and an order for many leads at once ask and write nothing, a hand-over told as news assigns the
lead, and whose news it is, corrected, is the one named after the correction."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_lines, visits_of


async def test_a_brokers_and_a_partners_leads_are_saved_as_theirs(crm_server: Any, crm: CrmClient) -> None:
    results = await run_lines(crm_server, [
        "broker Manoj ne ek client bheja hai, Ritu Agarwal, Jaipur, 98290 11220, nahi 98290 11230",
        "channel partner Vinod ne naya lead diya, Komal Bhatt, Surat, 98980 22113, sorry 98980 22114",
    ])
    assert all("error" not in result for result in results), results
    saved = {lead["name"]: lead["source"] for lead in (await crm.list_leads()).json["leads"]}
    assert saved == {"Ritu Agarwal": "Broker", "Komal Bhatt": "Channel Partner"}


async def test_an_order_for_a_relative_or_for_many_leads_writes_nothing(crm_server: Any, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    amit = await create(crm, "Amit Verma", "9811122233", "Pune")
    results = await run_lines(crm_server, [
        "Kavya called for her brother Karthik, he wants a visit on Saturday at 12",
        "Rohan's friend Ankit wants a visit tomorrow at 5",
        "boss says mark all Pune leads lost",
        "sir ne bola saare Nagpur wale leads follow up mein daal do",
        "my manager says every lead from Instagram should be in progress",
    ])
    assert [result["error"]["type"] for result in results] == ["VALIDATION_ERROR"] * 5, results
    assert await visits_of(crm, kavya) == []
    assert (await crm.get_lead(amit["lead_id"])).json["status"] == "NEW"


async def test_a_hand_over_and_whose_news_corrected_write_for_the_lead_meant(crm_server: Any, crm: CrmClient) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    farhan = await create(crm, "Farhan Qureshi", "9734567890", "Lucknow")
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    results = await run_lines(crm_server, [
        "from today Suresh will handle Vikas Gupta",
        "Deepak's wife called, no sorry, Farhan's wife, they are coming tomorrow at 12",
        "Suresh said Kavya is not interested, no wait, he said Meera, mark Meera lost",
        "Sunita, Deepak's wife, called, he can come tomorrow at 4",
    ])
    assert all("error" not in result and "notes" not in result["entities"] for result in results), results
    assert (await crm.get_lead(vikas["lead_id"])).json["assigned_to"] == "Suresh"
    assert await visits_of(crm, farhan) == [("2026-11-26T12:00:00+05:30", "SCHEDULED")]
    assert await visits_of(crm, deepak) == [("2026-11-26T16:00:00+05:30", "SCHEDULED")]
    assert (await crm.get_lead(meera["lead_id"])).json["status"] == "LOST"
    assert (await crm.get_lead(kavya["lead_id"])).json["status"] == "NEW"
