"""Visits change: a colleague cancels one or moves it, and the dashboard follows.

Before, a cancelled visit stayed the lead's "Next visit" until its time passed, and a moved one showed
its old time (the feed's `visit.status_changed` was ignored). A real CRM on loopback; the changes are
made by another client through the HTTP API and reach the dashboard only through the change feed.
The fixed clock is Wed 25 Nov 2026 10:30 AM IST.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from textual.widgets import DataTable, Static

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets.lead_table import LeadTable
from tests.tui.conftest import OtherClient, as_text, fixed_clock, wait_until


async def cancel(client: OtherClient, visit: dict[str, Any], notes: str | None = None) -> dict[str, Any]:
    async with client.session.post(
        f"{client.base_url}/crm/visits/{visit['visit_id']}/cancel", json={"notes": notes} if notes else {}
    ) as resp:
        answer: dict[str, Any] = await resp.json(content_type=None)
        assert resp.status == 200, answer
        return answer


async def move(client: OtherClient, visit: dict[str, Any], visit_time: str) -> dict[str, Any]:
    body = {"lead_id": visit["lead_id"], "visit_time": visit_time, "replaces": visit["visit_id"]}
    async with client.session.post(f"{client.base_url}/crm/visits", json=body) as resp:
        answer: dict[str, Any] = await resp.json(content_type=None)
        assert resp.status == 200, answer
        return answer


def next_of(table: LeadTable, lead: dict[str, Any]) -> str:
    return str(table.get_cell(lead["lead_id"], "next")) if lead["lead_id"] in table.rows else "?"


def names_in_order(table: LeadTable) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_a_cancelled_next_visit_gives_way_to_the_following_one(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    bala = await other_client.create_lead("Bala Krishnan", "9123400012", "Chennai")
    chitra = await other_client.create_lead("Chitra Rao", "9123400013", "Mysore")
    dev = await other_client.create_lead("Dev Anand", "9123400014", "Goa")
    thursday = await other_client.schedule_visit(asha["lead_id"], "2026-11-26T11:00:00+05:30", "site visit")
    friday = await other_client.schedule_visit(asha["lead_id"], "2026-11-27T15:00:00+05:30")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-30T12:00:00+05:30")
    balas = await other_client.schedule_visit(bala["lead_id"], "2026-11-26T12:00:00+05:30")
    # Changed before the dashboard starts: its first load of the visits must leave these out.
    await cancel(other_client, await other_client.schedule_visit(chitra["lead_id"], "2026-11-26T09:00:00+05:30"))
    await move(other_client, await other_client.schedule_visit(dev["lead_id"], "2026-11-25T16:00:00+05:30"),
               "2026-11-28T10:00:00+05:30")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: next_of(table, asha) == "Thu 11:00 AM" and next_of(table, dev) == "Sat 10:00 AM",
                         "the visits")
        assert next_of(table, bala) == "Thu 12:00 PM"
        assert next_of(table, chitra) == ""  # her only visit was cancelled: not "Thu 9:00 AM"
        table.sort_by("next")
        assert names_in_order(table) == ["Asha Menon", "Bala Krishnan", "Dev Anand", "Chitra Rao"]

        # A later visit cancelled: the next one stays; then the next one cancelled: the one after the
        # cancelled Friday (Monday's), and the sort follows.
        await cancel(other_client, friday, "duplicate")
        await cancel(other_client, thursday, "client travelling")
        await wait_until(pilot, lambda: next_of(table, asha) == "Mon 12:00 PM", "Asha's cancelled visit to leave")
        assert names_in_order(table) == ["Bala Krishnan", "Dev Anand", "Asha Menon", "Chitra Rao"]

        # The only visit cancelled: nothing left to show.
        await cancel(other_client, balas)
        await wait_until(pilot, lambda: next_of(table, bala) == "", "Bala's cancelled visit to leave")
        assert names_in_order(table)[:2] == ["Dev Anand", "Asha Menon"]  # leads without a visit last
        assert next_of(table, asha) == "Mon 12:00 PM" and next_of(table, dev) == "Sat 10:00 AM"


async def test_a_moved_visit_shows_its_new_time(tui_settings: Settings, other_client: OtherClient) -> None:
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    bala = await other_client.create_lead("Bala Krishnan", "9123400012", "Chennai")
    ashas = await other_client.schedule_visit(asha["lead_id"], "2026-11-26T11:00:00+05:30")
    await other_client.schedule_visit(asha["lead_id"], "2026-11-27T15:00:00+05:30")
    balas = await other_client.schedule_visit(bala["lead_id"], "2026-11-26T12:00:00+05:30")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: next_of(table, asha) == "Thu 11:00 AM" and next_of(table, bala) == "Thu 12:00 PM",
                         "the visits")
        # Bala's only visit moved to Saturday: the row says Saturday, not Thursday.
        moved = await move(other_client, balas, "2026-11-28T10:00:00+05:30")
        await wait_until(pilot, lambda: next_of(table, bala) == "Sat 10:00 AM", "Bala's moved visit")
        # Moved again, earlier: the newest time, whichever way it moves.
        await move(other_client, moved, "2026-11-25T17:00:00+05:30")
        await wait_until(pilot, lambda: next_of(table, bala) == "Wed 5:00 PM", "Bala's visit moved again")
        # Asha's Thursday visit moved past her Friday one: Friday's is now her next.
        await move(other_client, ashas, "2026-12-08T10:00:00+05:30")
        await wait_until(pilot, lambda: next_of(table, asha) == "Fri 3:00 PM", "Asha's moved visit")


async def test_the_detail_shows_cancelled_and_moved_visits_for_what_they_are(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    thursday = await other_client.schedule_visit(asha["lead_id"], "2026-11-26T11:00:00+05:30", "site visit")
    friday = await other_client.schedule_visit(asha["lead_id"], "2026-11-27T15:00:00+05:30", "3 BHK")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: next_of(table, asha) == "Thu 11:00 AM", "the lead and its visit")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None, "the lead to load")
        visits = screen.query_one("#detail-visits", DataTable)

        def rows() -> list[list[str]]:
            return [[str(cell) for cell in visits.get_row_at(i)[:3]] for i in range(visits.row_count)]

        def fields() -> str:
            return as_text(screen.query_one("#detail-fields", Static).content)

        assert rows()[0] == ["Thu 26 Nov 2026 11:00 AM (next)", "SCHEDULED", "site visit"]

        # Cancelled by a colleague while the detail is open: said so, with the reason, and the next
        # visit is Friday's, in the fields and in the list.
        await cancel(other_client, thursday, "client travelling")
        await wait_until(pilot, lambda: "Fri 27 Nov 2026 3:00 PM · in 2 days" in fields(), "the detail to follow")
        assert rows() == [
            ["Thu 26 Nov 2026 11:00 AM (cancelled)", "CANCELLED", "client travelling · site visit"],
            ["Fri 27 Nov 2026 3:00 PM (next)", "SCHEDULED", "3 BHK"],
        ]
        cancelled = visits.get_row_at(0)[0]
        console = Console(width=100, color_system="truecolor")
        assert any(segment.style is not None and segment.style.strike for segment in console.render(cancelled))

        # Friday's moved to Tuesday: the old one says where it went, the new one where it came from.
        await move(other_client, friday, "2026-12-01T10:00:00+05:30")
        await wait_until(pilot, lambda: visits.row_count == 3, "the moved visit")
        assert rows() == [
            ["Thu 26 Nov 2026 11:00 AM (cancelled)", "CANCELLED", "client travelling · site visit"],
            ["Fri 27 Nov 2026 3:00 PM (moved)", "MOVED", "moved to Tue 01 Dec 2026 10:00 AM · 3 BHK"],
            ["Tue 01 Dec 2026 10:00 AM (next)", "SCHEDULED", "moved here from Fri 27 Nov 2026 3:00 PM"],
        ]
        assert "Tue 01 Dec 2026 10:00 AM · in 6 days" in fields()
        await pilot.press("escape")
        assert next_of(table, asha) == "Tue 10:00 AM"


async def test_a_page_read_before_a_cancel_does_not_bring_the_visit_back(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # The dashboard loads visits a page at a time while the feed runs: a page the CRM answered just
    # before a cancel can be handled after the cancel's feed event. Its stale copy must not win.
    asha = await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    visit = await other_client.schedule_visit(asha["lead_id"], "2026-11-26T11:00:00+05:30")
    async with other_client.session.get(f"{other_client.base_url}/crm/visits") as resp:
        stale_page = (await resp.json())["visits"]
    assert [v["status"] for v in stale_page] == ["SCHEDULED"]
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: next_of(table, asha) == "Thu 11:00 AM", "the visit")
        await cancel(other_client, visit)
        await wait_until(pilot, lambda: next_of(table, asha) == "", "the cancel")
        for stale in stale_page:  # as load_visits hands a page to the table
            table.note_visit(stale, place=False)
        await pilot.pause()
        assert next_of(table, asha) == ""
