"""A cancel whose day's visit is taken back by another day's visit with a bare cue (batch 83) stays a cancel: "cancel
vikas gupta sunday visit sorry saturday visit" had booked a visit on Saturday, a wrong write
(`thumbs.day_visit_taken_back`)."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["cancel vikas gupta sunday visit sorry saturday visit",
                                  "cancel vikas gupta sun visit no wait sat visit"])
async def test_the_saturday_visit_is_cancelled_and_nothing_is_booked(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    assert (await engine.handle_text("vikas gupta visit saturday 4pm")).result.ok
    done = (await engine.handle_text(said)).result
    assert done.intent == "VISIT_CANCEL", done.to_json()
    visits = await visits_of(crm, vikas)
    assert len(visits) == 1, visits
    assert visits[0][0] == "2026-11-28T16:00:00+05:30" and visits[0][1] != "SCHEDULED", visits
