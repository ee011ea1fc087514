"""What a person types reaches the command line from any pane, whole and in order; the table's own keys
are ones that cannot start a word; escape, f5 and ctrl+o do what the help says.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, RichLog

from crm_server.embedded import EmbeddedServer
from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets.command_input import CommandInput
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


def names(table: LeadTable) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_a_burst_typed_in_the_table_reaches_the_command_line_whole(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # "schedule …" typed while the table had focus: `s` sorted and was eaten, and in a fast burst every
    # "s" was lost; a paste into the table was dropped. The table binds no letter any more.
    for lead in SAMPLE_LEADS:
        await other_client.create_lead(*lead)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        box = app.query_one(CommandInput)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 4, "the leads")
        await pilot.press("f5")
        assert app.focused is table
        order_before = names(table)
        # A burst: every key queued before the app handles the first (as a fast typist or tmux sends them).
        for character in "schedule Sneha's visit":
            app.post_message(events.Key("space" if character == " " else character, character))
        await wait_until(pilot, lambda: box.value == "schedule Sneha's visit", "every letter in the command line")
        assert app.focused is box and table.sort_key is None and names(table) == order_before

        # A paste while the table has focus goes to the command line too (several lines become one).
        box.value = ""
        table.focus()
        await pilot.pause()
        app.post_message(events.Paste("mark Priya Nair\nas won"))
        await wait_until(pilot, lambda: box.value == "mark Priya Nair as won", "the pasted text")
        assert app.focused is box


async def test_sorting_keys_pipeline_order_and_the_sort_kept_for_the_next_start(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    statuses = {"Rohan Sharma": "WON", "Priya Nair": "FOLLOW_UP", "Amit Verma": "LOST", "Sneha Iyer": "IN_PROGRESS"}
    for lead in SAMPLE_LEADS:
        created = await other_client.create_lead(*lead)
        await other_client.set_status(created["lead_id"], statuses[lead[0]])
    await other_client.create_lead("Zoya Akhtar", "9123400022", "Goa")  # NEW
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 5, "the leads")
        await pilot.press("f5")
        await pilot.press(">")  # by name
        assert table.sort_key == "name" and names(table)[0] == "Amit Verma"
        await pilot.press(*">>>>")  # phone, city, source, status
        assert table.sort_key == "status"
        # In the order a lead moves through the pipeline, not alphabetically.
        assert names(table) == ["Zoya Akhtar", "Sneha Iyer", "Priya Nair", "Rohan Sharma", "Amit Verma"]
        await pilot.press("<")
        assert table.sort_reverse and names(table)[0] == "Amit Verma"
        assert app.query_one(CommandInput).value == ""  # nothing of it went to the command line

    again = make_app(tui_settings, clock=fixed_clock)
    async with again.run_test(size=(100, 30)) as pilot:
        table = again.query_one(LeadTable)
        await wait_until(pilot, lambda: again.leads_loaded and table.row_count == 5, "the leads")
        assert (table.sort_key, table.sort_reverse) == ("status", True)
        assert names(table) == ["Amit Verma", "Rohan Sharma", "Priya Nair", "Sneha Iyer", "Zoya Akhtar"]


async def test_escape_in_a_filtered_table_clears_the_filter(tui_settings: Settings, other_client: OtherClient) -> None:
    for lead in SAMPLE_LEADS:
        await other_client.create_lead(*lead)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 4, "the leads")
        await pilot.press("ctrl+f", *"pune", "enter")
        await wait_until(pilot, lambda: table.row_count == 2, "the filter")
        assert app.focused is table
        await pilot.press("escape")  # the help: "escape … clear the filter"
        await wait_until(pilot, lambda: table.row_count == 4, "every lead back")
        assert table.filter_text == "" and not app.query_one("#lead-filter", Input).display
        assert app.focused is table
        await pilot.press("escape")  # unfiltered: back to the command line
        assert app.focused is app.query_one(CommandInput)


async def test_ctrl_o_after_a_lookup_opens_the_lead_it_answered_about(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    leads = [await other_client.create_lead(*lead) for lead in SAMPLE_LEADS]
    priya = leads[1]["lead_id"]
    await other_client.schedule_visit(priya, "2026-11-27T11:00:00+05:30")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local" and table.row_count == 4, "engine and leads")
        # Hidden by a filter, the lead is still the one the answer was about.
        await pilot.press("ctrl+f", *"delhi", "enter")
        await wait_until(pilot, lambda: table.row_count == 1, "the filter")
        await pilot.press("ctrl+g")
        await type_command(pilot, "when is Priya's visit")
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail")
        assert isinstance(app.screen, LeadDetailScreen) and app.screen.lead_id == priya


async def test_a_follow_up_question_is_shown_as_a_question(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        await type_command(pilot, "Create a lead for Meera, phone 12345")
        await wait_until(pilot, lambda: pane.turns == 2, "the question")
        text = " ".join(strip.text.rstrip() for strip in app.query_one(RichLog).lines)
        assert "What is Meera's phone number?" in text
        assert "VALIDATION_ERROR" not in text  # no error badge on a question
        assert not [n for n in app._notifications if n.title == "Not done"]
        # The record keeps the error's type for whoever reads the JSON.
        turn = pane.entries[-1]
        assert turn.result is not None and turn.result.error is not None
        assert turn.result.to_json()["error"]["type"] == "VALIDATION_ERROR"
        tools = app.query_one(ToolCallsPane)
        tools.table.move_cursor(row=tools.table.row_count - 1)
        record = tools.selected_json()
        assert record is not None and record["result"]["error"]["type"] == "VALIDATION_ERROR"


async def test_a_dashboard_takes_over_when_the_crm_it_followed_stops(tmp_path: Path) -> None:
    # The CRM another dashboard ran inside itself: that dashboard quits, and the CRM with it.
    data_dir = tmp_path / "crm_data"
    first = EmbeddedServer(data_dir=data_dir, host="127.0.0.1", port=free_port(), log_format="quiet")
    await first.start()
    client = OtherClient(first.url)
    try:
        await client.create_lead(*SAMPLE_LEADS[0])
    finally:
        await client.close()
    settings = settings_for(first.url, data_dir)
    app = make_app(settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 1, "the leads")
        assert app.embedded_server is None  # it followed the other dashboard's CRM
        await first.stop()
        await wait_until(pilot, lambda: app.embedded_server is not None, "a CRM started here", limit_s=30)
        await wait_until(pilot, lambda: app.crm_state == "connected", "the feed back", limit_s=30)
        await wait_until(pilot, lambda: app.engine_label == "local", "the engine")
        # The same data: a new lead joins the one that was there.
        await type_command(pilot, "Create a lead for Kabir Rao, phone 9000000001, from Jaipur")
        await wait_until(pilot, lambda: table.row_count == 2, "the new lead from the CRM started here")
        assert any("started one here on the same data" in n.message for n in app._notifications)
