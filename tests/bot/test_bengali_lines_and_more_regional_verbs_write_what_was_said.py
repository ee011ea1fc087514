"""Batch 62's regional lines end to end through `crm-bot --jsonl --engine local` on a real CRM. "Kavya Reddy cha deal
jhala, won karun tak" had marked her won with "won karun tak" (Marathi "do it won") as notes; Bengali lines ("Rohan
dada r visit kal bikel 4 te fix koro", "notun lead …, Kolkata na Howrah, …") and Gujarati or Punjabi verbs ("ma
mukjo", "batavi dejo", "paa do", "vajje") were read as no order or looked for a lead "Bikel Te" or "Vajje". Now each
writes what was said, and an ambiguous "Amit" asks."""

from __future__ import annotations

import json
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import NOW, TZ, create, run_crm_bot, visits_of


async def run_lines(url: str, *lines: str) -> list[dict[str, Any]]:
    flags = ["--jsonl", "--engine", "local", "--crm-url", url, "--now", NOW.isoformat(), "--tz", TZ]
    code, out, err = await run_crm_bot(*flags, stdin="".join(line + "\n" for line in lines), limit_s=60)
    assert code == 0, err
    return [json.loads(answer) for answer in out.splitlines()]


async def test_bengali_gujarati_marathi_and_punjabi_orders(crm_server: Any, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    won, visit, follow, created, other = await run_lines(
        crm_server.url,
        "Kavya Reddy cha deal jhala, won karun tak",
        "Rohan dada r visit kal bikel 4 te fix koro",
        "Arjun bhai ne haju vichar karvo che, follow up ma mukjo",
        "notun lead Sourav Ghosh, Kolkata na Howrah, 98310 22446, facebook theke",
        "Priya ji da visit kal 3 vajje, nahi nahi 5 vajje rakh do",
    )
    assert won["entities"] == {"lead_id": kavya["lead_id"], "status": "WON"} and "error" not in won
    assert (await crm.get_lead(kavya["lead_id"])).json["status"] == "WON"
    assert "error" not in visit and await visits_of(crm, rohan) == [("2026-11-26T16:00:00+05:30", "SCHEDULED")]
    assert "error" not in follow and (await crm.get_lead(arjun["lead_id"])).json["status"] == "FOLLOW_UP"
    assert "error" not in created and created["entities"] == {
        "name": "Sourav Ghosh", "phone": "9831022446", "city": "Howrah", "source": "Facebook"}
    assert "error" not in other and await visits_of(crm, priya) == [("2026-11-26T17:00:00+05:30", "SCHEDULED")]


async def test_an_amit_said_in_marathi_is_asked_about(crm_server: Any, crm: CrmClient) -> None:
    verma = await create(crm, "Amit Verma", "9811122233", "Pune")
    kulkarni = await create(crm, "Amit Kulkarni", "9822233344", "Nagpur")
    [asked] = await run_lines(crm_server.url, "Amit bhau la follow up madhe taka")
    assert asked["intent"] == "LEAD_UPDATE" and asked["error"]["type"] == "VALIDATION_ERROR"
    for lead in (verma, kulkarni):
        assert (await crm.get_lead(lead["lead_id"])).json["status"] == "NEW"
