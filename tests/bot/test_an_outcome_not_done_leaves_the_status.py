"""A lead said not to have paid ("arjun mehta has not paid the token") keeps its status: it had been set to WON
(`status._NEGATED_BEFORE`)."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_an_outcome_not_done_leaves_the_status(engine: LocalEngine, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    reply = (await engine.handle_text("arjun mehta has not paid the token")).result
    assert not reply.ok, reply.to_json()
    assert (await crm.get_lead(arjun["lead_id"])).json["status"] == "NEW"
