"""A day taken back for another with no time said ("Amit Verma ka visit kal nahi parso", heldout_lead_1208b line 25)
moves the visit the lead has booked on the day taken back, at its time, against the real CRM (it had booked a second
visit at 11:00, a time nobody said). With nothing booked that day it is a booking corrected: the new day is booked."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["Amit Verma ka visit kal nahi parso", "amit verma visit kal nahi, parso"])
async def test_the_visit_booked_on_the_day_taken_back_moves_at_its_time(engine: LocalEngine, crm: CrmClient,
                                                                        said: str) -> None:
    amit = await create(crm, "Amit Verma", "9811122233", "Pune")
    assert (await engine.handle_text("amit verma site visit kal 12 baje")).result.ok
    moved = (await engine.handle_text(said)).result
    assert moved.ok and moved.entities["visit_time"] == "2026-11-27T12:00:00+05:30", moved.to_json()
    assert "moved" in moved.message.lower(), moved.message
    assert await visits_of(crm, amit) == [
        ("2026-11-26T12:00:00+05:30", "RESCHEDULED"), ("2026-11-27T12:00:00+05:30", "SCHEDULED")]


async def test_with_nothing_booked_that_day_the_new_day_is_booked(engine: LocalEngine, crm: CrmClient) -> None:
    amit = await create(crm, "Amit Verma", "9811122233", "Pune")
    assert (await engine.handle_text("amit verma site visit on monday at 4 pm")).result.ok
    booked = (await engine.handle_text("Amit Verma ka visit kal nahi parso")).result
    assert booked.ok and booked.entities["visit_time"] == "2026-11-27T11:00:00+05:30", booked.to_json()
    assert await visits_of(crm, amit) == [
        ("2026-11-30T16:00:00+05:30", "SCHEDULED"), ("2026-11-27T11:00:00+05:30", "SCHEDULED")]


async def test_a_booking_said_again_books_even_with_a_visit_that_day(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    assert (await engine.handle_text("book a visit for Rohan Sharma tomorrow at 4 pm")).result.ok
    booked = (await engine.handle_text("book another visit for Rohan Sharma tomorrow, sorry, friday")).result
    assert booked.ok and booked.entities["visit_time"] == "2026-11-27T11:00:00+05:30", booked.to_json()
    assert len(await visits_of(crm, rohan)) == 2
