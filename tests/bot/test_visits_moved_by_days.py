"""A visit moved by a number of days with no new date ("postpone Arjun's site visit by a day", "Priya ka visit ek din
aage kar do", "bring Rohan's meeting forward by 2 days") keeps its time and moves that many days (it was not
understood); with no visit booked the bot asks for the day and time and offers no guess for a yes.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize(("said", "when"), [
    ("postpone Arjun's site visit by a day", "2026-11-27T16:00:00+05:30"),
    ("Arjun ka visit do din aage kar do", "2026-11-28T16:00:00+05:30"),
    ("bring Arjun's meeting forward by a day", "2026-11-25T16:00:00+05:30"),
])
async def test_a_visit_moved_by_days_keeps_its_time(engine: LocalEngine, crm: CrmClient, said: str, when: str) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    assert (await engine.handle_text("book a visit for Arjun tomorrow at 4 pm")).result.ok
    moved = (await engine.handle_text(said)).result.to_json()
    assert moved["intent"] == "VISIT_SCHEDULE" and "error" not in moved, moved
    assert moved["entities"] == {"lead_id": arjun["lead_id"], "visit_time": when}
    assert await visits_of(crm, arjun) == [("2026-11-26T16:00:00+05:30", "RESCHEDULED"), (when, "SCHEDULED")]


async def test_a_move_by_days_of_no_visit_asks_for_the_time(engine: LocalEngine, crm: CrmClient) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    asked = (await engine.handle_text("push Kavya's visit by one day")).result
    assert asked.error is not None and asked.error.field == "visit_time" and "Say yes" not in asked.message
    assert engine.awaiting == "visit_time"
    assert (await engine.handle_text("saturday 12 pm")).result.ok
    assert await visits_of(crm, kavya) == [("2026-11-28T12:00:00+05:30", "SCHEDULED")]
