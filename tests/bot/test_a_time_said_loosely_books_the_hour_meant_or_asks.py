"""Time said loosely (heldout68, written blind: 40/60 end to end at first sight, 11 wrong writes, each a visit booked at
an hour nobody said).

- An hour in words right after its day is the hour (`dates._HOUR_WORD_AFTER_A_DAY`): "tomorrow four" had booked 11:00.
- A window books its start (`when_readers.a_window_told`, `dates._RANGE_IN_WORDS`): "kal 4-5 ke beech", "shaam 6-7",
  "from ten to twelve" (read as a phone 10212), "from ten to five".
- A date typed day-month-year with dashes is no phone (`phones._NOT_PHONE`): "5-12-26".
- A correction that puts a part of the day, another day or a vague time in place of the time said
  (`dates._scan_corrected`, `when_corrected._after_its_correction`): "tomorrow morning, no, evening" had kept the morning,
  "thursday 5, no, thursday after lunch" the 5.
"""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


@pytest.mark.parametrize(("said", "booked"), [
    ("book Rohan Sharma tomorrow four", "2026-11-26T16:00:00+05:30"),
    ("schedule Rohan Sharma monday six", "2026-11-30T18:00:00+05:30"),
    ("Rohan Sharma visit saturday ten, he wants the corner flat", "2026-11-28T10:00:00+05:30"),
    ("Rohan Sharma ka visit kal 4-5 ke beech", "2026-11-26T16:00:00+05:30"),
    ("Rohan Sharma ko parso shaam 6-7 bulao", "2026-11-27T18:00:00+05:30"),
    ("Rohan Sharma site visit thursday from ten to twelve", "2026-11-26T10:00:00+05:30"),
    ("Rohan Sharma is free saturday from ten to five, put the visit in", "2026-11-28T10:00:00+05:30"),
    ("Rohan Sharma visit 5-12-26 at 10:30", "2026-12-05T10:30:00+05:30"),
    ("Rohan Sharma visit tomorrow morning, no, evening", "2026-11-26T18:00:00+05:30"),
    ("Rohan Sharma visit friday, no saturday, 11 am", "2026-11-28T11:00:00+05:30"),
    ("Rohan Sharma ka visit kal 3 baje, nahi, 4 ke aas paas", "2026-11-26T16:00:00+05:30"),
    ("Rohan Sharma visit sunday between 4 and 5, actually make it 5 to 6", "2026-11-29T17:00:00+05:30"),
])
async def test_a_loosely_said_time_books_the_hour_meant(engine: LocalEngine, crm: CrmClient, said: str,
                                                        booked: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    done = (await engine.handle_text(said)).result
    assert done.ok, done.to_json()
    assert await visits_of(crm, rohan) == [(booked, "SCHEDULED")]


@pytest.mark.parametrize("said", [
    "Rohan Sharma visit thursday 5, no, thursday after lunch",
    "first thing tomorrow, book a site visit for Rohan Sharma",
])
async def test_a_time_too_vague_to_book_is_asked_and_nothing_is_booked(engine: LocalEngine, crm: CrmClient,
                                                                      said: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    done = (await engine.handle_text(said)).result
    assert done.error is not None and done.error.type == "VALIDATION_ERROR", done.to_json()
    assert await visits_of(crm, rohan) == []
