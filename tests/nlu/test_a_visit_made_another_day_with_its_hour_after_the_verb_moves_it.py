"""A lead's visit made another day with a bare "kar do" and the hour said after the verb is a move, as it is with the
hour before the verb: "Rohan ka visit friday ko kar do at 5pm" had booked a second visit (found by
`probe_wrong_writes.py`, family "move"). A booking verb after the day still books.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan ka visit friday ko kar do at 5pm", "2026-11-27T17:00:00+05:30"),
    ("harpreet kaur ka visit day after tomorrow ko kar do at 5pm, client asked", "2026-11-27T17:00:00+05:30"),
    ("Sneha Iyer ka visit 2 dec ko kar do at 10:30 am", "2026-12-02T10:30:00+05:30"),
    ("Meera ka visit monday ko kar do subah 10 baje", "2026-11-30T10:00:00+05:30"),
    ("Farhan ka visit parso ko kar do saadhe 4 baje", "2026-11-27T16:30:00+05:30"),
    ("Kavya ka visit on saturday ko kar do 3 baje, he is busy", "2026-11-28T15:00:00+05:30"),
    ("Deepak ka visit next friday kar do 11 am", "2026-12-04T11:00:00+05:30"),
    ("Meera ka visit on saturday ko kar do at noon", "2026-11-28T12:00:00+05:30"),
    ("deepak patil ka visit parso ko kar do around 5 pm, he is busy", "2026-11-27T17:00:00+05:30"),
    ("farhan ka visit sunday ko kar do 7 in the evening, he is busy", "2026-11-29T19:00:00+05:30"),
    ("Sharma ka visit monday ko kar do at 6 in the evening", "2026-11-30T18:00:00+05:30"),
    ("Deepak Patil ka visit this saturday ko kar do morning, client asked", "2026-11-28T10:00:00+05:30"),
    # up to eight words between the visit and "shift kar do"
    ("Arjun Mehta ka visit day after tomorrow 7 in the evening shift kar do", "2026-11-27T19:00:00+05:30"),
    ("deepak patil ka visit on 5th december 7 in the evening shift kar do, he is busy", "2026-12-05T19:00:00+05:30"),
])
def test_the_hour_after_the_verb_still_moves_the_visit(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags.get("reschedule") == "true", (got.args, got.flags)
    assert got.args["visit_time"] == when and "keep_time" not in got.flags and "keep_day" not in got.flags


@pytest.mark.parametrize("text", [
    "Rohan ka visit friday 5 baje rakh do",
    "Vikas ka visit kal 4 baje book kar do",
    "Kavya ka visit parso 11 baje fix kar do",
])
def test_a_booking_verb_still_books(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "reschedule" not in got.flags, got.flags
