"""Lead references through the bot core against the real CRM server: every way a person names a lead."""

from __future__ import annotations

from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import create


@pytest.fixture
async def leads(crm: CrmClient) -> dict[str, dict[str, Any]]:
    return {
        "rohan": await create(crm, "Rohan Sharma", "9876543210", "Gurgaon"),
        "rohan_v": await create(crm, "Rohan Verma", "9811111111", "Pune"),
        "priya": await create(crm, "Priya Nair", "9822222222", "Kochi"),
        "amit_a": await create(crm, "Amit Kumar", "9833333333", "Delhi"),
        "amit_b": await create(crm, "Amit Kumar", "9844444444", "Jaipur"),
    }


async def update(core: BotCore, ref: str, status: str = "won") -> dict[str, Any]:
    result = await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": ref, "status": status}))
    return result.to_json()


async def test_full_uuid(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    out = await update(core, leads["priya"]["lead_id"].upper())
    assert out["entities"]["lead_id"] == leads["priya"]["lead_id"]
    assert out["result"]["status"] == "WON" and out["result"]["old_status"] == "NEW"


async def test_unique_prefix_with_the_word_lead(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    prefix = leads["rohan"]["lead_id"][:8]
    out = await update(core, f"lead {prefix}", "follow-up")
    assert out["entities"] == {"lead_id": leads["rohan"]["lead_id"], "status": "FOLLOW_UP"}
    assert "error" not in out


async def test_name_case_insensitive_and_with_a_typo(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    assert (await update(core, "priya nair"))["entities"]["lead_id"] == leads["priya"]["lead_id"]
    assert (await update(core, "Rohn Sharma"))["entities"]["lead_id"] == leads["rohan"]["lead_id"]
    assert (await update(core, "Priyaa Nayar"))["entities"]["lead_id"] == leads["priya"]["lead_id"]
    # A different name that merely looks alike is not a typo: nothing is updated.
    rohit = await update(core, "Rohit Sharma")
    assert rohit["error"]["type"] == "CRM_ERROR" and rohit["entities"]["lead_id"] == "Rohit Sharma"
    # First name alone, when only one lead has it.
    assert (await update(core, "Priya"))["entities"]["lead_id"] == leads["priya"]["lead_id"]


async def test_phone_in_any_form(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    out = await update(core, "+91 98222-22222", "in progress")
    assert out["entities"] == {"lead_id": leads["priya"]["lead_id"], "status": "IN_PROGRESS"}
    # Ten bare digits are also valid hex: they must still be read as a phone, not an id prefix.
    out = await update(core, "9811111111", "lost")
    assert out["entities"] == {"lead_id": leads["rohan_v"]["lead_id"], "status": "LOST"}


async def test_pronoun_is_the_last_lead_mentioned(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    await update(core, "Rohan Verma", "in progress")
    out = await update(core, "@last", "lost")
    assert out["entities"]["lead_id"] == leads["rohan_v"]["lead_id"]
    out = await update(core, "him", "won")
    assert out["entities"]["lead_id"] == leads["rohan_v"]["lead_id"]
    assert out["result"]["old_status"] == "LOST"


async def test_pronoun_with_nobody_mentioned_is_a_validation_error(core: BotCore, leads: dict[str, Any]) -> None:
    out = await update(core, "@last")
    assert out["error"]["type"] == "VALIDATION_ERROR"
    assert out["error"]["details"].startswith("lead_id:")
    assert out["crm_call"] is None


async def test_ambiguous_lists_the_candidates(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    out = await update(core, "Amit Kumar")
    assert out["error"]["type"] == "VALIDATION_ERROR"
    details = out["error"]["details"]
    for lead in (leads["amit_a"], leads["amit_b"]):
        assert f"Amit Kumar ({lead['city']}, {lead['lead_id'][:8]})" in details
    assert out["entities"]["lead_id"] == "Amit Kumar", "an unresolved lead keeps its reference"
    assert "Delhi" in out["message"] and "Jaipur" in out["message"]
    # A first name two leads share is just as ambiguous.
    assert (await update(core, "rohan"))["error"]["type"] == "VALIDATION_ERROR"


async def test_no_match_is_lead_not_found(core: BotCore, leads: dict[str, Any], crm: CrmClient) -> None:
    for ref in ("Zubin Mehta", "9000000001", "abcdef12", "12345678-1234-4234-8234-123456789012"):
        out = await update(core, ref)
        assert out["error"]["type"] == "CRM_ERROR", ref
        assert out["error"]["details"].startswith("Lead not found"), ref
        assert out["entities"]["lead_id"] == ref
    # Nothing was written by the failed attempts.
    everyone = (await crm.list_leads()).json["leads"]
    assert {lead["status"] for lead in everyone} == {"NEW"}


async def test_schedule_visit_with_a_natural_time(core: BotCore, leads: dict[str, Any], crm: CrmClient) -> None:
    result = await core.run_tool(
        ToolCall("scheduleVisit", {"lead_id": "Rohan Sharma", "visit_time": "tomorrow 3pm", "notes": "bring brochure"})
    )
    out = result.to_json()
    assert out["entities"] == {
        "lead_id": leads["rohan"]["lead_id"], "visit_time": "2026-11-26T15:00:00+05:30", "notes": "bring brochure",
    }
    assert out["crm_call"] == {"method": "POST", "path": "/crm/visits", "status_code": 200}
    assert out["result"]["status"] == "SCHEDULED"
    detail = (await crm.get_lead(leads["rohan"]["lead_id"])).json
    assert [v["visit_time"] for v in detail["visits"]] == ["2026-11-26T15:00:00+05:30"]


async def lead_with_digit_prefix(crm: CrmClient) -> dict[str, Any]:
    """A lead whose id starts with 8 digits (about 1 in 43 random UUIDs): created in concurrent batches
    of 100 until one turns up; 20 batches all missing has a chance of about 1e-20."""
    import asyncio

    for batch in range(20):
        made = await asyncio.gather(*(
            create(crm, f"Digit Lead{batch}x{i}", f"70{batch:02d}{i:06d}", "Pune") for i in range(100)
        ))
        for lead in made:
            if lead["lead_id"][:8].isdigit():
                return lead
    raise AssertionError("no lead id started with 8 digits in 2,000 leads")


async def test_an_all_digit_id_prefix_is_a_lead_not_a_short_phone(core: BotCore, crm: CrmClient) -> None:
    """"lead 83944468": eight digits are a short phone to the parser, but they are also a valid id prefix."""
    from crm_tui.engines.local import LocalEngine

    lead = await lead_with_digit_prefix(crm)
    prefix = lead["lead_id"][:8]
    engine = LocalEngine(core, conversational=False)
    for said in (f"mark lead {prefix} as won", f"update {prefix} to follow up"):
        out = (await engine.handle_text(said)).result.to_json()
        assert "error" not in out, (said, out)
        assert out["entities"]["lead_id"] == lead["lead_id"], said
    visit = (await engine.handle_text(f"schedule a visit with lead {prefix} tomorrow at 4 pm")).result.to_json()
    assert visit["entities"] == {"lead_id": lead["lead_id"], "visit_time": "2026-11-26T16:00:00+05:30"}
    stored = (await crm.get_lead(lead["lead_id"])).json
    assert stored["status"] == "FOLLOW_UP" and len(stored["visits"]) == 1
    # The same through the core directly (what a Gemini call would pass), and with the dashes left out.
    undashed = lead["lead_id"].replace("-", "")[:12]
    out = await update(core, undashed, "lost")
    assert out["entities"] == {"lead_id": lead["lead_id"], "status": "LOST"}


async def test_eight_digits_that_match_nothing_say_both_readings(core: BotCore, leads: dict[str, Any],
                                                                 crm: CrmClient) -> None:
    from crm_tui.engines.local import LocalEngine

    engine = LocalEngine(core, conversational=False)
    taken = {lead["lead_id"][:8] for lead in (await crm.list_leads(limit=1000)).json["leads"]}
    unused = next(p for p in ("12345678", "23456789", "34567890") if p not in taken)
    out = (await engine.handle_text(f"mark lead {unused} as won")).result.to_json()
    assert out["error"]["type"] == "CRM_ERROR"
    assert out["error"]["details"].startswith(f"Lead not found: no lead id starts with {unused}")
    assert "not a phone number either" in out["error"]["details"] and "8 digits" in out["error"]["details"]
    assert out["entities"] == {"lead_id": unused, "status": "WON"}
    # Seven digits are not an id prefix: still the phone's own reason, as a validation error.
    short = (await engine.handle_text("mark 1234567 as won")).result.to_json()
    assert short["error"]["type"] == "VALIDATION_ERROR" and "7 digits" in short["error"]["details"]
    assert short["message"].startswith("I couldn't update the lead: Phone 1234567 has 7 digits")


async def test_a_name_said_without_its_accents_still_finds_the_lead(core: BotCore, crm: CrmClient) -> None:
    jose = await create(crm, "José Álvarez", "9876511131", "Goa")
    await create(crm, "राहुल शर्मा", "9876511130", "Pune")
    assert (await update(core, "jose alvarez"))["entities"]["lead_id"] == jose["lead_id"]
    assert (await update(core, "Alvarez", "lost"))["entities"]["lead_id"] == jose["lead_id"]
    # Other scripts are matched as written, not folded.
    rahul = await update(core, "राहुल")
    assert "error" not in rahul and rahul["result"]["name"] == "राहुल शर्मा"


async def test_a_misheard_name_of_a_recent_lead_in_a_large_crm_is_found(core: BotCore, crm: CrmClient) -> None:
    """'Cashyap' for 'Kashyap': no targeted search finds it (the first letters are wrong), so only the
    scan of every lead can. With 1,250 leads the newest is past the first 1,000 the scan used to read."""
    import asyncio

    oldest = await create(crm, "Bhaskar Rao", "7000000000", "Pune")
    for batch in range(12):
        await asyncio.gather(*(
            create(crm, f"Filler Lead{batch:02d}x{i:03d}", f"71{batch:02d}{i:06d}", "Pune") for i in range(104)
        ))
    kashyap = await create(crm, "Kashyap Menon", "9876500001", "Kochi")
    total = len(await all_leads(crm))
    assert total > 1200
    out = await update(core, "Cashyap", "follow up")
    assert "error" not in out, out
    assert out["entities"] == {"lead_id": kashyap["lead_id"], "status": "FOLLOW_UP"}
    assert (await crm.get_lead(kashyap["lead_id"])).json["status"] == "FOLLOW_UP"
    # The oldest lead is still in reach of the scan, misheard the same way.
    out = await update(core, "Baskar", "won")
    assert out["entities"] == {"lead_id": oldest["lead_id"], "status": "WON"}, out
    # A misheard name that is nobody's is still "Lead not found", after reading every lead.
    out = await update(core, "Zorawar", "won")
    assert out["error"]["type"] == "CRM_ERROR" and out["error"]["details"].startswith("Lead not found")


async def all_leads(crm: CrmClient) -> list[dict[str, Any]]:
    leads: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = (await crm.list_leads(limit=1000, cursor=cursor)).json
        leads += page["leads"]
        cursor = page["next_cursor"]
        if cursor is None:
            return leads
