"""Fixing mistakes through the Gemini Live engine: the stand-in plays a model that corrects a lead, asks
to archive one (the core answers with its question, and archives only on the call after it), and undoes
twice. The real SDK, the real bot core and a real CRM server: the same tools as the local engine, from
the one declaration."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice.events import VoiceEvent
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import wait_for
from tests.voice.standin import LiveStandIn, StandInConnection
from tests.voice.test_session import crm_get, responses, running


async def test_a_model_corrects_archives_after_asking_and_undoes(
    standin: LiveStandIn, voice_settings: Settings, bot_core: BotCore, crm_server: Any
) -> None:
    answers: dict[str, dict[str, Any]] = {}

    @standin.script
    async def model(conn: StandInConnection) -> None:
        calls = [
            ("f1", "createLead", {"name": "Neha Kapoor Frm", "phone": "9876543210", "city": "Gurgaon"}),
            ("f2", "updateLead", {"lead_id": "@last", "name": "Neha Kapoor"}),
            ("f3", "archiveLead", {"lead_id": "Neha Kapoor", "notes": "duplicate", "confirmed": True}),
            ("f4", "archiveLead", {"lead_id": "Neha Kapoor", "notes": "duplicate", "confirmed": True}),
            ("f5", "undo", {}),
            ("f6", "undo", {}),
        ]
        for call in calls:
            await conn.tool_call(call)
            (answer,) = responses(await conn.expect("toolResponse"))
            answers[call[0]] = answer["response"].get("output") or answer["response"]["error"]
        await conn.turn_complete()

    session = LiveVoiceSession(voice_settings, bot_core, None, ssl_context=standin.client_ssl_context())
    events: list[VoiceEvent] = []
    async with running(session, events):
        await wait_for(lambda: len(answers) == 6, what="six tool responses")

    lead_id = answers["f1"]["result"]["lead_id"]
    assert answers["f2"]["intent"] == "LEAD_EDIT" and answers["f2"]["status"] == "OK"
    # A model that says confirmed=true before anyone was asked is asked first; nothing is archived.
    assert answers["f3"]["intent"] == "LEAD_ARCHIVE" and answers["f3"]["status"] == "ERROR"
    assert answers["f3"]["message"].startswith("Archive Neha Kapoor (Gurgaon, 98765 43210)?")
    assert answers["f4"]["status"] == "OK" and answers["f4"]["result"]["archived"] is True
    # Undo walks back: the archive, then the edit.
    assert answers["f5"]["intent"] == "UNDO" and answers["f5"]["result"]["undone"] == "LEAD_ARCHIVE"
    assert answers["f6"]["result"]["undone"] == "LEAD_EDIT"
    lead = await crm_get(f"{crm_server.url}/crm/leads/{lead_id}")
    assert (lead["name"], lead["archived"]) == ("Neha Kapoor Frm", False)
    assert [h["field"] for h in lead["field_history"]] == ["name", "archived", "archived", "name"]
