"""A question the local engine asks is answered in Devanagari, as a recogniser set to Hindi writes the answer: a missing
phone said in Devanagari digits fills the slot, "हाँ" confirms a doubtful write and "नहीं" drops it."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


async def test_a_phone_asked_for_is_answered_in_devanagari_digits(engine: LocalEngine, crm: CrmClient) -> None:
    first = await engine.handle_text("नया लीड बनाओ रमेश गुप्ता, नोएडा")
    assert first.awaiting == "phone" and (await crm.list_leads()).json["leads"] == []
    second = await engine.handle_text("नंबर है ९८१११ ४५६७८")
    assert second.result.to_json()["entities"] == {"name": "रमेश गुप्ता", "phone": "9811145678", "city": "Noida"}
    assert [lead["name"] for lead in (await crm.list_leads()).json["leads"]] == ["रमेश गुप्ता"]


@pytest.mark.parametrize(("answer", "written"), [("हाँ", True), ("हां जी", True), ("ठीक है", True), ("नहीं", False)])
async def test_a_doubtful_write_is_confirmed_or_dropped_in_devanagari(engine: LocalEngine, crm: CrmClient, answer: str,
                                                                     written: bool) -> None:
    rohan = await create(crm, "रोहन शर्मा", "9876543210", "Gurgaon")
    asked = await engine.handle_text("रोहन शर्मा को won मार्क करो फलाना")  # a word not understood: asked first
    assert "Say yes" in asked.result.message and (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"
    await engine.handle_text(answer)
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == ("WON" if written else "NEW")
