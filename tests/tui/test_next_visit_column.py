"""Each lead's next visit: in the table's "Next visit" column and on the detail, and giving way as the
day goes by (an 11:00 visit is not "next" after 11:00)."""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable, Static

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets import lead_table
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import (
    FIXED_NOW,
    OtherClient,
    as_text,
    fixed_clock,
    type_command,
    wait_until,
)


async def test_the_table_shows_each_leads_next_visit(tui_settings: Settings, other_client: OtherClient) -> None:
    # The fixed clock is Wed 25 Nov 2026 10:30 AM IST.
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    bala = await other_client.create_lead("Bala Krishnan", "9123400012", "Chennai")
    await other_client.create_lead("Chitra Rao", "9123400013", "Mysore")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-27T15:00:00+05:30")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-26T11:00:00+05:30", "site visit")
    await other_client.schedule_visit(bala["lead_id"], "2026-11-20T11:00:00+05:30")  # last week: not next
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local" and app.leads_loaded, "engine and leads")
        # The earliest visit still to come, in a few characters: a weekday this week, a date after.
        await wait_until(pilot, lambda: str(table.get_cell(asha["lead_id"], "next")) == "Thu 11:00 AM", "Asha's next visit")
        assert str(table.get_cell(bala["lead_id"], "next")) == ""

        # A visit typed here, and one a colleague schedules, reach the row through the feed.
        await type_command(pilot, "schedule a visit for Bala Krishnan tomorrow at 4pm")
        await wait_until(pilot, lambda: pane.turns == 2, "the visit")
        await wait_until(pilot, lambda: str(table.get_cell(bala["lead_id"], "next")) == "Thu 4:00 PM", "Bala's visit")
        dev = await other_client.create_lead("Dev Anand", "9123400014", "Goa")
        await other_client.schedule_visit(dev["lead_id"], "2026-12-10T10:00:00+05:30")
        await wait_until(pilot, lambda: dev["lead_id"] in table.rows, "the colleague's lead")
        await wait_until(pilot, lambda: str(table.get_cell(dev["lead_id"], "next")) == "10 Dec", "Dev's visit")
        # A later visit does not replace an earlier one.
        await other_client.schedule_visit(asha["lead_id"], "2026-11-30T12:00:00+05:30")
        await pilot.pause(0.3)
        assert str(table.get_cell(asha["lead_id"], "next")) == "Thu 11:00 AM"

        # Sorted by next visit: soonest first (by time, not by the text shown), leads without one last;
        # the header says so (its arrow used to be cut off: the header is wider than its cells).
        table.sort_by("next")
        column = table.columns["next"]  # type: ignore[index]
        assert column.label.plain == "Next visit ▲" and column.content_width >= len("Next visit ▲")
        order = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert order == ["Asha Menon", "Bala Krishnan", "Dev Anand", "Chitra Rao"]


async def test_the_detail_shows_the_next_visit_and_which_are_past(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-27T15:00:00+05:30")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-20T11:00:00+05:30", "first look")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-26T11:00:00+05:30", "site visit")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the lead")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None, "the lead to load")
        fields = as_text(screen.query_one("#detail-fields", Static).content)
        assert "Next visit" in fields and "Thu 26 Nov 2026 11:00 AM" in fields and "tomorrow" in fields
        visits = screen.query_one("#detail-visits", DataTable)
        when = [str(visits.get_row_at(i)[0]) for i in range(visits.row_count)]
        # In time order, the past one said to be past and the next one marked.
        assert when == ["Fri 20 Nov 2026 11:00 AM (past)", "Thu 26 Nov 2026 11:00 AM (next)", "Fri 27 Nov 2026 3:00 PM"]


async def test_a_next_visit_that_has_passed_gives_way_over_the_day(
    tui_settings: Settings, other_client: OtherClient, monkeypatch: Any
) -> None:
    # Left open all day, the 11:00 visit stayed "next" in the row and in the detail until a restart.
    # The clock moves here as the day does; the check that follows it runs every 0.1 s instead of 60.
    monkeypatch.setattr(lead_table, "VISIT_CHECK_S", 0.1)
    now = [FIXED_NOW]  # Wed 25 Nov 2026 10:30 AM IST
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    bala = await other_client.create_lead("Bala Krishnan", "9123400012", "Chennai")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-26T15:00:00+05:30", "second look")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-25T11:00:00+05:30", "site visit")
    await other_client.schedule_visit(bala["lead_id"], "2026-11-25T12:00:00+05:30")
    app = make_app(tui_settings, clock=lambda: now[0])
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)

        def next_of(lead: dict[str, Any]) -> str:
            return str(table.get_cell(lead["lead_id"], "next")) if lead["lead_id"] in table.rows else "?"

        await wait_until(pilot, lambda: next_of(asha) == "Wed 11:00 AM" and next_of(bala) == "Wed 12:00 PM", "the visits")
        table.sort_by("next")
        assert [str(table.get_row_at(i)[0]) for i in range(2)] == ["Asha Menon", "Bala Krishnan"]
        table.show_lead(asha["lead_id"])
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None, "the lead to load")

        def detail() -> tuple[str, list[str]]:
            visits = screen.query_one("#detail-visits", DataTable)
            fields = as_text(screen.query_one("#detail-fields", Static).content)
            return fields, [str(visits.get_row_at(i)[0]) for i in range(visits.row_count)]

        assert "Wed 25 Nov 2026 11:00 AM · today" in detail()[0]

        # 11:00 itself: still the visit to go to.
        now[0] = FIXED_NOW.replace(hour=11, minute=0)
        await pilot.pause(0.4)
        assert next_of(asha) == "Wed 11:00 AM"
        # 11:01: Asha's next is tomorrow's, in the row and the open detail; Bala's noon visit is untouched.
        now[0] = FIXED_NOW.replace(hour=11, minute=1)
        await wait_until(pilot, lambda: next_of(asha) == "Thu 3:00 PM", "Asha's visit to pass")
        assert next_of(bala) == "Wed 12:00 PM"
        await wait_until(pilot, lambda: "Thu 26 Nov 2026 3:00 PM · tomorrow" in detail()[0], "the detail to follow")
        assert detail()[1] == ["Wed 25 Nov 2026 11:00 AM (past)", "Thu 26 Nov 2026 3:00 PM (next)"]
        # The sort by next visit follows: Bala's noon visit is now the soonest.
        await pilot.press("escape")
        assert [str(table.get_row_at(i)[0]) for i in range(2)] == ["Bala Krishnan", "Asha Menon"]

        # Past every visit: nothing left to show, and leads without a visit sort last as before.
        now[0] = FIXED_NOW.replace(day=26, hour=16, minute=0)
        await wait_until(pilot, lambda: next_of(asha) == "" and next_of(bala) == "", "every visit to pass")
        assert table.next_visits == {}


async def test_a_visit_at_midnight_reads_the_same_in_the_table_the_agenda_and_the_detail(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # One clock across the dashboard: the table said "Thu 00:00" where the agenda said "12:00 AM".
    from crm_tui.widgets.agenda import AgendaPane
    from tests.tui.test_glance import drawn_lines

    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-26T00:00:00+05:30")  # tomorrow, midnight
    await other_client.schedule_visit(asha["lead_id"], "2026-11-27T13:05:00+05:30")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        agenda = app.query_one("#agenda", AgendaPane)
        await wait_until(pilot, lambda: asha["lead_id"] in table.rows, "the lead")
        await wait_until(pilot, lambda: str(table.get_cell(asha["lead_id"], "next")) == "Thu 12:00 AM", "the visit")
        await wait_until(pilot, lambda: agenda.loaded, "the agenda")
        await pilot.pause()
        assert any(row.startswith("12:00 AM") and "Asha Menon" in row for row in drawn_lines(agenda.days_view))
        table.focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail")
        visits = app.screen.query_one("#detail-visits", DataTable)
        await wait_until(pilot, lambda: visits.row_count == 2, "the visits")
        assert [as_text(visits.get_row_at(i)[0]).strip() for i in range(2)] == [
            "Thu 26 Nov 2026 12:00 AM (next)", "Fri 27 Nov 2026 1:05 PM"]
