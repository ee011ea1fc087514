"""A line that passes on someone else's word, or is about a lead's relative, run through the real `crm-bot --jsonl
--engine local` against a real CRM (held-out batch 54). Each had written for the wrong person: "Neha" (a colleague)
resolved to Sneha Iyer and marked her lost; a visit for "Priya ki behen" (her sister) or "Harpreet Kaur's neighbour"
was booked for Priya or Harpreet; "Sneha bought the flat, Kavya dropped out" marked Sneha won with Kavya's news as
notes. Now none writes, and the news passed on by a relative or a colleague is written for the lead it names."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_lines, visits_of

NOTHING_WRITTEN = [
    "Neha said he is not interested anymore, mark him lost",  # Neha is no lead, and not Sneha
    "Priya ki behen ko bhi site dikhani hai kal 11 baje",  # Priya's sister
    "Harpreet Kaur's neighbour also wants a visit on Friday at 4",  # Harpreet's neighbour
    "Rohan's friend is coming tomorrow at 3 to see the flat, book it",  # Rohan's friend
    "Sneha bought the flat, Kavya dropped out, update both",  # two leads, each with a status
    "Vikas is hot, Deepak is cold",
]


async def test_a_line_about_someone_who_is_no_lead_writes_nothing(crm_server: Any, crm: CrmClient) -> None:
    leads = [await create(crm, name, phone, city) for name, phone, city in [
        ("Sneha Iyer", "9900112233", "Chennai"), ("Priya Nair", "9845012345", "Kochi"),
        ("Harpreet Kaur", "9876012345", "Chandigarh"), ("Rohan Sharma", "9876543210", "Gurgaon"),
        ("Kavya Reddy", "9000012345", "Hyderabad"), ("Vikas Gupta", "9312345678", "Noida"),
        ("Deepak Patil", "7798123456", "Nashik")]]
    results = await run_lines(crm_server, NOTHING_WRITTEN)
    for said, result in zip(NOTHING_WRITTEN, results, strict=True):
        assert "error" in result and "result" not in result, (said, result)
    for lead in leads:
        stored = (await crm.get_lead(lead["lead_id"])).json
        assert (stored["status"], stored["visits"]) == ("NEW", []), stored["name"]


async def test_the_news_a_relative_or_colleague_passes_on_is_the_named_leads(crm_server: Any, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    await create(crm, "Rahul Verma", "9811100000", "Delhi")  # the colleague's name is a lead's too: not touched
    results = await run_lines(crm_server, [
        "Kavya's father called, Kavya wants to see the flat on Saturday at 11 am",
        "Rahul from the site office told me Vikas Gupta has booked the flat, mark him won",
    ])
    assert all("error" not in result for result in results), results
    assert await visits_of(crm, kavya) == [("2026-11-28T11:00:00+05:30", "SCHEDULED")]
    assert (await crm.get_lead(vikas["lead_id"])).json["status"] == "WON"
    rahul = [lead for lead in (await crm.list_leads()).json["leads"] if lead["name"] == "Rahul Verma"][0]
    assert rahul["status"] == "NEW"
