"""A lead taken back by a cue and said again with its particle, then a remark, is the lead written
(`name_taken_back.the_name_put_back`): "Sneha ka visit cancel karo, nahi nahi, Kavya ka, woh bimaar hai" (batch 70)
was read as Sneha's cancel with "Kavya ka, woh bimaar hai" as notes: on a CRM where Sneha has a visit, the wrong
visit cancelled. The remark after the name stays the notes."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from crm_tui.nlu.parser import parse
from tests.bot.conftest import create, visits_of
from tests.nlu.said import NOW, TZ


async def test_the_lead_said_again_is_the_one_cancelled(engine: LocalEngine, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    assert (await engine.handle_text("book a visit for Sneha Iyer tomorrow at 4 pm")).result.ok
    assert (await engine.handle_text("book a visit for Kavya Reddy tomorrow at 5 pm")).result.ok
    done = (await engine.handle_text("Sneha ka visit cancel karo, nahi nahi, Kavya ka, woh bimaar hai")).result
    assert done.ok and done.intent == "VISIT_CANCEL" and done.entities["notes"] == "woh bimaar hai", done.to_json()
    assert await visits_of(crm, sneha) == [("2026-11-26T16:00:00+05:30", "SCHEDULED")]
    assert await visits_of(crm, kavya) == [("2026-11-26T17:00:00+05:30", "CANCELLED")]


@pytest.mark.parametrize(("said", "lead", "notes"), [
    ("Priya ko follow up kar do, sorry, Sneha ko, woh next week call karegi", "Sneha", "woh next week call karegi"),
    ("Rohan ka visit kal 5 baje rakho, sorry, Arjun ka, uski wife bhi aayegi", "Arjun", "uski wife bhi aayegi"),
])
def test_the_lead_said_again_with_a_remark(said: str, lead: str, notes: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.args["lead_id"] == lead and got.args["notes"] == notes and not got.doubts
