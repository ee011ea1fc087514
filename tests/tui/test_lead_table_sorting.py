"""Sorting the lead table: by the moment for times, kept in order as live leads arrive (one by one or in
a burst), from the top when nobody moved the cursor, and from the command palette by name."""

from __future__ import annotations

import asyncio

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.widgets.lead_table import LeadTable
from tests.tui.conftest import (
    PEOPLE,
    OtherClient,
    fixed_clock,
    names_in_order,
    wait_until,
)


async def test_sorting_by_changed_goes_by_the_moment_not_the_text(tui_settings: Settings) -> None:
    # "Changed" shows 09:30 for today and "24 Nov" before: as text, today's changes sorted before
    # last year's and "24 Nov" after "10:30".
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded, "the (empty) lead list")
        stamps = {
            "Today Early": "2026-11-25T04:00:00.000+00:00",
            "Yesterday": "2026-11-24T10:00:00.000+00:00",
            "Today Later": "2026-11-25T05:00:00.000+00:00",
            "Last Year": "2025-12-01T10:00:00.000+00:00",
        }
        table.add_page(
            [
                {"lead_id": f"id-{n}", "name": name, "phone": "9123400000", "city": "Pune", "status": "NEW",
                 "created_at": stamp, "updated_at": stamp}
                for n, (name, stamp) in enumerate(stamps.items())
            ]
        )
        assert [str(table.get_row_at(i)[6]) for i in range(4)] == ["9:30 AM", "24 Nov", "10:30 AM", "Dec 2025"]
        table.sort_by("updated")
        assert [str(table.get_row_at(i)[0]) for i in range(4)] == ["Last Year", "Yesterday", "Today Early", "Today Later"]
        table.sort_by("updated")  # again: newest first
        assert [str(table.get_row_at(i)[0]) for i in range(4)] == ["Today Later", "Today Early", "Yesterday", "Last Year"]


async def test_a_sorted_table_keeps_live_leads_in_order(tui_settings: Settings, other_client: OtherClient) -> None:
    # Sorted by name, a colleague's new lead went to the bottom; sorted by next visit, a lead given a
    # visit stayed where it was. Now each goes to its place, and the cursor stays on its lead.
    for name in ("Bala Krishnan", "Dev Anand", "Farah Khan", "Hari Nair"):
        await other_client.create_lead(name, f"91234{len(name):05d}", "Pune")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 4, "the leads")
        table.focus()
        await pilot.press(">")  # by name
        await pilot.press("down", "down")
        assert names_in_order(table) == ["Bala Krishnan", "Dev Anand", "Farah Khan", "Hari Nair"]
        farah = table.selected_lead_id()
        assert farah is not None and table.leads[farah]["name"] == "Farah Khan"

        await other_client.create_lead("Asha Menon", "9123400021", "Goa")
        await other_client.create_lead("Zoya Akhtar", "9123400022", "Goa")
        await other_client.create_lead("Esha Deol", "9123400023", "Goa")
        await wait_until(pilot, lambda: table.row_count == 7, "the colleague's leads")
        assert names_in_order(table) == [
            "Asha Menon", "Bala Krishnan", "Dev Anand", "Esha Deol", "Farah Khan", "Hari Nair", "Zoya Akhtar"
        ]
        assert table.selected_lead_id() == farah  # two rows above it: the cursor moved with its lead

        await pilot.press("<")  # reversed: Z first; a new lead still goes to its place
        await other_client.create_lead("Gita Rao", "9123400024", "Goa")
        await wait_until(pilot, lambda: table.row_count == 8, "one more lead")
        assert names_in_order(table)[:4] == ["Zoya Akhtar", "Hari Nair", "Gita Rao", "Farah Khan"]

        # By next visit: a visit booked for the last lead brings it to the top.
        table.sort_by("next")
        hari = next(key for key, lead in table.leads.items() if lead["name"] == "Hari Nair")
        dev = next(key for key, lead in table.leads.items() if lead["name"] == "Dev Anand")
        await other_client.schedule_visit(dev, "2026-11-28T10:00:00+05:30")
        await other_client.schedule_visit(hari, "2026-11-26T10:00:00+05:30")
        await wait_until(pilot, lambda: hari in table.next_visits and dev in table.next_visits, "the visits")
        assert names_in_order(table)[:2] == ["Hari Nair", "Dev Anand"]
        assert table.selected_lead_id() == farah

        # By last change, newest first: a status change brings the lead to the top.
        table.sort_by("updated")
        table.sort_by("updated")
        bala = next(key for key, lead in table.leads.items() if lead["name"] == "Bala Krishnan")
        assert names_in_order(table)[0] != "Bala Krishnan"
        await other_client.set_status(bala, "WON")
        await wait_until(pilot, lambda: str(table.get_cell(bala, "status")) == "WON", "the status change")
        assert names_in_order(table)[0] == "Bala Krishnan"
        assert table.selected_lead_id() == farah


async def test_a_burst_of_live_leads_under_a_sort_ends_in_order(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # A colleague importing leads through the API while the table is sorted: more than a few changes
    # in half a second are sorted in one go (placing each one at 100,000 rows cost up to 80 ms).
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded, "the (empty) lead list")
        table.sort_by("name")
        table.sort_by("name")  # Z to A
        resorts: list[int] = []
        resort = table._resort_after_burst
        table._resort_after_burst = lambda: (resorts.append(table.row_count), resort())[1]  # type: ignore[method-assign]
        await asyncio.gather(
            *(other_client.create_lead(PEOPLE[i], f"98000000{i:02d}", "Pune") for i in range(60))
        )
        await wait_until(pilot, lambda: table.row_count == 60, "the imported leads")
        expected = sorted(PEOPLE, key=str.casefold, reverse=True)
        await wait_until(pilot, lambda: names_in_order(table) == expected, "the table in order after the burst")
        assert resorts, "the burst was placed row by row, not sorted once"


async def test_a_sort_from_the_top_shows_the_top(tui_settings: Settings, other_client: OtherClient) -> None:
    # Sorting kept the cursor on its lead even when nobody had moved it: sorted by next visit, the
    # view jumped to wherever the first-loaded lead landed (the middle of 100,000) instead of the
    # soonest visits. From the top row, the table now stays at the top.
    for i in range(60):
        await other_client.create_lead(PEOPLE[59 - i], f"98000000{i:02d}", "Pune")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 60, "the leads")
        first = names_in_order(table)[0]
        table.focus()
        await pilot.press(">")  # by name
        await pilot.pause()
        assert table.cursor_row == 0 and table.scroll_y == 0
        assert names_in_order(table)[0] == sorted(PEOPLE, key=str.casefold)[0] != first
        # A cursor the person moved stays with its lead, as before.
        await pilot.press("down", "down", "down")
        chosen = table.selected_lead_id()
        await pilot.press("<")
        assert table.selected_lead_id() == chosen


async def test_the_palette_sorts_the_leads(tui_settings: Settings, other_client: OtherClient) -> None:
    # s, S and a header click had no entry in the command palette ("sort" found nothing).
    for name in ("Dev Anand", "Asha Menon", "Bala Krishnan"):
        await other_client.create_lead(name, f"91234{len(name):05d}", "Pune")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 3, "the leads")
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Sort leads by name", "Sort leads by next visit", "Sort leads by changed"} <= set(titles)
        await pilot.press("ctrl+p")
        await pilot.press(*"sort leads by name")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_until(pilot, lambda: table.sort_key == "name", "the sort")
        assert names_in_order(table) == ["Asha Menon", "Bala Krishnan", "Dev Anand"]
