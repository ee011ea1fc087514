"""The dashboard never writes on a guess: a doubtful reading is a question on the command line, "haan"
writes it, and a lookup typed instead of an answer is that lookup (issue 9), with the real dashboard
(a Pilot) on the embedded CRM."""

from __future__ import annotations

from typing import Any

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import OtherClient, fixed_clock, type_command, wait_until


async def status_of(client: OtherClient, lead_id: str) -> str:
    async with client.session.get(f"{client.base_url}/crm/leads/{lead_id}") as resp:
        data: dict[str, Any] = await resp.json()
        return str(data["status"])


async def test_a_doubtful_update_is_asked_on_the_command_line_and_haan_writes_it(
        tui_settings: Settings, other_client: OtherClient) -> None:
    rohan = await other_client.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        box = app.query_one(CommandInput)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")

        await type_command(pilot, "mark Rohan as won, lost")
        await wait_until(pilot, lambda: pane.turns == 2, "the confirmation")
        assert "Mark Rohan as lost: is that right?" in box.placeholder
        assert await status_of(other_client, rohan["lead_id"]) == "NEW"

        await type_command(pilot, "haan")
        await wait_until(pilot, lambda: pane.turns == 4, "the update")
        assert await status_of(other_client, rohan["lead_id"]) == "LOST"
        assert box.placeholder == box.default_placeholder


async def test_a_lookup_typed_while_a_status_is_asked_is_the_lookup(tui_settings: Settings,
                                                                    other_client: OtherClient) -> None:
    ravi = await other_client.create_lead("Ravi Kumar", "9811100022", "Pune")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        await type_command(pilot, "update Ravi's status")
        await wait_until(pilot, lambda: pane.turns == 2, "the status question")
        await type_command(pilot, "which leads are won")
        await wait_until(pilot, lambda: pane.turns == 4, "the lookup")
        assert await status_of(other_client, ravi["lead_id"]) == "NEW"
