"""The Live session against the stand-in, with the real SDK, the real bot core and a real CRM server.

The stand-in plays the model; everything on our side is the code the dashboard runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice.audio import MIC_RATE, SAMPLE_WIDTH, AudioIO, WavMic
from crm_tui.voice.events import Metrics, SessionState, ToolResult, Transcript, VoiceEvent
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import NOW, wait_for
from tests.voice.standin import LiveStandIn, StandInConnection, pick


@contextlib.asynccontextmanager
async def running(session: LiveVoiceSession, events: list[VoiceEvent]) -> AsyncIterator[None]:
    task = asyncio.create_task(session.run(events.append))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def responses(body: Any) -> list[dict[str, Any]]:
    return list(pick(body, "functionResponses"))


async def crm_get(url: str) -> Any:
    async with aiohttp.ClientSession() as http, http.get(url) as resp:
        assert resp.status == 200, await resp.text()
        return await resp.json()


async def test_setup_asks_for_tools_transcription_push_to_talk_resumption_and_compression(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore
) -> None:
    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        conn = await standin.connection(0)
        await wait_for(lambda: session.state.state == "connected", what="the session to be up")
    setup = conn.setup
    # The stand-in refuses names the Live API does not know (see test below); the top level is
    # exactly the camelCase the SDK writes.
    assert set(setup) == {
        "model", "generationConfig", "systemInstruction", "tools", "realtimeInputConfig", "sessionResumption",
        "contextWindowCompression", "inputAudioTranscription", "outputAudioTranscription",
    }
    assert setup["model"] == f"models/{voice_settings.gemini_model}"
    assert pick(setup["generationConfig"], "responseModalities") == ["AUDIO"]
    declared = [fd for tool in setup["tools"] for fd in pick(tool, "functionDeclarations")]
    assert {fd["name"] for fd in declared} == {"createLead", "scheduleVisit", "updateLeadStatus", "findLeads",
                                              "cancelVisit", "findVisits", "getStats",
                                              "updateLead", "archiveLead", "undo"}
    schedule = next(fd for fd in declared if fd["name"] == "scheduleVisit")
    assert schedule["parameters"]["properties"]["reschedule"]["type"] == "BOOLEAN"
    # The model waits for each answer before it speaks (gemini-3.8-live defaults to NON_BLOCKING).
    assert {fd.get("behavior") for fd in declared} == {"BLOCKING"}
    assert pick(setup, "inputAudioTranscription") == {}
    assert pick(setup, "outputAudioTranscription") == {}
    detection = pick(pick(setup, "realtimeInputConfig"), "automaticActivityDetection")
    assert detection == {"disabled": True}, "push-to-talk: the client marks turns, not the server"
    assert pick(setup, "sessionResumption") == {}
    assert pick(pick(setup, "contextWindowCompression"), "slidingWindow") == {}
    instruction = setup["systemInstruction"]["parts"][0]["text"]
    assert "2026-11-25" in instruction and "Asia/Kolkata" in instruction, "today's date and zone are given"
    assert "UTC+05:30" in instruction and "2026-11-26T15:00:00+05:30" in instruction, "the exact format, by example"
    assert "digit by digit" in instruction and "findLeads" in instruction
    assert conn.headers.get("x-goog-api-key") == "test-key"
    # Quitting closes the socket normally (1000), so the server ends the session rather than waiting.
    await conn.wait_closed()
    assert conn.ws.close_code == 1000
    assert [e.state for e in events if isinstance(e, SessionState)][-1] == "closed"
    assert not any(isinstance(e, SessionState) and e.state == "error" for e in events)


@pytest.mark.parametrize(
    ("message", "refused"),
    [
        ({"setup": {"model": "models/m", "realtimeInputConfig": {"automaticActivityDetect": {"disabled": True}}}},
         "automaticActivityDetect"),
        ({"setup": {"model": "models/m", "realtimeInputConfig": {"activityHandling": "INTERRUPT"}}}, "INTERRUPT"),
        ({"setup": {"model": "models/m", "sessionResumptionConfig": {}}}, "sessionResumptionConfig"),
        ({"setup": {"model": "models/m", "tools": [{"functionDeclarations": [{"name": "f", "behaviour": "BLOCKING"}]}]}},
         "behaviour"),
    ],
    ids=["misspelled-field", "bad-enum", "sdk-type-name-not-wire-name", "misspelled-in-a-tool"],
)
async def test_the_standin_refuses_a_setup_the_live_api_would_refuse(
    standin: LiveStandIn, message: dict[str, Any], refused: str
) -> None:
    """The setup checks above can fail: a wrong name closes the socket with 1007, as Google's server does."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    url = standin.base_url.replace("https://", "wss://") + (
        "/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent"
    )
    async with connect(url, ssl=standin.client_ssl_context()) as ws:
        await ws.send(json.dumps(message))
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 10)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1007
    assert refused in closed.value.rcvd.reason
    assert standin.connections == []
    standin.errors.clear()  # refused on purpose here; elsewhere a refusal fails the test


async def test_hands_free_leaves_voice_detection_to_the_server(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore
) -> None:
    session = LiveVoiceSession(
        voice_settings, bot_core, None, ssl_context=standin.client_ssl_context(), hands_free=True
    )
    async with running(session, []):
        conn = await standin.connection(0)
    detection = pick(pick(conn.setup, "realtimeInputConfig"), "automaticActivityDetection")
    assert not detection.get("disabled")


async def test_every_tool_round_trips_through_the_bot_core_into_the_crm(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    answers: dict[str, Any] = {}

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.hear("Add Rohan Sharma from Gurgaon, nine eight seven six five four three two one zero")
        await conn.tool_call(("c1", "createLead", {"name": "rohan sharma", "phone": "+91 98765 43210", "city": "gurgaon", "source": "Instagram"}))
        answers["c1"] = responses(await conn.expect("toolResponse"))
        await conn.say("Created lead Rohan Sharma.")
        await conn.turn_complete()
        # The person refers to the lead by name; the model passes it on and the core resolves it.
        await conn.tool_call(("c2", "scheduleVisit", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T15:00:00+05:30", "notes": "site visit"}))
        answers["c2"] = responses(await conn.expect("toolResponse"))
        lead_id = answers["c1"][0]["response"]["output"]["result"]["lead_id"]
        await conn.tool_call(("c3", "updateLeadStatus", {"lead_id": lead_id[:8], "status": "won"}))
        answers["c3"] = responses(await conn.expect("toolResponse"))
        await conn.tool_call(("c4", "findLeads", {"query": "Rohan"}))
        answers["c4"] = responses(await conn.expect("toolResponse"))
        # "Move it to Friday 5", then "cancel it": a JSON boolean for the move, the fifth tool for the cancel.
        await conn.tool_call(("c5", "scheduleVisit", {"lead_id": "Rohan", "visit_time": "2026-11-27T17:00:00+05:30",
                                                      "reschedule": True}))
        answers["c5"] = responses(await conn.expect("toolResponse"))
        await conn.tool_call(("c6", "cancelVisit", {"lead_id": lead_id[:8], "notes": "client travelling"}))
        answers["c6"] = responses(await conn.expect("toolResponse"))
        await conn.turn_complete()

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await wait_for(lambda: len(answers) == 6, what="six tool responses")
        await wait_for(lambda: sum(isinstance(e, ToolResult) for e in events) == 6, what="six tool pane rows")

    # Each answer carries its call's id and the DESIGN.md result.
    for call_id, intent in [("c1", "LEAD_CREATE"), ("c2", "VISIT_SCHEDULE"), ("c3", "LEAD_UPDATE"), ("c4", "LEAD_FIND"),
                            ("c5", "VISIT_SCHEDULE"), ("c6", "VISIT_CANCEL")]:
        (answer,) = answers[call_id]
        assert answer["id"] == call_id
        assert set(answer["response"]) == {"output"}, answer["response"]
        output = answer["response"]["output"]
        assert output["intent"] == intent and output["status"] == "OK"
        assert output["message"]
    created = answers["c1"][0]["response"]["output"]
    assert created["entities"]["phone"] == "9876543210" and created["entities"]["city"] == "Gurgaon"
    assert created["crm_call"] == {"method": "POST", "path": "/crm/leads", "status_code": 200}
    lead_id = created["result"]["lead_id"]

    lead = await crm_get(f"{crm_server.url}/crm/leads/{lead_id}")
    assert lead["status"] == "WON"
    assert lead["name"] == "Rohan Sharma"
    visits = await crm_get(f"{crm_server.url}/crm/visits?lead_id={lead_id}")
    assert [(v["visit_time"][:19], v["status"]) for v in visits["visits"]] == [
        ("2026-11-26T15:00:00", "RESCHEDULED"), ("2026-11-27T17:00:00", "CANCELLED")]
    assert answers["c4"][0]["response"]["output"]["count"] == 1
    assert answers["c5"][0]["response"]["output"]["message"].startswith("Moved Rohan Sharma's visit")

    tool_rows = [e for e in events if isinstance(e, ToolResult)]
    assert [r.call.name for r in tool_rows] == ["createLead", "scheduleVisit", "updateLeadStatus", "findLeads",
                                                "scheduleVisit", "cancelVisit"]
    assert all(r.latency_ms >= 0 for r in tool_rows)
    transcripts = [(e.role, e.text) for e in events if isinstance(e, Transcript) and e.final]
    assert transcripts[:2] == [
        ("user", "Add Rohan Sharma from Gurgaon, nine eight seven six five four three two one zero"),
        ("assistant", "Created lead Rohan Sharma."),
    ]
    assert any(isinstance(e, Metrics) and e.tool_rtt_ms is not None for e in events)


async def test_bad_arguments_and_unknown_functions_get_error_answers_not_silence(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    answers: list[dict[str, Any]] = []

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.tool_call(
            ("bad-phone", "createLead", {"name": "Asha", "phone": "12345", "city": "Pune"}),
            ("no-city", "createLead", {"name": "Asha", "phone": "9876543210"}),
            ("ghost", "updateLeadStatus", {"lead_id": "00000000-0000-4000-8000-000000000000", "status": "WON"}),
            ("nope", "deleteLead", {"lead_id": "x"}),
        )
        while len(answers) < 4:
            answers.extend(responses(await conn.expect("toolResponse")))

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await wait_for(lambda: len(answers) == 4, what="an answer to every call")
    by_id = {a["id"]: a["response"] for a in answers}
    assert set(by_id) == {"bad-phone", "no-city", "ghost", "nope"}
    # Structured, as Google's 3.8 guide asks: a status, a reason code, whether a retry can help, the
    # valid options where there are some; and still the sentence to say.
    assert all(set(r) == {"error"} and r["error"]["status"] == "ERROR" and r["error"]["message"] for r in by_id.values())
    assert [(by_id[i]["error"]["code"], by_id[i]["error"]["retryable"]) for i in ("bad-phone", "no-city", "nope")] == [
        ("INVALID_PHONE", False), ("MISSING_CITY", False), ("UNKNOWN_FUNCTION", False)]
    assert "createLead" in by_id["nope"]["error"]["valid_options"]
    assert by_id["ghost"]["error"]["code"] in {"NOT_FOUND", "LEAD_NOT_RESOLVED"} and not by_id["ghost"]["error"]["retryable"]
    assert by_id["bad-phone"]["error"]["type"] == "VALIDATION_ERROR"
    assert "phone" in by_id["bad-phone"]["error"]["details"].lower()
    assert by_id["no-city"]["error"]["type"] == "VALIDATION_ERROR"
    assert "city" in by_id["no-city"]["error"]["details"].lower()
    assert by_id["ghost"]["error"]["type"] in {"CRM_ERROR", "VALIDATION_ERROR"}
    assert "not found" in by_id["ghost"]["error"]["details"].lower()
    assert by_id["nope"]["error"]["type"] == "VALIDATION_ERROR"
    assert "deleteLead" in by_id["nope"]["error"]["details"]
    # Nothing was written, and each failure still shows in the tool pane.
    assert (await crm_get(f"{crm_server.url}/crm/leads"))["leads"] == []
    assert sorted(e.call.id or "" for e in events if isinstance(e, ToolResult)) == sorted(by_id)


@contextlib.asynccontextmanager
async def gated_crm(upstream: str) -> AsyncIterator[tuple[str, asyncio.Event, asyncio.Event]]:
    """A real HTTP hop in front of the CRM that holds each request until the test opens the gate."""
    arrived, gate = asyncio.Event(), asyncio.Event()

    async def forward(request: web.Request) -> web.Response:
        arrived.set()
        await gate.wait()
        # Idempotency-Key and Authorization pass through, as a real proxy would pass them.
        passed = {k: v for k, v in request.headers.items() if k.lower() in ("content-type", "idempotency-key", "authorization")}
        async with aiohttp.ClientSession() as http, http.request(
            request.method, upstream + request.path_qs, data=await request.read(), headers=passed
        ) as resp:
            return web.Response(status=resp.status, body=await resp.read(), content_type=resp.content_type)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}", arrived, gate
    finally:
        gate.set()
        await runner.cleanup()


@pytest.mark.parametrize("talking", [False, True], ids=["typed-over", "talking-over"])
async def test_a_cancelled_call_is_not_answered_but_a_write_already_done_is_reported_truthfully(
    standin: LiveStandIn, voice_settings: Settings, crm_server: Any, spoken_wav: Path, talking: bool
) -> None:
    """The model cancels a createLead while the CRM is carrying it out. By protocol it gets no answer,
    but the lead exists: the person sees it (tool pane, a note) and the model is told as context
    (no turnComplete, so no answer is asked for), so it does not create the lead again."""
    seen: list[dict[str, Any]] = []
    context: list[dict[str, Any]] = []
    async with gated_crm(crm_server.url) as (url, arrived, gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)

        @standin.script
        async def model(conn: StandInConnection) -> None:
            await conn.tool_call(("slow", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))
            await arrived.wait()  # the call is in flight, held at the CRM's door
            if talking:
                await conn.expect_realtime("activityStart")  # the person talks over it
            await conn.cancel_tool_calls("slow")
            await conn.interrupted()
            await conn.turn_complete()
            gate.set()  # the CRM goes on and saves the lead
            context.append(await conn.expect("clientContent"))
            await conn.tool_call(("next", "findLeads", {"query": "Asha"}))
            seen.extend(responses(await conn.expect("toolResponse")))

        audio = AudioIO(WavMic(spoken_wav), None) if talking else None
        session = LiveVoiceSession(voice_settings, core, audio, ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        try:
            async with running(session, events):
                if talking:
                    await asyncio.wait_for(arrived.wait(), 10)
                    session.toggle_talk()
                await wait_for(lambda: bool(seen), what="the next call's answer")
        finally:
            await crm.close()
    assert [a["id"] for a in seen] == ["next"], "the cancelled call got no answer"
    leads = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert [lead["name"] for lead in leads] == ["Asha Rao"]
    short = leads[0]["lead_id"][:8]
    (note,) = context
    assert not note.get("turnComplete"), "context only: the model is not asked to answer it"
    text = note["turns"][0]["parts"][0]["text"]
    assert "createLead" in text and "slow" in text and short in text and "cancelled" in text, text
    assert [e.call.id for e in events if isinstance(e, ToolResult)] == ["slow", "next"], "both show in the tool pane"
    notes = [e.text for e in events if isinstance(e, Transcript) and e.role == "note"]
    assert len(notes) == 1 and notes[0].startswith("Gemini called off createLead, but the CRM had already done it:")
    assert short in notes[0]


async def test_goaway_and_a_dropped_connection_resume_with_the_latest_handle(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore
) -> None:
    answered: list[dict[str, Any]] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("handle-1")
        await conn.go_away("10s")

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.resumption_handle("handle-2")
        await conn.drop(1011, "Internal error encountered.")

    @standin.script
    async def third(conn: StandInConnection) -> None:
        await conn.tool_call(("after", "findLeads", {"query": "anyone"}))
        answered.extend(responses(await conn.expect("toolResponse")))

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await wait_for(lambda: bool(answered), what="a tool call answered on the resumed session")
    assert pick(standin.connections[0].setup, "sessionResumption") == {}
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "handle-1"}
    assert pick(standin.connections[2].setup, "sessionResumption") == {"handle": "handle-2"}
    states = [(e.state, e.detail) for e in events if isinstance(e, SessionState)]
    assert any(s == "reconnecting" and "GoAway" in d for s, d in states), states
    assert any(s == "reconnecting" and "1011" in d for s, d in states), states
    assert [s for s, _ in states].count("connected") == 3
    assert all(s != "error" for s, _ in states), "a drop that resumes is not an error"
    assert states[-1][0] == "closed"


async def test_push_to_talk_with_a_wav_microphone_sends_preroll_the_phrase_and_activity_end(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, spoken_wav: Path
) -> None:
    """`--audio-in`: the file is the microphone; one key press says it, the turn ends by itself."""
    mic = WavMic(spoken_wav)

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.expect_realtime("activityEnd", within=20)
        await conn.hear("Add Rohan Sharma in Pune")
        await conn.say("What is Rohan's phone number?", audio=bytes(4800))
        await conn.turn_complete()

    session = LiveVoiceSession(voice_settings, bot_core, AudioIO(mic, None), ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        conn = await standin.connection(0)
        await asyncio.sleep(0.4)  # the room is quiet for a moment: the pre-roll fills with it
        assert session.toggle_talk() is True
        await wait_for(
            lambda: any(isinstance(e, Transcript) and e.role == "assistant" and e.final for e in events),
            within=20, what="the model's answer",
        )  # fmt: skip
    log = conn.realtime_log()
    kinds = [k for k, _ in log]
    start, end = kinds.index("activityStart"), kinds.index("activityEnd")
    sent_s = sum(len(pcm) for k, pcm in log[start + 1 : end]) / (MIC_RATE * SAMPLE_WIDTH)
    assert sent_s >= mic.duration_s + 0.25, f"{sent_s:.2f}s sent: the phrase plus ~300 ms of pre-roll"
    # Not the quiet room before the press nor after the phrase: at most the pre-roll and the chunks that pass between the
    # file running out and the loop ending the turn, which a loaded machine delays (2.24 s were sent for a 1.66 s phrase
    # with another suite running alongside, against a bound of +0.5 s).
    assert sent_s <= mic.duration_s + 1.0, f"{sent_s:.2f}s sent for a {mic.duration_s:.2f}s phrase"
    finals = [(e.role, e.text) for e in events if isinstance(e, Transcript) and e.final]
    assert finals == [("user", "Add Rohan Sharma in Pune"), ("assistant", "What is Rohan's phone number?")]
    first_audio = [e.first_audio_ms for e in events if isinstance(e, Metrics) and e.first_audio_ms is not None]
    assert first_audio and first_audio[0] >= 0


@pytest.mark.parametrize("how", ["normal close 1000", "connection reset"])
async def test_a_server_close_or_a_reset_is_resumed_not_an_error(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, how: str
) -> None:
    answered: list[dict[str, Any]] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("before-close")
        if how.startswith("normal"):
            await conn.drop(1000, "session over")
        else:
            conn.ws.transport.abort()  # no close frame at all: the client sees 1006

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.tool_call(("again", "findLeads", {"query": "anyone"}))
        answered.extend(responses(await conn.expect("toolResponse")))

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await wait_for(lambda: bool(answered), what="an answer on the resumed session")
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "before-close"}
    states = [e.state for e in events if isinstance(e, SessionState)]
    assert "error" not in states and states.count("connected") == 2, states


@pytest.mark.parametrize("code", [1008])
async def test_a_refused_session_is_an_error_not_a_retry_loop(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, code: int
) -> None:
    """A setup refused with 1008 (bad key, model or API version) is the end, and says what to check."""
    standin.refuse_setup[0] = (code, "API key not valid. Please pass a valid API key.")
    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    await asyncio.wait_for(session.run(events.append), 10)  # returns by itself
    states = [e for e in events if isinstance(e, SessionState)]
    assert states[-1].state == "error" and str(code) in states[-1].detail
    assert "API key not valid" in states[-1].detail and "GEMINI_API_KEY" in states[-1].detail
    assert voice_settings.gemini_model in states[-1].detail
    assert len(standin.sockets) == 1 and standin.connections == []


async def test_hands_free_streams_the_microphone_and_mute_ends_the_stream(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, spoken_wav: Path
) -> None:
    """Hands-free: no key, the server's voice detection finds the turns; muting says the stream ended."""
    mic = WavMic(spoken_wav, play_on_start=True)
    session = LiveVoiceSession(
        voice_settings, bot_core, AudioIO(mic, None), ssl_context=standin.client_ssl_context(), hands_free=True
    )
    events: list[VoiceEvent] = []
    async with running(session, events):
        conn = await standin.connection(0)
        await conn.expect_realtime("audio")
        await wait_for(lambda: mic.exhausted, within=10, what="the phrase to be said")
        assert session.toggle_talk() is False  # mute
        await conn.expect_realtime("audioStreamEnd")
    log = conn.realtime_log()
    kinds = [k for k, _ in log]
    assert "activityStart" not in kinds and "activityEnd" not in kinds
    sent_s = sum(len(pcm) for k, pcm in log if k == "audio") / (MIC_RATE * SAMPLE_WIDTH)
    assert sent_s >= mic.duration_s * 0.9
    # 3.8 does not end a turn on audioStreamEnd: a second of silence goes first, so the last words are answered.
    assert kinds[-1] == "audioStreamEnd"
    tail = b"".join(pcm for _, pcm in log[-51:-1])
    assert [k for k, _ in log[-51:-1]] == ["audio"] * 50 and tail == bytes(len(tail)) and len(tail) == MIC_RATE * SAMPLE_WIDTH


async def test_an_untrusted_certificate_is_refused_not_retried(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore
) -> None:
    """Without the stand-in's CA the SDK must refuse the TLS connection: the link is really verified."""
    session = LiveVoiceSession(voice_settings, bot_core, None)  # the SDK's own trust store
    events: list[VoiceEvent] = []
    await asyncio.wait_for(session.run(events.append), 10)
    states = [e for e in events if isinstance(e, SessionState)]
    assert states[-1].state == "error" and "CERTIFICATE_VERIFY_FAILED" in states[-1].detail
    assert standin.connections == []


async def test_a_goaway_mid_answer_lets_the_answer_finish_before_switching(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore
) -> None:
    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.resumption_handle("mid-1")
        await conn.say("The first half of the answer,")
        await conn.go_away("30s")
        await conn.say(" and the second half.")
        await conn.turn_complete()

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await standin.connection(0)
        await session.send_text("tell me")
        second = await standin.connection(1)
    finals = [e.text for e in events if isinstance(e, Transcript) and e.final and e.role == "assistant"]
    assert finals == ["The first half of the answer, and the second half."]
    assert pick(second.setup, "sessionResumption") == {"handle": "mid-1"}
    # The switch happened after the answer: its final line was emitted before "reconnecting".
    order = [("final" if isinstance(e, Transcript) and e.final else e.state) for e in events
             if isinstance(e, SessionState) or (isinstance(e, Transcript) and e.final)]
    assert order.index("final") < order.index("reconnecting")


async def test_a_typed_turn_lost_in_a_drop_is_sent_again_after_the_resume(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    """The turn reached a connection that died before answering: the person should not retype it."""
    typed = "Add Rohan Sharma from Gurgaon, 9876543210"
    heard: list[str] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("before-the-turn")
        content = await conn.expect("clientContent")
        heard.append(content["turns"][0]["parts"][0]["text"])
        await conn.drop(1011)  # fell over before saying a word

    @standin.script
    async def second(conn: StandInConnection) -> None:
        content = await conn.expect("clientContent")
        heard.append(content["turns"][0]["parts"][0]["text"])
        await conn.tool_call(("again", "createLead", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}))
        await conn.expect("toolResponse")
        await conn.say("Created lead Rohan Sharma.")
        await conn.turn_complete()
        await conn.resumption_handle("after-the-turn")
        await conn.drop(1011)  # and again, after answering this time

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await standin.connection(0)
        await wait_for(lambda: session.state.state == "connected", what="the session to be up")
        await session.send_text(typed)
        await standin.connection(2)
        await wait_for(lambda: session.state.state == "connected", what="the third connection")
        await asyncio.sleep(0.2)  # anything wrongly resent would arrive now
    assert heard == [typed, typed], "sent once, and once more on the resumed connection"
    assert standin.connections[2].received == [], "an answered turn is never sent twice"
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "before-the-turn"}
    leads = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert [lead["name"] for lead in leads] == ["Rohan Sharma"]
    assert [e.text for e in events if isinstance(e, Transcript) and e.final] == ["Created lead Rohan Sharma."]
