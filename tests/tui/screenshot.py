"""Render docs/screenshot.svg (and .png when cairosvg is installed): the dashboard at 160x48 with real data.

Run: `.venv/bin/python -m tests.tui.screenshot`. Starts its own CRM in a temporary directory, so it
touches no real data; the leads and commands are the README's examples.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

from crm_tui.app import CrmApp, make_app
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import SAMPLE_LEADS, OtherClient, free_port, settings_for, type_command, wait_until

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (
    "Create a lead for Kabir Rao, phone 9000000001, from Jaipur, source Website",
    "Schedule a visit with Kabir tomorrow at 11am",
    "Mark Priya Nair as follow up, she asked for a call next week",
    "Create a lead for Meera, phone 12345",
)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(settings_for(f"http://127.0.0.1:{free_port()}", Path(tmp) / "crm_data"))

        async def run(pilot: Any) -> None:
            assert isinstance(app, CrmApp)
            await wait_until(pilot, lambda: app.crm_state == "connected" and app.engine_label == "local", "ready")
            client = OtherClient(app.settings.crm_base_url)
            for lead in SAMPLE_LEADS:
                await client.create_lead(*lead)
            await client.close()
            for number, command in enumerate(COMMANDS, start=1):
                await type_command(pilot, command)
                await wait_until(pilot, lambda n=number: app.query_one(TranscriptPane).turns >= 2 * n, "answer")
            app.clear_notifications()
            await pilot.press("ctrl+r")
            await pilot.pause(0.3)
            svg = app.export_screenshot(title="Voice CRM")
            (ROOT / "docs" / "screenshot.svg").write_text(svg)
            app.exit()

        app.run(headless=True, size=(160, 48), auto_pilot=run)
    try:
        import cairosvg  # type: ignore[import-not-found]
    except ImportError:
        print("docs/screenshot.svg written (install cairosvg for the PNG)", file=sys.stderr)
        return 0
    # The SVG names Fira Code (loaded from the web by browsers); offline, a monospaced font on this
    # machine keeps bold cells from overflowing their columns in the PNG.
    svg_text = (ROOT / "docs" / "screenshot.svg").read_text().replace("Fira Code", "DejaVu Sans Mono")
    cairosvg.svg2png(bytestring=svg_text.encode(), write_to=str(ROOT / "docs" / "screenshot.png"), output_width=1600)
    print("docs/screenshot.svg and docs/screenshot.png written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    raise SystemExit(main())
