"""Moving and cancelling visits by voice or text, through the local engine and the bot core, against the
real CRM server: "move Rohan's visit to Friday 5pm" moves the booked visit (one visit, not two), "cancel
Rohan's visit" cancels it, and the result stays in the DESIGN.md contract."""

from __future__ import annotations

from typing import Any

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def visits(crm: CrmClient, lead: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    detail = (await crm.get_lead(lead["lead_id"])).json
    return [(v["visit_time"], v["status"], v["notes"]) for v in detail["visits"]]


async def test_moving_a_visit_leaves_one_booked_visit_at_the_new_time(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    booked = await engine.handle_text("schedule a visit for Rohan tomorrow at 3 pm, notes: wants 3 BHK")
    assert booked.result.ok, booked.result.to_json()

    moved = (await engine.handle_text("move Rohan's visit to Friday 5pm")).result.to_json()
    assert moved["intent"] == "VISIT_SCHEDULE"
    # The contract's entities are what was said: no flag leaks into them.
    assert moved["entities"] == {"lead_id": rohan["lead_id"], "visit_time": "2026-11-27T17:00:00+05:30"}
    assert moved["crm_call"] == {"method": "POST", "path": "/crm/visits", "status_code": 200}
    assert moved["result"]["replaces"] == booked.result.result["visit_id"]  # type: ignore[index]
    assert moved["message"].startswith(
        "Moved Rohan Sharma's visit from Thursday 26 November at 3 PM to Friday 27 November at 5 PM.")
    assert await visits(crm, rohan) == [
        ("2026-11-26T15:00:00+05:30", "RESCHEDULED", "wants 3 BHK"),
        ("2026-11-27T17:00:00+05:30", "SCHEDULED", "wants 3 BHK"),  # what was noted moves with it
    ]

    # "push his meeting to 6 pm" reaches the same lead, and moves the visit just moved.
    again = (await engine.handle_text("push his meeting to 6 pm on saturday")).result
    assert again.ok and again.message.startswith("Moved Rohan Sharma's visit from Friday 27 November at 5 PM")
    assert [status for _, status, _ in await visits(crm, rohan)] == ["RESCHEDULED", "RESCHEDULED", "SCHEDULED"]


async def test_a_move_said_instead_of_a_time_or_with_the_same_time_keeps_the_rest_of_the_visit(
        engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    assert (await engine.handle_text("book a visit for Deepak tomorrow at 6 pm")).result.ok
    # Hindi "11 ki jagah 1 baje" (1 o'clock instead of 11) is a move, and a time alone keeps the day.
    moved = (await engine.handle_text("Deepak ka visit 6 ki jagah 7 baje kar do")).result
    assert moved.ok and moved.message.startswith(
        "Moved Deepak Patil's visit from Thursday 26 November at 6 PM to Thursday 26 November at 7 PM."), moved.message
    # "Friday, same time": a day alone keeps the time of the visit it moves.
    pushed = (await engine.handle_text("push Deepak's visit to friday same time")).result
    assert pushed.ok and pushed.entities["visit_time"] == "2026-11-27T19:00:00+05:30", pushed.to_json()
    assert [(at, status) for at, status, _ in await visits(crm, deepak)] == [
        ("2026-11-26T18:00:00+05:30", "RESCHEDULED"), ("2026-11-26T19:00:00+05:30", "RESCHEDULED"),
        ("2026-11-27T19:00:00+05:30", "SCHEDULED")]


async def test_moving_a_visit_that_was_never_booked_asks_and_books_it_after_yes(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9811122233", "Pune")
    asked = (await engine.handle_text("reschedule Priya's visit to Friday 11 am")).result
    assert not asked.ok and asked.error is not None and asked.error.type == "VALIDATION_ERROR"
    assert asked.message == ("Priya Nair has no visit booked. Book one on Friday 27 November at 11 AM: is that right? "
                             "Say yes to go ahead.")
    assert await visits(crm, priya) == []  # nothing written on the guess
    out = (await engine.handle_text("yes")).result
    assert out.ok and out.message.startswith("Scheduled a visit with Priya Nair on Friday 27 November at 11 AM")
    assert await visits(crm, priya) == [("2026-11-27T11:00:00+05:30", "SCHEDULED", None)]


async def test_moving_his_visit_when_none_is_booked_asks_and_no_drops_it(engine: LocalEngine, crm: CrmClient) -> None:
    pooja = await create(crm, "Pooja Sharma", "9811122244", "Pune")
    assert (await engine.handle_text("find Pooja Sharma")).result.ok
    asked = (await engine.handle_text("push his meeting to 6")).result
    assert asked.message.startswith("Pooja Sharma has no visit booked. Book one on ") and "at 6 PM" in asked.message
    assert engine.awaiting == "confirm"
    dropped = (await engine.handle_text("no")).result
    assert dropped.cancelled
    assert await visits(crm, pooja) == []


async def test_cancelling_a_visit_names_it_keeps_the_reason_and_leaves_the_others(
    engine: LocalEngine, crm: CrmClient
) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await engine.handle_text("schedule a visit for Rohan tomorrow at 3 pm")
    await engine.handle_text("book another visit for Rohan on Saturday at 11 am")

    out = (await engine.handle_text("cancel Rohan's visit on Saturday because he is travelling")).result.to_json()
    assert out["intent"] == "VISIT_CANCEL"
    assert out["entities"]["lead_id"] == rohan["lead_id"] and out["entities"]["notes"] == "he is travelling"
    assert out["crm_call"]["method"] == "POST" and out["crm_call"]["status_code"] == 200
    assert out["crm_call"]["path"].endswith("/cancel")
    assert out["result"]["status"] == "CANCELLED" and out["result"]["visit_time"] == "2026-11-28T11:00:00+05:30"
    assert out["message"] == (f"Cancelled Rohan Sharma's visit on Saturday 28 November at 11 AM. Lead ID "
                              f"{rohan['lead_id'][:8]}. Reason: he is travelling. One other visit is still booked.")
    assert await visits(crm, rohan) == [
        ("2026-11-26T15:00:00+05:30", "SCHEDULED", None),
        ("2026-11-28T11:00:00+05:30", "CANCELLED", None),
    ]

    # Without a day, the next visit is the one cancelled; then there is none left, and it says so.
    assert (await engine.handle_text("cancel his visit")).result.ok
    nothing = (await engine.handle_text("cancel Rohan's visit")).result.to_json()
    assert nothing["error"] == {"type": "VALIDATION_ERROR", "details": "Rohan Sharma has no scheduled visit to cancel"}
    assert "Nothing was changed" in nothing["message"]
    assert [status for _, status, _ in await visits(crm, rohan)] == ["CANCELLED", "CANCELLED"]


async def test_a_cancel_for_a_day_with_no_visit_lists_the_booked_ones_and_changes_nothing(
    engine: LocalEngine, crm: CrmClient
) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await engine.handle_text("schedule a visit for Rohan tomorrow at 3 pm")
    out = (await engine.handle_text("cancel Rohan's visit on Monday")).result
    assert out.error is not None and out.error.type == "VALIDATION_ERROR"
    assert out.message == ("Rohan Sharma has no visit on Monday 30 November; booked: Thursday 26 November at 3 PM. "
                           "Nothing was changed.")
    assert await visits(crm, rohan) == [("2026-11-26T15:00:00+05:30", "SCHEDULED", None)]


async def test_the_model_moves_and_cancels_with_the_same_tools(core: BotCore, crm: CrmClient) -> None:
    """The Gemini engine's calls: reschedule arrives as a JSON boolean, cancelVisit by name."""
    meera = await create(crm, "Meera Kapoor", "9822233344", "Noida")
    first = await core.run_tool(ToolCall("scheduleVisit", {"lead_id": "Meera Kapoor",
                                                           "visit_time": "2026-11-26T15:00:00+05:30"}))
    moved = await core.run_tool(ToolCall("scheduleVisit", {"lead_id": "Meera", "reschedule": True,
                                                           "visit_time": "2026-11-27T12:00:00+05:30"}))
    assert moved.ok and moved.result is not None and moved.result["replaces"] == first.result["visit_id"]  # type: ignore[index]
    assert "reschedule" not in moved.entities
    cancelled = await core.run_tool(ToolCall("cancelVisit", {"lead_id": meera["lead_id"][:8], "notes": "bought elsewhere"}))
    assert cancelled.intent == "VISIT_CANCEL" and cancelled.ok
    assert await visits(crm, meera) == [
        ("2026-11-26T15:00:00+05:30", "RESCHEDULED", None),
        ("2026-11-27T12:00:00+05:30", "CANCELLED", None),
    ]
    unknown = await core.run_tool(ToolCall("cancelVisit", {"lead_id": "Nobody Here"}))
    assert unknown.error is not None and unknown.error.type == "CRM_ERROR" and "Lead not found" in unknown.error.details
