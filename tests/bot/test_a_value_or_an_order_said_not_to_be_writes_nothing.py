"""A field's value said not to be it, and an order said not to be done, write nothing (found by batch 56's helper and
by probing its neighbours; each had been written):

- "Harpreet Kaur ka number 98760 99887 nahi hai" saved that number; so did "Harpreet's number is not 98760 99887",
  "… ki city Pune nahi hai" and "… ka source facebook nahi hai". The value denied is read, then asked for instead
  (`edits._value_denied`); with the right value after it ("…nahi hai, 98760 99889 hai") that one is written.
- "Rohan ko lost nahi karna hai" (don't mark Rohan lost) marked him lost; "nahi" before the order's verb is the order
  not asked for (`not_asked._NOT_ASKED`), as "mat karo" was. "payment nahi kar paya, follow up mein daalo" still writes.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


@pytest.mark.parametrize("said", [
    "Harpreet Kaur ka number 98760 99887 nahi hai",
    "Harpreet Kaur's number is not 98760 99887",
    "Harpreet Kaur ki city Pune nahi hai",
    "Harpreet Kaur ka source facebook nahi hai",
])
async def test_a_value_said_not_to_be_the_fields_is_asked_for(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh", "Referral")
    out = (await engine.handle_text(said)).result.to_json()
    assert out["intent"] == "LEAD_EDIT" and out["error"]["type"] == "VALIDATION_ERROR", out
    after = (await crm.get_lead(harpreet["lead_id"])).json
    assert (after["phone"], after["city"], after["source"]) == ("9876012345", "Chandigarh", "Referral")


async def test_the_right_value_said_after_the_denied_one_is_written(engine: LocalEngine, crm: CrmClient) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    out = (await engine.handle_text("Harpreet Kaur ka number 98760 99887 nahi hai, 98760 99889 hai")).result
    assert out.ok, out.to_json()
    assert (await crm.get_lead(harpreet["lead_id"])).json["phone"] == "9876099889"


@pytest.mark.parametrize("said", ["Rohan Sharma ko lost nahi karna hai", "abhi won nahi karenge Rohan Sharma ko"])
async def test_an_order_said_not_to_be_done_writes_nothing(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    out = (await engine.handle_text(said)).result.to_json()
    assert "error" in out, out
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"


async def test_news_that_something_could_not_be_done_keeps_the_order(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    out = (await engine.handle_text("Rohan Sharma ne payment nahi kar paya, follow up mein daalo")).result
    assert out.ok, out.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "FOLLOW_UP"
