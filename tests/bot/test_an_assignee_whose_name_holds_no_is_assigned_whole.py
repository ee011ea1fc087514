"""An assignee whose name holds "no" ("Manoj", "Vinod", "Manohar") is the person named, end to end: the rule for an
assignee corrected ("assign Priya Nair to Rakesh, no, Imran") read the "no" inside "Manoj" as its cue and assigned
heldout_lead_1209d's "give Harpreet Kaur to Manoj" to "J", a wrong write. The cue is now a word of its own.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


@pytest.mark.parametrize(("said", "who"), [
    ("give Harpreet Kaur to Manoj", "Manoj"),
    ("assign Harpreet Kaur to Vinod", "Vinod"),
    ("assign Harpreet Kaur to Manohar Lal", "Manohar Lal"),
    ("assign Harpreet Kaur to Rakesh, no, Imran", "Imran"),
])
async def test_the_lead_goes_to_the_person_named(engine: LocalEngine, crm: CrmClient, said: str, who: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    out = (await engine.handle_text(said)).result
    assert out.ok and out.entities["assigned_to"] == who, out.to_json()
    assert (await crm.get_lead(harpreet["lead_id"])).json["assigned_to"] == who
