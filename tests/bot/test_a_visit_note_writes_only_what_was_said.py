"""End to end, batch 71 (voice notes after the site visit): the report put off is no follow-up, the name taken back in
the story is not the one booked, the hour the lead came books nothing, and a booking by pronoun after the story books
the lead it named, with no note of the story."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_the_report_put_off_leaves_the_status(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = (await engine.handle_text("Rohan Sharma left, he's thinking, umm, I'll update later")).result
    assert not reply.ok, reply.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"


async def test_the_name_taken_back_is_not_booked(engine: LocalEngine, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    reply = (await engine.handle_text("Meera, no, Priya Nair didn't come today, rebook her for monday at 11")).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, priya) == [("2026-11-30T11:00:00+05:30", "SCHEDULED")]
    assert await visits_of(crm, meera) == []


async def test_the_hour_the_lead_came_books_nothing(engine: LocalEngine, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    said = "Kavya Reddy came for the site visit at 11, liked the corner plot, mark her in progress"
    reply = (await engine.handle_text(said)).result
    assert reply.ok, reply.to_json()
    assert (await crm.get_lead(kavya["lead_id"])).json["status"] == "IN_PROGRESS"
    assert await visits_of(crm, kavya) == []


async def test_a_booking_by_pronoun_books_the_lead_of_the_story(engine: LocalEngine, crm: CrmClient) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    said = "Harpreet Kaur was happy with the 3bhk, so book her for sunday at 11, sorry, sunday at 12"
    reply = (await engine.handle_text(said)).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, harpreet) == [("2026-11-29T12:00:00+05:30", "SCHEDULED")]
