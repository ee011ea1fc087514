"""A visit named by its day or its time, then changed, is the visit that moves (`nlu/the_visit_named_by_its_day.py`,
`bot.moves.the_named_visit`), against the real CRM. In heldout_lead_1209b (days and times said every way) the bot had
moved the lead's *next* visit instead ("Rohan Sharma's Sunday visit, make it Monday same time" moved tonight's visit and
gave it tonight's time), kept the wrong visit's time ("push Deepak's December 5 visit to the 6th"), or booked a second
visit beside the one named ("Farhan ka 28 wala visit 29 ko kar do"). With no visit, or two, booked then, it asks and
nothing moves.
"""

from __future__ import annotations

from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def booked(crm: CrmClient, lead: dict[str, Any], *times: str) -> None:
    for when in times:
        assert (await crm.schedule_visit(lead["lead_id"], when)).ok


TONIGHT, SUNDAY = "2026-11-25T20:30:00+05:30", "2026-11-29T11:30:00+05:30"


@pytest.mark.parametrize(("said", "now_at"), [
    ("Rohan Sharma's Sunday visit, make it Monday same time", "2026-11-30T11:30:00+05:30"),
    ("move Rohan's sunday visit to monday", "2026-11-30T11:30:00+05:30"),
    ("Rohan ka Sunday wala visit 12 baje kar do", "2026-11-29T12:00:00+05:30"),
    ("Rohan ki 29 tareekh wali meeting 30 ko shift karo", "2026-11-30T11:30:00+05:30"),
    ("Rohan's Sunday visit, push it by a day", "2026-11-30T11:30:00+05:30"),
    ("Rohan ka 11:30 wala visit 1 baje kar do", "2026-11-29T13:00:00+05:30"),
])
async def test_the_visit_named_moves_and_the_other_stays(engine: LocalEngine, crm: CrmClient, said: str,
                                                         now_at: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await booked(crm, rohan, TONIGHT, SUNDAY)
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["visit_time"] == now_at, out.to_json()
    assert sorted(await visits_of(crm, rohan)) == sorted([
        (TONIGHT, "SCHEDULED"), (SUNDAY, "RESCHEDULED"), (now_at, "SCHEDULED")])


async def test_a_visit_named_by_a_day_with_none_booked_then_is_asked_about(engine: LocalEngine,
                                                                          crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await booked(crm, rohan, TONIGHT)
    out = (await engine.handle_text("Rohan Sharma's Saturday visit, make it Monday")).result.to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR", out
    assert out["message"].startswith("Rohan Sharma has no visit booked on Saturday 28 November."), out["message"]
    assert await visits_of(crm, rohan) == [(TONIGHT, "SCHEDULED")]


async def test_two_visits_booked_that_day_are_asked_about(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await booked(crm, rohan, SUNDAY, "2026-11-29T17:00:00+05:30")
    out = (await engine.handle_text("Rohan ka Sunday wala visit Monday ko kar do")).result.to_json()
    assert out["error"]["type"] == "VALIDATION_ERROR", out
    assert "2 visits booked on Sunday 29 November" in out["message"], out["message"]
    assert [status for _, status in await visits_of(crm, rohan)] == ["SCHEDULED", "SCHEDULED"]


async def test_a_time_named_moves_the_visit_at_that_time(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await booked(crm, rohan, "2026-11-26T17:00:00+05:30", "2026-11-27T11:00:00+05:30")
    out = (await engine.handle_text("Rohan ka 5 baje wala visit 6 baje kar do")).result
    assert out.ok and out.entities["visit_time"] == "2026-11-26T18:00:00+05:30", out.to_json()
    assert sorted(await visits_of(crm, rohan)) == [
        ("2026-11-26T17:00:00+05:30", "RESCHEDULED"), ("2026-11-26T18:00:00+05:30", "SCHEDULED"),
        ("2026-11-27T11:00:00+05:30", "SCHEDULED")]


async def test_a_move_that_takes_a_day_back_moves_the_visit_of_that_day(engine: LocalEngine, crm: CrmClient) -> None:
    # "kal nahi friday ko" had moved Rohan's next visit (tonight's) to Friday, leaving tomorrow's where it was.
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    await booked(crm, rohan, TONIGHT, "2026-11-26T16:00:00+05:30")
    out = (await engine.handle_text("Rohan Sharma ki visit kal nahi friday ko hogi")).result
    assert out.ok and out.entities["visit_time"] == "2026-11-27T16:00:00+05:30", out.to_json()
    assert sorted(await visits_of(crm, rohan)) == [
        (TONIGHT, "SCHEDULED"), ("2026-11-26T16:00:00+05:30", "RESCHEDULED"), ("2026-11-27T16:00:00+05:30", "SCHEDULED")]
