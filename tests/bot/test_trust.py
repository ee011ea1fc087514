"""Never write the wrong thing (issue 9), against the real CRM: a reading with words that could change its
meaning is confirmed before it is written, a new command wins over a pending question (and the answer
says what was dropped), and a visit moved to a time alone keeps its day."""

from __future__ import annotations

from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def status_of(crm: CrmClient, lead: dict[str, Any]) -> str:
    return str((await crm.get_lead(lead["lead_id"])).json["status"])


async def test_a_lookup_typed_while_a_status_is_asked_is_the_lookup(engine: LocalEngine, crm: CrmClient) -> None:
    """The reported case: the lookup 'which leads are won' was taken as the answer and set Neha to WON."""
    neha = await create(crm, "Neha Sharma", "9811100011", "Delhi")
    await engine.handle_text("change Neha's name to Neha Kapoor")
    reply = await engine.handle_text("which leads are won")
    assert reply.result.intent == "LEAD_FIND" and reply.awaiting is None
    assert await status_of(crm, neha) == "NEW"


async def test_a_status_listing_is_no_answer_and_the_dropped_update_is_named(engine: LocalEngine, crm: CrmClient) -> None:
    ravi = await create(crm, "Ravi Kumar", "9811100022", "Pune")
    asked = await engine.handle_text("update Ravi's status")
    assert asked.awaiting == "status"
    reply = await engine.handle_text("any leads in lost?")
    assert reply.result.intent == "LEAD_FIND"
    assert reply.result.message.startswith("Ravi's status was not changed: no status given.")
    assert await status_of(crm, ravi) == "NEW"
    # The question is gone: a bare status now is no answer to anything.
    after = await engine.handle_text("won")
    assert after.result.intent == "UNKNOWN" and await status_of(crm, ravi) == "NEW"


async def test_a_complete_command_wins_over_a_pending_question(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    asked = await engine.handle_text("add lead Meera Shah from Pune")
    assert asked.awaiting == "phone"
    reply = await engine.handle_text("mark Rohan as won")
    assert reply.result.ok and reply.result.intent == "LEAD_UPDATE"
    assert reply.result.message.startswith("Meera Shah was not created: no phone given.")
    assert await status_of(crm, rohan) == "WON"
    assert [lead["name"] for lead in (await crm.list_leads()).json["leads"]] == ["Rohan Sharma"]


async def test_an_answer_is_still_an_answer(engine: LocalEngine, crm: CrmClient) -> None:
    ravi = await create(crm, "Ravi Kumar", "9811100022", "Pune")
    await engine.handle_text("update Ravi's status")
    done = await engine.handle_text("follow up")
    assert done.result.ok and await status_of(crm, ravi) == "FOLLOW_UP"


@pytest.mark.parametrize("yes", ["yes", "haan", "ok", "theek hai"])
async def test_a_doubtful_reading_is_confirmed_before_it_is_written(engine: LocalEngine, crm: CrmClient,
                                                                   yes: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    asked = await engine.handle_text("mark Rohan as won, lost")
    out = asked.result.to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR" and out["crm_call"] is None
    assert "Mark Rohan as lost: is that right?" in out["error"]["details"] == asked.result.message
    assert 0 < out["confidence"] < 1
    assert await status_of(crm, rohan) == "NEW", "nothing is written on a guess"
    done = await engine.handle_text(yes)
    assert done.result.ok and await status_of(crm, rohan) == "LOST"


async def test_anything_but_yes_is_a_new_command_and_the_guess_is_not_written(engine: LocalEngine,
                                                                              crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await engine.handle_text("mark Rohan as won, lost")
    reply = await engine.handle_text("mark Rohan as follow up")
    assert reply.result.ok and reply.result.message.startswith("Not done: Mark Rohan as lost.")
    assert await status_of(crm, rohan) == "FOLLOW_UP"
    await engine.handle_text("mark Rohan as won, lost")
    said_no = await engine.handle_text("no")
    assert said_no.result.cancelled and await status_of(crm, rohan) == "FOLLOW_UP"


async def test_jsonl_never_writes_on_a_guess(core: BotCore, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    engine = LocalEngine(core, conversational=False)
    reply = await engine.handle_text("mark Rohan as won, lost")
    assert reply.result.error is not None and reply.result.error.type == "VALIDATION_ERROR"
    assert "is that right?" in reply.result.error.details
    again = await engine.handle_text("yes")
    assert again.result.intent == "UNKNOWN", "each line stands alone: there is nothing to confirm"
    assert await status_of(crm, rohan) == "NEW"


async def test_a_visit_moved_to_a_time_alone_keeps_its_day(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    await engine.handle_text("book a visit for Deepak on Friday at 4 pm")
    moved = await engine.handle_text("move Deepak's visit to 7pm")
    assert moved.result.ok, moved.result.message
    visits = (await crm.get_lead(deepak["lead_id"])).json["visits"]
    assert sorted((v["visit_time"], v["status"]) for v in visits) == [
        ("2026-11-27T16:00:00+05:30", "RESCHEDULED"), ("2026-11-27T19:00:00+05:30", "SCHEDULED")]


async def test_push_to_an_hour_moves_the_next_of_several_visits_and_says_so(engine: LocalEngine,
                                                                          crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    await engine.handle_text("book a visit for Deepak on Friday at 4 pm")
    await engine.handle_text("book a visit for Deepak on Sunday at 11 am")
    moved = await engine.handle_text("push his meeting to 6")
    assert moved.result.ok and moved.result.intent == "VISIT_SCHEDULE"
    assert "has 2 visits booked; I moved the next one" in moved.result.message
    visits = (await crm.get_lead(deepak["lead_id"])).json["visits"]
    assert sorted((v["visit_time"], v["status"]) for v in visits) == [
        ("2026-11-27T16:00:00+05:30", "RESCHEDULED"), ("2026-11-27T18:00:00+05:30", "SCHEDULED"),
        ("2026-11-29T11:00:00+05:30", "SCHEDULED")]


async def test_an_edit_typed_while_a_status_is_asked_is_never_the_answer(engine: LocalEngine, crm: CrmClient) -> None:
    ravi = await create(crm, "Ravi Kumar", "9811100022", "Pune")
    neha = await create(crm, "Neha Sharma", "9811100011", "Delhi")
    await engine.handle_text("update Ravi's status")
    reply = await engine.handle_text("change Neha's name to Neha Kapoor")
    assert reply.result.intent != "LEAD_UPDATE"
    assert await status_of(crm, ravi) == "NEW" and await status_of(crm, neha) == "NEW"


async def test_an_edit_with_a_doubtful_value_is_confirmed_before_it_is_written(engine: LocalEngine,
                                                                               crm: CrmClient) -> None:
    """An edit (updateLead) is doubt-checked like the other writes: 'frm' is never part of a name."""
    neha = await create(crm, "Neha Sharma", "9811100011", "Delhi")
    asked = await engine.handle_text("change Neha's name to Neha frm Delhi")
    out = asked.result.to_json()
    assert out["intent"] == "LEAD_EDIT" and out["error"]["type"] == "VALIDATION_ERROR" and out["crm_call"] is None
    assert "Change Neha's name to Neha frm Delhi: is that right?" in out["error"]["details"]
    assert (await crm.get_lead(neha["lead_id"])).json["name"] == "Neha Sharma", "nothing is written on a guess"
    done = await engine.handle_text("yes")
    assert done.result.ok and (await crm.get_lead(neha["lead_id"])).json["name"] == "Neha Frm Delhi"


async def test_a_cancel_said_with_a_booking_is_asked_about(engine: LocalEngine, crm: CrmClient) -> None:
    """Held-out 19 booked a visit for "Meera's visit on Saturday needs to be cancelled"; that reading is now a
    cancel, and any booking that still carries a cancel word asks first."""
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    reply = await engine.handle_text("book Meera on Saturday at 11, cancel karna hai")
    assert reply.result.error is not None and reply.result.error.type == "VALIDATION_ERROR"
    assert (await crm.get_lead(meera["lead_id"])).json["visits"] == []


async def test_a_remark_said_with_a_new_lead_is_kept_in_its_history_and_read_back(engine: LocalEngine,
                                                                                  crm: CrmClient) -> None:
    """Remarks become notes wherever they stand, a create too: the lead has no notes field, so the remark
    goes into its history as an entry that keeps the status, and the answer repeats it."""
    reply = await engine.handle_text("add lead Nitin Desai, Pune, budget 80 lakh, phone 9822 606 707")
    assert reply.result.ok and reply.result.entities["notes"] == "budget 80 lakh"
    assert reply.result.message.endswith("Notes: budget 80 lakh.")
    lead = (await crm.get_lead(str(reply.result.result["lead_id"]))).json
    assert lead["status"] == "NEW"
    assert [(h["new_status"], h["notes"]) for h in lead["status_history"]] == [("NEW", "budget 80 lakh")]
    undone = await engine.handle_text("undo")
    assert undone.result.ok and (await crm.get_lead(lead["lead_id"])).json["archived"] is True


async def test_a_name_no_slot_took_is_asked_about_before_anything_is_written(engine: LocalEngine,
                                                                              crm: CrmClient) -> None:
    """"book a visit for Rohan tomorrow at 4 with Anil": Anil may be the lead meant, or a second one."""
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    asked = await engine.handle_text("book a visit for Rohan tomorrow at 4 with Anil")
    out = asked.result.to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR" and "'Anil' looks like a name" in out["error"]["details"]
    assert (await crm.get_lead(rohan["lead_id"])).json["visits"] == []
    done = await engine.handle_text("yes")
    assert done.result.ok and len((await crm.get_lead(rohan["lead_id"])).json["visits"]) == 1
