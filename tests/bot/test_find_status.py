"""findLeads with a status: "which leads are in follow up?" lists the leads in that status from the real
CRM (GET /crm/leads?status=), says the count and the first few, and the declaration both engines use
carries the new argument."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.tools import gemini_function_declarations, required_slots
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import create


async def _lead(crm: CrmClient, name: str, phone: str, city: str, status: str | None = None) -> dict[str, str]:
    made = await create(crm, name, phone, city)
    if status:
        assert (await crm.update_status(made["lead_id"], status)).ok
    return made


async def test_status_alone_lists_only_the_leads_in_that_status(core: BotCore, crm: CrmClient) -> None:
    rohan = await _lead(crm, "Rohan Sharma", "9876543210", "Gurgaon", "FOLLOW_UP")
    priya = await _lead(crm, "Priya Nair", "9845012345", "Kochi", "FOLLOW_UP")
    amit = await _lead(crm, "Amit Verma", "9811122233", "Pune", "FOLLOW_UP")
    await _lead(crm, "Sneha Iyer", "9900112233", "Chennai", "WON")
    await _lead(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    found = await core.run_tool(ToolCall("findLeads", {"status": "follow up"}))
    assert found.ok, found.to_json()
    assert found.entities == {"status": "FOLLOW_UP"}
    assert found.crm_call is not None and found.crm_call.path.startswith("/crm/leads")
    names = sorted(lead["name"] for lead in found.result["leads"])  # type: ignore[index]
    assert names == ["Amit Verma", "Priya Nair", "Rohan Sharma"]
    assert found.message.startswith("3 leads are in follow up: ")
    for lead in (rohan, priya, amit):
        assert f"lead ID {lead['lead_id'][:8]}" in found.message
    assert "Sneha" not in found.message and "Kavya" not in found.message

    won = await core.run_tool(ToolCall("findLeads", {"status": "WON"}))
    assert won.message == (
        "One lead is won: Sneha Iyer from Chennai, phone nine nine zero zero one one two two three three. "
        f"Lead ID {won.result['leads'][0]['lead_id'][:8]}."  # type: ignore[index]
    )
    lost = await core.run_tool(ToolCall("findLeads", {"status": "lost"}))
    assert lost.ok and lost.result["count"] == 0 and lost.message == "No leads are lost."  # type: ignore[index]


async def test_status_and_city_together_and_a_count_when_many(core: BotCore, crm: CrmClient) -> None:
    for i in range(7):
        await _lead(crm, f"Pune Buyer {chr(65 + i)}", f"98000000{i:02d}", "Pune")
    await _lead(crm, "Mumbai Buyer", "9800000099", "Mumbai")
    await _lead(crm, "Pune Closed", "9800000098", "Pune", "WON")
    found = await core.run_tool(ToolCall("findLeads", {"query": "Pune", "status": "NEW"}))
    assert found.ok and found.result["count"] == 7  # type: ignore[index]
    assert found.entities == {"query": "Pune", "status": "NEW"}
    assert found.message.startswith("7 leads for Pune are new. The first 5: Pune Buyer")
    assert found.message.count("lead ID") == 5 and "Mumbai" not in found.message and "Closed" not in found.message


async def test_a_bad_status_or_nothing_to_look_for_is_a_validation_error(core: BotCore) -> None:
    bad = await core.run_tool(ToolCall("findLeads", {"status": "sleepy"}))
    assert bad.error is not None and bad.error.type == "VALIDATION_ERROR" and bad.error.field == "status"
    assert bad.crm_call is None
    empty = await core.run_tool(ToolCall("findLeads", {}))
    assert empty.error is not None and empty.error.field == "query"
    assert empty.message == "Who should I look for?"


async def test_the_query_alone_still_reads_as_before(core: BotCore, crm: CrmClient) -> None:
    await _lead(crm, "Rohan Sharma", "9876543210", "Gurgaon", "LOST")
    found = await core.run_tool(ToolCall("findLeads", {"query": "Rohan"}))
    assert found.entities == {"query": "Rohan"}
    assert found.message.startswith("Found Rohan Sharma from Gurgaon") and "status lost" in found.message


def test_the_declaration_carries_status_for_both_engines() -> None:
    assert required_slots("findLeads") == ["query"]  # what the local engine asks for when nothing was said
    find = {d.name: d for d in gemini_function_declarations()}["findLeads"].parameters
    assert find is not None
    assert set(find.properties or {}) == {"query", "status", "assigned_to"}
    assert find.properties["status"].enum == ["NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST"]  # type: ignore[index]
    assert not find.required  # the model may send a status alone
