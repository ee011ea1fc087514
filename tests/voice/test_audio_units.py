"""Audio helpers on their own: levels, resampling, WAV input, the drop-oldest queue and the pre-roll."""

from __future__ import annotations

import asyncio
import subprocess
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from crm_tui.voice.audio import (
    CHUNK_MS,
    MIC_RATE,
    PREROLL_MS,
    SILENCE_DBFS,
    ChunkQueue,
    MicChunk,
    PreRoll,
    WavFormatError,
    read_wav_as_mic_pcm,
    rms_dbfs,
)
from tests.conftest import require_tools


def test_levels_in_dbfs() -> None:
    assert rms_dbfs(b"") == SILENCE_DBFS
    assert rms_dbfs(bytes(640)) == SILENCE_DBFS
    full_square = np.array([32767, -32767] * 160, dtype="<i2").tobytes()
    assert abs(rms_dbfs(full_square)) < 0.01
    t = np.arange(MIC_RATE // 10) / MIC_RATE
    half_sine = (np.sin(2 * np.pi * 440 * t) * 16384).astype("<i2").tobytes()
    assert abs(rms_dbfs(half_sine) - (-9.03)) < 0.1  # -6 dB for half scale, -3 dB for a sine


def test_a_stereo_44k_wav_becomes_16k_mono(tmp_path: Path) -> None:
    rate, seconds = 44_100, 0.5
    t = np.arange(int(rate * seconds)) / rate
    left = np.sin(2 * np.pi * 300 * t) * 12000
    frames = np.stack([left, left], axis=1).astype("<i2").tobytes()
    path = tmp_path / "stereo.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    pcm = np.frombuffer(read_wav_as_mic_pcm(path), dtype="<i2")
    assert abs(pcm.size - MIC_RATE * seconds) <= 1
    peak_hz = np.argmax(np.abs(np.fft.rfft(pcm.astype(np.float64)))) * MIC_RATE / pcm.size
    assert abs(peak_hz - 300) < 3
    assert 11000 < np.max(np.abs(pcm)) <= 12001


def sox(src: Path, dst: Path, *args: str) -> Path:
    require_tools("sox")
    subprocess.run(["sox", str(src), *args, str(dst)], check=True, timeout=30, capture_output=True)
    return dst


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    n = min(a.size, b.size)
    x, y = a[:n].astype(np.float64), b[:n].astype(np.float64)
    return float(np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y)))


@pytest.mark.parametrize(
    "sox_args",
    [
        ["-r", "8000", "-c", "1", "-b", "16"],
        ["-r", "44100", "-c", "2", "-b", "16"],
        ["-r", "48000", "-c", "2", "-b", "16"],
        ["-r", "16000", "-c", "1", "-b", "8"],  # unsigned 8-bit
        ["-r", "48000", "-c", "1", "-b", "24"],  # sox writes WAVE_FORMAT_EXTENSIBLE
        ["-r", "44100", "-c", "2", "-b", "24"],
        ["-r", "16000", "-c", "1", "-b", "32"],
        ["-r", "16000", "-c", "1", "-e", "floating-point", "-b", "32"],
        ["-r", "8000", "-c", "1", "-e", "u-law"],  # a phone recording
        ["-r", "8000", "-c", "1", "-e", "a-law"],
    ],
    ids=["8k", "44k1-stereo", "48k-stereo", "8-bit", "24-bit", "24-bit-44k1-stereo", "32-bit", "float", "mu-law", "a-law"],
)
def test_any_common_wav_becomes_the_same_16k_mono_speech(spoken_wav: Path, tmp_path: Path, sox_args: list[str]) -> None:
    """`--audio-in` takes what recorders write; each comes out as the phrase at 16 kHz, same length."""
    reference = np.frombuffer(read_wav_as_mic_pcm(spoken_wav), dtype="<i2")
    pcm = np.frombuffer(read_wav_as_mic_pcm(sox(spoken_wav, tmp_path / "in.wav", *sox_args)), dtype="<i2")
    assert abs(pcm.size - reference.size) <= 2, f"{pcm.size} samples for a {reference.size}-sample phrase"
    # 8 kHz and 8-bit inputs lose the top band and some resolution; the phrase is still the phrase.
    assert correlation(pcm, reference) > 0.97
    assert 0.5 < np.max(np.abs(pcm)) / np.max(np.abs(reference)) < 1.5


def test_downsampling_does_not_fold_high_frequencies_into_the_speech_band(tmp_path: Path) -> None:
    """A 10 kHz hiss in a 48 kHz file must not come out as a 6 kHz whistle at 16 kHz."""
    rate = 48_000
    t = np.arange(rate) / rate
    path = tmp_path / "hiss.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.sin(2 * np.pi * 10_000 * t) * 16000).astype("<i2").tobytes())
    pcm = np.frombuffer(read_wav_as_mic_pcm(path), dtype="<i2")
    assert rms_dbfs(pcm[1000:-1000].tobytes()) < -60, "the 10 kHz tone leaked into the 16 kHz stream"


def test_files_that_are_not_usable_audio_say_what_they_are_and_how_to_convert(spoken_wav: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("not audio")
    with pytest.raises(WavFormatError, match="not a WAV file"):
        read_wav_as_mic_pcm(text)
    adpcm = sox(spoken_wav, tmp_path / "adpcm.wav", "-e", "ima-adpcm")
    with pytest.raises(WavFormatError, match=r"compressed.*sox IN.wav -r 16000 -c 1 -b 16 OUT.wav"):
        read_wav_as_mic_pcm(adpcm)
    empty = tmp_path / "empty.wav"
    with wave.open(str(empty), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
    with pytest.raises(WavFormatError, match="no audio"):
        read_wav_as_mic_pcm(empty)
    with pytest.raises(FileNotFoundError):
        read_wav_as_mic_pcm(tmp_path / "missing.wav")


async def test_the_queue_drops_the_oldest_chunk_and_counts_it() -> None:
    queue = ChunkQueue(maxsize=3)
    queue.attach(asyncio.get_running_loop())
    # Produced on another thread, as the microphone does; put() never blocks.
    producer = threading.Thread(target=lambda: [queue.put(MicChunk(bytes([i]), float(i))) for i in range(5)])
    producer.start()
    producer.join()
    assert queue.dropped == 2
    got = [await queue.get() for _ in range(3)]
    assert [c.pcm for c in got] == [bytes([2]), bytes([3]), bytes([4])]


async def test_get_waits_for_a_chunk_from_another_thread() -> None:
    queue = ChunkQueue()
    queue.attach(asyncio.get_running_loop())
    waiter = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    threading.Thread(target=queue.put, args=(MicChunk(b"xy", 1.0),)).start()
    assert (await asyncio.wait_for(waiter, 5)).pcm == b"xy"


def test_preroll_keeps_the_last_300_ms() -> None:
    preroll = PreRoll()
    for i in range(100):
        preroll.append(MicChunk(bytes([i]), float(i)))
    kept = preroll.drain()
    assert len(kept) == PREROLL_MS // CHUNK_MS
    assert kept[-1].pcm == bytes([99])
    assert preroll.drain() == []


def test_model_audio_at_another_rate_plays_at_the_right_pitch() -> None:
    """The Live API's audio/pcm names its rate; 16 kHz speech must not play 1.5x fast on a 24 kHz speaker."""
    from google.genai import types

    from crm_tui.voice.audio import SPEAKER_RATE
    from crm_tui.voice.live import model_audio

    t = np.arange(MIC_RATE) / MIC_RATE
    pcm = (np.sin(2 * np.pi * 440 * t) * 8000).astype("<i2").tobytes()

    def part(mime: str) -> types.LiveServerContent:
        blob = types.Blob(data=pcm, mime_type=mime)
        return types.LiveServerContent(model_turn=types.Content(parts=[types.Part(inline_data=blob)]))

    (played,) = model_audio(part("audio/pcm;rate=16000"))
    out = np.frombuffer(played, dtype="<i2").astype(np.float64)
    assert out.size == SPEAKER_RATE  # one second stays one second
    assert abs(np.argmax(np.abs(np.fft.rfft(out))) * SPEAKER_RATE / out.size - 440) < 2
    assert model_audio(part("audio/pcm;rate=24000")) == [pcm]  # the usual case is passed through as is


@pytest.mark.parametrize("device_rate", [48_000, 44_100, 8_000])
def test_a_stream_resampled_chunk_by_chunk_matches_the_whole_and_keeps_time(device_rate: int) -> None:
    """A microphone opened at its own rate: 20 ms chunks in, 16 kHz out, as clean as resampling the
    whole recording at once (no clicks at chunk edges) and with no drift over 5 s."""
    from crm_tui.voice.audio import StreamResampler, resample

    seconds = 5.0
    t = np.arange(int(seconds * device_rate)) / device_rate
    tone = np.round(np.sin(2 * np.pi * 1000 * t) * 12000).astype("<i2")
    stream = StreamResampler(device_rate)
    per_chunk = device_rate * CHUNK_MS // 1000
    out = b"".join(stream.process(tone[i : i + per_chunk].tobytes()) for i in range(0, tone.size, per_chunk))
    got = np.frombuffer(out, dtype="<i2").astype(np.float64)
    assert abs(got.size - seconds * MIC_RATE) <= 2 * 101 * MIC_RATE / device_rate + 2, f"{got.size} samples for {seconds} s"
    whole = resample(tone.astype(np.float64), device_rate, MIC_RATE)[: got.size]
    middle = slice(200, got.size - 200)
    error = np.sqrt(np.mean((got[middle] - whole[middle]) ** 2)) / np.sqrt(np.mean(whole[middle] ** 2))
    # Going up (an 8 kHz phone headset) the stream interpolates without the whole-file path's
    # image filter: the same pitch and timing, the images above 4 kHz a few percent of the signal.
    assert error < (0.01 if device_rate > MIC_RATE else 0.06), f"chunked differs from whole by {error:.3%}"
    spectrum = np.abs(np.fft.rfft(got[middle]))
    assert abs(np.argmax(spectrum) * MIC_RATE / got[middle].size - 1000) < 2


class _Only48kHz:
    """PortAudio at the device edge: an input that refuses 16 kHz and delivers a 48 kHz tone."""

    def __init__(self) -> None:
        self.opened: list[int] = []

    def open(self, *, rate: int, frames_per_buffer: int, **_: object) -> object:
        if rate != 48_000:
            raise OSError(-9997, "Invalid sample rate")
        self.opened.append(rate)
        device = self

        class Stream:
            phase = 0

            def read(self, frames: int, exception_on_overflow: bool = False) -> bytes:
                n = np.arange(self.phase, self.phase + frames)
                self.phase += frames
                return np.round(np.sin(2 * np.pi * 440 * n / 48_000) * 8000).astype("<i2").tobytes()

            def stop_stream(self) -> None: ...

            def close(self) -> None:
                device.opened.append(-1)

        return Stream()

    def get_default_input_device_info(self) -> dict[str, float]:
        return {"defaultSampleRate": 48000.0}


def test_a_microphone_that_cannot_open_at_16_khz_is_opened_at_its_own_rate_and_resampled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types as pytypes

    from crm_tui.voice import audio as audio_module

    monkeypatch.setattr(audio_module, "_import_pyaudio", lambda: pytypes.SimpleNamespace(paInt16=8))
    device = _Only48kHz()
    mic = audio_module.MicStream(device)
    mic.start()
    try:
        got = bytearray()
        while len(got) < MIC_RATE * 2:  # one second
            chunk = mic.queue.get_nowait()
            if chunk is not None:
                got += chunk.pcm
    finally:
        mic.stop()
    assert device.opened[0] == 48_000 and mic.rate == 48_000
    assert "48000 Hz, resampled to 16000" in mic.description
    samples = np.frombuffer(bytes(got), dtype="<i2").astype(np.float64)
    spectrum = np.abs(np.fft.rfft(samples))
    assert abs(np.argmax(spectrum) * MIC_RATE / samples.size - 440) < 3, "the tone at its pitch, at 16 kHz"
