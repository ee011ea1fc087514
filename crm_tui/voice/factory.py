"""Build the dashboard's voice session from settings, or say in one line why there is none.

Called by `crm-tui` before the dashboard starts drawing: opening PortAudio probes devices and
prints to the terminal, which must happen before Textual owns the screen.
"""

from __future__ import annotations

import sys
from typing import TextIO

from crm_tui.config import Settings
from crm_tui.voice.base import VoiceController


def build_voice(settings: Settings, *, notice_to: TextIO | None = sys.stderr) -> VoiceController | None:
    """A LiveVoiceSession when the Gemini engine is chosen and has a key; None (with a notice) otherwise.

    No key: the local engine answers typed text. No PyAudio or no device: the session still runs
    text-only (typed turns, spoken answers shown as text) and tells the dashboard why.
    """

    def notice(line: str) -> None:
        if notice_to is not None:
            print(f"crm-tui: {line}", file=notice_to, flush=True)

    if not settings.gemini_api_key and settings.engine != "local":
        # Asked for gemini, or left to the default (gemini when a key is set): say why it is local.
        notice("GEMINI_API_KEY is not set: using the local engine (typed commands, no voice)")
        return None
    if settings.engine_name != "gemini":
        return None
    try:
        from crm_tui.bot.client import CrmClient
        from crm_tui.bot.core import BotCore
        from crm_tui.voice.audio import AudioUnavailable, open_audio
        from crm_tui.voice.session import LiveVoiceSession
    except ImportError as exc:
        notice(f"the Gemini voice session cannot load ({exc}): using the local engine")
        return None

    audio = None
    audio_notice = ""
    try:
        audio = open_audio(settings.audio_in, play_on_start=settings.hands_free)
        audio_notice = audio.notice
    except AudioUnavailable as exc:
        audio_notice = str(exc)
    except (OSError, ValueError, EOFError) as exc:  # an unreadable --audio-in file
        audio_notice = f"cannot use {settings.audio_in}: {exc}"
    if audio_notice:
        notice(audio_notice)

    crm = CrmClient(settings.crm_base_url, token=settings.crm_api_token)
    core = BotCore(crm, tz=settings.crm_timezone, now=None)
    return LiveVoiceSession(settings, core, audio, audio_notice=audio_notice, owned=[crm.close] + ([audio.close] if audio is not None else []))
