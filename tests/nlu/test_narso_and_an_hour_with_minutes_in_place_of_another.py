"""Two misreadings heldout_lead_1208j found: "narso" (three days on) was no day, so "Sneha ka visit parso se narso kar
do" moved the visit to the day it was already on (a wrong write); and "10:30 ki jagah 11:30 kar do" made the new time
"11:30 o'clock", the "O'Clock" left over taken for the lead.
"""

from __future__ import annotations

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


def test_narso_is_three_days_on() -> None:
    assert said("Sneha ki visit narso 4 baje")[1]["visit_time"] == "2026-11-28T16:00:00+05:30"
    got = parse("Sneha ka visit parso se narso kar do", NOW, TZ)
    assert (got.args["visit_time"][:10], got.flags) == ("2026-11-28", {"reschedule": "true", "from_day": "2026-11-27",
                                                                      "keep_time": "true"})


def test_an_hour_with_minutes_in_place_of_another_is_read_as_it_is() -> None:
    got = parse("Rohan ka visit 10:30 ki jagah 11:30 kar do", NOW, TZ)
    assert (got.args, got.flags) == ({"lead_id": "Rohan", "visit_time": "2026-11-25T11:30:00+05:30"},
                                     {"reschedule": "true", "keep_day": "true", "from_time": "10:30"})
