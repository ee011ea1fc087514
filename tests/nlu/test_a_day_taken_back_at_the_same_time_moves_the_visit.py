""""Farhan Qureshi ka visit 15 din baad nahi, agle hafte somvar rakho same time" takes back the day of a visit already
booked and keeps its time: "the same time" with no hour said can only be the booked visit's, so the visit moves and
keeps its time (it was booked anew on Monday at 11:00, a second visit at a time nobody said). With an hour said
("friday 4 baje no wait saturday same time") the line is a correction of the booking being made, at that hour.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "day"), [
    ("Farhan Qureshi ka visit 15 din baad nahi, agle hafte somvar rakho same time", "2026-11-30"),
    ("Farhan ka visit friday nahi, monday rakho same time", "2026-11-30"),
    ("Priya ka visit saturday nahi sunday kar do same timing", "2026-11-29"),
    ("Rohan's visit on friday, no sorry, on saturday, at the same time", "2026-11-28"),
])
def test_the_booked_visit_moves_to_the_day_and_keeps_its_time(text: str, day: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"].startswith(day)
    assert got.flags.get("reschedule") == "true" and got.flags.get("keep_time") == "true"


@pytest.mark.parametrize(("text", "when"), [
    ("site visit Amit Verma friday 4 baje no wait saturday same time", "2026-11-28T16:00:00+05:30"),
    ("schedule visit Deepak tomorrow at 5, sorry, day after, same time", "2026-11-27T17:00:00+05:30"),
    ("Rohan ka visit kal 4 baje nahi 5 baje rakho same time", "2026-11-26T17:00:00+05:30"),
])
def test_with_an_hour_said_the_correction_books_at_it(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["visit_time"] == when and "reschedule" not in got.flags
