"""Batch 56's lines end to end through `crm-bot --jsonl --engine local` on a real CRM: a lead created with the
Marathi surname "Kale" keeps it and is then visited by name ("Sachin Kale la udya 11 vajta visit theva": Kale is
no day); a Gujarati "kale" with its verb books tomorrow; a Punjabi "ji" said to the listener is no word of the
status's notes; a lead taken back with its visit gives the visit to the one said after the cue; the booking told
after a status is kept as notes.
"""

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


async def test_a_kale_lead_a_kale_day_and_a_punjabi_ji(crm_server: Any, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    created, visited, booked, won = await run_lines(
        crm_server.url,
        "navin lead: Sachin Kale, Pune, 98220 77889, 99acres",
        "Sachin Kale la udya 11 vajta visit theva",
        "Arjun bhai ni visit aavti kale savare 11 vage rakho",
        "haanji, Vikas Gupta di booking ho gayi, won kar do ji",
    )
    assert "error" not in created and created["entities"]["name"] == "Sachin Kale"
    kale = created["result"]
    assert "error" not in visited and visited["entities"]["lead_id"] == kale["lead_id"]
    assert await visits_of(crm, kale) == [("2026-11-26T11:00:00+05:30", "SCHEDULED")]
    assert "error" not in booked and await visits_of(crm, arjun) == [("2026-11-26T11:00:00+05:30", "SCHEDULED")]
    assert "error" not in won and won["entities"] == {"lead_id": vikas["lead_id"], "status": "WON"}


async def test_a_lead_taken_back_and_a_booking_told_after_the_status(crm_server: Any, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    booked, won = await run_lines(
        crm_server.url,
        "Rohan Sharma ka visit, sorry Priya Nair ka, kal 11 baje rakho",
        "Priya Nair ne won karo ne, booking aapi didhi",
    )
    assert "error" not in booked and booked["entities"]["lead_id"] == priya["lead_id"]
    assert await visits_of(crm, rohan) == []
    assert "error" not in won and won["entities"]["notes"] == "booking aapi didhi"
    assert (await crm.get_lead(priya["lead_id"])).json["status"] == "WON"
