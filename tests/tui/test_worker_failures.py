"""A read that fails on any screen is told, in the App's one notice, in words (the real dashboard in a
Pilot, a real CRM): the pipeline screen's count when the CRM has stopped, the agenda's visits when the
CRM refuses the dashboard's token. Before, those workers failed in silence: the pipeline said
"Counting…" for ever and the agenda stayed empty."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from crm_server.embedded import EmbeddedServer
from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.screens.agenda import AgendaScreen
from crm_tui.screens.pipeline import PipelineScreen
from tests.tui.conftest import fixed_clock, settings_for, wait_until


def notices(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


async def test_the_pipeline_says_when_its_count_fails_because_the_crm_stopped(
    crm_server: EmbeddedServer, tui_settings: Settings
) -> None:
    # A CRM run elsewhere (no embedded one to take over): the count cannot be read once it stops.
    app = make_app(tui_settings, clock=fixed_clock, start_embedded=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.leads_loaded and app.crm_state == "connected", "the CRM")
        await crm_server.stop()
        await pilot.press("f3")
        await wait_until(pilot, lambda: isinstance(app.screen, PipelineScreen), "the pipeline screen")
        await wait_until(pilot, lambda: any(n.startswith("Could not count the pipeline: ") for n in notices(app)),
                         "the notice that the count failed")
        told = next(n for n in notices(app) if n.startswith("Could not count the pipeline: "))
        assert "not answering" in told  # why, in words: the CRM gives no answer
        screen = app.screen
        assert isinstance(screen, PipelineScreen) and screen.stats is None


async def test_the_agenda_says_when_the_crm_refuses_its_read(tmp_path: Path) -> None:
    async with EmbeddedServer(tmp_path / "crm_data", token="the-team-token") as server:
        settings = dataclasses.replace(settings_for(server.url, server.data_dir), crm_api_token="an-old-token")
        app = make_app(settings, clock=fixed_clock, start_embedded=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f2")
            await wait_until(pilot, lambda: isinstance(app.screen, AgendaScreen), "the agenda screen")
            await wait_until(pilot, lambda: any(n.startswith("Could not load the agenda: 401") for n in notices(app)),
                             "the notice that the agenda could not be read")
            screen = app.screen
            assert isinstance(screen, AgendaScreen) and not screen.pane.loaded
