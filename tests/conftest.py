"""Fixtures every suite shares: a real CRM server on a loopback port over a real SQLite file.

Also the one rule for tests that need a program of the system (tmux, PulseAudio, espeak-ng, sox,
PortAudio, mount, chattr): `require_tools(...)` skips such a test with a one-line reason naming the
apt package when the program is missing, so `make test` passes on a machine with only python3; under
CI=true (as .ci/run runs) a missing program is a failure instead, so CI cannot go green by skipping.
At the end of the run one line sums up what was skipped and the apt-get command that installs it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from crm_server.embedded import EmbeddedServer


@pytest.fixture
async def crm_server(tmp_path: Path) -> AsyncIterator[EmbeddedServer]:
    """A CRM server started in this process on 127.0.0.1 and a free port, data in a temp dir."""
    server = EmbeddedServer(data_dir=tmp_path / "crm_data", host="127.0.0.1", port=0, log_format="quiet")
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


# The Debian/Ubuntu package that provides each program a test may need.
SYSTEM_PACKAGES = {
    "tmux": "tmux",
    "curl": "curl",
    "pulseaudio": "pulseaudio",
    "pactl": "pulseaudio-utils",
    "paplay": "pulseaudio-utils",
    "parec": "pulseaudio-utils",
    "espeak-ng": "espeak-ng",
    "sox": "sox",
    "mount": "mount",
    "chattr": "e2fsprogs",
    "initdb": "postgresql",
    "pg_ctl": "postgresql",
}
PORTAUDIO_PACKAGES = "portaudio19-dev libportaudio2"
_APT = re.compile(r"\(apt-get install ([^)]*)")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def missing_system_part(reason: str) -> None:
    """Skip for want of a system part (the reason names it and its apt package); fail under CI=true."""
    if in_ci():
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def require_tools(*tools: str) -> None:
    """Skip (or, under CI=true, fail) unless every program is on PATH."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        packages = " ".join(dict.fromkeys(SYSTEM_PACKAGES.get(tool, tool) for tool in missing))
        missing_system_part(f"needs {', '.join(missing)} (apt-get install {packages})")


def require_pyaudio() -> None:
    """Skip (or fail under CI=true) unless PyAudio imports: it needs the PortAudio library."""
    try:
        import pyaudio  # noqa: F401
    except ImportError:
        missing_system_part(f"needs PyAudio, which needs PortAudio (apt-get install {PORTAUDIO_PACKAGES}; "
                            "then .venv/bin/pip install -e '.[audio]')")


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line: how many tests were skipped for want of system programs, and how to install them."""
    packages: dict[str, None] = {}
    skipped = 0
    pyaudio = False
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        reason = str(longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else longrepr or "")
        found = _APT.search(reason)
        if found:
            skipped += 1
            packages.update(dict.fromkeys(found.group(1).partition(";")[0].split()))
            pyaudio = pyaudio or "PyAudio" in reason
    if skipped:
        then = " && .venv/bin/pip install -e '.[audio]'" if pyaudio else ""
        terminalreporter.write_line(
            f"{skipped} test{'s' if skipped != 1 else ''} skipped for want of system programs; to run them: "
            f"sudo apt-get install -y {' '.join(packages)}{then}",
            yellow=True,
        )
