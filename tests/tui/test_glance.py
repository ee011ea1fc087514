"""The at-a-glance views in the real dashboard (Pilot) over a real CRM: the agenda (today and tomorrow,
the next visit highlighted with a countdown, following the feed), the pipeline screen (funnel, window
7/30/90, live recount), and the export of the lead table as shown."""

from __future__ import annotations

import asyncio
import csv
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.agenda import AgendaScreen
from crm_tui.screens.pipeline import PipelineScreen
from crm_tui.widgets import agenda as agenda_module
from crm_tui.widgets.agenda import AgendaPane, countdown
from crm_tui.widgets.lead_table import LeadTable
from tests.conftest import require_tools
from tests.tui.conftest import FIXED_NOW, OtherClient, fixed_clock, free_port, settings_for, wait_until


async def seed_day(client: OtherClient) -> dict[str, Any]:
    """Three leads and their visits around FIXED_NOW (Wednesday 25 November 2026, 10:30 in India)."""
    rohan = await client.create_lead("Rohan Sharma", "9876543210", "Gurgaon", "Instagram")
    priya = await client.create_lead("Priya Nair", "9123456780", "Pune", "Referral")
    amit = await client.create_lead("Amit Verma", "9988776655", "Delhi", "Website")
    return {
        "past": await client.schedule_visit(rohan["lead_id"], "2026-11-25T09:00:00+05:30", "met at the gate"),
        "next": await client.schedule_visit(priya["lead_id"], "2026-11-25T12:15:00+05:30", "3bhk, tower B"),
        "later": await client.schedule_visit(amit["lead_id"], "2026-11-25T17:00:00+05:30"),
        "tomorrow": await client.schedule_visit(rohan["lead_id"], "2026-11-26T11:00:00+05:30", "bring plans"),
        "after": await client.schedule_visit(amit["lead_id"], "2026-11-27T11:00:00+05:30"),  # not shown
        "leads": {"rohan": rohan, "priya": priya, "amit": amit},
    }


def test_countdown_reads_as_a_person_says_it() -> None:
    from datetime import timedelta

    assert countdown(FIXED_NOW + timedelta(minutes=105), FIXED_NOW) == "in 1 h 45 min"
    assert countdown(FIXED_NOW + timedelta(minutes=9, seconds=30), FIXED_NOW) == "in 9 min"
    assert countdown(FIXED_NOW + timedelta(seconds=20), FIXED_NOW) == "now"
    assert countdown(FIXED_NOW + timedelta(hours=26), FIXED_NOW) == "in 1 day"


async def test_the_agenda_shows_two_days_in_order_and_follows_the_feed(tui_settings: Settings,
                                                                       other_client: OtherClient) -> None:
    made = await seed_day(other_client)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = app.query_one("#agenda", AgendaPane)
        assert pane.display  # beside the lead table at 160x48
        await wait_until(pilot, lambda: pane.loaded and app.query_one(LeadTable).row_count == 3, "agenda and leads")
        order = [visit["visit_id"] for _, visit in pane.book.ordered()]
        assert order == [made[k]["visit_id"] for k in ("past", "next", "later", "tomorrow")]
        assert pane.book.next_visit(FIXED_NOW)["visit_id"] == made["next"]["visit_id"]
        first = pane.render_next(FIXED_NOW).plain
        assert first == "Next in 1 h 45 min: Priya Nair at 12:15 PM today"
        body = pane.render_days(FIXED_NOW)
        text = "".join(segment.text for segment in app.console.render(body, app.console.options.update_width(100)))
        assert "Today, Wed 25 Nov · 3 visits" in text and "Tomorrow, Thu 26 Nov · 1 visit" in text
        assert "9123456780" in text and "3bhk, tower B" in text  # the phone comes from the lead table

        # Booked elsewhere at 11:00: it becomes the next visit at once.
        sooner = await other_client.schedule_visit(made["leads"]["amit"]["lead_id"], "2026-11-25T11:00:00+05:30")
        await wait_until(pilot, lambda: sooner["visit_id"] in pane.book.visits, "the new visit")
        assert pane.book.next_visit(FIXED_NOW)["visit_id"] == sooner["visit_id"]
        assert pane.render_next(FIXED_NOW).plain == "Next in 30 min: Amit Verma at 11:00 AM today"
        # Cancelled elsewhere: it leaves; moved to the day after tomorrow: it leaves too.
        async with other_client.session.post(f"{other_client.base_url}/crm/visits/{sooner['visit_id']}/cancel",
                                             json={}) as resp:
            assert resp.status == 200
        moved = await other_client._post("/crm/visits", {"lead_id": made["leads"]["rohan"]["lead_id"],
                                                         "visit_time": "2026-11-28T10:00:00+05:30",
                                                         "replaces": made["tomorrow"]["visit_id"]})
        await wait_until(pilot, lambda: sooner["visit_id"] not in pane.book.visits
                         and made["tomorrow"]["visit_id"] not in pane.book.visits, "the cancel and the move")
        assert moved["visit_id"] not in pane.book.visits
        assert [v["visit_id"] for _, v in pane.book.ordered()] == [made[k]["visit_id"] for k in ("past", "next", "later")]


def drawn_lines(widget: Widget) -> list[str]:
    """The widget's lines as drawn on screen, each from the widget's left edge."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def test_the_agenda_reads_from_one_left_edge_under_a_title_that_does_not_repeat_it(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    await seed_day(other_client)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = app.query_one("#agenda", AgendaPane)
        await wait_until(pilot, lambda: pane.loaded and app.query_one(LeadTable).row_count == 3, "agenda and leads")
        await pilot.pause()
        # The day headings say which days: the title does not say them again.
        assert pane.border_title == "Agenda"
        first, days = drawn_lines(pane.next_view), drawn_lines(pane.days_view)
        # The first line is one line (it wrapped its countdown onto a second), the countdown in it.
        assert len(first) == 1 and first[0].startswith("Next in 1 h 45 min: Priya Nair"), first
        # One left edge: the first line, the day headings and the times of the visits start in one column.
        assert pane.next_view.region.x == pane.days_view.region.x
        heading_rows = [row for row in days if row.startswith(("Today, ", "Tomorrow, "))]
        assert len(heading_rows) == 2, days
        assert [row[:8] for row in days if "PM" in row[:8] or "AM" in row[:8]] == [
            " 9:00 AM", "12:15 PM", " 5:00 PM", "11:00 AM"], days
        # A day with no visit says so in its heading, once.
        await pilot.resize_terminal(80, 24)
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, AgendaScreen), "the agenda screen")
        screen = app.screen
        assert isinstance(screen, AgendaScreen)
        await wait_until(pilot, lambda: screen.pane.loaded, "the visits")
        await pilot.pause()
        first = drawn_lines(screen.pane.next_view)
        assert len(first) == 1 and first[0].startswith("Next in 1 h 45 min: Priya Nair at 12:15 PM today"), first


async def test_a_day_without_visits_says_so_once(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = app.query_one("#agenda", AgendaPane)
        await wait_until(pilot, lambda: pane.loaded, "the agenda")
        await pilot.pause()
        days = [row.rstrip() for row in drawn_lines(pane.days_view) if row.strip()]
        assert days == ["Today, Wed 25 Nov · no visits", "Tomorrow, Thu 26 Nov · no visits"], days
        assert drawn_lines(pane.next_view)[0].rstrip() == "No more visits today or tomorrow."


async def test_the_agenda_reads_its_days_as_soon_as_the_embedded_crm_is_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At every start the agenda mounts before the embedded CRM is up: its first read is refused and it
    waited out its pause (up to seconds), showing "Loading visits…" beside a full lead table."""
    monkeypatch.setattr(agenda_module, "RETRY_PAUSES_S", (60.0,))  # a pause no test would wait out
    app = make_app(settings_for(f"http://127.0.0.1:{free_port()}", tmp_path / "crm_data"), clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        pane = app.query_one("#agenda", AgendaPane)
        await wait_until(pilot, lambda: app.crm_state == "connected" and app.embedded_server is not None, "the CRM")
        await wait_until(pilot, lambda: pane.loaded, "the agenda's days", limit_s=10)
        assert drawn_lines(pane.next_view)[0].rstrip() == "No more visits today or tomorrow."


async def test_f2_opens_the_agenda_at_80x24_and_escape_goes_back(tui_settings: Settings,
                                                                 other_client: OtherClient) -> None:
    await seed_day(other_client)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not app.query_one("#agenda", AgendaPane).display  # no room beside the table
        await wait_until(pilot, lambda: app.query_one(LeadTable).row_count == 3, "the leads")
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, AgendaScreen), "the agenda screen")
        screen = app.screen
        assert isinstance(screen, AgendaScreen)
        await wait_until(pilot, lambda: screen.pane.loaded, "the visits")
        assert len(screen.pane.book.visits) == 4
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, AgendaScreen), "back to the main screen")


async def test_a_lead_posted_with_curl_moves_the_funnel_within_a_second(tui_settings: Settings) -> None:
    require_tools("curl")
    app = make_app(tui_settings)  # the real clock: the lead is created now, inside the window
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected", "the feed")
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, PipelineScreen), "the pipeline screen")
        screen = app.screen
        assert isinstance(screen, PipelineScreen)
        await wait_until(pilot, lambda: screen.stats is not None, "the first count")
        assert screen.stats is not None and screen.stats["new_leads"] == 0
        started = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            "curl", "-sf", "-X", "POST", f"{tui_settings.crm_base_url}/crm/leads", "-H", "Content-Type: application/json",
            "-d", '{"name": "Kabir Rao", "phone": "9000000001", "city": "Jaipur", "source": "Website"}',
            stdout=subprocess.PIPE,
        )
        out, _ = await proc.communicate()
        assert proc.returncode == 0 and b"lead_id" in out
        await wait_until(pilot, lambda: screen.stats is not None and screen.stats["new_leads"] == 1, "the recount", 5)
        elapsed = time.monotonic() - started
        funnel = str(screen.query_one("#pipeline-funnel").render())  # type: ignore[attr-defined]
        assert elapsed < 1.0, f"the funnel moved after {elapsed:.2f} s"
        assert screen.stats["funnel"][0] == {"status": "NEW", "count": 1, "share": 1.0}
        assert "New" in funnel and "100%" in funnel


async def test_the_window_switches_between_7_30_and_90_days(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected", "the feed")
        app.main.action_pipeline()
        await wait_until(pilot, lambda: isinstance(app.screen, PipelineScreen), "the pipeline screen")
        screen = app.screen
        assert isinstance(screen, PipelineScreen)
        await wait_until(pilot, lambda: screen.stats is not None and screen.stats["days"] == 30, "30 days")
        assert (screen.stats["from"], screen.stats["to"]) == ("2026-10-27", "2026-11-25")
        await pilot.press("7")
        await wait_until(pilot, lambda: screen.stats["days"] == 7, "7 days")  # type: ignore[index]
        assert screen.stats["from"] == "2026-11-19" and len(screen.stats["per_day"]) == 7
        await pilot.press("w")
        await wait_until(pilot, lambda: screen.stats["days"] == 30, "30 days again")  # type: ignore[index]
        await pilot.press("9")
        await wait_until(pilot, lambda: screen.stats["days"] == 90, "90 days")  # type: ignore[index]
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, PipelineScreen), "back")


async def test_export_writes_the_table_as_shown(tui_settings: Settings, other_client: OtherClient,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_EXPORT_DIR", str(tmp_path / "exports"))
    made = await seed_day(other_client)
    await other_client.create_lead("Sneha Iyer", "8877665544", "Pune", "Walk-in")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 4 and app.leads_loaded, "the leads")
        table.filter_text = "pune"
        await wait_until(pilot, lambda: table.row_count == 2, "the filter")
        table.sort_by("name")
        table.sort_by("name")  # again: Z to A
        await pilot.press("f4")
        path = tmp_path / "exports" / "leads-20261125-103000.csv"  # named by the (fixed) clock
        await wait_until(pilot, path.exists, "the file")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["name"] for r in rows] == ["Sneha Iyer", "Priya Nair"]
        assert rows[1]["phone"] == "9123456780" and rows[1]["lead_id"] == made["leads"]["priya"]["lead_id"]
        assert rows[1]["next_visit"].startswith("2026-11-25T12:15:00")
        toasts = [n.message for n in app._notifications]
        assert any(str(path) in message for message in toasts), toasts

