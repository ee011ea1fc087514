"""A move that says the hour it replaces, "<A> se <B> baje kar do" (batch heldout_lead_1213b), through the real
`crm-bot --jsonl --engine local` on a real CRM: the visit booked at A moves to B on its day. Said without "ka" before
"visit" ("Arjun Mehta visit 5 se 6 baje kar do") it had booked a second visit today at 6, a wrong write. A day and hour
said that no visit has is asked about, and nothing moves ("kal 4 baje tha" when the visit is at 6)."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_lines, visits_of


async def test_the_hour_replaced_names_the_visit_that_moves(crm_server: Any, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    results = await run_lines(crm_server, [
        "Arjun Mehta visit tomorrow 5 pm",
        "Arjun Mehta visit 5 se 6 baje kar do",
    ])
    assert all("error" not in result for result in results), results
    assert await visits_of(crm, arjun) == [("2026-11-26T17:00:00+05:30", "RESCHEDULED"),
                                           ("2026-11-26T18:00:00+05:30", "SCHEDULED")]


async def test_a_day_and_hour_no_visit_has_is_asked_about(crm_server: Any, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    results = await run_lines(crm_server, [
        "Arjun Mehta visit tomorrow 6 pm",
        "Arjun Mehta ka visit kal 4 baje tha, usko parso 4 baje kar do",
    ])
    assert "error" not in results[0], results
    assert results[1]["error"]["type"] == "VALIDATION_ERROR"
    assert "no visit booked" in results[1]["message"]
    assert await visits_of(crm, arjun) == [("2026-11-26T18:00:00+05:30", "SCHEDULED")]
