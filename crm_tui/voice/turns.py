"""The turn with the model and the microphone side of the voice session.

`TurnPhase` says where the current turn is with the model. `MicrophoneFeed` is the session's
microphone side, as pipecat keeps audio apart from its Gemini Live service: push-to-talk framing
(activity_start, the pre-roll, the audio, the tail after the key is released, activity_end), the
hands-free stream with its mute, and the one sender of realtime input, so those stay in order. It is
mixed into LiveVoiceSession, which owns the state declared below.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import enum
import logging
import time
from typing import Any, Literal

from google.genai import types

from crm_tui.voice.audio import CHUNK_MS, MIC_MIME, MIC_RATE, SAMPLE_WIDTH, AudioIO, MicChunk, PreRoll
from crm_tui.voice.base import Emit
from crm_tui.voice.events import Metrics, MicState
from crm_tui.voice.ledger import ResumeLedger

__all__ = ["ECHO_TAIL_S", "MUTE_SILENCE_MS", "MicrophoneFeed", "TALK_END_WATCHDOG_S", "TurnPhase"]

log = logging.getLogger(__name__)

# If the microphone stops delivering after the key is released, end the turn anyway after this long.
TALK_END_WATCHDOG_S = 0.3
# Hands-free mute: this much silence goes out before audioStreamEnd. 3.8 does not take
# audioStreamEnd as the end of a turn; its voice detection ends a turn on trailing silence, so the
# last thing said before the mute is answered rather than left hanging.
MUTE_SILENCE_MS = 1000
SILENT_CHUNK = bytes(MIC_RATE * CHUNK_MS // 1000 * SAMPLE_WIDTH)
# Half-duplex hands-free: after the speaker's last sound, the microphone stays ignored this long
# (the device's output latency and the room's echo).
ECHO_TAIL_S = 0.3


class TurnPhase(enum.Enum):
    """Where the current turn is with the model. One value, where there were three booleans (turn
    active, model speaking, barged in) that could only ever hold in that order."""

    IDLE = "idle"  # no turn with the model
    AWAITING_ANSWER = "awaiting"  # a turn was handed over (or a tool call is being answered); no words yet
    ANSWERING = "answering"  # the model's answer is coming in (from its first content to its end)
    TALKED_OVER = "talked_over"  # the person talked over the answer: what still arrives of it is dropped


class MicrophoneFeed:
    """The microphone side of LiveVoiceSession (mixed in; the session sets this state up)."""

    audio: AudioIO | None
    hands_free: bool
    half_duplex: bool
    phase: TurnPhase
    ledger: ResumeLedger
    metrics: Metrics
    _emit: Emit
    _loop: asyncio.AbstractEventLoop | None
    _session: Any
    _connected: asyncio.Event
    _send_lock: asyncio.Lock
    _pending: collections.deque[tuple[str, bytes | None]]
    _preroll: PreRoll
    _background: set[asyncio.Task[Any]]
    _talking: bool
    _activity_open: bool
    _talk_end_at: float | None
    _muted: bool
    _mic_failed: bool
    _reported_drops: int
    _mic_mode: str
    _input_epoch: int
    _first_audio_from: float | None
    _audio_notice: str

    @property
    def _turn_active(self) -> bool:
        """A turn is with the model, from the moment it is handed over until its answer is complete."""
        return self.phase is not TurnPhase.IDLE

    def _hand_over_turn(self) -> None:
        """A turn went to the model (words, a typed line, a resend) or it acts on one (a tool call)."""
        self.ledger.turn_since_handle = True
        if self.phase is TurnPhase.IDLE:
            self.phase = TurnPhase.AWAITING_ANSWER

    def _schedule(self, coro: Any) -> None:
        loop = self._loop
        if loop is None:
            coro.close()
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            task = loop.create_task(coro)
            # Held until done: the loop keeps only weak references to tasks.
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        else:
            asyncio.run_coroutine_threadsafe(coro, loop)

    def toggle_talk(self) -> bool:
        """Push-to-talk: start a turn, or end it (the tail goes out before activity_end).

        In hands-free mode this mutes and unmutes the microphone instead. Returns True while the
        microphone is live. Safe to call from the event loop (the dashboard's key binding).
        """
        if self.audio is None:
            self._emit(MicState("no_microphone", self._audio_notice))
            return False
        if self.audio.mic.failure:
            self._emit(MicState("no_microphone", self.audio.mic.failure))
            return False
        if self.hands_free:
            self._muted = not self._muted
            if self._muted:
                self._schedule(self._end_hands_free_stream())
            self._emit(MicState("muted" if self._muted else "listening", "hands-free", self._mic_mode))
            return not self._muted
        if not self._talking:
            self._talking = True
            self._input_epoch += 1
            self._talk_end_at = None
            self.audio.mic.on_talk_start()
            if self.phase is TurnPhase.ANSWERING:
                # The person talks over the answer: stop it now, and play none of what the server
                # had already sent of it (until its `interrupted` or turnComplete arrives).
                self.phase = TurnPhase.TALKED_OVER
            if self.audio.speaker is not None:
                self.audio.speaker.flush()
            self._emit(MicState("talking", self.audio.mic.description))
            return True
        self._release_talk()
        return False

    async def _end_hands_free_stream(self) -> None:
        """Muted: trailing silence (so the last words end a turn on 3.8), then audioStreamEnd."""
        for _ in range(MUTE_SILENCE_MS // CHUNK_MS):
            await self._send_realtime("audio", SILENT_CHUNK)
        await self._send_realtime("stream_end", None)

    # ---- microphone -----------------------------------------------------------------------

    def _release_talk(self) -> None:
        """Key released: keep sending until the audio captured up to now is out, then activity_end."""
        if not self._talking or self._talk_end_at is not None:
            return
        self._talk_end_at = time.monotonic()
        if self.audio is not None:
            self._emit(MicState("muted", self.audio.mic.description))
        loop = self._loop
        if loop is not None:
            loop.call_later(TALK_END_WATCHDOG_S, self._watchdog_end)

    def _watchdog_end(self) -> None:
        if self._talking and self._talk_end_at is not None:
            self._schedule(self._end_activity())

    async def _end_activity(self) -> None:
        if not self._talking:
            return
        self._talking = False
        self._talk_end_at = None
        if self._activity_open:
            self._activity_open = False
            await self._turn_part("activity_end", None)
            self._first_audio_from = time.perf_counter()
            self._hand_over_turn()

    async def _pump_mic(self) -> None:
        """The only sender of realtime input, so activity_start, audio and activity_end stay in order."""
        assert self.audio is not None
        mic = self.audio.mic
        while True:
            # asyncio.timeout, not wait_for: on Python 3.11, wait_for can swallow a cancel that lands
            # as a chunk arrives, and this loop would then outlive the session (quit hangs).
            chunk: MicChunk | None = mic.queue.get_nowait()
            if chunk is None:
                try:
                    async with asyncio.timeout(0.1):
                        chunk = await mic.queue.get()
                except TimeoutError:
                    chunk = None
            self._report_drops()
            if chunk is None and mic.failure and not self._mic_failed:
                await self._on_mic_failure(mic.failure)
            if self.hands_free:
                if chunk is not None and not self._muted:
                    speaker = self.audio.speaker
                    if self.half_duplex and speaker is not None and speaker.sounding(ECHO_TAIL_S):
                        await self._send_realtime("audio", bytes(len(chunk.pcm)))  # the stream goes on, silent
                    else:
                        await self._send_realtime("audio", chunk.pcm)
                continue
            if self._talking and not self._activity_open and self._talk_end_at is None:
                self._activity_open = True
                await self._turn_part("activity_start", None)
                for early in self._preroll.drain():
                    await self._turn_part("audio", early.pcm)
            if chunk is None:
                continue
            if not self._activity_open:
                self._preroll.append(chunk)
                continue
            await self._turn_part("audio", chunk.pcm)
            done_by_key = self._talk_end_at is not None and chunk.captured_at >= self._talk_end_at
            said_all = mic.exhausted and len(mic.queue) == 0
            if done_by_key or said_all:
                if said_all and self._talk_end_at is None:
                    self._emit(MicState("muted", mic.description))
                await self._end_activity()

    async def _on_mic_failure(self, why: str) -> None:
        """The microphone stopped for good: close a turn left open, and tell the person once."""
        self._mic_failed = True
        log.warning("%s", why)
        if self._talking:
            await self._end_activity()
        self._emit(MicState("no_microphone", why))

    def _report_drops(self) -> None:
        assert self.audio is not None
        dropped = self.audio.mic.queue.dropped
        if dropped != self._reported_drops:
            self._reported_drops = dropped
            self.metrics = dataclasses.replace(self.metrics, dropped_chunks=dropped)
            self._emit(self.metrics)

    async def _turn_part(self, kind: Literal["audio", "activity_start", "activity_end"], pcm: bytes | None) -> None:
        """Push-to-talk: keep this part of the turn (for a resend after a drop), then send it if connected.

        Nothing is queued while disconnected: the kept turn is sent whole by the resume.
        """
        async with self._send_lock:
            self.ledger.turn_part(kind, pcm)
            session = self._session
            if session is not None and self._connected.is_set():
                await self._send_now(session, kind, pcm)

    async def _send_realtime(self, kind: Literal["audio", "activity_start", "activity_end", "stream_end"], pcm: bytes | None) -> None:
        session = self._session
        if session is None or not self._connected.is_set():
            self._pending.append((kind, pcm))
            return
        if not await self._send_now(session, kind, pcm):
            self._pending.append((kind, pcm))

    async def _send_now(self, session: Any, kind: str, pcm: bytes | None) -> bool:
        try:
            if kind == "audio":
                await session.send_realtime_input(audio=types.Blob(data=pcm, mime_type=MIC_MIME))
            elif kind == "activity_start":
                await session.send_realtime_input(activity_start=types.ActivityStart())
            elif kind == "activity_end":
                await session.send_realtime_input(activity_end=types.ActivityEnd())
            elif kind == "stream_end":
                await session.send_realtime_input(audio_stream_end=True)
        except Exception as exc:  # the receive loop sees the drop and resumes
            log.debug("realtime send failed (%s); kept for the next connection", exc)
            return False
        return True
