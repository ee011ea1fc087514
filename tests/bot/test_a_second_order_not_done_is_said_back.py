"""One action per transcript, and nothing dropped unsaid: a line read as its first order alone does that order, and
the answer says the second back to be said again (`two_orders.a_second_order` records it, the local engine says it).
"mark Amit Verma as won, fix a visit for the 10th" had written WON and said nothing of the visit (batch 55's helper
found it)."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize(("said", "again"), [
    ("mark Amit Verma as won, fix a visit for the 10th", "fix a visit for the 10th"),
    ("mark Amit Verma as won and schedule a visit tomorrow", "schedule a visit tomorrow"),
])
async def test_the_first_is_done_and_the_second_said_back(engine: LocalEngine, crm: CrmClient, said: str,
                                                          again: str) -> None:
    amit = await create(crm, "Amit Verma", "9811122233", "Pune")
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["status"] == "WON", out.to_json()
    assert out.message.endswith(f'I did only that: say "{again}" again on its own.'), out.message
    assert await visits_of(crm, amit) == []


async def test_one_order_says_nothing_more(engine: LocalEngine, crm: CrmClient) -> None:
    await create(crm, "Amit Verma", "9811122233", "Pune")
    out = (await engine.handle_text("mark Amit Verma as won")).result
    assert out.ok and "again on its own" not in out.message, out.message
