"""Build the dashboard's voice session from settings, or say in one line why there is none.

Called by `crm-tui` before the dashboard starts drawing: opening PortAudio probes devices and
prints to the terminal, which must happen before Textual owns the screen.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from crm_tui.config import Settings
from crm_tui.voice.base import Emit, VoiceController

if TYPE_CHECKING:
    from crm_tui.bot.client import CrmSession
    from crm_tui.voice.audio import AudioIO
    from crm_tui.voice.session import LiveVoiceSession


class DeferredVoiceSession:
    """A LiveVoiceSession built when it starts running, not when `crm-tui` starts.

    Importing google-genai costs about half a second; the dashboard paints first and the session's
    module is then imported on a thread, so the first paint does not wait for it. Everything that
    must happen before Textual owns the terminal (opening PortAudio) has happened already.
    """

    def __init__(self, build: Callable[[], LiveVoiceSession], audio: AudioIO | None) -> None:
        self._build = build
        self.audio = audio
        self.session: LiveVoiceSession | None = None
        self._built = asyncio.Event()

    def _get(self) -> LiveVoiceSession:
        if self.session is None:
            self.session = self._build()
            self._built.set()
        return self.session

    async def run(self, emit: Emit) -> None:
        if self.session is None:
            await asyncio.to_thread(importlib.import_module, "crm_tui.voice.session")
        await self._get().run(emit)

    def toggle_talk(self) -> bool:
        return self._get().toggle_talk()

    async def send_text(self, text: str) -> None:
        await self._built.wait()
        await self._get().send_text(text)

    def take_back_unanswered(self) -> str | None:
        return self.session.take_back_unanswered() if self.session is not None else None

    def retry(self) -> bool:
        # A session not built yet has not started, so it cannot have stopped retrying.
        return self.session.retry() if self.session is not None else False


def build_voice(settings: Settings, *, notice_to: TextIO | None = sys.stderr,
                session: CrmSession | None = None) -> VoiceController | None:
    """A LiveVoiceSession when the Gemini engine is chosen and has a key; None (with a notice) otherwise.

    No key: the local engine answers typed text. No PyAudio or no device: the session still runs
    text-only (typed turns, spoken answers shown as text) and tells the dashboard why. `session`: the
    dashboard's CrmSession, so the voice session's CRM calls share its one HTTP session (its owner
    closes it); without one the voice session's client opens and closes its own.
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
        if importlib.util.find_spec("google.genai") is None:  # present, without paying for the import now
            raise ImportError("No module named 'google.genai'")
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

    crm = CrmClient(settings.crm_base_url, token=settings.crm_api_token, session=session)
    core = BotCore(crm, tz=settings.crm_timezone, now=None)
    owned = [crm.close] + ([audio.close] if audio is not None else [])

    def build() -> LiveVoiceSession:
        from crm_tui.voice.session import LiveVoiceSession

        return LiveVoiceSession(settings, core, audio, audio_notice=audio_notice, owned=owned)

    return DeferredVoiceSession(build, audio)
