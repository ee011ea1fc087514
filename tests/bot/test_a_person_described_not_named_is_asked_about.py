"""A person described but not named ("the lady who came with the broker this morning, put her in progress") is asked
about: the status had been written to the lead talked about just before (`nlu/described_not_named.py`)."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_a_person_described_not_named_is_asked_about(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    first = (await engine.handle_text("mark rohan sharma as follow up")).result
    assert first.ok, first.to_json()
    asked = (await engine.handle_text("the lady who came with the broker this morning, put her in progress")).result
    assert asked.error is not None and asked.error.type == "VALIDATION_ERROR", asked.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "FOLLOW_UP"
