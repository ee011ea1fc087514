"""Each Live model the session has a profile for, as the stand-in plays it: how its functions are
declared, how it ends its answer, and how its answers are scheduled; usage metadata in the metrics; a
turn the model rejects explained to the person. Real SDK, bot core, CRM server and SQLite.
"""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest

from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice.events import Metrics, Transcript, VoiceEvent
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import wait_for
from tests.voice.standin import LiveStandIn, StandInConnection, pick
from tests.voice.test_live_service_faults import ASHA, leads, notes, said
from tests.voice.test_session_resilience import started


def declared_behaviours(conn: StandInConnection) -> set[Any]:
    tools = pick(conn.setup, "tools")
    return {fd.get("behavior") for tool in tools for fd in pick(tool, "functionDeclarations")}


@pytest.mark.parametrize(
    ("model", "behaviour"),
    [("gemini-3.8-live", "BLOCKING"), ("gemini-3.1-flash-live-preview", None), ("some-future-live-model", "BLOCKING")],
)
async def test_each_model_gets_the_function_behaviour_it_supports(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any, model: str, behaviour: str | None
) -> None:
    answered: list[Any] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.tool_call(("c1", "createLead", ASHA))
        (answer,) = pick(await conn.expect("toolResponse"), "functionResponses")
        answered.append(answer)
        await conn.say("Created lead Asha Rao.")
        await conn.turn_complete()

    settings = dataclasses.replace(voice_settings, gemini_model=model)
    session = LiveVoiceSession(settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await wait_for(lambda: said(events) == ["Created lead Asha Rao."], what="the answer")
        detail = session.state.detail
    assert pick(standin.connections[0].setup, "model") == f"models/{model}"
    assert declared_behaviours(standin.connections[0]) == {behaviour}
    assert "scheduling" not in answered[0], "only NON_BLOCKING answers are scheduled"
    assert ("untested model" in detail) is (model == "some-future-live-model"), detail
    assert await leads(crm_server) == ["Asha Rao"]


async def test_the_extended_thinking_model_calls_asynchronously_and_its_answer_ends_at_idle(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    """Async tools only: functions declared NON_BLOCKING, each answer scheduled WHEN_IDLE. Its
    turnComplete comes with interactionStatus IN_PROGRESS while it still works; the answer ends at
    IDLE, and the person sees it as one answer, not two."""
    answered: list[Any] = []

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.tool_call(("c1", "createLead", ASHA))
        await conn.say("I'm adding Asha Rao now.")
        await conn.turn_complete(interaction_status="IN_PROGRESS")
        (answer,) = pick(await conn.expect("toolResponse"), "functionResponses")
        answered.append(answer)
        await conn.say(" Done: Asha Rao is in the CRM.")
        await conn.turn_complete(interaction_status="IDLE")

    settings = dataclasses.replace(voice_settings, gemini_model="gemini-3.8-live-extended-thinking")
    session = LiveVoiceSession(settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda: session.state.state == "connected", what="the session to be up")
        await session.send_text("add Asha Rao from Pune 9876543210")
        await wait_for(lambda: len(said(events)) == 1, what="the answer")
        await asyncio.sleep(0.2)
    assert declared_behaviours(standin.connections[0]) == {"NON_BLOCKING"}
    assert answered[0]["scheduling"] == "WHEN_IDLE"
    assert said(events) == ["I'm adding Asha Rao now. Done: Asha Rao is in the CRM."]
    assert await leads(crm_server) == ["Asha Rao"]


async def test_tokens_per_turn_show_with_the_metrics_and_a_rejected_turn_is_explained(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.tool_call(("c1", "createLead", ASHA))
        await conn.expect("toolResponse")
        await conn.say("Created lead Asha Rao.")
        await conn.turn_complete()
        await conn.usage(812, 37)
        await conn.expect("clientContent")
        await conn.turn_complete(reason="MALFORMED_FUNCTION_CALL")
        await conn.usage(860, 0)
        await conn.expect("clientContent")
        await conn.turn_complete(reason="PROHIBITED_INPUT_CONTENT")

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await standin.connection(0)
        await wait_for(lambda: session.state.state == "connected", what="the session to be up")
        await session.send_text("add Asha Rao from Pune 9876543210")
        await wait_for(lambda: session.metrics.tokens_out == 37, what="the first turn's tokens")
        await session.send_text("and book her for the thing")
        await wait_for(lambda: len(notes(events)) == 1, what="the first rejected turn explained")
        await session.send_text("something the filter blocks")
        await wait_for(lambda: len(notes(events)) == 2, what="the second rejected turn explained")
    tokens = [(e.tokens_in, e.tokens_out) for e in events if isinstance(e, Metrics) and e.tokens_in is not None]
    assert tokens == [(812, 37), (860, 0)]
    assert notes(events) == [
        "Gemini could not turn that into a CRM request, so nothing was done: please say it again, perhaps in other words.",
        "Gemini's safety filter stopped that request (prohibited input content), so nothing was done.",
    ]
    assert not any(isinstance(e, Transcript) and e.role == "assistant" and not e.text for e in events)
    assert await leads(crm_server) == ["Asha Rao"]


async def test_every_declared_tool_is_answered_with_a_structured_output_or_error(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    """Whatever tools the bot core declares (others are added over time), each call is answered
    {"output"} or {"error"} with a status, a reason code and retryability, and the sentence to say."""
    from crm_tui.bot.types import TOOL_INTENTS

    answers: dict[str, Any] = {}
    names = list(TOOL_INTENTS)

    @standin.script
    async def first(conn: StandInConnection) -> None:
        for i, name in enumerate(names):
            await conn.tool_call((f"c{i}", name, {}))
            (answer,) = pick(await conn.expect("toolResponse"), "functionResponses")
            answers[name] = answer["response"]

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with started(session, events):
        await wait_for(lambda: len(answers) == len(names), what="an answer to every tool")
    for name, response in answers.items():
        assert len(response) == 1 and set(response) <= {"output", "error"}, (name, response)
        body = response.get("output") or response["error"]
        assert body["status"] in {"OK", "NO_MATCH", "ERROR", "CANCELLED"} and body["message"], (name, body)
        if "error" in response:
            assert body["code"] and isinstance(body["retryable"], bool), (name, body)
    assert await leads(crm_server) == [], "no write from calls without arguments"
