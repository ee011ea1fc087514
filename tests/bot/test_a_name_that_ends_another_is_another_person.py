"""A name said that is a stored name's word with its first letters missing is another person, not a misspelling:
"Neha" is not "Sneha Iyer" (held-out batch 54: "Neha said he is not interested anymore, mark him lost" marked Sneha
Iyer lost). A real misspelling still finds the lead."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import create


async def lost(core: BotCore, ref: str) -> dict[str, Any]:
    return (await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": ref, "status": "lost"}))).to_json()


async def test_the_end_of_a_stored_name_finds_no_one(core: BotCore, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    out = await lost(core, "Neha")
    assert out["error"]["type"] == "CRM_ERROR" and "not found" in out["error"]["details"].lower()
    assert (await crm.get_lead(sneha["lead_id"])).json["status"] == "NEW"


async def test_a_misspelling_still_finds_the_lead(core: BotCore, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    out = await lost(core, "Snehaa")
    assert "error" not in out and out["entities"]["lead_id"] == sneha["lead_id"]
