"""In a running session, "her" in "mark sneha iyer lost and cancel her visit" is Sneha Iyer, the lead named in the
same line, not the lead talked of before (`two_orders.the_pronoun_of_a_second_order`). The bot had kept Meera Kapoor
as the last lead, read "her" as Meera, and asked to cancel Meera's visit: a yes cancelled the wrong lead's visit."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["mark sneha iyer lost and cancel her visit",
                                  "sneha iyer ko lost kar do aur uska visit cancel kar do"])
async def test_the_last_leads_visit_is_not_cancelled(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    assert (await engine.handle_text("book a visit for Meera Kapoor tomorrow at 4 pm")).result.ok
    assert (await engine.handle_text("book a visit for Sneha Iyer on friday at 5 pm")).result.ok
    assert (await engine.handle_text("Meera Kapoor ka status kya hai")).result.ok  # Meera is the lead talked of
    asked = (await engine.handle_text(said)).result
    assert not asked.ok and "Meera" not in asked.message, asked.to_json()
    await engine.handle_text("yes")
    assert await visits_of(crm, meera) == [("2026-11-26T16:00:00+05:30", "SCHEDULED")]
    assert all(status != "CANCELLED" for _, status in await visits_of(crm, sneha)) or \
        "Sneha" in asked.message
