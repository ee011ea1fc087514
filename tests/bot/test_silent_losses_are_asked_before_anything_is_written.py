"""What the audit of silent losses (docs/nlu.md, issue 9) found the engine wrote while dropping words, run through
the real `crm-bot --jsonl --engine local` against a real CRM: each line now asks ("… is that right?") and the CRM
holds exactly what it held before: no lead created, no visit booked, no status or field changed."""

from __future__ import annotations

import json
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_crm_bot

NOW = "2026-11-25T10:00:00+05:30"
ASKED = [
    "set up a meeting with Kavya Reddy Sunday noon and friday at 5",  # two times (it booked Sunday 17:00)
    "schedule site visit Kavya Reddy Saturday morning, call after 6",  # a call's hour (it booked 6 am)
    "add lead Rahul Khanna from Delhi, phone 98101 23456, source Instagram, Mumbai",  # two cities
    "create a lead for Suresh Pillai, Kochi, 094470 12345, via website, via Facebook",  # two sources
    "mark Kavya Reddy as lost, right?",  # a question tag
    "update Kavya Reddy's number to 98450 12399, budget 80 lakh",  # words after an edit's value
]


async def test_each_silent_loss_asks_and_nothing_is_written(crm_server: Any, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9845012345", "Bangalore")
    code, out, err = await run_crm_bot("--engine", "local", "--crm-url", crm_server.url, "--now", NOW,
                                       "--tz", "Asia/Kolkata", "--jsonl", stdin="\n".join(ASKED) + "\n")
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(ASKED)
    for said, result in zip(ASKED, results, strict=True):
        assert result.get("error", {}).get("type") == "VALIDATION_ERROR", (said, result)
        assert "is that right?" in result["error"]["details"], (said, result)
        assert "result" not in result, (said, result)
    leads = (await crm.list_leads()).json["leads"]
    assert [lead["name"] for lead in leads] == ["Kavya Reddy"]
    stored = (await crm.get_lead(kavya["lead_id"])).json
    assert (stored["status"], stored["phone"], stored["visits"]) == ("NEW", "9845012345", [])
