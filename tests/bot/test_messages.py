"""What the assistant says: confirmations a person can hear, digit-by-digit phones, short ids,
duplicate warnings, and errors that name the field at fault."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import create

DIGITS = "nine eight seven six five four three two one zero"


async def test_create_confirms_with_spoken_digits_and_short_id(core: BotCore) -> None:
    result = await core.run_tool(ToolCall("createLead", {"name": "rohan sharma", "phone": "098765-43210",
                                                          "city": "gurgaon", "source": "instagram"}))
    lead_id = result.result["lead_id"]  # type: ignore[index]
    assert result.message == (
        f"Created lead Rohan Sharma from Gurgaon, source Instagram, phone {DIGITS}. Lead ID {lead_id[:8]}."
    )
    assert "9876543210" not in result.message
    assert "possible_duplicates" not in result.result  # type: ignore[operator]


async def test_create_warns_when_the_phone_is_already_known(core: BotCore, crm: CrmClient) -> None:
    first = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    result = await core.run_tool(ToolCall("createLead", {"name": "R Sharma", "phone": "+91 98765 43210", "city": "Delhi"}))
    assert result.ok
    assert [d["lead_id"] for d in result.result["possible_duplicates"]] == [first["lead_id"]]  # type: ignore[index]
    assert f"already belongs to an existing lead: Rohan Sharma from Gurgaon, lead ID {first['lead_id'][:8]}" in result.message


async def test_status_and_visit_are_said_in_words(core: BotCore, crm: CrmClient) -> None:
    lead = await create(crm, "Priya Nair", "9822222222", "Kochi")
    status = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "Priya Nair", "status": "IN_PROGRESS"}))
    assert status.message == f"Updated Priya Nair to in progress (it was new). Lead ID {lead['lead_id'][:8]}."
    visit = await core.run_tool(ToolCall("scheduleVisit", {"lead_id": "@last", "visit_time": "2026-12-01T11:30:00+05:30"}))
    assert visit.message == f"Scheduled a visit with Priya Nair on Tuesday 1 December at 11:30 AM. Lead ID {lead['lead_id'][:8]}."


async def test_validation_errors_name_the_field(core: BotCore) -> None:
    cases = [
        ({"name": "Rohan", "phone": "12345", "city": "Pune"}, "createLead", "phone", "5 digits"),
        ({"name": "Rohan", "phone": "5876543210", "city": "Pune"}, "createLead", "phone", "starts with 5"),
        ({"lead_id": "Rohan", "status": "purple"}, "updateLeadStatus", "status", "not a lead status"),
        ({"lead_id": "Rohan", "visit_time": "whenever you like"}, "scheduleVisit", "visit", "whenever you like"),
        ({"name": "Rohan", "city": "Pune"}, "createLead", "phone", "missing"),
    ]
    for args, tool, field, reason in cases:
        out = (await core.run_tool(ToolCall(tool, args))).to_json()
        assert out["error"]["type"] == "VALIDATION_ERROR", args
        assert out["error"]["details"].startswith(field), out["error"]["details"]
        assert reason in out["error"]["details"], out["error"]["details"]
        # Nothing is written before validation passes; at most the lead was looked up.
        assert out["crm_call"] in (None, {"method": "GET", "path": "/crm/leads", "status_code": 200}), out


async def test_invalid_values_are_kept_as_heard_and_the_lead_still_resolved(core: BotCore, crm: CrmClient) -> None:
    lead = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    out = (await core.run_tool(ToolCall("scheduleVisit", {"lead_id": "Rohan", "visit_time": "31st November at 4"}))).to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR" and out["error"]["details"].startswith("visit")
    assert out["entities"] == {"lead_id": lead["lead_id"], "visit_time": "31st November at 4"}
    assert out["message"].endswith("When should the visit with Rohan be?")
    assert (await crm.get_lead(lead["lead_id"])).json["visits"] == []
    made = (await core.run_tool(ToolCall("createLead", {"name": "Alok Nath", "phone": "12345", "city": "Pune"}))).to_json()
    assert made["entities"] == {"name": "Alok Nath", "phone": "12345", "city": "Pune"}


async def test_model_style_arguments_are_normalised(core: BotCore, crm: CrmClient) -> None:
    """What a Gemini model might send: a number for the phone, lower-case status, a name for lead_id."""
    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    out = (await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "Rohan Sharma", "status": "won", "notes": ""}))).to_json()
    assert out["entities"]["status"] == "WON" and "notes" not in out["entities"]
    made = (await core.run_tool(ToolCall("createLead", {"name": "Asha Rao", "phone": 9123456789, "city": "Mysore",
                                                        "source": None}))).to_json()
    assert made["entities"] == {"name": "Asha Rao", "phone": "9123456789", "city": "Mysore"}


async def test_unknown_and_unknown_tool(core: BotCore) -> None:
    out = core.unknown("what's the weather").to_json()
    assert out["intent"] == "UNKNOWN" and out["error"]["type"] == "PARSING_ERROR"
    assert out["entities"] == {} and out["crm_call"] is None and out["message"]
    bad = (await core.run_tool(ToolCall("deleteEverything", {}))).to_json()
    assert bad["error"]["type"] == "PARSING_ERROR"


async def test_find_reads_out_the_matches(core: BotCore, crm: CrmClient) -> None:
    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await create(crm, "Rohan Verma", "9811111111", "Pune")
    found = await core.run_tool(ToolCall("findLeads", {"query": "Rohan"}))
    assert found.result["count"] == 2  # type: ignore[index]
    assert "Found 2 leads for Rohan: Rohan Sharma from Gurgaon" in found.message
    none = await core.run_tool(ToolCall("findLeads", {"query": "Zed"}))
    assert none.ok and none.message == "No leads match Zed."


async def test_a_phone_query_and_a_past_visit_are_said_clearly(core: BotCore, crm: CrmClient) -> None:
    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    none = await core.run_tool(ToolCall("findLeads", {"query": "9123456789"}))
    assert none.message == "No leads match phone nine one two three four five six seven eight nine."
    past = await core.run_tool(ToolCall("scheduleVisit", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-24T15:00:00+05:30"}))
    assert past.ok and past.message.endswith("Note: that time has already passed.")


async def test_spoken_errors_leave_out_the_field_code_names(core: BotCore, crm: CrmClient) -> None:
    from crm_tui.engines.local import LocalEngine

    await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    engine = LocalEngine(core, conversational=False)
    visit = (await engine.handle_text("schedule a visit with Rohan on 31st November at 4")).result
    assert visit.error is not None and visit.error.details.startswith("visit_time:")
    assert visit.message == "I couldn't schedule the visit: November 31 is not a date. When should the visit with Rohan be?"
    status = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "Rohan", "status": "maybe"}))
    assert status.message.startswith("I couldn't update the lead: 'maybe' is not a lead status")


async def test_setting_the_status_it_already_has_is_not_called_an_update(core: BotCore, crm: CrmClient) -> None:
    lead = await create(crm, "Priya Nair", "9822222222", "Kochi")
    await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "Priya Nair", "status": "won"}))
    again = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "Priya Nair", "status": "won"}))
    assert again.ok
    assert again.message == f"Priya Nair was already won, so the status is unchanged. Lead ID {lead['lead_id'][:8]}."


async def test_values_longer_than_the_crm_takes_are_validation_errors(core: BotCore, crm: CrmClient) -> None:
    name = "Rohan " * 30
    out = (await core.run_tool(ToolCall("createLead", {"name": name, "phone": "9876543210", "city": "Pune"}))).to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR"
    assert out["error"]["details"] == "name is 179 characters long; the CRM takes at most 120"
    assert out["crm_call"] is None
    notes = "x" * 2001
    visit = (await core.run_tool(ToolCall("scheduleVisit", {"lead_id": "nobody", "visit_time": "tomorrow 3pm",
                                                             "notes": notes}))).to_json()
    assert visit["error"]["type"] == "VALIDATION_ERROR" and visit["error"]["details"].startswith("notes is 2001")
    assert (await crm.list_leads()).json["leads"] == []


async def test_status_notes_are_read_back_and_a_shared_phone_is_not_offered_as_the_way_out(
        core: BotCore, crm: CrmClient) -> None:
    lead = await create(crm, "Zara Khan", "9876654321", "Lucknow")
    noted = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "Zara Khan", "status": "follow up",
                                                              "notes": "call after Diwali."}))
    assert noted.message == (f"Updated Zara Khan to follow up (it was new). Lead ID {lead['lead_id'][:8]}. "
                             "Notes: call after Diwali.")
    await create(crm, "Rahul Jain", "9876654321", "Delhi")
    shared = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": "98766 54321", "status": "won"}))
    assert shared.error is not None and shared.error.type == "VALIDATION_ERROR"
    assert shared.message.startswith("2 leads match phone nine eight seven six six five four three two one: ")
    assert shared.message.endswith("Which one do you mean? Say the city or the lead ID.")


def test_names_are_title_cased_the_way_names_are_written() -> None:
    from crm_tui.bot.core import title_case

    assert title_case("  rohan   SHARMA ") == "Rohan Sharma"
    assert title_case("sean o'brien") == "Sean O'Brien" and title_case("PRIYA D'SOUZA") == "Priya D'Souza"
    assert title_case("ram kumar-singh") == "Ram Kumar-Singh"
    assert title_case("McDonald") == "McDonald", "mixed case is kept as said"
    assert title_case("rohan's") == "Rohan's"
