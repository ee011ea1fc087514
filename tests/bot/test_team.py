"""The assistant in a team CRM: "assign Rohan to Priya", "my leads", and a role the speaker lacks, through
`crm-bot --jsonl` signed in with each person's own token against a real server (users added by the real
`crm-server users add`); and the same tool arguments as the Gemini engine sends them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.embedded import EmbeddedServer
from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.tools import gemini_function_declarations
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import run_crm_bot
from tests.server.test_users import add

NOW = "2026-11-25T10:00:00+05:30"


async def ask(url: str, token: str, *lines: str) -> list[dict[str, Any]]:
    code, out, err = await run_crm_bot("--engine", "local", "--crm-url", url, "--now", NOW, "--jsonl",
                                       stdin="\n".join(lines) + "\n", env={"CRM_API_TOKEN": token})
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


async def test_assigning_and_my_leads_by_voice_or_text(tmp_path: Path) -> None:
    data_dir = tmp_path / "crm"
    priya, ravi = add(data_dir, "Priya", "agent"), add(data_dir, "Ravi", "admin")
    async with EmbeddedServer(data_dir, token="shared-secret") as server, aiohttp.ClientSession() as session:
        for name, phone in (("Rohan Sharma", "9876543210"), ("Asha Rao", "9123456789"), ("Vikram Singh", "9988776655")):
            async with session.post(server.url + "/crm/leads", json={"name": name, "phone": phone, "city": "Pune"},
                                    headers={"Authorization": "Bearer shared-secret"}) as response:
                assert response.status == 200

        assigned = await ask(server.url, ravi, "assign Rohan to Priya", "give Asha Rao to me", "assign Vikram to Priyanka")
        assert [r["intent"] for r in assigned] == ["LEAD_EDIT"] * 3
        assert assigned[0]["entities"]["assigned_to"] == "Priya" and assigned[0]["result"]["assigned_to"] == "Priya"
        assert assigned[0]["message"].startswith("Assigned Rohan Sharma to Priya.")
        assert assigned[1]["result"]["assigned_to"] == "Ravi"  # "me" is whoever's token it is
        assert assigned[2]["error"]["type"] == "CRM_ERROR" and "no user 'Priyanka'" in assigned[2]["message"]

        mine = await ask(server.url, priya, "my leads", "show me Ravi's leads")
        assert [lead["name"] for lead in mine[0]["result"]["leads"]] == ["Rohan Sharma"]
        assert mine[0]["message"].startswith("You have one lead: Rohan Sharma from Pune")
        assert mine[0]["crm_call"] == {"method": "GET", "path": "/crm/leads", "status_code": 200}
        assert [lead["name"] for lead in mine[1]["result"]["leads"]] == ["Asha Rao"]

        async with session.get(server.url + "/crm/leads?assigned_to=Priya",
                               headers={"Authorization": "Bearer shared-secret"}) as response:
            assert [lead["name"] for lead in (await response.json())["leads"]] == ["Rohan Sharma"]


async def test_the_gemini_tool_declarations_carry_the_assignee(tmp_path: Path) -> None:
    declared = {d.name: d for d in gemini_function_declarations()}
    for tool in ("updateLead", "findLeads"):
        properties = declared[tool].parameters.properties if declared[tool].parameters else None
        assert properties is not None and "assigned_to" in properties
    assert "query" not in (declared["findLeads"].parameters.required or [])  # "my leads" needs no query
    # The calls the model makes end in the same bot core as the local engine's.
    data_dir = tmp_path / "crm"
    priya = add(data_dir, "Priya", "agent")
    async with EmbeddedServer(data_dir) as server:
        crm = CrmClient(server.url, token=priya)
        try:
            core = BotCore(crm, tz="Asia/Kolkata")
            created = await core.run_tool(ToolCall("createLead", {"name": "Rohan Sharma", "phone": "9876543210",
                                                                "city": "Pune"}))
            assert created.error is None, created.message
            done = await core.run_tool(ToolCall("updateLead", {"lead_id": "Rohan Sharma", "assigned_to": "me"}))
            assert done.result is not None and done.result["assigned_to"] == "Priya"
            found = await core.run_tool(ToolCall("findLeads", {"assigned_to": "me"}))
            assert found.result is not None and [lead["name"] for lead in found.result["leads"]] == ["Rohan Sharma"]
            # An agent asking for an admin's action hears why it was refused (after the yes), and nothing changes.
            archive = ToolCall("archiveLead", {"lead_id": "Rohan Sharma", "confirmed": True})
            await core.run_tool(archive)  # asks first
            refused = await core.run_tool(archive)
            assert refused.error is not None and refused.error.type == "CRM_ERROR"
            assert refused.message == ("The CRM refused that: Archiving leads needs the admin role; you are signed in as "
                                       "Priya (agent).")
            assert (await crm.get_lead(created.result["lead_id"])).json["archived"] is False
        finally:
            await crm.close()
