"""Audio helpers on their own: levels, resampling, WAV input, the drop-oldest queue and the pre-roll."""

from __future__ import annotations

import asyncio
import threading
import wave
from pathlib import Path

import numpy as np

from crm_tui.voice.audio import (
    CHUNK_MS,
    MIC_RATE,
    PREROLL_MS,
    SILENCE_DBFS,
    ChunkQueue,
    MicChunk,
    PreRoll,
    read_wav_as_mic_pcm,
    rms_dbfs,
)


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
