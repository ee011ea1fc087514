"""A correction's "no" said with no comma around it (as a speech recogniser writes it), end to end through `crm-bot
--jsonl --engine local` on a real CRM: the day and the hour said after it are the ones booked (`nlu/bare_no.py`);
"on the twenty seventh no the twenty eighth at three no four" had booked the 27th at 3 pm.
"""

from __future__ import annotations

import json
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import NOW, TZ, create, run_crm_bot, visits_of


async def test_a_bare_no_books_the_hour_said_after_it_end_to_end(crm_server: Any, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    flags = ["--jsonl", "--engine", "local", "--crm-url", crm_server.url, "--now", NOW.isoformat(), "--tz", TZ]
    code, out, err = await run_crm_bot(
        *flags, stdin="book a visit for deepak patil on the twenty seventh no the twenty eighth at three no four\n",
        limit_s=60)
    assert code == 0, err
    answer = json.loads(out.splitlines()[0])
    assert "error" not in answer
    assert await visits_of(crm, deepak) == [("2026-11-28T16:00:00+05:30", "SCHEDULED")]
