"""The dashboard in a team CRM: f8 shows only my leads (the token's user), a colleague's assignment arrives
through the feed, and a lead's history says who made each change ("by Ravi")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
from textual.widgets import DataTable

from crm_server.embedded import EmbeddedServer
from crm_tui.app import make_app
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets.lead_table import LeadTable
from tests.server.test_users import add
from tests.tui.conftest import fixed_clock, settings_for, wait_until

SHARED = "shared-secret"


async def test_m_shows_my_leads_and_history_says_who(tmp_path: Path) -> None:
    data_dir = tmp_path / "crm"
    priya, ravi = add(data_dir, "Priya", "agent"), add(data_dir, "Ravi", "admin")
    async with EmbeddedServer(data_dir, token=SHARED) as server, aiohttp.ClientSession() as session:

        async def call(method: str, path: str, body: dict[str, Any], token: str) -> dict[str, Any]:
            async with session.request(method, server.url + path, json=body,
                                       headers={"Authorization": f"Bearer {token}"}) as response:
                assert response.status == 200, await response.text()
                return dict(await response.json())

        rohan = await call("POST", "/crm/leads", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Pune",
                                                  "assigned_to": "Priya"}, ravi)
        await call("POST", "/crm/leads", {"name": "Asha Rao", "phone": "9123456789", "city": "Pune",
                                          "assigned_to": "Ravi"}, ravi)
        vikram = await call("POST", "/crm/leads", {"name": "Vikram Singh", "phone": "9988776655", "city": "Pune"}, ravi)

        settings = settings_for(server.url, data_dir).with_overrides(crm_api_token=priya)
        app = make_app(settings, clock=fixed_clock)
        async with app.run_test(size=(120, 36)) as pilot:
            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: table.row_count == 3, "the three leads")
            table.focus()
            await pilot.press("f8")
            await wait_until(pilot, lambda: table.row_count == 1, "only Priya's lead")
            assert str(table.get_row_at(0)[0]) == "Rohan Sharma"
            assert str(app.query_one("#leads-pane").border_title).startswith("My leads 1 of 3 (Priya)")

            # A colleague gives Priya another lead: it joins her view through the change feed.
            await call("PATCH", f"/crm/leads/{vikram['lead_id']}", {"assigned_to": "Priya"}, ravi)
            await wait_until(pilot, lambda: table.row_count == 2, "the newly assigned lead")
            await call("POST", f"/crm/leads/{rohan['lead_id']}/status", {"status": "IN_PROGRESS"}, ravi)

            table.show_lead(rohan["lead_id"])
            await pilot.pause()
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen)
                             and app.screen.lead is not None and app.screen.lead.get("status_history"), "the detail")
            history = app.screen.query_one("#detail-history", DataTable)
            assert [str(cell) for cell in history.get_row_at(0)][1:] == ["NEW → IN_PROGRESS", "", "Ravi"]
            await pilot.press("escape")
            await wait_until(pilot, lambda: not isinstance(app.screen, LeadDetailScreen), "back to the table")

            table.focus()
            await pilot.press("f8")
            await wait_until(pilot, lambda: table.row_count == 3, "everyone's leads again")
