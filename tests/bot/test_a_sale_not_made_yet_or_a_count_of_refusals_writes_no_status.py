"""Hindi said of a sale not made yet ("deal pakka hone wala hai", "pakka nahi hua") is asked about, and a count of the
leads who refused ("pichle hafte kitne logon ne mana kar diya") or the list of them ("jin logon ne mana kar diya unki
list dikhao") is a lookup: none of them changes a lead's status. Each had been written (a lead WON, or a lead
"Pichle" / "Jin Logon" marked LOST)."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


@pytest.mark.parametrize("said", ["Vikas ka deal pakka hone wala hai", "Vikas ka deal pakka nahi hua"])
async def test_a_sale_not_made_yet_is_asked_and_the_status_stays(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    asked = (await engine.handle_text(said)).result
    assert not asked.ok and asked.error is not None and asked.error.type == "VALIDATION_ERROR", asked.to_json()
    assert (await crm.get_lead(vikas["lead_id"])).json["status"] == "NEW"


@pytest.mark.parametrize(("said", "intent"), [
    ("pichle hafte kitne logon ne mana kar diya", "STATS"),
    ("jin logon ne mana kar diya unki list dikhao", "LEAD_FIND"),
])
async def test_refusals_counted_or_listed_are_looked_up(engine: LocalEngine, crm: CrmClient, said: str,
                                                         intent: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    looked = (await engine.handle_text(said)).result
    assert looked.intent == intent, looked.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"
