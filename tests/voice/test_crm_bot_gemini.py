"""`crm-bot --engine gemini` as a person runs it: the real CLI in a subprocess, the real SDK talking
TLS to the stand-in (trusted through SSL_CERT_FILE in the subprocess's environment only), and a real
CRM server. One Live session serves every `--jsonl` line.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from tests.voice.standin import LiveStandIn, StandInConnection, pick

LINES = [
    "Add a lead Rohan Sharma from Gurgaon, phone 98765 43210, came from Instagram",
    "Schedule a visit with Rohan tomorrow at 3pm",
    "Mark him as won",
    "What's the weather like?",
    "",  # a blank line: answered in place, not sent to the model
    "Add Asha from Pune, her number is 12345",
]


def crm_bot() -> str:
    return str(Path(sys.executable).with_name("crm-bot"))


async def test_crm_bot_gemini_prints_one_result_per_line_over_one_session(
    standin: LiveStandIn, crm_server: Any, tmp_path: Path
) -> None:
    heard: list[str] = []

    async def turn(conn: StandInConnection) -> str:
        content = await conn.expect("clientContent", within=30)
        text = content["turns"][0]["parts"][0]["text"]
        heard.append(text)
        return text

    async def call(conn: StandInConnection, call_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
        await conn.tool_call((call_id, name, args))
        (answer,) = pick(await conn.expect("toolResponse"), "functionResponses")
        assert answer["id"] == call_id
        body = answer["response"]
        return dict(body.get("output") or body["error"])

    @standin.script
    async def model(conn: StandInConnection) -> None:
        await conn.resumption_handle("h-1")
        await turn(conn)
        created = await call(conn, "1", "createLead", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon", "source": "Instagram"})
        await conn.say(f"Created lead Rohan Sharma, id {created['result']['lead_id'][:8]}.", audio=bytes(960))
        await conn.turn_complete()

        await turn(conn)
        await call(conn, "2a", "findLeads", {"query": "Rohan"})
        await call(conn, "2b", "scheduleVisit", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T15:00:00+05:30"})
        await conn.say("Visit booked for tomorrow at three.")
        await conn.turn_complete()

        await turn(conn)
        await call(conn, "3", "updateLeadStatus", {"lead_id": "Rohan Sharma", "status": "WON"})
        await conn.turn_complete()

        await turn(conn)
        await conn.say("Sorry, I can only help with your leads.")
        await conn.turn_complete()

        await turn(conn)
        await call(conn, "5", "createLead", {"name": "Asha", "phone": "12345", "city": "Pune"})
        await conn.say("That phone number looks incomplete.")
        await conn.turn_complete()

    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "CRM_"))}
    env.update(
        GEMINI_API_KEY="test-key",
        GEMINI_BASE_URL=standin.base_url,
        SSL_CERT_FILE=str(standin.ca_pem),  # this process only: it must trust the stand-in's CA
    )
    proc = await asyncio.create_subprocess_exec(
        crm_bot(), "--jsonl", "--engine", "gemini", "--crm-url", crm_server.url,
        "--now", "2026-11-25T10:00:00+05:30", "--tz", "Asia/Kolkata",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path, env=env,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate("\n".join(LINES).encode() + b"\n"), 60)
    assert proc.returncode == 0, err.decode()
    results = [json.loads(line) for line in out.decode().splitlines()]

    assert heard == [line for line in LINES if line], "every line went to the model, in order"
    assert len(standin.connections) == 1, "one Live session for all lines"
    await standin.connections[0].wait_closed()
    assert standin.connections[0].ws.close_code == 1000, "at the end of input crm-bot closes normally"
    assert len(results) == len(LINES)
    assert [r["intent"] for r in results] == ["LEAD_CREATE", "VISIT_SCHEDULE", "LEAD_UPDATE", "UNKNOWN", "UNKNOWN", "LEAD_CREATE"]
    created, visit, won, unknown, blank, bad = results
    assert created["entities"] == {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon", "source": "Instagram"}
    assert created["crm_call"] == {"method": "POST", "path": "/crm/leads", "status_code": 200}
    lead_id = created["result"]["lead_id"]
    assert visit["result"]["status"] == "SCHEDULED" and visit["entities"]["lead_id"] == lead_id
    assert visit["entities"]["visit_time"] == "2026-11-26T15:00:00+05:30"
    assert won["result"]["status"] == "WON"
    assert unknown["error"]["type"] == "PARSING_ERROR"
    assert "only help with your leads" in json.dumps(unknown)
    assert blank["error"]["type"] == "PARSING_ERROR" and "empty" in blank["error"]["details"]
    assert bad["error"]["type"] == "VALIDATION_ERROR" and bad["crm_call"] is None
    for r in results:
        assert set(r) >= {"intent", "entities", "crm_call", "message"}
        assert ("result" in r) != ("error" in r)


async def test_text_engine_resumes_with_the_handle_when_the_connection_drops_between_turns(
    standin: LiveStandIn, voice_settings: Any, bot_core: Any
) -> None:
    from crm_tui.engines.gemini import GeminiTextEngine

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.resumption_handle("text-handle")
        await conn.expect("clientContent")
        await conn.say("Hello, how can I help with your leads?")
        await conn.turn_complete()
        # The Live API sends the handle for the state after a turn once the turn is complete.
        await conn.resumption_handle("after-hello")
        await conn.drop(1011)

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.tool_call(("f", "findLeads", {"query": "Rohan"}))
        await conn.expect("toolResponse")
        await conn.turn_complete()

    engine = GeminiTextEngine(voice_settings, bot_core, ssl_context=standin.client_ssl_context())
    await engine.start()
    try:
        hello = await engine.handle_text("hello")
        await standin.connections[0].wait_closed()
        found = await engine.handle_text("find Rohan")
    finally:
        await engine.close()
    assert hello.result.intent == "UNKNOWN" and hello.result.error is not None
    assert hello.result.error.type == "PARSING_ERROR" and "how can I help" in hello.result.message
    assert found.result.intent == "LEAD_FIND" and found.result.ok
    # Resumed from the newest handle, sent between the turns: the server remembers the hello.
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "after-hello"}


async def test_text_engine_moves_to_a_new_connection_after_goaway_without_losing_the_turn(
    standin: LiveStandIn, voice_settings: Any, bot_core: Any
) -> None:
    from crm_tui.engines.gemini import GeminiTextEngine

    @standin.script
    async def first(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.resumption_handle("before-goaway")
        await conn.go_away("10s")  # mid-turn: this answer still finishes here
        await conn.say("Hello.")
        await conn.turn_complete()

    @standin.script
    async def second(conn: StandInConnection) -> None:
        await conn.expect("clientContent")
        await conn.tool_call(("g", "findLeads", {"query": "Rohan"}))
        await conn.expect("toolResponse")
        await conn.turn_complete()

    engine = GeminiTextEngine(voice_settings, bot_core, ssl_context=standin.client_ssl_context())
    await engine.start()
    try:
        hello = await engine.handle_text("hello")
        found = await engine.handle_text("find Rohan")
    finally:
        await engine.close()
    assert "Hello." in hello.result.message
    assert found.result.intent == "LEAD_FIND" and found.result.ok
    assert len(standin.connections) == 2
    assert pick(standin.connections[1].setup, "sessionResumption") == {"handle": "before-goaway"}
    assert standin.connections[0].ws.close_code == 1000, "the old connection is let go normally"


async def test_text_engine_never_asks_a_turn_again_after_its_write_was_done_and_tells_the_resumed_session(
    standin: LiveStandIn, voice_settings: Any, crm_server: Any
) -> None:
    """The line drops while the CRM is creating the lead: the answer cannot be sent. Asking the turn
    again would create the lead twice; the resumed session is told what was done instead."""
    from crm_tui.bot.client import CrmClient
    from crm_tui.bot.core import BotCore
    from crm_tui.engines.gemini import GeminiTextEngine
    from tests.voice.conftest import NOW
    from tests.voice.test_session import crm_get, gated_crm

    async with gated_crm(crm_server.url) as (url, arrived, gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)

        @standin.script
        async def first(conn: StandInConnection) -> None:
            await conn.resumption_handle("before-the-line")
            await conn.expect("clientContent")
            await conn.tool_call(("c1", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))
            await arrived.wait()
            await conn.drop(1011)
            gate.set()  # the CRM finishes after the line is gone

        @standin.script
        async def second(conn: StandInConnection) -> None:
            content = await conn.expect("clientContent")
            if content.get("turnComplete"):  # asked again: the model would create it again
                await conn.tool_call(("c2", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))
                await conn.expect("toolResponse")
                await conn.turn_complete()

        engine = GeminiTextEngine(voice_settings, core, ssl_context=standin.client_ssl_context())
        await engine.start()
        try:
            reply = await engine.handle_text("add Asha Rao from Pune 9876543210")
            resumed = await standin.connection(1)
            await asyncio.sleep(0.3)
        finally:
            await engine.close()
            await crm.close()
    assert reply.result.intent == "LEAD_CREATE" and reply.result.ok
    leads = (await crm_get(f"{crm_server.url}/crm/leads"))["leads"]
    assert [lead["name"] for lead in leads] == ["Asha Rao"], "created once"
    assert pick(resumed.setup, "sessionResumption") == {"handle": "before-the-line"}
    (context,) = [pick(m, "clientContent") for m in resumed.received]
    assert not context.get("turnComplete")
    assert leads[0]["lead_id"][:8] in context["turns"][0]["parts"][0]["text"]
