"""Someone else's word, batch 62, through the real `crm-bot --jsonl --engine local` on a real CRM. "Vikas's wife said
he'll come on Monday, book 11 am, no, 12 noon" had booked Vikas with "wife said" as the visit's notes; "Pooja from
accounts said Vikas paid …", "the broker Manoj says Arjun has booked elsewhere", "Sunil bol raha tha ki Deepak …",
"my colleague Vivek spoke to Kavya, …" and "my manager wants Arjun Mehta moved to in progress" asked about (or found)
the colleague, not the lead. Now each is written for the lead the news names, and a he or she that could be the
relative as well as the lead ("Rohan's brother called, he wants to come tomorrow at 4") writes nothing."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_lines, visits_of


async def test_the_news_is_written_for_the_lead_it_names(crm_server: Any, crm: CrmClient) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    results = await run_lines(crm_server, [
        "Vikas's wife said he'll come on Monday, book 11 am, no, 12 noon",
        "Pooja from accounts said Vikas paid the booking amount, mark him won",
        "the broker Manoj says Arjun has booked elsewhere, mark lost",
        "Sunil bol raha tha ki Deepak ko ab interest nahi hai, lost kar do",
        "my colleague Vivek spoke to Kavya, she wants to come on Saturday at 4, no wait, Sunday at 4, book it",
    ])
    assert all("error" not in result and "notes" not in result["entities"] for result in results), results
    assert await visits_of(crm, vikas) == [("2026-11-30T12:00:00+05:30", "SCHEDULED")]
    assert (await crm.get_lead(vikas["lead_id"])).json["status"] == "WON"
    assert (await crm.get_lead(arjun["lead_id"])).json["status"] == "LOST"
    assert (await crm.get_lead(deepak["lead_id"])).json["status"] == "LOST"
    assert await visits_of(crm, kavya) == [("2026-11-29T16:00:00+05:30", "SCHEDULED")]
    [ordered] = await run_lines(crm_server, ["my manager wants Arjun Mehta moved to in progress"])
    assert "error" not in ordered and (await crm.get_lead(arjun["lead_id"])).json["status"] == "IN_PROGRESS"


async def test_a_pronoun_that_could_be_the_relative_or_no_lead_named_asks(crm_server: Any, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    results = await run_lines(crm_server, [
        "Rohan's brother called, he wants to come tomorrow at 4, book it",
        "the broker said his client wants to see the flat tomorrow at 11, book it",
    ])
    assert [r["error"]["type"] for r in results] == ["VALIDATION_ERROR", "VALIDATION_ERROR"], results
    assert await visits_of(crm, rohan) == []


async def test_a_relative_says_she_cannot_come_and_her_visit_moves(crm_server: Any, crm: CrmClient) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    booked, moved = await run_lines(crm_server, [
        "book a visit with Harpreet tomorrow at 11",
        "Harpreet's son phoned, she can't come tomorrow, move her visit to Sunday 11 am",
    ])
    assert "error" not in booked and "error" not in moved, (booked, moved)
    assert await visits_of(crm, harpreet) == [("2026-11-26T11:00:00+05:30", "RESCHEDULED"),
                                              ("2026-11-29T11:00:00+05:30", "SCHEDULED")]
