"""End to end, batch 80 (voice notes after the site visit, a sixth look): the visit as the time after which something
was told books nothing, a visit named then cancelled by "it" cancels it, the person shown round is the one rebooked,
the story after the name is no part of it, and the "s" of a possessive books no lead."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_after_the_visit_books_nothing(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    reply = (await engine.handle_text("Priya Nair aaj ki visit ke baad bahut khush thi, bol rahi thi view mast hai")).result
    assert not reply.ok, reply.to_json()
    assert await visits_of(crm, priya) == []


async def test_the_visit_named_then_cancelled_by_it(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    booked = (await engine.handle_text("book Rohan Sharma for saturday at 11")).result
    assert booked.ok, booked.to_json()
    reply = (await engine.handle_text("Rohan Sharma's visit on saturday, cancel it, he is out of town")).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, rohan) == [("2026-11-28T11:00:00+05:30", "CANCELLED")]


async def test_the_person_shown_round_is_rebooked(engine: LocalEngine, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    reply = (await engine.handle_text("showed Sneha Iyer the penthouse today, get her back saturday at 4")).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, sneha) == [("2026-11-28T16:00:00+05:30", "SCHEDULED")]


async def test_the_story_after_the_name_is_no_part_of_it(engine: LocalEngine, crm: CrmClient) -> None:
    deepak = await create(crm, "Deepak Patil", "7798123456", "Nashik")
    reply = (await engine.handle_text("Deepak Patil brought his parents today, all happy, mark him in progress")).result
    assert reply.ok, reply.to_json()
    assert (await crm.get_lead(deepak["lead_id"])).json["status"] == "IN_PROGRESS"


async def test_the_s_of_a_possessive_books_no_lead(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = (await engine.handle_text("Rohan's friend's visit, book it for tuesday at 11")).result
    assert not reply.ok, reply.to_json()
    assert await visits_of(crm, rohan) == []
