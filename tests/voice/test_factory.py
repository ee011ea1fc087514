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
from crm_tui.voice.factory import build_voice
from crm_tui.voice.session import LiveVoiceSession


def test_no_key_means_the_local_engine_with_a_one_line_notice() -> None:
    out = io.StringIO()
    assert build_voice(Settings(engine="gemini"), notice_to=out) is None
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and "GEMINI_API_KEY" in lines[0] and "local engine" in lines[0]
    assert build_voice(Settings(engine="local", gemini_api_key="k"), notice_to=out) is None


async def test_no_pyaudio_means_a_text_only_session_that_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyaudio", None)  # what `import pyaudio` meets without the extra
    out = io.StringIO()
    voice = build_voice(Settings(gemini_api_key="k", gemini_base_url="https://127.0.0.1:9"), notice_to=out)
    assert isinstance(voice, LiveVoiceSession) and voice.audio is None
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
    assert isinstance(voice, LiveVoiceSession) and voice.audio is not None
    assert voice.audio.speaker is None and voice.audio.mic.description == f"file {spoken_wav.name}"
    assert "answers shown as text" in out.getvalue()
