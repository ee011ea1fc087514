"""The local parser is imported on a worker thread once the start-up is over, so the first command typed does not
freeze the dashboard while ~380 patterns compile (~0.25 s on the event loop before). Run in a fresh interpreter:
this test process has imported the parser long before."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import asyncio, sys, tempfile
    from pathlib import Path
    from crm_tui.app import CrmApp
    from crm_tui.start_up_gc import START_UP_S
    from tests.tui.conftest import settings_for

    async def main() -> None:
        data = Path(tempfile.mkdtemp()) / "crm_data"
        app = CrmApp(settings_for("http://127.0.0.1:9", data), start_embedded=False)
        async with app.run_test() as pilot:
            await pilot.pause(0.5)
            print("before", "crm_tui.nlu.parser" in sys.modules)
            await pilot.pause(START_UP_S + 2)
            print("after", "crm_tui.nlu.parser" in sys.modules)

    asyncio.run(main())
""")


def test_the_parser_is_imported_after_the_start_and_before_any_command() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("before", "after"))]
    assert lines == ["before False", "after True"], done.stdout + done.stderr
