"""Render docs/pipeline.png (with cairosvg; without it, docs/pipeline.svg): the pipeline screen at 160x48 over a
quarter of fixed leads (the data of the pipeline snapshots), 30 days.

Run: `.venv/bin/python -m tests.tui.pipeline_screenshot`. Starts its own CRM in a temporary directory.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.tui.test_glance_snapshots import open_pipeline, pipeline_app

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    svg: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        app = pipeline_app(Path(tmp))

        async def run(pilot: Any) -> None:
            await open_pipeline(pilot)
            await pilot.pause(0.3)
            svg.append(app.export_screenshot(title="Voice CRM · Pipeline"))
            app.exit()

        app.run(headless=True, size=(160, 48), auto_pilot=run)
    try:
        import cairosvg  # type: ignore[import-not-found]
    except ImportError:
        (ROOT / "docs" / "pipeline.svg").write_text(svg[0])
        print("docs/pipeline.svg written (install cairosvg for the PNG)", file=sys.stderr)
        return 0
    # Fira Code (the SVG's font) is fetched from the web by browsers; offline, a local monospace.
    svg_text = svg[0].replace("Fira Code", "DejaVu Sans Mono")
    cairosvg.svg2png(bytestring=svg_text.encode(), write_to=str(ROOT / "docs" / "pipeline.png"), output_width=1600)
    print("docs/pipeline.png written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    raise SystemExit(main())
