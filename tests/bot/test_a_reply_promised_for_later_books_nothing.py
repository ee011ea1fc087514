"""A lead's answer promised for later, through the real `crm-bot --jsonl --engine local` against a real CRM (held-out
batch 66): "meera will revert tmrw abt the visit" had booked Meera tomorrow at 11 ("revert" is Indian English for
reply). Now nothing is booked, and the bot says it did not understand (`not_asked.a_reply_still_to_come`)."""

from __future__ import annotations

import json
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_crm_bot, visits_of

NOW = "2026-11-25T10:00:00+05:30"


async def test_a_reply_to_come_books_no_visit(crm_server: Any, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    code, out, err = await run_crm_bot("--engine", "local", "--crm-url", crm_server.url, "--now", NOW,
                                       "--tz", "Asia/Kolkata", "--jsonl", stdin="meera will revert tmrw abt the visit\n"
                                       "Kavya will get back on friday about the visit\n")
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["error"]["type"] for r in results] == ["PARSING_ERROR", "PARSING_ERROR"]
    assert await visits_of(crm, meera) == []
    assert await visits_of(crm, kavya) == []
