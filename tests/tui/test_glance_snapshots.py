"""Snapshots of the agenda (80x24 on its own screen, 160x48 beside the lead table) and the pipeline screen
(80x24 and 160x48), with a fixed clock and fixed data.

The pipeline's numbers come from a CRM written beforehand with fixed timestamps (a quarter of leads,
status changes and visits up to FIXED_NOW), so the funnel, the tables and the charts are the same on
any machine. Review a diff before accepting it (`make snapshots`)."""

from __future__ import annotations

import random
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from crm_tui.app import CrmApp, make_app
from crm_tui.screens.agenda import AgendaScreen
from crm_tui.screens.pipeline import PipelineScreen
from crm_tui.widgets.agenda import AgendaPane
from crm_tui.widgets.lead_table import LeadTable
from tests.server.test_stats import write_crm
from tests.tui.conftest import FIXED_NOW, OtherClient, fixed_clock, free_port, settings_for, wait_until
from tests.tui.test_glance import seed_day
from tests.tui.test_snapshots import mask, settle

CITIES = ("Gurgaon", "Pune", "Mumbai", "Jaipur", "Noida", "Kochi")
SOURCES = ("Instagram", "Facebook", "Website", "Referral", "99acres", None)


def quarter_of_leads(data_dir: Path, count: int = 240) -> None:
    """`count` leads over the 90 days up to FIXED_NOW, each moving along the pipeline, some visits."""
    rng = random.Random(14)
    end = FIXED_NOW.astimezone(UTC) - timedelta(minutes=30)
    leads, changes, visits = [], [], []
    for n in range(count):
        created = end - timedelta(seconds=rng.uniform(0, 89 * 86400))
        name = f"Lead {n:03d}"
        path = rng.choice([[], ["IN_PROGRESS"], ["IN_PROGRESS", "FOLLOW_UP"], ["IN_PROGRESS", "WON"],
                           ["FOLLOW_UP", "WON"], ["IN_PROGRESS", "LOST"], ["LOST"]])
        when, old = created, "NEW"
        for status in path:
            when = when + timedelta(hours=rng.uniform(2, 24 * 9))
            if when > end:
                break  # not yet
            changes.append((name, old, status, when.isoformat(timespec="milliseconds")))
            old = status
        leads.append((name, rng.choice(SOURCES), rng.choice(CITIES), created.isoformat(timespec="milliseconds"), old))
        if rng.random() < 0.4:
            at = created + timedelta(days=rng.uniform(1, 6))
            visits.append((name, at.astimezone(FIXED_NOW.tzinfo).isoformat(timespec="seconds"),
                           rng.choices(["SCHEDULED", "CANCELLED", "RESCHEDULED"], [6, 1, 1])[0]))
    changes.sort(key=lambda row: row[3])
    write_crm(data_dir, leads, changes, visits)


def pipeline_app(tmp_path: Path) -> CrmApp:
    quarter_of_leads(tmp_path / "crm_data")
    return make_app(settings_for(f"http://127.0.0.1:{free_port()}", tmp_path / "crm_data"), clock=fixed_clock)


async def open_pipeline(pilot: Pilot[Any], days: int = 30) -> None:
    app = pilot.app
    assert isinstance(app, CrmApp)
    await wait_until(pilot, lambda: app.crm_state == "connected" and app.leads_loaded, "the CRM")
    await pilot.press("f3")
    await wait_until(pilot, lambda: isinstance(app.screen, PipelineScreen), "the pipeline")
    screen = app.screen
    assert isinstance(screen, PipelineScreen)
    if days != 30:
        await pilot.press(str(days)[0])
    await wait_until(pilot, lambda: screen.stats is not None and screen.stats["days"] == days, "the count")
    app.clear_notifications()
    await settle(pilot)


def test_pipeline_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(pipeline_app(tmp_path), terminal_size=(80, 24), run_before=open_pipeline)


def test_pipeline_160x48_over_90_days(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        await open_pipeline(pilot, days=90)

    assert snap_compare(pipeline_app(tmp_path), terminal_size=(160, 48), run_before=run_before)


def agenda_app(tmp_path: Path) -> CrmApp:
    return make_app(settings_for(f"http://127.0.0.1:{free_port()}", tmp_path / "crm_data"), clock=fixed_clock)


async def seed_agenda(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, CrmApp)
    await wait_until(pilot, lambda: app.crm_state == "connected", "the CRM")
    client = OtherClient(app.settings.crm_base_url)
    try:
        await seed_day(client)
    finally:
        await client.close()
    await wait_until(pilot, lambda: app.query_one(LeadTable).row_count == 3, "the leads")


def test_agenda_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await seed_agenda(pilot)
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(app.screen, AgendaScreen), "the agenda")
        screen = app.screen
        assert isinstance(screen, AgendaScreen)
        await wait_until(pilot, lambda: screen.pane.loaded and len(screen.pane.book.visits) == 4, "the visits")
        app.clear_notifications()
        await settle(pilot)

    assert snap_compare(agenda_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_agenda_beside_the_leads_160x48(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        assert isinstance(app, CrmApp)
        await seed_agenda(pilot)
        pane = app.query_one("#agenda", AgendaPane)
        await wait_until(pilot, lambda: len(pane.book.visits) == 4, "the visits")
        mask(app)
        await settle(pilot)

    assert snap_compare(agenda_app(tmp_path), terminal_size=(160, 48), run_before=run_before)
