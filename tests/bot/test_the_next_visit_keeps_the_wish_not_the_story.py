"""End to end: the next visit booked after a visit's story saves the wish told in it as its notes and not the story
(batch 65: "it went okay" had been saved as notes, "wife ko bhi dikhana hai" dropped)."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_the_story_is_not_saved(engine: LocalEngine, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    reply = (await engine.handle_text("umm the visit with Kavya, uh, it went okay, she wants to come back with her "
                                      "parents on sunday at 4, book that please")).result
    assert reply.ok, reply.to_json()
    visits = (await crm.get_lead(kavya["lead_id"])).json["visits"]
    assert [(v["visit_time"], v.get("notes")) for v in visits] == [("2026-11-29T16:00:00+05:30", None)]


async def test_the_wish_is_saved(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = (await engine.handle_text("Rohan ke saath site visit ho gaya, unko tower B pasand aaya, wife ko bhi "
                                      "dikhana hai, ravivar subah 11 baje bula lo")).result
    assert reply.ok, reply.to_json()
    visits = (await crm.get_lead(rohan["lead_id"])).json["visits"]
    assert [(v["visit_time"], v.get("notes")) for v in visits] == [("2026-11-29T11:00:00+05:30", "wife ko bhi dikhana hai")]
