"""An order typed fast on a phone, run through the real `crm-bot --jsonl --engine local` against a real CRM
(held-out batch 62): "Rohan Sharma tmrw 11 site vist, no 12" had booked 11 o'clock with "no 12" as its notes (a
"no" after a clause's comma, before an hour, was no correction), "pls mrk Deepak lost" and "mvoe Arjun's vst" looked
for leads called "Mrk Deepak" and "Mvoe Arjun", "bk vst tmrw 5pm" for one called "Bk", "… sry 98450 11224" kept the
first number and "follw up, no wait, in progess" kept follow up. The order words typed short or swapped are spelt
as meant (`thumbs.order_words_typed_short`), and so are a status's halves before the correction reads them."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_lines, visits_of


async def test_typed_short_words_and_a_bare_no_write_what_was_meant(crm_server: Any, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    results = await run_lines(crm_server, [
        "Rohan Sharma tmrw 11 site vist, no 12",
        "Meera's vst friday 4pm pls, nope 5pm",
        "pls mrk Deepak lost",
        "Arjun Mehta follw up, no wait, in progess",
        "new lead Ashwin Rao Mangalore 98450 11223 sry 98450 11224",
    ])
    assert all("error" not in result for result in results), results
    assert [r["entities"].get("notes") for r in results] == [None] * 5
    assert await visits_of(crm, rohan) == [("2026-11-26T12:00:00+05:30", "SCHEDULED")]
    assert await visits_of(crm, meera) == [("2026-11-27T17:00:00+05:30", "SCHEDULED")]
    assert (await crm.get_lead(deepak["lead_id"])).json["status"] == "LOST"
    assert (await crm.get_lead(arjun["lead_id"])).json["status"] == "IN_PROGRESS"
    assert results[4]["entities"]["phone"] == "9845011224"


async def test_a_visit_typed_short_with_no_lead_asks_who(crm_server: Any, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    [result] = await run_lines(crm_server, ["bk vst tmrw 5pm"])
    assert result["error"]["type"] == "VALIDATION_ERROR" and "lead_id" not in result["entities"]
    assert await visits_of(crm, rohan) == []
