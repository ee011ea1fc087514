"""What a sales person who lives in the dashboard all day expects, found by using it in tmux at 80x24.

Each test is one friction from that day: the lead a command acted on is the one under the cursor (so
ctrl+o opens it, even at row 60 of a table six rows high), the question the assistant asked stays in
sight on the command line while it waits for the answer, and a table still loading says so.
"""

from __future__ import annotations

import asyncio
from typing import Any

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import OtherClient, fixed_clock, type_command, wait_until

FIRST = ("Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Kabir", "Reyansh", "Krishna", "Ishaan", "Shaurya")
LAST = ("Mehta", "Kapoor", "Joshi", "Reddy", "Bose", "Das")
# Sixty different people: names with digits in them are no names to the parser.
PEOPLE = [f"{first} {last}" for last in LAST for first in FIRST]


def row_on_screen(table: LeadTable, lead_id: str) -> bool:
    """The lead's row is inside the table's visible body (not scrolled out of sight)."""
    row = table.get_row_index(lead_id)
    top = int(table.scroll_y)
    visible = table.scrollable_content_region.height - table.header_height
    return top <= row < top + visible


async def test_the_lead_a_command_acted_on_is_selected_and_in_sight(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # Sixty leads: at 80x24 the table shows six, so a new lead lands far out of sight.
    for start in range(0, 60, 20):
        await asyncio.gather(
            *(other_client.create_lead(PEOPLE[i], f"98000000{i:02d}", "Pune") for i in range(start, start + 20))
        )
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local" and table.row_count == 60, "engine and leads")
        assert table.cursor_row == 0

        await type_command(pilot, "Create a lead for Zara Khan, phone 9123400001, from Jaipur")
        await wait_until(pilot, lambda: table.row_count == 61, "the new lead")
        new_id = next(key for key, lead in table.leads.items() if lead["name"] == "Zara Khan")
        await wait_until(pilot, lambda: table.selected_lead_id() == new_id, "the new lead under the cursor")
        await pilot.pause()
        assert row_on_screen(table, new_id)
        assert app.focused is app.query_one(CommandInput)  # the person goes on typing

        # A lookup of one lead selects it too, and ctrl+o then opens that lead.
        await type_command(pilot, "show me Arjun Joshi")
        await wait_until(pilot, lambda: pane.turns == 4, "the lookup's answer")
        arjun = next(key for key, lead in table.leads.items() if lead["name"] == "Arjun Joshi")
        await wait_until(pilot, lambda: table.selected_lead_id() == arjun, "the looked-up lead under the cursor")
        await pilot.pause()
        assert row_on_screen(table, arjun)
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        assert isinstance(app.screen, LeadDetailScreen) and app.screen.lead_id == arjun
        await pilot.press("escape")

        # A status change by name moves the cursor to that lead as well.
        await type_command(pilot, "mark Kabir Bose as won")
        await wait_until(pilot, lambda: pane.turns == 6, "the update's answer")
        kabir = next(key for key, lead in table.leads.items() if lead["name"] == "Kabir Bose")
        await wait_until(pilot, lambda: table.selected_lead_id() == kabir, "the updated lead under the cursor")

        # A lead a colleague creates meanwhile does not move the cursor: only the person's own commands do.
        await other_client.create_lead("Colleague Lead", "9123400002", "Goa")
        await wait_until(pilot, lambda: table.row_count == 62, "the colleague's lead")
        await pilot.pause(0.1)
        assert table.selected_lead_id() == kabir


async def test_the_pending_question_stays_on_the_command_line(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.query_one(CommandInput)
        pane = app.query_one(TranscriptPane)
        default = box.placeholder
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")

        await type_command(pilot, "add lead Amit Verma from Noida")
        await wait_until(pilot, lambda: pane.turns == 2, "the question")
        # At 80x24 the transcript has six lines: a long answer scrolls the question away. The input
        # keeps it, with the way out.
        assert "What is Amit's phone number?" in box.placeholder
        assert "cancel" in box.placeholder
        assert box.value == ""

        await type_command(pilot, "9811122233")
        await wait_until(pilot, lambda: pane.turns == 4, "the lead created")
        assert box.placeholder == default

        # Cancelled, the question goes too.
        await type_command(pilot, "schedule a visit for Amit")
        await wait_until(pilot, lambda: pane.turns == 6, "the visit question")
        assert "When should the visit with Amit be?" in box.placeholder
        await type_command(pilot, "cancel")
        await wait_until(pilot, lambda: pane.turns == 8, "the cancel")
        assert box.placeholder == default


async def test_the_table_says_it_is_still_loading(tui_settings: Settings, other_client: OtherClient) -> None:
    await asyncio.gather(*(other_client.create_lead(f"Person {i:02d}", f"98000000{i:02d}", "Pune") for i in range(12)))
    app = make_app(tui_settings, clock=fixed_clock)
    # Pages of 5 and a gate before the last one: the count on screen is not yet the total.
    gate = asyncio.Event()
    real_page = app.reader.leads_page

    async def gated_page(cursor: str | None = None, limit: int = 500) -> Any:
        leads, next_cursor = await real_page(cursor, limit=5)
        if next_cursor is None:
            await gate.wait()
        return leads, next_cursor

    app.reader.leads_page = gated_page  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 10, "two pages")
        await pilot.pause()
        title = str(app.query_one("#leads-pane").border_title)
        assert title.startswith("Leads 10") and "loading" in title
        gate.set()
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 12, "the last page")
        assert str(app.query_one("#leads-pane").border_title) == "Leads 12"
