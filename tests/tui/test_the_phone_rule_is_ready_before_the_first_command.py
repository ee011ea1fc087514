"""phonenumbers (the phone rule's metadata, ~15 ms of CPU to import) is not on the dashboard's start path: the
embedded CRM and the bot core start and read without it, and a worker thread makes the rule once the start-up is
over (`crm_tui.app.warm_up`), so neither the first write nor the first command typed pays for it on the event
loop. Run in a fresh interpreter: this test process has imported phonenumbers long before."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import asyncio, socket, sys, tempfile
    from pathlib import Path
    from crm_tui.app import CrmApp
    from crm_tui.start_up_gc import START_UP_S
    from tests.tui.conftest import settings_for

    def free_port() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    def rule_made() -> bool:
        phone = sys.modules.get("crm_server.phone")
        return phone is not None and phone._ten_digit_mobile.cache_info().currsize == 1

    async def main() -> None:
        data = Path(tempfile.mkdtemp()) / "crm_data"
        app = CrmApp(settings_for(f"http://127.0.0.1:{free_port()}", data))
        async with app.run_test() as pilot:
            for _ in range(300):
                if app.leads_loaded and app.engine_label == "local" and app.crm_state == "connected":
                    break
                await pilot.pause(0.05)
            print("usable", app.leads_loaded, "phonenumbers" in sys.modules, rule_made())
            await pilot.pause(START_UP_S + 2)
            print("after", "phonenumbers" in sys.modules, rule_made())

    asyncio.run(main())
""")


def test_phonenumbers_is_imported_after_the_start_and_before_any_command() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("usable", "after"))]
    assert lines == ["usable True False False", "after True True"], done.stdout + done.stderr
