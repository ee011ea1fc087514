"""What waits until the dashboard's start-up is over (`crm_tui/warm_up.py`) and is then made ready on a worker
thread, before a first write or command needs it on the event loop: phonenumbers (the phone rule's metadata,
~15 ms of CPU to import: the embedded CRM and the bot core start and read without it) and aiohttp's CA
certificates (~40 ms; the CRM on 127.0.0.1 is plain HTTP), and the parser's word lists and rapidfuzz, which the
bot core uses only once a command comes (~14 ms). (The parser: test_the_parser_is_ready_before_the_first_command.py.)
Run in a fresh interpreter: this test process has imported and read them long before."""

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
    from crm_tui.tls_later import _waiting as certificates_waiting
    from tests.tui.conftest import settings_for

    def free_port() -> int:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    def later_modules() -> str:
        return " ".join(str(name in sys.modules) for name in ("phonenumbers", "crm_tui.nlu.lexicon", "rapidfuzz"))

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
            print("usable", app.leads_loaded, later_modules(), rule_made(), len(certificates_waiting))
            await pilot.pause(START_UP_S + 2)
            print("after", later_modules(), rule_made(), len(certificates_waiting))

    asyncio.run(main())
""")


def test_what_the_start_does_without_is_ready_after_it_and_before_any_command() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("usable", "after"))]
    assert lines == ["usable True False False False False 2", "after True True True True 0"], done.stdout + done.stderr
