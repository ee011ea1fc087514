"""The local engine as a conversation partner, against the real CRM: it asks for what is missing, the
answer completes the action, "cancel" abandons it, and pronouns reach the last lead."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCallEvent
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_missing_phone_is_asked_then_the_answer_creates_the_lead(engine: LocalEngine, crm: CrmClient) -> None:
    first = await engine.handle_text("Add a new lead Rohan Sharma from Gurgaon")
    assert first.awaiting == "phone"
    assert first.result.message == "What is Rohan's phone number?"
    assert first.result.error is not None and first.result.error.type == "VALIDATION_ERROR"
    assert (await crm.list_leads()).json["leads"] == [], "nothing is written before the slot is filled"

    second = await engine.handle_text("it's 98765 43210")
    assert second.awaiting is None
    out = second.result.to_json()
    assert out["intent"] == "LEAD_CREATE"
    assert out["entities"] == {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}
    stored = (await crm.list_leads()).json["leads"]
    assert [(lead["name"], lead["phone"], lead["city"]) for lead in stored] == [("Rohan Sharma", "9876543210", "Gurgaon")]
    assert out["result"]["lead_id"] == stored[0]["lead_id"]


async def test_a_bad_answer_is_explained_and_asked_again(engine: LocalEngine, crm: CrmClient) -> None:
    await engine.handle_text("Add lead Sunil Rao from Pune")
    again = await engine.handle_text("12345")
    assert again.awaiting == "phone"
    assert "5 digits" in again.result.message and again.result.message.endswith("What is Sunil's phone number?")
    done = await engine.handle_text("9812345678")
    assert done.result.ok and done.result.entities["phone"] == "9812345678"


async def test_cancel_abandons_the_pending_action(engine: LocalEngine, crm: CrmClient) -> None:
    asked = await engine.handle_text("Create a lead Priya Nair")
    assert asked.awaiting is not None
    cancelled = await engine.handle_text("cancel")
    assert cancelled.awaiting is None
    assert "cancelled" in cancelled.result.message.lower()
    # The next answer is not taken as the phone of a lead nobody wants any more.
    after = await engine.handle_text("9812345678")
    assert after.result.intent != "LEAD_CREATE"
    assert (await crm.list_leads()).json["leads"] == []


async def test_a_cancel_reports_what_was_dropped_and_the_field_it_waited_for(engine: LocalEngine,
                                                                            crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    asked = await engine.handle_text("Schedule a visit with rohan sharma")
    assert asked.awaiting == "visit_time"
    reply = await engine.handle_text("cancel")
    assert reply.result.cancelled, "the dashboard shows a cancel as the person's choice, not a failure"
    cancelled = reply.result.to_json()
    assert set(cancelled) == {"intent", "entities", "crm_call", "error", "message", "confidence"}, \
        "the flag is not printed"
    # The action it belonged to, what was understood (the lead resolved, not the words), and no write.
    assert cancelled["intent"] == "VISIT_SCHEDULE"
    assert cancelled["entities"] == {"lead_id": rohan["lead_id"]}
    assert cancelled["crm_call"] is None and "result" not in cancelled
    assert cancelled["error"]["type"] == "VALIDATION_ERROR"
    assert cancelled["error"]["details"].startswith("visit_time: cancelled by the user")
    assert cancelled["message"] == "Okay, I've cancelled scheduling the visit. Nothing was saved."
    assert (await crm.get_lead(rohan["lead_id"])).json["visits"] == []


async def test_cancel_said_loosely_still_cancels(engine: LocalEngine, crm: CrmClient) -> None:
    for said in ("actually cancel that", "ok cancel it please", "no no, forget it"):
        await engine.handle_text("add a lead Tara Singh from Goa")
        reply = await engine.handle_text(said)
        assert reply.awaiting is None, said
        assert reply.result.message == "Okay, I've cancelled creating the lead Tara Singh. Nothing was saved.", said
    nothing = (await engine.handle_text("cancel")).result.to_json()
    assert nothing["intent"] == "UNKNOWN" and nothing["error"]["type"] == "PARSING_ERROR"
    assert nothing["message"] == "There is nothing to cancel."
    assert "no action was waiting" in nothing["error"]["details"]
    assert (await crm.list_leads()).json["leads"] == []


async def test_pronouns_reach_the_last_lead(engine: LocalEngine, crm: CrmClient) -> None:
    other = await create(crm, "Kavya Iyer", "9700000001", "Chennai")
    created = await engine.handle_text("Add a lead Rohan Sharma from Gurgaon, phone 9876543210")
    rohan_id = created.result.result["lead_id"]  # type: ignore[index]
    asked = await engine.handle_text("Schedule a visit with him")
    assert asked.awaiting == "visit_time"
    assert asked.result.message == "When should the visit with Rohan be?"
    visit = await engine.handle_text("tomorrow at 4 pm")
    assert visit.result.ok
    assert visit.result.entities == {"lead_id": rohan_id, "visit_time": "2026-11-26T16:00:00+05:30"}
    won = await engine.handle_text("Mark him as won")
    assert won.result.entities == {"lead_id": rohan_id, "status": "WON"}
    detail = (await crm.get_lead(rohan_id)).json
    assert detail["status"] == "WON" and len(detail["visits"]) == 1
    assert (await crm.get_lead(other["lead_id"])).json["status"] == "NEW"


async def test_standalone_mode_never_carries_anything_over(core: BotCore, crm: CrmClient) -> None:
    engine = LocalEngine(core, conversational=False)
    asked = await engine.handle_text("Add a lead Rohan Sharma from Gurgaon")
    assert asked.awaiting is None and asked.result.message == "What is Rohan's phone number?"
    answer = await engine.handle_text("98765 43210")
    assert answer.result.intent != "LEAD_CREATE"
    await engine.handle_text("Add a lead Meera Das from Pune, phone 9876500000")
    pronoun = await engine.handle_text("Mark her as won")
    assert pronoun.result.error is not None and pronoun.result.error.type == "VALIDATION_ERROR"
    assert (await crm.list_leads(q="Meera")).json["leads"][0]["status"] == "NEW"


async def test_listeners_hear_start_and_end(engine: LocalEngine, core: BotCore) -> None:
    events: list[ToolCallEvent] = []
    core.add_listener(events.append)
    core.add_listener(lambda event: 1 / 0)  # a broken listener must not stop the bot
    reply = await engine.handle_text("Add a lead Rohan Sharma from Gurgaon, phone 9876543210")
    assert reply.result.ok
    assert [(e.call.name, e.phase) for e in events] == [("createLead", "start"), ("createLead", "end")]
    assert events[1].result is reply.result and events[1].latency_ms is not None


async def test_an_ambiguous_lead_is_settled_by_city_order_or_phone(engine: LocalEngine, crm: CrmClient) -> None:
    delhi = await create(crm, "Amit Kumar", "9833333333", "Delhi")
    jaipur = await create(crm, "Amit Kumar", "9844444444", "Jaipur")
    asked = await engine.handle_text("Mark Amit Kumar as won")
    assert asked.awaiting == "lead_id"
    assert "Amit Kumar from Delhi" in asked.result.message and "Amit Kumar from Jaipur" in asked.result.message
    assert "Say the city" in asked.result.message
    picked = await engine.handle_text("the one in Jaipur")
    assert picked.result.ok and picked.result.entities["lead_id"] == jaipur["lead_id"]

    await engine.handle_text("Schedule a visit with Amit tomorrow at 5pm")
    first = await engine.handle_text("the first one")
    assert first.result.ok and first.result.entities["lead_id"] == delhi["lead_id"]

    await engine.handle_text("Mark Amit as lost")
    by_phone = await engine.handle_text("98333 33333")
    assert by_phone.result.ok and by_phone.result.entities["lead_id"] == delhi["lead_id"]
    assert (await crm.get_lead(jaipur["lead_id"])).json["status"] == "WON"
    assert (await crm.get_lead(delhi["lead_id"])).json["status"] == "LOST"
