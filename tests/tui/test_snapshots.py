"""Snapshots of the dashboard with fixed data and a fixed clock: main screen at 80x24 and 160x48, a lead's
detail, a validation error and the help screen.

Each app starts its own CRM in-process (the `make run` path), on a free loopback port and a fresh data
directory, inside the app's own event loop (snap_compare runs the app with `App.run`). The data is
fixed; what the server makes up (UUIDs, timestamps) and what the machine decides (latencies) is masked
before the picture is taken, so the snapshots are stable on any machine. Review a diff before
accepting it: `make snapshots` rewrites them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from crm_tui.app import CrmApp, make_app
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.screens.lead_edit import EditLeadScreen
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import (
    SAMPLE_LEADS,
    OtherClient,
    fixed_clock,
    free_port,
    settings_for,
    type_command,
    wait_until,
)


def snapshot_app(tmp_path: Path) -> CrmApp:
    return make_app(settings_for(f"http://127.0.0.1:{free_port()}", tmp_path / "crm_data"), clock=fixed_clock)


async def seed(pilot: Pilot[Any], with_command: bool = True) -> None:
    """Four leads from another client, a status change, and one command typed through the engine."""
    app = pilot.app
    assert isinstance(app, CrmApp)
    await wait_until(pilot, lambda: app.crm_state == "connected" and app.engine_label == "local", "CRM and engine")
    client = OtherClient(app.settings.crm_base_url)
    try:
        created = [await client.create_lead(*lead) for lead in SAMPLE_LEADS]
        await client.set_status(created[1]["lead_id"], "IN_PROGRESS", "called back")
        await client.schedule_visit(created[1]["lead_id"], "2026-11-26T15:00:00+05:30", "site visit")
    finally:
        await client.close()
    table = app.query_one(LeadTable)
    await wait_until(pilot, lambda: table.row_count == len(SAMPLE_LEADS), "the seeded leads")
    # And the status change and the visit: an event arriving after `mask` shows the real clock's stamp
    # (seen on a loaded machine, with the collector's first pass after the start-up in between).
    changed = created[1]["lead_id"]
    await wait_until(pilot, lambda: table.leads[changed].get("status") == "IN_PROGRESS"
                     and changed in table.next_visits, "the status change and the visit")
    if with_command:
        await type_command(pilot, "Create a lead for Kabir Rao, phone 9000000001, from Jaipur, source Website")
        await wait_until(pilot, lambda: table.row_count == len(SAMPLE_LEADS) + 1, "the typed lead")
        await wait_until(pilot, lambda: app.query_one(TranscriptPane).turns == 2, "the answer")


def mask(app: CrmApp, clear_notifications: bool = True) -> None:
    """Replace what the server or the machine made up with stable stand-ins, in every pane."""
    table = app.query_one(LeadTable)
    short_ids: dict[str, str] = {}
    for index, key in enumerate(list(table.leads)):
        short_ids[key[:8]] = f"lead{index + 1:04d}"
        if key in table.rows:  # the archived view shows only some of the leads
            table.update_cell(key, "updated", "10:30 AM", update_width=True)  # the fixed clock's time, as the table shows it
    tools = app.query_one(ToolCallsPane)
    for key, (_call, result) in tools.calls.items():
        if result is not None and result.result and "lead_id" in result.result:
            answer = tools.table.get_cell(key, "answer").copy()  # type: ignore[attr-defined]
            real = result.result["lead_id"][:8]
            stable = short_ids.get(real, "lead????")
            # A narrow pane shows the id's first 6 (tool_calls.answer_text).
            answer.plain = answer.plain.replace(real, stable) if real in answer.plain else answer.plain.replace(real[:6], stable[:6])
            tools.table.update_cell(key, "answer", answer)
        tools.table.update_cell(key, "latency", "12")
    pane = app.query_one(TranscriptPane)
    for turn in pane.entries:
        for real, stable in short_ids.items():
            turn.text = turn.text.replace(real, stable)
    pane.redraw()
    if clear_notifications:
        app.clear_notifications()  # e.g. "started a CRM here (data in /tmp/...)": a path of the machine


async def settle(pilot: Pilot[Any]) -> None:
    # A blinking cursor is visible or not depending on the half second the picture is taken in.
    for box in pilot.app.screen_stack[0].query(Input):
        box.cursor_blink = False
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


def test_main_screen_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        await seed(pilot)
        mask(pilot.app)  # type: ignore[arg-type]
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_main_screen_160x48(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        await seed(pilot)
        mask(pilot.app)  # type: ignore[arg-type]
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(160, 48), run_before=run_before)


def test_lead_detail(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await seed(pilot, with_command=False)
        table = app.query_one(LeadTable)
        table.focus()
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None and screen.lead["name"] == "Priya Nair", "the lead")
        lead = dict(screen.lead or {})
        stamp = "2026-11-25T10:30:00+05:30"
        lead.update(lead_id="lead0002-0000-4000-8000-000000000002", created_at=stamp, updated_at=stamp)
        lead["visits"] = [{**v, "visit_id": "visit001-0000", "created_at": stamp} for v in lead["visits"]]
        lead["status_history"] = [{**c, "changed_at": stamp} for c in lead["status_history"]]
        app.clear_notifications()
        screen.lead = lead
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_validation_error(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await seed(pilot, with_command=False)
        mask(app)  # type: ignore[arg-type]
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 12345, from Gurgaon")
        await wait_until(pilot, lambda: app.query_one(TranscriptPane).turns == 2, "the answer")
        # The refusal as the person sees it: the warning toast, the badge in the transcript.
        mask(app, clear_notifications=False)  # type: ignore[arg-type]
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await wait_until(pilot, lambda: app.crm_state == "connected", "the CRM")  # type: ignore[attr-defined]
        app.clear_notifications()
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_edit_form_with_a_wrong_phone(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await seed(pilot, with_command=False)
        mask(app)  # type: ignore[arg-type]
        table = app.query_one(LeadTable)
        table.focus()
        await pilot.press("down", "f6")
        await wait_until(pilot, lambda: isinstance(app.screen, EditLeadScreen), "the edit form")
        form = app.screen
        form.query_one("#edit-phone", Input).value = "12345"
        await pilot.press("ctrl+s")
        for box in form.query(Input):
            box.cursor_blink = False
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_archived_view(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await seed(pilot, with_command=False)
        table = app.query_one(LeadTable)
        client = OtherClient(app.settings.crm_base_url)  # type: ignore[attr-defined]
        try:
            for lead_id in list(table.leads)[2:]:
                async with client.session.post(f"{client.base_url}/crm/leads/{lead_id}/archive") as resp:
                    assert resp.status == 200
        finally:
            await client.close()
        await wait_until(pilot, lambda: table.row_count == 2, "two leads archived")
        table.focus()
        await pilot.press("f7")
        await wait_until(pilot, lambda: table.row_count == 2 and all(
            table.leads[key.value or ""].get("archived") for key in table.rows), "the archived view")
        mask(app)  # type: ignore[arg-type]
        await settle(pilot)

    assert snap_compare(snapshot_app(tmp_path), terminal_size=(80, 24), run_before=run_before)
