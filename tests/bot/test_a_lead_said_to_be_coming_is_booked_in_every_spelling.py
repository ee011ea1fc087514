"""A lead said to be coming at a time is a visit booked, however "will come" is spelt: "aayengi" (a woman spoken
of with respect), "aaengi", "aa jayegi", "aa jayenge" (`lexicon.WILL_COME`). heldout_lead_1209's "Harpreet Kaur aaj
shaam 7 baje aayengi" had been "Sorry, I didn't understand that": only aayega / aayegi / aayenge were known, each
reader with its own list. Said as not coming, nothing is booked.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize(("text", "when"), [
    ("Harpreet Kaur aaj shaam 7 baje aayengi", "2026-11-25T19:00:00+05:30"),
    ("Harpreet Kaur kal aa jayegi 11 baje", "2026-11-26T11:00:00+05:30"),
    ("Harpreet Kaur parso 5 baje aaengi flat dekhne", "2026-11-27T17:00:00+05:30"),
    ("Harpreet Kaur kal 4 baje aa jayenge site pe", "2026-11-26T16:00:00+05:30"),
])
async def test_the_visit_is_booked_at_the_time_said(engine: LocalEngine, crm: CrmClient, text: str, when: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    out = (await engine.handle_text(text)).result.to_json()
    assert out["intent"] == "VISIT_SCHEDULE" and "error" not in out, out
    assert await visits_of(crm, harpreet) == [(when, "SCHEDULED")]


@pytest.mark.parametrize("text", ["Harpreet Kaur kal nahi aayengi", "Harpreet Kaur kal 5 baje nahi aa payegi"])
async def test_not_coming_books_nothing(engine: LocalEngine, crm: CrmClient, text: str) -> None:
    harpreet = await create(crm, "Harpreet Kaur", "9876012345", "Chandigarh")
    await engine.handle_text(text)
    assert await visits_of(crm, harpreet) == []
