"""Fixing mistakes by voice or text, through the local engine and the bot core, against the real CRM
server: correcting a lead (updateLead), archiving one only after a yes (archiveLead), and "undo" walking
back this conversation's writes one by one, refusing when someone else changed the record since."""

from __future__ import annotations

from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.tools import gemini_function_declarations, tool_spec
from crm_tui.bot.types import ToolCall
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def lead_now(crm: CrmClient, lead: dict[str, Any]) -> dict[str, Any]:
    resp = await crm.get_lead(lead["lead_id"])
    assert resp.ok, resp.json
    return dict(resp.json)


async def live_names(crm: CrmClient) -> list[str]:
    return [lead["name"] for lead in (await crm.list_leads()).json["leads"]]


# -- updateLead ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("said", "field", "value"),
    [
        ("change Neha's name to Neha Kapoor", "name", "Neha Kapoor"),
        ("Neha ka naam neha kapoor kar do", "name", "Neha Kapoor"),
        ("update Neha's number to +91 98111 22233", "phone", "9811122233"),
        ("Neha ka number 98111 22233 hai", "phone", "9811122233"),
        ("Neha moved to Noida", "city", "Noida"),
        ("Neha Noida shift ho gayi", "city", "Noida"),
        ("Neha's source was MagicBricks not 99acres", "source", "MagicBricks"),
    ],
)
async def test_each_correction_phrasing_changes_that_field_and_only_it(
    engine: LocalEngine, crm: CrmClient, said: str, field: str, value: str
) -> None:
    neha = await create(crm, "Neha Kapoor Frm", "9876543210", "Gurgaon", "99acres")
    reply = (await engine.handle_text(said)).result.to_json()
    assert reply["intent"] == "LEAD_EDIT" and "error" not in reply, reply
    assert reply["entities"] == {"lead_id": neha["lead_id"], field: value}
    assert reply["crm_call"] == {"method": "PATCH", "path": f"/crm/leads/{neha['lead_id']}", "status_code": 200}
    assert reply["message"].endswith("Say 'undo' to change it back.")
    stored = await lead_now(crm, neha)
    assert stored[field] == value
    assert {k: stored[k] for k in ("name", "phone", "city", "source") if k != field} == {
        k: neha[k] for k in ("name", "phone", "city", "source") if k != field}
    assert [(h["field"], h["new_value"], h["changed_by"]) for h in stored["field_history"]] == [
        (field, value, "assistant")]


async def test_her_number_is_actually_corrects_the_lead_just_created(engine: LocalEngine, crm: CrmClient) -> None:
    created = (await engine.handle_text("add lead Priya Singh 9876543210 from Pune")).result
    assert created.ok
    reply = (await engine.handle_text("her number is actually nine eight one one one two two two three three")).result
    assert reply.ok, reply.to_json()
    assert reply.message.startswith("Changed Priya Singh's phone from")
    assert (await lead_now(crm, created.result or {}))["phone"] == "9811122233"


async def test_a_bad_new_phone_is_asked_again_and_nothing_is_written(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = await engine.handle_text("change Rohan's number to 12345")
    assert reply.result.error is not None and reply.result.error.type == "VALIDATION_ERROR"
    assert reply.awaiting == "phone"
    answered = (await engine.handle_text("98111 22233")).result
    assert answered.ok and (await lead_now(crm, rohan))["phone"] == "9811122233"


async def test_a_new_phone_another_lead_has_is_warned_about(engine: LocalEngine, crm: CrmClient) -> None:
    await create(crm, "Amit Verma", "9811122233", "Pune")
    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = (await engine.handle_text("Rohan ka number 98111 22233 hai")).result
    assert reply.ok and "Amit Verma already has that number" in reply.message


# -- archiveLead --------------------------------------------------------------------------------------

async def test_archive_asks_first_with_the_lead_and_its_visits_then_a_yes_archives(
    engine: LocalEngine, crm: CrmClient
) -> None:
    banao = await create(crm, "Banao", "9876543210", "Jaipur")
    await crm.schedule_visit(banao["lead_id"], "2026-11-27T15:00:00+05:30")
    asked = await engine.handle_text("delete the lead Banao")
    assert asked.awaiting == "confirm"
    assert asked.result.message == ("Archive Banao (Jaipur, 98765 43210)? Its 1 visit will be cancelled. "
                                    "Say yes to archive it, or no to keep it.")
    assert asked.result.to_json()["error"]["type"] == "VALIDATION_ERROR"
    assert not (await lead_now(crm, banao))["archived"]  # nothing written before the yes

    done = (await engine.handle_text("haan")).result.to_json()
    assert done["intent"] == "LEAD_ARCHIVE" and done["entities"] == {"lead_id": banao["lead_id"]}
    assert done["crm_call"]["path"] == f"/crm/leads/{banao['lead_id']}/archive"
    assert done["message"] == "Archived Banao and cancelled its 1 visit. Say 'undo' to bring it back."
    stored = await lead_now(crm, banao)
    assert stored["archived"] and stored["visits"][0]["status"] == "CANCELLED"
    assert "Banao" not in await live_names(crm)


@pytest.mark.parametrize("no", ["no", "nahi", "keep it"])
async def test_a_no_keeps_the_lead(engine: LocalEngine, crm: CrmClient, no: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    assert (await engine.handle_text("remove the duplicate Rohan")).awaiting == "confirm"
    kept = (await engine.handle_text(no)).result
    assert kept.cancelled and not (await lead_now(crm, rohan))["archived"]


async def test_a_new_command_wins_over_the_archive_question_and_a_late_yes_archives_nothing(
    engine: LocalEngine, crm: CrmClient
) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await engine.handle_text("Rohan ko hata do")
    moved = (await engine.handle_text("mark Rohan as follow up")).result
    assert moved.ok and moved.intent == "LEAD_UPDATE"
    late = (await engine.handle_text("yes")).result
    assert not late.ok and not (await lead_now(crm, rohan))["archived"]


async def test_a_model_that_sends_confirmed_true_at_once_is_still_asked(core: BotCore, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    first = await core.run_tool(ToolCall("archiveLead", {"lead_id": "Rohan", "confirmed": True}))
    assert first.error is not None and first.error.field == "confirmed"
    assert not (await lead_now(crm, rohan))["archived"]
    second = await core.run_tool(ToolCall("archiveLead", {"lead_id": "Rohan", "confirmed": True}))
    assert second.ok and (await lead_now(crm, rohan))["archived"]


async def test_an_archived_lead_is_not_found_by_name_or_id_any_more(core: BotCore, crm: CrmClient) -> None:
    banao = await create(crm, "Banao", "9876543210", "Jaipur")
    await crm.archive_lead(banao["lead_id"])
    for ref in ("Banao", banao["lead_id"], "9876543210"):
        out = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": ref, "status": "WON"}))
        assert not out.ok, ref
    assert (await lead_now(crm, banao))["status"] == "NEW"


# -- undo ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("undo", ["undo", "that was wrong", "galat ho gaya, wapas karo", "undo karo",
                                  # What is undone said after the verb (heldout_lead_1209 line 60).
                                  "arre undo kar do woh last wala", "undo karo pichla wala"])
async def test_undo_archives_a_lead_created_by_mistake(engine: LocalEngine, crm: CrmClient, undo: str) -> None:
    created = (await engine.handle_text("add lead Ritika Sen 9876543210 Jaipur")).result
    assert created.ok
    out = (await engine.handle_text(undo)).result.to_json()
    assert out["intent"] == "UNDO" and "error" not in out, out
    assert out["result"]["undone"] == "LEAD_CREATE" and out["result"]["archived"] is True
    assert out["message"] == "Undone: the lead Ritika Sen I created is archived."
    assert await live_names(crm) == []


async def test_several_undos_walk_back_every_kind_of_write_in_order(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    steps = [
        "schedule a visit with Rohan tomorrow at 3 pm",
        "move Rohan's visit to Friday 5pm",
        "mark Rohan as follow up",
        "Rohan moved to Noida",
        "cancel Rohan's visit",
    ]
    for step in steps:
        assert (await engine.handle_text(step)).result.ok, step

    def visits_of(lead: dict[str, Any]) -> list[tuple[str, str]]:
        return [(v["visit_time"], v["status"]) for v in lead["visits"]]

    # cancel -> booked again at the same time
    out = (await engine.handle_text("undo")).result
    assert out.ok and out.message.startswith("Undone: the visit with Rohan Sharma") and "booked again" in out.message
    stored = await lead_now(crm, rohan)
    assert [s for t, s in visits_of(stored) if t == "2026-11-27T17:00:00+05:30"] == ["CANCELLED", "SCHEDULED"]
    # edit -> the old city
    out = (await engine.handle_text("undo")).result
    assert out.ok and out.message.startswith("Undone: Rohan Sharma has city Gurgaon again")
    assert (await lead_now(crm, rohan))["city"] == "Gurgaon"
    # status -> NEW again
    out = (await engine.handle_text("that was wrong")).result
    assert out.ok and (await lead_now(crm, rohan))["status"] == "NEW"
    # move -> back on Thursday at 3 pm (the moved-to visit is no longer scheduled)
    out = (await engine.handle_text("undo")).result
    assert out.ok, out.to_json()
    scheduled = [t for t, s in visits_of(await lead_now(crm, rohan)) if s == "SCHEDULED"]
    assert scheduled == ["2026-11-26T15:00:00+05:30"]  # the visit booked again by the first undo moved back
    # visit -> cancelled: the lead has no scheduled visit left, as before the first step
    out = (await engine.handle_text("undo")).result
    assert out.ok and "cancelled" in out.message
    final = await lead_now(crm, rohan)
    assert [s for _, s in visits_of(final) if s == "SCHEDULED"] == []
    assert (final["city"], final["status"], final["archived"]) == ("Gurgaon", "NEW", False)
    nothing = (await engine.handle_text("undo")).result
    assert nothing.to_json()["error"]["type"] == "VALIDATION_ERROR"
    assert nothing.message == "There is nothing to undo: I haven't changed anything in this conversation."


async def test_undo_of_an_archive_restores_the_lead_and_books_its_visits_again(
    engine: LocalEngine, crm: CrmClient
) -> None:
    banao = await create(crm, "Banao", "9876543210", "Jaipur")
    await crm.schedule_visit(banao["lead_id"], "2026-11-27T15:00:00+05:30", "3 BHK")
    await engine.handle_text("delete the lead Banao")
    assert (await engine.handle_text("yes")).result.ok
    out = (await engine.handle_text("undo")).result
    assert out.ok and out.message == "Undone: Banao is back with its 1 visit booked again."
    stored = await lead_now(crm, banao)
    assert not stored["archived"]
    assert [(v["status"], v["notes"]) for v in stored["visits"]] == [("CANCELLED", "3 BHK"), ("SCHEDULED", "3 BHK")]


async def test_undo_refuses_when_someone_changed_the_lead_since(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    assert (await engine.handle_text("Rohan moved to Noida")).result.ok
    # Someone else, on another client, changes the lead.
    other = CrmClient(crm.base_url, actor="dashboard")
    try:
        assert (await other.update_status(rohan["lead_id"], "WON")).ok
    finally:
        await other.close()
    out = (await engine.handle_text("undo")).result.to_json()
    assert out["intent"] == "UNDO" and out["error"]["type"] == "CRM_ERROR"
    assert out["crm_call"]["status_code"] == 412
    assert out["message"] == "Someone changed Rohan Sharma since then, so I didn't undo that. Nothing was changed."
    stored = await lead_now(crm, rohan)
    assert (stored["city"], stored["status"]) == ("Noida", "WON")


async def test_undo_of_a_visit_someone_already_cancelled_changes_nothing(engine: LocalEngine, crm: CrmClient) -> None:
    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    booked = (await engine.handle_text("schedule a visit with Rohan tomorrow at 3 pm")).result
    await crm.cancel_visit(str((booked.result or {})["visit_id"]), "client called")
    out = (await engine.handle_text("undo")).result
    assert out.error is not None and out.error.type == "CRM_ERROR" and "nothing was undone" in out.error.details


async def test_each_transcript_of_crm_bot_jsonl_stands_alone_so_there_is_nothing_to_undo(
    core: BotCore, crm: CrmClient
) -> None:
    engine = LocalEngine(core, conversational=False)
    assert (await engine.handle_text("add lead Ritika Sen 9876543210 Jaipur")).result.ok
    out = (await engine.handle_text("undo")).result.to_json()
    assert out == {"intent": "UNDO", "entities": {}, "crm_call": None,
                   "error": {"type": "VALIDATION_ERROR",
                             "details": "nothing to undo: no change was made in this conversation"},
                   "message": "There is nothing to undo: I haven't changed anything in this conversation.",
                   "confidence": 1.0}
    assert await live_names(crm) == ["Ritika Sen"]


def test_the_three_tools_are_declared_once_for_both_engines() -> None:
    declared = {d.name: d for d in gemini_function_declarations()}
    assert {"updateLead", "archiveLead", "undo"} <= set(declared)
    assert tool_spec("updateLead").intent == "LEAD_EDIT"  # type: ignore[union-attr]
    assert tool_spec("archiveLead").intent == "LEAD_ARCHIVE"  # type: ignore[union-attr]
    assert tool_spec("undo").intent == "UNDO"  # type: ignore[union-attr]
    archive = declared["archiveLead"].parameters
    assert archive is not None and archive.properties is not None
    assert archive.properties["confirmed"].type == "BOOLEAN" and archive.required == ["lead_id"]
