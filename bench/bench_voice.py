"""Voice loop benchmark against the Live API stand-in: what the status line's numbers look like.

Measures, on loopback with the CRM in-process and the real SDK, bot core and SQLite:
- tool call round trip (function call received -> response sent), p50/p95, for lookups and writes
  (target: p50 under 10 ms);
- time from activity_end to the first audio chunk out (the stand-in answers at once, so this is our
  own overhead plus TLS websocket hops);
- microphone chunks dropped while streaming at real time (target: 0);
- how long a dropped connection (1011) takes to be resumed with the handle, and a GoAway (the old
  connection closed first, then the resume);
- reconnects counted by the session (what the status line shows) against the sockets the stand-in saw;
- tokens in and out per turn as the session reads them from usage_metadata (the stand-in's numbers:
  this proves the path to the status line, not a model's cost).

Run: `.venv/bin/python bench/bench_voice.py` (or `make bench`). Prints one JSON line.
Timings vary on a shared machine; compare runs, do not assert on them in tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_server.embedded import EmbeddedServer  # noqa: E402
from crm_tui.bot.client import CrmClient  # noqa: E402
from crm_tui.bot.core import BotCore  # noqa: E402
from crm_tui.config import Settings  # noqa: E402
from crm_tui.voice.audio import MIC_RATE, AudioIO, WavMic  # noqa: E402
from crm_tui.voice.events import Metrics, SessionState, ToolResult, VoiceEvent  # noqa: E402
from crm_tui.voice.session import LiveVoiceSession  # noqa: E402
from tests.voice.standin import LiveStandIn, StandInConnection  # noqa: E402

TOOL_CALLS = 200
TURNS = 10


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


def write_phrase(path: Path, seconds: float = 0.4) -> None:
    """A short burst of tone as the 'spoken' turn (content does not matter to the timing)."""
    t = np.arange(int(seconds * MIC_RATE)) / MIC_RATE
    pcm = (np.sin(2 * np.pi * 220 * t) * 8000).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(MIC_RATE)
        w.writeframes(pcm)


async def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        crm_server = EmbeddedServer(data_dir=tmp_path / "crm", host="127.0.0.1", port=0, log_format="quiet")
        await crm_server.start()
        standin = LiveStandIn(tmp_path)
        await standin.start()
        done = asyncio.Event()

        @standin.script
        async def model(conn: StandInConnection) -> None:
            # Tool calls: alternate a write (createLead) and a lookup (findLeads), one at a time.
            for i in range(TOOL_CALLS):
                if i % 2 == 0:
                    args = {"name": f"Bench Lead {i}", "phone": f"98{i:08d}", "city": "Pune"}
                    await conn.tool_call((f"c{i}", "createLead", args))
                else:
                    await conn.tool_call((f"c{i}", "findLeads", {"query": f"Bench Lead {i - 1}"}))
                await conn.expect("toolResponse")
            # Spoken turns: answer each activity_end with audio at once.
            for turn in range(TURNS):
                await conn.expect_realtime("activityEnd", within=30)
                await conn.say("OK.", audio=bytes(960))
                await conn.turn_complete()
                await conn.usage(600 + 45 * turn, 12)
            await conn.resumption_handle("bench-handle")
            await conn.drop(1011)  # the connection falls over: how long until the session is back?

        @standin.script
        async def resumed(conn: StandInConnection) -> None:
            await conn.resumption_handle("bench-handle-2")
            await conn.go_away("10s")  # the ~10-minute rotation: close, then resume

        @standin.script
        async def rotated(conn: StandInConnection) -> None:
            done.set()

        wav = tmp_path / "phrase.wav"
        write_phrase(wav)
        settings = Settings(gemini_api_key="bench", gemini_base_url=standin.base_url, crm_base_url=crm_server.url)
        crm = CrmClient(crm_server.url)
        core = BotCore(crm, settings.crm_timezone)
        mic = WavMic(wav)
        session = LiveVoiceSession(settings, core, AudioIO(mic, None), ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        tools_answered = asyncio.Event()
        turns_answered: asyncio.Queue[float] = asyncio.Queue()

        state_times: list[tuple[str, float]] = []
        last_first: list[float | None] = [None]

        def emit(event: VoiceEvent) -> None:
            events.append(event)
            if isinstance(event, SessionState):
                state_times.append((event.state, time.perf_counter()))  # levels come from the microphone thread: only append for those
            if isinstance(event, ToolResult) and sum(isinstance(e, ToolResult) for e in events) == TOOL_CALLS:
                tools_answered.set()
            # Metrics repeat the last first-audio figure when another number (tokens) changes.
            if isinstance(event, Metrics) and event.first_audio_ms is not None and event.first_audio_ms != last_first[0]:
                last_first[0] = event.first_audio_ms
                turns_answered.put_nowait(event.first_audio_ms)

        task = asyncio.create_task(session.run(emit))
        try:
            await standin.connection(0)
            await asyncio.wait_for(tools_answered.wait(), 120)
            for _ in range(TURNS):
                session.toggle_talk()  # the file is said, then the turn ends by itself
                await asyncio.wait_for(turns_answered.get(), 30)
            await asyncio.wait_for(done.wait(), 30)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await crm.close()
            await standin.stop()
            await crm_server.stop()

    results = [e for e in events if isinstance(e, ToolResult)]
    writes = [r.latency_ms for r in results if r.call.name == "createLead"]
    reads = [r.latency_ms for r in results if r.call.name == "findLeads"]
    failed = [r for r in results if not r.result.ok]
    first_audio = [e.first_audio_ms for e in events if isinstance(e, Metrics) and e.first_audio_ms is not None]
    first_audio = [ms for i, ms in enumerate(first_audio) if i == 0 or ms != first_audio[i - 1]]
    dropped_at = next(t for s, t in state_times if s == "reconnecting")
    back_at = next(t for s, t in state_times if s == "connected" and t > dropped_at)
    rotating_at = next(t for s, t in state_times if s == "reconnecting" and t > back_at)
    rotated_at = next(t for s, t in state_times if s == "connected" and t > rotating_at)
    tokens = [(e.tokens_in, e.tokens_out) for e in events if isinstance(e, Metrics) and e.tokens_in is not None]
    tokens = [t for i, t in enumerate(tokens) if i == 0 or t != tokens[i - 1]]  # one per turn
    return {
        "bench": "voice",
        "resume_after_drop_ms": round((back_at - dropped_at) * 1000, 2),
        "resume_after_goaway_ms": round((rotated_at - rotating_at) * 1000, 2),
        "reconnects": session.metrics.reconnects,
        "sockets_opened": len(standin.sockets),
        "tokens_turns": len(tokens),
        "tokens_in_per_turn_p50": statistics.median(t[0] or 0 for t in tokens) if tokens else None,
        "tokens_out_per_turn_p50": statistics.median(t[1] or 0 for t in tokens) if tokens else None,
        "tool_calls": len(results),
        "tool_calls_failed": len(failed),
        "tool_rtt_ms_p50": pct(writes + reads, 0.5),
        "tool_rtt_ms_p95": pct(writes + reads, 0.95),
        "tool_rtt_write_ms_p50": pct(writes, 0.5),
        "tool_rtt_lookup_ms_p50": pct(reads, 0.5),
        "first_audio_ms_p50": round(statistics.median(first_audio), 2),
        "first_audio_ms_max": round(max(first_audio), 2),
        "turns": len(first_audio),
        "mic_chunks_dropped": session.metrics.dropped_chunks,
        "target_tool_rtt_p50_under_10ms": pct(writes + reads, 0.5) < 10,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main())), flush=True)
