"""The audio path through a virtual sound card: speech into the microphone reaches the Live API
between activity_start and activity_end; the model's audio comes out of the speaker; barge-in stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from crm_tui.voice.audio import MIC_RATE, SPEAKER_RATE, open_audio, read_wav_as_mic_pcm
from crm_tui.voice.events import Level, MicState, Transcript, VoiceEvent
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import VirtualSoundCard, wait_for
from tests.voice.standin import LiveStandIn, StandInConnection, b64, pick


def tone(freq: float, seconds: float, rate: int = SPEAKER_RATE, amplitude: float = 0.4) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return (np.sin(2 * np.pi * freq * t) * amplitude * 32767).astype("<i2").tobytes()


def best_match(haystack: np.ndarray, needle: np.ndarray) -> float:
    """Peak normalised cross-correlation of `needle` inside `haystack` (1.0: found unchanged)."""
    h = haystack.astype(np.float64)
    n = needle.astype(np.float64)
    size = 1 << int(np.ceil(np.log2(h.size + n.size)))
    corr = np.fft.irfft(np.fft.rfft(h, size) * np.conj(np.fft.rfft(n, size)), size)[: h.size]
    # Energy of each needle-sized window of the haystack, by running sums (a convolution is O(n*m)).
    sums = np.concatenate([[0.0], np.cumsum(h * h)])
    ends = np.minimum(np.arange(h.size) + n.size, h.size)
    energy = np.sqrt(np.maximum(sums[ends] - sums[: h.size], 0.0))
    score = corr / (np.linalg.norm(n) * np.maximum(energy, 1e-9))
    return float(np.max(score))


async def run_session(session: LiveVoiceSession, events: list[VoiceEvent]) -> asyncio.Task[None]:
    return asyncio.create_task(session.run(events.append))


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def test_speech_into_the_microphone_arrives_between_activity_start_and_end(
    sound_card: VirtualSoundCard, standin: LiveStandIn, voice_settings: Any, bot_core: Any, spoken_wav: Path
) -> None:
    audio = open_audio()
    session = LiveVoiceSession(voice_settings, bot_core, audio, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    task = await run_session(session, events)
    try:
        conn: StandInConnection = await standin.connection(0)
        assert session.toggle_talk() is True
        await conn.expect_realtime("activityStart")
        # Speak into the virtual microphone; paplay returns when the phrase has been played.
        proc = await asyncio.create_subprocess_exec("paplay", "-d", "mic", str(spoken_wav), env=sound_card.env)
        assert await asyncio.wait_for(proc.wait(), 20) == 0
        await asyncio.sleep(0.3)  # the capture pipeline's own latency, so the last syllable is in
        assert session.toggle_talk() is False
        await conn.expect_realtime("activityEnd")
    finally:
        await stop(task)
        audio.close()

    log = conn.realtime_log()
    kinds = [k for k, _ in log]
    start, end = kinds.index("activityStart"), kinds.index("activityEnd")
    assert all(k == "audio" for k in kinds[start + 1 : end]), "only audio between activity start and end"
    assert "audio" not in kinds[:start], "nothing leaves the microphone before the key is pressed"
    sent = np.frombuffer(b"".join(pcm for k, pcm in log[start + 1 : end]), dtype="<i2")
    said = np.frombuffer(read_wav_as_mic_pcm(spoken_wav), dtype="<i2")
    assert sent.size >= said.size, f"{sent.size / MIC_RATE:.2f}s sent for a {said.size / MIC_RATE:.2f}s phrase"
    # The whole phrase is in what was sent, sample for sample (a 16 kHz null sink does not resample).
    assert best_match(sent, said) > 0.9
    assert any(isinstance(e, Level) and e.direction == "in" and e.dbfs > -40 for e in events)
    assert [e.state for e in events if isinstance(e, MicState)][:3] == ["muted", "talking", "muted"]


async def test_model_audio_comes_out_of_the_speaker(
    sound_card: VirtualSoundCard, standin: LiveStandIn, voice_settings: Any, bot_core: Any, tmp_path: Path
) -> None:
    answer = tone(440, 0.6)

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        for i in range(0, len(answer), 4800):  # 100 ms pieces, as the Live API streams them
            await conn.say(audio=answer[i : i + 4800])
        await conn.say("Hello there.")
        await conn.turn_complete()

    recording = tmp_path / "said.raw"
    audio = open_audio()
    assert audio.speaker is not None
    session = LiveVoiceSession(voice_settings, bot_core, audio, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    with recording.open("wb") as out:
        parec = sound_card.popen(
            "parec", "-d", "spk.monitor", f"--rate={SPEAKER_RATE}", "--channels=1", "--format=s16le",
            "--latency-msec=20", stdout=out,
        )  # fmt: skip
        task = await run_session(session, events)
        try:
            await standin.connection(0)
            await session.send_text("hello")
            await wait_for(lambda: audio.speaker.played_bytes >= len(answer), what="the answer to be played")
            await asyncio.sleep(0.3)  # let the sink's monitor deliver the tail to parec
        finally:
            await stop(task)
            audio.close()
            parec.terminate()
            parec.wait(5)
    heard = np.frombuffer(recording.read_bytes()[: recording.stat().st_size // 2 * 2], dtype="<i2")
    loud = heard[np.abs(heard) > 1000]
    assert loud.size > 0.5 * SPEAKER_RATE, f"only {loud.size / SPEAKER_RATE:.2f}s of sound came out"
    spectrum = np.abs(np.fft.rfft(heard.astype(np.float64)))
    peak_hz = np.argmax(spectrum) * SPEAKER_RATE / heard.size
    assert abs(peak_hz - 440) < 5, f"the speaker played {peak_hz:.0f} Hz, the model sent 440 Hz"
    assert any(isinstance(e, Level) and e.direction == "out" and e.dbfs > -20 for e in events)
    assert session.metrics.first_audio_ms is not None


async def test_interrupted_stops_playback_at_once(
    sound_card: VirtualSoundCard, standin: LiveStandIn, voice_settings: Any, bot_core: Any
) -> None:
    long_answer = tone(300, 5.0)
    interrupted = asyncio.Event()

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.say("This is a very long answer", audio=long_answer)
        await conn.expect("clientContent")  # the person types over it
        await conn.interrupted()
        interrupted.set()
        await conn.turn_complete()

    audio = open_audio()
    speaker = audio.speaker
    assert speaker is not None
    session = LiveVoiceSession(voice_settings, bot_core, audio, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    task = await run_session(session, events)
    try:
        await standin.connection(0)
        await session.send_text("tell me everything")
        await wait_for(lambda: speaker.played_bytes > 0.3 * SPEAKER_RATE * 2, what="playback to start")
        await session.send_text("stop")
        await asyncio.wait_for(interrupted.wait(), 10)
        await wait_for(lambda: speaker.flushed_bytes > 0, what="the queued answer to be dropped")
        played_at_interrupt = speaker.played_bytes
        await asyncio.sleep(0.2)
    finally:
        await stop(task)
        audio.close()
    assert speaker.buffered_ms == 0
    # At most the one chunk in flight is played after the interruption.
    assert speaker.played_bytes - played_at_interrupt <= 2 * 480 * 2
    assert speaker.played_bytes + speaker.flushed_bytes <= len(long_answer)
    assert speaker.flushed_bytes > len(long_answer) // 2


async def test_a_microphone_that_goes_away_mid_turn_ends_the_turn_and_says_so(
    sound_card: VirtualSoundCard, standin: LiveStandIn, voice_settings: Any, bot_core: Any
) -> None:
    """The headset is unplugged (here: the sound server goes) while the person is talking."""
    audio = open_audio()
    session = LiveVoiceSession(voice_settings, bot_core, audio, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    task = await run_session(session, events)
    try:
        conn: StandInConnection = await standin.connection(0)
        assert session.toggle_talk() is True
        await conn.expect_realtime("activityStart")
        await conn.expect_realtime("audio")
        sound_card.run("pactl", "exit")  # every device is gone at once
        # The open turn is closed, so the model is not left waiting for the rest of it.
        await conn.expect_realtime("activityEnd", within=15)
        await wait_for(
            lambda: any(isinstance(e, MicState) and e.state == "no_microphone" for e in events),
            within=15, what="the microphone to be reported gone",
        )  # fmt: skip
        assert session.toggle_talk() is False, "push-to-talk says there is no microphone"
    finally:
        await stop(task)
        audio.close()
    gone = [e for e in events if isinstance(e, MicState) and e.state == "no_microphone"]
    assert gone[0].detail.startswith("microphone stopped"), gone[0].detail


async def test_talking_over_the_answer_plays_none_of_its_late_chunks_but_all_of_the_next_answer(
    sound_card: VirtualSoundCard, standin: LiveStandIn, voice_settings: Any, bot_core: Any
) -> None:
    """Barge-in races the network: audio of the old answer still in flight when the person starts
    talking (sent before the server saw activityStart) must not come out of the speaker."""
    answer, late, next_answer = tone(300, 3.0), tone(300, 1.0), tone(440, 0.5)
    talked_over = asyncio.Event()

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.say("A long answer", audio=answer)
        await conn.expect_realtime("activityStart")  # the person presses talk mid-answer
        await conn.say(" that goes on", audio=late)  # already on its way when the server stopped
        await asyncio.sleep(0.3)  # the server's `interrupted` comes a moment later
        await conn.interrupted()
        talked_over.set()
        await conn.expect_realtime("activityEnd", within=15)
        await conn.say("Yes?", audio=next_answer)
        await conn.turn_complete()

    audio = open_audio()
    speaker = audio.speaker
    assert speaker is not None
    session = LiveVoiceSession(voice_settings, bot_core, audio, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    task = await run_session(session, events)
    try:
        await standin.connection(0)
        await session.send_text("tell me everything")
        await wait_for(lambda: speaker.played_bytes > 0.3 * SPEAKER_RATE * 2, what="playback to start")
        assert session.toggle_talk() is True
        played_at_talk = speaker.played_bytes
        await asyncio.wait_for(talked_over.wait(), 10)
        await asyncio.sleep(0.3)
        played_while_talking = speaker.played_bytes - played_at_talk
        assert session.toggle_talk() is False
        await wait_for(
            lambda: speaker.played_bytes - played_at_talk >= len(next_answer), within=10, what="the next answer to play"
        )
        await asyncio.sleep(0.3)
    finally:
        await stop(task)
        audio.close()
    chunk = 480 * 2
    assert played_while_talking <= 2 * chunk, f"{played_while_talking} bytes of the old answer played over the person"
    after = speaker.played_bytes - played_at_talk
    assert len(next_answer) <= after <= len(next_answer) + 2 * chunk, f"{after} bytes played after talk, not just the next answer"
    finals = [e.text for e in events if isinstance(e, Transcript) and e.final and e.role == "assistant"]
    assert finals == ["A long answer", "Yes?"], "the words never spoken are not shown as said"


@pytest.mark.parametrize("half_duplex", [True, False], ids=["half-duplex", "control-mic-always-on"])
async def test_hands_free_does_not_send_the_assistants_own_voice_back_to_gemini(
    sound_card: VirtualSoundCard, standin: LiveStandIn, voice_settings: Any, bot_core: Any, half_duplex: bool
) -> None:
    """Laptop speakers: what the speaker plays reaches the microphone (the speaker's monitor looped
    into the microphone's sink). In half-duplex hands-free the far end hears silence while the
    assistant speaks; with the microphone always on (the control) it hears the assistant's 440 Hz."""
    sound_card.run("pactl", "load-module", "module-loopback", "source=spk.monitor", "sink=mic", "latency_msec=30")
    answer = tone(440, 1.2)
    answer_from: list[int] = []

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.expect_realtime("audio")  # the microphone streams
        await asyncio.sleep(0.3)
        answer_from.append(len(conn.received))
        for i in range(0, len(answer), 4800):
            await conn.say(audio=answer[i : i + 4800])
        await conn.turn_complete()

    audio = open_audio()
    assert audio.speaker is not None
    session = LiveVoiceSession(
        voice_settings, bot_core, audio, ssl_context=standin.client_ssl_context(), hands_free=True,
        half_duplex=half_duplex,
    )  # fmt: skip
    events: list[VoiceEvent] = []
    task = await run_session(session, events)
    try:
        conn = await standin.connection(0)
        await wait_for(lambda: audio.speaker.played_bytes >= len(answer), what="the answer to be played")
        await asyncio.sleep(0.8)  # the echo's tail, through the loopback, into the stream
    finally:
        await stop(task)
        audio.close()
    heard = b"".join(
        b64(pick(pick(m, "realtimeInput"), "audio")["data"])
        for m in conn.received[answer_from[0] :]
        if pick(m, "realtimeInput") is not None and pick(pick(m, "realtimeInput"), "audio") is not None
    )
    samples = np.frombuffer(heard[: len(heard) // 2 * 2], dtype="<i2").astype(np.float64)
    assert samples.size >= 1.5 * MIC_RATE, f"only {samples.size / MIC_RATE:.2f} s streamed during and after the answer"
    chunks = samples[: samples.size // 320 * 320].reshape(-1, 320)  # 20 ms
    loudest_dbfs = 20 * np.log10(max(float(np.sqrt((chunks**2).mean(axis=1)).max()), 1e-9) / 32768)
    modes = {e.mode for e in events if isinstance(e, MicState) and e.state == "listening"}
    if half_duplex:
        assert loudest_dbfs < -60, f"the far end heard the assistant at {loudest_dbfs:.1f} dBFS"
        assert modes == {"half-duplex"}, "the status line says which mode is on"
    else:
        assert loudest_dbfs > -30, f"the control heard only {loudest_dbfs:.1f} dBFS: the loopback did not work"
        spectrum = np.abs(np.fft.rfft(samples))
        assert abs(np.argmax(spectrum) * MIC_RATE / samples.size - 440) < 10, "and it was the assistant's tone"
        assert modes == {""}
