"""The lead table, live: leads from another client appear, rows change in place, filter, sort, detail."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp import web
from textual.widgets import DataTable, Input

from crm_server.embedded import EmbeddedServer
from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets.lead_table import LeadTable
from tests.tui.conftest import SAMPLE_LEADS, OtherClient, fixed_clock, free_port, settings_for, wait_until


def names(table: LeadTable) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_leads_load_at_start_in_pages(tui_settings: Settings, other_client: OtherClient) -> None:
    # 520 leads: more than one 500-lead page, so the loader must follow next_cursor.
    for start in range(0, 520, 40):
        await asyncio.gather(
            *(other_client.create_lead(f"Person {i:03d}", f"9{i:09d}", "Pune") for i in range(start, start + 40))
        )
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 520 and app.leads_loaded, "all 520 leads")
        assert app.query_one("#leads-pane").border_title == "Leads 520"
        assert app.focused is app.query_one("#command")

        # Paging through the big table: the cursor moves a screenful, and the row under the cursor
        # is the lead that Enter would open.
        table.focus()
        await pilot.press("pagedown")
        assert table.cursor_row > 10
        await pilot.press("pagedown", "pageup", "down")
        row = table.cursor_row
        assert names(table)[row] == table.leads[table.selected_lead_id() or ""]["name"]
        await pilot.press("ctrl+end")
        assert table.cursor_row == 519
        assert table.leads[table.selected_lead_id() or ""]["name"] == names(table)[519]


async def test_a_long_load_in_slices_ends_with_every_row_in_reach(tui_settings: Settings) -> None:
    # Rows appended out of sight update the table's height (the scrollbar) at most every 0.25 s
    # rather than after every slice: once the slices stop, every row is in reach, and the last one
    # scrolls into view.
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded, "the (empty) lead list")
        for start in range(0, 5000, 250):  # as the leads pane hands a page over, a slice at a time
            table.add_page([{"lead_id": f"id-{i}", "name": f"Person {i:04d}", "phone": f"9{i:09d}", "city": "Pune",
                             "status": "NEW"} for i in range(start, start + 250)])
            await asyncio.sleep(0.003)
        await wait_until(pilot, lambda: table.virtual_size.height == 5000 + 1, "the table's height to take every row")
        table.focus()
        await pilot.press("ctrl+end")
        assert table.cursor_row == 4999
        await wait_until(pilot, lambda: table.scroll_offset.y + table.scrollable_content_region.height > 4999,
                         "the last row in view")
        assert names(table)[4999] == "Person 4999"


async def test_lead_from_another_client_appears_and_changes_in_place(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
        first = await other_client.create_lead(*SAMPLE_LEADS[0])
        second = await other_client.create_lead(*SAMPLE_LEADS[1])
        await wait_until(pilot, lambda: table.row_count == 2, "two leads from the other client")
        assert names(table) == ["Rohan Sharma", "Priya Nair"]
        assert str(table.get_cell(first["lead_id"], "status")) == "NEW"

        # Put the cursor on the second row; a change to the first must not move it.
        table.focus()
        await pilot.press("down")
        assert table.cursor_row == 1
        await other_client.set_status(first["lead_id"], "WON", "signed")
        await wait_until(pilot, lambda: str(table.get_cell(first["lead_id"], "status")) == "WON", "the status change")
        assert table.cursor_row == 1
        assert table.selected_lead_id() == second["lead_id"]


async def test_filter_and_sort(tui_settings: Settings, other_client: OtherClient) -> None:
    for lead in SAMPLE_LEADS:
        await other_client.create_lead(*lead)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 4, "the four leads")

        await pilot.press("ctrl+f")
        assert app.focused is app.query_one("#lead-filter", Input)
        await pilot.press(*"pune")
        await wait_until(pilot, lambda: table.row_count == 2, "the filter to apply")
        assert sorted(names(table)) == ["Priya Nair", "Sneha Iyer"]
        assert "2 of 4" in str(app.query_one("#leads-pane").border_title)
        await pilot.press("enter")
        assert app.focused is table
        # `/` from the table goes back to the filter, as in less or vim.
        await pilot.press("slash")
        assert app.focused is app.query_one("#lead-filter", Input)
        await pilot.press("enter")
        assert app.focused is table and table.filter_text == "pune"

        # A lead that matches the filter arrives live; one that does not stays out.
        await other_client.create_lead("Kabir Rao", "9000000001", "Pune", "Website")
        await other_client.create_lead("Meera Das", "9000000002", "Kolkata", "Website")
        await wait_until(pilot, lambda: table.known_count == 6, "both new leads")
        assert sorted(names(table)) == ["Kabir Rao", "Priya Nair", "Sneha Iyer"]

        # A click on the Name header sorts by name; `<` reverses; the cursor stays on the lead the
        # person moved it to (one nobody moved stays on the top row: test_lead_table_sorting).
        table.move_cursor(row=names(table).index("Sneha Iyer"))
        assert table.cursor_row > 0
        name_x = 2
        assert await pilot.click(LeadTable, offset=(name_x, 0))
        await pilot.pause()
        assert table.sort_key == "name"
        assert names(table) == ["Kabir Rao", "Priya Nair", "Sneha Iyer"]
        assert names(table)[table.cursor_row] == "Sneha Iyer"
        await pilot.press("<")
        assert names(table) == ["Sneha Iyer", "Priya Nair", "Kabir Rao"]
        # `>` steps to the next column (phone).
        await pilot.press(">")
        assert table.sort_key == "phone"
        assert names(table) == ["Sneha Iyer", "Kabir Rao", "Priya Nair"]  # 887…, 900…, 912…

        # Clearing the filter brings every lead back.
        await pilot.press("ctrl+f", *["backspace"] * 4, "enter")
        await wait_until(pilot, lambda: table.row_count == 6, "the filter to clear")


async def test_detail_screen_and_back(tui_settings: Settings, other_client: OtherClient) -> None:
    lead = await other_client.create_lead(*SAMPLE_LEADS[1])
    await other_client.create_lead(*SAMPLE_LEADS[2])
    await other_client.schedule_visit(lead["lead_id"], "2026-11-26T15:00:00+05:30", "site visit")
    await other_client.set_status(lead["lead_id"], "IN_PROGRESS", "called back")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 2, "the leads")
        table.focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None, "the lead to load")
        assert screen.lead_id == lead["lead_id"]
        visits = screen.query_one("#detail-visits", DataTable)
        history = screen.query_one("#detail-history", DataTable)
        assert visits.row_count == 1 and "Thu 26 Nov 2026 3:00 PM" in str(visits.get_row_at(0)[0])
        assert [str(history.get_row_at(i)[1]) for i in range(history.row_count)] == ["NEW → IN_PROGRESS"]
        assert "called back" in str(history.get_row_at(0)[2])

        # The detail is live too: a change by another client shows without a key press.
        await other_client.set_status(lead["lead_id"], "WON")
        await wait_until(pilot, lambda: history.row_count == 2, "the new status in the history")

        await pilot.press("escape")
        assert not isinstance(app.screen, LeadDetailScreen)
        assert table.selected_lead_id() == lead["lead_id"]
        assert str(table.get_cell(lead["lead_id"], "status")) == "WON"


async def test_crm_down_shows_and_recovers(crm_server: EmbeddedServer, tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock, start_embedded=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected", "the first connection")
        port = crm_server.port
        await crm_server.stop()
        await wait_until(pilot, lambda: app.crm_state in ("reconnecting", "down"), "the status to show the outage")
        await wait_until(pilot, lambda: app.crm_state == "down", "the status to say down")
        status_text = str(app.query_one("#status").render())
        assert "CRM down" in status_text

        restarted = EmbeddedServer(data_dir=crm_server.data_dir, port=port, log_format="quiet")
        await restarted.start()
        try:
            await wait_until(pilot, lambda: app.crm_state == "connected", "the reconnection")
            # Live again: a lead created now shows up.
            client = OtherClient(restarted.url)
            await client.create_lead(*SAMPLE_LEADS[3])
            await client.close()
            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: "Sneha Iyer" in names(table), "a lead after recovery")
        finally:
            await restarted.stop()


async def test_names_with_brackets_are_shown_as_typed(tui_settings: Settings, other_client: OtherClient) -> None:
    # Any client may call a lead "Bob [/]". Textual reads a str cell as Rich markup, and that name
    # once stopped the dashboard with a MarkupError, at every start while the lead existed.
    odd = await other_client.create_lead("Bob [/]", "9700000002", "[red]Goa", "[b]Web")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the lead loaded at start")
        live = await other_client.create_lead("[/] Ann", "9700000003", "Pune")
        await wait_until(pilot, lambda: table.row_count == 2, "the lead from the feed")
        await pilot.pause()
        assert app.is_running
        shown = [[str(cell) for cell in table.get_row_at(i)] for i in range(2)]
        assert shown[0][:4] == ["Bob [/]", "9700000002", "[red]Goa", "[b]Web"]
        assert shown[1][0] == "[/] Ann"
        # On screen, not only in the model: the rendered table has the brackets.
        assert "Bob [/]" in "".join(segment.text for segment in table.render_line(1))

        # A filter with brackets, and the detail of the odd lead.
        await pilot.press("ctrl+f", *"[/]")
        await wait_until(pilot, lambda: table.row_count == 2 and table.filter_text == "[/]", "the filter")
        assert "[/]" in str(app.query_one("#leads-pane").border_title)
        await pilot.press("enter")
        table.move_cursor(row=table.get_row_index(odd["lead_id"]))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None, "the lead")
        await pilot.pause()
        assert app.is_running and live["lead_id"] in table.leads
        history = screen.query_one("#detail-history", DataTable)
        assert [str(cell) for cell in history.get_row_at(0)] == ["no status changes yet", "", "", ""]


async def test_escape_and_typing_from_the_table_lead_back_to_the_input(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    for lead in SAMPLE_LEADS:
        await other_client.create_lead(*lead)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        box = app.query_one("#command", Input)
        await wait_until(pilot, lambda: table.row_count == 4, "the leads")
        # Escape in the filter cancels it: every lead back, the box gone, the table focused.
        await pilot.press("ctrl+f", *"pune")
        await wait_until(pilot, lambda: table.row_count == 2, "the filter")
        await pilot.press("escape")
        await wait_until(pilot, lambda: table.row_count == 4, "the filter to clear")
        assert table.filter_text == "" and not app.query_one("#lead-filter").display
        assert app.focused is table

        # Letters typed in the table start a command instead of being lost; > sorts.
        await pilot.press(">")
        assert table.sort_key == "name" and box.value == ""
        await pilot.press(*"mark")
        assert app.focused is box and box.value == "mark"

        # Escape from a pane goes back to the command line too.
        table.focus()
        await pilot.press("escape")
        assert app.focused is box


async def test_a_port_taken_by_something_else_is_said_and_followed(tmp_path: Path) -> None:
    # Something that is not the CRM answers at the local URL (404 to everything), so no CRM can be
    # started there: the dashboard says what to do and shows the CRM as down instead of "connecting".
    port = free_port()
    runner = web.AppRunner(web.Application())
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        app = make_app(settings_for(f"http://127.0.0.1:{port}", tmp_path / "crm_data"), clock=fixed_clock)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: app.crm_state in ("reconnecting", "down"), "the CRM shown as not there")
            told = [n for n in app._notifications if "none could be started here" in n.message]
            assert told and told[0].severity == "error" and "CRM_BASE_URL" in told[0].message
            assert app.embedded_server is None
            assert app.focused is app.query_one("#command", Input)
    finally:
        await runner.cleanup()


async def test_a_crm_that_is_not_there_is_said_in_words(tmp_path: Path) -> None:
    # Nothing listens at the URL and the dashboard may not start its own (as with a remote URL).
    url = f"http://127.0.0.1:{free_port()}"
    app = make_app(settings_for(url, tmp_path / "crm_data"), clock=fixed_clock, start_embedded=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "down", "the status to say down")
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Could not load the leads") and "nothing answers there" in m for m in messages), messages
        assert any(m.startswith(f"The CRM at {url} is not answering") for m in messages), messages
