"""The dashboard's actions that fix a mistake: undo, edit, archive, restore.

They work on every screen (the table's keys, the detail's e and a, the palette), so they are App
actions; they live here, apart from the App's wiring, as `LeadFixActions`, which `CrmApp` extends.
The logic is the bot core's (`bot/undo.py`), the forms are `screens/lead_edit.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import App

from crm_tui.bot.client import CrmClient
from crm_tui.bot.types import BotResult, ToolCall
from crm_tui.feed import CrmReader
from crm_tui.screens.opened import lead_details

if TYPE_CHECKING:
    from crm_tui.bot.core import BotCore
    from crm_tui.screens.main import MainScreen


class LeadFixActions(App[None]):
    """Undo, edit, archive and restore, for the App."""

    core: BotCore | None
    engine_crm: CrmClient | None
    reader: CrmReader
    main: MainScreen

    def _fix_target(self) -> str | None:
        """The lead an edit or an archive is for: the open detail's, else the one under the cursor."""
        for detail in lead_details([self.screen]):
            return detail.lead_id
        return self.main.table.selected_lead_id()

    def _fixed(self, result: BotResult, title: str) -> None:
        """Say how a fix went: a toast (the table and an open detail change by themselves, from the feed)."""
        self.main.transcript.add_turn("assistant", result.message, self.main.clock(), result)
        self.notify(result.message, title=title, severity="information" if result.ok else "warning", markup=False)

    @work(group="fix", exit_on_error=False)
    async def action_undo(self) -> None:
        if self.core is None:
            self.notify("Nothing to undo yet.", title="Undo")
            return
        self._fixed(await self.core.run_tool(ToolCall("undo", {}), actor="dashboard"), "Undo")

    @work(group="fix", exit_on_error=False)
    async def action_edit_lead(self) -> None:
        lead_id = self._fix_target()
        if lead_id is None or self.core is None:
            self.notify("No lead to edit yet.", title="Edit")
            return
        # The forms (and the phone rule they check with) are imported when first used, not at start-up.
        from crm_tui.screens.lead_edit import EditLeadScreen

        lead = await self.reader.lead(lead_id)
        core = self.core

        async def save(changes: dict[str, str | None]) -> BotResult:
            args = {"lead_id": lead_id, **{k: ("" if v is None else v) for k, v in changes.items()}}
            result: BotResult = await core.run_tool(ToolCall("updateLead", args), actor="dashboard")
            if result.ok:
                self._fixed(result, "Edit")
            return result

        await self.push_screen_wait(EditLeadScreen(lead, save))

    @work(group="fix", exit_on_error=False)
    async def action_archive_lead(self) -> None:
        lead_id = self._fix_target()
        if lead_id is None or self.core is None:
            self.notify("No lead to archive yet.", title="Archive")
            return
        lead = await self.reader.lead(lead_id)
        if lead.get("archived"):
            self.notify(f"{lead.get('name')} is already archived.", title="Archive", markup=False)
            return
        scheduled = sum(1 for v in lead.get("visits") or [] if v.get("status") == "SCHEDULED")
        from crm_tui.screens.lead_edit import ConfirmArchiveScreen
        if not await self.push_screen_wait(ConfirmArchiveScreen(lead, scheduled)):
            return
        self.core.awaiting_archive = lead_id  # the modal was the question; its yes is the answer
        call = ToolCall("archiveLead", {"lead_id": lead_id, "confirmed": True})
        self._fixed(await self.core.run_tool(call, actor="dashboard"), "Archive")

    @work(group="fix", exit_on_error=False)
    async def action_restore_lead(self) -> None:
        table = self.main.table
        lead_id = table.selected_lead_id()
        lead = table.leads.get(lead_id or "")
        if lead_id is None or not lead or not lead.get("archived") or self.engine_crm is None:
            self.notify("Restore works on an archived lead: show them with f7.", title="Restore")
            return
        resp = await self.engine_crm.restore_lead(lead_id)
        if resp.ok:
            self.notify(f"Restored {lead.get('name')}.", title="Restore", markup=False)
        else:
            self.notify(f"Not restored: {resp.json}", title="Restore", severity="warning", markup=False)
