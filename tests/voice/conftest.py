"""Fixtures for the voice suite: the Live API stand-in, a virtual sound card, the real bot core.

The sound card is a PulseAudio daemon of the test's own (its own PULSE_RUNTIME_PATH under tmp)
with two null sinks: `mic` (16 kHz; its monitor is the default source, so `paplay -d mic` speaks
into the microphone) and `spk` (24 kHz; `parec -d spk.monitor` hears the speaker). `norewinds=1`
keeps the monitors at real time. Running as root works without --system when the daemon gets its
own runtime path and the native protocol allows anonymous clients (no cookie to share). If the
daemon cannot start, the test FAILS saying why: a skipped audio test would prove nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from crm_tui.config import Settings
from tests.conftest import require_pyaudio, require_tools
from tests.voice.standin import LiveStandIn

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.fixture
async def standin(tmp_path: Path) -> AsyncIterator[LiveStandIn]:
    server = LiveStandIn(tmp_path)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
    if server.errors:
        raise server.errors[0]


@pytest.fixture
def voice_settings(standin: LiveStandIn, crm_server: Any) -> Settings:
    return Settings(
        gemini_api_key="test-key",
        gemini_base_url=standin.base_url,
        crm_base_url=crm_server.url,
        crm_timezone="Asia/Kolkata",
        engine="gemini",
    )


@pytest.fixture
async def bot_core(crm_server: Any) -> AsyncIterator[Any]:
    """The real bot core over the real CRM server (no fakes between the model's call and SQLite)."""
    from crm_tui.bot.client import CrmClient
    from crm_tui.bot.core import BotCore

    crm = CrmClient(crm_server.url)
    try:
        yield BotCore(crm, "Asia/Kolkata", lambda: NOW)
    finally:
        await crm.close()


@dataclass
class VirtualSoundCard:
    runtime: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=timeout, check=True)

    def popen(self, *args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        return subprocess.Popen(args, env=self.env, **kwargs)


@pytest.fixture
def sound_card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[VirtualSoundCard]:
    require_tools("pulseaudio", "pactl", "paplay", "parec", "espeak-ng", "sox")
    require_pyaudio()
    runtime = tmp_path / "pulse"
    runtime.mkdir()
    env = dict(os.environ)
    env.update(
        PULSE_RUNTIME_PATH=str(runtime),
        PULSE_SERVER=f"unix:{runtime}/native",
        HOME=str(tmp_path),  # the daemon keeps its state here, not in the real home
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    daemon = subprocess.run(
        [
            "pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--log-target=stderr", "--log-level=error",
            "--load=module-native-protocol-unix auth-anonymous=1",
            "--load=module-null-sink sink_name=spk norewinds=1 rate=24000 channels=1",
            "--load=module-null-sink sink_name=mic norewinds=1 rate=16000 channels=1",
        ],
        env=env, capture_output=True, text=True, timeout=20,
    )  # fmt: skip
    card = VirtualSoundCard(runtime, env)
    try:
        if daemon.returncode != 0:
            pytest.fail(f"pulseaudio did not start (rc {daemon.returncode}): {daemon.stderr.strip()[-500:]}")
        deadline = time.monotonic() + 10
        while True:
            probe = subprocess.run(["pactl", "info"], env=env, capture_output=True, text=True, timeout=10)
            if probe.returncode == 0:
                break
            if time.monotonic() > deadline:
                pytest.fail(f"pulseaudio is not answering: {probe.stderr.strip()}")
            time.sleep(0.05)
        card.run("pactl", "set-default-sink", "spk")
        card.run("pactl", "set-default-source", "mic.monitor")
        # PortAudio's ALSA "pulse"/"default" devices find the daemon through these, read at open time.
        for key in ("PULSE_RUNTIME_PATH", "PULSE_SERVER"):
            monkeypatch.setenv(key, env[key])
        yield card
    finally:
        stop = subprocess.run(["pactl", "exit"], env=env, capture_output=True, timeout=10)
        pid_file = runtime / "pid"
        if stop.returncode != 0 and pid_file.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), 15)


@pytest.fixture(scope="session")
def spoken_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short phrase said by espeak-ng, as a 16 kHz mono 16-bit WAV (what a microphone would hear)."""
    require_tools("espeak-ng", "sox")
    out = tmp_path_factory.mktemp("speech")
    raw = out / "say.wav"
    wav = out / "say16k.wav"
    subprocess.run(["espeak-ng", "-w", str(raw), "Add Rohan Sharma in Pune"], check=True, timeout=30)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav)], check=True, timeout=30)
    return wav


async def wait_for(predicate: Any, within: float = 10.0, what: str = "condition") -> None:
    """Poll a condition on the loop (events arrive from threads); fail with `what` if it never holds."""
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
