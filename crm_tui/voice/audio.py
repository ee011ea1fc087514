"""Microphone and speaker for the Live session: PyAudio on threads, numpy for levels and resampling.

Why threads and bounded queues: PyAudio's blocking read/write would stall the event loop that also
draws the dashboard, and a slow consumer must never make the microphone thread block either. So the
microphone thread drops the *oldest* chunk when its queue is full (counting every drop for the status
line), and the speaker keeps a small jitter buffer so bursty network audio plays smoothly.

PyAudio is imported lazily: without it (or without any sound device) `open_audio()` raises
`AudioUnavailable` with a one-line reason and the app runs text-only.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

# WavFormatError is raised by read_wav_as_mic_pcm below, so callers catch it from here.
from crm_tui.voice.wav import WavFormatError as WavFormatError
from crm_tui.voice.wav import decode_wav

MIC_RATE = 16_000  # what the Live API expects from us: 16 kHz mono 16-bit PCM
SPEAKER_RATE = 24_000  # what the Live API sends back
SAMPLE_WIDTH = 2
CHUNK_MS = 20  # 20-40 ms is the Live API's sweet spot; 20 ms keeps push-to-talk latency low
MIC_CHUNK_FRAMES = MIC_RATE * CHUNK_MS // 1000
SPEAKER_CHUNK_FRAMES = SPEAKER_RATE * CHUNK_MS // 1000
PREROLL_MS = 300  # people start talking a little before they press the key
MIC_QUEUE_CHUNKS = 100  # 2 s of audio before the oldest chunk is dropped
JITTER_MS = 60  # speaker waits for this much audio before it starts (or resumes) playing
SILENCE_DBFS = -96.0
MIC_MIME = f"audio/pcm;rate={MIC_RATE}"

LevelCallback = Callable[[float], None]


class AudioUnavailable(RuntimeError):
    """No PyAudio or no usable device: the session runs text-only and says why in one line."""


def rms_dbfs(chunk: bytes) -> float:
    """RMS level of 16-bit PCM in dBFS; silence (or an empty chunk) is SILENCE_DBFS, never -inf."""
    if len(chunk) < SAMPLE_WIDTH:
        return SILENCE_DBFS
    samples = np.frombuffer(chunk[: len(chunk) - len(chunk) % SAMPLE_WIDTH], dtype="<i2").astype(np.float64)
    rms = float(np.sqrt(np.mean(samples * samples)))
    if rms <= 0.0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20.0 * float(np.log10(rms / 32768.0)))


RESAMPLE_TAPS = 101  # windowed-sinc low-pass: ~-70 dB stop band, ~2.6 kHz transition at 48 kHz


def _lowpass(samples: np.ndarray, cutoff: float) -> np.ndarray:
    """Blackman-windowed sinc low-pass; `cutoff` is a fraction of the sample rate (0 to 0.5)."""
    n = np.arange(RESAMPLE_TAPS) - (RESAMPLE_TAPS - 1) / 2
    taps = 2 * cutoff * np.sinc(2 * cutoff * n) * np.blackman(RESAMPLE_TAPS)
    taps /= taps.sum()
    delay = (RESAMPLE_TAPS - 1) // 2
    return np.convolve(samples, taps, mode="full")[delay : delay + samples.size]


def resample(samples: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Float samples from `src_rate` to `dst_rate`: band-limited, then linearly interpolated.

    Interpolation alone would fold everything above 8 kHz of a 44.1/48 kHz recording back into the
    speech band (a 10 kHz hiss comes out as a 6 kHz whistle), so the signal is low-passed below the
    lower rate's Nyquist frequency first (or, going up, the interpolation's images after). numpy only.
    """
    if src_rate == dst_rate or samples.size == 0:
        return samples.astype(np.float64)
    x = samples.astype(np.float64)
    if dst_rate < src_rate:
        x = _lowpass(x, 0.45 * dst_rate / src_rate)
    n_out = max(1, int(round(x.size * dst_rate / src_rate)))
    out = np.interp(np.arange(n_out) * (src_rate / dst_rate), np.arange(x.size), x)
    if dst_rate > src_rate:
        out = _lowpass(out, 0.45 * src_rate / dst_rate)
    return out


class StreamResampler:
    """Resamples a microphone's stream to MIC_RATE chunk by chunk, without clicks at the chunk edges.

    Each chunk is low-passed with the neighbouring samples as context and the output is taken on
    one continuous time grid, so 44.1 kHz in gives exactly 16 kHz out over any stretch (no drift).
    The price: the output lags the input by half the filter (~1 ms at 48 kHz).
    """

    def __init__(self, src_rate: int, dst_rate: int = MIC_RATE) -> None:
        self.src_rate = src_rate
        self.dst_rate = dst_rate
        self._pad = RESAMPLE_TAPS  # input samples of context kept on each side
        self._held = np.zeros(0)  # the input not yet filtered with its right-hand context
        self._held_start = 0  # absolute input index of _held[0]
        self._next_out = 0  # absolute index of the next output sample

    def process(self, pcm: bytes) -> bytes:
        new = np.frombuffer(pcm[: len(pcm) // SAMPLE_WIDTH * SAMPLE_WIDTH], dtype="<i2").astype(np.float64)
        data = np.concatenate([self._held, new])
        step = self.src_rate / self.dst_rate
        cutoff = 0.45 * min(self.src_rate, self.dst_rate) / self.src_rate
        filtered = _lowpass(data, cutoff)
        # Output samples whose input position has full filter context on the right.
        ready_until = self._held_start + data.size - self._pad
        positions = []
        while self._next_out * step <= ready_until - 1:
            positions.append(self._next_out * step)
            self._next_out += 1
        out = np.interp(np.asarray(positions) - self._held_start, np.arange(data.size), filtered) if positions else np.zeros(0)
        # Keep enough input for the left context of what comes next.
        keep_from = max(0, int(self._next_out * step) - self._pad - self._held_start)
        self._held = data[keep_from:]
        self._held_start += keep_from
        return np.clip(np.round(out), -32768, 32767).astype("<i2").tobytes()


def read_wav_as_mic_pcm(path: Path) -> bytes:
    """A WAV file of any common rate, width and channel count as 16 kHz mono 16-bit little-endian PCM.

    Raises OSError when the file cannot be read and WavFormatError (a ValueError) saying what the
    file is and how to convert it when it is not audio this can use.
    """
    samples, rate = decode_wav(Path(path).read_bytes())
    out = resample(samples, rate, MIC_RATE)
    return np.clip(np.round(out * 32768.0), -32768, 32767).astype("<i2").tobytes()


@dataclass(frozen=True)
class MicChunk:
    """One chunk of microphone audio and the monotonic time its last sample was captured."""

    pcm: bytes
    captured_at: float


class ChunkQueue:
    """A bounded, thread-safe queue from an audio thread to the event loop that drops the oldest chunk.

    Dropping the oldest (not the newest) keeps what the person is saying *now*; `dropped` feeds the
    status line and the benchmark. `put` never blocks, so the audio thread never stalls.
    """

    def __init__(self, maxsize: int = MIC_QUEUE_CHUNKS) -> None:
        self._chunks: collections.deque[MicChunk] = collections.deque()
        self._maxsize = maxsize
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready: asyncio.Event | None = None
        self.dropped = 0

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Bind to the loop whose tasks call `get` (the event must be created on that loop)."""
        self._loop = loop
        self._ready = asyncio.Event()

    def put(self, chunk: MicChunk) -> None:
        with self._lock:
            if len(self._chunks) >= self._maxsize:
                self._chunks.popleft()
                self.dropped += 1
            self._chunks.append(chunk)
        loop, ready = self._loop, self._ready
        if loop is not None and ready is not None:
            with contextlib.suppress(RuntimeError):  # loop closed during shutdown
                loop.call_soon_threadsafe(ready.set)

    def get_nowait(self) -> MicChunk | None:
        with self._lock:
            return self._chunks.popleft() if self._chunks else None

    async def get(self) -> MicChunk:
        if self._ready is None:
            self.attach(asyncio.get_running_loop())
        assert self._ready is not None
        while True:
            chunk = self.get_nowait()
            if chunk is not None:
                return chunk
            # Cleared before awaiting: a producer's set() is scheduled on this loop and so runs after.
            self._ready.clear()
            await self._ready.wait()

    def __len__(self) -> int:
        with self._lock:
            return len(self._chunks)


class PreRoll:
    """The last PREROLL_MS of microphone audio heard while not talking, sent right after activity_start."""

    def __init__(self, ms: int = PREROLL_MS) -> None:
        self._ring: collections.deque[MicChunk] = collections.deque(maxlen=max(1, ms // CHUNK_MS))

    def append(self, chunk: MicChunk) -> None:
        self._ring.append(chunk)

    def drain(self) -> list[MicChunk]:
        chunks = list(self._ring)
        self._ring.clear()
        return chunks


class MicSource(Protocol):
    """Where microphone chunks come from: a real device (MicStream) or a WAV file (WavMic)."""

    queue: ChunkQueue
    description: str
    # Why the source stopped delivering (the device went away), or None while it works.
    failure: str | None

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def on_talk_start(self) -> None:
        """Push-to-talk pressed (a WAV source starts its file over)."""

    @property
    def exhausted(self) -> bool:
        """True when a finite source (a WAV file) has nothing more to say this turn."""
        ...


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence ALSA/JACK chatter on fd 2 while PortAudio probes devices.

    PortAudio's probing prints dozens of lines straight to file descriptor 2, which would scribble
    over a terminal UI; this is why audio is opened before the dashboard starts drawing.
    """
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _device_error(exc: BaseException) -> str:
    """PortAudio's reason without its error number: "[Errno -9996] Invalid input device (no default
    output device)" becomes "invalid input device", which is what a person can act on."""
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc)).strip()
    text = re.sub(r"\s*\(no default \w+ device\)$", "", text)  # PortAudio's note, often the wrong way round
    return (text[:1].lower() + text[1:]) or exc.__class__.__name__


def _import_pyaudio() -> Any:
    try:
        import pyaudio
    except ImportError as exc:  # the audio extra is optional
        raise AudioUnavailable("no PyAudio (pip install 'voice-crm[audio]'): voice off, text only") from exc
    return pyaudio


class MicStream:
    """The default input device at 16 kHz mono, read on a thread in CHUNK_MS chunks."""

    description = "microphone"

    def __init__(self, pa: Any, *, on_level: LevelCallback | None = None, device_index: int | None = None) -> None:
        self._pa = pa
        self._device_index = device_index
        self.failure: str | None = None
        self.rate = MIC_RATE  # the rate the device was opened at (its own, when it refused 16 kHz)
        self._resampler: StreamResampler | None = None
        self.queue = ChunkQueue()
        self.on_level = on_level
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._stream: Any = None

    @property
    def exhausted(self) -> bool:
        return False

    def on_talk_start(self) -> None:
        pass

    def open(self) -> None:
        """Open the device now, so a missing microphone is found before the session starts."""
        pyaudio = _import_pyaudio()
        try:
            self._stream = self._open_at(pyaudio, MIC_RATE)
        except Exception as exc:  # PortAudio raises OSError or IOError with a numeric code
            # A device that cannot do 16 kHz (many USB and Bluetooth headsets are 44.1/48 kHz only):
            # open it at its own rate and resample, rather than leave voice off.
            own = self._own_rate()
            if own is None or own == MIC_RATE:
                raise AudioUnavailable(f"no microphone ({_device_error(exc)}): voice off, text only") from exc
            try:
                self._stream = self._open_at(pyaudio, own)
            except Exception as again:
                raise AudioUnavailable(f"no microphone ({_device_error(again)}): voice off, text only") from again
            self.rate = own
            self._resampler = StreamResampler(own, MIC_RATE)
            self.description = f"microphone ({own} Hz, resampled to {MIC_RATE})"

    def _open_at(self, pyaudio: Any, rate: int) -> Any:
        with _quiet_stderr():
            return self._pa.open(
                format=pyaudio.paInt16,
                channels=1,
                rate=rate,
                input=True,
                frames_per_buffer=rate * CHUNK_MS // 1000,
                input_device_index=self._device_index,
            )

    def _own_rate(self) -> int | None:
        """The input device's default sample rate, None if PortAudio cannot say."""
        try:
            if self._device_index is None:
                info = self._pa.get_default_input_device_info()
            else:
                info = self._pa.get_device_info_by_index(self._device_index)
            return int(float(info["defaultSampleRate"]))
        except Exception:
            return None

    def start(self) -> None:
        if self._stream is None:
            self.open()
        self._stop.clear()
        self.failure = None
        self._thread = threading.Thread(target=self._run, name="mic", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                pcm = self._stream.read(self.rate * CHUNK_MS // 1000, exception_on_overflow=False)
            except Exception as exc:  # device unplugged, sound server gone: say so, do not spin
                self.failure = f"microphone stopped ({_device_error(exc)})"
                break
            if self._resampler is not None:
                pcm = self._resampler.process(pcm)
            self.queue.put(MicChunk(pcm, time.monotonic()))
            if self.on_level is not None:
                self.on_level(rms_dbfs(pcm))

    def stop(self) -> None:
        self._stop.set()
        join_and_close(self._thread, self._stream)
        self._thread = self._stream = None


def join_and_close(thread: threading.Thread | None, stream: Any) -> None:
    """The end of a PyAudio device: its worker thread joined (a second at most; it was told to stop)
    and its stream stopped and closed, whatever state a failed device left it in."""
    if thread is not None:
        thread.join(timeout=1.0)
    if stream is not None:
        with contextlib.suppress(Exception):
            stream.stop_stream()
            stream.close()


class WavMic:
    """A WAV file as the microphone (`--audio-in`): resampled to 16 kHz mono, paced in real time.

    Between turns it delivers silence, like a quiet room. Each push-to-talk press starts the file
    over; when the file has been said, `exhausted` turns true and the session ends the turn itself.
    In hands-free mode the file is said once, right after start.
    """

    def __init__(self, path: Path, *, on_level: LevelCallback | None = None, play_on_start: bool = False) -> None:
        self.path = Path(path)
        self.description = f"file {self.path.name}"
        self.failure: str | None = None  # a file does not go away once read
        self._pcm = read_wav_as_mic_pcm(self.path)
        self.queue = ChunkQueue()
        self.on_level = on_level
        self._lock = threading.Lock()
        self._pos: int | None = 0 if play_on_start else None  # None: silence, not playing the file
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.duration_s = len(self._pcm) / (MIC_RATE * SAMPLE_WIDTH)

    @property
    def exhausted(self) -> bool:
        with self._lock:
            return self._pos is None

    def on_talk_start(self) -> None:
        with self._lock:
            self._pos = 0

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="wav-mic", daemon=True)
        self._thread.start()

    def _next_chunk(self) -> bytes:
        size = MIC_CHUNK_FRAMES * SAMPLE_WIDTH
        with self._lock:
            if self._pos is None:
                return bytes(size)
            pcm = self._pcm[self._pos : self._pos + size]
            self._pos += size
            if self._pos >= len(self._pcm):
                self._pos = None
        return pcm + bytes(size - len(pcm))

    def _run(self) -> None:
        # Paced against a fixed schedule (not sleep-per-chunk) so timing errors do not accumulate.
        period = CHUNK_MS / 1000
        next_at = time.monotonic()
        while not self._stop.is_set():
            next_at += period
            delay = next_at - time.monotonic()
            if delay > 0 and self._stop.wait(delay):
                break
            pcm = self._next_chunk()
            self.queue.put(MicChunk(pcm, time.monotonic()))
            if self.on_level is not None:
                self.on_level(rms_dbfs(pcm))

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
            self._thread = None


class Speaker:
    """24 kHz mono output on a thread, behind a small jitter buffer; `flush()` is the barge-in button.

    Network audio arrives in bursts (a whole sentence in a few hundred ms). The writer waits until
    JITTER_MS is buffered (or the burst has clearly ended) before it starts, so playback does not
    stutter, then writes CHUNK_MS at a time — which is also how quickly `flush()` takes effect.
    """

    def __init__(self, pa: Any, *, on_level: LevelCallback | None = None, device_index: int | None = None) -> None:
        self._pa = pa
        self._device_index = device_index
        self.on_level = on_level
        self._buffer = bytearray()
        self._cond = threading.Condition()
        self._stop = False
        self._thread: threading.Thread | None = None
        self._stream: Any = None
        self._last_data_at = 0.0
        self.flushed_bytes = 0  # audio thrown away by barge-in, for tests and metrics
        self.played_bytes = 0
        self._last_write_at = 0.0  # monotonic time the last chunk went to the device

    def open(self) -> None:
        pyaudio = _import_pyaudio()
        try:
            with _quiet_stderr():
                self._stream = self._pa.open(
                    format=pyaudio.paInt16,
                    channels=1,
                    rate=SPEAKER_RATE,
                    output=True,
                    frames_per_buffer=SPEAKER_CHUNK_FRAMES,
                    output_device_index=self._device_index,
                )
        except Exception as exc:
            raise AudioUnavailable(f"no speaker ({_device_error(exc)}): voice off, text only") from exc

    def start(self) -> None:
        if self._stream is None:
            self.open()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="speaker", daemon=True)
        self._thread.start()

    def play(self, pcm: bytes) -> None:
        """Queue 24 kHz PCM for playback; returns at once."""
        with self._cond:
            self._buffer.extend(pcm)
            self._last_data_at = time.monotonic()
            self._cond.notify()

    def flush(self) -> int:
        """Drop everything not yet played (the person interrupted); returns how many bytes were dropped."""
        with self._cond:
            dropped = len(self._buffer)
            self._buffer.clear()
            self.flushed_bytes += dropped
            return dropped

    def sounding(self, tail_s: float) -> bool:
        """Whether the speaker is playing, or played within `tail_s` (its output latency and the
        room's echo): what half-duplex hands-free keeps out of the microphone."""
        with self._cond:
            if self._buffer:
                return True
        return time.monotonic() - self._last_write_at < tail_s

    @property
    def buffered_ms(self) -> float:
        with self._cond:
            return len(self._buffer) / (SPEAKER_RATE * SAMPLE_WIDTH) * 1000

    def _take_chunk(self) -> bytes | None:
        chunk_bytes = SPEAKER_CHUNK_FRAMES * SAMPLE_WIDTH
        jitter_bytes = SPEAKER_RATE * SAMPLE_WIDTH * JITTER_MS // 1000
        with self._cond:
            # Wait for data, then for the jitter buffer to fill or the burst to end.
            while not self._stop:
                have = len(self._buffer)
                quiet_for = time.monotonic() - self._last_data_at
                if have >= jitter_bytes or (have > 0 and quiet_for >= JITTER_MS / 1000):
                    break
                self._cond.wait(timeout=JITTER_MS / 1000 if have else 0.2)
            if self._stop:
                return None
            chunk = bytes(self._buffer[:chunk_bytes])
            del self._buffer[:chunk_bytes]
        if len(chunk) % SAMPLE_WIDTH:
            chunk = chunk[:-1]
        return chunk

    def _run(self) -> None:
        while True:
            chunk = self._take_chunk()
            if chunk is None:
                return
            try:
                self._stream.write(chunk)
            except Exception:  # device gone: keep draining so flush/close still work
                time.sleep(CHUNK_MS / 1000)
            self.played_bytes += len(chunk)
            self._last_write_at = time.monotonic()
            if self.on_level is not None:
                self.on_level(rms_dbfs(chunk))
            # Keep playing while buffered; after the buffer runs dry the jitter wait applies again.

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        join_and_close(self._thread, self._stream)
        self._thread = self._stream = None


class AudioIO:
    """A microphone source and (maybe) a speaker, opened together and closed together.

    `speaker` is None when there is a WAV microphone but no output device (a demo on a headless
    machine): the session then still streams the file and shows the answers as text.
    """

    def __init__(self, mic: MicSource, speaker: Speaker | None, pa: Any = None, notice: str = "") -> None:
        self.mic = mic
        self.speaker = speaker
        self._pa = pa
        self.notice = notice  # one line for the status bar ("no speaker: answers shown as text")

    def set_level_callbacks(self, on_in: LevelCallback | None, on_out: LevelCallback | None) -> None:
        self.mic.on_level = on_in  # type: ignore[attr-defined]
        if self.speaker is not None:
            self.speaker.on_level = on_out

    def start(self) -> None:
        self.mic.start()
        if self.speaker is not None:
            self.speaker.start()

    def stop(self) -> None:
        self.mic.stop()
        if self.speaker is not None:
            self.speaker.stop()

    def close(self) -> None:
        self.stop()
        if self._pa is not None:
            with contextlib.suppress(Exception):
                self._pa.terminate()
            self._pa = None


def open_audio(audio_in: Path | None = None, *, play_on_start: bool = False) -> AudioIO:
    """Open the microphone (or the WAV file) and the speaker; raise AudioUnavailable with a reason.

    Call this before the dashboard starts drawing: PortAudio's device probe writes to the terminal.
    With a WAV file the microphone needs no PyAudio; the speaker is then optional.
    """
    if audio_in is not None:
        mic: MicSource = WavMic(audio_in, play_on_start=play_on_start)
        try:
            pyaudio = _import_pyaudio()
            with _quiet_stderr():
                pa = pyaudio.PyAudio()
            speaker: Speaker | None = Speaker(pa)
            try:
                speaker.open()  # type: ignore[union-attr]
            except AudioUnavailable as exc:
                pa.terminate()
                return AudioIO(mic, None, None, notice=str(exc).split(":")[0] + ": answers shown as text")
            return AudioIO(mic, speaker, pa)
        except AudioUnavailable as exc:
            return AudioIO(mic, None, None, notice=str(exc).split(":")[0] + ": answers shown as text")
    pyaudio = _import_pyaudio()
    with _quiet_stderr():
        pa = pyaudio.PyAudio()
    try:
        mic_stream = MicStream(pa)
        mic_stream.open()
        speaker = Speaker(pa)
        speaker.open()
    except AudioUnavailable:
        with contextlib.suppress(Exception):
            mic_stream.stop()
        pa.terminate()
        raise
    return AudioIO(mic_stream, speaker, pa)
