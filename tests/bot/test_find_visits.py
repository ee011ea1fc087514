"""'What visits do I have tomorrow?' through the local engine and the bot core, against the real CRM:
the day's scheduled visits, earliest first, with the lead and city read out; cancelled and moved ones
left out; a lead's own visits; nothing written."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def book(crm: CrmClient, lead_id: str, when: str) -> str:
    resp = await crm.schedule_visit(lead_id, when)
    assert resp.status_code == 200, resp.json
    return str(resp.json["visit_id"])


async def test_the_days_visits_are_read_out_earliest_first(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    priya = await create(crm, "Priya Nair", "9811122233", "Pune")
    amit = await create(crm, "Amit Verma", "9822233344", "Noida")
    await book(crm, rohan["lead_id"], "2026-11-26T15:00:00+05:30")
    await book(crm, priya["lead_id"], "2026-11-26T11:00:00+05:30")
    # 04:30 UTC is 10 AM in Kolkata: the same day, told apart as an instant, not as text.
    await book(crm, amit["lead_id"], "2026-11-26T04:30:00+00:00")
    called_off = await book(crm, amit["lead_id"], "2026-11-26T17:00:00+05:30")
    assert (await crm.cancel_visit(called_off)).status_code == 200
    await book(crm, rohan["lead_id"], "2026-11-27T12:00:00+05:30")  # Friday: not tomorrow

    out = (await engine.handle_text("what visits do I have tomorrow?")).result.to_json()
    assert out["intent"] == "VISIT_FIND" and out["entities"] == {"day": "2026-11-26"}
    assert out["crm_call"]["method"] == "GET" and out["crm_call"]["status_code"] == 200
    assert out["message"] == ("3 visits tomorrow, Thursday 26 November: 10 AM, Amit Verma in Noida; "
                              "11 AM, Priya Nair in Pune; 3 PM, Rohan Sharma in Gurgaon.")
    assert [v["lead_id"] for v in out["result"]["visits"]] == [amit["lead_id"], priya["lead_id"], rohan["lead_id"]]

    none = (await engine.handle_text("any visits on Sunday?")).result
    assert none.ok and none.message == "No visits booked on Sunday 29 November."


async def test_the_coming_week_and_one_leads_visits(engine: LocalEngine, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "9822233355", "Jaipur")
    await book(crm, meera["lead_id"], "2026-11-28T11:00:00+05:30")
    await book(crm, meera["lead_id"], "2026-12-20T16:30:00+05:30")  # beyond the week, still to come
    await book(crm, meera["lead_id"], "2026-11-20T11:00:00+05:30")  # already past

    week = (await engine.handle_text("what visits do I have this week")).result
    assert week.message == "1 visit in the coming week: Saturday 28 November at 11 AM, Meera Kapoor in Jaipur."

    hers = (await engine.handle_text("when is Meera's visit?")).result.to_json()
    assert hers["intent"] == "VISIT_FIND" and hers["entities"] == {"lead_id": meera["lead_id"]}
    assert hers["message"] == (f"Meera Kapoor has 2 visits booked: Saturday 28 November at 11 AM; "
                               f"Sunday 20 December at 4:30 PM. Lead ID {meera['lead_id'][:8]}.")


async def test_the_model_asks_by_date_and_a_bad_day_is_a_validation_error(core: BotCore, crm: CrmClient) -> None:
    await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    empty = await core.run_tool(ToolCall("findVisits", {"day": "2026-11-26"}))
    assert empty.ok and empty.message == "No visits booked tomorrow, Thursday 26 November."
    bad = await core.run_tool(ToolCall("findVisits", {"day": "2026-02-30"}))
    assert bad.error is not None and bad.error.type == "VALIDATION_ERROR" and "day" in bad.error.details
    unknown = await core.run_tool(ToolCall("findVisits", {"lead_id": "Nobody Here"}))
    assert unknown.error is not None and "Lead not found" in unknown.error.details
