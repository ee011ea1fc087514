"""A Hindi hour corrected to one said with its part of the day and "ke" ("saade gyarah baje subah nahi nahi dopahar ke
do baje") books the corrected hour (`corrections._LEAD_IN`): the "ke" had hidden the new value, and the visit was
booked at the hour taken back (11:30), or at 23:00 with a doubt."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("meera kapoor ka site visit kal rakh do saade gyarah baje subah nahi nahi dopahar ke do baje", "2026-11-26T14:00:00+05:30"),
    ("meera kapoor ka visit kal 11 baje nahi nahi dopahar ke 2 baje", "2026-11-26T14:00:00+05:30"),
    ("meera kapoor ka visit kal subah 11 baje sorry shaam ke 5 baje", "2026-11-26T17:00:00+05:30"),
])
def test_the_corrected_hour_with_its_part_of_the_day_is_booked(text: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Meera Kapoor", "visit_time": when})
