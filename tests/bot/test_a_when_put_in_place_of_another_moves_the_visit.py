"""A when put in place of another moves the booked visit (`corrections._REPLACED_VALUE` takes a part of the day,
`when_corrected.a_when_put_in_place_of_another` the line that says only that, `the_day_moved_to.the_date_moved_from_left_out`
a move from one date to another): "kal shaam ki jagah parso shaam" was not understood, "Meera Kapoor ka visit kal
shaam ki jagah parso shaam kar do" asked about two times, and "shift X's visit from 1 Dec to 3 Dec" took "to 3" for
3 o'clock and moved the visit to 11:00 on the 3rd."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize("said", ["kal shaam ki jagah parso shaam", "Meera Kapoor ka visit kal shaam ki jagah parso shaam kar do",
                                  "kal shaam ki jagah parso shaam kar do"])
async def test_the_evening_visit_moves_to_the_day_after(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    assert (await engine.handle_text("Meera Kapoor ka visit kal shaam rakh do")).result.ok
    moved = (await engine.handle_text(said)).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, meera) == [("2026-11-26T18:00:00+05:30", "RESCHEDULED"),
                                           ("2026-11-27T18:00:00+05:30", "SCHEDULED")]


@pytest.mark.parametrize(("said", "to"), [("shift Amit Verma's visit from 1 Dec to 3 Dec", "2026-12-03T15:00:00+05:30"),
                                          ("shift Amit Verma's visit from 1st Dec to 2nd Dec", "2026-12-02T15:00:00+05:30")])
async def test_a_move_from_one_date_to_another_keeps_the_time(engine: LocalEngine, crm: CrmClient, said: str,
                                                              to: str) -> None:
    amit = await create(crm, "Amit Verma", "9811122233", "Pune")
    assert (await engine.handle_text("book a visit for Amit Verma on 1st Dec at 3 pm")).result.ok
    moved = (await engine.handle_text(said)).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, amit) == [("2026-12-01T15:00:00+05:30", "RESCHEDULED"), (to, "SCHEDULED")]
