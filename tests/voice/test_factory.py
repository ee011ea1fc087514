"""What `crm-tui` gets from build_voice(): the session, or one line saying why not."""

from __future__ import annotations

import asyncio
import io
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_tui.config import Settings
from crm_tui.voice.events import MicState, VoiceEvent
from crm_tui.voice.factory import DeferredVoiceSession, build_voice


def test_no_key_means_the_local_engine_with_a_one_line_notice() -> None:
    out = io.StringIO()
    assert build_voice(Settings(engine="gemini"), notice_to=out) is None
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and "GEMINI_API_KEY" in lines[0] and "local engine" in lines[0]
    # The default engine without a key is local too, and says so; choosing local says nothing.
    out = io.StringIO()
    assert build_voice(Settings(), notice_to=out) is None
    assert len(out.getvalue().splitlines()) == 1 and "GEMINI_API_KEY" in out.getvalue()
    out = io.StringIO()
    assert build_voice(Settings(engine="local"), notice_to=out) is None
    assert build_voice(Settings(engine="local", gemini_api_key="k"), notice_to=out) is None
    assert out.getvalue() == ""


async def test_no_pyaudio_means_a_text_only_session_that_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyaudio", None)  # what `import pyaudio` meets without the extra
    out = io.StringIO()
    voice = build_voice(Settings(gemini_api_key="k", gemini_base_url="https://127.0.0.1:9"), notice_to=out)
    assert isinstance(voice, DeferredVoiceSession) and voice.audio is None
    assert "no PyAudio" in out.getvalue()
    assert voice.toggle_talk() is False  # push-to-talk says there is no microphone, never crashes
    events: list[VoiceEvent] = []
    task = asyncio.create_task(voice.run(events.append))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    mic_states = [e for e in events if isinstance(e, MicState)]
    assert mic_states and mic_states[0].state == "no_microphone" and "PyAudio" in mic_states[0].detail


def test_a_wav_microphone_needs_no_pyaudio(monkeypatch: pytest.MonkeyPatch, spoken_wav: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyaudio", None)
    out = io.StringIO()
    settings: Any = Settings(gemini_api_key="k", audio_in=spoken_wav)
    voice = build_voice(settings, notice_to=out)
    assert isinstance(voice, DeferredVoiceSession) and voice.audio is not None
    assert voice.audio.speaker is None and voice.audio.mic.description == f"file {spoken_wav.name}"
    assert "answers shown as text" in out.getvalue()


def test_no_sound_device_means_a_text_only_session_that_says_why(tmp_path: Path) -> None:
    """PyAudio installed but no sound server to reach (`crm-tui` on a headless box).

    Run in a fresh process, as `crm-tui` would be: PortAudio reads the sound set-up once per
    process. On this CI machine there is no sound card and ALSA's default device is PulseAudio,
    so a PULSE_SERVER that leads nowhere leaves no device at all.
    """
    import os
    import subprocess

    code = (
        "from crm_tui.config import Settings\n"
        "from crm_tui.voice.factory import build_voice\n"
        "voice = build_voice(Settings(gemini_api_key='k', gemini_base_url='https://127.0.0.1:9'))\n"
        "import sys\n"
        "print(type(voice).__name__, voice.audio is None, 'google.genai' in sys.modules)\n"
    )
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/nowhere", PULSE_RUNTIME_PATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:2] == ["DeferredVoiceSession", "True"], "the Live session still runs, text only"
    # google-genai (about half a second) is imported when the session starts, after the first paint.
    assert done.stdout.split()[2] == "False", "build_voice imported google-genai before the dashboard drew"
    notices = [line for line in done.stderr.splitlines() if line.startswith("crm-tui:")]
    assert len(notices) == 1 and "no microphone" in notices[0] and "text only" in notices[0], done.stderr
    assert "Errno" not in notices[0], "PortAudio's error number means nothing to a person"


async def test_the_voice_sessions_crm_calls_share_the_dashboards_http_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """One HTTP session to the CRM in crm-tui: the voice session's bot core goes through the CrmSession
    the dashboard was given, and closing the voice session leaves it open for its owner."""
    from crm_tui.bot.client import CrmSession

    monkeypatch.setitem(sys.modules, "pyaudio", None)
    shared = CrmSession()
    voice = build_voice(Settings(gemini_api_key="k", gemini_base_url="https://127.0.0.1:9"),
                        notice_to=io.StringIO(), session=shared)
    assert isinstance(voice, DeferredVoiceSession)
    session = await asyncio.to_thread(voice._get)
    http = shared.get()
    assert session.core.crm._http is shared  # type: ignore[attr-defined]
    task = asyncio.create_task(voice.run(lambda event: None))
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert not http.closed, "the voice session closed the dashboard's session"
    await shared.close()
    assert http.closed
